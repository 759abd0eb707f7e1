"""A line's element and evidence in words, as ``explain`` shows them for HTML."""

from __future__ import annotations

import newsparse
from newsparse._pipeline.html.explained import element_of, evidence_of
from newsparse._pipeline.html.records import BLANK_EVIDENCE, Container, LineEvidence


def test_an_element_named_itself_is_not_named_twice() -> None:
    evidence = LineEvidence(tag="li", ancestry=("ol.commentlist", "li#c-7.comment"))
    assert element_of(evidence) == "ol.commentlist > li#c-7.comment"


def test_blank_lines_say_nothing() -> None:
    assert (element_of(BLANK_EVIDENCE), evidence_of(BLANK_EVIDENCE)) == ("", "")


def test_evidence_names_containers_in_a_fixed_order() -> None:
    evidence = LineEvidence(
        tag="p", containers=frozenset({Container.FOOTER, Container.ARTICLE}), heading=2
    )
    assert evidence_of(evidence) == "article, footer, h2"


def test_the_html_rules_say_what_they_read() -> None:
    prose = "<p>The footbridge over the weir will reopen in spring, the council said on Monday.</p>"
    html = (
        '<html><head><meta property="og:title" content="Footbridge to reopen"></head><body>'
        '<nav><a href="/">Home</a></nav><article class="story"><h1>Footbridge to reopen</h1>'
        f"{prose * 3}</article></body></html>"
    )
    reasons = {line.zone.value: line.reason for line in newsparse.explain_html(html).lines}
    assert reasons["headline"] == "shows the headline the page states: Footbridge to reopen"
    assert reasons["body"] == "the prose of the element that holds most of it: article.story"
