"""``parse_html``, ``explain_html`` and ``parse_file`` on HTML: the HTML path's entry points."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import Options
from newsparse._pipeline.explain import explain_file
from newsparse.errors import AdapterError, InputError

PAGE = """<!doctype html>
<html><head>
<title>Lighthouse keepers return to Gull Rock | Harbour Post</title>
<meta property="og:site_name" content="Harbour Post">
<script type="application/ld+json">
{"@type": "NewsArticle", "headline": "Lighthouse keepers return to Gull Rock",
 "author": {"@type": "Person", "name": "Ines Marlow"},
 "datePublished": "2024-05-02T09:15:00+02:00"}
</script>
<link rel="canonical" href="/news/gull-rock">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article>
<h1>Lighthouse keepers return to Gull Rock</h1>
<p>Two keepers moved back to the rock on Monday, forty years after the light was automated.</p>
<p>They will look after the restored lamp room and show visitors around in the summer.</p>
</article>
<div id="comments" class="comments-area">
<h2>2 comments</h2>
<ol class="comment-list">
<li class="comment"><div class="comment-author vcard"><b class="fn">Tor Lund</b> says:</div>
<div class="comment-meta">
<time datetime="2024-05-02T11:00:00+02:00">May 2, 2024 at 11:00 am</time></div>
<p>My grandfather kept that light for twenty years.</p></li>
<li class="comment"><div class="comment-author vcard"><b class="fn">Ada Penn</b> says:</div>
<div class="comment-meta">
<time datetime="2024-05-02T12:30:00+02:00">May 2, 2024 at 12:30 pm</time></div>
<p>Wonderful news for the island.</p></li>
</ol>
</div>
<footer><p>© Harbour Post</p></footer>
</body></html>
"""


def test_article_from_html() -> None:
    article = newsparse.parse_html(PAGE, url="https://harbourpost.example/a?ref=x")
    assert article.headline is not None
    assert article.headline.text == "Lighthouse keepers return to Gull Rock"
    assert article.standfirst is not None
    assert article.standfirst.text.startswith("Two keepers moved back")
    assert [p.text[:9] for p in article.body] == ["They will"]
    assert article.byline == "Ines Marlow"
    assert article.published == dt.datetime(
        2024, 5, 2, 9, 15, tzinfo=dt.timezone(dt.timedelta(hours=2))
    )
    assert article.url == "https://harbourpost.example/news/gull-rock"


def test_comments_are_dated_by_their_time_elements() -> None:
    comments = newsparse.parse_html(PAGE).comments
    assert [c.author for c in comments.comments] == ["Tor Lund", "Ada Penn"]
    posted = comments.comments[0].posted
    assert posted is not None
    assert posted.utcoffset() == dt.timedelta(hours=2)
    assert comments.comments[0].posted_text == "May 2, 2024 at 11:00 am"


def test_str_and_utf8_bytes_parse_alike() -> None:
    assert newsparse.parse_html(PAGE) == newsparse.parse_html(PAGE.encode("utf-8"))


@pytest.mark.parametrize(
    "html", ["", "<html>", "<script>x()</script>", "\ud800<p>a", b"\xff\xfe\x00"]
)
def test_never_raises(html: str | bytes) -> None:
    assert isinstance(newsparse.parse_html(html), newsparse.Article)


def test_refuses_what_is_not_html() -> None:
    not_html: Any = 42
    with pytest.raises(TypeError, match="str or bytes"):
        newsparse.parse_html(not_html)
    with pytest.raises(TypeError, match="str or bytes"):
        newsparse.explain_html(not_html)


def test_unknown_site_raises_as_parse_does() -> None:
    with pytest.raises(AdapterError):
        newsparse.parse_html(PAGE, site="no-such-site")


def test_a_stated_time_without_zone_is_read_in_the_options_zone() -> None:
    page = '<meta property="article:published_time" content="2024-05-02T09:15:00"><p>Words.</p>'
    zone = dt.timezone(dt.timedelta(hours=-5))
    published = newsparse.parse_html(page, options=Options(timezone=zone)).published
    assert published == dt.datetime(2024, 5, 2, 9, 15, tzinfo=zone)


def test_the_text_fills_what_the_metadata_leaves_out() -> None:
    page = (
        "<h1>Mill reopens</h1><p>By Ola Brand</p><p>The mill opened again after a long winter.</p>"
    )
    article = newsparse.parse_html(page)
    assert article.byline == "Ola Brand"


def test_a_stated_headline_no_line_shows_fills_a_missing_one() -> None:
    page = "<title>Mill reopens</title><p>The mill opened again after a long, quiet winter.</p>"
    article = newsparse.parse_html(page)
    assert article.headline is not None
    assert article.headline.text == "Mill reopens"
    codes = [d.code for d in article.diagnostics]
    assert "headline.stated" in codes
    assert "headline.missing" not in codes


def test_explain_html_names_each_line_element_and_rule() -> None:
    explanation = newsparse.explain_html(PAGE)
    by_text = {line.text.strip(): line for line in explanation.lines}
    home = by_text["• Home"]
    assert (home.zone.value, home.rule, home.element) == (
        "site-header",
        "html.navigation",
        "li",
    )
    assert "nav" in home.evidence
    assert "links 100%" in home.evidence
    headline = by_text["Lighthouse keepers return to Gull Rock"]
    assert (headline.rule, headline.evidence) == ("html.headline", "article, h1")
    assert all(line.element == "" for line in explanation.lines if line.zone.value == "blank")


def test_explain_on_text_has_no_element() -> None:
    assert all(
        line.element == line.evidence == "" for line in newsparse.explain("A\n\nB c d.").lines
    )


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.xhtml", "page", "page.dat"])
def test_parse_file_reads_html_by_name_or_by_its_start(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")
    assert newsparse.parse_file(path) == newsparse.parse_html(PAGE.encode("utf-8"))
    assert explain_file(path) == newsparse.explain_html(PAGE.encode("utf-8"))


def test_a_txt_file_is_text_whatever_it_holds(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    assert newsparse.parse_file(path) == newsparse.parse(PAGE)


def test_binary_named_html_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "picture.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(InputError, match="binary"):
        newsparse.parse_file(path)
