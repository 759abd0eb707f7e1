from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsparse._pipeline.zones import patterns as line_patterns
from newsparse._pipeline.zones.openings import DIGIT, SPACE, fold, keys_of, openings
from newsparse._pipeline.zones.patterns import PATTERN_KINDS, PatternTable
from newsparse.adapters import GENERIC, PULSE
from newsparse.adapters._adapter import Adapter, compile_patterns
from newsparse.models import Zone

TEXTS = [
    "Readers' comments (29)",
    "Unsuitable or offensive? Report this comment",
    "View results 10 results per page20 results per page",
    "Have your say",
    "© 2024 Example Media",
    "Some rights and all rights reserved here",
    "By Jane Smith, Health Reporter",
    "Skip to content",
    "The council met on Tuesday.",
    "S",
    "Re",
    "▲ 5 ▼",
    "pulse june2020 80x101px Read the latest issue online",
]


def brute_force(adapter: Adapter, text: str) -> tuple[Zone, str] | None:
    """Try every pattern in rule order, as the index must agree with."""
    sources = (adapter, GENERIC) if adapter is not GENERIC else (GENERIC,)
    for source in sources:
        for kind, zone in PATTERN_KINDS:
            for pattern in getattr(source, kind):
                if pattern.search(text) is not None:
                    return zone, f"{source.name}.{zone.value}"
    return None


@pytest.mark.parametrize("adapter", [GENERIC, PULSE], ids=lambda adapter: adapter.name)
@pytest.mark.parametrize("text", TEXTS)
def test_match_agrees_with_trying_every_pattern(adapter: Adapter, text: str) -> None:
    assert PatternTable(adapter).match(text) == brute_force(adapter, text)


@pytest.mark.parametrize(
    "zones",
    [
        {Zone.COMMENTS_HEADING},
        {Zone.COMMENT_NOISE, Zone.PAGINATION, Zone.COMMENT_FORM, Zone.TRACKBACKS},
        {Zone.FOOTER},
        {Zone.PROMO},
    ],
    ids=lambda zones: "+".join(sorted(zone.value for zone in zones)),
)
@pytest.mark.parametrize("adapter", [GENERIC, PULSE], ids=lambda adapter: adapter.name)
def test_match_in_is_match_kept_to_the_zones_asked_for(adapter: Adapter, zones: set[Zone]) -> None:
    table = PatternTable(adapter)
    for text in TEXTS:
        expected = brute_force(adapter, text)
        if expected is not None and expected[0] not in zones:
            expected = None
        # A frozen set gets an index of its own; any other collection does not.
        assert table.match_in(text, zones) == expected
        assert table.match_in(text, frozenset(zones)) == expected


# Texts that open like the patterns do, in any case, and texts of any characters.
_OPENINGS = st.sampled_from(
    ["read", "Reply", "sign", "©", "(c)", "[ ", "{ 2", "12 ", "« Older", "Comments", "By ", "ſkip"]
)
_LINE_TEXTS = st.one_of(
    st.builds(lambda head, tail: head + tail, _OPENINGS, st.text(max_size=30)),
    st.text(min_size=1, max_size=40),
).filter(lambda text: "\n" not in text and text.strip() == text and text != "")


@given(text=_LINE_TEXTS)
def test_the_first_character_table_misses_no_match(text: str) -> None:
    for adapter in (GENERIC, PULSE):
        assert PatternTable(adapter).match(text) == brute_force(adapter, text)


@given(text=_LINE_TEXTS)
def test_a_match_opens_the_way_its_pattern_allows(text: str) -> None:
    keys = "".join(fold(character) for character in text)
    for kind, _ in PATTERN_KINDS:
        for pattern in getattr(GENERIC, kind):
            allowed = openings(pattern)
            if allowed is not None and pattern.match(text) is not None:
                assert any(keys.startswith(opening) for opening in allowed), pattern.pattern


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^(sign in|log ?in)\b", {"sig", "log"}),
        (r"^(?:posted )?by\b", {"pos", "by"}),
        (r"^[+-]\d", {"+" + DIGIT, "-" + DIGIT}),
        (r"^\d ?[ab]", {DIGIT + SPACE + "a", DIGIT + SPACE + "b", DIGIT + "a", DIGIT + "b"}),
        (r"^(?=x)[a-c]x", {"ax", "bx", "cx"}),
        (r"^K", {"k"}),
        (r"^\d [^\W\d_]+ comments", {DIGIT + SPACE}),  # the tree tells two characters
        (r"^x?", None),  # may match the empty string
        (r"^.x", None),
        (r"^[^|]+", None),
        (r"^\p{Lu}", None),  # the regex module's syntax
    ],
)
def test_openings_of_a_pattern(pattern: str, expected: set[str] | None) -> None:
    (compiled,) = compile_patterns(pattern)
    found = openings(compiled)
    assert found == (None if expected is None else frozenset(expected))


def test_kelvin_sign_and_long_s_fold_to_their_letters() -> None:
    assert {fold("K"), fold("k"), fold("\u212a")} == {"k"}
    assert fold("ſ") == fold("S") == "s"


def test_match_texts_agrees_with_trying_every_pattern_on_each_text() -> None:
    texts = [*TEXTS, "", "x" * 300, *TEXTS]
    expected = {
        index: match
        for index, text in enumerate(texts)
        if 0 < len(text) <= line_patterns.MAX_CHARS and (match := brute_force(PULSE, text))
    }
    assert PatternTable(PULSE).match_texts(texts) == expected


TRICKY = Adapter(
    name="tricky",
    promo=compile_patterns(r"\s*foo\s*$", r"x\s*y|y z", r"(?<=a)b", r"o\b", r"[^q]o\s?$"),
    footer=(regex.compile(r"b$"),),
)


@pytest.mark.parametrize(
    "texts",
    [
        ["x", "y z"],  # a match across texts must not hide the next text's own
        ["foo ", "foo"],
        ["ab", "b", "a", "b"],
        ["zo", "qo", "o q", "b"],
    ],
)
def test_match_texts_is_exact_for_patterns_that_may_match_anywhere(texts: list[str]) -> None:
    expected = {
        index: match for index, text in enumerate(texts) if (match := brute_force(TRICKY, text))
    }
    assert PatternTable(TRICKY).match_texts(texts) == expected


@pytest.mark.parametrize(
    ("pattern", "joinable"),
    [
        (r"\bresults per page\b", True),
        (r"\bread the latest issue online$", True),
        (r"(?<=a)b", False),
        (r"b(?!\s)", False),
        (r"(?i)b", False),
        (r"a++b", False),
        (r"b\Z", False),
        (r"(?:fo){e<=1}", False),
    ],
)
def test_joinable_patterns(pattern: str, joinable: bool) -> None:
    (compiled,) = compile_patterns(pattern)
    assert line_patterns._joinable(compiled) is joinable


def test_patterns_without_multiline_are_not_joinable() -> None:
    assert not line_patterns._joinable(regex.compile(r"b$"))


@given(text=st.text(max_size=3))
def test_keys_of_a_prefix_are_the_keys_of_its_characters(text: str) -> None:
    assert keys_of(text) == "".join(fold(character) for character in text)
