"""Comment threads round-trip: a thread that ``comment_pages()`` renders parses back to itself.

For each layout whose threads parse back, the parse of the page holds the
comments drawn: authors, texts, paragraphs, the reply tree, the time as
written and as a UTC datetime (every layout writes a full date and time),
the score where the layout shows one, and the heading's declared count.

One layout is rendered but left out of the round trip, because the parser
does not read it back yet; its shrunk page is in the test marked ``xfail``:

- ``"typepad"``: when one comment is longer than the whole body, the generic
  adapter takes that comment for the article's body and finds no comments.

The shrunk Blogger page that once failed (a comment's short last line over
the time line read as an author) is kept as a plain regression test.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import newsparse
from newsparse.models import Article, Comment
from newsparse.testing import COMMENT_LAYOUTS, comment_pages

ROUND_TRIPPING = ["wordpress", "name-date", "reply-to", "blogger"]
_NAME = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){0,2}")


def thread(comments: tuple[Comment, ...]) -> tuple[Any, ...]:
    """What a reader sees of each comment, and its replies, in page order."""
    return tuple(
        (
            comment.author,
            comment.text,
            comment.paragraphs,
            comment.posted_text,
            comment.posted,
            comment.score,
            thread(comment.replies),
        )
        for comment in comments
    )


@pytest.mark.parametrize("layout", ROUND_TRIPPING)
@given(data=st.data())
def test_thread_parses_back(layout: str, data: st.DataObject) -> None:
    page, expected = data.draw(comment_pages(layouts=[layout]), label="page")
    parsed = newsparse.parse(page)
    assert thread(parsed.comments.comments) == thread(expected.comments.comments)
    assert parsed.comments.declared_count == expected.comments.declared_count


@given(page_and_article=comment_pages())
def test_authors_are_names(page_and_article: tuple[str, Article]) -> None:
    _, article = page_and_article
    for comment in article.comments.walk():
        assert comment.author is not None
        assert _NAME.fullmatch(comment.author), comment.author
        assert comment.author.casefold() not in {"reply", "like", "report", "says", "said"}
        assert comment.posted is not None
        assert comment.posted_text is not None
        assert comment.posted_text not in comment.text


@pytest.mark.parametrize("layouts", [[], "wordpress", ["wordpress", "disqus"], None])
def test_bad_layouts_are_reported_when_drawn(layouts: object) -> None:
    @given(comment_pages(layouts=layouts))  # type: ignore[arg-type]
    def draw_one(page_and_article: object) -> None:
        raise AssertionError("unreachable")

    with pytest.raises(InvalidArgument):
        draw_one()


def test_every_layout_is_rendered() -> None:
    assert set(COMMENT_LAYOUTS) >= {*ROUND_TRIPPING, "typepad"}


# The shrunk pages of a layout that does not round-trip yet, and of one that once failed.
_TYPEPAD_SHRUNK = (
    "The The\nHome   About   Archive   Contact\n\nJanuary 01, 2004\n\nThe The\n\n"
    "The the the the.\n\n"
    "Posted by Ann Lee on January 01, 2004 at 12:00 AM in Field notes | Permalink\n\n"
    "Comments\n\n[feed] You can follow this conversation by subscribing to the comment"
    " feed for this post.\n\nThe the the the the.\n\n"
    "Posted by: Ann Lee | January 01, 2004 at 12:00 AM\n\n"
    "The comments to this entry are closed.\n\n" + "━" * 40 + "\n\n© The The"
)
_BLOGGER_SHRUNK = (
    "The The\nHome   About   Archive   Contact\n\nThursday, 1 January 2004\n\nThe The\n\n"
    "The the the the.\n\nPosted by Ann Lee at 00:00\n\nLabels: notes, outdoors\n\n"
    "1 comment:\n\n[photo]\nAnn Lee said...\n   \n    With\n\n"
    "    January 1, 2004 12:00 AM [icon_delete]\nPost a Comment\n\n"
    "Newer Post Older Post Home\n\nSubscribe to: Post Comments (Atom)\n\n"
    + "━" * 40
    + "\n\n© The The"
)


@pytest.mark.parametrize(
    ("page", "author", "text"),
    [
        pytest.param(
            _TYPEPAD_SHRUNK,
            "Ann Lee",
            "The the the the the.",
            marks=pytest.mark.xfail(
                reason="a comment longer than the body is read as the body", strict=True
            ),
        ),
        (_BLOGGER_SHRUNK, "Ann Lee", "With"),
    ],
    ids=["typepad", "blogger"],
)
def test_shrunk_page_parses_back(page: str, author: str, text: str) -> None:
    comments = newsparse.parse(page).comments.comments
    assert [(comment.author, comment.text) for comment in comments] == [(author, text)]
