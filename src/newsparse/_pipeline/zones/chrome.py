"""The ``html-chrome`` rule: navigation, banners, sidebars and footers are the site's.

On an HTML page the site's furniture sits in landmarks of its own:
``<nav>``, a ``<header>`` outside the article, ``<aside>`` and widgets,
``<footer>`` (or their roles and classes). A block whose innermost landmark
is one of these is labelled as what it is: navigation and banners as the
site header, sidebars as promotion, footers as footer. The rule runs after
``html-body``, so a page that wraps its article in a landmark it names
oddly keeps its article; what it labels bounds the ``body`` rule's search
and keeps a sidebar printed after the comments out of them. Text input is
left to the other rules.
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
