"""``newsparse sites``: the installed adapters, one a line with its description."""

from __future__ import annotations

import argparse

from newsparse.adapters._registry import adapters
from newsparse.cli._console import EXIT_OK, stdout

__all__ = ["add_sites_command", "run_sites"]


def run_sites(args: argparse.Namespace) -> int:
    """Run ``newsparse sites``; return the exit status."""
    installed = adapters()
    name_width = max(len(adapter.name) for adapter in installed)
    out = stdout()
    for adapter in installed:
        out.write(f"{adapter.name:<{name_width}}  {adapter.description}".rstrip() + "\n")
    out.flush()
    return EXIT_OK


def add_sites_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``sites`` to the command line."""
    command = commands.add_parser("sites", help="list the installed adapters")
    command.set_defaults(handler=run_sites)
