"""The ``trackbacks`` rule: the list of linking posts under a trackbacks heading."""

from __future__ import annotations

from newsparse.adapters import Label, ZoneContext
from newsparse.models import Zone

__all__ = ["trackbacks"]

# Zones that end a list of trackbacks.
_AFTER_TRACKBACKS = frozenset(
    {Zone.COMMENTS_HEADING, Zone.COMMENT_FORM, Zone.PAGINATION, Zone.FOOTER, Zone.TRACKBACKS}
)
_MAX_TRACKBACK_BLOCKS = 40


def trackbacks(context: ZoneContext) -> dict[int, Label]:
    """Label the list under a trackbacks heading: linking posts, not comments."""
    found: dict[int, Label] = {}
    trackback = Label(Zone.TRACKBACKS, "generic.trackbacks")
    for heading, label in enumerate(context.labels):
        if label is None or label.zone is not trackback.zone:
            continue
        stop = min(len(context.blocks), heading + 1 + _MAX_TRACKBACK_BLOCKS)
        for index in range(heading + 1, stop):
            if context.zone(index) in _AFTER_TRACKBACKS:
                break
            if context.unlabelled(index):
                found[index] = trackback
    return found
