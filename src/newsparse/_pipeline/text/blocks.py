"""Stage 2: group numbered lines into blocks.

A block is a maximal run of non-blank lines, except that a bulleted line
always starts a block of its own ("  • item" lists have no blank lines
between items in most text dumps).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse._page import BULLET_OPENERS, Line, Lines, TextBlock

__all__ = ["split_blocks"]


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
            elif text[:2] in BULLET_OPENERS:
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
