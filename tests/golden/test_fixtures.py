"""Golden tests: each fixture page parses to the JSON committed beside it.

Regenerate the expected files with ``pytest tests/golden --update-golden``
and review the change as a diff before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from tests.conftest import FIXTURES

PAGES = sorted(FIXTURES.rglob("*.txt"))


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(FIXTURES)) for p in PAGES])
def test_fixture_parses_to_its_golden_json(page: Path, update_golden: bool) -> None:
    expected_path = page.with_suffix(".json")
    article = newsparse.parse_file(page)
    actual = newsparse.to_json(article, indent=2) + "\n"
    if update_golden:
        expected_path.write_text(actual, encoding="utf-8")
        return
    if not expected_path.exists():
        pytest.fail(
            f"{expected_path.name} is missing: run `pytest tests/golden --update-golden`"
            " and review the new file"
        )
    expected = expected_path.read_text(encoding="utf-8")
    assert json.loads(actual) == json.loads(expected), (
        f"{page.name} parses differently from {expected_path.name}; if the change is"
        " intended, run `pytest tests/golden --update-golden` and review the diff"
    )
    assert newsparse.from_json(expected) == article


def test_there_are_enough_fixtures() -> None:
    assert len(PAGES) >= 8, "the golden suite needs the invented fixture pages under fixtures/"
