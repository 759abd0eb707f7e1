"""Join an author line and the date line beside it into one comment header.

Dumps print a comment's author and its date on separate lines ("Ann Lee" /
"May 4, 2012 at 9:10 pm"), in either order; the split reads them as one
header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsparse._pipeline.comments.headers import Header, HeaderKind, clean_author
from newsparse._pipeline.comments.items import Item, ItemKind

__all__ = ["merge_author_lines"]

#: An author line standing above a date line is at most this long.
_MAX_AUTHOR_LINE = 50


def merge_author_lines(items: Sequence[Item], *, says: bool) -> list[Item]:
    """Join an author line to the date line under it ("Ann Lee" / "May 4, 2012 at 9:10").

    A name under its date ("[avatar]" / date / "Ann Lee" / text) is joined
    first. Also joins an opener without a date ("Ann says:") to a date line under it.
    On pages whose authors stand in "says" lines, a short line over a date is
    the end of a comment (Blogger prints the time under the text), never an
    author.
    """
    named = list(items)
    if not says:
        _names_under_dates(named)
    merged: list[Item] = []
    for item in named:
        header = item.header
        if header is not None and header.kind is HeaderKind.DATE and merged:
            previous = _last_real(merged)
            if previous is not None:
                above = merged[previous]
                joined = _join(above, header, says=says)
                if joined is not None:
                    merged[previous] = attrs.evolve(above, kind=ItemKind.HEADER, header=joined)
                    merged.append(attrs.evolve(item, kind=ItemKind.IMAGE, header=None))
                    continue
        merged.append(item)
    for index, item in enumerate(merged):
        if item.header is None or item.header.kind is HeaderKind.DATE or index == 0:
            continue
        above = merged[index - 1]
        if above.kind is ItemKind.TEXT and above.score is not None:
            # A subject line with its score ("Re: Gears (Score:5, Funny)") heads the comment.
            merged[index - 1] = attrs.evolve(above, kind=ItemKind.IMAGE)
            merged[index] = attrs.evolve(item, score=above.score)
    return merged


# A day in a date line, not a time alone: "11.05.12", "2012-11-05", "Nov 5".
_DAY_IN_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|[^\W\d_]{3,}")


def _names_under_dates(items: list[Item]) -> None:
    """Join a date line with no name to the name line under it ("[avatar]" / date / "Ann").

    Only where the name ends its block and the comment's text starts the next.
    """
    for index in range(len(items) - 2):
        date, name, text = items[index], items[index + 1], items[index + 2]
        header = date.header
        if (
            header is None
            or header.kind is not HeaderKind.DATE
            or _DAY_IN_DATE.search(header.posted_text or "") is None
            or name.kind is not ItemKind.TEXT
            or name.block != date.block
            or text.block == name.block
            or len(name.text) > _MAX_AUTHOR_LINE
            or name.text[-1:] in ".!?:;,"
        ):
            continue
        author = clean_author(name.text)
        if author is not None:
            dated = Header(HeaderKind.DATED, author, header.posted_text)
            items[index] = attrs.evolve(date, header=dated)
            items[index + 1] = attrs.evolve(name, kind=ItemKind.IMAGE)


def _last_real(items: Sequence[Item]) -> int | None:
    """Index of the last item that is not an image, a number or a reply marker, if any."""
    for index in range(len(items) - 1, -1, -1):
        if items[index].kind not in (ItemKind.IMAGE, ItemKind.NUMBER, ItemKind.REPLY_TO):
            return index
    return None


def _join(above: Item, date: Header, *, says: bool) -> Header | None:
    if above.header is not None:
        if above.header.kind is HeaderKind.OPENS and above.header.posted_text is None:
            return Header(HeaderKind.OPENS, above.header.author, date.posted_text)
        return None
    if says:
        return None
    text = above.text
    if above.kind is ItemKind.TEXT and len(text) <= _MAX_AUTHOR_LINE and text[-1:] not in ".!?:;,":
        author = clean_author(text)
        if author is not None:
            return Header(HeaderKind.DATED, author, date.posted_text)
    return None
