"""Read the date and time in a byline or a comment header.

A small reader without dependencies for the forms news pages print: ISO 8601,
"22 May 2019", "May 22nd, 2019", RFC 2822, "22/05/2019", each with an
optional time ("10:15", "3:04 pm", "10.15 pm BST"), and, given the time the
page was fetched, relative forms ("2 hours ago", "yesterday at 10:15").

Every pattern is built from bounded repeats and is tried only near a year
(or a word such as "ago"), so a search is linear in the length of the text
and cheap on text without dates; an impossible date ("31 February 2019") is
skipped, never an error.

The readers (:mod:`.search`, :mod:`.readers`, :mod:`.shapes`) are imported
with the first date read, not with ``import newsparse``: many pages hold
none, and their patterns and the :mod:`calendar` module they need are a
twentieth of the start-up.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing import Protocol

    from newsparse._dates.readers import DateMatch

    class _Search(Protocol):
        def __call__(
            self, text: str, tz: tzinfo, now: datetime | None, *, dayfirst: bool
        ) -> DateMatch | None: ...


__all__ = ["DateMatch", "find_datetime"]

_search: _Search | None = None


def find_datetime(
    text: str,
    *,
    tz: tzinfo = UTC,
    now: datetime | None = None,
    dayfirst: bool = True,
) -> DateMatch | None:
    """Find the first date (and time, when given) in ``text``.

    Args:
        text: A byline, a comment header, or any other text.
        tz: The zone of dates and times that name none.
        now: When the page was fetched; relative forms ("2 hours ago",
            "yesterday") are read against it, and skipped when it is None.
            A naive ``now`` is read in ``tz``.
        dayfirst: How to read "05/06/2019" when both numbers could be the
            month; "22/05/2019" and "05/22/2019" are read by their values.

    Returns:
        The earliest date found, or None. Text that only looks like a date
        ("31 February 2019", "25:99") is skipped; this never raises.

    Example:
        >>> m = find_datetime("Posted Wed, 22 May 2019 10:15:00 +0000 by Ann")
        >>> m.text, m.value.isoformat(), m.has_time
        ('Wed, 22 May 2019 10:15:00 +0000', '2019-05-22T10:15:00+00:00', True)
        >>> find_datetime("May 22, 2019 at 3:04 pm").value.isoformat()
        '2019-05-22T15:04:00+00:00'
        >>> now = datetime(2019, 5, 22, 12, 0, tzinfo=UTC)
        >>> find_datetime("Ann replied 2 hours ago", now=now).value.isoformat()
        '2019-05-22T10:00:00+00:00'
        >>> find_datetime("Ann replied 2 hours ago") is None
        True
    """
    return (_search or _load())(text, tz, now, dayfirst=dayfirst)


def _load() -> _Search:
    global _search  # the readers, imported once, with the first date read
    from newsparse._dates.search import search

    _search = search
    return search


if not TYPE_CHECKING:  # type checkers see the import above

    def __getattr__(name: str) -> Any:
        if name != "DateMatch":
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from newsparse._dates.readers import DateMatch

        return DateMatch
