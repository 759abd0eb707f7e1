"""The ``newsparse`` command: parse pages, explain their zones, list adapters.

``newsparse parse PATH...`` writes articles as JSON, JSON Lines, Markdown or
plain text; ``newsparse quotes PATH...`` lists the quotes and who said them;
``newsparse explain PATH`` shows the zone and rule of every line, and the rule
that chose each quote's speaker;
``newsparse sites`` lists the installed adapters. ``docs/cli.md`` describes
the options, the output records and the exit statuses:

====  ==========================================================
0     success
1     some inputs could not be read (their error records say which)
2     bad command line (argparse's usage message)
64    unknown ``--site`` or a broken adapter (``AdapterError``)
66    the one input given could not be read (``InputError``)
73    the ``--output`` file could not be written
130   interrupted (Ctrl-C)
141   standard output closed early (a pipe into ``head``)
====  ==========================================================
"""

from __future__ import annotations

import argparse
import contextlib
import fnmatch
import io
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple, TextIO

from newsparse import __version__
from newsparse._pipeline.run import explain, parse, read_text
from newsparse._pipeline.text.decode import decode
from newsparse.adapters import GENERIC
from newsparse.adapters._registry import adapters, get_adapter
from newsparse.errors import InputError, NewsparseError
from newsparse.formats._json import article_schema, to_json
from newsparse.formats._quote_report import quotes_json, quotes_text, rules_text
from newsparse.formats._render import to_markdown, to_text
from newsparse.models import Article

__all__ = ["main"]

FORMATS = ("json", "jsonl", "markdown", "text")
#: Show a progress line on a terminal from this many input files on.
PROGRESS_MIN_FILES = 20
STDIN_PATH = "-"
STDIN_LABEL = "<stdin>"

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_CANNOT_WRITE = 73  # EX_CANTCREAT
EXIT_INTERRUPTED = 130  # 128 + SIGINT
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool killed by it


class _Source(NamedTuple):
    """One input document: a file, standard input (``path`` None), or a read failure."""

    label: str
    path: Path | None
    error: InputError | None = None


class _Outcome(NamedTuple):
    """What became of one input document: an article or an error."""

    source: str
    result: Article | NewsparseError


def _warn(message: str) -> None:
    print(f"newsparse: {message}", file=sys.stderr)


def _utf8(stream: TextIO | None) -> None:
    """Make ``stream`` write UTF-8 whatever the locale; unencodable text is backslash-escaped."""
    if isinstance(stream, io.TextIOWrapper):
        with contextlib.suppress(ValueError, OSError):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")


def _stdout() -> TextIO:
    """Return standard output writing UTF-8 (a sink when there is none, as under pythonw)."""
    _utf8(sys.stdout)
    return sys.stdout if sys.stdout is not None else io.StringIO()


# Reading inputs ---------------------------------------------------------------


def _walk(root: Path, pattern: str) -> list[_Source]:
    """Return the regular, non-hidden files under ``root`` whose names match ``pattern``, sorted."""
    found: list[tuple[tuple[str, ...], _Source]] = []

    def unreadable(error: OSError) -> None:
        where = Path(error.filename or root)
        reason = error.strerror or str(error)
        found.append(
            (where.relative_to(root).parts, _Source(str(where), None, InputError(where, reason)))
        )

    for directory, subdirectories, names in os.walk(root, onerror=unreadable):
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        for name in names:
            path = Path(directory) / name
            if name.startswith(".") or not fnmatch.fnmatch(name, pattern) or not path.is_file():
                continue
            found.append((path.relative_to(root).parts, _Source(str(path), path)))
    return [source for _, source in sorted(found, key=lambda item: item[0])]


def _file_or_stdin(given: str) -> _Source:
    return _Source(STDIN_LABEL, None) if given == STDIN_PATH else _Source(given, Path(given))


def _collect_sources(paths: Sequence[str], pattern: str) -> list[_Source]:
    """Expand the command line's PATHs into documents, in the order given."""
    sources: list[_Source] = []
    for given in paths:
        if given != STDIN_PATH and Path(given).is_dir():
            found = _walk(Path(given), pattern)
            if not found:
                _warn(f"warning: {given}: no files matching {pattern!r}")
            sources.extend(found)
        else:
            sources.append(_file_or_stdin(given))
    return sources


def _read_source(source: _Source) -> str:
    """Return the decoded text of ``source``, decoded exactly as ``parse_file`` does.

    Raises:
        InputError: When it cannot be read or is not text.
    """
    if source.error is not None:
        raise source.error
    if source.path is not None:
        return read_text(source.path)
    if sys.stdin is None:
        raise InputError(None, "no standard input")
    try:
        data = sys.stdin.buffer.read()
    except OSError as error:
        raise InputError(None, error.strerror or str(error)) from error
    return decode(data)


def _parse_source(source: _Source, *, site: str | None) -> _Outcome:
    try:
        article = parse(_read_source(source), site=site)
    except NewsparseError as error:
        return _Outcome(source.label, error)
    return _Outcome(source.label, article)


def _reason(error: NewsparseError) -> str:
    return str(getattr(error, "reason", error))


# Writing outputs --------------------------------------------------------------


class _Layout(NamedTuple):
    """How documents are put together in one output stream."""

    render: Callable[[_Outcome], str | None]
    opening: str = ""
    separator: str = ""
    closing: str = ""
    empty: str = ""


def _json_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _record(outcome: _Outcome, *, indent: int | None) -> str:
    """Return the ``{"source": ..., "article" | "error": ...}`` record of ``outcome``."""
    if isinstance(outcome.result, Article):
        key, value = "article", to_json(outcome.result, indent=indent)
    else:
        error = {"type": type(outcome.result).__name__, "message": _reason(outcome.result)}
        key, value = "error", json.dumps(error, ensure_ascii=False, indent=indent)
    if indent is None:
        return f'{{"source": {_json_string(outcome.source)}, "{key}": {value}}}'
    pad = " " * indent
    value = value.replace("\n", "\n" + pad)
    return f'{{\n{pad}"source": {_json_string(outcome.source)},\n{pad}"{key}": {value}\n}}'


def _json_array_item(outcome: _Outcome) -> str:
    return "  " + _record(outcome, indent=2).replace("\n", "\n  ")


def _json_article(outcome: _Outcome) -> str | None:
    if not isinstance(outcome.result, Article):
        return None
    return to_json(outcome.result, indent=2) + "\n"


def _rendered(render: Callable[[Article], str], *, header: str) -> Callable[[_Outcome], str | None]:
    """Wrap a renderer so that it opens each document with ``header`` (``{source}`` filled in)."""

    def render_outcome(outcome: _Outcome) -> str | None:
        if not isinstance(outcome.result, Article):
            return None
        return header.format(source=outcome.source) + render(outcome.result)

    return render_outcome


def _layout(output_format: str, *, many: bool) -> _Layout:
    """Return how to write ``output_format`` for one document (``many`` False) or several."""
    if output_format == "jsonl":
        return _Layout(lambda outcome: _record(outcome, indent=None) + "\n")
    if output_format == "json":
        if not many:
            return _Layout(_json_article)
        return _Layout(_json_array_item, "[\n", ",\n", "\n]\n", "[]\n")
    render = to_markdown if output_format == "markdown" else to_text
    if not many:
        return _Layout(_rendered(render, header=""))
    if output_format == "markdown":
        return _Layout(_rendered(render, header="Source: `{source}`\n\n"), separator="\n***\n\n")
    return _Layout(_rendered(render, header="==> {source} <==\n\n"), separator="\n")


class _DocumentWriter:
    """Write rendered documents to a stream, with the layout's opening, separators and closing."""

    def __init__(self, stream: TextIO, layout: _Layout) -> None:
        self.stream = stream
        self.layout = layout
        self.written = 0

    def write(self, outcome: _Outcome) -> None:
        chunk = self.layout.render(outcome)
        if chunk is None:
            return
        self.stream.write(self.layout.separator if self.written else self.layout.opening)
        self.stream.write(chunk)
        self.written += 1

    def close(self) -> None:
        self.stream.write(self.layout.closing if self.written else self.layout.empty)
        self.stream.flush()


def _new_file_mode() -> int:
    """Return the permissions a new file gets under the current umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def _output(target: str | None) -> Iterator[TextIO]:
    """Yield the stream to write to: UTF-8 standard output, or ``target`` replaced atomically.

    The file is written beside ``target`` under a temporary name and renamed
    over it only when the block completes, so an interrupted run leaves any
    previous file intact. A target that exists and is not a regular file
    (``/dev/stdout``, a FIFO) is written directly.
    """
    if target is None or target == STDIN_PATH:
        yield _stdout()
        return
    path = Path(target)
    if path.exists() and not path.is_file():
        with path.open("w", encoding="utf-8", errors="backslashreplace") as stream:
            yield stream
        return
    mode = path.stat().st_mode & 0o7777 if path.exists() else _new_file_mode()
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace") as stream:
            yield stream
        Path(temporary).chmod(mode)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class _Progress:
    """A one-line ``[12/345] path`` counter on a terminal's standard error."""

    #: Seconds between updates, so thousands of small files cost few terminal writes.
    interval = 0.1

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.shown = 0
        self.updated = -self.interval

    def show(self, number: int, label: str) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.updated < self.interval and number < self.total):
            return
        self.updated = now
        width = max(20, shutil.get_terminal_size().columns - 1)
        line = f"[{number}/{self.total}] {label}"
        if len(line) > width:
            line = line[: width // 2 - 1] + "…" + line[-(width - width // 2) :]
        sys.stderr.write("\r" + line.ljust(self.shown))
        sys.stderr.flush()
        self.shown = len(line)

    def clear(self) -> None:
        if self.enabled and self.shown:
            sys.stderr.write("\r" + " " * self.shown + "\r")
            sys.stderr.flush()
            self.shown = 0


def _wants_progress(total: int, *, to_file: bool) -> bool:
    """Tell whether to show progress: many files, stderr a terminal, output not on it."""

    def is_terminal(stream: TextIO | None) -> bool:
        return stream is not None and stream.isatty()

    return (
        total >= PROGRESS_MIN_FILES
        and is_terminal(sys.stderr)
        and (to_file or not is_terminal(sys.stdout))
    )


# Commands ---------------------------------------------------------------------


def _exit_status(failures: Sequence[NewsparseError], *, many: bool) -> int:
    if not failures:
        return EXIT_OK
    return failures[0].exit_code if not many and len(failures) == 1 else EXIT_SOME_FAILED


def _parse_into(
    stream: TextIO, sources: Sequence[_Source], args: argparse.Namespace, *, many: bool
) -> int:
    """Parse every source and write it to ``stream``; return the exit status."""
    writer = _DocumentWriter(stream, _layout(args.format, many=many))
    progress = _Progress(
        len(sources), enabled=_wants_progress(len(sources), to_file=args.output is not None)
    )
    failures: list[NewsparseError] = []
    try:
        for number, source in enumerate(sources, start=1):
            progress.show(number, source.label)
            outcome = _parse_source(source, site=args.site)
            if isinstance(outcome.result, NewsparseError):
                progress.clear()
                _warn(f"{source.label}: {_reason(outcome.result)}")
                failures.append(outcome.result)
            writer.write(outcome)
    finally:
        progress.clear()
    writer.close()
    return _exit_status(failures, many=many)


def _check_site(site: str | None) -> None:
    """Fail before reading anything on an unknown ``site`` or a plugin that fails to load.

    Raises:
        AdapterError: In either case.
    """
    if site is not None:
        get_adapter(site)
    else:
        adapters()


def _run_parse(args: argparse.Namespace) -> int:
    _check_site(args.site)
    many = len(args.paths) > 1 or any(Path(p).is_dir() for p in args.paths if p != STDIN_PATH)
    sources = _collect_sources(args.paths, args.glob)
    try:
        with _output(args.output) as stream:
            return _parse_into(stream, sources, args, many=many)
    except BrokenPipeError:
        raise
    except OSError as error:
        _warn(f"cannot write {args.output or 'standard output'}: {error.strerror or error}")
        return EXIT_CANNOT_WRITE


def _run_explain(args: argparse.Namespace) -> int:
    _check_site(args.site)
    explanation = explain(_read_source(_file_or_stdin(args.path)), site=args.site)
    if args.site is not None:
        how = "from --site"
    else:
        how = "detected" if explanation.adapter != GENERIC.name else "no layout detected"
    lines = explanation.lines
    number_width = max(4, len(str(len(lines))))
    zone_width = max((len(line.zone.value) for line in lines), default=0)
    rule_width = max((len(line.rule) for line in lines), default=0)
    stdout = _stdout()
    stdout.write(f"adapter: {explanation.adapter} ({how})\n")
    for line in lines:
        text = f" {line.text}" if line.text else ""
        stdout.write(
            f"{line.number:>{number_width}} {line.zone.value:<{zone_width}} "
            f"{line.rule:<{rule_width}} |{text}\n"
        )
    stdout.write(rules_text(explanation.quotes))
    stdout.flush()
    return EXIT_OK


def _run_quotes(args: argparse.Namespace) -> int:
    _check_site(args.site)

    def render(label: str, article: Article) -> str:
        if args.format == "json":
            return quotes_json(label, article)
        return quotes_text(label, article, explain=args.explain)

    failures: list[NewsparseError] = []
    stdout = _stdout()
    for source in _collect_sources(args.paths, "*"):
        outcome = _parse_source(source, site=args.site)
        if isinstance(outcome.result, NewsparseError):
            _warn(f"{source.label}: {_reason(outcome.result)}")
            failures.append(outcome.result)
            continue
        stdout.write(render(source.label, outcome.result))
    stdout.flush()
    return EXIT_SOME_FAILED if failures else EXIT_OK


def _run_sites(args: argparse.Namespace) -> int:
    installed = adapters()
    name_width = max(len(adapter.name) for adapter in installed)
    stdout = _stdout()
    for adapter in installed:
        stdout.write(f"{adapter.name:<{name_width}}  {adapter.description}".rstrip() + "\n")
    stdout.flush()
    return EXIT_OK


def _run_schema(args: argparse.Namespace) -> int:
    stdout = _stdout()
    stdout.write(json.dumps(article_schema(), indent=2, ensure_ascii=False) + "\n")
    stdout.flush()
    return EXIT_OK


def _add_parse_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "parse",
        help="parse pages into articles",
        description="Parse page files (directories are searched, '-' is standard input).",
    )
    command.add_argument("paths", nargs="+", metavar="PATH", help="a file, a directory or '-'")
    command.add_argument(
        "-f", "--format", choices=FORMATS, default="json", help="output format (default: json)"
    )
    command.add_argument(
        "-s", "--site", metavar="NAME", help="adapter to use (see: newsparse sites)"
    )
    command.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE (replaced when complete), not stdout"
    )
    command.add_argument(
        "--glob",
        metavar="PATTERN",
        default="*",
        help="in directories, read only files whose names match PATTERN (default: '*')",
    )
    command.set_defaults(handler=_run_parse)


def _add_quotes_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "quotes",
        help="list the quotes of pages with speaker, cue, kind and lines",
        description="Print each quote of the pages: its lines, kind, speaker, cue and words.",
    )
    command.add_argument("paths", nargs="+", metavar="PATH", help="a file, a directory or '-'")
    command.add_argument(
        "-f",
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (a line a quote) or json (a line a page; default: text)",
    )
    command.add_argument("-s", "--site", metavar="NAME", help="adapter to use")
    command.add_argument(
        "--explain",
        action="store_true",
        help="after each quote, the rule that decided its speaker and the evidence it read",
    )
    command.set_defaults(handler=_run_quotes)


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn the text of scraped news pages into typed articles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_parse_command(commands)
    explain_command = commands.add_parser(
        "explain",
        help="show the zone and rule of every line of a page",
        description="Print each line of a page with its zone and the rule that chose it.",
    )
    explain_command.add_argument("path", metavar="PATH", help="a file or '-'")
    explain_command.add_argument("-s", "--site", metavar="NAME", help="adapter to use")
    explain_command.set_defaults(handler=_run_explain)
    _add_quotes_command(commands)
    sites_command = commands.add_parser("sites", help="list the installed adapters")
    sites_command.set_defaults(handler=_run_sites)
    schema_command = commands.add_parser(
        "schema", help="print the JSON Schema of the articles 'parse' writes"
    )
    schema_command.set_defaults(handler=_run_schema)
    return parser


def _silence_stdout() -> None:
    """Point stdout at the null device, so the exit-time flush into a closed pipe is quiet."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``newsparse`` command and return its exit status.

    Standard output and standard error are switched to UTF-8 whatever the
    locale. ``--help``, ``--version`` and command-line errors return their
    status instead of raising ``SystemExit``.

    Args:
        argv: The arguments after the program name; ``sys.argv[1:]`` by default.

    Returns:
        The exit status (see the module's docstring).

    Example:
        >>> main(["sites"])  # doctest: +ELLIPSIS
        generic ...
        0
    """
    _utf8(sys.stderr)
    try:
        args = _build_parser().parse_args(argv)
    except SystemExit as exit_request:
        code = exit_request.code
        return code if isinstance(code, int) else EXIT_OK if code is None else EXIT_USAGE
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except NewsparseError as error:
        _warn(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        _warn("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
