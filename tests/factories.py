r"""Records for tests, built with sensible defaults: override only what a test is about.

Every factory takes the text first and the rest by keyword. Spans are
derived from a first ``line`` and the text: a record runs over as many
lines as its text has (a comment's blank lines between paragraphs count),
so records built apart can be put on one page without overlapping by
choosing their first lines.

Example:
    >>> from tests.factories import article, comment, comment_section, headline
    >>> page = article(
    ...     headline=headline("Library to close"),
    ...     comments=comment_section(comment("Agreed.\n\nSo do I.", line=9), declared_count=3),
    ... )
    >>> page.comments.comments[0].span, page.comments.span
    (Span(start_line=9, end_line=11), Span(start_line=9, end_line=11))
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from newsparse.models import (
    Article,
    Block,
    BlockReason,
    Comment,
    CommentSection,
    Diagnostic,
    Headline,
    Paragraph,
    Quote,
    QuoteKind,
    Severity,
    Span,
    Speaker,
)

__all__ = [
    "article",
    "block",
    "comment",
    "comment_section",
    "diagnostic",
    "headline",
    "paragraph",
    "quote",
    "span",
    "speaker",
]


def span(start_line: int, end_line: int | None = None) -> Span:
    """Return the span from ``start_line`` to ``end_line`` (the same line by default).

    Example:
        >>> span(4), span(4, 6)
        (Span(start_line=4, end_line=4), Span(start_line=4, end_line=6))
    """
    return Span(start_line=start_line, end_line=start_line if end_line is None else end_line)


def _lines_of(text: str, line: int) -> Span:
    """The span of ``text`` written from ``line`` on, one more line per line break."""
    return span(line, line + text.count("\n"))


def headline(text: str = "Council closes the old library", *, line: int = 1) -> Headline:
    """Return a headline on ``line``.

    Example:
        >>> headline("Rain stops play", line=3).span.start_line
        3
    """
    return Headline(text=text, span=span(line))


def paragraph(
    text: str = "The council voted on Tuesday to close the old library.", *, line: int = 3
) -> Paragraph:
    """Return a paragraph on ``line`` (a cleaned paragraph is one line of text).

    Example:
        >>> paragraph(line=5).span
        Span(start_line=5, end_line=5)
    """
    return Paragraph(text=text, span=span(line))


def quote(
    text: str = "We will not close the library.",
    *,
    speaker: str | None = None,
    kind: QuoteKind = QuoteKind.SPEECH,
    cue: str | None = None,
    line: int = 3,
) -> Quote:
    """Return a quote on ``line``.

    Example:
        >>> quote(speaker="Ann Lee", cue="said").kind
        <QuoteKind.SPEECH: 'speech'>
    """
    return Quote(text=text, speaker=speaker, kind=kind, cue=cue, span=span(line))


def speaker(name: str = "Ann Lee", *, description: str | None = None) -> Speaker:
    """Return a speaker.

    Example:
        >>> speaker(description="council leader").description
        'council leader'
    """
    return Speaker(name=name, description=description)


def comment(
    text: str = "I went to this library as a child.",
    *,
    line: int = 20,
    author: str | None = None,
    posted: datetime | None = None,
    posted_text: str | None = None,
    score: int | None = None,
    replies: tuple[Comment, ...] = (),
    quotes: tuple[Quote, ...] = (),
) -> Comment:
    r"""Return a comment whose text starts on ``line``; its paragraphs are split at blank lines.

    Example:
        >>> reply = comment("Me too.", line=25)
        >>> first = comment("One.\n\nTwo.", author="Ann", replies=(reply,))
        >>> first.paragraphs, first.span.end_line, first.replies[0].span.start_line
        (('One.', 'Two.'), 22, 25)
    """
    return Comment(
        author=author,
        text=text,
        paragraphs=tuple(text.split("\n\n")),
        posted=posted,
        posted_text=posted_text,
        score=score,
        replies=replies,
        span=_lines_of(text, line),
        quotes=quotes,
    )


def comment_section(
    *comments: Comment,
    declared_count: int | None = None,
    paginated: bool = False,
    span: Span | None = None,
) -> CommentSection:
    """Return a comment section holding ``comments`` (top level, replies nested in them).

    Without ``span``, the section runs from its first comment's first line to
    the last line of any comment or reply; with no comments it has no span.

    Example:
        >>> comment_section().span is None
        True
        >>> comment_section(comment(line=7), comment(line=9), declared_count=5).span
        Span(start_line=7, end_line=9)
    """
    found = CommentSection(
        declared_count=declared_count, comments=comments, paginated=paginated, span=span
    )
    if span is None and comments:
        first = comments[0].span.start_line
        last = max(shown.span.end_line for shown in found.walk())
        found = attrs.evolve(found, span=Span(start_line=first, end_line=last))
    return found


def block(
    text: str = "Report this comment",
    reason: BlockReason = BlockReason.COMMENT_NOISE,
    *,
    line: int = 30,
) -> Block:
    r"""Return a boilerplate block whose text starts on ``line``.

    Example:
        >>> block("Menu\nHome", BlockReason.SITE_HEADER, line=1).span
        Span(start_line=1, end_line=2)
    """
    return Block(text=text, reason=reason, span=_lines_of(text, line))


def diagnostic(
    code: str = "comments.count-mismatch",
    *,
    message: str | None = None,
    severity: Severity = Severity.WARNING,
    span: Span | None = None,
) -> Diagnostic:
    """Return a diagnostic; its message defaults to its code.

    Example:
        >>> diagnostic("parse.failed", severity=Severity.ERROR).message
        'parse.failed'
    """
    return Diagnostic(
        code=code, message=code if message is None else message, span=span, severity=severity
    )


def article(**overrides: Any) -> Article:
    """Return ``Article.empty()`` with the fields given as keywords.

    Example:
        >>> article(headline=headline(), body=(paragraph(line=5),)).paragraphs[0].span.start_line
        5
        >>> article(site="pulse").site, article().comments.comments
        ('pulse', ())
    """
    return attrs.evolve(Article.empty(), **overrides)
