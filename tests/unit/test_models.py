from __future__ import annotations

import attrs
import pytest

from newsparse.models import Block, BlockReason, Paragraph, Span
from newsparse.models._trusted import trusted_block, trusted_paragraph, trusted_span


def test_span_validates_public_construction() -> None:
    with pytest.raises(ValueError, match="start_line must be >= 1, not 0"):
        Span(start_line=0, end_line=1)
    with pytest.raises(ValueError, match="end_line 2 is before start_line 3"):
        Span(start_line=3, end_line=2)


def test_trusted_constructors_build_equal_records() -> None:
    span = trusted_span(2, 4)
    assert span == Span(start_line=2, end_line=4)
    assert hash(span) == hash(Span(start_line=2, end_line=4))
    assert trusted_block("Menu", BlockReason.SITE_HEADER, span) == Block(
        text="Menu", reason=BlockReason.SITE_HEADER, span=span
    )
    assert trusted_paragraph("It rained.", span) == Paragraph(text="It rained.", span=span)


@pytest.mark.parametrize(
    ("record", "fields"),
    [
        (Span, ["start_line", "end_line"]),
        (Block, ["text", "reason", "span"]),
        (Paragraph, ["text", "span"]),
    ],
)
def test_trusted_constructors_set_every_field(record: type, fields: list[str]) -> None:
    # A field added to the record must be added to its trusted constructor too.
    assert [field.name for field in attrs.fields(record)] == fields
