"""Tests for ``newsparse._pipeline.html.page``: invented pages in fixtures/html, and bad input.

Each ``fixtures/html/NAME.html`` has a ``NAME.expected.json`` beside it:
``lines`` must appear in the converted text in that order (as whole lines),
``absent`` nowhere in it; ``evidence`` gives fields of the evidence of
named lines, ``ancestry`` the innermost ancestry entries of named lines;
``metadata`` fields (datetimes as ISO 8601), ``encoding`` and the set of
``diagnostics`` codes are compared whole. The pages are stored as UTF-8; a
``bytes`` codec in the expectations says how to encode a page before it is
converted (the charset cases).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsparse._pipeline.html import BLANK_EVIDENCE, Container, HtmlPage, html_to_page
from newsparse._pipeline.html.nesting import MAX_DEPTH
from tests.conftest import FIXTURES

PAGES = sorted((FIXTURES / "html").glob("*.html"))


def expected_of(page: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(page.with_name(f"{page.stem}.expected.json").read_text())
    return data


def page_bytes(page: Path, expected: dict[str, Any]) -> bytes:
    return page.read_text(encoding="utf-8").encode(expected.get("bytes", "utf-8"))


def convert(page: Path) -> tuple[HtmlPage, dict[str, Any]]:
    expected = expected_of(page)
    return html_to_page(page_bytes(page, expected), url=expected.get("url")), expected


def test_every_fixture_page_has_its_expectations() -> None:
    assert len(PAGES) >= 5
    for page in PAGES:
        assert page.with_name(f"{page.stem}.expected.json").is_file(), page.name


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_lines_appear_in_order(page: Path) -> None:
    converted, expected = convert(page)
    lines = converted.text.splitlines()
    position = 0
    for line in expected["lines"]:
        assert line in lines[position:], (
            f"{line!r} missing after line {position}:\n{converted.text}"
        )
        position = lines.index(line, position) + 1
    for fragment in expected.get("absent", []):
        assert fragment not in converted.text


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_evidence_of_named_lines(page: Path) -> None:
    converted, expected = convert(page)
    lines = converted.text.splitlines()
    for line, fields in expected.get("evidence", {}).items():
        evidence = converted.evidence[lines.index(line)]
        for name, want in fields.items():
            got = getattr(evidence, name)
            if name == "containers":
                assert got == frozenset(Container(value) for value in want), line
            elif name == "link_density":
                assert got == pytest.approx(want, abs=0.01), line
            else:
                assert got == want, (line, name)
    for line, innermost in expected.get("ancestry", {}).items():
        ancestry = converted.evidence[lines.index(line)].ancestry
        assert list(ancestry[-len(innermost) :]) == innermost


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_metadata_encoding_and_diagnostics(page: Path) -> None:
    converted, expected = convert(page)
    for name, want in expected.get("metadata", {}).items():
        got = getattr(converted.metadata, name)
        shown = got.isoformat() if hasattr(got, "isoformat") else got
        assert shown == want, name
    if "encoding" in expected:
        assert converted.encoding == expected["encoding"]
    assert sorted(d.code for d in converted.diagnostics) == sorted(expected["diagnostics"])


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_text_and_bytes_convert_alike(page: Path) -> None:
    from_bytes, _ = convert(page)
    text = page.read_text(encoding="utf-8")
    for other in (html_to_page(text), html_to_page(text.encode())):
        assert other.text == from_bytes.text
        assert other.evidence == from_bytes.evidence


def codes(page: HtmlPage) -> set[str]:
    return {diagnostic.code for diagnostic in page.diagnostics}


@pytest.mark.parametrize(
    ("html", "code"),
    [
        ("", "html.no-text"),
        (b"", "html.no-text"),
        ("<html><head><script>var a = 1;</script></head><body></body></html>", "html.no-text"),
        ("<div><img src=a.png><hr><br></div>", "html.no-text"),
        ("<body><p>cut short", "html.unclosed"),
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "html.not-text"),
        (b"<p>caf\xe9 and cr\xe8me</p>", "html.charset-guessed"),
    ],
)
def test_bad_input_gives_a_diagnostic(html: str | bytes, code: str) -> None:
    assert code in codes(html_to_page(html))


def test_scripts_only_says_so() -> None:
    page = html_to_page("<script>a()</script><style>p{}</style><script>b()</script>")
    (diagnostic,) = page.diagnostics
    assert diagnostic.code == "html.no-text"
    assert "scripts and styles (3)" in diagnostic.message
    assert page.text == ""
    assert page.evidence == ()


def test_deep_nesting_is_flattened_with_every_word_kept() -> None:
    depth = MAX_DEPTH * 3
    html = "<div>" * depth + "deep words" + "<p>and more</p>" + "</div>" * depth
    for given in (html, html.encode()):  # bytes are parsed from the flattened text too
        page = html_to_page(given)
        assert "html.deep-nesting" in codes(page)
        assert "deep words" in page.text
        assert "and more" in page.text


def test_unclosed_everything_keeps_every_word() -> None:
    html = "<div><p>para <b>bold <i>both <a href=#>link <span>" * 300
    page = html_to_page(html)
    assert page.text.count("para bold both link") == 300
    assert len(page.evidence) == len(page.text.splitlines())


def test_blank_lines_have_the_blank_evidence() -> None:
    page = html_to_page("<p>One</p><p>Two</p>")
    assert page.text == "One\n\nTwo"
    assert page.evidence[1] is BLANK_EVIDENCE


def test_url_is_kept_when_the_page_states_none() -> None:
    page = html_to_page("<p>Text</p>", url="https://example.org/a")
    assert page.metadata.url == "https://example.org/a"


def test_other_types_are_refused() -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        html_to_page(42)  # type: ignore[arg-type]


def test_corpus_pages_convert(shared_dir: Path) -> None:
    import gzip

    pages = sorted((shared_dir / "corpus").glob("*-dev/*.html.gz"))[:40]
    if not pages:
        pytest.skip("no HTML pages in ../shared/corpus")
    for path in pages:
        page = html_to_page(gzip.decompress(path.read_bytes()))
        assert len(page.evidence) == len(page.text.splitlines())
        assert page.text.strip(), path.name
