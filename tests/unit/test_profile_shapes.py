"""The shape of a template line: numbers, dates and the page's title made slots (issue 16)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse._profiles.shapes import Slot, escape, shape_of
from newsparse.adapters import compile_patterns


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("© 2011 Harbour Gazette", "© 2012 Harbour Gazette"),
        ("Posted on Monday, June 4th, 2012", "Posted on Friday, July 13th, 2012"),
        ("Last updated 9:30 pm", "Last updated 10:05 a.m."),
        ("Sept. 3 · Weather: 14°C", "Dec 11 · Weather: 9°C"),
        ("Categories (12)", "CATEGORIES (7)"),
    ],
)
def test_lines_that_differ_in_numbers_dates_or_case_have_one_shape(one: str, other: str) -> None:
    assert shape_of(one) == shape_of(other)
    assert hash(shape_of(one)) == hash(shape_of(other))
    pattern = compile_patterns(shape_of(one).pattern())[0]
    assert pattern.match(one)
    assert pattern.match(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("About us", "About them"),
        ("Monday club", "Mondays"),  # a weekday is a whole word
        ("Top 10 tips", "Top 10 tips!"),
        ("12 Comments", "12th Comments"),
    ],
)
def test_lines_that_differ_in_words_have_other_shapes(one: str, other: str) -> None:
    assert shape_of(one) != shape_of(other)


def test_the_title_of_the_page_becomes_a_slot_inside_a_line_not_as_the_line() -> None:
    titles = ["Storm hits the pier"]
    inside = shape_of("3 Responses to “Storm hits the pier”", titles=titles)
    assert inside == shape_of(
        "12 Responses to “Ferry delayed again”", titles=["Ferry delayed again"]
    )
    assert Slot.TITLE in inside.parts
    assert "Storm" not in inside.pattern()
    assert not shape_of("Storm hits the pier", titles=titles).general


def test_a_count_is_captured_for_comment_headings() -> None:
    pattern = compile_patterns(shape_of("What readers say (3)").pattern(count=True))[0]
    found = pattern.match("What readers say (14)")
    assert found is not None
    assert found["count"] == "14"


def test_a_shape_keeps_the_line_it_was_first_seen_as() -> None:
    shape = shape_of("Home › News")
    assert shape.text == "Home › News"
    assert shape.literal() == "Home › News"
    assert shape.pattern() == "^Home › News$"


@given(st.text(st.characters(codec="utf-8"), max_size=60))
def test_an_escaped_text_matches_exactly_itself(text: str) -> None:
    assert re.fullmatch(escape(text), text, re.DOTALL) is not None


@given(st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=80))
def test_a_shape_pattern_matches_the_line_it_came_from(text: str) -> None:
    pattern = compile_patterns(shape_of(text).pattern())[0]
    assert pattern.match(text) is not None
