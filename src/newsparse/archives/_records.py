"""The records of an archive: what the reader hands on (:class:`Payload`) and what a parse gives.

Kept apart from the reader so that worker processes and Dask tasks can be
sent a :class:`Payload` (plain bytes and strings, cheap to pickle) and send
back an :class:`ArchiveRecord`.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

import attrs

from newsparse.models import Article

__all__ = ["ArchiveRecord", "Payload", "PayloadKind"]


class PayloadKind(StrEnum):
    """What a record's payload holds: HTML (a WARC response) or plain text (a WET conversion)."""

    HTML = "html"
    TEXT = "text"


@attrs.frozen(kw_only=True)
class Payload:
    """A record read from an archive and not parsed yet.

    Attributes:
        source: The archive, as its path was given.
        offset: Where the record starts in the file (see :class:`ArchiveRecord`).
        uri: ``WARC-Target-URI``, the address the page was fetched from.
        date: ``WARC-Date``, when it was fetched.
        record_id: ``WARC-Record-ID``.
        kind: HTML or text.
        content: The page's bytes (the HTTP body of a response record).
        charset: The charset the HTTP ``Content-Type`` declares, if any.
        truncated: The ``WARC-Truncated`` reason when the crawler cut the
            page short (``length``, ``time``, ...), else None.
    """

    source: str
    offset: int | None
    uri: str | None
    date: datetime | None
    record_id: str | None
    kind: PayloadKind
    content: bytes = attrs.field(repr=lambda content: f"<{len(content)} bytes>")
    charset: str | None = None
    truncated: str | None = None


def _one_of_article_or_error(instance: ArchiveRecord, attribute: Any, value: Any) -> None:
    if (instance.article is None) == (instance.error is None):
        raise ValueError(
            "an ArchiveRecord holds either an article or an error, not both or neither"
        )


@attrs.frozen(kw_only=True)
class ArchiveRecord:
    r"""One page of a WARC or WET archive: where it came from, and its article or an error.

    Exactly one of ``article`` and ``error`` is set. A record that could not
    be read or parsed (a broken HTTP header, a record larger than the
    limit, data that is not WARC) is an error record: ``error`` says what
    went wrong, and the reader goes on with the next record it can find.

    Attributes:
        source: The archive, as its path was given.
        offset: The byte offset of the record in the file (of its gzip member
            when the archive is compressed record by record, as crawlers
            write them; what a CDX index gives), or None where the file has
            no such offset (an archive compressed whole, as one gzip stream).
        uri: ``WARC-Target-URI``, the address of the page, if the record names it.
        date: ``WARC-Date``, when the page was fetched (UTC), if known.
        record_id: ``WARC-Record-ID`` (``<urn:uuid:...>``), if known.
        article: The article parsed from the page.
        error: Why the record has no article.

    Example:
        >>> from newsparse import parse
        >>> record = ArchiveRecord(source="crawl.warc.gz", offset=0, uri="https://example.org/a",
        ...                        date=None, record_id=None, article=parse("Title\n\nText."))
        >>> record.article.headline.text, record.error
        ('Title', None)
    """

    source: str
    offset: int | None
    uri: str | None
    date: datetime | None
    record_id: str | None
    article: Article | None = attrs.field(default=None, validator=_one_of_article_or_error)
    error: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        """Return what tells this record from the others of any run: its archive and its id.

        The ``WARC-Record-ID`` when there is one, else the offset; a resumed
        run skips the records whose key it has written.
        """
        return (self.source, self.record_id or f"@{self.offset}")
