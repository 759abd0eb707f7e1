"""The records the HTML stage returns: the page as lines, each line's evidence, the metadata.

The text a converted page gives is the text the rest of the pipeline reads,
so spans, ``explain`` and "nothing lost" count its lines; :class:`LineEvidence`
says, for each of those lines, what the HTML knew about it.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

import attrs

from newsparse._pipeline.html.kinds import Container
from newsparse.models import Diagnostic

if TYPE_CHECKING:
    from newsparse._pipeline.html.context import ElementContext

__all__ = [
    "ANCESTRY_LIMIT",
    "BLANK_EVIDENCE",
    "Container",
    "HtmlPage",
    "LineEvidence",
    "PageMetadata",
]

ANCESTRY_LIMIT = 8
"""How many element names :attr:`LineEvidence.ancestry` keeps."""


@attrs.frozen(kw_only=True, slots=True)
class LineEvidence:
    """What the HTML tells about one line of a converted page.

    Attributes:
        tag: The block element the line's text sits in (``"p"``, ``"h2"``,
            ``"li"``, ``"div"``, ``"td"``, ``"pre"``, …); ``""`` for a blank
            line.
        heading: The heading level (1 to 6) when the line is inside
            ``<h1>``–``<h6>``, else None.
        list_depth: How many list items the line is nested in (0: none).
        item_start: Whether the line opens a list item (it carries the
            bullet or the number).
        link_density: The share of the line's non-space characters inside
            ``<a>`` elements, from 0 to 1.
        containers: The landmarks and containers among the line's element
            and its ancestors.
        comment_depth: How many of those elements are comment containers
            (a reply inside a comment inside a thread counts 3).
        ancestry: CSS-like names (``tag#id.class[role=…]``) of the line's
            element and the ancestors that carry an id, a class or a role,
            outermost first, at most :data:`ANCESTRY_LIMIT` of the innermost.
        datetime: The ``datetime`` attribute of the first ``<time>`` element
            on the line, if any.
        element: The context of the nearest named element or landmark
            around the line (an id, a class, a role, a landmark tag), which
            leads up through its ancestors' (``None`` for a blank line).
            Lines with the same ``element`` sit in the same container. Not
            compared in equality.

    Example:
        >>> evidence = LineEvidence(tag="p", containers=frozenset({Container.ARTICLE}))
        >>> evidence.tag, evidence.heading, Container.ARTICLE in evidence.containers
        ('p', None, True)
    """

    tag: str
    heading: int | None = None
    list_depth: int = 0
    item_start: bool = False
    link_density: float = 0.0
    containers: frozenset[Container] = frozenset()
    comment_depth: int = 0
    ancestry: tuple[str, ...] = ()
    datetime: str | None = None
    element: ElementContext | None = attrs.field(default=None, eq=False, repr=False)


BLANK_EVIDENCE = LineEvidence(tag="")
"""The evidence of every blank line: no element, no container."""


@attrs.frozen(kw_only=True)
class PageMetadata:
    """What the page states about itself: JSON-LD, Open Graph, ``<meta>``, ``<time>``, ``<title>``.

    Attributes:
        headline: The page's own headline, site-name suffixes removed.
        byline: The author or authors, names joined with ", ".
        published: When the article was published; timezone-aware when the
            page gives the zone.
        modified: When it was last changed, read the same way.
        url: The canonical address, else the address given to the parser.
        site_name: The site's name as the page gives it.
        language: The page's language tag (``"en"``, ``"pt-BR"``).
        article_body: The JSON-LD article's ``articleBody``, its line breaks
            kept (see :mod:`~newsparse._pipeline.html.stated_body`).

    Example:
        >>> PageMetadata().headline is None
        True
    """

    headline: str | None = None
    byline: str | None = None
    published: datetime | None = None
    modified: datetime | None = None
    url: str | None = None
    site_name: str | None = None
    language: str | None = None
    article_body: str | None = attrs.field(default=None, repr=False)


def _one_per_line(
    page: HtmlPage,
    attribute: attrs.Attribute[tuple[LineEvidence, ...]],
    evidence: tuple[LineEvidence, ...],
) -> None:
    lines = len(page.text.splitlines())
    if lines != len(evidence):
        raise ValueError(f"{len(evidence)} evidence records for {lines} lines")


@attrs.frozen(kw_only=True)
class HtmlPage:
    r"""An HTML page turned into lines, with each line's evidence and the page's metadata.

    Attributes:
        text: One block element a line (or a paragraph of lines), blank
            lines between blocks, list items as ``"  • item"``; the text the
            pipeline reads.
        evidence: One record per line of ``text.splitlines()``.
        metadata: What the page states about itself.
        diagnostics: What the conversion was unsure of (codes ``html.*``).
        encoding: The character encoding the bytes were read with (None for
            ``str`` input).

    Example:
        >>> page = HtmlPage(text="Title\n\nBody.", evidence=(
        ...     LineEvidence(tag="h1", heading=1), BLANK_EVIDENCE, LineEvidence(tag="p")))
        >>> [e.tag for e in page.evidence]
        ['h1', '', 'p']
    """

    text: str
    evidence: tuple[LineEvidence, ...] = attrs.field(validator=_one_per_line)
    metadata: PageMetadata = PageMetadata()
    diagnostics: tuple[Diagnostic, ...] = ()
    encoding: str | None = None
