"""Where a command writes: UTF-8 standard output or a file replaced whole, and a progress line.

An ``--output`` file is written beside its target under a temporary name
and renamed over it only when the run completes and has something to show.
An interrupted, terminated or failed run — Ctrl-C, SIGTERM, a write error, a
crash, or every input failing — removes the temporary file and leaves the
target as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from newsparse.cli._console import stdout

__all__ = ["PROGRESS_MIN_FILES", "Output", "Progress", "open_output", "wants_progress"]

#: Show a progress line on a terminal from this many input files on.
PROGRESS_MIN_FILES = 20


class Output:
    """The stream a command writes to, and whether an ``--output`` file should replace its target.

    Attributes:
        stream: Where to write.
        replaces_target: Whether the stream is a temporary file that replaces
            the target at the end; standard output and targets that are not
            regular files are written as they go.
        keep_previous: Set it to leave the target as it was when the run
            ends (the run had nothing to show); it matters only when
            ``replaces_target``.
    """

    def __init__(self, stream: TextIO, *, replaces_target: bool = False) -> None:
        self.stream = stream
        self.replaces_target = replaces_target
        self.keep_previous = False


def _new_file_mode() -> int:
    """Return the permissions a new file gets under the current umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def open_output(target: str | None) -> Iterator[Output]:
    """Yield the output: UTF-8 standard output (``None`` or ``-``), or ``target`` replaced whole.

    The file is written beside ``target`` under a temporary name and renamed
    over it when the block completes, unless ``keep_previous`` was set; any
    exception (``KeyboardInterrupt`` and the CLI's SIGTERM one included)
    removes the temporary file. A target that exists and is not a regular
    file (``/dev/stdout``, a FIFO) is written directly.
    """
    if target is None or target == "-":
        yield Output(stdout())
        return
    path = Path(target)
    if path.exists() and not path.is_file():
        with path.open("w", encoding="utf-8", errors="backslashreplace") as stream:
            yield Output(stream)
        return
    mode = path.stat().st_mode & 0o7777 if path.exists() else _new_file_mode()
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", errors="backslashreplace") as stream:
            output = Output(stream, replaces_target=True)
            yield output
        if output.keep_previous:
            Path(temporary).unlink()
            return
        Path(temporary).chmod(mode)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class Progress:
    """A one-line ``[12/345] path`` counter on a terminal's standard error."""

    #: Seconds between updates, so thousands of small files cost few terminal writes.
    interval = 0.1

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.shown = 0
        self.updated = -self.interval

    def show(self, number: int, label: str) -> None:
        """Show that document ``number`` of the total, ``label``, is being read."""
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
        """Erase the line, so that a message or the shell prompt starts clean."""
        if self.enabled and self.shown:
            sys.stderr.write("\r" + " " * self.shown + "\r")
            sys.stderr.flush()
            self.shown = 0


def wants_progress(total: int, *, to_file: bool) -> bool:
    """Tell whether to show progress: many files, stderr a terminal, output not on it."""

    def is_terminal(stream: TextIO | None) -> bool:
        return stream is not None and stream.isatty()

    return (
        total >= PROGRESS_MIN_FILES
        and is_terminal(sys.stderr)
        and (to_file or not is_terminal(sys.stdout))
    )
