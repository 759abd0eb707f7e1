"""``newsparse quotes PATH...``: each quote of the pages with its speaker, cue, kind and lines."""

from __future__ import annotations

import argparse

from newsparse.cli._console import EXIT_OK, EXIT_SOME_FAILED, stdout, warn
from newsparse.cli._inputs import (
    Tally,
    add_input_options,
    collect_sources,
    names_many,
    options_of,
    parse_source,
    reason,
)
from newsparse.cli._parse import check_site
from newsparse.errors import NewsparseError
from newsparse.formats._quote_report import quotes_json, quotes_text
from newsparse.models import Article

__all__ = ["add_quotes_command", "run_quotes"]


def run_quotes(args: argparse.Namespace) -> int:
    """Run ``newsparse quotes``; return the exit status."""
    check_site(args.site)

    def render(label: str, article: Article) -> str:
        if args.format == "json":
            return quotes_json(label, article)
        return quotes_text(label, article, explain=args.explain)

    options = options_of(args)
    if args.url is not None and names_many(args.paths):
        args.usage_error("--url gives the address of one page: name one file or '-'")
    inputs = collect_sources(args.paths, "*")
    tally = Tally(skipped=inputs.skipped)
    out = stdout()
    for source in inputs.sources:
        outcome = parse_source(source, site=args.site, options=options, url=args.url)
        tally.count(outcome)
        if isinstance(outcome.result, NewsparseError):
            warn(f"{source.label}: {reason(outcome.result)}")
            continue
        if isinstance(outcome.result, Article):  # parse_source gives no archive records
            out.write(render(source.label, outcome.result))
    out.flush()
    if names_many(args.paths) and (tally.failed or tally.skipped):
        warn(tally.summary())
    return EXIT_SOME_FAILED if tally.failed else EXIT_OK


def add_quotes_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``quotes`` and its options to the command line."""
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
    command.add_argument(
        "--explain",
        action="store_true",
        help="after each quote, the rule that decided its speaker and the evidence it read",
    )
    command.add_argument(
        "--url",
        metavar="URL",
        help="the address one page was fetched from (evidence for its headline)",
    )
    add_input_options(command)
    command.set_defaults(handler=run_quotes, usage_error=command.error)
