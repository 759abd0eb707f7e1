"""Pages of sites no adapter knows (issue 16): each ``fixtures/unknown/*.txt`` against its truth.

Every page is invented in the shape of a layout the generic rules must read
without having seen its site: the headline among bylines, credits and
buttons, where the article starts and ends, and where its comments are.
``NAME.expected.json`` beside each page is written by hand (see
``fixtures/unknown/README.md``); ``rules`` names the rule ``newsparse
explain`` must print on a line, by its number.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypedDict, cast

import pytest

import newsparse
from tests.conftest import FIXTURES

PAGES = sorted((FIXTURES / "unknown").glob("*.txt"))


class Truth(TypedDict):
    layout: str
    headline: str
    paragraphs: int
    first_paragraph_starts: str
    last_paragraph_ends: str
    comments: int
    not_in_body: list[str]
    rules: dict[str, str]
    notes: str


def _truth(page: Path) -> Truth:
    truth_path = page.with_name(page.stem + ".expected.json")
    return cast(Truth, json.loads(truth_path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_unknown_site_reads_as_its_truth(page: Path) -> None:
    truth = _truth(page)
    text = page.read_text(encoding="utf-8")
    article = newsparse.parse(text)
    problems = []
    headline = article.headline.text if article.headline is not None else None
    if headline != truth["headline"]:
        problems.append(f"headline {headline!r}")
    paragraphs = [paragraph.text for paragraph in article.paragraphs]
    if len(paragraphs) != truth["paragraphs"]:
        problems.append(f"{len(paragraphs)} paragraphs: {[p[:30] for p in paragraphs]}")
    elif not paragraphs[0].startswith(truth["first_paragraph_starts"]):
        problems.append(f"first paragraph {paragraphs[0][:50]!r}")
    elif not paragraphs[-1].endswith(truth["last_paragraph_ends"]):
        problems.append(f"last paragraph {paragraphs[-1][-50:]!r}")
    body = " ".join(paragraphs)
    problems += [f"{words!r} in the body" for words in truth["not_in_body"] if words in body]
    if len(article.comments.walk()) != truth["comments"]:
        problems.append(f"{len(article.comments.walk())} comments")
    rules = {line.number: line.rule for line in newsparse.explain(text).lines}
    problems += [
        f"line {number}: rule {rules.get(int(number))!r}, not {rule!r}"
        for number, rule in truth["rules"].items()
        if rules.get(int(number)) != rule
    ]
    assert not problems, f"{page.name} differs from its truth: " + "; ".join(problems)


def test_every_unknown_site_has_its_truth() -> None:
    assert len(PAGES) >= 3
    assert all(page.with_name(page.stem + ".expected.json").exists() for page in PAGES)
