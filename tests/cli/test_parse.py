"""``newsparse parse``, run in process."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import cli
from newsparse._pipeline import run as pipeline_run
from newsparse.cli._outputs import PROGRESS_MIN_FILES
from tests.cli.conftest import BINARY, HEADLINE, OTHER_PAGE, PAGE


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def jsonl_records(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_single_file_json_is_the_article(
    capsys: pytest.CaptureFixture[str], page_file: Path
) -> None:
    status, out, err = run(capsys, "parse", str(page_file))
    assert (status, err) == (0, "")
    assert newsparse.from_json(out) == newsparse.parse_file(page_file)


def test_default_format_is_json_and_explicit_json_matches(
    capsys: pytest.CaptureFixture[str], page_file: Path
) -> None:
    _, default, _ = run(capsys, "parse", str(page_file))
    _, explicit, _ = run(capsys, "parse", "--format", "json", str(page_file))
    assert default == explicit


def test_directory_is_recursed_sorted_without_hidden_files(
    capsys: pytest.CaptureFixture[str], page_tree: Path
) -> None:
    status, out, _ = run(capsys, "parse", "--format", "jsonl", str(page_tree))
    assert status == 0
    sources = [record["source"] for record in jsonl_records(out)]
    expected = ["a.txt", "b_sub/c.txt", "b_sub/deeper/d", "z.txt"]
    assert sources == [str(page_tree.joinpath(*name.split("/"))) for name in expected]


def test_jsonl_records_hold_articles_that_from_json_reads(
    capsys: pytest.CaptureFixture[str], page_tree: Path
) -> None:
    _, out, _ = run(capsys, "parse", "-f", "jsonl", str(page_tree))
    for record in jsonl_records(out):
        article = newsparse.from_json(json.dumps(record["article"]))
        assert article == newsparse.parse_file(record["source"])


def test_directory_json_is_an_array_of_records(
    capsys: pytest.CaptureFixture[str], page_tree: Path
) -> None:
    status, out, _ = run(capsys, "parse", str(page_tree))
    records = json.loads(out)
    assert status == 0
    assert [sorted(record) for record in records] == [["article", "source"]] * 4
    assert records[0]["article"]["headline"]["text"] == HEADLINE


def test_glob_selects_files_in_directories(
    capsys: pytest.CaptureFixture[str], page_tree: Path
) -> None:
    _, out, _ = run(capsys, "parse", "-f", "jsonl", "--glob", "*.txt", str(page_tree))
    names = [Path(record["source"]).name for record in jsonl_records(out)]
    assert names == ["a.txt", "c.txt", "z.txt"]


def test_empty_directory_warns_and_writes_an_empty_array(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, err = run(capsys, "parse", str(tmp_path))
    assert (status, out) == (0, "[]\n")
    assert "no files" in err


def test_stdin_is_read_as_bytes_and_decoded(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = PAGE.replace("\n", "\r\n").encode("utf-16")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, out, _ = run(capsys, "parse", "-")
    assert status == 0
    assert newsparse.from_json(out) == newsparse.parse(PAGE)


def test_stdin_among_files_is_labelled(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, page_file: Path
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(OTHER_PAGE.encode())))
    _, out, _ = run(capsys, "parse", "-f", "jsonl", str(page_file), "-")
    assert [record["source"] for record in jsonl_records(out)] == [str(page_file), "<stdin>"]


def test_bad_file_among_good_ones_gives_an_error_record_and_status_1(
    capsys: pytest.CaptureFixture[str], page_tree: Path
) -> None:
    bad = page_tree / "b_sub" / "b.png"
    bad.write_bytes(BINARY)
    status, out, err = run(capsys, "parse", "--format", "jsonl", str(page_tree))
    records = jsonl_records(out)
    assert status == 1
    assert [record["source"] for record in records][1:3] == [
        str(bad),
        str(page_tree / "b_sub" / "c.txt"),
    ]
    assert records[1]["error"]["type"] == "InputError"
    assert records[1]["error"]["message"]
    assert sum("article" in record for record in records) == 4
    assert str(bad) in err


def test_missing_file_among_others_is_an_error_record(
    capsys: pytest.CaptureFixture[str], page_file: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    status, out, _ = run(capsys, "parse", str(missing), str(page_file))
    records = json.loads(out)
    assert status == 1
    assert records[0] == {
        "source": str(missing),
        "error": {"type": "InputError", "message": records[0]["error"]["message"]},
    }
    assert records[1]["source"] == str(page_file)


def test_all_files_failing_is_status_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "one.bin").write_bytes(BINARY)
    (tmp_path / "two.bin").write_bytes(BINARY)
    status, out, _ = run(capsys, "parse", "-f", "jsonl", str(tmp_path))
    assert status == 1
    assert all("error" in record for record in jsonl_records(out))


def test_one_unreadable_file_returns_its_exit_code(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.png"
    bad.write_bytes(BINARY)
    status, out, err = run(capsys, "parse", str(bad))
    assert (status, out) == (newsparse.InputError.exit_code, "")
    assert err.startswith(f"newsparse: {bad}: ")


def test_output_file_is_written_instead_of_stdout(
    capsys: pytest.CaptureFixture[str], page_tree: Path, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "articles.jsonl"
    target.parent.mkdir()
    status, out, _ = run(capsys, "parse", "-f", "jsonl", "-o", str(target), str(page_tree))
    assert (status, out) == (0, "")
    assert len(jsonl_records(target.read_text(encoding="utf-8"))) == 4
    assert list(target.parent.iterdir()) == [target]


def test_output_file_replaces_an_old_one(
    capsys: pytest.CaptureFixture[str], page_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "article.json"
    target.write_text("old", encoding="utf-8")
    assert run(capsys, "parse", "--output", str(target), str(page_file))[0] == 0
    assert newsparse.from_json(target.read_bytes()) == newsparse.parse_file(page_file)


def test_unwritable_output_is_status_73(
    capsys: pytest.CaptureFixture[str], page_file: Path, tmp_path: Path
) -> None:
    status, _, err = run(capsys, "parse", "-o", str(tmp_path / "no" / "dir.json"), str(page_file))
    assert status == 73
    assert "cannot write" in err


@pytest.mark.parametrize("output_format", ["markdown", "text"])
def test_human_formats_show_the_headline(
    capsys: pytest.CaptureFixture[str], page_file: Path, output_format: str
) -> None:
    status, out, _ = run(capsys, "parse", "--format", output_format, str(page_file))
    assert status == 0
    assert out.splitlines()[0] == (f"# {HEADLINE}" if output_format == "markdown" else HEADLINE)
    assert "Daily Example" not in out  # boilerplate is left out


@pytest.mark.parametrize(
    ("output_format", "header"), [("markdown", "Source: `{}`"), ("text", "==> {} <==")]
)
def test_human_formats_name_each_source_when_several(
    capsys: pytest.CaptureFixture[str], page_tree: Path, output_format: str, header: str
) -> None:
    _, out, _ = run(capsys, "parse", "-f", output_format, str(page_tree))
    assert out.count(header.format(page_tree / "a.txt")) == 1
    assert "Library opens its doors on Sundays" in out


def test_unknown_site_is_status_64_before_any_output(
    capsys: pytest.CaptureFixture[str], page_file: Path
) -> None:
    status, out, err = run(capsys, "parse", "--site", "no-such-site", str(page_file))
    assert (status, out) == (newsparse.AdapterError.exit_code, "")
    assert "no-such-site" in err


def test_site_option_picks_the_adapter(capsys: pytest.CaptureFixture[str], page_file: Path) -> None:
    _, out, _ = run(capsys, "parse", "--site", "pulse", str(page_file))
    assert newsparse.from_json(out).site == "pulse"


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def many_pages(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    for number in range(PROGRESS_MIN_FILES):
        (pages / f"page{number:02}.txt").write_text(PAGE, encoding="utf-8")
    return pages


def _bars(text: str) -> list[str]:
    """The progress bar's states: what stands between carriage returns, the summary left out."""
    return [part for part in text.split("\r") if part.startswith("parse:")]


def test_progress_is_shown_on_a_terminal_for_many_files(
    monkeypatch: pytest.MonkeyPatch, many_pages: Path, tmp_path: Path
) -> None:
    monkeypatch.delenv("CI", raising=False)
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    status = cli.main(["parse", "-f", "jsonl", "-o", str(tmp_path / "out"), str(many_pages)])
    assert status == 0
    bars = _bars(terminal.getvalue())
    assert bars, terminal.getvalue()
    assert any(" docs, 0 errors" in bar for bar in bars)  # documents done
    assert all("B/s" in bar for bar in bars)  # the rate; the time left follows it
    assert terminal.getvalue().endswith(" s\n")  # the bar is gone; the summary is last


def test_no_progress_when_stderr_is_not_a_terminal(
    capsys: pytest.CaptureFixture[str], many_pages: Path
) -> None:
    _, _, err = run(capsys, "parse", "-f", "jsonl", str(many_pages))
    assert err.startswith(f"newsparse: {PROGRESS_MIN_FILES} inputs, ")
    assert "\r" not in err


def test_no_progress_on_a_terminal_under_ci(
    monkeypatch: pytest.MonkeyPatch, many_pages: Path, tmp_path: Path
) -> None:
    monkeypatch.setenv("CI", "true")
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert cli.main(["parse", "-f", "jsonl", "-o", str(tmp_path / "out"), str(many_pages)]) == 0
    assert _bars(terminal.getvalue()) == []


def test_progress_and_no_progress_override_the_terminal_test(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, many_pages: Path
) -> None:
    _, _, err = run(capsys, "parse", "-f", "jsonl", "--progress", str(many_pages))
    assert _bars(err)
    monkeypatch.delenv("CI", raising=False)
    terminal = FakeTerminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    cli.main(["parse", "-f", "jsonl", "--no-progress", "-o", "-", str(many_pages)])
    assert _bars(terminal.getvalue()) == []


class ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError


def test_closed_stdout_is_quiet(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, page_file: Path
) -> None:
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert cli.main(["parse", str(page_file)]) == 141
    assert capsys.readouterr().err == ""


def test_interrupt_is_status_130_and_leaves_no_partial_output(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    page_tree: Path,
    tmp_path: Path,
) -> None:
    def interrupted(*args: object, **kwargs: object) -> newsparse.Article:
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline_run, "run", interrupted)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    status, _, err = run(capsys, "parse", "-o", str(out_dir / "all.json"), str(page_tree))
    assert status == 130
    assert "interrupted" in err
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_url_is_the_address_of_the_one_page_parsed(
    capsys: pytest.CaptureFixture[str], page_file: Path, jobs: str
) -> None:
    address = "https://news.example/2018/05/04/some-story-here"
    status, out, err = run(capsys, "parse", "--jobs", jobs, "--url", address, str(page_file))
    assert (status, err) == (0, "")
    assert newsparse.from_json(out) == newsparse.parse_file(page_file, url=address)
    assert json.loads(out)["url"] == address


def test_url_with_many_inputs_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], page_file: Path, tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(capsys, "parse", "--url", "https://news.example/a", str(page_file), str(tmp_path))
    assert exit_info.value.code == 2
    assert "--url gives the address of one page" in capsys.readouterr().err
