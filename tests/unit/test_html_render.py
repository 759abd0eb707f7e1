"""Tests for ``newsparse._pipeline.html.render``: the tree laid out in lines, with evidence."""

from __future__ import annotations

import attrs
import pytest
from selectolax.lexbor import LexborHTMLParser

from newsparse._pipeline.html import lines
from newsparse._pipeline.html.records import (
    ANCESTRY_LIMIT,
    BLANK_EVIDENCE,
    Container,
    LineEvidence,
)
from newsparse._pipeline.html.render import RenderedLines, render_lines


def render(html: str) -> RenderedLines:
    return render_lines(LexborHTMLParser(html).root)


def text_of(html: str) -> str:
    return "\n".join(render(html).lines)


# Each case: its name, the HTML, the text it is laid out as.
LAYOUTS = [
    ("paragraphs", "<p>One</p><p>Two</p>", "One\n\nTwo"),
    ("divs break lines only", "<div>One</div><div>Two</div>", "One\nTwo"),
    (
        "a description term starts a group",
        "<dl><dt>Ann</dt><dd>Hello.</dd><dd>May 4</dd><dt>Bo</dt><dd>Hi.</dd></dl>",
        "Ann\n\n    Hello.\n    May 4\n\nBo\n\n    Hi.",
    ),
    (
        "a div named a footer is set off",
        "<div>Last words.<div class=post-footer>Posted by Al</div></div>",
        "Last words.\n\nPosted by Al",
    ),
    (
        "a div named a comment's footer is not",
        "<div>Last words.<div class=comment-footer>Al</div></div>",
        "Last words.\nAl",
    ),
    ("heading", "<h2>Title</h2><div>Body</div>", "Title\n\nBody"),
    ("br", "<p>One<br>Two</p>", "One\nTwo"),
    ("two br leave a blank line", "<div>One<br><br>Two</div>", "One\n\nTwo"),
    ("br at the start draws nothing", "<div><br><br>One</div>", "One"),
    ("spaces collapse", "<p>  One \n\t <b> two </b>three  </p>", "One two three"),
    ("no space between inline elements", "<p><b>One</b><i>two</i></p>", "Onetwo"),
    ("nbsp kept inside", "<p>One&nbsp;two</p>", "One\u00a0two"),
    ("nbsp-only paragraph dropped", "<p>One</p><p>&nbsp;</p><p>Two</p>", "One\n\nTwo"),
    ("one blank line at most", "<p>One</p><p></p><hr><p>Two</p>", "One\n\nTwo"),
    ("list", "<ul><li>A</li><li>B</li></ul>", "  • A\n  • B"),
    ("ordered list uses bullets", "<ol><li>A</li><li>B</li></ol>", "  • A\n  • B"),
    (
        "nested list",
        "<ul><li>A<ul><li>B<ul><li>C</li></ul></li></ul></li></ul>",
        "  • A\n      ◦ B\n          ▪ C",
    ),
    ("item continuation indented", "<ul><li><p>A</p><p>B</p></li></ul>", "  • A\n\n    B"),
    ("empty item leaves no bullet", "<ul><li><img src=x></li></ul><p>After</p>", "After"),
    ("stray item", "<li>Alone</li>", "  • Alone"),
    ("pre keeps spaces", "<pre>  a  b\n\n  c</pre>", "  a  b\n\n  c"),
    ("table cells", "<table><tr><td>A</td><td>B</td></tr></table>", "A\nB"),
    (
        "form controls separate words",
        "<form><label>Name</label><input><button>Go</button>",
        "Name Go",
    ),
    ("line separators are spaces", "<p>a\u2028b\x85c\x1cd\vf</p>", "a b c d f"),
    ("form feed in pre", "<pre>a\x0cb</pre>", "a b"),
    (
        "script style template",
        "<script>s</script><style>t</style><template>u</template><p>v</p>",
        "v",
    ),
    ("head and title", "<head><title>T</title><meta name=a content=b></head><p>v</p>", "v"),
    ("hidden attribute", "<p hidden>h</p><p>v</p>", "v"),
    ("display none", '<div style="color:red; display : none">h</div><p>v</p>', "v"),
    ("visibility hidden", '<div style="visibility:hidden">h</div><p>v</p>', "v"),
    ("iframe fallback", "<iframe>fallback</iframe><p>v</p>", "v"),
    ("svg title", "<p>v<svg><title>icon</title><text>t</text></svg></p>", "vt"),
    ("noscript drawn", "<noscript><p>Enable scripts</p></noscript>", "Enable scripts"),
    ("comment node", "<p>a<!-- hidden -->b</p>", "ab"),
    ("image alt not drawn", '<p>a <img alt="picture"> b</p>', "a b"),
]


@pytest.mark.parametrize(
    ("html", "text"), [case[1:] for case in LAYOUTS], ids=[c[0] for c in LAYOUTS]
)
def test_layout(html: str, text: str) -> None:
    assert text_of(html) == text


def test_one_evidence_per_line_and_blank_lines_share_one() -> None:
    rendered = render("<h1>A</h1><p>B<br>C</p><ul><li>D</li></ul>")
    assert len(rendered.evidence) == len(rendered.lines)
    assert [e.tag for e in rendered.evidence] == ["h1", "", "p", "p", "", "li"]
    assert rendered.evidence[1] is BLANK_EVIDENCE


def test_heading_level_reaches_nested_blocks() -> None:
    (evidence,) = render("<h3><div>Inside</div></h3>").evidence
    assert (evidence.tag, evidence.heading) == ("div", 3)


def test_list_evidence() -> None:
    rendered = render("<ul><li><p>A</p><p>B</p><ul><li>C</li></ul></li></ul>")
    facts = [(e.list_depth, e.item_start) for e in rendered.evidence if e.tag]
    assert facts == [(1, True), (1, False), (2, True)]


def test_link_density_counts_characters_inside_links() -> None:
    (evidence,) = render('<p><a href="/a">abcd</a> efgh</p>').evidence
    assert evidence.link_density == pytest.approx(4 / 9)
    (anchor,) = render('<p><a name="x">abcd</a></p>').evidence
    assert anchor.link_density == 0.0


def test_datetime_of_a_time_element() -> None:
    rendered = render('<div>Posted <time datetime="2020-01-02">2 Jan</time></div><p>Next</p>')
    assert [e.datetime for e in rendered.evidence if e.tag] == ["2020-01-02", None]


def test_containers_and_comment_depth() -> None:
    html = (
        '<header><nav><a href="/">Home</a></nav></header>'
        "<main><article><p>Body</p></article>"
        '<div id="comments"><ol class="commentlist"><li class="comment">'
        '<div class="comment-body">Reply text</div></li></ol></div></main>'
        "<footer>Foot</footer>"
    )
    home, _, body, _, reply, _, foot = render(html).evidence
    assert home.containers == {Container.HEADER, Container.NAV}
    assert body.containers == {Container.MAIN, Container.ARTICLE}
    assert reply.containers == {Container.MAIN, Container.COMMENTS}
    assert reply.comment_depth == 4
    assert foot.containers == {Container.FOOTER}


def test_ancestry_names_outermost_first_and_bounded() -> None:
    html = "".join(f'<div class="level{n}">' for n in range(20)) + "deep"
    (evidence,) = render(html).evidence
    assert len(evidence.ancestry) == ANCESTRY_LIMIT
    assert evidence.ancestry[-1] == "div.level19"
    assert evidence.ancestry[0] == f"div.level{20 - ANCESTRY_LIMIT}"


def test_noscript_lines_are_marked() -> None:
    _, evidence = render("<p>Body</p><noscript>Turn on scripts</noscript>").evidence[1:]
    assert Container.NOSCRIPT in evidence.containers


def test_empty_tree() -> None:
    assert render_lines(None) == RenderedLines(lines=(), evidence=())


def test_the_writer_sets_every_field_of_the_evidence() -> None:
    # The writer sets LineEvidence's slots one by one: a field added to the
    # record must be set there too (an unset slot fails getattr below), and
    # each value must land in its own field.
    html = (
        '<nav><ul><li class=c><a href=/>Link</a> text <time datetime="2024-01-02">then</time>'
        "</li></ul></nav><h2>Head</h2>"
    )
    assert set(lines._SETTERS) == {field.name for field in attrs.fields(LineEvidence)}
    evidence = render(html).evidence
    for found in evidence:
        fields = {field.name: getattr(found, field.name) for field in attrs.fields(LineEvidence)}
        assert LineEvidence(**fields) == found
        assert fields["element"] is found.element
    item, _, heading = evidence
    assert (item.tag, item.heading, item.list_depth, item.item_start) == ("li", None, 1, True)
    assert (round(item.link_density, 2), item.datetime) == (0.29, "2024-01-02")
    assert (item.containers, item.comment_depth, item.ancestry) == (
        frozenset({Container.NAV}),
        0,
        ("li.c",),
    )
    assert item.element is not None
    assert item.element.ancestry == ("li.c",)
    assert (heading.tag, heading.heading, heading.list_depth, heading.item_start) == (
        "h2",
        2,
        0,
        False,
    )
