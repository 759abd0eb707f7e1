"""Find the first date in a text: the readers tried near each year, relative word and month.

Loaded by :func:`newsparse._dates.find_datetime` with the first date read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import datetime, tzinfo

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

__all__ = ["search"]


def search(text: str, tz: tzinfo, now: datetime | None, *, dayfirst: bool) -> DateMatch | None:
    """Do what :func:`newsparse._dates.find_datetime` does.

    Example:
        >>> from datetime import UTC
        >>> search("Posted 22 May 2019 by Ann", UTC, None, dayfirst=True).text
        '22 May 2019'
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
