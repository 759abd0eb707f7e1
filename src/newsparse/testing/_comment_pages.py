"""The :func:`comment_pages` strategy: blog pages whose comment thread is in a real layout."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from newsparse.models import Article
from newsparse.testing._articles import articles
from newsparse.testing._blog_pages import render_comment_page
from newsparse.testing._comment_layouts import Commenter, CommentLayout
from newsparse.testing._noise import smudge
from newsparse.testing._prose import not_boilerplate, titles

__all__ = ["COMMENT_LAYOUTS", "comment_pages"]

#: The layouts :func:`comment_pages` renders, by name.
COMMENT_LAYOUTS = tuple(layout.value for layout in CommentLayout)
_FIRST_NAMES = (
    *("Ann", "Tobias", "Oona", "Pell", "Juno", "Dee", "Mossy", "Clemency", "Jory", "Wren"),
    *("Barnaby", "Lettice", "Imelda", "Fergus", "Nessa", "Ollie", "Marguerite", "Hamish"),
)
_SURNAMES = (
    *("Lee", "Wren", "Fairlie", "Marchbanks", "Blake", "Harrowgate", "Flintoff", "Hart"),
    *("Pendle", "Oakes", "Moray", "Crane", "Quill", "Brightwater", "Stroud", "Pell"),
)
# Words a handle drawn from letters must not be: widgets, header words, months.
_NOT_HANDLES = frozenset(
    {"reply", "like", "likes", "report", "flag", "share", "permalink", "quote", "delete", "edit"}
    | {"says", "said", "wrote", "writes", "posted", "comment", "comments", "from", "since"}
    | {"until", "today", "yesterday", "anonymous", "march", "april", "may", "june", "july"}
    | {"august", "sept", "october", "november", "december", "january", "february"}
)
_names = st.sampled_from(_FIRST_NAMES)
_authors = st.one_of(
    st.tuples(_names, st.sampled_from(_SURNAMES)).map(" ".join),
    _names,
    st.tuples(_names, _names, st.sampled_from(_SURNAMES)).map(" ".join),
    st.from_regex(r"[a-z]{3,10}", fullmatch=True).filter(lambda name: name not in _NOT_HANDLES),
    st.just("Anonymous"),
)
_times = st.datetimes(min_value=datetime(2004, 1, 1), max_value=datetime(2024, 12, 31)).map(
    lambda moment: moment.replace(second=0, microsecond=0, fold=0, tzinfo=UTC)
)


def _check_layouts(layouts: object) -> tuple[CommentLayout, ...]:
    if isinstance(layouts, str) or not isinstance(layouts, Sequence) or not layouts:
        raise InvalidArgument(f"layouts={layouts!r} must be a non-empty sequence of layout names")
    unknown = [name for name in layouts if name not in COMMENT_LAYOUTS]
    if unknown:
        raise InvalidArgument(f"unknown comment layouts {unknown!r}; known: {COMMENT_LAYOUTS}")
    return tuple(CommentLayout(name) for name in layouts)


@st.composite
def _drawn_comment_pages(
    draw: st.DrawFn, source: st.SearchStrategy[Article] | None, *, layouts: object, noise: bool
) -> tuple[str, Article]:
    choices = _check_layouts(layouts)
    if source is None:
        source = articles(replies=True)
    if not isinstance(source, st.SearchStrategy):
        raise InvalidArgument(f"articles_strategy={source!r} is not a Hypothesis strategy")
    if not isinstance(noise, bool):
        raise InvalidArgument(f"noise={noise!r} must be a bool")
    layout = draw(st.sampled_from(choices))
    article = draw(source)
    count = len(article.comments.walk())
    names = st.lists(_authors, min_size=count, max_size=count)
    if layout.names_parents:  # replies say whom they answer: names must tell comments apart
        names = st.lists(_authors, min_size=count, max_size=count, unique_by=str.casefold)
    commenters = [
        Commenter(author=author, posted=draw(_times), score=draw(st.integers(0, 999)))
        for author in draw(names)
    ]
    poster = Commenter(
        author=draw(st.tuples(_names, st.sampled_from(_SURNAMES)).map(" ".join)),
        posted=draw(_times),
        score=0,
    )
    site = draw(titles.filter(not_boilerplate))
    text, rendered = render_comment_page(layout, article, commenters, site=site, poster=poster)
    return (smudge(draw, text) if noise else text), rendered


def comment_pages(
    articles_strategy: st.SearchStrategy[Article] | None = None,
    *,
    layouts: Sequence[str] = COMMENT_LAYOUTS,
    noise: bool = True,
) -> st.SearchStrategy[tuple[str, Article]]:
    """Return a strategy for blog pages whose comment thread is in one of ``layouts``.

    The page is the blog's name and a nav bar, the post's date line where the
    layout has one, the headline, the paragraphs, the post's byline, then the
    comments heading, the thread and the form or closing notice of the layout,
    a rule and a copyright footer. The layouts (see ``fixtures/comments/``):

    - ``"wordpress"``: ``N Responses to “…”``, ``[image]``, ``NAME says:``,
      ``March 3, 2012 at 4:15 pm``, the text, ``Reply``; replies indented four
      spaces per level; the ``Leave a Reply`` form.
    - ``"name-date"``: ``N Comments``, ``Ann Lee July 7, 2012 at 12:27 am`` on
      one line, the text and ``Reply`` indented under it; replies indented.
    - ``"typepad"``: ``Comments``, the feed notice, each text followed by
      ``Posted by: NAME | March 05, 2012 at 10:02 AM``; flat.
    - ``"blogger"``: ``N comments:``, ``[photo]``, ``NAME said...``, the text
      indented, then ``September 10, 2012 4:45 AM [icon_delete]``; flat.
    - ``"reply-to"``: ``Comments (N)``, a sort bar, ``[avatar]``, NAME,
      ``in reply to NAME`` on replies, ``6 March 2012, 14:30``, the text,
      ``▲ 5 ▼   Reply   Report``; replies not indented, authors distinct.

    Authors are one to three name parts, a lower-case handle of letters or
    "Anonymous"; times are whole minutes between 2004 and 2024, written in
    the layout's form and read as UTC; scores (shown by ``"reply-to"`` only)
    are 0 to 999. Flat layouts render replies as top-level comments. With
    ``noise``, lines get trailing spaces or NBSPs, blank lines may hold white
    space, and line ends may be CRLF.

    The returned article is the one drawn, with ``site="generic"``, the
    page's spans, and a comment section holding what the page shows: each
    comment's author, ``posted`` (UTC), ``posted_text`` as written, score,
    text, paragraphs and replies, its span running from its author line to
    its last text or date line, and the declared count of the heading (none
    for ``"typepad"``). Boilerplate is left empty.

    Shrinks towards the first layout of ``layouts``, the shrunk article,
    single-name authors and midnight on 1 January 2004.

    Args:
        articles_strategy: Where articles come from; ``articles(replies=True)``
            by default.
        layouts: The names of the layouts to draw from (:data:`COMMENT_LAYOUTS`).
        noise: Whether to add the white-space noise real pages carry.

    Returns:
        A strategy of ``(page text, article)`` pairs. Bad arguments raise
        :class:`hypothesis.errors.InvalidArgument` when the strategy is drawn.

    Example:
        >>> from hypothesis import given
        >>> import newsparse
        >>> @given(comment_pages(layouts=["wordpress"], noise=False))
        ... def test_authors_come_back(page_and_article):
        ...     page, article = page_and_article
        ...     parsed = newsparse.parse(page)
        ...     authors = [comment.author for comment in parsed.comments.walk()]
        ...     assert authors == [comment.author for comment in article.comments.walk()]
        >>> test_authors_come_back()
    """
    return _drawn_comment_pages(articles_strategy, layouts=layouts, noise=noise)
