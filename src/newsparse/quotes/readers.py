"""Quotes in reader comments: each comment read as a small article of its own.

Runs after the comments are built: every comment (replies included) is
searched with :func:`~newsparse.quotes.find_quotes`, its paragraphs placed
on their lines. A reader often quotes the article ("the trust says it
‘will cost us our night shift’"): a quote credited to nobody in the comment
whose words the article quotes takes the article quote's speaker. Comment
quotes never add to ``Article.speakers``.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsparse.lines import Lines
from newsparse.models import Article, Comment, Quote, Span
from newsparse.quotes.marks import mark_offsets
from newsparse.quotes.passages import scan_sources
from newsparse.quotes.sources import Source, SourceRole
from newsparse.quotes.speakers import attribute

__all__ = ["quote_comments"]

_LOOK_AHEAD = 50  # lines searched for a paragraph's first line, so a long comment stays linear
_MIN_SHARED_WORDS = 3  # words a comment quote needs before it can match the article's


def quote_comments(article: Article, lines: Lines | None = None) -> Article:
    r"""Return ``article`` with the quotes of each comment in ``Comment.quotes``.

    Args:
        article: A parsed article.
        lines: The page's lines, to give each quote the lines it stands on;
            without them a quote's span is its comment's.

    Returns:
        The article, its comments evolved; the same object when it has none.

    Example:
        >>> from newsparse.models import CommentSection, Comment, Span
        >>> comment = Comment(author=None, text="Ann Lee said: ‘Never.’",
        ...     paragraphs=("Ann Lee said: ‘Never.’",), posted=None, posted_text=None,
        ...     score=None, replies=(), span=Span(start_line=9, end_line=9))
        >>> article = Article(site="generic", headline=None, standfirst=None, body=(),
        ...     quotes=(), speakers=(), boilerplate=(), diagnostics=(),
        ...     comments=CommentSection(declared_count=None, comments=(comment,),
        ...                             paginated=False, span=None))
        >>> [(q.text, q.speaker) for q in quote_comments(article).comments.comments[0].quotes]
        [('Never.', 'Ann Lee')]
    """
    if not article.comments.comments:
        return article
    said = _article_speakers(article.quotes)
    comments = tuple(_quoted(comment, said, lines) for comment in article.comments.comments)
    return attrs.evolve(article, comments=attrs.evolve(article.comments, comments=comments))


def _article_speakers(quotes: Sequence[Quote]) -> list[tuple[str, str]]:
    """Return the article's credited quotes as (casefolded words, speaker)."""
    return [
        (" ".join(quote.text.casefold().split()), quote.speaker)
        for quote in quotes
        if quote.speaker is not None
    ]


def _quoted(comment: Comment, said: list[tuple[str, str]], lines: Lines | None) -> Comment:
    replies = tuple(_quoted(reply, said, lines) for reply in comment.replies)
    quotes = _quotes_of(comment, said, lines) if _may_quote(comment.text) else ()
    if not quotes and replies == comment.replies:
        return comment
    return attrs.evolve(comment, quotes=quotes, replies=replies)


def _may_quote(text: str) -> bool:
    """Tell whether ``text`` holds a mark that is no apostrophe inside a word."""
    return any(mark_offsets([text])[0])


def _quotes_of(
    comment: Comment, said: list[tuple[str, str]], lines: Lines | None
) -> tuple[Quote, ...]:
    spans = _paragraph_spans(comment, lines)
    sources = tuple(
        Source(text=" ".join(text.split()), span=span, role=SourceRole.BODY)
        for text, span in zip(comment.paragraphs, spans, strict=True)
    )
    scan = scan_sources(sources)
    if not scan.quotes:
        return ()
    quotes = attribute(scan)[0]
    return tuple(_credit_from_article(quote, said) for quote in quotes)


def _credit_from_article(quote: Quote, said: list[tuple[str, str]]) -> Quote:
    """Give a comment quote nobody is credited with the speaker the article gives its words."""
    if quote.speaker is not None or quote.text.count(" ") + 1 < _MIN_SHARED_WORDS:
        return quote
    words = " ".join(quote.text.casefold().split()).strip(" .,;:!?")
    for text, speaker in said:
        if words in text:
            return attrs.evolve(quote, speaker=speaker)
    return quote


def _paragraph_spans(comment: Comment, lines: Lines | None) -> list[Span]:
    """Place each paragraph of a comment on its lines, in order, within the comment's span.

    A paragraph whose first line cannot be found takes the comment's span.
    """
    whole = comment.span
    if lines is None:
        return [whole] * len(comment.paragraphs)
    spans = []
    number = whole.start_line
    for paragraph in comment.paragraphs:
        rows = paragraph.split("\n")
        first = " ".join(rows[0].split())
        found = None
        last = min(whole.end_line, len(lines), number + _LOOK_AHEAD)
        for candidate in range(number, last + 1):
            if first and first in " ".join(lines.at(candidate).text.split()):
                found = candidate
                break
        if found is None:
            spans.append(whole)
            continue
        end = min(found + len(rows) - 1, whole.end_line)
        spans.append(Span(start_line=found, end_line=end))
        number = end + 1
    return spans
