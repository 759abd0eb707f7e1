"""The pure scoring functions of bench/_scoring.py, on tiny invented texts."""

from __future__ import annotations

import importlib
import sys
from collections import Counter
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))
scoring = importlib.import_module("_scoring")


# The shingle metric.


def test_shingles_are_overlapping_runs_of_four_tokens() -> None:
    assert scoring.shingles("one two three four five") == Counter(
        {("one", "two", "three", "four"): 1, ("two", "three", "four", "five"): 1}
    )


def test_a_short_text_gives_one_shorter_shingle_and_an_empty_one_none() -> None:
    assert scoring.shingles("only two") == Counter({("only", "two"): 1})
    assert scoring.shingles(" — ") == Counter()


def test_tokens_are_unicode_words_with_case_kept() -> None:
    assert scoring.tokens("Olá, Мир! don't 東京") == ["Olá", "Мир", "don", "t", "東京"]


def test_shingles_are_a_multiset() -> None:
    assert scoring.shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2


def test_page_counts_are_normalised_to_sum_one() -> None:
    tp, fp, fn = scoring.page_counts(gold="a b c d e f", predicted="c d e f g h")
    # gold shingles: abcd bcde cdef; predicted: cdef defg efgh
    assert (tp, fp, fn) == pytest.approx((1 / 5, 2 / 5, 2 / 5))
    assert tp + fp + fn == pytest.approx(1.0)


def test_page_counts_of_two_empty_texts_are_zero() -> None:
    assert scoring.page_counts("", "") == (0.0, 0.0, 0.0)


def test_macro_scores_skip_empty_predictions_for_precision_only() -> None:
    perfect = scoring.page_counts("a b c d", "a b c d")
    empty_prediction = scoring.page_counts("a b c d", "")
    scores = scoring.macro_scores([perfect, empty_prediction])
    assert (scores.precision, scores.recall) == (1.0, 0.5)
    assert (scores.precision_pages, scores.recall_pages) == (1, 2)
    assert scores.f1 == pytest.approx(2 * 1.0 * 0.5 / 1.5)


def test_every_page_weighs_the_same_whatever_its_length() -> None:
    long_gold = " ".join(f"w{i}" for i in range(400))
    half = " ".join(f"w{i}" for i in range(200))
    pages = [scoring.page_counts(long_gold, half), scoring.page_counts("a b c d", "a b c d")]
    scores = scoring.macro_scores(pages)
    assert scores.recall == pytest.approx((197 / 397 + 1.0) / 2)


def test_a_raising_parse_scores_zero_and_counts_for_both_averages() -> None:
    scores = scoring.macro_scores([scoring.RAISED, scoring.page_counts("a b", "a b")])
    assert (scores.precision, scores.recall) == (0.5, 0.5)
    assert (scores.precision_pages, scores.recall_pages) == (2, 2)


# Comment headers and authors.


def test_header_lines_and_short_neighbours_are_removed() -> None:
    gold = "\n".join(
        [
            "Pat Doe",
            "12 March 2012 at 9:15 am",
            "A first comment long enough to be kept whole.",
            "",
            "Sam says:",
            "Another comment that is also long enough to stay.",
            "Reply",
        ]
    )
    kept = scoring.strip_comment_headers(gold)
    assert "Pat Doe" not in kept
    assert "9:15" not in kept
    assert "says" not in kept
    assert "A first comment long enough to be kept whole." in kept
    assert "Another comment that is also long enough to stay." in kept
    assert "Reply" in kept  # two lines from a header: the crude rule is one step


def test_a_long_line_with_a_date_is_not_a_header() -> None:
    line = "On 3 May 2012 I went to the market and bought far more than I needed to, as usual."
    assert scoring.strip_comment_headers(line) == line


@pytest.mark.parametrize(
    ("author", "odd"),
    [("Reply", True), ("12", True), ("3 days ago", True), ("Flag as spam", True)],
)
def test_widget_words_numbers_and_dates_are_odd_authors(author: str, odd: bool) -> None:
    assert scoring.is_widget_or_number(author) is odd


@pytest.mark.parametrize("author", ["Sharon", "Mayfly42", "Ann Likely"])
def test_names_are_not_odd_authors(author: str) -> None:
    assert not scoring.is_widget_or_number(author)


# Quote matching.


def test_normalise_folds_marks_case_spaces_and_trims_punctuation() -> None:
    assert scoring.normalise("\u00a0“It’s   ＯＫ,” ") == "it's ok"


def test_a_short_quote_must_match_token_for_token() -> None:
    assert scoring.match_quotes([("big red dog", 0)], [("big red cat", 0)]) == []
    assert scoring.match_quotes([("Big, red dog.", 0)], [("big red dog", 0)]) == [(0, 0)]


def test_overlap_of_four_fifths_of_the_longer_matches() -> None:
    gold = [("one two three four five", 0)]
    assert scoring.match_quotes([("one two three four", 0)], gold) == [(0, 0)]
    assert scoring.match_quotes([("one two three", 0)], gold) == []
    assert scoring.match_quotes([("one two three four five six seven", 0)], gold) == []


def test_a_paragraph_does_not_match_a_few_quoted_words_in_it() -> None:
    predicted = [("the plan was a total disaster for all of us", 0)]
    assert scoring.match_quotes(predicted, [("total disaster", 0)]) == []


def test_matching_is_one_to_one_and_best_ratio_first() -> None:
    predicted = [("a b c d e", 0), ("a b c d", 0)]
    gold = [("a b c d", 0)]
    assert scoring.match_quotes(predicted, gold) == [(1, 0)]


def test_equal_ratios_go_to_the_nearer_quote_in_reading_order() -> None:
    predicted = [("we will win", 7)]
    gold = [("we will win", 1), ("we will win", 6), ("we will win", 9)]
    assert scoring.match_quotes(predicted, gold) == [(0, 1)]


def test_repeated_quotes_pair_off_by_position() -> None:
    predicted = [("no comment", 2), ("no comment", 8)]
    gold = [("no comment", 8), ("no comment", 2)]
    assert scoring.match_quotes(predicted, gold) == [(0, 1), (1, 0)]


# Speakers.


def test_speaker_key_is_the_last_token_not_a_stop_word() -> None:
    assert scoring.speaker_key("Jane Q. Public Jr.") == "public"
    assert scoring.speaker_key("Bank of Somewhere Inc.") == "somewhere"
    assert scoring.speaker_key("Ms. Smith's") == "smith"


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("Smith", "Jane Smith"),
        ("Jane Smith", "Smith"),
        ("Acme Inc.", "Acme"),
        ("the mayor’s office", "Office of the Mayor"),
    ],
)
def test_speaker_right_by_either_key(predicted: str, gold: str) -> None:
    assert scoring.speaker_right(predicted, gold)


@pytest.mark.parametrize(
    "predicted",
    [None, "", "  ", "she", "He", "Smith Jones Brown Green White Black Smith", "Jane Doe"],
)
def test_speaker_wrong(predicted: str | None) -> None:
    assert not scoring.speaker_right(predicted, "Jane Smith")


# The ratchet.


def test_bounds_round_toward_the_safe_side() -> None:
    assert scoring.round_toward_floor(0.57, higher_is_better=True) == 0.57
    assert scoring.round_toward_floor(0.5799, higher_is_better=True) == 0.57
    assert scoring.round_toward_floor(0.0901, higher_is_better=False) == 0.1
    assert scoring.round_toward_floor(8.0, higher_is_better=False) == 8.0


def test_check_allows_half_a_hundredth_below_the_floor() -> None:
    assert scoring.check_figure(0.7951, 0.80, higher_is_better=True)
    assert not scoring.check_figure(0.7949, 0.80, higher_is_better=True)
    assert scoring.check_figure(0.104, 0.10, higher_is_better=False)
    assert not scoring.check_figure(0.106, 0.10, higher_is_better=False)


def test_update_raises_a_floor_without_asking() -> None:
    [change] = scoring.plan_floor_update({"f1": 0.80}, {"f1": (0.8371, True)})
    assert (change.old, change.new, change.loosens) == (0.80, 0.83, False)


def test_update_marks_a_lower_floor_as_loosening() -> None:
    [change] = scoring.plan_floor_update({"f1": 0.80}, {"f1": (0.7999, True)})
    assert (change.new, change.loosens) == (0.79, True)


def test_update_marks_a_higher_ceiling_as_loosening() -> None:
    [change] = scoring.plan_floor_update({"false": 0.10}, {"false": (0.12, False)})
    assert (change.new, change.loosens) == (0.12, True)
    [change] = scoring.plan_floor_update({"false": 0.10}, {"false": (0.05, False)})
    assert (change.new, change.loosens) == (0.05, False)


def test_update_leaves_unchanged_and_unmeasured_floors_alone() -> None:
    assert scoring.plan_floor_update({"f1": 0.80, "other": 0.5}, {"f1": (0.8049, True)}) == []


def test_a_new_figure_gets_a_floor_without_asking() -> None:
    [change] = scoring.plan_floor_update({}, {"f1": (0.5, True)})
    assert (change.old, change.new, change.loosens) == (None, 0.5, False)


def test_floors_file_update_refuses_to_loosen_without_a_reason() -> None:
    old = {"f1": {"floor": 0.80, "set": "2025-01-01"}, "false": {"ceiling": 0.1, "set": "x"}}
    measured = {"f1": (0.70, True), "false": (0.05, False)}
    update = scoring.update_floors(old, measured, reason=None, today="2025-02-02")
    assert [change.name for change in update.refused] == ["f1"]
    assert update.changes == []
    assert update.floors == old  # nothing at all is written, not even the tightening


def test_floors_file_update_records_the_reason_and_date_beside_the_floor() -> None:
    old = {"f1": {"floor": 0.80, "set": "2025-01-01"}, "false": {"ceiling": 0.1, "set": "x"}}
    measured = {"f1": (0.70, True), "false": (0.05, False)}
    update = scoring.update_floors(old, measured, reason="gold redone", today="2025-02-02")
    assert update.refused == []
    assert update.floors["f1"] == {
        "floor": 0.70,
        "set": "2025-02-02",
        "reason": "gold redone",
        "loosened_from": 0.80,
    }
    assert update.floors["false"] == {"ceiling": 0.05, "set": "2025-02-02"}


def test_floors_file_update_tightens_without_a_reason() -> None:
    old = {"f1": {"floor": 0.80, "set": "2025-01-01", "reason": "old", "loosened_from": 0.9}}
    update = scoring.update_floors(old, {"f1": (0.91, True)}, reason=None, today="2025-02-02")
    assert update.floors == {"f1": {"floor": 0.91, "set": "2025-02-02"}}


def test_headline_right_when_four_fifths_of_its_words_agree() -> None:
    assert scoring.headline_right("Storm hits the coast", "Storm hits coast")
    assert scoring.headline_right("STORM HITS COAST", "Storm hits coast")


def test_headline_wrong_when_a_byline_or_nothing_is_taken() -> None:
    assert not scoring.headline_right("By Ann Lee, storm reporter", "Storm hits coast")
    assert not scoring.headline_right(None, "Storm hits coast")
    assert scoring.token_f1("", "Storm") == 0.0
