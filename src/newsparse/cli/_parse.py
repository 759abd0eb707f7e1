"""``newsparse parse PATH...``: pages to articles, as JSON, JSON Lines, Markdown or text."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TextIO

from newsparse.adapters._registry import adapters, get_adapter
from newsparse.cli._console import EXIT_CANNOT_WRITE, EXIT_OK, EXIT_SOME_FAILED, warn
from newsparse.cli._documents import FORMATS, DocumentWriter, layout_of
from newsparse.cli._inputs import (
    Source,
    Tally,
    add_input_options,
    collect_sources,
    names_many,
    options_of,
    parse_source,
    reason,
)
from newsparse.cli._outputs import Progress, open_output, wants_progress
from newsparse.errors import NewsparseError

__all__ = ["add_parse_command", "check_site", "run_parse"]


def check_site(site: str | None) -> None:
    """Fail before reading anything on an unknown ``site`` or a plugin that fails to load.

    Raises:
        AdapterError: In either case.
    """
    if site is not None:
        get_adapter(site)
    else:
        adapters()


def _exit_status(failures: Sequence[NewsparseError], *, many: bool) -> int:
    if not failures:
        return EXIT_OK
    return failures[0].exit_code if not many and len(failures) == 1 else EXIT_SOME_FAILED


def _parse_into(
    stream: TextIO, sources: Sequence[Source], args: argparse.Namespace, tally: Tally
) -> int:
    """Parse every source and write it to ``stream``; return the exit status."""
    writer = DocumentWriter(stream, layout_of(args.format, many=args.many))
    progress = Progress(
        len(sources), enabled=wants_progress(len(sources), to_file=args.output is not None)
    )
    options = options_of(args)
    failures: list[NewsparseError] = []
    try:
        for number, source in enumerate(sources, start=1):
            progress.show(number, source.label)
            outcome = parse_source(source, site=args.site, options=options)
            tally.count(outcome)
            if isinstance(outcome.result, NewsparseError):
                progress.clear()
                warn(f"{source.label}: {reason(outcome.result)}")
                failures.append(outcome.result)
            writer.write(outcome)
    finally:
        progress.clear()
    writer.close()
    return _exit_status(failures, many=args.many)


def run_parse(args: argparse.Namespace) -> int:
    """Run ``newsparse parse``; return the exit status."""
    check_site(args.site)
    args.many = names_many(args.paths)
    inputs = collect_sources(args.paths, args.glob)
    tally = Tally(skipped=inputs.skipped)
    try:
        with open_output(args.output) as output:
            status = _parse_into(output.stream, inputs.sources, args, tally)
            if output.replaces_target and tally.failed and not tally.parsed:
                output.keep_previous = True
                warn(f"{args.output} left as it was: no input could be parsed")
    except BrokenPipeError:
        raise
    except OSError as error:
        warn(f"cannot write {args.output or 'standard output'}: {error.strerror or error}")
        return EXIT_CANNOT_WRITE
    if args.many and (tally.failed or tally.skipped):
        warn(tally.summary())
    return status


def add_parse_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``parse`` and its options to the command line."""
    command = commands.add_parser(
        "parse",
        help="parse pages into articles",
        description="Parse page files (directories are searched, '-' is standard input).",
    )
    command.add_argument("paths", nargs="+", metavar="PATH", help="a file, a directory or '-'")
    command.add_argument(
        "-f", "--format", choices=FORMATS, default="json", help="output format (default: json)"
    )
    add_input_options(command)
    command.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE, replaced only when the run completes and parsed something",
    )
    command.add_argument(
        "--glob",
        metavar="PATTERN",
        default="*",
        help="in directories, read only files whose names match PATTERN (default: '*')",
    )
    command.set_defaults(handler=run_parse, usage_error=command.error)
