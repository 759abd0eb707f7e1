"""Read the date and time in a byline or a comment header.

A small reader without dependencies for the forms news pages print: ISO 8601,
"22 May 2019", "May 22nd, 2019", RFC 2822, "22/05/2019", each with an
optional time ("10:15", "3:04 pm", "10.15 pm BST"), and, given the time the
page was fetched, relative forms ("2 hours ago", "yesterday at 10:15").

Every pattern is built from bounded repeats and is tried only near a year
(or a word such as "ago"), so a search is linear in the length of the text
and cheap on text without dates; an impossible date ("31 February 2019") is
skipped, never an error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, tzinfo

from newsparse._dates.readers import Context, DateMatch, Reader, readers
from newsparse._dates.shapes import (
    MONTH_LEAD,
    MONTH_WORD,
    RELATIVE_LEAD,
    RELATIVE_WORD,
    YEAR_LEAD,
    YEAR_RUN,
    YEAR_TAIL,
)

__all__ = ["DateMatch", "find_datetime"]


def find_datetime(
    text: str,
    *,
    tz: tzinfo = UTC,
    now: datetime | None = None,
    dayfirst: bool = True,
) -> DateMatch | None:
    """Find the first date (and time, when given) in ``text``.

    Args:
        text: A byline, a comment header, or any other text.
        tz: The zone of dates and times that name none.
        now: When the page was fetched; relative forms ("2 hours ago",
            "yesterday") are read against it, and skipped when it is None.
            A naive ``now`` is read in ``tz``.
        dayfirst: How to read "05/06/2019" when both numbers could be the
            month; "22/05/2019" and "05/22/2019" are read by their values.

    Returns:
        The earliest date found, or None. Text that only looks like a date
        ("31 February 2019", "25:99") is skipped; this never raises.

    Example:
        >>> m = find_datetime("Posted Wed, 22 May 2019 10:15:00 +0000 by Ann")
        >>> m.text, m.value.isoformat(), m.has_time
        ('Wed, 22 May 2019 10:15:00 +0000', '2019-05-22T10:15:00+00:00', True)
        >>> find_datetime("May 22, 2019 at 3:04 pm").value.isoformat()
        '2019-05-22T15:04:00+00:00'
        >>> now = datetime(2019, 5, 22, 12, 0, tzinfo=UTC)
        >>> find_datetime("Ann replied 2 hours ago", now=now).value.isoformat()
        '2019-05-22T10:00:00+00:00'
        >>> find_datetime("Ann replied 2 hours ago") is None
        True
    """
    if now is not None and now.tzinfo is None:
        now = now.replace(tzinfo=tz)
    context = Context(tz=tz, now=now, dayfirst=dayfirst)
    years = (
        (run.start(), run.end()) for run in YEAR_RUN.finditer(text) if run.end() - run.start() == 4
    )
    absolute_readers, relative_readers, yearless_readers = readers()
    absolute = _first_near(text, years, absolute_readers, context, YEAR_LEAD, YEAR_TAIL)
    if now is None:
        return absolute
    words = ((word.start(), word.end()) for word in RELATIVE_WORD.finditer(text))
    relative = _first_near(text, words, relative_readers, context, RELATIVE_LEAD, 0)
    yearless = None
    if absolute is None:
        months = ((word.start(), word.end()) for word in MONTH_WORD.finditer(text))
        yearless = _first_near(text, months, yearless_readers, context, MONTH_LEAD, 8)
    found = [match for match in (absolute, relative, yearless) if match is not None]
    return min(found, key=_position, default=None)


def _position(match: DateMatch) -> tuple[int, int]:
    """Order matches by start, the longer first on a tie."""
    return match.start, -match.end


def _first_near(
    text: str,
    anchors: Iterable[tuple[int, int]],
    readers: tuple[Reader, ...],
    context: Context,
    lead: int,
    tail: int,
) -> DateMatch | None:
    """Return the earliest date that starts at most ``lead`` before an anchor.

    The windows searched are disjoint and in text order, so the first one
    holding a date holds the earliest, and the whole search is linear.
    """
    frontier = 0
    for anchor_start, anchor_end in anchors:
        low = max(anchor_start - lead, frontier)
        frontier = anchor_start + 1
        found = []
        for pattern, read in readers:
            for window_match in pattern.finditer(text, low, anchor_end + tail):
                if window_match.start() > anchor_start:
                    break
                result = _read(pattern.match(text, window_match.start()), read, context)
                if result is not None:
                    found.append(result)
                    break
        if found:
            return min(found, key=_position)
    return None


def _read(
    match: re.Match[str] | None,
    read: Callable[[re.Match[str], Context], DateMatch | None],
    context: Context,
) -> DateMatch | None:
    """Read ``match`` (found in a window, matched again in full) or None."""
    if match is None:
        return None
    try:
        return read(match, context)
    except (ValueError, OverflowError):
        # An impossible date, time or offset: not a date, read on.
        return None
