"""Read the date-times pages state in their metadata: ISO 8601 first, then what bylines print.

Metadata dates are mostly ISO 8601 (``2024-03-03T12:04:00+01:00``); some
are Unix times, RFC 2822 or words ("March 3, 2024"), which
:func:`newsparse._dates.find_datetime` reads. A stated zone gives an aware
datetime; no zone gives a naive one (the page did not say where).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from newsparse._dates import find_datetime

__all__ = ["read_datetime"]

# 2024-03-03, 2024-03-03T12:04, 2024-03-03 12:04:05.123Z, 2024-03-03T12:04:05+0100
_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?"
    r"\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?",
    re.IGNORECASE,
)
_UNIX = re.compile(r"\d{10}(?:\d{3})?")  # seconds or milliseconds since 1970
# A zone that find_datetime fills in when the text names none; told apart by identity.
_UNSTATED = timezone(timedelta(0), "unstated")
_MAX_LENGTH = 200  # a date is short; longer values are text, read no further


def _zone(text: str | None) -> timezone | None:
    if text is None:
        return None
    if text.upper() in ("Z", "UTC", "GMT"):
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or "0")
    if hours > 23 or minutes > 59:
        raise ValueError(text)
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _read_iso(text: str) -> datetime | None:
    found = _ISO.match(text)
    if found is None:
        return None
    year, month, day, hour, minute, second, fraction, zone = found.groups()
    try:
        return datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            int((fraction or "0")[:6].ljust(6, "0")),
            tzinfo=_zone(zone),
        )
    except ValueError:
        return None


def read_datetime(value: str | None) -> datetime | None:
    """Return the date-time a metadata value states, or None.

    Example:
        >>> read_datetime("2024-03-03T12:04:00Z").isoformat()
        '2024-03-03T12:04:00+00:00'
        >>> read_datetime("2024-03-03T12:04:00").tzinfo is None
        True
        >>> read_datetime("Sun, 03 Mar 2024 12:04:00 +0100").isoformat()
        '2024-03-03T12:04:00+01:00'
        >>> read_datetime("March 3, 2024").isoformat(), read_datetime("soon")
        ('2024-03-03T00:00:00', None)
    """
    if not value:
        return None
    text = value.strip()[:_MAX_LENGTH]
    iso = _read_iso(text)
    if iso is not None:
        return iso
    if _UNIX.fullmatch(text):
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        return datetime.fromtimestamp(seconds, tz=UTC)
    found = find_datetime(text, tz=_UNSTATED)
    if found is None:
        return None
    if found.value.tzinfo is _UNSTATED:
        return found.value.replace(tzinfo=None)
    return found.value
