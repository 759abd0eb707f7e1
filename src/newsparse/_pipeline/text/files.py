"""Reading a page's bytes from a file or a stream, before stage 1 decodes them.

Only a regular file is read, and never more than a size cap:

- the file is opened without blocking, so that a FIFO with no writer cannot
  hang the caller, then ``fstat`` on the open descriptor (not on the name,
  which could change between the two) says what it is. A FIFO, a device, a
  socket or a directory is refused with :class:`~newsparse.errors.InputError`
  before a byte is read;
- a file whose size is above the cap (``Options.max_file_bytes``, 256 MiB by
  default) is refused the same way, rather than read into memory until it
  fails. A file that grows while it is read, or that reports a size of 0 as
  ``/proc`` files do, is read up to one byte past the cap and refused if it
  gets there. A stream (standard input) is capped the same way.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from typing import BinaryIO

from newsparse._pipeline.text.decode import Decoded, decode_report
from newsparse._pipeline.text.gzipped import unpack
from newsparse.errors import InputError

__all__ = ["irregular_kind", "read_bytes", "read_page", "read_stream_bytes"]

# O_NONBLOCK makes opening a FIFO return at once instead of waiting for a
# writer; it changes nothing for regular files. Windows has neither.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
# What a file that is not regular is, for the message.
_KINDS: tuple[tuple[Callable[[int], bool], str], ...] = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
# Bytes asked for by each read after the first, which asks for the whole file.
_CHUNK = 1 << 16


def read_page(path: str | os.PathLike[str], *, max_bytes: int) -> Decoded:
    r"""Read a regular file of at most ``max_bytes`` bytes, decompress it if gzip, and decode it.

    Args:
        path: The file.
        max_bytes: The largest size read.

    Returns:
        The decoded text and the decoding's diagnostics.

    Raises:
        InputError: When the file cannot be opened, is not a regular file, is
            larger than ``max_bytes``, or is not text.

    Example:
        >>> import pathlib, tempfile
        >>> page = pathlib.Path(tempfile.mkdtemp()) / "page.txt"
        >>> _ = page.write_bytes(b"Rain stops play\r\n")
        >>> read_page(page, max_bytes=1024).text
        'Rain stops play\n'
        >>> read_page(page, max_bytes=4)  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        newsparse.errors.InputError: ...: 17 bytes, larger than the limit of 4 bytes ...
    """
    data, unpacking = unpack(read_bytes(path, max_bytes=max_bytes), max_bytes=max_bytes, path=path)
    page = decode_report(data, path=path)
    return page._replace(diagnostics=(*unpacking, *page.diagnostics)) if unpacking else page


def read_bytes(path: str | os.PathLike[str], *, max_bytes: int) -> bytes:
    """Read a regular file of at most ``max_bytes`` bytes, undecoded (HTML decodes its own).

    Raises:
        InputError: As :func:`read_page`, but for text.
    """
    return _read_regular_file(path, max_bytes=max_bytes)


def read_stream_bytes(stream: BinaryIO, *, max_bytes: int) -> bytes:
    r"""Read a byte stream (standard input) to its end, at most ``max_bytes``, undecoded.

    Raises:
        InputError: When reading fails or the stream holds more than ``max_bytes``;
            its ``path`` is ``None``.

    Example:
        >>> import io
        >>> read_stream_bytes(io.BytesIO(b"Caf\xc3\xa9"), max_bytes=1024)
        b'Caf\xc3\xa9'
    """
    chunks: list[bytes] = []
    total = 0
    try:
        while total <= max_bytes:
            chunk = stream.read(min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as error:
        raise InputError(None, error.strerror or str(error)) from error
    if total > max_bytes:
        raise InputError(None, _too_large(total, max_bytes, exact=False))
    return b"".join(chunks)


def _read_regular_file(path: str | os.PathLike[str], *, max_bytes: int) -> bytes:
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise InputError(path, error.strerror or str(error)) from error
    try:
        status = os.fstat(descriptor)
        _refuse_irregular(path, status.st_mode)
        if status.st_size > max_bytes:
            raise InputError(path, _too_large(status.st_size, max_bytes, exact=True))
        return _read_at_most(path, descriptor, size=status.st_size, max_bytes=max_bytes)
    except OSError as error:
        raise InputError(path, error.strerror or str(error)) from error
    finally:
        os.close(descriptor)


def irregular_kind(mode: int) -> str | None:
    """Name what a file of ``st_mode`` ``mode`` is, or return None for a regular file.

    Example:
        >>> import stat
        >>> irregular_kind(stat.S_IFIFO | 0o644), irregular_kind(stat.S_IFREG | 0o644)
        ('a FIFO', None)
    """
    if stat.S_ISREG(mode):
        return None
    return next((name for is_kind, name in _KINDS if is_kind(mode)), "a file of an unknown type")


def _refuse_irregular(path: str | os.PathLike[str], mode: int) -> None:
    kind = irregular_kind(mode)
    if kind is not None:
        raise InputError(path, f"not a regular file ({kind})")


def _read_at_most(
    path: str | os.PathLike[str], descriptor: int, *, size: int, max_bytes: int
) -> bytes:
    """Read to the end, refusing the file once it passes ``max_bytes``."""
    chunks: list[bytes] = []
    total = 0
    # One byte more than the size shows at once whether the file grew.
    wanted = size + 1
    while total <= max_bytes:
        chunk = os.read(descriptor, min(max(wanted, _CHUNK), max_bytes + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        wanted = 0
    if total > max_bytes:
        raise InputError(path, _too_large(total, max_bytes, exact=False))
    return b"".join(chunks)


def _too_large(size: int, max_bytes: int, *, exact: bool) -> str:
    amount = f"{size} bytes" if exact else f"{size} bytes or more"
    return (
        f"{amount}, larger than the limit of {max_bytes} bytes"
        " (raise it with Options(max_file_bytes=...) or --max-file-bytes)"
    )
