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

import calendar
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta, timezone, tzinfo

import attrs

__all__ = ["DateMatch", "find_datetime"]


@attrs.frozen(kw_only=True)
class DateMatch:
    """A date, with or without a time, found in a piece of text.

    Attributes:
        value: The moment, always timezone-aware; midnight when the text
            gives no time.
        text: The matched words as written, equal to ``source[start:end]``.
        start: Offset of the first matched character in the searched text.
        end: Offset just past the last matched character.
        has_time: Whether the text gave a time of day.

    Example:
        >>> m = find_datetime("Updated 22 May 2019")
        >>> m.text, m.start, m.end, m.has_time
        ('22 May 2019', 8, 19, False)
    """

    value: datetime
    text: str
    start: int
    end: int
    has_time: bool


# Zone abbreviations bylines print, as minutes east of UTC. Ambiguous ones
# take their British or US reading (CST is US Central, not China).
_ZONE_OFFSETS = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "BST": 60,
    "WEST": 60,
    "CET": 60,
    "CEST": 120,
    "EET": 120,
    "EEST": 180,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "JST": 540,
    "AEST": 600,
    "AEDT": 660,
}
_ZONES = {
    name: timezone.utc if minutes == 0 else timezone(timedelta(minutes=minutes), name)
    for name, minutes in _ZONE_OFFSETS.items()
}

# Blanks inside a date, never a line break: "22\u00a0May  2019".
_GAP = r"[^\S\r\n]{1,3}"
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?"
)
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\b\.?,?"
)
# Zone names are matched case-sensitively so that "west of" is no zone.
_ZONE = r"(?-i:" + "|".join(sorted(_ZONES, key=len, reverse=True)) + r")\b"
# A numeric UTC offset: "+0000", "+01:00", "-05".
_OFFSET = r"[+-]\d{2}(?::?\d{2})?\b"
# Between a date and its time: "22 May 2019 11:35", "May 22, 2019 at 3:04 pm",
# "22 May 2019 | 10:15", "Wed, 22 May 2019 - 10:15".
_TIME_GAP = r"(?:[^\S\r\n]{0,3}[,|•·–—@-][^\S\r\n]{0,3}|[^\S\r\n]{1,3})(?:at[^\S\r\n]{1,3})?"


def _time(prefix: str, *, lead: bool = False) -> str:
    """Build the time-of-day pattern, its groups named with ``prefix``.

    It accepts a 12-hour time ("10:15am", "3 pm", "10.15 p.m.", "12:00:30 AM")
    or a 24-hour one ("10:15", "23:59:59.5", and "10.15" before a zone only,
    so that "£10.15" is no time), then an optional zone: "10:15 AM GMT",
    "10:15:00 +0000". Impossible times ("25:00", "13pm") do not match. A
    ``lead`` time, written before its date, takes neither fractions nor
    numeric offsets, so that a date holds no run of four digits but its year.
    """
    minute = r"[0-5]\d"
    fraction = "" if lead else r"(?:[.,]\d{1,9})?"
    zone = _ZONE if lead else f"{_ZONE}|{_OFFSET}"
    twelve_hour = (
        rf"(?P<{prefix}hour12>1[0-2]|0?[1-9])"
        rf"(?:[:.](?P<{prefix}minute12>{minute})(?::(?P<{prefix}second12>{minute}))?)?"
        rf"[^\S\r\n]?(?P<{prefix}ampm>[ap]\.?m\b\.?)"
    )
    clock = (
        rf"(?P<{prefix}hour>2[0-3]|[01]?\d)"
        rf"(?::(?P<{prefix}minute>{minute})(?::(?P<{prefix}second>{minute}){fraction})?"
        rf"|\.(?P<{prefix}dot_minute>{minute})(?=[^\S\r\n]?{_ZONE}))"
    )
    return (
        rf"(?<![\d.:])(?:{twelve_hour}|{clock})(?![\d:])"
        rf"(?:[^\S\r\n]?(?P<{prefix}zone>{zone}))?"
    )


# ISO 8601 and its relatives: "2019-05-22", "2019-05-22T10:15:00Z",
# "2019-05-22 10:15+01:00", "2019/05/22".
_ISO = re.compile(
    r"(?<![\d./-])(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    rf"(?![\d./-])(?:(?:T|{_GAP}){_time('')})?",
    re.IGNORECASE,
)
# Words and numbers: "22 May 2019", "22nd May, 2019 11:35am", "May 22, 2019
# at 3:04 pm", "Wednesday 22 May 2019", "Wed, 22 May 2019 10:15:00 +0000",
# and a time first: "10:15 BST, 22 May 2019".
_WORDS = re.compile(
    # Most positions fail on this first look, before the branches below.
    r"(?=\d|[jfmasondtw])"
    rf"(?:{_time('pre_', lead=True)}(?:[^\S\r\n]{{0,3}}[,|•·–—-])?{_GAP}(?:on{_GAP})?)?"
    rf"(?:(?<!\w){_WEEKDAY}{_GAP})?"
    rf"(?:(?<![\w.])(?P<dmy_day>\d{{1,2}})(?:st|nd|rd|th)?{_GAP}(?:of{_GAP})?(?P<dmy_month>{_MONTH})"
    rf"|(?<!\w)(?P<mdy_month>{_MONTH}){_GAP}(?P<mdy_day>\d{{1,2}})(?:st|nd|rd|th)?\b)"
    rf",?{_GAP}(?P<year>\d{{4}})(?!\d)(?:{_TIME_GAP}{_time('post_')})?",
    re.IGNORECASE,
)
# Numbers only: "22/05/2019", "05/22/2019 10:15", "22.05.2019", "22-05-2019".
_NUMERIC = re.compile(
    r"(?<![\d./-])(?P<left>\d{1,2})(?P<sep>[-/.])(?P<right>\d{1,2})(?P=sep)(?P<year>\d{4})"
    rf"(?![\d/-]|\.\d)(?:{_TIME_GAP}{_time('')})?",
    re.IGNORECASE,
)
# Relative to the time of fetching: "2 hours ago", "a minute ago", "3d ago",
# "just now", "moments ago", "yesterday", "yesterday at 10:15", "today 10:15".
_RELATIVE = re.compile(
    r"(?<!\w)(?:(?P<count>\d{1,4}|an?|one)[^\S\r\n]{0,3}(?P<unit>seconds?|secs?|s|months?|mo"
    r"|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w|years?|yrs?|y)"
    rf"{_GAP}ago\b|(?P<instant>just{_GAP}now|(?:a{_GAP})?moments?{_GAP}ago)\b"
    rf"|(?P<day>yesterday|today)\b(?:{_TIME_GAP}{_time('')})?)",
    re.IGNORECASE,
)
# A month and day without a year, given the time the page was fetched:
# "July 24 at 8:51 am", "Tuesday July 24, @08:51AM", "24th May".
_YEARLESS = re.compile(
    rf"(?:(?<!\w){_WEEKDAY}{_GAP})?"
    rf"(?:(?<![\w.])(?P<dmy_day>\d{{1,2}})(?:st|nd|rd|th)?{_GAP}(?:of{_GAP})?(?P<dmy_month>{_MONTH})"
    rf"|(?<!\w)(?P<mdy_month>{_MONTH}){_GAP}(?P<mdy_day>\d{{1,2}})(?:st|nd|rd|th)?(?![\w:])\.?)"
    r"(?!,?\s{1,3}\d{4})"  # a year, maybe on the next line: no yearless date
    rf"(?:(?:[^\S\r\n]{{0,3}}[,|•·–—@-]){{0,2}}[^\S\r\n]{{0,3}}(?:at{_GAP})?{_time('post_')})?",
    re.IGNORECASE,
)
# Every absolute date holds a four-digit year and no other run of four
# digits before it, so dates are looked for only near such runs: a scan for
# digits, then a bounded look around each year instead of a try of every
# pattern at every position. A date starts at most _YEAR_LEAD characters
# before its year ("10:15:59 p.m. AEDT, on Wednesday., 22nd of September.,"
# takes 70 with every gap at its widest), and its required part ends at most
# _YEAR_TAIL after the year ("-05-22").
# The run "2019" in "22 May 2019"; longer runs are no year.
_DIGIT_RUN = re.compile(r"\d{4,}")
_YEAR_LEAD = 80
_YEAR_TAIL = 8
# Likewise every relative date holds one of these words, at most 17
# characters after its start ("1234 minutes ago"): "ago" in "2 hours ago".
_RELATIVE_WORD = re.compile(r"\b(?:ago|now|yesterday|today)\b", re.IGNORECASE)
_RELATIVE_LEAD = 24
# Every yearless date holds a month name, at most _MONTH_LEAD characters after
# its start ("Wednesday, 22nd of May").
_MONTH_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b", re.IGNORECASE
)
_MONTH_LEAD = 24
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Seconds per unit of "N units ago", keyed by the unit's first letters.
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def find_datetime(
    text: str,
    *,
    tz: tzinfo = timezone.utc,
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
        >>> now = datetime(2019, 5, 22, 12, 0, tzinfo=timezone.utc)
        >>> find_datetime("Ann replied 2 hours ago", now=now).value.isoformat()
        '2019-05-22T10:00:00+00:00'
        >>> find_datetime("Ann replied 2 hours ago") is None
        True
    """
    if now is not None and now.tzinfo is None:
        now = now.replace(tzinfo=tz)
    context = _Context(tz=tz, now=now, dayfirst=dayfirst)
    years = (
        (run.start(), run.end())
        for run in _DIGIT_RUN.finditer(text)
        if run.end() - run.start() == 4
    )
    absolute = _first_near(text, years, _ABSOLUTE_READERS, context, _YEAR_LEAD, _YEAR_TAIL)
    if now is None:
        return absolute
    words = ((word.start(), word.end()) for word in _RELATIVE_WORD.finditer(text))
    relative = _first_near(text, words, _RELATIVE_READERS, context, _RELATIVE_LEAD, 0)
    yearless = None
    if absolute is None:
        months = ((word.start(), word.end()) for word in _MONTH_WORD.finditer(text))
        yearless = _first_near(text, months, _YEARLESS_READERS, context, _MONTH_LEAD, 8)
    found = [match for match in (absolute, relative, yearless) if match is not None]
    return min(found, key=_position, default=None)


@attrs.frozen(kw_only=True)
class _Context:
    """The settings of one :func:`find_datetime` call, for the readers."""

    tz: tzinfo
    now: datetime | None
    dayfirst: bool


# A pattern and the function that reads its matches.
_Reader = tuple[re.Pattern[str], Callable[[re.Match[str], _Context], DateMatch | None]]


def _position(match: DateMatch) -> tuple[int, int]:
    """Order matches by start, the longer first on a tie."""
    return match.start, -match.end


def _first_near(
    text: str,
    anchors: Iterable[tuple[int, int]],
    readers: tuple[_Reader, ...],
    context: _Context,
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
    read: Callable[[re.Match[str], _Context], DateMatch | None],
    context: _Context,
) -> DateMatch | None:
    """Read ``match`` (found in a window, matched again in full) or None."""
    if match is None:
        return None
    try:
        return read(match, context)
    except (ValueError, OverflowError):
        # An impossible date, time or offset: not a date, read on.
        return None


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
    zone = _zone(match.group(f"{prefix}zone")) or tz
    moment = datetime(
        day.year, day.month, day.day, hour_of_day, int(minute), int(second), tzinfo=zone
    )
    return moment, True


def _group(match: re.Match[str], prefix: str, *names: str) -> str | None:
    """Return the first of the groups ``prefix + name`` that took part."""
    return next((value for name in names if (value := match.group(prefix + name))), None)


def _zone(name: str | None) -> tzinfo | None:
    """Return the zone an abbreviation or a "+01:00" offset names, if any."""
    if name is None:
        return None
    if name in _ZONES:
        return _ZONES[name]
    digits = name[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:] or "0")
    return timezone(timedelta(minutes=-minutes if name[0] == "-" else minutes))


def _read_iso(match: re.Match[str], context: _Context) -> DateMatch:
    """Read an ISO-8601-like match: year, month, day, then a time."""
    day = date(int(match["year"]), int(match["month"]), int(match["day"]))
    value, has_time = _at(day, match, "", context.tz)
    return _record(match, value, has_time=has_time)


def _read_words(match: re.Match[str], context: _Context) -> DateMatch:
    """Read "22 May 2019" or "May 22, 2019", with a time before or after."""
    month_name = match["dmy_month"] or match["mdy_month"]
    day_number = match["dmy_day"] or match["mdy_day"]
    day = date(int(match["year"]), _MONTHS.index(month_name[:3].lower()) + 1, int(day_number))
    prefix = "pre_" if _group(match, "pre_", "hour", "hour12") else "post_"
    value, has_time = _at(day, match, prefix, context.tz)
    return _record(match, value, has_time=has_time)


def _read_numeric(match: re.Match[str], context: _Context) -> DateMatch:
    """Read "22/05/2019" or "05/22/2019": by value, else by ``dayfirst``."""
    left, right = int(match["left"]), int(match["right"])
    if left > 12 or (context.dayfirst and right <= 12):
        day_number, month = left, right
    else:
        day_number, month = right, left
    day = date(int(match["year"]), month, day_number)
    value, has_time = _at(day, match, "", context.tz)
    return _record(match, value, has_time=has_time)


def _read_relative(match: re.Match[str], context: _Context) -> DateMatch | None:
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
    seconds = _UNIT_SECONDS[unit[0]]
    moment = local - timedelta(seconds=count * seconds)
    if seconds < _UNIT_SECONDS["d"]:
        return _record(match, moment, has_time=True)
    return _record(match, _midnight(moment.date(), tz), has_time=False)


def _read_yearless(match: re.Match[str], context: _Context) -> DateMatch | None:
    """Read "July 24 at 8:51 am" in the year that puts it on or after ``now``'s day.

    Comments come after their article: a date that would fall before it,
    read in the article's year, is in the next year ("Jan 2" under a
    December article).
    """
    if context.now is None:
        return None
    local = context.now.astimezone(context.tz).date()
    month_name = match["dmy_month"] or match["mdy_month"]
    month = _MONTHS.index(month_name[:3].lower()) + 1
    day_number = int(match["dmy_day"] or match["mdy_day"])
    day = date(local.year, month, day_number)
    if day < local - timedelta(days=1):
        day = date(local.year + 1, month, day_number)
    value, has_time = _at(day, match, "post_", context.tz)
    return _record(match, value, has_time=has_time)


def _midnight(day: date, tz: tzinfo) -> datetime:
    """Return the start of ``day`` in ``tz``."""
    return datetime(day.year, day.month, day.day, tzinfo=tz)


_ABSOLUTE_READERS: tuple[_Reader, ...] = (
    (_ISO, _read_iso),
    (_WORDS, _read_words),
    (_NUMERIC, _read_numeric),
)
_RELATIVE_READERS: tuple[_Reader, ...] = ((_RELATIVE, _read_relative),)
_YEARLESS_READERS: tuple[_Reader, ...] = ((_YEARLESS, _read_yearless),)


def _months_before(day: date, months: int) -> date:
    """Go back ``months`` calendar months, keeping the day where it exists."""
    year, month_index = divmod(day.year * 12 + day.month - 1 - months, 12)
    last = calendar.monthrange(year, month_index + 1)[1]
    return date(year, month_index + 1, min(day.day, last))
