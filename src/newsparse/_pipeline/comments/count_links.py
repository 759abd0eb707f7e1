"""Comment-count links: a comment count above the article is a link, not the thread's heading.

Blogs and news sites print the number of comments as a link under the
post's title or byline ("18 Comments", "Comments: 18"). Read as the
thread's heading, it would end the article above the article itself. Of the
blocks the line patterns read as comments headings, a counted one is a
count link, labelled ``byline`` (``generic.comment-count-link`` in
``newsparse explain``), when

- it carries a date ("2 comments · 3 days ago": a post's meta line, in a
  list of posts or under the post's title), or
- a later heading declares the same count (the thread's own heading:
  "18 Responses to “Title”"), or
- an article follows it: eight paragraphs or more, and three for every
  comment it declares up to sixteen, before any comment header or widget
  line; half of them right after another paragraph (a thread's comments
  alternate with the short lines that name their authors), and fewer than
  half indented under the heading (a thread's text is).

This runs as the last step of the ``patterns`` rule, on its labels.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsparse._pipeline.comments.date_lines import find_date
from newsparse._pipeline.comments.headers import block_header
from newsparse._pipeline.comments.section import declared_count
from newsparse._pipeline.zones.shapes import prose_words
from newsparse.adapters import Label, ZoneContext
from newsparse.models import Zone

__all__ = ["with_count_links"]

_COUNT_LINK = (Zone.BYLINE, "generic.comment-count-link")
# Zones whose lines stand between comments, never inside an article.
_THREAD_LINES = frozenset(
    {Zone.COMMENTS_HEADING, Zone.COMMENT_NOISE, Zone.COMMENT_FORM, Zone.PAGINATION}
)
# Paragraphs before any comment header that make an article, not a thread:
# at least this many, and this many for each comment declared, up to a most.
_ARTICLE_PARAGRAPHS = 8
_PARAGRAPHS_PER_COMMENT = 3
_MOST_PARAGRAPHS = 16


def with_count_links(context: ZoneContext, found: dict[int, Label]) -> dict[int, Label]:
    r"""Return the patterns' labels ``found`` with comment-count links told from headings.

    ``found`` itself is returned when it holds no count link.

    Example:
        >>> from newsparse._page import Lines
        >>> from newsparse._pipeline.text.blocks import split_blocks
        >>> from newsparse._pipeline.zones.patterns import patterns
        >>> from newsparse.adapters import GENERIC
        >>> page = "Our trip\n\n3 Comments\n\nWe went.\n\n3 Responses to “Our trip”\n\nAnn says:"
        >>> blocks = split_blocks(Lines.from_text(page))
        >>> context = ZoneContext(blocks=blocks, adapter=GENERIC, labels=(None,) * len(blocks))
        >>> link = with_count_links(context, patterns(context))[1]
        >>> link.zone.value, link.rule, link.reason
        ('byline', 'generic.comment-count-link', 'a later heading declares the same count (3)')
    """
    headings = [index for index, label in found.items() if label.zone is Zone.COMMENTS_HEADING]
    counted = [
        (index, count)
        for index in sorted(headings)
        if (count := declared_count(context.blocks[index].text, context.adapter)) is not None
    ]
    links: dict[int, Label] = {}
    for index in headings:
        if _dated(context.blocks[index].text):
            links[index] = Label(*_COUNT_LINK, "it carries a date, as a post's meta line does")
    for position, (index, count) in enumerate(counted):
        if any(later == count for _, later in counted[position + 1 :]):
            links[index] = Label(*_COUNT_LINK, f"a later heading declares the same count ({count})")
        elif _article_follows(context, found, index, count):
            links[index] = Label(*_COUNT_LINK, "an article's paragraphs follow it, no comment's")
        elif _article_over_thread(context, found, index):
            links[index] = Label(*_COUNT_LINK, "more paragraphs follow it than any comment holds")
    if not links:
        return found
    relabelled = dict(found)
    relabelled.update(links)
    return relabelled


def _article_over_thread(context: ZoneContext, found: Mapping[int, Label], heading: int) -> bool:
    """Tell whether a run of paragraphs longer than any comment stands between heading and thread.

    A count link under the byline stands over the article; the thread's
    headers come after it. The paragraphs before the first header are the
    article's when there are three or more, and more than between any two
    of the headers after it (a comment's, when a thread prints its headers
    under the text).
    """
    runs: list[int] = []
    paragraphs = 0
    for index in range(heading + 1, len(context.blocks)):
        label = found.get(index)
        zone = None if label is None else label.zone
        if not runs and zone in _THREAD_LINES:
            return False
        block = context.blocks[index]
        header = block_header(block)
        if header is not None and header.author is not None:
            runs.append(paragraphs)
            paragraphs = 0
            if runs[0] < _LEAST_ARTICLE:
                return False
        elif zone is None and prose_words(block) > 0:
            paragraphs += 1
            # The answer is known once a comment holds as many paragraphs as the article.
            if runs and paragraphs >= runs[0]:
                return False
    runs.append(paragraphs)
    return len(runs) > _LEAST_HEADERS and runs[0] >= _LEAST_ARTICLE and runs[0] > max(runs[1:])


#: Headers that make the thread under an article, and paragraphs that make the article.
_LEAST_HEADERS = 2
_LEAST_ARTICLE = 3


def _dated(text: str) -> bool:
    """Tell whether a heading's line carries a date ("2 comments · 3 days ago").

    A thread's heading counts its comments; a listed post's meta line (or a
    post's own, under its byline) dates the post beside its count.

    Example:
        >>> _dated("2 comments · 3 days ago"), _dated("12 Comments")
        (True, False)
    """
    return len(text) <= _MOST_META_CHARS and find_date(text) is not None


#: A meta line with a count and a date is short.
_MOST_META_CHARS = 80


def _article_follows(
    context: ZoneContext, found: Mapping[int, Label], heading: int, count: int
) -> bool:
    """Tell whether an article's paragraphs follow ``heading`` before any comment's marks."""
    needed = max(_ARTICLE_PARAGRAPHS, min(_PARAGRAPHS_PER_COMMENT * count, _MOST_PARAGRAPHS))
    paragraphs = running_on = indented = 0
    previous_prose = False
    indent = context.blocks[heading].indent
    for index in range(heading + 1, len(context.blocks)):
        label = found.get(index)
        if label is not None and label.zone in _THREAD_LINES:
            return False
        block = context.blocks[index]
        if block_header(block) is not None:
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
