"""A subhead printed on the line above its paragraph, with no blank line between.

A text dump separates paragraphs by blank lines, but some pages put a
section's subhead right above its first paragraph: "What the engineers
found" / "The gaps run along the base …". Joined, the two read as one
sentence that is neither. A body block's first line is a subhead of its own
when

- it is title-shaped: two to ten words, a capital first, no sentence or
  clause mark at its end (``.!?:;,``, a dash, a closing quote), and no word
  that leads on at its end ("in", "the", "and");
- the next line starts a sentence (a capital or an opening quote) and is no
  shorter than the subhead; and
- the break is no wrap: the next line's first word would have fitted on the
  first line within the width the page was wrapped at (nine of its lines in
  ten are no longer).

The block's other lines stay one paragraph; a block with a single line, or
whose first line is a wrapped piece of its text, is left whole.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from newsparse._page import Line, TextBlock

__all__ = ["split_subhead", "wrap_width"]

_MIN_WORDS = 2
_MAX_WORDS = 10
_ENDS = ".!?:;,-–—\"'”’»)"
_OPENS = "\"'“‘«("
# Words a title does not end with: the sentence goes on on the next line.
_GOES_ON = frozenset((
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "as", "that", "this", "his", "her", "its", "their", "our", "is", "was", "are",
))  # fmt: skip


def split_subhead(block: TextBlock, width: int) -> tuple[TextBlock, ...]:
    r"""Return the block as its subhead and its paragraph, when it opens with a subhead.

    ``width`` is the width the page's text was wrapped at.

    Example:
        >>> from newsparse._page import Lines
        >>> block = TextBlock(tuple(Lines.from_text("What we found\nThe gaps run deep, we said.")))
        >>> [part.text for part in split_subhead(block, 80)]
        ['What we found', 'The gaps run deep, we said.']
        >>> wrapped = TextBlock(tuple(Lines.from_text("The gaps run along the\nbase of the wall.")))
        >>> [part.text for part in split_subhead(wrapped, 24)]
        ['The gaps run along the base of the wall.']
    """
    lines = block.lines
    if len(lines) < 2:
        return (block,)
    head, following = lines[0].text, lines[1].text
    words = head.split()
    if not (_MIN_WORDS <= len(words) <= _MAX_WORDS) or not head[0].isupper():
        return (block,)
    if head[-1] in _ENDS or not following or len(following) < len(head):
        return (block,)
    if words[-1] in _GOES_ON:
        return (block,)  # "The council will meet again in" / "June …": a wrapped sentence
    if not (following[0].isupper() or following[0] in _OPENS):
        return (block,)
    first_word = following.split(" ", 1)[0]
    if len(lines[0].raw.rstrip()) + 1 + len(first_word) > width:
        return (block,)  # the line was wrapped there: one paragraph
    return TextBlock(lines[:1]), TextBlock(lines[1:])


def wrap_width(lines: Iterable[Line]) -> int:
    r"""Return the width a page's text was wrapped at: the length nine lines in ten keep to.

    Counted, not sorted (linear); one long line (an address) does not move it.

    Example:
        >>> from newsparse._page import Lines
        >>> wrap_width(Lines.from_text("\n".join(["x" * 10] * 9 + ["y" * 500])))
        10
    """
    counts = Counter(min(len(line.raw.rstrip()), _LONGEST_COUNTED) for line in lines if line.text)
    wanted = (sum(counts.values()) - 1) * 9 // 10
    seen = 0
    for length in sorted(counts):
        seen += counts[length]
        if seen > wanted:
            return length
    return 0


# Lines longer than this count as this long when the wrap width is read.
_LONGEST_COUNTED = 1000
