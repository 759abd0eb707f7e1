"""``is_html``: a file is HTML by its name, else by how it begins."""

from __future__ import annotations

import codecs

import pytest

from newsparse._pipeline.html.sniff import is_html

PAGE = b"<div class='post'><h1>Title</h1><p>One.</p><p>Two.</p></div>"


@pytest.mark.parametrize(
    ("data", "name", "html"),
    [
        (b"Plain words", "page.html", True),
        (b"Plain words", "PAGE.HTM", True),
        (b"Plain words", "page.xhtml", True),
        (PAGE, "page.txt", False),
        (PAGE, "page.text", False),
        (b"<!DOCTYPE html><title>x</title>", None, True),
        (b"  \n<!doctype HTML>", "page", True),
        (b"<html lang=en><body>x", "page.dat", True),
        (b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', None, True),
        (b"<!-- saved page -->\n<html>", None, True),
        (codecs.BOM_UTF8 + b"<!doctype html>", None, True),
        ("<!doctype html>".encode("utf-16"), None, True),
        (PAGE, None, True),
        (b"Title\n\nSome words of a text dump.", None, False),
        (b"<b>Bold</b> words, and a whole paragraph of plain text after them", None, False),
        (b"", None, False),
    ],
)
def test_is_html(data: bytes, name: str | None, html: bool) -> None:
    assert is_html(data, name) is html
