"""``newsparse schema``: the JSON Schema of the articles (or archive records) ``parse`` writes."""

from __future__ import annotations

import argparse
import json

from newsparse.archives import archive_record_schema
from newsparse.cli._console import EXIT_OK, stdout
from newsparse.formats import article_schema

__all__ = ["add_schema_command", "run_schema"]


def run_schema(args: argparse.Namespace) -> int:
    """Run ``newsparse schema``; return the exit status."""
    out = stdout()
    schema = archive_record_schema() if args.archive_record else article_schema()
    out.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    out.flush()
    return EXIT_OK


def add_schema_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``schema`` to the command line."""
    command = commands.add_parser(
        "schema", help="print the JSON Schema of the articles 'parse' writes"
    )
    command.add_argument(
        "--archive-record",
        action="store_true",
        help="print the schema of an archive's records (the lines of 'parse ARCHIVE -f jsonl')",
    )
    command.set_defaults(handler=run_schema)
