from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse._pipeline.comments import headers as comment_headers

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
]


@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=8), st.sampled_from(["", " ", ", "]))
def test_date_at_a_number_is_the_date_found_there(pieces: list[str], separator: str) -> None:
    text = separator.join(pieces)
    for number in regex.finditer(r"\d+", text):
        full = comment_headers._DATE.match(text, number.start())
        quick = comment_headers._DATE_AT_NUMBER.match(text, number.start())
        assert (quick and quick.span()) == (full and full.span()), text
