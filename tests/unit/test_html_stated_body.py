"""A page drawn by JavaScript: the article its JSON-LD states, laid out after the page's lines."""

from __future__ import annotations

import json

import newsparse
from newsparse._pipeline.html.page import html_to_page

BODY = (
    "Work on the east wall starts in June, the council said on Monday.\n\n"
    "Engineers found gaps in the mortar after the winter storms, and forty metres"
    " of the wall will be rebuilt.\n\n"
    "“We cannot wait another winter,” said the harbour master, Tom Reed."
)
SHELL = (
    "<!doctype html><html><head><title>Harbour wall to be mended | Bay Post</title>"
    '<script type="application/ld+json">{stated}</script></head>'
    '<body><div id="app"><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
    "{printed}<div class=loading>Loading…</div></div><footer>© Bay Post</footer></body></html>"
)


def _page(body: object, printed: str = "") -> str:
    stated = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harbour wall to be mended",
        "author": {"@type": "Person", "name": "Ann Lee"},
        "articleBody": body,
    }
    return SHELL.format(stated=json.dumps(stated), printed=printed)


def test_the_stated_article_is_read_when_the_page_prints_none() -> None:
    article = newsparse.parse_html(_page(BODY))
    assert article.headline is not None
    assert article.headline.text == "Harbour wall to be mended"
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("Work on the east wall")
    assert [paragraph.text[:9] for paragraph in article.body] == ["Engineers", "“We canno"]
    assert [(quote.speaker, quote.cue) for quote in article.quotes] == [("Tom Reed", "said")]
    assert [d.code for d in article.diagnostics] == ["html.body-from-jsonld"]


def test_the_page_s_own_lines_keep_their_numbers() -> None:
    shown = html_to_page(_page(None)).text.splitlines()
    stated = html_to_page(_page(BODY)).text.splitlines()
    assert stated[: len(shown)] == shown
    assert stated[len(shown) :][:2] == ["", "Harbour wall to be mended"]


def test_a_list_of_paragraphs_is_one_line_each() -> None:
    lines = html_to_page(_page(BODY.split("\n\n"))).text.splitlines()
    assert lines[-1] == "“We cannot wait another winter,” said the harbour master, Tom Reed."


def test_a_page_that_prints_its_article_is_left_as_it_is() -> None:
    printed = "<h1>Harbour wall to be mended</h1>" + "".join(
        f"<p>{paragraph}</p>" for paragraph in BODY.split("\n\n")
    )
    with_body = html_to_page(_page(BODY, printed))
    without = html_to_page(_page(None, printed))
    assert with_body.text == without.text
    assert not [d for d in with_body.diagnostics if d.code == "html.body-from-jsonld"]


def test_explain_names_where_the_added_lines_come_from() -> None:
    explained = newsparse.explain_html(_page(BODY))
    added = [line for line in explained.lines if line.text == "Harbour wall to be mended"]
    assert added[0].element == "script[type=application/ld+json] > h1"


def test_html_inside_the_stated_body_is_laid_out_a_block_a_line() -> None:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in BODY.split("\n\n")).replace(
        "’", "&#8217;"
    )
    article = newsparse.parse_html(_page(body.replace("forty", "forty &amp; more")))
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("Work on the east wall")
    assert "<" not in " ".join(paragraph.text for paragraph in article.paragraphs)
    assert "forty & more metres" in article.body[0].text


def test_a_page_that_prints_no_article_takes_the_headline_it_states() -> None:
    article = newsparse.parse_html(_page(None).replace("</title>", "</title>" + OG_TITLE))
    assert article.headline is not None
    assert article.headline.text == "Harbour wall to be mended"
    assert "headline.stated" in [d.code for d in article.diagnostics]


OG_TITLE = '<meta property="og:title" content="Harbour wall to be mended">'
