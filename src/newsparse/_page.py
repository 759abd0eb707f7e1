"""The records every stage and adapter sees: a page's numbered lines and its blocks.

A :class:`Line` is one input line with its cleaned text; :class:`Lines`
numbers them as :meth:`str.splitlines` does; a :class:`TextBlock` is a run of
consecutive non-blank lines (see :func:`newsparse._pipeline.text.split_blocks`).
The small text helpers they are built with live here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple, overload

from newsparse.models import Span
from newsparse.models._trusted import trusted_span

__all__ = [
    "BULLETS",
    "BULLET_OPENERS",
    "Line",
    "Lines",
    "TextBlock",
    "clean_inline",
    "has_invisible",
    "is_blank",
    "is_prose",
]

# Characters that print as nothing: zero-width space/joiners, word joiner,
# BOM, soft hyphen, and the C0/C1 controls that are not white space.
# (The standard library's engine scans a character class faster than regex's.)
_INVISIBLE_CLASS = r"[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]"
_INVISIBLE = re.compile(_INVISIBLE_CLASS + "+")
# Looking for one character is three times faster than for a run of them.
_ANY_INVISIBLE = re.compile(_INVISIBLE_CLASS)


def has_invisible(text: str) -> bool:
    r"""Tell whether ``text`` holds characters that print as nothing.

    Example:
        >>> has_invisible("A\u200bB"), has_invisible("A B")
        (True, False)
    """
    return _ANY_INVISIBLE.search(text) is not None


def clean_inline(text: str, *, invisible: bool = True) -> str:
    r"""Return ``text`` with invisible characters gone and spaces collapsed.

    Args:
        text: One line of text.
        invisible: False when the caller knows ``text`` holds no invisible
            characters, which saves a scan.

    Example:
        >>> clean_inline("  A\u00a0 B\u200bC  ")
        'A BC'
    """
    if invisible and _INVISIBLE.search(text) is not None:
        text = _INVISIBLE.sub("", text)
    # str.split() splits on every Unicode space (NBSP and the other Zs included).
    return " ".join(text.split())


def is_blank(line: str) -> bool:
    r"""Tell whether a line holds only white space (NBSPs included).

    A line holding only zero-width or control characters is *not* blank: it
    is kept in some block so that nothing on the page goes unaccounted for.

    Example:
        >>> is_blank(" \u00a0 "), is_blank("\u200b")
        (True, False)
    """
    return not line or line.isspace()


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
    found: list[Line] = []
    add = found.append
    for number, raw in enumerate(raws, start=1):
        if not raw:  # a third of a page's lines, or more
            add(make(Line, (number, raw, raw, 0)))
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
        add(make(Line, (number, raw, clean, len(raw) - len(body))))
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


class TextBlock:
    r"""A run of consecutive non-blank lines, with its cleaned text worked out once.

    Attributes:
        lines: The block's lines.
        line_texts: The cleaned text of each line, bullet removed from the
            first, empty ones dropped.
        text: The cleaned lines joined with one space.

    Example:
        >>> block = TextBlock(tuple(Lines.from_text("  • One\n    two")))
        >>> (block.text, block.bullet, block.indent)
        ('One two', '•', 2)
    """

    __slots__ = ("bullet", "line_texts", "lines", "span", "text")

    def __init__(self, lines: tuple[Line, ...]) -> None:
        head = lines[0]
        self.lines = lines
        self.span = trusted_span(head.number, lines[-1].number)
        first = head.text
        if first[:2] in BULLET_OPENERS:  # as Line.bullet, without the call
            self.bullet: str | None = first[0]
            first = first[1:].lstrip()
        else:
            self.bullet = None
        if len(lines) == 1:  # most blocks: a paragraph or a widget on one line
            self.line_texts: tuple[str, ...] = (first,) if first else ()
            self.text = first
            return
        texts = [first, *(line.text for line in lines[1:])]
        self.line_texts = tuple(text for text in texts if text)
        self.text = " ".join(self.line_texts)

    def __repr__(self) -> str:
        return f"TextBlock({self.span.start_line}-{self.span.end_line}: {self.text[:40]!r})"

    @property
    def indent(self) -> int:
        """The indent of the block's first line."""
        return self.lines[0].indent


# What a line's cleaned text opens with when Line.bullet is set: "• text" or "•".
BULLET_OPENERS = frozenset(BULLETS | {f"{bullet} " for bullet in BULLETS})


_SENTENCE_END = frozenset(".!?…:")
_CLOSERS = "\"'’”)]»›"


def is_prose(block: TextBlock) -> bool:
    r"""Tell whether a block reads as running text rather than a title or a label.

    Prose ends like a sentence (closing marks aside) and has four words or
    more, or is very long. A headline that ends in a quotation,
    "Chief: ‘we will not stop’", is not prose.

    Example:
        >>> texts = ["Big news", "It rained all day long."]
        >>> [is_prose(TextBlock((Line.of(1, text),))) for text in texts]
        [False, True]
    """
    text = block.text.rstrip(_CLOSERS)
    words = text.count(" ") + 1
    if words >= 30:
        return True
    return words >= 4 and text[-1:] in _SENTENCE_END
