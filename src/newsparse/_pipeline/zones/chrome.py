"""The ``html-chrome`` rule: navigation, banners, sidebars and footers are the site's.

On an HTML page the site's furniture sits in landmarks of its own:
``<nav>``, a ``<header>`` outside the article, ``<aside>`` and widgets,
``<footer>`` (or their roles and classes). A block whose innermost landmark
is one of these is labelled as what it is: navigation and banners as the
site header, sidebars as promotion, footers as footer. An ``<article>`` or
``<main>`` nearer to a block than the landmark outweighs it, and the rule
runs after ``html-body``, which has taken the article's text already; what
it labels bounds the ``body`` rule's search and keeps a sidebar printed
after the comments out of them. A page that puts its whole article, with
no ``<article>`` inside, in an element it names a sidebar loses it (the
names are the page's word). Text input is left to the other rules.
"""

from __future__ import annotations

from newsparse._pipeline.zones.regions import Region, RegionFinder
from newsparse.adapters import Label, ZoneContext
from newsparse.models import Zone

__all__ = ["chrome"]

_LABELS = {
    Region.NAVIGATION: Label(Zone.SITE_HEADER, "html.navigation"),
    Region.SIDEBAR: Label(Zone.PROMO, "html.sidebar"),
    Region.FOOTER: Label(Zone.FOOTER, "html.footer"),
}


def chrome(context: ZoneContext) -> dict[int, Label]:
    """Label the unlabelled blocks of navigation, banners, sidebars and footers (HTML only)."""
    evidence = context.evidence
    if evidence is None:
        return {}
    finder = RegionFinder()
    found: dict[int, Label] = {}
    for index, seen in enumerate(evidence):
        if context.unlabelled(index):
            label = _LABELS.get(finder.of_block(seen))
            if label is not None:
                found[index] = label
    return found
