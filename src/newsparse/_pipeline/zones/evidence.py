"""What the HTML tells about each block: the evidence of its lines, summed up once per page.

For a page read from HTML every line has a
:class:`~newsparse._pipeline.html.LineEvidence`; the zone rules work on
blocks, so :func:`block_evidence` gives each block a :class:`BlockEvidence`
(its place among the landmarks, its link density, its comment-container
depth). For text input there is none, and every rule that asks gets
``None``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from newsparse._page import TextBlock
from newsparse._pipeline.html.kinds import Container

if TYPE_CHECKING:
    from newsparse._pipeline.html.records import LineEvidence

__all__ = ["CHROME", "CONTENT", "BlockEvidence", "block_evidence"]

#: Landmarks of the site's own furniture: navigation, banners, sidebars, footers.
CHROME = frozenset({Container.NAV, Container.HEADER, Container.ASIDE, Container.FOOTER})
#: Landmarks that hold the page's own content.
CONTENT = frozenset({Container.ARTICLE, Container.MAIN})


class BlockEvidence(NamedTuple):
    """The evidence of one block's lines, summed up.

    Attributes:
        lines: The evidence of each line of the block, in order.
        containers: The landmarks and containers around the block's first line.
        link_density: The share of the block's characters inside links,
            each line weighed by its length.
        comment_depth: How many comment containers hold the block's first line.

    Example:
        >>> from newsparse._page import Line
        >>> from newsparse._pipeline.html.records import LineEvidence
        >>> lines = (LineEvidence(tag="li", link_density=1.0, list_depth=1),)
        >>> found = block_evidence([TextBlock((Line.of(1, "  • Home"),))], lines)[0]
        >>> found.tag, found.link_density
        ('li', 1.0)
    """

    lines: tuple[LineEvidence, ...]
    containers: frozenset[Container]
    link_density: float
    comment_depth: int

    @property
    def tag(self) -> str:
        """The block element of the block's first line."""
        return self.lines[0].tag

    @property
    def heading(self) -> int | None:
        """The heading level of the block's first line, if it is in a heading."""
        return self.lines[0].heading

    @property
    def chrome(self) -> bool:
        """Whether the block sits in navigation, a banner, a sidebar or a footer."""
        return not self.containers.isdisjoint(CHROME)

    @property
    def content(self) -> bool:
        """Whether the block sits in an ``<article>`` or ``<main>`` (or their roles, classes)."""
        return not self.containers.isdisjoint(CONTENT)


def block_evidence(
    blocks: Sequence[TextBlock], evidence: Sequence[LineEvidence]
) -> tuple[BlockEvidence, ...]:
    """Sum up the evidence of each block's lines (``evidence`` holds one record per page line)."""
    found = []
    for block in blocks:
        lines = tuple(evidence[line.number - 1] for line in block.lines)
        first = lines[0]
        if len(lines) == 1:
            density = first.link_density
        else:
            sizes = [len(line.text) for line in block.lines]
            total = sum(sizes)
            density = (
                sum(size * line.link_density for size, line in zip(sizes, lines, strict=True))
                / total
                if total
                else 0.0
            )
        found.append(BlockEvidence(lines, first.containers, density, first.comment_depth))
    return tuple(found)
