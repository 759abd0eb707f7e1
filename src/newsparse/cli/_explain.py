"""``newsparse explain PATH``: every line with its zone and the rule that chose it."""

from __future__ import annotations

import argparse

from newsparse._pipeline.explain import explain_bytes, explain_file
from newsparse.adapters import GENERIC
from newsparse.cli._console import EXIT_OK, stdout
from newsparse.cli._inputs import add_input_options, options_of, read_stdin, source_of
from newsparse.cli._parse import check_site
from newsparse.formats._quote_report import rules_text

__all__ = ["add_explain_command", "run_explain"]


def run_explain(args: argparse.Namespace) -> int:
    """Run ``newsparse explain``; return the exit status."""
    check_site(args.site)
    source, options = source_of(args.path), options_of(args)
    url = args.url
    if source.path is not None:  # a file is read as parse reads it: text, or HTML
        explanation = explain_file(source.path, url=url, site=args.site, options=options)
    else:
        data = read_stdin(options)
        explanation = explain_bytes(data, url=url, site=args.site, options=options)
    if getattr(args, "adapter", None) is not None:
        how = f"from {args.adapter}"
    elif args.site is not None:
        how = "from --site"
    else:
        how = "detected" if explanation.adapter != GENERIC.name else "no layout detected"
    lines = explanation.lines
    number_width = max(4, len(str(len(lines))))
    zone_width = max((len(line.zone.value) for line in lines), default=0)
    rule_width = max((len(line.rule) for line in lines), default=0)
    # HTML: each line's element and what the HTML tells about it, between rule and text.
    element_width = max((len(line.element) for line in lines), default=0)
    evidence_width = max((len(line.evidence) for line in lines), default=0)
    out = stdout()
    out.write(f"adapter: {explanation.adapter} ({how})\n")
    said = ""  # the reason printed last: a zone's blocks share theirs
    for line in lines:
        text = f" {line.text}" if line.text else ""
        html = ""
        if element_width:
            html = f"{line.element:<{element_width}} {line.evidence:<{evidence_width}} "
        out.write(
            f"{line.number:>{number_width}} {line.zone.value:<{zone_width}} "
            f"{line.rule:<{rule_width}} {html}|{text}\n"
        )
        if args.why and line.reason and line.reason != said:
            out.write(f"{'':>{number_width}} ↳ {line.reason}\n")
            said = line.reason
    out.write(rules_text(explanation.quotes))
    out.flush()
    return EXIT_OK


def add_explain_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``explain`` and its options to the command line."""
    command = commands.add_parser(
        "explain",
        help="show the zone and rule of every line of a page",
        description="Print each line of a page with its zone and the rule that chose it.",
    )
    command.add_argument("path", metavar="PATH", help="a file or '-'")
    command.add_argument(
        "--why",
        action="store_true",
        help="under a block's first line, what its rule read to decide (a title's score...)",
    )
    command.add_argument(
        "--url",
        metavar="URL",
        help="the address the page was fetched from (evidence for its headline)",
    )
    add_input_options(command)
    command.set_defaults(handler=run_explain, usage_error=command.error)
