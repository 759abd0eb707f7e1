"""Lists inside the article: the items a line ending in a colon announces.

A text dump prints an article's list (offers, steps, reasons) one bulleted
item a line, and the body rule reads each item as a short block that is no
prose, so the article ended above its own list. A line that ends with a
colon ("Three things to pack:") announces what follows; items of many
words under it are the article's. A related-story list has short items
(titles), so it stays out even under "More stories:".
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse._page import TextBlock
from newsparse.adapters import Label

__all__ = ["announced_items"]

# Words an announced list's items average, at least: a list of titles has fewer.
_ITEM_WORDS = 10


def announced_items(
    blocks: Sequence[TextBlock], labels: Sequence[Label | None], start: int, stop: int
) -> dict[int, int]:
    """Return the blocks in ``[start, stop)`` that are items of an announced list, with their words.

    The items are bulleted blocks printed on consecutive lines, right under
    an unlabelled block ending with a colon; they count when they average
    ten words or more.

    Example:
        >>> from newsparse._page import Line
        >>> def block(number, text):
        ...     return TextBlock((Line.of(number, text),))
        >>> item = "  • A flask of tea, a warm coat and a map of the hills for the walk"
        >>> blocks = [block(1, "What to bring:"), block(3, item), block(4, item)]
        >>> announced_items(blocks, [None] * 3, 0, 3)
        {1: 16, 2: 16}
    """
    found: dict[int, int] = {}
    index = start + 1
    while index < stop:
        if labels[index - 1] is not None or not blocks[index - 1].text.endswith(":"):
            index += 1
            continue
        items = _items_from(blocks, labels, index, stop)
        words = [blocks[item].text.count(" ") + 1 for item in items]
        if items and sum(words) >= _ITEM_WORDS * len(items):
            found.update(zip(items, words, strict=True))
        index += max(len(items), 1)
    return found


def _items_from(
    blocks: Sequence[TextBlock], labels: Sequence[Label | None], first: int, stop: int
) -> list[int]:
    """Return the bulleted blocks from ``first`` on, each on the line after the one before."""
    items: list[int] = []
    for index in range(first, stop):
        block = blocks[index]
        if labels[index] is not None or any(line.bullet is None for line in block.lines):
            break
        if items and blocks[items[-1]].span.end_line + 1 != block.span.start_line:
            break
        items.append(index)
    return items
