r"""The HTML tree as lines of text, each with the evidence of the element it came from.

The layout follows what a text browser prints, so the text rules read HTML
pages the way they read text dumps:

- a block element (``p``, ``div``, ``li``, ``h2``, ``td``, …) starts and
  ends a line; ``<br>`` ends one, and two in a row leave a blank line;
- a paragraph-like element (``p``, headings, ``pre``, ``blockquote``,
  ``table``, ``hr``, lists not nested in a list, the landmarks ``header``,
  ``nav``, ``main``, ``article``, ``section``, ``aside``, ``footer``) is set
  off by blank lines; one blank line at most, none at either end;
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
nodes; each element's context (containers, ancestry) is built once from
its parent's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from newsparse._pipeline.html.containers import TAG_CONTAINERS, classify, element_name
from newsparse._pipeline.html.records import (
    ANCESTRY_LIMIT,
    BLANK_EVIDENCE,
    Container,
    LineEvidence,
)

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
        *("figure", "address", "fieldset", "details", "listing", "xmp", "plaintext"),
        *("header", "nav", "main", "article", "section", "aside", "footer"),
    )
)
_CONTAINER_TAGS = frozenset(TAG_CONTAINERS)
# Digits never decide a container; one digit for all lets classify's cache
# serve "comment-41" and "comment-42" alike.
_ONE_DIGIT = str.maketrans("123456789", "000000000")
_FORM_CONTROLS = frozenset(("input", "button", "select", "textarea"))
_LISTS = frozenset(("ul", "ol", "menu", "dir"))
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_PREFORMATTED = frozenset(("pre", "listing", "xmp", "plaintext", "textarea"))
_BULLETS = ("  • ", "  ◦ ", "  ▪ ")
_INDENT = "    "

# HTML white space (https://infra.spec.whatwg.org/#ascii-whitespace), plus
# the characters str.splitlines() breaks at, which must not split a line.
_SPACES = re.compile(r"[ \t\n\r\f\v\x1c\x1d\x1e\x85\u2028\u2029]+")
_LINE_BREAKERS = str.maketrans(dict.fromkeys("\v\f\x1c\x1d\x1e\x85\u2028\u2029", " "))
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


class _Context:
    """What an element passes to its descendants: containers, comment depth, ancestry."""

    __slots__ = ("ancestry", "comment_depth", "containers")

    def __init__(
        self, containers: frozenset[Container], comment_depth: int, ancestry: tuple[str, ...]
    ) -> None:
        self.containers = containers
        self.comment_depth = comment_depth
        self.ancestry = ancestry


class _Frame:
    """An open element that changes how its text is laid out or described."""

    __slots__ = ("block_tag", "context", "heading", "in_link", "in_pre", "list_depth")

    def __init__(self, parent: _Frame | None) -> None:
        if parent is None:
            self.block_tag = "body"
            self.context = _Context(frozenset(), 0, ())
            self.heading: int | None = None
            self.in_link = False
            self.in_pre = False
            self.list_depth = 0
        else:
            self.block_tag = parent.block_tag
            self.context = parent.context
            self.heading = parent.heading
            self.in_link = parent.in_link
            self.in_pre = parent.in_pre
            self.list_depth = parent.list_depth


class _Lines:
    """Collects the text of the current line and closes lines into the output."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.evidence: list[LineEvidence] = []
        self.parts: list[str] = []
        self.chars = 0
        self.link_chars = 0
        self.space = False  # a collapsed space waits before the next text
        self.blank = False  # a blank line waits before the next line
        self.marker = ""  # the list marker the next line opens with
        self.owner: _Frame | None = None
        self.prefix = ""
        self.item_start = False
        self.datetime: str | None = None

    def add(self, text: str, frame: _Frame) -> None:
        """Add collapsed text (white space runs already made single spaces)."""
        core = text.strip(" ")
        if not core:
            self.space = self.space or bool(self.parts)
            return
        if self.parts:
            if self.space or text[0] == " ":
                self.parts.append(" ")
                self.chars += 1
        else:
            self._open(frame)
        self.parts.append(core)
        self.chars += len(core)
        if frame.in_link:
            self.link_chars += len(core)
        self.space = text[-1] == " "

    def add_preformatted(self, text: str, frame: _Frame) -> None:
        """Add text whose spaces and line breaks are kept."""
        text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKERS)
        first = True
        for piece in text.split("\n"):
            if not first:
                if self.parts:
                    self.end_line()
                else:
                    self.blank = bool(self.lines)
            first = False
            if piece:
                if not self.parts:
                    self._open(frame)
                self.parts.append(piece)
                self.chars += len(piece)
                if frame.in_link:
                    self.link_chars += len(piece)

    def _open(self, frame: _Frame) -> None:
        self.owner = frame
        depth = frame.list_depth
        self.item_start = bool(self.marker)
        if self.marker:
            self.prefix = _INDENT * max(depth - 1, 0) + self.marker
            self.marker = ""
        else:
            self.prefix = _INDENT * depth

    def end_line(self) -> None:
        """Close the current line, if it holds any text."""
        if not self.parts:
            self.datetime = None
            return
        line = "".join(self.parts).rstrip()
        owner = self.owner
        if line.strip() and owner is not None:
            if self.blank and self.lines:
                self.lines.append("")
                self.evidence.append(BLANK_EVIDENCE)
            self.blank = False
            self.lines.append(self.prefix + line)
            context = owner.context
            self.evidence.append(
                LineEvidence(
                    tag=owner.block_tag,
                    heading=owner.heading,
                    list_depth=owner.list_depth,
                    item_start=self.item_start,
                    link_density=min(self.link_chars / self.chars, 1.0) if self.chars else 0.0,
                    containers=context.containers,
                    comment_depth=context.comment_depth,
                    ancestry=context.ancestry,
                    datetime=self.datetime,
                )
            )
        self.parts = []
        self.chars = self.link_chars = 0
        self.space = False
        self.owner = None
        self.datetime = None

    def break_paragraph(self) -> None:
        """Close the current line and ask for a blank line before the next."""
        self.end_line()
        self.blank = bool(self.lines)

    def line_break(self) -> None:
        """A ``<br>``: close the line, or leave a blank line after an empty one."""
        if self.parts:
            self.end_line()
        elif self.lines:
            self.blank = True


def _is_hidden(attributes: dict[str, str | None]) -> bool:
    if "hidden" in attributes:
        return True
    style = attributes.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None  # type: ignore[arg-type]


def _child_context(tag: str, attributes: dict[str, str | None], parent: _Context) -> _Context:
    element_id = attributes.get("id")
    classes = attributes.get("class")
    role = attributes.get("role")
    itemtype = attributes.get("itemtype")
    itemprop = attributes.get("itemprop")
    if not (element_id or classes or role or itemtype or itemprop or tag in _CONTAINER_TAGS):
        return parent
    kind = classify(
        tag,
        element_id.translate(_ONE_DIGIT) if element_id else None,
        classes.translate(_ONE_DIGIT) if classes else None,
        role,
        itemtype,
        itemprop,
    )
    containers = kind.containers
    name = element_name(tag, element_id, classes, role) if element_id or classes or role else None
    if not containers and name is None:
        return parent
    if containers and not containers <= parent.containers:
        containers = parent.containers | containers
    else:
        containers = parent.containers
    ancestry = parent.ancestry
    if name is not None:
        ancestry = (*ancestry[-(ANCESTRY_LIMIT - 1) :], name)
    return _Context(containers, parent.comment_depth + kind.comment, ancestry)


def _open_element(
    tag: str, attributes: dict[str, str | None], parent: _Frame, out: _Lines
) -> _Frame:
    context = _child_context(tag, attributes, parent.context) if attributes else parent.context
    if not attributes and tag in _CONTAINER_TAGS:
        context = _child_context(tag, attributes, parent.context)
    if tag not in _BLOCKS and tag not in ("a", "time") and context is parent.context:
        return parent  # nothing changes for its text: the parent's frame serves
    frame = _Frame(parent)
    frame.context = context
    if tag in _BLOCKS:
        out.end_line()
        frame.block_tag = tag
        if tag in _PARAGRAPHS or (tag in _LISTS and parent.list_depth == 0):
            out.break_paragraph()
        if tag in _HEADINGS:
            frame.heading = _HEADINGS[tag]
        elif tag == "li":
            out.marker = _BULLETS[min(parent.list_depth, len(_BULLETS) - 1)]
            frame.list_depth = parent.list_depth + 1
        if tag in _PREFORMATTED:
            frame.in_pre = True
    elif tag == "a" and "href" in attributes:
        frame.in_link = True
    elif tag == "time":
        stamp = attributes.get("datetime")
        if stamp and out.datetime is None:
            out.datetime = stamp.strip()
    return frame


def _close_element(tag: str, frame: _Frame, out: _Lines) -> None:
    if tag in _BLOCKS:
        if tag in _PARAGRAPHS or (tag in _LISTS and frame.list_depth == 0):
            out.break_paragraph()
        else:
            out.end_line()
        if tag == "li":
            out.marker = ""  # an item without text leaves no bullet for the next line
    elif tag in _FORM_CONTROLS:
        out.space = out.space or bool(out.parts)


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
    out = _Lines()
    if root is None:
        return RenderedLines(lines=(), evidence=())
    top = _Frame(None)
    # (element, its frame or None when it shares its parent's, its tag)
    stack: list[tuple[LexborNode, _Frame, str]] = []
    frame = top
    node: LexborNode | None = root
    while True:
        while node is None:
            if not stack:
                out.end_line()
                return RenderedLines(
                    lines=tuple(out.lines),
                    evidence=tuple(out.evidence),
                )
            element, closed, tag = stack.pop()
            _close_element(tag, closed, out)
            frame = stack[-1][1] if stack else top
            node = element.next
        tag = node.tag or ""
        if tag == "-text":
            text = node.text_content or ""
            if frame.in_pre:
                out.add_preformatted(text, frame)
            elif text:
                if text.isspace():
                    out.space = out.space or bool(out.parts)
                else:
                    out.add(_SPACES.sub(" ", text), frame)
            node = node.next
            continue
        if tag[:1] in ("-", "_", "!", ""):
            node = node.next
            continue
        if tag in _SKIPPED:
            node = node.next
            continue
        attributes = node.attributes
        if attributes and _is_hidden(attributes):
            node = node.next
            continue
        if tag == "br":
            out.line_break()
            node = node.next
            continue
        if tag in _FORM_CONTROLS:
            # a control is drawn as a box between the words around it
            out.space = out.space or bool(out.parts)
        frame = _open_element(tag, attributes, frame, out)
        stack.append((node, frame, tag))
        node = node.child
