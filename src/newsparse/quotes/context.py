"""The writer's words around a quote: its sentence, cut to a bounded window.

Cue rules read only the sentence a quote sits in, so each quote costs the
same however long its paragraph: the sentence is looked for at most
:data:`WINDOW` characters either side, and the speech verbs in it come from
a :class:`~newsparse.quotes.verbs.VerbIndex` built once per paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse.quotes.cues import QuoteContext
from newsparse.quotes.passages import MarkedQuote, Passage
from newsparse.quotes.sources import SourceRole
from newsparse.quotes.verbs import VerbIndex

__all__ = ["WINDOW", "quote_context", "sentence_end", "sentence_start"]

WINDOW = 400
"""Characters of a sentence read on either side of a quote."""

# The stop that ends a sentence. Matches: the ". " of "said. Then"
_STOP = re.compile(r"[.!?](?= )")

_ABBREVIATIONS = frozenset(
    ("Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Sen", "Rep", "Gov", "Gen", "No", "Jr", "Sr", "Inc")
)


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
        stop = max(
            text.rfind(". ", low, cut), text.rfind("? ", low, cut), text.rfind("! ", low, cut)
        )
        if stop == -1:
            return low
        word = text[max(low, stop - 4) : stop].rsplit(" ", 1)[-1]
        if word not in _ABBREVIATIONS and not (len(word) == 1 and word.isupper()):
            return stop + 2
        cut = stop


def sentence_end(text: str, start: int) -> int:
    """Return where the sentence holding offset ``start`` ends, at most a window on.

    Example:
        >>> text = "‘No,’ Dr. Lee said. Then"
        >>> text[5:sentence_end(text, 5)]
        ' Dr. Lee said.'
    """
    high = min(len(text), start + WINDOW)
    for match in _STOP.finditer(text, start, high):
        stop = match.start()
        word = text[max(start, stop - 4) : stop].rsplit(" ", 1)[-1]
        if word not in _ABBREVIATIONS and not (len(word) == 1 and word.isupper()):
            return stop + 1
    return high


def quote_context(
    quote: MarkedQuote, passages: Sequence[Passage], verbs: VerbIndex | None = None
) -> QuoteContext:
    """Return the writer's words around ``quote``, from the masked passages.

    Args:
        quote: The quote.
        passages: The scanned passages of its article.
        verbs: The speech verbs of the masked passages; pass one index for
            all the quotes of an article, so each passage is scanned once.

    Example:
        >>> from newsparse.models import Span
        >>> from newsparse.quotes.passages import scan_sources
        >>> from newsparse.quotes.sources import Source
        >>> scan = scan_sources((Source(text="It ended. ‘No,’ he said. Then", role=SourceRole.BODY,
        ...     span=Span(start_line=1, end_line=1)),))
        >>> context = quote_context(scan.quotes[0], scan.passages)
        >>> context.before, context.after
        ('', ' he said.')
    """
    if verbs is None:
        verbs = VerbIndex([passage.masked for passage in passages])
    first = passages[quote.first].masked
    start = sentence_start(first, quote.open_at)
    last = passages[quote.last].masked
    after_at = min(quote.close_at + 1, len(last))
    after_end = sentence_end(last, after_at)
    return QuoteContext(
        before=first[start : quote.open_at],
        before_at=start,
        after=last[after_at:after_end],
        after_at=after_at,
        first=quote.first,
        last=quote.last,
        headline=passages[quote.first].source.role is SourceRole.HEADLINE,
        ends_sentence=quote.text.endswith("."),
        verbs=verbs.between(quote.first, start, quote.open_at),
        verb_after=bool(verbs.between(quote.last, after_at, after_end)),
    )
