"""An article the page states but does not print: JSON-LD ``articleBody`` laid out as lines.

Pages drawn by JavaScript in the reader's browser often carry the article
only in their JSON-LD (``"articleBody"``), the HTML holding a spinner, a menu
and a footer. A text browser prints none of the article, and neither would
the converted lines. When the page's printed words hold less than half of
the stated body's words, the stated headline and body are added after the
page's own lines (so those keep their numbers), a blank line before each
paragraph, each line's element the JSON-LD script
(``script[type=application/ld+json]``) inside an article landmark; HTML
inside the stated body is laid out a block a line, its entities read. An
``html.body-from-jsonld`` diagnostic names the lines. A page that prints
its article is left as it is.
"""

from __future__ import annotations

import html
import re

from newsparse._page import clean_inline
from newsparse._pipeline.html.context import ROOT_CONTEXT, ElementContext
from newsparse._pipeline.html.kinds import Container
from newsparse._pipeline.html.records import BLANK_EVIDENCE, LineEvidence
from newsparse._pipeline.html.render import RenderedLines
from newsparse.models import Diagnostic, Severity

__all__ = ["add_stated_body"]

_WORD = re.compile(r"\w{4,}")
# An HTML tag, and one that starts or ends a block: a line break in the stated body.
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,500}>")
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|h[1-6]|li|ul|ol|blockquote|figure|figcaption|section|article|tr)"
    r"\b[^<>]{0,500}>",
    re.IGNORECASE,
)
# The share of the stated body's words the printed lines must hold to print the article.
_PRINTED_SHARE = 0.5
_ANCESTRY = ("script[type=application/ld+json]",)
_CONTEXT = ElementContext(
    frozenset({Container.ARTICLE}), 0, _ANCESTRY, ROOT_CONTEXT, frozenset({Container.ARTICLE})
)
_PARAGRAPH = LineEvidence(
    tag="p", containers=frozenset({Container.ARTICLE}), ancestry=_ANCESTRY, element=_CONTEXT
)
_HEADLINE = LineEvidence(
    tag="h1",
    heading=1,
    containers=frozenset({Container.ARTICLE}),
    ancestry=_ANCESTRY,
    element=_CONTEXT,
)


def _plain(body: str) -> str:
    """Return a stated body as text: HTML in it laid out a block a line, entities read.

    Example:
        >>> [line for line in _plain("<p>Work starts.</p><p>It&#8217;s &amp; all.</p>").splitlines()
        ...  if line]
        ['Work starts.', 'It’s & all.']
    """
    if _TAG.search(body) is not None:
        body = _BLOCK_TAG.sub("\n\n", body)
        body = _TAG.sub("", body)
    return html.unescape(body).strip()


def add_stated_body(
    rendered: RenderedLines, body: str | None, headline: str | None
) -> tuple[RenderedLines, Diagnostic | None]:
    r"""Return the lines with the stated body after them when the page does not print it.

    Example:
        >>> from newsparse._pipeline.html.render import RenderedLines
        >>> from newsparse._pipeline.html.records import BLANK_EVIDENCE
        >>> shown = RenderedLines(lines=("Loading…",), evidence=(BLANK_EVIDENCE,))
        >>> lines, note = add_stated_body(shown, "Work starts in June.\nIt will last.", "Wall")
        >>> lines.lines
        ('Loading…', '', 'Wall', '', 'Work starts in June.', '', 'It will last.')
        >>> note.code, add_stated_body(lines, "Work starts in June.", "Wall")[1] is None
        ('html.body-from-jsonld', True)
    """
    body = _plain(body) if body else None
    if not body or not body.strip():
        return rendered, None
    stated = {word.casefold() for word in _WORD.findall(body)}
    if not stated:
        return rendered, None
    printed = {word.casefold() for line in rendered.lines for word in _WORD.findall(line)}
    if len(stated & printed) >= _PRINTED_SHARE * len(stated):
        return rendered, None
    lines = list(rendered.lines)
    evidence = list(rendered.evidence)
    first = len(lines) + 2
    title = clean_inline(headline) if headline else ""
    if title and title not in rendered.lines:
        lines += ["", title]
        evidence += [BLANK_EVIDENCE, _HEADLINE]
    for paragraph in body.splitlines():
        text = clean_inline(paragraph)
        if text:
            lines += ["", text]
            evidence += [BLANK_EVIDENCE, _PARAGRAPH]
    note = Diagnostic(
        code="html.body-from-jsonld",
        message=(
            "the page prints no article text; its JSON-LD articleBody was added"
            f" as lines {first}–{len(lines)}"
        ),
        span=None,
        severity=Severity.INFO,
    )
    return RenderedLines(lines=tuple(lines), evidence=tuple(evidence)), note
