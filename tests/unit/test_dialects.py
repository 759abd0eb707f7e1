"""Markdown and lynx dumps: their marks read off the article's text, the lines kept as written."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse._page import Lines
from newsparse._pipeline.text.dialects import Dialect, clean_lines, dialect_of
from tests.conftest import FIXTURES

MARKDOWN = FIXTURES / "other" / "markdown_dump.txt"
LYNX = FIXTURES / "other" / "lynx_dump.txt"


@pytest.mark.parametrize("page", [MARKDOWN, LYNX], ids=["markdown", "lynx"])
def test_a_dump_reads_as_the_article_without_its_marks(page: Path) -> None:
    article = newsparse.parse_file(page)
    assert article.headline is not None
    assert article.headline.text == "Harbour wall to be mended after winter storms"
    assert article.byline == "Ann Lee"
    assert article.standfirst is not None
    assert article.standfirst.text.endswith("after engineers found gaps in the mortar.")
    assert not any("[" in paragraph.text for paragraph in article.paragraphs)


def test_the_lines_keep_their_marks() -> None:
    explained = newsparse.explain(MARKDOWN.read_text(encoding="utf-8"))
    assert explained.lines[6].text == "# Harbour wall to be mended after winter storms"


@pytest.mark.parametrize(
    ("text", "dialect"),
    [
        ("# Title\n\nSee [the report](https://x.org/r).", Dialect.MARKDOWN),
        ("[a](/a)\n[b](/b)\n[c](/c(1))", Dialect.MARKDOWN),
        ("# Title\n\nSee [the report][1].\n\n[1]: https://x.org/r", Dialect.MARKDOWN),
        ("Title\n\nOne [link](/a) only, no heading.", None),
        ("Title\n\nA plain [sic] page with a footnote [1].", None),
        ("Title\n\n[1]Home [2]News [3]Sport\n\nReferences\n\n   1. https://x.org/\n", Dialect.LYNX),
        ("Title\n\nA list of References\n\n   1. https://x.org/\n", None),
        (
            "Title\r\n\r\n[1]Home [2]News [3]Sport\r\n\r\nReferences\r\n\r\n   1. https://x.org/",
            Dialect.LYNX,
        ),
        ("North.[1][2] It is.\nSouth.[3][4] It is.\nEast.[5][6] ok\n\n[Share][Post]", None),
    ],
)
def test_which_pages_are_dumps(text: str, dialect: Dialect | None) -> None:
    assert dialect_of(text) is dialect


def test_a_picture_with_no_alt_text_keeps_its_marks() -> None:
    text = (
        "# Storm hits coast\n\n![](https://x.org/p.jpg)\n\n"
        "The [storm](/s) hit the coast on Monday, the council said."
    )
    explained = newsparse.explain(text)
    assert [line.zone.value for line in explained.lines][2] != "blank"
    article = newsparse.parse(text)
    assert article.headline is not None
    assert article.headline.text == "Storm hits coast"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("*By Ann Lee* | 5 March 2024", "By Ann Lee | 5 March 2024"),
        ("_Photo: Ann Lee_ and **a [link](/a)**", "Photo: Ann Lee and a link"),
        ("the [council's report][12] said", "the council's report said"),
        ("[![The wall](w.jpg)](/w) at [the [2024] survey](/s)", "The wall at the [2024] survey"),
        ("## Learn C#", "Learn C#"),
        ("## Closed heading ##", "Closed heading"),
        ("2*3*4 and snake_case_name stay", "2*3*4 and snake_case_name stay"),
        ("> “We will,” she said.", "“We will,” she said."),
        ("### Related \\*stories\\* ###", "Related *stories*"),
    ],
)
def test_the_marks_a_markdown_line_loses(written: str, read: str) -> None:
    page = f"# Title\n\n[a](/a)\n\n{written}"
    assert newsparse.explain(page).lines[4].text == written
    line = clean_lines(Lines.from_text(page), Dialect.MARKDOWN).at(5)
    assert line.text == read
