"""Where a block of an HTML page stands: the innermost landmark around it.

A page's landmarks nest: the site's navigation inside its banner, an
article's own header (headline, byline) inside the article, a share menu
inside the article's footer. What a block is depends on the landmark
nearest to it, not on every landmark above it (a wrapper whose class says
"has-sidebar" holds the whole page). :func:`region_of` walks up from the
block's element to the first landmark and says what it is.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from newsparse._pipeline.html.kinds import Container
from newsparse._pipeline.zones.evidence import BlockEvidence

if TYPE_CHECKING:
    from newsparse._pipeline.html.context import ElementContext

__all__ = ["Region", "RegionFinder"]

# Ancestors climbed to find a landmark: past this a page is nested beyond reason.
_CLIMB_LIMIT = 64


class Region(enum.Enum):
    """The innermost landmark around a block."""

    #: Inside ``<article>``/``<main>`` (or their roles and classes), or its own header.
    CONTENT = "content"
    #: Inside no landmark at all.
    PLAIN = "plain"
    #: Navigation, or a banner outside the article.
    NAVIGATION = "navigation"
    #: A sidebar or widget.
    SIDEBAR = "sidebar"
    #: A footer (the site's, or an article's row of tags and share links).
    FOOTER = "footer"
    #: A comment container.
    COMMENTS = "comments"
    #: A form.
    FORM = "form"
    #: A picture and its caption.
    FIGURE = "figure"


# The landmark an element names, when it names several (a comment container
# named "comment-header" is part of the thread, not a banner; a form named
# "comment_form" is the reply form, not a comment).
_PRIORITY = (
    (Container.FORM, Region.FORM),
    (Container.COMMENTS, Region.COMMENTS),
    (Container.FIGURE, Region.FIGURE),
    (Container.NAV, Region.NAVIGATION),
    (Container.ASIDE, Region.SIDEBAR),
    (Container.FOOTER, Region.FOOTER),
    (Container.HEADER, Region.NAVIGATION),
    (Container.ARTICLE, Region.CONTENT),
    (Container.MAIN, Region.CONTENT),
)
_CONTENT = frozenset({Container.ARTICLE, Container.MAIN})


class RegionFinder:
    """Works out, once per element, the region of the blocks inside it.

    Example:
        >>> from newsparse._pipeline.html.context import ROOT_CONTEXT, child_context
        >>> article = child_context("article", {}, ROOT_CONTEXT)
        >>> header = child_context("header", {}, article)
        >>> banner = child_context("header", {"class": "site"}, ROOT_CONTEXT)
        >>> finder = RegionFinder()
        >>> finder.region(header), finder.region(banner), finder.region(ROOT_CONTEXT)
        (<Region.CONTENT: 'content'>, <Region.NAVIGATION: 'navigation'>, <Region.PLAIN: 'plain'>)
    """

    __slots__ = ("_found",)

    def __init__(self) -> None:
        self._found: dict[int, Region] = {}

    def region(self, element: ElementContext | None) -> Region:
        """Return the region of the lines whose nearest named element is ``element``."""
        if element is None:
            return Region.PLAIN
        known = self._found.get(id(element))
        if known is not None:
            return known
        found = Region.PLAIN
        node: ElementContext | None = element
        for _ in range(_CLIMB_LIMIT):
            if node is None:
                break
            if node.own:
                landmark = next((pair for pair in _PRIORITY if pair[0] in node.own), None)
                if landmark is not None:
                    kind, found = landmark
                    parent = node.parent
                    if (
                        kind is Container.HEADER
                        and parent is not None
                        and not parent.containers.isdisjoint(_CONTENT)
                    ):
                        found = Region.CONTENT  # the article's own header: headline, byline
                    break
            node = node.parent
        self._found[id(element)] = found
        return found

    def of_block(self, evidence: BlockEvidence) -> Region:
        """Return the region of a block: that of its first line."""
        return self.region(evidence.lines[0].element)
