"""``--output FILE`` is replaced only by a run that produced something, never emptied."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newsparse
from newsparse import cli
from newsparse._pipeline import run as pipeline_run
from tests.cli.conftest import BINARY, PAGE

OLD = "the previous run's output\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def target(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "articles.json"
    path.write_text(OLD, encoding="utf-8")
    return path


def test_a_failed_single_input_leaves_the_file_as_it_was(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, target: Path
) -> None:
    bad = tmp_path / "bad.png"
    bad.write_bytes(BINARY)
    status, _, err = run(capsys, "parse", "-o", str(target), str(bad))
    assert status == newsparse.InputError.exit_code
    assert target.read_text(encoding="utf-8") == OLD
    assert list(target.parent.iterdir()) == [target]
    assert f"{target} left as it was" in err


@pytest.mark.parametrize("output_format", ["json", "jsonl", "markdown", "text"])
def test_a_run_where_every_input_failed_leaves_the_file_as_it_was(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, target: Path, output_format: str
) -> None:
    missing = [str(tmp_path / "gone1.txt"), str(tmp_path / "gone2.txt")]
    status, _, _ = run(capsys, "parse", "-f", output_format, "-o", str(target), *missing)
    assert status == 1
    assert target.read_text(encoding="utf-8") == OLD
    assert list(target.parent.iterdir()) == [target]


def test_a_run_where_some_inputs_failed_replaces_the_file(
    capsys: pytest.CaptureFixture[str], page_file: Path, tmp_path: Path, target: Path
) -> None:
    status, _, _ = run(
        capsys, "parse", "-f", "jsonl", "-o", str(target), str(page_file), str(tmp_path / "gone")
    )
    assert status == 1
    assert target.read_text(encoding="utf-8").count('"source"') == 2


def test_an_empty_directory_replaces_the_file_with_an_empty_result(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, target: Path
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    status, _, _ = run(capsys, "parse", "-o", str(target), str(empty))
    assert status == 0
    assert target.read_text(encoding="utf-8") == "[]\n"


def test_a_crash_while_parsing_leaves_the_file_and_no_temporary(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    page_file: Path,
    target: Path,
) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise MemoryError

    monkeypatch.setattr(pipeline_run, "run", broken)
    with pytest.raises(MemoryError):
        cli.main(["parse", "-o", str(target), str(page_file)])
    assert target.read_text(encoding="utf-8") == OLD
    assert list(target.parent.iterdir()) == [target]


@pytest.mark.skipif(sys.platform == "win32", reason="needs SIGTERM delivered to a child")
def test_sigterm_leaves_the_file_as_it_was_and_no_temporary(target: Path) -> None:
    # The command blocks reading standard input after opening its temporary
    # file; SIGTERM then arrives in the middle of the run.
    process = subprocess.Popen(
        [sys.executable, "-m", "newsparse", "parse", "-o", str(target), "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while len(list(target.parent.iterdir())) < 2 and process.poll() is None:
            if time.monotonic() > deadline:
                pytest.fail("the temporary output file never appeared")
            time.sleep(0.02)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 128 + signal.SIGTERM
    assert b"terminated" in err
    assert target.read_text(encoding="utf-8") == OLD
    assert list(target.parent.iterdir()) == [target]


def test_sigterm_handler_is_restored_after_main(page_file: Path) -> None:
    before = signal.getsignal(signal.SIGTERM)
    assert cli.main(["parse", "-o", os.devnull, str(page_file)]) == 0
    assert signal.getsignal(signal.SIGTERM) == before


def test_stdin_page_is_parsed_into_the_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, target: Path
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode())))
    assert run(capsys, "parse", "-o", str(target), "-")[0] == 0
    assert newsparse.from_json(target.read_bytes()) == newsparse.parse(PAGE)
