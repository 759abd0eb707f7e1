"""The one configuration object of a parse."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

__all__ = ["DEFAULT_MAX_FILE_BYTES", "Options"]

DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024
"""The largest file ``parse_file`` reads unless told otherwise: 256 MiB."""


def _is_bool(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    # instance_of(bool) would do, but its message names the whole attribute repr.
    if not isinstance(value, bool):
        raise TypeError(f"{attribute.name} must be True or False, not {value!r}")


def _is_tzinfo(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, dt.tzinfo):
        raise TypeError(
            f"{attribute.name} must be a datetime.tzinfo (datetime.timezone.utc,"
            f" zoneinfo.ZoneInfo('Europe/London')), not {value!r}"
        )


def _is_positive_int(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    # bool is an int to Python, but True bytes is a mistake, not a size.
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{attribute.name} must be an int (a number of bytes), not {value!r}")
    if value < 1:
        raise ValueError(f"{attribute.name} must be at least 1, not {value}")


@attrs.frozen(kw_only=True)
class Options:
    """How a parse should behave; the defaults suit most pages.

    Every field is checked when the object is made: a value of the wrong type
    raises ``TypeError`` (``Options(quotes="no")`` is a mistake, not a false
    value), a size below 1 raises ``ValueError``.

    Attributes:
        quotes: Find quotes and speakers (turn off to save time).
        comments: Split the comment section into comments.
        timezone: The zone in which dates without one are read.
        max_file_bytes: ``parse_file`` and the command line refuse a larger
            file with ``InputError`` rather than read it into memory
            (default :data:`DEFAULT_MAX_FILE_BYTES`, 256 MiB).

    Example:
        >>> Options(quotes=False).comments
        True
        >>> Options(quotes="no")
        Traceback (most recent call last):
        ...
        TypeError: quotes must be True or False, not 'no'
    """

    quotes: bool = attrs.field(default=True, validator=_is_bool)
    comments: bool = attrs.field(default=True, validator=_is_bool)
    timezone: dt.tzinfo = attrs.field(default=dt.UTC, validator=_is_tzinfo)
    max_file_bytes: int = attrs.field(default=DEFAULT_MAX_FILE_BYTES, validator=_is_positive_int)
