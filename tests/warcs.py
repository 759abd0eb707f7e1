"""Small WARC and WET archives for the tests, written with FastWARC's writer; none is downloaded.

Each function returns the bytes of one record, gzip-compressed on its own
(one gzip member a record, as crawlers write them) unless ``compress`` is
False; concatenate them and write the file.
"""

from __future__ import annotations

import gzip
import io
import itertools
from pathlib import Path

from fastwarc.stream_io import GzipWriter
from fastwarc.warc import WarcRecord, WarcRecordType

_ids = itertools.count(1)


def _record_id() -> str:
    return f"<urn:uuid:00000000-0000-4000-8000-{next(_ids):012d}>"


def record(
    kind: WarcRecordType,
    content: bytes,
    *,
    uri: str,
    content_type: str,
    compress: bool = True,
    record_id: str | None = None,
    extra: dict[str, str] | None = None,
) -> bytes:
    """Return one WARC record holding ``content`` (the whole block, HTTP header and all)."""
    warc = WarcRecord()
    full = record_id or _record_id()
    warc.init_headers(kind, full.removeprefix("<urn:").removesuffix(">").encode())
    warc.headers["WARC-Target-URI"] = uri
    warc.headers["WARC-Date"] = "2024-03-01T12:00:00Z"
    warc.headers["Content-Type"] = content_type
    for name, value in (extra or {}).items():
        warc.headers[name] = value
    warc.set_bytes_content(content)
    buffer = io.BytesIO()
    if compress:
        writer = GzipWriter(buffer)
        warc.write(writer)
        writer.close()
    else:
        warc.write(buffer)
    return buffer.getvalue()


def http(body: bytes, *, status: str = "200 OK", content_type: str = "text/html") -> bytes:
    """Return an HTTP response: status line, Content-Type header, and ``body``."""
    header = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n"
    return header.encode("latin-1") + body


def response(
    uri: str,
    html: str | bytes,
    *,
    status: str = "200 OK",
    content_type: str = "text/html; charset=utf-8",
    compress: bool = True,
    extra: dict[str, str] | None = None,
) -> bytes:
    """Return a response record: an HTTP response holding ``html``."""
    body = html.encode("utf-8") if isinstance(html, str) else html
    return record(
        WarcRecordType.response,
        http(body, status=status, content_type=content_type),
        uri=uri,
        content_type="application/http; msgtype=response",
        compress=compress,
        extra=extra,
    )


def conversion(uri: str, text: str | bytes, *, compress: bool = True) -> bytes:
    """Return a WET conversion record holding a page's plain text."""
    body = text.encode("utf-8") if isinstance(text, str) else text
    return record(
        WarcRecordType.conversion, body, uri=uri, content_type="text/plain", compress=compress
    )


def request(uri: str) -> bytes:
    """Return a request record (a crawler writes one before each response)."""
    return record(
        WarcRecordType.request,
        b"GET / HTTP/1.1\r\nHost: example.org\r\n\r\n",
        uri=uri,
        content_type="application/http; msgtype=request",
    )


def raw(
    block: bytes, *, uri: str, content_length: int | None = None, compress: bool = True
) -> bytes:
    """Return a response record written by hand, with any ``Content-Length``, right or wrong."""
    length = len(block) if content_length is None else content_length
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Record-ID: {_record_id()}\r\nWARC-Target-URI: {uri}\r\n"
        "WARC-Date: 2024-03-01T12:00:00Z\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {length}\r\n\r\n"
    ).encode()
    data = head + block + b"\r\n\r\n"
    return gzip.compress(data) if compress else data


def page(number: int) -> str:
    """Return an invented news page in HTML, told apart by ``number``."""
    return (
        f"<html><head><title>Harbour story {number}</title></head><body>"
        f"<h1>Harbour wall repaired, part {number}</h1>"
        f"<p>Engineers finished the repairs to the harbour wall on day {number},"
        " the council said.</p>"
        "<p>‘The ferry will sail again on Monday,’ said Ann Lee, the harbour master.</p>"
        "</body></html>"
    )


def text_page(number: int) -> str:
    """Return an invented news page as text, told apart by ``number``."""
    return (
        f"Harbour wall repaired, part {number}\n\n"
        f"Engineers finished the repairs to the harbour wall on day {number}, the council said.\n\n"
        "‘The ferry will sail again on Monday,’ said Ann Lee, the harbour master.\n"
    )


def write(path: Path, *records: bytes) -> Path:
    """Write ``records`` one after another to ``path``; return it."""
    path.write_bytes(b"".join(records))
    return path
