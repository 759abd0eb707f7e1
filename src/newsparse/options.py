"""The one configuration object of a parse."""

from __future__ import annotations

import datetime as dt

import attrs

__all__ = ["Options"]


@attrs.frozen(kw_only=True)
class Options:
    """How a parse should behave; the defaults suit most pages.

    Attributes:
        quotes: Find quotes and speakers (turn off to save time).
        comments: Split the comment section into comments.
        timezone: The zone in which dates without one are read.

    Example:
        >>> Options(quotes=False).comments
        True
    """

    quotes: bool = True
    comments: bool = True
    timezone: dt.tzinfo = dt.timezone.utc
