"""The article's metadata: what the page states about itself first, what its text says second.

For a page read from HTML, the page's own statements
(:class:`~newsparse._pipeline.html.PageMetadata`: JSON-LD, Open Graph,
``<meta>``, ``<time>``, the canonical link) give the byline, the
publication time and the address; the text fills what they leave out. For
text, the publication time is read from the lines labelled byline here, and
the byline itself with the article's text (see
:func:`~newsparse._pipeline.assemble.collect_content`): the first byline
line outside the comment section names the author, and the comment section
is found after this stage, which the comments need for relative dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, NamedTuple

from newsparse._dates import find_datetime
from newsparse._page import TextBlock
from newsparse.adapters import Label
from newsparse.models import Zone

if TYPE_CHECKING:
    from newsparse._pipeline.html.records import PageMetadata

__all__ = ["Metadata", "read_metadata"]


class Metadata(NamedTuple):
    """What is known about the article beyond its text.

    Attributes:
        published: When it was published (timezone-aware).
        byline: The author or authors the page's metadata names (HTML only;
            a text byline is read with the content).
        url: The page's address (HTML only).
        headline: The page's own headline, site name cut (HTML only).
    """

    published: datetime | None = None
    byline: str | None = None
    url: str | None = None
    headline: str | None = None


def read_metadata(
    blocks: Sequence[TextBlock],
    labels: Sequence[Label],
    *,
    timezone: tzinfo,
    page: PageMetadata | None = None,
) -> Metadata:
    r"""Return the page's stated metadata, the publication time from its byline lines else.

    The text's publication time is the one the first dated byline line gives,
    before any comments heading. A time the page states without its zone is
    read in ``timezone``, as dates in the text are.

    Example:
        >>> from datetime import timezone
        >>> from newsparse._page import Line
        >>> blocks = [TextBlock((Line.of(1, "By Ann Lee | 4 May 2012"),))]
        >>> meta = read_metadata(blocks, [Label(Zone.BYLINE, "t")], timezone=timezone.utc)
        >>> meta.published.isoformat()
        '2012-05-04T00:00:00+00:00'
        >>> from newsparse._pipeline.html.records import PageMetadata
        >>> stated = PageMetadata(published=datetime(2024, 3, 3, 12, 4), byline="Jo Park")
        >>> meta = read_metadata(blocks, [Label(Zone.BYLINE, "t")], timezone=timezone.utc,
        ...                      page=stated)
        >>> meta.published.isoformat(), meta.byline
        ('2024-03-03T12:04:00+00:00', 'Jo Park')
    """
    published = None if page is None else _aware(page.published, timezone)
    if published is None:
        published = _text_published(blocks, labels, timezone)
    if page is None:
        return Metadata(published=published)
    return Metadata(published=published, byline=page.byline, url=page.url, headline=page.headline)


def _aware(stamp: datetime | None, timezone: tzinfo) -> datetime | None:
    if stamp is None or stamp.utcoffset() is not None:
        return stamp
    return stamp.replace(tzinfo=timezone)


def _text_published(
    blocks: Sequence[TextBlock], labels: Sequence[Label], timezone: tzinfo
) -> datetime | None:
    for block, label in zip(blocks, labels, strict=True):
        zone = label.zone
        if zone is Zone.COMMENTS_HEADING:
            break
        if zone is Zone.BYLINE:
            found = find_datetime(block.text, tz=timezone)
            if found is not None:
                return found.value
    return None
