"""Laws of ``parse_html``: total on any input, nothing lost, text and bytes alike."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse._page import Lines
from newsparse._pipeline.assemble import uncovered_lines
from newsparse._pipeline.html import html_to_page
from tests.property.test_html_properties import Element, pages


@given(st.text())
def test_never_raises_on_any_text(html: str) -> None:
    assert isinstance(newsparse.parse_html(html), newsparse.Article)


@given(st.binary())
def test_never_raises_on_any_bytes(html: bytes) -> None:
    assert isinstance(newsparse.parse_html(html), newsparse.Article)


@given(pages)
def test_every_line_of_the_converted_text_lies_in_a_span(body: Element) -> None:
    html = body.html()
    article = newsparse.parse_html(html)
    assert uncovered_lines(Lines.from_text(html_to_page(html).text), article) == []
    assert "assemble.unplaced-lines" not in {d.code for d in article.diagnostics}


@given(pages)
def test_text_and_its_utf8_bytes_parse_alike(body: Element) -> None:
    html = body.html()
    assert newsparse.parse_html(html) == newsparse.parse_html(html.encode())


@given(pages)
def test_explain_html_gives_every_converted_line(body: Element) -> None:
    html = body.html()
    explained = newsparse.explain_html(html)
    assert [line.text for line in explained.lines] == html_to_page(html).text.splitlines()
