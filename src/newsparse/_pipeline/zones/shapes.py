"""The shape of a block's text: what the body and headline rules read from a text page.

A text dump gives no markup, only shape: how long each line is, how it ends,
whether the page prints the same line elsewhere. A paragraph is one long
line (or several, when the page breaks it), ending like a sentence; a link
list, a menu or a footer is a run of short lines that do not; a picture's
caption printed twice, or a teaser whose title the page repeats, is text
the article does not hold once.
"""

from __future__ import annotations

import re

from newsparse._dates import find_datetime
from newsparse._page import TextBlock, is_prose

__all__ = ["PICTURE_LINE", "is_link_row", "is_sentence_line", "prose_words"]

# Characters that end a sentence, and what may close one after its end.
_SENTENCE_END = frozenset(".!?…:")
_CLOSERS = "\"'’”)]»›"
# Words that make a line read as running text whatever its end.
_LONG_LINE_WORDS = 8
# Every date the date reader finds holds a digit.
_DIGIT = re.compile(r"\d")
# What opens an item of a list inside a block, as a text browser prints nested lists.
_ITEM_MARKS = frozenset(f"{mark} " for mark in "•◦▪▫‣⁃∙·○●■□☆★◆◇➢►▸-*")
# A line with a date and fewer words than this is an item of a list or a byline.
_DATED_ITEM_WORDS = 15
# A line this long printed twice in one block makes it a dump of data.
_REPEATED_LINE_CHARS = 20
# Lines from which a block is read line by line.
_LISTED_LINES = 3
#: matches "[photo]", "[logo] [INS::INS]": pictures, neither sentence nor list item
PICTURE_LINE = re.compile(r"^(?:\[[^\]]{0,60}\]\s*)+$")
# Three spaces or more between words: links printed side by side.
_GAP = re.compile(r"\S {3,}\S")
# A form box or a button, whose spaces are no gap: "[          ]", "[ Search ]".
_BOX = re.compile(r"\[[^\]]*\]")


def is_sentence_line(text: str) -> bool:
    """Tell whether one line of a block reads as running text.

    It does when it holds eight words or more, or four or more and ends like
    a sentence; a name, a date, a menu item, a link title, a dated item of a
    list (fewer than fifteen words and a date) or an item opening with a
    list mark ("☆ Title of a post") that ends like no sentence does not.

    Example:
        >>> [is_sentence_line(t) for t in ("Archives", "It rained all day.", "Ann Lee")]
        [False, True, False]
        >>> is_sentence_line("Silver dollar pumpkin pancakes for a cold morning Oct 29, 2012")
        False
    """
    words = text.count(" ") + 1
    if words < _DATED_ITEM_WORDS and _DIGIT.search(text) and find_datetime(text) is not None:
        return False  # a dated item of a list: "Pumpkin pancakes Oct 29, 2012"
    ends_sentence = text.rstrip(_CLOSERS)[-1:] in _SENTENCE_END
    if text[:2] in _ITEM_MARKS:
        return ends_sentence and words >= 4  # an item of a list: "☆ Title of a post"
    if words >= _LONG_LINE_WORDS:
        return True
    return words >= 4 and ends_sentence


def _titles_only(texts: tuple[str, ...]) -> bool:
    """Tell whether three lines or more are a list of titles: none ends like a sentence."""
    return len(texts) >= _LISTED_LINES and not any(
        text.rstrip(_CLOSERS)[-1:] in _SENTENCE_END for text in texts
    )


def prose_words(block: TextBlock) -> int:
    """Return the words of running text in a block: 0 when it is no prose.

    A block of one or two lines is prose as :func:`~newsparse._page.is_prose`
    reads it. A longer block is read line by line: when most of its lines
    are short and end like no sentence (a link list, a menu, an address,
    a metadata dump), or when three lines or more end like no sentence
    however long (titles of other articles), it is a list, not prose;
    otherwise its words are those of its sentence lines. A block that
    prints a line twice (a picture's caption under the picture and in it;
    the page's metadata with its title over and over) is no prose.

    Example:
        >>> from newsparse._page import Line
        >>> def block(*texts):
        ...     return TextBlock(tuple(Line.of(n, t) for n, t in enumerate(texts, 1)))
        >>> prose_words(block("It rained all day long in the town."))
        8
        >>> prose_words(block("Home", "News", "Sport", "Contact", "A long line of many words"))
        0
    """
    texts = block.line_texts
    if len(texts) == 2 and texts[0] == texts[1]:
        return 0
    if not is_prose(block):
        return 0
    if len(texts) < _LISTED_LINES:
        return block.text.count(" ") + 1
    texts = tuple(text for text in texts if not PICTURE_LINE.match(text))
    long_lines = [text for text in texts if len(text) >= _REPEATED_LINE_CHARS]
    if len(set(long_lines)) < len(long_lines):
        return 0  # a line printed twice: a dump of the page's data, not a paragraph
    sentences = [text for text in texts if is_sentence_line(text)]
    if 2 * len(sentences) < len(texts) or _titles_only(texts):
        return 0
    return sum(text.count(" ") + 1 for text in sentences)


def is_link_row(block: TextBlock) -> bool:
    """Tell whether a line of the block holds links set apart by gaps ("Home   News   About").

    Example:
        >>> from newsparse._page import Line
        >>> [is_link_row(TextBlock((Line.of(1, text),)))
        ...  for text in ("Home   News   About", "[          ] [Search]")]
        [True, False]
    """
    return any(
        _GAP.search(_BOX.sub("[]", line.raw.strip())) is not None
        for line in block.lines
        if "   " in line.raw.strip()
    )
