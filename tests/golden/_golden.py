"""The check every golden test makes: an article equals its stored JSON, or rewrites it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse


def check_golden(article: newsparse.Article, golden: Path, *, page: str, update: bool) -> None:
    """Compare ``article`` with the JSON stored in ``golden``, or store it with ``--update-golden``.

    The stored JSON must also read back to the same article, so a golden file
    is never out of step with ``from_json``.
    """
    actual = newsparse.to_json(article, indent=2) + "\n"
    if update:
        golden.write_text(actual, encoding="utf-8")
        return
    if not golden.exists():
        pytest.fail(
            f"{golden.name} is missing: run `pytest tests/golden --update-golden`"
            " and review the new file"
        )
    expected = golden.read_text(encoding="utf-8")
    assert json.loads(actual) == json.loads(expected), (
        f"{page} parses differently from {golden.name}; if the change is"
        " intended, run `pytest tests/golden --update-golden` and review the diff"
    )
    assert newsparse.from_json(expected) == article
