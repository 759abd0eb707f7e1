"""What every command shares: exit statuses, messages on standard error, UTF-8 output."""

from __future__ import annotations

import contextlib
import io
import os
import sys
from typing import TextIO

__all__ = [
    "ENCODING_ERRORS",
    "EXIT_BROKEN_PIPE",
    "EXIT_CANNOT_WRITE",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_SOME_FAILED",
    "EXIT_TERMINATED",
    "EXIT_USAGE",
    "silence_stdout",
    "stdout",
    "use_utf8",
    "warn",
]

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_CANNOT_WRITE = 73  # EX_CANTCREAT
EXIT_INTERRUPTED = 130  # 128 + SIGINT
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool killed by it
EXIT_TERMINATED = 143  # 128 + SIGTERM

#: What output does with text UTF-8 cannot encode (lone surrogates): a backslash escape.
ENCODING_ERRORS = "backslashreplace"


def warn(message: str) -> None:
    """Write ``newsparse: MESSAGE`` on standard error."""
    print(f"newsparse: {message}", file=sys.stderr)


def use_utf8(stream: TextIO | None) -> None:
    """Make ``stream`` write UTF-8 whatever the locale; unencodable text is backslash-escaped."""
    if isinstance(stream, io.TextIOWrapper):
        with contextlib.suppress(ValueError, OSError):
            stream.reconfigure(encoding="utf-8", errors=ENCODING_ERRORS)


def stdout() -> TextIO:
    """Return standard output writing UTF-8 (a sink when there is none, as under pythonw)."""
    use_utf8(sys.stdout)
    return sys.stdout if sys.stdout is not None else io.StringIO()


def silence_stdout() -> None:
    """Point stdout at the null device, so the exit-time flush into a closed pipe is quiet."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
