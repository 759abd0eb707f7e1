"""Who signed the article: the name a byline gives, and a line that is a name alone."""

from __future__ import annotations

import re

from newsparse._page import TextBlock

__all__ = ["byline_name", "is_name_line"]

# matches "By Jane Doe, Science Correspondent", "Posted by jo | 4 May 2012"; and takes
# the name alone from "Posted on 4 May 2012 by jo", "by jo · 4 May 2012", and from
# "Posted by jo at 9:12 PM" or "Posted by jo in Recipes" too
_BY = re.compile(
    r"^(?:(?:posted|published|written)(?: on [^|·•]{1,40}?)? )?by\s+(?P<name>[^|·•–—]+?)"
    r"(?:\s+(?:on|at|in)\s+\S.*?)?\s*(?:[|·•–—].*)?$",
    re.IGNORECASE,
)


def byline_name(block: TextBlock) -> str | None:
    """Return the name a byline block gives ("By Ann Lee"), from its first line that gives one.

    Example:
        >>> from newsparse._page import Line
        >>> byline_name(TextBlock((Line.of(1, "Posted on 4 May 2012 by Ann Lee"),)))
        'Ann Lee'
    """
    if len(block.lines) == 1:
        match = _BY.match(block.text)
        return None if match is None else match.group("name")
    for text in block.line_texts:
        if (match := _BY.match(text)) is not None:
            return match.group("name")
    # "Ann Lee" over "5 May 2018": a name alone over the date.
    return next((text for text in block.line_texts if is_name_line(text)), None)


def is_name_line(text: str) -> bool:
    """Tell whether a line is a person's name alone: two to four capitalised words.

    Example:
        >>> [is_name_line(text) for text in ("Ann Lee", "Mary-Jo O'Neill", "Share this", "ANN")]
        [True, True, False, False]
    """
    words = text.split()
    return (
        _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]
        and len(text) <= _NAME_CHARS
        and all(word[0].isupper() and word.translate(_NAME_MARKS).isalpha() for word in words)
    )


# A name alone has two to four words and fits in this many characters; marks inside its words.
_NAME_WORDS = (2, 4)
_NAME_CHARS = 40
_NAME_MARKS = str.maketrans("", "", "'’.-")
