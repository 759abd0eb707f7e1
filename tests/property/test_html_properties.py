"""Laws of the HTML stage: total on any input, one evidence record a line, nothing visible lost."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hypothesis import given
from hypothesis import strategies as st

from newsparse._pipeline.html import html_to_page

_WORD = re.compile(r"\w+")

# Tags a generated page is built from, by what a browser does with their text.
_BLOCKS: tuple[str, ...] = (
    *("div", "p", "section", "article", "aside", "nav", "header", "footer", "main", "h1"),
    *("h2", "h3", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr"),
    *("td", "form", "figure", "figcaption", "noscript", "details"),
)
_INLINES = ("span", "a", "b", "i", "em", "strong", "time", "cite", "label", "button", "small")
_INVISIBLE = ("script", "style", "template")
_CLASSES = ("comment", "comments", "commentlist", "reply", "vcard", "sidebar", "nav", "post")


@dataclass
class Element:
    """A generated element: its tag, attributes and children (elements or text)."""

    tag: str
    attributes: dict[str, str] = field(default_factory=dict)
    children: list[Element | str] = field(default_factory=list)

    def html(self) -> str:
        if self.tag == "#text":
            return ""
        attributes = "".join(f' {name}="{value}"' for name, value in self.attributes.items())
        inner = "".join(
            child if isinstance(child, str) else child.html() for child in self.children
        )
        return f"<{self.tag}{attributes}>{inner}</{self.tag}>"

    def visible_words(self) -> list[str]:
        if self.tag in _INVISIBLE or "hidden" in self.attributes:
            return []
        found: list[str] = []
        for child in self.children:
            found += _WORD.findall(child) if isinstance(child, str) else child.visible_words()
        return found


# Text nodes start and end with a space, so inline tags never glue two words.
texts = st.lists(st.from_regex(r"[a-z]{1,8}", fullmatch=True), min_size=1, max_size=4).map(
    lambda words: " " + " ".join(words) + " "
)
attributes = st.fixed_dictionaries(
    {},
    optional={
        "class": st.lists(st.sampled_from(_CLASSES), max_size=3).map(" ".join),
        "id": st.sampled_from(_CLASSES),
        "hidden": st.just("hidden"),
        "role": st.sampled_from(("navigation", "main", "complementary", "comment")),
    },
)


def _element(children: st.SearchStrategy[list[Element | str]]) -> st.SearchStrategy[Element]:
    tags = st.sampled_from(_BLOCKS + _INLINES + _INVISIBLE)
    return st.builds(Element, tag=tags, attributes=attributes, children=children)


elements = st.recursive(
    st.builds(
        Element, tag=st.sampled_from(_BLOCKS + _INLINES), children=st.lists(texts, max_size=2)
    ),
    lambda inner: _element(st.lists(st.one_of(inner, texts), max_size=4)),
    max_leaves=25,
)
pages = st.lists(elements, min_size=1, max_size=4).map(
    lambda body: Element(tag="body", children=list(body))
)


@given(st.text())
def test_never_raises_on_any_text(html: str) -> None:
    page = html_to_page(html)
    assert len(page.evidence) == len(page.text.splitlines())


@given(st.binary())
def test_never_raises_on_any_bytes(html: bytes) -> None:
    page = html_to_page(html)
    assert len(page.evidence) == len(page.text.splitlines())


@given(pages)
def test_one_evidence_record_per_line(body: Element) -> None:
    page = html_to_page(body.html())
    lines = page.text.splitlines()
    assert len(page.evidence) == len(lines)
    for line, evidence in zip(lines, page.evidence, strict=True):
        assert (evidence.tag == "") == (line == "")


@given(pages)
def test_every_visible_word_is_on_some_line(body: Element) -> None:
    page = html_to_page(body.html())
    shown = _WORD.findall(page.text)
    missing = [word for word in body.visible_words() if word not in shown]
    assert not missing, (body.html(), page.text)


@given(pages)
def test_text_and_its_utf8_bytes_convert_alike(body: Element) -> None:
    html = body.html()
    from_text = html_to_page(html)
    from_bytes = html_to_page(html.encode())
    assert (from_text.text, from_text.evidence) == (from_bytes.text, from_bytes.evidence)


@given(
    st.lists(st.sampled_from(["<div>", "</div>", "<p>", "<li>", "<b>", "x ", "<br>"]), max_size=300)
)
def test_tag_soup_keeps_every_word(tokens: list[str]) -> None:
    page = html_to_page("".join(tokens))
    assert page.text.count("x") == tokens.count("x ")
