"""The records the quote stage reads and returns."""

from __future__ import annotations

import enum
from typing import NamedTuple

from newsparse.models import Diagnostic, Quote, Span, Speaker

__all__ = ["QuoteResult", "Source", "SourceRole"]


class SourceRole(enum.Enum):
    """Where a piece of text sits in the article."""

    HEADLINE = "headline"
    STANDFIRST = "standfirst"
    BODY = "body"


class Source(NamedTuple):
    """A headline or paragraph to search for quotes, with its lines.

    Example:
        >>> Source(text="No.", span=Span(start_line=3, end_line=3), role=SourceRole.BODY).role
        <SourceRole.BODY: 'body'>
    """

    text: str
    span: Span
    role: SourceRole


class QuoteResult(NamedTuple):
    """What the quote stage found.

    Attributes:
        quotes: The quotes in reading order.
        speakers: Each speaker once, in order of first quote.
        diagnostics: Unclosed quotes and marks that could not be paired.
        rules: For each quote, the name of the rule that decided its speaker
            ("after-quote", "floor-holder", "scare", "none", ...), for
            ``newsparse explain``.
        evidence: For each quote, what the rule read, in a line ("“she
            said” → Ann Lee: the nearest woman named before it").
    """

    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    rules: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
