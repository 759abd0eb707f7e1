"""Span: the input lines a record came from."""

from __future__ import annotations

import attrs

__all__ = ["Span"]


# Plain functions rather than attrs.validators.ge: spans are made for every
# block of every page, so their validators are on the hot path.
def _positive(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        raise ValueError(f"start_line must be >= 1, not {value}")


def _end_not_before_start(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < instance.start_line:
        raise ValueError(f"end_line {value} is before start_line {instance.start_line}")


@attrs.frozen(kw_only=True, order=True)
class Span:
    """A run of input lines, 1-based and inclusive.

    Lines are counted the way :meth:`str.splitlines` counts them on the
    decoded text, so ``text.splitlines()[span.start_line - 1]`` is the first
    line of a span.

    Attributes:
        start_line: The first line, counting from 1.
        end_line: The last line, included; never before ``start_line``.

    Example:
        >>> Span(start_line=3, end_line=5).line_count
        3
        >>> Span(start_line=3, end_line=5).contains(4)
        True
    """

    start_line: int = attrs.field(validator=_positive)
    end_line: int = attrs.field(validator=_end_not_before_start)

    @property
    def line_count(self) -> int:
        """How many lines the span covers."""
        return self.end_line - self.start_line + 1

    def contains(self, line_number: int) -> bool:
        """Tell whether ``line_number`` lies inside the span."""
        return self.start_line <= line_number <= self.end_line

    def merge(self, other: Span) -> Span:
        """Return the smallest span covering both spans.

        Example:
            >>> Span(start_line=2, end_line=3).merge(Span(start_line=7, end_line=7))
            Span(start_line=2, end_line=7)
        """
        return Span(
            start_line=min(self.start_line, other.start_line),
            end_line=max(self.end_line, other.end_line),
        )
