from __future__ import annotations

import pytest

from newsparse._page import Lines, clean_inline, is_blank
from newsparse.models import Span


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("plain text", "plain text"),
        ("  padded  ", "padded"),
        ("nbsp\u00a0inside\u00a0", "nbsp inside"),
        ("two  spaces\tand tab", "two spaces and tab"),
        ("zero\u200bwidth\u200d", "zerowidth"),
        ("soft\u00adhyphen", "softhyphen"),
        ("bell\x07", "bell"),
        ("narrow\u202fspace", "narrow space"),
        ("‘curly’ marks “kept”", "‘curly’ marks “kept”"),
    ],
)
def test_clean_inline(raw: str, clean: str) -> None:
    assert clean_inline(raw) == clean


@pytest.mark.parametrize(
    ("line", "blank"),
    [("", True), ("   ", True), ("\u00a0 ", True), ("\u200b", False), ("x", False)],
)
def test_is_blank(line: str, blank: bool) -> None:
    assert is_blank(line) is blank


def test_lines_count_like_splitlines() -> None:
    text = "a\r\nb\rc\nd\u2028e\x0cf"
    lines = Lines.from_text(text)
    assert [line.raw for line in lines] == text.splitlines()
    assert [line.number for line in lines] == list(range(1, len(text.splitlines()) + 1))


def test_indent_and_bullet() -> None:
    lines = Lines.from_text("  • item\n    more\n\tTabbed\n- dash item\n•")
    assert [line.indent for line in lines] == [2, 4, 4, 0, 0]
    assert [line.bullet for line in lines] == ["•", None, None, "-", "•"]


def test_zero_width_only_line_is_not_blank() -> None:
    line = Lines.from_text("\u200b")[0]
    assert line.text == ""
    assert not line.blank


def test_within_and_at() -> None:
    lines = Lines.from_text("a\nb\nc\nd")
    assert lines.at(3).raw == "c"
    assert [line.raw for line in lines.within(Span(start_line=2, end_line=4))] == ["b", "c", "d"]
    assert len(lines) == 4
    assert lines[0].span == Span(start_line=1, end_line=1)
