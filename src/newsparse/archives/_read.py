"""Read WARC and WET files into payloads, skipping what is not a page and resyncing after damage.

FastWARC parses the records (docs/decisions/archives.md says why). What it
cannot do is carry on after damage: a corrupt or cut gzip member, or a
``Content-Length`` that runs into the next record, ends its iteration or
swallows records. So the reader watches for both and, on either, writes an
error record and starts a new iteration at the next record it can find in
the file (the next gzip member that opens a WARC record, or the next
``WARC/1.x`` line of an uncompressed file). Only an archive compressed
whole, as one gzip stream, cannot be resynced: its records up to the damage
are kept and the error record says where reading stopped.
"""

from __future__ import annotations

import collections
import os
import re
import zlib
from collections.abc import Generator, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, BinaryIO, Final

from newsparse.archives._records import ArchiveRecord, Payload, PayloadKind

if TYPE_CHECKING:
    from fastwarc.warc import WarcRecord

__all__ = ["DEFAULT_MAX_RECORD_BYTES", "ArchiveReader", "is_archive_name"]

DEFAULT_MAX_RECORD_BYTES: Final = 16 * 1024 * 1024
"""The largest page an archive record may hold before it becomes an error record: 16 MiB."""

_GZIP_MAGIC: Final = b"\x1f\x8b\x08"
_WARC_START: Final = b"WARC/1."
# A WARC header line inside a payload: the record ran into the next one ("\r\n\r\nWARC/1.0\r\n").
_NEXT_RECORD: Final = re.compile(rb"\r\n\r\nWARC/1\.[01]\r\n")
_HTML_TYPES: Final = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES: Final = frozenset({"text/plain"})
_ARCHIVE_SUFFIXES: Final = (".warc", ".warc.gz", ".wet", ".wet.gz")
_SCAN_CHUNK: Final = 1 << 16
# A gzip member longer than this is not one record's: the archive is compressed whole.
_RECORD_MEMBER_LIMIT: Final = 64 << 20


def is_archive_name(name: str) -> bool:
    """Tell whether a file name says WARC or WET: ``.warc``, ``.wet``, either with ``.gz``.

    Example:
        >>> is_archive_name("CC-MAIN-0001.warc.wet.gz"), is_archive_name("page.html.gz")
        (True, False)
    """
    return name.lower().endswith(_ARCHIVE_SUFFIXES)


def _member_end(file: BinaryIO, start: int, *, limit: int) -> int | None:
    """Return where the gzip member at ``start`` ends; None: broken, cut, or over ``limit``."""
    file.seek(start)
    inflater = zlib.decompressobj(31)
    read = start
    try:
        while not inflater.eof:
            chunk = file.read(_SCAN_CHUNK)
            if not chunk or read - start > limit:
                return None
            read += len(chunk)
            while chunk and not inflater.eof:
                inflater.decompress(chunk, _SCAN_CHUNK)
                chunk = inflater.unconsumed_tail
    except zlib.error:
        return None
    return read - len(inflater.unused_data)


def _opens_record(file: BinaryIO, start: int, *, compressed: bool) -> bool:
    """Tell whether a WARC record starts at ``start`` (inside a gzip member if ``compressed``)."""
    file.seek(start)
    head = file.read(_SCAN_CHUNK if compressed else len(_WARC_START))
    if not compressed:
        return head == _WARC_START
    try:
        return zlib.decompressobj(31).decompress(head, 16).startswith(_WARC_START)
    except zlib.error:
        return False


def _next_record(file: BinaryIO, after: int, *, compressed: bool) -> int | None:
    """Return the offset of the first record that starts after ``after``, or None."""
    marker = _GZIP_MAGIC if compressed else _WARC_START
    position = after + 1
    while True:
        file.seek(position)
        chunk = file.read(_SCAN_CHUNK + len(marker))
        if len(chunk) < len(marker):
            return None
        found = chunk.find(marker)
        while found != -1:
            if _opens_record(file, position + found, compressed=compressed):
                return position + found
            found = chunk.find(marker, found + 1)
        position += _SCAN_CHUNK


def _media_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def _date(record: WarcRecord) -> datetime | None:
    if record.headers.get("WARC-Date") is None:
        return None
    try:
        return record.record_date
    except (ValueError, OSError):
        return None


_Outcome = Payload | ArchiveRecord | str  # a page, an error record, or why the record was skipped


class ArchiveReader:
    """Iterate over the pages of one archive as :class:`Payload`, or error :class:`ArchiveRecord`.

    Attributes:
        source: The archive's path, as given.
        skipped: How many records were passed over, by reason (``request
            record``, ``HTTP status 404``, ``not HTML (image/png)``, ...).
        records: How many records were read, of any type.
        empty: True once the archive has been read and held no record.
    """

    def __init__(
        self, path: str | os.PathLike[str], *, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
    ) -> None:
        self.path = os.fspath(path)
        self.source = self.path
        self.max_record_bytes = max_record_bytes
        self.skipped: collections.Counter[str] = collections.Counter()
        self.records = 0
        self.empty = False

    def __iter__(self) -> Iterator[Payload | ArchiveRecord]:
        return self._read()

    def _error(
        self, offset: int | None, message: str, record: WarcRecord | None = None
    ) -> ArchiveRecord:
        return ArchiveRecord(
            source=self.source,
            offset=offset,
            uri=record.headers.get("WARC-Target-URI") if record is not None else None,
            date=_date(record) if record is not None else None,
            record_id=record.record_id if record is not None else None,
            error=message,
        )

    def _read(self) -> Iterator[Payload | ArchiveRecord]:
        try:
            # Not pathlib, which `import newsparse` leaves out; closed by the `with` below.
            file = open(self.path, "rb")  # noqa: PTH123, SIM115
        except OSError as error:
            yield self._error(None, f"cannot read the archive: {error.strerror or error}")
            return
        with file:
            head = file.read(len(_WARC_START))
            if not head:
                self.empty = True
                return
            compressed = head.startswith(_GZIP_MAGIC)
            if not _opens_record(file, 0, compressed=compressed):
                shown = "gzip data that is not WARC" if compressed else f"{head!r}"
                yield self._error(0, f"not a WARC or WET archive (it starts with {shown})")
                return
            size = file.seek(0, 2)
            # One member for the whole file (or a first member too long to be one record's).
            whole = compressed and _member_end(file, 0, limit=_RECORD_MEMBER_LIMIT) in (None, size)
            yield from self._read_from(file, compressed=compressed, whole=whole)

    def _read_from(
        self, file: BinaryIO, *, compressed: bool, whole: bool
    ) -> Iterator[Payload | ArchiveRecord]:
        """Read every record, resyncing after damage; one error record for each damaged stretch.

        After damage the reader tries each later record start in turn; an
        attempt that fails at once is part of the same damaged stretch, so
        its error record is written once, when a record is read again (or
        the file ends), saying where reading resumed.
        """
        pending: tuple[int | None, str] | None = None
        start: int | None = 0
        while start is not None:
            iteration = self._iterate(file, start, whole=whole)
            read_any = False
            while True:
                try:
                    item = next(iteration)
                except StopIteration as stop:
                    last, damage = stop.value
                    break
                if pending is not None:
                    yield self._error(pending[0], f"{pending[1]}; reading resumed at byte {start}")
                    pending = None
                read_any = True
                yield item
            if damage is None:
                break
            if damage and pending is None:
                where = f"after the record at byte {last}" if read_any else f"at byte {last}"
                offset = None if whole else last + 1 if read_any else last
                pending = (offset, f"{damage} {where}" if not whole else damage)
            start = None if whole else _next_record(file, last, compressed=compressed)
        if pending is not None:
            yield self._error(pending[0], f"{pending[1]}; nothing after it could be read")

    def _iterate(
        self, file: BinaryIO, start: int, *, whole: bool
    ) -> Generator[Payload | ArchiveRecord, None, tuple[int, str | None]]:
        """Yield the records from ``start`` on; return where damage was met and what, if any.

        The damage is ``""`` when a record already reported it (an error
        record was yielded) and reading should resume after that record.
        """
        from fastwarc.warc import ArchiveIterator

        file.seek(start)
        # Where the damage is: at the first record from ``start`` on, or after the last read.
        last = start
        try:
            for record in ArchiveIterator(file, parse_http=False):
                last = max(record.stream_pos, start)
                self.records += 1
                outcome, resync = self._outcome(record, None if whole else last)
                if isinstance(outcome, str):
                    self.skipped[outcome] += 1
                else:
                    yield outcome
                if resync and not whole:
                    return last, ""
        except OSError as error:
            return last, f"damaged archive data ({error})"
        return last, None

    def _outcome(self, record: WarcRecord, offset: int | None) -> tuple[_Outcome, bool]:
        """Read a record: a page, an error record, or why it is skipped; and whether to resync."""
        from fastwarc.warc import WarcRecordType

        kind = record.record_type
        if kind not in (
            WarcRecordType.response,
            WarcRecordType.conversion,
            WarcRecordType.resource,
        ):
            return f"{kind} record", False
        if record.content_length > self.max_record_bytes:
            size = f"{record.content_length:,} bytes"
            limit = f"{self.max_record_bytes:,} bytes"
            return self._error(offset, f"a record of {size}, larger than {limit}", record), False
        charset = None
        if kind == WarcRecordType.response:
            try:
                record.parse_http()
            except (OSError, ValueError) as error:
                return self._error(offset, f"unreadable HTTP header ({error})", record), False
            reason = _status_reason(record)
            if reason is not None and reason.startswith("unreadable"):
                return self._error(offset, reason, record), False
            if reason is not None:
                return reason, False
            media_type = _media_type(record.http_content_type)
            charset = record.http_charset
        else:
            media_type = _media_type(record.headers.get("Content-Type"))
        expected = record.content_length
        content = record.reader.read()
        if len(content) < expected:
            cut = f"record cut short: {len(content):,} of {expected:,} bytes"
            return self._error(offset, cut, record), True
        if _NEXT_RECORD.search(content):
            overrun = "its Content-Length runs into the next record"
            return self._error(offset, overrun, record), True
        payload_kind = _payload_kind(media_type, content)
        if payload_kind is None:
            return f"not HTML or text ({media_type})", False
        return Payload(
            source=self.source,
            offset=offset,
            uri=record.headers.get("WARC-Target-URI"),
            date=_date(record),
            record_id=record.record_id,
            kind=payload_kind,
            content=content,
            charset=charset,
            truncated=record.headers.get("WARC-Truncated"),
        ), False


def _status_reason(record: WarcRecord) -> str | None:
    """Say why a response record is no page, or None when it is an HTTP 200 response."""
    status = record.http_headers.status_code
    if status is None:
        line = record.http_headers.status_line or ""
        return f"unreadable HTTP response header (status line {line[:60]!r})"
    return None if status == 200 else f"HTTP status {status}"


def _payload_kind(media_type: str | None, content: bytes) -> PayloadKind | None:
    """Tell HTML from text by the declared type; an undeclared one by the first byte."""
    if media_type in _HTML_TYPES:
        return PayloadKind.HTML
    if media_type in _TEXT_TYPES:
        return PayloadKind.TEXT
    if media_type is None:
        return PayloadKind.HTML if content.lstrip()[:1] == b"<" else PayloadKind.TEXT
    return None
