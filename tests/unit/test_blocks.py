from __future__ import annotations

from newsparse._page import Lines
from newsparse._pipeline.text.blocks import split_blocks
from newsparse.models import Span


def spans(text: str) -> list[tuple[int, int]]:
    return [(b.span.start_line, b.span.end_line) for b in split_blocks(Lines.from_text(text))]


def test_blank_lines_separate_blocks() -> None:
    assert spans("a\nb\n\n\nc\n \n\u00a0\nd") == [(1, 2), (5, 5), (8, 8)]


def test_each_bullet_starts_a_block() -> None:
    assert spans("  • one\n    cont\n  • two\n  • three") == [(1, 2), (3, 3), (4, 4)]


def test_block_text_joins_lines_and_drops_bullet() -> None:
    block = split_blocks(Lines.from_text("  • First line\n    second\u00a0 line  "))[0]
    assert block.text == "First line second line"
    assert block.line_texts == ("First line", "second line")
    assert block.bullet == "•"
    assert block.indent == 2
    assert block.span == Span(start_line=1, end_line=2)


def test_empty_text_has_no_blocks() -> None:
    assert split_blocks(Lines.from_text("")) == ()
    assert split_blocks(Lines.from_text("\n \n\t\n")) == ()


def test_invisible_line_ends_a_block_inside_its_span() -> None:
    assert spans("a\n\u200b\nb") == [(1, 2), (3, 3)]
    assert [b.text for b in split_blocks(Lines.from_text("a\n\u200b\nb"))] == ["a", "b"]


def test_invisible_line_alone_is_a_block() -> None:
    assert spans("\u200b\n\na") == [(1, 1), (3, 3)]


def test_repr_names_span_and_text() -> None:
    block = split_blocks(Lines.from_text("\n\nA headline here"))[0]
    assert repr(block) == "TextBlock(3-3: 'A headline here')"
