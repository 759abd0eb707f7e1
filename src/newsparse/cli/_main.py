"""The command line: its parser, the commands it dispatches to, and how a run ends."""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from types import FrameType

from newsparse import __version__
from newsparse.cli._console import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_USAGE,
    silence_stdout,
    use_utf8,
    warn,
)
from newsparse.cli._explain import add_explain_command
from newsparse.cli._inputs import STDIN_PATH
from newsparse.cli._parse import add_parse_command
from newsparse.cli._profile import add_profile_command, use_adapter_file
from newsparse.cli._quotes import add_quotes_command
from newsparse.cli._schema import add_schema_command
from newsparse.cli._sites import add_sites_command
from newsparse.errors import NewsparseError

__all__ = ["main"]


class _TerminatedError(BaseException):
    """SIGTERM arrived. A BaseException, like KeyboardInterrupt, so that only cleanup sees it."""


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn the text of scraped news pages into typed articles.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    add_parse_command(commands)
    add_explain_command(commands)
    add_quotes_command(commands)
    add_sites_command(commands)
    add_schema_command(commands)
    add_profile_command(commands)
    return parser


def _parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """Read the command line; a usage error exits through ``SystemExit`` as argparse does."""
    args = _build_parser().parse_args(argv)
    paths: list[str] = getattr(args, "paths", [])
    if paths.count(STDIN_PATH) > 1:
        args.usage_error(f"'{STDIN_PATH}' (standard input) named more than once")
    check: Callable[[argparse.Namespace], None] | None = getattr(args, "check_arguments", None)
    if check is not None:  # what a command checks across its options, as argparse would
        check(args)
    return args


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise _TerminatedError


@contextlib.contextmanager
def _sigterm_raises() -> Iterator[None]:
    """Turn SIGTERM into an exception while the block runs, so cleanup code runs as on Ctrl-C."""
    try:
        previous = signal.signal(signal.SIGTERM, _raise_terminated)
    except ValueError:  # not the main thread: signals are not ours to handle
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``newsparse`` command and return its exit status.

    Standard output and standard error are switched to UTF-8 whatever the
    locale. ``--help``, ``--version`` and command-line errors return their
    status instead of raising ``SystemExit``. SIGTERM ends the run as Ctrl-C
    does: an ``--output`` file is left as it was, and the status is 143.

    Args:
        argv: The arguments after the program name; ``sys.argv[1:]`` by default.

    Returns:
        The exit status (see :mod:`newsparse.cli`).

    Example:
        >>> main(["sites"])  # doctest: +ELLIPSIS
        generic ...
        0
    """
    use_utf8(sys.stderr)
    try:
        args = _parse_arguments(argv)
    except SystemExit as exit_request:
        code = exit_request.code
        return code if isinstance(code, int) else EXIT_OK if code is None else EXIT_USAGE
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        with _sigterm_raises():
            use_adapter_file(args)
            return handler(args)
    except NewsparseError as error:
        warn(str(error))
        return error.exit_code
    except KeyboardInterrupt:
        warn("interrupted")
        return EXIT_INTERRUPTED
    except _TerminatedError:
        warn("terminated")
        return EXIT_TERMINATED
    except BrokenPipeError:
        silence_stdout()
        return EXIT_BROKEN_PIPE
