"""A subhead on the line above its paragraph is a paragraph of its own."""

from __future__ import annotations

import pytest

import newsparse

PAGE = """Harbour wall to be mended after winter storms

By Ann Lee | 5 March 2024

Work on the east wall will start in June, the council said on Monday, after engineers found gaps.

The wall was built in 1840 and was last repaired after the storms of 1953, the harbour trust said.

What the engineers found
The gaps run along the base of the wall, where the sea has washed out the old lime mortar.

Who will pay
“The council will pay for most of it,” said the treasurer, with the harbour trust paying the rest.
"""


def test_each_subhead_is_a_paragraph_of_its_own() -> None:
    article = newsparse.parse(PAGE)
    assert [paragraph.text[:24] for paragraph in article.body][-4:] == [
        "What the engineers found",
        "The gaps run along the b",
        "Who will pay",
        "“The council will pay fo",
    ]
    assert [(p.span.start_line, p.span.end_line) for p in article.body][-4:] == [
        (9, 9),
        (10, 10),
        (12, 12),
        (13, 13),
    ]
    assert [quote.speaker for quote in article.quotes] == ["the treasurer"]


@pytest.mark.parametrize(
    "block",
    [
        # a paragraph wrapped at the page's width: its first line is no subhead
        "The gaps run along the base of the wall, where the sea has\nwashed out mortar.",
        "Three things to know:\nThe gaps run along the base of the wall, as the survey shows.",
        "in lower case\nThe gaps run along the base of the wall, as the survey shows.",
        "What we found\nthe gaps run along the base of the wall, as the survey shows.",
    ],
)
def test_a_block_that_opens_with_no_subhead_stays_one_paragraph(block: str) -> None:
    page = (
        "Harbour wall to be mended\n\nWork on the east wall will start in June, the council"
        f" said.\n\n{block}\n\nThe harbour master said boats would move to the west quay."
    )
    texts = [paragraph.text for paragraph in newsparse.parse(page).body]
    assert " ".join(block.split()) in texts


def test_one_long_line_does_not_make_every_wrap_a_break() -> None:
    page = (
        "Council votes on the harbour\n\nBy Ann Lee\n\n"
        "The town council voted on Monday that Mayor\nAnn Lee would lead the talks with the harbour"
        "\ntrust over the repairs to the wall, it said.\n\n"
        "Full report: https://example.org/reports/harbour/2024/a-very-long-address-of-the-page.pdf"
        "\n\nThe council will meet again in\nJune to agree the cost of the work, it said.\n"
    )
    texts = [paragraph.text for paragraph in newsparse.parse(page).paragraphs]
    assert texts[0].startswith("The town council voted on Monday that Mayor Ann Lee would")
    assert (
        texts[-1] == "The council will meet again in June to agree the cost of the work, it said."
    )
