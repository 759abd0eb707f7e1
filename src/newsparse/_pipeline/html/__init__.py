"""Stage 0 for HTML: a page's HTML to the lines the text stages read, each with its evidence.

:func:`html_to_page` decodes the bytes, builds the tree with lexbor
(selectolax), lays the visible text out in lines the way a text browser
prints them, and gives each line a :class:`LineEvidence` (its element,
heading level, list membership, link density, and the landmarks and
comment containers around it). It also reads the page's
:class:`PageMetadata`. See docs/decisions/html.md for the choices.

The names are loaded when first used: ``import newsparse`` needs only the
records, not the converter and its metadata readers.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOMES = dict.fromkeys(__all__, "records") | {"html_to_page": "page"}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
