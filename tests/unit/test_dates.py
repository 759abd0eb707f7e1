"""Tests for ``newsparse._dates``: dates and times in bylines and comment headers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._dates import DateMatch, find_datetime

# When the page was fetched, for the relative forms.
NOW = datetime(2019, 5, 22, 12, 30, tzinfo=UTC)

# (text, the value found as ISO 8601, or None); read with now=NOW, tz=UTC.
CASES: list[tuple[str, str | None]] = [
    # ISO 8601 and its relatives
    ("2019-05-22", "2019-05-22T00:00:00+00:00"),
    ("Updated: 2019-05-22T10:15:00Z", "2019-05-22T10:15:00+00:00"),
    ("2019-05-22 10:15", "2019-05-22T10:15:00+00:00"),
    ("2019-05-22T10:15:00.123+01:00", "2019-05-22T10:15:00+01:00"),
    ("2019-05-22T10:15:00-0500", "2019-05-22T10:15:00-05:00"),
    ("2019/05/22", "2019-05-22T00:00:00+00:00"),
    # day month year
    ("22 May 2019", "2019-05-22T00:00:00+00:00"),
    ("22nd May 2019", "2019-05-22T00:00:00+00:00"),
    ("1st of June, 2019", "2019-06-01T00:00:00+00:00"),
    ("Wednesday 22 May 2019", "2019-05-22T00:00:00+00:00"),
    ("Wed, 22 May 2019 10:15:00 +0000", "2019-05-22T10:15:00+00:00"),
    ("3 Sept 2019", "2019-09-03T00:00:00+00:00"),
    ("22\u00a0May\u00a02019", "2019-05-22T00:00:00+00:00"),
    ("22 may 2019", "2019-05-22T00:00:00+00:00"),
    # month day year
    ("May 22, 2019", "2019-05-22T00:00:00+00:00"),
    ("May 22nd, 2019", "2019-05-22T00:00:00+00:00"),
    ("Jan. 5, 2019", "2019-01-05T00:00:00+00:00"),
    ("MAY 22 2019", "2019-05-22T00:00:00+00:00"),
    ("Tuesday, May 21, 2019 12:00 p.m. EDT", "2019-05-21T12:00:00-04:00"),
    # numbers only: by value, else day first
    ("22/05/2019", "2019-05-22T00:00:00+00:00"),
    ("05/22/2019", "2019-05-22T00:00:00+00:00"),
    ("05/06/2019", "2019-06-05T00:00:00+00:00"),
    ("22.05.2019", "2019-05-22T00:00:00+00:00"),
    ("22-05-2019 08:00", "2019-05-22T08:00:00+00:00"),
    # times
    ("22 May 2019 10:15", "2019-05-22T10:15:00+00:00"),
    ("22 May 2019 11:35am", "2019-05-22T11:35:00+00:00"),
    ("22 May 2019 10.15 pm", "2019-05-22T22:15:00+00:00"),
    ("22 May 2019 10:15 AM GMT", "2019-05-22T10:15:00+00:00"),
    ("22 May 2019 10:15 BST", "2019-05-22T10:15:00+01:00"),
    ("22 May 2019 10:15 EST", "2019-05-22T10:15:00-05:00"),
    ("May 22, 2019 at 10:15 a.m. ET", "2019-05-22T10:15:00-04:00"),
    ("Jan 22, 2019 10:15 PM PT", "2019-01-22T22:15:00-08:00"),
    ("March 9, 2024 10:15 CT", "2024-03-09T10:15:00-06:00"),
    ("March 10, 2024 10:15 CT", "2024-03-10T10:15:00-05:00"),
    ("22 May 2019 10:15 UTC", "2019-05-22T10:15:00+00:00"),
    ("22 May 2019, 10.15 BST", "2019-05-22T10:15:00+01:00"),
    ("22 May 2019 | 3pm", "2019-05-22T15:00:00+00:00"),
    ("May 22, 2019 at 3:04 pm", "2019-05-22T15:04:00+00:00"),
    ("12:00am 22 May 2019", "2019-05-22T00:00:00+00:00"),
    ("10:15 BST, 22 May 2019", "2019-05-22T10:15:00+01:00"),
    ("Posted at 9:05 on Wednesday 22 May 2019", "2019-05-22T09:05:00+00:00"),
    ("22 May 2019 13pm", "2019-05-22T00:00:00+00:00"),
    ("25:00 22 May 2019", "2019-05-22T00:00:00+00:00"),
    ("22 May 2019 10:15 west of here", "2019-05-22T10:15:00+00:00"),
    # relative to NOW
    ("2 hours ago", "2019-05-22T10:30:00+00:00"),
    ("an hour ago", "2019-05-22T11:30:00+00:00"),
    ("a minute ago", "2019-05-22T12:29:00+00:00"),
    ("5 mins ago", "2019-05-22T12:25:00+00:00"),
    ("2h ago", "2019-05-22T10:30:00+00:00"),
    ("3 days ago", "2019-05-19T00:00:00+00:00"),
    ("1 week ago", "2019-05-15T00:00:00+00:00"),
    ("3 months ago", "2019-02-22T00:00:00+00:00"),
    ("2 years ago", "2017-05-22T00:00:00+00:00"),
    ("just now", "2019-05-22T12:30:00+00:00"),
    ("moments ago", "2019-05-22T12:30:00+00:00"),
    ("Yesterday", "2019-05-21T00:00:00+00:00"),
    ("yesterday at 10:15", "2019-05-21T10:15:00+00:00"),
    ("today at 10:15", "2019-05-22T10:15:00+00:00"),
    ("Today, 9:30am", "2019-05-22T09:30:00+00:00"),
    # no year: the first such date on or after the day before NOW
    ("May 24 at 8:51 am", "2019-05-24T08:51:00+00:00"),
    ("Tuesday July 24, @08:51AM", "2019-07-24T08:51:00+00:00"),
    ("November 8th", "2019-11-08T00:00:00+00:00"),
    ("21st of May, 10:15", "2019-05-21T10:15:00+00:00"),
    ("Jan 2", "2020-01-02T00:00:00+00:00"),
    # the first date wins
    ("2 hours ago (22 May 2019)", "2019-05-22T10:30:00+00:00"),
    ("Published 1 May 2019, updated 2 May 2019", "2019-05-01T00:00:00+00:00"),
    ("on 31 February 2019 or 1 March 2019", "2019-03-01T00:00:00+00:00"),
    ("price £10.15 on 22 May 2019", "2019-05-22T00:00:00+00:00"),
    # no date
    ("", None),
    ("No date here", None),
    ("31 February 2019", None),
    ("2019-13-01", None),
    ("In May 2019", None),
    ("In May", None),
    ("today the minister said", None),
    ("22 May\n2019", None),
    ("version 1.22.05.2019", None),
    ("5 May 20190", None),
    ("call 0161 496 0000", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_datetime(text: str, expected: str | None) -> None:
    found = find_datetime(text, now=NOW)
    assert (found.value.isoformat() if found else None) == expected


# The longest text a date can hold before its year.
LONGEST = "10:15:59 p.m. AEDT   ,   on   Wednesday.,   22nd   of   September.,   2019"

# (text, the matched words, whether a time was given)
SPANS: list[tuple[str, str, bool]] = [
    ("By Ann Smith, 22 May 2019.", "22 May 2019", False),
    ("Posted Wed, 22 May 2019 10:15:00 +0000 by Ann", "Wed, 22 May 2019 10:15:00 +0000", True),
    ("Ann said yesterday at 10:15 that", "yesterday at 10:15", True),
    ("replied 3 days ago", "3 days ago", False),
    ("May 22, 2019 at 3:04 pm", "May 22, 2019 at 3:04 pm", True),
    ("x" * 100 + LONGEST, LONGEST, True),
]


@pytest.mark.parametrize(("text", "words", "has_time"), SPANS)
def test_match_records_the_words_and_their_place(text: str, words: str, has_time: bool) -> None:
    found = find_datetime(text, now=NOW)
    assert found is not None
    assert (found.text, text[found.start : found.end], found.has_time) == (words, words, has_time)


@pytest.mark.parametrize(
    "text", ["2 hours ago", "yesterday", "just now", "today at 10:15", "May 24 at 8:51 am"]
)
def test_relative_forms_need_now(text: str) -> None:
    assert find_datetime(text) is None


def test_naive_dates_are_read_in_tz() -> None:
    paris = timezone(timedelta(hours=2))
    found = find_datetime("22 May 2019 10:15", tz=paris)
    assert found is not None
    assert found.value == datetime(2019, 5, 22, 8, 15, tzinfo=UTC)


def test_a_named_zone_beats_tz() -> None:
    found = find_datetime("22 May 2019 10:15 GMT", tz=timezone(timedelta(hours=2)))
    assert found is not None
    assert found.value.utcoffset() == timedelta(0)


def test_relative_forms_are_read_in_tz() -> None:
    tokyo = timezone(timedelta(hours=9))
    found = find_datetime("yesterday", tz=tokyo, now=datetime(2019, 5, 22, 20, tzinfo=UTC))
    assert found is not None
    assert found.value == datetime(2019, 5, 22, tzinfo=tokyo)


def test_naive_now_is_read_in_tz() -> None:
    found = find_datetime("1 hour ago", tz=UTC, now=datetime(2019, 5, 22, 12))
    assert found is not None
    assert found.value == datetime(2019, 5, 22, 11, tzinfo=UTC)


@pytest.mark.parametrize(
    ("dayfirst", "expected"), [(True, datetime(2019, 6, 5)), (False, datetime(2019, 5, 6))]
)
def test_dayfirst_decides_only_ambiguous_dates(dayfirst: bool, expected: datetime) -> None:
    ambiguous = find_datetime("05/06/2019", dayfirst=dayfirst)
    clear = find_datetime("05/22/2019", dayfirst=dayfirst)
    assert ambiguous is not None
    assert clear is not None
    assert ambiguous.value.replace(tzinfo=None) == expected
    assert clear.value.replace(tzinfo=None) == datetime(2019, 5, 22)


def test_month_arithmetic_keeps_the_day_where_it_exists() -> None:
    found = find_datetime("1 month ago", now=datetime(2019, 3, 31, tzinfo=UTC))
    assert found is not None
    assert found.value == datetime(2019, 2, 28, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "1 " * 100_000,
        "31 February 2019 " * 10_000,
        "22 May " * 30_000,
        "1:1" * 70_000,
        "Wednesday " * 20_000 + "22 May 2019",
        "9" * 200_000,
        " " * 200_000 + "2 hours ago",
    ],
    ids=["digits", "impossible dates", "no years", "colons", "weekdays", "one run", "far"],
)
def test_long_adversarial_text_is_read_without_backtracking(text: str) -> None:
    # A hang here is catastrophic backtracking; speed itself is measured in bench/.
    found = find_datetime(text, now=NOW)
    assert found is None or found.text == text[found.start : found.end]


_PIECES = [
    "22", "31", "5", "05", "2019", "0000", "9999", "May", "Sept.", "Feb", "Wednesday", "Wed,",
    "nd", "of", " ", "  ", ",", "/", "-", ".", ":", "T", "Z", "10", "15", "59", "am", "p.m.",
    "BST", "+0100", "-05:00", "at", "on", "ago", "hours", "a", "minute", "just now", "yesterday",
    "today", "\n", "\u00a0",
]  # fmt: skip
texts = st.one_of(
    st.text(),
    st.lists(st.sampled_from(_PIECES) | st.text(max_size=2), max_size=30).map("".join),
)
nows = st.none() | st.datetimes(timezones=st.just(UTC)) | st.datetimes()
zones = st.sampled_from([UTC, timezone(timedelta(hours=14)), timezone(-timedelta(hours=12))])


@given(text=texts, now=nows, tz=zones, dayfirst=st.booleans())
def test_find_datetime_is_total_and_its_match_is_honest(
    text: str, now: datetime | None, tz: timezone, dayfirst: bool
) -> None:
    found = find_datetime(text, tz=tz, now=now, dayfirst=dayfirst)
    if found is not None:
        assert isinstance(found, DateMatch)
        assert found.text == text[found.start : found.end]
        assert found.text
        assert found.value.utcoffset() is not None
