r"""Web archives: the pages of WARC and WET files, each parsed into an :class:`ArchiveRecord`.

:func:`iter_archive` reads a WARC file's HTTP responses holding HTML (gzip
per record, as crawlers write them, or compressed whole, or not at all) and
a WET file's conversion records (a page's plain text, newsparse's own
input), and parses each page. Records that hold no page (requests,
metadata, redirects and other non-200 responses, images and other
non-HTML types) are skipped and counted in
:attr:`ArchiveRecords.skipped`, never raised. Damage — a cut or corrupt
gzip member, a broken HTTP header, a wrong ``Content-Length``, a record
larger than ``max_record_bytes``, a file that is not an archive — becomes
an error record, and reading goes on at the next record that can be found.

Example:
    >>> import pathlib, tempfile
    >>> from newsparse.archives import iter_archive
    >>> empty = pathlib.Path(tempfile.mkdtemp()) / "empty.warc.gz"
    >>> _ = empty.write_bytes(b"")
    >>> records = iter_archive(empty)
    >>> list(records), records.empty
    ([], True)
"""

from __future__ import annotations

import collections
import os
from collections.abc import Iterator
from typing import Final

from newsparse.adapters import Adapter
from newsparse.archives._json import archive_record_schema, record_json, record_to_dict
from newsparse.archives._parse import parse_payload
from newsparse.archives._read import DEFAULT_MAX_RECORD_BYTES, ArchiveReader, is_archive_name
from newsparse.archives._records import ArchiveRecord, Payload
from newsparse.options import Options

__all__ = [
    "DEFAULT_MAX_RECORD_BYTES",
    "ArchiveRecord",
    "ArchiveRecords",
    "archive_record_schema",
    "is_archive_name",
    "iter_archive",
    "record_json",
    "record_to_dict",
]

_DEFAULT_OPTIONS: Final = Options()


class ArchiveRecords(Iterator[ArchiveRecord]):
    """The records of one archive, parsed as they are read; what was skipped is counted.

    Attributes:
        skipped: How many records held no page, by reason (``request record``,
            ``HTTP status 404``, ``not HTML or text (image/png)``, ...);
            complete once the iteration has ended.
        empty: True when the archive held no record at all (an empty file).
    """

    def __init__(
        self, reader: ArchiveReader, *, site: str | Adapter | None, options: Options
    ) -> None:
        self._reader = reader
        self._items = iter(reader)
        self._site = site
        self._options = options

    @property
    def skipped(self) -> collections.Counter[str]:
        """How many records held no page, by reason."""
        return self._reader.skipped

    @property
    def empty(self) -> bool:
        """True when the archive held no record at all."""
        return self._reader.empty

    def __next__(self) -> ArchiveRecord:
        item = next(self._items)
        if isinstance(item, Payload):
            return parse_payload(item, site=self._site, options=self._options)
        return item


def iter_archive(
    path: str | os.PathLike[str],
    *,
    site: str | Adapter | None = None,
    options: Options = _DEFAULT_OPTIONS,
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
) -> ArchiveRecords:
    r"""Read a WARC or WET file and parse each page in it, in the order of the file.

    A response record is a page when its HTTP status is 200 and its
    ``Content-Type`` is HTML (``text/html``, ``application/xhtml+xml``; one
    without a type is HTML when it starts with ``<``): it is parsed as
    :func:`newsparse.parse_html` parses a page fetched from the record's
    ``WARC-Target-URI``. A conversion record (WET) holds a page's text: it
    is decoded as :func:`newsparse.parse_file` decodes a file and parsed as
    text, the article's ``url`` being the record's target URI. Never raises
    for a damaged or wrong file: see the module's description.

    Args:
        path: The archive (``.warc``, ``.warc.gz``, ``.wet``, ``.wet.gz``;
            the name does not matter here, the content does).
        site: As for :func:`newsparse.parse`.
        options: As for :func:`newsparse.parse`.
        max_record_bytes: A record larger than this becomes an error record
            and is not read into memory (default 16 MiB).

    Returns:
        An iterator of :class:`ArchiveRecord`, with the skipped records'
        counts in its ``skipped`` attribute.

    Raises:
        AdapterError: When ``site`` names no installed adapter (on the first
            record parsed).

    Example:
        >>> import pathlib, tempfile
        >>> page = pathlib.Path(tempfile.mkdtemp()) / "page.txt"
        >>> _ = page.write_text("Not an archive")
        >>> [record.error for record in iter_archive(page)]
        ["not a WARC or WET archive (it starts with b'Not an ')"]
    """
    reader = ArchiveReader(path, max_record_bytes=max_record_bytes)
    return ArchiveRecords(reader, site=site, options=options)
