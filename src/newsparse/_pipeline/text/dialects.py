r"""Text written by other tools' dumps: their link and format marks read off each line.

Scrapers hand over text that other tools made from HTML. Two kinds carry
marks the words do not:

- **Markdown** (html2text, markdownify, reader services): ``[words](url)``
  and ``[words][3]`` links, ``![alt](url)`` pictures, ``**strong**``, ``*emphasis*`` (and the
  same with ``_``), ``#`` headings, ``>`` quoted paragraphs, ``\*`` escapes. A page is Markdown when
  three lines or more hold a link or a picture written so, or one does and
  another is a ``#`` heading.
- **lynx** dumps (``lynx -dump``): a link's number before its words
  (``[7]engineers``), the addresses listed at the end under "References". A
  page is one when it ends with that list and its text holds the numbers.

Each line of such a page keeps its raw text (spans and ``explain`` show it
as written); its cleaned text, which the stages read and the article's
paragraphs are made of, loses the marks: ``after [engineers found
gaps](https://…) in`` reads ``after engineers found gaps in``. A line the
cleaning would leave empty (a picture with no alt text) keeps its marks. The
text of a page of neither kind is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import Enum

from newsparse._page import Lines, clean_inline

__all__ = ["Dialect", "clean_lines", "dialect_of"]


class Dialect(Enum):
    """Which tool's marks a page's text carries."""

    MARKDOWN = "markdown"
    LYNX = "lynx"


# A link or a picture: "[words](url)", "![alt](url "title")"; the words may hold one
# pair of brackets ("[the [2024] report](…)", a picture inside a link), the address
# one pair of round ones ("(https://x.org/a_(b))").
_MD_LINK = re.compile(
    r"(!?)\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)"
)
# "[words][3]" (not a footnote's "[1][2]"), the address given once below ("[3]: https://…").
_MD_REFERENCE = re.compile(r"\[([^\[\]]*[^\[\]\d\s][^\[\]]*)\]\[[^\[\]]{0,40}\]")
_MD_DEFINITION = re.compile(r"^\s{0,3}\[[^\[\]]{1,40}\]:\s*\S+", re.MULTILINE)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(\S.*)")
# Bounded, so that a line of unclosed marks costs linear time; "*a*" and "_a_"
# only around whole words ("2*3*4" and "snake_case_name" stay).
_MD_STRONG = re.compile(
    r"(?<!\\)\*\*(?=\S)([^*]{1,300}?)(?<=[^\s\\])\*\*|(?<!\\)__(?=\S)([^_]{1,300}?)(?<=[^\s\\])__"
)
_MD_EMPHASIS = re.compile(
    r"(?<![*\w\\])\*(?=\S)([^*]{1,300}?)(?<=[^\s\\])\*(?![*\w])"
    r"|(?<![_\w\\])_(?=\S)([^_]{1,300}?)(?<=[^\s\\])_(?![_\w])"
)
_MD_QUOTED = re.compile(r"^(?:>\s?)+")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_MD_LINK_LINES = 3  # lines with a link that make a page Markdown without a heading
_NESTED_LINKS = 3  # links inside links read off, at most
# "[7]engineers", "[12]" before a link's words; "References" and "   1. https://…".
_LYNX_NUMBER = re.compile(r"\[\d{1,5}\]")
_LYNX_REFERENCE = re.compile(r"[ \t]*\d{1,5}\. \S+$")
_LYNX_NUMBERS = 3  # link numbers in the text that make a dump with references lynx's


def dialect_of(text: str) -> Dialect | None:
    r"""Tell which tool's marks ``text`` carries, if any.

    Example:
        >>> dialect_of("# Title\n\nSee [the report](https://x.org/r).")
        <Dialect.MARKDOWN: 'markdown'>
        >>> dialect_of("Title\n\nA plain [sic] page.") is None
        True
    """
    if "](" in text or "][" in text:
        lines = text.splitlines()
        defined = _MD_DEFINITION.search(text) is not None  # "[3]: https://…" below
        links = sum(
            1 for line in lines if _MD_LINK.search(line) or (defined and _MD_REFERENCE.search(line))
        )
        if links >= _MD_LINK_LINES:
            return Dialect.MARKDOWN
        if links and any(_MD_HEADING.match(line) for line in lines):
            return Dialect.MARKDOWN
    lynx = "References" in text and _ends_with_references(text.splitlines())
    if lynx and len(_LYNX_NUMBER.findall(text)) >= _LYNX_NUMBERS:
        return Dialect.LYNX
    return None


def _ends_with_references(lines: list[str]) -> bool:
    """Tell whether the lines end with lynx's list of addresses under "References"."""
    at = len(lines) - 1
    while at >= 0 and not lines[at].strip():
        at -= 1
    listed = 0
    while at >= 0 and _LYNX_REFERENCE.match(lines[at]):
        at, listed = at - 1, listed + 1
    while at >= 0 and not lines[at].strip():
        at -= 1
    return listed > 0 and at >= 0 and lines[at] == "References"


def _markdown(text: str) -> str:
    heading = _MD_HEADING.match(text)
    if heading is not None:
        text = heading.group(2)
        closed = text.rstrip("#")  # "## Title ##"; "Learn C#" keeps its mark
        if closed != text and closed[-1:].isspace():
            text = closed.rstrip()
    text = _MD_QUOTED.sub("", text)
    for _ in range(_NESTED_LINKS):  # a picture inside a link: "[![alt](i.jpg)](url)"
        unlinked = _MD_LINK.sub(lambda match: match.group(2), text)
        if unlinked == text:
            break
        text = unlinked
    text = _MD_REFERENCE.sub(lambda match: match.group(1), text)
    text = _MD_STRONG.sub(lambda match: match.group(1) or match.group(2), text)
    text = _MD_EMPHASIS.sub(lambda match: match.group(1) or match.group(2), text)
    return _MD_ESCAPE.sub(r"\1", text)


def _lynx(text: str) -> str:
    return _LYNX_NUMBER.sub("", text)


_CLEANERS: dict[Dialect, Callable[[str], str]] = {
    Dialect.MARKDOWN: _markdown,
    Dialect.LYNX: _lynx,
}


def clean_lines(lines: Lines, dialect: Dialect) -> Lines:
    """Return ``lines`` with the marks of ``dialect`` gone from their cleaned text.

    Example:
        >>> lines = clean_lines(Lines.from_text("## Storm [hits](/s) **coast**"), Dialect.MARKDOWN)
        >>> lines.at(1).raw, lines.at(1).text
        ('## Storm [hits](/s) **coast**', 'Storm hits coast')
    """
    clean = _CLEANERS[dialect]
    cleaned = []
    for line in lines:
        text = line.text
        if text:
            text = clean_inline(clean(text), invisible=False) or text
        cleaned.append(line if text == line.text else line._replace(text=text))
    return Lines(cleaned)
