"""The :func:`articles` strategy: clean articles that any layout should read back unchanged."""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from newsparse.models import Article
from newsparse.testing._noise import Ink
from newsparse.testing._prose import (
    comment_paragraph_texts,
    no_label_run,
    not_boilerplate,
    paragraph_texts,
    titles,
)
from newsparse.testing._pulse_layout import Content, lay_out

__all__ = ["articles"]

_REPLY_DEPTH = 2


def _check_int(name: str, value: object, minimum: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise InvalidArgument(f"{name}={value!r} must be an int >= {minimum}")
    return value


@st.composite
def _drawn_articles(
    draw: st.DrawFn, *, min_paragraphs: int, max_paragraphs: int, max_comments: int, replies: bool
) -> Article:
    _check_int("min_paragraphs", min_paragraphs, 1)
    _check_int("max_paragraphs", max_paragraphs, min_paragraphs)
    _check_int("max_comments", max_comments, 0)
    if not isinstance(replies, bool):
        raise InvalidArgument(f"replies={replies!r} must be a bool")
    headline = draw(titles.filter(not_boilerplate))
    paragraphs = draw(st.lists(paragraph_texts, min_size=min_paragraphs, max_size=max_paragraphs))
    count = draw(st.integers(0, max_comments))
    depths: list[int] = []
    for _ in range(count):
        deepest = min(depths[-1] + 1, _REPLY_DEPTH) if depths and replies else 0
        depths.append(draw(st.integers(0, deepest)))
    comments = tuple(
        (
            depth,
            tuple(
                draw(st.lists(comment_paragraph_texts, min_size=1, max_size=3).filter(no_label_run))
            ),
        )
        for depth in depths
    )
    declared: int | None = None
    with_heading = True if comments else draw(st.booleans())
    if with_heading:
        declared = count + draw(st.one_of(st.just(0), st.integers(1, 40)))
    content = Content(
        headline=headline, paragraphs=tuple(paragraphs), comments=comments, declared_count=declared
    )
    return lay_out(content, Ink(), (), None, final_newline=False, newline="\n")[1]


def articles(
    *,
    min_paragraphs: int = 1,
    max_paragraphs: int = 8,
    max_comments: int = 6,
    replies: bool = False,
) -> st.SearchStrategy[Article]:
    r"""Return a strategy for clean articles that any layout should read back unchanged.

    The headline is a short title-cased phrase without a final period; each
    paragraph is one to three sentences of four or more words ending with a
    period (the first paragraph is the standfirst); each comment has one to
    three paragraphs, a paragraph being one to three lines joined by
    ``"\n"``. No text opens with a bullet or matches a line pattern of a
    built-in adapter. ``declared_count`` is at least the number of comments
    shown, and ``paginated`` is true when it is more. Comments have no author,
    date or score; ``quotes``, ``speakers`` and ``diagnostics`` are empty.

    Spans are those of the article laid out plainly, as :func:`pages` lays it
    out without masthead, promo or noise (headline on line 1); :func:`pages`
    returns the article with the spans of the page it renders. Boilerplate
    holds the comment widgets and footer of that plain layout.

    Shrinks towards a two-word headline, one four-word sentence and no comments.

    Args:
        min_paragraphs: The fewest paragraphs, standfirst included (at least 1).
        max_paragraphs: The most paragraphs.
        max_comments: The most comments shown, replies included.
        replies: Whether comments may nest replies (up to two levels deep).

    Returns:
        A strategy of :class:`~newsparse.models.Article`. Bad arguments raise
        :class:`hypothesis.errors.InvalidArgument` when the strategy is drawn.

    Example:
        >>> from hypothesis import given
        >>> @given(articles(max_comments=0))
        ... def test_no_comments(article):
        ...     assert article.comments.comments == ()
        >>> test_no_comments()
    """
    return _drawn_articles(
        min_paragraphs=min_paragraphs,
        max_paragraphs=max_paragraphs,
        max_comments=max_comments,
        replies=replies,
    )
