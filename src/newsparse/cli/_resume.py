"""``--output FILE --resume``: a JSON Lines file that a killed run can be resumed into.

Without ``--resume`` an output file is written whole under a temporary name
and renamed at the end (see ``_outputs``): all or nothing. A run over
thousands of documents needs the opposite, every finished record kept, so
with ``--resume`` the file is appended to, record by record:

- each record is one line, written in one piece and flushed as soon as it
  is rendered, its newline last; a line is complete exactly when it ends
  with a newline;
- on start, the file is read: every complete line names its document
  (``source``, and for an archive's record ``record_id`` or ``offset``),
  and those documents are not parsed again; the first line that is not a
  complete record (the tail a kill left half-written, or what a crash of
  the machine left unwritten) is cut off with everything after it, so the
  next record starts on a line of its own and the documents of the lines
  cut off are parsed again;
- the file is locked (``lockf``) while the run writes, so two runs cannot
  interleave lines; a second run says so and stops;
- the records stay in input order for one run; a resumed run appends the
  rest in input order after them.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Final, TextIO

import attrs

from newsparse.cli._console import ENCODING_ERRORS

__all__ = ["ResumeError", "Resumed", "document_key", "line_key", "open_resumable"]

_DECODER: Final = json.JSONDecoder()
_HEAD_KEYS: Final = ("offset", "uri", "date", "record_id")
_READ_CHUNK: Final = 1 << 20

#: What tells a document from the others: its source, and for an archive's record its id.
Key = tuple[str, str | None]


class ResumeError(Exception):
    """The file cannot be resumed into: another run holds it, or it is not a file."""


def document_key(
    source: str, record_id: str | None = None, offset: int | None = None, *, archive: bool = False
) -> Key:
    """Return a document's key: ``(source, None)`` for a file, ``(archive, id)`` for a record."""
    if not archive:
        return (source, None)
    return (source, record_id or f"@{offset}")


def line_key(line: str) -> Key | None:
    r"""Return the key of a complete JSON Lines record, or None when it is not one.

    Only the record's first keys are decoded, so reading a long file back is
    quick; a line is complete when it ends with ``}`` and a newline.

    Example:
        >>> line_key('{"source": "a.txt", "article": {}}\n')
        ('a.txt', None)
        >>> head = '{"source": "c.warc", "offset": 5, "uri": null, "date": null, '
        >>> head += '"record_id": "<urn:x>"'
        >>> line_key(head + ', "error": {}}\n')
        ('c.warc', '<urn:x>')
        >>> line_key('{"source": "a.txt", "arti') is None
        True
    """
    prefix = '{"source": '
    if not (line.startswith(prefix) and line.endswith("}\n")):
        return None
    try:
        source, end = _DECODER.raw_decode(line, len(prefix))
        if not isinstance(source, str):
            return None
        if not line.startswith(', "offset": ', end):
            return (source, None)
        head: dict[str, object] = {}
        for key in _HEAD_KEYS:
            opener = f', "{key}": '
            if not line.startswith(opener, end):
                return None
            head[key], end = _DECODER.raw_decode(line, end + len(opener))
    except json.JSONDecodeError:
        return None
    record_id, offset = head["record_id"], head["offset"]
    return document_key(
        source,
        record_id if isinstance(record_id, str) else None,
        offset if isinstance(offset, int) else None,
        archive=True,
    )


def _read_keys(handle: int) -> tuple[set[Key], int, int]:
    """Return the keys of the complete records, where they end, and the bytes after that."""
    keys: set[Key] = set()
    good = 0
    with os.fdopen(os.dup(handle), "rb") as stream:
        for raw in stream:
            try:
                key = line_key(raw.decode("utf-8"))
            except UnicodeDecodeError:
                key = None
            if key is None:
                break
            keys.add(key)
            good += len(raw)
        end = stream.seek(0, os.SEEK_END)
    return keys, good, end - good


@attrs.define
class Resumed:
    """The file being resumed into: the stream to append to, what it holds, what was cut off."""

    stream: TextIO
    done: set[Key]
    cut_bytes: int


def _lock(handle: int, path: Path) -> None:
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, as for any file two programs write
        return
    try:
        # A POSIX record lock, not flock: worker processes forked while the run writes
        # inherit the file but not this lock, so it ends with the run even when they
        # linger a moment after a kill. (Closing any descriptor of the file in this
        # process would drop it: the file is read back before the lock is taken.)
        fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        raise ResumeError(f"{path} is being written by another run") from None


@contextlib.contextmanager
def open_resumable(target: str) -> Iterator[Resumed]:
    """Open ``target`` to resume a JSON Lines run into it (created when missing).

    Raises:
        ResumeError: When another run holds the file, or it is not a regular file.
        OSError: When it cannot be opened, read or written.
    """
    path = Path(target)
    if path.exists() and not path.is_file():
        raise ResumeError(f"{path} is not a regular file; --resume needs one")
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        done, good, cut = _read_keys(handle)
        _lock(handle, path)
        if cut:
            os.ftruncate(handle, good)
        os.lseek(handle, 0, os.SEEK_END)
        stream = os.fdopen(handle, "w", encoding="utf-8", errors=ENCODING_ERRORS, newline="")
    except BaseException:
        os.close(handle)
        raise
    with stream:
        try:
            yield Resumed(stream, done, cut)
        finally:
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
                os.fsync(stream.fileno())
