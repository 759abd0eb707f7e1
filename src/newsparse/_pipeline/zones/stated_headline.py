"""The ``html-headline`` rule: the block that shows the headline the page states about itself.

An HTML page names its headline in its metadata (JSON-LD, ``og:title``,
the ``<title>`` less the site's name, confirmed by an ``<h1>``: see
:mod:`newsparse._pipeline.html.headline`). The block that shows it is the
headline, wherever it stands: above a picture, inside the article's own
header, after the byline. Of the blocks whose words agree with it (token
F1 of :data:`_AGREEMENT` or more), an ``<h1>`` comes first, then any other
heading, then text that is not a link, then the closest agreement, then the
first on the page. When no block agrees (the stated headline is a variant
written for search engines), the first ``<h1>`` inside the article that is
not a link is the headline. Text input, or a page with neither, is left to
the ``headline`` rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsparse._page import TextBlock
from newsparse._pipeline.zones.regions import Region, RegionFinder
from newsparse.adapters import Label, ZoneContext
from newsparse.models import Zone

__all__ = ["stated_headline"]

#: Token F1 between a block and the stated headline for the block to show it.
_AGREEMENT = 0.6
#: A closer agreement than this counts as the same words.
_SAME = 0.8
_MAX_LINES = 3
_MAX_CHARS = 300
_LINKS = 0.5
_WORD = re.compile(r"\w+")
_PROBE = 4  # characters of the words looked for first
_HEADLINE = (Zone.HEADLINE, "html.headline")
_H1 = (Zone.HEADLINE, "html.h1")


def stated_headline(context: ZoneContext) -> dict[int, Label]:
    """Label as headline the block that shows the page's stated headline (HTML only)."""
    evidence, page = context.evidence, context.page
    if evidence is None or page is None:
        return {}
    finder = RegionFinder()
    found = _agreeing(context, page.headline, finder) if page.headline else None
    if found is not None:
        return {found: Label(*_HEADLINE, f"shows the headline the page states: {page.headline}")}
    for index, block in enumerate(context.blocks):
        seen = evidence[index]
        if (
            seen.heading == 1
            and context.unlabelled(index)
            and len(block.lines) <= _MAX_LINES
            and 0 < len(block.text) <= _MAX_CHARS
            and seen.link_density < _LINKS
            and finder.of_block(seen) is Region.CONTENT
        ):
            return {index: Label(*_H1, "the first <h1> in the content, none stated")}
    return {}


def _agreeing(context: ZoneContext, stated: str, finder: RegionFinder) -> int | None:
    """Return the block that best shows ``stated``, or None when none agrees with it."""
    # Imported here: the headline module (and urllib) is for HTML pages only.
    from newsparse._pipeline.html.headline import token_f1

    evidence = context.evidence
    assert evidence is not None  # the caller checked
    might = _might_agree(stated)
    best: tuple[tuple[bool, bool, bool, bool, bool, float, int], int] | None = None
    for index, block in enumerate(context.blocks):
        if not context.unlabelled(index) or not might(block):
            continue
        score = token_f1(block.text, stated)
        if score < _AGREEMENT:
            continue
        found = evidence[index]
        key = (
            score >= _SAME,
            found.heading == 1,
            found.heading is not None,
            found.link_density < _LINKS,
            finder.of_block(found) in (Region.CONTENT, Region.PLAIN),
            score,
            -index,
        )
        if best is None or key > best[0]:
            best = (key, index)
    return None if best is None else best[1]


def _might_agree(stated: str) -> Callable[[TextBlock], bool]:
    """Return a cheap test that rules out blocks that cannot agree with ``stated``.

    Word counts further apart than the agreement allows (F1 is at most
    2 × the smaller count / the sum) cannot agree, nor can a block that
    shares none of the stated headline's longer words.
    """
    words = stated.count(" ") + 1
    fewest, most = words * _AGREEMENT / (2 - _AGREEMENT), words * (2 - _AGREEMENT) / _AGREEMENT
    probes = [word for word in _WORD.findall(stated.casefold()) if len(word) >= _PROBE] or [""]

    def might(block: TextBlock) -> bool:
        text = block.text
        if len(block.lines) > _MAX_LINES or not text or len(text) > _MAX_CHARS:
            return False
        if not fewest <= text.count(" ") + 1 <= most:
            return False
        folded = text.casefold()
        return any(word in folded for word in probes)

    return might
