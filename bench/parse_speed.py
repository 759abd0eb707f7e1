"""Print how fast newsparse parses: per page, over the corpus, as pages grow, on adversarial input.

Run from the checkout (see bench/README.md)::

    python bench/parse_speed.py            # the full run, about a minute
    python bench/parse_speed.py --quick    # a rough run in seconds
    python bench/parse_speed.py --json     # the figures as JSON, nothing else
    python bench/parse_speed.py --check    # exit 1 when a figure misses its target

Each figure with a target from DESIGN.md is printed with the target and PASS
or MISS. Without ``--check`` the script exits 0 whatever the figures: timing
belongs here, never in an asserting test.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from _inputs import (
    bullets,
    deep_indentation,
    grow,
    nested_thread,
    one_long_line,
    quote_marks,
    says_thread,
)

import newsparse
from newsparse._pipeline.run import read_text

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus"
FIXTURES = ROOT / "fixtures"

SEED_MEDIAN_MS = 1.0  # DESIGN.md: a seed-size page parses in at most 1 ms (median)
CORPUS_MB_PER_S = 5.0  # DESIGN.md: at least 5 MB/s over ../shared/corpus
TEN_TIMES_RATIO = 12.0  # DESIGN.md: a page 10x longer takes at most 12x the time
ADVERSARIAL_RATIO = 10.0  # DESIGN.md: no adversarial input over 10x a normal page of its size


@dataclass
class Figure:
    """One measured figure, with its target when DESIGN.md sets one."""

    section: str
    name: str
    value: float
    unit: str
    detail: str = ""
    target: str = ""
    passed: bool | None = None


@dataclass
class Settings:
    """How hard to measure."""

    budget_s: float  # time spent timing each page, after warm-up
    min_runs: int
    corpus_passes: int


def time_parse(text: str, settings: Settings) -> list[int]:
    """Return nanoseconds per parse of ``text``, after a warm-up, over the time budget."""
    for _ in range(2):
        newsparse.parse(text)
    runs: list[int] = []
    spent = 0
    while spent < settings.budget_s * 1e9 or len(runs) < settings.min_runs:
        start = time.perf_counter_ns()
        newsparse.parse(text)
        runs.append(time.perf_counter_ns() - start)
        spent += runs[-1]
    return runs


def p90(runs: list[int]) -> float:
    return statistics.quantiles(runs, n=10)[-1] if len(runs) > 1 else float(runs[0])


def verdict(*, passed: bool) -> str:
    return "PASS" if passed else "MISS"


def page_figures(settings: Settings, skipped: list[str]) -> list[Figure]:
    figures: list[Figure] = []
    sources = [("seed", SEEDS, "*.txt"), ("fixture", FIXTURES, "**/*.txt")]
    for kind, folder, pattern in sources:
        paths = sorted(folder.glob(pattern)) if folder.is_dir() else []
        if not paths:
            skipped.append(f"{kind} pages: no {folder}/{pattern}")
            continue
        for path in paths:
            text = read_text(path)
            runs = time_parse(text, settings)
            median_ms = statistics.median(runs) / 1e6
            figure = Figure(
                section="pages",
                name=f"{kind} {path.relative_to(folder)}",
                value=median_ms,
                unit="ms median",
                detail=f"p90 {p90(runs) / 1e6:.3f} ms, {len(text.encode()) / 1024:.1f} KB, "
                f"{len(runs)} runs",
            )
            if kind == "seed":
                figure.target = f"<= {SEED_MEDIAN_MS:g} ms"
                figure.passed = median_ms <= SEED_MEDIAN_MS
            figures.append(figure)
    return figures


def corpus_figures(settings: Settings, skipped: list[str]) -> list[Figure]:
    paths = sorted(CORPUS.glob("**/*.txt")) if CORPUS.is_dir() else []
    if not paths:
        skipped.append(f"corpus: no {CORPUS}/**/*.txt")
        return []
    texts = [(path, read_text(path)) for path in paths]
    for _, text in texts[:20]:
        newsparse.parse(text)  # warm-up
    total_bytes = sum(path.stat().st_size for path in paths)
    per_page: dict[Path, int] = {}
    for path, text in texts:
        runs = []
        for _ in range(settings.corpus_passes):
            start = time.perf_counter_ns()
            newsparse.parse(text)
            runs.append(time.perf_counter_ns() - start)
        per_page[path] = int(statistics.median(runs))
    total_s = sum(per_page.values()) / 1e9
    slowest = max(per_page, key=per_page.__getitem__)
    mb_per_s = total_bytes / 1e6 / total_s
    return [
        Figure(
            section="corpus",
            name="throughput",
            value=mb_per_s,
            unit="MB/s",
            detail=f"{total_bytes / 1e6:.2f} MB in {len(paths)} pages, {total_s:.3f} s",
            target=f">= {CORPUS_MB_PER_S:g} MB/s",
            passed=mb_per_s >= CORPUS_MB_PER_S,
        ),
        Figure(section="corpus", name="pages per second", value=len(paths) / total_s, unit="/s"),
        Figure(
            section="corpus",
            name="slowest page",
            value=per_page[slowest] / 1e6,
            unit="ms",
            detail=f"{slowest.relative_to(CORPUS)}, {slowest.stat().st_size / 1024:.1f} KB",
        ),
    ]


def median_ns(text: str, settings: Settings) -> float:
    return float(statistics.median(time_parse(text, settings)))


def scaling_figures(settings: Settings, skipped: list[str]) -> list[Figure]:
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        skipped.append(f"scaling and adversarial inputs: no seed page in {SEEDS}")
        return []
    seed = read_text(seeds[0])
    one = median_ns(seed, settings)
    figures: list[Figure] = []
    hundred_size = 0
    for factor in (10, 100):
        page = grow(seed, factor)
        hundred_size = len(page)
        ratio = median_ns(page, settings) / one
        figure = Figure(
            section="scaling",
            name=f"{factor}x page",
            value=ratio,
            unit="x the time of 1x",
            detail=f"{len(page.encode()) / 1024:.0f} KB from {seeds[0].name}",
        )
        if factor == 10:
            figure.target = f"<= {TEN_TIMES_RATIO:g}x"
            figure.passed = ratio <= TEN_TIMES_RATIO
        figures.append(figure)
    adversarial: list[tuple[str, Callable[[], str]]] = [
        ("one 1 MB line", lambda: one_long_line(1_000_000)),
        ("100k quote marks", lambda: quote_marks(100_000)),
        ("deep indentation (0..5000 spaces)", lambda: deep_indentation(hundred_size)),
        ("10k bullets", lambda: bullets(10_000, hundred_size)),
        ("10k headed comments", lambda: says_thread(10_000)),
        ("50 levels of replies", lambda: nested_thread(50, hundred_size)),
    ]
    for name, build in adversarial:
        text = build()
        normal = grow(seed, max(1, round(len(text) / len(seed))))
        ratio = median_ns(text, settings) / median_ns(normal, settings)
        figures.append(
            Figure(
                section="adversarial",
                name=name,
                value=ratio,
                unit="x a normal page of its size",
                detail=f"{len(text.encode()) / 1024:.0f} KB",
                target=f"<= {ADVERSARIAL_RATIO:g}x",
                passed=ratio <= ADVERSARIAL_RATIO,
            )
        )
    return figures


def print_report(figures: list[Figure], skipped: list[str]) -> None:
    print(
        f"newsparse {newsparse.__version__}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {platform.machine()}"
    )
    section = ""
    for figure in figures:
        if figure.section != section:
            section = figure.section
            print(f"\n{section}")
        target = (
            f"  target {figure.target} {verdict(passed=bool(figure.passed))}"
            if figure.target
            else ""
        )
        detail = f"  ({figure.detail})" if figure.detail else ""
        print(f"  {figure.name:<44} {figure.value:10.3f} {figure.unit}{target}{detail}")
    for reason in skipped:
        print(f"\nskipped: {reason}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print how fast newsparse parses.")
    parser.add_argument("--quick", action="store_true", help="measure briefly (rough figures)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure misses")
    options = parser.parse_args(argv)
    settings = (
        Settings(budget_s=0.05, min_runs=1, corpus_passes=1)
        if options.quick
        else Settings(budget_s=0.5, min_runs=3, corpus_passes=3)
    )
    skipped: list[str] = []
    figures = page_figures(settings, skipped)
    figures += corpus_figures(settings, skipped)
    figures += scaling_figures(settings, skipped)
    if options.json:
        print(json.dumps({"figures": [asdict(f) for f in figures], "skipped": skipped}, indent=2))
    else:
        print_report(figures, skipped)
    missed = [figure for figure in figures if figure.passed is False]
    return 1 if options.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
