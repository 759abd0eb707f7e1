"""Print how well and how fast newsparse finds quotes and their speakers (issue 6).

Run from the checkout::

    python bench/quotes.py            # accuracy and cost, about 5 s
    python bench/quotes.py --quick    # fewer timing runs
    python bench/quotes.py --json     # the figures as JSON

Three parts:

- ``quotes-dev``: precision and recall over quotes whose kind is not
  ``scare``, and *attributed* (gold quotes found with the right speaker),
  scored by the README's rule (``bench/accuracy.py`` holds it and the
  ratchet of floors in ``bench/floors.json``);
- our own gold (``tests/quotes_gold/``): precision, recall, speaker and
  kind accuracy on the invented fixtures and the two seed pages;
- the cost of the quote stage: the median parse of each seed page with
  quotes on, less the median with ``Options(quotes=False)``, in ms; the
  same stage part by part (the mark scan, crediting the article's quotes,
  the quotes of the reader comments); and the cost over the quotes-dev
  pages parsed in turn, each once a round, so that no page is parsed twice
  in a row (a cache keyed on a page's text would show in the first figure
  but not in this one).
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import _quote_gold as gold
import accuracy

import newsparse
from newsparse._page import Lines
from newsparse._pipeline.quotes.passages import scan_sources
from newsparse._pipeline.quotes.readers import quote_comments
from newsparse._pipeline.quotes.sources import Source, SourceRole
from newsparse._pipeline.quotes.speakers import attribute
from newsparse._pipeline.run import read_text
from newsparse.models import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TARGETS = {"precision_not_scare": 0.95, "recall_not_scare": 0.95, "attributed": 0.85}


def corpus_figures() -> dict[str, float]:
    """Return the quote figures on ``../shared/corpus/quotes-dev`` (empty when absent)."""
    folder = SHARED / "corpus" / "quotes-dev"
    if not folder.is_dir():
        return {}
    results = accuracy.Results()
    accuracy.score_quotes(results, accuracy.load_folder(folder))
    return {figure.name.removeprefix("quotes."): figure.value for figure in results.figures}


def own_gold_figures() -> dict[str, dict[str, float]]:
    """Return precision, recall, speaker and kind accuracy on our fixture and seed gold."""
    figures = {}
    for name, folder in (("fixtures", ROOT / "fixtures"), ("seeds", SHARED / "seeds")):
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


def _median_ms(text: str, options: newsparse.Options, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter_ns()
        newsparse.parse(text, options=options)
        times.append(time.perf_counter_ns() - start)
    return statistics.median(times) / 1e6


def stage_cost(runs: int) -> dict[str, dict[str, float]]:
    """Return, for each seed page, the parse time with and without quotes and the difference."""
    costs = {}
    without = newsparse.Options(quotes=False)
    with_quotes = newsparse.Options()
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        text = read_text(path)
        quotes = len(newsparse.parse(text).quotes)
        # Alternate the two, so that drift in the machine's speed hits both.
        on = off = float("inf")
        for _ in range(5):
            on = min(on, _median_ms(text, with_quotes, runs))
            off = min(off, _median_ms(text, without, runs))
        costs[path.name] = {"quotes": float(quotes), "with": on, "without": off, "stage": on - off}
    return costs


def _sources(article: Article) -> tuple[Source, ...]:
    """Return the headline and paragraphs the quote stage reads, as the pipeline passes them."""
    sources = []
    if article.headline is not None:
        sources.append(
            Source(text=article.headline.text, span=article.headline.span, role=SourceRole.HEADLINE)
        )
    if article.standfirst is not None:
        sources.append(
            Source(
                text=article.standfirst.text,
                span=article.standfirst.span,
                role=SourceRole.STANDFIRST,
            )
        )
    sources += [Source(text=p.text, span=p.span, role=SourceRole.BODY) for p in article.body]
    return tuple(sources)


def _best_us(work: Callable[[], object], runs: int) -> float:
    """Return the least mean time of ``work`` over five batches of ``runs``, in µs."""
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter_ns()
        for _ in range(runs):
            work()
        best = min(best, (time.perf_counter_ns() - start) / runs / 1e3)
    return best


def stage_parts(runs: int) -> dict[str, dict[str, float]]:
    """Return, for each seed page, the quote stage part by part, in µs.

    The parts are timed alone, on the page's own headline, paragraphs and
    comments: the mark scan (``scan_sources``), crediting the article's
    quotes (``attribute``, which finds each name's fullest form, the
    mentions behind each "he" or "it", the cue of each quote and its kind),
    and the quotes of the reader comments (``quote_comments``).
    """
    parts = {}
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        text = read_text(path)
        article = newsparse.parse(text)
        sources, lines = _sources(article), Lines.from_text(text)
        scan = scan_sources(sources)
        parts[path.name] = {
            "scan": _best_us(functools.partial(scan_sources, sources), runs),
            "attribute": _best_us(functools.partial(attribute, scan), runs),
            "comments": _best_us(functools.partial(quote_comments, article, lines), runs),
        }
    return parts


def corpus_cost(rounds: int) -> dict[str, float]:
    """Return the quote stage's cost over the quotes-dev pages, each parsed once a round."""
    folder = SHARED / "corpus" / "quotes-dev"
    texts = [read_text(path) for path in sorted(folder.glob("*.txt"))]
    if not texts:
        return {}
    quotes = sum(len(newsparse.parse(text).quotes) for text in texts)

    def one_round(options: newsparse.Options) -> float:
        start = time.perf_counter_ns()
        for text in texts:
            newsparse.parse(text, options=options)
        return (time.perf_counter_ns() - start) / 1e6

    on = off = float("inf")
    for _ in range(rounds):  # alternated, as in stage_cost
        on = min(on, one_round(newsparse.Options()))
        off = min(off, one_round(newsparse.Options(quotes=False)))
    return {
        "pages": float(len(texts)),
        "quotes": float(quotes),
        "ms_per_page": (on - off) / len(texts),
        "us_per_quote": (on - off) * 1e3 / quotes if quotes else 0.0,
    }


def main() -> int:
    """Print the figures; exit 0."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="fewer timing runs")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    corpus = corpus_figures()
    own = own_gold_figures()
    costs = stage_cost(40 if args.quick else 200)
    parts = stage_parts(40 if args.quick else 200)
    spread = corpus_cost(5 if args.quick else 10)
    if args.json:
        report: dict[str, object] = {
            "quotes-dev": corpus,
            "own-gold": own,
            "stage-ms": costs,
            "stage-parts-us": parts,
            "corpus-ms": spread,
        }
        print(json.dumps(report, indent=2))
        return 0
    if corpus:
        print("quotes-dev (../shared/corpus/quotes-dev, README scoring rule)")
        for name, target in TARGETS.items():
            mark = "PASS" if corpus[name] >= target else "MISS"
            print(f"  {name:<22} {corpus[name]:.3f}  target >= {target}  {mark}")
        print(f"  {'precision (all kinds)':<22} {corpus['precision']:.3f}")
        print(f"  {'recall (all kinds)':<22} {corpus['recall']:.3f}")
    else:
        print("quotes-dev: absent")
    for name, figures in own.items():
        print(f"own gold, {name} ({figures['quotes']:.0f} quotes)")
        for figure in ("precision", "recall", "speaker_accuracy", "kind_accuracy"):
            print(f"  {figure:<22} {figures[figure]:.3f}")
    print("quote stage cost (median parse with quotes less without)")
    for name, cost in costs.items():
        print(
            f"  {name}  {cost['stage']:.3f} ms for {cost['quotes']:.0f} quotes "
            f"({cost['with']:.3f} ms with, {cost['without']:.3f} ms without)"
        )
    print("the same part by part (each timed alone, µs)")
    for name, part in parts.items():
        print(
            f"  {name}  mark scan {part['scan']:.0f}, article quotes credited "
            f"{part['attribute']:.0f}, comment quotes {part['comments']:.0f}"
        )
    if spread:
        print(
            f"  quotes-dev, each page once a round: {spread['ms_per_page']:.3f} ms a page, "
            f"{spread['us_per_quote']:.1f} µs a quote ({spread['pages']:.0f} pages, "
            f"{spread['quotes']:.0f} quotes)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
