"""An Article as Markdown or as plain text, for people to read.

Both renderings hold the same parts in the same order: the headline, a line
of byline, publication time and address when the page gave them, the
standfirst, the body paragraphs, a "Quotes" list when there are quotes, and a
"Comments (shown/declared)" section when the page has comments, replies
nested under the comment they answer. Boilerplate and diagnostics are left
out. The output is a pure function of the article: no dates, widths or
locale settings are read from the environment.

In Markdown, characters the page's text holds that Markdown would read as
markup (``*``, ``_``, ``[``, a ``#`` opening a line, ...) are escaped with a
backslash, so the rendered page shows the text as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from newsparse.models import Article, Comment, CommentSection, Quote

__all__ = ["to_markdown", "to_text"]

# Characters Markdown may read as inline markup anywhere in a line:
# "a *starred* word", "[link](x)", "<b>", "`code`", "snake_case", "C:\temp".
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<])")
# Characters Markdown may read as a block marker at the start of a line:
# "# Heading", "> quote", "- item", "+ item", "=====", "~~~ fence".
_MARKDOWN_LINE_START = re.compile(r"^([#>+=~-])", re.MULTILINE)
# An ordered-list marker at the start of a line: "1. item", "2) item".
_MARKDOWN_ORDERED = re.compile(r"^(\d+)([.)])", re.MULTILINE)

_REPLY_INDENT = "    "


def _escape_markdown(text: str) -> str:
    r"""Backslash-escape what Markdown would read as markup in ``text``.

    Example:
        >>> print(_escape_markdown("# 1. *Not* a [link]"))
        \# 1. \*Not\* a \[link\]
    """
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _MARKDOWN_INLINE.sub(r"\\\1", text)
    text = _MARKDOWN_LINE_START.sub(r"\\\1", text)
    return _MARKDOWN_ORDERED.sub(r"\1\\\2", text)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _metadata(article: Article) -> str | None:
    """Join byline, publication time and address with " · ", or None when all are absent."""
    parts = [
        _one_line(article.byline) if article.byline else None,
        article.published.isoformat() if article.published else None,
        article.url,
    ]
    present = [part for part in parts if part]
    return " · ".join(present) if present else None


def _quote_line(quote: Quote) -> str:
    """Describe a quote as ``“text” — speaker, kind``; without a speaker, ``“text” — kind``."""
    who = f"{_one_line(quote.speaker)}, " if quote.speaker else ""
    return f"“{_one_line(quote.text)}” — {who}{quote.kind.value}"


def _comments_title(section: CommentSection) -> str:
    """Return ``Comments (shown/declared)``, or ``Comments (shown)`` with no declared count."""
    shown = len(section.walk())
    if section.declared_count is None:
        return f"Comments ({shown})"
    return f"Comments ({shown}/{section.declared_count})"


def _has_comments(section: CommentSection) -> bool:
    return bool(section.comments) or section.declared_count is not None


def _comment_header(comment: Comment, strong: Callable[[str], str]) -> str | None:
    """Join author (passed through ``strong``), posted time and score, or None when absent."""
    parts = [
        strong(_one_line(comment.author)) if comment.author else None,
        _one_line(comment.posted_text) if comment.posted_text else None,
        f"score {comment.score}" if comment.score is not None else None,
    ]
    present = [part for part in parts if part]
    return " · ".join(present) if present else None


def _comment_paragraphs(comment: Comment) -> list[str]:
    """Return the comment's non-empty paragraphs, or its text when it has no paragraphs."""
    paragraphs = comment.paragraphs or (comment.text,)
    return [paragraph.strip() for paragraph in paragraphs if paragraph.strip()]


def _paragraph_lines(paragraphs: Iterable[str]) -> list[str]:
    """Return the lines of ``paragraphs`` with an empty line between paragraphs."""
    lines: list[str] = []
    for paragraph in paragraphs:
        if lines:
            lines.append("")
        lines.extend(paragraph.split("\n"))
    return lines


def _stacked(groups: Iterable[list[str]]) -> list[str]:
    """Join the non-empty groups of lines with one empty line between groups."""
    lines: list[str] = []
    for group in groups:
        if group and lines:
            lines.append("")
        lines.extend(group)
    return lines


def _markdown_comment(comment: Comment) -> list[str]:
    """Render a comment and its replies as a blockquote whose replies nest inside it."""
    header = _comment_header(comment, lambda author: f"**{_escape_markdown(author)}**")
    body = _paragraph_lines(_escape_markdown(p) for p in _comment_paragraphs(comment))
    replies = (_markdown_comment(reply) for reply in comment.replies)
    inner = _stacked([[header] if header else [], body, *replies])
    return [f"> {line}" if line else ">" for line in inner]


def _markdown_sections(article: Article) -> Iterable[str]:
    if article.headline is not None:
        yield f"# {_escape_markdown(_one_line(article.headline.text))}"
    metadata = _metadata(article)
    if metadata is not None:
        yield _escape_markdown(metadata)
    if article.standfirst is not None and article.standfirst.text:
        yield f"*{_escape_markdown(article.standfirst.text)}*"
    yield from (_escape_markdown(paragraph.text) for paragraph in article.body)
    if article.quotes:
        yield "## Quotes"
        yield "\n".join(f"- {_escape_markdown(_quote_line(quote))}" for quote in article.quotes)
    if _has_comments(article.comments):
        yield f"## {_comments_title(article.comments)}"
        yield from ("\n".join(_markdown_comment(c)) for c in article.comments.comments)


def to_markdown(article: Article) -> str:
    r"""Render ``article`` as Markdown for people to read.

    The headline is a level-one heading, the standfirst is in italics, and
    each comment is a blockquote with its replies nested inside it.

    Args:
        article: The article to render.

    Returns:
        Markdown text ending in a newline, or ``""`` for an empty article.

    Example:
        >>> import newsparse
        >>> page = "Rain stops play\n\nThe match was called off at noon, the club said.\n\n"
        >>> article = newsparse.parse(page + "Fans went home early and were given refunds.")
        >>> print(to_markdown(article), end="")
        # Rain stops play
        <BLANKLINE>
        *The match was called off at noon, the club said.*
        <BLANKLINE>
        Fans went home early and were given refunds.
    """
    text = "\n\n".join(section for section in _markdown_sections(article) if section)
    return f"{text}\n" if text else ""


def _underlined(title: str, rule: str) -> str:
    return f"{title}\n{rule * len(title)}"


def _text_comment(comment: Comment) -> list[str]:
    """Render a comment as a ``- `` item, its lines under the first, replies indented."""
    header = _comment_header(comment, lambda author: author)
    inner = ([header] if header else []) + _paragraph_lines(_comment_paragraphs(comment))
    item = [f"{'  ' if number else '- '}{line}".rstrip() for number, line in enumerate(inner)]
    replies = (
        [f"{_REPLY_INDENT}{line}" if line else "" for line in _text_comment(reply)]
        for reply in comment.replies
    )
    return _stacked([item or ["-"], *replies])


def _text_sections(article: Article) -> Iterable[str]:
    if article.headline is not None:
        yield _underlined(_one_line(article.headline.text), "=")
    yield _metadata(article) or ""
    if article.standfirst is not None:
        yield article.standfirst.text
    yield from (paragraph.text for paragraph in article.body)
    if article.quotes:
        yield _underlined("Quotes", "-")
        yield "\n".join(f"- {_quote_line(quote)}" for quote in article.quotes)
    if _has_comments(article.comments):
        yield _underlined(_comments_title(article.comments), "-")
        yield from ("\n".join(_text_comment(c)) for c in article.comments.comments)


def to_text(article: Article) -> str:
    r"""Render ``article`` as plain text for people to read.

    The parts and their order are those of :func:`to_markdown`; headings are
    underlined, quotes and comments are ``- `` items and replies are
    indented four spaces under the comment they answer.

    Args:
        article: The article to render.

    Returns:
        Text ending in a newline, or ``""`` for an empty article.

    Example:
        >>> import newsparse
        >>> page = "Rain stops play\n\nThe match was called off at noon, the club said.\n\n"
        >>> article = newsparse.parse(page + "Fans went home early and were given refunds.")
        >>> print(to_text(article), end="")
        Rain stops play
        ===============
        <BLANKLINE>
        The match was called off at noon, the club said.
        <BLANKLINE>
        Fans went home early and were given refunds.
    """
    text = "\n\n".join(section for section in _text_sections(article) if section)
    return f"{text}\n" if text else ""
