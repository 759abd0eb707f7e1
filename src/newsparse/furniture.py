"""Match a block's text against an adapter's furniture patterns, cheaply.

Trying every pattern on every short block was the parser's largest cost.
Most patterns are anchored at the start, and the ``regex`` module's partial
matching tells, for the first few characters of a text, which of them could
match at all: a block then meets only those (often none) and the patterns
that may match anywhere. The zone rule that uses this is
:func:`newsparse.zones.furniture`.
"""

from __future__ import annotations

import functools
import threading

from newsparse.adapters.base import Adapter, Pattern
from newsparse.adapters.generic import GENERIC
from newsparse.models import Zone

__all__ = ["FURNITURE_KINDS", "Furniture", "furniture_of"]

#: Adapter pattern fields and the zone each gives, in the order they are tried.
FURNITURE_KINDS = (
    ("comments_heading", Zone.COMMENTS_HEADING),
    ("comment_noise", Zone.COMMENT_NOISE),
    ("pagination", Zone.PAGINATION),
    ("comment_form", Zone.COMMENT_FORM),
    ("site_header", Zone.SITE_HEADER),
    ("promo", Zone.PROMO),
    ("footer", Zone.FOOTER),
    ("byline", Zone.BYLINE),
)

# Candidates are looked up by a text's first _PREFIX characters: three rule
# out most anchored patterns for a text ("The", "Som"), where one ("T", "S")
# leaves a dozen; more rule out hardly any more.
_PREFIX = 3
# Distinct prefixes seen, across pages, before the table starts again.
_MAX_PREFIXES = 16_384

# (rule name, zone, pattern, anchored at the start)
_Entry = tuple[str, Zone, Pattern, bool]


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
        entries: list[_Entry] = []
        for source in sources:
            for kind, zone in FURNITURE_KINDS:
                rule = f"{source.name}.{zone.value}"
                entries.extend(
                    (rule, zone, pattern, pattern.pattern.startswith("^"))
                    for pattern in getattr(source, kind)
                )
        self._entries = tuple(entries)
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
            if not entry[3] or entry[2].match(prefix, partial=True) is not None
        )

    def match(self, text: str) -> tuple[Zone, str] | None:
        """Return the zone and rule name of the first pattern matching ``text``, or ``None``.

        Args:
            text: A block's cleaned text: not empty, and without a newline.
        """
        for rule, zone, pattern, anchored in self._candidates(text[:_PREFIX]):
            # A block's text holds no newline, so an anchored pattern can only
            # match at the start: match() there is search() without the scan.
            if (pattern.match(text) if anchored else pattern.search(text)) is not None:
                return zone, rule
        return None


#: The :class:`Furniture` of an adapter, built once.
furniture_of = functools.lru_cache(maxsize=64)(Furniture)
