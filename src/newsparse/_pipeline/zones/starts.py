"""Where the article starts inside the densest run of prose: after its title.

A list of teasers, a blurb or a video playlist above an article can hold as
much text as a short article's first paragraphs, so the densest run of
prose may open above the article's own title. A title inside the run's
first blocks is the article's when a byline stands just under it ("By Ann
Lee", "Posted by ann"), or a date line does and more prose stands under it
than above it: the article starts at the first paragraph under it
(``generic.body-after-title`` in ``newsparse explain``), and what stands
above the title is left to the page's top.
"""

from __future__ import annotations

from newsparse._page import TextBlock
from newsparse._pipeline.zones.shapes import prose_words
from newsparse._pipeline.zones.titles import BYLINE_OPENING, byline_like, opening_of, title_score
from newsparse.adapters import ZoneContext

__all__ = ["start_after_title"]


def _title_shaped(block: TextBlock) -> bool:
    """Tell cheaply whether a block may be a title: short, no bullet, no full stop."""
    text = block.text
    return (
        len(block.lines) <= 2
        and len(text) <= _TITLE_CHARS
        and block.bullet is None
        and not text.rstrip(_CLOSERS).endswith(".")
    )


# What may close a sentence after its full stop: quotation marks, brackets.
_CLOSERS = "\"'’”)]»›"


# Blocks at the top of the run where the article's title may stand.
_TITLE_REACH = 12
# The least title score (see titles.title_score) of a title inside the run.
_LEAST_SCORE = 4.0
# A title is a short line.
_TITLE_CHARS = 300
# Blocks under the title where its byline may stand.
_BYLINE_REACH = 2


def start_after_title(context: ZoneContext, first: int, last: int) -> int | None:
    r"""Return the first paragraph under a title inside the run ``[first, last]``, if one is there.

    Example:
        >>> from newsparse._page import Lines
        >>> from newsparse._pipeline.text.blocks import split_blocks
        >>> from newsparse.adapters import GENERIC
        >>> prose = "The council voted on Tuesday to keep the old library open, it said."
        >>> page = (f"Other news: the ferry will sail late all week, the harbour said.\n\n"
        ...         f"Council keeps the old library open\n\nBy Ann Lee\n\n{prose}\n\n{prose}")
        >>> blocks = split_blocks(Lines.from_text(page))
        >>> context = ZoneContext(blocks=blocks, adapter=GENERIC, labels=(None,) * len(blocks))
        >>> start_after_title(context, 0, 4)
        3
    """
    blocks = context.blocks
    words: list[int] = []  # the prose words of each block of the run, worked out when needed
    for title in range(first, min(last, first + _TITLE_REACH)):
        block = blocks[title]
        if not context.unlabelled(title) or not _title_shaped(block):
            continue
        under_title = range(title + 1, min(last + 1, title + 1 + _BYLINE_REACH))
        signed = any(BYLINE_OPENING.match(blocks[below].text) for below in under_title)
        if not signed and not any(byline_like(context, below) for below in under_title):
            continue
        words = words or [prose_words(blocks[index]) for index in range(first, last + 1)]
        above, under = sum(words[: title - first]), sum(words[title - first + 1 :])
        if not under or (above >= under and not signed):
            continue
        opening = opening_of(blocks[index].text for index in range(title + 1, last + 1))
        score = title_score(blocks[title], opening)
        if score is None or score < _LEAST_SCORE:
            continue
        return next(
            (index for index in range(title + 1, last + 1) if words[index - first]),
            None,
        )
    return None
