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

from typing import TYPE_CHECKING, NamedTuple

from newsparse._page import TextBlock, is_prose
from newsparse._pipeline.html.kinds import Container
from newsparse._pipeline.zones.evidence import BlockEvidence
from newsparse._pipeline.zones.regions import Region, RegionFinder
from newsparse.adapters import Label, ZoneContext
from newsparse.models import Zone

if TYPE_CHECKING:
    from newsparse._pipeline.html.context import ElementContext

__all__ = ["article_container", "find_container"]

#: The share of the page's prose the article's element holds at least.
_SHARE = 0.6
#: The least prose (in words) for the rule to trust its weighing.
_MIN_WORDS = 40
#: A block this much made of links is not article text.
_LINKS = 0.5
_CLIMB_LIMIT = 64
# A paragraph element's text of this many words, and at most this share of
# links, is a paragraph even without a sentence's end.
_PARAGRAPH_TAGS = frozenset({"p", "blockquote"})
_PARAGRAPH_WORDS = 8
_PARAGRAPH_LINKS = 0.3
# What a block that is not a paragraph costs the body's extension past its element, in words.
_GAP_COST = 8
# Blocks looked back over for a linked title above a summary.
_TEASER_REACH = 3
_PROSE_REGIONS = frozenset({Region.CONTENT, Region.PLAIN})
_BODY = (Zone.BODY, "html.body")


class _Weighed(NamedTuple):
    """The prose each element holds (by ``id``), the elements, and where weighing stopped."""

    weight: dict[int, float]
    nodes: dict[int, ElementContext]
    total: float
    stop: int


def _weights(
    context: ZoneContext,
    evidence: tuple[BlockEvidence, ...],
    finder: RegionFinder,
    regions: frozenset[Region],
) -> _Weighed:
    """Add each prose block's words to its element and every element above it, to the comments."""
    weight: dict[int, float] = {}
    nodes: dict[int, ElementContext] = {}
    total = 0.0
    stop = len(context.blocks)
    for index, block in enumerate(context.blocks):
        label = context.labels[index]
        if label is not None:
            if label.zone is Zone.COMMENT or (label.zone is Zone.COMMENTS_HEADING and total > 0):
                stop = index  # the comments begin (a heading above all prose is a link to them)
                break
            continue
        found = evidence[index]
        if not _eligible(found, finder, regions) or not is_prose(block):
            continue
        if _teaser(context, evidence, index):
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


def _teaser(context: ZoneContext, evidence: tuple[BlockEvidence, ...], index: int) -> bool:
    """Tell whether a block is the summary under a linked title (a teaser for another page).

    An article's paragraphs follow its text; a teaser's summary follows a
    heading that links elsewhere, often with a byline or a date between.
    """
    for before in range(index - 1, max(index - _TEASER_REACH, 0) - 1, -1):
        found = evidence[before]
        if found.heading is not None:
            # The article's own title links to the article on many blogs.
            return found.link_density >= _LINKS and context.zone(before) is not Zone.HEADLINE
        if is_prose(context.blocks[before]):
            return False
    return False


def _depth(node: ElementContext) -> int:
    depth = 0
    parent = node.parent
    while parent is not None and depth < _CLIMB_LIMIT:
        depth += 1
        parent = parent.parent
    return depth


class Found(NamedTuple):
    """The article's element, the element its paragraphs may spill into, where comments begin."""

    element: ElementContext
    scope: ElementContext | None
    stop: int
    regions: frozenset[Region]


def find_container(context: ZoneContext, finder: RegionFinder) -> Found | None:
    """Return the element that holds the article's prose, or None when no element holds enough.

    Prose is looked for outside the site's landmarks, comments and forms
    only. The scope is the parent of the highest
    element that holds no more prose than the article's: a body split in
    two (paragraphs, a picture, more paragraphs) has its parts side by side
    there.
    """
    evidence = context.evidence
    if evidence is None:
        return None
    regions = _PROSE_REGIONS
    weighed = _weights(context, evidence, finder, regions)
    total = weighed.total
    if total < _MIN_WORDS:
        return None
    holding = [weighed.nodes[key] for key, held in weighed.weight.items() if held >= _SHARE * total]
    if not holding:
        return None
    deepest = max(holding, key=_depth)
    if deepest.parent is None:
        return None
    top = deepest
    held = weighed.weight[id(deepest)]
    while top.parent is not None and weighed.weight.get(id(top.parent), 0.0) <= held:
        top = top.parent
    return Found(deepest, top.parent, weighed.stop, regions)


def _inside(element: ElementContext | None, container: ElementContext) -> bool:
    node = element
    for _ in range(_CLIMB_LIMIT):
        if node is None:
            return False
        if node is container:
            return True
        node = node.parent
    return False


def _paragraph(block: TextBlock, evidence: BlockEvidence) -> bool:
    """Tell whether a block is a paragraph of text: prose, or a long line of a paragraph element.

    A paragraph that ends without a full stop ("The club has signed its new keeper")
    is still one when the HTML says it is a paragraph.
    """
    if is_prose(block):
        return True
    return (
        evidence.tag in _PARAGRAPH_TAGS
        and evidence.heading is None
        and evidence.link_density < _PARAGRAPH_LINKS
        and block.text.count(" ") + 1 >= _PARAGRAPH_WORDS
    )


def _extend(
    context: ZoneContext,
    finder: RegionFinder,
    found: Found,
    steps: range,
) -> int | None:
    """Return how far the body extends along ``steps`` in its scope, or None for not at all.

    Each paragraph met adds its words; a picture or a heading takes some off
    (a caption between two parts of a body costs less than the part is
    worth); anything else, a labelled block or the edge of the scope ends
    the walk.
    """
    evidence = context.evidence
    assert evidence is not None  # the caller checked
    assert found.scope is not None  # the caller checked
    best, score, reach = 0, 0, None
    for index in steps:
        seen = evidence[index]
        if not context.unlabelled(index) or not _inside(seen.lines[0].element, found.scope):
            break
        block = context.blocks[index]
        if _eligible(seen, finder, found.regions) and _paragraph(block, seen):
            score += block.text.count(" ") + 1
        elif finder.of_block(seen) is Region.FIGURE or seen.heading is not None:
            score -= _GAP_COST
        else:
            break
        if score > best:
            best, reach = score, index
    return reach


def _eligible(evidence: BlockEvidence, finder: RegionFinder, regions: frozenset[Region]) -> bool:
    """Tell whether a block may be article text: few links, in the content, shown with scripts."""
    return (
        evidence.link_density < _LINKS
        and Container.NOSCRIPT not in evidence.containers
        and finder.of_block(evidence) in regions
    )


def _body_range(context: ZoneContext, finder: RegionFinder, found: Found) -> tuple[int, int] | None:
    """Return the first and last block of the body: the element's paragraphs, extended."""
    evidence = context.evidence
    assert evidence is not None  # the caller checked
    inside = [
        index
        for index in range(found.stop)
        if context.unlabelled(index) and _inside(evidence[index].lines[0].element, found.element)
    ]
    paragraphs = [
        index
        for index in inside
        if _eligible(evidence[index], finder, found.regions)
        and _paragraph(context.blocks[index], evidence[index])
    ]
    if not paragraphs:
        return None
    first, last = paragraphs[0], paragraphs[-1]
    if found.scope is not None:
        before = _extend(context, finder, found, range(inside[0] - 1, -1, -1))
        after = _extend(context, finder, found, range(inside[-1] + 1, found.stop))
        first = first if before is None else before
        last = last if after is None else after
    return first, last


def article_container(context: ZoneContext) -> dict[int, Label]:
    """Label as body the prose of the element that holds most of the page's prose (HTML only).

    The first block, when it is prose, is the standfirst. Blocks inside the
    element before its first paragraph (a byline, a picture's caption) and
    after its last are left to the other rules; paragraphs just outside it,
    in the same scope, join it when they outweigh what stands between.
    """
    evidence = context.evidence
    finder = RegionFinder()
    found = find_container(context, finder)
    if evidence is None or found is None:
        return {}
    bounds = _body_range(context, finder, found)
    if bounds is None:
        return {}
    first, last = bounds
    name = " > ".join(found.element.ancestry) or "the page"
    body = Label(*_BODY, f"the prose of the element that holds most of it: {name}")
    labels = {
        index: body
        for index in range(first, last + 1)
        if context.unlabelled(index) and _eligible(evidence[index], finder, found.regions)
    }
    if first in labels and is_prose(context.blocks[first]):
        labels[first] = Label(Zone.STANDFIRST, body.rule, body.reason)
    return labels
