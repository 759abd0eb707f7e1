"""``newsparse parse PATH...``: pages and web archives to articles, in worker processes.

The main process lists the inputs, reads the archives, hands each document
to :func:`~newsparse._batch.ordered_map` (worker processes that parse and
render it) and writes the results in input order, with a progress bar on a
terminal and a summary at the end. ``--resume`` appends to a JSON Lines
file and skips the documents it already holds (see ``_resume``).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from newsparse._batch import default_jobs, ordered_map
from newsparse._pipeline.text.files import read_stream_bytes
from newsparse.adapters._registry import adapters, get_adapter
from newsparse.archives import DEFAULT_MAX_RECORD_BYTES, is_archive_name
from newsparse.archives._read import ArchiveReader
from newsparse.archives._records import Payload
from newsparse.cli._console import EXIT_CANNOT_WRITE, EXIT_OK, EXIT_SOME_FAILED, warn
from newsparse.cli._documents import FORMATS, DocumentWriter, layout_of
from newsparse.cli._inputs import (
    Source,
    add_glob_option,
    add_input_options,
    byte_count,
    collect_sources,
    names_many,
    options_of,
)
from newsparse.cli._outputs import Progress, open_output, wants_progress
from newsparse.cli._resume import Key, ResumeError, document_key, open_resumable
from newsparse.cli._summary import RunSummary
from newsparse.cli._work import (
    Advance,
    Done,
    FileTask,
    ReadyRecord,
    RecordTask,
    Settings,
    StdinTask,
    Task,
    lost,
    registered_adapters,
    start_worker,
    work,
)
from newsparse.errors import NewsparseError

__all__ = ["PROGRESS_PER_ARCHIVE", "add_parse_command", "check_site", "run_parse"]

#: An archive counts as this many documents when deciding whether to show progress.
PROGRESS_PER_ARCHIVE = 100


def check_site(site: str | None) -> None:
    """Fail before reading anything on an unknown ``site`` or a plugin that fails to load.

    Raises:
        AdapterError: In either case.
    """
    if site is not None:
        get_adapter(site)
    else:
        adapters()


def _is_archive(source: Source) -> bool:
    return source.path is not None and source.error is None and is_archive_name(source.path.name)


def _size(path: Path | None) -> int:
    if path is None:
        return 0
    with contextlib.suppress(OSError):
        return path.stat().st_size
    return 0


def _stdin_task(args: argparse.Namespace) -> StdinTask:
    try:
        if sys.stdin is None:
            raise NewsparseError("no standard input")
        data = read_stream_bytes(sys.stdin.buffer, max_bytes=args.max_file_bytes)
    except NewsparseError as error:
        return StdinTask(None, error, 0)
    return StdinTask(data, None, len(data))


def _archive_tasks(
    source: Source, args: argparse.Namespace, done: set[Key], summary: RunSummary
) -> Iterator[Task]:
    assert source.path is not None
    reader = ArchiveReader(source.path, max_record_bytes=args.max_record_bytes)
    reader.source = source.label
    position = 0
    for item in reader:
        step = 0
        if item.offset is not None and item.offset > position:
            step, position = item.offset - position, item.offset
        if document_key(item.source, item.record_id, item.offset, archive=True) in done:
            summary.already_written += 1
            yield Advance(None, step)
        elif isinstance(item, Payload):
            yield RecordTask(item, step)
        else:
            yield ReadyRecord(item, step)
    summary.skipped_records.update(reader.skipped)
    note = f"warning: {source.label}: an empty archive (no records)" if reader.empty else None
    yield Advance(note, max(_size(source.path) - position, 0))


def _tasks(
    sources: Iterable[Source], args: argparse.Namespace, done: set[Key], summary: RunSummary
) -> Iterator[Task]:
    """Make the run's tasks, in input order, reading archives as they come."""
    for source in sources:
        if _is_archive(source):
            yield from _archive_tasks(source, args, done, summary)
        elif document_key(source.label) in done:
            summary.already_written += 1
            yield Advance(None, _size(source.path))
        elif source.path is None and source.error is None:
            yield _stdin_task(args)
        else:
            yield FileTask(source, _size(source.path))


def _task_bytes(task: Task) -> int:
    """What a task weighs in a chunk sent to a worker: the bytes it carries or reads."""
    if isinstance(task, RecordTask):
        return len(task.payload.content)
    return task.size


def _exit_status(failed: Sequence[Done], *, many: bool) -> int:
    if not failed:
        return EXIT_OK
    return failed[0].exit_code if not many and len(failed) == 1 else EXIT_SOME_FAILED


def _parse_into(
    stream: TextIO,
    sources: Collection[Source],
    args: argparse.Namespace,
    summary: RunSummary,
    done: set[Key],
) -> int:
    """Parse every source and write it to ``stream``; return the exit status."""
    settings = Settings(
        site=args.site,
        options=options_of(args),
        format=args.format,
        many=args.many,
        adapters=registered_adapters(),
        url=args.url,
    )
    writer = DocumentWriter(stream, layout_of(args.format, many=args.many))
    documents = len(sources) + sum(PROGRESS_PER_ARCHIVE for s in sources if _is_archive(s))
    enabled = wants_progress(
        choice=args.progress, documents=documents, to_file=args.output is not None
    )
    total = sum(_size(source.path) for source in sources) if enabled else 0
    progress = Progress(total, enabled=enabled)
    failed: list[Done] = []
    results = ordered_map(
        work,
        _tasks(sources, args, done, summary),
        jobs=args.jobs,
        initializer=start_worker,
        initargs=(settings,),
        on_lost=lost,
        weigh=_task_bytes,
    )
    try:
        for result in results:
            summary.count(result)
            if result.message is not None:
                progress.clear()
                warn(f"{result.label}: {result.message}" if result.label else result.message)
            if result.kind == "error":
                failed.append(result)
            writer.write_rendered(result.chunk)
            if args.resume:
                writer.flush()
            progress.advance(result.size, document=bool(result.kind), error=result.kind == "error")
    finally:
        progress.close()
        results.close()
    writer.close()
    return _exit_status(failed, many=args.many)


def _check_resume(args: argparse.Namespace) -> None:
    if not args.resume:
        return
    if args.output is None or args.output == "-":
        args.usage_error("--resume needs --output FILE: it appends to that file")
    if args.format != "jsonl":
        args.usage_error("--resume needs --format jsonl: one record a line is what it can resume")


def _run_resumed(sources: Collection[Source], args: argparse.Namespace, summary: RunSummary) -> int:
    with open_resumable(args.output) as resumed:
        if resumed.cut_bytes:
            warn(
                f"{args.output}: cut off {resumed.cut_bytes:,} bytes after the last complete"
                " record (a run stopped while writing); their documents are parsed again"
            )
        return _parse_into(resumed.stream, sources, args, summary, resumed.done)


def _run_replacing(
    sources: Collection[Source], args: argparse.Namespace, summary: RunSummary
) -> int:
    with open_output(args.output) as output:
        status = _parse_into(output.stream, sources, args, summary, set())
        if output.replaces_target and summary.failed and not summary.records:
            output.keep_previous = True
            warn(f"{args.output} left as it was: no input could be parsed")
    return status


def run_parse(args: argparse.Namespace) -> int:
    """Run ``newsparse parse``; return the exit status."""
    check_site(args.site)
    inputs = collect_sources(args.paths, args.glob)
    args.many = names_many(args.paths) or any(_is_archive(s) for s in inputs.sources)
    if args.url is not None and args.many:
        args.usage_error("--url gives the address of one page: name one file or '-'")
    summary = RunSummary(inputs=len(inputs.sources), skipped_entries=inputs.skipped)
    try:
        if args.resume:
            status = _run_resumed(inputs.sources, args, summary)
        else:
            status = _run_replacing(inputs.sources, args, summary)
    except BrokenPipeError:
        raise
    except ResumeError as error:
        warn(str(error))
        return EXIT_CANNOT_WRITE
    except OSError as error:
        warn(f"cannot write {args.output or 'standard output'}: {error.strerror or error}")
        return EXIT_CANNOT_WRITE
    if args.many:
        warn(summary.text())
    return status


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes, 1 or more, not {text!r}")
    return int(text)


def add_parse_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``parse`` and its options to the command line."""
    command = commands.add_parser(
        "parse",
        help="parse pages and web archives into articles",
        description="Parse page files and WARC/WET archives (directories are searched,"
        " '-' is standard input).",
    )
    command.add_argument("paths", nargs="+", metavar="PATH", help="a file, a directory or '-'")
    command.add_argument(
        "-f", "--format", choices=FORMATS, default="json", help="output format (default: json)"
    )
    command.add_argument(
        "--url",
        metavar="URL",
        help="the address one page was fetched from (Article.url; evidence for its headline)",
    )
    add_input_options(command)
    command.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE, replaced only when the run completes and parsed something",
    )
    command.add_argument(
        "--resume",
        action="store_true",
        help="append to the --output FILE (JSON Lines) and skip the documents it already holds",
    )
    add_glob_option(command)
    command.add_argument(
        "-j",
        "--jobs",
        metavar="N",
        type=_jobs,
        default=default_jobs(),
        help="parse in N worker processes (default: one per CPU, here %(default)s)",
    )
    command.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on standard error (default: on a terminal, for many documents)",
    )
    command.add_argument(
        "--max-record-bytes",
        metavar="SIZE",
        type=byte_count,
        default=DEFAULT_MAX_RECORD_BYTES,
        help="in archives, make a record larger than SIZE an error record (default: 16M)",
    )
    command.set_defaults(
        handler=run_parse, usage_error=command.error, check_arguments=_check_resume
    )
