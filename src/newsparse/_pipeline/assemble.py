"""Build the Article: pick its text from the labelled blocks, then check that nothing is lost.

Two stages live here: ``content`` (headline, standfirst, paragraphs and the
boilerplate, from the zone labels) and ``assemble`` (the Article itself,
from the content, the comment section, the quotes and the metadata, with
every non-blank line checked to lie in some span).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import attrs

from newsparse._page import Line, Lines, TextBlock, is_blank
from newsparse._pipeline.comments.stage import CommentResult
from newsparse._pipeline.metadata import Metadata
from newsparse._pipeline.quotes import QuoteResult
from newsparse._pipeline.text.blocks import split_blocks
from newsparse._pipeline.text.pictures import paragraph_text
from newsparse._pipeline.text.subheads import split_subhead, wrap_width
from newsparse._pipeline.zones.bylines import byline_name
from newsparse.adapters import Label
from newsparse.models import (
    Article,
    Block,
    BlockReason,
    Diagnostic,
    Headline,
    Paragraph,
    Severity,
    Span,
    Zone,
)
from newsparse.models._trusted import trusted_block, trusted_paragraph, trusted_span

__all__ = [
    "Content",
    "assemble",
    "collect_content",
    "fallback_article",
    "side_blocks",
    "uncovered_lines",
]

_REASONS: dict[Zone, BlockReason] = {
    Zone.SITE_HEADER: BlockReason.SITE_HEADER,
    Zone.PROMO: BlockReason.PROMO,
    Zone.BYLINE: BlockReason.BYLINE,
    Zone.COMMENT_NOISE: BlockReason.COMMENT_NOISE,
    Zone.PAGINATION: BlockReason.PAGINATION,
    Zone.COMMENT_FORM: BlockReason.COMMENT_FORM,
    Zone.TRACKBACKS: BlockReason.TRACKBACKS,
    Zone.FOOTER: BlockReason.FOOTER,
    Zone.UNPLACED: BlockReason.UNPLACED,
    Zone.COMMENTS_HEADING: BlockReason.UNPLACED,
}
# Zone members read once: on Python 3.11 each ``Zone.X`` runs the enum's
# member descriptor (about 60 ns), and the loop below runs once per block.
_HEADLINE, _STANDFIRST, _BODY, _BYLINE = Zone.HEADLINE, Zone.STANDFIRST, Zone.BODY, Zone.BYLINE
_COMMENT, _COMMENTS_HEADING = Zone.COMMENT, Zone.COMMENTS_HEADING


class Content(NamedTuple):
    """The article's text and the page's boilerplate, as the labels give them."""

    headline: Headline | None = None
    standfirst: Paragraph | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    byline: str | None = None
    boilerplate: tuple[Block, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()


def _boilerplate(block: TextBlock, zone: Zone) -> Block:
    return trusted_block("\n".join(block.line_texts), _REASONS[zone], block.span)


def collect_content(
    lines: Lines,
    blocks: Sequence[TextBlock],
    labels: Sequence[Label],
    *,
    comments: CommentResult,
    side: Sequence[Line] = (),
) -> Content:
    """Pick the headline, standfirst, paragraphs and boilerplate from the labelled blocks.

    The first headline block is the headline; the first standfirst block
    before any paragraph is the standfirst; body blocks are paragraphs; the
    first byline line outside the comment section that reads "By NAME"
    names the author.
    Blocks of the comment section other than comments, its heading and
    comment headers are boilerplate with their zone's reason, and so is
    every other block; a comment block outside the section is ``unplaced``.

    Args:
        lines: The page's lines, to tell an empty page.
        blocks: The blocks of the page's main column.
        labels: The zone of each block.
        comments: The comment section and the blocks it takes.
        side: Side-column text taken off the lines (see
            :func:`~newsparse._pipeline.text.columns.split_columns`); it
            becomes ``side-column`` boilerplate.
    """
    gathered = _Gathered(lines)
    in_section = comments.blocks
    last_body = -1
    for index, (block, label) in enumerate(zip(blocks, labels, strict=True)):
        if index in in_section:
            gathered.in_section(block, label.zone)
        else:
            gathered.add(block, label.zone)
            last_body = index if label.zone is _BODY else last_body
    if gathered.byline is None and 0 <= last_body < len(blocks) - 1:
        gathered.byline = _signed_under(blocks[last_body + 1], labels[last_body + 1])
    boilerplate = gathered.boilerplate
    if comments.boilerplate or side:
        boilerplate = sorted(
            [*boilerplate, *comments.boilerplate, *side_blocks(side)],
            key=lambda block: block.span.start_line,
        )
    headline, standfirst, paragraphs = gathered.headline, gathered.standfirst, gathered.paragraphs
    return Content(
        headline=headline,
        standfirst=standfirst,
        paragraphs=tuple(paragraphs),
        byline=gathered.byline,
        boilerplate=tuple(boilerplate),
        diagnostics=tuple(_content_diagnostics(lines, headline, standfirst, paragraphs)),
    )


class _Gathered:
    """The article's parts, gathered block by block in page order."""

    def __init__(self, lines: Sequence[Line] = ()) -> None:
        self._lines = lines
        self._width: int | None = None
        self.headline: Headline | None = None
        self.standfirst: Paragraph | None = None
        self.paragraphs: list[Paragraph] = []
        self.boilerplate: list[Block] = []
        self.byline: str | None = None

    @property
    def width(self) -> int:
        """The width the page's text was wrapped at, to tell a subhead from a wrap (read once)."""
        if self._width is None:
            self._width = wrap_width(self._lines)
        return self._width

    def in_section(self, block: TextBlock, zone: Zone) -> None:
        """Take a block of the comment section: only its boilerplate is the article's."""
        if zone is not _COMMENT and zone is not _COMMENTS_HEADING and zone is not _BYLINE:
            self.boilerplate.append(_boilerplate(block, zone))

    def add(self, block: TextBlock, zone: Zone) -> None:
        """Take a block outside the comment section."""
        if zone is _HEADLINE and self.headline is None:
            self.headline = Headline(text=block.text, span=block.span)
        elif zone is _STANDFIRST and self.standfirst is None and not self.paragraphs:
            self.standfirst = trusted_paragraph(paragraph_text(block), block.span)
        elif zone is _STANDFIRST:
            self.paragraphs.append(trusted_paragraph(paragraph_text(block), block.span))
        elif zone is _BODY:
            parts = split_subhead(block, self.width) if len(block.lines) > 1 else (block,)
            for part in parts:
                self.paragraphs.append(trusted_paragraph(paragraph_text(part), part.span))
        elif zone is _COMMENT:
            self.boilerplate.append(_boilerplate(block, Zone.UNPLACED))
        else:
            if zone is _BYLINE and self.byline is None:
                self.byline = byline_name(block)
            self.boilerplate.append(_boilerplate(block, zone))


def _signed_under(block: TextBlock, label: Label) -> str | None:
    """Return the name a post is signed with under its text ("Posted by Ann at 9:12 PM")."""
    if label.zone is not Zone.UNPLACED or len(block.lines) != 1:
        return None
    return byline_name(block)


def assemble(
    lines: Lines,
    content: Content,
    *,
    site: str,
    comments: CommentResult,
    metadata: Metadata,
    quotes: QuoteResult | None = None,
    diagnostics: tuple[Diagnostic, ...] = (),
) -> Article:
    r"""Build the Article, and make sure every non-blank line lies in some span.

    A line that no part of the article covers becomes an ``unplaced`` block
    with an ``assemble.unplaced-lines`` diagnostic.

    Args:
        lines: The page's lines as read.
        content: The headline, paragraphs and boilerplate.
        site: The name of the adapter the page was read with.
        comments: The comment section.
        metadata: The byline and publication time.
        quotes: The quotes found in the article, if they were looked for.
        diagnostics: Diagnostics from before the stages (decoding, HTML).

    Example:
        >>> lines = Lines.from_text("Title")
        >>> content = Content(headline=Headline(text="Title", span=Span(start_line=1, end_line=1)))
        >>> article = assemble(lines, content, site="generic", comments=CommentResult(),
        ...                    metadata=Metadata())
        >>> article.headline.text, article.diagnostics
        ('Title', ())
    """
    headline = content.headline
    stated: tuple[Diagnostic, ...] = ()
    if headline is None and metadata.headline:
        headline, stated = _stated_headline(lines, content, metadata.headline)
    article = Article(
        site=site,
        headline=headline,
        standfirst=content.standfirst,
        body=content.paragraphs,
        quotes=quotes.quotes if quotes else (),
        speakers=quotes.speakers if quotes else (),
        comments=comments.section,
        boilerplate=content.boilerplate,
        diagnostics=(
            *diagnostics,
            *comments.diagnostics,
            *(
                diagnostic
                for diagnostic in content.diagnostics
                if not stated or diagnostic.code != "headline.missing"
            ),
            *stated,
            *(quotes.diagnostics if quotes else ()),
        ),
        byline=metadata.byline or content.byline,
        published=metadata.published,
        url=metadata.url,
    )
    return _ensure_nothing_lost(lines, article)


def _stated_headline(
    lines: Lines, content: Content, text: str
) -> tuple[Headline | None, tuple[Diagnostic, ...]]:
    """The headline a page states about itself when no line of it shows one.

    Its span is where the article's text begins (else the page's first
    line): the place a headline stands, since no line holds it.
    """
    first = content.standfirst or (content.paragraphs[0] if content.paragraphs else None)
    if first is not None:
        span = trusted_span(first.span.start_line, first.span.start_line)
    else:
        number = next((line.number for line in lines if line.text), None)
        if number is None:
            return None, ()
        span = trusted_span(number, number)
    note = Diagnostic(
        code="headline.stated",
        message="no line shows a headline; the page's metadata states it",
        span=span,
        severity=Severity.INFO,
    )
    return Headline(text=" ".join(text.split()), span=span), (note,)


def side_blocks(side: Sequence[Line]) -> tuple[Block, ...]:
    r"""Return side-column text as ``side-column`` blocks, one per run of consecutive lines.

    Two pieces of one line (a left and a right sidebar) go in one block.

    Example:
        >>> from newsparse._page import Line
        >>> [(b.text, b.span.start_line, b.span.end_line) for b in side_blocks(
        ...     [Line.of(4, "Archives"), Line.of(5, "  May 2012"), Line.of(9, "Tags")])]
        [('Archives\nMay 2012', 4, 5), ('Tags', 9, 9)]
    """
    found: list[Block] = []
    run: list[Line] = []
    for line in side:
        if run and line.number > run[-1].number + 1:
            found.append(_side_block(run))
            run = []
        run.append(line)
    if run:
        found.append(_side_block(run))
    return tuple(found)


def _side_block(run: Sequence[Line]) -> Block:
    text = "\n".join(line.text for line in run if line.text)
    return trusted_block(text, BlockReason.SIDE_COLUMN, trusted_span(run[0].number, run[-1].number))


def _content_diagnostics(
    lines: Lines,
    headline: Headline | None,
    standfirst: Paragraph | None,
    paragraphs: Sequence[Paragraph],
) -> list[Diagnostic]:
    if not any(line.text or not line.blank for line in lines):
        return [
            Diagnostic(
                code="input.empty",
                message="the page holds no text",
                span=None,
                severity=Severity.WARNING,
            )
        ]
    found: list[Diagnostic] = []
    if headline is None:
        found.append(
            Diagnostic(
                code="headline.missing",
                message="no line reads as a headline",
                span=None,
                severity=Severity.WARNING,
            )
        )
    if standfirst is None and not paragraphs:
        found.append(
            Diagnostic(
                code="body.missing",
                message="no paragraph reads as article text",
                span=None,
                severity=Severity.WARNING,
            )
        )
    return found


def _article_spans(article: Article) -> list[Span]:
    spans: list[Span] = [block.span for block in article.boilerplate]
    if article.headline is not None:
        spans.append(article.headline.span)
    spans.extend(paragraph.span for paragraph in article.paragraphs)
    if article.comments.span is not None:
        spans.append(article.comments.span)
    spans.extend(comment.span for comment in article.comments.walk())
    return spans


def uncovered_lines(lines: Lines, article: Article) -> list[int]:
    r"""Return the numbers of non-blank lines that no span of ``article`` covers.

    Example:
        >>> import newsparse
        >>> text = "Title\n\nSome words here."
        >>> uncovered_lines(Lines.from_text(text), newsparse.parse(text))
        []
    """
    count = len(lines)
    covered = bytearray(count + 2)
    for span in _article_spans(article):
        start, end = span.start_line, span.end_line
        if start == end and start <= count:  # most spans: one line
            covered[start] = 1
        else:
            covered[start : end + 1] = b"\x01" * (end - start + 1)
    return [
        line.number
        for line in lines
        if not covered[line.number] and (line.text or not is_blank(line.raw))
    ]


def _ensure_nothing_lost(lines: Lines, article: Article) -> Article:
    missing = uncovered_lines(lines, article)
    if not missing:
        return article
    extra = tuple(
        Block(text=lines.at(number).text, reason=BlockReason.UNPLACED, span=lines.at(number).span)
        for number in missing
    )
    problem = Diagnostic(
        code="assemble.unplaced-lines",
        message=f"{len(missing)} line(s) were placed nowhere and kept as unplaced blocks",
        span=extra[0].span,
        severity=Severity.ERROR,
    )
    return attrs.evolve(
        article,
        boilerplate=tuple(sorted((*article.boilerplate, *extra), key=lambda b: b.span)),
        diagnostics=(*article.diagnostics, problem),
    )


def fallback_article(
    lines: Lines, failure: Diagnostic, *, diagnostics: tuple[Diagnostic, ...] = ()
) -> Article:
    """Return an article that keeps every line as unplaced, for a parse that failed.

    ``diagnostics`` (from before the stages: decoding, HTML) come first.
    """
    blocks = tuple(_boilerplate(block, Zone.UNPLACED) for block in split_blocks(lines))
    return attrs.evolve(Article.empty(), boilerplate=blocks, diagnostics=(*diagnostics, failure))
