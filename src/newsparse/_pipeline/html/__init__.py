"""Stage 0 for HTML: a page's HTML to the lines the text stages read, each with its evidence.

:func:`html_to_page` decodes the bytes, builds the tree with lexbor
(selectolax), lays the visible text out in lines the way a text browser
prints them, and gives each line a :class:`LineEvidence` (its element,
heading level, list membership, link density, and the landmarks and
comment containers around it). It also reads the page's
:class:`PageMetadata`. See docs/decisions/html.md for the choices.
"""

from newsparse._pipeline.html.page import html_to_page
from newsparse._pipeline.html.records import (
    BLANK_EVIDENCE,
    Container,
    HtmlPage,
    LineEvidence,
    PageMetadata,
)

__all__ = [
    "BLANK_EVIDENCE",
    "Container",
    "HtmlPage",
    "LineEvidence",
    "PageMetadata",
    "html_to_page",
]
