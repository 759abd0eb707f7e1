"""Footer-like lines inside a thread: a tag line between a comments heading and its comments.

A footer pattern ("Tags: ferry, transport", "Filed under: News") may match
a line a site prints between the comments heading and the comments. Read
as the footer, it ended the page there and the thread under it was lost.
Of the blocks the line patterns read as footer, one is a line of the
thread, labelled ``comment-noise`` (``generic.footer-inside-thread`` in
``newsparse explain``), when a comments heading stands over it with
nothing unlabelled between, and comment headers naming their writers
follow it before any other footer block.

This runs as a step of the ``patterns`` rule, on its labels.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsparse._pipeline.comments.headers import HeaderKind, block_header
from newsparse.adapters import Label, ZoneContext
from newsparse.models import Zone

__all__ = ["with_inner_footers"]

_INNER = Label(
    Zone.COMMENT_NOISE,
    "generic.footer-inside-thread",
    "a comments heading over it, comment headers under it",
)
#: Blocks after the footer-like line in which the thread's headers must stand.
_REACH = 12
#: Headers that make the thread (a "says" header counts for this many).
_HEADERS = 2


def with_inner_footers(context: ZoneContext, found: dict[int, Label]) -> dict[int, Label]:
    """Return the patterns' labels ``found`` with footer lines inside a thread relabelled.

    ``found`` itself is returned when it holds none.
    """
    inner = [
        index
        for index, label in found.items()
        if label.zone is Zone.FOOTER
        and _under_heading(found, index)
        and _headers_follow(context, found, index)
    ]
    if not inner:
        return found
    relabelled = dict(found)
    relabelled.update(dict.fromkeys(inner, _INNER))
    return relabelled


def _under_heading(found: Mapping[int, Label], index: int) -> bool:
    """Tell whether a comments heading stands over ``index``, only labelled blocks between."""
    for above in range(index - 1, -1, -1):
        label = found.get(above)
        if label is None or label.zone is Zone.FOOTER:
            return False
        if label.zone is Zone.COMMENTS_HEADING:
            return True
    return False


def _headers_follow(context: ZoneContext, found: Mapping[int, Label], index: int) -> bool:
    """Tell whether comment headers naming their writers follow ``index`` before another footer."""
    weight = 0
    for below in range(index + 1, min(len(context.blocks), index + 1 + _REACH)):
        label = found.get(below)
        if label is not None and label.zone is Zone.FOOTER:
            return False
        header = block_header(context.blocks[below])
        if header is not None and header.author is not None:
            weight += _HEADERS if header.kind is HeaderKind.OPENS else 1
            if weight >= _HEADERS:
                return True
    return False
