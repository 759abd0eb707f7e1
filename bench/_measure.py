"""Measure one revision of newsparse in this process; print the figures as JSON.

Run by ``bench/compare.py`` with ``PYTHONPATH`` pointing at a revision's
``src``; uses only the public API that every revision has (``parse``,
``Options``), so old and new code are measured alike.

    python bench/_measure.py import|first-parse|pages|corpus|scaling|big|adversarial
"""

from __future__ import annotations

import functools
import json
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _seeds() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SHARED.glob("seeds/*.txt"))]


def _cpu(action: Callable[[], object]) -> float:
    start = time.process_time()
    action()
    return time.process_time() - start


def measure_import() -> dict[str, float]:
    start = time.process_time()
    import newsparse  # noqa: F401  (the import is what is measured)

    return {"import_s": time.process_time() - start}


def measure_first_parse() -> dict[str, float]:
    import newsparse

    seed = _seeds()[0]
    return {"first_parse_s": _cpu(lambda: newsparse.parse(seed))}


def _median_ms(parse: Callable[[], object], budget_s: float = 1.0) -> float:
    for _ in range(3):
        parse()
    runs: list[float] = []
    spent = 0.0
    while spent < budget_s or len(runs) < 10:
        start = time.perf_counter()
        parse()
        runs.append(time.perf_counter() - start)
        spent += runs[-1]
    return statistics.median(runs) * 1000


def measure_pages() -> dict[str, float]:
    import newsparse

    plain = newsparse.Options(quotes=False)
    found: dict[str, float] = {}
    for number, seed in enumerate(_seeds()):
        found[f"seed{number}_ms"] = _median_ms(functools.partial(newsparse.parse, seed))
        found[f"seed{number}_no_quotes_ms"] = _median_ms(
            functools.partial(newsparse.parse, seed, options=plain)
        )
    return found


def measure_corpus() -> dict[str, float]:
    import newsparse

    texts = [
        path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(SHARED.glob("corpus/*/*.txt"))
    ]
    size = sum(len(text.encode()) for text in texts) / 1e6
    found: dict[str, float] = {}
    for name, options in (
        ("", newsparse.Options()),
        ("_no_quotes", newsparse.Options(quotes=False)),
    ):
        for text in texts[:20]:
            newsparse.parse(text, options=options)
        passes = []
        for _ in range(3):
            start = time.perf_counter()
            for text in texts:
                newsparse.parse(text, options=options)
            passes.append(time.perf_counter() - start)
        found[f"corpus{name}_mb_s"] = size / statistics.median(passes)
    return found


def measure_scaling() -> dict[str, float]:
    from _inputs import repeat_page

    import newsparse

    seed = _seeds()[0]
    found: dict[str, float] = {}
    for times in (128, 1024):
        page = repeat_page(seed, times)
        runs = [
            _cpu(functools.partial(newsparse.parse, page)) for _ in range(2 if times > 128 else 3)
        ]
        found[f"seed_x{times}_s"] = min(runs)
    found["x1024_over_x128"] = found["seed_x1024_s"] / found["seed_x128_s"]
    return found


def measure_big() -> dict[str, float]:
    from _inputs import repeat_page

    import newsparse

    seed = _seeds()[0]
    page = repeat_page(seed, 50_000_000 // len(seed.encode()) + 1)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    seconds = _cpu(lambda: newsparse.parse(page))
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "big_mb": len(page.encode()) / 1e6,
        "big_s": seconds,
        "big_peak_rss_mb": after / 1024,
        "big_rss_growth_mb": (after - before) / 1024,
    }


def measure_adversarial() -> dict[str, float]:
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

    seed = _seeds()[0]
    size = len(grow(seed, 100))
    inputs: dict[str, Callable[[], str]] = {
        "long_line": lambda: one_long_line(1_000_000),
        "quote_marks": lambda: quote_marks(100_000),
        "indentation": lambda: deep_indentation(size),
        "bullets": lambda: bullets(10_000, size),
        "headed_comments": lambda: says_thread(10_000),
        "nested_replies": lambda: nested_thread(50, size),
    }
    found: dict[str, float] = {}
    for name, build in inputs.items():
        text = build()
        normal = grow(seed, max(1, round(len(text) / len(seed))))
        odd = min(_cpu(lambda: newsparse.parse(text)) for _ in range(2))  # noqa: B023
        usual = min(_cpu(lambda: newsparse.parse(normal)) for _ in range(2))  # noqa: B023
        found[f"adversarial_{name}"] = odd / usual
    return found


MEASURES: dict[str, Callable[[], dict[str, float]]] = {
    "import": measure_import,
    "first-parse": measure_first_parse,
    "pages": measure_pages,
    "corpus": measure_corpus,
    "scaling": measure_scaling,
    "big": measure_big,
    "adversarial": measure_adversarial,
}


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    print(json.dumps(MEASURES[sys.argv[1]]()))
