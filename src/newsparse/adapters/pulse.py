"""The ``pulse`` adapter: a UK medical-magazine layout (the seed pages' layout).

The page opens with a masthead ("This site is intended for health
professionals only", a slogan, the cover image's alt text and "Read the
latest issue online"), then the current issue's title as a promo, the
headline, the standfirst and body; then "Readers' comments (N)", one bullet
per comment, each followed by "Unsuitable or offensive? Report this comment",
a results-per-page widget and a "Have your say" footer.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsparse._page import is_prose
from newsparse.adapters._adapter import Adapter, AdapterRule, Label, ZoneContext, compile_patterns
from newsparse.models import Zone

__all__ = ["PULSE"]


def _masthead_end(context: ZoneContext) -> int | None:
    """Return the index of the last masthead block ("... Read the latest issue online")."""
    ends = [
        index
        for index, label in enumerate(context.labels)
        if label is not None and label.rule == "pulse.site-header"
    ]
    return ends[-1] if ends else None


def masthead(context: ZoneContext) -> Mapping[int, Label]:
    """Label every block above the end of the masthead as site header (the slogan varies)."""
    end = _masthead_end(context)
    if end is None:
        return {}
    return {
        index: Label(Zone.SITE_HEADER, "pulse.masthead")
        for index in range(end)
        if context.unlabelled(index)
    }


def issue_promo(context: ZoneContext) -> Mapping[int, Label]:
    """Label the current issue's title, the short line between masthead and headline.

    It is a promo only when another short line (the headline) follows it
    before the first paragraph, so a page without the promo keeps its headline.
    """
    end = _masthead_end(context)
    if end is None:
        return {}
    following = [
        index
        for index in range(end + 1, min(end + 3, len(context.blocks)))
        if context.unlabelled(index)
    ]
    if len(following) < 2 or following[1] != following[0] + 1:
        return {}
    promo, headline = (context.blocks[index] for index in following)
    if is_prose(promo) or is_prose(headline) or promo.bullet or len(promo.lines) > 1:
        return {}
    return {following[0]: Label(Zone.PROMO, "pulse.issue-promo")}


PULSE = Adapter(
    name="pulse",
    description="UK medical-magazine layout: masthead, issue promo, bulleted reader comments.",
    signatures=compile_patterns(
        r"^this site is intended for health professionals only$",
        r"\bread the latest issue online$",
        r"^readers' comments \(\d+\)$",
        r"^unsuitable or offensive\? report this comment$",
    ),
    site_header=compile_patterns(
        # matches "This site is intended for health professionals only"
        r"^this site is intended for\b",
        # matches "At the heart of general practice since 1960"
        r"^at the heart of\b.*\bsince \d{4}$",
        # matches "pulse june2020 80x101px Read the latest issue online"
        r"\bread the latest issue online$",
    ),
    comments_heading=compile_patterns(r"^readers' comments \((?P<count>\d+)\)$"),
    comment_noise=compile_patterns(r"^unsuitable or offensive\? report this comment$"),
    pagination=compile_patterns(r"^view results \d+ results per page"),
    footer=compile_patterns(r"^have your say$"),
    rules=(
        AdapterRule(name="pulse.masthead", before="body", rule=masthead),
        AdapterRule(name="pulse.issue-promo", before="body", rule=issue_promo),
    ),
)
