"""What the command reads: directory walks and what they skip, FIFOs, ``-``, the size cap."""

from __future__ import annotations

import io
import json
import os
import re
import sys
from pathlib import Path

import pytest

import newsparse
from newsparse import cli
from tests.cli.conftest import PAGE

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and symlinks")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def odd_tree(tmp_path: Path) -> Path:
    """A directory with one page and every kind of entry a walk skips."""
    root = tmp_path / "pages"
    (root / "real").mkdir(parents=True)
    (root / "a.txt").write_text(PAGE, encoding="utf-8")
    (root / "dangling.txt").symlink_to(root / "gone.txt")
    (root / "loop_one").symlink_to(root / "loop_two")
    (root / "loop_two").symlink_to(root / "loop_one")
    os.mkfifo(root / "pipe.txt")
    (root / "linked_dir").symlink_to(root / "real", target_is_directory=True)
    (root / ".hidden_link").symlink_to(root / "gone.txt")
    return root


@posix_only
@pytest.mark.usefixtures("watchdog")
def test_a_walk_names_each_entry_it_skips_on_stderr(
    capsys: pytest.CaptureFixture[str], odd_tree: Path
) -> None:
    status, out, err = run(capsys, "parse", "-f", "jsonl", str(odd_tree))
    assert status == 0
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(odd_tree / "a.txt")]
    assert f"newsparse: skipped {odd_tree / 'dangling.txt'}: broken symbolic link\n" in err
    assert f"newsparse: skipped {odd_tree / 'loop_one'}: symbolic link loop\n" in err
    assert f"newsparse: skipped {odd_tree / 'loop_two'}: symbolic link loop\n" in err
    assert f"newsparse: skipped {odd_tree / 'pipe.txt'}: not a regular file (a FIFO)\n" in err
    linked = odd_tree / "linked_dir"
    assert f"newsparse: skipped {linked}: symbolic link to a directory, not followed\n" in err
    assert ".hidden_link" not in err


@posix_only
@pytest.mark.usefixtures("watchdog")
def test_the_run_summary_counts_and_names_the_skipped_entries(
    capsys: pytest.CaptureFixture[str], odd_tree: Path
) -> None:
    _, _, err = run(capsys, "parse", "-f", "jsonl", str(odd_tree))
    summary = err.splitlines()[-1]
    assert summary.startswith("newsparse: 1 input, 1 record, 0 errors, 5 skipped (")
    for name in ("dangling.txt", "loop_one", "loop_two", "pipe.txt", "linked_dir"):
        assert str(odd_tree / name) in summary


@posix_only
@pytest.mark.usefixtures("watchdog")
def test_quotes_reports_skipped_entries_too(
    capsys: pytest.CaptureFixture[str], odd_tree: Path
) -> None:
    status, _, err = run(capsys, "quotes", str(odd_tree))
    assert status == 0
    assert f"skipped {odd_tree / 'pipe.txt'}: not a regular file (a FIFO)" in err


@posix_only
def test_names_the_glob_leaves_out_are_not_reported_but_linked_directories_are(
    capsys: pytest.CaptureFixture[str], odd_tree: Path
) -> None:
    # A directory is walked whatever its name, so a link to one is reported whatever its name.
    _, out, err = run(capsys, "parse", "-f", "jsonl", "--glob", "a.*", str(odd_tree))
    assert len(out.splitlines()) == 1
    assert err.splitlines()[0] == (
        f"newsparse: skipped {odd_tree / 'linked_dir'}: symbolic link to a directory, not followed"
    )
    assert len(err.splitlines()) == 2  # that line and the summary


def test_a_clean_run_prints_only_its_summary(
    capsys: pytest.CaptureFixture[str], page_tree: Path
) -> None:
    err = run(capsys, "parse", "-f", "jsonl", str(page_tree))[2]
    assert len(err.splitlines()) == 1
    assert re.fullmatch(
        r"newsparse: \d+ inputs, \d+ records, 0 errors, 0 skipped, \d+ comments?, \d+ quotes?"
        r" in \d+\.\d s\n",
        err,
    )


def test_failures_are_summed_up_at_the_end(
    capsys: pytest.CaptureFixture[str], page_file: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    _, _, err = run(capsys, "parse", "-f", "jsonl", str(page_file), str(missing))
    assert err.splitlines()[-1].startswith(
        f"newsparse: 2 inputs, 1 record, 1 error ({missing}), 0 skipped, "
    )


@posix_only
@pytest.mark.usefixtures("watchdog")
def test_a_fifo_named_on_the_command_line_is_an_input_error_at_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)
    status, out, err = run(capsys, "parse", str(fifo))
    assert (status, out) == (newsparse.InputError.exit_code, "")
    assert err == f"newsparse: {fifo}: not a regular file (a FIFO)\n"


@pytest.mark.parametrize("command", ["parse", "quotes"])
def test_stdin_named_twice_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], page_file: Path, command: str
) -> None:
    status, out, err = run(capsys, command, "-", str(page_file), "-")
    assert (status, out) == (2, "")
    assert err.startswith(f"usage: newsparse {command}")
    assert "'-' (standard input) named more than once" in err


def test_max_file_bytes_refuses_a_larger_file(
    capsys: pytest.CaptureFixture[str], page_file: Path
) -> None:
    limit = len(PAGE.encode()) - 1
    status, out, err = run(capsys, "parse", "--max-file-bytes", str(limit), str(page_file))
    assert (status, out) == (newsparse.InputError.exit_code, "")
    assert f"larger than the limit of {limit} bytes" in err


def test_max_file_bytes_takes_binary_suffixes(
    capsys: pytest.CaptureFixture[str], page_file: Path
) -> None:
    status, out, _ = run(capsys, "parse", "--max-file-bytes", "1k", str(page_file))
    assert status == 0
    assert newsparse.from_json(out) == newsparse.parse_file(page_file)


def test_max_file_bytes_caps_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode())))
    status, _, err = run(capsys, "parse", "--max-file-bytes", "10", "-")
    assert status == newsparse.InputError.exit_code
    assert err.startswith("newsparse: ")
    assert "larger than the limit of 10 bytes" in err


@pytest.mark.parametrize("value", ["0", "-5", "lots", "1.5M"])
def test_a_bad_max_file_bytes_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], page_file: Path, value: str
) -> None:
    status, _, err = run(capsys, "parse", f"--max-file-bytes={value}", str(page_file))
    assert status == 2
    assert "--max-file-bytes" in err


def test_parse_output_carries_decode_diagnostics_like_parse_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(PAGE.encode() + "It’s “fine” and ".encode() + b"caf\xe9 here\n")
    status, out, _ = run(capsys, "parse", str(page))
    assert status == 0
    article = newsparse.from_json(out)
    assert article == newsparse.parse_file(page)
    assert "decode.stray-bytes" in [diagnostic.code for diagnostic in article.diagnostics]


def test_stdin_output_carries_decode_diagnostics(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = PAGE.encode() + b"Three \x00 NULs\x00\x00\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, out, _ = run(capsys, "parse", "-")
    assert status == 0
    codes = [diagnostic.code for diagnostic in newsparse.from_json(out).diagnostics]
    assert "decode.nul-bytes" in codes


def test_a_walk_passes_over_json_files_unless_the_glob_names_them(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "a.json").write_text('{"body": "gold"}', encoding="utf-8")
    (tmp_path / "out.JSONL").write_text('{"headline": null}\n', encoding="utf-8")
    _, out, _ = run(capsys, "parse", "-f", "jsonl", str(tmp_path))
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(tmp_path / "a.txt")]
    _, out, _ = run(capsys, "parse", "-f", "jsonl", "--glob", "*.json", str(tmp_path))
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(tmp_path / "a.json")]
