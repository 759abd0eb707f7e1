"""Measure the WARC readers newsparse could use: FastWARC and warcio, reading the same archives.

Run from the checkout (both libraries installed: ``pip install fastwarc warcio``)::

    python bench/archive_libraries.py

Two archives of 10,000 records each are written once (``bench/_archives.py``):
a WARC of HTTP responses holding the corpus's HTML pages and a WET of
conversion records holding its text pages, gzip per record. Each library
then reads every record in a fresh process: the WARC headers, the HTTP
status and Content-Type (parsed by the library), and the whole payload.
Figures: CPU seconds (best of three), records per second, MB/s of payload,
and the process's peak RSS. Nothing is parsed by newsparse: this is the
reader alone.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _archives import html_pages, text_pages, write_warc, write_wet

RECORDS = 10_000


def _read_fastwarc(path: str) -> tuple[int, int]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    records = size = 0
    kinds = WarcRecordType.response | WarcRecordType.conversion
    for record in ArchiveIterator(path, record_types=kinds, parse_http=True):
        _ = (record.headers.get("WARC-Target-URI"), record.record_id, record.record_date)
        if record.is_http:
            _ = (record.http_headers.status_code, record.http_content_type)
        size += len(record.reader.read())
        records += 1
    return records, size


def _read_warcio(path: str) -> tuple[int, int]:
    from warcio.archiveiterator import (  # type: ignore[import-untyped, import-not-found, unused-ignore]
        ArchiveIterator,
    )

    records = size = 0
    with open(path, "rb") as file:  # noqa: PTH123
        for record in ArchiveIterator(file):
            if record.rec_type not in ("response", "conversion"):
                continue
            headers = record.rec_headers
            _ = (headers.get_header("WARC-Target-URI"), headers.get_header("WARC-Record-ID"))
            _ = headers.get_header("WARC-Date")
            if record.http_headers is not None:
                _ = (record.http_headers.get_statuscode(), record.http_headers["Content-Type"])
            size += len(record.content_stream().read())
            records += 1
    return records, size


def _child(library: str, path: str) -> None:
    read = _read_fastwarc if library == "fastwarc" else _read_warcio
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        records, size = read(path)
        best = min(best, time.process_time() - started)
    growth = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"records": records, "bytes": size, "seconds": best, "rss_mb": growth}))


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3])
        return
    versions = {name: importlib.metadata.version(name) for name in ("fastwarc", "warcio")}
    print(f"python {sys.version.split()[0]}; {versions}; {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as directory:
        warc, wet = Path(directory) / "pages.warc.gz", Path(directory) / "pages.wet.gz"
        write_warc(warc, html_pages(), RECORDS)
        write_wet(wet, text_pages(), RECORDS)
        header = ("archive", "library", "records", "CPU s", "rec/s", "MB/s", "peak RSS MB")
        print("{:<8} {:<9} {:>8} {:>6} {:>8} {:>7} {:>12}".format(*header))
        for label, path in (("WARC", warc), ("WET", wet)):
            for library in ("fastwarc", "warcio"):
                out = subprocess.run(
                    [sys.executable, __file__, "--child", library, str(path)],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                figures = json.loads(out.splitlines()[-1])
                seconds = figures["seconds"]
                records, megabytes = figures["records"], figures["bytes"] / 1e6
                print(
                    f"{label:<8} {library:<9} {records:>8} {seconds:>6.2f}"
                    f" {records / seconds:>8.0f} {megabytes / seconds:>7.1f}"
                    f" {figures['rss_mb']:>12.1f}"
                )


if __name__ == "__main__":
    main()
