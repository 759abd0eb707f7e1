"""Where the comment section lies among a page's labelled blocks.

The zones that belong to a comment section, and those that end one, are
defined here once; the section reader and the line reader use them too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from newsparse.adapters import Label
from newsparse.models import Zone

__all__ = ["OUTSIDE_SECTION", "SECTION_ZONES", "SectionBounds", "find_section"]

#: Zones a comment section runs through; byline-like lines there are comment headers.
SECTION_ZONES = frozenset(
    {
        Zone.COMMENT,
        Zone.COMMENT_NOISE,
        Zone.PAGINATION,
        Zone.COMMENT_FORM,
        Zone.TRACKBACKS,
        Zone.BYLINE,
        Zone.COMMENTS_HEADING,
    }
)
#: Zones that end a comment section: the article and the site footer.
OUTSIDE_SECTION = frozenset({Zone.FOOTER, Zone.BODY, Zone.STANDFIRST, Zone.HEADLINE})


class SectionBounds(NamedTuple):
    """The blocks of a comment section: its heading, if any, and the run ``[first, stop)``."""

    heading: int | None
    first: int
    stop: int

    @property
    def start(self) -> int:
        """The first block of the section, its heading included."""
        return self.first if self.heading is None else self.heading


def find_section(labels: Sequence[Label]) -> SectionBounds | None:
    """Return the bounds of the comment section, or ``None`` when the page has none.

    The heading is the nearest one above the first comment with no article
    between; with no comment, the last heading that no article text follows.
    The section runs to its last comment-zone block before the article or
    the footer: boilerplate that the patterns found between comments ("+3 |
    Reply | Report" read as a menu) stays inside.

    Example:
        >>> labels = [Label(Zone.BODY, "t"), Label(Zone.COMMENTS_HEADING, "t"),
        ...           Label(Zone.COMMENT, "t"), Label(Zone.FOOTER, "t")]
        >>> find_section(labels)
        SectionBounds(heading=1, first=2, stop=3)
    """
    zones = [label.zone for label in labels]
    first_comment = next((index for index, zone in enumerate(zones) if zone is Zone.COMMENT), None)
    heading: int | None = None
    if first_comment is not None:
        for index in range(first_comment - 1, -1, -1):
            zone = zones[index]
            if zone is Zone.COMMENTS_HEADING:
                heading = index
            elif zone in OUTSIDE_SECTION or heading is not None:
                break
    else:
        heading = _heading_without_comments(zones)
    if heading is not None:
        first = heading + 1
    elif first_comment is not None:
        first = first_comment
    else:
        return None
    stop = end = first
    while end < len(zones) and zones[end] not in OUTSIDE_SECTION:
        end += 1
        if zones[end - 1] in SECTION_ZONES:
            stop = end
    return SectionBounds(heading=heading, first=first, stop=stop)


def _heading_without_comments(zones: Sequence[Zone]) -> int | None:
    """Return the first comments heading that no standfirst or body block follows."""
    last_article = max(
        (index for index, zone in enumerate(zones) if zone in (Zone.BODY, Zone.STANDFIRST)),
        default=-1,
    )
    return next(
        (
            index
            for index, zone in enumerate(zones)
            if zone is Zone.COMMENTS_HEADING and index > last_article
        ),
        None,
    )
