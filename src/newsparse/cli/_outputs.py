"""Where a command writes: UTF-8 standard output or a file replaced whole, and a progress bar.

An ``--output`` file is written beside its target under a temporary name
and renamed over it only when the run completes and has something to show.
An interrupted, terminated or failed run — Ctrl-C, SIGTERM, a write error, a
crash, or every input failing — removes the temporary file and leaves the
target as it was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from newsparse.cli._console import ENCODING_ERRORS, stdout

__all__ = ["PROGRESS_MIN_FILES", "Output", "Progress", "open_output", "wants_progress"]

#: Show a progress bar on a terminal from this many input documents on.
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
        with path.open("w", encoding="utf-8", errors=ENCODING_ERRORS) as stream:
            yield Output(stream)
        return
    mode = path.stat().st_mode & 0o7777 if path.exists() else _new_file_mode()
    # The name is chosen before the file is made, so that a signal arriving
    # the moment it is made (the cleanup below already armed) cannot leave it.
    temporary = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8", errors=ENCODING_ERRORS) as stream:
            output = Output(stream, replaces_target=True)
            yield output
        if output.keep_previous:
            temporary.unlink()
            return
        temporary.chmod(mode)
        temporary.replace(path)
    except BaseException as error:
        if not (isinstance(error, FileExistsError) and error.filename == str(temporary)):
            temporary.unlink(missing_ok=True)  # not someone else's file of the same name
        raise


class Progress:
    """A progress bar on standard error: bytes read of the inputs, rate, ETA, documents done.

    tqdm draws it; it is imported only when the bar is shown. The total is
    the inputs' size in bytes, so that a run over a few large archives and
    one over many small files both get an honest ETA.
    """

    def __init__(self, total_bytes: int, *, enabled: bool) -> None:
        self.enabled = enabled
        self.documents = 0
        self.errors = 0
        self._bar: Any = None
        if enabled:
            from tqdm import tqdm

            # No monitor thread: workers are forked only from a process with one thread.
            tqdm.monitor_interval = 0
            self._bar = tqdm(
                total=total_bytes,
                unit="B",
                unit_scale=True,
                unit_divisor=1024,
                file=sys.stderr,
                dynamic_ncols=True,
                mininterval=0.2,
                leave=False,
                desc="parse",
            )

    def advance(self, size: int, *, document: bool, error: bool) -> None:
        """Count ``size`` more bytes read, and one more document (an error record or not)."""
        if self._bar is None:
            return
        self.documents += document
        self.errors += error
        self._bar.set_postfix_str(f"{self.documents:,} docs, {self.errors:,} errors", refresh=False)
        self._bar.update(size)

    def clear(self) -> None:
        """Erase the bar for a message; it is drawn again on the next update."""
        if self._bar is not None:
            self._bar.clear()

    def close(self) -> None:
        """Erase the bar for good."""
        if self._bar is not None:
            self._bar.refresh()  # the last figures, however short the run
            self._bar.close()
            self._bar = None


def wants_progress(*, choice: bool | None, documents: int, to_file: bool) -> bool:
    """Tell whether to show progress: as ``--progress``/``--no-progress`` say, else by the streams.

    By default a bar is shown for :data:`PROGRESS_MIN_FILES` documents or
    more (an archive counts as many), when standard error is a terminal,
    the output does not go to that terminal, and ``CI`` is not set.
    """
    if choice is not None:
        return choice

    def is_terminal(stream: TextIO | None) -> bool:
        return stream is not None and stream.isatty()

    return (
        documents >= PROGRESS_MIN_FILES
        and not os.environ.get("CI")
        and is_terminal(sys.stderr)
        and (to_file or not is_terminal(sys.stdout))
    )
