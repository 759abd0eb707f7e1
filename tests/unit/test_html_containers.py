"""Tests for ``newsparse._pipeline.html.containers``: landmarks and comment containers."""

from __future__ import annotations

import pytest

from newsparse._pipeline.html.containers import classify, element_name, words
from newsparse._pipeline.html.records import Container

COMMENTS = Container.COMMENTS

# (tag, id, class, role, itemtype, itemprop, containers)
CASES: list[
    tuple[str, str | None, str | None, str | None, str | None, str | None, set[Container]]
] = [
    ("div", "comments", None, None, None, None, {COMMENTS}),
    ("ol", None, "commentlist", None, None, None, {COMMENTS}),
    ("div", None, "commentBody", None, None, None, {COMMENTS}),
    ("li", "li-comment-12", "comment even depth-1", None, None, None, {COMMENTS}),
    ("div", "disqus_thread", None, None, None, None, {COMMENTS}),
    ("div", "respond", "comment-respond", None, None, None, {COMMENTS}),
    ("div", None, "fb-comments", None, None, None, {COMMENTS}),
    ("article", None, None, "comment", None, None, {Container.ARTICLE, COMMENTS}),
    ("div", None, None, None, "https://schema.org/Comment", None, {COMMENTS}),
    ("div", None, None, None, None, "comment", {COMMENTS}),
    ("div", None, "comment-author vcard", None, None, None, {COMMENTS, Container.VCARD}),
    ("span", None, "author vcard", None, None, None, {Container.VCARD}),
    ("div", None, "recommended", None, None, None, set()),
    ("div", None, "commentary opinion", None, None, None, set()),
    ("div", None, "widget_recent_comments", None, None, None, {Container.ASIDE}),
    ("ul", "recentcomments", None, None, None, None, set()),
    ("nav", "main-nav", None, None, None, None, {Container.NAV}),
    ("div", None, "main-content", None, None, None, {Container.MAIN}),
    ("div", None, "site-header", None, None, None, {Container.HEADER}),
    ("div", None, "subheader", None, None, None, set()),
    ("div", None, "comment-header", None, None, None, {COMMENTS}),
    ("div", None, None, "navigation", None, None, {Container.NAV}),
    ("div", None, None, "banner", None, None, {Container.HEADER}),
    ("div", None, None, "contentinfo", None, None, {Container.FOOTER}),
    ("div", None, None, "complementary", None, None, {Container.ASIDE}),
    ("div", None, None, None, "http://schema.org/NewsArticle", None, {Container.ARTICLE}),
    ("div", "colophon", None, None, None, None, {Container.FOOTER}),
    ("form", None, None, None, None, None, {Container.FORM}),
    ("div", None, None, "search", None, None, {Container.FORM}),
    ("p", None, None, None, None, None, set()),
    ("div", None, "wp-caption alignleft", None, None, None, {Container.FIGURE}),
    ("td", None, "photo-caption", None, None, None, {Container.FIGURE}),
    ("div", None, "inline-figure", None, None, None, {Container.FIGURE}),
    ("div", None, "about-the-author", None, None, None, {Container.ASIDE}),
    ("div", "authorbox", None, None, None, None, {Container.ASIDE}),
    ("div", None, "author-box-inner", None, None, None, {Container.ASIDE}),
    ("p", None, "bio", None, None, None, {Container.ASIDE}),
    ("div", None, "newsletter-signup", None, None, None, {Container.ASIDE}),
    ("aside", "related-stories", None, None, None, None, {Container.ASIDE}),
    ("div", None, "relatedLinks", None, None, None, {Container.ASIDE}),
    ("div", None, "unrelated-note", None, None, None, set()),
    ("span", None, "post-author vcard", None, None, None, {Container.VCARD}),
    ("div", None, "comment-author", None, None, None, {COMMENTS}),
]


@pytest.mark.parametrize(
    ("tag", "element_id", "classes", "role", "itemtype", "itemprop", "containers"), CASES
)
def test_classify(
    tag: str,
    element_id: str | None,
    classes: str | None,
    role: str | None,
    itemtype: str | None,
    itemprop: str | None,
    containers: set[Container],
) -> None:
    kind = classify(tag, element_id, classes, role, itemtype, itemprop)
    assert kind.containers == containers
    assert kind.comment == (COMMENTS in containers)


def test_words_split_camel_case_separators_and_digits() -> None:
    assert words("postComments_area-2 HTMLElement") == [
        "post",
        "comments",
        "area",
        "2",
        "html",
        "element",
    ]


def test_element_name_bounds_its_classes() -> None:
    name = element_name("div", "x", " ".join(f"c{n}" for n in range(10)), "main")
    assert name == "div#x.c0.c1.c2.c3.c4.c5[role=main]"
    assert element_name("p", None, None, None) is None
    long_name = element_name("div", "y" * 300, None, None)
    assert long_name is not None
    assert len(long_name) == 100
