"""The writer's words around a quote: its sentence, cut to a bounded window.

Cue rules read only the sentence a quote sits in, so each quote costs the
same however long its paragraph: the sentence is looked for at most
:data:`WINDOW` characters either side.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from newsparse._pipeline.quotes.clauses import Token, ends_abbreviation, tokens
from newsparse._pipeline.quotes.passages import MarkedQuote, Passage
from newsparse._pipeline.quotes.sources import SourceRole
from newsparse._pipeline.quotes.vocabulary import lazy_pattern

__all__ = [
    "WINDOW",
    "Cue",
    "CueRule",
    "QuoteContext",
    "quote_context",
    "sentence_end",
    "sentence_start",
]


class QuoteContext:
    """The writer's words around one quote, read as tokens on first use.

    Attributes:
        before: The masked sentence before the opening mark, in the passage
            the quote opens in.
        before_at: Offset of ``before`` in that passage.
        after: The masked rest of the sentence after the closing mark.
        after_at: Offset of ``after`` in the passage the quote ends in.
        first: The passage the quote opens in.
        last: The passage the quote ends in.
        headline: True when the quote is in the headline.
        ends_sentence: True when the quoted words end with a full stop.
    """

    __slots__ = (
        "_after_tokens",
        "_before_tokens",
        "_plain",
        "after",
        "after_at",
        "before",
        "before_at",
        "ends_sentence",
        "first",
        "headline",
        "last",
    )

    def __init__(
        self,
        before: str,
        before_at: int,
        after: str,
        after_at: int,
        first: int,
        last: int,
        *,
        headline: bool = False,
        ends_sentence: bool = False,
    ) -> None:
        self.before, self.before_at, self.after, self.after_at = before, before_at, after, after_at
        self.first, self.last = first, last
        self.headline, self.ends_sentence = headline, ends_sentence
        self._before_tokens: list[Token] | None = None
        self._after_tokens: list[Token] | None = None
        self._plain: Cue | bool | None = False  # False: not read yet

    @classmethod
    def of_text(
        cls,
        before: str,
        after: str,
        *,
        after_at: int,
        headline: bool = False,
        ends_sentence: bool = False,
    ) -> QuoteContext:
        """Return the context of a quote in passage 0.

        Example:
            >>> [t.text for t in QuoteContext.of_text("He said: ", "", after_at=20).before_tokens]
            ['He', 'said', ':']
        """
        return cls(before, 0, after, after_at, 0, 0, headline=headline, ends_sentence=ends_sentence)

    @property
    def before_tokens(self) -> list[Token]:
        """The tokens of :attr:`before`, offsets in its passage."""
        if self._before_tokens is None:
            self._before_tokens = tokens(self.before, self.before_at)
        return self._before_tokens

    @property
    def after_tokens(self) -> list[Token]:
        """The tokens of :attr:`after` to the end of its first clause, offsets in its passage."""
        if self._after_tokens is None:
            self._after_tokens = tokens(self.after, self.after_at, first_clause=True)
        return self._after_tokens


class Cue(NamedTuple):
    """Words crediting a quote: the verb and the speaker as written.

    Attributes:
        verb: The attributing words ("said", "according to").
        subject: The speaker as written ("He", "Dr Brenner", "the document"),
            or ``None`` for a headline's colon.
        passage: The passage the subject is in.
        at: The subject's offset there.
        rule: The name of the rule that found it.
    """

    verb: str | None
    subject: str
    passage: int
    at: int
    rule: str


CueRule = tuple[str, Callable[[QuoteContext], Cue | None]]


WINDOW = 400
"""Characters of a sentence read on either side of a quote."""

# The stop that ends a sentence. Matches: the ". " of "said. Then"
_STOP = lazy_pattern(r"[.!?](?= )")

_WORD_REACH = 10  # characters read back from a stop for the word it may shorten


def sentence_start(text: str, end: int) -> int:
    """Return where the sentence holding offset ``end`` starts, at most a window back.

    Example:
        >>> text = "It rained. Dr. Lee said: "
        >>> text[sentence_start(text, len(text)):]
        'Dr. Lee said: '
    """
    low = max(0, end - WINDOW)
    cut = end
    while True:
        stop = _last_stop(text, low, cut)
        if stop == -1:
            return low
        word = text[max(low, stop - _WORD_REACH) : stop].rsplit(" ", 1)[-1].lstrip("(")
        if text[stop] != "." or not ends_abbreviation(word):
            return stop + 2
        cut = stop


def _last_stop(text: str, low: int, cut: int) -> int:
    """Return where the last ". ", "? " or "! " in ``text[low:cut]`` stands, or -1."""
    stop = text.rfind(". ", low, cut)
    # Only the latest of the three counts, so each later search starts past it.
    question = text.rfind("? ", stop + 1 if stop > low else low, cut)
    if question > stop:
        stop = question
    exclamation = text.rfind("! ", stop + 1 if stop > low else low, cut)
    return exclamation if exclamation > stop else stop


def sentence_end(text: str, start: int) -> int:
    """Return where the sentence holding offset ``start`` ends, at most a window on.

    Example:
        >>> text = "‘No,’ Dr. Lee said. Then"
        >>> text[5:sentence_end(text, 5)]
        ' Dr. Lee said.'
    """
    high = min(len(text), start + WINDOW)
    match = _STOP().search(text, start, high)
    while match is not None:
        stop = match.start()
        word = text[max(start, stop - _WORD_REACH) : stop].rsplit(" ", 1)[-1].lstrip("(")
        if text[stop] != "." or not ends_abbreviation(word):
            return stop + 1
        match = _STOP().search(text, stop + 1, high)
    return high


def quote_context(quote: MarkedQuote, passages: Sequence[Passage]) -> QuoteContext:
    """Return the writer's words around ``quote``, from the masked passages.

    Args:
        quote: The quote.
        passages: The scanned passages of its article.

    Example:
        >>> from newsparse.models import Span
        >>> from newsparse._pipeline.quotes.passages import scan_sources
        >>> from newsparse._pipeline.quotes.sources import Source
        >>> scan = scan_sources((Source(text="It ended. ‘No,’ he said. Then", role=SourceRole.BODY,
        ...     span=Span(start_line=1, end_line=1)),))
        >>> context = quote_context(scan.quotes[0], scan.passages)
        >>> context.before, context.after
        ('', ' he said.')
    """
    first_index, last_index, open_at = quote.first, quote.last, quote.open_at
    opening = passages[first_index]
    first = opening.masked
    start = sentence_start(first, open_at)
    last = first if last_index == first_index else passages[last_index].masked
    after_at = quote.close_at + 1
    if after_at > len(last):
        after_at = len(last)
    after_end = sentence_end(last, after_at)
    return QuoteContext(
        first[start:open_at],
        start,
        last[after_at:after_end],
        after_at,
        first_index,
        last_index,
        headline=opening.source.role is SourceRole.HEADLINE,
        ends_sentence=quote.text.endswith("."),
    )
