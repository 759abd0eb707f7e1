"""The ``html-body`` rule: on an HTML page, the article is the element that holds its prose.

A page's article body is one element (``div.entry-content``,
``div.article-body``) whose paragraphs are most of the page's prose; the
teasers, tags, "More stories" and sidebars around it are not in it, however
much they read like prose. The rule weighs each block of prose outside
navigation, sidebars, footers, forms and comments by its words, adds the
weight to every element above it, and takes the deepest element that holds
:data:`_SHARE` of it all. Its blocks, from its first prose block to its last,
are the body (a list or a subhead between paragraphs too), except those in
a landmark of their own (a share menu, a related-links box) or made of
links. Text input, or a page whose prose no one element holds, is left to
the ``body`` rule.
"""

from __future__ import annotations

from typing import NamedTuple

from newsparse._page import is_prose
from newsparse._pipeline.html.context import ElementContext
from newsparse._pipeline.zones.evidence import BlockEvidence
from newsparse._pipeline.zones.regions import Region, RegionFinder
from newsparse.adapters import Label, ZoneContext
from newsparse.models import Zone

__all__ = ["article_container", "find_container"]

#: The share of the page's prose the article's element holds at least.
_SHARE = 0.6
#: The least prose (in words) for the rule to trust its weighing.
_MIN_WORDS = 40
#: A block this much made of links is not article text.
_LINKS = 0.5
_CLIMB_LIMIT = 64
_PROSE_REGIONS = frozenset({Region.CONTENT, Region.PLAIN})
_BODY = Label(Zone.BODY, "html.body")
_STANDFIRST = Label(Zone.STANDFIRST, "html.body")


class _Weighed(NamedTuple):
    """The prose weight held by each element (by ``id``), the elements, and where weighing stopped."""

    weight: dict[int, float]
    nodes: dict[int, ElementContext]
    total: float
    stop: int


def _weights(
    context: ZoneContext, evidence: tuple[BlockEvidence, ...], finder: RegionFinder
) -> _Weighed:
    """Add each prose block's words to its element and every element above it, up to the comments."""
    weight: dict[int, float] = {}
    nodes: dict[int, ElementContext] = {}
    total = 0.0
    stop = len(context.blocks)
    for index, block in enumerate(context.blocks):
        label = context.labels[index]
        if label is not None:
            if label.zone is Zone.COMMENT or (
                label.zone is Zone.COMMENTS_HEADING and total > 0
            ):
                stop = index  # the comments begin (a heading above all prose is a link to them)
                break
            continue
        found = evidence[index]
        if (
            found.link_density >= _LINKS
            or not is_prose(block)
            or finder.of_block(found) not in _PROSE_REGIONS
        ):
            continue
        words = float(block.text.count(" ") + 1)
        total += words
        node = found.lines[0].element
        for _ in range(_CLIMB_LIMIT):
            if node is None:
                break
            key = id(node)
            weight[key] = weight.get(key, 0.0) + words
            nodes[key] = node
            node = node.parent
    return _Weighed(weight, nodes, total, stop)


def _depth(node: ElementContext) -> int:
    depth = 0
    parent = node.parent
    while parent is not None and depth < _CLIMB_LIMIT:
        depth += 1
        parent = parent.parent
    return depth


def find_container(
    context: ZoneContext, finder: RegionFinder
) -> tuple[ElementContext, int] | None:
    """Return the element that holds the article's prose and the block where comments begin.

    None when no element holds enough of it.
    """
    evidence = context.evidence
    if evidence is None:
        return None
    weighed = _weights(context, evidence, finder)
    total = weighed.total
    if total < _MIN_WORDS:
        return None
    holding = [
        weighed.nodes[key] for key, held in weighed.weight.items() if held >= _SHARE * total
    ]
    if not holding:
        return None
    deepest = max(holding, key=_depth)
    return (deepest, weighed.stop) if deepest.parent is not None else None


def _inside(element: ElementContext | None, container: ElementContext) -> bool:
    node = element
    for _ in range(_CLIMB_LIMIT):
        if node is None:
            return False
        if node is container:
            return True
        node = node.parent
    return False


def article_container(context: ZoneContext) -> dict[int, Label]:
    """Label as body the prose of the element that holds most of the page's prose (HTML only).

    The first block, when it is prose, is the standfirst. Blocks inside the
    element before its first prose block (a byline, a picture's caption) and
    after its last are left to the other rules.
    """
    evidence = context.evidence
    finder = RegionFinder()
    found = find_container(context, finder)
    if evidence is None or found is None:
        return {}
    container, stop = found
    eligible = [
        index
        for index in range(stop)
        if context.unlabelled(index)
        and _inside(evidence[index].lines[0].element, container)
        and evidence[index].link_density < _LINKS
        and finder.of_block(evidence[index]) in _PROSE_REGIONS
    ]
    prose = [index for index in eligible if is_prose(context.blocks[index])]
    if not prose:
        return {}
    first, last = prose[0], prose[-1]
    labels = {index: _BODY for index in eligible if first <= index <= last}
    labels[first] = _STANDFIRST
    return labels
