"""Read a comment's row of widgets: "Reply · Like · 3 · Follow Post · March 9 at 10:15am".

Comment systems print the actions on a comment as one row of parts set
apart by dots or bars. The row is no text of the comment, but it may carry
the comment's like count and its date.
"""

from __future__ import annotations

import re

from newsparse._pipeline.comments.date_lines import find_date

__all__ = ["WIDGET_WORDS", "names_widget", "row_count", "row_date", "widget_row"]

#: The words of a comment's widgets: never an author.
WIDGET_WORDS = frozenset(
    {"reply", "like", "report", "flag", "share", "permalink", "quote", "delete", "edit", "profile"}
)
# A widget row has at least this many parts ("Reply · Like · 2 hours ago").
_ROW_PARTS = 3
_ROW_SEPARATOR = re.compile(r"[·•|]")


def names_widget(name: str) -> bool:
    """Tell whether a row of parts set apart by dots or bars names a widget ("Reply · Like").

    Example:
        >>> names_widget("Reply · Like"), names_widget("Ann Lee")
        (True, False)
    """
    return _widget_parts(name)[1] > 0


def widget_row(text: str) -> bool:
    """Tell whether a line is a comment's row of widgets: three parts or more, two of them widgets.

    Example:
        >>> widget_row("Reply · Like · 3 · Follow Post · 2 hours ago"), widget_row("Ann · Leeds")
        (True, False)
    """
    parts, widgets = _widget_parts(text)
    return parts >= _ROW_PARTS and widgets >= 2


def _widget_parts(text: str) -> tuple[int, int]:
    """Return how many parts dots or bars set apart in ``text`` (0: none), and how many widgets."""
    if not _ROW_SEPARATOR.search(text):
        return 0, 0
    parts = [part.strip().lower() for part in _ROW_SEPARATOR.split(text)]
    return len(parts), sum(part in WIDGET_WORDS for part in parts)


def row_count(text: str) -> int | None:
    """Return the one bare number among a widget row's parts (its likes), if any.

    Example:
        >>> row_count("Reply · Like · 3 · 2 hours ago"), row_count("Reply · Share · 2 · 5")
        (3, None)
    """
    counts = [part for part in _ROW_SEPARATOR.split(text) if part.strip().isdigit()]
    return int(counts[0]) if len(counts) == 1 else None


def row_date(text: str) -> str | None:
    """Return the part of a widget row that is a date and nothing else, if any.

    Example:
        >>> row_date("Reply · Like · 3 · March 9 at 10:15am"), row_date("Reply · Like")
        ('March 9 at 10:15am', None)
    """
    for part in _ROW_SEPARATOR.split(text):
        part = part.strip()
        found = find_date(part) if part else None
        if found is not None and found.start == 0 and found.end == len(part):
            return part
    return None
