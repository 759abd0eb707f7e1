"""Render an article as a blog page whose comment thread is in one of the comment layouts.

The page is the blog's name and a nav bar, the post's date line where the
layout has one, the headline, the paragraphs, the post's byline, the
comments heading, the thread and the form of the layout (see
:mod:`newsparse.testing._comment_layouts`), a rule and a copyright footer.
Rendering is pure, so this module never imports Hypothesis.

A rendered page comes with the article it should parse back to: its
headline, paragraphs and comment section (authors, times as written and
as UTC datetimes, scores where the layout shows them, texts, paragraphs,
reply tree, declared count). A comment's span runs from its header line
to its last text or date line; widgets, forms and the page frame are not
listed as boilerplate.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs

from newsparse.models import Article, Comment, CommentSection, Headline, Paragraph, Span
from newsparse.testing._comment_layouts import (
    Commenter,
    CommentLayout,
    Entry,
    byline,
    dateline,
    form,
    heading,
    write_comment,
)

__all__ = ["render_comment_page"]

_RULE = "━" * 40


def _entries(
    layout: CommentLayout, comments: Sequence[Comment], commenters: Sequence[Commenter]
) -> list[Entry]:
    """Pair the comments in page order with their commenters; flatten where the layout must."""

    def walk(level: Sequence[Comment], depth: int) -> Iterator[tuple[int, Comment]]:
        for comment in level:
            yield depth, comment
            yield from walk(comment.replies, depth + 1)

    entries: list[Entry] = []
    parents: list[Commenter] = []  # the open ancestors of the next comment
    for (depth, comment), commenter in zip(walk(comments, 0), commenters, strict=True):
        shown = depth if layout.nests else 0
        del parents[shown:]
        entries.append(
            Entry(
                depth=shown,
                commenter=commenter,
                paragraphs=comment.paragraphs,
                parent_author=parents[-1].author if parents else None,
            )
        )
        parents.append(commenter)
    return entries


def _nest(entries: Sequence[Entry], comments: Sequence[Comment]) -> tuple[Comment, ...]:
    """Build the reply tree from comments in page order and their entries' depths."""
    children: list[list[int]] = [[] for _ in entries]
    top: list[int] = []
    open_ancestors: list[int] = []
    for index, entry in enumerate(entries):
        del open_ancestors[entry.depth :]
        (children[open_ancestors[-1]] if open_ancestors else top).append(index)
        open_ancestors.append(index)

    def build(index: int) -> Comment:
        replies = tuple(build(child) for child in children[index])
        return attrs.evolve(comments[index], replies=replies)

    return tuple(build(index) for index in top)


@attrs.define
class _Lines:
    """The page's lines as they are written; line numbers are 1-based."""

    lines: list[str] = attrs.field(factory=list)

    def add(self, *texts: str) -> int:
        """Append lines; return the number of the first."""
        self.lines.extend(texts)
        return len(self.lines) - len(texts) + 1


def _write_thread(page: _Lines, layout: CommentLayout, entries: Sequence[Entry]) -> list[Comment]:
    """Write the comments; return them flat, in page order, without replies."""
    flat: list[Comment] = []
    for entry in entries:
        written = write_comment(layout, entry)
        start = page.add(*written.lines)
        commenter = entry.commenter
        flat.append(
            Comment(
                author=commenter.author,
                text="\n\n".join(entry.paragraphs),
                paragraphs=entry.paragraphs,
                posted=commenter.posted,
                posted_text=written.posted_text,
                score=commenter.score if layout.shows_scores else None,
                replies=(),
                span=Span(start_line=start + written.first, end_line=start + written.last),
            )
        )
    return flat


def render_comment_page(
    layout: CommentLayout,
    article: Article,
    commenters: Sequence[Commenter],
    *,
    site: str,
    poster: Commenter,
) -> tuple[str, Article]:
    """Render ``article`` as a blog page whose comments are in ``layout``.

    Args:
        layout: How the comment thread is written.
        article: The headline, paragraphs and comments to render; the
            comments' authors, dates and scores are ignored.
        commenters: One per comment, in page order (replies after their parent).
        site: The blog's name, written at the top and in the footer.
        poster: Who wrote the post and when, for its date line and byline.

    Returns:
        The page text and the article it should parse back to.

    Example:
        >>> from datetime import UTC, datetime
        >>> from newsparse.models import CommentSection
        >>> moment = datetime(2012, 3, 5, tzinfo=UTC)
        >>> poster = Commenter(author="Imelda Crane", posted=moment, score=0)
        >>> article = Article(
        ...     site="generic", headline=None, standfirst=None, body=(), quotes=(), speakers=(),
        ...     comments=CommentSection.empty(), boilerplate=(), diagnostics=(),
        ... )
        >>> layout = CommentLayout.TYPEPAD
        >>> text, _ = render_comment_page(layout, article, [], site="Kettle", poster=poster)
        >>> text.splitlines()[:4]
        ['Kettle', 'Home   About   Archive   Contact', '', 'March 05, 2012']
    """
    page = _Lines()
    page.add(site, "Home   About   Archive   Contact", "")
    page.add(*dateline(layout, poster))
    headline = None
    if article.headline is not None:
        number = page.add(article.headline.text, "")
        headline = Headline(
            text=article.headline.text, span=Span(start_line=number, end_line=number)
        )
    paragraphs = []
    for paragraph in article.paragraphs:
        number = page.add(paragraph.text, "")
        paragraphs.append(
            Paragraph(text=paragraph.text, span=Span(start_line=number, end_line=number))
        )
    page.add(*byline(layout, poster))
    entries = _entries(layout, article.comments.comments, commenters)
    section = CommentSection.empty()
    if entries:
        start = page.add(*heading(layout, len(entries), headline.text if headline else site), "")
        flat = _write_thread(page, layout, entries)
        end = len(page.lines)
        section = CommentSection(
            declared_count=None if layout is CommentLayout.TYPEPAD else len(entries),
            comments=_nest(entries, flat),
            paginated=False,
            span=Span(start_line=start, end_line=end),
        )
    page.add(*form(layout), "", _RULE, "", f"© {site}")
    return "\n".join(page.lines), attrs.evolve(
        article,
        site="generic",
        headline=headline,
        standfirst=paragraphs[0] if paragraphs else None,
        body=tuple(paragraphs[1:]),
        comments=section,
        boilerplate=(),
    )
