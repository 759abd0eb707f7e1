"""Read a date pattern's match into a :class:`DateMatch`; compile the patterns on first use."""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import NamedTuple

from newsparse._dates.shapes import (
    ISO,
    MONTHS,
    NUMERIC,
    RELATIVE,
    UNIT_SECONDS,
    US_ZONES,
    WORDS,
    YEARLESS,
    ZONES,
)

__all__ = ["Context", "DateMatch", "Reader", "readers"]


class DateMatch(NamedTuple):
    """A date, with or without a time, found in a piece of text.

    Attributes:
        value: The moment, always timezone-aware; midnight when the text
            gives no time.
        text: The matched words as written, equal to ``source[start:end]``.
        start: Offset of the first matched character in the searched text.
        end: Offset just past the last matched character.
        has_time: Whether the text gave a time of day.

    Example:
        >>> from newsparse._dates import find_datetime
        >>> m = find_datetime("Updated 22 May 2019")
        >>> m.text, m.start, m.end, m.has_time
        ('22 May 2019', 8, 19, False)
    """

    value: datetime
    text: str
    start: int
    end: int
    has_time: bool


class Context(NamedTuple):
    """The settings of one :func:`find_datetime` call, for the readers."""

    tz: tzinfo
    now: datetime | None
    dayfirst: bool


#: A pattern and the function that reads its matches.
Reader = tuple[re.Pattern[str], Callable[[re.Match[str], Context], DateMatch | None]]


def _record(match: re.Match[str], value: datetime, *, has_time: bool) -> DateMatch:
    """Wrap a value read from ``match`` as a :class:`DateMatch`."""
    return DateMatch(
        value=value, text=match.group(), start=match.start(), end=match.end(), has_time=has_time
    )


def _at(day: date, match: re.Match[str], prefix: str, tz: tzinfo) -> tuple[datetime, bool]:
    """Combine ``day`` with the time groups named ``prefix`` in ``match``.

    Returns:
        The moment (midnight in ``tz`` when there is no time) and whether a
        time was given.
    """
    hour = _group(match, prefix, "hour", "hour12")
    if hour is None:
        return _midnight(day, tz), False
    minute = _group(match, prefix, "minute", "dot_minute", "minute12") or "0"
    second = _group(match, prefix, "second", "second12") or "0"
    ampm = match.group(f"{prefix}ampm")
    hour_of_day = int(hour) % 12 + (12 if ampm[0] in "pP" else 0) if ampm else int(hour)
    zone = _zone(match.group(f"{prefix}zone"), day) or tz
    moment = datetime(
        day.year, day.month, day.day, hour_of_day, int(minute), int(second), tzinfo=zone
    )
    return moment, True


def _group(match: re.Match[str], prefix: str, *names: str) -> str | None:
    """Return the first of the groups ``prefix + name`` that took part."""
    return next((value for name in names if (value := match.group(prefix + name))), None)


def _zone(name: str | None, day: date) -> tzinfo | None:
    """Return the zone an abbreviation or a "+01:00" offset names on ``day``, if any."""
    if name is None:
        return None
    if name in ZONES:
        return ZONES[name]
    if name in US_ZONES:
        return _us_zone(name, day)
    digits = name[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:] or "0")
    return timezone(timedelta(minutes=-minutes if name[0] == "-" else minutes))


def _us_zone(name: str, day: date) -> tzinfo:
    """Return US standard or daylight time for "ET", "CT", "MT" or "PT" on ``day``.

    Daylight time runs from the second Sunday of March to the first Sunday
    of November (the rule since 2007), one hour ahead of standard time.

    Example:
        >>> _us_zone("ET", date(2024, 7, 4)), _us_zone("ET", date(2024, 1, 4))
        (datetime.timezone(datetime.timedelta(days=-1, seconds=72000), 'EDT'), \
datetime.timezone(datetime.timedelta(days=-1, seconds=68400), 'EST'))
    """
    daylight = _nth_sunday(day.year, 3, 2) <= day < _nth_sunday(day.year, 11, 1)
    minutes = US_ZONES[name] + (60 if daylight else 0)
    return timezone(timedelta(minutes=minutes), name[0] + ("DT" if daylight else "ST"))


def _nth_sunday(year: int, month: int, nth: int) -> date:
    """Return the ``nth`` Sunday of a month."""
    first = date(year, month, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))


def _read_iso(match: re.Match[str], context: Context) -> DateMatch:
    """Read an ISO-8601-like match: year, month, day, then a time."""
    day = date(int(match["year"]), int(match["month"]), int(match["day"]))
    value, has_time = _at(day, match, "", context.tz)
    return _record(match, value, has_time=has_time)


def _read_words(match: re.Match[str], context: Context) -> DateMatch:
    """Read "22 May 2019" or "May 22, 2019", with a time before or after."""
    month_name = match["dmy_month"] or match["mdy_month"]
    day_number = match["dmy_day"] or match["mdy_day"]
    day = date(int(match["year"]), MONTHS.index(month_name[:3].lower()) + 1, int(day_number))
    prefix = "pre_" if _group(match, "pre_", "hour", "hour12") else "post_"
    value, has_time = _at(day, match, prefix, context.tz)
    return _record(match, value, has_time=has_time)


def _read_numeric(match: re.Match[str], context: Context) -> DateMatch:
    """Read "22/05/2019" or "05/22/2019": by value, else by ``dayfirst``."""
    left, right = int(match["left"]), int(match["right"])
    if left > 12 or (context.dayfirst and right <= 12):
        day_number, month = left, right
    else:
        day_number, month = right, left
    day = date(int(match["year"]), month, day_number)
    value, has_time = _at(day, match, "", context.tz)
    return _record(match, value, has_time=has_time)


def _read_relative(match: re.Match[str], context: Context) -> DateMatch | None:
    """Read "2 hours ago", "just now", "yesterday at 10:15" against ``now``.

    Units of a day or more give a date without a time, as does "yesterday"
    alone; "today" needs a time, for prose says "today" of anything.
    """
    if context.now is None:
        return None
    tz = context.tz
    local = context.now.astimezone(tz)
    if match["instant"] is not None:
        return _record(match, local, has_time=True)
    if match["day"] is not None:
        yesterday = match["day"].lower() == "yesterday"
        if not yesterday and _group(match, "", "hour", "hour12") is None:
            return None
        value, has_time = _at(local.date() - timedelta(days=1 if yesterday else 0), match, "", tz)
        return _record(match, value, has_time=has_time)
    count = int(match["count"]) if match["count"].isdigit() else 1
    unit = match["unit"].lower()
    if unit.startswith(("mo", "y")):
        day = _months_before(local.date(), count * (12 if unit.startswith("y") else 1))
        return _record(match, _midnight(day, tz), has_time=False)
    seconds = UNIT_SECONDS[unit[0]]
    moment = local - timedelta(seconds=count * seconds)
    if seconds < UNIT_SECONDS["d"]:
        return _record(match, moment, has_time=True)
    return _record(match, _midnight(moment.date(), tz), has_time=False)


def _read_yearless(match: re.Match[str], context: Context) -> DateMatch | None:
    """Read "July 24 at 8:51 am" in the year that puts it on or after ``now``'s day.

    Comments come after their article: a date that would fall before it,
    read in the article's year, is in the next year ("Jan 2" under a
    December article).
    """
    if context.now is None:
        return None
    local = context.now.astimezone(context.tz).date()
    month_name = match["dmy_month"] or match["mdy_month"]
    month = MONTHS.index(month_name[:3].lower()) + 1
    day_number = int(match["dmy_day"] or match["mdy_day"])
    day = date(local.year, month, day_number)
    if day < local - timedelta(days=1):
        day = date(local.year + 1, month, day_number)
    value, has_time = _at(day, match, "post_", context.tz)
    return _record(match, value, has_time=has_time)


def _midnight(day: date, tz: tzinfo) -> datetime:
    """Return the start of ``day`` in ``tz``."""
    return datetime(day.year, day.month, day.day, tzinfo=tz)


def _months_before(day: date, months: int) -> date:
    """Go back ``months`` calendar months, keeping the day where it exists."""
    year, month_index = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month_index + 1)[1]
    return date(year, month_index + 1, min(day.day, last))


@functools.cache
def readers() -> tuple[tuple[Reader, ...], tuple[Reader, ...], tuple[Reader, ...]]:
    """Return the readers of absolute, relative and yearless dates, compiling them once."""
    flags = re.IGNORECASE
    return (
        (
            (re.compile(ISO, flags), _read_iso),
            (re.compile(WORDS, flags), _read_words),
            (re.compile(NUMERIC, flags), _read_numeric),
        ),
        ((re.compile(RELATIVE, flags), _read_relative),),
        ((re.compile(YEARLESS, flags), _read_yearless),),
    )
