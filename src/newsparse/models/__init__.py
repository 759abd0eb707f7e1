"""The typed records a parse returns.

Every record is a frozen, slotted attrs class with keyword-only fields;
collections are tuples, so records hash, compare by value and pickle. Every
record that comes from the page carries the :class:`Span` of input lines it
was read from. The closed sets (:class:`Zone`, :class:`BlockReason`,
:class:`QuoteKind`, :class:`Severity`) are string enums: a member equals its
value (``Zone.BODY == "body"``), which is also what the JSON holds.

All of them are importable from ``newsparse`` as well.
"""

from __future__ import annotations

from newsparse.models._article import Article
from newsparse.models._comments import Comment, CommentSection
from newsparse.models._kinds import BlockReason, QuoteKind, Severity, Zone
from newsparse.models._parts import Block, Diagnostic, Headline, Paragraph, Quote, Speaker
from newsparse.models._span import Span

__all__ = [
    "Article",
    "Block",
    "BlockReason",
    "Comment",
    "CommentSection",
    "Diagnostic",
    "Headline",
    "Paragraph",
    "Quote",
    "QuoteKind",
    "Severity",
    "Span",
    "Speaker",
    "Zone",
]
