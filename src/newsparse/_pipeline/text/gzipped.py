"""Pages saved gzip-compressed (``page.html.gz``, ``page.txt.gz``), opened before they are read.

Scrapers often store what they fetched compressed. A file whose bytes open
with the gzip signature is decompressed, its members one after another as
``gzip`` does, and then read as the file it holds: its name without ``.gz``
says HTML or text as for any file. The size cap applies to what the
decompressed page holds, so a small file that inflates without end is
refused like a large one. A file cut short (a download stopped half-way)
keeps what was decompressed before the cut, with a ``decode.gzip-cut``
diagnostic; data that is not gzip past its signature is an
:class:`~newsparse.errors.InputError`. A web archive (``.warc``, ``.warc.gz``)
is not a page and is refused: ``newsparse parse`` and
:func:`newsparse.iter_archive` read those.
"""

from __future__ import annotations

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
    pieces: list[bytes] = []
    total = 0
    rest = data
    while rest.startswith(GZIP_SIGNATURE):
        inflater = zlib.decompressobj(_GZIP_WINDOW)
        try:
            piece = inflater.decompress(rest, max_bytes + 1 - total)
        except zlib.error as error:
            if pieces:  # a damaged member after whole ones: keep those
                break
            raise InputError(path, f"gzip data that cannot be decompressed ({error})") from error
        pieces.append(piece)
        total += len(piece)
        if total > max_bytes:
            raise InputError(
                path,
                f"the gzip data holds more than the limit of {max_bytes} bytes"
                " (raise it with Options(max_file_bytes=...) or --max-file-bytes)",
            )
        if not inflater.eof:
            piece = inflater.flush()
            pieces.append(piece)
            total += len(piece)
            return _page_only(Unpacked(b"".join(pieces), (_cut(total),)), path)
        rest = inflater.unused_data
    return _page_only(Unpacked(b"".join(pieces)), path)


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
    return Diagnostic(
        code="decode.gzip-cut",
        message=(
            "the gzip data is cut short: the page is the"
            f" {unpacked} bytes decompressed before the cut"
        ),
        span=None,
        severity=Severity.WARNING,
    )
