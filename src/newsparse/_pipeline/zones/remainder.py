"""The ``remainder`` rule: what no rule labelled, placed by where it stands."""

from __future__ import annotations

from newsparse.adapters import Label, ZoneContext
from newsparse.models import Zone

__all__ = ["UNPLACED", "remainder"]


def remainder(context: ZoneContext) -> dict[int, Label]:
    """Label what is left by position: site header above the headline, footer at the end."""
    anchor = context.first(Zone.HEADLINE)
    if anchor is None:
        anchor = context.first(Zone.STANDFIRST)
    if anchor is None:
        anchor = context.first(Zone.BODY)
    footer = context.first(Zone.FOOTER, 0 if anchor is None else anchor)
    above = Label(Zone.SITE_HEADER, "generic.above-headline")
    below = Label(Zone.FOOTER, "generic.below-footer")
    found: dict[int, Label] = {}
    for index, label in enumerate(context.labels):
        if label is not None:
            continue
        if anchor is not None and index < anchor:
            found[index] = above
        elif footer is not None and index > footer:
            found[index] = below
        else:
            found[index] = UNPLACED
    return found


UNPLACED = Label(Zone.UNPLACED, "generic.unplaced")
