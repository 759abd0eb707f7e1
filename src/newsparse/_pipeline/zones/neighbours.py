"""What stands around a block that may be a title: its distance, neighbours and byline.

The headline rule (:mod:`.titles`) weighs a candidate's shape and words;
these helpers read its place on the page: how many blocks stand between it
and the article (a share bar printed a button a block counts as one), a
trail of links that ends with its text, the titles of other articles around
it, and a byline or date line beside it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsparse._dates import find_datetime
from newsparse._page import TextBlock
from newsparse._pipeline.zones.shapes import PICTURE_LINE
from newsparse.adapters import ZoneContext
from newsparse.models import Zone

__all__ = [
    "BYLINE_OPENING",
    "LINK_TRAIL",
    "byline_like",
    "byline_near",
    "distances",
    "in_title_list",
    "nearest_text",
    "previous_text",
    "signed_title",
    "trail_ends_with",
]

# What a byline or a date line beside a block adds to its score.
_BYLINE_BONUS = 2.0
# The nearest text blocks looked at for titles of other articles, up to this many blocks away.
_TITLE_LIST_REACH = 3
# A trail of links ending with a block's text, up to this many blocks above it: its bonus.
_TRAIL_REACH = 3
_TRAIL_BONUS = 2.0
#: matches "By Ann Lee", "Posted by ann", "Written by", "Posted on", "Published":
#: a byline or a date line, not a title
BYLINE_OPENING = re.compile(r"^(?:by|posted|written|published|updated|filed)\b", re.IGNORECASE)
#: matches the separators of a trail of links: "Home / News", "Home » News", "A | B"
LINK_TRAIL = re.compile(r" [/»›>|] ")
# A byline is a short line.
_BYLINE_CHARS = 200
# Every date the date reader finds holds a digit.
_DIGIT = re.compile(r"\d")


def distances(context: ZoneContext, window: range, start: int) -> dict[int, int]:
    """Return how many blocks stand between each block of ``window`` and block ``start``.

    A run of buttons (a share bar printed item by item: "• Print", "• Email")
    counts as one block: ten share buttons put a title no farther away than one.
    """
    found: dict[int, int] = {}
    distance = 0
    for index in range(start - 1, window.start - 1, -1):
        found[index] = distance
        if index == 0 or not (
            _button(context.blocks[index]) and _button(context.blocks[index - 1])
        ):
            distance += 1
    return found


def _button(block: TextBlock) -> bool:
    """Tell whether a block is one bulleted item of a few words ("• Share", "• Print")."""
    return (
        block.bullet is not None and len(block.lines) == 1 and block.text.count(" ") < _BUTTON_WORDS
    )


# A button's label has fewer words than this.
_BUTTON_WORDS = 3


def trail_ends_with(context: ZoneContext, index: int) -> float:
    """Return a bonus when a trail of links just above block ``index`` ends with its text.

    "You are here: Home » Recipes » Noodlecakes" over "Noodlecakes": the
    trail names the page it leads to.
    """
    text = context.blocks[index].text
    for above in range(index - 1, max(-1, index - 1 - _TRAIL_REACH), -1):
        trail = context.blocks[above].text
        if len(LINK_TRAIL.findall(trail)) >= 2 and LINK_TRAIL.split(trail)[-1].strip() == text:
            return _TRAIL_BONUS
    return 0.0


def nearest_text(context: ZoneContext, start: int) -> int:
    """Return the nearest block above ``start`` but pictures and byline or promo blocks (or -1)."""
    index = start - 1
    while index >= 0 and (
        context.zone(index) in (Zone.BYLINE, Zone.PROMO)
        or PICTURE_LINE.match(context.blocks[index].text)
    ):
        index -= 1
    return index


def in_title_list(context: ZoneContext, others: set[int], index: int) -> bool:
    """Tell whether block ``index`` is one of a list of titles (other articles' teasers).

    It is when both the nearest unlabelled text block above it and the
    nearest below are titles of other articles (``others``): a headline
    stands among a byline, a label, its deck and pictures, not among the
    headlines of other articles.
    """
    siblings = 0
    for step in (-1, 1):
        near = index + step
        while 0 <= near < len(context.blocks) and abs(near - index) <= _TITLE_LIST_REACH:
            block = context.blocks[near]
            if context.unlabelled(near) and block.text and not PICTURE_LINE.match(block.text):
                # A copy of the block itself (a title printed twice) is no other article's.
                siblings += near in others and block.text != context.blocks[index].text
                break
            near += step
    return siblings == 2


def previous_text(context: ZoneContext, index: int) -> int:
    """Return the nearest block above ``index`` that holds more than pictures (-1: none)."""
    above = index - 1
    while above >= 0 and PICTURE_LINE.match(context.blocks[above].text):
        above -= 1
    return above


def byline_near(
    context: ZoneContext, index: int, start: int, bylines: Callable[[int], bool]
) -> float:
    """Return a bonus when a byline or a date line goes with block ``index``.

    It does when it stands just under the block (a news page's byline), or
    just over a block that the article follows at once (a blog's date
    header over its post's title). ``bylines`` tells whether a block is one.
    """
    for below in range(index + 1, min(start, index + 3)):
        if bylines(below):
            return _BYLINE_BONUS
    above = previous_text(context, index)
    if above >= 0 and previous_text(context, start) == index and bylines(above):
        return _BYLINE_BONUS
    return 0.0


def byline_like(context: ZoneContext, index: int) -> bool:
    """Tell whether block ``index`` is a byline or a date line.

    It is when a rule labelled it ``byline``, or when no rule labelled it and
    it is short and opens like a byline ("By Ann Lee", "Posted on") or holds
    a date.
    """
    label = context.labels[index]
    if label is not None:
        return label.zone is Zone.BYLINE
    text = context.blocks[index].text
    if len(text) > _BYLINE_CHARS:
        return False
    if BYLINE_OPENING.match(text) is not None:
        return True
    return _DIGIT.search(text) is not None and find_datetime(text) is not None


def signed_title(context: ZoneContext, index: int) -> bool:
    """Tell whether the block under block ``index`` is a byline that opens like one ("By Ann Lee").

    A rule labelled it ``byline``, and it opens with "By", "Posted",
    "Written"... (:data:`BYLINE_OPENING`): a title's signature, not a date alone.
    """
    below = index + 1
    return (
        below < len(context.blocks)
        and context.zone(below) is Zone.BYLINE
        and BYLINE_OPENING.match(context.blocks[below].text) is not None
    )
