"""``newsparse profile PATH...``: learn a site's declarative adapter; ``--adapter FILE`` uses one.

``profile`` reads pages of one site (directories are searched, as ``parse``
does), learns the lines and shapes that repeat across them, and writes the
adapter as TOML, each pattern with a comment saying on how many pages and
where it was seen. ``--adapter FILE`` (on ``parse``, ``explain`` and
``quotes``) loads such a file, registers it and reads the pages with it.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from newsparse._profiles import DEFAULT_SHARE, MIN_PAGES, learn_profile
from newsparse.adapters import load_adapter, register, to_toml
from newsparse.adapters._toml import check_name
from newsparse.cli._console import EXIT_CANNOT_WRITE, EXIT_OK, warn
from newsparse.cli._inputs import (
    STDIN_PATH,
    add_glob_option,
    byte_count,
    collect_sources,
    options_of,
    read_source_text,
    reason,
)
from newsparse.cli._outputs import open_output
from newsparse.errors import AdapterError, NewsparseError
from newsparse.options import DEFAULT_MAX_FILE_BYTES

__all__ = ["add_profile_command", "default_name", "run_profile", "use_adapter_file"]

# What a directory's name loses to become an adapter's: "Harbour Courier!" -> "harbour-courier"
_NOT_IN_NAME = re.compile(r"[^a-z0-9._-]+")


def use_adapter_file(args: argparse.Namespace) -> None:
    """Load the ``--adapter`` file, if one was given, register it, and read the pages with it.

    Raises:
        AdapterError: When the file is not a valid adapter or takes a built-in name.
    """
    path = getattr(args, "adapter", None)
    if path is None:
        return
    adapter = load_adapter(path)
    register(adapter)
    args.site = adapter.name


def default_name(paths: list[str]) -> str:
    """Name the adapter after the first directory or file named, else ``site``.

    Example:
        >>> default_name(["pages/Harbour Courier/"])
        'harbour-courier'
    """
    for given in paths:
        if given != STDIN_PATH:
            stem = _NOT_IN_NAME.sub("-", Path(given).resolve().name.lower()).strip("-._")
            if stem:
                return stem
    return "site"


def run_profile(args: argparse.Namespace) -> int:
    """Run ``newsparse profile``; return the exit status."""
    name = args.name or default_name(args.paths)
    options = options_of(args)
    pages: list[str] = []
    for source in collect_sources(args.paths, args.glob).sources:
        try:
            pages.append(read_source_text(source, options))
        except NewsparseError as error:
            warn(f"{source.label}: {reason(error)} (left out)")
    profile = learn_profile(pages, name=name, share=args.share)
    header = (
        f"Learned by `newsparse profile` from {len(pages)} pages: {' '.join(args.paths)}\n"
        "Each comment says on how many pages a line was seen, and where. Check the adapter\n"
        "with `newsparse explain --adapter FILE PAGE`, and edit or delete any pattern."
    )
    try:
        with open_output(args.output) as output:
            output.stream.write(to_toml(profile.adapter, notes=profile.notes, header=header))
    except BrokenPipeError:
        raise
    except OSError as error:
        warn(f"cannot write {args.output or 'standard output'}: {error.strerror or error}")
        return EXIT_CANNOT_WRITE
    return EXIT_OK


def _share(text: str) -> float:
    """Read ``--share``: a number above 0 and at most 1."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"expected a share above 0 and at most 1, not {text!r}")
    return value


def _name(text: str) -> str:
    """Read ``--name``: a name ``--site`` takes as it stands."""
    try:
        check_name(text)
    except AdapterError as error:
        raise argparse.ArgumentTypeError(f"{text!r} is {error.reason}") from error
    return text


def add_profile_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``profile`` and its options to the command line."""
    command = commands.add_parser(
        "profile",
        help="learn a site's adapter (TOML) from pages of the site",
        description=(
            f"Learn a declarative adapter from {MIN_PAGES} or more pages of one site (three or"
            " more are better): the lines and shapes that repeat across them."
        ),
    )
    command.add_argument("paths", nargs="+", metavar="PATH", help="a file, a directory or '-'")
    command.add_argument(
        "-o", "--output", metavar="FILE", help="write the TOML to FILE (default: standard output)"
    )
    command.add_argument(
        "-n", "--name", type=_name, help="the adapter's name (default: the directory's name)"
    )
    command.add_argument(
        "--share",
        type=_share,
        default=DEFAULT_SHARE,
        metavar="SHARE",
        help=f"learn what stands on this share of the pages, and on two (default: {DEFAULT_SHARE})",
    )
    add_glob_option(command)
    command.add_argument(
        "--max-file-bytes",
        metavar="SIZE",
        type=byte_count,
        default=DEFAULT_MAX_FILE_BYTES,
        help="refuse files larger than SIZE bytes (default: 256M)",
    )
    command.set_defaults(handler=run_profile, usage_error=command.error)
