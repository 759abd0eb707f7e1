"""Give a comments heading written inside a block of text a block of its own.

A post's signature that ends the block right above the thread's heading
("Cheers, Ann" over "Posted by Ann at 9:22 AM", then "2 comments:") gets
one too, so the lines above it can be the post's while it is a byline.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse._page import TextBlock
from newsparse._pipeline.zones.ends import SIGNATURE_TRAILING_LINES, is_signature_line
from newsparse._pipeline.zones.patterns import pattern_table
from newsparse._pipeline.zones.shapes import PICTURE_LINE, is_sentence_line, prose_words
from newsparse.adapters import Adapter
from newsparse.models import Zone

__all__ = ["split_at_headings", "split_at_signature"]

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


def split_at_signature(blocks: Sequence[TextBlock], adapter: Adapter) -> tuple[TextBlock, ...]:
    r"""Give a post's signature that ends a block over the thread's heading a block of its own.

    The block is the last one before the page's first comments heading
    (pictures' names aside); its last line with a letter or digit, or
    one over up to two short lines that read as no sentence (a share
    bar), opens like a byline ("Posted by Ann at 9:22 AM") and is short,
    and lines stand above it ("Cheers," "Ann"). The signature and what follows it
    in the block (a rule drawn under it) become the new block. A block
    that reads as prose with its signature is left whole: it is the
    article's already. A comment's trailer of the same shape stands
    under the heading, not over it.

    Example:
        >>> from newsparse._pipeline.text.blocks import split_blocks
        >>> from newsparse._page import Lines
        >>> from newsparse.adapters import GENERIC
        >>> page = "We met.\n\nCheers,\nAnn\nPosted by Ann at 9:22 AM\n\n2 comments:"
        >>> [b.text for b in split_at_signature(split_blocks(Lines.from_text(page)), GENERIC)]
        ['We met.', 'Cheers, Ann', 'Posted by Ann at 9:22 AM', '2 comments:']
    """
    patterns = pattern_table(adapter)
    heading = next(
        (
            index
            for index, block in enumerate(blocks)
            if len(block.lines) == 1 and patterns.match_in(block.text, _HEADINGS) is not None
        ),
        None,
    )
    if heading is None:
        return tuple(blocks)
    above = heading - 1
    while above >= 0 and PICTURE_LINE.match(blocks[above].text):
        above -= 1
    cut = _signature_line(blocks[above]) if above >= 0 else None
    if cut is None or prose_words(blocks[above]):
        return tuple(blocks)
    lines = blocks[above].lines
    parts = (TextBlock(lines[:cut]), TextBlock(lines[cut:]))
    return (*blocks[:above], *parts, *blocks[above + 1 :])


def _signature_line(block: TextBlock) -> int | None:
    """Return the position of the signature that ends the block under other lines, if any."""
    lines = block.lines
    if len(lines) == 1 or block.bullet is not None:
        return None
    trailing = 0
    for position in range(len(lines) - 1, 0, -1):
        text = lines[position].text
        if not any(character.isalnum() for character in text):
            continue
        if is_signature_line(text):
            return position
        trailing += 1
        if trailing > SIGNATURE_TRAILING_LINES or is_sentence_line(text):
            return None
    return None
