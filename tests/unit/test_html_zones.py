"""The zone rules that read the HTML's structure: regions, html-headline, html-body, html-chrome."""

from __future__ import annotations

import pytest

import newsparse
from newsparse._page import Lines
from newsparse._pipeline.html import html_to_page
from newsparse._pipeline.html.context import ROOT_CONTEXT, child_context
from newsparse._pipeline.text.blocks import split_blocks
from newsparse._pipeline.zones.chain import GENERIC_RULES, label_zones
from newsparse._pipeline.zones.chrome import chrome
from newsparse._pipeline.zones.container import article_container
from newsparse._pipeline.zones.evidence import block_evidence
from newsparse._pipeline.zones.regions import Region, RegionFinder
from newsparse._pipeline.zones.stated_headline import stated_headline
from newsparse.adapters import GENERIC, GENERIC_RULE_NAMES, ZoneContext

ARTICLE = "<p>{}</p>"
WORDS = "The council voted on Tuesday to keep the ferry running through the winter months."


def rules_by_text(html: str) -> dict[str, str]:
    """Each line's text (stripped), with the rule that labelled it."""
    return {
        line.text.strip(): line.rule for line in newsparse.explain_html(html).lines if line.text
    }


def context_of(html: str) -> ZoneContext:
    page = html_to_page(html)
    blocks = split_blocks(Lines.from_text(page.text))
    return ZoneContext(
        blocks=blocks,
        adapter=GENERIC,
        labels=(None,) * len(blocks),
        evidence=block_evidence(blocks, page.evidence),
        page=page.metadata,
    )


def test_the_generic_chain_is_known_to_adapters() -> None:
    assert tuple(name for name, _ in GENERIC_RULES) == GENERIC_RULE_NAMES


@pytest.mark.parametrize(
    ("chain", "region"),
    [
        ([("article", {}), ("header", {})], Region.CONTENT),
        ([("header", {"class": "site"})], Region.NAVIGATION),
        ([("article", {}), ("nav", {"class": "share"})], Region.NAVIGATION),
        ([("div", {"class": "has-sidebar"}), ("article", {})], Region.CONTENT),
        ([("div", {"class": "sidebar"}), ("div", {"class": "box"})], Region.SIDEBAR),
        ([("div", {"id": "comments"}), ("form", {"id": "commentform"})], Region.FORM),
        ([("ol", {"class": "commentlist"}), ("li", {"class": "comment"})], Region.COMMENTS),
        ([("article", {}), ("figure", {})], Region.FIGURE),
        ([("div", {"class": "wrapper"})], Region.PLAIN),
    ],
)
def test_the_innermost_landmark_decides_the_region(
    chain: list[tuple[str, dict[str, str | None]]], region: Region
) -> None:
    context = ROOT_CONTEXT
    for tag, attributes in chain:
        context = child_context(tag, attributes, context)
    assert RegionFinder().region(context) is region


def test_every_html_rule_does_nothing_for_text() -> None:
    blocks = split_blocks(Lines.from_text(f"Title\n\n{WORDS}\n\n{WORDS}"))
    context = ZoneContext(blocks=blocks, adapter=GENERIC, labels=(None,) * len(blocks))
    for rule in (stated_headline, article_container, chrome):
        assert rule(context) == {}


def test_text_input_meets_no_html_rule() -> None:
    blocks = split_blocks(Lines.from_text(f"Skip to content\n\nTitle\n\n{WORDS}"))
    assert all(not label.rule.startswith("html.") for label in label_zones(blocks, GENERIC))


def test_the_block_showing_the_stated_headline_is_the_headline() -> None:
    html = (
        '<meta property="og:title" content="Ferry to run all winter">'
        "<nav><a href=/>Ferry to run all winter news</a></nav>"
        "<p>Photo: the quay at dawn</p><h2>Ferry to run all winter</h2>" + ARTICLE.format(WORDS)
    )
    assert rules_by_text(html)["Ferry to run all winter"] == "html.headline"


def test_an_h1_in_the_article_stands_in_for_a_stated_headline_nobody_shows() -> None:
    html = (
        '<meta property="og:title" content="Search-friendly words about boats">'
        "<article><h1>Ferry to run all winter</h1>" + ARTICLE.format(WORDS) + "</article>"
    )
    assert rules_by_text(html)["Ferry to run all winter"] == "html.h1"


def test_the_body_is_the_element_holding_the_prose_not_the_teasers_around_it() -> None:
    teaser = '<div class="card"><h3><a href="/x">Another story</a></h3><p>{}</p></div>'
    html = (
        "<main><article><h1>Ferry</h1>"
        '<div class="text">' + ARTICLE.format(WORDS) * 3 + "</div></article>"
        '<section class="more">' + teaser.format(WORDS) * 2 + "</section></main>"
    )
    article = newsparse.parse_html(html)
    assert len(article.paragraphs) == 3
    assert {block.reason.value for block in article.boilerplate} >= {"unplaced"}


def test_a_body_split_by_a_picture_is_one_body() -> None:
    html = (
        '<article><h1>Ferry</h1><div class="story"><div class="part">'
        + ARTICLE.format(WORDS)
        + "</div>"
        "<figure><img src=x><figcaption>The quay, by Ann Lee</figcaption></figure>"
        '<div class="part">' + ARTICLE.format(WORDS) * 3 + "</div></div></article>"
    )
    rules = {line.text: line.rule for line in newsparse.explain_html(html).lines if line.text}
    assert rules[WORDS] == "html.body"
    assert rules["The quay, by Ann Lee"] != "html.body"
    assert len(newsparse.parse_html(html).paragraphs) == 4


def test_a_paragraph_without_a_full_stop_is_still_one() -> None:
    opening = "The club has signed its new keeper from the north this morning"
    html = f'<div class="post-body"><p>{opening}</p>' + ARTICLE.format(WORDS) * 3 + "</div>"
    texts = [p.text for p in newsparse.parse_html(html).paragraphs]
    assert texts[0] == opening


def test_noscript_notices_are_no_article_text() -> None:
    html = (
        '<div class="post">' + ARTICLE.format(WORDS) * 3 + "<noscript><p>Please turn on"
        " JavaScript to read the comments on this story.</p></noscript></div>"
    )
    texts = [p.text for p in newsparse.parse_html(html).paragraphs]
    assert texts == [WORDS, WORDS, WORDS]


def test_too_little_prose_is_left_to_the_body_rule() -> None:
    assert article_container(context_of("<div><p>Short words here.</p></div>")) == {}


def test_chrome_is_labelled_by_its_landmark() -> None:
    html = (
        '<header class="site"><a href="/">Harbour Post</a></header>'
        "<article><h1>Ferry</h1>" + ARTICLE.format(WORDS) * 2 + "</article>"
        "<aside><p>About this site and the people behind it.</p></aside>"
        "<footer><p>Imprint</p></footer>"
    )
    rules = rules_by_text(html)
    assert rules["Harbour Post"] == "html.navigation"
    assert rules["About this site and the people behind it."] == "html.sidebar"
    assert rules["Imprint"] in ("html.footer", "generic.footer")


def test_an_article_nearer_than_the_sidebar_keeps_its_text() -> None:
    html = '<div class="sidebar"><article>' + ARTICLE.format(WORDS) * 3 + "</article></div>"
    assert len(newsparse.parse_html(html).paragraphs) == 3
