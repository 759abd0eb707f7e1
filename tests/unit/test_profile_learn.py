"""Learning a site's adapter from its pages: ``newsparse._profiles`` (issue 16).

The invented site of ``fixtures/site/`` (24 pages of one template, each with
its gold article and comments) is learned from, leaving one page out, and
the page left out is parsed with what was learned.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from newsparse._pipeline.run import read_text
from newsparse._profiles import MIN_PAGES, learn_adapter, learn_profile
from newsparse._profiles.pages import read_page
from newsparse._profiles.placement import Region, find_landmarks, region_of
from newsparse.adapters import Adapter, load_adapter, to_toml
from newsparse.adapters import _registry as registry
from newsparse.errors import AdapterError
from tests.conftest import FIXTURES

SITE = FIXTURES / "site"
PAGES = sorted(SITE.glob("*.txt"))
TEXTS = [read_text(path) for path in PAGES]
PATTERN_FIELDS = (
    "site_header",
    "promo",
    "comments_heading",
    "comment_noise",
    "pagination",
    "comment_form",
    "trackbacks",
    "footer",
    "byline",
)


def gold(path: Path) -> dict[str, str]:
    data: dict[str, str] = json.loads(path.with_name(f"{path.stem}.gold.json").read_text())
    return data


@pytest.fixture(autouse=True)
def no_registered_adapters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "_registered", {})


@pytest.fixture(scope="module")
def learned_without_first() -> Adapter:
    return learn_adapter(TEXTS[1:], name="courier")


def patterns(adapter: Adapter) -> list[str]:
    return [pattern.pattern for field in PATTERN_FIELDS for pattern in getattr(adapter, field)]


def test_the_invented_site_has_enough_pages() -> None:
    assert len(PAGES) >= 20


def test_the_page_left_out_parses_to_its_gold(learned_without_first: Adapter) -> None:
    newsparse.register(learned_without_first)
    article = newsparse.parse(TEXTS[0], site="courier")
    expected = gold(PAGES[0])
    assert "\n\n".join(paragraph.text for paragraph in article.paragraphs) == expected["body"]
    found = [f"{c.author} · {c.posted_text}\n{c.text}" for c in article.comments.comments]
    assert "\n\n".join(found) == expected["comments"]
    assert article.headline is not None
    assert article.headline.text == "Harbour wall repairs to start in June"
    assert article.comments.declared_count == 2


def test_the_generic_adapter_does_worse_on_the_same_page() -> None:
    article = newsparse.parse(TEXTS[0])
    assert "\n\n".join(p.text for p in article.paragraphs) != gold(PAGES[0])["body"]


def test_every_left_out_page_gets_its_article_and_no_more() -> None:
    for index in (3, 9, 17):  # with comments, without, with one
        name = f"courier-{index}"
        newsparse.register(learn_adapter(TEXTS[:index] + TEXTS[index + 1 :], name=name))
        article = newsparse.parse(TEXTS[index], site=name)
        assert "\n\n".join(p.text for p in article.paragraphs) == gold(PAGES[index])["body"]
        assert len(article.comments.comments) == gold(PAGES[index])["comments"].count(" · ")


def test_no_pattern_matches_the_text_of_a_page_it_was_learned_from() -> None:
    adapter = learn_adapter(TEXTS, name="courier")
    compiled = [pattern for field in PATTERN_FIELDS for pattern in getattr(adapter, field)]
    for path in PAGES:
        expected = gold(path)
        own = expected["body"].split("\n\n") + expected["comments"].split("\n")
        for text in filter(None, own):
            assert not any(p.search(text) for p in compiled), (path.name, text)


def test_what_repeats_is_learned_in_the_zone_of_its_place(learned_without_first: Adapter) -> None:
    def fields_of(pattern: str) -> list[str]:
        return [f for f in PATTERN_FIELDS if pattern in patterns_in(learned_without_first, f)]

    assert fields_of("^Skip to the news$") == ["site_header"]
    assert fields_of("^More from the Courier$") == ["promo"]
    assert fields_of(r"^What readers say \((?P<count>\d+)\)$") == ["comments_heading"]
    assert fields_of(r"^Reply · Report · Likes: \d+$") == ["comment_noise"]
    assert fields_of("^Join the conversation$") == ["comment_form"]
    assert fields_of("^About the Courier$") == ["footer"]
    assert any(p.startswith("^By Dev Okonjo") for p in patterns_in(learned_without_first, "byline"))


def patterns_in(adapter: Adapter, field: str) -> list[str]:
    return [pattern.pattern for pattern in getattr(adapter, field)]


def test_the_site_is_detected_by_its_signatures(learned_without_first: Adapter) -> None:
    newsparse.register(learned_without_first)
    assert newsparse.parse(TEXTS[0]).site == "courier"
    assert newsparse.parse("A headline\n\nA paragraph of text about the weather.").site == "generic"


def test_a_profile_is_written_as_toml_that_loads_back(tmp_path: Path) -> None:
    profile = learn_profile(TEXTS, name="courier")
    path = tmp_path / "courier.toml"
    path.write_text(to_toml(profile.adapter, notes=profile.notes), encoding="utf-8")
    assert load_adapter(path) == profile.adapter
    assert "# 24 of 24 pages, above the headline" in path.read_text(encoding="utf-8")


def test_learning_is_deterministic_and_ignores_page_order() -> None:
    forward = learn_adapter(TEXTS[:8], name="courier")
    assert learn_adapter(TEXTS[:8], name="courier") == forward
    assert set(patterns(learn_adapter(TEXTS[7::-1], name="courier"))) == set(patterns(forward))


def test_a_line_on_too_few_pages_is_not_learned() -> None:
    lonely = [
        text.replace("Skip to the news", f"Skip to page {letter}")
        for letter, text in zip("ABCDEFGH", TEXTS[:8], strict=True)
    ]
    assert "^Skip to the news$" not in patterns(learn_adapter(lonely, name="courier"))
    assert "^Skip to the news$" in patterns(learn_adapter(TEXTS[:8], name="courier"))


def test_too_few_pages_is_an_error() -> None:
    with pytest.raises(AdapterError, match=f"needs {MIN_PAGES} pages or more"):
        learn_profile(TEXTS[:1], name="courier")


PAGE = """\
Masthead Weekly

Menu line

{title}

The {topic} was the talk of the town all week, and for good reason too.

{repeated}

Nobody could remember a {topic} like it, said the oldest residents.

Footer line
"""
TOPICS = ("storm", "fair", "flood", "regatta")


def page(number: int, repeated: str) -> str:
    topic = TOPICS[number]
    return PAGE.format(title=f"The {topic} of the year", topic=topic, repeated=repeated)


def test_a_block_inside_the_article_is_never_learned() -> None:
    pages = [page(n, repeated=f"Photo {n}: the view") for n in range(4)]
    learned = patterns(learn_adapter(pages, name="weekly"))
    assert r"^Photo \d+: the view$" not in learned
    assert "^Masthead Weekly$" in learned
    assert "^Footer line$" in learned


def test_regions_of_a_page() -> None:
    blocks = read_page(page(0, repeated="Nothing here repeats at all, as it happens."))
    template = [block.text in {"Masthead Weekly", "Menu line", "Footer line"} for block in blocks]
    landmarks = find_landmarks(blocks, template)
    assert landmarks is not None
    assert blocks[landmarks.headline].text == "The storm of the year"
    assert [region_of(index, landmarks) for index in (0, 1, 7)] == [
        Region.TOP,
        Region.TOP,
        Region.AFTER_ARTICLE,
    ]


def test_a_list_of_the_site_s_own_headlines_is_not_learned() -> None:
    from newsparse._profiles.titles import listed_titles, page_shapes

    layouts = [read_page(text) for text in TEXTS]
    shapes = page_shapes(layouts)
    listed = {shape.text for shape in listed_titles(layouts, shapes)}
    assert "Harbour wall repairs to start in June" in listed  # page 1's headline, most read
    assert "News" not in listed  # the menu names no article
    learned = patterns(learn_adapter(TEXTS[1:], name="courier"))
    assert "^Harbour wall repairs to start in June$" not in learned
