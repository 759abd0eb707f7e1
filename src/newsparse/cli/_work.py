"""What ``newsparse parse`` hands its worker processes, and what they send back.

The main process reads the inputs' list and the archives and makes a
:data:`Task` for each document; a worker (or the main process itself, for a
small run or ``--jobs 1``) parses it and renders it in the output format,
and sends back a :class:`Done`: the text to write, already encoded, and
the figures for the summary, never the article itself (rendering and
encoding where the parse happened spares the main process pickling the
article and decoding the text, so it stays idle for the workers).
:func:`start_worker` runs once in each worker: it registers the adapters
the parent registered, keeps the settings and warms the parser up.
"""

from __future__ import annotations

from typing import NamedTuple

import attrs

import newsparse
from newsparse._pipeline.run import parse_bytes
from newsparse.adapters import Adapter
from newsparse.adapters._registry import _registered, register
from newsparse.archives._parse import parse_payload, payload_record
from newsparse.archives._records import ArchiveRecord, Payload
from newsparse.cli._console import ENCODING_ERRORS
from newsparse.cli._documents import layout_of
from newsparse.cli._inputs import Outcome, Source, parse_source, reason
from newsparse.errors import NewsparseError
from newsparse.models import Article, Comment
from newsparse.options import Options

__all__ = [
    "Advance",
    "Done",
    "FileTask",
    "ReadyRecord",
    "RecordTask",
    "Settings",
    "StdinTask",
    "Task",
    "lost",
    "registered_adapters",
    "start_worker",
    "work",
]

_WARM_UP_PAGE = "Warm-up\n\nThe council met on Monday. ‘We agree,’ said Ann Lee, its leader.\n"


@attrs.frozen(kw_only=True)
class Settings:
    """What every task of a run shares; pickled once to each worker."""

    site: str | None
    options: Options
    format: str
    many: bool
    adapters: tuple[Adapter, ...] = ()
    url: str | None = None


class FileTask(NamedTuple):
    """Parse a file (or report why it cannot be read); ``size`` its bytes, for the progress bar."""

    source: Source
    size: int


class StdinTask(NamedTuple):
    """Parse standard input's bytes, read by the main process (a worker has none)."""

    data: bytes | None
    error: NewsparseError | None
    size: int


class RecordTask(NamedTuple):
    """Parse an archive record's page; ``size`` the archive bytes read since the last record."""

    payload: Payload
    size: int


class ReadyRecord(NamedTuple):
    """An archive's error record, made by the reader: only to be written."""

    record: ArchiveRecord
    size: int


class Advance(NamedTuple):
    """No document: bytes for the progress bar (an archive's end, a resumed document), a note."""

    note: str | None
    size: int


Task = FileTask | StdinTask | RecordTask | ReadyRecord | Advance


class Done(NamedTuple):
    """A task's result: the UTF-8 text to write (None: nothing) and the figures for the summary.

    ``kind`` is ``"record"`` for an article, ``"error"`` for an error
    record, ``""`` for a task that is no document (the end of an archive).
    """

    kind: str
    label: str
    chunk: bytes | None
    message: str | None = None
    comments: int = 0
    quotes: int = 0
    size: int = 0
    exit_code: int = 0


_settings = Settings(site=None, options=Options(), format="jsonl", many=True)


def registered_adapters() -> tuple[Adapter, ...]:
    """Return the adapters ``register()`` added in this process, which workers must be given."""
    return tuple(_registered.values())


def start_worker(settings: Settings) -> None:
    """Make this process ready for :func:`work`: settings, adapters, a first parse."""
    global _settings
    _settings = settings
    for adapter in settings.adapters:
        register(adapter)
    newsparse.adapters()  # load the plugins once, here rather than in the first task
    newsparse.parse(_WARM_UP_PAGE, options=settings.options)
    parse_html = getattr(newsparse, "parse_html", None)
    if parse_html is not None:
        parse_html(f"<h1>Warm-up</h1><p>{_WARM_UP_PAGE}</p>", options=settings.options)


def _count_comments(comments: tuple[Comment, ...]) -> int:
    return sum(1 + _count_comments(comment.replies) for comment in comments)


def _done(label: str, result: Article | NewsparseError | ArchiveRecord, size: int) -> Done:
    rendered = layout_of(_settings.format, many=_settings.many).render(Outcome(label, result))
    chunk = None if rendered is None else rendered.encode("utf-8", ENCODING_ERRORS)
    if isinstance(result, NewsparseError):
        return Done("error", label, chunk, reason(result), size=size, exit_code=result.exit_code)
    article = result.article if isinstance(result, ArchiveRecord) else result
    if article is None:
        error = result.error if isinstance(result, ArchiveRecord) else None
        return Done("error", label, chunk, error, size=size, exit_code=1)
    comments = _count_comments(article.comments.comments)
    return Done("record", label, chunk, None, comments, len(article.quotes), size)


def _record_label(record: ArchiveRecord | Payload) -> str:
    where = record.uri or (f"byte {record.offset}" if record.offset is not None else "")
    return f"{record.source} {where}".rstrip()


def _parse_stdin(task: StdinTask) -> Article | NewsparseError:
    if task.error is not None or task.data is None:
        return task.error or NewsparseError("no standard input")
    try:
        return parse_bytes(
            task.data, url=_settings.url, site=_settings.site, options=_settings.options
        )
    except NewsparseError as error:
        return error


def work(task: Task) -> Done:
    """Parse and render one task (in a worker, or here); never raises for a document."""
    from newsparse.cli._inputs import STDIN_LABEL

    try:
        if isinstance(task, FileTask):
            outcome = parse_source(
                task.source, site=_settings.site, options=_settings.options, url=_settings.url
            )
            return _done(outcome.source, outcome.result, task.size)
        if isinstance(task, StdinTask):
            return _done(STDIN_LABEL, _parse_stdin(task), task.size)
        if isinstance(task, RecordTask):
            record = parse_payload(task.payload, site=_settings.site, options=_settings.options)
            return _done(_record_label(record), record, task.size)
        if isinstance(task, ReadyRecord):
            return _done(_record_label(task.record), task.record, task.size)
        return Done("", "", None, task.note, size=task.size)
    except (newsparse.AdapterError, MemoryError):
        raise
    except Exception as error:  # a bug must cost one document, not the run
        return lost(task, f"internal error ({type(error).__name__}: {error})")


def lost(task: Task, why: str) -> Done:
    """Return the error result of a task that could not be done (its worker died, a bug)."""
    if isinstance(task, FileTask):
        label = task.source.label
    elif isinstance(task, RecordTask):
        label = _record_label(task.payload)
    elif isinstance(task, ReadyRecord):
        label = _record_label(task.record)
    elif isinstance(task, StdinTask):
        from newsparse.cli._inputs import STDIN_LABEL

        label = STDIN_LABEL
    else:
        return Done("", "", None, None, size=task.size)
    error = NewsparseError(why)
    if isinstance(task, RecordTask):
        payload = task.payload
        return _done(label, payload_record(payload, error=why), task.size)
    return _done(label, error, task.size)
