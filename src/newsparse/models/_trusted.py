"""Constructors that skip validation, for values the stages counted themselves."""

from __future__ import annotations

from newsparse.models._kinds import BlockReason
from newsparse.models._parts import Block, Paragraph
from newsparse.models._span import Span

__all__ = ["trusted_block", "trusted_paragraph", "trusted_span"]


# Trusted constructors, for the stages only. Every block of every page makes a
# Span and a Block or a Paragraph, and attrs' __init__ (keyword arguments,
# frozen setattr, Span's validators) costs twice as much as setting the slots
# through their own descriptors. Only values that the stages counted
# themselves go through here (``1 <= start_line <= end_line``); anything from
# outside input goes through the validating constructors.
_SET_START = Span.__dict__["start_line"].__set__
_SET_END = Span.__dict__["end_line"].__set__
_SET_BLOCK_TEXT = Block.__dict__["text"].__set__
_SET_BLOCK_REASON = Block.__dict__["reason"].__set__
_SET_BLOCK_SPAN = Block.__dict__["span"].__set__
_SET_PARAGRAPH_TEXT = Paragraph.__dict__["text"].__set__
_SET_PARAGRAPH_SPAN = Paragraph.__dict__["span"].__set__


def trusted_span(start_line: int, end_line: int) -> Span:
    """Return ``Span(start_line=start_line, end_line=end_line)`` without validation.

    Example:
        >>> trusted_span(3, 5) == Span(start_line=3, end_line=5)
        True
    """
    span: Span = object.__new__(Span)
    _SET_START(span, start_line)
    _SET_END(span, end_line)
    return span


def trusted_block(text: str, reason: BlockReason, span: Span) -> Block:
    """Return ``Block(text=text, reason=reason, span=span)`` the cheap way.

    Example:
        >>> span = Span(start_line=1, end_line=1)
        >>> trusted_block("Menu", BlockReason.SITE_HEADER, span) == Block(
        ...     text="Menu", reason=BlockReason.SITE_HEADER, span=span)
        True
    """
    block: Block = object.__new__(Block)
    _SET_BLOCK_TEXT(block, text)
    _SET_BLOCK_REASON(block, reason)
    _SET_BLOCK_SPAN(block, span)
    return block


def trusted_paragraph(text: str, span: Span) -> Paragraph:
    """Return ``Paragraph(text=text, span=span)`` the cheap way.

    Example:
        >>> span = Span(start_line=2, end_line=3)
        >>> trusted_paragraph("It rained.", span) == Paragraph(text="It rained.", span=span)
        True
    """
    paragraph: Paragraph = object.__new__(Paragraph)
    _SET_PARAGRAPH_TEXT(paragraph, text)
    _SET_PARAGRAPH_SPAN(paragraph, span)
    return paragraph
