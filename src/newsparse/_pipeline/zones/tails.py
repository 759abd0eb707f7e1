"""Give lines a text browser printed in one block with others a block of their own.

A title printed right over its byline ("Mayor opens skate park" over
"By Ann Lee") is split from it, so the title is read as a title and the
byline as a byline.

The page's furniture printed right under a paragraph, in its block, is
split from the paragraph too:
a text browser leaves no blank line between a paragraph and the links a
page sets under it when they sit in elements it prints without one: the
article's last paragraph, then "Read more", a list of titles, a share bar,
all in one block. Read as one block, the paragraph scores as no prose, and
the article loses it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse._page import TextBlock
from newsparse._pipeline.zones.neighbours import BYLINE_OPENING

__all__ = ["split_off_tail", "split_title_byline"]

_CLOSERS = "\"'’”)]»›"
_SENTENCE_END = frozenset(".!?…")
# A paragraph's line over the furniture: at least this many words.
_PARAGRAPH_WORDS = 20
# Short lines under it, none a sentence, that make it furniture.
_TAIL_LINES = 3
# A line of the furniture has at most this many words.
_TAIL_WORDS = 10


def split_off_tail(blocks: Sequence[TextBlock]) -> tuple[TextBlock, ...]:
    r"""Split each block whose long paragraph lines stand over a run of short lines.

    The paragraph is the block's opening lines of twenty words or more; the
    furniture is three lines or more right under them, each of ten words
    at most that ends no sentence ("Read more", titles of other articles).

    Example:
        >>> from newsparse._page import Lines
        >>> from newsparse._pipeline.text.blocks import split_blocks
        >>> words = " ".join(["word"] * 20) + "."
        >>> page = f"{words}\nRead more\nOther title one\nOther title two"
        >>> [len(b.lines) for b in split_off_tail(split_blocks(Lines.from_text(page)))]
        [1, 3]
    """
    result: list[TextBlock] = []
    for block in blocks:
        cut = _tail_start(block)
        if cut is None:
            result.append(block)
        else:
            result.extend((TextBlock(block.lines[:cut]), TextBlock(block.lines[cut:])))
    return tuple(result)


def _tail_start(block: TextBlock) -> int | None:
    """Return the position of the first short line under the block's paragraph lines, if any."""
    lines = block.lines
    if len(lines) <= _TAIL_LINES or block.bullet is not None:
        return None
    cut = 0
    while cut < len(lines) and lines[cut].text.count(" ") + 1 >= _PARAGRAPH_WORDS:
        cut += 1
    if cut == 0 or len(lines) - cut < _TAIL_LINES:
        return None
    tail = [line.text for line in lines[cut : cut + _TAIL_LINES]]
    if any(text.count(" ") + 1 > _TAIL_WORDS or _ends_sentence(text) for text in tail):
        return None
    return cut


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS)[-1:] in _SENTENCE_END


# A title over its byline: words of the title line, and characters of the byline.
_TITLE_WORDS = range(3, 15)
_BYLINE_CHARS = 80
# A byline that names its writer: "By Ann Lee", "Posted on May 4 by Ann".
_BY = re.compile(r"\bby\b", re.IGNORECASE)


def split_title_byline(blocks: Sequence[TextBlock]) -> tuple[TextBlock, ...]:
    r"""Split each block of two lines that is a title over its byline.

    The first line has three to fourteen words and ends no sentence; the
    second is short, opens like a byline and names its writer ("By Ann
    Lee"): a name over "Published DATE" is a byline over its date.

    Example:
        >>> from newsparse._page import Lines
        >>> from newsparse._pipeline.text.blocks import split_blocks
        >>> page = "Mayor opens new skate park\nBy Ann Lee"
        >>> [b.text for b in split_title_byline(split_blocks(Lines.from_text(page)))]
        ['Mayor opens new skate park', 'By Ann Lee']
    """
    result: list[TextBlock] = []
    for block in blocks:
        if _title_over_byline(block):
            result.extend(TextBlock((line,)) for line in block.lines)
        else:
            result.append(block)
    return tuple(result)


def _title_over_byline(block: TextBlock) -> bool:
    if len(block.lines) != 2 or block.bullet is not None:
        return False
    title, byline = (line.text for line in block.lines)
    if title.count(" ") + 1 not in _TITLE_WORDS or _ends_sentence(title) or title[-1:] in ",;:":
        return False
    if len(byline) > _BYLINE_CHARS or BYLINE_OPENING.match(byline) is None:
        return False
    return _BY.search(byline) is not None  # a writer, not a date under a name
