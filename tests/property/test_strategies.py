"""The strategies of newsparse.testing keep their documented promises."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from newsparse._page import BULLETS, Lines
from newsparse.models import Article, BlockReason
from newsparse.testing import articles, assert_nothing_lost, pages


@given(article=articles(max_paragraphs=4, max_comments=3))
def test_articles_are_clean(article: Article) -> None:
    assert article.headline is not None
    headline = article.headline.text
    assert headline == headline.strip()
    assert not headline.endswith(".")
    assert all(word[:1].isupper() for word in headline.split())
    assert 1 <= len(article.paragraphs) <= 4
    for paragraph in article.paragraphs:
        assert paragraph.text.endswith(".")
        assert paragraph.text[:1].isupper()
    comments = article.comments.walk()
    assert len(comments) <= 3
    assert all(comment.replies == () for comment in comments)
    for comment in comments:
        assert 1 <= len(comment.paragraphs) <= 3
        assert comment.text == "\n\n".join(comment.paragraphs)
        assert all(
            line and line[0] not in BULLETS for p in comment.paragraphs for line in p.split("\n")
        )


@given(article=articles(replies=True))
def test_declared_count_covers_the_comments_shown(article: Article) -> None:
    section = article.comments
    shown = len(section.walk())
    if shown:
        assert section.declared_count is not None
    if section.declared_count is not None:
        assert section.declared_count >= shown
        assert section.paginated == (section.declared_count > shown)


@given(page_and_article=pages(articles(replies=True)))
def test_pages_put_each_record_on_its_lines(page_and_article: tuple[str, Article]) -> None:
    page, article = page_and_article
    lines = Lines.from_text(page)
    assert article.headline is not None
    assert lines.at(article.headline.span.start_line).text == article.headline.text
    for paragraph in article.paragraphs:
        assert lines.at(paragraph.span.start_line).text == paragraph.text
    for comment in article.comments.walk():
        first = lines.at(comment.span.start_line)
        assert first.bullet == "•"
        shown = "\n".join(line.text for line in lines.within(comment.span) if line.text)
        assert shown.removeprefix("• ") == "\n".join(comment.paragraphs)
    for block in article.boilerplate:
        shown = "\n".join(line.text for line in lines.within(block.span))
        assert shown == block.text


@given(page_and_article=pages(noise=False))
def test_pages_without_noise_have_no_noise(page_and_article: tuple[str, Article]) -> None:
    page, _ = page_and_article
    assert "\u00a0" not in page
    assert "\r" not in page
    assert "\n\n\n" not in page
    assert all(line == line.rstrip() for line in page.split("\n"))


EMPTY = Article.empty()


@given(page_and_article=pages(st.just(EMPTY)))
def test_pages_of_an_empty_article_hold_only_boilerplate(
    page_and_article: tuple[str, Article],
) -> None:
    page, article = page_and_article
    assert article.headline is None
    assert article.paragraphs == ()
    assert {block.reason for block in article.boilerplate} == {
        BlockReason.SITE_HEADER,
        BlockReason.FOOTER,
    }
    assert_nothing_lost(page, article)


@pytest.mark.parametrize(
    "strategy",
    [
        articles(min_paragraphs=0),
        articles(min_paragraphs=3, max_paragraphs=2),
        articles(max_comments=-1),
        articles(replies=1),  # type: ignore[arg-type]
        pages(noise=None),  # type: ignore[arg-type]
        pages([]),  # type: ignore[arg-type]
    ],
)
def test_bad_arguments_are_reported_when_drawn(strategy: st.SearchStrategy[object]) -> None:
    @given(strategy)
    def draw_one(value: object) -> None:
        raise AssertionError("unreachable")

    with pytest.raises(InvalidArgument):
        draw_one()
