"""Stage 2: group numbered lines into blocks.

A block is a maximal run of non-blank lines, except that a bulleted line
always starts a block of its own ("  • item" lists have no blank lines
between items in most text dumps).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse.lines import Line, Lines
from newsparse.models import Span

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

    __slots__ = ("bullet", "line_texts", "lines", "span", "text")

    def __init__(self, lines: tuple[Line, ...]) -> None:
        self.lines = lines
        self.span = Span(start_line=lines[0].number, end_line=lines[-1].number)
        self.bullet = lines[0].bullet
        texts = [line.text for line in lines]
        if self.bullet is not None:
            texts[0] = texts[0][1:].lstrip()
        self.line_texts = tuple(text for text in texts if text)
        self.text = " ".join(self.line_texts)

    def __repr__(self) -> str:
        return f"TextBlock({self.span.start_line}-{self.span.end_line}: {self.text[:40]!r})"

    @property
    def indent(self) -> int:
        """The indent of the block's first line."""
        return self.lines[0].indent


def split_blocks(lines: Sequence[Line] | Lines) -> tuple[TextBlock, ...]:
    r"""Group lines into blocks: maximal runs of non-blank lines.

    Example:
        >>> [b.span for b in split_blocks(Lines.from_text("Title\n\nOne\n  two"))]
        [Span(start_line=1, end_line=1), Span(start_line=3, end_line=4)]
    """
    blocks: list[TextBlock] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                blocks.append(TextBlock(tuple(current)))
                current = []
            continue
        if not line.text and current:
            # A line of only zero-width characters reads as a blank line, but
            # it is not blank: it ends the block and stays inside its span.
            current.append(line)
            blocks.append(TextBlock(tuple(current)))
            current = []
            continue
        if current and line.bullet is not None:
            blocks.append(TextBlock(tuple(current)))
            current = []
        current.append(line)
    if current:
        blocks.append(TextBlock(tuple(current)))
    return tuple(blocks)
