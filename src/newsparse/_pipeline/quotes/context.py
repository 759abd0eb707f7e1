"""The writer's words around a quote: its sentence, cut to a bounded window.

Cue rules read only the sentence a quote sits in, so each quote costs the
same however long its paragraph: the sentence is looked for at most
:data:`WINDOW` characters either side.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse._pipeline.quotes.clauses import ends_abbreviation
from newsparse._pipeline.quotes.cues import QuoteContext
from newsparse._pipeline.quotes.passages import MarkedQuote, Passage
from newsparse._pipeline.quotes.sources import SourceRole
from newsparse._pipeline.quotes.vocabulary import lazy_pattern

__all__ = ["WINDOW", "quote_context", "sentence_end", "sentence_start"]

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
