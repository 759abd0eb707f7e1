"""The quote stage's cost, measured with the public API only, in fresh processes.

``bench/quotes.py`` runs this module as a script (``python bench/_quote_speed.py
TEXTS.json``) with ``PYTHONPATH`` pointing at a tree's ``src``: it uses only
``newsparse.parse`` and ``newsparse.Options``, so any commit that has them can
be measured beside the checkout (``bench/quotes.py --against REV``). The
pages come from a JSON file the parent writes (seed pages and corpus
pages, decoded by the checkout's ``read_text``), so both trees read the
same text.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import newsparse

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ("quotes-dev", "polnear-dev")


def _median_ms(text: str, options: newsparse.Options, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        newsparse.parse(text, options=options)
        times.append(time.perf_counter_ns() - start)
    return statistics.median(times) / 1e6


def seed_cost(texts: dict[str, str], runs: int) -> dict[str, dict[str, float]]:
    """Return, for each seed page, the parse time with and without quotes and the difference."""
    costs = {}
    without = newsparse.Options(quotes=False)
    with_quotes = newsparse.Options()
    for name, text in texts.items():
        quotes = len(newsparse.parse(text).quotes)
        # Alternate the two, so that drift in the machine's speed hits both.
        on = off = float("inf")
        for _ in range(5):
            on = min(on, _median_ms(text, with_quotes, runs))
            off = min(off, _median_ms(text, without, runs))
        costs[name] = {"quotes": float(quotes), "with": on, "without": off, "stage": on - off}
    return costs


def corpus_cost(texts: Sequence[str], rounds: int) -> dict[str, float]:
    """Return the quote stage's cost over a corpus's pages, each parsed once a round."""
    if not texts:
        return {}
    quotes = sum(len(newsparse.parse(text).quotes) for text in texts)

    def one_round(options: newsparse.Options) -> float:
        start = time.perf_counter_ns()
        for text in texts:
            newsparse.parse(text, options=options)
        return (time.perf_counter_ns() - start) / 1e6

    on = off = float("inf")
    for _ in range(rounds):  # alternated, as in seed_cost
        on = min(on, one_round(newsparse.Options()))
        off = min(off, one_round(newsparse.Options(quotes=False)))
    return {
        "pages": float(len(texts)),
        "quotes": float(quotes),
        "ms_per_page": (on - off) / len(texts),
        "us_per_quote": (on - off) * 1e3 / quotes if quotes else 0.0,
    }


def first_call(text: str) -> dict[str, float]:
    """Return the CPU ms of the first parse with quotes in this process, and of a warm one.

    Call it in a fresh process: the rest of the pipeline is warmed first
    with ``Options(quotes=False)``, so the difference is what the quote
    stage's first call costs beyond a warm call (its pattern compilation).
    """
    for _ in range(3):
        newsparse.parse(text, options=newsparse.Options(quotes=False))
    start = time.process_time()
    newsparse.parse(text)
    first = (time.process_time() - start) * 1e3
    warm = []
    for _ in range(20):
        start = time.process_time()
        newsparse.parse(text)
        warm.append((time.process_time() - start) * 1e3)
    return {"first_ms": first, "warm_ms": statistics.median(warm)}


def child(texts_file: Path, *, quick: bool) -> dict[str, Any]:
    """Measure the tree on ``sys.path`` on the pages in ``texts_file``."""
    texts: dict[str, Any] = json.loads(texts_file.read_text(encoding="utf-8"))
    report: dict[str, Any] = {"first-call": first_call(next(iter(texts["seeds"].values())))}
    report["seeds"] = seed_cost(texts["seeds"], 40 if quick else 200)
    for folder_name in CORPORA:
        report[folder_name] = corpus_cost(texts.get(folder_name, []), 3 if quick else 8)
    return report


# --------------------------------------------------------------------------
# Start-up: the import time of the quote package.


def import_cost(src: Path | None = None) -> dict[str, float]:
    """Return the import time of the quote package's modules and of all newsparse, in ms.

    Read from ``python -X importtime -c "import newsparse"`` in fresh
    processes: the self times of the modules whose dotted name holds a
    ``quotes`` package, summed, and the cumulative time of ``newsparse``;
    and the CPU time of ``import newsparse`` by ``time.process_time``. The
    byte code is written to a temporary cache by a first import and read
    from it by the measured ones, as an installed package's is (whatever
    ``PYTHONDONTWRITEBYTECODE`` says); the least of three runs is kept.
    """
    code = "import time; s = time.process_time(); import newsparse; print(time.process_time() - s)"
    with tempfile.TemporaryDirectory(prefix="newsparse-pyc-") as cache:
        env = _env_for(src) | {"PYTHONPYCACHEPREFIX": cache}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-c", "import newsparse"], env=env, check=True)
        runs = [_import_run(env, code) for _ in range(3)]
    return {key: min(run[key] for run in runs) for key in runs[0]}


def _import_run(env: dict[str, str], code: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    quotes_us = whole_us = 0
    for line in done.stderr.splitlines():
        parts = line.removeprefix("import time:").split("|")
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue
        module = parts[2].strip()
        if ".quotes" in module and module.startswith("newsparse"):
            quotes_us += int(parts[0])
        if module == "newsparse":
            whole_us = int(parts[1])
    return {
        "quote_package_ms": quotes_us / 1e3,
        "newsparse_ms": whole_us / 1e3,
        "newsparse_cpu_ms": float(done.stdout.strip() or 0) * 1e3,
    }


def _env_for(src: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "newsparse-bench-pyc"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    return env


def run_child(src: Path | None, texts_file: Path, *, quick: bool) -> dict[str, Any]:
    """Run :func:`child` in a fresh process on the tree ``src`` (None: this one)."""
    command = [sys.executable, str(Path(__file__).resolve()), str(texts_file)]
    if quick:
        command.append("--quick")
    done = subprocess.run(
        command, capture_output=True, text=True, env=_env_for(src), check=True, cwd=ROOT
    )
    report: dict[str, Any] = json.loads(done.stdout)
    return report


@contextmanager
def worktree_of(rev: str) -> Iterator[Path]:
    """Check ``rev`` out into a temporary git worktree; remove it afterwards."""
    with tempfile.TemporaryDirectory(prefix="newsparse-against-") as parent:
        tree = Path(parent) / "tree"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), rev],
            check=True,
            capture_output=True,
        )
        try:
            yield tree
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                check=False,
                capture_output=True,
            )


def side_by_side(texts_file: Path, rev: str, *, quick: bool) -> dict[str, Any]:
    """Measure this tree and ``rev`` alternately in fresh processes; keep each figure's best."""
    with worktree_of(rev) as tree:
        trees: dict[str, Path | None] = {"this": None, rev: tree / "src"}
        best: dict[str, dict[str, Any]] = {}
        for _ in range(2 if quick else 3):
            for name, src in trees.items():
                report = run_child(src, texts_file, quick=quick)
                report["import"] = import_cost(src)
                best[name] = _keep_least(best.get(name), report)
    return best


def _keep_least(old: dict[str, Any] | None, new: dict[str, Any]) -> dict[str, Any]:
    """Merge two reports, keeping the least of each timing (counts are equal)."""
    if old is None:
        return new
    merged: dict[str, Any] = {}
    for key, value in new.items():
        if isinstance(value, dict):
            merged[key] = _keep_least(old.get(key), value)
        else:
            merged[key] = min(value, old.get(key, value))
    return merged


def main(argv: Sequence[str] | None = None) -> int:
    """Measure the tree on ``sys.path`` on the pages of the file named first; print JSON."""
    args = list(sys.argv[1:] if argv is None else argv)
    print(json.dumps(child(Path(args[0]), quick="--quick" in args[1:])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
