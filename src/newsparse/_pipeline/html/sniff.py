"""Tell an HTML file from a text file: by its name, else by how it begins.

``parse_file`` reads ``.html``, ``.htm`` and ``.xhtml`` files as HTML and
``.txt`` files as text. A file with any other name (or none) is HTML when
its first characters, past a byte-order mark, white space and comments, open
a document (``<!doctype html``, ``<html``, an XML declaration before one) or
when they are mostly tags: at least half the characters of the first 4 KB
inside ``<…>`` and at least :data:`_MIN_TAGS` of them HTML elements. A text
dump of a page begins with its words, never with markup.
"""

from __future__ import annotations

import codecs
import os
import re

__all__ = ["HTML_SUFFIXES", "TEXT_SUFFIXES", "is_html"]

#: File name endings read as HTML whatever the file holds.
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
#: File name endings read as text whatever the file holds.
TEXT_SUFFIXES = (".txt", ".text")

_HEAD_BYTES = 4096
# matches "<!DOCTYPE html>", "<html lang=en>", '<?xml version="1.0"?><html>'
_OPENS_DOCUMENT = re.compile(
    r"(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])",
    re.IGNORECASE | re.DOTALL,
)
# matches "<p>", "</div>", '<a href="/x">': an element's tag, opening or closing
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]{0,9})\b[^<>]{0,500}>")
_HTML_TAGS = frozenset(
    (
        *("a", "abbr", "article", "aside", "b", "blockquote", "body", "br", "div", "em"),
        *("footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "i"),
        *("img", "li", "link", "main", "meta", "nav", "ol", "p", "script", "section"),
        *("span", "strong", "style", "table", "td", "title", "tr", "ul"),
    )
)
_MIN_TAGS = 3
_MARKUP_SHARE = 0.5


def _head_text(data: bytes) -> str:
    """The first few KB of ``data`` as text: UTF-16 by its BOM, else one character a byte."""
    head = data[: _HEAD_BYTES * 2]
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="replace")[:_HEAD_BYTES]
    return head.removeprefix(codecs.BOM_UTF8)[:_HEAD_BYTES].decode("latin-1")


def _looks_like_html(data: bytes) -> bool:
    text = _head_text(data).lstrip()
    if not text.startswith("<"):
        return False
    if _OPENS_DOCUMENT.match(text):
        return True
    tags = list(_TAG.finditer(text))
    known = sum(1 for tag in tags if tag.group(1).lower() in _HTML_TAGS)
    markup = sum(tag.end() - tag.start() for tag in tags)
    return known >= _MIN_TAGS and markup >= _MARKUP_SHARE * len(text.rstrip())


def is_html(data: bytes, path: str | os.PathLike[str] | None = None) -> bool:
    r"""Tell whether a file's bytes are to be read as HTML, by its name first.

    Args:
        data: The file's bytes (only the first few KB are looked at).
        path: The file's name, if it has one.

    Example:
        >>> is_html(b"<!DOCTYPE html><title>x</title>"), is_html(b"Title\n\nText.")
        (True, False)
        >>> is_html(b"<p>A</p>", "page.txt"), is_html(b"Plain words", "page.htm")
        (False, True)
        >>> is_html(b"<div><p>One</p><p>Two</p></div>")
        True
    """
    if path is not None:
        name = os.fspath(path).lower()
        if name.endswith(HTML_SUFFIXES):
            return True
        if name.endswith(TEXT_SUFFIXES):
            return False
    return _looks_like_html(data)
