"""Print how much a site profile learned from a site's other pages beats the generic adapter.

Run from the checkout::

    python bench/profiles.py              # the table, about a minute
    python bench/profiles.py --sites      # ... and a row for each site
    python bench/profiles.py --json       # the figures as JSON, nothing else

Leave-one-out on every site with three pages or more: for each page, a
profile is learned (``newsparse._profiles.learn_adapter``) from the site's
other pages, and the page is parsed with it; the same page parsed as
``bench/accuracy.py`` parses it (no ``site``) is the generic figure. Sites
are those of ``bench/splits.json`` (``bench/_splits.py``), so figures come
for the read and the scored half apart. Scores are ``bench/accuracy.py``'s:
body F1 (zyte-dev, dragnet-dev, the invented site), comment F1 with headers
and text only (dragnet-dev, the invented site), quote F1 and attributed
share (quotes-dev, polnear-dev, which hold article text only: there the
figure shows that a profile does no harm). The invented site is
``fixtures/site/``: its pages, and beside each ``NAME.gold.json`` the body
and comments written into it. Last comes the time ``learn_profile`` takes
over 100 pages.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import _scoring as scoring
import _splits as splits
import accuracy

import newsparse
from newsparse._pipeline.run import read_text
from newsparse._profiles import learn_adapter
from newsparse.models import Article

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "fixtures" / "site"
MIN_SITE_PAGES = 3
TIMED_PAGES = 100
# Folders and what is scored on them.
BODY_FOLDERS = ("zyte-dev", "dragnet-dev")
COMMENT_FOLDERS = ("dragnet-dev",)
QUOTE_FOLDERS = ("quotes-dev", "polnear-dev")
INVENTED = "invented-site"


@dataclass(frozen=True)
class Page:
    """A page of a site, its gold, and its parse by the generic and by the learned adapter."""

    folder: str
    site: str
    half: str
    name: str
    text: str
    gold: dict[str, Any]
    generic: Article
    learned: Article


def corpus_sites(corpus: Path) -> list[tuple[str, str, str, list[Path]]]:
    """Return (folder, site, half, page files) for every site with enough pages."""
    found = []
    halves = splits.load()
    for folder, site_of in sorted(splits.sites(corpus).items()):
        pages_of: dict[str, list[str]] = defaultdict(list)
        for page, site in site_of.items():
            pages_of[site].append(page)
        for site, names in sorted(pages_of.items()):
            if len(names) >= MIN_SITE_PAGES:
                files = [corpus / folder / f"{name}.txt" for name in sorted(names)]
                half = halves.get(folder, {}).get(names[0], "?")
                found.append((folder, site, half, files))
    return found


def leave_one_out(
    folder: str, site: str, half: str, files: Sequence[Path], gold_of: Callable[[Path], Any]
) -> list[Page]:
    """Parse each page with a profile learned from the other pages of its site."""
    texts = [read_text(path) for path in files]
    # site="generic": detection could otherwise pick a profile registered for an earlier site.
    generic = [newsparse.parse(text, site="generic") for text in texts]
    pages = []
    for index, (path, text) in enumerate(zip(files, texts, strict=True)):
        name = f"profile-{folder}-{site}-{index}".lower().replace(" ", "-")
        others = [other for place, other in enumerate(texts) if place != index]
        newsparse.register(learn_adapter(others, name=name))
        learned = newsparse.parse(text, site=name)
        pages.append(
            Page(folder, site, half, path.stem, text, gold_of(path), generic[index], learned)
        )
    return pages


def _json_gold(path: Path) -> Any:
    return json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))


def _invented_gold(path: Path) -> Any:
    return json.loads(path.with_name(f"{path.stem}.gold.json").read_text(encoding="utf-8"))


def body_f1(pages: Sequence[Page], article: Callable[[Page], Article]) -> float:
    counts = [
        scoring.page_counts(page.gold["body"], accuracy.body_text(article(page))) for page in pages
    ]
    return scoring.macro_scores(counts).f1


def comment_f1(
    pages: Sequence[Page], article: Callable[[Page], Article], *, headers: bool
) -> float:
    counts = []
    for page in pages:
        gold = page.gold["comments"]
        if not headers:
            gold = scoring.strip_comment_headers(gold)
        counts.append(
            scoring.page_counts(gold, accuracy.comments_text(article(page), headers=headers))
        )
    return scoring.macro_scores(counts).f1


def quote_figures(pages: Sequence[Page], article: Callable[[Page], Article]) -> tuple[float, float]:
    """Return quote F1 and the attributed share, as bench/accuracy.py scores quotes-dev."""
    results = accuracy.Results()
    accuracy.score_quotes(
        results,
        [accuracy.Page(p.name, p.text, p.gold, article(p), 0.0) for p in pages],
    )
    values = {figure.name: figure.value for figure in results.figures}
    return values["quotes.f1"], values["quotes.attributed"]


def _generic(page: Page) -> Article:
    return page.generic


def _learned(page: Page) -> Article:
    return page.learned


def figures_of(folder: str, pages: Sequence[Page]) -> list[tuple[str, float, float]]:
    """Return (figure, generic, learned) rows for some pages of one folder."""
    rows: list[tuple[str, float, float]] = []
    if folder in BODY_FOLDERS or folder == INVENTED:
        rows.append(("body F1", body_f1(pages, _generic), body_f1(pages, _learned)))
    if folder == INVENTED:
        rows.append(
            ("headline right", headline_right(pages, _generic), headline_right(pages, _learned))
        )
    if folder in COMMENT_FOLDERS or folder == INVENTED:
        rows += comment_rows(pages)
    if folder in QUOTE_FOLDERS:
        generic_f1, generic_attributed = quote_figures(pages, _generic)
        learned_f1, learned_attributed = quote_figures(pages, _learned)
        rows += [
            ("quote F1", generic_f1, learned_f1),
            ("quotes attributed", generic_attributed, learned_attributed),
        ]
    return rows


def comment_rows(pages: Sequence[Page]) -> list[tuple[str, float, float]]:
    """Return the comment figures: F1 with headers and text only, and comments made up."""
    rows: list[tuple[str, float, float]] = []
    with_comments = [page for page in pages if page.gold["comments"]]
    if with_comments:
        for headers, label in ((True, "comment F1, headers"), (False, "comment F1, text")):
            generic = comment_f1(with_comments, _generic, headers=headers)
            rows.append((label, generic, comment_f1(with_comments, _learned, headers=headers)))
    without = [page for page in pages if not page.gold["comments"]]
    if without:
        rows.append(
            (
                "comment-less pages given comments",
                sum(1 for p in without if p.generic.comments.walk()) / len(without),
                sum(1 for p in without if p.learned.comments.walk()) / len(without),
            )
        )
    return rows


def headline_right(pages: Sequence[Page], article: Callable[[Page], Article]) -> float:
    """Return the share of pages whose headline is the gold one, word for word."""
    right = 0
    for page in pages:
        headline = article(page).headline
        right += headline is not None and headline.text == page.gold["headline"]
    return right / len(pages)


def time_learning(corpus: Path) -> tuple[int, float]:
    """Return how many pages were learned from and the seconds it took (CPU time)."""
    files = sorted((corpus / "dragnet-dev").glob("*.txt"))[:TIMED_PAGES]
    texts = [read_text(path) for path in files]
    started = time.process_time()
    learn_adapter(texts, name="timed")
    return len(texts), time.process_time() - started


def run(corpus: Path) -> dict[str, Any]:
    pages: list[Page] = []
    for folder, site, half, files in corpus_sites(corpus):
        pages += leave_one_out(folder, site, half, files, _json_gold)
    invented = sorted(SITE.glob("*.txt"))
    if invented:
        pages += leave_one_out(INVENTED, "invented", "-", invented, _invented_gold)
    groups: list[dict[str, Any]] = []
    by_group = itertools.groupby(
        sorted(pages, key=lambda p: (p.folder, p.half)), key=lambda p: (p.folder, p.half)
    )
    for (folder, half), members in by_group:
        group = list(members)
        groups.append(_group(folder, half, group))
        for site, site_pages in itertools.groupby(group, key=lambda p: p.site):
            groups[-1]["sites"].append(_group(folder, half, list(site_pages), site=site))
    timed_pages, seconds = time_learning(corpus)
    return {"groups": groups, "timing": {"pages": timed_pages, "seconds": seconds}}


def _group(folder: str, half: str, pages: Sequence[Page], *, site: str = "") -> dict[str, Any]:
    return {
        "folder": folder,
        "half": half,
        "site": site,
        "sites": [],
        "site_count": len({page.site for page in pages}),
        "pages": len(pages),
        "figures": [
            {"figure": name, "generic": generic, "learned": learned}
            for name, generic, learned in figures_of(folder, pages)
        ],
    }


def print_table(results: dict[str, Any], *, sites: bool) -> None:
    heading = ("folder", "half", "sites", "pages", "figure", "generic", "learned", "change")
    print("{:<24} {:<7} {:>5} {:>5}  {:<34} {:>8} {:>8} {:>8}".format(*heading))
    for group in results["groups"]:
        rows = [group, *group["sites"]] if sites else [group]
        for row in rows:
            where = f"  {row['site']}"[:24] if row["site"] else row["folder"]
            for figure in row["figures"]:
                change = figure["learned"] - figure["generic"]
                print(
                    f"{where:<24} {row['half']:<7} {row['site_count']:>5} {row['pages']:>5}  "
                    f"{figure['figure']:<34} {figure['generic']:>8.4f} {figure['learned']:>8.4f} "
                    f"{change:>+8.4f}"
                )
    timing = results["timing"]
    print(f"learn_profile over {timing['pages']} dragnet-dev pages: {timing['seconds']:.2f} s CPU")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=accuracy.DEFAULT_CORPUS)
    parser.add_argument("--sites", action="store_true", help="print a row for each site too")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"skipped: {args.corpus} is absent (a fresh clone has no ../shared)")
        return 0
    results = run(args.corpus)
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        print_table(results, sites=args.sites)
    return 0


if __name__ == "__main__":
    sys.exit(main())
