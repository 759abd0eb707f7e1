"""``parse`` is total: it returns an Article for every str, and no stage crashes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.models import Article
from tests.property.strategies import boilerplate_texts

SITES = [None, *(adapter.name for adapter in newsparse.adapters())]
# What ``parse`` reports when a stage crashed and it fell back.
FAILURE_CODES = frozenset({"parse.adapter-failed", "parse.failed"})

# Every code point, surrogates and controls included (``st.characters()`` leaves out Cs).
any_characters = st.characters(exclude_categories=())
surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
line_breaks = st.sampled_from("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
layout_characters = st.sampled_from(" \t\u00a0•‘’“”'\"-*|()0123456789")


def assert_total(text: str, site: str | None) -> Article:
    article = newsparse.parse(text, site=site)
    assert isinstance(article, Article)
    crashes = [d.message for d in article.diagnostics if d.code in FAILURE_CODES]
    assert not crashes, crashes
    return article


@pytest.mark.parametrize("site", SITES)
@given(text=st.text(any_characters))
def test_any_text(site: str | None, text: str) -> None:
    assert_total(text, site)


@pytest.mark.parametrize("site", SITES)
@given(text=st.text(st.one_of(any_characters, surrogates, line_breaks, layout_characters)))
def test_text_rich_in_surrogates_breaks_and_marks(site: str | None, text: str) -> None:
    assert_total(text, site)


@pytest.mark.parametrize("site", SITES)
@given(text=boilerplate_texts())
def test_boilerplate_mixes(site: str | None, text: str) -> None:
    assert_total(text, site)


@pytest.mark.parametrize("site", SITES)
@given(
    text=st.text(st.characters(exclude_characters="\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"))
    .filter(bool)
    .map(lambda unit: (unit * (200_000 // len(unit) + 1))[:200_000])
)
def test_huge_lines(site: str | None, text: str) -> None:
    assert len(text.splitlines()) == 1
    assert_total(text, site)


HUGE_INPUTS = {
    "200 KB of one letter": "x" * 200_000,
    "200 KB of words": "word " * 40_000,
    "200 KB of quote marks": "‘a’ " * 50_000,
    "200 KB of bullets on one line": "• " * 100_000,
    "200 KB of spaces then a word": " " * 200_000 + "word",
    "20k bullet lines": "\n".join("  • x" for _ in range(20_000)),
    "20k blank lines": "\n" * 20_000,
}


@pytest.mark.parametrize("site", SITES)
@pytest.mark.parametrize("name", sorted(HUGE_INPUTS))
def test_fixed_huge_inputs(site: str | None, name: str) -> None:
    assert_total(HUGE_INPUTS[name], site)


def ever_deeper_replies(levels: int) -> str:
    """A comment thread where each bullet is indented one space more than the one before."""
    body = "A body paragraph of some words here. " * 3
    thread = "\n".join(" " * (2 + level) + "• r" for level in range(levels))
    return f"Head Line\n\n{body}\n\nReaders' comments (1)\n\n{thread}"


@pytest.mark.parametrize("site", SITES)
def test_ever_deeper_replies(site: str | None) -> None:
    assert_total(ever_deeper_replies(1000), site)
    article = newsparse.parse(ever_deeper_replies(1000), site=site)
    assert "comments.too-deep" in [diagnostic.code for diagnostic in article.diagnostics]
    assert "parse.failed" not in [diagnostic.code for diagnostic in article.diagnostics]
