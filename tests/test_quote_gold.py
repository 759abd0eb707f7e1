"""Our own quote gold: the invented fixtures and the two seed pages (issue 6).

The gold is data in ``tests/quotes_gold/``; the scoring rule is in
``bench/_quote_gold.py``, shared with ``bench/quotes.py``, which prints the
same figures.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest

import newsparse

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "bench") not in sys.path:
    sys.path.insert(0, str(ROOT / "bench"))
gold = importlib.import_module("_quote_gold")

FIXTURE_GOLD: dict[str, list[dict[str, Any]]] = gold.load_gold("fixtures")
SEED_GOLD: dict[str, list[dict[str, Any]]] = gold.load_gold("seeds")


def _tally(pages: dict[str, list[dict[str, Any]]], folder: Path) -> Any:
    tally = gold.GoldTally()
    for name, records in pages.items():
        gold.tally_page(tally, name, newsparse.parse_file(folder / name).quotes, records)
    return tally


def test_fixture_quotes_meet_the_issue_6_bar() -> None:
    tally = _tally(FIXTURE_GOLD, ROOT / "fixtures")
    assert tally.precision >= 0.95, tally.misses
    assert tally.recall >= 0.95, tally.misses
    assert tally.speaker_accuracy >= 0.90, tally.misses


def test_seed_quotes_meet_the_issue_6_bar(seeds_dir: Path) -> None:
    tally = _tally(SEED_GOLD, seeds_dir)
    assert tally.precision >= 0.95, tally.misses
    assert tally.recall >= 0.95, tally.misses
    assert tally.speaker_accuracy >= 0.90, tally.misses


@pytest.mark.parametrize("name", sorted(FIXTURE_GOLD))
def test_every_fixture_with_gold_exists(name: str) -> None:
    assert (ROOT / "fixtures" / name).is_file()
