"""HTML bytes to text: byte-order mark, valid UTF-8, the declared charset, then a guess.

The order of evidence, strongest first:

1. a byte-order mark (UTF-8, UTF-16) names the encoding, as in browsers;
2. bytes that are valid UTF-8 are UTF-8, whatever the page declares: a
   page declaring ``iso-8859-1`` that holds valid UTF-8 was saved as UTF-8
   (the declaration is the one that is wrong; a real Latin-1 page with
   accented letters is almost never valid UTF-8);
3. the charset declared in ``<meta charset>`` or in
   ``<meta http-equiv="Content-Type" content="…; charset=…">`` within the
   first 16 KB, with the WHATWG label mapping (``iso-8859-1`` and
   ``us-ascii`` read as Windows-1252, as browsers read them);
4. otherwise (and for bytes holding NUL, as UTF-16 without a BOM does) the
   guess of the text decoder (:func:`~newsparse._pipeline.text.decode.decode`:
   UTF-8 with stray bytes, then charset-normalizer with Windows-1252
   winning its ties).

Nothing here raises: bytes that fit no reading are decoded as UTF-8 with
replacement characters, and a diagnostic says so.
"""

from __future__ import annotations

import codecs
import re

import attrs

from newsparse._pipeline.text.decode import decode
from newsparse.errors import InputError
from newsparse.models import Diagnostic, Severity

__all__ = ["DecodedHtml", "declared_charset", "decode_html"]

_PRESCAN_BYTES = 16_384
# <meta charset="utf-8">, <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]{1,40})""", re.IGNORECASE
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)
# WHATWG encoding labels that Python spells differently or reads differently.
_WHATWG_LABELS = {
    **dict.fromkeys(
        (
            "ascii",
            "us-ascii",
            "iso-8859-1",
            "iso8859-1",
            "iso_8859-1",
            "latin1",
            "latin-1",
            "l1",
            "cp819",
            "ibm819",
            "iso-ir-100",
            "csisolatin1",
            "x-cp1252",
        ),
        "cp1252",
    ),
    **dict.fromkeys(("iso-8859-9", "iso8859-9", "latin5", "l5"), "cp1254"),
    **dict.fromkeys(("tis-620", "iso-8859-11"), "cp874"),
    **dict.fromkeys(("gb2312", "gbk", "x-gbk", "chinese"), "gb18030"),
    **dict.fromkeys(("euc-kr", "ks_c_5601-1987", "korean"), "cp949"),
    **dict.fromkeys(("x-sjis", "shift-jis", "ms_kanji", "windows-31j"), "cp932"),
    # A <meta> cannot declare UTF-16 for bytes it was read from as ASCII.
    **dict.fromkeys(("utf-16", "utf-16le", "utf-16be", "unicode"), "utf-8"),
}
# Windows-1252 leaves five bytes undefined; like WHATWG they stay C1 controls.
_CP1252_FROM_LATIN1 = {
    byte: byte_text
    for byte in range(0x80, 0xA0)
    for byte_text in [bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)]
}


@attrs.frozen(kw_only=True)
class DecodedHtml:
    """HTML bytes as text, the encoding used, and what was unsure.

    Attributes:
        text: The decoded HTML.
        encoding: The Python codec name used, or ``"guessed"``.
        diagnostics: Codes ``html.charset-*`` and ``html.not-text``.
        exact_utf8: Whether ``text`` is the bytes read as strict UTF-8 (no
            BOM, nothing replaced), so that the bytes are its UTF-8 encoding.
    """

    text: str
    encoding: str
    diagnostics: tuple[Diagnostic, ...] = ()
    exact_utf8: bool = False


def _info(code: str, message: str, severity: Severity = Severity.INFO) -> Diagnostic:
    return Diagnostic(code=code, message=message, span=None, severity=severity)


def declared_charset(data: bytes) -> str | None:
    """Return the Python codec of the charset a page's ``<meta>`` declares, or None.

    Example:
        >>> declared_charset(b'<meta http-equiv="content-type" content="text/html; charset=l1">')
        'cp1252'
        >>> declared_charset(b"<meta charset='koi8-r'>"), declared_charset(b"<p>no meta</p>")
        ('koi8-r', None)
    """
    found = _META_CHARSET.search(data, 0, _PRESCAN_BYTES)
    if found is None:
        return None
    label = found.group(1).decode("ascii").strip().lower()
    label = _WHATWG_LABELS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _cp1252(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1").translate(_CP1252_FROM_LATIN1)


def _with_declared(data: bytes, declared: str) -> str | None:
    if declared == "cp1252":
        return _cp1252(data)
    try:
        return data.decode(declared)
    except UnicodeDecodeError:
        return None


def _guess(data: bytes, diagnostics: list[Diagnostic]) -> DecodedHtml:
    try:
        text = decode(data)
    except InputError as error:
        diagnostics.append(
            _info("html.not-text", f"{error.reason}; read as UTF-8", Severity.WARNING)
        )
        return DecodedHtml(
            text=data.decode("utf-8", errors="replace"),
            encoding="utf-8",
            diagnostics=tuple(diagnostics),
        )
    return DecodedHtml(text=text, encoding="guessed", diagnostics=tuple(diagnostics))


def decode_html(data: bytes) -> DecodedHtml:
    """Decode HTML bytes: BOM, valid UTF-8, the declared charset, then a guess.

    Args:
        data: The page's bytes as fetched.

    Returns:
        The text, the encoding used, and diagnostics for a declaration that
        was wrong or missing.

    Example:
        >>> page = '<meta charset="iso-8859-1"><p>café</p>'.encode()
        >>> decoded = decode_html(page)
        >>> decoded.text[-8:], decoded.encoding, [d.code for d in decoded.diagnostics]
        ('café</p>', 'utf-8', ['html.charset-mismatch'])
        >>> decode_html('<meta charset="iso-8859-1"><p>café</p>'.encode("latin-1")).text[-8:]
        'café</p>'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return DecodedHtml(
                text=data[len(bom) :].decode(encoding, errors="replace"), encoding=encoding
            )
    if b"\x00" in data[:_PRESCAN_BYTES]:
        # no HTML holds NUL: UTF-16 without its BOM, or not text at all
        return _guess(data, [_info("html.charset-guessed", "NUL bytes: not UTF-8 HTML")])
    declared = declared_charset(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        diagnostics: tuple[Diagnostic, ...] = ()
        if declared not in (None, "utf-8") and not text.isascii():
            diagnostics = (
                _info(
                    "html.charset-mismatch",
                    f"the page declares {declared}, but its bytes are valid UTF-8: read as UTF-8",
                ),
            )
        return DecodedHtml(text=text, encoding="utf-8", diagnostics=diagnostics, exact_utf8=True)
    if declared is None:
        return _guess(data, [_info("html.charset-guessed", "no charset declared, not UTF-8")])
    if declared != "utf-8":
        declared_text = _with_declared(data, declared)
        if declared_text is not None:
            return DecodedHtml(text=declared_text, encoding=declared)
    mismatch = f"the page declares {declared}, but its bytes are not {declared}: guessed"
    return _guess(data, [_info("html.charset-mismatch", mismatch)])
