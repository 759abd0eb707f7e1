"""Every built-in adapter passes the conformance check adapter authors run."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

import newsparse
from newsparse._pipeline.run import read_text
from newsparse.adapters import BUILTIN_ADAPTERS
from newsparse.adapters._adapter import Adapter
from newsparse.testing import check_adapter

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def example_pages() -> list[str]:
    """The seed pages (when ``../shared`` is there) and the project's fixture pages."""
    paths = sorted((SHARED / "seeds").glob("*.txt")) + sorted(FIXTURES.glob("**/*.txt"))
    return [read_text(path) for path in paths]


@pytest.mark.parametrize("adapter", newsparse.adapters(), ids=lambda adapter: adapter.name)
def test_check_adapter(adapter: Adapter) -> None:
    check_adapter(adapter, examples=example_pages())


@pytest.mark.parametrize("adapter", BUILTIN_ADAPTERS.values(), ids=lambda adapter: adapter.name)
def test_equal_after_pickle_round_trip(adapter: Adapter) -> None:
    assert pickle.loads(pickle.dumps(adapter)) == adapter


def test_examples_are_found() -> None:
    if not (SHARED / "seeds").is_dir() and not FIXTURES.is_dir():
        pytest.skip("neither ../shared/seeds nor fixtures/ is present")
    assert example_pages()
