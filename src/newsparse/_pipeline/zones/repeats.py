"""Which title-shaped blocks the page prints twice: a headline is often repeated.

A text dump of a news page prints its headline more than once: as the
article's title and again in a share box, a picture's caption or a second
header printed for small screens. A line of three words or more printed
twice, word for word, is more likely the page's own title than a line
printed once; a shorter one (a section's name, "Health") is as often a menu
item printed at the top and again at the bottom, and counts for nothing.
"""

from __future__ import annotations

from collections import Counter

from newsparse._page import TextBlock

__all__ = ["REPEAT_WORDS", "printed_lines", "repeated"]

#: A repeated title has at least this many words (a menu item has fewer).
REPEAT_WORDS = 3


def printed_lines(blocks: tuple[TextBlock, ...] | list[TextBlock]) -> Counter[str]:
    """Count each line of the page, casefolded, bullets removed.

    Example:
        >>> from newsparse._page import Line
        >>> blocks = [TextBlock((Line.of(n, "Storm hits the town"),)) for n in (1, 3)]
        >>> printed_lines(blocks)["storm hits the town"]
        2
    """
    counts: Counter[str] = Counter()
    for block in blocks:
        for text in block.line_texts:
            counts[text.casefold()] += 1
    return counts


def repeated(block: TextBlock, printed: Counter[str]) -> bool:
    """Tell whether a one-line block of three words or more is printed again on the page.

    Example:
        >>> from newsparse._page import Line
        >>> blocks = [TextBlock((Line.of(n, "Storm hits the town"),)) for n in (1, 3)]
        >>> repeated(blocks[0], printed_lines(blocks))
        True
    """
    return (
        len(block.line_texts) == 1
        and block.text.count(" ") + 1 >= REPEAT_WORDS
        and printed[block.text.casefold()] >= 2
    )
