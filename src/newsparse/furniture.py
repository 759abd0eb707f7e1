"""Match the short blocks of a page against an adapter's furniture patterns, cheaply.

Trying every pattern on every short block was the parser's largest cost;
two shortcuts leave the results as they were:

- Most patterns are anchored at the start, and the ``regex`` module's
  partial matching tells, for the first few characters of a text, which of
  them could match at all: a block meets only those (often none).
- A pattern that may match anywhere is searched for once in all the page's
  short texts joined by newlines, restarting after each block where it was
  found, and then only those blocks are searched one by one. This is sound
  for patterns whose match in a text cannot be spoilt by the text around it
  (see :func:`_joinable`); the others are searched block by block.

The zone rule that uses this is :func:`newsparse.zones.furniture`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import threading
from collections.abc import Sequence

import regex

from newsparse.adapters.base import Adapter, Pattern
from newsparse.adapters.generic import GENERIC
from newsparse.models import Zone

__all__ = ["FURNITURE_KINDS", "MAX_CHARS", "Furniture", "furniture_of"]

#: Adapter pattern fields and the zone each gives, in the order they are tried.
FURNITURE_KINDS = (
    ("comments_heading", Zone.COMMENTS_HEADING),
    ("comment_noise", Zone.COMMENT_NOISE),
    ("pagination", Zone.PAGINATION),
    ("comment_form", Zone.COMMENT_FORM),
    ("trackbacks", Zone.TRACKBACKS),
    ("site_header", Zone.SITE_HEADER),
    ("promo", Zone.PROMO),
    ("footer", Zone.FOOTER),
    ("byline", Zone.BYLINE),
)

# A block longer than this is read as prose, never matched against furniture
# patterns: "Copyright law changed in 2019 ..." opens a paragraph, not a footer.
MAX_CHARS = 200

# Candidates are looked up by a text's first _PREFIX characters: three rule
# out most anchored patterns for a text ("The", "Som"), where one ("T", "S")
# leaves a dozen; more rule out hardly any more.
_PREFIX = 3
# Distinct prefixes seen, across pages, before the table starts again.
_MAX_PREFIXES = 16_384

# (place in rule order, rule name, zone, pattern, anchored at the start)
_Entry = tuple[int, str, Zone, Pattern, bool]

# Constructs whose outcome can change when the text goes on past the end of
# a block, or that begin the match elsewhere: lookarounds, inline flags and
# other "(?" groups but "(?:" and "(?P<name>", possessive quantifiers, string
# anchors, \K, named lists, word-start/end and fuzzy "{e<=1}" constraints.
_UNJOINABLE_SOURCE = re.compile(r"\(\?(?!:|P<)|[*+?}]\+|\\[AZzGKLmM]|\{(?![\d,])")
# Flags under which a match in a block is a match in the joined text:
# MULTILINE makes ^ and $ match beside the newlines as at the ends of a block.
_JOINABLE_FLAGS = (
    regex.IGNORECASE
    | regex.MULTILINE
    | regex.UNICODE
    | regex.ASCII
    | regex.DOTALL
    | regex.FULLCASE
    | regex.VERSION0
    | regex.VERSION1
)


def _joinable(pattern: Pattern) -> bool:
    r"""Tell whether a pattern can be searched for in all of a page's short texts at once.

    It can when any match it has in a text is also a match, at the same
    place, in that text with other lines before and after it.

    Example:
        >>> from newsparse.adapters.base import compile_patterns
        >>> [_joinable(p) for p in compile_patterns(r"\bper page\b", r"page(?!s)")]
        [True, False]
    """
    return (
        bool(pattern.flags & regex.MULTILINE)
        and not pattern.flags & ~_JOINABLE_FLAGS
        and _UNJOINABLE_SOURCE.search(pattern.pattern) is None
    )


class Furniture:
    """An adapter's furniture patterns (its own, then the generic ones), in rule order.

    Example:
        >>> Furniture(GENERIC).match("Have your say")
        (<Zone.FOOTER: 'footer'>, 'generic.footer')
        >>> Furniture(GENERIC).match("The storm passed.") is None
        True
    """

    def __init__(self, adapter: Adapter) -> None:
        sources = (adapter, GENERIC) if adapter is not GENERIC else (GENERIC,)
        patterns = [
            (f"{source.name}.{zone.value}", zone, pattern)
            for source in sources
            for kind, zone in FURNITURE_KINDS
            for pattern in getattr(source, kind)
        ]
        self._entries: tuple[_Entry, ...] = tuple(
            (order, rule, zone, pattern, pattern.pattern.startswith("^"))
            for order, (rule, zone, pattern) in enumerate(patterns)
        )
        self._joinable = tuple(
            (order, pattern)
            for order, _, _, pattern, anchored in self._entries
            if not anchored and _joinable(pattern)
        )
        self._by_first: dict[str, tuple[_Entry, ...]] = {}
        self._by_prefix: dict[str, tuple[_Entry, ...]] = {}
        self._lock = threading.Lock()

    def _candidates(self, prefix: str) -> tuple[_Entry, ...]:
        """Return, in rule order, the patterns a text opening with ``prefix`` could match."""
        found = self._by_prefix.get(prefix)
        if found is not None:
            return found
        # Narrow the first character's candidates, which are few and soon all
        # known, so that a prefix seen for the first time costs little.
        first = self._by_first.get(prefix[0])
        if first is None:
            first = self._narrow(self._entries, prefix[0])
        found = self._narrow(first, prefix)
        with self._lock:
            self._by_first[prefix[0]] = first
            if len(self._by_prefix) >= _MAX_PREFIXES:
                self._by_prefix.clear()
            self._by_prefix[prefix] = found
        return found

    @staticmethod
    def _narrow(entries: tuple[_Entry, ...], prefix: str) -> tuple[_Entry, ...]:
        return tuple(
            entry
            for entry in entries
            if not entry[4] or entry[3].match(prefix, partial=True) is not None
        )

    def match(self, text: str) -> tuple[Zone, str] | None:
        """Return the zone and rule name of the first pattern matching ``text``, or ``None``.

        Args:
            text: A block's cleaned text: not empty, and without a newline.
        """
        return self._first(text, -1, {})

    def match_texts(self, texts: Sequence[str]) -> dict[int, tuple[Zone, str]]:
        """Return the zone and rule name of each short text that a pattern matches, by index.

        Args:
            texts: The cleaned text of each block of a page, none with a newline.
                Empty texts and those longer than :data:`MAX_CHARS` are skipped.

        Example:
            >>> found = Furniture(GENERIC).match_texts(["Menu", "It rained.", "Have your say"])
            >>> {index: rule for index, (_, rule) in found.items()}
            {0: 'generic.site-header', 2: 'generic.footer'}
        """
        short = [(index, text) for index, text in enumerate(texts) if 0 < len(text) <= MAX_CHARS]
        found_in = self._found_in([text for _, text in short])
        found: dict[int, tuple[Zone, str]] = {}
        for position, (index, text) in enumerate(short):
            match = self._first(text, position, found_in)
            if match is not None:
                found[index] = match
        return found

    def _first(
        self, text: str, position: int, found_in: dict[int, set[int]]
    ) -> tuple[Zone, str] | None:
        for order, rule, zone, pattern, anchored in self._candidates(text[:_PREFIX]):
            if anchored:
                # A block's text holds no newline, so an anchored pattern can
                # only match at the start: match() is search() without the scan.
                if pattern.match(text) is not None:
                    return zone, rule
                continue
            places = found_in.get(order)
            if (places is None or position in places) and pattern.search(text) is not None:
                return zone, rule
        return None

    def _found_in(self, texts: list[str]) -> dict[int, set[int]]:
        """Return, for each joinable pattern, the positions of the texts it may match."""
        if not self._joinable or not texts:
            return {}
        page = "\n".join(texts)
        starts = list(itertools.accumulate((len(text) + 1 for text in texts[:-1]), initial=0))
        found_in: dict[int, set[int]] = {}
        for order, pattern in self._joinable:
            places = found_in[order] = set()
            start = 0
            while (match := pattern.search(page, start)) is not None:
                # If a text from ``start`` on matches, the page matches where
                # the text does, so the first match found lies in that text
                # or before it: no text between ``start`` and this match
                # matches, and the search goes on after the text found.
                place = bisect.bisect_right(starts, match.start()) - 1
                places.add(place)
                if place + 1 == len(starts):
                    break
                start = starts[place + 1]
        return found_in


#: The :class:`Furniture` of an adapter, built once.
furniture_of = functools.lru_cache(maxsize=64)(Furniture)
