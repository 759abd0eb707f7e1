"""The comments stage: find the section among the labelled blocks and read its comments."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

import attrs

from newsparse._page import TextBlock
from newsparse._pipeline.comments.bounds import find_section
from newsparse._pipeline.comments.section import parse_comments
from newsparse.adapters import Adapter, Label
from newsparse.models import Block, CommentSection, Diagnostic
from newsparse.options import Options

if TYPE_CHECKING:
    from newsparse._pipeline.html.records import LineEvidence

__all__ = ["CommentResult", "read_comments"]


class CommentResult(NamedTuple):
    """The comment section of a page and what reading it left over.

    Attributes:
        section: The section (empty when the page has none).
        diagnostics: What the reader was unsure of.
        boilerplate: Widget lines inside comment blocks ("Reply", "▲ 5 ▼")
            and lines no comment took, as boilerplate.
        blocks: The indexes of the blocks the section takes, heading included.
    """

    section: CommentSection = CommentSection.empty()
    diagnostics: tuple[Diagnostic, ...] = ()
    boilerplate: tuple[Block, ...] = ()
    blocks: range = range(0)


def read_comments(
    blocks: Sequence[TextBlock],
    labels: Sequence[Label],
    *,
    adapter: Adapter,
    options: Options,
    published: datetime | None,
    evidence: Sequence[LineEvidence] | None = None,
) -> CommentResult:
    r"""Read the comment section of a page from its labelled blocks.

    With ``Options(comments=False)`` the section keeps its heading's count
    and its span, and no comments. For an HTML page, ``evidence`` (one
    record per line) gives the ``<time datetime>`` stamps comments are
    dated by.

    Example:
        >>> from newsparse._page import Lines
        >>> from newsparse._pipeline.text.blocks import split_blocks
        >>> from newsparse.adapters import GENERIC
        >>> from newsparse.models import Zone
        >>> blocks = split_blocks(Lines.from_text("Comments (1)\n\n  • Nice.\n\nReply"))
        >>> labels = [Label(Zone.COMMENTS_HEADING, "t"), Label(Zone.COMMENT, "t"),
        ...           Label(Zone.COMMENT_NOISE, "t")]
        >>> result = read_comments(blocks, labels, adapter=GENERIC, options=Options(),
        ...                        published=None)
        >>> [comment.text for comment in result.section.comments], result.blocks
        (['Nice.'], range(0, 3))
    """
    bounds = find_section(labels)
    if bounds is None:
        return CommentResult()
    heading = None if bounds.heading is None else blocks[bounds.heading]
    members = list(
        zip(blocks[bounds.first : bounds.stop], labels[bounds.first : bounds.stop], strict=True)
    )
    stamps = None if evidence is None else _stamps(evidence, [block for block, _ in members])
    section, diagnostics, boilerplate = parse_comments(
        heading, members, adapter=adapter, timezone=options.timezone, now=published, stamps=stamps
    )
    if not options.comments:
        section = attrs.evolve(section, comments=())
    return CommentResult(
        section=section,
        diagnostics=diagnostics,
        boilerplate=boilerplate,
        blocks=range(bounds.start, bounds.stop),
    )


def _stamps(evidence: Sequence[LineEvidence], blocks: Sequence[TextBlock]) -> dict[int, str]:
    """The ``<time datetime>`` stamps on the lines of ``blocks``, by line number."""
    return {
        line.number: stamp
        for block in blocks
        for line in block.lines
        if (stamp := evidence[line.number - 1].datetime) is not None
    }
