"""One page as the learner sees it: its blocks, and the zone the generic adapter gives each.

The learner needs the blocks exactly as a parse makes them (side columns
taken off, comments headings split out), since its patterns will be matched
against them, and the generic adapter's reading of the page, to know where
the article and the comments stand.
"""

from __future__ import annotations

from typing import NamedTuple

from newsparse._page import Lines
from newsparse._pipeline.comments.headers import block_header
from newsparse._pipeline.run import run
from newsparse.adapters import GENERIC
from newsparse.models import Zone
from newsparse.options import Options

__all__ = ["ARTICLE_ZONES", "COMMENT_ZONES", "PageBlock", "read_page"]

# Quotes and comment threads are not needed to place the blocks.
_OPTIONS = Options(quotes=False, comments=False)

#: The zones of the article's own text.
ARTICLE_ZONES = frozenset({Zone.HEADLINE, Zone.STANDFIRST, Zone.BODY})
#: The zones of the comment thread's text and headings.
COMMENT_ZONES = frozenset({Zone.COMMENT, Zone.COMMENTS_HEADING})


class PageBlock(NamedTuple):
    """One block of a page: its cleaned text, its size, and the zone the generic adapter gives it.

    Attributes:
        text: The block's cleaned text (what patterns are matched against).
        lines: How many lines it spans.
        bullet: Whether it opens with a bullet.
        zone: The zone the generic adapter gives it.
        header: Whether it reads as a comment header ("Ann says:").
    """

    text: str
    lines: int
    bullet: bool
    zone: Zone
    header: bool

    @property
    def headline_shaped(self) -> bool:
        """Whether the block could be a headline: short, no bullet, at most three lines."""
        return self.lines <= 3 and 0 < len(self.text) <= 300 and not self.bullet


def read_page(text: str) -> tuple[PageBlock, ...]:
    r"""Return the blocks of a page with the zone the generic adapter gives each.

    Example:
        >>> page = read_page("Flood warning\n\nThe river rose overnight, we hear.")
        >>> [(block.text, block.zone.value) for block in page]
        [('Flood warning', 'headline'), ('The river rose overnight, we hear.', 'standfirst')]
    """
    state = run(Lines.from_text(text), site=GENERIC.name, options=_OPTIONS)
    return tuple(
        PageBlock(
            text=block.text,
            lines=len(block.lines),
            bullet=block.bullet is not None,
            zone=label.zone,
            header=block_header(block) is not None,
        )
        for block, label in zip(state.blocks, state.labels, strict=True)
        if block.text
    )
