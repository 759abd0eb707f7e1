"""Lists that read like threads, and threads printed as lists.

A sidebar's list of posts, each a title with its author and date, reads
like a thread of short comments; a theme that prints its comments as an
ordered list puts the list's numbers before each comment's text.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import attrs

from newsparse._pipeline.comments.blocks import LIST_NUMBER
from newsparse._pipeline.comments.draft import Draft
from newsparse._pipeline.comments.items import Item
from newsparse._pipeline.comments.lines import is_link_line, is_title
from newsparse.models import Zone

__all__ = ["drop_item_numbers", "is_post_list"]


def is_post_list(drafts: Sequence[Draft], items: Sequence[Item]) -> bool:
    """Tell whether dated "comments" are a list of posts: each a title, no sentence.

    A sidebar's posts ("Damson gin, the lazy way" / "Posted by Ann on May 4,
    2012") read as headed or trailed comments. Where two or more hold one
    line each that reads as a link or a label, of four words or more (the
    first may stand under its list's heading), with no widget line among them,
    none is a reader's words. The last may run on into what follows the
    list ("Archives", "May 2012"): its first line only counts.
    """
    if len(drafts) < 2 or not drafts[-1].texts:
        return False
    if any(item.zone is Zone.COMMENT_NOISE for item in items):
        return False  # "Reply" under each: a thread of short comments
    return is_link_line(drafts[-1].texts[0].text) and all(map(_listed_post, drafts[:-1]))


def _listed_post(draft: Draft) -> bool:
    """Tell whether a draft is a listed post: a title, maybe under its list's heading."""
    texts = draft.texts
    if texts and all(is_title(item.text) for item in texts):
        return True
    return (
        0 < len(texts) <= _POST_LIST_LINES
        and all(is_link_line(item.text) for item in texts)
        and len(texts[-1].text.split()) >= _TITLE_WORDS
    )


#: A listed post's lines, its list's heading included.
_POST_LIST_LINES = 2
#: A listed post's title has this many words at least ("Fares from January onwards").
_TITLE_WORDS = 4


def drop_item_numbers(drafts: Sequence[Draft]) -> None:
    """Take the ordered list's numbers off the comments' first lines ("1. Quite right.").

    Where every comment's text opens with a number and the comments at the
    thread's first depth count up one by one, the numbers are the list's
    (a theme printing its comments as an ordered list), not the readers'.
    """
    if len(drafts) < 2 or not all(draft.texts for draft in drafts):
        return
    numbers = [LIST_NUMBER.match(draft.texts[0].text) for draft in drafts]
    if any(number is None for number in numbers):
        return
    top = [
        int(number.group().rstrip(". \t"))
        for draft, number in zip(drafts, numbers, strict=True)
        if number is not None and draft.indent == drafts[0].indent
    ]
    if any(later != earlier + 1 for earlier, later in itertools.pairwise(top)):
        return
    for draft, number in zip(drafts, numbers, strict=True):
        if number is not None:
            first = draft.texts[0]
            draft.texts[0] = attrs.evolve(first, text=first.text[number.end() :].lstrip())
