"""Reader comments and the section that holds them."""

from __future__ import annotations

from datetime import datetime

import attrs

from newsparse.models._parts import Quote
from newsparse.models._span import Span

__all__ = ["Comment", "CommentSection"]


@attrs.frozen(kw_only=True)
class Comment:
    r"""One reader comment and its replies.

    No field holds widget text ("Reply", "Report this comment", vote
    buttons): that goes to ``Article.boilerplate``.

    Attributes:
        author: The commenter's name or handle, or ``None`` when not shown.
        text: The paragraphs joined by a blank line.
        paragraphs: The comment's paragraphs; lines the reader broke inside
            a paragraph stay joined by ``"\n"``.
        posted: When it was posted, timezone-aware, if the page says.
        posted_text: The date or time as the page wrote it.
        score: A vote or like count, if the page shows one.
        replies: Comments answering this one, in page order.
        span: The lines of the comment, replies excluded, so the spans of a
            thread do not nest and each line belongs to one comment.
        quotes: The quotes in the comment's text (a reader quoting the
            article or another reader), found as in the article; their
            speakers are not added to ``Article.speakers``.

    Example:
        >>> c = Comment(author=None, text="Agreed.", paragraphs=("Agreed.",),
        ...             posted=None, posted_text=None, score=None, replies=(),
        ...             span=Span(start_line=40, end_line=40))
        >>> c.text
        'Agreed.'
    """

    author: str | None
    text: str
    paragraphs: tuple[str, ...]
    posted: datetime | None
    posted_text: str | None
    score: int | None
    replies: tuple[Comment, ...]
    span: Span
    quotes: tuple[Quote, ...] = ()


@attrs.frozen(kw_only=True)
class CommentSection:
    """The reader comments of a page; empty when the page has none.

    Attributes:
        declared_count: The total the page announces ("Readers' comments (29)").
        comments: Top-level comments in page order; replies nest inside.
        paginated: True when the page shows only part of the comments: fewer
            than it declares, or a pagination widget.
        span: The lines of the whole section, or ``None`` when absent.

    Example:
        >>> CommentSection.empty().comments
        ()
    """

    declared_count: int | None
    comments: tuple[Comment, ...]
    paginated: bool
    span: Span | None

    @classmethod
    def empty(cls) -> CommentSection:
        """Return the section of a page without comments."""
        return cls(declared_count=None, comments=(), paginated=False, span=None)

    def walk(self) -> tuple[Comment, ...]:
        """Return every comment, replies included, depth first.

        Example:
            >>> CommentSection.empty().walk()
            ()
        """
        found: list[Comment] = []
        stack = list(reversed(self.comments))
        while stack:
            comment = stack.pop()
            found.append(comment)
            stack.extend(reversed(comment.replies))
        return tuple(found)
