"""JSON round trips: ``from_json(to_json(article)) == article`` for any valid Article."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.models import Article
from newsparse.testing import articles, pages
from newsparse.testing._any_articles import any_articles


def offsets(article: Article) -> list[timedelta | None]:
    """The UTC offsets of every datetime: ``==`` on aware datetimes ignores them."""
    moments: list[datetime | None] = [article.published]
    moments += [comment.posted for comment in article.comments.walk()]
    return [None if moment is None else moment.utcoffset() for moment in moments]


def assert_round_trip(article: Article, indent: int | None = None) -> None:
    back = newsparse.from_json(newsparse.to_json(article, indent=indent))
    assert isinstance(back, Article)
    assert back == article
    assert offsets(back) == offsets(article)


@given(article=any_articles(), indent=st.sampled_from([None, 0, 2]))
def test_any_article(article: Article, indent: int | None) -> None:
    assert_round_trip(article, indent)


@given(article=articles(replies=True))
def test_generated_articles(article: Article) -> None:
    assert_round_trip(article)


@given(article=articles(replies=True))
def test_from_utf8_bytes(article: Article) -> None:
    data = newsparse.to_json(article).encode("utf-8")
    assert newsparse.from_json(data) == article


@given(page_and_article=pages(articles(replies=True)))
def test_parsed_pages(page_and_article: tuple[str, Article]) -> None:
    page, _ = page_and_article
    assert_round_trip(newsparse.parse(page))


# Lone low surrogates, as ``surrogateescape`` decoding leaves them; a high one
# before a low one reads back from JSON as one astral character (documented).
escaped_bytes = st.characters(min_codepoint=0xDC80, max_codepoint=0xDCFF)


@given(text=st.text(st.one_of(st.characters(), escaped_bytes)))
def test_parsed_any_text(text: str) -> None:
    assert_round_trip(newsparse.parse(text))
