"""The article's paragraphs on a text page: pictures' names, signatures, unpunctuated ends."""

from __future__ import annotations

import pytest

import newsparse
from newsparse._page import Lines, TextBlock
from newsparse._pipeline.text.blocks import split_blocks
from newsparse._pipeline.text.pictures import paragraph_text
from newsparse._pipeline.zones.headings import split_at_signature
from newsparse.adapters import GENERIC

PROSE = "The council voted on Tuesday to close the old library, officials said."


def _paragraphs(page: str) -> list[str]:
    return [paragraph.text for paragraph in newsparse.parse(page).paragraphs]


def _text(page: str) -> str:
    return paragraph_text(TextBlock(tuple(Lines.from_text(page))))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("[dusk]We met at noon by the pier.", "We met at noon by the pier."),
        ("[IMG_2041.jpg] The boats came in late.", "The boats came in late."),
        ("[harbour-view-800x533] The boats came in late.", "The boats came in late."),
        ("[8812345601] The boats came in late.", "The boats came in late."),
        ("[Photo] The boats came in late.", "The boats came in late."),
        ("[gull] [pier_2] The boats came in late.", "The boats came in late."),
        ("[lamp]“We waited,” she said.", "“We waited,” she said."),
    ],
)
def test_a_pictures_name_opening_a_paragraph_is_no_text_of_it(line: str, expected: str) -> None:
    assert _text(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "[Updated 5pm] The council met again.",
        "[UPDATE] The council met again.",
        "[1] The council met again.",
        "The council [sic] met again.",
        "He said [the council] would meet.",
        "[Your email here ] [Join!]",
    ],
)
def test_an_editors_note_a_footnote_and_a_quotations_bracket_stay(line: str) -> None:
    assert _text(line) == line


def test_a_picture_opening_an_inner_line_goes_and_the_span_keeps_every_line() -> None:
    later = "The building will become a museum of the town's boats next spring."
    page = f"Library to close\n\n{PROSE}\n\n{PROSE}\n[gull_04.png]\n{later}"
    article = newsparse.parse(page)
    last = article.paragraphs[-1]
    assert last.text == f"{PROSE} {later}"
    assert (last.span.start_line, last.span.end_line) == (5, 7)


def test_a_block_of_pictures_only_keeps_its_text() -> None:
    assert _text("[gull]\n[pier_2]") == "[gull] [pier_2]"


SIGNED_POST = (
    "Library to close\n\n"
    f"{PROSE}\n\n"
    "The building will become a museum of the town's boats next spring.\n\n"
    "Cheers,\nAnn\nPosted by Ann Lee at 9:22 AM\n\n"
    "2 comments:\n\n"
    "Tom said...\nWhat a shame, I loved that library.\n\n"
    "Sue said...\nThe museum will be lovely too."
)


def test_the_lines_above_a_signature_in_its_block_are_the_posts() -> None:
    article = newsparse.parse(SIGNED_POST)
    texts = [paragraph.text for paragraph in article.paragraphs]
    assert texts[-1] == "Cheers, Ann"
    assert not any("Posted by" in text for text in texts)
    assert any(block.text == "Posted by Ann Lee at 9:22 AM" for block in article.boilerplate)


def test_a_share_bar_under_the_signature_leaves_the_last_line_the_posts() -> None:
    page = SIGNED_POST.replace(
        "Cheers,\nAnn\nPosted by Ann Lee at 9:22 AM\n",
        "Here's to the museum!\nPosted by Ann Lee at 9:22 AM\nEmail This Share to Social\n",
    )
    texts = _paragraphs(page)
    assert texts[-1] == "Here's to the museum!"


def test_a_comments_trailer_under_the_heading_stays_in_its_block() -> None:
    page = (
        f"{PROSE}\n\n2 comments:\n\n"
        "What a shame.\nPosted by Tom at 9:40 AM\n\n"
        "The museum will be lovely.\nPosted by Sue at 9:52 AM"
    )
    blocks = split_blocks(Lines.from_text(page))
    assert split_at_signature(blocks, GENERIC) == blocks


LAST_LINE = (
    "Write to us with your memories of the old library and the best of them will be "
    "printed in the museum's first guide next year, write to museum@example.org"
)


def test_a_long_last_paragraph_without_a_full_stop_is_the_articles() -> None:
    page = (
        "Library to close\n\n"
        f"{PROSE}\n\n"
        "The building will become a museum of the town's boats next spring.\n\n"
        f"{LAST_LINE}\n\n"
        "Home   About   Contact"
    )
    article = newsparse.parse(page)
    assert [paragraph.text for paragraph in article.paragraphs][-1] == LAST_LINE
    zones = [line.zone.value for line in newsparse.explain(page).lines]
    assert zones[6] == "body"
    assert zones[8] != "body"


@pytest.mark.parametrize(
    "tail",
    [
        "Home   About us   Contact us   Archive of posts   Write to us   Subscribe by mail"
        "   Shop   Events in town   Jobs at the paper   Terms of use",
        "• " + LAST_LINE,
        "Read more",
    ],
)
def test_a_link_row_a_bulleted_item_or_a_short_line_under_the_run_is_not(tail: str) -> None:
    page = f"Library to close\n\n{PROSE}\n\nThe building will become a museum.\n\n{tail}"
    text = " ".join(tail.removeprefix("• ").split())
    assert text not in [paragraph.text for paragraph in newsparse.parse(page).paragraphs]


ARTICLE = (
    "Westcombe Courier\n\nHome   News   Sport\n\nLibrary to close\n\nBy Ann Lee\n\n"
    f"{PROSE}\n\nResidents who had hoped to keep it open said they would appeal.\n\n"
    "The building will be sold at auction in the spring, the council said in a statement.\n\n"
)
TEASERS = (
    "Lighthouse to open to visitors\n"
    "The lighthouse on the headland will open to visitors on Saturday for the first time.\n\n"
    "Bakery wins national award\n"
    "A family bakery on Quay Street has won a national prize for its sourdough loaf.\n\n"
)


def test_teasers_under_a_promo_heading_end_the_article_above_it() -> None:
    page = f"{ARTICLE}Related stories\n\n{TEASERS}© 2012 Westcombe Courier"
    texts = _paragraphs(page)
    assert texts[0] == PROSE
    assert texts[-1].startswith("The building")
    assert not any("Lighthouse" in text or "bakery" in text for text in texts)


def test_teasers_under_a_short_unlabelled_heading_end_the_article_above_it() -> None:
    notice = "Comments are the views of our readers and not those of the paper, who may remove any."
    page = f"{ARTICLE}See also\n\n{TEASERS}{notice}\n\n© 2012 Westcombe Courier"
    texts = _paragraphs(page)
    assert texts[0] == PROSE
    assert texts[-1].startswith("The building")
    left_out = ("See also", "Lighthouse", "readers")
    assert not any(word in text for word in left_out for text in texts)


def test_a_last_paragraph_printed_over_links_in_its_block_stays_in_the_article() -> None:
    last = (
        "The council will decide in the spring how to use the building, which has stood "
        "empty since the last of its librarians retired in the autumn."
    )
    links = "Read more\nMuseum to open late on Fridays\nNew bus stop for the high street\nPrint"
    page = f"{ARTICLE}{last}\n{links}\n\n© 2012 Westcombe Courier"
    texts = _paragraphs(page)
    assert texts[-1] == last


def test_a_sign_up_form_under_the_article_ends_it() -> None:
    form = (
        "Enter your address [                ] [Count me in]\n\n"
        "Something went wrong with your sign-up. Please check the address and try again.\n\n"
        "Thank you for joining our list. We send one letter a week and never share your address."
    )
    last = (
        "Staff will move to the branch in the new shopping centre, where the reading room "
        "is to be doubled in size before next winter, the council said."
    )
    page = f"{ARTICLE}{last}\n\n{form}\n\n© 2012 Westcombe Courier"
    texts = _paragraphs(page)
    assert texts[-1] == last


def test_a_form_inside_a_long_article_does_not_end_it() -> None:
    more = "The library's books will go to the branch in the new shopping centre, staff said."
    page = f"{ARTICLE}Vote: [     ] [Send]\n\n" + f"{more}\n\n" * 4 + "© 2012 Westcombe Courier"
    texts = _paragraphs(page)
    assert texts[-1] == more


def test_paragraphs_under_a_promo_line_inside_the_article_stay_in_it() -> None:
    more = "The library's books will go to the branch in the new shopping centre."
    page = f"{ARTICLE}Advertisement\n\n{more}\n\n{more}\n\n© 2012 Westcombe Courier"
    texts = _paragraphs(page)
    assert texts[0] == PROSE
    assert texts[-1] == more


def test_a_one_line_promo_does_not_cut_a_short_article_in_two() -> None:
    more = "The building will be sold at auction in the spring, the council said."
    page = (
        f"Library to close\n\nBy Ann Lee\n\n{PROSE}\n\nResidents said they would appeal.\n\n"
        f"Advertisement\n\n{more}\n\n{more}\n\n© 2012 Westcombe Courier"
    )
    texts = _paragraphs(page)
    assert texts[0] == PROSE
    assert len(texts) == 4


def test_a_list_repeating_the_title_ends_the_article_above_it() -> None:
    titles = (
        "1. Lighthouse to open to visitors on Saturday\n2. Library to close\n"
        "3. Bakery wins national award for its bread"
    )
    notice = "Westcombe Courier, 4 Quay Street, Westcombe. Part of the Harbour Press group."
    page = f"{ARTICLE}{titles}\n\n{notice}\n\n© 2012 Westcombe Courier"
    texts = _paragraphs(page)
    assert texts[-1].startswith("The building")


def test_a_signed_post_above_the_footer_wins_over_the_sites_about_text_under_it() -> None:
    about = " ".join(["We write about the street and everyone who lives on it."] * 4)
    page = (
        "Library to close\n\nPosted on 4 March 2015\n\n"
        f"{PROSE}\n\nResidents who had hoped to keep it open said they would appeal.\n\n"
        f"Tags: library, council\n\nAbout us\n\n{about}\n\nCopyright 2015 Westcombe Notes"
    )
    texts = _paragraphs(page)
    assert texts[0] == PROSE
    assert not any("street" in text for text in texts)


def test_a_signed_article_above_a_promo_wins_over_sponsored_text_under_it() -> None:
    sponsored = (
        "  • Five ways to warm a cold house this winter. Experts share the changes that help.\n"
        "  • Is your savings account working hard enough? Find out in two minutes today.\n\n"
        "Our reporting is paid for by readers like you, and every gift helps."
    )
    page = (
        "Library to close\n\nBy Ann Lee\n\n"
        f"{PROSE}\n\nResidents who had hoped to keep it open said they would appeal.\n\n"
        f"Share this article\n\nSponsored\n\n{sponsored}\n\n© 2015 Westcombe Courier"
    )
    texts = _paragraphs(page)
    assert texts[0] == PROSE
    assert not any("readers" in text or "savings" in text for text in texts)


def test_a_block_of_long_titles_under_the_article_is_no_prose() -> None:
    titles = (
        "Lighthouse keepers' cottages to open to visitors for the first time this summer\n"
        "Bakery on Quay Street wins a national prize for its sourdough and rye loaves\n"
        "Ferry company adds an extra sailing to the island on summer weekends"
    )
    page = f"{ARTICLE}{titles}\n\n© 2012 Westcombe Courier"
    texts = _paragraphs(page)
    assert texts[-1].startswith("The building")
