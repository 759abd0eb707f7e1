"""Pages saved gzip-compressed (``page.html.gz``, ``page.txt.gz``), opened before they are read.

Scrapers often store what they fetched compressed. A file whose bytes open
with the gzip signature is decompressed, its members one after another as
``gzip`` does, and then read as the file it holds: its name without ``.gz``
says HTML or text as for any file. The size cap applies to what the
decompressed page holds, so a small file that inflates without end is
refused like a large one. A file cut short (a download stopped half-way)
keeps what was decompressed before the cut, with a ``decode.gzip-cut``
diagnostic; a damaged member, or bytes after the last that are not gzip,
keep what came before with ``decode.gzip-damaged``; data that is not gzip
past its signature is an :class:`~newsparse.errors.InputError`. A web
archive (``.warc``, ``.warc.gz``) is not a page and is refused:
``newsparse parse`` and :func:`newsparse.iter_archive` read those.
"""

from __future__ import annotations

import contextlib
import os
import zlib
from typing import NamedTuple

from newsparse.errors import InputError
from newsparse.models import Diagnostic, Severity

__all__ = ["GZIP_SIGNATURE", "Unpacked", "inner_name", "unpack"]

GZIP_SIGNATURE = b"\x1f\x8b"
# zlib's window bits for a gzip header and trailer.
_GZIP_WINDOW = 16 + zlib.MAX_WBITS
_WARC_START = b"WARC/"
# Compressed bytes fed to the decompressor at a time.
_CHUNK = 1 << 16


class Unpacked(NamedTuple):
    """A file's bytes as the page holds them, and what unpacking found."""

    data: bytes
    diagnostics: tuple[Diagnostic, ...] = ()


def unpack(data: bytes, *, max_bytes: int, path: str | os.PathLike[str] | None = None) -> Unpacked:
    r"""Decompress ``data`` when it is gzip, to at most ``max_bytes``; other bytes pass unchanged.

    Raises:
        InputError: When the page inside is larger than ``max_bytes``, the
            data after the gzip signature is not gzip, or the bytes are a web
            archive (WARC), not a page.

    Example:
        >>> import gzip
        >>> unpack(gzip.compress(b"Rain stops play\n"), max_bytes=1024).data
        b'Rain stops play\n'
        >>> cut = unpack(gzip.compress(b"Rain stops play\n" * 50)[:-12], max_bytes=4096)
        >>> len(cut.data) > 0, [d.code for d in cut.diagnostics]
        (True, ['decode.gzip-cut'])
        >>> unpack(b"Plain words", max_bytes=1024).data
        b'Plain words'
    """
    if not data.startswith(GZIP_SIGNATURE):
        return _page_only(Unpacked(data), path)
    inflated = _Inflated(max_bytes, path)
    offset = 0
    while offset < len(data) and data.startswith(GZIP_SIGNATURE, offset):
        offset, problem = inflated.member(data, offset)
        if problem is not None:
            return _page_only(Unpacked(inflated.data(), (problem,)), path)
    if data[offset:].strip(b"\0"):
        problem = _note("decode.gzip-damaged", "bytes after the gzip data that are not gzip")
        return _page_only(Unpacked(inflated.data(), (problem,)), path)
    return _page_only(Unpacked(inflated.data()), path)


class _Inflated:
    """The page decompressed so far, member by member, in bounded steps.

    The input is fed a chunk at a time from an offset, never as "the rest
    of the file", so a file of many small members costs linear time.
    """

    def __init__(self, max_bytes: int, path: str | os.PathLike[str] | None) -> None:
        self.pieces: list[bytes] = []
        self.total = 0
        self.max_bytes = max_bytes
        self.path = path

    def data(self) -> bytes:
        return b"".join(self.pieces)

    def member(self, data: bytes, offset: int) -> tuple[int, Diagnostic | None]:
        """Decompress the member at ``offset``; return where it ends, and what went wrong."""
        view = memoryview(data)
        inflater = zlib.decompressobj(_GZIP_WINDOW)
        while not inflater.eof:
            chunk = view[offset : offset + _CHUNK]
            if not chunk:
                self._add(inflater.flush())
                return offset, _cut(self.total)
            try:
                self._add(inflater.decompress(chunk, self.max_bytes + 1 - self.total))
            except zlib.error as error:
                if not self.total and not self._unchecked(data, offset):
                    message = f"gzip data that cannot be decompressed ({error})"
                    raise InputError(self.path, message) from error
                return len(data), _note("decode.gzip-damaged", f"damaged gzip data ({error})")
            offset += len(chunk) - len(inflater.unconsumed_tail) - len(inflater.unused_data)
        return offset, None

    def _unchecked(self, data: bytes, offset: int) -> bool:
        """Decompress the member at ``offset`` without its checks (a wrong CRC); True if any."""
        body = _deflate_start(data, offset)
        if body is None:
            return False
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        view = memoryview(data)
        with contextlib.suppress(zlib.error):
            for at in range(body, len(data), _CHUNK):
                self._add(
                    inflater.decompress(view[at : at + _CHUNK], self.max_bytes + 1 - self.total)
                )
                if inflater.eof:
                    break
        return self.total > 0

    def _add(self, piece: bytes) -> None:
        self.pieces.append(piece)
        self.total += len(piece)
        if self.total > self.max_bytes:
            raise InputError(
                self.path,
                f"the gzip data holds more than the limit of {self.max_bytes} bytes"
                " (raise it with Options(max_file_bytes=...) or --max-file-bytes)",
            )


def _deflate_start(data: bytes, offset: int) -> int | None:
    """Return where the deflate stream of the gzip member at ``offset`` starts (RFC 1952)."""
    flags = data[offset + 3] if len(data) > offset + 10 else None
    if flags is None:
        return None
    at = offset + 10
    if flags & 4:  # FEXTRA: two bytes of length, then the field
        at += 2 + int.from_bytes(data[at : at + 2], "little")
    for flag in (8, 16):  # FNAME, FCOMMENT: zero-terminated
        if flags & flag:
            end = data.find(b"\0", at)
            if end == -1:
                return None
            at = end + 1
    if flags & 2:  # FHCRC
        at += 2
    return at if at < len(data) else None


def _page_only(unpacked: Unpacked, path: str | os.PathLike[str] | None) -> Unpacked:
    if unpacked.data.startswith(_WARC_START):
        raise InputError(
            path, "a web archive (WARC), not a page: read it with newsparse.iter_archive"
        )
    return unpacked


def inner_name(path: str | os.PathLike[str]) -> str:
    """Return the name of the file a ``.gz`` file holds: "page.html.gz" holds "page.html".

    Example:
        >>> inner_name("saved/page.html.gz"), inner_name("page.txt")
        ('saved/page.html', 'page.txt')
    """
    name = os.fspath(path)
    return name[:-3] if name.lower().endswith(".gz") else name


def _cut(unpacked: int) -> Diagnostic:
    return _note(
        "decode.gzip-cut",
        f"the gzip data is cut short: the page is the {unpacked} bytes decompressed before the cut",
    )


def _note(code: str, message: str) -> Diagnostic:
    if code == "decode.gzip-damaged":
        message += ": the page is what was decompressed before it"
    return Diagnostic(code=code, message=message, span=None, severity=Severity.WARNING)
