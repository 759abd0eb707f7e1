"""Where a template block stands on a page, and the zone that place gives it.

The generic adapter's reading of a page gives the landmarks: the first
block of the article's text that belongs to this page alone, the headline
just above it, the end of the article, and the page's own comments. A
block of the site's template is then placed by where it stands among them
(:class:`Region`), and each place suggests a zone: above the headline, the
site header; between headline and text, a byline or a promo; inside or just
after the article, a promo; among the comments, comment noise; after
everything, the footer. Where the generic adapter already gave a template
block a comment-section zone (a heading, a form, page links), that zone is
kept.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Sequence
from typing import NamedTuple

from newsparse._profiles.pages import ARTICLE_ZONES, COMMENT_ZONES, PageBlock
from newsparse._profiles.shapes import Shape, Slot
from newsparse.models import Zone

__all__ = ["Landmarks", "Region", "find_landmarks", "region_of", "zone_of"]


class Region(enum.Enum):
    """Where a block stands relative to the article and the comments."""

    TOP = "above the headline"
    UNDER_HEADLINE = "between headline and text"
    IN_ARTICLE = "inside the article"
    BEFORE_COMMENTS = "between article and comments"
    ABOVE_COMMENTS = "just above the comments"
    IN_COMMENTS = "among the comments"
    AFTER_COMMENTS = "after the comments"
    AFTER_ARTICLE = "after the article"


class Landmarks(NamedTuple):
    """The blocks of a page that the template is placed against (indexes into its blocks).

    Attributes:
        headline: The page's own short block just above its text.
        text: The first block of the article's text that is the page's own.
        article_end: The last block of the article's text.
        comments: The first and last block of the page's own comments, if any.
        heading: The block just above the first comment, when the generic
            adapter found the comments without a heading: the site's own
            wording of it, maybe.
    """

    headline: int
    text: int
    article_end: int
    comments: tuple[int, int] | None
    heading: int | None = None


# How far above the text the headline may stand (template blocks between count).
_HEADLINE_REACH = 6
_TEXT_ZONES = frozenset({Zone.STANDFIRST, Zone.BODY})
# Comment-section zones the generic adapter gives by a block's own wording:
# kept for a template block near the comments.
_SECTION_ZONES = frozenset(
    {Zone.COMMENTS_HEADING, Zone.COMMENT_NOISE, Zone.PAGINATION, Zone.COMMENT_FORM, Zone.TRACKBACKS}
)
_DATE_SLOTS = frozenset({Slot.MONTH, Slot.WEEKDAY})
_AFTER_ARTICLE = frozenset(
    {
        Region.BEFORE_COMMENTS,
        Region.ABOVE_COMMENTS,
        Region.IN_COMMENTS,
        Region.AFTER_COMMENTS,
        Region.AFTER_ARTICLE,
    }
)


def find_landmarks(blocks: Sequence[PageBlock], template: Sequence[bool]) -> Landmarks | None:
    """Find the article and comments of a page; ``None`` when it shows no text of its own.

    Args:
        blocks: The page's blocks with their generic zones.
        template: For each block, whether it belongs to the site's template.
    """
    own = [index for index in range(len(blocks)) if not template[index]]
    text = _first_own(blocks, own, _TEXT_ZONES)
    if text is None:
        text = _first_own(blocks, own, {Zone.HEADLINE})
        if text is None:
            return None
    first_comment = next(
        (i for i in range(text + 1, len(blocks)) if blocks[i].zone in COMMENT_ZONES), None
    )
    stop = len(blocks) if first_comment is None else first_comment
    article_end = max(i for i in own if text <= i < stop and blocks[i].zone in ARTICLE_ZONES)
    headline = _headline_above(blocks, template, text)
    if first_comment is None:
        return Landmarks(headline, text, article_end, None)
    return Landmarks(
        headline, text, article_end, *_comments(blocks, own, first_comment, article_end)
    )


def _comments(
    blocks: Sequence[PageBlock], own: Sequence[int], first: int, article_end: int
) -> tuple[tuple[int, int] | None, int | None]:
    """Return the span of the page's own comments from ``first`` on, and the block above them."""
    last = max((i for i in own if i > first and blocks[i].zone is Zone.COMMENT), default=None)
    if last is None and blocks[first].zone is Zone.COMMENT and first in own:
        last = first
    if last is None:
        return None, None
    heading = first - 1 if blocks[first].zone is Zone.COMMENT and first - 1 > article_end else None
    return (first, last), heading


def _first_own(
    blocks: Sequence[PageBlock], own: Sequence[int], zones: Collection[Zone]
) -> int | None:
    """Return the first of the page's own blocks in one of ``zones``."""
    return next((index for index in own if blocks[index].zone in zones), None)


def _headline_above(blocks: Sequence[PageBlock], template: Sequence[bool], text: int) -> int:
    """Return the page's own short block nearest above its text, else the text's first block."""
    for index in range(text - 1, max(-1, text - 1 - _HEADLINE_REACH), -1):
        if not template[index]:
            return index if blocks[index].headline_shaped else text
    return text


def region_of(index: int, landmarks: Landmarks) -> Region:
    """Return where block ``index`` stands among the landmarks (not on one of them)."""
    if index < landmarks.headline:
        return Region.TOP
    if index < landmarks.text:
        return Region.UNDER_HEADLINE
    if index <= landmarks.article_end:
        return Region.IN_ARTICLE
    if landmarks.comments is None:
        return Region.AFTER_ARTICLE
    first, last = landmarks.comments
    if index == landmarks.heading:
        return Region.ABOVE_COMMENTS
    if index < first:
        return Region.BEFORE_COMMENTS
    if index <= last:
        return Region.IN_COMMENTS
    return Region.AFTER_COMMENTS


_ZONE_OF_REGION = {
    Region.TOP: Zone.SITE_HEADER,
    Region.UNDER_HEADLINE: Zone.PROMO,
    Region.IN_ARTICLE: Zone.PROMO,
    Region.BEFORE_COMMENTS: Zone.PROMO,
    Region.ABOVE_COMMENTS: Zone.PROMO,
    Region.IN_COMMENTS: Zone.COMMENT_NOISE,
    Region.AFTER_COMMENTS: Zone.FOOTER,
    Region.AFTER_ARTICLE: Zone.FOOTER,
}


def zone_of(block: PageBlock, shape: Shape, region: Region) -> Zone | None:
    """Return the zone a template block's place suggests, or ``None`` when it suggests none.

    A block inside the article suggests none: what repeats there is the
    article's own furniture (a recipe's "Ingredients", a subhead the site
    gives every review), which a reader wants kept. Nor does a block after
    the article that reads as a comment header or holds a date or the
    title: the site's author answering on every page, not a widget. After
    the last comment, what the generic adapter still took for the thread is
    the comment form.

    Args:
        block: The block, with its generic zone.
        shape: Its shape (a date in it makes a byline near the headline).
        region: Where it stands.
    """
    if region is Region.IN_ARTICLE:
        return None
    if region is Region.UNDER_HEADLINE and _dated(shape):
        return Zone.BYLINE
    if region in _AFTER_ARTICLE and (block.header or _dated(shape) or Slot.TITLE in shape.parts):
        return block.zone if block.zone in _SECTION_ZONES else None
    if block.zone in _SECTION_ZONES and region not in (Region.TOP, Region.IN_ARTICLE):
        return block.zone
    if region is Region.ABOVE_COMMENTS and _heading_shaped(block):
        return Zone.COMMENTS_HEADING
    if region is Region.AFTER_COMMENTS and block.zone is Zone.COMMENT:
        return Zone.COMMENT_FORM  # read as the thread's, after its last comment: its form
    return _ZONE_OF_REGION[region]


def _dated(shape: Shape) -> bool:
    """Whether a shape holds a date: a month or weekday name, or a numeric date."""
    slots = [part for part in shape.parts if isinstance(part, Slot)]
    return bool(_DATE_SLOTS.intersection(slots)) or slots.count(Slot.NUMBER) >= 3


# The longest comments heading learned from its place alone.
_HEADING_CHARS = 80


def _heading_shaped(block: PageBlock) -> bool:
    """Whether a block could head the comments: one short line, no bullet, not a header."""
    return (
        block.lines == 1
        and not block.bullet
        and not block.header
        and len(block.text) <= _HEADING_CHARS
    )
