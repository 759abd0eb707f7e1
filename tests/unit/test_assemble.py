from __future__ import annotations

import pytest

import newsparse
from newsparse._page import Lines
from newsparse._pipeline.assemble import fallback_article, uncovered_lines
from newsparse._pipeline.run import run_stages
from newsparse._pipeline.stages import ParseState
from newsparse._pipeline.text.blocks import split_blocks
from newsparse.adapters import GENERIC, Label
from newsparse.models import Article, BlockReason, Severity, Zone
from newsparse.options import Options
from tests import factories as make

PROSE = "The council voted on Tuesday to close the old library, officials said."


def assembled(lines: Lines, zones: list[Zone]) -> Article:
    """Run the stages after ``zones`` on blocks labelled by hand."""
    blocks = split_blocks(lines)
    labels = tuple(Label(zone, "test") for zone in zones)
    state = ParseState(
        lines=lines, adapter=GENERIC, options=Options(), main=lines, blocks=blocks, labels=labels
    )
    return run_stages(state, start="metadata").article


def test_labels_become_article_parts() -> None:
    lines = Lines.from_text(f"Menu\n\nTitle here\n\n{PROSE}\n\nSubhead\n\n{PROSE}")
    zones = [Zone.SITE_HEADER, Zone.HEADLINE, Zone.STANDFIRST, Zone.BODY, Zone.BODY]
    article = assembled(lines, zones)
    assert article.headline is not None
    assert article.headline.text == "Title here"
    assert article.standfirst is not None
    assert [p.text for p in article.body] == ["Subhead", PROSE]
    assert [(b.reason, b.text) for b in article.boilerplate] == [(BlockReason.SITE_HEADER, "Menu")]


def test_comment_blocks_without_a_heading_make_a_section() -> None:
    lines = Lines.from_text(f"Title here\n\n{PROSE}")
    # Comment headers found by the zone rules stand for a heading the page lacks.
    article = assembled(lines, [Zone.HEADLINE, Zone.COMMENT])
    assert article.comments.declared_count is None
    assert [c.text for c in article.comments.comments] == [PROSE]
    assert article.boilerplate == ()
    assert uncovered_lines(lines, article) == []


def test_uncovered_lines_finds_gaps() -> None:
    text = f"Title here\n\n{PROSE}\n\nAnother line"
    article = newsparse.parse(text)
    assert uncovered_lines(Lines.from_text(text), article) == []
    lines = Lines.from_text(text + "\n\nA line the article never saw")
    assert uncovered_lines(lines, article) == [7]


def test_fallback_article_keeps_every_block() -> None:
    lines = Lines.from_text("one\n\ntwo\nthree")
    failure = make.diagnostic("parse.failed", severity=Severity.ERROR)
    article = fallback_article(lines, failure)
    assert [b.text for b in article.boilerplate] == ["one", "two\nthree"]
    assert {b.reason for b in article.boilerplate} == {BlockReason.UNPLACED}
    assert article.diagnostics == (failure,)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Ann Other", "Ann Other"),
        ("By Ann Other, Health Reporter", "Ann Other, Health Reporter"),
        ("Posted by jo_b | 4 May 2012", "jo_b"),
        ("Posted on 4 May 2012 by jo_b", "jo_b"),
        ("by jo_b · 4 May 2012", "jo_b"),
        ("Written by Ann Other | Health", "Ann Other"),
    ],
)
def test_byline_and_published(byline: str, expected: str) -> None:
    article = newsparse.parse(f"Title here\n\n{byline}\n\n4 May 2012 10:15\n\n{PROSE}")
    assert article.byline == expected
    assert article.published is not None
    assert article.published.year == 2012
    assert article.published.tzinfo is not None


@pytest.mark.parametrize(
    "block",
    [
        "By Ann Other\n5 May 2012\n5 min read",
        "Ann Other\nSat 5 May 2012 10.15 BST",
        "By Ann Other\n5 May 2012, 10:15 +0100",
        "By Ann Other\nMay 5, 2012 at 10:15 p.m. ET",
        "Ann Other\nLast modified on 5 May 2012 10:15",
    ],
)
def test_a_byline_block_names_its_author(block: str) -> None:
    article = newsparse.parse(f"Title here\n\n{block}\n\n{PROSE}")
    assert article.byline == "Ann Other"
    assert block.splitlines()[-1] in {b.text.splitlines()[-1] for b in article.boilerplate}


@pytest.mark.parametrize(
    "block",
    ["Ann Other\nSee all her stories", "Share this\n5 May 2012", "Ann Other\nBo Tran\n5 May 2012"],
)
def test_a_block_with_more_than_a_name_and_dates_is_no_byline(block: str) -> None:
    assert newsparse.parse(f"Title here\n\n{block}\n\n{PROSE}").byline is None


def test_published_uses_the_timezone_option() -> None:
    import datetime as dt

    zone = dt.timezone(dt.timedelta(hours=2))
    article = newsparse.parse(
        f"Title here\n\nPublished 4 May 2012 10:15\n\n{PROSE}", options=Options(timezone=zone)
    )
    assert article.published == dt.datetime(2012, 5, 4, 10, 15, tzinfo=zone)
