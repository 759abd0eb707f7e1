"""Speech verbs: found once per article, looked up per quote.

A quote's cue rules ask which speech verbs stand in its sentence. Scanning
each quote's sentence afresh would read a paragraph packed with quotes
again and again; instead the paragraphs that hold quotes are scanned once,
together, and every quote takes the verbs of its window by bisection.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from newsparse._pipeline.quotes.vocabulary import (
    PARTICIPLES,
    SPEECH_VERBS,
    lazy_pattern,
    words_pattern,
)

__all__ = ["Verb", "VerbIndex", "find_verbs"]

# A speech verb, read with a space in front of the text: starting with a
# literal space keeps the scan fast, and one trie for verbs and participles
# (told apart afterwards by the word) halves the work at each space.
# Matches: " said", " saying", " according to"
_VERB = lazy_pattern(
    rf" (?:{words_pattern(SPEECH_VERBS + PARTICIPLES)}|[Aa]ccording\s+to)(?![\w’'])"
)

_KINDS = {**dict.fromkeys(SPEECH_VERBS, "verb"), **dict.fromkeys(PARTICIPLES, "participle")}


@attrs.define
class Verb:
    """A speech verb in a text.

    Attributes:
        start: Offset of its first letter.
        end: Offset just after it.
        kind: ``"verb"`` (said), ``"participle"`` (saying) or ``"according"``.
        word: The words as written.
    """

    start: int
    end: int
    kind: str
    word: str


_NO_VERBS: tuple[Sequence[int], tuple[Verb, ...]] = ((), ())


def find_verbs(text: str, offset: int = 0) -> tuple[Verb, ...]:
    """Return the speech verbs of ``text``, their offsets shifted by ``offset``.

    Example:
        >>> [(v.kind, v.word) for v in find_verbs("He said, saying more, according to her.")]
        [('verb', 'said'), ('participle', 'saying'), ('according', 'according to')]
    """
    found = []
    for match in _VERB().finditer(" " + text):
        word = match.group()[1:]
        # The match starts at the added space, one before the verb in ``text``.
        start, end = match.start() + offset, match.end() - 1 + offset
        found.append(Verb(start, end, _KINDS.get(word, "according"), word))
    return tuple(found)


def _verbs_of_each(texts: Sequence[str]) -> list[tuple[Sequence[int], tuple[Verb, ...]]]:
    """Return the verbs of each text and their offsets, found by one scan of them all.

    One scan of many paragraphs costs less than one each. The texts are
    joined by spaces, which read like the start and end of a text; a match
    that runs on into the next text ("according" at the end of one, "to"
    opening the next) is dropped.
    """
    each: list[tuple[Sequence[int], tuple[Verb, ...]]] = [_NO_VERBS] * len(texts)
    starts: list[int] = []
    verbs: list[Verb] = []
    index, base, limit = 0, 1, 1 + (len(texts[0]) if texts else 0)
    joined = " " + " ".join(texts)
    for match in _VERB().finditer(joined):
        start = match.start() + 1  # the verb's first letter, after the space
        if start > limit:
            if verbs:
                each[index] = (starts, tuple(verbs))
                starts, verbs = [], []
            while start > limit:
                index += 1
                base, limit = limit + 1, limit + 1 + len(texts[index])
        end = match.end()
        if end <= limit:
            word = joined[start:end]
            starts.append(start - base)
            verbs.append(Verb(start - base, end - base, _KINDS.get(word, "according"), word))
    if verbs:
        each[index] = (starts, tuple(verbs))
    return each


@attrs.define
class VerbIndex:
    """The speech verbs of each paragraph, found on first use.

    The paragraphs in ``wanted`` (those that hold quotes) are scanned
    together on the first lookup, the others one by one if ever asked for.

    Example:
        >>> index = VerbIndex(["No verb here.", "He said no, she said yes."], wanted=[1])
        >>> [v.start for v in index.between(1, 0, 25)]
        [3, 16]
        >>> index.any_between(1, 4, 16), index.any_between(1, 4, 17), index.between(0, 0, 9)
        (False, True, ())
    """

    texts: Sequence[str]
    wanted: Sequence[int] = ()
    _verbs: dict[int, tuple[Sequence[int], tuple[Verb, ...]]] = attrs.Factory(dict)

    def _of(self, index: int) -> tuple[Sequence[int], tuple[Verb, ...]]:
        found = self._verbs.get(index)
        if found is None:
            if not self._verbs and self.wanted:
                wanted = sorted(set(self.wanted))
                each = _verbs_of_each([self.texts[wanted_index] for wanted_index in wanted])
                self._verbs.update(zip(wanted, each, strict=True))
            if index not in self._verbs:
                self._verbs[index] = _verbs_of_each([self.texts[index]])[0]
            found = self._verbs[index]
        return found

    def between(self, index: int, start: int, end: int) -> tuple[Verb, ...]:
        """Return the verbs of text ``index`` that lie in ``[start, end)``."""
        starts, verbs = self._of(index)
        if not verbs:
            return verbs
        low = bisect.bisect_left(starts, start)
        return verbs[low : bisect.bisect_left(starts, end, low)]

    def any_between(self, index: int, start: int, end: int) -> bool:
        """Tell whether a verb of text ``index`` starts in ``[start, end)``."""
        starts = self._of(index)[0]
        low = bisect.bisect_left(starts, start)
        return low < len(starts) and starts[low] < end
