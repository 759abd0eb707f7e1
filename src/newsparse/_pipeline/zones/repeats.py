"""Which title-shaped blocks the page prints twice: a headline is often repeated.

A text dump of a news page prints its headline more than once: as the
article's title and again in a share box, a picture's caption or a second
header printed for small screens. A line of three words or more printed
twice, word for word, is more likely the page's own title than a line
printed once; a shorter one (a section's name, "Health") is as often a menu
item printed at the top and again at the bottom, and counts for nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from newsparse._page import TextBlock

__all__ = ["REPEAT_WORDS", "printed_twice", "quoted_elsewhere"]

#: A repeated title has at least this many words (a menu item has fewer).
REPEAT_WORDS = 3


def printed_twice(blocks: Sequence[TextBlock], candidates: Iterable[int]) -> set[int]:
    """Return the candidate blocks (one line, three words or more) whose line the page prints twice.

    Lines are compared in small letters, bullets removed.

    Example:
        >>> from newsparse._page import Line
        >>> texts = ("Storm hits the town", "Menu", "Storm hits the town", "Menu")
        >>> blocks = [TextBlock((Line.of(n, text),)) for n, text in enumerate(texts, 1)]
        >>> sorted(printed_twice(blocks, range(4)))
        [0, 2]
    """
    wanted: dict[str, list[int]] = {}
    for index in candidates:
        block = blocks[index]
        if len(block.line_texts) == 1 and block.text.count(" ") + 1 >= REPEAT_WORDS:
            wanted.setdefault(block.text.casefold(), []).append(index)
    if not wanted:
        return set()
    sizes = {len(text) for text in wanted}
    counts: Counter[str] = Counter()
    for block in blocks:
        for text in block.line_texts:
            if len(text) in sizes and (folded := text.casefold()) in wanted:
                counts[folded] += 1
    return {index for text, count in counts.items() if count >= 2 for index in wanted[text]}


# Words between a pair of quotation marks, on one line: “Title”, "Title", ‘Title’, «Title».
_QUOTED = re.compile(r"“([^“”\n]+)”|\"([^\"\n]+)\"|‘([^‘’\n]+)’|«([^«»\n]+)»|„([^„“\n]+)“")


def quoted_elsewhere(blocks: Sequence[TextBlock], candidates: Iterable[int]) -> set[int]:
    """Return the candidate blocks (one line, two words or more) that another line quotes.

    A blog's comment heading names the post it is under ("12 thoughts on
    “Title”"), and so does a "Leave a reply" form or a link back: a line
    that some other line of the page puts in quotation marks is more likely
    the page's own title.

    Example:
        >>> from newsparse._page import Line
        >>> texts = ("Storm hits the town", "A line", "3 thoughts on “Storm hits the town”")
        >>> blocks = [TextBlock((Line.of(n, text),)) for n, text in enumerate(texts, 1)]
        >>> sorted(quoted_elsewhere(blocks, range(2)))
        [0]
    """
    wanted: dict[str, list[int]] = {}
    for index in candidates:
        block = blocks[index]
        if len(block.line_texts) == 1 and " " in block.text:
            wanted.setdefault(block.text.casefold(), []).append(index)
    if not wanted:
        return set()
    found: set[int] = set()
    # One search over all the lines joined: no quotation holds a newline, so the
    # matches are those of each line, and most lines hold no quotation mark.
    page = "\n".join([text for block in blocks for text in block.line_texts])
    for match in _QUOTED.finditer(page):
        quoted = next(group for group in match.groups() if group is not None)
        found.update(wanted.get(quoted.strip().casefold(), ()))
    return found
