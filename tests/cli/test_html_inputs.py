"""The command line on HTML: files read as parse_file reads them, folders mixing text and HTML."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from newsparse import cli
from tests.cli.conftest import HEADLINE, PAGE

HTML = (
    "<!doctype html><html><head><title>Mill reopens | Valley News</title></head><body>"
    "<nav><a href='/'>Home</a></nav><article><h1>Mill reopens</h1>"
    "<p>The old mill opened again on Saturday after a winter of repairs to its wheel.</p>"
    "</article></body></html>"
)


def test_a_folder_may_mix_text_and_html(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "c").write_text(HTML, encoding="utf-8")
    status = cli.main(["parse", "--format", "jsonl", str(tmp_path)])
    out = capsys.readouterr().out
    assert status == 0
    headlines = [json.loads(line)["article"]["headline"]["text"] for line in out.splitlines()]
    assert headlines == [HEADLINE, "Mill reopens", "Mill reopens"]
    assert newsparse.parse_file(tmp_path / "b.html") == newsparse.parse_html(HTML.encode())


def test_explain_shows_the_element_and_evidence_of_html_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_text(HTML, encoding="utf-8")
    assert cli.main(["explain", str(page)]) == 0
    out = capsys.readouterr().out
    home = next(line for line in out.splitlines() if line.endswith("| Home"))
    assert "html.navigation" in home
    assert "nav, links 100%" in home


def test_explain_on_text_has_no_element_column(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert cli.main(["explain", str(page)]) == 0
    headline = next(line for line in capsys.readouterr().out.splitlines() if HEADLINE in line)
    assert headline.split()[1:3] == ["headline", "generic.headline-title"]
