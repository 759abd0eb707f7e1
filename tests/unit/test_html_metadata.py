"""Tests for the metadata readers: JSON-LD, dates, headlines and ``read_metadata``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from selectolax.lexbor import LexborHTMLParser

from newsparse._pipeline.html.dates import read_datetime
from newsparse._pipeline.html.headline import (
    Candidates,
    choose_headline,
    site_keys,
    strip_site_name,
)
from newsparse._pipeline.html.jsonld import (
    _WRAPPERS,
    _loads,
    article_objects,
    plain_text,
    read_jsonld,
)
from newsparse._pipeline.html.metadata import read_metadata
from newsparse._pipeline.html.records import PageMetadata

# --------------------------------------------------------------------------
# JSON-LD


@pytest.mark.parametrize(
    ("script", "value"),
    [
        ('{"a": 1}', {"a": 1}),
        ('{"a": 1,}', {"a": 1}),
        ('[{"a": [1, 2,],},]', [{"a": [1, 2]}]),
        ('<!--\n{"a": 1}\n-->', {"a": 1}),
        ('//<![CDATA[\n{"a": 1}\n//]]>', {"a": 1}),
        ('/*<![CDATA[*/{"a": 1}/*]]>*/', {"a": 1}),
        ('{"a": "line\nbreak"}', {"a": "line\nbreak"}),
        ('{"a": 1} {"b": 2}', {"a": 1}),
        ('{"a": ', None),
        ("", None),
        ("[" * 100_000 + "]" * 100_000, None),
    ],
)
def test_read_jsonld(script: str, value: object) -> None:
    assert read_jsonld(script) == value


@pytest.mark.parametrize(
    "script",
    [
        '{"a": 1}\n-->',
        '{"a": 1} -->  \n',
        '{"a": 1}]]>',
        '{"a": 1} /* ]]> */',
        '  // <!--\n{"a": 1}',
        '{"a": "-->"}',
        '{"a": "<!--"}  ',
        '\n\t<![CDATA[{"a": 1}',
    ],
)
def test_wrappers_are_removed_wherever_the_script_opens_or_ends_with_one(script: str) -> None:
    # read_jsonld searches for wrappers only when the script opens or ends with one.
    assert read_jsonld(script) == _loads(_WRAPPERS.sub("", script))


def test_article_objects_in_graphs_lists_and_nesting() -> None:
    values = [
        [{"@type": "Organization", "name": "O"}, {"@type": ["Thing", "BlogPosting"], "n": 1}],
        {"@graph": [{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "n": 2}}]},
        {"@type": "http://schema.org/ReportageNewsArticle", "n": 3},
    ]
    assert [found["n"] for found in article_objects(values)] == [1, 2, 3]


def test_deeply_nested_objects_are_bounded() -> None:
    value: dict[str, object] = {"@type": "NewsArticle", "n": 0}
    for _ in range(100):
        value = {"child": value}
    assert article_objects([value]) == []


def test_plain_text() -> None:
    assert plain_text([{"name": "  A  B "}]) == "A B"
    assert plain_text({"@value": "v"}) == "v"
    assert plain_text(42) is None
    assert plain_text("   ") is None


# --------------------------------------------------------------------------
# Dates

PLUS_ONE = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-03T12:04:00Z", datetime(2024, 3, 3, 12, 4, tzinfo=UTC)),
        ("2024-03-03T12:04:00+01:00", datetime(2024, 3, 3, 12, 4, tzinfo=PLUS_ONE)),
        ("2024-03-03T12:04+0100", datetime(2024, 3, 3, 12, 4, tzinfo=PLUS_ONE)),
        ("2024-03-03 12:04:05.123456789", datetime(2024, 3, 3, 12, 4, 5, 123456)),
        (
            "2024-03-03T12:04:00+05:30",
            datetime(2024, 3, 3, 12, 4, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        ),
        ("2024-03-03", datetime(2024, 3, 3)),
        ("1709467440", datetime(2024, 3, 3, 12, 4, tzinfo=UTC)),
        ("1709467440000", datetime(2024, 3, 3, 12, 4, tzinfo=UTC)),
        ("Sun, 03 Mar 2024 12:04:00 GMT", datetime(2024, 3, 3, 12, 4, tzinfo=UTC)),
        ("March 3, 2024 at 12:04 pm", datetime(2024, 3, 3, 12, 4)),
        ("2024-02-30T10:00:00Z", None),
        ("2024-03-03T10:00:00+25:00", None),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_read_datetime(value: str | None, expected: datetime | None) -> None:
    assert read_datetime(value) == expected
    if expected is not None:
        assert (read_datetime(value).tzinfo is None) == (expected.tzinfo is None)  # type: ignore[union-attr]


# --------------------------------------------------------------------------
# Headlines

KEYS = site_keys(["The Harbour Post"], ["https://news.harbourpost.example/a/b"])


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Tide tables change | The Harbour Post", "Tide tables change"),
        ("The Harbour Post - Tide tables change", "Tide tables change"),
        ("Tide tables change — Harbour Post", "Tide tables change"),
        ("Tide tables change | Local | The Harbour Post", "Tide tables change | Local"),
        ("Tide tables change - HarbourPost.example", "Tide tables change"),
        ("Ferry review - smooth - and late", "Ferry review - smooth - and late"),
        ("Harbour Post: the tide tables", "Harbour Post: the tide tables"),
        ("The Harbour Post", "The Harbour Post"),
    ],
)
def test_strip_site_name(title: str, headline: str) -> None:
    assert strip_site_name(title, KEYS) == headline


def test_site_keys_come_from_names_and_hosts() -> None:
    assert {"theharbourpost", "harbourpost", "newsharbourpostexample"} <= KEYS
    assert "news" not in KEYS


@pytest.mark.parametrize(
    ("candidates", "headline"),
    [
        (Candidates(jsonld="JSON headline", open_graph="OG headline"), "JSON headline"),
        (Candidates(open_graph="OG headline | The Harbour Post"), "OG headline"),
        (
            Candidates(
                jsonld="Tide tables change for the summer…",
                h1s=(("Tide tables change for the summer season", True),),
            ),
            "Tide tables change for the summer season",
        ),
        (
            Candidates(
                title="Tide tables change | Other Site",
                h1s=(("Other Site", False), ("Tide tables change", True)),
            ),
            "Tide tables change",
        ),
        (Candidates(h1s=(("Logo", False), ("Story", True))), "Story"),
        (Candidates(title="Only a title | The Harbour Post"), "Only a title"),
        (Candidates(), None),
    ],
)
def test_choose_headline(candidates: Candidates, headline: str | None) -> None:
    assert choose_headline(candidates, KEYS) == headline


# --------------------------------------------------------------------------
# read_metadata


def metadata_of(html: str, url: str | None = None) -> PageMetadata:
    return read_metadata(LexborHTMLParser(html), url=url)[0]


def test_open_graph_and_meta_without_jsonld() -> None:
    html = (
        '<html lang="pt_BR"><head><meta property="og:title" content="Chuva forte">'
        '<meta property="article:published_time" content="2021-05-06T07:08:09-03:00">'
        '<meta name="author" content="Ana Souza"><meta property="og:url" content="/chuva">'
        "</head><body><h1>Chuva forte</h1></body></html>"
    )
    metadata = metadata_of(html, url="https://jornal.example/x")
    assert metadata.headline == "Chuva forte"
    assert metadata.byline == "Ana Souza"
    assert metadata.published == datetime(2021, 5, 6, 7, 8, 9, tzinfo=timezone(-timedelta(hours=3)))
    assert metadata.url == "https://jornal.example/chuva"
    assert metadata.language == "pt-BR"


def test_time_elements_in_comments_and_sidebars_are_not_the_article_date() -> None:
    html = (
        '<aside><time datetime="2020-01-01">a</time></aside>'
        '<div class="comment"><time datetime="2020-01-02">b</time></div>'
        '<article><time datetime="2020-01-03">c</time><time pubdate datetime="2020-01-04">d'
        "</time></article>"
    )
    assert metadata_of(html).published == datetime(2020, 1, 4)


def test_author_addresses_are_not_bylines() -> None:
    html = (
        '<meta property="article:author" content="https://social.example/ann">'
        '<p itemprop="author">Ann Lee</p>'
    )
    assert metadata_of(html).byline == "Ann Lee"


def test_jsonld_authors_publisher_and_modified() -> None:
    html = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",'
        ' "author": ["Ann", {"name": "Bo"}, "https://x.example/c", "Ann"],'
        ' "publisher": {"name": "Paper"}, "dateModified": "2022-02-02T02:02:02Z",'
        ' "url": "https://paper.example/h"}</script>'
    )
    metadata = metadata_of(html)
    assert (metadata.byline, metadata.site_name, metadata.url) == (
        "Ann, Bo",
        "Paper",
        "https://paper.example/h",
    )
    assert metadata.modified == datetime(2022, 2, 2, 2, 2, 2, tzinfo=UTC)


def test_nothing_stated() -> None:
    assert metadata_of("<p>text</p>") == PageMetadata()
