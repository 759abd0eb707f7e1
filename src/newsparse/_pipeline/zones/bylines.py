"""Who signed the article: the name a byline gives, and a line that is a name alone."""

from __future__ import annotations

import re

from newsparse._page import TextBlock

__all__ = ["byline_name", "is_name_line", "signed_name"]

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
    # "Ann Lee" (or "Ann Lee Weather correspondent") over "5 May 2018": a name over the date.
    return next((name for text in block.line_texts if (name := signed_name(text))), None)


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


def signed_name(text: str) -> str | None:
    """Return the name a signature line gives: a name alone, or a name and the writer's post.

    "Ann Lee", "Ann Lee Weather correspondent" (a capital first, then
    words in small letters), "Ann Lee in Porthaven".

    Example:
        >>> [signed_name(text) for text in ("Ann Lee", "Ann Lee Senior political editor",
        ...                                 "Ann Lee in Porthaven", "Share this story")]
        ['Ann Lee', 'Ann Lee', 'Ann Lee', None]
    """
    if is_name_line(text):
        return text
    words = text.split()
    if len(text) > _SIGNATURE_CHARS or len(words) < _NAME_WORDS[0] + 1:
        return None
    small = next((at for at, word in enumerate(words) if not word[0].isupper()), None)
    if small is None or small < _NAME_WORDS[0]:
        return None
    if words[small] in _PLACE_WORDS:  # "Ann Lee in Porthaven"
        name, rest = words[:small], words[small + 1 :]
        post = bool(rest) and all(word[0].isupper() for word in rest)
    else:  # "Ann Lee Weather correspondent": the post's first word is the last capitalised
        name, rest = words[: small - 1], words[small:]
        post = len(rest) <= _POST_WORDS and all(word.isalpha() and word.islower() for word in rest)
    joined = " ".join(name)
    return joined if post and is_name_line(joined) else None


# A signature line with the writer's post fits in this many characters; the post's
# words in small letters; the words that put a writer somewhere.
_SIGNATURE_CHARS = 80
_POST_WORDS = 3
_PLACE_WORDS = frozenset(("in", "at"))
