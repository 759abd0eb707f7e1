"""The parts of an article: headline, paragraphs, quotes, speakers, boilerplate, diagnostics."""

from __future__ import annotations

import attrs

from newsparse.models._kinds import BlockReason, QuoteKind, Severity
from newsparse.models._span import Span

__all__ = ["Block", "Diagnostic", "Headline", "Paragraph", "Quote", "Speaker"]


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
