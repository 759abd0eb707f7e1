"""Tests for pages saved gzip-compressed: read as the file they hold, within the size cap."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import newsparse
from newsparse import cli
from newsparse._pipeline.run import read_text
from newsparse.errors import InputError
from newsparse.options import Options

PAGE = "Harbour wall to be mended\n\nWork on the east wall starts in June, the council said.\n"
HTML = (
    "<html><head><title>Harbour wall to be mended | Bay Post</title></head><body>"
    "<h1>Harbour wall to be mended</h1>"
    "<p>Work on the east wall starts in June, the council said on Monday.</p>"
    "<p>Engineers found gaps in the mortar after the winter storms.</p></body></html>"
)


def test_a_gzipped_text_page_parses_as_its_text(tmp_path: Path) -> None:
    page = tmp_path / "page.txt.gz"
    page.write_bytes(gzip.compress(PAGE.encode()))
    assert newsparse.parse_file(page) == newsparse.parse(PAGE)


def test_a_gzipped_html_page_is_read_as_html_by_its_inner_name(tmp_path: Path) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(HTML.encode()))
    article = newsparse.parse_file(page)
    assert article == newsparse.parse_html(HTML.encode())
    assert article.headline is not None
    assert article.headline.text == "Harbour wall to be mended"


def test_members_written_one_after_another_are_one_page(tmp_path: Path) -> None:
    page = tmp_path / "page.txt.gz"
    first, second = PAGE[:30], PAGE[30:]
    page.write_bytes(gzip.compress(first.encode()) + gzip.compress(second.encode()))
    assert newsparse.parse_file(page) == newsparse.parse(PAGE)


def test_a_cut_file_keeps_what_was_decompressed_and_says_so(tmp_path: Path) -> None:
    text = PAGE + "".join(
        f"Paragraph {n} tells more of the work, the engineer said.\n\n" for n in range(200)
    )
    packed = gzip.compress(text.encode())
    page = tmp_path / "page.txt.gz"
    page.write_bytes(packed[: len(packed) // 2])
    article = newsparse.parse_file(page)
    assert article.diagnostics[0].code == "decode.gzip-cut"
    assert article.headline is not None
    assert article.headline.text == "Harbour wall to be mended"
    assert 0 < len(article.body) < 200


def test_the_cap_applies_to_the_page_inside(tmp_path: Path) -> None:
    page = tmp_path / "page.txt.gz"
    page.write_bytes(gzip.compress(b"word " * 200_000))
    assert page.stat().st_size < 10_000
    with pytest.raises(InputError, match="gzip data holds more than the limit of 10000 bytes"):
        newsparse.parse_file(page, options=Options(max_file_bytes=10_000))


def test_data_that_is_not_gzip_past_the_signature_is_an_input_error(tmp_path: Path) -> None:
    page = tmp_path / "page.gz"
    page.write_bytes(b"\x1f\x8b" + b"plain words, not deflate data")
    with pytest.raises(InputError, match="cannot be decompressed"):
        newsparse.parse_file(page)


@pytest.mark.parametrize("packed", [True, False])
def test_a_web_archive_is_refused_as_a_page(tmp_path: Path, packed: bool) -> None:
    record = b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
    page = tmp_path / "crawl.bin"
    page.write_bytes(gzip.compress(record) if packed else record)
    with pytest.raises(InputError, match="iter_archive"):
        newsparse.parse_file(page)


def test_read_text_decompresses_too(tmp_path: Path) -> None:
    page = tmp_path / "page.txt.gz"
    page.write_bytes(gzip.compress(PAGE.encode()))
    assert read_text(page) == PAGE


def test_a_directory_walk_parses_gzipped_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(HTML.encode()))
    (tmp_path / "b.txt").write_text(PAGE, encoding="utf-8")
    status = cli.main(["parse", "-f", "jsonl", "--no-progress", "-j", "1", str(tmp_path)])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 0
    assert [record["article"]["headline"]["text"] for record in records] == [
        "Harbour wall to be mended",
        "Harbour wall to be mended",
    ]


def test_many_small_members_are_read_one_after_another(tmp_path: Path) -> None:
    page = tmp_path / "page.txt.gz"
    page.write_bytes(
        b"".join(gzip.compress(line.encode()) for line in PAGE.splitlines(keepends=True) * 500)
    )
    assert newsparse.parse_file(page) == newsparse.parse(PAGE * 500)


@pytest.mark.parametrize("damage", ["member", "junk", "checksum"])
def test_damaged_gzip_keeps_what_came_before_and_says_so(tmp_path: Path, damage: str) -> None:
    whole = gzip.compress(PAGE.encode())
    if damage == "member":
        data = whole + b"\x1f\x8b\x08\x00" + b"\xff" * 40
    elif damage == "junk":
        data = whole + b"not gzip at all"
    else:
        data = whole[:-8] + bytes(b ^ 0xFF for b in whole[-8:-4]) + whole[-4:]
    page = tmp_path / "page.txt.gz"
    page.write_bytes(data)
    article = newsparse.parse_file(page)
    assert article.diagnostics[0].code == "decode.gzip-damaged"
    assert article.headline is not None
    assert article.headline.text == "Harbour wall to be mended"
