from __future__ import annotations

import pytest

import newsparse
from newsparse._page import Lines, is_prose
from newsparse._pipeline.text.blocks import split_blocks
from newsparse._pipeline.zones.chain import GENERIC_RULES, label_zones, rule_chain
from newsparse._pipeline.zones.patterns import pattern_label
from newsparse._pipeline.zones.title_words import could_be_title
from newsparse.adapters import (
    GENERIC,
    GENERIC_RULE_NAMES,
    PULSE,
    Adapter,
    AdapterRule,
    Label,
    ZoneContext,
)
from newsparse.errors import AdapterError
from newsparse.models import Zone


def zones(text: str, adapter: object = GENERIC) -> list[str]:
    blocks = split_blocks(Lines.from_text(text))
    return [label.zone.value for label in label_zones(blocks, adapter)]  # type: ignore[arg-type]


PROSE = "The council voted on Tuesday to close the old library, officials said."


def test_headline_is_the_short_block_above_the_body() -> None:
    page = f"Menu\n\nSite slogan here\n\nLibrary to close\n\n{PROSE}\n\n{PROSE}"
    assert zones(page) == ["site-header", "site-header", "headline", "standfirst", "body"]


def test_byline_between_headline_and_body_is_skipped() -> None:
    page = f"Library to close\n\nBy Ann Other, Local Reporter\n\n{PROSE}"
    assert zones(page) == ["headline", "byline", "standfirst"]


def test_comments_heading_is_a_barrier_and_opens_comment_zone() -> None:
    comments = f"2 Comments\n\n{PROSE}\n\nReply\n\nGreat news.\n\n© 2024 Example"
    page = f"Library to close\n\n{PROSE}\n\n{comments}"
    assert zones(page) == [
        "headline",
        "standfirst",
        "comments-heading",
        "comment",
        "comment-noise",
        "comment",
        "footer",
    ]


def test_bare_heading_over_authored_trailers_ends_a_short_article() -> None:
    # Under 50 words of article, a bare "Comments" heading still ends it when
    # comment headers naming authors follow it.
    trailers = [f"Posted by: {name} at May 4, 2012 8:42 AM" for name in ("Ann Lee", "Bo Tran")]
    thread = "\n\n".join(f"{PROSE} {PROSE}\n\n{trailer}" for trailer in trailers)
    page = f"Library to close\n\n{PROSE}\n\nComments\n\n{thread}"
    labels = zones(page)
    assert labels[:3] == ["headline", "standfirst", "comments-heading"]
    assert "body" not in labels[3:]
    unsigned = "\n\n".join(f"{PROSE} {PROSE}" for _ in trailers)
    assert "body" in zones(f"Library to close\n\n{PROSE}\n\nComments\n\n{unsigned}")[3:]


def test_a_bare_heading_above_the_article_is_a_menu_link() -> None:
    # "Comments" in the menu under a 60-word welcome blurb, the article under
    # it and the thread under "2 Comments": the article is the body.
    blurb = " ".join(["Welcome to the Island Post! New here? Read our guide to the site."] * 5)
    article = "\n\n".join([PROSE * 2] * 6)
    page = f"{blurb}\n\nComments\n\nLibrary to close\n\n{article}\n\n2 Comments\n\n{PROSE}"
    labels = zones(page)
    assert labels[3:] == ["standfirst", *["body"] * 5, "comments-heading", "comment"]


def test_a_post_without_prose_keeps_its_counted_thread() -> None:
    # A video post: no prose above "2 comments:", comment headers below it.
    thread = "\n\n".join(f"{name} said...\n\n{PROSE}" for name in ("Ann Lee", "Bo Tran"))
    page = f"Pumpkin pie, the video\n\n[video]\n\n2 comments:\n\n{thread}"
    labels = zones(page)
    assert labels[2] == "comments-heading"
    assert set(labels[3:]) == {"comment"}
    assert "comment" not in zones(page.replace(" said...", ""))[3:]


def test_short_block_inside_body_is_a_subhead() -> None:
    page = f"Title here\n\n{PROSE}\n\nWhat happens next\n\n{PROSE}\n\n{PROSE}"
    assert zones(page) == ["headline", "standfirst", "body", "body", "body"]


def test_long_paragraph_never_matches_a_line_pattern() -> None:
    long = "Copyright " + "law was changed again this year " * 10 + "."
    assert zones(f"Title here\n\n{long}") == ["headline", "standfirst"]


def test_page_without_prose_falls_back_to_first_block_as_headline() -> None:
    assert zones("Title\n\nshort\n\nbits") == ["headline", "standfirst", "body"]


def test_headline_only() -> None:
    assert zones("Just a headline") == ["headline"]


def test_pulse_issue_promo_needs_a_headline_after_it() -> None:
    masthead = "This site is intended for health professionals only\n\nRead the latest issue online"
    with_promo = f"{masthead}\n\nIssue title\n\nReal headline\n\n{PROSE}"
    without = f"{masthead}\n\nReal headline\n\n{PROSE}"
    assert zones(with_promo, PULSE) == [
        "site-header",
        "site-header",
        "promo",
        "headline",
        "standfirst",
    ]
    assert zones(without, PULSE) == ["site-header", "site-header", "headline", "standfirst"]


def test_every_label_names_its_rule() -> None:
    blocks = split_blocks(Lines.from_text(f"Menu\n\nTitle here\n\n{PROSE}"))
    rules = [label.rule for label in label_zones(blocks, GENERIC)]
    assert rules == ["generic.site-header", "generic.headline-title", "generic.body"]


def test_adapter_rules_are_placed_before_their_named_rule() -> None:
    names = [name for name, _ in rule_chain(PULSE)]
    assert names.index("pulse.issue-promo") == names.index("body") - 1
    assert [name for name, _ in rule_chain(GENERIC)] == [name for name, _ in GENERIC_RULES]


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        ("A short title", False),
        ("It rained all day long.", True),
        ("one two three", False),
        (" ".join(["word"] * 15), False),
        (" ".join(["word"] * 30), True),
        ("Chief: ‘we will not stop’", False),
        ("He said: ‘We will not stop.’", True),
    ],
)
def test_is_prose(text: str, prose: bool) -> None:
    assert is_prose(split_blocks(Lines.from_text(text))[0]) is prose


def test_zone_enum_covers_labels() -> None:
    assert {z.value for z in Zone} >= {"headline", "comment", "footer", "unplaced"}


def test_the_chain_runs_the_rules_adapters_may_name() -> None:
    assert tuple(name for name, _ in GENERIC_RULES) == GENERIC_RULE_NAMES


def _no_labels(context: ZoneContext) -> dict[int, Label]:
    return {}


def test_an_adapter_rule_goes_before_or_after_its_anchor() -> None:
    adapter = Adapter(
        name="placed",
        rules=(
            AdapterRule(name="placed.first", after="headline", rule=_no_labels),
            AdapterRule(name="placed.second", before="placed.first", rule=_no_labels),
        ),
    )
    names = [name for name, _ in rule_chain(adapter)]
    assert names[names.index("headline") :][:3] == ["headline", "placed.second", "placed.first"]


@pytest.mark.parametrize(
    ("before", "after", "message"),
    [
        ("bodyy", None, "'bodyy', which is no rule"),
        (None, "placed.later", "'placed.later', which is no rule"),
        (None, None, "needs one of before= and after="),
        ("body", "headline", "needs one of before= and after="),
    ],
)
def test_a_misplaced_adapter_rule_is_an_adapter_error(
    before: str | None, after: str | None, message: str
) -> None:
    with pytest.raises(AdapterError, match=message) as caught:
        Adapter(
            name="placed",
            rules=(
                AdapterRule(name="placed.rule", before=before, after=after, rule=_no_labels),
                AdapterRule(name="placed.later", before="body", rule=_no_labels),
            ),
        )
    assert caught.value.site == "placed"


def test_the_old_name_of_the_patterns_rule_still_places_a_rule() -> None:
    with pytest.warns(DeprecationWarning, match="now called 'patterns'"):
        adapter = Adapter(
            name="old", rules=(AdapterRule(name="old.rule", before="furniture", rule=_no_labels),)
        )
    assert adapter.rules[0].before == "patterns"
    assert [name for name, _ in rule_chain(adapter)][:2] == ["old.rule", "patterns"]


# Unknown sites (issue 16): evidence that carries across layouts.

_PARAGRAPHS = "\n\n".join(
    f"Paragraph {n}: the council met on Tuesday and voted to keep the old library open."
    for n in range(1, 10)
)


def test_a_count_over_the_article_is_a_link_not_the_heading() -> None:
    # "3 Comments" under the byline, the article under it, no heading repeating it.
    thread = "Discussion\n\nBo says:\n\nGood."
    page = f"Library saved\n\nBy Ann Lee\n\n3 Comments\n\n{_PARAGRAPHS}\n\n{thread}"
    labels = zones(page)
    assert labels[2] == "byline"
    assert labels[3:12] == ["standfirst", *["body"] * 8]


def test_a_count_over_an_indented_thread_is_its_heading() -> None:
    thread = "\n\n".join(
        f"[avatar] Reader {n}\n\n    I think the library should stay open, and so do my neighbours."
        for n in range(1, 10)
    )
    page = f"Library saved\n\n{PROSE} {PROSE}\n\n{{ 9 comments }}\n\n{thread}"
    labels = zones(page)
    assert labels[2] == "comments-heading"
    assert "body" not in labels[3:]


def test_a_block_of_link_lines_is_no_prose_however_many_words() -> None:
    links = "\n".join(f"Town news from Example {n}" for n in range(12))
    page = f"Library saved\n\n{PROSE}\n\n{PROSE}\n\n{links}"
    assert zones(page)[-1] != "body"


def test_the_headline_is_the_title_not_the_credit_under_it() -> None:
    page = (
        "News   Sport   Weather\n\nCouncil keeps the old library open\n\nBy Ann Lee\n\n"
        f"[library]\n\nImage credit: Bo Tran\n\n{PROSE}\n\n{PROSE}"
    )
    assert zones(page)[:2] == ["site-header", "headline"]


def test_a_dated_posts_title_ending_like_a_sentence_is_its_headline() -> None:
    page = (
        f"Home   About   Archive\n\nMay 4, 2012\n\nWill the council close the library?\n\n{PROSE}"
    )
    page += f"\n\n{PROSE}"
    assert zones(page) == ["site-header", "byline", "headline", "standfirst", "body"]


def test_a_one_sentence_first_paragraph_under_a_dated_byline_stays_the_standfirst() -> None:
    page = (
        "Council will close the library\n\nBy Ann Lee | 5 March 2024\n\n"
        "The town library will close in June after the council cut its grant, the mayor said."
        f"\n\n{PROSE}\n\n{PROSE}"
    )
    assert zones(page)[:3] == ["headline", "byline", "standfirst"]


def test_a_first_paragraph_under_a_byline_stays_the_standfirst() -> None:
    page = f"Library to close\n\nBy Ann Lee\n\nWill the council close it?\n\n{PROSE}\n\n{PROSE}"
    assert zones(page)[:3] == ["headline", "byline", "standfirst"]


def test_a_share_bar_puts_the_title_no_farther_away() -> None:
    buttons = "\n\n".join("  • print\n  • mail\n  • share" for _ in range(12))
    page = f"Council will close the library\n\n{buttons}\n\nBy Ann Lee\n\n{PROSE}\n\n{PROSE}"
    assert zones(page)[0] == "headline"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The town council, week by week\nSearch [Search this site        ] [Go]", False),
        ("[Search this site        ] [Go]\nLibrary to close", True),
        ("Librarian: «We will not close»", True),
        ("«Keep it open», say readers", True),
        ("Older post: library hours »", False),
        ("« Newer post", False),
    ],
)
def test_a_block_closed_by_a_search_box_is_no_title(text: str, title: bool) -> None:
    (block,) = split_blocks(Lines.from_text(text))
    assert could_be_title(block) is title


def test_a_rule_drawn_under_a_signature_leaves_it_the_posts_end() -> None:
    page = f"Library saved\n\n{PROSE}\n\nMore at example.org/library\n\n"
    page += "by Ann Lee on May 4, 2012\n━━━━━━━━━━━━━━━━\n\n2 Comments\n\nBo said:\n\nGood news."
    assert zones(page)[:3] == ["headline", "standfirst", "body"]


def test_an_authors_box_under_the_article_is_not_its_body() -> None:
    bio = "Ann Lee is the town reporter of the Example Gazette, and she writes about books."
    page = f"Library saved\n\n{PROSE}\n\n{PROSE}\n\nAbout Ann Lee\n\n{bio}"
    assert "body" not in zones(page)[3:]


def test_a_subhead_over_a_paragraph_that_repeats_no_name_stays_in_the_body() -> None:
    page = f"Library saved\n\n{PROSE}\n\nWhat comes next\n\n{PROSE}"
    assert zones(page)[2:] == ["body", "body"]


def test_a_pictures_text_over_its_caption_is_no_paragraph() -> None:
    pair = "Harbour lights at dusk\n\nHarbour lights at dusk, from the pier."
    page = f"Library saved\n\n{PROSE}\n\n{pair}\n\n{PROSE} {PROSE}"
    assert zones(page) == ["headline", "standfirst", "unplaced", "unplaced", "body"]


def test_two_names_in_a_row_are_no_caption() -> None:
    names = "Ann Lee\n\nAnn Lee of the Gazette"
    page = f"Library saved\n\n{PROSE} {PROSE}\n\n{names}\n\n{PROSE} {PROSE}"
    assert zones(page) == ["headline", "standfirst", "body", "body", "body"]


def test_a_title_printed_twice_is_the_headline_not_its_deck_printed_twice() -> None:
    deck = "Our editors' favourite shows, fairs and races for the season ahead."
    page = (
        "Home   News   Sport\n\nSix Things to See in Spring\n\nSix Things to See in Spring\n\n"
        f"{deck}\n\nAuthor: Staff Writer Published: May 4, 2018\n\nPhoto: Bo Tran\n\n{deck}\n\n"
        f"  • Print\n  • Mail\n\n{PROSE}\n\n{PROSE}"
    )
    headline = newsparse.parse(page).headline
    assert headline is not None
    assert headline.text == "Six Things to See in Spring"


def test_a_posts_title_under_links_to_the_posts_beside_it_is_its_headline() -> None:
    page = (
        "Home   About   Archive\n\n« Older post: the ferry timetable\nThe harbour in winter »\n\n"
        "Should the library close?\n\nThe library question comes up at every council meeting. "
        f"{PROSE}\n\n{PROSE}\n\n{PROSE}"
    )
    article = newsparse.parse(page)
    assert article.headline is not None
    assert article.headline.text == "Should the library close?"
    assert article.paragraphs[0].text.startswith("The library question")


def test_a_signed_title_over_a_long_playlist_is_the_headline() -> None:
    playlist = "\n\n".join(f"Video {number}: the ferry sails at dawn" for number in range(45))
    page = (
        f"Home   News   Sport\n\nCouncil votes to close the old library\n\nBy Ann Lee\n\n"
        f"{playlist}\n\n{PROSE}\n\n{PROSE}"
    )
    headline = newsparse.parse(page).headline
    assert headline is not None
    assert headline.text == "Council votes to close the old library"


LONG_ITEMS = (
    "  • A flask of hot tea, a warm coat and a paper map of the hills for the long walk\n"
    "  • Boots that are already worn in, with two pairs of thick wool socks to change into\n"
    "  • Enough bread, cheese and fruit for the day, since no shop opens on the high path"
)


def test_the_long_items_a_line_ending_in_a_colon_announces_stay_in_the_body() -> None:
    page = f"Walking the ridge\n\n{PROSE}\n\n{PROSE}\n\nWhat to bring:\n\n{LONG_ITEMS}\n\n[logo]"
    assert zones(page)[-4:-1] == ["body", "body", "body"]


def test_a_list_of_stories_of_short_titles_stays_out_of_the_body() -> None:
    titles = "  • Ferry timetable changes\n  • Harbour lights at dusk\n  • New bakery opens"
    page = f"Walking the ridge\n\n{PROSE}\n\n{PROSE}\n\nMore stories:\n\n{titles}"
    assert "body" not in zones(page)[4:]


def test_a_block_of_pictures_names_only_is_no_paragraph() -> None:
    page = f"Library saved\n\n{PROSE}\n\n[reading-room.jpg] [logo]\n\n{PROSE}"
    labels = label_zones(split_blocks(Lines.from_text(page)), GENERIC)
    assert [label.zone.value for label in labels] == ["headline", "standfirst", "unplaced", "body"]
    assert labels[2].rule == "generic.picture"


def test_a_sentence_retyped_with_curly_marks_under_itself_is_a_pictures_caption() -> None:
    pair = "The baker's oven at dawn, still warm.\n\nThe baker’s oven at dawn, still warm."
    page = f"Library saved\n\n{PROSE}\n\n{pair}\n\n{PROSE} {PROSE}"
    assert zones(page) == ["headline", "standfirst", "unplaced", "unplaced", "body"]


def test_a_sentence_printed_twice_as_typed_stays_in_the_body() -> None:
    pair = "The baker's oven at dawn, still warm.\n\nThe baker's oven at dawn, still warm."
    page = f"Library saved\n\n{PROSE}\n\n{pair}\n\n{PROSE} {PROSE}"
    assert zones(page) == ["headline", "standfirst", "body", "body", "body"]


def test_a_byline_over_two_lines_of_its_own_is_a_byline() -> None:
    page = f"Library to close\n\nBy Ann Lee\n5 May 2018\n\n{PROSE}\n\n{PROSE}"
    assert zones(page) == ["headline", "byline", "standfirst", "body"]
    article = newsparse.parse(page)
    assert article.byline == "Ann Lee"
    assert article.published is not None
    assert article.published.day == 5


def test_a_block_with_one_line_that_is_no_byline_is_none() -> None:
    page = f"Library to close\n\nBy Ann Lee\nRead more about the library\n\n{PROSE}\n\n{PROSE}"
    assert zones(page)[1] != "byline"


@pytest.mark.parametrize(
    "bio",
    [
        "Ann Lee is the town reporter of the Example Gazette, and she writes about books.",
        "ANN LEE is the town reporter of the Example Gazette.",
        "ANN LEE\nLee covers the town council for the Example Gazette.",
    ],
)
def test_a_biography_opening_with_the_bylines_name_is_not_the_body(bio: str) -> None:
    page = f"Library saved\n\nBy ANN LEE\n\n{PROSE}\n\n{PROSE}\n\n{bio}"
    assert zones(page)[-1] == "unplaced"


def test_a_name_line_over_another_persons_words_stays_in_the_body() -> None:
    last = "ANN LEE\nBo Tran said the library would reopen in the spring."
    page = f"Library saved\n\nBy Ann Lee\n\n{PROSE}\n\n{PROSE}\n\n{last}"
    assert zones(page)[-1] == "body"


def test_a_last_paragraph_naming_someone_else_stays_in_the_body() -> None:
    last = "Bo Tran is the town's librarian, and she said the library would reopen."
    page = f"Library saved\n\nBy Ann Lee\n\n{PROSE}\n\n{PROSE}\n\n{last}"
    assert zones(page)[-1] == "body"


def test_a_picture_over_its_caption_does_not_open_the_article() -> None:
    page = f"Library saved\n\n[image]\nThe reading room on the quay.\n\n{PROSE}\n\n{PROSE}"
    assert zones(page)[1:] == ["unplaced", "standfirst", "body"]


@pytest.mark.parametrize(
    "signature",
    [
        "Ann Lee",
        "Ann Lee Weather correspondent",
        "Ann Lee Senior political editor",
        "Ann Lee in Porthaven",
    ],
)
def test_a_name_with_its_post_over_the_date_is_the_byline(signature: str) -> None:
    page = f"Library saved\n\n{signature}\nTue 5 Mar 2024 14.02 GMT\n\n{PROSE}\n\n{PROSE}"
    assert zones(page)[:3] == ["headline", "byline", "standfirst"]
    assert newsparse.parse(page).byline == "Ann Lee"


@pytest.mark.parametrize("line", ["Share this story", "Ann Lee writes about the library today"])
def test_a_line_that_is_no_signature_over_a_date_is_no_byline(line: str) -> None:
    page = f"Library saved\n\n{line}\nTue 5 Mar 2024 14.02 GMT\n\n{PROSE}\n\n{PROSE}"
    assert zones(page)[1] != "byline"


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("March 5, 2024 2:15 PM GMT Updated 2 hours ago", True),
        ("9 October 2019 Last updated at 08:41 GMT", True),
        ("5 March 2024 | Updated 6 March 2024", True),
        ("5 March 2024 was the day the library closed", False),
    ],
)
def test_a_date_line_that_says_when_it_was_updated_is_a_byline(line: str, byline: bool) -> None:
    label = pattern_label(GENERIC, line, zones=frozenset({Zone.BYLINE}))
    assert (label is not None) is byline


def test_a_post_signed_under_its_text_names_its_author() -> None:
    page = f"Kitchen notes\n\nMarch 5, 2024\n\nRye bread at last\n\n{PROSE}\n\n{PROSE}"
    page += "\n\nPosted by Ann at 9:12 PM"
    assert newsparse.parse(page).byline == "Ann"
