"""Print how the HTML path's cost grows with page size and on adversarial HTML, and what costs what.

Run from the checkout, with newsparse installed::

    python bench/html_speed.py                  # html_to_page alone, about a minute
    python bench/html_speed.py --parse          # the whole of parse_html, a few minutes
    python bench/html_speed.py --quick          # smaller sizes, a few seconds
    python bench/html_speed.py --stages         # only the cost of each stage on corpus pages

Without ``--parse`` the figures time ``html_to_page`` (the conversion);
with it, ``newsparse.parse_html`` (conversion and every stage).

**scaling**: each invented page of ``fixtures/html`` (the layout ones) has
its ``<body>`` repeated 10 and 100 times; the figure is the conversion time
of the grown page divided by that of the page itself (linear cost gives
about 10 and 100), with its MB/s.

**adversarial**: inputs built to find a quadratic path, each timed against
a normal page of about the same size (the first fixture page grown to it);
the figure is that ratio (DESIGN.md's bound for text pages is 10×):
100,000 nested ``<div>``, 20,000 unclosed formatting tags, one 1 MB text
node, 10,000 list items, 10,000 comment containers, 100,000 ``<br>``, a
class attribute of 100,000 classes, an unterminated tag holding 1 MB,
5 MB of scripts, JSON-LD nested 100,000 deep, and a 50 MB page (its MB/s).

**stages**: ``parse_html`` on every page of ``../shared/corpus/zyte-dev``
(when present), CPU milliseconds per page spent converting the HTML (and,
indented, in each step of the conversion: decode, flatten, lexbor, render,
metadata) and in each stage of :data:`newsparse._pipeline.stages.STAGES`;
after a warm-up pass, the best of three.

Times are CPU seconds (``time.process_time``), the best of a few runs.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import newsparse
from newsparse._pipeline.html import html_to_page
from newsparse._pipeline.html.charset import decode_html
from newsparse._pipeline.html.metadata import read_metadata
from newsparse._pipeline.html.nesting import flatten_deep_nesting
from newsparse._pipeline.html.render import render_lines
from newsparse._pipeline.inputs import html_input
from newsparse._pipeline.stages import STAGES, ParseState
from newsparse.adapters import choose_adapter
from newsparse.options import Options

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures" / "html"
LAYOUTS = ("news_jsonld", "blog_wordpress_comments", "forum_thread", "disqus_noscript")
_BODY = re.compile(r"(<body[^>]*>)(.*)(</body>)", re.DOTALL | re.IGNORECASE)


CORPUS = ROOT.parent / "shared" / "corpus" / "zyte-dev"
Convert = Callable[[str | bytes], object]


def cpu_seconds(html: str | bytes, *, runs: int, convert: Convert = html_to_page) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        convert(html)
        best = min(best, time.process_time() - start)
    return max(best, 1e-6)


def _conversion_costs(html: bytes, costs: dict[str, float]) -> None:
    """Add the CPU seconds of each step of html_to_page on one page to ``costs``."""
    from selectolax.lexbor import LexborHTMLParser

    start = time.process_time()
    text = decode_html(html).text
    costs["html: decode"] += time.process_time() - start
    start = time.process_time()
    flattened = flatten_deep_nesting(text).html
    costs["html: flatten"] += time.process_time() - start
    start = time.process_time()
    tree = LexborHTMLParser(flattened)
    costs["html: lexbor"] += time.process_time() - start
    start = time.process_time()
    render_lines(tree.root)
    costs["html: render"] += time.process_time() - start
    start = time.process_time()
    read_metadata(tree)
    costs["html: metadata"] += time.process_time() - start


def _stage_round(pages: list[bytes]) -> dict[str, float]:
    """One pass over the pages: CPU seconds of the conversion, its steps and each stage."""
    costs: dict[str, float] = defaultdict(float)
    for html in pages:
        _conversion_costs(html, costs)
        start = time.process_time()
        found = html_input(html)
        costs["html: convert"] += time.process_time() - start
        start = time.process_time()
        adapter = choose_adapter(found.lines)
        costs["adapter"] += time.process_time() - start
        state = ParseState(
            lines=found.lines,
            adapter=adapter,
            options=Options(),
            diagnostics=found.diagnostics,
            evidence=found.evidence,
            page=found.page,
        )
        for name, stage in STAGES:
            start = time.process_time()
            state = stage(state)
            costs[name] += time.process_time() - start
    return costs


def stage_costs(rounds: int = 3) -> None:
    """Print the CPU ms per page of the conversion (and its steps) and of each stage, on zyte-dev.

    The first pass warms the caches up and is not counted; each figure is
    the best of ``rounds`` passes. The steps of the conversion (decode,
    flatten, lexbor, render, metadata) are timed apart from it, on the
    same pages, and are not added into "all".
    """
    pages = [gzip.decompress(path.read_bytes()) for path in sorted(CORPUS.glob("*.html.gz"))]
    if not pages:
        print(f"stages: skipped, {CORPUS} is absent")
        return
    _stage_round(pages)
    best: dict[str, float] = {}
    for _ in range(rounds):
        for name, seconds in _stage_round(pages).items():
            best[name] = min(best.get(name, seconds), seconds)
    total = sum(
        seconds
        for name, seconds in best.items()
        if not name.startswith("html: ") or name == "html: convert"
    )
    what = f"{len(pages)} zyte-dev pages (CPU ms per page, best of {rounds})"
    print(f"parse_html cost by stage on {what}")
    for name, seconds in best.items():
        indent = "    " if name.startswith("html: ") and name != "html: convert" else "  "
        print(f"{indent}{name:<16} {seconds / len(pages) * 1e3:>7.2f}  {seconds / total:>5.0%}")
    print(f"  {'all':<16} {total / len(pages) * 1e3:>7.2f}")


def grow(html: str, times: int) -> str:
    found = _BODY.search(html)
    if found is None:
        return html * times
    return html[: found.start(2)] + found.group(2) * times + html[found.end(2) :]


def grown_to(html: str, size: int) -> str:
    once = len(grow(html, 2)) - len(html)  # what one more copy of the body adds
    return grow(html, max(1, (size - len(html)) // max(once, 1) + 1))


def adversarial(*, quick: bool) -> dict[str, Callable[[], str]]:
    scale = 10 if quick else 1
    return {
        "100k nested <div>": lambda: (
            "<div>" * (100_000 // scale) + "deep" + "</div>" * (100_000 // scale)
        ),
        "20k unclosed tags": lambda: "<div><p>a <b>b <i>c <a href=#>d <span>" * (20_000 // scale),
        "one 1 MB text node": lambda: "<p>" + "word " * (200_000 // scale) + "</p>",
        "10k list items": lambda: "<ul>" + "<li>item text here</li>" * (10_000 // scale) + "</ul>",
        "10k comment containers": lambda: (
            "<ol class=commentlist>"
            + "".join(
                f'<li class="comment depth-1" id="li-comment-{n}">'
                f'<div class="comment-author vcard"><cite class=fn>Reader {n}</cite> says:</div>'
                "<p>A comment.</p></li>"
                for n in range(10_000 // scale)
            )
            + "</ol>"
        ),
        "100k <br>": lambda: "<p>" + "line<br>" * (100_000 // scale) + "</p>",
        "100k classes": lambda: (
            '<div class="' + " ".join(f"c{n}" for n in range(100_000 // scale)) + '">text</div>'
        ),
        "unterminated tag, 1 MB": lambda: "<p>text</p><a " + "x" * (1_000_000 // scale),
        "5 MB of scripts": lambda: "<script>var a = 1;</script>" * (5_000_000 // 27 // scale),
        "JSON-LD nested 100k": lambda: (
            '<script type="application/ld+json">'
            + "[" * (100_000 // scale)
            + "]" * (100_000 // scale)
            + "</script><p>text</p>"
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="smaller inputs, fewer runs")
    parser.add_argument("--parse", action="store_true", help="time parse_html, not html_to_page")
    parser.add_argument("--stages", action="store_true", help="only the cost of each stage")
    args = parser.parse_args(argv)
    newsparse.parse_html("<p>warm up</p>")
    if args.stages:
        stage_costs()
        return 0
    runs = 2 if args.quick else 3
    convert: Convert = newsparse.parse_html if args.parse else html_to_page
    what = "parse_html" if args.parse else "html_to_page"
    print(f"{what} scaling (Python {sys.version.split()[0]})")
    print(f"{'page':<26} {'1x ms':>8} {'10x':>7} {'100x':>7} {'100x MB/s':>10}")
    base = (FIXTURES / f"{LAYOUTS[0]}.html").read_text(encoding="utf-8")
    for name in LAYOUTS:
        html = (FIXTURES / f"{name}.html").read_text(encoding="utf-8")
        one = cpu_seconds(html, runs=runs * 5, convert=convert)
        ten = cpu_seconds(grow(html, 10), runs=runs, convert=convert)
        hundred_html = grow(html, 10 if args.quick else 100)
        hundred = cpu_seconds(hundred_html, runs=1 if not args.quick else runs, convert=convert)
        megabytes = len(hundred_html.encode()) / 1e6
        print(
            f"{name:<26} {one * 1e3:>8.2f} {ten / one:>6.1f}x {hundred / one:>6.1f}x "
            f"{megabytes / hundred:>10.1f}"
        )
    print()
    print(f"{'adversarial input':<26} {'MB':>6} {'ms':>9} {'normal ms':>10} {'ratio':>7}")
    for name, build in adversarial(quick=args.quick).items():
        html = build()
        size = len(html.encode())
        seconds = cpu_seconds(html, runs=1, convert=convert)
        normal = cpu_seconds(grown_to(base, size), runs=1, convert=convert)
        print(
            f"{name:<26} {size / 1e6:>6.2f} {seconds * 1e3:>9.1f} {normal * 1e3:>10.1f} "
            f"{seconds / normal:>6.1f}x"
        )
    big = grown_to(base, (5 if args.quick else 50) * 1_000_000)
    seconds = cpu_seconds(big, runs=1, convert=convert)
    megabytes = len(big.encode()) / 1e6
    print()
    print(f"a {megabytes:.0f} MB page: {seconds:.1f} s, {megabytes / seconds:.1f} MB/s")
    print()
    stage_costs()
    return 0


if __name__ == "__main__":
    sys.exit(main())
