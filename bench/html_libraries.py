"""Measure HTML libraries for newsparse's HTML stage: speed, memory, robustness, block structure.

Run from the checkout (a few minutes; each library runs in its own process)::

    python bench/html_libraries.py             # both tables
    python bench/html_libraries.py --quick     # no 50 MB page, 10,000 levels instead of 100,000
    python bench/html_libraries.py --json      # the figures as JSON

Candidates (skipped when not installed): resiliparse's ``extract_plain_text``
over its ``HTMLTree``, a walk of that tree reading tag, id and class (the
cost of reading evidence from it), selectolax (lexbor) ``text()`` and a walk
of its tree, inscriptis ``get_text``, and newsparse's own stage
(``html_to_page``: selectolax's tree laid out in lines with evidence).

Corpus figures, over ``../shared/corpus/{zyte-dev,dragnet-dev}/*.html.gz``
decoded once to ``str`` (the same input for every library):

- *ms/page* and *MB/s*: CPU time of the conversion alone (``time.process_time``),
  the pages' UTF-8 size divided by it;
- *RSS MB*: growth of the process's peak resident size (``ru_maxrss``) over
  the run, after the pages are loaded; *2nd pass MB*: its growth over a
  second run over the same pages (0 when memory stays flat across a run);
  *py peak MB*: the largest
  ``tracemalloc`` peak of one page (Python allocations only: lexbor's C
  heap is not seen, RSS is);
- block structure, the share of reference lines found as whole lines of the
  output (white space collapsed, leading bullets and numbers dropped):
  *zyte ¶*: gold body paragraphs of 30+ characters; *dragnet ¶*: gold
  comment lines of 30+ characters; *w3m*: lines of 30+ characters of the
  text browser's dump; *fixtures*: the lines ``fixtures/html/*.expected.json``
  expects.

Robustness, each case in a fresh process with a time limit: unclosed tags,
100,000 nested ``<div>``, a 50 MB page, scripts only, no text, ``<noscript>``
and ``<template>`` junk, and UTF-8 bytes declared ``iso-8859-1`` (given as
bytes to libraries that take bytes). A case reports the seconds taken, or
what went wrong: ``lost text``, ``kept junk``, ``mojibake``, an exception,
a crash, or the time limit.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.metadata
import importlib.util
import json
import re
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FIXTURES = ROOT / "fixtures" / "html"
TIMEOUT = 120.0  # seconds a robustness case may take
_SPACE = re.compile(r"\s+")
_LEADER = re.compile(r"^(?:[•◦▪·*\-]|\d{1,3}[.)])\s+")
MIN_LINE = 30  # characters of a reference line worth looking for


# --------------------------------------------------------------------------
# The candidates: each turns HTML (str, or bytes where it can) into text.


def optional(module: str) -> Any:
    """Import a library that may be absent, typed as Any (its stubs are not ours to check)."""
    return importlib.import_module(module)


def _resiliparse_tree(html: str | bytes) -> Any:
    parse = optional("resiliparse.parse.html")
    if isinstance(html, bytes):
        encoding = optional("resiliparse.parse.encoding").detect_encoding(html)
        return parse.HTMLTree.parse_from_bytes(html, encoding)
    return parse.HTMLTree.parse(html)


def _resiliparse_text(html: str | bytes) -> str:
    extract = optional("resiliparse.extract.html2text").extract_plain_text
    return str(
        extract(
            _resiliparse_tree(html),
            preserve_formatting=True,
            list_bullets=True,
            alt_texts=False,
            noscript=True,
        )
    )


def _resiliparse_walk(html: str | bytes) -> str:
    node_type = optional("resiliparse.parse.html").NodeType
    tree = _resiliparse_tree(html)
    texts: list[str] = []
    stack = [tree.document]
    while stack:
        node = stack.pop()
        if node.type == node_type.TEXT:
            texts.append(node.text)
        elif node.type == node_type.ELEMENT:
            _ = (node.tag, node.id, node.class_name)
            if node.tag in ("script", "style", "template"):
                continue
        child = node.last_child
        while child is not None:
            stack.append(child)
            child = child.prev
    return "\n".join(texts)


def _selectolax_text(html: str | bytes) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, template"):
        node.decompose()
    top = tree.body if tree.body is not None else tree.root
    return top.text(separator="\n") if top is not None else ""


def _selectolax_walk(html: str | bytes) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    texts: list[str] = []
    stack = [tree.root] if tree.root is not None else []
    while stack:
        node = stack.pop()
        tag = node.tag
        if tag == "-text":
            texts.append(node.text_content or "")
        else:
            _ = node.attributes
            if tag in ("script", "style", "template", "head"):
                continue
        child = node.last_child
        while child is not None:
            stack.append(child)
            child = child.prev
    return "\n".join(texts)


def _inscriptis(html: str | bytes) -> str:
    if isinstance(html, bytes):
        raise NotImplementedError("takes str only")
    return str(optional("inscriptis").get_text(html))


def _newsparse(html: str | bytes) -> str:
    from newsparse._pipeline.html import html_to_page

    return html_to_page(html).text


@dataclass(frozen=True)
class Candidate:
    """One library (or one way of using it) under test."""

    name: str
    distribution: str  # the PyPI name, for the version and the installed check
    module: str
    convert: Callable[[str | bytes], str]


CANDIDATES = (
    Candidate("resiliparse extract_plain_text", "resiliparse", "resiliparse", _resiliparse_text),
    Candidate("resiliparse tree walk", "resiliparse", "resiliparse", _resiliparse_walk),
    Candidate("selectolax text()", "selectolax", "selectolax", _selectolax_text),
    Candidate("selectolax tree walk", "selectolax", "selectolax", _selectolax_walk),
    Candidate("inscriptis get_text", "inscriptis", "inscriptis", _inscriptis),
    Candidate("newsparse html_to_page", "newsparse", "newsparse", _newsparse),
)


def candidate(name: str) -> Candidate:
    return next(c for c in CANDIDATES if c.name == name)


def installed(item: Candidate) -> bool:
    return importlib.util.find_spec(item.module) is not None


def version(item: Candidate) -> str:
    try:
        return importlib.metadata.version(item.distribution)
    except importlib.metadata.PackageNotFoundError:
        return "?"


# --------------------------------------------------------------------------
# Corpus figures (run in a worker process per candidate).


def normalise(line: str) -> str:
    return _LEADER.sub("", _SPACE.sub(" ", line).strip())


def reference_lines(corpus: Path) -> dict[str, list[tuple[str, list[str]]]]:
    """For each kind of reference, (page key, lines) pairs; page key is folder/name."""
    found: dict[str, list[tuple[str, list[str]]]] = {"zyte ¶": [], "dragnet ¶": [], "w3m": []}
    for folder in ("zyte-dev", "dragnet-dev"):
        for gold_path in sorted((corpus / folder).glob("*.json")):
            key = f"{folder}/{gold_path.stem}"
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if folder == "zyte-dev":
                lines = [normalise(p) for p in gold["body"].split("\n")]
                found["zyte ¶"].append((key, [p for p in lines if len(p) >= MIN_LINE]))
            elif gold.get("comments"):
                lines = [normalise(p) for p in gold["comments"].split("\n")]
                found["dragnet ¶"].append((key, [p for p in lines if len(p) >= MIN_LINE]))
            dump = gold_path.with_suffix(".txt")
            if dump.is_file():
                lines = [normalise(line) for line in dump.read_text(encoding="utf-8").splitlines()]
                found["w3m"].append((key, [line for line in lines if len(line) >= MIN_LINE]))
    return found


def load_pages(corpus: Path) -> list[tuple[str, str]]:
    from newsparse._pipeline.html.charset import decode_html

    pages = []
    for folder in ("zyte-dev", "dragnet-dev"):
        for path in sorted((corpus / folder).glob("*.html.gz")):
            key = f"{folder}/{path.name.removesuffix('.html.gz')}"
            pages.append((key, decode_html(gzip.decompress(path.read_bytes())).text))
    return pages


def share_found(outputs: dict[str, set[str]], references: list[tuple[str, list[str]]]) -> float:
    wanted = found = 0
    for key, lines in references:
        have = outputs.get(key, set())
        wanted += len(lines)
        found += sum(1 for line in lines if line in have)
    return found / wanted if wanted else 0.0


def fixture_share(convert: Callable[[str | bytes], str]) -> float:
    wanted = found = 0
    for page in sorted(FIXTURES.glob("*.html")):
        expected = json.loads(page.with_name(f"{page.stem}.expected.json").read_text())
        if expected.get("encoding", "utf-8") != "utf-8":
            continue  # a charset test, not a layout one
        have = {normalise(line) for line in convert(page.read_text(encoding="utf-8")).splitlines()}
        lines = [normalise(line) for line in expected["lines"] if line.strip()]
        wanted += len(lines)
        found += sum(1 for line in lines if line in have)
    return found / wanted if wanted else 0.0


def corpus_worker(name: str, corpus: Path) -> dict[str, Any]:
    item = candidate(name)
    pages = load_pages(corpus)
    for _, html in pages[:3]:
        item.convert(html)  # imports and first-call costs
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    outputs: dict[str, set[str]] = {}
    start = time.process_time()
    for key, html in pages:
        outputs[key] = {normalise(line) for line in item.convert(html).splitlines()}
    seconds = time.process_time() - start
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _, html in pages:  # a second pass: a leak grows the peak again, flat memory does not
        item.convert(html)
    rss_second = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    python_peak = 0
    for _, html in pages:
        tracemalloc.reset_peak()
        item.convert(html)
        python_peak = max(python_peak, tracemalloc.get_traced_memory()[1])
    tracemalloc.stop()
    megabytes = sum(len(html.encode("utf-8", "replace")) for _, html in pages) / 1e6
    references = reference_lines(corpus)
    figures = {
        "ms/page": seconds / len(pages) * 1e3,
        "MB/s": megabytes / seconds,
        "RSS MB": (rss_after - rss_before) / 1024,
        "2nd pass MB": (rss_second - rss_after) / 1024,
        "py peak MB": python_peak / 1e6,
    }
    figures |= {kind: share_found(outputs, lines) for kind, lines in references.items()}
    figures["fixtures"] = fixture_share(item.convert)
    return {"pages": len(pages), "figures": figures}


# --------------------------------------------------------------------------
# Robustness cases (each in a worker process).

_PARAGRAPH = (
    "<p>The harbour board met on Tuesday to discuss the dredging of the eastern channel, "
    "which has silted up faster than the engineers predicted, and agreed to ask the "
    "county for a loan.</p>\n"
)


@dataclass(frozen=True)
class Case:
    """An adversarial input, the words its output must hold and those it must not."""

    html: str | bytes
    present: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()


def make_case(name: str, *, quick: bool) -> Case:
    if name == "unclosed tags":
        return Case(
            "<div><p>para <b>bold <i>both <a href=#>link <span>" * 20_000 + "ENDWORD", ("ENDWORD",)
        )
    if name == "100k nesting":
        depth = 10_000 if quick else 100_000
        return Case("<div>" * depth + "DEEPWORD" + "</div>" * depth, ("DEEPWORD",))
    if name == "50 MB page":
        repeats = (5 if quick else 50) * 1_000_000 // len(_PARAGRAPH)
        return Case(
            "<html><body>" + _PARAGRAPH * repeats + "<p>ENDWORD</p></body></html>", ("ENDWORD",)
        )
    if name == "scripts only":
        script = "<script>var tracker = {id: 1}; send(tracker);</script>"
        return Case(script * 5000 + "<style>p { color: red }</style>", (), ("tracker", "color"))
    if name == "no text":
        return Case("<div><img src=a.png><br><hr><input></div>" * 5000)
    if name == "noscript/template junk":
        junk = (
            "<noscript><iframe src='https://t.example/ns'></iframe></noscript>"
            "<template><p>TEMPLATEWORD</p></template><p>BODYWORD</p>"
        )
        return Case(junk * 1000, ("BODYWORD",), ("TEMPLATEWORD", "iframe"))
    if name == "wrong charset bytes":
        page = '<meta charset="iso-8859-1"><p>Café owners found the naïve plan “odd”.</p>'
        return Case(page.encode("utf-8"), ("Café", "naïve", "“odd”"))
    raise ValueError(name)


CASES = (
    "unclosed tags",
    "100k nesting",
    "50 MB page",
    "scripts only",
    "no text",
    "noscript/template junk",
    "wrong charset bytes",
)


def case_worker(name: str, case_name: str, *, quick: bool) -> dict[str, Any]:
    case = make_case(case_name, quick=quick)
    item = candidate(name)
    try:
        item.convert("<p>warm up: imports and first-call costs</p>")
    except Exception as error:  # the figure is whether it raises
        return {"status": f"raised {type(error).__name__}"}
    start = time.process_time()
    try:
        text = item.convert(case.html)
    except NotImplementedError as error:
        return {"status": f"n/a ({error})"}
    except Exception as error:  # the figure is whether it raises
        return {"status": f"raised {type(error).__name__}"}
    seconds = time.process_time() - start
    if any(word not in text for word in case.present):
        status = "mojibake" if case_name == "wrong charset bytes" else "lost text"
    elif any(word in text for word in case.absent):
        status = "kept junk"
    else:
        status = "ok"
    return {"status": f"{status} {seconds:.2f} s"}


def run_worker(arguments: list[str], timeout: float) -> dict[str, Any]:
    command = [sys.executable, __file__, *arguments]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"status": f"timeout > {timeout:.0f} s"}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {"status": f"crashed ({done.returncode}): {last[:60]}"}
    result: dict[str, Any] = json.loads(done.stdout)
    return result


# --------------------------------------------------------------------------
# The tables.


def rows_of(table: dict[str, dict[str, Any]], columns: list[str]) -> Iterator[list[str]]:
    for name, values in table.items():
        cells = []
        for column in columns:
            value = values.get(column, "")
            if isinstance(value, float):
                cells.append(f"{value:.3f}" if value < 10 else f"{value:.1f}")
            else:
                cells.append(str(value))
        yield [name, *cells]


def print_table(title: str, table: dict[str, dict[str, Any]], columns: list[str]) -> None:
    rows = [["library", *columns], *rows_of(table, columns)]
    widths = [max(len(row[index]) for row in rows) for index in range(len(rows[0]))]
    print(title)
    for number, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if number == 0:
            print("  ".join("-" * width for width in widths))
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--quick", action="store_true", help="smaller adversarial inputs")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON only")
    parser.add_argument("--worker", choices=("corpus", "case"), help=argparse.SUPPRESS)
    parser.add_argument("--library", help=argparse.SUPPRESS)
    parser.add_argument("--case", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker == "corpus":
        print(json.dumps(corpus_worker(args.library, args.corpus)))
        return 0
    if args.worker == "case":
        print(json.dumps(case_worker(args.library, args.case, quick=args.quick)))
        return 0
    available = [item for item in CANDIDATES if installed(item)]
    skipped = [f"{item.name}: not installed" for item in CANDIDATES if not installed(item)]
    corpus_table: dict[str, dict[str, Any]] = {}
    if args.corpus.is_dir():
        for item in available:
            result = run_worker(
                ["--worker", "corpus", "--library", item.name, "--corpus", str(args.corpus)],
                timeout=3600,
            )
            corpus_table[f"{item.name} {version(item)}"] = result.get("figures", result)
    else:
        skipped.append(f"corpus figures: {args.corpus} is absent")
    case_table: dict[str, dict[str, Any]] = {}
    for item in available:
        row = case_table.setdefault(f"{item.name} {version(item)}", {})
        for case_name in CASES:
            flags = ["--quick"] if args.quick else []
            arguments = ["--worker", "case", "--library", item.name, "--case", case_name, *flags]
            row[case_name] = run_worker(arguments, timeout=TIMEOUT)["status"]
    if args.json:
        print(json.dumps({"corpus": corpus_table, "cases": case_table, "skipped": skipped}))
        return 0
    print(f"HTML libraries on {args.corpus} (Python {sys.version.split()[0]})")
    for reason in skipped:
        print(f"skipped: {reason}")
    print()
    columns = ["ms/page", "MB/s", "RSS MB", "2nd pass MB", "py peak MB"]
    columns += ["zyte ¶", "dragnet ¶", "w3m", "fixtures"]
    if corpus_table:
        print_table(
            "Corpus pages (block structure: share of reference lines kept whole)",
            corpus_table,
            columns,
        )
    print_table("Robustness (CPU seconds, or what went wrong)", case_table, list(CASES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
