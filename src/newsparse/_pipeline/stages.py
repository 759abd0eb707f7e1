"""The stages of a parse, in order: :data:`STAGES`, and the state they pass along.

Each stage is a function from one :class:`ParseState` to the next; it reads
what earlier stages left and adds its own part. ``parse``, ``parse_file``,
``parse_html`` and ``explain`` all run this one list (see :mod:`.run`).

============== ===============================================================
stage          what it adds
============== ===============================================================
columns        the main column's lines, with side-column text taken off
blocks         runs of non-blank lines
headings       a comments heading written inside a block gets a block of its own
zones          a zone label for every block, and the rule that chose it
metadata       the byline and publication time from the byline lines
comments       the comment section: its bounds, comments, replies, widgets
content        headline, standfirst, paragraphs and boilerplate
quotes         quotes and speakers in the headline, standfirst and paragraphs
assemble       the Article, with every non-blank line checked to lie in a span
comment-quotes the quotes inside each reader comment
============== ===============================================================
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from newsparse._page import Line, Lines, TextBlock
from newsparse._pipeline.assemble import Content, assemble, collect_content
from newsparse._pipeline.comments.stage import CommentResult, read_comments
from newsparse._pipeline.metadata import Metadata, read_metadata
from newsparse._pipeline.quotes import QuoteResult, Source, SourceRole, find_quotes
from newsparse._pipeline.quotes.readers import quote_comments
from newsparse._pipeline.text.blocks import split_blocks
from newsparse._pipeline.text.columns import split_columns
from newsparse._pipeline.zones.chain import label_zones
from newsparse._pipeline.zones.headings import split_at_headings, split_at_signature
from newsparse._pipeline.zones.tails import split_off_tail, split_title_byline
from newsparse.adapters import Adapter, Label
from newsparse.models import Article, Diagnostic, Headline, Paragraph
from newsparse.options import Options

if TYPE_CHECKING:
    from newsparse._pipeline.html.records import LineEvidence, PageMetadata

__all__ = ["STAGES", "ParseState", "Stage"]


class ParseState(NamedTuple):
    """Everything a parse knows so far; each stage returns a copy with its part added.

    Attributes:
        lines: The page's lines as read.
        adapter: The adapter the page is read with.
        options: How to parse.
        diagnostics: What was noticed before the stages (decoding, HTML).
        evidence: For a page read from HTML, what the HTML tells about each
            line (one record per line of ``lines``); ``None`` for text.
        page: For a page read from HTML, what it states about itself
            (JSON-LD, Open Graph, ``<meta>``, ``<time>``, ``<title>``).
        main: The lines with side-column text taken off (``columns``).
        side: The side-column text taken off (``columns``).
        blocks: The blocks of the main column (``blocks``, ``headings``).
        labels: The zone of each block (``zones``).
        metadata: The byline and publication time (``metadata``).
        comments: The comment section (``comments``).
        content: The article's text and the boilerplate (``content``).
        quotes: The quotes of the article (``quotes``); ``None`` when not looked for.
        article: The result (``assemble``, ``comment-quotes``).
    """

    lines: Lines
    adapter: Adapter
    options: Options
    diagnostics: tuple[Diagnostic, ...] = ()
    evidence: tuple[LineEvidence, ...] | None = None
    page: PageMetadata | None = None
    main: Lines = Lines(())
    side: tuple[Line, ...] = ()
    blocks: tuple[TextBlock, ...] = ()
    labels: tuple[Label, ...] = ()
    metadata: Metadata = Metadata()
    comments: CommentResult = CommentResult()
    content: Content = Content()
    quotes: QuoteResult | None = None
    article: Article = Article.empty()


#: A stage: the state before it, to the state after it.
Stage = Callable[[ParseState], ParseState]


def columns(state: ParseState) -> ParseState:
    """Take side-column text off the lines (text only: HTML lines hold one element's text)."""
    if state.evidence is not None:
        return state._replace(main=state.lines)
    found = split_columns(state.lines)
    return state._replace(main=found.main, side=found.side)


def blocks(state: ParseState) -> ParseState:
    """Group the main column's lines into blocks."""
    return state._replace(blocks=split_blocks(state.main))


def headings(state: ParseState) -> ParseState:
    """Give a comments heading inside a block a block of its own, and a signature over it."""
    found = split_at_headings(state.blocks, state.adapter)
    found = split_at_signature(found, state.adapter)
    return state._replace(blocks=split_title_byline(split_off_tail(found)))


def zones(state: ParseState) -> ParseState:
    """Label every block with its zone."""
    labels = label_zones(state.blocks, state.adapter, evidence=state.evidence, page=state.page)
    return state._replace(labels=labels)


def metadata(state: ParseState) -> ParseState:
    """Read the publication time; for HTML, the page's stated byline, time and address too."""
    found = read_metadata(
        state.blocks, state.labels, timezone=state.options.timezone, page=state.page
    )
    return state._replace(metadata=found)


def comments(state: ParseState) -> ParseState:
    """Read the comment section."""
    found = read_comments(
        state.blocks,
        state.labels,
        adapter=state.adapter,
        options=state.options,
        published=state.metadata.published,
        evidence=state.evidence,
    )
    return state._replace(comments=found)


def content(state: ParseState) -> ParseState:
    """Pick the article's text and the boilerplate."""
    found = collect_content(
        state.lines, state.blocks, state.labels, comments=state.comments, side=state.side
    )
    return state._replace(content=found)


def quotes(state: ParseState) -> ParseState:
    """Find the quotes of the headline, standfirst and paragraphs (unless turned off)."""
    if not state.options.quotes:
        return state
    found = state.content
    sources: list[Source] = []
    if found.headline is not None:
        sources.append(_source(found.headline, SourceRole.HEADLINE))
    if found.standfirst is not None:
        sources.append(_source(found.standfirst, SourceRole.STANDFIRST))
    sources.extend(_source(paragraph, SourceRole.BODY) for paragraph in found.paragraphs)
    return state._replace(quotes=find_quotes(tuple(sources)))


def _source(part: Headline | Paragraph, role: SourceRole) -> Source:
    return Source(text=part.text, span=part.span, role=role)


def assembled(state: ParseState) -> ParseState:
    """Build the Article and check that nothing is lost."""
    article = assemble(
        state.lines,
        state.content,
        site=state.adapter.name,
        comments=state.comments,
        metadata=state.metadata,
        quotes=state.quotes,
        diagnostics=state.diagnostics,
    )
    return state._replace(article=article)


def comment_quotes(state: ParseState) -> ParseState:
    """Find the quotes inside each reader comment (unless quotes are turned off)."""
    if not state.options.quotes:
        return state
    return state._replace(article=quote_comments(state.article, state.main))


#: The stages, in the order they run: ``(name, stage)``.
STAGES: tuple[tuple[str, Stage], ...] = (
    ("columns", columns),
    ("blocks", blocks),
    ("headings", headings),
    ("zones", zones),
    ("metadata", metadata),
    ("comments", comments),
    ("content", content),
    ("quotes", quotes),
    ("assemble", assembled),
    ("comment-quotes", comment_quotes),
)
