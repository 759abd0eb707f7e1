"""Tests for reading page files: only regular files, never more than the size cap.

``newsparse._pipeline.text.files`` is reached through ``parse_file`` here, as
a user reaches it; the module's own names are tested where they add cases.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse._pipeline.text.files import read_page, read_stream_bytes
from newsparse.errors import InputError
from newsparse.options import Options

PAGE = "Rain stops play\n\nThe match was called off at noon, the club said.\n"

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")


@posix_only
@pytest.mark.usefixtures("watchdog")
def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file") as raised:
        newsparse.parse_file(fifo)
    assert raised.value.path == str(fifo)
    assert "FIFO" in raised.value.reason


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_device_is_refused() -> None:
    with pytest.raises(InputError, match=r"not a regular file \(a character device\)"):
        newsparse.parse_file("/dev/null")


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError) as raised:
        newsparse.parse_file(tmp_path)
    assert raised.value.path == str(tmp_path)


def test_a_missing_file_names_the_reason(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="No such file") as raised:
        newsparse.parse_file(tmp_path / "missing.txt")
    assert raised.value.path == str(tmp_path / "missing.txt")


@posix_only
def test_a_symlink_to_a_regular_file_is_read(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(page)
    assert newsparse.parse_file(link) == newsparse.parse(PAGE)


def test_a_file_above_the_cap_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    cap = len(PAGE.encode()) - 1
    with pytest.raises(InputError, match=f"larger than the limit of {cap} bytes") as raised:
        newsparse.parse_file(page, options=Options(max_file_bytes=cap))
    assert "max_file_bytes" in raised.value.reason


def test_a_file_at_the_cap_is_read(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    options = Options(max_file_bytes=len(PAGE.encode()))
    assert newsparse.parse_file(page, options=options) == newsparse.parse(PAGE, options=options)


def test_a_sparse_file_above_the_default_cap_is_refused_without_reading_it(
    tmp_path: Path,
) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:
        stream.truncate(Options().max_file_bytes + 1)  # sparse: no disk, no memory
    with pytest.raises(InputError, match="larger than the limit of 268435456 bytes"):
        newsparse.parse_file(huge)


def test_read_page_gives_text_and_decode_diagnostics(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes("It’s “fine” and ".encode() + b"caf\xe9 here\n")
    decoded = read_page(page, max_bytes=100)
    assert decoded.text == "It’s “fine” and café here\n"
    assert [diagnostic.code for diagnostic in decoded.diagnostics] == ["decode.stray-bytes"]


def test_a_stream_above_the_cap_is_refused() -> None:
    with pytest.raises(InputError, match="larger than the limit of 4 bytes") as raised:
        read_stream_bytes(io.BytesIO(b"12345"), max_bytes=4)
    assert raised.value.path is None


def test_a_stream_at_the_cap_is_read() -> None:
    assert read_stream_bytes(io.BytesIO(b"1234"), max_bytes=4) == b"1234"


@pytest.mark.skipif(sys.platform != "linux", reason="needs /proc")
def test_a_regular_file_that_reports_size_zero_is_read() -> None:
    # /proc files are regular files whose size is 0 until read.
    assert "Name:" in read_page("/proc/self/status", max_bytes=1_000_000).text
