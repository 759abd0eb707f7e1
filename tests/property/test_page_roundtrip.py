"""Round trips through a page: an Article that ``pages()`` renders parses back to itself."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.models import Article, Comment
from newsparse.testing import articles, pages
from tests import factories as make


def comment_tree(comments: tuple[Comment, ...]) -> tuple[Any, ...]:
    return tuple(
        (comment.text, comment.paragraphs, comment.author, comment_tree(comment.replies))
        for comment in comments
    )


def content(article: Article) -> dict[str, object]:
    return {
        "headline": None if article.headline is None else article.headline.text,
        "paragraphs": [paragraph.text for paragraph in article.paragraphs],
        "standfirst": None if article.standfirst is None else article.standfirst.text,
        "comments": comment_tree(article.comments.comments),
        "comment count": len(article.comments.walk()),
        "declared count": article.comments.declared_count,
        "paginated": article.comments.paginated,
    }


def spans(article: Article) -> dict[str, object]:
    return {
        "headline": None if article.headline is None else article.headline.span,
        "paragraphs": [paragraph.span for paragraph in article.paragraphs],
        "comments": [comment.span for comment in article.comments.walk()],
        "section": article.comments.span,
    }


@pytest.mark.parametrize("site", [None, "pulse"])
@given(page_and_article=pages(articles(replies=True)))
def test_page_parses_back(site: str | None, page_and_article: tuple[str, Article]) -> None:
    page, expected = page_and_article
    parsed = newsparse.parse(page, site=site)
    assert content(parsed) == content(expected)
    assert spans(parsed) == spans(expected)


def test_a_comment_longer_than_the_body_stays_a_comment() -> None:
    page = (
        "Storm Hits Town\n"
        "\n"
        "Roofs were torn off.\n"
        "\n"
        "Readers' comments (1)\n"
        "\n"
        "  • What a terrible night for everyone here.\n"
        "\n"
        "    Unsuitable or offensive? Report this comment\n"
        "\n"
        "Have your say"
    )
    article = newsparse.parse(page, site="pulse")
    assert article.headline is not None
    assert article.headline.text == "Storm Hits Town"
    assert [paragraph.text for paragraph in article.paragraphs] == ["Roofs were torn off."]
    assert [comment.text for comment in article.comments.comments] == [
        "What a terrible night for everyone here."
    ]
    assert article.comments.span == make.span(5, 9)


@given(data=st.data())
def test_render_then_parse_is_idempotent(data: st.DataObject) -> None:
    page, _ = data.draw(pages(articles(replies=True)), label="page")
    first = newsparse.parse(page, site="pulse")
    again, _ = data.draw(pages(st.just(first)), label="page of the parsed article")
    assert content(newsparse.parse(again, site="pulse")) == content(first)
