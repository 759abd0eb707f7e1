"""Pages and archives for the archive benchmarks: corpus pages (or fixtures) as WARC and WET.

The archives are written with FastWARC's writer, one gzip member a record
(as crawlers write them); nothing here imports newsparse.
"""

from __future__ import annotations

import gzip
import itertools
from collections.abc import Iterator
from pathlib import Path

from fastwarc.stream_io import GzipWriter
from fastwarc.warc import WarcRecord, WarcRecordType

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent.parent / "shared" / "corpus"
if not CORPUS.is_dir():  # a checkout beside shared/, not a worktree under wt/
    CORPUS = ROOT.parent / "shared" / "corpus"


def html_pages() -> list[bytes]:
    """Return the HTML pages of the corpus as fetched (bytes), or the HTML fixtures without it."""
    found = sorted(CORPUS.glob("*/*.html.gz"))
    if found:
        return [gzip.decompress(path.read_bytes()) for path in found]
    return [path.read_bytes() for path in sorted((ROOT / "fixtures" / "html").glob("*.html"))]


def text_pages() -> list[bytes]:
    """Return the text pages of the corpus (UTF-8 bytes), or the text fixtures without it."""
    found = sorted(CORPUS.glob("*/*.txt"))
    if not found:
        found = sorted((ROOT / "fixtures").glob("*/*.txt"))
    return [path.read_text(encoding="utf-8").encode("utf-8") for path in found]


def cycled(pages: list[bytes], count: int) -> Iterator[tuple[int, bytes]]:
    """Yield ``count`` pages, going round ``pages`` as often as needed, each with its number."""
    return enumerate(itertools.islice(itertools.cycle(pages), count))


def _write(writer: GzipWriter, kind: WarcRecordType, uri: str, content: bytes, ctype: str) -> None:
    record = WarcRecord()
    record.init_headers(kind)
    record.headers["WARC-Target-URI"] = uri
    record.headers["Content-Type"] = ctype
    record.set_bytes_content(content)
    record.write(writer)
    writer.finish()  # one gzip member a record


def write_warc(path: Path, pages: list[bytes], count: int) -> None:
    """Write ``count`` HTTP 200 response records holding ``pages`` in turn, gzip per record."""
    with path.open("wb") as file:
        writer = GzipWriter(file)
        for number, page in cycled(pages, count):
            http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
            uri = f"https://news.example/{number}"
            _write(writer, WarcRecordType.response, uri, http, "application/http; msgtype=response")
        writer.close()


def write_wet(path: Path, pages: list[bytes], count: int) -> None:
    """Write ``count`` conversion records holding the text ``pages`` in turn, gzip per record."""
    with path.open("wb") as file:
        writer = GzipWriter(file)
        for number, page in cycled(pages, count):
            uri = f"https://news.example/{number}"
            _write(writer, WarcRecordType.conversion, uri, page, "text/plain")
        writer.close()
