"""Build the comment section: declared count, comments, nesting, diagnostics.

The zone is read line by line (:mod:`.items`), split into comments
(:mod:`.split`), and the comments nest by indent: a comment indented deeper
than the one before it is a reply to it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, tzinfo
from typing import NamedTuple

from newsparse._dates import find_datetime
from newsparse._page import TextBlock
from newsparse._pipeline.comments.date_lines import BARE_AGE
from newsparse._pipeline.comments.draft import Draft, Layout
from newsparse._pipeline.comments.items import Item, ItemKind, read_items
from newsparse._pipeline.comments.split import split_drafts
from newsparse.adapters import Label
from newsparse.adapters._adapter import Adapter
from newsparse.adapters.generic import GENERIC
from newsparse.models import (
    Block,
    BlockReason,
    Comment,
    CommentSection,
    Diagnostic,
    Severity,
    Span,
    Zone,
)
from newsparse.models._trusted import trusted_span

__all__ = ["MAX_DEPTH", "declared_count", "parse_comments"]

UTC = UTC


def declared_count(heading: str, adapter: Adapter) -> int | None:
    """Return the comment total a heading announces, if it gives one.

    Example:
        >>> declared_count("Readers' comments (1,029)", GENERIC)
        1029
        >>> declared_count("One response to “Our trip”", GENERIC)
        1
        >>> declared_count("Comments", GENERIC) is None
        True
    """
    for source in (adapter, GENERIC):
        for pattern in source.comments_heading:
            match = pattern.search(heading)
            if match is not None and match.groupdict().get("count"):
                return _count(match.group("count"))
    return None


def _count(text: str) -> int | None:
    words = {"no": 0, "one": 1}
    digits = text.replace(",", "")
    return int(digits) if digits.isdigit() else words.get(text.lower())


# The reason a widget line inside a comment block is boilerplate, by its zone.
_REASONS = {
    Zone.COMMENT_NOISE: BlockReason.COMMENT_NOISE,
    Zone.PAGINATION: BlockReason.PAGINATION,
    Zone.COMMENT_FORM: BlockReason.COMMENT_FORM,
    Zone.TRACKBACKS: BlockReason.TRACKBACKS,
}


_LAYOUT_WORDS = {
    Layout.SAYS: 'opening lines: "NAME says:", "by NAME (1234) writes:" (layout "says")',
    Layout.HEADERS: 'author and date lines above each comment (layout "headers")',
    Layout.TRAILERS: 'author and date lines below each comment (layout "trailers")',
    Layout.BLOCKS: 'bullets and widget lines between blocks (layout "blocks")',
}


class _When(NamedTuple):
    """How to read comment dates: the zone for dates without one, "now", and the page's stamps.

    ``stamps`` maps a line number to the ``datetime`` attribute of a
    ``<time>`` element on that line (HTML pages only).
    """

    timezone: tzinfo
    now: datetime | None
    stamps: Mapping[int, str] | None = None


# matches "10. " in "10. Jul, 2012": a day number with a dot, before its month's name
_DOTTED_DAY = re.compile(r"(?<![\d.])(\d{1,2})\.(?=\s+[^\W\d_])")
# matches "9/25/12", "07.13.12": a numeric date with a two-digit year
_SHORT_YEAR = re.compile(r"(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(\d{2})(?![\d./-])")


def readable_date(posted_text: str) -> str:
    """Rewrite the date forms comment widgets print that :mod:`newsparse._dates` does not read.

    A day number with a dot loses it ("10. Jul, 2012"); a numeric date with
    a two-digit year gets its century where one number is over 12, so that
    day and month cannot be confused ("07.13.12" but not "11.05.12"). A bare
    short age ("2y", "5d") is an age: "ago" is put after it.
    Comments are on the web, so the century is the 2000s.

    Example:
        >>> readable_date("10. Jul, 2012"), readable_date("9/25/12 12:10 AM")
        ('10 Jul, 2012', '9/25/2012 12:10 AM')
        >>> readable_date("11.05.12 at 5:02 pm"), readable_date("3w")
        ('11.05.12 at 5:02 pm', '3w ago')
    """
    if BARE_AGE.fullmatch(posted_text) is not None:
        return f"{posted_text} ago"
    text = _DOTTED_DAY.sub(r"\1", posted_text)
    short = _SHORT_YEAR.search(text)
    if short is not None and max(int(short[1]), int(short[3])) > _MONTHS_IN_YEAR:
        text = f"{text[: short.start(4)]}20{text[short.start(4) :]}"
    return text


_MONTHS_IN_YEAR = 12


def _stamped(draft: Draft, when: _When) -> datetime | None:
    """The time a ``<time datetime>`` on the comment's lines states (in ``when``'s zone if none)."""
    if not when.stamps:
        return None
    # Imported here: only pages read from HTML have stamps.
    from newsparse._pipeline.html.dates import read_datetime

    for number in range(draft.first, draft.last + 1):
        stamp = when.stamps.get(number)
        if stamp is not None:
            value = read_datetime(stamp)
            if value is not None:
                return (
                    value if value.utcoffset() is not None else value.replace(tzinfo=when.timezone)
                )
    return None


def _build(draft: Draft, when: _When) -> Comment:
    posted = _stamped(draft, when)
    if posted is None and draft.posted_text is not None:
        readable = readable_date(draft.posted_text)
        found = find_datetime(readable, tz=when.timezone, now=when.now)
        posted = found.value if found is not None else None
    paragraphs = draft.paragraphs()
    return Comment(
        author=draft.author,
        text="\n\n".join(paragraphs),
        paragraphs=tuple(paragraphs),
        posted=posted,
        posted_text=draft.posted_text,
        score=draft.score,
        replies=tuple(_build(reply, when) for reply in draft.replies),
        span=trusted_span(draft.first, draft.last),
    )


#: Replies nest at most this deep; deeper ones join the deepest level.
MAX_DEPTH = 100


def _nest(drafts: list[Draft]) -> tuple[list[Draft], bool]:
    """Nest drafts; also say whether any had to be flattened at MAX_DEPTH.

    A comment that names the one it answers ("in reply to Ann", "@Ann ...")
    goes under the latest comment by that author; any other goes under the
    nearest comment before it that is indented less.
    """
    top: list[Draft] = []
    stack: list[Draft] = []
    depth: dict[int, int] = {}
    latest_by: dict[str, Draft] = {}
    flattened = False
    for draft in drafts:
        parent = _named_parent(draft.reply_to, latest_by) if draft.reply_to else None
        if parent is not None:
            stack = [*stack[: depth[id(parent)] + 1]]
            if not stack or stack[-1] is not parent:
                stack = [parent]
        else:
            while stack and stack[-1].indent >= draft.indent:
                stack.pop()
        if len(stack) > MAX_DEPTH:
            stack = stack[:MAX_DEPTH]
            flattened = True
        (stack[-1].replies if stack else top).append(draft)
        depth[id(draft)] = len(stack)
        stack.append(draft)
        if draft.author is not None:
            latest_by[draft.author.casefold()] = draft
    return top, flattened


def _named_parent(name: str, latest_by: dict[str, Draft]) -> Draft | None:
    """Return the latest comment by ``name``, or by the longest run of its first words.

    "@Bo Tran The pier…" reads as the name "Bo Tran The": the capitalised
    word after a name opens the reply's sentence.

    Example:
        >>> bo = Draft(indent=0, first=1, last=1, author="Bo Tran")
        >>> _named_parent("Bo Tran The", {"bo tran": bo}) is bo
        True
    """
    words = name.split()
    while words:
        found = latest_by.get(" ".join(words).casefold())
        if found is not None:
            return found
        words.pop()
    return None


def _lone_block(
    drafts: Sequence[Draft], layout: Layout, declared: int | None, items: Sequence[Item]
) -> bool:
    """Tell whether the only "comment" under a heading is one block nothing vouches for.

    With no count, header or widget to call it a comment, one block of text
    under a comments heading is a notice or a promo ("Sign up for our
    newsletter"), or the form's help text.
    """
    return (
        layout is Layout.BLOCKS
        and len(drafts) == 1
        and declared is None
        and not any(item.zone is Zone.COMMENT_NOISE for item in items)
    )


def parse_comments(
    heading: TextBlock | None,
    zone: Sequence[tuple[TextBlock, Label]],
    *,
    adapter: Adapter,
    timezone: tzinfo = UTC,
    now: datetime | None = None,
    stamps: Mapping[int, str] | None = None,
) -> tuple[CommentSection, tuple[Diagnostic, ...], tuple[Block, ...]]:
    r"""Build the comment section from its heading and the labelled blocks under it.

    Args:
        heading: The comments heading block, or ``None`` when the page has none.
        zone: The blocks after the heading up to the footer, with their labels.
        adapter: The adapter whose heading patterns give the declared count.
        timezone: The zone in which dates without one are read.
        now: The time relative dates ("2 hours ago") count back from: the
            article's publication time; without it they stay unresolved.
        stamps: For an HTML page, the ``datetime`` attribute of the
            ``<time>`` element on each line that has one, by line number: a
            comment whose lines hold one was posted then, whatever its
            date line says.

    Returns:
        The section, diagnostics about it, and the widget lines found inside
        comment blocks ("Reply", "▲ 5 ▼") as boilerplate blocks.

    Example:
        >>> from newsparse._pipeline.text.blocks import split_blocks
        >>> from newsparse._page import Lines
        >>> blocks = split_blocks(Lines.from_text("Comments (2)\n\n  • Great piece.\n\nReply"))
        >>> labels = [Label(Zone.COMMENT, "t"), Label(Zone.COMMENT_NOISE, "t")]
        >>> zone = list(zip(blocks[1:], labels))
        >>> section, _, _ = parse_comments(blocks[0], zone, adapter=GENERIC)
        >>> [c.text for c in section.comments], section.declared_count, section.paginated
        (['Great piece.'], 2, True)
    """
    if heading is None and not zone:
        return CommentSection.empty(), (), ()
    declared = _declared(heading, zone, adapter)
    items = read_items(zone, adapter)
    drafts, layout = split_drafts(items, declared=declared)
    # "0 comments": whatever follows the heading is not a comment.
    if declared == 0 or (heading is not None and _lone_block(drafts, layout, declared, items)):
        drafts = []
    nested, flattened = _nest(drafts)
    when = _When(timezone=timezone, now=now, stamps=stamps)
    comments = tuple(_build(draft, when) for draft in nested)
    has_widget = any(label.zone is Zone.PAGINATION for _, label in zone)
    paginated = has_widget or (declared is not None and declared > len(drafts))
    spans = [block.span for block, _ in zone]
    if heading is not None:
        spans.insert(0, heading.span)
    span = spans[0].merge(spans[-1]) if spans else None
    diagnostics = _diagnostics(
        declared=declared,
        found=len(drafts),
        layout=layout,
        span=span,
        paginated=paginated,
        flattened=flattened,
    )
    section = CommentSection(
        declared_count=declared, comments=comments, paginated=paginated, span=span
    )
    return section, diagnostics, (*_widgets(items), *_left_out(items, drafts))


def _declared(
    heading: TextBlock | None, zone: Sequence[tuple[TextBlock, Label]], adapter: Adapter
) -> int | None:
    """Return the count the heading declares, or a later heading in the zone."""
    declared = declared_count(heading.text, adapter) if heading is not None else None
    if declared is not None:
        return declared
    # "Comments" then "No comments yet.": a later heading gives the count.
    return next(
        (
            count
            for block, label in zone
            if label.zone is Zone.COMMENTS_HEADING
            and (count := declared_count(block.text, adapter)) is not None
        ),
        None,
    )


def _diagnostics(
    *,
    declared: int | None,
    found: int,
    layout: Layout,
    span: Span | None,
    paginated: bool,
    flattened: bool,
) -> tuple[Diagnostic, ...]:
    """Say what the section's reading was unsure of, and how its comments were told apart."""
    diagnostics: list[Diagnostic] = []
    if declared is not None and not paginated and declared != found:
        diagnostics.append(
            Diagnostic(
                code="comments.count-mismatch",
                message=f"the page declares {declared} comments but shows {found}",
                span=span,
                severity=Severity.WARNING,
            )
        )
    if found:
        diagnostics.append(
            Diagnostic(
                code="comments.layout",
                message=f"{found} comments told apart by {_LAYOUT_WORDS[layout]}",
                span=span,
                severity=Severity.INFO,
            )
        )
    if flattened:
        diagnostics.append(
            Diagnostic(
                code="comments.too-deep",
                message=f"replies nest deeper than {MAX_DEPTH} levels; deeper ones were kept"
                f" at level {MAX_DEPTH}",
                span=span,
                severity=Severity.WARNING,
            )
        )
    return tuple(diagnostics)


def _widgets(items: Sequence[Item]) -> list[Block]:
    """The widget lines inside comment blocks, as boilerplate with their reason."""
    return [
        Block(
            text=item.text,
            reason=_REASONS.get(item.zone or Zone.COMMENT_NOISE, BlockReason.COMMENT_NOISE),
            span=trusted_span(item.number, item.number),
        )
        for item in items
        if item.kind is ItemKind.NOISE
    ]


def _left_out(items: Sequence[Item], drafts: Sequence[Draft]) -> list[Block]:
    """Lines of the zone that no comment took (a sidebar after the thread), as unplaced."""
    taken: set[int] = set()
    for draft in drafts:
        taken.update(range(draft.first, draft.last + 1))
    runs: list[list[Item]] = []
    for item in items:
        if item.kind not in (ItemKind.TEXT, ItemKind.HEADER) or item.number in taken:
            continue
        if runs and runs[-1][-1].block == item.block and runs[-1][-1].number == item.number - 1:
            runs[-1].append(item)
        else:
            runs.append([item])
    return [
        Block(
            text="\n".join(item.text for item in run),
            reason=BlockReason.UNPLACED,
            span=trusted_span(run[0].number, run[-1].number),
        )
        for run in runs
    ]
