"""Speech verbs: found once per paragraph, looked up per quote.

A quote's cue rules ask which speech verbs stand in its sentence. Scanning
each quote's sentence afresh would read a paragraph packed with quotes
again and again; instead each paragraph is scanned once and every quote
takes the verbs of its window by bisection.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from newsparse.quotes.vocabulary import PARTICIPLES, SPEECH_VERBS, words_pattern

__all__ = ["Verb", "VerbIndex", "find_verbs"]

# A speech verb, read with a space in front of the text: starting with a
# literal space keeps the scan fast. Matches: " said", " saying", " according to"
_VERB = re.compile(
    rf" (?:(?P<verb>{words_pattern(SPEECH_VERBS)})|(?P<participle>{words_pattern(PARTICIPLES)})"
    r"|(?P<according>[Aa]ccording\s+to))(?![\w’'])"
)


class Verb(NamedTuple):
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


def find_verbs(text: str, offset: int = 0) -> tuple[Verb, ...]:
    """Return the speech verbs of ``text``, their offsets shifted by ``offset``.

    Example:
        >>> [(v.kind, v.word) for v in find_verbs("He said, saying more, according to her.")]
        [('verb', 'said'), ('participle', 'saying'), ('according', 'according to')]
    """
    found = []
    for match in _VERB.finditer(" " + text):
        kind = match.lastgroup or "verb"
        # The match starts at the added space, one before the verb in ``text``.
        found.append(Verb(match.start() + offset, match.end() - 1 + offset, kind, match[kind]))
    return tuple(found)


@attrs.define
class VerbIndex:
    """The speech verbs of each paragraph, found on first use.

    Example:
        >>> index = VerbIndex(["No verb here.", "He said no, she said yes."])
        >>> [v.start for v in index.between(1, 0, 25)]
        [3, 16]
    """

    texts: Sequence[str]
    _verbs: dict[int, tuple[tuple[int, ...], tuple[Verb, ...]]] = attrs.Factory(dict)

    def between(self, index: int, start: int, end: int) -> tuple[Verb, ...]:
        """Return the verbs of text ``index`` that lie in ``[start, end)``."""
        found = self._verbs.get(index)
        if found is None:
            verbs = find_verbs(self.texts[index])
            found = self._verbs[index] = (tuple(verb.start for verb in verbs), verbs)
        starts, verbs = found
        low = bisect.bisect_left(starts, start)
        high = bisect.bisect_left(starts, end, low)
        return verbs[low:high]
