"""Decoded text as numbered lines, and helpers for spans of them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple, overload

from newsparse._text import clean_inline, has_invisible, is_blank
from newsparse.models import Span

__all__ = ["BULLETS", "Line", "Lines"]

#: Characters that open a list item in text dumps ("  • item").
BULLETS = frozenset("•◦▪▫‣⁃∙·○●■□➢►▸-*")


class Line(NamedTuple):
    """One input line: its 1-based number, raw text, cleaned text and indent."""

    number: int
    raw: str
    text: str
    indent: int

    @property
    def blank(self) -> bool:
        """True when the raw line holds only white space."""
        return not self.text and is_blank(self.raw)

    @property
    def bullet(self) -> str | None:
        """The bullet character that opens the line, if any ("• text")."""
        text = self.text
        if len(text) >= 2 and text[0] in BULLETS and text[1] == " ":
            return text[0]
        if text in BULLETS and text:
            return text
        return None

    @property
    def span(self) -> Span:
        """The one-line span of this line."""
        return Span(start_line=self.number, end_line=self.number)

    @classmethod
    def of(cls, number: int, raw: str) -> Line:
        r"""Return line ``number`` holding ``raw``, its text cleaned and its indent measured.

        Example:
            >>> Line.of(3, "    Ann\u00a0 Lee  ")
            Line(number=3, raw='    Ann\xa0 Lee  ', text='Ann Lee', indent=4)
        """
        return cls(number, raw, clean_inline(raw), _indent_of(raw))


def _indent_of(raw: str) -> int:
    width = len(raw) - len(raw.lstrip())
    if width == len(raw):
        return 0
    if "\t" in raw[:width]:
        return len(raw[:width].expandtabs(4))
    return width


def _plain_lines(raws: list[str]) -> list[Line] | None:
    """Return the lines of a page without tabs or invisible characters, else ``None``.

    This loop runs once per line of every page, so it avoids the work that
    most lines do not need: ``tuple.__new__`` skips NamedTuple's Python-level
    ``__new__``, and a printable line (one without NBSPs, tabs, invisible or
    control characters) is clean once stripped unless it holds "  ".
    """
    make = tuple.__new__
    found = []
    for number, raw in enumerate(raws, start=1):
        if not raw:  # a third of a page's lines, or more
            found.append(make(Line, (number, raw, raw, 0)))
            continue
        body = raw.lstrip()
        if raw.isprintable():
            clean = body.rstrip()
            if "  " in clean:
                clean = " ".join(clean.split())
        elif "\t" in raw:
            return None
        else:
            clean = " ".join(body.split())
            if not clean.isprintable() and has_invisible(clean):
                return None
        found.append(make(Line, (number, raw, clean, len(raw) - len(body))))
    return found


class Lines(Sequence[Line]):
    r"""The lines of a decoded page, numbered as :meth:`str.splitlines` counts them.

    Example:
        >>> lines = Lines.from_text("Title\r\n\n  \u2022 item\u00a0")
        >>> [(line.number, line.text, line.indent) for line in lines]
        [(1, 'Title', 0), (2, '', 0), (3, '• item', 2)]
    """

    __slots__ = ("_lines",)

    def __init__(self, lines: Sequence[Line]) -> None:
        self._lines = tuple(lines)

    @classmethod
    def from_text(cls, text: str) -> Lines:
        """Split ``text`` into numbered lines with their cleaned text."""
        raws = text.splitlines()
        found = _plain_lines(raws)
        if found is None:
            found = [
                Line(number, raw, clean_inline(raw), _indent_of(raw))
                for number, raw in enumerate(raws, start=1)
            ]
        return cls(found)

    @overload
    def __getitem__(self, index: int) -> Line: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Line]: ...
    def __getitem__(self, index: int | slice) -> Line | Sequence[Line]:
        return self._lines[index]

    def __len__(self) -> int:
        return len(self._lines)

    def __iter__(self) -> Iterator[Line]:
        return iter(self._lines)

    def at(self, number: int) -> Line:
        """Return the line with the 1-based ``number``."""
        return self._lines[number - 1]

    def within(self, span: Span) -> tuple[Line, ...]:
        r"""Return the lines inside ``span``.

        Example:
            >>> lines = Lines.from_text("a\nb\nc")
            >>> [line.raw for line in lines.within(Span(start_line=2, end_line=3))]
            ['b', 'c']
        """
        return self._lines[span.start_line - 1 : span.end_line]
