"""Print how accurately newsparse parses ../shared/corpus, against a ratchet of floors.

Run from the checkout (see bench/README.md, "Accuracy")::

    python bench/accuracy.py                    # the table, about 2 s
    python bench/accuracy.py --only quotes      # one part: body, comments or quotes
    python bench/accuracy.py --json             # the results as JSON, nothing else
    python bench/accuracy.py --check            # exit 1 when a figure falls below its floor
    python bench/accuracy.py --update-floors    # raise floors to the measured values
    python bench/accuracy.py --update-floors --reason "why"   # ... lowering allowed

Each figure follows the scoring rule of its folder's README
(``../shared/corpus/{zyte-dev,dragnet-dev,quotes-dev,polnear-dev}/README.md``); the
pure scoring functions live in ``bench/_scoring.py``. Floors live in
``bench/floors.json``: a floor only goes down with ``--reason``, which is
recorded beside it.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import gzip
import json
import math
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import _quote_gold as quote_gold
import _scoring as scoring
import _splits as splits

import newsparse
from newsparse._pipeline.html.page import html_to_page
from newsparse._pipeline.run import read_text
from newsparse.errors import NewsparseError
from newsparse.models import Article, QuoteKind

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FLOORS = ROOT / "bench" / "floors.json"
PARTS = ("body", "comments", "quotes")


@dataclass(frozen=True)
class Figure:
    """One measured figure; ratcheted unless ``higher_is_better`` is None."""

    name: str
    value: float
    label: str
    higher_is_better: bool | None = True
    unit: str = ""  # "" for a share in [0, 1], else what the number counts


@dataclass(frozen=True)
class Page:
    """A corpus page, its gold, and what newsparse made of it (None: it raised)."""

    name: str
    text: str
    gold: dict[str, Any]
    article: Article | None
    ms: float
    path: Path = Path()


@dataclass
class Results:
    """Everything one run measured."""

    figures: list[Figure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    timings_ms: dict[str, float] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)


def parse_page(text: str) -> tuple[Article | None, float]:
    """Parse once; return the article (None when parse raised) and the time in ms."""
    start = time.perf_counter_ns()
    try:
        article: Article | None = newsparse.parse(text)
    except Exception:  # the READMEs score a page that raises; it must not stop the run
        article = None
    return article, (time.perf_counter_ns() - start) / 1e6


def load_folder(folder: Path) -> list[Page]:
    pages = []
    for path in sorted(folder.glob("*.txt")):
        gold_path = path.with_suffix(".json")
        if not gold_path.is_file():
            continue
        try:
            text = read_text(path)
        except NewsparseError:  # an unreadable page scores as a parse that raised
            text, article, ms = "", None, 0.0
        else:
            article, ms = parse_page(text)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        pages.append(Page(name=path.stem, text=text, gold=gold, article=article, ms=ms, path=path))
    return pages


def share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def add_scores(results: Results, prefix: str, label: str, scores: scoring.Scores) -> None:
    results.figures += [
        Figure(f"{prefix}.precision", scores.precision, f"{label}: precision (macro)"),
        Figure(f"{prefix}.recall", scores.recall, f"{label}: recall (macro)"),
        Figure(f"{prefix}.f1", scores.f1, f"{label}: F1 of the two"),
    ]


# --------------------------------------------------------------------------
# The body: zyte-dev and dragnet-dev.


def body_text(article: Article) -> str:
    """Standfirst and body paragraphs, headline excluded, joined with single spaces."""
    return " ".join(paragraph.text for paragraph in article.paragraphs)


def score_body(results: Results, folder: str, pages: Sequence[Page]) -> None:
    counts = [
        scoring.page_counts(page.gold["body"], body_text(page.article))
        if page.article is not None
        else scoring.RAISED
        for page in pages
    ]
    scores = scoring.macro_scores(counts)
    add_scores(results, f"{folder}.body", f"{folder} body", scores)
    empty = sum(1 for page in pages if page.article is not None and not body_text(page.article))
    results.notes.append(
        f"{folder} body: {len(pages)} pages, {empty} with an empty predicted body "
        f"(left out of precision), {scores.precision_pages} in precision, "
        f"{scores.recall_pages} in recall"
    )


# --------------------------------------------------------------------------
# The headline: zyte-dev and dragnet-dev, against the title the page's HTML states.


# What states a headline in a page's HTML: og:title, a JSON-LD headline, an <h1>.
_STATES_HEADLINE = re.compile(rb"og:title|\"headline\"|<h1[\s>]", re.IGNORECASE)


@functools.cache
def stated_headline(html_path: Path, url: str | None) -> str | None:
    """Return the headline the page's HTML states (og:title, JSON-LD, <h1>), or None.

    A page whose only title is its ``<title>`` states none. The headline is
    newsparse's HTML reader's (``metadata.headline``: site-name segments cut).
    The HTML is read here only to make the gold: the text parser never sees it.
    """
    if not html_path.is_file():
        return None
    html = gzip.decompress(html_path.read_bytes())
    if _STATES_HEADLINE.search(html) is None:
        return None
    headline = html_to_page(html, url=url).metadata.headline
    return headline if headline and headline.strip() else None


def score_headline(results: Results, folder: str, pages: Sequence[Page]) -> None:
    stated = []
    for page in pages:
        html_path = page.path.with_name(page.name + ".html.gz")
        gold = stated_headline(html_path, page.gold.get("url"))
        if gold is not None:
            stated.append((page, gold))
    right = sum(
        1
        for page, gold in stated
        if page.article is not None
        and scoring.headline_right(
            page.article.headline.text if page.article.headline else None, gold
        )
    )
    results.figures.append(
        Figure(
            f"{folder}.headline.right",
            share(right, len(stated)),
            "headline agrees with the page's stated title (token F1 >= 0.8)",
        )
    )
    results.notes.append(
        f"{folder} headline: right on {right} of {len(stated)} pages whose HTML states one"
    )
    addressed = [(page, gold) for page, gold in stated if page.gold.get("url")]
    if addressed:
        score_headline_with_url(results, folder, addressed)


def score_headline_with_url(
    results: Results, folder: str, stated: Sequence[tuple[Page, str]]
) -> None:
    """Score the headline again, each text page parsed with the address it was fetched from."""
    right = 0
    for page, gold in stated:
        article = newsparse.parse(page.text, url=page.gold["url"])
        right += scoring.headline_right(article.headline.text if article.headline else None, gold)
    results.figures.append(
        Figure(
            f"{folder}.headline.right_with_url",
            share(right, len(stated)),
            "headline right when the text page is parsed with its address (`url=`)",
        )
    )


# --------------------------------------------------------------------------
# The comments: dragnet-dev.


def comments_text(article: Article, *, headers: bool) -> str:
    """All comment texts, replies included, depth first; with author and date lines if asked."""
    parts: list[str] = []
    for comment in article.comments.walk():
        if headers:
            parts += [part for part in (comment.author, comment.posted_text) if part]
        parts.append(comment.text)
    return "\n".join(parts)


def comments_as_printed(page: Page) -> str:
    """The page's lines each comment covers (header, text, trailer), replies included.

    The gold keeps each comment's header as the page prints it ("On DATE NAME
    said:", "NAME says:", numbers); the fields keep the name and the date
    only. Scoring the lines a comment's span covers compares like with like.
    """
    assert page.article is not None
    lines = page.text.splitlines()
    return "\n".join(
        "\n".join(lines[comment.span.start_line - 1 : comment.span.end_line])
        for comment in page.article.comments.walk()
    )


def score_comments(results: Results, pages: Sequence[Page]) -> None:
    with_gold = [page for page in pages if page.gold["has_comments"]]
    without = [page for page in pages if not page.gold["has_comments"]]
    for headers, prefix, label in (
        (True, "dragnet.comments", "dragnet comments with headers"),
        (False, "dragnet.comments_text", "dragnet comments, text only"),
    ):
        counts = []
        for page in with_gold:
            gold = page.gold["comments"]
            if not headers:
                gold = scoring.strip_comment_headers(gold)
            if page.article is None:
                counts.append(scoring.RAISED)
            else:
                predicted = comments_text(page.article, headers=headers)
                counts.append(scoring.page_counts(gold, predicted))
        add_scores(results, prefix, label, scoring.macro_scores(counts))
    printed = [
        scoring.page_counts(page.gold["comments"], comments_as_printed(page))
        if page.article is not None
        else scoring.RAISED
        for page in with_gold
    ]
    add_scores(
        results,
        "dragnet.comments_printed",
        "dragnet comments as printed (the lines each comment covers)",
        scoring.macro_scores(printed),
    )

    false_pages = sum(1 for page in without if page.article is None or page.article.comments.walk())
    results.figures.append(
        Figure(
            "dragnet.comments.false_pages",
            share(false_pages, len(without)),
            "share of comment-less pages given any comment",
            higher_is_better=False,
        )
    )
    found = [page.article.comments.walk() for page in with_gold if page.article is not None]
    comments = [comment for walked in found for comment in walked]
    dated = [comment for comment in comments if comment.posted_text]
    aware = [
        comment
        for comment in dated
        if comment.posted is not None and comment.posted.utcoffset() is not None
    ]
    odd_authors = [
        comment.author
        for comment in comments
        if comment.author and scoring.is_widget_or_number(comment.author)
    ]
    results.figures += [
        Figure(
            "dragnet.comments.with_author",
            share(sum(1 for comment in comments if comment.author), len(comments)),
            "found comments with an author",
        ),
        Figure(
            "dragnet.comments.aware_posted",
            share(len(aware), len(dated)),
            "tz-aware `posted`, of comments with posted_text",
        ),
        Figure(
            "dragnet.comments.odd_authors",
            len(odd_authors),
            "authors that are a date, number or widget word",
            higher_is_better=False,
            unit="authors",
        ),
    ]
    kept = []
    for page in with_gold:
        gold_shingles = scoring.shingles(page.gold["comments"])
        stripped = scoring.shingles(scoring.strip_comment_headers(page.gold["comments"]))
        kept.append(share((gold_shingles & stripped).total(), gold_shingles.total()))
    results.figures.append(
        Figure(
            "dragnet.gold_kept_by_header_rule",
            statistics.fmean(kept) if kept else 0.0,
            "gold comment shingles our header rule keeps (README: 75%)",
            higher_is_better=None,
        )
    )
    sections = sum(1 for walked in found if walked)
    results.notes += [
        f"dragnet comments: a comment section found on {sections} of {len(with_gold)} "
        f"pages with gold comments; {len(comments)} comments found there, "
        f"{len(dated)} with posted_text",
        f"dragnet comments: {false_pages} of {len(without)} comment-less pages given comments",
    ]
    layouts = Counter(layout_of(page.article) for page in pages if page.article is not None)
    results.notes.append(
        "dragnet comments: pages by comment layout: "
        + ", ".join(f"{name} {count}" for name, count in sorted(layouts.items()))
    )
    if odd_authors:
        sample = ", ".join(repr(author) for author in Counter(odd_authors))
        results.notes.append(f"dragnet comments: odd authors: {sample[:300]}")


_LAYOUT_NAME = re.compile(r'layout "(\w+)"')


def layout_of(article: Article) -> str:
    """Return the comment layout the parser recognised ("none" without comments)."""
    for diagnostic in article.diagnostics:
        if diagnostic.code == "comments.layout":
            found = _LAYOUT_NAME.search(diagnostic.message)
            return found.group(1) if found else "unknown"
    return "none"


# --------------------------------------------------------------------------
# The quotes: quotes-dev and polnear-dev (scored by the quotes-dev README's rule).


def paragraph_of_line(text: str) -> list[int]:
    """Map each 1-based line number (index) to the 0-based paragraph it is in (blank-line split)."""
    numbers = [0]
    paragraph = -1
    previous_blank = True
    for line in text.split("\n"):
        blank = not line.strip()
        if not blank and previous_blank:
            paragraph += 1
        numbers.append(max(paragraph, 0))
        previous_blank = blank
    return numbers


@dataclass
class QuoteTally:
    """Counts summed over articles for the quote figures."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    with_speaker: int = 0
    speaker_right: int = 0
    not_scare: int = 0
    not_scare_matched: int = 0
    unannotated_hits: int = 0
    span_gold: Counter[str] = field(default_factory=Counter)
    span_matched: Counter[str] = field(default_factory=Counter)
    kinds: Counter[str] = field(default_factory=Counter)
    # Per ``speaker_from`` class of the gold (polnear-dev): gold, matched, right speaker.
    from_gold: Counter[str] = field(default_factory=Counter)
    from_matched: Counter[str] = field(default_factory=Counter)
    from_with_speaker: Counter[str] = field(default_factory=Counter)
    from_right: Counter[str] = field(default_factory=Counter)


def tally_article(tally: QuoteTally, page: Page) -> None:
    gold_quotes = page.gold["quotes"]
    gold = [(quote["text"], float(quote["paragraph"])) for quote in gold_quotes]
    quotes = page.article.quotes if page.article is not None else ()
    where = paragraph_of_line(page.text)
    predicted = [
        (quote.text, float(where[min(quote.span.start_line, len(where) - 1)])) for quote in quotes
    ]
    pairs = scoring.match_quotes(predicted, gold)
    tally.predicted += len(predicted)
    tally.gold += len(gold)
    tally.matched += len(pairs)
    tally.kinds.update(quote.kind.value for quote in quotes)
    for quote in gold_quotes:
        tally.span_gold[quote["gold_span"]] += 1
        tally.from_gold[quote.get("speaker_from", "")] += 1
    for p_index, g_index in pairs:
        gold_quote = gold_quotes[g_index]
        found_from = gold_quote.get("speaker_from", "")
        tally.span_matched[gold_quote["gold_span"]] += 1
        tally.from_matched[found_from] += 1
        if gold_quote["speaker"]:
            tally.with_speaker += 1
            tally.from_with_speaker[found_from] += 1
            if scoring.speaker_right(quotes[p_index].speaker, gold_quote["speaker"]):
                tally.speaker_right += 1
                tally.from_right[found_from] += 1
    not_scare = [
        item for item, quote in zip(predicted, quotes, strict=True) if quote.kind != QuoteKind.SCARE
    ]
    tally.not_scare += len(not_scare)
    tally.not_scare_matched += len(scoring.match_quotes(not_scare, gold))
    matched_predictions = {p_index for p_index, _ in pairs}
    unmatched = [item for index, item in enumerate(predicted) if index not in matched_predictions]
    unannotated = [(span["text"], float(span["paragraph"])) for span in page.gold["unannotated"]]
    tally.unannotated_hits += len(scoring.match_quotes(unmatched, unannotated))


def score_quotes(
    results: Results, pages: Sequence[Page], *, prefix: str = "quotes", folder: str = "quotes"
) -> None:
    """Score the quotes of ``pages`` by the quotes-dev README's rule, as figures ``PREFIX.*``."""
    tally = QuoteTally()
    for page in pages:
        tally_article(tally, page)
    precision = share(tally.matched, tally.predicted)
    recall = share(tally.matched, tally.gold)
    ns_precision = share(tally.not_scare_matched, tally.not_scare)
    ns_recall = share(tally.not_scare_matched, tally.gold)
    p = prefix
    results.figures += [
        Figure(f"{p}.precision", precision, f"{folder}: precision (micro)"),
        Figure(f"{p}.recall", recall, f"{folder}: recall (micro)"),
        Figure(f"{p}.f1", scoring.harmonic_mean(precision, recall), f"{folder}: F1"),
        Figure(
            f"{p}.speaker_accuracy",
            share(tally.speaker_right, tally.with_speaker),
            "right speaker, of matched quotes with a gold speaker",
        ),
        Figure(
            f"{p}.attributed",
            share(tally.speaker_right, tally.gold),
            "matched with the right speaker, of all gold",
        ),
        Figure(f"{p}.precision_not_scare", ns_precision, "precision, scare quotes left out"),
        Figure(f"{p}.recall_not_scare", ns_recall, "recall, scare quotes left out"),
        Figure(
            f"{p}.f1_not_scare",
            scoring.harmonic_mean(ns_precision, ns_recall),
            "F1, scare quotes left out",
        ),
        Figure(
            f"{p}.precision_unannotated_out",
            share(tally.matched, tally.predicted - tally.unannotated_hits),
            "precision, predictions matching `unannotated` left out",
        ),
        Figure(
            f"{p}.recall_whole",
            share(tally.span_matched["whole"], tally.span_gold["whole"]),
            "recall of gold_span `whole` quotes",
        ),
        Figure(
            f"{p}.recall_part",
            share(tally.span_matched["part"], tally.span_gold["part"]),
            "recall of gold_span `part` quotes",
        ),
    ]
    kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(tally.kinds.items()))
    results.notes.append(
        f"{folder}: {len(pages)} articles, {tally.gold} gold, {tally.predicted} predicted "
        f"({kinds or 'none'}), {tally.matched} matched, {tally.unannotated_hits} unmatched "
        f"predictions match an unannotated span"
    )
    if tally.from_gold.keys() - {""}:
        add_speaker_from(results, prefix, tally)


def add_speaker_from(results: Results, prefix: str, tally: QuoteTally) -> None:
    """Add the figures of the gold whose speaker was read from a name (``speaker_from``)."""
    name = "name"
    results.figures += [
        Figure(
            f"{prefix}.name.recall",
            share(tally.from_matched[name], tally.from_gold[name]),
            "recall, gold speakers read from a name",
        ),
        Figure(
            f"{prefix}.name.speaker_accuracy",
            share(tally.from_right[name], tally.from_with_speaker[name]),
            "right speaker, of matched quotes whose gold speaker is a name",
        ),
        Figure(
            f"{prefix}.name.attributed",
            share(tally.from_right[name], tally.from_gold[name]),
            "matched with the right speaker, of gold speakers read from a name",
        ),
    ]
    by_class = ", ".join(
        f"{source} {tally.from_right[source]}/{count}"
        for source, count in sorted(tally.from_gold.items())
    )
    results.notes.append(f"{prefix}: attributed by speaker_from: {by_class}")


def types_two_apostrophes(page: Page) -> bool:
    """Tell whether a page types two apostrophes (``''``) for a double quotation mark."""
    return "''" in page.text


def score_polnear(results: Results, pages: Sequence[Page]) -> None:
    """Score polnear-dev by the quotes-dev rule, as ``polnear.*`` and ``polnear.name.*``.

    Also as ``polnear.marked.*`` over the pages whose double marks the gold
    reads: its maker took ``''`` for no quotation mark, so on pages that type
    it the gold holds only their single-mark quotes and every quote the
    parser reads between ``''`` counts against precision.
    """
    score_quotes(results, pages, prefix="polnear", folder="polnear")
    marked = [page for page in pages if not types_two_apostrophes(page)]
    score_quotes(results, marked, prefix="polnear.marked", folder="polnear, pages without '' marks")


def score_own_gold(results: Results, seeds: Path) -> None:
    """Score our hand-labelled quote gold: the fixtures, and the seed pages when present."""
    for name, folder in (("fixtures", ROOT / "fixtures"), ("seeds", seeds)):
        pages = quote_gold.load_gold(name)
        if not all((folder / page).is_file() for page in pages):
            results.skipped.append(f"quote gold {name}: {folder} is absent")
            continue
        tally = quote_gold.GoldTally()
        for page, records in pages.items():
            quote_gold.tally_page(tally, page, newsparse.parse_file(folder / page).quotes, records)
        results.figures += [
            Figure(f"own.{name}.precision", tally.precision, f"own {name} quotes: precision"),
            Figure(f"own.{name}.recall", tally.recall, f"own {name} quotes: recall"),
            Figure(
                f"own.{name}.speaker_accuracy",
                tally.speaker_accuracy,
                f"own {name} quotes: right speaker, of matched with one",
            ),
        ]


# --------------------------------------------------------------------------
# Running the parts.


def run(corpus: Path, parts: Sequence[str]) -> Results:
    results = Results()
    wanted: dict[str, tuple[str, list[Callable[[Results, Sequence[Page]], None]]]] = {}
    if "body" in parts:
        wanted["zyte-dev"] = (
            "zyte",
            [lambda r, p: score_body(r, "zyte", p), lambda r, p: score_headline(r, "zyte", p)],
        )
        wanted["dragnet-dev"] = (
            "dragnet",
            [
                lambda r, p: score_body(r, "dragnet", p),
                lambda r, p: score_headline(r, "dragnet", p),
            ],
        )
    if "comments" in parts:
        wanted.setdefault("dragnet-dev", ("dragnet", []))[1].append(score_comments)
    if "quotes" in parts:
        wanted["quotes-dev"] = ("quotes", [score_quotes])
        wanted["polnear-dev"] = ("polnear", [score_polnear])
    for folder_name, (short, scorers) in wanted.items():
        folder = corpus / folder_name
        if not folder.is_dir():
            results.skipped.append(f"{folder} is absent")
            continue
        pages = load_folder(folder)
        if not pages:
            results.skipped.append(f"{folder} holds no page with its gold")
            continue
        results.timings_ms[folder_name] = statistics.median(page.ms for page in pages)
        raised = sum(1 for page in pages if page.article is None)
        failed = sum(1 for page in pages if page.article is not None and _failed(page.article))
        sites = Counter(page.article.site for page in pages if page.article is not None)
        site_list = ", ".join(f"{site} {count}" for site, count in sites.most_common())
        results.notes.append(
            f"{short}: {len(pages)} pages, parse raised on {raised}, failed inside the"
            f" never-raise boundary on {failed}; adapters: {site_list}"
        )
        results.figures.append(
            Figure(
                f"{short}.failed_pages",
                float(raised + failed),
                "pages whose parse raised or failed (a `parse.failed` diagnostic)",
                higher_is_better=False,
                unit="pages",
            )
        )
        for scorer in scorers:
            scorer(results, pages)
        score_halves(results, folder_name, pages, scorers)
    if "quotes" in parts:
        score_own_gold(results, corpus.parent / "seeds")
    return results


def _failed(article: Article) -> bool:
    """Tell whether the parse failed and the page came back as unplaced lines."""
    return any(diagnostic.code == "parse.failed" for diagnostic in article.diagnostics)


def score_halves(
    results: Results,
    folder_name: str,
    pages: Sequence[Page],
    scorers: Sequence[Callable[[Results, Sequence[Page]], None]],
) -> None:
    """Score each half of the folder's fixed split apart (``bench/splits.json``).

    A figure ``NAME`` of the whole folder gets ``NAME@read`` (the half whose
    pages we look at) and ``NAME@scored`` (the half we only score); both are
    ratcheted like the whole, so a change that helps the read half at the
    scored half's cost shows up as a fall.
    """
    half_of = splits.load().get(folder_name, {})
    for half in splits.HALVES:
        subset = [page for page in pages if half_of.get(page.name) == half]
        if not subset:
            continue
        partial = Results()
        for scorer in scorers:
            scorer(partial, subset)
        results.figures += [
            Figure(
                f"{figure.name}@{half}",
                figure.value,
                f"{figure.label} [{half} half]",
                figure.higher_is_better,
                figure.unit,
            )
            for figure in partial.figures
        ]


# --------------------------------------------------------------------------
# The floors file.


def load_floors(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))["figures"]
    return data


def status_of(figure: Figure, bound: float | None) -> str:
    if figure.higher_is_better is None:
        return "info"
    if bound is None:
        return "no floor"
    if not scoring.check_figure(figure.value, bound, higher_is_better=figure.higher_is_better):
        return "BELOW FLOOR" if figure.higher_is_better else "ABOVE CEILING"
    rounded = scoring.round_toward_floor(figure.value, higher_is_better=figure.higher_is_better)
    tighter = rounded > bound if figure.higher_is_better else rounded < bound
    return "ok, can ratchet" if tighter and not math.isclose(rounded, bound) else "ok"


def write_floors(
    path: Path, figures: Sequence[Figure], reason: str | None, out: Callable[[str], None]
) -> int:
    """Ratchet the floors file to ``figures``; return 1 when a loosening was refused."""
    measured = {
        figure.name: (figure.value, figure.higher_is_better)
        for figure in figures
        if figure.higher_is_better is not None
    }
    today = datetime.date.today().isoformat()
    update = scoring.update_floors(load_floors(path), measured, reason=reason, today=today)
    if update.refused:
        out('refused: these floors would be loosened; give --reason "..." to do it:')
        for change in update.refused:
            out(f"  {change.name}: {change.old} -> {change.new}")
        return 1
    if not update.changes:
        out("floors unchanged")
        return 0
    for change in update.changes:
        verb = "loosened" if change.loosens else "set"
        out(f"{verb} {change.name}: {change.old} -> {change.new}")
    document = {
        "about": (
            "Accuracy floors (ceilings for lower-is-better figures) of bench/accuracy.py; "
            "--update-floors raises them, and lowers one only with --reason, recorded beside it."
        ),
        "figures": update.floors,
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


# --------------------------------------------------------------------------
# Printing.


def format_value(figure: Figure) -> str:
    return f"{figure.value:.0f} {figure.unit}" if figure.unit else f"{figure.value:.4f}"


def print_table(results: Results, floors: dict[str, Any], corpus: Path) -> None:
    print(
        f"newsparse {newsparse.__version__} accuracy on {corpus} (Python {sys.version.split()[0]})"
    )
    for reason in results.skipped:
        print(f"skipped: {reason}")
    width = max((len(f.name) for f in results.figures), default=10)
    print()
    print(f"{'figure':<{width}}  {'value':>11}  {'floor':>7}  {'status':<15}  what")
    print(f"{'-' * width}  {'-' * 11}  {'-' * 7}  {'-' * 15}  {'-' * 4}")
    for figure in results.figures:
        bound = scoring.bound_of(floors.get(figure.name, {}))
        shown = "" if bound is None else (f"{'>=' if figure.higher_is_better else '<='}{bound:g}")
        status = status_of(figure, bound)
        print(
            f"{figure.name:<{width}}  {format_value(figure):>11}  {shown:>7}  "
            f"{status:<15}  {figure.label}"
        )
    print()
    for note in results.notes:
        print(note)
    print()
    for folder, ms in results.timings_ms.items():
        print(f"median parse time, {folder}: {ms:.2f} ms per page")


def failures(results: Results, floors: dict[str, Any]) -> list[str]:
    found = []
    for figure in results.figures:
        bound = scoring.bound_of(floors.get(figure.name, {}))
        status = status_of(figure, bound)
        if status in ("BELOW FLOOR", "ABOVE CEILING"):
            found.append(f"{figure.name} = {figure.value:.4f}, {status.lower()} {bound:g}")
    return found


def as_json(results: Results, floors: dict[str, Any], corpus: Path) -> str:
    figures = []
    for figure in results.figures:
        bound = scoring.bound_of(floors.get(figure.name, {}))
        figures.append(asdict(figure) | {"bound": bound, "status": status_of(figure, bound)})
    return json.dumps(
        {
            "corpus": str(corpus),
            "figures": figures,
            "notes": results.notes,
            "median_ms_per_page": results.timings_ms,
            "skipped": results.skipped,
            "failures": failures(results, floors),
        },
        indent=2,
        ensure_ascii=False,
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="the corpus folder")
    parser.add_argument("--only", choices=PARTS, help="run one part")
    parser.add_argument("--json", action="store_true", help="print the results as JSON only")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when a figure falls below its floor"
    )
    parser.add_argument(
        "--update-floors",
        action="store_true",
        help="set floors to the measured values rounded down to 2 decimals",
    )
    parser.add_argument("--reason", help="why floors may go down (recorded in floors.json)")
    parser.add_argument("--floors", type=Path, default=FLOORS, help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    started = time.perf_counter()
    corpus: Path = args.corpus
    if not corpus.is_dir():
        message = (
            f"skipped: {corpus} is absent (a fresh clone has no ../shared); nothing to measure"
        )
        print(json.dumps({"skipped": [message]}) if args.json else message)
        return 0
    results = run(corpus, [args.only] if args.only else PARTS)

    def out(line: str) -> None:
        print(line, file=sys.stderr if args.json else sys.stdout)

    status = 0
    if args.update_floors:
        status = write_floors(args.floors, results.figures, args.reason, out)
    floors = load_floors(args.floors)
    if args.json:
        print(as_json(results, floors, corpus))
    else:
        print_table(results, floors, corpus)
    failed = failures(results, floors)
    if args.check and failed:
        out("check failed: figures past their floor or ceiling by more than 0.005:")
        for line in failed:
            out(f"  {line}")
        status = 1
    elif args.check:
        out("check passed: every figure keeps to its floor or ceiling")
    out(f"ran in {time.perf_counter() - started:.1f} s")
    return status


if __name__ == "__main__":
    sys.exit(main())
