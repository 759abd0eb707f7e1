"""Tests for stage 1, ``newsparse._pipeline.text.decode``: bytes to text."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._pipeline.text.decode import decode, decode_report
from newsparse.errors import InputError
from newsparse.models import Severity, Span

ENGLISH = "“We won’t pay £5,” she said – twice.\nNext\u00a0line ‘quoted’.\n"
FRENCH = "L’été dernier, le ministre a déclaré qu’il fallait agir à côté des hôpitaux.\n"
POLISH = "Zażółć gęślą jaźń, powiedział minister zdrowia w poniedziałek.\n"
GREEK = "Ο υπουργός δήλωσε ότι τα νοσοκομεία είναι γεμάτα.\n"

# (id, bytes, expected text)
DECODED: list[tuple[str, bytes, str]] = [
    ("empty", b"", ""),
    ("ascii", b"Plain text\n", "Plain text\n"),
    ("utf-8", ENGLISH.encode("utf-8"), ENGLISH),
    ("utf-8 bom", ENGLISH.encode("utf-8-sig"), ENGLISH),
    ("utf-8 bom only", b"\xef\xbb\xbf", ""),
    ("utf-16-le bom", ENGLISH.encode("utf-16"), ENGLISH),
    ("utf-16-be bom", b"\xfe\xff" + ENGLISH.encode("utf-16-be"), ENGLISH),
    ("utf-32 bom", ENGLISH.encode("utf-32"), ENGLISH),
    ("utf-16-le no bom", ENGLISH.encode("utf-16-le"), ENGLISH),
    ("utf-16-be no bom", ENGLISH.encode("utf-16-be"), ENGLISH),
    ("utf-16-le no bom greek", GREEK.encode("utf-16-le"), GREEK),
    ("utf-16 no bom odd length", "Cut off".encode("utf-16-le") + b"o", "Cut off\ufffd"),
    ("cp1252 quotes and pound", ENGLISH.encode("cp1252"), ENGLISH),
    ("cp1252 short", b"\x93We won\x92t pay \xa35,\x94 she said.", "“We won’t pay £5,” she said."),
    ("cp1252 french", FRENCH.encode("cp1252"), FRENCH),
    ("latin-1 french", FRENCH.replace("’", "'").encode("latin-1"), FRENCH.replace("’", "'")),
    ("latin-1 lone byte at end", b"caf\xe9", "café"),
    ("cp1250 polish", POLISH.encode("cp1250"), POLISH),
    ("cp1253 greek", GREEK.encode("cp1253"), GREEK),
    ("crlf", b"one\r\ntwo\r\n", "one\ntwo\n"),
    ("lone cr", b"one\rtwo\r", "one\ntwo\n"),
    ("mixed line ends", b"a\r\n\r\nb\rc\n", "a\n\nb\nc\n"),
    ("cr cr lf", b"a\r\r\nb", "a\n\nb"),
    ("truncated utf-8 tail", "It’s “fine”".encode()[:-1], "It’s “fine\ufffd"),
    ("truncated after lead byte", "It’s ok ’".encode()[:-2], "It’s ok \ufffd"),
    ("truncated ascii page", b"don\xe2\x80", "don\ufffd"),
    (
        "stray cp1252 byte in utf-8",
        "It’s “fine” and ".encode() + b"caf\xe9 " + "’".encode(),
        "It’s “fine” and café ’",
    ),
    ("bom utf-8 with stray byte", "Grüße".encode("utf-8-sig") + b"\xfc", "Grüßeü"),
    ("mojibake", "donâ€™t".encode(), "don’t"),
    ("mojibake pound", "It cost Â£5".encode(), "It cost £5"),
    (
        "mojibake repair keeps the rest of the line",
        "donâ€™t say “hello” –\u00a0ok &amp; ﬁne Ａ\r\nCafÃ© owner".encode(),
        "don’t say “hello” –\u00a0ok &amp; ﬁne Ａ\nCafé owner",
    ),
    ("mojibake only on its line", "“Curly”  \u00a0\nCafÃ©\n".encode(), "“Curly”  \u00a0\nCafé\n"),
    ("not mojibake", "the café’s owner".encode(), "the café’s owner"),
    ("escape sequences kept", b"\x1b[1mBold\x1b[0m\x0cpage\n", "\x1b[1mBold\x1b[0m\x0cpage\n"),
    ("unicode line breaks kept", "a\u2028b\x85c\x0bd".encode(), "a\u2028b\x85c\x0bd"),
    ("html entities kept", b"Fish &amp; chips &lt;3", "Fish &amp; chips &lt;3"),
    ("a few controls kept", ("x" * 40 + "\x07").encode(), "x" * 40 + "\x07"),
]


@pytest.mark.parametrize(
    ("data", "expected"), [c[1:] for c in DECODED], ids=[c[0] for c in DECODED]
)
def test_decode(data: bytes, expected: str) -> None:
    assert decode(data) == expected


_rng = random.Random(20190522)
NUL_NOISE = bytes(_rng.randrange(256) for _ in range(2000))
HIGH_NOISE = bytes(_rng.randrange(0x80, 0x100) for _ in range(500))
PRINTABLE_NOISE = bytes(_rng.randrange(0x20, 0x100) for _ in range(2000))

# (id, bytes, what the reason names)
BINARY: list[tuple[str, bytes, str]] = [
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    ("jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    ("gif", b"GIF89a\x01\x00\x01\x00", "GIF"),
    ("webp", b"RIFF\x24\x00\x00\x00WEBPVP8 ", "WebP"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    ("zip", b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
    ("gzip", b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
    ("random bytes with nuls", NUL_NOISE, "NUL"),
    ("nul in ascii text", b"Headline\n\x00\nBody\n", "NUL"),
    ("control bytes", b"\x01\x02\x03\x04text\x05\x06\x07\x08", "control"),
    ("utf-16 control characters", "\x01\x02\x03ab".encode("utf-16"), "control"),
    ("high bytes no encoding fits", HIGH_NOISE, "encoding"),
    ("printable noise no encoding fits", PRINTABLE_NOISE, "encoding"),
]


@pytest.mark.parametrize(
    ("data", "kind"), [case[1:] for case in BINARY], ids=[case[0] for case in BINARY]
)
def test_binary_raises_input_error_naming_the_path(data: bytes, kind: str) -> None:
    with pytest.raises(InputError) as raised:
        decode(data, path=Path("pages") / "cover.bin")
    assert raised.value.path == str(Path("pages") / "cover.bin")
    assert raised.value.reason.startswith("binary data, not text")
    assert kind in raised.value.reason
    assert str(Path("pages") / "cover.bin") in str(raised.value)


def test_binary_without_path_gives_the_reason_alone() -> None:
    with pytest.raises(InputError, match=r"^binary data, not text \(a PNG image\)$") as raised:
        decode(b"\x89PNG\r\n\x1a\n")
    assert raised.value.path is None


# Controls that decode counts as binary evidence (C0 but tab, LF, VT, FF,
# CR and ESC): a string made of them is what binary data looks like, so the
# round-trip law is stated for text without them.
_BINARY_CONTROLS = "".join(map(chr, [*range(0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)]))

# Each byte 0x80-0xFF as the character Latin-1 or Windows-1252 reads it as.
_WINDOWS_1252_OR_LATIN_1 = {
    ord(char): byte
    for byte in range(0x80, 0x100)
    for char in {chr(byte), bytes([byte]).decode("cp1252", errors="ignore")} - {""}
}
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _reads_as_mojibake(text: str) -> bool:
    """Whether some run of ``text`` is a UTF-8 character read as Windows-1252.

    Such text ("â€™", "Ã©") is indistinguishable from mojibake, which decode
    repairs by design, so the round-trip law excludes it.
    """
    raw = "".join(
        chr(_WINDOWS_1252_OR_LATIN_1.get(ord(char), ord(char) if char.isascii() else 0x3F))
        for char in text
    ).encode("latin-1")
    return _UTF8_MULTIBYTE.search(raw) is not None


texts = st.text(st.characters(codec="utf-8", exclude_characters=_BINARY_CONTROLS)).filter(
    lambda text: not _reads_as_mojibake(text)
)


@given(text=texts, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_text_round_trips_with_line_ends_normalised(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)) == text.replace("\r\n", "\n").replace("\r", "\n")


@given(data=st.binary(max_size=2000))
def test_any_bytes_give_text_or_input_error(data: bytes) -> None:
    try:
        text = decode(data, path="page.txt")
    except InputError as error:
        failure: InputError | None = error
    else:
        failure = None
        assert "\r" not in text
    assert failure is None or failure.path == "page.txt"


def test_mojibake_filter_of_the_law_is_narrow() -> None:
    assert _reads_as_mojibake("donâ€™t")
    assert not _reads_as_mojibake("the café’s owner ‘quoted’ £5 –\u00a0ok")


# A page long enough that a few NUL or stray bytes are a small share of it.
LONG_PAGE = (
    "Ferry service to resume after storm repairs\n"
    "\n"
    "The island ferry will sail again on Monday after three weeks of repairs"
    " to the harbour wall, the operator said.\n"
    "\n"
    "Engineers replaced forty metres of the wall, which was breached in the"
    " January storm, and the pier has been declared safe for passengers.\n"
)


def _with_nuls(count: int) -> bytes:
    lines = LONG_PAGE.encode().split(b"\n")
    lines[2] += b"\x00" * count
    return b"\n".join(lines)


@pytest.mark.parametrize("count", [1, 3])
def test_a_few_nul_bytes_are_text_with_a_diagnostic(count: int) -> None:
    decoded = decode_report(_with_nuls(count))
    assert decoded.text == _with_nuls(count).decode()
    [diagnostic] = decoded.diagnostics
    assert diagnostic.code == "decode.nul-bytes"
    assert diagnostic.severity is Severity.WARNING
    assert diagnostic.span == Span(start_line=3, end_line=3)
    assert f"{count} NUL byte" in diagnostic.message


def test_nul_bytes_after_a_utf8_bom_are_text_too() -> None:
    decoded = decode_report(b"\xef\xbb\xbf" + _with_nuls(1))
    assert [diagnostic.code for diagnostic in decoded.diagnostics] == ["decode.nul-bytes"]


def test_a_nul_diagnostic_spans_the_first_to_the_last_line_holding_one() -> None:
    data = LONG_PAGE.replace("Monday", "Mon\x00day").replace("forty", "for\x00ty").encode()
    [diagnostic] = decode_report(data).diagnostics
    assert diagnostic.span == Span(start_line=3, end_line=5)
    assert "2 NUL bytes" in diagnostic.message


def test_nul_bytes_above_the_control_share_are_binary() -> None:
    with pytest.raises(InputError, match=r"binary data, not text \(NUL bytes\)"):
        decode(LONG_PAGE.encode().replace(b" ", b"\x00"))


def test_a_page_with_a_nul_byte_parses_with_the_diagnostic(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(_with_nuls(1))
    article = newsparse.parse_file(page)
    assert article.headline is not None
    assert article.headline.text == "Ferry service to resume after storm repairs"
    assert "decode.nul-bytes" in [diagnostic.code for diagnostic in article.diagnostics]


@pytest.mark.parametrize(
    ("data", "count", "line"),
    [
        ("It’s “fine” and ".encode() + b"caf\xe9 " + "’".encode(), 1, 1),
        ("Grüße\nund ".encode("utf-8-sig") + b"\xfc\xe4 ok", 2, 2),
        ("A “quote”\r\nB ‘two’\r\nC \xa35".encode().replace(b"\xc2\xa3", b"\xa3"), 1, 3),
    ],
    ids=["one byte", "two bytes after a bom", "crlf lines"],
)
def test_bytes_read_as_windows_1252_in_utf8_get_a_counted_diagnostic(
    data: bytes, count: int, line: int
) -> None:
    [diagnostic] = decode_report(data).diagnostics
    assert diagnostic.code == "decode.stray-bytes"
    assert diagnostic.severity is Severity.WARNING
    assert f"{count} byte" in diagnostic.message
    assert "Windows-1252" in diagnostic.message
    assert diagnostic.span == Span(start_line=line, end_line=line)


def test_stray_byte_diagnostic_reaches_parse_file(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(LONG_PAGE.encode() + "It’s “fine” and ".encode() + b"caf\xe9\n")
    article = newsparse.parse_file(page)
    assert [d.code for d in article.diagnostics if d.code.startswith("decode.")] == [
        "decode.stray-bytes"
    ]


@pytest.mark.parametrize(
    "data",
    [
        ENGLISH.encode("utf-8"),
        ENGLISH.encode("utf-16"),
        ENGLISH.encode("cp1252"),
        "donâ€™t".encode(),
        b"one\r\ntwo\r\n",
    ],
    ids=["utf-8", "utf-16", "cp1252 throughout", "mojibake", "crlf"],
)
def test_clean_decoding_has_no_diagnostics(data: bytes) -> None:
    assert decode_report(data).diagnostics == ()


@given(data=st.binary(max_size=2000))
def test_decode_is_the_text_of_decode_report(data: bytes) -> None:
    try:
        text = decode(data)
    except InputError as error:
        with pytest.raises(InputError, match=re.escape(error.reason)):
            decode_report(data)
    else:
        assert decode_report(data).text == text
