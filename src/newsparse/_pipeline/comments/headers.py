"""Recognise the lines that introduce or close a reader comment.

A comment header names the commenter, the time, or both: "Ann says:",
"Ann Lee on 4 June 2019 at 10:15 said:", "[a1b2] ann July 7, 2012 at
12:27 am", "Posted by: Ann | March 05, 2012 at 10:02 AM", "by Ann on
November 13, 2010 at 11:42 pm. Reply #", or a date line alone under an
author line. :func:`read_header` reads one cleaned line; it is cheap to
fail on ordinary text because a header is short and holds a date or a
"says" word.
"""

from __future__ import annotations

import contextlib
import enum
import re
from collections.abc import Iterator
from contextvars import ContextVar
from typing import NamedTuple

from newsparse._lazy import lazy_pattern
from newsparse._page import TextBlock
from newsparse._pipeline.comments.authors import (
    MAX_AUTHOR_WORDS,
    REPLYING,
    author_or_none,
    clean_author,
    looks_like_author,
    name_in,
)
from newsparse._pipeline.comments.date_lines import DateFound, find_date, may_hold_date

__all__ = [
    "MAX_HEADER_CHARS",
    "Header",
    "HeaderKind",
    "block_header",
    "clean_author",
    "looks_like_author",
    "read_header",
    "remembered_headers",
]

#: Lines longer than this are never headers.
MAX_HEADER_CHARS = 120


class HeaderKind(enum.Enum):
    """What a header line says about where a comment starts."""

    #: "Ann says:", "Ann said...": always opens the comment that follows.
    OPENS = "opens"
    #: An author and a date on one line: opens or closes, by page layout.
    DATED = "dated"
    #: A date alone: completes the header next to it.
    DATE = "date"


class Header(NamedTuple):
    """A header line read into its parts."""

    kind: HeaderKind
    author: str | None
    posted_text: str | None


_SAYS_WORDS = (
    r"says|said|wrote|writes|commented|replied|a dit|a écrit|schrieb|schreibt|disse"
    r"|dijo|escribió|escribe|ha detto|ha scritto|zei|schreef|пишет|написал[аи]?"
)
# The patterns that only some lines reach (past the cheap tests of
# _read_header) are compiled with their first use: see newsparse._lazy.
# matches "Ann says:", "jsmith said...", "2. Ann Lee on 4 June 2019 at 10:15 said:"
_OPENER = lazy_pattern(
    r"^(?P<author>\S.{0,60}?)(?:\s+(?:on|at)\s+(?P<posted>\S.{3,60}?))?"
    rf"\s+(?:{_SAYS_WORDS})\s*(?::|\.\.\.|…|,)?$",
    re.IGNORECASE,
)
# matches "by ann (1234) writes: <mail> on Tuesday July 24, @08:51AM (#40747899) Journal",
# the user number in brackets marking a forum's comment header
_BY_USER_NUMBER = re.compile(
    r"^by\s+(?P<author>[^()<>]{1,40}?)\s+\(\d{1,10}\)\s*\*?\s*(?:writes\s*:?)?(?P<rest>.{0,120})$",
    re.IGNORECASE,
)
_SAYS_ENDINGS = (*_SAYS_WORDS.replace("[аи]?", "").split("|"), "написала", "написали")
# A header's date ends at most a few widget words before the line does, and
# every date but a relative one ends in a digit or "am"/"pm": a line whose
# last 40 characters hold neither is no header. Saves the date search on
# most lines of comment text.
_DATE_TAIL = 60
_DATE_END = re.compile(r"\d|ago|yesterday|today|now|[ap]\.?m\b", re.IGNORECASE)
# Author, date and widgets: a longer line is a sentence.
_MAX_HEADER_SPACES = 20
_AFTER_DATE = lazy_pattern(
    r"^(?:[\s.,|·•–—:()\-#/]|\[[^\]]{0,40}\]|\(#?\d{1,12}\)|(?<!\w)[+-]\d{1,5}\b"
    # the commenter's handle: "// Twitter: @ann_lee"
    r"|(?:\btwitter\s*:\s*)?@\w{1,30}"
    r"|\b(?:reply|permalink|link|report|abuse|flag|delete|edit|replydelete|quote|like|share"
    r"|rate|vote|up|down|says?|said|wrote|utc|gmt|[ecmp][sd]?t|bst|cest?|[ap]m)\b)*$",
    re.IGNORECASE,
)


# The header each line's text reads as, remembered for one parse (see
# remembered_headers): the zone rules and the comment stage read many of the
# same lines, and a thread's widget lines repeat.
_REMEMBERED: ContextVar[dict[str, Header | None] | None] = ContextVar(
    "newsparse_comment_headers", default=None
)


@contextlib.contextmanager
def remembered_headers() -> Iterator[None]:
    """Remember each line's header while the body runs: one parse, in this thread or task.

    Example:
        >>> with remembered_headers():
        ...     read_header("Ann says:") is read_header("Ann says:")
        True
    """
    token = _REMEMBERED.set({})
    try:
        yield
    finally:
        _REMEMBERED.reset(token)


def read_header(text: str) -> Header | None:
    """Read a cleaned line as a comment header, or return ``None``.

    Within :func:`remembered_headers`, each text is read once.

    Example:
        >>> read_header("Ann Lee says:")
        Header(kind=<HeaderKind.OPENS: 'opens'>, author='Ann Lee', posted_text=None)
        >>> read_header("[a1b2] ann July 7, 2012 at 12:27 am").posted_text
        'July 7, 2012 at 12:27 am'
        >>> read_header("We went there on July 7, 2012 and it rained all day.") is None
        True
    """
    remembered = _REMEMBERED.get()
    if remembered is None:
        return _read_header(text)
    # get() and a marker: a miss is common (half the calls), and a KeyError costs more.
    found = remembered.get(text, _UNREAD)
    if found is _UNREAD:
        found = remembered[text] = _read_header(text)
    return found


# What read_header finds for a text it has not read yet (None is "no header").
_UNREAD = Header(HeaderKind.DATE, None, None)


def _read_header(text: str) -> Header | None:
    if text[:1] in _DASHES:
        return _dashed_header(text)
    if not _may_be_header(text):
        return None
    opener = _opener(text)
    if opener is not None:
        return opener
    if not may_hold_date(text):
        return None
    if len(text) > _DATE_TAIL and _DATE_END.search(text, len(text) - _DATE_TAIL) is None:
        return None
    found = find_date(text)
    return None if found is None else _dated_header(text, found)


_DASHES = frozenset("—–")
# "— posted by Ann", "— by Ann": a dash, then the words of a byline.
_DASHED_BYLINE = re.compile(r"^[—–]\s*(?:(?:posted|written|submitted)\s+)?by\s", re.IGNORECASE)


def _dashed_header(text: str) -> Header | None:
    """Read a line opening with a dash: a trailer only when it names both writer and date.

    A dash signs a quotation or an embedded post ("— Ann Lee, May 4,
    2012"); "— posted by Ann on May 4, 2012" closes a comment.
    """
    if _DASHED_BYLINE.match(text) is None:
        return None
    header = _read_header(text[1:].lstrip())
    if header is None or header.kind is not HeaderKind.DATED or header.posted_text is None:
        return None
    return header


def _may_be_header(text: str) -> bool:
    """Tell whether a line is short and plain enough to be a header."""
    return not (
        not text
        or len(text) > MAX_HEADER_CHARS
        # a link: "http://example.net/2.01/" holds no date
        or text.startswith(("http://", "https://", "www."))
        or text.count(" ") > _MAX_HEADER_SPACES
    )


def _opener(text: str) -> Header | None:
    """Read a header that opens its comment: "by ann (1234) writes:", "Ann says:"."""
    by_number = _BY_USER_NUMBER.match(text)
    if by_number is not None:
        author = clean_author(by_number.group("author"))
        date = find_date(by_number.group("rest"))
        if author is not None:
            return Header(HeaderKind.OPENS, author, date.text if date is not None else None)
    if not text.rstrip(":.…, ").lower().endswith(_SAYS_ENDINGS):
        return _dated_says_more(text)
    opener = _OPENER().match(text)
    if opener is not None:
        author = clean_author(opener.group("author"))
        posted = opener.group("posted")
        if (
            author is not None
            and (posted is None or find_date(posted) is not None)
            and not _phrase(text, author, posted)
        ):
            return Header(HeaderKind.OPENS, author, posted)
    return _dated_opener(text)


# "said this:", "wrote the following:": a says word, one or two small words, a colon.
_SAYS_MORE = lazy_pattern(
    rf"^(?P<head>.+?\s(?:{_SAYS_WORDS}))(?:\s+[a-z]+){{1,2}}\s*:$", re.IGNORECASE
)


def _dated_says_more(text: str) -> Header | None:
    """Read "Ann on May 4, 2012 said this:": a says word with words after it, and a date.

    Without the date a line so shaped is as often a sentence introducing a
    quotation ("My aunt always said this:").
    """
    if not text.endswith(":") or (more := _SAYS_MORE().match(text)) is None:
        return None
    words = text[more.end("head") : -1].split()
    if any(not word.islower() for word in words):
        return None
    header = _opener(more.group("head") + ":")
    return header if header is not None and header.posted_text is not None else None


def _phrase(text: str, author: str, posted: str | None) -> bool:
    """Tell whether a says line is an everyday phrase: "Well said", "Rarely commented".

    One word, then a says word in the past with no mark after it (a header
    closes with ":" or "...": "Ann said..."); "ann says" (no mark) opens a
    comment on some themes.
    """
    return (
        posted is None
        and " " not in author
        and text[-1] not in _SAYS_MARKS
        and text.lower().endswith(_PAST_SAYS)
    )


_SAYS_MARKS = frozenset(":.…,")
_PAST_SAYS = ("said", "commented", "replied", "wrote")


def _dated_header(text: str, found: DateFound) -> Header | None:
    """Read a line holding the date ``found``: its author, before or after it, or none."""
    prefix = text[: found.start]
    posted = found.text.rstrip(" ,|-–—·")
    if text.rstrip().endswith(".") and not any(character.isdigit() for character in posted):
        return None  # "Here is how it looks today.": a sentence, not a header
    if posted.endswith(".") and not posted.endswith(".m."):
        posted = posted[:-1]
    # "Posted May 4, 2012 by Ann": the word before the date is no name.
    name = "" if prefix.strip().casefold() in _POSTED_WORDS else name_in(prefix.strip())
    if _AFTER_DATE().match(text[found.end :]) is None:
        # Only a date opening its line may have the author after it.
        return None if name else _author_after_date(posted, text[found.end :])
    if len(prefix.split()) > MAX_AUTHOR_WORDS + 3:
        return None
    if not name:
        return Header(HeaderKind.DATE, None, posted) if len(posted) >= 4 else None
    # As clean_author(prefix), which cleans the name just made unless a reply note follows it.
    replying = REPLYING().search(prefix.strip()) is not None
    author = clean_author(prefix) if replying else author_or_none(name)
    if author is None:
        return None
    return Header(HeaderKind.DATED, author, posted)


_POSTED_WORDS = frozenset({"posted", "submitted", "published", "commented"})


# The author after a date that opens the line: "| Ann Lee", "by Ann",
# "| Unregistered CommenterAnn" (the role glued to the name), "| 2691543 ann" (an id),
# "— Ann (not verified)".
_AUTHOR_AFTER = lazy_pattern(
    r"^\s*(?:[|·•/–—-]|by\b)\s*(?:(?:un)?registered commenter\s*|\d{1,12}\s+)?"
    r"(?P<author>\S.{0,60}?)(?:\s+\((?:not verified|guest)\))?$",
    re.IGNORECASE,
)


def _author_after_date(posted: str, rest: str) -> Header | None:
    """Read the rest of "October 11, 2012 | Ann Lee": the author after the date."""
    match = _AUTHOR_AFTER().match(rest)
    author = clean_author(match.group("author")) if match is not None else None
    return Header(HeaderKind.DATED, author, posted) if author is not None else None


# "On September 28, 2012 at 9:18 am Ann Lee said:", "10. Jul, 2012 / Ann says:":
# the date comes first, after nothing but avatar tags, a number or "On".
_BEFORE_DATE = lazy_pattern(
    r"(?:\[[^\]]{0,40}\]\s*|#?\d{1,5}(?:\.\d{1,3})*[.)]?\s+)*(?:on\s+)?", re.IGNORECASE
)
_NAME_SAYS = lazy_pattern(
    rf"[\s,/|·–—-]*(?P<author>\S.{{0,60}}?)\s+(?:{_SAYS_WORDS})\s*(?::|\.\.\.|…|,)?$",
    re.IGNORECASE,
)


def _dated_opener(text: str) -> Header | None:
    """Read "On DATE NAME said:", or return ``None``."""
    found = find_date(text)
    if found is None or _BEFORE_DATE().fullmatch(text, 0, found.start) is None:
        return None
    rest = _NAME_SAYS().match(text, found.end)
    if rest is None:
        return None
    author = clean_author(rest.group("author"))
    posted = found.text.rstrip(" ,")
    return Header(HeaderKind.OPENS, author, posted) if author is not None else None


def block_header(block: TextBlock) -> Header | None:
    r"""Return the comment header a block opens with ("Ann says:"), if any.

    A header opens its block, or follows an avatar or a number line.

    Example:
        >>> from newsparse._page import Lines
        >>> block_header(TextBlock(tuple(Lines.from_text("[avatar]\nAnn says:\nHi.")))).author
        'Ann'
    """
    for text in block.line_texts[:3]:
        if len(text) <= MAX_HEADER_CHARS:
            header = read_header(text)
            if header is not None:
                return header
    return None
