"""The two real pages in ../shared/seeds: what issue 3 asks of them, checked on each."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse.models import Article, BlockReason

# (file, paragraphs incl. standfirst, declared comments, paginated)
SEEDS = [
    ("000_c018526df2779fcd.txt", 27, 29, True),
    ("001_d5fa05bb8e5505b9.txt", 18, 10, False),
]
NOISE = ("Report this comment", "results per page", "Have your say", "Read the latest issue")


def parse_seed(seeds_dir: Path, name: str, site: str | None = None) -> Article:
    return newsparse.parse_file(seeds_dir / name, site=site)


def first_line_shaped_like_headline(path: Path) -> str:
    # The headline is the line right above the first line of the standfirst.
    lines = path.read_text(encoding="utf-8").splitlines()
    article = newsparse.parse_file(path)
    assert article.standfirst is not None
    return lines[article.standfirst.span.start_line - 3]


@pytest.mark.parametrize("site", [None, "pulse", "generic"])
@pytest.mark.parametrize(("name", "paragraphs", "declared", "paginated"), SEEDS)
def test_seed_article(
    seeds_dir: Path, name: str, paragraphs: int, declared: int, paginated: bool, site: str | None
) -> None:
    article = parse_seed(seeds_dir, name, site)
    assert article.headline is not None
    assert article.headline.text == first_line_shaped_like_headline(seeds_dir / name).strip()
    assert len(article.paragraphs) == paragraphs
    for paragraph in article.paragraphs:
        assert "\u00a0" not in paragraph.text
        assert not any(noise in paragraph.text for noise in NOISE)
    assert article.comments.declared_count == declared
    assert len(article.comments.comments) == 10
    assert article.comments.paginated is paginated


@pytest.mark.parametrize(("name", "paragraphs", "declared", "paginated"), SEEDS)
def test_seed_comments_are_whole_and_clean(
    seeds_dir: Path, name: str, paragraphs: int, declared: int, paginated: bool
) -> None:
    article = parse_seed(seeds_dir, name)
    lines = (seeds_dir / name).read_text(encoding="utf-8").splitlines()
    bullets = [number for number, line in enumerate(lines, 1) if line.startswith("  •")]
    assert [c.span.start_line for c in article.comments.comments] == bullets
    for comment in article.comments.comments:
        for field in (comment.text, comment.author or "", *comment.paragraphs):
            assert "Report this comment" not in field
            assert "results per page" not in field
        # Every text line of the comment, up to the widget after it, is in the comment.
        for number in range(comment.span.start_line, comment.span.end_line + 1):
            text = " ".join(lines[number - 1].split()).lstrip("• ")
            assert text in comment.text


def test_four_line_comment_is_one_comment(seeds_dir: Path) -> None:
    article = parse_seed(seeds_dir, SEEDS[0][0])
    longest = max(article.comments.comments, key=lambda c: c.span.line_count)
    assert longest.span.line_count == 4
    assert longest.text.count("\n") == 3


@pytest.mark.parametrize(("name", "paragraphs", "declared", "paginated"), SEEDS)
def test_seed_boilerplate_reasons(
    seeds_dir: Path, name: str, paragraphs: int, declared: int, paginated: bool
) -> None:
    article = parse_seed(seeds_dir, name)
    reasons = {block.text: block.reason for block in article.boilerplate}
    assert reasons["Unsuitable or offensive? Report this comment"] is BlockReason.COMMENT_NOISE
    assert reasons["Have your say"] is BlockReason.FOOTER
    widget = [b for b in article.boilerplate if b.text.startswith("View results")]
    assert [b.reason for b in widget] == ([BlockReason.PAGINATION] if paginated else [])
    assert article.boilerplate[0].reason is BlockReason.SITE_HEADER
    assert any(block.reason is BlockReason.PROMO for block in article.boilerplate)


@pytest.mark.parametrize(("name", "paragraphs", "declared", "paginated"), SEEDS)
def test_seed_every_line_is_covered(
    seeds_dir: Path, name: str, paragraphs: int, declared: int, paginated: bool
) -> None:
    article = parse_seed(seeds_dir, name)
    text = (seeds_dir / name).read_text(encoding="utf-8")
    spans = [b.span for b in article.boilerplate] + [p.span for p in article.paragraphs]
    spans += [c.span for c in article.comments.walk()]
    if article.headline:
        spans.append(article.headline.span)
    if article.comments.span:
        spans.append(article.comments.span)
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            assert any(s.start_line <= number <= s.end_line for s in spans), number


@pytest.mark.parametrize(("name", "paragraphs", "declared", "paginated"), SEEDS)
def test_parse_equals_parse_file(
    seeds_dir: Path, name: str, paragraphs: int, declared: int, paginated: bool
) -> None:
    path = seeds_dir / name
    assert newsparse.parse(path.read_text(encoding="utf-8")) == newsparse.parse_file(path)
