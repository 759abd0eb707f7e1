"""Read the article's publication time from the lines labelled byline.

The byline itself is read with the article's text (see
:func:`~newsparse._pipeline.assemble.collect_content`): the first byline
line outside the comment section names the author, and the comment section
is found after this stage, which the comments need for relative dates.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import NamedTuple

from newsparse._dates import find_datetime
from newsparse._page import TextBlock
from newsparse.adapters import Label
from newsparse.models import Zone

__all__ = ["Metadata", "read_metadata"]


class Metadata(NamedTuple):
    """What the page says about the article beyond its text: when it was published."""

    published: datetime | None = None


def read_metadata(
    blocks: Sequence[TextBlock], labels: Sequence[Label], *, timezone: tzinfo
) -> Metadata:
    r"""Return the publication time the first dated byline line gives, before any comments heading.

    Example:
        >>> from datetime import timezone
        >>> from newsparse._page import Line
        >>> blocks = [TextBlock((Line.of(1, "By Ann Lee | 4 May 2012"),))]
        >>> meta = read_metadata(blocks, [Label(Zone.BYLINE, "t")], timezone=timezone.utc)
        >>> meta.published.isoformat()
        '2012-05-04T00:00:00+00:00'

    """
    for block, label in zip(blocks, labels, strict=True):
        zone = label.zone
        if zone is Zone.COMMENTS_HEADING:
            break
        if zone is Zone.BYLINE:
            found = find_datetime(block.text, tz=timezone)
            if found is not None:
                return Metadata(published=found.value)
    return Metadata()
