"""Stage 2: group numbered lines into blocks.

A block is a maximal run of non-blank lines, except that a bulleted line
always starts a block of its own ("  • item" lists have no blank lines
between items in most text dumps).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.comment_headers import MAX_HEADER_CHARS, Header, read_header
from newsparse.lines import BULLETS, Line, Lines
from newsparse.models import trusted_span

__all__ = ["TextBlock", "split_blocks"]


class TextBlock:
    r"""A run of consecutive non-blank lines, with its cleaned text worked out once.

    Attributes:
        lines: The block's lines.
        line_texts: The cleaned text of each line, bullet removed from the
            first, empty ones dropped.
        text: The cleaned lines joined with one space.

    Example:
        >>> block = split_blocks(Lines.from_text("  • One\n    two"))[0]
        >>> (block.text, block.bullet, block.indent)
        ('One two', '•', 2)
    """

    __slots__ = ("_headers", "bullet", "line_texts", "lines", "span", "text")

    def __init__(self, lines: tuple[Line, ...]) -> None:
        head = lines[0]
        self.lines = lines
        self._headers: dict[int, Header | None] = {}
        self.span = trusted_span(head.number, lines[-1].number)
        first = head.text
        if first[:2] in _BULLET_OPENERS:  # as Line.bullet, without the call
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

    def header_at(self, position: int) -> Header | None:
        """The comment header that ``line_texts[position]`` reads as, if any.

        Each line is read once: the zone rules and the comment stage ask for
        the same lines.
        """
        headers = self._headers
        if position not in headers:
            headers[position] = read_header(self.line_texts[position])
        return headers[position]

    @property
    def header(self) -> Header | None:
        r"""The comment header the block opens with ("Ann says:"), if any.

        A header opens its block, or follows an avatar or a number line.

        Example:
            >>> split_blocks(Lines.from_text("[avatar]\nAnn says:\nHi."))[0].header.author
            'Ann'
        """
        for position, text in enumerate(self.line_texts[:3]):
            if len(text) <= MAX_HEADER_CHARS:
                header = self.header_at(position)
                if header is not None:
                    return header
        return None


# What a line's cleaned text opens with when Line.bullet is set: "• text" or "•".
_BULLET_OPENERS = frozenset(BULLETS | {f"{bullet} " for bullet in BULLETS})


def split_blocks(lines: Sequence[Line] | Lines) -> tuple[TextBlock, ...]:
    r"""Group lines into blocks: maximal runs of non-blank lines.

    Example:
        >>> [b.span for b in split_blocks(Lines.from_text("Title\n\nOne\n  two"))]
        [Span(start_line=1, end_line=1), Span(start_line=3, end_line=4)]
    """
    rows = tuple(lines)
    blocks: list[TextBlock] = []
    start = -1  # where the current block began, or -1 between blocks
    # Line.blank and Line.bullet are inlined: this loop runs once per line.
    for index, line in enumerate(rows):
        text = line.text
        if text:
            if start < 0:
                start = index
            elif text[:2] in _BULLET_OPENERS:
                blocks.append(TextBlock(rows[start:index]))
                start = index
        elif not line.raw or line.raw.isspace():
            if start >= 0:
                blocks.append(TextBlock(rows[start:index]))
                start = -1
        elif start >= 0:
            # A line of only zero-width characters reads as a blank line, but
            # it is not blank: it ends the block and stays inside its span.
            blocks.append(TextBlock(rows[start : index + 1]))
            start = -1
        else:
            start = index
    if start >= 0:
        blocks.append(TextBlock(rows[start:]))
    return tuple(blocks)
