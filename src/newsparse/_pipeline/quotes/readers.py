"""Quotes in reader comments: each comment read as a small article of its own.

Runs after the comments are built: every comment (replies included) is
searched with :func:`~newsparse._pipeline.quotes.find_quotes`, its paragraphs placed
on their lines. A reader often quotes the article ("the trust says it
‘will cost us our night shift’"): a quote credited to nobody in the comment
whose words the article quotes takes the article quote's speaker. Comment
quotes never add to ``Article.speakers``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

import attrs

from newsparse._page import Lines
from newsparse._pipeline.quotes.marks import mark_offsets
from newsparse._pipeline.quotes.passages import pair_sources, scan_sources
from newsparse._pipeline.quotes.sources import Source, SourceRole
from newsparse._pipeline.quotes.speakers import attribute
from newsparse.models import Article, Comment, Quote, Span

__all__ = ["quote_comments"]

_LOOK_AHEAD = 50  # lines searched for a paragraph's first line, so a long comment stays linear
# Article quotes tried one by one for a comment's words, without an index of their words.
_FEW_QUOTES = 32
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
    said = _ArticleWords(article.quotes)
    marked = iter(_may_quote([comment.text for comment in _walk(article.comments.comments)]))
    comments = tuple(_quoted(comment, marked, said, lines) for comment in article.comments.comments)
    return attrs.evolve(article, comments=attrs.evolve(article.comments, comments=comments))


def _walk(comments: Sequence[Comment]) -> Iterator[Comment]:
    """Yield the comments and their replies, each before its replies."""
    for comment in comments:
        yield comment
        yield from _walk(comment.replies)


def _may_quote(texts: Sequence[str]) -> list[bool]:
    """Tell for each text whether it holds a mark that is no apostrophe inside a word.

    One scan of all the comments costs less than one per comment.

    Example:
        >>> _may_quote(["“Never,” she said.", "It’s fine.", "‘Not closed"])
        [True, False, True]
    """
    # ``bool``, not ``any``: a mark at offset 0 is a mark.
    return [bool(marks) for marks in mark_offsets(texts)]


class _ArticleWords:
    """The words of the article's credited quotes, read only when a comment quote needs them."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self._quotes = quotes

    @functools.cached_property
    def _folded(self) -> list[tuple[str, str]]:
        """The credited quotes as (casefolded text, its white space collapsed; speaker).

        A text quoted again is left out: the first quote holding some words wins.
        """
        first: dict[str, str] = {}
        for quote in self._quotes:
            if quote.speaker is not None:
                first.setdefault(" ".join(quote.text.casefold().split()), quote.speaker)
        return list(first.items())

    @functools.cached_property
    def _holding(self) -> dict[str, list[int]]:
        """For each word of the credited quotes, the quotes (by index) that hold it."""
        found: dict[str, list[int]] = {}
        for index, (text, _) in enumerate(self._folded):
            for word in set(text.split(" ")):
                found.setdefault(word, []).append(index)
        return found

    def speaker_of(self, words: str) -> str | None:
        """Return the speaker of the first credited quote holding ``words``.

        ``words`` is casefolded, its white space collapsed, and so is each
        quote. A quote holding them holds each of their inner words whole,
        so only the quotes holding the rarest inner word are tried: a page
        of many comments quoting a long article costs no comment the whole
        article.
        """
        inner = words.split(" ")[1:-1]
        tried: Sequence[int] = range(len(self._folded))
        if inner and len(tried) > _FEW_QUOTES:  # a short list costs less than its index
            holding = self._holding
            tried = min((holding.get(word, []) for word in inner), key=len)
        for index in tried:
            text, speaker = self._folded[index]
            if words in text:
                return speaker
        return None


def _quoted(
    comment: Comment, marked: Iterator[bool], said: _ArticleWords, lines: Lines | None
) -> Comment:
    """Return ``comment`` with its quotes and its replies'; ``marked`` tells which may quote."""
    quotes = _quotes_of(comment, said, lines) if next(marked) else ()
    replies = tuple(_quoted(reply, marked, said, lines) for reply in comment.replies)
    if not quotes and replies == comment.replies:
        return comment
    return attrs.evolve(comment, quotes=quotes, replies=replies)


def _quotes_of(comment: Comment, said: _ArticleWords, lines: Lines | None) -> tuple[Quote, ...]:
    texts = [" ".join(paragraph.split()) for paragraph in comment.paragraphs]
    paired = pair_sources(texts, [SourceRole.BODY] * len(texts))
    if not any(marks.pairs for marks in paired):
        return ()  # only apostrophes and stray marks: spared placing it on its lines
    spans = _paragraph_spans(comment, texts, lines)
    sources = tuple(
        Source(text=text, span=span, role=SourceRole.BODY)
        for text, span in zip(texts, spans, strict=True)
    )
    scan = scan_sources(sources, paired)
    if not scan.quotes:
        return ()
    quotes = attribute(scan)[0]
    return tuple(_credit_from_article(quote, said) for quote in quotes)


def _credit_from_article(quote: Quote, said: _ArticleWords) -> Quote:
    """Give a comment quote nobody is credited with the speaker the article gives its words."""
    if quote.speaker is not None or quote.text.count(" ") + 1 < _MIN_SHARED_WORDS:
        return quote
    speaker = said.speaker_of(" ".join(quote.text.casefold().split()).strip(" .,;:!?"))
    return quote if speaker is None else attrs.evolve(quote, speaker=speaker)


def _paragraph_spans(comment: Comment, texts: Sequence[str], lines: Lines | None) -> list[Span]:
    """Place each paragraph of a comment on its lines, in order, within the comment's span.

    ``texts`` are the paragraphs with their white space collapsed.

    A paragraph whose first line cannot be found takes the comment's span.
    """
    whole = comment.span
    if lines is None:
        return [whole] * len(comment.paragraphs)
    spans = []
    number = whole.start_line
    for paragraph, text in zip(comment.paragraphs, texts, strict=True):
        first = text if "\n" not in paragraph else " ".join(paragraph.partition("\n")[0].split())
        last = min(whole.end_line, len(lines), number + _LOOK_AHEAD)
        found = _line_holding(first, lines, number, last) if first else None
        if found is None:
            spans.append(whole)
            continue
        end = min(found + paragraph.count("\n"), whole.end_line)
        spans.append(Span(start_line=found, end_line=end))
        number = end + 1
    return spans


def _line_holding(words: str, lines: Lines, first: int, last: int) -> int | None:
    """Return the number of the first line from ``first`` to ``last`` holding ``words``."""
    for number in range(first, last + 1):
        text = lines.at(number).text
        # A line's text has its spaces collapsed already unless the caller built it.
        if words in text or words in " ".join(text.split()):
            return number
    return None
