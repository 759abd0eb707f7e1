"""Standard input is read as a named file is: gzip opened, HTML told from text."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import cli
from newsparse.cli._inputs import read_source_text, source_of
from newsparse.options import Options

HTML = (
    b"<html><head><title>Ferry timetable cut | Bay Post</title></head><body>"
    b"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    b"<h1>Ferry timetable cut</h1>"
    b"<p>\xe2\x80\x9cWe had no choice,\xe2\x80\x9d the operator said on Friday morning.</p>"
    b"<p>Winter crossings fall from six a day to four, starting next month.</p></body></html>"
)


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = cli.main(list(argv))
    return status, capsys.readouterr().out


@pytest.mark.parametrize("packed", [False, True])
def test_parse_reads_html_on_stdin_as_html(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, packed: bool
) -> None:
    _stdin(monkeypatch, gzip.compress(HTML) if packed else HTML)
    status, out = _run(capsys, "parse", "-")
    assert status == 0
    assert newsparse.from_json(out) == newsparse.parse_html(HTML)


def test_quotes_reads_html_on_stdin_as_html(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, HTML)
    status, out = _run(capsys, "quotes", "-f", "json", "-")
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [quote["speaker"] for quote in record["quotes"]] == ["the operator"]


def test_explain_names_the_elements_of_html_on_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, HTML)
    status, out = _run(capsys, "explain", "-")
    rows = out.splitlines()[1:]
    assert status == 0
    assert any(" h1 " in row and row.endswith("| Ferry timetable cut") for row in rows)


def test_profile_reads_html_pages_as_laid_out_in_lines(tmp_path: Path) -> None:
    page = tmp_path / "a.html.gz"
    page.write_bytes(gzip.compress(HTML))
    text = read_source_text(source_of(str(page)), Options())
    assert text.splitlines()[:3] == ["Home News", "", "Ferry timetable cut"]
    assert "<" not in text
