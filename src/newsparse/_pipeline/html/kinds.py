"""The landmarks and containers a line of an HTML page can sit in (a module cheap to load)."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Container"]


class Container(StrEnum):
    """A landmark or container a line sits in, read from its ancestors' tags, ids, classes, roles.

    ``COMMENTS`` covers comment words in an id or class ("comments",
    "comment-list", "commentBody"), ``role="comment"``, schema.org
    ``Comment`` items, Disqus markup and the reply form ("respond").
    ``VCARD`` is kept apart: comment headers carry it, and so do the
    bylines of articles. ``NOSCRIPT`` marks what a browser shows only with
    JavaScript off. ``FIGURE`` marks a ``<figure>`` and its caption.
    """

    ARTICLE = "article"
    MAIN = "main"
    HEADER = "header"
    NAV = "nav"
    ASIDE = "aside"
    FOOTER = "footer"
    FORM = "form"
    COMMENTS = "comments"
    VCARD = "vcard"
    NOSCRIPT = "noscript"
    FIGURE = "figure"
