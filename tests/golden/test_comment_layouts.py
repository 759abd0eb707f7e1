"""Comment layouts (issue 7): each ``fixtures/comments/*.txt`` against its hand-written truth.

Every page in ``fixtures/comments/`` is an invented page in one comment
layout; ``NAME.expected.json`` beside it is what a careful reader says the
comment section holds (the spec, written by hand, not generated from the
parser). See ``fixtures/comments/README.md`` for the layouts and the shape
of the JSON.

Each test collects every difference it finds before failing, and names the
fixture and the comment's path in the reply tree (``#2.1`` = first reply of
the second top-level comment), so one run lists all the work left on a page.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import TypedDict, cast

import pytest

import newsparse
from newsparse.models import Article, Comment
from newsparse.testing import assert_nothing_lost
from tests.conftest import FIXTURES

LAYOUTS = FIXTURES / "comments"
PAGES = sorted(LAYOUTS.glob("*.txt"))
IDS = [page.stem for page in PAGES]

# Leading list marks that w3m prints before a line's text: bullets of any
# nesting level and item numbers ("  1. ").
_LIST_MARK = re.compile(r"^\s*(?:[•□☆○◦■▪‣*-]\s*|\d+\.\s+)*")
_SPACE = re.compile(r"\s+")


class ExpectedComment(TypedDict):
    author: str | None
    posted_text: str | None
    posted: str | None
    score: int | None
    text_starts: str
    text_ends: str
    paragraph_count: int
    replies: list[ExpectedComment]


class _ExpectedRequired(TypedDict):
    layout: str
    headline: str
    declared_count: int | None
    paginated: bool
    comments: list[ExpectedComment]
    boilerplate_reasons: dict[str, list[str]]
    must_not_appear_in_comments: list[str]
    notes: str


class Expected(_ExpectedRequired, total=False):
    published: str


def _norm(text: str) -> str:
    """Collapse every run of white space (NBSP and line breaks included) to one space."""
    return _SPACE.sub(" ", text).strip()


def _norm_line(line: str) -> str:
    """A page line as the truth files name it: list marks and outer spaces gone."""
    return _norm(_LIST_MARK.sub("", line, count=1))


def _load(page: Path) -> tuple[str, Article, Expected]:
    text = page.read_text(encoding="utf-8")
    truth_path = page.with_name(page.stem + ".expected.json")
    if not truth_path.exists():
        pytest.fail(f"{page.name}: {truth_path.name} is missing (write the truth by hand)")
    expected = cast(Expected, json.loads(truth_path.read_text(encoding="utf-8")))
    return text, newsparse.parse(text), expected


def _fail_if(problems: list[str], page: Path, what: str) -> None:
    if problems:
        listed = "\n  ".join(problems)
        pytest.fail(f"{page.name}: {what} differs from the truth:\n  {listed}", pytrace=False)


def _shape_of_expected(comments: list[ExpectedComment]) -> str:
    return "[" + ", ".join(_shape_of_expected(c["replies"]) for c in comments) + "]"


def _shape_of_actual(comments: tuple[Comment, ...]) -> str:
    return "[" + ", ".join(_shape_of_actual(c.replies) for c in comments) + "]"


def _path(prefix: str, index: int) -> str:
    return f"{prefix}.{index}" if prefix else f"#{index}"


def _describe(comment: Comment) -> str:
    return (
        f"author={comment.author!r} posted_text={comment.posted_text!r} "
        f"lines {comment.span.start_line}-{comment.span.end_line} "
        f"text={_norm(comment.text)[:50]!r}"
    )


def _compare_comments(
    expected: list[ExpectedComment],
    actual: tuple[Comment, ...],
    prefix: str,
    problems: list[str],
) -> None:
    where = f"replies of {prefix}" if prefix else "top-level comments"
    if len(expected) != len(actual):
        problems.append(f"{where}: expected {len(expected)}, found {len(actual)}")
        for index, comment in enumerate(actual, start=1):
            problems.append(f"    found {_path(prefix, index)}: {_describe(comment)}")
    for index, (want, got) in enumerate(zip(expected, actual, strict=False), start=1):
        path = _path(prefix, index)
        _compare_one(want, got, path, problems)
        _compare_comments(want["replies"], got.replies, path, problems)


def _compare_one(want: ExpectedComment, got: Comment, path: str, problems: list[str]) -> None:
    label = f"comment {path} (expected author {want['author']!r})"
    if got.author != want["author"]:
        problems.append(f"{label}: author {got.author!r} != {want['author']!r}")
    got_posted_text = None if got.posted_text is None else _norm(got.posted_text)
    if got_posted_text != want["posted_text"]:
        problems.append(f"{label}: posted_text {got.posted_text!r} != {want['posted_text']!r}")
    want_posted = None if want["posted"] is None else datetime.fromisoformat(want["posted"])
    if got.posted is not None and got.posted.tzinfo is None:
        problems.append(f"{label}: posted {got.posted.isoformat()} is not timezone-aware")
    elif got.posted != want_posted:
        shown = None if got.posted is None else got.posted.isoformat()
        problems.append(f"{label}: posted {shown} != {want['posted']}")
    if got.score != want["score"]:
        problems.append(f"{label}: score {got.score!r} != {want['score']!r}")
    text = _norm(got.text)
    if not text.startswith(_norm(want["text_starts"])):
        problems.append(f"{label}: text starts {text[:60]!r}, expected {want['text_starts']!r}")
    if not text.endswith(_norm(want["text_ends"])):
        problems.append(f"{label}: text ends {text[-60:]!r}, expected {want['text_ends']!r}")
    if want["posted_text"] is not None and want["posted_text"] in text:
        problems.append(f"{label}: its date {want['posted_text']!r} is inside its text")
    if len(got.paragraphs) != want["paragraph_count"]:
        problems.append(
            f"{label}: {len(got.paragraphs)} paragraph(s), expected {want['paragraph_count']}"
        )


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_section_counts(page: Path) -> None:
    _, article, expected = _load(page)
    section = article.comments
    problems: list[str] = []
    if section.declared_count != expected["declared_count"]:
        problems.append(
            f"declared_count {section.declared_count!r} != {expected['declared_count']!r}"
        )
    if section.paginated != expected["paginated"]:
        problems.append(f"paginated {section.paginated!r} != {expected['paginated']!r}")
    if expected["comments"] and section.span is None:
        problems.append("the page has comments but the section span is None")
    _fail_if(problems, page, "the comment section")


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_headline_and_published(page: Path) -> None:
    _, article, expected = _load(page)
    problems: list[str] = []
    headline = None if article.headline is None else article.headline.text
    if headline != expected["headline"]:
        problems.append(f"headline {headline!r} != {expected['headline']!r}")
    if "published" in expected:
        want = datetime.fromisoformat(expected["published"])
        if article.published != want:
            shown = None if article.published is None else article.published.isoformat()
            problems.append(
                f"published {shown} != {expected['published']} (relative comment dates"
                " resolve against it)"
            )
    _fail_if(problems, page, "the article frame")


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_comment_tree(page: Path) -> None:
    _, article, expected = _load(page)
    problems: list[str] = []
    want_shape = _shape_of_expected(expected["comments"])
    got_shape = _shape_of_actual(article.comments.comments)
    if want_shape != got_shape:
        problems.append(f"tree shape {got_shape} != {want_shape}")
    _compare_comments(expected["comments"], article.comments.comments, "", problems)
    _fail_if(problems, page, "the comment tree")


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_no_boilerplate_in_comments(page: Path) -> None:
    _, article, expected = _load(page)
    problems: list[str] = []
    found = article.comments.walk()
    for word in expected["must_not_appear_in_comments"]:
        for comment in found:
            for field, value in (
                ("author", comment.author),
                ("text", comment.text),
                ("posted_text", comment.posted_text),
            ):
                if value is not None and word in value:
                    problems.append(
                        f"{word!r} in the {field} of the comment at lines"
                        f" {comment.span.start_line}-{comment.span.end_line}"
                        f" (author {comment.author!r})"
                    )
    _fail_if(problems, page, "comment fields")


def _covering(article: Article, number: int) -> str:
    """Say what holds line ``number`` in the parse, for failure messages."""
    held = [
        f"block {block.reason.value}"
        for block in article.boilerplate
        if block.span.contains(number)
    ]
    held += [
        f"comment by {comment.author!r}"
        for comment in article.comments.walk()
        if comment.span.contains(number)
    ]
    if article.headline is not None and article.headline.span.contains(number):
        held.append("headline")
    paragraphs = [article.standfirst, *article.body] if article.standfirst else article.body
    held += ["paragraph" for p in paragraphs if p is not None and p.span.contains(number)]
    if not held and article.comments.span and article.comments.span.contains(number):
        held.append("the comment section only")
    return ", ".join(held) or "nothing"


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_boilerplate_reasons(page: Path) -> None:
    text, article, expected = _load(page)
    lines = [_norm_line(line) for line in text.splitlines()]
    problems: list[str] = []
    for reason, entries in expected["boilerplate_reasons"].items():
        for entry in entries:
            want = _norm(entry)
            numbers = [n for n, line in enumerate(lines, start=1) if line == want]
            if not numbers:
                numbers = [n for n, line in enumerate(lines, start=1) if line.startswith(want)]
            if not numbers:
                problems.append(f"fixture error: no line reads {entry!r}")
                continue
            problems.extend(
                f"line {number} {entry!r} should be in a {reason!r} block;"
                f" it is in {_covering(article, number)}"
                for number in numbers
                if not any(
                    block.reason.value == reason and block.span.contains(number)
                    for block in article.boilerplate
                )
            )
    _fail_if(problems, page, "boilerplate")


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_nothing_lost(page: Path) -> None:
    text, article, _ = _load(page)
    try:
        assert_nothing_lost(text, article)
    except AssertionError as error:
        pytest.fail(f"{page.name}: {error}", pytrace=False)


def test_every_layout_has_its_truth() -> None:
    assert len(PAGES) >= 10, "issue 7 wants at least ten invented comment layouts"
    missing = [p.name for p in PAGES if not p.with_name(p.stem + ".expected.json").exists()]
    assert not missing, f"pages without NAME.expected.json: {missing}"
