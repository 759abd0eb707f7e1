"""Flatten elements nested deeper than a browser would keep, before the tree is built.

The HTML tree builder checks the stack of open elements at each block
start tag, so 100,000 nested ``<div>`` cost it time quadratic in the depth
(about 30 s in lexbor). Browsers bound the depth for the same reason
(Chromium's parser stops nesting at 512 levels). Here, a page that could
be deeper than :data:`MAX_DEPTH` (more start tags than end tags by that
much) is scanned once; tags below that depth are dropped, a block tag
leaving a ``<br>`` so that its text still ends a line. Text is never
removed. The scan counts only elements whose end tag is required: ``<p>``,
``<li>``, table cells and void elements close themselves.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["MAX_DEPTH", "Flattened", "flatten_deep_nesting"]

MAX_DEPTH = 2048
"""Elements deeper than this are flattened into their ancestor at this depth."""

# A start or end tag: "<div class=x>", "</div>", up to its ">" but never past
# the next "<", so a tag without its ">" costs no more than the text to the
# next tag.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*>?")
_SELF_CLOSING = frozenset(
    (
        *("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"),
        *("source", "track", "wbr", "param", "keygen", "frame", "basefont", "bgsound"),
        *("image", "p", "li", "dt", "dd", "option", "optgroup", "td", "th", "tr", "tbody"),
        *("thead", "tfoot", "colgroup", "rb", "rt", "rp", "rtc"),
    )
)
_BLOCK_TAGS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "center", "dd", "details", "dialog"),
        *("dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu"),
        *("nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul"),
    )
)


@attrs.frozen(kw_only=True)
class Flattened:
    """The HTML after flattening, and how deep it went.

    Attributes:
        html: The HTML, unchanged unless ``deepest > MAX_DEPTH``.
        deepest: The deepest nesting the scan counted (0 when the page was
            too shallow to scan).
    """

    html: str
    deepest: int

    @property
    def flattened(self) -> bool:
        """Whether tags were dropped."""
        return self.deepest > MAX_DEPTH


def _could_be_deep(html: str) -> bool:
    opens = html.count("<")  # most pages stop here: end tags need not be counted
    return opens > MAX_DEPTH and opens - html.count("</") > MAX_DEPTH


def flatten_deep_nesting(html: str) -> Flattened:
    """Drop the tags nested deeper than :data:`MAX_DEPTH`; keep every character of text.

    Args:
        html: The page.

    Returns:
        The page with deep tags dropped, and the deepest nesting counted.

    Example:
        >>> deep = "<div>" * 3000 + "text" + "</div>" * 3000
        >>> result = flatten_deep_nesting(deep)
        >>> result.deepest, result.html.count("<div>"), "text" in result.html
        (3000, 2048, True)
        >>> flatten_deep_nesting("<p>shallow</p>").html
        '<p>shallow</p>'
    """
    if not _could_be_deep(html):
        return Flattened(html=html, deepest=0)
    depth = deepest = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal depth, deepest
        name = match.group(2).lower()
        counted = name not in _SELF_CLOSING
        if counted and not match.group(1):
            depth += 1
            deepest = max(deepest, depth)
            deep = depth > MAX_DEPTH
        elif counted:
            deep = depth > MAX_DEPTH
            depth = max(depth - 1, 0)
        else:
            deep = depth >= MAX_DEPTH
        if not deep:
            return match.group(0)
        return "<br>" if name in _BLOCK_TAGS else ""

    flattened = _TAG.sub(replace, html)
    if deepest <= MAX_DEPTH:
        return Flattened(html=html, deepest=deepest)
    return Flattened(html=flattened, deepest=deepest)
