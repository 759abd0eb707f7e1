"""Stage 4: build the Article from labelled blocks, and check that nothing is lost."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import attrs
import regex

from newsparse._dates import find_datetime
from newsparse._page import Line, Lines, TextBlock, is_blank
from newsparse._pipeline.comments import parse_comments
from newsparse._pipeline.quotes import QuoteResult, Source, SourceRole, find_quotes
from newsparse._pipeline.text.blocks import split_blocks
from newsparse._pipeline.zones.rules import Label
from newsparse.adapters._adapter import Adapter
from newsparse.models import (
    Article,
    Block,
    BlockReason,
    CommentSection,
    Diagnostic,
    Headline,
    Paragraph,
    Severity,
    Span,
    Zone,
    trusted_block,
    trusted_paragraph,
    trusted_span,
)
from newsparse.options import Options

__all__ = ["assemble", "fallback_article", "side_blocks", "uncovered_lines"]

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
# matches "By Jane Doe, Science Correspondent", "Posted by jo | 4 May 2012"
_BY = regex.compile(r"^(?:posted |written )?by\s+(?P<name>[^|]+?)\s*(?:\|.*)?$", regex.IGNORECASE)
# Zones a comment section runs through; byline-like lines there are comment headers.
_COMMENT_ZONES = frozenset(
    {
        Zone.COMMENT,
        Zone.COMMENT_NOISE,
        Zone.PAGINATION,
        Zone.COMMENT_FORM,
        Zone.TRACKBACKS,
        Zone.BYLINE,
        Zone.COMMENTS_HEADING,
    }
)


# Zones that end a comment section.
_OUTSIDE_COMMENTS = frozenset({Zone.FOOTER, Zone.BODY, Zone.STANDFIRST, Zone.HEADLINE})
# Zone members read once: on Python 3.11 each ``Zone.X`` runs the enum's
# member descriptor (about 60 ns), and the loops below run once per block.
_HEADLINE, _STANDFIRST, _BODY, _BYLINE = Zone.HEADLINE, Zone.STANDFIRST, Zone.BODY, Zone.BYLINE
_COMMENT, _COMMENTS_HEADING = Zone.COMMENT, Zone.COMMENTS_HEADING


def _boilerplate(block: TextBlock, zone: Zone) -> Block:
    return trusted_block("\n".join(block.line_texts), _REASONS[zone], block.span)


def _published(blocks: Sequence[TextBlock], zones: list[Zone], options: Options) -> datetime | None:
    """Return the first date on a byline or date line above the comments."""
    for block, zone in zip(blocks, zones, strict=True):
        if zone is _COMMENTS_HEADING:
            return None
        if zone is _BYLINE:
            found = find_datetime(block.text, tz=options.timezone)
            if found is not None:
                return found.value
    return None


def _last(zones: list[Zone], wanted: tuple[Zone, ...]) -> int:
    """Return the index of the last block in one of the ``wanted`` zones, or -1."""
    return max((index for index, zone in enumerate(zones) if zone in wanted), default=-1)


def _comment_section(
    blocks: Sequence[TextBlock],
    labels: Sequence[Label],
    adapter: Adapter,
    *,
    options: Options,
    published: datetime | None,
) -> tuple[CommentSection, tuple[Diagnostic, ...], tuple[Block, ...], int | None, int]:
    """Return the section, its diagnostics, its widget lines, and the block range it takes."""
    first_comment = next(
        (index for index, label in enumerate(labels) if label.zone is _COMMENT), None
    )
    heading: int | None = None
    if first_comment is not None:
        # The heading is the nearest one above the first comment, with no article between.
        for index in range(first_comment - 1, -1, -1):
            zone = labels[index].zone
            if zone is _COMMENTS_HEADING:
                heading = index
            elif zone in _OUTSIDE_COMMENTS or heading is not None:
                break
    else:
        heading = next(
            (
                index
                for index, label in enumerate(labels)
                if label.zone is Zone.COMMENTS_HEADING
                and not any(
                    later.zone in (Zone.BODY, Zone.STANDFIRST) for later in labels[index + 1 :]
                )
            ),
            None,
        )
    heading_block = None if heading is None else blocks[heading]
    if heading is None:
        # No heading: the section starts at the first comment the zone rules found.
        if first_comment is None:
            return CommentSection.empty(), (), (), None, 0
        heading = first_comment - 1
    # The section runs to its last comment-zone block; chrome the patterns
    # found between comments ("+3 | Reply | Report" read as a menu) stays inside.
    stop = end = heading + 1
    while end < len(blocks) and labels[end].zone not in _OUTSIDE_COMMENTS:
        end += 1
        if labels[end - 1].zone in _COMMENT_ZONES:
            stop = end
    members = list(zip(blocks[heading + 1 : stop], labels[heading + 1 : stop], strict=True))
    section, diagnostics, widgets = parse_comments(
        heading_block, members, adapter=adapter, timezone=options.timezone, now=published
    )
    start = heading if heading_block is not None else heading + 1
    return section, diagnostics, widgets, start, stop


def assemble(
    lines: Lines,
    blocks: Sequence[TextBlock],
    labels: Sequence[Label],
    *,
    adapter: Adapter,
    options: Options,
    side: Sequence[Line] = (),
) -> Article:
    """Build the Article from blocks and their labels.

    Every non-blank line ends up in the span of the headline, a paragraph,
    the comment section or a boilerplate block; a line that the labels
    leave out becomes an ``unplaced`` block with a diagnostic.

    Args:
        lines: The page's lines as read, for the nothing-lost check.
        blocks: The blocks of the page's main column.
        labels: The zone of each block.
        adapter: The adapter the page is read with.
        options: How to parse.
        side: Side-column text taken off the lines (see
            :func:`~newsparse._pipeline.text.columns.split_columns`); it becomes
            ``side-column`` boilerplate.
    """
    headline: Headline | None = None
    paragraphs: list[Paragraph] = []
    boilerplate: list[Block] = []
    diagnostics: list[Diagnostic] = []
    bylines: list[str] = []
    zones = [label.zone for label in labels]
    published = _published(blocks, zones, options)
    section, section_diagnostics, widgets, heading, stop = _comment_section(
        blocks, labels, adapter, options=options, published=published
    )
    if not options.comments and heading is not None:
        section = CommentSection(
            declared_count=section.declared_count,
            comments=(),
            paginated=section.paginated,
            span=section.span,
        )
    diagnostics.extend(section_diagnostics)
    standfirst: Paragraph | None = None
    in_section = range(heading, stop) if heading is not None else range(0)
    for index, (block, zone) in enumerate(zip(blocks, zones, strict=True)):
        if index in in_section:
            if zone is not _COMMENT and zone is not _COMMENTS_HEADING and zone is not _BYLINE:
                boilerplate.append(_boilerplate(block, zone))
            continue
        if zone is _HEADLINE and headline is None:
            headline = Headline(text=block.text, span=block.span)
        elif zone is _STANDFIRST and standfirst is None and not paragraphs:
            standfirst = trusted_paragraph(block.text, block.span)
        elif zone is _BODY or zone is _STANDFIRST:
            paragraphs.append(trusted_paragraph(block.text, block.span))
        elif zone is _COMMENT:
            boilerplate.append(_boilerplate(block, Zone.UNPLACED))
        else:
            if zone is _BYLINE:
                bylines.append(block.text)
            boilerplate.append(_boilerplate(block, zone))
    if widgets or side:
        boilerplate = sorted(
            [*boilerplate, *widgets, *side_blocks(side)], key=lambda block: block.span.start_line
        )
    diagnostics.extend(_content_diagnostics(lines, headline, standfirst, paragraphs))
    quotes_found = _quotes(headline, standfirst, paragraphs) if options.quotes else None
    article = Article(
        site=adapter.name,
        headline=headline,
        standfirst=standfirst,
        body=tuple(paragraphs),
        quotes=quotes_found.quotes if quotes_found else (),
        speakers=quotes_found.speakers if quotes_found else (),
        comments=section,
        boilerplate=tuple(boilerplate),
        diagnostics=(*diagnostics, *(quotes_found.diagnostics if quotes_found else ())),
        byline=_byline(bylines),
        published=published,
    )
    return _ensure_nothing_lost(lines, article)


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


def _byline(texts: Sequence[str]) -> str | None:
    for text in texts:
        if (match := _BY.match(text)) is not None:
            return match.group("name")
    return None


def _quotes(
    headline: Headline | None, standfirst: Paragraph | None, paragraphs: Sequence[Paragraph]
) -> QuoteResult:
    sources: list[Source] = []
    if headline is not None:
        sources.append(Source(text=headline.text, span=headline.span, role=SourceRole.HEADLINE))
    if standfirst is not None:
        sources.append(
            Source(text=standfirst.text, span=standfirst.span, role=SourceRole.STANDFIRST)
        )
    sources.extend(
        Source(text=paragraph.text, span=paragraph.span, role=SourceRole.BODY)
        for paragraph in paragraphs
    )
    return find_quotes(tuple(sources))


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


def fallback_article(lines: Lines, failure: Diagnostic) -> Article:
    """Return an article that keeps every line as unplaced, for a parse that failed."""
    blocks = tuple(_boilerplate(block, Zone.UNPLACED) for block in split_blocks(lines))
    return attrs.evolve(Article.empty(), boilerplate=blocks, diagnostics=(failure,))
