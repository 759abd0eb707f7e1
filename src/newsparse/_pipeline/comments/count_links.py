"""The ``count-links`` rule: a comment count above the article is a link, not a heading.

Blogs and news sites print the number of comments as a link under the
post's title or byline ("18 Comments", "Comments: 18"). Read as the
thread's heading, it would end the article above the article itself. A
counted heading is a count link, labelled ``byline`` before the line
patterns run (``generic.comment-count-link``), when

- a later heading declares the same count (the thread's own heading:
  "18 Responses to “Title”"), or
- an article follows it: eight paragraphs or more, and three for every
  comment it declares up to sixteen, before any comment header or widget
  line, half of them right after another paragraph (a thread's comments
  alternate with the short lines that name their authors), and fewer than
  half indented under the heading (a thread's text is).
"""

from __future__ import annotations

from newsparse._pipeline.comments.headers import block_header
from newsparse._pipeline.comments.section import declared_count
from newsparse._pipeline.zones.patterns import pattern_label
from newsparse._pipeline.zones.shapes import prose_words
from newsparse.adapters import Label, ZoneContext
from newsparse.models import Zone

__all__ = ["count_links"]

_COUNT_LINK = Label(Zone.BYLINE, "generic.comment-count-link")
_HEADING = frozenset({Zone.COMMENTS_HEADING})
# Zones whose lines stand between comments, never inside an article.
_THREAD_LINES = frozenset(
    {Zone.COMMENTS_HEADING, Zone.COMMENT_NOISE, Zone.COMMENT_FORM, Zone.PAGINATION}
)
# A count link or a heading is a short line.
_MAX_CHARS = 120
# Paragraphs before any comment header that make an article, not a thread:
# at least this many, and this many for each comment declared, up to a most.
_ARTICLE_PARAGRAPHS = 8
_PARAGRAPHS_PER_COMMENT = 3
_MOST_PARAGRAPHS = 16


def count_links(context: ZoneContext) -> dict[int, Label]:
    r"""Label the comment-count links: counted headings whose count a later heading repeats.

    Example:
        >>> from newsparse._page import Lines
        >>> from newsparse._pipeline.text.blocks import split_blocks
        >>> from newsparse.adapters import GENERIC
        >>> page = "Our trip\n\n3 Comments\n\nWe went.\n\n3 Responses to “Our trip”\n\nAnn says:"
        >>> blocks = split_blocks(Lines.from_text(page))
        >>> context = ZoneContext(blocks=blocks, adapter=GENERIC, labels=(None,) * len(blocks))
        >>> count_links(context)
        {1: Label(zone=<Zone.BYLINE: 'byline'>, rule='generic.comment-count-link')}
    """
    counted: list[tuple[int, int]] = []
    for index, block in enumerate(context.blocks):
        text = block.text
        if len(text) > _MAX_CHARS or not context.unlabelled(index) or block.bullet is not None:
            continue
        if not any(character.isdigit() for character in text):
            continue
        if pattern_label(context.adapter, text, zones=_HEADING) is None:
            continue
        count = declared_count(text, context.adapter)
        if count is not None:
            counted.append((index, count))
    found: dict[int, Label] = {}
    for position, (index, count) in enumerate(counted):
        if any(later == count for _, later in counted[position + 1 :]) or _article_follows(
            context, index, count
        ):
            found[index] = _COUNT_LINK
    return found


def _article_follows(context: ZoneContext, heading: int, count: int) -> bool:
    """Tell whether an article's paragraphs follow ``heading`` before any comment's marks."""
    needed = max(_ARTICLE_PARAGRAPHS, min(_PARAGRAPHS_PER_COMMENT * count, _MOST_PARAGRAPHS))
    paragraphs = running_on = indented = 0
    previous_prose = False
    indent = context.blocks[heading].indent
    for index in range(heading + 1, len(context.blocks)):
        block = context.blocks[index]
        if block_header(block) is not None:
            return False
        if len(block.text) <= _MAX_CHARS:
            label = pattern_label(context.adapter, block.text, zones=_THREAD_LINES)
            if label is not None:
                return False
        prose = prose_words(block) > 0
        if prose:
            paragraphs += 1
            running_on += previous_prose
            # A thread's text is indented under the name of its writer.
            indented += block.bullet is None and block.indent > indent
            if paragraphs >= needed:
                return 2 * running_on >= paragraphs and 2 * indented < paragraphs
        previous_prose = prose
    return False
