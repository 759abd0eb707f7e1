"""Comment threads, case by case, from ``comments_cases/*.json``.

Each file holds the cases of one concern as a list of objects. A case
writes a page: ``title`` (default "Library to close"), its ``paragraphs``
(default one sentence of prose), the comments ``heading`` (``null`` for
none), the ``thread`` as a list of lines, and the ``footer`` (default
"© 2024 Example News", ``null`` for none), blocks separated by a blank
line. It then states what ``newsparse.parse`` must read from the page,
with any of these keys (each one assertion):

- ``comments``: the top-level comments, each an object of the fields to
  compare (below) and, optionally, ``replies`` in the same form;
- ``walk``: every comment and reply depth first (``CommentSection.walk``),
  each an object of the fields to compare;
- ``count``: how many comments and replies there are;
- ``texts_include``: texts that are each the whole text of some comment;
- ``absent``: strings in no comment's author or text;
- ``declared_count``, ``paginated``: the section's fields;
- ``section_span``: whether the section has a span;
- ``empty_section``: the section is ``CommentSection.empty()``;
- ``last_comment_inside_section``: the last top-level comment ends before
  the section does;
- ``diagnostics``: the codes of the diagnostics above INFO, in order;
- ``body``: the texts of the body paragraphs;
- ``boilerplate_reasons``: the reasons of every boilerplate block, in order;
- ``blocks``: for each string, the reasons of the blocks whose text holds it;
- ``blocks_by_reason``: for each reason, the texts of its blocks.

The comment fields are ``author``, ``text``, ``paragraphs``,
``posted_text``, ``posted`` (ISO 8601 or ``null``), ``score`` and
``last_paragraph`` (the text after its last blank line). A case runs as
``FILE:NAME``, so ``pytest -k NAME`` selects it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse._pipeline.comments import declared_count
from newsparse.adapters import GENERIC
from newsparse.models import Article, Comment

CASES = Path(__file__).parent / "comments_cases"
PROSE = "The council voted on Tuesday to close the old library, officials said."
PAGE_KEYS = frozenset({"name", "title", "paragraphs", "heading", "thread", "footer"})

FIELDS: dict[str, Callable[[Comment], object]] = {
    "author": lambda comment: comment.author,
    "text": lambda comment: comment.text,
    "paragraphs": lambda comment: list(comment.paragraphs),
    "posted_text": lambda comment: comment.posted_text,
    "posted": lambda comment: None if comment.posted is None else comment.posted.isoformat(),
    "score": lambda comment: comment.score,
    "last_paragraph": lambda comment: comment.text.split("\n\n")[-1],
}


def _load() -> list[Any]:
    params: list[Any] = []
    for path in sorted(CASES.glob("*.json")):
        cases = json.loads(path.read_text(encoding="utf-8"))
        params.extend(pytest.param(case, id=f"{path.stem}:{case['name']}") for case in cases)
    return params


def page_of(case: dict[str, Any]) -> str:
    """Write the page of a case: its blocks joined by a blank line."""
    parts = [case.get("title", "Library to close"), *case.get("paragraphs", [PROSE])]
    if case["heading"] is not None:
        parts.append(case["heading"])
    if case["thread"]:
        parts.append("\n".join(case["thread"]))
    footer = case.get("footer", "© 2024 Example News")
    if footer is not None:
        parts.append(footer)
    return "\n\n".join(parts)


def _shown(comments: Sequence[Comment], expected: Sequence[dict[str, Any]]) -> list[object]:
    """Each comment as an object of the fields its expected counterpart names."""
    shown: list[object] = []
    for index, comment in enumerate(comments):
        wanted: dict[str, Any] = (
            expected[min(index, len(expected) - 1)] if expected else {"text": None}
        )
        record: dict[str, object] = {}
        for field in wanted:
            if field == "replies":
                record[field] = _shown(comment.replies, wanted[field])
            else:
                record[field] = FIELDS[field](comment)
        shown.append(record)
    return shown


def _check_comments(article: Article, expected: Any) -> None:
    assert _shown(article.comments.comments, expected) == expected


def _check_walk(article: Article, expected: Any) -> None:
    assert _shown(article.comments.walk(), expected) == expected


def _check_count(article: Article, expected: Any) -> None:
    assert len(article.comments.walk()) == expected


def _check_texts_include(article: Article, expected: Any) -> None:
    texts = [comment.text for comment in article.comments.walk()]
    assert [text for text in expected if text not in texts] == []


def _check_absent(article: Article, expected: Any) -> None:
    fields = [
        field for comment in article.comments.walk() for field in (comment.author, comment.text)
    ]
    assert [word for word in expected if any(word in (field or "") for field in fields)] == []


def _check_declared_count(article: Article, expected: Any) -> None:
    assert article.comments.declared_count == expected


def _check_paginated(article: Article, expected: Any) -> None:
    assert article.comments.paginated is expected


def _check_section_span(article: Article, expected: Any) -> None:
    assert (article.comments.span is not None) is expected


def _check_empty_section(article: Article, expected: Any) -> None:
    assert (article.comments == newsparse.CommentSection.empty()) is expected


def _check_last_comment_inside_section(article: Article, expected: Any) -> None:
    section, comments = article.comments.span, article.comments.comments
    inside = section is not None and comments[-1].span.end_line < section.end_line
    assert inside is expected


def _check_diagnostics(article: Article, expected: Any) -> None:
    codes = [d.code for d in article.diagnostics if d.severity is not newsparse.Severity.INFO]
    assert codes == expected


def _check_body(article: Article, expected: Any) -> None:
    assert [paragraph.text for paragraph in article.body] == expected


def _check_boilerplate_reasons(article: Article, expected: Any) -> None:
    assert [block.reason.value for block in article.boilerplate] == expected


def _check_blocks(article: Article, expected: Any) -> None:
    found = {
        part: [block.reason.value for block in article.boilerplate if part in block.text]
        for part in expected
    }
    assert found == expected


def _check_blocks_by_reason(article: Article, expected: Any) -> None:
    found = {
        reason: [block.text for block in article.boilerplate if block.reason.value == reason]
        for reason in expected
    }
    assert found == expected


CHECKS: dict[str, Callable[[Article, Any], None]] = {
    "comments": _check_comments,
    "walk": _check_walk,
    "count": _check_count,
    "texts_include": _check_texts_include,
    "absent": _check_absent,
    "declared_count": _check_declared_count,
    "paginated": _check_paginated,
    "section_span": _check_section_span,
    "empty_section": _check_empty_section,
    "last_comment_inside_section": _check_last_comment_inside_section,
    "diagnostics": _check_diagnostics,
    "body": _check_body,
    "boilerplate_reasons": _check_boilerplate_reasons,
    "blocks": _check_blocks,
    "blocks_by_reason": _check_blocks_by_reason,
}


@pytest.mark.parametrize("case", _load())
def test_case(case: dict[str, Any]) -> None:
    article = newsparse.parse(page_of(case))
    expected = {key: value for key, value in case.items() if key not in PAGE_KEYS}
    assert expected, "a case must expect something"
    assert set(expected) <= set(CHECKS), f"unknown keys {sorted(set(expected) - set(CHECKS))}"
    for key, value in expected.items():
        CHECKS[key](article, value)


def test_case_names_are_unique_and_selectable() -> None:
    names = [param.values[0]["name"] for param in _load()]
    assert len(names) == len(set(names))
    assert [name for name in names if not name.isidentifier()] == []


def test_declared_count_forms() -> None:
    assert declared_count("Readers' comments (29)", GENERIC) == 29
    assert declared_count("1,204 Comments", GENERIC) == 1204
    assert declared_count("Comments: 7", GENERIC) == 7
    assert declared_count("Discussion", GENERIC) is None


def test_headings_with_a_word_before_comments_or_a_lead_in() -> None:
    assert declared_count("8 appreciated comments on “New work”", GENERIC) == 8
    assert declared_count("There are 3 comments about:", GENERIC) == 3
    assert declared_count("There are 3 comments about the plan.", GENERIC) is None
