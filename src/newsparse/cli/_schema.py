"""``newsparse schema``: the JSON Schema of the articles ``newsparse parse`` writes."""

from __future__ import annotations

import argparse
import json

from newsparse.cli._console import EXIT_OK, stdout
from newsparse.formats import article_schema

__all__ = ["add_schema_command", "run_schema"]


def run_schema(args: argparse.Namespace) -> int:
    """Run ``newsparse schema``; return the exit status."""
    out = stdout()
    out.write(json.dumps(article_schema(), indent=2, ensure_ascii=False) + "\n")
    out.flush()
    return EXIT_OK


def add_schema_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``schema`` to the command line."""
    command = commands.add_parser(
        "schema", help="print the JSON Schema of the articles 'parse' writes"
    )
    command.set_defaults(handler=run_schema)
