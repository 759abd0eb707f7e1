"""The ``headline`` rule: the title above the article, told from what stands around it.

Up to forty blocks above the article's first paragraph are scored as its
title (see :mod:`.titles`: the title's shape, the words it shares with the
article's opening, a byline beside it, its neighbours, its distance); the
best wins (``generic.headline-title`` in ``newsparse explain``). When none
scores, the nearest short unlabelled block above the body is taken, bylines
and pictures (with their captions) between skipped, unless it is a link to another post or a row
of links (``generic.headline``).
"""

from __future__ import annotations

from newsparse._page import TextBlock
from newsparse._pipeline.zones.shapes import PICTURE_LINE
from newsparse._pipeline.zones.title_words import Opening, could_be_title, opening_of
from newsparse._pipeline.zones.titles import best_title
from newsparse.adapters import Label, ZoneContext
from newsparse.models import Zone

__all__ = ["after_site_header", "headline", "headline_shaped"]

_NEAREST = Label(
    Zone.HEADLINE, "generic.headline", "the first short block, on a page without prose"
)
_NEAREST_ABOVE = Label(
    Zone.HEADLINE, "generic.headline", "no block scored as a title: the nearest short one above"
)
_TITLED = "generic.headline-title"
_ARTICLE = (Zone.STANDFIRST, Zone.BODY)


def after_site_header(context: ZoneContext) -> int:
    """Return the index after the last site-header or promo block of the page's top."""
    start = 0
    for index in range(len(context.blocks)):
        zone = context.zone(index)
        if zone in (Zone.SITE_HEADER, Zone.PROMO):
            start = index + 1
        elif zone is None and headline_shaped(context.blocks[index]):
            continue
        elif zone is not None and zone is not Zone.BYLINE:
            break
    return start


def headline(context: ZoneContext) -> dict[int, Label]:
    """Label as headline the block above the body that reads most like its title.

    A page without body takes its first short unlabelled block before any
    comments, unless the page states a headline (HTML metadata) that no line
    shows: that one is the article's then (``headline.stated``), not a
    spinner's "Loading…".
    """
    if context.first(Zone.HEADLINE) is not None:
        return {}  # an earlier rule (an adapter's, the page's stated headline) found it
    start = context.first(Zone.STANDFIRST)
    if start is None:
        start = context.first(Zone.BODY)
    if start is None:
        if context.page is not None and context.page.headline:
            return {}  # no article, and no line shows the headline the page states: that one
        stop = context.first(Zone.COMMENTS_HEADING)
        stop = len(context.blocks) if stop is None else stop
        for index in range(after_site_header(context), stop):
            if context.unlabelled(index) and headline_shaped(context.blocks[index]):
                return {index: _NEAREST}
        return {}
    blocks, labels = context.blocks, context.labels

    def read_opening() -> Opening:
        return opening_of(
            blocks[index].text
            for index in range(start, len(blocks))
            if (label := labels[index]) is not None and label.zone in _ARTICLE
        )

    titled = best_title(context, start, read_opening)
    if titled is not None:
        return {titled.block: Label(Zone.HEADLINE, _TITLED, titled.reason)}
    for index in range(start - 1, -1, -1):
        zone = context.zone(index)
        # a picture, or a picture over its caption
        if zone in (Zone.BYLINE, Zone.PROMO) or PICTURE_LINE.match(
            context.blocks[index].lines[0].text
        ):
            continue
        if zone is None and headline_shaped(context.blocks[index]):
            return {index: _NEAREST_ABOVE} if could_be_title(context.blocks[index]) else {}
        return {}
    return {}


def headline_shaped(block: TextBlock) -> bool:
    return len(block.lines) <= 3 and 0 < len(block.text) <= 300 and block.bullet is None
