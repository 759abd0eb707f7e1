from __future__ import annotations

import pytest

from newsparse import furniture
from newsparse.adapters import GENERIC, PULSE
from newsparse.adapters.base import Adapter
from newsparse.furniture import FURNITURE_KINDS, Furniture
from newsparse.models import Zone

TEXTS = [
    "Readers' comments (29)",
    "Unsuitable or offensive? Report this comment",
    "View results 10 results per page20 results per page",
    "Have your say",
    "© 2024 Example Media",
    "Some rights and all rights reserved here",
    "By Jane Smith, Health Reporter",
    "Skip to content",
    "The council met on Tuesday.",
    "S",
    "Re",
    "▲ 5 ▼",
    "pulse june2020 80x101px Read the latest issue online",
]


def brute_force(adapter: Adapter, text: str) -> tuple[Zone, str] | None:
    """Try every pattern in rule order, as the index must agree with."""
    sources = (adapter, GENERIC) if adapter is not GENERIC else (GENERIC,)
    for source in sources:
        for kind, zone in FURNITURE_KINDS:
            for pattern in getattr(source, kind):
                if pattern.search(text) is not None:
                    return zone, f"{source.name}.{zone.value}"
    return None


@pytest.mark.parametrize("adapter", [GENERIC, PULSE], ids=lambda adapter: adapter.name)
@pytest.mark.parametrize("text", TEXTS)
def test_match_agrees_with_trying_every_pattern(adapter: Adapter, text: str) -> None:
    assert Furniture(adapter).match(text) == brute_force(adapter, text)


def test_prefix_table_starts_again_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(furniture, "_MAX_PREFIXES", 2)
    patterns = Furniture(PULSE)
    for text in TEXTS * 2:
        assert patterns.match(text) == brute_force(PULSE, text)
    assert len(patterns._by_prefix) <= 2
