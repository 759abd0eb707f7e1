"""Whether a verb of saying stands near a quote, each paragraph's words read once.

:func:`~.cues.speech_verb_near` reads the words of a quote's sentence. A
sentence holding many quotes would have its words read again for each;
:class:`NearVerbs` finds the verbs of a paragraph once and answers each quote
with a look-up. It answers exactly as :func:`~.cues.speech_verb_near` does:
a word cut by the edge of the quote's sentence (``said“`` read up to the
mark) is tested as the cut piece, as that function would see it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence

from newsparse._pipeline.quotes.context import QuoteContext
from newsparse._pipeline.quotes.passages import Passage

__all__ = ["NearVerbs", "near_between", "verbs_of"]

_WORD = re.compile(r"\S+")
_STRIPPED = ",.;:()"
# A paragraph holding fewer quotes is cheaper read around each quote than once whole.
_MANY_QUOTES = 4

# The (starts, ends) of the words of a text that are verbs of saying.
Found = tuple[list[int], list[int]]


def _is_verb(word: str, verbs: Collection[str]) -> bool:
    return word.lower().strip(_STRIPPED) in verbs


def verbs_of(text: str, verbs: Collection[str]) -> Found:
    """Return where the words of ``text`` that are in ``verbs`` start and end.

    Example:
        >>> verbs_of("He said, and she (told) us", {"said", "told"})
        ([3, 17], [8, 23])
    """
    starts: list[int] = []
    ends: list[int] = []
    for match in _WORD.finditer(text):
        if _is_verb(match.group(), verbs):
            starts.append(match.start())
            ends.append(match.end())
    return starts, ends


def near_between(text: str, found: Found, start: int, end: int, verbs: Collection[str]) -> bool:
    """Tell whether ``text[start:end]`` holds a word in ``verbs``, read as its own text.

    ``found`` is :func:`verbs_of` ``text``. Whole words inside the range are
    looked up; a word the range cuts is tested as the piece inside it.

    Example:
        >>> text = "She said it. Unsaid."
        >>> found = verbs_of(text, {"said"})
        >>> near_between(text, found, 0, 9, {"said"}), near_between(text, found, 15, 20, {"said"})
        (True, True)
    """
    if start >= end:
        return False
    starts, ends = found
    index = bisect_left(starts, start)
    if index < len(starts) and ends[index] <= end:
        return True
    # A word the range cuts at its start, or at its end, is a piece of its own.
    if start > 0 and not text[start - 1].isspace() and not text[start].isspace():
        match = _WORD.match(text, start, end)
        if match is not None and _is_verb(match.group(), verbs):
            return True
    if end < len(text) and not text[end].isspace() and not text[end - 1].isspace():
        cut = max(start, _word_start(text, end - 1))
        if _is_verb(text[cut:end], verbs):
            return True
    return False


def _word_start(text: str, at: int) -> int:
    """Return where the word holding offset ``at`` starts."""
    while at > 0 and not text[at - 1].isspace():
        at -= 1
    return at


class NearVerbs:
    """Answers :func:`~.cues.speech_verb_near` for the quotes of one article.

    Example:
        >>> from newsparse.models import Span
        >>> from newsparse._pipeline.quotes.passages import scan_sources
        >>> from newsparse._pipeline.quotes.sources import Source, SourceRole
        >>> from newsparse._pipeline.quotes.context import quote_context
        >>> scan = scan_sources((Source(text="She said ‘no’ and ‘never’.", role=SourceRole.BODY,
        ...     span=Span(start_line=1, end_line=1)),))
        >>> near = NearVerbs(scan.passages, {"said"})
        >>> [near.near(quote_context(quote, scan.passages)) for quote in scan.quotes]
        [True, True]
    """

    __slots__ = ("_found", "_passages", "_verbs")

    def __init__(self, passages: Sequence[Passage], verbs: Collection[str]) -> None:
        self._passages = passages
        self._verbs = verbs
        self._found: dict[int, Found] = {}

    def near(self, context: QuoteContext) -> bool:
        """Tell whether a verb stands in the quote's sentence, before or after it."""
        return self._between(context.first, context.before_at, context.before) or (
            self._between(context.last, context.after_at, context.after)
        )

    def _between(self, passage: int, start: int, words: str) -> bool:
        if not words:
            return False
        if len(self._passages[passage].pairs) < _MANY_QUOTES:
            return any(_is_verb(word, self._verbs) for word in words.split())
        text = self._passages[passage].masked
        found = self._found.get(passage)
        if found is None:
            found = self._found[passage] = verbs_of(text, self._verbs)
        return near_between(text, found, start, start + len(words), self._verbs)
