"""Which characters a line pattern's match can open with: the key of the pattern table.

A ``^``-anchored pattern such as ``^(sign in|log ?in)`` can only match a
text whose first character is one of a few (``s``, ``l``, in either case).
Reading that set off the pattern once lets the pattern table try, for each
text, only the patterns its first character allows. The set is read from
the pattern's syntax tree as Python's :mod:`re` parses it; where the tree
does not tell (a negated class, ``.``, a pattern only the ``regex`` module
reads), the answer is "any character", which is always safe.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any, Generic, TypeVar

# The standard library's regular-expression parser and its opcodes (private
# modules with no type stubs; their shape has held from Python 3.11 to 3.13).
sre_parse: Any = importlib.import_module("re._parser")
sre: Any = importlib.import_module("re._constants")

__all__ = ["DIGIT", "SPACE", "OpenerIndex", "fold", "openers"]

T = TypeVar("T")

#: The key of every decimal digit, and of every space character: ``\d`` and
#: ``\s`` open a match with any of hundreds of characters, keyed as one.
DIGIT, SPACE = "\\d", "\\s"
_CATEGORIES = {
    sre.CATEGORY_DIGIT: DIGIT,
    sre.CATEGORY_UNI_DIGIT: DIGIT,
    sre.CATEGORY_SPACE: SPACE,
    sre.CATEGORY_UNI_SPACE: SPACE,
}

# A character class wider than this counts as "any character".
_MAX_CLASS = 256
_ZERO_WIDTH = frozenset({sre.AT, sre.ASSERT, sre.ASSERT_NOT})
_REPEATS = frozenset({sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT})
_GROUPS = frozenset({sre.SUBPATTERN, sre.ATOMIC_GROUP})


def fold(character: str) -> str:
    """Return the key a text's first character is looked up by.

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


def openers(pattern: re.Pattern[str] | Any) -> frozenset[str] | None:
    r"""Return the keys (see :func:`fold`) of the characters a match of ``pattern`` can open with.

    ``None`` means any character may open a match, or that the pattern can
    match the empty string.

    Example:
        >>> sorted(openers(re.compile(r"^(sign in|log ?in)\b", re.I)))
        ['l', 's']
        >>> sorted(openers(re.compile(r"^[{(]?\s*\d+ comments")))
        ['(', '\\d', '\\s', '{']
        >>> openers(re.compile(r"^[^|]+ \|")) is None
        True
    """
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags & ~re.DEBUG)
    except Exception:  # not re's syntax (a regex-module pattern): anything may open it
        return None
    found, nullable = _openers(tree.data)
    if found is None or nullable:
        return None
    return frozenset(key if key in (DIGIT, SPACE) else fold(key) for key in found)


def _openers(items: Iterable[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """Return the characters parsed items can open with, and whether they can match nothing."""
    found: set[str] = set()
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue
        first, nullable = _item_openers(op, value)
        if first is None:
            return None, False
        found |= first
        if not nullable:
            return found, False
    return found, True


def _item_openers(op: Any, value: Any) -> tuple[set[str] | None, bool]:
    if op is sre.LITERAL:
        return {chr(value)}, False
    if op is sre.IN:
        return _class_openers(value), False
    if op is sre.CATEGORY and value in _CATEGORIES:
        return {_CATEGORIES[value]}, False
    if op in _GROUPS:
        return _openers(value[-1].data)
    if op in _REPEATS:
        minimum, _, body = value
        first, nullable = _openers(body.data)
        return first, nullable or minimum == 0
    if op is sre.BRANCH:
        found: set[str] = set()
        any_nullable = False
        for branch in value[1]:
            first, nullable = _openers(branch.data)
            if first is None:
                return None, False
            found |= first
            any_nullable = any_nullable or nullable
        return found, any_nullable
    return None, False  # ".", a negated literal, a back reference, a conditional


def _class_openers(members: list[tuple[Any, Any]]) -> set[str] | None:
    found: set[str] = set()
    for op, value in members:
        if op is sre.LITERAL:
            found.add(chr(value))
        elif op is sre.RANGE and value[1] - value[0] < _MAX_CLASS:
            found.update(chr(code) for code in range(value[0], value[1] + 1))
        elif op is sre.CATEGORY and value in _CATEGORIES:
            found.add(_CATEGORIES[value])
        else:  # a negation, a category such as \d or \w, a wide range
            return None
    return found


class OpenerIndex(Generic[T]):
    r"""Things keyed by the characters their patterns' matches open with.

    Give each thing the keys :func:`openers` found for its pattern (``None``
    for a pattern that may open with anything); :meth:`candidates` returns,
    in the order given, the things whose pattern may match a text, by the
    text's first character.

    Example:
        >>> sources = [r"^reply", r"^[0-9]+ likes", r"^.x"]
        >>> patterns = [re.compile(source, re.IGNORECASE) for source in sources]
        >>> index = OpenerIndex([(openers(pattern), pattern.pattern) for pattern in patterns])
        >>> index.candidates("Reply"), index.candidates("12 likes")
        (('^reply', '^.x'), ('^[0-9]+ likes', '^.x'))
    """

    __slots__ = ("_by_key", "_default")

    def __init__(self, things: Iterable[tuple[frozenset[str] | None, T]]) -> None:
        listed = list(things)
        anywhere = [place for place, (keys, _) in enumerate(listed) if keys is None]
        places: dict[str, list[int]] = {}
        for place, (keys, _) in enumerate(listed):
            for key in keys or ():
                places.setdefault(key, []).append(place)
        self._by_key = {
            key: tuple(listed[place][1] for place in sorted({*found, *anywhere}))
            for key, found in places.items()
        }
        self._default = tuple(listed[place][1] for place in anywhere)

    def candidates(self, text: str) -> tuple[T, ...]:
        """Return the things whose pattern may match ``text`` (not empty), in their order."""
        return self._by_key.get(fold(text[0]), self._default)
