"""Titles: each page's own, made a slot in its shapes, and those of other pages, never learned.

A template line may hold the page's title ("3 Responses to “TITLE”"): the
title becomes a slot, so that the line's shape repeats across pages
(:func:`page_shapes`). And a site lists its own articles ("Most read",
"Recent posts"): a list that stays the same for days stands on many pages,
yet its items are headlines, one of which may be the very page being read.
:func:`listed_titles` finds those lists: an item printed as a bullet on one
page and as a plain line above the text on another is an article's title,
and so is every item of a list that holds one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from newsparse._profiles.pages import PageBlock
from newsparse._profiles.shapes import Shape, shape_of
from newsparse.models import Zone

__all__ = ["listed_titles", "page_shapes"]

# A title is put in a slot only when it is long enough not to be a common phrase.
_MIN_TITLE = 12
# How far above the text a page's title may stand.
_TITLE_REACH = 3
_TEXT_ZONES = (Zone.STANDFIRST, Zone.BODY)


def page_shapes(layouts: Sequence[Sequence[PageBlock]]) -> list[list[Shape]]:
    """Return the shape of every block of every page, each page's own title made a slot.

    A page's titles are its own short blocks (found on no other page) just
    above its text, and the block the generic adapter took for its headline.
    """
    seen = Counter(text for blocks in layouts for text in {b.text.casefold() for b in blocks})
    shapes = []
    for blocks in layouts:
        titles = _titles(blocks, lambda text: seen[text.casefold()] == 1)
        shapes.append([shape_of(block.text, titles=titles) for block in blocks])
    return shapes


def _titles(blocks: Sequence[PageBlock], is_own: Callable[[str], bool]) -> list[str]:
    """Return the page's likely titles, longest first."""
    start = _text_start(blocks, is_own)
    if start is None:
        return []
    nearby = [
        block.text
        for block in blocks[max(0, start - _TITLE_REACH) : start + 1]
        if block.headline_shaped and is_own(block.text) and len(block.text) >= _MIN_TITLE
    ]
    headline = [b.text for b in blocks if b.zone is Zone.HEADLINE and len(b.text) >= _MIN_TITLE]
    return sorted({*nearby, *headline[:1]}, key=len, reverse=True)


def _text_start(blocks: Sequence[PageBlock], is_own: Callable[[str], bool]) -> int | None:
    """Return the first block of the article's text that is the page's own."""
    return next((i for i, b in enumerate(blocks) if b.zone in _TEXT_ZONES and is_own(b.text)), None)


def listed_titles(
    layouts: Sequence[Sequence[PageBlock]], shapes: Sequence[Sequence[Shape]]
) -> set[Shape]:
    """Return the shapes that are titles of the site's articles, listed on other pages.

    Args:
        layouts: The blocks of each page.
        shapes: The shape of each block (see :func:`page_shapes`).
    """
    headlines: set[Shape] = set()
    bulleted: set[Shape] = set()
    for blocks, page in zip(layouts, shapes, strict=True):
        start = _text_start(blocks, lambda text: True)
        for index, (block, shape) in enumerate(zip(blocks, page, strict=True)):
            if block.bullet:
                bulleted.add(shape)
            elif (
                _title_shaped(block) and start is not None and start - _TITLE_REACH <= index < start
            ):
                headlines.add(shape)
    titles = headlines & bulleted
    listed = set(titles)
    for blocks, page in zip(layouts, shapes, strict=True):
        for run in _bullet_runs(blocks):
            items = {page[index] for index in run}
            if items & titles:
                listed |= items
    return listed


def _title_shaped(block: PageBlock) -> bool:
    return block.headline_shaped and len(block.text) >= _MIN_TITLE


def _bullet_runs(blocks: Sequence[PageBlock]) -> list[range]:
    """Return the runs of consecutive bulleted blocks: the page's lists."""
    runs = []
    start = None
    for index, block in enumerate([*blocks, None]):
        if block is not None and block.bullet:
            start = index if start is None else start
        elif start is not None:
            runs.append(range(start, index))
            start = None
    return runs
