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

from datetime import datetime
from enum import StrEnum

import attrs

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


@attrs.frozen(kw_only=True)
class Headline:
    """The article's headline.

    Attributes:
        text: The headline, cleaned as :class:`Paragraph` text is.
        span: The lines it was read from.

    Example:
        >>> Headline(text="Rain stops play", span=Span(start_line=4, end_line=4)).text
        'Rain stops play'
    """

    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Paragraph:
    """One paragraph of the standfirst or body, its text cleaned.

    Cleaning turns NBSPs into spaces, drops zero-width characters, collapses
    runs of spaces, joins wrapped lines with one space and strips the ends;
    quotation marks stay as typed.

    Attributes:
        text: The cleaned text.
        span: The lines it was read from.

    Example:
        >>> Paragraph(text="It rained.", span=Span(start_line=6, end_line=6)).text
        'It rained.'
    """

    text: str
    span: Span


@attrs.frozen(kw_only=True)
class Quote:
    """Words between quotation marks, and who said them.

    Attributes:
        text: The quoted words without the marks; a quote over several
            paragraphs is joined with one space.
        speaker: The fullest name the article gives the speaker, or ``None``.
        kind: Whole-sentence speech, a partial quote or a scare-quoted term.
        cue: The attributing words ("said", "according to"), or ``None``.
        span: The lines the quote runs over.

    Example:
        >>> q = Quote(text="No.", speaker="Ann Lee", kind=QuoteKind.SPEECH,
        ...           cue="said", span=Span(start_line=9, end_line=9))
        >>> (q.speaker, str(q.kind))
        ('Ann Lee', 'speech')
    """

    text: str
    speaker: str | None
    kind: QuoteKind
    cue: str | None
    span: Span


@attrs.frozen(kw_only=True)
class Speaker:
    """A person or body quoted in the article, listed once.

    Attributes:
        name: The fullest form of the name the article gives, as in
            ``Quote.speaker``.
        description: What the article says they are ("council leader"), or
            ``None``.

    Example:
        >>> Speaker(name="Dr Ann Lee", description="council leader").name
        'Dr Ann Lee'
    """

    name: str
    description: str | None


@attrs.frozen(kw_only=True)
class Comment:
    r"""One reader comment and its replies.

    No field holds widget text ("Reply", "Report this comment", vote
    buttons): that goes to ``Article.boilerplate``.

    Attributes:
        author: The commenter's name or handle, or ``None`` when not shown.
        text: The paragraphs joined by a blank line.
        paragraphs: The comment's paragraphs; lines the reader broke inside
            a paragraph stay joined by ``"\n"``.
        posted: When it was posted, timezone-aware, if the page says.
        posted_text: The date or time as the page wrote it.
        score: A vote or like count, if the page shows one.
        replies: Comments answering this one, in page order.
        span: The lines of the comment, replies excluded, so the spans of a
            thread do not nest and each line belongs to one comment.
        quotes: The quotes in the comment's text (a reader quoting the
            article or another reader), found as in the article; their
            speakers are not added to ``Article.speakers``.

    Example:
        >>> c = Comment(author=None, text="Agreed.", paragraphs=("Agreed.",),
        ...             posted=None, posted_text=None, score=None, replies=(),
        ...             span=Span(start_line=40, end_line=40))
        >>> c.text
        'Agreed.'
    """

    author: str | None
    text: str
    paragraphs: tuple[str, ...]
    posted: datetime | None
    posted_text: str | None
    score: int | None
    replies: tuple[Comment, ...]
    span: Span
    quotes: tuple[Quote, ...] = ()


@attrs.frozen(kw_only=True)
class CommentSection:
    """The reader comments of a page; empty when the page has none.

    Attributes:
        declared_count: The total the page announces ("Readers' comments (29)").
        comments: Top-level comments in page order; replies nest inside.
        paginated: True when the page shows only part of the comments: fewer
            than it declares, or a pagination widget.
        span: The lines of the whole section, or ``None`` when absent.

    Example:
        >>> CommentSection.empty().comments
        ()
    """

    declared_count: int | None
    comments: tuple[Comment, ...]
    paginated: bool
    span: Span | None

    @classmethod
    def empty(cls) -> CommentSection:
        """Return the section of a page without comments."""
        return cls(declared_count=None, comments=(), paginated=False, span=None)

    def walk(self) -> tuple[Comment, ...]:
        """Return every comment, replies included, depth first.

        Example:
            >>> CommentSection.empty().walk()
            ()
        """
        found: list[Comment] = []
        stack = list(reversed(self.comments))
        while stack:
            comment = stack.pop()
            found.append(comment)
            stack.extend(reversed(comment.replies))
        return tuple(found)


@attrs.frozen(kw_only=True)
class Block:
    r"""A run of lines that is not content, and why.

    Attributes:
        text: The text of its lines, joined by ``"\n"``.
        reason: Why they are not content.
        span: The lines of the block.

    Example:
        >>> Block(text="Report this comment", reason=BlockReason.COMMENT_NOISE,
        ...       span=Span(start_line=50, end_line=50)).reason.value
        'comment-noise'
    """

    text: str
    reason: BlockReason
    span: Span


@attrs.frozen(kw_only=True)
class Diagnostic:
    """Something the parser was unsure of, with a stable dotted code.

    Attributes:
        code: A stable dotted code such as ``"comments.count-mismatch"``
            (docs/parsing.md lists them all); match on it, not on the message.
        message: What happened, in words, for people.
        span: The lines concerned, or ``None`` for the whole page.
        severity: How much it matters.

    Example:
        >>> Diagnostic(code="headline.missing", message="no headline found",
        ...            span=None, severity=Severity.WARNING).code
        'headline.missing'
    """

    code: str
    message: str
    span: Span | None
    severity: Severity


@attrs.frozen(kw_only=True)
class Article:
    r"""Everything newsparse read from one page.

    Attributes:
        site: The name of the adapter that parsed the page.
        headline: The headline, or ``None`` when the page shows none.
        standfirst: The lede paragraph under the headline, or ``None``.
        body: The body paragraphs after the standfirst.
        quotes: Quotes in headline, standfirst and body, in reading order.
        speakers: Each person or body quoted, once.
        comments: The comment section (empty when there is none).
        boilerplate: Runs of lines that are not content, with reasons.
        diagnostics: What the parser was unsure of.
        byline: The author line, if found.
        published: The publication time, if found.
        url: The page's address, if the page states it.

    Example:
        >>> import newsparse
        >>> article = newsparse.parse("Big news\n\nIt happened today, and it was big.")
        >>> article.headline.text
        'Big news'
    """

    site: str
    headline: Headline | None
    standfirst: Paragraph | None
    body: tuple[Paragraph, ...]
    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]
    comments: CommentSection
    boilerplate: tuple[Block, ...]
    diagnostics: tuple[Diagnostic, ...]
    byline: str | None = None
    published: datetime | None = None
    url: str | None = None

    @classmethod
    def empty(cls, *, site: str = "generic") -> Article:
        """Return an article with nothing in it: no headline, text, comments or blocks.

        Example:
            >>> Article.empty().body, Article.empty(site="pulse").site
            ((), 'pulse')
        """
        return cls(
            site=site,
            headline=None,
            standfirst=None,
            body=(),
            quotes=(),
            speakers=(),
            comments=CommentSection.empty(),
            boilerplate=(),
            diagnostics=(),
        )

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The standfirst (if any) followed by the body paragraphs."""
        return ((self.standfirst,) if self.standfirst else ()) + self.body


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
