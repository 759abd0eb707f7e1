"""The closed sets of the records: string enums whose members equal their JSON values."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["BlockReason", "QuoteKind", "Severity", "Zone"]


class QuoteKind(StrEnum):
    """What a quotation is doing in the sentence around it."""

    SPEECH = "speech"
    """Whole sentences of someone's words."""
    PARTIAL = "partial"
    """A few quoted words inside the writer's own sentence."""
    SCARE = "scare"
    """A term in quotation marks, said by nobody in particular."""


class BlockReason(StrEnum):
    """Why a run of lines is not content.

    The ``reason`` of a :class:`Block`; the zone of its lines has the same name.
    """

    SITE_HEADER = "site-header"
    """The masthead and navigation above the article."""
    PROMO = "promo"
    """Links to other articles, newsletters, offers."""
    BYLINE = "byline"
    """The author or date line; its values are ``Article.byline`` and ``published``."""
    COMMENT_NOISE = "comment-noise"
    """Widget text in the comment section: "Reply", "Report this comment", votes."""
    PAGINATION = "pagination"
    """Page links and results-per-page widgets."""
    COMMENT_FORM = "comment-form"
    """The form for posting a comment, and notices that comments are closed."""
    TRACKBACKS = "trackbacks"
    """A list of trackbacks or pingbacks from other sites."""
    FOOTER = "footer"
    """Everything after the article and its comments."""
    SIDE_COLUMN = "side-column"
    """A sidebar printed beside the page's main column, on the same lines.

    Its block's span shares lines with the records of the main column.
    """
    UNPLACED = "unplaced"
    """Lines no rule could place, kept so that nothing is lost."""


class Severity(StrEnum):
    """How much a diagnostic matters."""

    INFO = "info"
    """A note on how the page was read; nothing is wrong."""
    WARNING = "warning"
    """Part of the result may be wrong or missing."""
    ERROR = "error"
    """Something failed (an adapter, or lines placed nowhere); the result is what was saved."""


class Zone(StrEnum):
    """The part of a page a block of lines belongs to.

    These are the labels ``newsparse explain`` prints for each line. The zones
    that are not content share their names with the :class:`BlockReason` of
    the boilerplate blocks they become.
    """

    BLANK = "blank"
    """An empty or whitespace-only line."""
    SITE_HEADER = "site-header"
    """The masthead and navigation above the article."""
    PROMO = "promo"
    """Links to other articles, newsletters, offers."""
    HEADLINE = "headline"
    """The article's headline."""
    BYLINE = "byline"
    """The author or date line."""
    STANDFIRST = "standfirst"
    """The lede paragraph under the headline."""
    BODY = "body"
    """The paragraphs of the article."""
    COMMENTS_HEADING = "comments-heading"
    """The heading that opens the comment section ("12 comments")."""
    COMMENT = "comment"
    """A reader comment: its header, text and replies."""
    COMMENT_NOISE = "comment-noise"
    """Widget text in the comment section."""
    PAGINATION = "pagination"
    """Page links and results-per-page widgets."""
    COMMENT_FORM = "comment-form"
    """The form for posting a comment."""
    TRACKBACKS = "trackbacks"
    """A list of trackbacks or pingbacks."""
    FOOTER = "footer"
    """Everything after the article and its comments."""
    SIDE_COLUMN = "side-column"
    """A sidebar printed beside the main column, on the same lines."""
    UNPLACED = "unplaced"
    """Lines no rule could place."""
