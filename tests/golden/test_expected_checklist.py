"""The hand-written checklist ``fixtures/EXPECTED.md`` and the golden JSON agree on quotes.

Each page's "Quotes:" table lists, row by row, the quotes the golden file
holds: the same words, the same kind, and a speaker exactly when the kind is
not ``scare``. Speaker names are not compared: the checklist writes some as
notes ("the report (the audit)").
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES

CHECKLIST = FIXTURES / "EXPECTED.md"
# A quote table: the "Quotes:" line, a header row, a rule row, then its rows.
_QUOTE_TABLE = re.compile(r"^Quotes:\n\n\|[^\n]*\n\|[-|]+\n((?:\|[^\n]*\n)+)", re.MULTILINE)


def _quote_tables() -> dict[str, list[list[str]]]:
    """Return each page's quote rows: number, where, kind, speaker, cue, text."""
    sections = re.split(r"^## ", CHECKLIST.read_text(encoding="utf-8"), flags=re.MULTILINE)
    tables: dict[str, list[list[str]]] = {}
    for section in sections[1:]:
        table = _QUOTE_TABLE.search(section)
        if table is not None:
            rows = table.group(1).splitlines()
            tables[section.split()[0]] = [
                [cell.strip() for cell in row.strip().strip("|").split("|")] for row in rows
            ]
    return tables


TABLES = _quote_tables()


def _golden_quotes(page: str) -> list[dict[str, Any]]:
    golden = json.loads((FIXTURES / page).with_suffix(".json").read_text(encoding="utf-8"))
    quotes: list[dict[str, Any]] = golden["quotes"]
    return quotes


def test_the_checklist_has_quote_tables() -> None:
    assert len(TABLES) >= 5
    assert all(len(row) == 6 for rows in TABLES.values() for row in rows)


@pytest.mark.parametrize("page", sorted(TABLES))
def test_checklist_quotes_match_the_golden_json(page: str) -> None:
    expected = [(row[5], row[2], row[3] != "None") for row in TABLES[page]]
    golden = [
        (quote["text"], quote["kind"], quote["speaker"] is not None)
        for quote in _golden_quotes(page)
    ]
    assert golden == expected


@pytest.mark.parametrize("page", sorted(TABLES))
def test_checklist_scare_quotes_have_no_speaker_or_cue(page: str) -> None:
    for _, _, kind, speaker, cue, _ in TABLES[page]:
        if kind == "scare":
            assert (speaker, cue) == ("None", "—")


def test_fixture_pages_named_by_the_checklist_exist() -> None:
    assert all(Path(FIXTURES / page).is_file() for page in TABLES)
