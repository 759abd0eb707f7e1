"""Golden tests for HTML: each fixture page parses to the article JSON committed beside it.

``fixtures/html/NAME.html`` parses (``parse_html``, with the bytes and the
address its ``NAME.expected.json`` gives) to ``NAME.article.json``.
Regenerate with ``pytest tests/golden --update-golden`` and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse._page import Lines
from newsparse._pipeline.assemble import uncovered_lines
from newsparse._pipeline.html import html_to_page
from tests.conftest import FIXTURES
from tests.golden._golden import check_golden
from tests.unit.test_html_page import expected_of, page_bytes

PAGES = sorted((FIXTURES / "html").glob("*.html"))


def parse(page: Path) -> newsparse.Article:
    expected = expected_of(page)
    return newsparse.parse_html(page_bytes(page, expected), url=expected.get("url"))


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_html_fixture_parses_to_its_golden_json(page: Path, update_golden: bool) -> None:
    check_golden(
        parse(page),
        page.with_name(f"{page.stem}.article.json"),
        page=page.name,
        update=update_golden,
    )


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_every_line_of_the_converted_text_lies_in_a_span(page: Path) -> None:
    expected = expected_of(page)
    converted = html_to_page(page_bytes(page, expected), url=expected.get("url"))
    article = parse(page)
    assert uncovered_lines(Lines.from_text(converted.text), article) == []
    assert "assemble.unplaced-lines" not in {d.code for d in article.diagnostics}


def test_html_fixture_and_its_file_parse_alike() -> None:
    page = FIXTURES / "html" / "magazine_teasers.html"
    assert newsparse.parse_file(page) == parse(page)
