"""Golden tests for HTML: each fixture page parses to the article JSON committed beside it.

``fixtures/html/NAME.html`` parses (``parse_html``, with the bytes and the
address its ``NAME.expected.json`` gives) to ``NAME.article.json``.
Regenerate with ``pytest tests/golden --update-golden`` and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from newsparse._page import Lines
from newsparse._pipeline.assemble import uncovered_lines
from newsparse._pipeline.html import html_to_page
from tests.conftest import FIXTURES
from tests.unit.test_html_page import expected_of, page_bytes

PAGES = sorted((FIXTURES / "html").glob("*.html"))


def parse(page: Path) -> newsparse.Article:
    expected = expected_of(page)
    return newsparse.parse_html(page_bytes(page, expected), url=expected.get("url"))


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_html_fixture_parses_to_its_golden_json(page: Path, update_golden: bool) -> None:
    expected_path = page.with_name(f"{page.stem}.article.json")
    article = parse(page)
    actual = newsparse.to_json(article, indent=2) + "\n"
    if update_golden:
        expected_path.write_text(actual, encoding="utf-8")
        return
    if not expected_path.exists():
        pytest.fail(
            f"{expected_path.name} is missing: run `pytest tests/golden --update-golden`"
            " and review the new file"
        )
    expected = expected_path.read_text(encoding="utf-8")
    assert json.loads(actual) == json.loads(expected), (
        f"{page.name} parses differently from {expected_path.name}; if the change is"
        " intended, run `pytest tests/golden --update-golden` and review the diff"
    )
    assert newsparse.from_json(expected) == article


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
