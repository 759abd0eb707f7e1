"""``newsparse parse`` at scale: archives, --jobs, --resume, the summary and the exit status."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from newsparse import _batch, cli
from newsparse.adapters import Adapter, _registry
from tests import warcs
from tests.cli.conftest import OTHER_PAGE, PAGE

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX signals and file locks")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


@pytest.fixture
def crawl(tmp_path: Path) -> Path:
    return warcs.write(
        tmp_path / "crawl.warc.gz",
        warcs.request("https://news.example/1"),
        *(warcs.response(f"https://news.example/{n}", warcs.page(n)) for n in range(1, 4)),
        warcs.response("https://news.example/gone", "<p>Gone</p>", status="404 Not Found"),
        warcs.raw(b"HTTX/1.1 broken\r\n\r\n<p>x</p>", uri="https://news.example/broken"),
    )


@pytest.fixture
def wet(tmp_path: Path) -> Path:
    return warcs.write(
        tmp_path / "crawl.warc.wet.gz",
        *(warcs.conversion(f"https://news.example/{n}", warcs.text_page(n)) for n in range(1, 4)),
    )


@pytest.fixture
def many_files(tmp_path: Path) -> Path:
    root = tmp_path / "many"
    root.mkdir()
    for number in range(40):
        page = (PAGE if number % 2 else OTHER_PAGE).replace("Monday", f"day {number}")
        (root / f"page{number:03}.txt").write_text(page, encoding="utf-8")
    return root


# -- archives from the shell ------------------------------------------------------------------


def test_a_warc_file_gives_one_line_a_record(
    capsys: pytest.CaptureFixture[str], crawl: Path
) -> None:
    status, out, err = run(capsys, "parse", "--format", "jsonl", str(crawl))
    records = lines(out)
    jsonschema = pytest.importorskip("jsonschema")
    assert [r["uri"] for r in records] == [
        "https://news.example/1",
        "https://news.example/2",
        "https://news.example/3",
        "https://news.example/broken",
    ]
    schema = json.loads((ROOT / "docs/schema/archive-record.schema.json").read_text("utf-8"))
    for record in records:
        jsonschema.validate(record, schema)
    assert "error" in records[-1]
    assert status == 1  # an error record is a failed input
    summary = err.splitlines()[-1]
    assert summary.startswith("newsparse: 1 input, 3 records, 1 error (")
    assert "2 skipped (1 request record, 1 HTTP status 404)" in summary
    assert "https://news.example/broken: unreadable HTTP response header" in err


def test_a_wet_file_parses_as_text(capsys: pytest.CaptureFixture[str], wet: Path) -> None:
    status, out, _ = run(capsys, "parse", str(wet))
    records = json.loads(out)  # several documents: a JSON array
    assert status == 0
    assert [r["article"]["headline"]["text"] for r in records] == [
        f"Harbour wall repaired, part {n}" for n in (1, 2, 3)
    ]
    assert records[0]["article"]["url"] == "https://news.example/1"


def test_archive_records_render_as_markdown_with_their_address(
    capsys: pytest.CaptureFixture[str], wet: Path
) -> None:
    _, out, _ = run(capsys, "parse", "-f", "markdown", str(wet))
    assert f"Source: `{wet} https://news.example/2`" in out


def test_an_empty_archive_is_a_warning_not_a_failure(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    empty = warcs.write(tmp_path / "empty.warc.gz")
    status, out, err = run(capsys, "parse", "-f", "jsonl", str(empty))
    assert (status, out) == (0, "")
    assert f"newsparse: warning: {empty}: an empty archive (no records)" in err


def test_a_file_named_like_an_archive_that_is_not_one_is_an_error_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, crawl: Path
) -> None:
    fake = tmp_path / "fake.warc"
    fake.write_text("just text\n", encoding="utf-8")
    status, out, _ = run(capsys, "parse", "-f", "jsonl", str(fake), str(crawl))
    records = lines(out)
    assert records[0]["error"]["message"].startswith("not a WARC or WET archive")
    assert len(records) == 5  # and the archive after it is read whole
    assert status == 1


def test_archives_in_a_directory_are_read_as_archives(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, wet: Path
) -> None:
    (tmp_path / "note.txt").write_text(PAGE, encoding="utf-8")
    _, out, _ = run(capsys, "parse", "-f", "jsonl", "--glob", "*.gz", str(tmp_path))
    assert [r.get("uri") for r in lines(out)] == [f"https://news.example/{n}" for n in (1, 2, 3)]


def test_a_record_limit_from_the_command_line(
    capsys: pytest.CaptureFixture[str], wet: Path
) -> None:
    _, out, _ = run(capsys, "parse", "-f", "jsonl", "--max-record-bytes", "100", str(wet))
    assert all("larger than 100 bytes" in r["error"]["message"] for r in lines(out))


# -- --jobs -----------------------------------------------------------------------------------


def test_jobs_give_the_same_output_in_the_same_order(
    capsys: pytest.CaptureFixture[str], many_files: Path, wet: Path
) -> None:
    outputs = {
        jobs: run(capsys, "parse", "-f", "jsonl", "--jobs", jobs, str(many_files), str(wet))[1]
        for jobs in ("1", "2")
    }
    assert outputs["1"] == outputs["2"]
    sources = [r["source"] for r in lines(outputs["2"])]
    assert sources[:40] == sorted(str(p) for p in many_files.iterdir())
    assert len(sources) == 43


@pytest.mark.parametrize("value", ["0", "-1", "two"])
def test_jobs_must_be_a_positive_number(capsys: pytest.CaptureFixture[str], value: str) -> None:
    status, _, err = run(capsys, "parse", "--jobs", value, "x")
    assert status == 2
    assert "expected a number of processes" in err


def test_workers_get_the_adapters_registered_in_this_process(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, many_files: Path
) -> None:
    monkeypatch.setitem(_registry._registered, "scale-test", Adapter(name="scale-test"))
    # Spawned workers start from nothing: only what is pickled to them reaches them.
    monkeypatch.setattr(_batch, "_context", lambda: multiprocessing.get_context("spawn"))
    status, out, _ = run(
        capsys, "parse", "-f", "jsonl", "--jobs", "2", "--site", "scale-test", str(many_files)
    )
    assert status == 0
    assert {r["article"]["site"] for r in lines(out)} == {"scale-test"}


# -- --resume ---------------------------------------------------------------------------------


def test_resume_needs_a_jsonl_output_file(capsys: pytest.CaptureFixture[str], wet: Path) -> None:
    status, _, err = run(capsys, "parse", "-f", "jsonl", "--resume", str(wet))
    assert status == 2
    assert "--resume needs --output FILE" in err
    status, _, err = run(capsys, "parse", "-o", "out.json", "--resume", str(wet))
    assert status == 2
    assert "--resume needs --format jsonl" in err


def test_resume_skips_what_is_written_and_adds_the_rest(
    capsys: pytest.CaptureFixture[str], many_files: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    first = sorted(many_files.iterdir())[:10]
    run(capsys, "parse", "-f", "jsonl", "-o", str(out), "--resume", *map(str, first))
    status, _, err = run(
        capsys, "parse", "-f", "jsonl", "-o", str(out), "--resume", str(many_files)
    )
    assert status == 0
    assert "30 records, 10 already written" in err
    sources = [r["source"] for r in lines(out.read_text("utf-8"))]
    assert sorted(sources) == sorted(str(p) for p in many_files.iterdir())
    assert len(set(sources)) == 40


def test_resume_cuts_a_half_written_line_and_parses_its_document_again(
    capsys: pytest.CaptureFixture[str], many_files: Path, crawl: Path, tmp_path: Path
) -> None:
    reference = tmp_path / "reference.jsonl"
    run(capsys, "parse", "-f", "jsonl", "-o", str(reference), str(crawl), str(many_files))
    complete = reference.read_text("utf-8")
    out = tmp_path / "out.jsonl"
    cut_at = len(complete) // 2
    out.write_text(complete[:cut_at], encoding="utf-8")  # a run killed while writing
    _, _, err = run(
        capsys, "parse", "-f", "jsonl", "-o", str(out), "--resume", str(crawl), str(many_files)
    )
    assert "bytes after the last complete record" in err
    resumed = out.read_text("utf-8")
    assert resumed.endswith("\n")
    assert sorted(resumed.splitlines()) == sorted(complete.splitlines())


def test_resume_refuses_a_file_another_run_is_writing(
    capsys: pytest.CaptureFixture[str], wet: Path, tmp_path: Path
) -> None:
    pytest.importorskip("fcntl")
    out = tmp_path / "out.jsonl"
    out.write_text("")
    with subprocess.Popen(  # another process holds the lock, as another run would
        [sys.executable, "-c", _HOLD_LOCK, str(out)], stdout=subprocess.PIPE, text=True
    ) as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "locked\n"
        try:
            status, _, err = run(
                capsys, "parse", "-f", "jsonl", "-o", str(out), "--resume", str(wet)
            )
        finally:
            holder.kill()
    assert status == 73
    assert "is being written by another run" in err


_HOLD_LOCK = """
import fcntl, sys, time
with open(sys.argv[1], "r+") as file:
    fcntl.lockf(file.fileno(), fcntl.LOCK_EX)
    print("locked", flush=True)
    time.sleep(60)
"""


@posix_only
def test_a_run_killed_mid_way_resumes_to_every_record_once(tmp_path: Path) -> None:
    archive = warcs.write(
        tmp_path / "big.warc.wet.gz",
        *(
            warcs.conversion(f"https://news.example/{n}", warcs.text_page(n) * 30)
            for n in range(600)
        ),
    )
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsparse", "parse", "-f", "jsonl", "-o", str(out)]
    command += ["--resume", "--jobs", "2", "--no-progress", str(archive)]
    child = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.poll() is None:
        if out.exists() and out.stat().st_size > 50_000:
            break
        time.sleep(0.02)
    workers = _children(child.pid)
    assert workers or not Path("/proc").is_dir(), "the run had started its workers"
    child.send_signal(signal.SIGKILL)
    child.wait()
    subprocess.run(command, check=False, stderr=subprocess.DEVNULL)
    uris = [json.loads(line)["uri"] for line in out.read_text("utf-8").splitlines()]
    assert sorted(uris) == sorted(f"https://news.example/{n}" for n in range(600))
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers), "orphaned workers"


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux's /proc; none elsewhere)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found
