"""Measure newsparse at scale: --jobs speed-up, memory over a long run, archives against files.

Run from the checkout on an otherwise idle machine (``uptime`` first; the
figures of a shared machine are only as good as its load)::

    python bench/scale.py            # everything: about 10 minutes on 2 cores
    python bench/scale.py --quick    # a tenth of the pages: rough figures in a minute or two
    python bench/scale.py --json     # the figures as JSON

Pages are the corpus's (``../shared/corpus``: text pages, and the HTML pages
for WARC), or the fixtures without it, repeated as often as needed; each
copy is a file of its own, or a record of a generated archive
(``bench/_archives.py``: FastWARC's writer, gzip per record).

- **jobs**: wall time of ``newsparse parse DIR -f jsonl -o FILE`` over 2,000
  page files with ``--jobs 1`` and ``--jobs 2`` (fresh processes, start-up
  included, best of three), and the speed-up. Target: at least 1.8 on 2 idle
  cores. On a shared machine the wall-time figure is what the load leaves;
  the CPU time of all the run's processes gives what idle cores would: the
  ``--jobs 1`` CPU time over half the ``--jobs 2`` CPU time (the workers'
  start-up, the main process and the messages between them included).
  The runs may write and use a bytecode cache, as an installed package
  does (``PYTHONDONTWRITEBYTECODE`` is dropped for them): without one, each
  run first compiles newsparse's source, about 0.1 s that no number of
  workers shortens (``bench/compare.py`` prints the import with and
  without a cache).
- **memory**: peak RSS of the largest process (``ru_maxrss`` of the
  children) of ``newsparse parse --jobs 2`` over 2,000 and over 20,000 page
  files, and their ratio. Targets: ratio at most 1.2; each under 250 MB.
- **archives**: one process, CPU time: a WET of 10,000 records read and
  parsed by ``iter_archive`` (MB/s of record text), against the same
  pages' text parsed from 10,000 files (``parse_file``); a WARC of 10,000
  HTML records (pages per second) against the same pages parsed from
  bytes read from files (``parse_html``, the parser the archive uses).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _archives import cycled, html_pages, text_pages, write_warc, write_wet

Figure = dict[str, object]


def _write_files(directory: Path, pages: list[bytes], count: int, suffix: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for number, page in cycled(pages, count):
        (directory / f"page{number:06}{suffix}").write_bytes(page)
    return directory


def _cli(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "newsparse", "parse", "--no-progress", *arguments]


def _run(command: list[str]) -> tuple[float, float, float]:
    """Run ``command`` in a child of a fresh process; return wall s, CPU s and peak RSS MB.

    The command may write and read a bytecode cache, as an installed package does.

    CPU seconds are those of the command and every process it started; the
    peak RSS is the largest of those processes' (``ru_maxrss`` of the children).
    """
    probe = (
        "import resource, subprocess, sys, time; started = time.perf_counter(); "
        "subprocess.run(sys.argv[1:], check=False, stdout=subprocess.DEVNULL, "
        "stderr=subprocess.DEVNULL); wall = time.perf_counter() - started; "
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN); "
        "print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)"
    )
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    # A cache of its own, so that the checkout's sources stay without one (compare.py's
    # plain import figure counts on that).
    cache = Path(tempfile.gettempdir()) / "newsparse-scale-pycache"
    environment["PYTHONPYCACHEPREFIX"] = str(cache)
    out = subprocess.run(
        [sys.executable, "-c", probe, *command],
        check=True,
        capture_output=True,
        text=True,
        env=environment,
    ).stdout
    wall, cpu, rss = out.split()
    return float(wall), float(cpu), int(rss) / 1024


def jobs_figures(work: Path, count: int) -> list[Figure]:
    pages = _write_files(work / "jobs", text_pages(), count, ".txt")
    out = work / "jobs.jsonl"
    runs = {
        jobs: min(
            (
                _run(_cli("-f", "jsonl", "-o", str(out), "--jobs", str(jobs), str(pages)))
                for _ in range(3)
            ),
            key=lambda run: run[0],
        )
        for jobs in (1, 2)
    }
    speedup = runs[1][0] / runs[2][0]
    # What two idle cores would give: the work of --jobs 1 over half of --jobs 2's CPU
    # time (its start-up, main-process and message costs included).
    idle_estimate = runs[1][1] / (runs[2][1] / 2)
    return [
        {"name": f"--jobs 1, {count:,} pages, wall", "value": round(runs[1][0], 2), "unit": "s"},
        {"name": f"--jobs 2, {count:,} pages, wall", "value": round(runs[2][0], 2), "unit": "s"},
        {"name": "--jobs 1, CPU (all processes)", "value": round(runs[1][1], 2), "unit": "s"},
        {"name": "--jobs 2, CPU (all processes)", "value": round(runs[2][1], 2), "unit": "s"},
        {
            "name": "speed-up (wall)",
            "value": round(speedup, 2),
            "unit": "x",
            "target": ">= 1.8",
            "passed": speedup >= 1.8,
        },
        {
            "name": "speed-up on idle cores (from CPU time)",
            "value": round(idle_estimate, 2),
            "unit": "x",
        },
    ]


def memory_figures(work: Path, small: int, large: int) -> list[Figure]:
    pages = text_pages()
    figures: list[Figure] = []
    peaks = {}
    for count in (small, large):
        directory = _write_files(work / f"memory{count}", pages, count, ".txt")
        out = work / f"memory{count}.jsonl"
        peaks[count] = _run(_cli("-f", "jsonl", "-o", str(out), "--jobs", "2", str(directory)))[2]
        figures.append(
            {
                "name": f"peak RSS, {count:,} pages",
                "value": round(peaks[count], 1),
                "unit": "MB",
                "target": "< 250",
                "passed": peaks[count] < 250,
            }
        )
    ratio = peaks[large] / peaks[small]
    figures.append(
        {
            "name": f"peak RSS {large:,} / {small:,}",
            "value": round(ratio, 3),
            "unit": "x",
            "target": "<= 1.2",
            "passed": ratio <= 1.2,
        }
    )
    return figures


def _cpu(function: object) -> float:
    started = time.process_time()
    function()  # type: ignore[operator]
    return time.process_time() - started


def archive_figures(work: Path, count: int) -> list[Figure]:
    import newsparse

    texts, htmls = text_pages(), html_pages()
    wet, warc = work / "pages.wet.gz", work / "pages.warc.gz"
    write_wet(wet, texts, count)
    write_warc(warc, htmls, count)
    text_dir = _write_files(work / "wet-files", texts, count, ".txt")
    html_dir = _write_files(work / "warc-files", htmls, count, ".html")
    text_mb = sum(len(page) for _, page in cycled(texts, count)) / 1e6
    newsparse.parse("Warm-up\n\nA first parse loads what parsing needs.")

    def read_wet() -> None:
        for _ in newsparse.iter_archive(wet):
            pass

    def read_text_files() -> None:
        for path in sorted(text_dir.iterdir()):
            newsparse.parse_file(path)

    def read_warc() -> None:
        for _ in newsparse.iter_archive(warc):
            pass

    def read_html_files() -> None:
        for path in sorted(html_dir.iterdir()):
            newsparse.parse_file(path)

    wet_s, text_s = _cpu(read_wet), _cpu(read_text_files)
    warc_s, html_s = _cpu(read_warc), _cpu(read_html_files)
    return [
        {"name": f"WET, {count:,} records", "value": round(text_mb / wet_s, 2), "unit": "MB/s"},
        {
            "name": f"the same text from {count:,} files",
            "value": round(text_mb / text_s, 2),
            "unit": "MB/s",
        },
        {
            "name": f"WARC, {count:,} HTML records",
            "value": round(count / warc_s),
            "unit": "pages/s",
        },
        {
            "name": f"the same HTML from {count:,} files",
            "value": round(count / html_s),
            "unit": "pages/s",
        },
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the pages")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only")
    parser.add_argument("--only", choices=("jobs", "memory", "archives"), help="one section")
    args = parser.parse_args()
    scale = 10 if args.quick else 1
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    sections: dict[str, list[Figure]] = {}
    with tempfile.TemporaryDirectory() as directory:
        work = Path(directory)
        if args.only in (None, "jobs"):
            sections["jobs"] = jobs_figures(work, 2_000 // scale)
        if args.only in (None, "memory"):
            sections["memory"] = memory_figures(work, 2_000 // scale, 20_000 // scale)
        if args.only in (None, "archives"):
            sections["archives"] = archive_figures(work, 10_000 // scale)
    if args.json:
        print(json.dumps({"load": load, "sections": sections}, indent=2))
        return
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average at start {load:.2f}"
    )
    for section, figures in sections.items():
        print(f"\n{section}")
        for figure in figures:
            verdict = "" if "passed" not in figure else " ok" if figure["passed"] else " MISSED"
            target = f"  (target {figure['target']}{verdict})" if "target" in figure else ""
            print(f"  {figure['name']:<48} {figure['value']:>10} {figure['unit']}{target}")


if __name__ == "__main__":
    main()
