r"""Stage 1: bytes to text (only ``parse_file`` and the CLI need it).

The order of evidence, strongest first:

1. a known file signature (PNG, PDF, ZIP, …) means binary;
2. a byte-order mark names the encoding (UTF-8, UTF-16, UTF-32);
3. UTF-16 without a BOM shows as NUL bytes in every other position;
4. more than 5 % control bytes (NUL among them) means binary;
5. strict UTF-8; UTF-8 with a few stray bytes; else charset-normalizer,
   with Windows-1252 winning its ties.

Mojibake (``donâ€™t``) is then repaired by ftfy, line by line and only on
lines that hold a UTF-8 sequence misread as Windows-1252, and CRLF / CR
become ``\n``. Nothing else is changed: valid UTF-8 text ``t`` decodes to
``t`` with its line ends normalised.

Two readings the text keeps but a reader may want to know of are reported
by :func:`decode_report` as diagnostics: NUL bytes (``decode.nul-bytes``), and
bytes of a mostly-UTF-8 file that are not UTF-8 and were read as
Windows-1252 (``decode.stray-bytes``), each with its count and the lines.
"""

from __future__ import annotations

import os
import re
from typing import NamedTuple

from newsparse._pipeline.text.mojibake import has_mojibake, repair_mojibake
from newsparse.errors import InputError
from newsparse.models import Diagnostic, Severity, Span

__all__ = ["Decoded", "decode", "decode_report", "lines_named", "span_of_offsets"]

# File signatures of formats that are never a text page, with the name the
# error message gives. ASCII-only signatures are spelled out in full so that
# a page cannot start with one by chance.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE2 (old Office) document"),
    (b"\x7fELF", "an ELF executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_SIGNATURE_PREFIXES = tuple(signature for signature, _ in _SIGNATURES)
# WebP / WAV / AVI: "RIFF", a four-byte size, then the form type.
_RIFF_FORMS = {b"WEBP": "a WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}

# UTF-32 before UTF-16: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)

# C0 controls that text does not use. Tab, LF, VT, FF and CR are layout, and
# ESC is kept because text-browser dumps may carry terminal escapes.
_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_CONTROL_CHARS = _CONTROL_BYTES.decode("ascii")
# Random bytes hold about 10 % controls; text holds next to none.
_MAX_CONTROL_SHARE = 0.05
# How much of a NUL-bearing file is sampled to tell UTF-16 from binary, and
# the shares of NUL bytes in the high / low byte positions that mean UTF-16
# (spaces alone give Greek or Russian text about 15 %), with a floor so that
# one stray NUL in a short ASCII file does not pass for UTF-16.
_UTF16_SAMPLE = 4096
_UTF16_MIN_NULS = 0.1
_UTF16_MAX_NULS = 0.01
_UTF16_NUL_FLOOR = 4

# The bytes 0x80-0x9F as Windows-1252 reads them, for text decoded as
# Latin-1. Python's cp1252 leaves five of them undefined; like the WHATWG
# encoding standard, those stay the C1 controls Latin-1 gives them.
_WINDOWS_1252_HIGH = {
    byte: bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in range(0x80, 0xA0)
}
# Bytes that ``surrogateescape`` kept from a mostly-UTF-8 file, read as
# Windows-1252: a page with a stray Latin-1/Windows-1252 byte among its UTF-8
# was nearly always pasted together from both.
_STRAY_BYTES = {
    0xDC00 + byte: _WINDOWS_1252_HIGH.get(byte, chr(byte)) for byte in range(0x80, 0x100)
}
# A stray byte that ``surrogateescape`` kept: "caf\udce9" from b"caf\xe9".
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
# An incomplete UTF-8 sequence at the end of the data, as ``surrogateescape``
# spells it: "don\udce2\udc80" from a file cut inside "’" (b"\xe2\x80\x99").
_TRUNCATED_TAIL = re.compile(
    "(?:[\udcc2-\udcdf]|[\udce0-\udcef][\udc80-\udcbf]?|[\udcf0-\udcf4][\udc80-\udcbf]{0,2})\\Z"
)

# Windows-1252, the Web's legacy default for Western text, is used unless
# its reading is messier than charset-normalizer's best guess by more than
# this (charset-normalizer's own cut-off). Short pages make every guess
# noisy; a wrong Western reading of Cyrillic, Greek or Polish scores about 1.
_WESTERN_MARGIN = 0.2
_PRINTABLE_ASCII = bytes(range(0x20, 0x7F))
# UTF-16/32 are recognised by their BOM or NUL pattern above; without those
# charset-normalizer's guess of them for a short byte string is noise.
_WIDE_ENCODINGS = ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"]


class Decoded(NamedTuple):
    """A page's text and what decoding it is worth telling (see :func:`decode_report`)."""

    text: str
    diagnostics: tuple[Diagnostic, ...] = ()


def decode(data: bytes, *, path: str | os.PathLike[str] | None = None) -> str:
    r"""Decode a scraped page's bytes to text with ``\n`` line ends.

    A byte-order mark decides first, then UTF-16 by its NUL pattern, strict
    UTF-8 (the fast path), UTF-8 with a few stray bytes, and charset-normalizer
    for the rest, preferring Windows-1252 among equally good guesses. Mojibake
    is repaired; CRLF and lone CR become ``\n``; nothing else is changed. A
    file cut inside a UTF-8 character ends in U+FFFD instead of failing.

    Args:
        data: The page's bytes. Empty bytes give ``""``.
        path: Where the bytes came from, for the error message only.

    Returns:
        The text of the page.

    Raises:
        InputError: The bytes are binary (a known file signature, NUL bytes
            outside UTF-16, many control bytes, or no text encoding fits).

    Example:
        >>> decode("Caf\u00e9 says \u2018hi\u2019\r\n".encode("utf-8"))
        'Café says ‘hi’\n'
        >>> decode(b"\x93We won\x92t pay \xa35,\x94 she said.")
        '“We won’t pay £5,” she said.'
        >>> decode("donâ€™t".encode("utf-8"))
        'don’t'
        >>> decode(b"\x89PNG\r\n\x1a\n\x00\x00", path="cover.png")
        Traceback (most recent call last):
        ...
        newsparse.errors.InputError: cover.png: binary data, not text (a PNG image)
    """
    return decode_report(data, path=path).text


def decode_report(data: bytes, *, path: str | os.PathLike[str] | None = None) -> Decoded:
    r"""Decode a page's bytes as :func:`decode` does, and report what is worth telling.

    The diagnostics, in this order, are ``decode.stray-bytes`` (bytes of a
    mostly-UTF-8 page that are not UTF-8, read as Windows-1252) and
    ``decode.nul-bytes`` (NUL bytes, kept as U+0000), each with its count,
    and a span from the first line to the last line concerned.

    Args:
        data: The page's bytes.
        path: Where the bytes came from, for the error message only.

    Returns:
        The text, exactly what :func:`decode` returns, and the diagnostics.

    Raises:
        InputError: As :func:`decode`.

    Example:
        >>> decoded = decode_report("It’s “a” café".encode() + b" \xe9t\xe9 ok")
        >>> decoded.text
        'It’s “a” café été ok'
        >>> [(d.code, d.message) for d in decoded.diagnostics]
        [('decode.stray-bytes', '2 bytes that are not UTF-8 were read as Windows-1252 (line 1)')]
    """
    if not data:
        return Decoded(text="")
    kind = _signature(data)
    if kind is not None:
        raise InputError(path, f"binary data, not text ({kind})")
    text, stray_bytes = _to_text(data, path)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if has_mojibake(text):
        text = repair_mojibake(text)
    nul_bytes = _nul_bytes(text)
    return Decoded(
        text=text,
        diagnostics=tuple(found for found in (stray_bytes, nul_bytes) if found is not None),
    )


def _signature(data: bytes) -> str | None:
    """Name the binary format whose signature ``data`` starts with, if any."""
    if data.startswith(_SIGNATURE_PREFIXES):
        return next(kind for signature, kind in _SIGNATURES if data.startswith(signature))
    if data.startswith(b"RIFF"):
        return _RIFF_FORMS.get(data[8:12])
    return None


def _to_text(data: bytes, path: str | os.PathLike[str] | None) -> tuple[str, Diagnostic | None]:
    """Decode ``data`` by the order of evidence in the module docstring.

    Returns:
        The text, and the ``decode.stray-bytes`` diagnostic when some bytes
        of UTF-8 text were read as Windows-1252.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if encoding != "utf-8":
                return _checked_text(body.decode(encoding, errors="replace"), path), None
            _refuse_binary_bytes(body, path)
            try:
                return body.decode("utf-8"), None
            except UnicodeDecodeError:
                return _unescape(_escape_utf8(body)[0])
    if b"\x00" in data:
        wide = _utf16_without_bom(data)
        if wide is not None:
            return _checked_text(wide, path), None
    _refuse_binary_bytes(data, path)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        escaped, cut = _escape_utf8(data)
    if _mostly_utf8(escaped, cut):
        return _unescape(escaped)
    return _decode_detected(data, path), None


def _refuse_binary_bytes(data: bytes, path: str | os.PathLike[str] | None) -> None:
    """Raise when ASCII-compatible bytes hold more than a few control bytes, NUL among them."""
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(data):
        what = "NUL bytes" if b"\x00" in data else "control bytes"
        raise InputError(path, f"binary data, not text ({what})")


def _checked_text(text: str, path: str | os.PathLike[str] | None) -> str:
    """Return decoded wide-encoding ``text`` unless it is mostly controls."""
    controls = sum(text.count(char) for char in _CONTROL_CHARS if char in text)
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise InputError(path, "binary data, not text (control characters)")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """Decode BOM-less UTF-16 told by its NUL pattern, else return None."""
    sample = data[:_UTF16_SAMPLE]
    half = max(len(sample) // 2, _UTF16_NUL_FLOOR / _UTF16_MIN_NULS)
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    # UTF-16 text has a NUL in the high byte of every ASCII unit (spaces at
    # least) and next to none in the low byte; binary data has NULs in both.
    if odd_nuls >= _UTF16_MIN_NULS * half and even_nuls <= _UTF16_MAX_NULS * half:
        encoding = "utf-16-le"
    elif even_nuls >= _UTF16_MIN_NULS * half and odd_nuls <= _UTF16_MAX_NULS * half:
        encoding = "utf-16-be"
    else:
        return None
    cut = len(data) % 2
    try:
        text = data[: len(data) - cut].decode(encoding)
    except UnicodeDecodeError:
        return None
    return text + "\ufffd" if cut else text


def _escape_utf8(data: bytes) -> tuple[str, int]:
    r"""Decode UTF-8 keeping invalid bytes as ``surrogateescape`` does.

    Returns:
        The text, and how many bytes of an incomplete sequence at the very end
        (a file cut inside a character) were replaced by one U+FFFD.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    tail = _TRUNCATED_TAIL.search(text)
    if tail is None:
        return text, 0
    return text[: tail.start()] + "\ufffd", tail.end() - tail.start()


def _mostly_utf8(escaped: str, cut: int) -> bool:
    r"""Tell whether valid non-ASCII characters outnumber the stray bytes.

    A cut tail of a lead and continuation bytes (``b"don\xe2\x80"``) counts
    as UTF-8; a lone lead byte at the end does not, as ``b"caf\xe9"`` is
    Windows-1252 ``café`` more often than a cut UTF-8 file.
    """
    strays = len(_ESCAPED_BYTE.findall(escaped))
    non_ascii = len(escaped) - len(escaped.encode("ascii", errors="ignore"))
    valid = non_ascii - strays - (cut == 1)
    return valid > strays


def _unescape(escaped: str) -> tuple[str, Diagnostic | None]:
    """Read the stray bytes ``_escape_utf8`` kept as Windows-1252, and report them."""
    strays = [match.start() for match in _ESCAPED_BYTE.finditer(escaped)]
    if not strays:
        return escaped, None
    count = len(strays)
    span = span_of_offsets(escaped, strays[0], strays[-1])
    diagnostic = Diagnostic(
        code="decode.stray-bytes",
        message=(
            f"{count} {'byte' if count == 1 else 'bytes'} that {'is' if count == 1 else 'are'}"
            f" not UTF-8 {'was' if count == 1 else 'were'} read as Windows-1252"
            f" ({lines_named(span)})"
        ),
        span=span,
        severity=Severity.WARNING,
    )
    return escaped.translate(_STRAY_BYTES), diagnostic


def _nul_bytes(text: str) -> Diagnostic | None:
    """Report the NUL characters of decoded ``text``, which the lines keep."""
    if "\x00" not in text:
        return None
    count = text.count("\x00")
    span = span_of_offsets(text, text.index("\x00"), text.rindex("\x00"))
    return Diagnostic(
        code="decode.nul-bytes",
        message=(
            f"{count} NUL {'byte' if count == 1 else 'bytes'} read as U+0000"
            f" ({lines_named(span)}); the lines keep them, cleaned text drops them"
        ),
        span=span,
        severity=Severity.WARNING,
    )


def span_of_offsets(text: str, first: int, last: int) -> Span:
    r"""Return the lines from offset ``first`` to ``last``, counted as ``str.splitlines`` does.

    Example:
        >>> span_of_offsets("one\r\ntwo\nthree", 5, 9)
        Span(start_line=2, end_line=3)
    """
    start_line = len((text[:first] + "x").splitlines())
    end_line = start_line + len((text[first:last] + "x").splitlines()) - 1
    return Span(start_line=start_line, end_line=end_line)


def lines_named(span: Span) -> str:
    """Name the lines of ``span`` for a message.

    Example:
        >>> lines_named(Span(start_line=3, end_line=3)), lines_named(Span(start_line=3, end_line=5))
        ('line 3', 'lines 3-5')
    """
    if span.start_line == span.end_line:
        return f"line {span.start_line}"
    return f"lines {span.start_line}-{span.end_line}"


def _decode_detected(data: bytes, path: str | os.PathLike[str] | None) -> str:
    """Decode non-UTF-8 bytes in the encoding charset-normalizer finds."""
    # Imported here: it costs ~20 ms and most pages never need it.
    import charset_normalizer

    western = charset_normalizer.from_bytes(data, cp_isolation=["cp1252"], threshold=1.0).best()
    candidates = [
        match
        for match in charset_normalizer.from_bytes(data, cp_exclusion=_WIDE_ENCODINGS)
        if _ascii_compatible(match.encoding)
    ]
    if not candidates:
        raise InputError(path, "binary data, not text (no text encoding fits)")
    best = candidates[0]
    if western is not None and western.chaos <= best.chaos + _WESTERN_MARGIN:
        # Latin-1 and ISO-8859-15 guesses land here too: the WHATWG reading
        # below is Latin-1 except that 0x80-0x9F are Windows-1252 characters.
        return data.decode("latin-1").translate(_WINDOWS_1252_HIGH)
    return data.decode(best.encoding, errors="replace")


def _ascii_compatible(encoding: str) -> bool:
    """Tell whether ``encoding`` reads printable ASCII bytes as ASCII."""
    # EBCDIC and the like fit any short byte string and never a scraped page.
    try:
        return _PRINTABLE_ASCII.decode(encoding) == _PRINTABLE_ASCII.decode("ascii")
    except (UnicodeDecodeError, LookupError):
        return False
