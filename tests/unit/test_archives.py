"""newsparse.archives: WARC and WET files read into records, and every kind of damage survived."""

from __future__ import annotations

import gzip
import json
import pickle
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import attrs
import pytest

import newsparse
from newsparse.archives import (
    ArchiveRecord,
    archive_record_schema,
    is_archive_name,
    iter_archive,
    record_json,
    record_to_dict,
)
from newsparse.archives._records import Payload, PayloadKind
from tests import warcs

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = ROOT / "docs" / "schema" / "archive-record.schema.json"


def read(path: Path, **kwargs: object) -> list[ArchiveRecord]:
    return list(iter_archive(path, **kwargs))  # type: ignore[arg-type]


def headlines(records: Sequence[ArchiveRecord]) -> list[str | None]:
    return [
        record.article.headline.text if record.article and record.article.headline else None
        for record in records
    ]


def errors(records: Sequence[ArchiveRecord]) -> list[str]:
    return [record.error for record in records if record.error is not None]


def uris(records: Sequence[ArchiveRecord]) -> list[str | None]:
    return [record.uri for record in records]


def good(number: int, *, compress: bool = True) -> bytes:
    return warcs.response(f"https://news.example/{number}", warcs.page(number), compress=compress)


# -- what is read -------------------------------------------------------------------------------


def test_response_records_become_articles_in_file_order(tmp_path: Path) -> None:
    archive = warcs.write(tmp_path / "crawl.warc.gz", good(1), good(2), good(3))
    records = read(archive)
    assert headlines(records) == [f"Harbour wall repaired, part {n}" for n in (1, 2, 3)]
    assert uris(records) == [f"https://news.example/{n}" for n in (1, 2, 3)]
    assert all(record.source == str(archive) for record in records)
    assert all(record.record_id and record.record_id.startswith("<urn:uuid:") for record in records)
    assert {record.date.isoformat() for record in records if record.date} == {
        "2024-03-01T12:00:00+00:00"
    }


def test_offsets_are_where_each_gzip_member_starts(tmp_path: Path) -> None:
    members = [good(1), good(2), good(3)]
    archive = warcs.write(tmp_path / "crawl.warc.gz", *members)
    starts = [0, len(members[0]), len(members[0]) + len(members[1])]
    assert [record.offset for record in read(archive)] == starts
    data = archive.read_bytes()
    assert gzip.decompress(data[starts[1] : starts[2]]).startswith(b"WARC/")


def test_the_article_url_is_the_target_uri(tmp_path: Path) -> None:
    archive = warcs.write(tmp_path / "crawl.warc.gz", good(7))
    assert read(archive)[0].article.url == "https://news.example/7"  # type: ignore[union-attr]


def test_html_records_are_read_as_html_with_their_metadata(tmp_path: Path) -> None:
    html = (
        '<html><head><meta name="author" content="Ann Lee"></head><body>'
        "<nav><a href='/'>Home</a></nav><h1>Quay reopens</h1><p>The quay opened again today,"
        " a week after the storm, and boats were back by noon.</p></body></html>"
    )
    archive = warcs.write(tmp_path / "a.warc.gz", warcs.response("https://news.example/q", html))
    article = read(archive)[0].article
    assert article is not None
    assert article.byline == "Ann Lee"


def test_records_that_hold_no_page_are_skipped_and_counted(tmp_path: Path) -> None:
    archive = warcs.write(
        tmp_path / "crawl.warc.gz",
        warcs.request("https://news.example/1"),
        good(1),
        warcs.response("https://news.example/gone", "<p>Gone</p>", status="404 Not Found"),
        warcs.response("https://news.example/moved", "", status="301 Moved Permanently"),
        warcs.response("https://news.example/logo", b"\x89PNG\r\n", content_type="image/png"),
        good(2),
    )
    records = iter_archive(archive)
    assert uris(list(records)) == ["https://news.example/1", "https://news.example/2"]
    assert dict(records.skipped) == {
        "request record": 1,
        "HTTP status 404": 1,
        "HTTP status 301": 1,
        "not HTML or text (image/png)": 1,
    }


def test_wet_conversion_records_are_read_as_text(tmp_path: Path) -> None:
    archive = warcs.write(
        tmp_path / "crawl.warc.wet.gz",
        warcs.conversion("https://news.example/1", warcs.text_page(1)),
        warcs.conversion("https://news.example/2", warcs.text_page(2)),
    )
    records = read(archive)
    expected = attrs.evolve(newsparse.parse(warcs.text_page(1)), url="https://news.example/1")
    assert records[0].article == expected
    assert headlines(records) == ["Harbour wall repaired, part 1", "Harbour wall repaired, part 2"]
    assert records[1].article.quotes[0].speaker == "Ann Lee"  # type: ignore[union-attr]


def test_an_uncompressed_archive_is_read_too(tmp_path: Path) -> None:
    archive = warcs.write(tmp_path / "crawl.warc", good(1, compress=False), good(2, compress=False))
    records = read(archive)
    assert headlines(records) == ["Harbour wall repaired, part 1", "Harbour wall repaired, part 2"]
    assert records[0].offset == 0
    assert archive.read_bytes()[records[1].offset or 0 :].startswith(b"WARC/1.")


def test_an_archive_compressed_whole_is_read_without_offsets(tmp_path: Path) -> None:
    plain = good(1, compress=False) + good(2, compress=False)
    archive = warcs.write(tmp_path / "crawl.warc.gz", gzip.compress(plain))
    records = read(archive)
    assert headlines(records) == ["Harbour wall repaired, part 1", "Harbour wall repaired, part 2"]
    assert [record.offset for record in records] == [None, None]


def test_archive_names() -> None:
    assert all(map(is_archive_name, ["a.warc", "a.WARC.GZ", "a.warc.wet.gz", "b.wet"]))
    assert not any(map(is_archive_name, ["a.txt", "a.html.gz", "warc", "a.warc.zip"]))


# -- bad input: an error record or a diagnostic, and nothing before or after it lost -------------


def test_a_truncated_last_gzip_member_is_an_error_record(tmp_path: Path) -> None:
    archive = warcs.write(tmp_path / "cut.warc.gz", good(1), good(2), good(3)[:-30])
    records = read(archive)
    assert uris(records) == [f"https://news.example/{n}" for n in (1, 2, 3)]
    assert headlines(records)[:2] == [f"Harbour wall repaired, part {n}" for n in (1, 2)]
    assert errors(records) == [errors(records)[0]]
    assert "cut short" in errors(records)[0]


def test_a_gzip_member_cut_in_the_middle_loses_no_record_after_it(tmp_path: Path) -> None:
    archive = warcs.write(tmp_path / "cut.warc.gz", good(1), good(2)[:80], good(3), good(4))
    records = read(archive)
    assert headlines(records)[0] == "Harbour wall repaired, part 1"
    assert headlines(records)[-2:] == [f"Harbour wall repaired, part {n}" for n in (3, 4)]
    (error,) = errors(records)
    assert "damaged archive data" in error
    assert "reading resumed at byte" in error


def test_corrupt_bytes_inside_a_member_lose_no_record_after_it(tmp_path: Path) -> None:
    second = bytearray(good(2))
    second[40:60] = bytes(20)
    archive = warcs.write(tmp_path / "bad.warc.gz", good(1), bytes(second), good(3))
    records = read(archive)
    assert uris([r for r in records if r.article]) == [
        "https://news.example/1",
        "https://news.example/3",
    ]
    assert len(errors(records)) == 1


@pytest.mark.parametrize("compress", [True, False], ids=["gzip", "plain"])
def test_a_broken_http_header_is_an_error_record(tmp_path: Path, compress: bool) -> None:
    broken = warcs.raw(
        b"HTTX/1.1 two hundred\r\nContent-Type text/html\r\n\r\n<p>x</p>",
        uri="https://news.example/broken",
        compress=compress,
    )
    archive = warcs.write(
        tmp_path / "http.warc.gz", good(1, compress=compress), broken, good(3, compress=compress)
    )
    records = read(archive)
    assert uris(records) == [
        "https://news.example/1",
        "https://news.example/broken",
        "https://news.example/3",
    ]
    assert records[1].error is not None
    assert "unreadable HTTP response header" in records[1].error


@pytest.mark.parametrize("compress", [True, False], ids=["gzip", "plain"])
@pytest.mark.parametrize("length", [500, 30], ids=["too-long", "too-short"])
def test_a_wrong_content_length_loses_no_record_after_it(
    tmp_path: Path, compress: bool, length: int
) -> None:
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>" + b"x" * 40 + b"</p>"
    wrong = warcs.raw(
        block, uri="https://news.example/wrong", content_length=length, compress=compress
    )
    archive = warcs.write(
        tmp_path / "length.warc.gz", good(1, compress=compress), wrong, good(3, compress=compress)
    )
    records = read(archive)
    assert records[0].uri == "https://news.example/1"
    assert records[0].article is not None
    assert records[-1].uri == "https://news.example/3"
    assert records[-1].article is not None
    assert errors(records), "the damage is reported"


def test_a_wrong_declared_charset_is_a_diagnostic_and_the_text_is_right(tmp_path: Path) -> None:
    body = "<h1>Café reopens</h1><p>The café on the quay opened again today, its owner said.</p>"
    archive = warcs.write(
        tmp_path / "charset.warc.gz",
        good(1),
        warcs.response("https://news.example/cafe", body.encode("cp1252")),  # declared UTF-8
        good(3),
    )
    records = read(archive)
    assert uris(records)[::2] == ["https://news.example/1", "https://news.example/3"]
    article = records[1].article
    assert article is not None
    assert "café" in article.standfirst.text if article.standfirst else "café" in str(article.body)
    assert article.diagnostics[0].code == "archive.charset-mismatch"
    assert "'utf-8'" in article.diagnostics[0].message


def test_an_unknown_declared_charset_is_a_diagnostic(tmp_path: Path) -> None:
    record = warcs.response(
        "https://news.example/x", warcs.page(1), content_type="text/html; charset=klingon"
    )
    article = read(warcs.write(tmp_path / "a.warc.gz", record))[0].article
    assert article is not None
    assert article.diagnostics[0].code == "archive.unknown-charset"


def test_a_50_mb_record_is_an_error_record_and_is_not_read(tmp_path: Path) -> None:
    huge = warcs.raw(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
        + b"<p>word </p>" * (50 * 2**20 // 12),
        uri="https://news.example/huge",
    )
    archive = warcs.write(tmp_path / "huge.warc.gz", good(1), huge, good(3))
    records = read(archive)
    assert uris(records) == [
        "https://news.example/1",
        "https://news.example/huge",
        "https://news.example/3",
    ]
    assert records[1].error is not None
    assert "larger than 16,777,216 bytes" in records[1].error
    assert records[2].article is not None


def test_the_record_limit_can_be_raised(tmp_path: Path) -> None:
    archive = warcs.write(tmp_path / "a.warc.gz", good(1))
    assert read(archive, max_record_bytes=100)[0].error is not None
    assert read(archive, max_record_bytes=10_000)[0].article is not None


def test_a_record_with_no_text_is_an_article_with_a_diagnostic(tmp_path: Path) -> None:
    archive = warcs.write(
        tmp_path / "empty-pages.warc.gz",
        warcs.response("https://news.example/script", "<html><script>x = 1</script></html>"),
        warcs.conversion("https://news.example/blank", ""),
        good(3),
    )
    records = read(archive)
    assert uris(records)[-1] == "https://news.example/3"
    for record in records[:2]:
        assert record.article is not None
        assert {d.code for d in record.article.diagnostics} & {"html.no-text", "input.empty"}


def test_a_file_that_is_not_an_archive_is_one_error_record(tmp_path: Path) -> None:
    text = tmp_path / "notes.warc.gz"
    text.write_text("Shopping list\n\nBread, milk.\n")
    (record,) = read(text)
    assert record.error == "not a WARC or WET archive (it starts with b'Shoppin')"
    gzipped = warcs.write(tmp_path / "other.warc.gz", gzip.compress(b"just text\n"))
    assert "not a WARC or WET archive" in (read(gzipped)[0].error or "")


def test_an_empty_archive_has_no_records_and_says_so(tmp_path: Path) -> None:
    records = iter_archive(warcs.write(tmp_path / "empty.warc.gz"))
    assert list(records) == []
    assert records.empty


def test_damage_in_an_archive_compressed_whole_keeps_the_records_before_it(
    tmp_path: Path,
) -> None:
    whole = gzip.compress(b"".join(good(n, compress=False) for n in range(1, 5)))
    archive = warcs.write(tmp_path / "whole.warc.gz", whole[:-10])
    records = read(archive)
    assert headlines(records)[:3] == [f"Harbour wall repaired, part {n}" for n in (1, 2, 3)]
    assert records[-1].error is not None
    assert "cut short" in records[-1].error


def test_a_missing_archive_is_an_error_record(tmp_path: Path) -> None:
    (record,) = read(tmp_path / "missing.warc.gz")
    assert record.error is not None
    assert record.error.startswith("cannot read the archive")


# -- records, JSON, pickling ---------------------------------------------------------------------


def test_a_record_holds_an_article_or_an_error_never_both_or_neither() -> None:
    article = newsparse.parse("Title\n\nText.")
    with pytest.raises(ValueError, match="either an article or an error"):
        ArchiveRecord(source="a", offset=0, uri=None, date=None, record_id=None)
    with pytest.raises(ValueError, match="either an article or an error"):
        ArchiveRecord(
            source="a", offset=0, uri=None, date=None, record_id=None, article=article, error="x"
        )


def test_records_and_payloads_pickle(tmp_path: Path) -> None:
    archive = warcs.write(tmp_path / "a.warc.gz", good(1), warcs.raw(b"HTTX", uri="u"))
    for record in read(archive):
        assert pickle.loads(pickle.dumps(record)) == record
    payload = Payload(
        source="a",
        offset=0,
        uri="u",
        date=None,
        record_id=None,
        kind=PayloadKind.HTML,
        content=b"<p>",
    )
    assert pickle.loads(pickle.dumps(payload)) == payload


def test_record_json_matches_the_committed_schema(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == archive_record_schema(), (
        "docs/schema/archive-record.schema.json is stale: run"
        " `newsparse schema --archive-record > docs/schema/archive-record.schema.json`"
    )
    archive = warcs.write(tmp_path / "a.warc.gz", good(1), warcs.raw(b"HTTX", uri="u"))
    records = read(archive)
    assert [bool(r.article) for r in records] == [True, False]
    for record in records:
        line = json.loads(record_json(record))
        jsonschema.validate(line, committed)
        assert line == record_to_dict(record)
        if record.article is not None:
            assert newsparse.from_json(json.dumps(line["article"])) == record.article


def test_import_newsparse_loads_no_archive_reader_progress_bar_or_dask() -> None:
    heavy = ("fastwarc", "tqdm", "dask")
    code = f"import sys, newsparse; print([m for m in {heavy!r} if m in sys.modules])"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
