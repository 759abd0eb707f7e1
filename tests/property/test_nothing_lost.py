"""Nothing is lost: every non-blank line lies in the span of some part of the Article.

A line is blank when it is empty or all white space (``line.isspace()``) as
``str.splitlines()`` gives it; the parts are the headline, standfirst, body
paragraphs, the comment section, each comment and reply, and the boilerplate.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.models import Article, BlockReason, Span
from newsparse.testing import articles, assert_nothing_lost, pages
from tests import factories as make
from tests.property.strategies import boilerplate_texts

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
@given(text=boilerplate_texts())
def test_boilerplate_mixes(site: str | None, text: str) -> None:
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


def test_the_check_names_a_lost_line() -> None:
    text = "Kept\n\nLost line\n"
    with pytest.raises(AssertionError, match=r"line 3: 'Lost line'"):
        assert_nothing_lost(text, make.article(headline=make.headline("Kept", line=1)))


def test_the_check_treats_white_space_as_blank_and_zero_width_as_text() -> None:
    assert_nothing_lost(" \n\u00a0\n\t\n", make.article())
    with pytest.raises(AssertionError, match="line 2"):
        assert_nothing_lost("\n\u200b\n", make.article())


def test_the_check_accepts_a_block_over_several_lines() -> None:
    lines_two_and_three = make.block("a\nb", BlockReason.UNPLACED, line=2)
    assert_nothing_lost("\na\nb\n\n", make.article(boilerplate=(lines_two_and_three,)))
