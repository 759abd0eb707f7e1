"""Read a commenter's name out of the words around it in a header line.

"by Tamsin Orrell (88102) on", "[avatar] 2. Ann Lee", "Bo → Ann": the name is
what is left once avatar tags, item numbers, "Posted by:", user ids, reply
notes and separators are taken off, if it still reads as a name.
"""

from __future__ import annotations

import re

import regex

from newsparse._lazy import lazy_pattern
from newsparse._pipeline.comments.date_lines import find_date
from newsparse._pipeline.comments.widget_rows import WIDGET_WORDS, names_widget

__all__ = [
    "MAX_AUTHOR_WORDS",
    "REPLYING",
    "author_or_none",
    "clean_author",
    "looks_like_author",
    "name_in",
    "without_badges",
]

#: An author is at most this many words.
MAX_AUTHOR_WORDS = 7

# Text around a header's author: avatar tags, numbers, "Posted by:", separators.
_LEAD = lazy_pattern(
    r"^(?:\[[^\]]{0,40}\]\s*|#?\d{1,5}(?:\.\d{1,3})*[.)]?\s+|comment\s+#\d{1,5}\s*[-–—:|]?\s*|(?:(?:posted|written|submitted|comment(?:ed)?"
    r"|reply|response)\s+)?by:?\s+|(?:posted|submitted|published|commented)(?:\s+on)?:?\s+"
    r"|(?:from|von|par|por|di)\s*:\s*)+",
    re.IGNORECASE,
)
# "Bo replying to a comment by Ann", "Bo → Ann": the reply's author is Bo.
REPLYING = lazy_pattern(
    r"(?:\s+(?:replying|in reply) to (?:a comment from |a comment by )?|\s*[→➔►▸]\s*)\S.{0,40}$",
    re.IGNORECASE,
)
_TRAIL = lazy_pattern(
    r"(?:[\s,|·•–—:(*\-/]|\(\d{1,12}\)"
    r"|\b(?:on|at|le|am|el|il|em|permalink|reply|link|says|said|writes|wrote)\b)+$",
    re.IGNORECASE,
)
# "Ann, Bo", "Great post!": a list or a clause, not one name.
_CLAUSE_MARK = re.compile(r"[,;!?]")
# "Great post. thanks": a sentence; "R. Sandhu", "Mrs. Lee": names.
_SENTENCE_END = regex.compile(r"\.\s+\p{Ll}|\p{Ll}{3}\.$")
_FUNCTION_WORDS = frozenset(
    {"of", "the", "to", "in", "for", "and", "as", "by", "from", "since", "until", "a", "is"}
)


def clean_author(text: str) -> str | None:
    """Clean the words before a date or "says" into an author name, or ``None``.

    Example:
        >>> clean_author("by Tamsin Orrell (88102) on"), clean_author("Reply")
        ('Tamsin Orrell', None)
    """
    return author_or_none(name_in(REPLYING().sub("", text.strip())))


def name_in(text: str) -> str:
    """Return ``text`` without the avatar tags, numbers and separators around a name.

    Example:
        >>> name_in("[avatar] 1.1. Ann Lee on")
        'Ann Lee'
    """
    return _TRAIL().sub("", _LEAD().sub("", text)).strip()


def author_or_none(name: str) -> str | None:
    """Return ``name`` when it can be a commenter's, else ``None``.

    Example:
        >>> author_or_none("Ann Lee"), author_or_none("Ann Lee's")
        ('Ann Lee', None)
    """
    if name.endswith(("'s", "’s")):  # "Ann's comment", never an author line
        return None
    if not looks_like_author(name):
        return None
    return without_badges(name)


# "Ann Lee · Verified", "Ann | Leeds": what follows the first dot or bar is about the writer.
_PARTS = re.compile(r"\s+[·•|]\s+")
# "Bo Tran [Author]": a short note in square brackets closing the name (a link or a
# badge; round brackets hold a handle or a blog's name as often, and stay).
_BRACKETED = re.compile(r"\s*\[[^\]]{1,24}\]$")
# The badges comment widgets print after a name with no mark around them ("Ann Lee Mod").
_BADGES = frozenset(
    {"mod", "moderator", "admin", "administrator", "author", "staff", "editor", "verified", "op"}
)


def without_badges(name: str) -> str:
    """Return ``name`` without what a widget prints after it: parts, a bracketed note, a badge.

    The name was judged whole (a line is a header by the whole of it); only
    the name it gives is trimmed, and never to nothing.

    Example:
        >>> without_badges("jo_b · Verified"), without_badges("Bo Tran [Author]")
        ('jo_b', 'Bo Tran')
        >>> without_badges("Ann Lee Mod"), without_badges("Mod")
        ('Ann Lee', 'Mod')
    """
    trimmed = _BRACKETED.sub("", _PARTS.split(name, maxsplit=1)[0])
    words = trimmed.split()
    while len(words) > 1 and words[-1].lower() in _BADGES:
        words.pop()
    trimmed = " ".join(words)
    return trimmed if trimmed and looks_like_author(trimmed) else name


def looks_like_author(name: str) -> bool:
    """Tell whether ``name`` can be a commenter's name or handle.

    Example:
        >>> looks_like_author("Ann Lee"), looks_like_author("Reply"), looks_like_author("12")
        (True, False, False)
        >>> looks_like_author("Reply · Like · Follow Post")
        False
    """
    if not name or len(name) > 60 or not (name[0].isalnum() or name[0] in "@["):
        return False
    words = name.split()
    if len(words) > MAX_AUTHOR_WORDS or name.lower() in WIDGET_WORDS:
        return False
    if names_widget(name):
        return False
    if not any(character.isalpha() for character in name):
        return False
    if _CLAUSE_MARK.search(name) is not None or words[-1].lower() in _FUNCTION_WORDS:
        return False
    # Most names hold no full stop; the search for a sentence end tries every position.
    if "." in name and _SENTENCE_END.search(name) is not None:
        return False
    return find_date(name) is None
