"""Golden tests: each fixture page parses to the JSON committed beside it.

Regenerate the expected files with ``pytest tests/golden --update-golden``
and review the change as a diff before committing it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from tests.conftest import FIXTURES
from tests.golden._golden import check_golden

PAGES = sorted(FIXTURES.rglob("*.txt"))


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(FIXTURES)) for p in PAGES])
def test_fixture_parses_to_its_golden_json(page: Path, update_golden: bool) -> None:
    check_golden(
        newsparse.parse_file(page), page.with_suffix(".json"), page=page.name, update=update_golden
    )


def test_there_are_enough_fixtures() -> None:
    assert len(PAGES) >= 8, "the golden suite needs the invented fixture pages under fixtures/"
