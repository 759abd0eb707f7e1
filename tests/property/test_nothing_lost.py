"""Nothing is lost: every non-blank line lies in the span of some part of the Article.

A line is blank when it is empty or all white space (``line.isspace()``) as
``str.splitlines()`` gives it; the parts are the headline, standfirst, body
paragraphs, the comment section, each comment and reply, and the boilerplate.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.models import Article, Block, BlockReason, Headline, Span
from newsparse.testing import articles, assert_nothing_lost, pages
from tests.property.strategies import furniture_texts

SITES = [None, *(adapter.name for adapter in newsparse.adapters())]


def all_spans(article: Article) -> list[Span]:
    spans = [block.span for block in article.boilerplate]
    spans += [paragraph.span for paragraph in article.paragraphs]
    spans += [comment.span for comment in article.comments.walk()]
    if article.headline is not None:
        spans.append(article.headline.span)
    if article.comments.span is not None:
        spans.append(article.comments.span)
    return spans


def assert_spans_on_page(text: str, article: Article) -> None:
    count = len(text.splitlines())
    outside = [span for span in all_spans(article) if span.end_line > count]
    assert not outside, f"spans past the last line ({count}): {outside}"


@pytest.mark.parametrize("site", SITES)
@given(text=st.text(st.characters(exclude_categories=())))
def test_any_text(site: str | None, text: str) -> None:
    article = newsparse.parse(text, site=site)
    assert_nothing_lost(text, article)
    assert_spans_on_page(text, article)


@pytest.mark.parametrize("site", SITES)
@given(text=furniture_texts())
def test_furniture_mixes(site: str | None, text: str) -> None:
    article = newsparse.parse(text, site=site)
    assert_nothing_lost(text, article)
    assert_spans_on_page(text, article)


@given(page_and_article=pages(articles(replies=True)))
def test_generated_pages(page_and_article: tuple[str, Article]) -> None:
    page, _ = page_and_article
    for site in SITES:  # one page for every site: drawing pages costs more than parsing
        article = newsparse.parse(page, site=site)
        assert_nothing_lost(page, article)
        assert_spans_on_page(page, article)


def bare_article(*blocks: Block, headline: Headline | None = None) -> Article:
    return attrs.evolve(Article.empty(), headline=headline, boilerplate=blocks)


def test_the_check_names_a_lost_line() -> None:
    text = "Kept\n\nLost line\n"
    article = bare_article(headline=Headline(text="Kept", span=Span(start_line=1, end_line=1)))
    with pytest.raises(AssertionError, match=r"line 3: 'Lost line'"):
        assert_nothing_lost(text, article)


def test_the_check_treats_white_space_as_blank_and_zero_width_as_text() -> None:
    article = bare_article()
    assert_nothing_lost(" \n\u00a0\n\t\n", article)
    with pytest.raises(AssertionError, match="line 2"):
        assert_nothing_lost("\n\u200b\n", article)


def test_the_check_accepts_a_block_over_several_lines() -> None:
    block = Block(text="a\nb", reason=BlockReason.UNPLACED, span=Span(start_line=2, end_line=3))
    assert_nothing_lost("\na\nb\n\n", bare_article(block))
