"""Tests for ``newsparse._pipeline.html.charset``: HTML bytes to text."""

from __future__ import annotations

import pytest

from newsparse._pipeline.html.charset import declared_charset, decode_html

TEXT = "Café “naïve” – 5 €"


def page(meta: str, body: str = TEXT) -> str:
    return f"<html><head>{meta}</head><body><p>{body}</p></body></html>"


# (id, bytes, text in the result, encoding, diagnostic codes)
CASES: list[tuple[str, bytes, str, str, list[str]]] = [
    ("utf-8 declared", page('<meta charset="utf-8">').encode(), TEXT, "utf-8", []),
    ("utf-8 undeclared", page("").encode(), TEXT, "utf-8", []),
    ("ascii undeclared", page("", "plain").encode(), "plain", "utf-8", []),
    (
        "utf-8 declared latin-1",
        page('<meta charset="iso-8859-1">').encode(),
        TEXT,
        "utf-8",
        ["html.charset-mismatch"],
    ),
    (
        "ascii declared latin-1",
        page('<meta charset="iso-8859-1">', "plain").encode(),
        "plain",
        "utf-8",
        [],
    ),
    ("utf-8 bom", b"\xef\xbb\xbf" + page("").encode(), TEXT, "utf-8", []),
    ("utf-16-be bom", b"\xfe\xff" + page("").encode("utf-16-be"), TEXT, "utf-16-be", []),
    (
        "cp1252 declared latin-1",
        page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">').encode(
            "cp1252"
        ),
        TEXT,
        "cp1252",
        [],
    ),
    (
        "cp1252 undefined byte",
        page('<meta charset="windows-1252">', "a\x81b").encode("latin-1"),
        "a\x81b",
        "cp1252",
        [],
    ),
    (
        "koi8-r declared",
        page('<meta charset="koi8-r">', "Привет, мир").encode("koi8-r"),
        "Привет, мир",
        "koi8-r",
        [],
    ),
    (
        "unknown label",
        page('<meta charset="x-no-such">', "caf\xe9 cr\xe8me br\xfbl\xe9e").encode("cp1252"),
        "café crème brûlée",
        "guessed",
        ["html.charset-guessed"],
    ),
    (
        "utf-8 declared with a stray byte",
        page('<meta charset="utf-8">').encode() + b"<!-- \xe9 -->",
        TEXT,
        "guessed",
        ["html.charset-mismatch"],
    ),
    (
        "undeclared cp1252",
        page("", "caf\xe9 cr\xe8me br\xfbl\xe9e").encode("cp1252"),
        "café crème brûlée",
        "guessed",
        ["html.charset-guessed"],
    ),
]


@pytest.mark.parametrize(
    ("data", "text", "encoding", "codes"), [case[1:] for case in CASES], ids=[c[0] for c in CASES]
)
def test_decode(data: bytes, text: str, encoding: str, codes: list[str]) -> None:
    decoded = decode_html(data)
    assert text in decoded.text
    assert decoded.encoding == encoding
    assert [d.code for d in decoded.diagnostics] == codes


@pytest.mark.parametrize(
    "data", [b"%PDF-1.4 \x00\x01\x02 binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"]
)
def test_binary_is_read_as_utf8_with_a_warning(data: bytes) -> None:
    decoded = decode_html(data)
    assert [d.code for d in decoded.diagnostics] == ["html.charset-guessed", "html.not-text"]
    assert decoded.text[:4] == data[:4].decode("utf-8", errors="replace")


def test_utf16_without_bom_is_found_by_its_nul_bytes() -> None:
    decoded = decode_html(page("", "Привет, мир").encode("utf-16-le"))
    assert "Привет, мир" in decoded.text
    assert decoded.encoding == "guessed"


def test_declaration_is_looked_for_in_the_first_16_kb_only() -> None:
    late = b"<!--" + b"x" * 20_000 + b'--><meta charset="koi8-r">'
    assert declared_charset(late) is None
    assert declared_charset(b'<meta charset="koi8-r">' + b"x" * 20_000) == "koi8-r"


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("us-ascii", "cp1252"),
        ("GB2312", "gb18030"),
        ("Shift_JIS", "shift_jis"),
        ("utf-16", "utf-8"),
    ],
)
def test_whatwg_labels(label: str, codec: str) -> None:
    assert declared_charset(f'<meta charset="{label}">'.encode()) == codec
