"""The ``headline`` rule: the short block just above the article."""

from __future__ import annotations

import re

from newsparse._page import TextBlock
from newsparse.adapters import Label, ZoneContext
from newsparse.models import Zone

__all__ = ["after_site_header", "headline", "headline_shaped"]


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
    """Label as headline the nearest short unlabelled block above the body.

    Bylines and date lines between headline and body are skipped. A page
    without body takes its first short unlabelled block before any comments.
    """
    if context.first(Zone.HEADLINE) is not None:
        return {}  # an earlier rule (an adapter's, the page's stated headline) found it
    start = context.first(Zone.STANDFIRST)
    if start is None:
        start = context.first(Zone.BODY)
    if start is None:
        stop = context.first(Zone.COMMENTS_HEADING)
        stop = len(context.blocks) if stop is None else stop
        for index in range(after_site_header(context), stop):
            if context.unlabelled(index) and headline_shaped(context.blocks[index]):
                return {index: Label(Zone.HEADLINE, "generic.headline")}
        return {}
    for index in range(start - 1, -1, -1):
        zone = context.zone(index)
        if zone in (Zone.BYLINE, Zone.PROMO) or _IMAGE_ONLY.match(context.blocks[index].text):
            continue
        if zone is None and headline_shaped(context.blocks[index]):
            return {index: Label(Zone.HEADLINE, "generic.headline")}
        return {}
    return {}


# "[image]", "[logo] [photo]": pictures between the headline and the body.
_IMAGE_ONLY = re.compile(r"^(?:\[[^\]]{0,60}\]\s*)+$")


def headline_shaped(block: TextBlock) -> bool:
    return len(block.lines) <= 3 and 0 < len(block.text) <= 300 and block.bullet is None
