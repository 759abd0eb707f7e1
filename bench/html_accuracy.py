"""Print how the text pipeline scores on HTML pages converted by newsparse's HTML stage.

Run from the checkout, with newsparse installed::

    python bench/html_accuracy.py                  # the table, about 30 s
    python bench/html_accuracy.py --no-trafilatura # skip the trafilatura comparison

For every page of ``../shared/corpus/zyte-dev`` and ``dragnet-dev`` that has
its HTML, the page is converted (``html_to_page``) and the converted text
parsed (``newsparse.parse(page.text)``); the same pages' text dumps are
parsed too, for comparison. Both are scored by ``bench/accuracy.py``'s
functions (body F1 on both folders, comment F1 on dragnet-dev), on the
whole folder and on each half of ``bench/splits.json``. On zyte-dev the
metadata headline is compared with the page's ``<title>`` (token F1 of at
least 0.8 counts as agreeing), with the title less its last separated
segment (a crude site-name cut that does not use ours), and with
``og:title`` where the page has one.
When trafilatura is installed it extracts the same zyte-dev pages
(``include_comments=False``) for its body F1 and its pages per CPU second,
beside the HTML path's own (conversion and parse).

Nothing here is ratcheted yet: the HTML path is not wired into ``parse``.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import _scoring as scoring
import _splits as splits
import accuracy

import newsparse
from newsparse._pipeline.html import HtmlPage, html_to_page
from newsparse._pipeline.html.headline import token_f1
from newsparse._pipeline.run import read_text
from newsparse.models import Article

DEFAULT_CORPUS = accuracy.DEFAULT_CORPUS
AGREEMENT = 0.8  # token F1 of headline and <title> that counts as the same headline
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_SEPARATOR = re.compile(r"\s+(?:\||-{1,2}|–|—|::|»|·|•)\s+")
_OG_TITLE = re.compile(
    r"<meta[^>]+property=[\"']og:title[\"'][^>]*content=[\"']([^\"']*)", re.IGNORECASE
)

Scorer = Callable[[accuracy.Results, Sequence[accuracy.Page]], None]


@dataclass
class Converted:
    """One page: its HTML, its gold, the converted page, and both parses."""

    name: str
    html: bytes
    gold: dict[str, object]
    page: HtmlPage
    html_article: Article | None
    text_article: Article | None
    cpu_seconds: float


def parse_or_none(text: str) -> Article | None:
    try:
        return newsparse.parse(text)
    except Exception:  # a page that raises is scored as the READMEs say, not fatal
        return None


def load(folder: Path) -> list[Converted]:
    pages = []
    for path in sorted(folder.glob("*.html.gz")):
        name = path.name.removesuffix(".html.gz")
        gold_path = folder / f"{name}.json"
        dump_path = folder / f"{name}.txt"
        if not gold_path.is_file():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        html = gzip.decompress(path.read_bytes())
        url = gold.get("url") if isinstance(gold.get("url"), str) else None
        start = time.process_time()
        page = html_to_page(html, url=url)
        html_article = parse_or_none(page.text)
        cpu = time.process_time() - start
        text_article = parse_or_none(read_text(dump_path)) if dump_path.is_file() else None
        pages.append(Converted(name, html, gold, page, html_article, text_article, cpu))
    return pages


def as_pages(converted: Sequence[Converted], *, html: bool) -> list[accuracy.Page]:
    return [
        accuracy.Page(
            name=item.name,
            text=item.page.text if html else "",
            gold=item.gold,
            article=item.html_article if html else item.text_article,
            ms=0.0,
        )
        for item in converted
    ]


def figures(folder: str, pages: Sequence[accuracy.Page], scorers: list[Scorer]) -> dict[str, float]:
    results = accuracy.Results()
    for scorer in scorers:
        scorer(results, pages)
    accuracy.score_halves(results, folder, pages, scorers)
    return {figure.name: figure.value for figure in results.figures}


def title_of(html: bytes, pattern: re.Pattern[str]) -> str | None:
    import html as html_module

    found = pattern.search(html.decode("utf-8", errors="replace"))
    if found is None:
        return None
    text = " ".join(html_module.unescape(found.group(1)).split())
    return text or None


def without_last_segment(title: str) -> str:
    """The title up to its last separator: a crude site-name cut, independent of ours."""
    cuts = list(_SEPARATOR.finditer(title))
    return title[: cuts[-1].start()] if cuts else title


def agrees(headline: str | None, title: str, *, cut: bool) -> bool:
    if not headline:
        return False
    score = token_f1(headline, title)
    if cut:
        score = max(score, token_f1(headline, without_last_segment(title)))
    return score >= AGREEMENT


def headline_figures(converted: Sequence[Converted]) -> list[tuple[str, str]]:
    half_of = splits.load().get("zyte-dev", {})
    rows = []
    references = (
        ("<title>", _TITLE, False),
        ("<title> or it less its last segment", _TITLE, True),
        ("og:title", _OG_TITLE, False),
    )
    for label, pattern, cut in references:
        for half in (None, *splits.HALVES):
            subset = [c for c in converted if half is None or half_of.get(c.name) == half]
            stated = [(c, title_of(c.html, pattern)) for c in subset]
            agree = sum(
                1
                for c, title in stated
                if title and agrees(c.page.metadata.headline, title, cut=cut)
            )
            total = sum(1 for _, title in stated if title)
            share = agree / total if total else 0.0
            where = "all" if half is None else half
            rows.append((f"headline vs {label} [{where}]", f"{share:.3f} ({agree} of {total})"))
    return rows


def trafilatura_figures(converted: Sequence[Converted]) -> list[tuple[str, str]]:
    if importlib.util.find_spec("trafilatura") is None:
        return [("trafilatura", "skipped: not installed (pip install trafilatura)")]
    trafilatura: Any = importlib.import_module("trafilatura")
    trafilatura.extract(converted[0].html, include_comments=False)  # warm up its imports
    counts = []
    start = time.process_time()
    extracted = [trafilatura.extract(c.html, include_comments=False) or "" for c in converted]
    seconds = time.process_time() - start
    counts = [
        scoring.page_counts(str(c.gold["body"]), text)
        for c, text in zip(converted, extracted, strict=True)
    ]
    ours = sum(c.cpu_seconds for c in converted)
    version = getattr(trafilatura, "__version__", "?")
    return [
        (f"trafilatura {version} zyte body F1", f"{scoring.macro_scores(counts).f1:.4f}"),
        ("trafilatura pages per CPU second", f"{len(converted) / seconds:.1f}"),
        ("html_to_page + parse pages per CPU second", f"{len(converted) / ours:.1f}"),
        ("speed ratio (ours / trafilatura)", f"{seconds / ours:.2f}"),
    ]


def print_table(rows: Sequence[tuple[str, str, str]]) -> None:
    width = max(len(row[0]) for row in rows)
    print(f"{'figure':<{width}}  {'HTML path':>10}  {'text path':>10}")
    print(f"{'-' * width}  {'-' * 10}  {'-' * 10}")
    for name, html_value, text_value in rows:
        print(f"{name:<{width}}  {html_value:>10}  {text_value:>10}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--no-trafilatura", action="store_true", help="skip trafilatura")
    args = parser.parse_args(argv)
    corpus: Path = args.corpus
    if not corpus.is_dir():
        print(f"skipped: {corpus} is absent (a fresh clone has no ../shared); nothing to measure")
        return 0
    print(f"newsparse {newsparse.__version__} HTML path on {corpus}")
    zyte = load(corpus / "zyte-dev")
    dragnet = load(corpus / "dragnet-dev")
    rows: list[tuple[str, str, str]] = []
    plan: list[tuple[str, str, list[Converted], list[Scorer]]] = [
        ("zyte-dev", "zyte", zyte, [lambda r, p: accuracy.score_body(r, "zyte", p)]),
        (
            "dragnet-dev",
            "dragnet",
            dragnet,
            [lambda r, p: accuracy.score_body(r, "dragnet", p), accuracy.score_comments],
        ),
    ]
    for folder, _, converted, scorers in plan:
        if not converted:
            print(f"skipped: {corpus / folder} holds no HTML page with its gold")
            continue
        from_html = figures(folder, as_pages(converted, html=True), scorers)
        from_text = figures(folder, as_pages(converted, html=False), scorers)
        shown = [name for name in from_html if re.search(r"\.(f1|false_pages)(@|$)", name)]
        rows += [(name, f"{from_html[name]:.4f}", f"{from_text[name]:.4f}") for name in shown]
    print()
    print_table(rows)
    print()
    extra: list[tuple[str, str]] = headline_figures(zyte) if zyte else []
    if zyte and not args.no_trafilatura:
        extra += trafilatura_figures(zyte)
    every = zyte + dragnet
    if every:
        cpu = sum(c.cpu_seconds for c in every)
        extra.append(
            ("html_to_page + parse, all pages, ms per page", f"{cpu / len(every) * 1e3:.2f}")
        )
    width = max((len(name) for name, _ in extra), default=10)
    for name, value in extra:
        print(f"{name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
