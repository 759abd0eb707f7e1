"""Which block is the headline: the title's evidence on invented page layouts."""

from __future__ import annotations

import newsparse
from newsparse._page import Line, TextBlock
from newsparse._pipeline.zones.repeats import quoted_elsewhere
from newsparse._pipeline.zones.title_words import opening_of, title_score

PROSE = "The town council voted on Tuesday to close the old library, officials said."
MORE = "Residents who had hoped to keep the library open said they would appeal."


def headline_of(page: str) -> str | None:
    headline = newsparse.parse(page).headline
    return None if headline is None else headline.text


def assert_opens(page: str, headline: str, first: str) -> None:
    """Assert that the page's headline is ``headline`` and its first paragraph ``first``."""
    article = newsparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == headline
    assert article.paragraphs[0].text == first


def test_the_title_over_its_byline_wins_over_the_long_deck_under_it() -> None:
    page = (
        "Westcombe Courier\n\nHome | News | Sport | Business\n\n"
        "Council votes to close the old library\n\nBy Ann Lee\n\n5 May 2018\n\n"
        "Residents protest as the town council decides the fate of the old library on the quay\n\n"
        f"{PROSE}\n\n{MORE}"
    )
    assert headline_of(page) == "Council votes to close the old library"


def test_a_title_another_line_quotes_is_the_headline() -> None:
    page = (
        "Home   About   Archive\n\nNotes from the reading room\n\n"
        "Readers remember the old library\n\n"
        f"{PROSE}\n\n{MORE}\n\n"
        "2 thoughts on “Notes from the reading room”\n\n"
        "Bo Tran says:\n\nWhat a shame, it was a lovely place to read."
    )
    assert headline_of(page) == "Notes from the reading room"


def test_a_title_quoted_nowhere_else_gets_no_help() -> None:
    page = (
        "Home   About   Archive\n\nNotes from the reading room\n\n"
        "Readers remember the old library\n\n"
        f"{PROSE}\n\n{MORE}"
    )
    assert headline_of(page) == "Readers remember the old library"


def test_quoted_elsewhere_reads_every_kind_of_quotation_mark() -> None:
    texts = ["Storm hits the town", "Ferry sails late", "A line", "Menu"]
    texts += ["Comments on «Storm hits the town»", 'Reply to "Ferry sails late"', "“Menu”"]
    blocks = [TextBlock((Line.of(number, text),)) for number, text in enumerate(texts, 1)]
    assert quoted_elsewhere(blocks, range(4)) == {0, 1}  # one word: not a title


def test_a_title_opening_the_run_of_prose_is_the_headline() -> None:
    page = (
        "Home   About   Archive\n\n"
        "Why did the town council vote to close the old library on the quay?\n\n"
        f"{PROSE}\n\n{MORE}\n\n{PROSE}"
    )
    article = newsparse.parse(page)
    assert article.headline is not None
    assert article.headline.text.startswith("Why did the town council")
    assert article.paragraphs[0].text == PROSE


def test_a_first_paragraph_under_a_byline_is_no_lone_title() -> None:
    first = "Why did the town council vote to close the old library on the quay?"
    page = f"Library to close\n\nBy Ann Lee\n\n{first}\n\n{PROSE}\n\n{MORE}"
    assert_opens(page, "Library to close", first)


def test_the_headline_says_what_its_title_score_is_made_of() -> None:
    page = (
        "Home   News   Sport\n\nNews from the quay\n\nCouncil votes to close the old library\n\n"
        f"By Ann Lee\n\n{PROSE}\n\n{MORE}\n\n3 thoughts on “Council votes to close the old library”"
    )
    headline = next(line for line in newsparse.explain(page).lines if line.zone.value == "headline")
    assert headline.reason.startswith("title score ")
    assert "quoted on the page +3.0" in headline.reason
    assert "a byline beside it +2.0" in headline.reason


def test_the_title_over_its_byline_says_so() -> None:
    page = (
        "Home | News | Sport\n\nCouncil votes to close the old library\n\nBy Ann Lee\n\n"
        "Residents protest as the town council decides the fate of the old library on the quay\n\n"
        f"{PROSE}\n\n{MORE}"
    )
    lines = newsparse.explain(page).lines
    headline = next(line for line in lines if line.zone.value == "headline")
    assert headline.reason == "the title over its byline, over a long deck that scored best"
    assert all(line.reason == "" for line in lines if line.zone.value == "blank")


def test_the_body_says_which_run_of_prose_it_is() -> None:
    page = f"Library to close\n\n{PROSE}\n\n{MORE}"
    lines = newsparse.explain(page).lines
    reasons = {line.reason for line in lines if line.zone.value in ("standfirst", "body")}
    assert reasons == {"the densest run of prose (26 words net), lines 3–5"}


def test_the_title_right_over_a_long_deck_wins_over_it() -> None:
    deck = (
        "Town council votes on Tuesday to close old library as residents "
        "who hoped to keep it say they will appeal"
    )
    page = (
        "Home | News | Sport | Business\n\n"
        f"Farewell to the library, says council\n\n{deck}\n\n"
        "[image] The reading room on the quay. Photo: Agency\n\n"
        f"By Ann Lee, Local affairs reporter\n\n{PROSE}\n\n{MORE}"
    )
    lines = newsparse.explain(page).lines
    headline = next(line for line in lines if line.zone.value == "headline")
    assert headline.text == "Farewell to the library, says council"
    assert headline.reason == "the title right over a long deck that scored best"


def test_a_long_title_under_a_short_line_stays_the_headline() -> None:
    title = "Ten readers tell us how the town council should use the old library"
    page = f"Home | News | Sport\n\nWork with us!\n\n{title}\n\nBy Ann Lee\n\n{PROSE}\n\n{MORE}"
    assert headline_of(page) == title


TEASERS = (
    "Ferry fares rise for the summer season\n\n"
    "Tickets to the island will cost a pound more from June, the operator said.\n\n"
    "Market square to close for resurfacing\n\n"
    "Stallholders will move to the car park by the church for six weeks.\n\n"
)


def test_teasers_of_other_articles_over_the_title_are_not_the_article() -> None:
    page = f"Home | News | Sport\n\n{TEASERS}Council votes to close the old library\n\n"
    page += f"{PROSE}\n\n{MORE}\n\n{PROSE} {MORE}"
    assert_opens(page, "Council votes to close the old library", PROSE)


def test_an_articles_sections_under_their_subheads_are_no_teasers() -> None:
    sections = (
        (
            "What comes next for readers",
            "The council will now look for money to repair the library's roof.",
        ),
        (
            "Who pays for the work",
            "Readers have raised part of the money, and a grant may pay the rest.",
        ),
        ("When the doors open again", "The library will close in spring and open again in autumn."),
    )
    page = "Home | News | Sport\n\nLibrary saved after long campaign\n\n"
    page += f"{PROSE}\n\n" + "".join(f"{head}\n\n{text}\n\n" for head, text in sections) + MORE
    assert_opens(page, "Library saved after long campaign", PROSE)


def test_the_title_the_pages_address_spells_is_the_headline() -> None:
    page = (
        "Home | News | Sport\n\nFarewell to the reading room\n\n"
        "Town council votes to close the old library as residents appeal\n\n"
        f"{PROSE}\n\n{MORE}"
    )
    address = "https://news.example/2018/05/04/farewell-to-the-reading-room"
    assert headline_of(page) != "Farewell to the reading room"
    article = newsparse.parse(page, url=address)
    assert article.headline is not None
    assert article.headline.text == "Farewell to the reading room"
    assert article.url == address
    signed = f"Home | News\n\nFarewell to the reading room\n\nBy Ann Lee\n\n{PROSE}\n\n{MORE}"
    lines = newsparse.explain(signed, url=address).lines
    headline = next(line for line in lines if line.zone.value == "headline")
    assert "the page's address spells it +12.0" in headline.reason


def test_an_address_without_a_slug_is_no_evidence() -> None:
    page = "Home | News\n\nLibrary to close\n\nBy Ann Lee\n\n" + f"{PROSE}\n\n{MORE}"
    plain = newsparse.parse(page)
    addressed = newsparse.parse(page, url="https://news.example/article/12345")
    assert addressed.headline == plain.headline
    assert addressed.url == "https://news.example/article/12345"


def test_a_titles_word_counts_in_its_inflected_forms() -> None:
    block = TextBlock((Line.of(1, "Storms flood harbours"),))
    opening = opening_of(["The storm flooded the harbour on Tuesday night."])
    # "storms" and "harbours" without their last letter, "flood" as it is, each twice (lead)
    assert title_score(block, opening) == 7.0


def test_a_title_printed_over_its_byline_in_one_block_is_the_headline() -> None:
    page = f"Home | News | Sport\n\n{TEASERS}Council votes to close the old library\nBy Ann Lee\n\n"
    page += f"{PROSE}\n\n{MORE}\n\n{PROSE} {MORE}"
    assert_opens(page, "Council votes to close the old library", PROSE)


def test_a_name_over_its_date_in_one_block_is_no_title() -> None:
    page = "Home | News\n\nCouncil votes to close the old library\n\n[photo]\n\n"
    page += "Westcombe Press Agency\nPublished Monday, 5 May 2018 8:22AM\n\n"
    page += f"{PROSE}\n\n{MORE}"
    assert headline_of(page) == "Council votes to close the old library"


def test_a_title_under_a_menu_inside_the_run_opens_the_article() -> None:
    ticker = "Latest: ferry fares rise in June. Market square shut for resurfacing this week."
    teaser = "Harbour lights to be switched on early this winter, after a vote by traders."
    menu = "Trending: ferry fares | market square | harbour lights"
    page = f"Westcombe Courier\n\n{ticker}\n\n{teaser}\n\n{menu}\n\n"
    page += f"Library to close for good\n\n{PROSE}\n\n{MORE}\n\n{PROSE} {MORE}"
    assert_opens(page, "Library to close for good", PROSE)
