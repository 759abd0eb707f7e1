"""Stage 6: split the comment zone into comments and replies.

A comment starts at a bulleted block, or after a widget block ("Report this
comment", "Reply") that closed the one before; blocks indented under a
bullet continue it. A comment whose first block is indented deeper than the
comment before it is a reply to that comment.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from datetime import timezone as _timezone

import attrs
import regex

from newsparse.adapters.base import Adapter
from newsparse.adapters.generic import GENERIC
from newsparse.blocks import TextBlock
from newsparse.dates import find_datetime
from newsparse.models import Comment, CommentSection, Diagnostic, Severity, Span, Zone
from newsparse.zones import Label

__all__ = ["MAX_DEPTH", "declared_count", "parse_comments"]

UTC = _timezone.utc

# matches "Jane Smith says:", "jsmith said...", "Ann wrote:",
# and "2. Ann Lee on 4 June 2019 at 10:15 said:"
_AUTHOR_LINE = regex.compile(
    r"^(?:\d{1,5}\.\s+)?(?P<author>\S.{0,59}?)"
    r"(?:\s+(?:on|at)\s+(?P<posted>\S.{3,60}?))?"
    r"\s+(?:says|said|wrote)\s*(?::|\.\.\.|…)?$"
)
# matches "March 15, 2012 at 9:02 am", "4 June 2019 10:15", "2019-06-04 10:15", "Tue 4 Jun 2019"
_DATE_LINE = regex.compile(
    r"^(?:\p{L}+,? )?"
    r"(?:\d{1,2}(?:st|nd|rd|th)? \p{L}{3,9}\.?,?|\p{L}{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,?)"
    r" \d{4}\b|^\d{4}-\d{2}-\d{2}\b|^\d{1,2}/\d{1,2}/\d{2,4}\b"
)
_SEPARATORS = frozenset({Zone.COMMENT_NOISE, Zone.PAGINATION, Zone.COMMENT_FORM})


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


@attrs.frozen
class _When:
    """How to read comment dates: the zone for dates without one, and "now"."""

    timezone: tzinfo
    now: datetime | None


@attrs.define
class _Draft:
    """A comment being gathered: its blocks and its nesting indent."""

    blocks: list[TextBlock]
    indent: int
    replies: list[_Draft] = attrs.field(factory=list)

    def build(self, when: _When) -> Comment:
        author, posted_text, paragraphs = _split_header(self.blocks)
        found = None
        if posted_text is not None:
            found = find_datetime(posted_text, tz=when.timezone, now=when.now)
        return Comment(
            author=author,
            text="\n\n".join(paragraphs),
            paragraphs=tuple(paragraphs),
            posted=found.value if found is not None else None,
            posted_text=posted_text,
            score=None,
            replies=tuple(reply.build(when) for reply in self.replies),
            span=Span(
                start_line=self.blocks[0].span.start_line, end_line=self.blocks[-1].span.end_line
            ),
        )


def _ends_like_header(line: str) -> bool:
    # A cheap test before _AUTHOR_LINE, whose lazy name part is slow to fail.
    return line.rstrip(":.… ").endswith(("says", "said", "wrote"))


def _split_header(blocks: Sequence[TextBlock]) -> tuple[str | None, str | None, list[str]]:
    """Return author, date as written, and paragraphs of a comment's blocks.

    The header is an author line ("Ann says:") opening the first block,
    optionally followed by a date line in the same or the next block.
    """
    lines = [list(block.line_texts) for block in blocks if block.line_texts]
    author = posted_text = None
    first = lines[0] if lines else []
    match = _AUTHOR_LINE.match(first[0]) if first and _ends_like_header(first[0]) else None
    if match is not None and (len(first) > 1 or len(lines) > 1):
        author, posted_text = match.group("author"), match.group("posted")
        del first[0]
        if not first:
            del lines[0]
        if (
            posted_text is None
            and lines
            and len(lines[0][0]) < 60
            and _DATE_LINE.match(lines[0][0])
        ):
            posted_text = lines[0].pop(0)
            if not lines[0]:
                del lines[0]
    return author, posted_text, ["\n".join(paragraph) for paragraph in lines if paragraph]


def _group(zone: Sequence[tuple[TextBlock, Label]]) -> list[_Draft]:
    drafts: list[_Draft] = []
    current: _Draft | None = None
    for block, label in zone:
        if label.zone in _SEPARATORS:
            current = None
            continue
        if label.zone is not Zone.COMMENT:
            continue
        continues = (
            current is not None
            and block.bullet is None
            and (current.blocks[0].bullet is None or block.indent > current.indent)
        )
        if continues and current is not None:
            current.blocks.append(block)
        else:
            current = _Draft(blocks=[block], indent=block.indent)
            drafts.append(current)
    return drafts


#: Replies nest at most this deep; deeper ones join the deepest level.
MAX_DEPTH = 100


def _nest(drafts: list[_Draft]) -> tuple[list[_Draft], bool]:
    """Nest drafts by indent; also say whether any had to be flattened at MAX_DEPTH."""
    top: list[_Draft] = []
    stack: list[_Draft] = []
    flattened = False
    for draft in drafts:
        while stack and stack[-1].indent >= draft.indent:
            stack.pop()
        if len(stack) > MAX_DEPTH:
            stack = stack[: MAX_DEPTH + 1]
            flattened = True
        (stack[-1].replies if stack else top).append(draft)
        stack.append(draft)
    return top, flattened


def parse_comments(
    heading: TextBlock | None,
    zone: Sequence[tuple[TextBlock, Label]],
    *,
    adapter: Adapter,
    timezone: tzinfo = UTC,
    now: datetime | None = None,
) -> tuple[CommentSection, tuple[Diagnostic, ...]]:
    r"""Build the comment section from its heading and the labelled blocks under it.

    Args:
        heading: The comments heading block, or ``None`` when the page has none.
        zone: The blocks after the heading up to the footer, with their labels.
        adapter: The adapter whose heading patterns give the declared count.
        timezone: The zone in which dates without one are read.
        now: The time relative dates ("2 hours ago") count back from: the
            article's publication time; without it they stay unresolved.

    Returns:
        The section, and diagnostics about it.

    Example:
        >>> from newsparse.blocks import split_blocks
        >>> from newsparse.lines import Lines
        >>> blocks = split_blocks(Lines.from_text("Comments (2)\n\n  • Great piece.\n\nReply"))
        >>> labels = [Label(Zone.COMMENT, "t"), Label(Zone.COMMENT_NOISE, "t")]
        >>> section, _ = parse_comments(blocks[0], list(zip(blocks[1:], labels)), adapter=GENERIC)
        >>> [c.text for c in section.comments], section.declared_count, section.paginated
        (['Great piece.'], 2, True)
    """
    if heading is None and not zone:
        return CommentSection.empty(), ()
    drafts = _group(zone)
    when = _When(timezone=timezone, now=now)
    nested, flattened = _nest(drafts)
    comments = tuple(draft.build(when) for draft in nested)
    declared = declared_count(heading.text, adapter) if heading is not None else None
    has_widget = any(label.zone is Zone.PAGINATION for _, label in zone)
    paginated = has_widget or (declared is not None and declared > len(drafts))
    spans = [block.span for block, _ in zone]
    if heading is not None:
        spans.insert(0, heading.span)
    span = spans[0].merge(spans[-1]) if spans else None
    diagnostics: list[Diagnostic] = []
    if declared is not None and not paginated and declared != len(drafts):
        diagnostics.append(
            Diagnostic(
                code="comments.count-mismatch",
                message=f"the page declares {declared} comments but shows {len(drafts)}",
                span=span,
                severity=Severity.WARNING,
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
    section = CommentSection(
        declared_count=declared, comments=comments, paginated=paginated, span=span
    )
    return section, tuple(diagnostics)
