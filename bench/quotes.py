"""Print how well and how fast newsparse finds quotes and their speakers (issues 6 and 18).

Run from the checkout::

    python bench/quotes.py                    # accuracy, cost and start-up, about 30 s
    python bench/quotes.py --quick            # fewer timing runs
    python bench/quotes.py --json             # the figures as JSON
    python bench/quotes.py --against a3e888b  # the stage's cost beside another commit's

Four parts:

- the corpora: ``quotes-dev`` and ``polnear-dev``, each whole and by half
  of the fixed split (``bench/splits.json``), scored by the quotes-dev
  README's rule (``bench/accuracy.py`` holds it and the ratchet of floors):
  precision and recall over quotes whose kind is not ``scare``, and
  *attributed* (gold quotes found with the right speaker); for polnear-dev
  also the gold whose speaker was read from a name (``speaker_from``);
- our own gold (``tests/quotes_gold/``): precision, recall, speaker and
  kind accuracy on the invented fixtures and the two seed pages;
- the cost of the quote stage: the median parse of each seed page with
  quotes on, less the median with ``Options(quotes=False)``, in ms; the
  same stage part by part; and the cost a quote over each corpus, every
  page parsed once a round, so that no page is parsed twice in a row (a
  cache keyed on a page's text would show in the first figure but not in
  this one);
- start-up: the import time of the quote package (``python -X importtime``
  in a fresh process, the self time of its modules summed) and the CPU
  cost of the stage's first call in a fresh process (``time.process_time``:
  the first parse of a seed page with quotes, less a warm one, after the
  rest of the pipeline was warmed with ``Options(quotes=False)``).

``--against REV`` checks ``REV`` out into a temporary git worktree, runs the
cost and start-up measurements for both trees in fresh subprocesses
(``PYTHONPATH=<tree>/src``), alternating them so that drift in the
machine's speed hits both, prints them side by side and removes the
worktree. Only the public API (``newsparse.parse``, ``Options``) is used
there, so any commit that has it can be compared.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import _quote_gold as gold
import _quote_speed as speed
import accuracy

import newsparse
from newsparse._page import Lines
from newsparse._pipeline.quotes.explained import article_sources
from newsparse._pipeline.quotes.passages import scan_sources
from newsparse._pipeline.quotes.readers import quote_comments
from newsparse._pipeline.quotes.speakers import attribute
from newsparse._pipeline.run import read_text

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
PREFIXES = {"quotes-dev": "quotes", "polnear-dev": "polnear"}
TARGETS = {
    "quotes-dev": {"precision_not_scare": 0.95, "recall_not_scare": 0.95, "attributed": 0.88},
    "polnear-dev": {"precision_not_scare": 0.95, "recall_not_scare": 0.93, "attributed": 0.75},
}
SHOWN = (
    "precision",
    "recall",
    "speaker_accuracy",
    "name.attributed",
    "name.speaker_accuracy",
    # Pages whose double marks the gold reads (bench/README.md, "Quotes").
    "marked.precision_not_scare",
    "marked.recall_not_scare",
    "marked.attributed",
)
IMPORT_BUDGET_MS = 15.0
FIRST_CALL_BUDGET_MS = 10.0
HALF_SUFFIXES = ("", "@read", "@scored")


# --------------------------------------------------------------------------
# Accuracy.


def corpus_figures(shared: Path) -> dict[str, dict[str, float]]:
    """Return the quote figures of each corpus folder, whole and by half (empty when absent)."""
    figures: dict[str, dict[str, float]] = {}
    for folder_name in speed.CORPORA:
        folder = shared / "corpus" / folder_name
        if not folder.is_dir():
            continue
        scorer = accuracy.score_quotes if folder_name == "quotes-dev" else accuracy.score_polnear
        pages = accuracy.load_folder(folder)
        results = accuracy.Results()
        scorer(results, pages)
        accuracy.score_halves(results, folder_name, pages, [scorer])
        prefix = PREFIXES[folder_name] + "."
        figures[folder_name] = {
            figure.name.removeprefix(prefix): figure.value for figure in results.figures
        }
    return figures


def own_gold_figures(shared: Path) -> dict[str, dict[str, float]]:
    """Return precision, recall, speaker and kind accuracy on our fixture and seed gold."""
    figures = {}
    for name, folder in (("fixtures", ROOT / "fixtures"), ("seeds", shared / "seeds")):
        pages = gold.load_gold(name)
        if not all((folder / page).is_file() for page in pages):
            continue
        tally = gold.GoldTally()
        for page, records in pages.items():
            gold.tally_page(tally, page, newsparse.parse_file(folder / page).quotes, records)
        figures[name] = {
            "precision": tally.precision,
            "recall": tally.recall,
            "speaker_accuracy": tally.speaker_accuracy,
            "kind_accuracy": tally.kind_right / tally.matched if tally.matched else 1.0,
            "quotes": float(tally.gold),
        }
    return figures


# --------------------------------------------------------------------------
# The parts of the stage, timed alone (this tree only: internal API).


def _best_us(work: Callable[[], object], runs: int) -> float:
    """Return the least mean time of ``work`` over five batches of ``runs``, in µs."""
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter_ns()
        for _ in range(runs):
            work()
        best = min(best, (time.perf_counter_ns() - start) / runs / 1e3)
    return best


def stage_parts(seeds: dict[str, str], runs: int) -> dict[str, dict[str, float]]:
    """Return, for each seed page, the quote stage part by part, in µs.

    The parts are timed alone, on the page's own headline, paragraphs and
    comments: the mark scan (``scan_sources``), crediting the article's
    quotes (``attribute``), and the quotes of the reader comments
    (``quote_comments``).
    """
    parts = {}
    for name, text in seeds.items():
        article = newsparse.parse(text)
        sources, lines = article_sources(article), Lines.from_text(text)
        scan = scan_sources(sources)
        parts[name] = {
            "scan": _best_us(functools.partial(scan_sources, sources), runs),
            "attribute": _best_us(functools.partial(attribute, scan), runs),
            "comments": _best_us(functools.partial(quote_comments, article, lines), runs),
        }
    return parts


# --------------------------------------------------------------------------
# Running and printing.


def load_texts(shared: Path) -> dict[str, Any]:
    """Return the seed pages and the corpus pages, decoded as ``parse_file`` decodes them."""
    texts: dict[str, Any] = {
        "seeds": {path.name: read_text(path) for path in sorted((shared / "seeds").glob("*.txt"))}
    }
    for folder_name in speed.CORPORA:
        folder = shared / "corpus" / folder_name
        texts[folder_name] = [read_text(path) for path in sorted(folder.glob("*.txt"))]
    return texts


def print_accuracy(corpus: dict[str, dict[str, float]], own: dict[str, dict[str, float]]) -> None:
    for folder_name, figures in corpus.items():
        print(f"{folder_name} (README scoring rule; whole / read half / scored half)")
        for name, target in TARGETS[folder_name].items():
            values = " / ".join(f"{figures.get(name + half, 0.0):.3f}" for half in HALF_SUFFIXES)
            mark = "PASS" if figures[name] >= target else "MISS"
            print(f"  {name:<26} {values}  target >= {target}  {mark}")
        for name in SHOWN:
            if name in figures:
                values = " / ".join(f"{figures.get(name + h, 0.0):.3f}" for h in HALF_SUFFIXES)
                print(f"  {name:<26} {values}")
    for name, figures in own.items():
        print(f"own gold, {name} ({figures['quotes']:.0f} quotes)")
        for figure in ("precision", "recall", "speaker_accuracy", "kind_accuracy"):
            print(f"  {figure:<22} {figures[figure]:.3f}")


def print_cost(name: str, report: dict[str, Any]) -> None:
    print(f"{name}: quote stage cost (median parse with quotes less without)")
    for page, cost in report["seeds"].items():
        print(
            f"  {page}  {cost['stage']:.3f} ms for {cost['quotes']:.0f} quotes "
            f"({cost['with']:.3f} ms with, {cost['without']:.3f} ms without)"
        )
    for folder_name in speed.CORPORA:
        spread = report.get(folder_name)
        if spread:
            print(
                f"  {folder_name}, each page once a round: "
                f"{spread['us_per_quote']:.1f} µs a quote, "
                f"{spread['ms_per_page']:.3f} ms a page ({spread['pages']:.0f} pages, "
                f"{spread['quotes']:.0f} quotes)"
            )
    first, imported = report["first-call"], report.get("import")
    extra = first["first_ms"] - first["warm_ms"]
    print(
        f"  first call in a fresh process: {first['first_ms']:.1f} ms CPU, warm "
        f"{first['warm_ms']:.1f} ms: {extra:.1f} ms more (budget {FIRST_CALL_BUDGET_MS:g})"
    )
    if imported:
        print(
            f"  import: quote package {imported['quote_package_ms']:.1f} ms (importtime, "
            f"budget {IMPORT_BUDGET_MS:g}); newsparse {imported['newsparse_ms']:.1f} ms "
            f"(importtime), {imported['newsparse_cpu_ms']:.1f} ms CPU"
        )


def print_against(best: dict[str, dict[str, Any]]) -> None:
    for name, report in best.items():
        print_cost(name, report)
    (this, this_report), (rev, rev_report) = best.items()
    print(f"side by side ({this} / {rev}):")
    for folder_name in speed.CORPORA:
        ours, theirs = this_report.get(folder_name), rev_report.get(folder_name)
        if ours and theirs:
            ratio = ours["us_per_quote"] / theirs["us_per_quote"]
            print(
                f"  {folder_name}: {ours['us_per_quote']:.1f} / {theirs['us_per_quote']:.1f} "
                f"µs a quote ({ratio:.2f}×)"
            )
    for page, cost in this_report["seeds"].items():
        other = rev_report["seeds"].get(page)
        if other:
            print(f"  {page}: {cost['stage']:.3f} / {other['stage']:.3f} ms a page (stage)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer timing runs")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--against", metavar="REV", help="time the stage beside commit REV")
    parser.add_argument(
        "--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (seeds, corpus)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures; exit 0."""
    args = build_parser().parse_args(argv)
    shared: Path = args.shared
    corpus, own = corpus_figures(shared), own_gold_figures(shared)
    with tempfile.TemporaryDirectory(prefix="newsparse-quotes-") as scratch:
        texts = load_texts(shared)
        texts_file = Path(scratch) / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        if args.against:
            costs = speed.side_by_side(texts_file, args.against, quick=args.quick)
        else:
            report = speed.run_child(None, texts_file, quick=args.quick)
            costs = {"this": report | {"import": speed.import_cost()}}
    parts = stage_parts(texts["seeds"], 40 if args.quick else 200)
    if args.json:
        report = {"corpus": corpus, "own-gold": own, "cost": costs, "stage-parts-us": parts}
        print(json.dumps(report, indent=2))
        return 0
    print_accuracy(corpus, own)
    if args.against:
        print_against(costs)
    else:
        print_cost("this tree", costs["this"])
    print("the stage part by part on the seed pages (each timed alone, µs)")
    for name, part in parts.items():
        print(
            f"  {name}  mark scan {part['scan']:.0f}, article quotes credited "
            f"{part['attribute']:.0f}, comment quotes {part['comments']:.0f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
