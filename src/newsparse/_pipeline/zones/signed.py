"""The article above the page's furniture: a signed run wins over prose under a footer or promo.

A short article, right under its byline, can hold less prose than what a
page prints under it: a site's "About" text under the footer's first line,
sponsored teasers and an appeal for money under a promo heading.
"""

from __future__ import annotations

from collections.abc import Callable

from newsparse.adapters import ZoneContext
from newsparse.models import Zone

__all__ = ["Run", "signed_run_above"]

#: A run of blocks and its score: (score, first block, last block).
Run = tuple[int, int, int]

# Labelled blocks that close an article: the page's footer, a promo heading.
_FURNITURE = frozenset({Zone.FOOTER, Zone.PROMO})
# Net words of prose above the page's footer that make the article there.
_ABOVE_FOOTER_WORDS = 20


def signed_run_above(
    context: ZoneContext,
    barriers: list[int],
    best: Run,
    best_run: Callable[[int, int], Run | None],
) -> Run:
    r"""Return the signed run above the footer or promo over ``best``, if one is there.

    A site's "About" text under the footer's first line ("Tags: ..."), or
    sponsored teasers and an appeal under a promo heading, can hold more
    prose than a short article above them: the article is the best run
    above the nearest such block over ``best`` when that run opens right
    under a byline (one of the two blocks over it) while ``best`` does
    not, and scores at least half as much.

    Example:
        >>> from newsparse._page import Lines
        >>> from newsparse._pipeline.text.blocks import split_blocks
        >>> from newsparse.adapters import GENERIC, Label
        >>> blocks = split_blocks(Lines.from_text("By Ann\n\nPost.\n\nTags: x\n\nAbout."))
        >>> labels = (Label(Zone.BYLINE, "t"), None, Label(Zone.FOOTER, "t"), None)
        >>> context = ZoneContext(blocks=blocks, adapter=GENERIC, labels=labels)
        >>> signed_run_above(context, [], (30, 3, 3), lambda start, stop: (20, 1, 1))
        (20, 1, 1)
    """
    footer = next(
        (index for index in range(best[1] - 1, -1, -1) if context.zone(index) in _FURNITURE),
        None,
    )
    if footer is None:
        return best
    start = max((barrier + 1 for barrier in barriers if barrier < footer), default=0)
    above = best_run(start, footer)
    if above is None or above[0] < _ABOVE_FOOTER_WORDS or 2 * above[0] < best[0]:
        return best
    return above if _signed(context, above[1]) and not _signed(context, best[1]) else best


def _signed(context: ZoneContext, first: int) -> bool:
    """Tell whether a byline stands in one of the two blocks over block ``first``."""
    return any(context.zone(index) is Zone.BYLINE for index in range(max(0, first - 2), first))
