from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse._pipeline.comments import date_lines

# Pieces of comment-header dates, and of the text around them.
PIECES = [
    "4",
    "12",
    "2012",
    "'12",
    "March",
    "mar.",
    "Tuesday",
    "9/25/12",
    "2019-06-04",
    "07:30",
    "8.12",
    "AM",
    "p.m.",
    "GMT",
    "at",
    "@",
    ",",
    "-",
    "|",
    "10.",
    "2 hours ago",
    "an hour ago",
    "yesterday",
    "[icon]",
    "Ann",
    "said...",
    "a",
    "one",
    "just",
    "now",
    "minute",
    "ago",
    "may",
    "May.",
    "Mayo",
    "Sept",
]


# The date pattern as one regular expression, ``START (PART)*``, which the
# module matches part by part so as to compile each atom once.
_ONE_PATTERN = re.compile(
    rf"{date_lines._DATE_START().pattern}(?:{date_lines._DATE_PART().pattern})*",
    re.IGNORECASE,
)


def _one_pattern_date(text: str) -> tuple[int, int, str] | None:
    for token in date_lines._TOKEN.finditer(text):
        if token.group()[0].isdigit() or token.group().lower() in date_lines.DATE_WORDS:
            found = _ONE_PATTERN.match(text, token.start())
            if found is not None:
                return found.start(), found.end(), found.group()
    return None


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8), st.sampled_from(["", " ", ", "]))
def test_a_date_found_part_by_part_is_the_one_pattern_match(
    pieces: list[str], separator: str
) -> None:
    text = separator.join(pieces)
    found = date_lines.find_date(text)
    assert (found and tuple(found)) == _one_pattern_date(text), text


def test_a_day_glued_to_a_handle_s_digits_is_read_off_their_end() -> None:
    # The last two digits when they make a day of the month, else the last one.
    assert date_lines.find_date("walker198028 October 2012") == (10, 25, "28 October 2012")
    assert date_lines.find_date("ann2409 May 2012") == (5, 16, "09 May 2012")
    assert date_lines.find_date("ann1239 May 2012") == (6, 16, "9 May 2012")
    assert date_lines.find_date("Ann Lee29 October 2012 at 9:14 pm") == (
        7,
        33,
        "29 October 2012 at 9:14 pm",
    )


def test_digits_glued_to_a_date_need_letters_before_them() -> None:
    # A number of three digits or more with no letters glued before it opens no day.
    assert date_lines.find_date("Room 1012 October 2012") is None
    assert date_lines.find_date("walker1980 October 2012") is None
