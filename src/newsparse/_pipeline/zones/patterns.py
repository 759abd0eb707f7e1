"""The ``patterns`` rule: label short blocks by the adapter's line patterns, cheaply.

An adapter's line patterns (site header, promo, comments heading, comment
noise, pagination, comment form, trackbacks, footer, byline) label a block
by its text alone; the adapter's own are tried before the generic ones, and
the first that matches, in that order, gives the label. Trying every
pattern on every short block was the parser's largest cost; two shortcuts
leave the results as they were:

- Most patterns are anchored at the start, and the ways such a pattern's
  match can open are read off the pattern once (see :mod:`.openings`): a
  block meets only those its first three characters allow.
- A pattern that may match anywhere is searched for once in all the page's
  short texts joined by newlines, restarting after each block where it was
  found, and then only those blocks are searched one by one. This is sound
  for patterns whose match in a text cannot be spoilt by the text around it
  (see :func:`_joinable`); the others are searched block by block.

The table is built once per adapter and does not change as pages are read.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Collection, Sequence

import regex

from newsparse._page import TextBlock
from newsparse._pipeline.zones.bylines import signed_name
from newsparse._pipeline.zones.openings import OpeningIndex, openings
from newsparse.adapters import GENERIC, Adapter, Label, Pattern, ZoneContext
from newsparse.models import Zone

__all__ = [
    "MAX_CHARS",
    "PATTERN_KINDS",
    "PatternTable",
    "pattern_label",
    "pattern_table",
    "patterns",
]

#: Adapter pattern fields and the zone each gives, in the order they are tried.
PATTERN_KINDS = (
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

# A block longer than this is read as prose, never matched against line
# patterns: "Copyright law changed in 2019 ..." opens a paragraph, not a footer.
MAX_CHARS = 200

# (place in rule order, rule name, zone, pattern, how to test a text: match or search)
_Entry = tuple[int, str, Zone, Pattern, Callable[[str], object]]


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
_JOINABLE_RE_FLAGS = re.IGNORECASE | re.MULTILINE | re.UNICODE | re.ASCII | re.DOTALL


def _joinable(pattern: Pattern) -> bool:
    r"""Tell whether a pattern can be searched for in all of a page's short texts at once.

    It can when any match it has in a text is also a match, at the same
    place, in that text with other lines before and after it.

    Example:
        >>> from newsparse.adapters._adapter import compile_patterns
        >>> [_joinable(p) for p in compile_patterns(r"\bper page\b", r"page(?!s)")]
        [True, False]
    """
    allowed = _JOINABLE_RE_FLAGS if isinstance(pattern, re.Pattern) else _JOINABLE_FLAGS
    return (
        bool(pattern.flags & re.MULTILINE)  # the same bit in both modules
        and not pattern.flags & ~allowed
        and _UNJOINABLE_SOURCE.search(pattern.pattern) is None
    )


def _anchored(pattern: Pattern) -> bool:
    # A block's text holds no newline, so a ^-anchored pattern can only match
    # at the start: it is tried with match(), which is search() without the scan.
    return pattern.pattern.startswith("^")


class PatternTable:
    """An adapter's line patterns (its own, then the generic ones), in rule order.

    Example:
        >>> PatternTable(GENERIC).match("Have your say")
        (<Zone.FOOTER: 'footer'>, 'generic.footer')
        >>> PatternTable(GENERIC).match("The storm passed.") is None
        True
    """

    def __init__(self, adapter: Adapter) -> None:
        entries = _entries(adapter)
        self._unanchored = tuple(entry for entry in entries if not _anchored(entry[3]))
        self._joinable = tuple(entry for entry in self._unanchored if _joinable(entry[3]))
        self._unjoinable = tuple(entry for entry in self._unanchored if not _joinable(entry[3]))
        # The place in rule order of each zone's last pattern (see match_in).
        self._last_of_zone = {zone: order for order, _, zone, _, _ in entries}
        # The patterns a text's opening allows: the anchored ones only, and
        # every one (a pattern that may match anywhere is always allowed).
        keyed = [(openings(entry[3]) if _anchored(entry[3]) else None, entry) for entry in entries]
        self._keyed = keyed
        self._anchored = OpeningIndex((pair for pair in keyed if _anchored(pair[1][3])), tuple)
        self._every = OpeningIndex(keyed, tuple)
        # The patterns up to the last of some zones, by the zones (see match_in).
        self._within: dict[frozenset[Zone], OpeningIndex[_Entry, tuple[_Entry, ...]]] = {}

    def match(self, text: str) -> tuple[Zone, str] | None:
        """Return the zone and rule name of the first pattern matching ``text``, or ``None``.

        Args:
            text: A block's cleaned text: not empty, and without a newline.
        """
        return self._first_of(text, self._every.candidates(text))

    def match_in(
        self, text: str, zones: Collection[Zone], *, key: str | None = None
    ) -> tuple[Zone, str] | None:
        """Return what :meth:`match` returns for ``text`` when its zone is one of ``zones``.

        The patterns after the last one of those zones are not tried: if none
        before them matches, the first match, if any, is in another zone.

        Example:
            >>> PatternTable(GENERIC).match_in("Reply", {Zone.COMMENT_NOISE})
            (<Zone.COMMENT_NOISE: 'comment-noise'>, 'generic.comment-noise')
            >>> PatternTable(GENERIC).match_in("Have your say", {Zone.COMMENT_NOISE}) is None
            True
        """
        if not isinstance(zones, frozenset):
            return self._match_up_to(text, zones, key)
        # The stages pass a few frozen sets, again and again: each one's patterns are indexed.
        within = self._within.get(zones)
        if within is None:
            last = self._last_in(zones)
            within = OpeningIndex((pair for pair in self._keyed if pair[1][0] <= last), tuple)
            self._within[zones] = within
        for _, rule, zone, _, test in within.candidates(text, key):
            if test(text) is not None:
                return (zone, rule) if zone in zones else None
        return None

    def _last_in(self, zones: Collection[Zone]) -> int:
        """Return the place in rule order of the last pattern of ``zones`` (-1: none)."""
        return max((self._last_of_zone.get(zone, -1) for zone in zones), default=-1)

    def _match_up_to(
        self, text: str, zones: Collection[Zone], key: str | None
    ) -> tuple[Zone, str] | None:
        """Do what :meth:`match_in` does without an index of its own (zones not frozen)."""
        last = self._last_in(zones)
        for order, rule, zone, _, test in self._every.candidates(text, key):
            if order > last:
                break
            if test(text) is not None:
                return (zone, rule) if zone in zones else None
        return None

    def match_texts(self, texts: Sequence[str]) -> dict[int, tuple[Zone, str]]:
        """Return the zone and rule name of each short text that a pattern matches, by index.

        Args:
            texts: The cleaned text of each block of a page, none with a newline.
                Empty texts and those longer than :data:`MAX_CHARS` are skipped.

        Example:
            >>> found = PatternTable(GENERIC).match_texts(["Menu", "It rained.", "Have your say"])
            >>> {index: rule for index, (_, rule) in found.items()}
            {0: 'generic.site-header', 2: 'generic.footer'}
        """
        short = [(index, text) for index, text in enumerate(texts) if 0 < len(text) <= MAX_CHARS]
        hits = self._joinable_hits([text for _, text in short])
        found: dict[int, tuple[Zone, str]] = {}
        # Pages repeat their widgets ("Reply" under every comment): a text
        # met again without a joinable hit has the answer it had before.
        known: dict[str, tuple[Zone, str] | None] = {}
        anchored, unjoinable = self._anchored.candidates, self._unjoinable
        for position, (index, text) in enumerate(short):
            extra = hits.get(position)
            if extra is None:
                match = known.get(text, _UNKNOWN)
                if match is _UNKNOWN:
                    candidates = anchored(text)
                    if unjoinable:
                        candidates = _in_order(candidates, unjoinable)
                    match = known[text] = self._first_of(text, candidates)
            else:
                match = self._first_of(text, _in_order(anchored(text), extra))
            if match is not None:
                found[index] = match
        return found

    @staticmethod
    def _first_of(text: str, candidates: tuple[_Entry, ...]) -> tuple[Zone, str] | None:
        for _, rule, zone, _, test in candidates:
            if test(text) is not None:
                return zone, rule
        return None

    def _joinable_hits(self, texts: list[str]) -> dict[int, tuple[_Entry, ...]]:
        """Return, by position, the unanchored patterns that may match each text.

        Those are the joinable patterns found in the text (see
        :meth:`_found_in`), and every pattern that is not joinable; a
        position none of the joinable ones was found at is left out.
        """
        hits: dict[int, list[_Entry]] = {}
        for entry, places in zip(self._joinable, self._found_in(texts), strict=True):
            for place in places:
                hits.setdefault(place, []).append(entry)
        return {place: (*entries, *self._unjoinable) for place, entries in hits.items()}

    def _found_in(self, texts: list[str]) -> list[set[int]]:
        """Return, for each joinable pattern, the positions of the texts it may match."""
        if not self._joinable or not texts:
            return [set() for _ in self._joinable]
        page = "\n".join(texts)
        found_in: list[set[int]] = []
        for entry in self._joinable:
            pattern = entry[3]
            places: set[int] = set()
            found_in.append(places)
            start = 0
            place = 0  # the position of the text that ``start`` opens
            while (match := pattern.search(page, start)) is not None:
                # If a text from ``start`` on matches, the page matches where
                # the text does, so the first match found lies in that text
                # or before it: no text between ``start`` and this match
                # matches, and the search goes on after the text found.
                place += page.count("\n", start, match.start())
                places.add(place)
                start = page.find("\n", match.start()) + 1
                if start == 0:  # the last text
                    break
                place += 1
        return found_in


# What match_texts has known of a text it has not met yet (None is "no match").
_UNKNOWN = (Zone.BODY, "")


def _order(entry: _Entry) -> int:
    return entry[0]


def _in_order(*groups: tuple[_Entry, ...]) -> tuple[_Entry, ...]:
    """Merge groups of patterns into one, in rule order."""
    return tuple(sorted(itertools.chain(*groups), key=_order))


#: The :class:`PatternTable` of an adapter, built once.
pattern_table = functools.lru_cache(maxsize=64)(PatternTable)


def pattern_label(
    adapter: Adapter, text: str, *, zones: Collection[Zone] | None = None, key: str | None = None
) -> Label | None:
    """Return the label the adapter's patterns give a piece of text, if any.

    With ``zones``, only a label in one of them: the patterns of later zones
    in rule order are then not tried. ``key`` is the text's opening keys
    (see :func:`.openings.keys_of`), when the caller has them.

    Example:
        >>> pattern_label(GENERIC, "Reply").zone.value
        'comment-noise'
        >>> pattern_label(GENERIC, "Have your say", zones={Zone.COMMENT_NOISE}) is None
        True
    """
    if not text or len(text) > MAX_CHARS:
        return None
    patterns = pattern_table(adapter)
    match = patterns.match(text) if zones is None else patterns.match_in(text, zones, key=key)
    return None if match is None else Label(*match)


def patterns(context: ZoneContext) -> dict[int, Label]:
    """Label short blocks that match the adapter's patterns, then the generic ones."""
    blocks = context.blocks
    matches = pattern_table(context.adapter).match_texts([block.text for block in blocks])
    found = {
        index: Label(zone, rule)
        for index, (zone, rule) in matches.items()
        # A bulleted "Comments" is a menu item, not the heading of a section.
        if not (zone is Zone.COMMENTS_HEADING and blocks[index].bullet is not None)
    }
    for index, block in enumerate(blocks):
        if index not in found and 1 < len(block.lines) <= _BYLINE_LINES:
            label = _byline_lines(context.adapter, block)
            if label is not None:
                found[index] = label
    return found


# A byline printed over lines of its own ("By Ann Lee", then "5 May 2018") has at most this many.
_BYLINE_LINES = 3


def _byline_lines(adapter: Adapter, block: TextBlock) -> Label | None:
    """Return the byline label of a block each line of which is a byline or a date line.

    One line may be a name without "By" ("Ann Lee" over "5 May 2018 10:15
    GMT"), alone or with the writer's post ("Ann Lee Weather correspondent"):
    the name a news page prints over its date.
    """
    label = None
    names = 0
    for text in block.line_texts:
        found = pattern_label(adapter, text, zones=_BYLINE_ZONE)
        if found is None:
            names += 1
            if names > 1 or signed_name(text) is None:
                return None
        else:
            label = found
    return label


_BYLINE_ZONE = frozenset({Zone.BYLINE})


def _entries(adapter: Adapter) -> list[_Entry]:
    """Return the adapter's line patterns, then the generic ones, in rule order."""
    sources = (adapter, GENERIC) if adapter is not GENERIC else (GENERIC,)
    patterns = [
        (f"{source.name}.{zone.value}", zone, pattern)
        for source in sources
        for kind, zone in PATTERN_KINDS
        for pattern in getattr(source, kind)
    ]
    return [
        (order, rule, zone, pattern, pattern.match if _anchored(pattern) else pattern.search)
        for order, (rule, zone, pattern) in enumerate(patterns)
    ]
