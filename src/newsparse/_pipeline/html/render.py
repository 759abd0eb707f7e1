r"""The HTML tree as lines of text, each with the evidence of the element it came from.

The layout follows what a text browser prints, so the text rules read HTML
pages the way they read text dumps:

- a block element (``p``, ``div``, ``li``, ``h2``, ``td``, …) starts and
  ends a line; ``<br>`` ends one, and two in a row leave a blank line;
- a paragraph-like element (``p``, headings, ``pre``, ``blockquote``,
  ``table``, ``hr``, a description list's term ``dt``, lists not nested in
  a list, the landmarks ``header``,
  ``nav``, ``main``, ``article``, ``section``, ``aside``, ``footer``) is set
  off by blank lines, and so is a block whose id or class names a header,
  navigation, sidebar, footer or figure (``div.post-footer``,
  ``div.wp-caption``); one blank line at most, none at either end;
- a description (``dd``) is indented four spaces, as a text browser
  indents it;
- a list item's first line carries ``"  • "`` (``"◦"``, ``"▪"`` deeper; in
  ordered lists too, whose numbers are the browser's, not the page's text),
  its other lines four spaces a level;
- white space collapses as browsers collapse it, except in ``<pre>``;
  ``&nbsp;`` stays; a line holding only white space is dropped.

What is not drawn: ``<script>``, ``<style>``, ``<template>``, the
``<head>``, ``<title>``, ``<iframe>``/``<canvas>``/``<video>``/``<audio>``
fallback text, SVG ``<title>``/``<desc>``, elements with the ``hidden``
attribute or an inline ``display:none``/``visibility:hidden`` style, image
alt texts and the values of ``<input>`` fields (attributes, not text).
``<noscript>`` is drawn, marked :attr:`~Container.NOSCRIPT`: it is what the
page shows with JavaScript off.

The walk is iterative (no recursion limit) and linear in the number of
nodes; an element's context (containers, ancestry) is built from its
parent's, once, and only when a line inside it needs it. What the walk
passes down for the layout is a tuple (:data:`~.lines.Layout`), made anew
only by the elements that change it (blocks, links).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from newsparse._pipeline.html.containers import classify
from newsparse._pipeline.html.context import ROOT_CONTEXT, ElementContext
from newsparse._pipeline.html.kinds import Container
from newsparse._pipeline.html.lines import BODY_LAYOUT, Layout, LineWriter
from newsparse._pipeline.html.records import LineEvidence

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

__all__ = ["RenderedLines", "render_lines"]

# Elements whose subtree a browser does not draw (or draws only without
# support for the element, which every browser has).
_SKIPPED = frozenset(
    (
        *("head", "title", "script", "style", "template", "iframe", "noembed", "noframes"),
        *("canvas", "video", "audio", "datalist", "param", "source", "track", "desc"),
        "metadata",
    )
)
_BLOCKS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "body", "caption", "center", "dd"),
        *("details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure"),
        *("footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup"),
        *("hr", "html", "legend", "li", "listing", "main", "menu", "nav", "noscript", "ol"),
        *("optgroup", "option", "p", "plaintext", "pre", "search", "section", "select"),
        *("summary", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "tr", "ul"),
        "xmp",
    )
)
_PARAGRAPHS = frozenset(
    (
        *("p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "table", "hr"),
        *("figure", "address", "fieldset", "details", "listing", "xmp", "plaintext", "dt"),
        *("header", "nav", "main", "article", "section", "aside", "footer"),
    )
)
_FORM_CONTROLS = frozenset(("input", "button", "select", "textarea"))
_LISTS = frozenset(("ul", "ol", "menu", "dir"))
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_PREFORMATTED = frozenset(("pre", "listing", "xmp", "plaintext", "textarea"))
_BULLETS = ("  • ", "  ◦ ", "  ▪ ")

# What each tag does to the layout, as bit flags in one table.
_BLOCK, _PARAGRAPH, _LIST, _ITEM, _HEADING, _PRE = 1, 2, 4, 8, 16, 32
_SKIP, _BREAK, _CONTROL, _LINK, _TIME = 64, 128, 256, 512, 1024
# Void elements without text: nothing to draw and nothing to walk into.
_EMPTY = ("img", "wbr", "meta", "link", "base", "area", "col", "embed", "input")
_KINDS: dict[str, int] = {}
for _tags, _flag in (
    (_BLOCKS, _BLOCK),
    (_PARAGRAPHS, _PARAGRAPH),
    (_LISTS, _LIST),
    (("li",), _ITEM),
    (tuple(_HEADINGS), _HEADING),
    (_PREFORMATTED, _PRE),
    ((*_SKIPPED, *_EMPTY), _SKIP),
    (("br",), _BREAK),
    (_FORM_CONTROLS, _CONTROL),
    (("a",), _LINK),
    (("time",), _TIME),
):
    for _tag in _tags:
        _KINDS[_tag] = _KINDS.get(_tag, 0) | _flag
# Common tags that change nothing, listed so that the walk finds them in the table.
_INLINE = (
    *("span", "strong", "em", "b", "i", "u", "s", "small", "sup", "sub", "label", "abbr"),
    *("cite", "code", "mark", "q", "font", "picture", "svg", "path", "g", "use", "symbol"),
    *("circle", "rect", "polygon", "defs"),
)
_KINDS.update((tag, 0) for tag in _INLINE if tag not in _KINDS)
# What an element without children still does: a block ends a line and may
# leave a bullet or a blank line, <time> dates the line, <br> breaks it.
_LEAF_EFFECTS = _BLOCK | _TIME | _BREAK

# HTML white space (https://infra.spec.whatwg.org/#ascii-whitespace), plus
# the characters str.splitlines() breaks at, which must not split a line.
_SPACES = re.compile(r"[ \t\n\r\f\v\x1c\x1d\x1e\x85\u2028\u2029]+")
# An inline style that hides the element: display: none, visibility:hidden
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@attrs.frozen(kw_only=True)
class RenderedLines:
    """The lines of a page and their evidence.

    Attributes:
        lines: The text lines, blank lines included; no line holds a line break.
        evidence: One record per line.
    """

    lines: tuple[str, ...]
    evidence: tuple[LineEvidence, ...]


def _open_block(
    tag: str, kind: int, attributes: dict[str, str | None], layout: Layout, out: LineWriter
) -> tuple[int, Layout]:
    """Start a block: end the line before it; return its kind and the layout inside it.

    A block whose id or class names a landmark is set off as a paragraph is.
    """
    if not kind & _PARAGRAPH and attributes and _named_landmark(attributes):
        kind |= _PARAGRAPH
    if out.parts:
        out.end_line()
    else:
        out.datetime = None
    _, heading, list_depth, indent, in_link, in_pre = layout
    if kind & _PARAGRAPH or (kind & _LIST and list_depth == 0):
        out.blank = bool(out.lines)
    if tag == "dd":
        indent += 1
    if kind & _HEADING:
        heading = _HEADINGS[tag]
    elif kind & _ITEM:
        out.marker = _BULLETS[min(list_depth, len(_BULLETS) - 1)]
        list_depth += 1
    return kind, (tag, heading, list_depth, indent, in_link, in_pre or bool(kind & _PRE))


def _close(kind: int, layout: Layout, out: LineWriter) -> None:
    """Close a block (whose own layout is ``layout``) or a form control."""
    if not kind & _BLOCK:
        if out.parts:
            out.space = True  # a control is a box between words
        return
    if out.parts:
        out.end_line()
    else:
        out.datetime = None
    if kind & _PARAGRAPH or (kind & _LIST and layout[2] == 0):
        out.blank = bool(out.lines)
    if kind & _ITEM:
        out.marker = ""  # an item without text leaves no bullet for the next line


def _hidden(attributes: dict[str, str | None]) -> bool:
    if "hidden" in attributes:
        return True
    style = attributes.get("style")
    return style is not None and _HIDDEN_STYLE.search(style) is not None


# Landmarks whose tags are set off by blank lines, when a class names them instead.
_SET_OFF = frozenset(
    (Container.FOOTER, Container.ASIDE, Container.NAV, Container.HEADER, Container.FIGURE)
)


def _named_landmark(attributes: dict[str, str | None]) -> bool:
    """Tell whether a block's id or class names a landmark (not a comment's part).

    A post's footer written as ``<div class="post-footer">`` is the same
    thing as a ``<footer>``: its byline row must not run into the last
    paragraph's block.
    """
    key = (attributes.get("id"), attributes.get("class"))
    if key == (None, None):
        return False
    named = _NAMED.get(key)
    if named is None:
        if len(_NAMED) >= _NAMED_LIMIT:
            _NAMED.clear()
        element_id, classes = key
        kind = classify("div", element_id, classes, None, None, None)
        named = _NAMED[key] = not kind.comment and not kind.containers.isdisjoint(_SET_OFF)
    return named


# What _named_landmark found, by id and class; a plain dict, emptied when full.
_NAMED: dict[tuple[str | None, str | None], bool] = {}
_NAMED_LIMIT = 16_384


# An open element on the walk's stack: its tag, its attributes, its node, its
# kind, the layout around it.
_Open = tuple[str, "dict[str, str | None] | None", "LexborNode", int, Layout]


def _open_inline(
    kind: int, attributes: dict[str, str | None], layout: Layout, out: LineWriter
) -> Layout:
    """Open a link or a ``<time>``; return the layout inside it."""
    if kind & _LINK:
        in_link = "href" in attributes
        if in_link != layout[4]:
            return (*layout[:4], in_link, layout[5])
    elif kind & _TIME:
        stamp = attributes.get("datetime")
        if stamp and out.datetime is None:
            out.datetime = stamp.strip()
    return layout


def _other_kind(tag: str) -> int:
    """The kind of a tag the table does not list: a comment, a doctype, a stray name, or 0."""
    return _SKIP if tag[0] in "-_!" else 0


def _enter(
    node: LexborNode, layout: Layout, stack: list[_Open], out: LineWriter
) -> tuple[LexborNode | None, Layout]:
    """Open an element; return the next node to visit and the layout in force there."""
    tag = node.tag or "-"
    kind = _KINDS.get(tag)
    if kind is None:
        kind = _other_kind(tag)
    if kind & _CONTROL and out.parts:
        out.space = True  # a control is a box between words
    if kind & _SKIP:
        return node.next, layout
    child = node.child
    if child is None and not kind & _LEAF_EFFECTS:
        return node.next, layout  # an empty inline element: nothing to draw, attributes unread
    attributes = node.attributes
    if attributes and ("hidden" in attributes or "style" in attributes) and _hidden(attributes):
        return node.next, layout
    if kind & _BREAK:
        out.line_break()
        return node.next, layout
    inner = layout
    if kind & _BLOCK:
        kind, inner = _open_block(tag, kind, attributes, layout, out)
    elif kind & (_LINK | _TIME):
        inner = _open_inline(kind, attributes, layout, out)
    stack.append((tag, attributes, node, kind, layout))
    out.contexts.append(None)
    return child, inner


def _add_text(node: LexborNode, layout: Layout, out: LineWriter) -> None:
    """Add a text node that is preformatted or holds more than ASCII white space."""
    text = node.text_content
    if not text:
        return
    if layout[5]:
        out.add_preformatted(text, layout)
    elif text.isspace():
        if out.parts:
            out.space = True
    else:
        # A printable text holds no white space but " " (U+0020): only a
        # double space would collapse.
        if not text.isprintable() or "  " in text:
            text = _SPACES.sub(" ", text)
        out.add(text, layout)


def render_lines(root: LexborNode | None) -> RenderedLines:
    r"""Walk the tree from ``root`` and lay its visible text out in lines.

    Args:
        root: The document's root element (``<html>``), or None for an empty tree.

    Returns:
        The lines and one evidence record per line.

    Example:
        >>> from selectolax.lexbor import LexborHTMLParser
        >>> html = "<h1>Title</h1><p>One <a href=/x>link</a>.</p><ul><li>A<li>B</ul>"
        >>> rendered = render_lines(LexborHTMLParser(html).root)
        >>> rendered.lines
        ('Title', '', 'One link.', '', '  • A', '  • B')
        >>> [(e.tag, e.heading, round(e.link_density, 2)) for e in rendered.evidence[:3]]
        [('h1', 1, 0.0), ('', None, 0.0), ('p', None, 0.44)]
    """
    if root is None:
        return RenderedLines(lines=(), evidence=())
    stack: list[_Open] = [("", None, root, 0, BODY_LAYOUT)]  # the document: never closed
    contexts: list[ElementContext | None] = [ROOT_CONTEXT]
    out = LineWriter(stack, contexts)
    layout = BODY_LAYOUT
    node: LexborNode | None = root
    while node is not None or len(stack) > 1:
        if node is None:
            _, _, element, kind, outer = stack.pop()
            contexts.pop()
            if kind & (_BLOCK | _CONTROL):
                _close(kind, layout, out)
            node, layout = element.next, outer
        elif not node.is_text_node:
            node, layout = _enter(node, layout, stack, out)
        elif layout[5] or not node.is_empty_text_node:
            _add_text(node, layout, out)
            node = node.next
        else:  # ASCII white space, or nothing: read only when it would count
            if out.parts and not out.space and node.text_content:
                out.space = True
            node = node.next
    out.end_line()
    return RenderedLines(lines=tuple(out.lines), evidence=tuple(out.evidence))
