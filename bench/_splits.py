"""The fixed split of each corpus folder, by site, into a half we read and a half we only score.

Pages of one site always fall in the same half, so a rule fitted to a site's
layout on the read half cannot flatter the scored half. The split was made
once (2026-12-07, before the work it guards) and is stored in
``bench/splits.json``; this module reads it, and ``python bench/_splits.py
--make`` shows how it was made (sites in sha1 order, each given to the half
with fewer pages so far).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import hashlib
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

SPLITS = Path(__file__).with_name("splits.json")
READ, SCORED = "read", "scored"
HALVES = (READ, SCORED)

_CANONICAL = (
    re.compile(r"<link[^>]+rel=[\"']canonical[\"'][^>]*href=[\"']([^\"']+)", re.IGNORECASE),
    re.compile(r"<link[^>]+href=[\"']([^\"']+)[\"'][^>]*rel=[\"']canonical", re.IGNORECASE),
    re.compile(r"<meta[^>]+property=[\"']og:url[\"'][^>]*content=[\"']([^\"']+)", re.IGNORECASE),
)


def _domain(url: str) -> str:
    host = urlparse(url).netloc.lower()
    return host.removeprefix("www.")


def _dragnet_site(page: Path) -> str:
    html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
    for pattern in _CANONICAL:
        found = pattern.search(html)
        if found is not None:
            return _domain(found.group(1))
    return "page:" + page.name.removesuffix(".html.gz")  # no stated site: the page is its own


def sites(corpus: Path) -> dict[str, dict[str, str]]:
    """Return, for each folder, the site of each page id."""
    found: dict[str, dict[str, str]] = collections.defaultdict(dict)
    for gold in sorted(corpus.glob("zyte-dev/*.json")):
        found["zyte-dev"][gold.stem] = _domain(json.loads(gold.read_text())["url"])
    for page in sorted(corpus.glob("dragnet-dev/*.html.gz")):
        found["dragnet-dev"][page.name.removesuffix(".html.gz")] = _dragnet_site(page)
    for gold in sorted(corpus.glob("quotes-dev/*.json")):
        found["quotes-dev"][gold.stem] = json.loads(gold.read_text())["source"]
    for gold in sorted(corpus.glob("polnear-dev/*.json")):
        found["polnear-dev"][gold.stem] = gold.stem.split("_", 1)[0]
    return dict(found)


def make(corpus: Path) -> dict[str, dict[str, list[str]]]:
    """Split every folder by site: sites in sha1 order, each to the smaller half so far."""
    split: dict[str, dict[str, list[str]]] = {}
    for folder, by_page in sites(corpus).items():
        pages_of: dict[str, list[str]] = collections.defaultdict(list)
        for page, site in by_page.items():
            pages_of[site].append(page)
        halves: dict[str, list[str]] = {READ: [], SCORED: []}
        for site in sorted(pages_of, key=lambda s: hashlib.sha1(s.encode()).hexdigest()):
            smaller = min(HALVES, key=lambda half: (len(halves[half]), half))
            halves[smaller].extend(pages_of[site])
        split[folder] = {half: sorted(pages) for half, pages in halves.items()}
    return split


def load() -> dict[str, dict[str, str]]:
    """Return, for each folder, the half (``read`` or ``scored``) of each page id."""
    stored = json.loads(SPLITS.read_text())["folders"]
    return {
        folder: {page: half for half, pages in halves.items() for page in pages}
        for folder, halves in stored.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument(
        "--corpus", type=Path, default=Path(__file__).parents[1].parent / "shared" / "corpus"
    )
    parser.add_argument("--make", action="store_true", help="print the split made from the corpus")
    args = parser.parse_args(argv)
    if args.make:
        split = make(args.corpus)
        json.dump(
            {
                "about": __doc__.split("\n", 1)[0] if __doc__ else "",
                "made": "2026-12-07",
                "folders": split,
            },
            sys.stdout,
            indent=1,
        )
        print()
        return 0
    for folder, halves in load().items():
        counts = collections.Counter(halves.values())
        print(f"{folder}: read {counts[READ]}, scored {counts[SCORED]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
