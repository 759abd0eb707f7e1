"""Print how ``newsparse.parse_html`` scores on the corpus's HTML pages, beside the text path.

Run from the checkout, with newsparse installed::

    python bench/html_accuracy.py                  # the table, about 30 s
    python bench/html_accuracy.py --no-trafilatura # skip the trafilatura comparison
    python bench/html_accuracy.py --pages read     # also each page of the read half

For every page of ``../shared/corpus/zyte-dev`` and ``dragnet-dev`` that has
its HTML, the page is parsed with ``newsparse.parse_html(html, url=...)``;
the same pages' text dumps are parsed with ``newsparse.parse`` for
comparison. Both are scored by ``bench/accuracy.py``'s functions (body F1 on
both folders, comment F1 on dragnet-dev), on the whole folder and on each
half of ``bench/splits.json``.

**Headline**: on zyte-dev, ``Article.headline`` against the page's own
headline, read here independently of newsparse: the JSON-LD ``headline``,
``og:title`` and the first ``<h1>``, whichever the page states. A headline
agrees when, white space and case aside, it equals one of them or one of
them less its first or last separated segment (a site name: "Storm hits
coast | Daily Example"); the share is over the pages that state one.

**Speed**: when trafilatura is installed it extracts the same zyte-dev
pages (``include_comments=False``) for its body F1 and its pages per CPU
second, beside ``parse_html``'s (each page parsed once, CPU time).

``--pages read`` lists each page of the read half with its figures, the
pages to study; the scored half is only ever summed up.
"""

from __future__ import annotations

import argparse
import gzip
import html as html_module
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
from newsparse._pipeline.html.page import html_to_page
from newsparse._pipeline.run import read_text
from newsparse.models import Article

DEFAULT_CORPUS = accuracy.DEFAULT_CORPUS
_JSONLD = re.compile(
    r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL
)
_OG_TITLE = (
    re.compile(r"<meta[^>]+property=[\"']og:title[\"'][^>]*content=\"([^\"]*)\"", re.IGNORECASE),
    re.compile(r"<meta[^>]+property=[\"']og:title[\"'][^>]*content='([^']*)'", re.IGNORECASE),
    re.compile(r"<meta[^>]+content=\"([^\"]*)\"[^>]*property=[\"']og:title[\"']", re.IGNORECASE),
)
_H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]*>")
_SEPARATOR = re.compile(r"\s+(?:\||-{1,2}|–|—|::|»|·|•|/)\s+")
_WORDS = re.compile(r"\w+")

Scorer = Callable[[accuracy.Results, Sequence[accuracy.Page]], None]


@dataclass
class Parsed:
    """One page: its HTML, its gold, and both parses."""

    name: str
    html: bytes
    gold: dict[str, Any]
    html_article: Article | None
    text_article: Article | None
    cpu_seconds: float
    rendered: str = ""  # the lines the HTML path's spans count
    dump: str = ""  # the w3m dump the text path read


def load(folder: Path) -> list[Parsed]:
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
        try:
            html_article: Article | None = newsparse.parse_html(html, url=url)
        except Exception:  # scored as the READMEs say for a page that raises
            html_article = None
        cpu = time.process_time() - start
        dump = read_text(dump_path) if dump_path.is_file() else ""
        text_article = accuracy.parse_page(dump)[0] if dump_path.is_file() else None
        rendered = html_to_page(html, url=url).text
        pages.append(Parsed(name, html, gold, html_article, text_article, cpu, rendered, dump))
    return pages


def as_pages(parsed: Sequence[Parsed], *, html: bool) -> list[accuracy.Page]:
    return [
        accuracy.Page(
            name=item.name,
            text=item.rendered if html else item.dump,
            gold=item.gold,
            article=item.html_article if html else item.text_article,
            ms=0.0,
        )
        for item in parsed
    ]


def figures(folder: str, pages: Sequence[accuracy.Page], scorers: list[Scorer]) -> dict[str, float]:
    results = accuracy.Results()
    for scorer in scorers:
        scorer(results, pages)
    accuracy.score_halves(results, folder, pages, scorers)
    return {figure.name: figure.value for figure in results.figures}


# --------------------------------------------------------------------------
# The page's own headline, read without newsparse.


def _clean(text: str) -> str:
    return " ".join(html_module.unescape(_TAGS.sub(" ", text)).split())


def _jsonld_headlines(value: object) -> list[str]:
    found: list[str] = []
    if isinstance(value, list):
        for item in value:
            found += _jsonld_headlines(item)
    elif isinstance(value, dict):
        headline = value.get("headline")
        if isinstance(headline, str) and headline.strip():
            found.append(_clean(headline))
        for key in ("@graph", "mainEntity"):
            found += _jsonld_headlines(value.get(key))
    return found


def stated_headlines(html: bytes) -> list[str]:
    """The headlines the page states: JSON-LD ``headline``, ``og:title``, the first ``<h1>``."""
    text = html.decode("utf-8", errors="replace")
    found: list[str] = []
    for script in _JSONLD.findall(text):
        try:
            found += _jsonld_headlines(json.loads(script))
        except ValueError:
            continue
    for pattern in _OG_TITLE:
        match = pattern.search(text)
        if match is not None and match.group(1).strip():
            found.append(_clean(match.group(1)))
            break
    h1 = _H1.search(text)
    if h1 is not None and _clean(h1.group(1)):
        found.append(_clean(h1.group(1)))
    return found


def _forms(stated: str) -> set[str]:
    """A stated headline, and it less its first or last separated segment, normalised."""
    cuts = list(_SEPARATOR.finditer(stated))
    texts = [stated]
    if cuts:
        texts += [stated[: cuts[-1].start()], stated[cuts[0].end() :]]
    return {" ".join(_WORDS.findall(text.casefold())) for text in texts}


def headline_agrees(article: Article | None, stated: Sequence[str]) -> bool:
    if article is None or article.headline is None:
        return False
    ours = " ".join(_WORDS.findall(article.headline.text.casefold()))
    return any(ours in _forms(text) for text in stated)


def headline_rows(parsed: Sequence[Parsed]) -> list[tuple[str, str]]:
    half_of = splits.load().get("zyte-dev", {})
    rows = []
    for half in (None, *splits.HALVES):
        subset = [p for p in parsed if half is None or half_of.get(p.name) == half]
        stated = [(p, stated_headlines(p.html)) for p in subset]
        with_one = [(p, found) for p, found in stated if found]
        agree = sum(1 for p, found in with_one if headline_agrees(p.html_article, found))
        text_agree = sum(1 for p, found in with_one if headline_agrees(p.text_article, found))
        total = len(with_one)
        where = "all" if half is None else half
        rows.append(
            (
                f"headline = the page's own [{where}]",
                f"{agree / max(total, 1):.3f} ({agree} of {total}); "
                f"text path {text_agree / max(total, 1):.3f}",
            )
        )
    return rows


# --------------------------------------------------------------------------
# trafilatura, and the read half page by page.


def trafilatura_rows(parsed: Sequence[Parsed]) -> list[tuple[str, str]]:
    if importlib.util.find_spec("trafilatura") is None:
        return [("trafilatura", "skipped: not installed (pip install trafilatura)")]
    trafilatura: Any = importlib.import_module("trafilatura")
    trafilatura.extract(parsed[0].html, include_comments=False)  # warm up its imports
    start = time.process_time()
    extracted = [trafilatura.extract(p.html, include_comments=False) or "" for p in parsed]
    seconds = time.process_time() - start
    counts = [
        scoring.page_counts(str(p.gold["body"]), text)
        for p, text in zip(parsed, extracted, strict=True)
    ]
    ours = sum(p.cpu_seconds for p in parsed)
    start = time.process_time()
    for p in parsed:
        newsparse.parse_html(p.html, options=newsparse.Options(quotes=False))
    unquoted = time.process_time() - start
    version = getattr(trafilatura, "__version__", "?")
    half_of = splits.load().get("zyte-dev", {})
    halves = []
    for half in splits.HALVES:
        subset = [c for p, c in zip(parsed, counts, strict=True) if half_of.get(p.name) == half]
        halves.append(
            (
                f"trafilatura {version} zyte body F1 [{half}]",
                f"{scoring.macro_scores(subset).f1:.4f}",
            )
        )
    return [
        (f"trafilatura {version} zyte body F1", f"{scoring.macro_scores(counts).f1:.4f}"),
        *halves,
        ("trafilatura pages per CPU second", f"{len(parsed) / seconds:.1f}"),
        ("parse_html pages per CPU second", f"{len(parsed) / ours:.1f}"),
        ("speed ratio (parse_html / trafilatura)", f"{seconds / ours:.2f}"),
        ("speed ratio, quotes off (Options(quotes=False))", f"{seconds / unquoted:.2f}"),
    ]


def _f1(counts: scoring.Counts) -> str:
    tp, fp, fn = counts
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return f"P {precision:.2f} R {recall:.2f}"


def page_rows(folder: str, parsed: Sequence[Parsed], half: str) -> list[str]:
    half_of = splits.load().get(folder, {})
    lines = []
    for p in parsed:
        if half_of.get(p.name) != half or p.html_article is None:
            continue
        article = p.html_article
        body = _f1(scoring.page_counts(str(p.gold["body"]), accuracy.body_text(article)))
        row = f"{folder} {p.name[:16]} body {body}"
        if folder == "dragnet-dev":
            predicted = accuracy.comments_text(article, headers=True)
            if p.gold["has_comments"]:
                row += f" comments {_f1(scoring.page_counts(p.gold['comments'], predicted))}"
            elif article.comments.walk():
                row += f" comments FALSE ({len(article.comments.walk())})"
        headline = article.headline.text[:60] if article.headline else None
        lines.append(f"{row} headline {headline!r}")
    return lines


def print_table(rows: Sequence[tuple[str, str, str]]) -> None:
    width = max(len(row[0]) for row in rows)
    print(f"{'figure':<{width}}  {'HTML path':>10}  {'text path':>10}")
    print(f"{'-' * width}  {'-' * 10}  {'-' * 10}")
    for name, html_value, text_value in rows:
        print(f"{name:<{width}}  {html_value:>10}  {text_value:>10}")


def score_rows(
    corpus: Path, zyte: list[Parsed], dragnet: list[Parsed], *, pages: str | None
) -> list[tuple[str, str, str]]:
    """Score both folders, HTML path beside text path; print each page of ``pages``' half."""
    rows: list[tuple[str, str, str]] = []
    plan: list[tuple[str, list[Parsed], list[Scorer]]] = [
        ("zyte-dev", zyte, [lambda r, p: accuracy.score_body(r, "zyte", p)]),
        (
            "dragnet-dev",
            dragnet,
            [lambda r, p: accuracy.score_body(r, "dragnet", p), accuracy.score_comments],
        ),
    ]
    for folder, parsed, scorers in plan:
        if not parsed:
            print(f"skipped: {corpus / folder} holds no HTML page with its gold")
            continue
        from_html = figures(folder, as_pages(parsed, html=True), scorers)
        from_text = figures(folder, as_pages(parsed, html=False), scorers)
        shown = [name for name in from_html if re.search(r"\.(f1|false_pages)(@|$)", name)]
        rows += [(name, f"{from_html[name]:.4f}", f"{from_text[name]:.4f}") for name in shown]
        if pages:
            print("\n".join(page_rows(folder, parsed, pages)))
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--no-trafilatura", action="store_true", help="skip trafilatura")
    parser.add_argument("--pages", choices=(splits.READ,), help="list each page of a half")
    args = parser.parse_args(argv)
    corpus: Path = args.corpus
    if not corpus.is_dir():
        print(f"skipped: {corpus} is absent (a fresh clone has no ../shared); nothing to measure")
        return 0
    print(f"newsparse {newsparse.__version__} HTML path on {corpus}")
    zyte = load(corpus / "zyte-dev")
    dragnet = load(corpus / "dragnet-dev")
    rows = score_rows(corpus, zyte, dragnet, pages=args.pages)
    print()
    print_table(rows)
    print()
    extra: list[tuple[str, str]] = headline_rows(zyte) if zyte else []
    if zyte and not args.no_trafilatura:
        extra += trafilatura_rows(zyte)
    every = zyte + dragnet
    if every:
        cpu = sum(p.cpu_seconds for p in every)
        extra.append(("parse_html, all pages, ms per page", f"{cpu / len(every) * 1e3:.2f}"))
    width = max((len(name) for name, _ in extra), default=10)
    for name, value in extra:
        print(f"{name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
