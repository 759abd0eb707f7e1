"""Tests for ``newsparse._pipeline.html.nesting``: flattening what no browser nests."""

from __future__ import annotations

from newsparse._pipeline.html.nesting import MAX_DEPTH, flatten_deep_nesting


def test_shallow_pages_are_not_scanned() -> None:
    html = "<div>" * 10 + "text" + "</div>" * 10
    result = flatten_deep_nesting(html)
    assert result.html is html
    assert (result.deepest, result.flattened) == (0, False)


def test_many_tags_but_shallow_are_kept() -> None:
    html = "<p>a</p><br>" * (MAX_DEPTH * 2)
    result = flatten_deep_nesting(html)
    assert result.html == html
    assert not result.flattened


def test_deep_tags_are_dropped_and_text_kept() -> None:
    depth = MAX_DEPTH + 500
    html = "<div class=x>" * depth + "<b>middle</b>" + "</div>" * depth + "<p>after</p>"
    result = flatten_deep_nesting(html)
    assert result.flattened
    assert result.deepest == depth + 1
    assert result.html.count("<div class=x>") == MAX_DEPTH
    assert result.html.count("</div>") == MAX_DEPTH
    assert "middle" in result.html
    assert result.html.endswith("<p>after</p>")


def test_deep_block_tags_leave_line_breaks() -> None:
    html = "<span>" * (MAX_DEPTH + 1) + "<p>one</p><p>two</p>"
    result = flatten_deep_nesting(html)
    assert "<br>one<br><br>two<br>" in result.html


def test_an_unterminated_tag_goes_the_way_browsers_drop_it() -> None:
    html = "<div>" * (MAX_DEPTH + 5) + "kept <a " + "x" * 1000
    result = flatten_deep_nesting(html)
    assert result.flattened
    assert result.html.endswith("kept ")
