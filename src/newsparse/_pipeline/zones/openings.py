"""How a line pattern's matches can open: the keys of the pattern table.

A ``^``-anchored pattern such as ``^(sign in|log ?in)`` can only match a
text that opens with one of a few strings ("sig", "log", in any case).
Reading those strings off the pattern once lets the pattern table try, for
each text, only the patterns its first three characters allow. They are read
from the pattern's syntax tree as Python's :mod:`re` parses it; where the
tree does not tell (a negated class, ``.``, a pattern only the ``regex``
module reads), the answer is "any opening", which is always safe.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

# The standard library's regular-expression parser and its opcodes (private
# modules with no type stubs; their shape has held from Python 3.11 to 3.13).
sre_parse: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

__all__ = ["DIGIT", "SIZE", "SPACE", "OpeningIndex", "fold", "keys_of", "openings"]

T = TypeVar("T")
V = TypeVar("V")

#: How many characters of a text key its candidates.
SIZE = 3
#: The key of every decimal digit, and of every space character (two
#: private-use characters): ``\d`` and ``\s`` stand for hundreds of
#: characters each, keyed as one. A text that holds these characters itself
#: only meets more candidates, never fewer.
DIGIT, SPACE = "\uf8f0", "\uf8f1"
_CATEGORIES = {
    sre.CATEGORY_DIGIT: DIGIT,
    sre.CATEGORY_UNI_DIGIT: DIGIT,
    sre.CATEGORY_SPACE: SPACE,
    sre.CATEGORY_UNI_SPACE: SPACE,
}
# A character class wider than this counts as "any character".
_MAX_CLASS = 256
# A pattern with more openings than this is keyed by fewer characters.
_MAX_OPENINGS = 256
_ZERO_WIDTH = frozenset({sre.AT, sre.ASSERT, sre.ASSERT_NOT})
_REPEATS = frozenset({sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT})
_GROUPS = frozenset({sre.SUBPATTERN, sre.ATOMIC_GROUP})


class _TooManyOpeningsError(Exception):
    """More openings than :data:`_MAX_OPENINGS` at this size."""


# Ends an opening where the tree stops telling what comes next (a negated
# class, ".", "\\w"): the opening so far is all that is known, and any text
# that begins with it may match. Removed before the openings are returned.
_STOP = "\uf8ff"


def fold(character: str) -> str:
    """Return the key of one character of a text.

    A digit's key is :data:`DIGIT`, a space's :data:`SPACE`; any other
    character's is the first of its case-folded form. Case folding maps
    every character that ``re.IGNORECASE`` treats as equal to one key ("K",
    "k" and the Kelvin sign to "k"), so a table keyed this way never misses
    a case-insensitive match.

    Example:
        >>> fold("S"), fold("ſ"), fold("ß"), fold("7") == DIGIT
        ('s', 's', 's', True)
    """
    if character.isdecimal():
        return DIGIT
    if character.isspace():
        return SPACE
    return character.casefold()[:1]


# The keys of ASCII characters, for a whole prefix at once (see keys_of).
_ASCII_KEYS = str.maketrans(
    {
        **{str(digit): DIGIT for digit in range(10)},
        **dict.fromkeys(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f", SPACE),
    }
)


def keys_of(prefix: str) -> str:
    """Return the keys of the characters of ``prefix``, one each (see :func:`fold`).

    Example:
        >>> keys_of("Re: 2") == "re:" + SPACE + DIGIT
        True
    """
    if prefix.isascii():  # most texts: lower() folds ASCII as casefold() does
        return prefix.lower().translate(_ASCII_KEYS)
    return "".join(fold(character) for character in prefix)


def openings(pattern: re.Pattern[str] | Any) -> frozenset[str] | None:
    r"""Return how a match of ``pattern`` can open: strings of keys (see :func:`fold`).

    Each match opens with one of the strings: its first :data:`SIZE` keys,
    or all of them when the match is shorter or the pattern's syntax tells
    no more (a text that begins with such a short opening may match). A
    pattern with very many openings is keyed by fewer characters. ``None``
    means any text may match: the pattern can match the empty string, or
    its syntax does not tell even its first character.

    Example:
        >>> sorted(openings(re.compile(r"^(sign in|log ?in)\b", re.I)))
        ['log', 'sig']
        >>> sorted(openings(re.compile(r"^[{(]?No\.? \d+", re.I)))
        ['(no', 'no.', 'no\uf8f1', '{no']
        >>> openings(re.compile(r"^[^|]+ \|")) is None
        True
    """
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags & ~re.DEBUG)
    except Exception:  # not re's syntax (a regex-module pattern): anything may open it
        return None
    for size in range(SIZE, 0, -1):
        try:
            found = {opening.rstrip(_STOP) for opening in _sequence(list(tree.data), size)}
        except _TooManyOpeningsError:
            continue  # key it by fewer characters
        if "" in found:  # the pattern may match the empty string, or open with anything
            return None
        return frozenset(found)
    return None


def _sequence(items: list[tuple[Any, Any]], size: int) -> set[str]:
    """Return the openings of parsed items in a row, each cut to ``size`` keys."""
    found = {""}
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue
        growing = [start for start in found if len(start) < size and not start.endswith(_STOP)]
        if not growing:
            break
        found -= set(growing)
        for start in growing:
            found.update(start + tail for tail in _item(op, value, size - len(start)))
        if len(found) > _MAX_OPENINGS:
            raise _TooManyOpeningsError
    return found


def _item(op: Any, value: Any, size: int) -> set[str]:
    """Return the openings of one parsed item, each cut to ``size`` keys."""
    if op is sre.LITERAL:
        return {fold(chr(value))}
    if op is sre.IN:
        return _class(value)
    if op is sre.CATEGORY and value in _CATEGORIES:
        return {_CATEGORIES[value]}
    if op in _GROUPS:
        return _sequence(list(value[-1].data), size)
    if op is sre.BRANCH:
        return set().union(*(_sequence(list(branch.data), size) for branch in value[1]))
    if op in _REPEATS:
        return _repeat(value, size)
    return {_STOP}  # ".", a negated literal, a back reference, a conditional


def _repeat(value: Any, size: int) -> set[str]:
    minimum, maximum, body = value
    once = _sequence(list(body.data), size)
    found: set[str] = {""} if minimum == 0 else set()
    reached = {""}
    # Each round adds a character unless the body can match nothing, so a few
    # rounds past ``minimum`` reach ``size``.
    for count in range(1, min(maximum, minimum + size) + 1):
        reached = {
            start if start.endswith(_STOP) else (start + tail)[:size]
            for start in reached
            for tail in once
        }
        if count >= minimum:
            found |= reached
        if len(found) > _MAX_OPENINGS:
            raise _TooManyOpeningsError
    return found


def _class(members: list[tuple[Any, Any]]) -> set[str]:
    found: set[str] = set()
    for op, value in members:
        if op is sre.LITERAL:
            found.add(fold(chr(value)))
        elif op is sre.RANGE and value[1] - value[0] < _MAX_CLASS:
            found.update(fold(chr(code)) for code in range(value[0], value[1] + 1))
        elif op is sre.CATEGORY and value in _CATEGORIES:
            found.add(_CATEGORIES[value])
        else:  # a negation, a category such as \w, a wide range
            return {_STOP}
    return found


class OpeningIndex(Generic[T, V]):
    r"""Things keyed by how their patterns' matches can open.

    Give each thing the openings :func:`openings` found for its pattern
    (``None`` for a pattern any text may match); :meth:`candidates` returns
    the things whose pattern may match a text, by the text's first
    :data:`SIZE` characters, in the order given and packed by ``pack`` (once
    per opening, when a text first asks for it).

    Example:
        >>> sources = [r"^reply", r"^re", r"^[0-9]+ likes", r"^.x"]
        >>> patterns = [re.compile(source, re.IGNORECASE) for source in sources]
        >>> index = OpeningIndex([(openings(p), p.pattern) for p in patterns], tuple)
        >>> index.candidates("Reply"), index.candidates("Read on"), index.candidates("12 likes")
        (('^reply', '^re', '^.x'), ('^re', '^.x'), ('^[0-9]+ likes', '^.x'))
    """

    __slots__ = ("_anywhere", "_by_opening", "_default", "_listed", "_pack", "_packed")

    def __init__(
        self,
        things: Iterable[tuple[frozenset[str] | None, T]],
        pack: Callable[[tuple[T, ...]], V],
    ) -> None:
        self._listed = list(things)
        self._anywhere = {place for place, (keys, _) in enumerate(self._listed) if keys is None}
        self._by_opening: dict[str, set[int]] = {}
        for place, (keys, _) in enumerate(self._listed):
            for key in keys or ():
                self._by_opening.setdefault(key, set()).add(place)
        self._default = pack(tuple(self._listed[place][1] for place in sorted(self._anywhere)))
        self._pack = pack
        # The candidates of each opening, packed when a text first asks for them.
        self._packed: dict[str, V | None] = dict.fromkeys(self._by_opening)

    def _brought(self, opening: str) -> tuple[T, ...]:
        """Return the things an opening brings: those of each of its beginnings, in order."""
        by_opening = self._by_opening
        places = self._anywhere.union(
            *(by_opening.get(opening[:cut], ()) for cut in range(1, SIZE + 1))
        )
        return tuple(self._listed[place][1] for place in sorted(places))

    def candidates(self, text: str, key: str | None = None) -> V:
        """Return the packed things whose pattern may match ``text`` (not empty).

        Args:
            text: The text.
            key: ``keys_of(text[:SIZE])``, when the caller has it already.
        """
        if key is None:
            prefix = text[:SIZE]
            # keys_of, inlined for the ASCII texts most calls bring
            key = prefix.lower().translate(_ASCII_KEYS) if prefix.isascii() else keys_of(prefix)
        # The longest opening the key begins with gives the candidates (a key
        # holds SIZE = 3 characters or fewer).
        packed = self._packed
        if key in packed:
            opening = key
        elif key[:2] in packed:
            opening = key[:2]
        elif key[:1] in packed:
            opening = key[:1]
        else:
            return self._default
        found = packed[opening]
        if found is None:
            found = packed[opening] = self._pack(self._brought(opening))
        return found
