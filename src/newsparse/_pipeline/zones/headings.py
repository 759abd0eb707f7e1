"""Give a comments heading written inside a block of text a block of its own."""

from __future__ import annotations

from collections.abc import Sequence

from newsparse._page import TextBlock
from newsparse._pipeline.zones.patterns import pattern_table
from newsparse.adapters import Adapter
from newsparse.models import Zone

__all__ = ["split_at_headings"]

# A heading line inside a block is looked for only in lines this short.
_HEADING_LINE_MAX_CHARS = 100
_HEADINGS = frozenset({Zone.COMMENTS_HEADING})


def split_at_headings(blocks: Sequence[TextBlock], adapter: Adapter) -> tuple[TextBlock, ...]:
    r"""Give a comments heading written inside a block of text a block of its own.

    Dumps of dense pages run the heading and the comments under it together
    without a blank line ("Comments (4)" then "Ann — 2012-03-10 21:14" ...).

    Example:
        >>> from newsparse._pipeline.text.blocks import split_blocks
        >>> from newsparse._page import Lines
        >>> from newsparse.adapters import GENERIC
        >>> blocks = split_blocks(Lines.from_text("The end.\nComments (2)\nAnn: Yes."))
        >>> [block.text for block in split_at_headings(blocks, GENERIC)]
        ['The end.', 'Comments (2)', 'Ann: Yes.']
    """
    patterns = pattern_table(adapter)
    result: list[TextBlock] = []
    for block in blocks:
        lines = block.lines
        if len(lines) == 1 or block.bullet is not None:
            result.append(block)
            continue
        start = 0
        for position, line in enumerate(lines):
            text = line.text
            if not text or len(text) > _HEADING_LINE_MAX_CHARS or line.bullet is not None:
                continue
            if patterns.match_in(text, _HEADINGS) is None:
                continue
            if position > start:
                result.append(TextBlock(lines[start:position]))
            result.append(TextBlock(lines[position : position + 1]))
            start = position + 1
        if start == 0:
            result.append(block)
        elif start < len(lines):
            result.append(TextBlock(lines[start:]))
    return tuple(result)
