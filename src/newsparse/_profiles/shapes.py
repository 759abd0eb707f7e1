r"""The shape of a line: its text with numbers, dates and the page's own title made general.

Two lines of a site's template often differ only where the page fills in a
number, a date or the article's title: "14 comments on TITLE", "© 2012",
"Monday 3 June". A :class:`Shape` keeps the literal text (case-folded, for
comparing) and puts a slot where such a part stood; two lines with the same
shape are the same template line, and :meth:`Shape.pattern` is the anchored,
case-insensitive pattern that matches every line of that shape.

Example:
    >>> shape = shape_of("Posted on Monday, June 4th, 2012 at 9:30 pm")
    >>> shape == shape_of("Posted on Friday, July 13th, 2012 at 10:05 am")
    True
    >>> shape_of("© 2012 Harbour Gazette Ltd").pattern()
    '^© \\d+ Harbour Gazette Ltd$'
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

__all__ = ["Shape", "Slot", "escape", "shape_of"]


class Slot(enum.Enum):
    """A part of a line that the page fills in, and the pattern that matches any value of it."""

    NUMBER = r"\d+"
    ORDINAL = r"\d+(?:st|nd|rd|th)"
    MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    WEEKDAY = r"(?:sun|mon|tues?|wed|thu|fri|sat)[a-z]*\.?"
    MERIDIEM = r"[ap]\.?m\.?"
    TITLE = r".+"
    COUNT = r"(?P<count>\d+)"


# The parts a slot replaces. A month or weekday name is a whole word, full
# or cut short ("Sept.", "Thurs"); a meridiem follows a digit or a space.
# matches "12", "3rd", "June", "Sept.", "Thursday", "pm", "a.m."
_SLOTTED = re.compile(
    r"(?P<ordinal>\d+(?:st|nd|rd|th))(?![^\W\d_])|(?P<number>\d+)"
    r"|\b(?P<month>(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)(?![^\W\d_])"
    r"|\b(?P<weekday>(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?)(?![^\W\d_])"
    r"|(?<=[\d ])(?P<meridiem>[ap]\.?m\.?)(?![^\W\d_])",
    re.IGNORECASE,
)
_SLOT_OF_GROUP = {
    "number": Slot.NUMBER,
    "ordinal": Slot.ORDINAL,
    "month": Slot.MONTH,
    "weekday": Slot.WEEKDAY,
    "meridiem": Slot.MERIDIEM,
}
# The characters a pattern must escape; a space, a quote or a dash stands for itself.
_SPECIAL = re.compile(r"[.^$*+?{}\[\]\\|()]")

#: One part of a shape: literal text, or a slot.
Part = str | Slot


class Shape:
    """A line's text with slots where the page fills in numbers, dates or its title.

    Shapes compare and hash by their case-folded literal parts and slots;
    :attr:`text` keeps the first line seen, as written, for the pattern.

    Attributes:
        parts: Literal text and slots, in order (literal parts as written).
        text: The line the shape was taken from.
    """

    __slots__ = ("_key", "parts", "text")

    def __init__(self, parts: Sequence[Part], text: str) -> None:
        self.parts = tuple(parts)
        self.text = text
        self._key = tuple(part.casefold() if isinstance(part, str) else part for part in parts)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Shape) and self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def __repr__(self) -> str:
        return f"Shape({self.pattern()!r})"

    @property
    def general(self) -> bool:
        """Whether the shape has a slot: other lines than its own have it."""
        return any(isinstance(part, Slot) for part in self.parts)

    def literal(self) -> str:
        """Return the literal text, slots left out."""
        return "".join(part for part in self.parts if isinstance(part, str))

    def pattern(self, *, count: bool = False) -> str:
        r"""Return the anchored pattern that matches every line of this shape.

        Args:
            count: Capture the first number as the named group ``count`` (the
                declared total of a comments heading).

        Example:
            >>> shape_of("12 Comments (add yours)").pattern(count=True)
            '^(?P<count>\\d+) Comments \\(add yours\\)$'
        """
        pieces = []
        for part in self.parts:
            if isinstance(part, str):
                pieces.append(escape(part))
            elif count and part is Slot.NUMBER:
                pieces.append(Slot.COUNT.value)
                count = False
            else:
                pieces.append(part.value)
        return "^" + "".join(pieces) + "$"


def escape(text: str) -> str:
    r"""Escape the characters that mean something in a pattern, and no others.

    Unlike :func:`re.escape`, spaces, quotes and dashes stay as they are, so
    that a pattern reads like the line it matches.

    Example:
        >>> escape("Comments (3) [Add yours] - 1.5 stars")
        'Comments \\(3\\) \\[Add yours\\] - 1\\.5 stars'
    """
    return _SPECIAL.sub(lambda match: "\\" + match.group(), text)


def shape_of(text: str, *, titles: Sequence[str] = ()) -> Shape:
    r"""Return the shape of a line: numbers, dates and any of ``titles`` made slots.

    Args:
        text: A block's cleaned text.
        titles: The page's own title and the like: where one of them stands
            inside ``text`` (not as the whole of it), the shape has a
            :attr:`Slot.TITLE`.

    Example:
        >>> shape_of("3 Responses to “Storm hits the pier”", titles=["Storm hits the pier"])
        Shape('^\\d+ Responses to “.+”$')
    """
    parts: list[Part] = []
    for piece in _split_titles(text, titles):
        if isinstance(piece, Slot):
            parts.append(piece)
            continue
        position = 0
        for match in _SLOTTED.finditer(piece):
            if match.start() > position:
                parts.append(piece[position : match.start()])
            parts.append(_SLOT_OF_GROUP[match.lastgroup or "number"])
            position = match.end()
        if position < len(piece):
            parts.append(piece[position:])
    return Shape(parts, text)


def _split_titles(text: str, titles: Sequence[str]) -> list[str | Slot]:
    """Split ``text`` around the first of ``titles`` that stands inside it."""
    for title in titles:
        if title and title != text:
            start = text.find(title)
            if start >= 0:
                pieces = (text[:start], Slot.TITLE, text[start + len(title) :])
                return [piece for piece in pieces if piece != ""]
    return [text]
