"""What dates look like: the patterns of :mod:`newsparse._dates`, as sources.

The five date patterns are large (month and weekday names, times, zones)
and are compiled on first use (:func:`~newsparse._dates.readers.readers`),
so that a page without a date never pays for them.
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta, timezone

__all__ = [
    "ISO",
    "MONTHS",
    "MONTH_LEAD",
    "MONTH_WORD",
    "NUMERIC",
    "RELATIVE",
    "RELATIVE_LEAD",
    "RELATIVE_WORD",
    "UNIT_SECONDS",
    "US_ZONES",
    "WORDS",
    "YEARLESS",
    "YEAR_LEAD",
    "YEAR_RUN",
    "YEAR_TAIL",
    "ZONES",
]

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
ZONES = {
    name: UTC if minutes == 0 else timezone(timedelta(minutes=minutes), name)
    for name, minutes in _ZONE_OFFSETS.items()
}
# US zones named without saying standard or daylight time ("3:04 p.m. ET"), as
# minutes east of UTC in standard time: the day read with them says which.
US_ZONES = {"ET": -300, "CT": -360, "MT": -420, "PT": -480}

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
_ZONE = r"(?-i:" + "|".join(sorted([*ZONES, *US_ZONES], key=len, reverse=True)) + r")\b"
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
ISO = (
    r"(?<![\d./-])(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    rf"(?![\d./-])(?:(?:T|{_GAP}){_time('')})?"
)
# Words and numbers: "22 May 2019", "22nd May, 2019 11:35am", "May 22, 2019
# at 3:04 pm", "Wednesday 22 May 2019", "Wed, 22 May 2019 10:15:00 +0000",
# and a time first: "10:15 BST, 22 May 2019".
WORDS = (
    # Most positions fail on this first look, before the branches below.
    r"(?=\d|[jfmasondtw])"
    rf"(?:{_time('pre_', lead=True)}(?:[^\S\r\n]{{0,3}}[,|•·–—-])?{_GAP}(?:on{_GAP})?)?"
    rf"(?:(?<!\w){_WEEKDAY}{_GAP})?"
    rf"(?:(?<![\w.])(?P<dmy_day>\d{{1,2}})(?:st|nd|rd|th)?{_GAP}(?:of{_GAP})?(?P<dmy_month>{_MONTH})"
    rf"|(?<!\w)(?P<mdy_month>{_MONTH}){_GAP}(?P<mdy_day>\d{{1,2}})(?:st|nd|rd|th)?\b)"
    rf",?{_GAP}(?P<year>\d{{4}})(?!\d)(?:{_TIME_GAP}{_time('post_')})?"
)
# Numbers only: "22/05/2019", "05/22/2019 10:15", "22.05.2019", "22-05-2019".
NUMERIC = (
    r"(?<![\d./-])(?P<left>\d{1,2})(?P<sep>[-/.])(?P<right>\d{1,2})(?P=sep)(?P<year>\d{4})"
    rf"(?![\d/-]|\.\d)(?:{_TIME_GAP}{_time('')})?"
)
# Relative to the time of fetching: "2 hours ago", "a minute ago", "3d ago",
# "just now", "moments ago", "yesterday", "yesterday at 10:15", "today 10:15".
RELATIVE = (
    r"(?<!\w)(?:(?P<count>\d{1,4}|an?|one)[^\S\r\n]{0,3}(?P<unit>seconds?|secs?|s|months?|mo"
    r"|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w|years?|yrs?|y)"
    rf"{_GAP}ago\b|(?P<instant>just{_GAP}now|(?:a{_GAP})?moments?{_GAP}ago)\b"
    rf"|(?P<day>yesterday|today)\b(?:{_TIME_GAP}{_time('')})?)"
)
# A month and day without a year, given the time the page was fetched:
# "July 24 at 8:51 am", "Tuesday July 24, @08:51AM", "24th May".
YEARLESS = (
    rf"(?:(?<!\w){_WEEKDAY}{_GAP})?"
    rf"(?:(?<![\w.])(?P<dmy_day>\d{{1,2}})(?:st|nd|rd|th)?{_GAP}(?:of{_GAP})?(?P<dmy_month>{_MONTH})"
    rf"|(?<!\w)(?P<mdy_month>{_MONTH}){_GAP}(?P<mdy_day>\d{{1,2}})(?:st|nd|rd|th)?(?![\w:])\.?)"
    r"(?!,?\s{1,3}\d{4})"  # a year, maybe on the next line: no yearless date
    rf"(?:(?:[^\S\r\n]{{0,3}}[,|•·–—@-]){{0,2}}[^\S\r\n]{{0,3}}(?:at{_GAP})?{_time('post_')})?"
)
# Every absolute date holds a four-digit year and no other run of four
# digits before it, so dates are looked for only near such runs: a scan for
# digits, then a bounded look around each year instead of a try of every
# pattern at every position. A date starts at most YEAR_LEAD characters
# before its year ("10:15:59 p.m. AEDT, on Wednesday., 22nd of September.,"
# takes 70 with every gap at its widest), and its required part ends at most
# YEAR_TAIL after the year ("-05-22").
# The run "2019" in "22 May 2019"; longer runs are no year.
YEAR_RUN = re.compile(r"\d{4,}")
YEAR_LEAD = 80
YEAR_TAIL = 8
# Likewise every relative date holds one of these words, at most 17
# characters after its start ("1234 minutes ago"): "ago" in "2 hours ago".
RELATIVE_WORD = re.compile(r"\b(?:ago|now|yesterday|today)\b", re.IGNORECASE)
RELATIVE_LEAD = 24
# Every yearless date holds a month name, at most MONTH_LEAD characters after
# its start ("Wednesday, 22nd of May").
MONTH_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b", re.IGNORECASE
)
MONTH_LEAD = 24
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Seconds per unit of "N units ago", keyed by the unit's first letters.
UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
