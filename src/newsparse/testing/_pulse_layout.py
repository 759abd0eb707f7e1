"""Write an article on a page in the ``pulse`` layout, and the article the page shows.

:func:`lay_out` writes the site header, the headline, the paragraphs, the
comment section (a bulleted thread, each comment followed by its report
widget, the results-per-page widget when the page shows fewer comments than
it declares) and the footer, each line through an :class:`~._noise.Ink`,
and returns the page with the :class:`~newsparse.models.Article` that
parsing it should give: spans numbering the page's lines, boilerplate blocks
for the site header, comment noise and footer. It draws nothing itself:
the ink and the site header carry what Hypothesis drew.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs

from newsparse.models import (
    Article,
    Block,
    BlockReason,
    Comment,
    CommentSection,
    Headline,
    Paragraph,
    Span,
)
from newsparse.testing._noise import Ink

__all__ = ["Content", "content_of", "lay_out"]

_NOISE_TEXT = "Unsuitable or offensive? Report this comment"
_PAGINATION_TEXT = "View results 10 results per page20 results per page50 results per page"
_FOOTER_TEXT = "Have your say"


@attrs.frozen(kw_only=True)
class Content:
    """What an article says, before it is laid out on a page."""

    headline: str | None
    paragraphs: tuple[str, ...]
    comments: tuple[tuple[int, tuple[str, ...]], ...]  # (depth, paragraphs), page order
    declared_count: int | None


class _Page:
    """A page being written, line by line; line numbers are 1-based."""

    def __init__(self, ink: Ink) -> None:
        self.ink = ink
        self.lines: list[str] = []
        self.boilerplate: list[Block] = []

    def write(self, text: str, indent: str = "") -> int:
        self.lines.append(indent + self.ink.line(text))
        return len(self.lines)

    def gap(self) -> None:
        self.lines.extend(self.ink.gap())

    def write_boilerplate(
        self, texts: Sequence[str], reason: BlockReason, indent: str = ""
    ) -> None:
        first = len(self.lines) + 1
        for text in texts:
            self.write(text, indent)
        span = Span(start_line=first, end_line=len(self.lines))
        self.boilerplate.append(Block(text="\n".join(texts), reason=reason, span=span))
        self.gap()


def _write_comments(page: _Page, content: Content) -> tuple[list[Comment], Span]:
    """Write the comment section; return the comments (flat, with depths) and its span."""
    start = page.write(f"Readers' comments ({content.declared_count})")
    page.gap()
    flat: list[Comment] = []
    for depth, paragraphs in content.comments:
        indent = " " * (2 + 4 * depth)
        lines = [line for paragraph in paragraphs for line in paragraph.split("\n")] or [""]
        first = page.write(f"• {lines[0]}".rstrip(), indent)
        for number, paragraph in enumerate(paragraphs):
            if number:
                page.gap()
            for line_number, line in enumerate(paragraph.split("\n")):
                if number or line_number:
                    page.write(line, indent + "  ")
        span = Span(start_line=first, end_line=len(page.lines))
        flat.append(_comment(paragraphs, span))
        page.gap()
        page.write_boilerplate([_NOISE_TEXT], BlockReason.COMMENT_NOISE, indent + "  ")
    shown = len(content.comments)
    if content.declared_count is not None and content.declared_count > shown:
        page.write_boilerplate([_PAGINATION_TEXT], BlockReason.PAGINATION)
    end = max([start, *(block.span.end_line for block in page.boilerplate)])
    return flat, Span(start_line=start, end_line=end)


def _comment(paragraphs: Sequence[str], span: Span) -> Comment:
    return Comment(
        author=None,
        text="\n\n".join(paragraphs),
        paragraphs=tuple(paragraphs),
        posted=None,
        posted_text=None,
        score=None,
        replies=(),
        span=span,
    )


def _nest(depths: Sequence[int], flat: Sequence[Comment]) -> tuple[Comment, ...]:
    """Turn comments in page order with their depths into a tree."""
    top: list[Comment] = []
    path: list[tuple[int, list[Comment]]] = []  # (depth, replies so far) of open ancestors

    def close(until: int) -> None:
        while path and path[-1][0] >= until:
            _, replies = path.pop()
            parent = (path[-1][1] if path else top).pop()
            (path[-1][1] if path else top).append(attrs.evolve(parent, replies=tuple(replies)))

    for depth, comment in zip(depths, flat, strict=True):
        close(depth)
        (path[-1][1] if path else top).append(comment)
        path.append((depth, []))
    close(0)
    return tuple(top)


def lay_out(
    content: Content,
    ink: Ink,
    site_header: Sequence[tuple[str, ...]],
    promo: str | None,
    *,
    final_newline: bool,
    newline: str,
) -> tuple[str, Article]:
    """Write ``content`` under the ``site_header`` blocks and ``promo``; return page and article.

    The page's lines are joined by ``newline``, with one at the end when
    ``final_newline``; the article's spans number those lines.
    """
    page = _Page(ink)
    for block in site_header:
        page.write_boilerplate(block, BlockReason.SITE_HEADER)
    if promo is not None:
        page.write_boilerplate([promo], BlockReason.PROMO)
    headline = None
    if content.headline is not None:
        number = page.write(content.headline)
        headline = Headline(text=content.headline, span=Span(start_line=number, end_line=number))
        page.gap()
    paragraphs = []
    for text in content.paragraphs:
        number = page.write(text)
        paragraphs.append(Paragraph(text=text, span=Span(start_line=number, end_line=number)))
        page.gap()
    section = CommentSection.empty()
    if content.declared_count is not None:
        flat, span = _write_comments(page, content)
        section = CommentSection(
            declared_count=content.declared_count,
            comments=_nest([depth for depth, _ in content.comments], flat),
            paginated=content.declared_count > len(flat),
            span=span,
        )
    page.write_boilerplate([_FOOTER_TEXT], BlockReason.FOOTER)
    while page.lines and not page.lines[-1].strip():
        page.lines.pop()
    text = newline.join(page.lines) + (newline if final_newline else "")
    article = Article(
        site="pulse",
        headline=headline,
        standfirst=paragraphs[0] if paragraphs else None,
        body=tuple(paragraphs[1:]),
        quotes=(),
        speakers=(),
        comments=section,
        boilerplate=tuple(page.boilerplate),
        diagnostics=(),
    )
    return text, article


def content_of(article: Article) -> Content:
    """Return what ``article`` says; a section without a declared count declares its comments."""

    def flatten(comments: Sequence[Comment], depth: int) -> Iterator[tuple[int, tuple[str, ...]]]:
        for comment in comments:
            yield depth, comment.paragraphs
            yield from flatten(comment.replies, depth + 1)

    section = article.comments
    comments = tuple(flatten(section.comments, 0))
    declared = section.declared_count
    if declared is None and comments:
        declared = len(comments)
    return Content(
        headline=None if article.headline is None else article.headline.text,
        paragraphs=tuple(paragraph.text for paragraph in article.paragraphs),
        comments=comments,
        declared_count=declared,
    )
