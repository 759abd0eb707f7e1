"""Stage 3: label each block with the zone of the page it belongs to.

Labelling is a chain of named rules (:data:`GENERIC_RULES`), run in order.
Each rule sees the blocks and the labels given so far, and labels some of
the blocks still unlabelled; a block keeps the first label it gets. Every
label records the rule that set it, so ``newsparse explain`` can say why a
line landed where it did. An adapter adds its own patterns (tried before the
generic ones) and, rarely, named rules placed before a named generic rule.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence

import attrs

from newsparse.adapters.base import Adapter
from newsparse.adapters.generic import GENERIC
from newsparse.blocks import TextBlock
from newsparse.furniture import furniture_of
from newsparse.models import Zone

__all__ = [
    "GENERIC_RULES",
    "Label",
    "ZoneContext",
    "ZoneRule",
    "furniture",
    "is_prose",
    "label_zones",
]


@attrs.frozen(slots=True)
class Label:
    """The zone of a block and the name of the rule that chose it."""

    zone: Zone
    rule: str


@attrs.frozen(kw_only=True)
class ZoneContext:
    """What a zone rule sees: the blocks, the adapter and the labels so far."""

    blocks: tuple[TextBlock, ...]
    adapter: Adapter
    labels: tuple[Label | None, ...]

    def unlabelled(self, index: int) -> bool:
        """Tell whether block ``index`` has no label yet."""
        return self.labels[index] is None

    def zone(self, index: int) -> Zone | None:
        """Return the zone of block ``index``, or ``None`` when unlabelled."""
        label = self.labels[index]
        return None if label is None else label.zone

    def first(self, zone: Zone, start: int = 0) -> int | None:
        """Return the index of the first block at or after ``start`` in ``zone``."""
        for index in range(start, len(self.blocks)):
            if self.zone(index) is zone:
                return index
        return None


#: A rule returns new labels for some unlabelled blocks, by block index.
ZoneRule = Callable[[ZoneContext], Mapping[int, Label]]

_SENTENCE_END = frozenset(".!?…:")
_CLOSERS = "\"'’”)]»›"


def is_prose(block: TextBlock) -> bool:
    r"""Tell whether a block reads as running text rather than a title or a label.

    Prose ends like a sentence (closing marks aside) and has four words or
    more, or is very long. A headline that ends in a quotation,
    "Chief: ‘we will not stop’", is not prose.

    Example:
        >>> from newsparse.blocks import split_blocks
        >>> from newsparse.lines import Lines
        >>> blocks = split_blocks(Lines.from_text("Big news\n\nIt rained all day long."))
        >>> [is_prose(block) for block in blocks]
        [False, True]
    """
    text = block.text.rstrip(_CLOSERS)
    words = text.count(" ") + 1
    if words >= 30:
        return True
    return words >= 4 and text[-1:] in _SENTENCE_END


def furniture(context: ZoneContext) -> dict[int, Label]:
    """Label short blocks that match the adapter's patterns, then the generic ones."""
    matches = furniture_of(context.adapter).match_texts([block.text for block in context.blocks])
    return {index: Label(zone, rule) for index, (zone, rule) in matches.items()}


def _block_score(context: ZoneContext, index: int) -> int:
    if not context.unlabelled(index):
        return -40
    block = context.blocks[index]
    if is_prose(block):
        return block.text.count(" ") + 1
    return -8


def _best_run(context: ZoneContext, start: int, stop: int) -> tuple[int, int, int] | None:
    """Return (score, first, last) of the best-scoring run of blocks in [start, stop)."""
    best: tuple[int, int, int] | None = None
    total, run_start = 0, start
    for index in range(start, stop):
        if total <= 0:
            total, run_start = 0, index
        total += _block_score(context, index)
        if total > 0 and (best is None or total > best[0]):
            best = (total, run_start, index)
    return best


def body(context: ZoneContext) -> dict[int, Label]:
    """Label the article body: the densest run of prose, comment headings as barriers.

    The body lies before the first strong comments heading (one the adapter
    names, or one with a count) when any prose is there, so a long comment
    never outweighs a short article. Blocks inside the run that no earlier
    rule labelled become body paragraphs (short ones are subheads); the
    first becomes the standfirst. With no prose on the page, the blocks after
    the headline up to the first comments heading are body.
    """
    barriers = [i for i in range(len(context.blocks)) if context.zone(i) is Zone.COMMENTS_HEADING]
    strong = next((i for i in barriers if _strong_heading(context, i)), len(context.blocks))
    edges = [-1, *barriers, len(context.blocks)]
    best: tuple[int, int, int] | None = None
    for before_strong in (True, False):
        for left, right in itertools.pairwise(edges):
            if before_strong and left >= strong:
                break
            run = _best_run(context, left + 1, right)
            if run is not None and (best is None or run[0] > best[0]):
                best = run
        if best is not None:
            break
    if best is not None:
        _, first, last = best
        rule = "generic.body"
    else:
        stop = barriers[0] if barriers else len(context.blocks)
        candidates = [i for i in range(_after_chrome(context), stop) if context.unlabelled(i)]
        if len(candidates) < 2:
            return {}
        first, last, rule = candidates[1], candidates[-1], "generic.body-fallback"
    found = {
        index: Label(Zone.BODY, rule)
        for index in range(first, last + 1)
        if context.unlabelled(index)
    }
    if first in found and (rule.endswith("fallback") or is_prose(context.blocks[first])):
        found[first] = Label(Zone.STANDFIRST, rule)
    return found


def _strong_heading(context: ZoneContext, index: int) -> bool:
    label = context.labels[index]
    if label is not None and not label.rule.startswith(f"{GENERIC.name}."):
        return True
    return any(character.isdigit() for character in context.blocks[index].text)


def _after_chrome(context: ZoneContext) -> int:
    """Return the index after the last site-header or promo block of the page's top."""
    start = 0
    for index in range(len(context.blocks)):
        zone = context.zone(index)
        if zone in (Zone.SITE_HEADER, Zone.PROMO):
            start = index + 1
        elif zone is None and _headline_shaped(context.blocks[index]):
            continue
        elif zone is not None and zone is not Zone.BYLINE:
            break
    return start


def headline(context: ZoneContext) -> dict[int, Label]:
    """Label as headline the nearest short unlabelled block above the body.

    Bylines and date lines between headline and body are skipped. A page
    without body takes its first short unlabelled block before any comments.
    """
    start = context.first(Zone.STANDFIRST)
    if start is None:
        start = context.first(Zone.BODY)
    if start is None:
        stop = context.first(Zone.COMMENTS_HEADING)
        stop = len(context.blocks) if stop is None else stop
        for index in range(_after_chrome(context), stop):
            if context.unlabelled(index) and _headline_shaped(context.blocks[index]):
                return {index: Label(Zone.HEADLINE, "generic.headline")}
        return {}
    for index in range(start - 1, -1, -1):
        zone = context.zone(index)
        if zone is Zone.BYLINE:
            continue
        if zone is None and _headline_shaped(context.blocks[index]):
            return {index: Label(Zone.HEADLINE, "generic.headline")}
        return {}
    return {}


def _headline_shaped(block: TextBlock) -> bool:
    return len(block.lines) <= 3 and 0 < len(block.text) <= 300 and block.bullet is None


def comments(context: ZoneContext) -> dict[int, Label]:
    """Label the comment zone: blocks after the comments heading that follows the body.

    The zone runs to the first footer block after it; blocks in it that no
    pattern labelled are comments.
    """
    article_zones = (Zone.BODY, Zone.STANDFIRST, Zone.HEADLINE)
    body_end = max(
        (
            index
            for index, label in enumerate(context.labels)
            if label is not None and label.zone in article_zones
        ),
        default=-1,
    )
    heading = context.first(Zone.COMMENTS_HEADING, body_end + 1)
    if heading is None:
        return {}
    footer = context.first(Zone.FOOTER, heading + 1)
    stop = len(context.blocks) if footer is None else footer
    return {
        index: Label(Zone.COMMENT, "generic.comment")
        for index in range(heading + 1, stop)
        if context.unlabelled(index)
    }


def remainder(context: ZoneContext) -> dict[int, Label]:
    """Label what is left by position: chrome above the headline, footer at the end."""
    anchor = context.first(Zone.HEADLINE)
    if anchor is None:
        anchor = context.first(Zone.STANDFIRST)
    if anchor is None:
        anchor = context.first(Zone.BODY)
    footer = context.first(Zone.FOOTER, 0 if anchor is None else anchor)
    found: dict[int, Label] = {}
    for index in range(len(context.blocks)):
        if not context.unlabelled(index):
            continue
        if anchor is not None and index < anchor:
            found[index] = Label(Zone.SITE_HEADER, "generic.above-headline")
        elif footer is not None and index > footer:
            found[index] = Label(Zone.FOOTER, "generic.below-footer")
        else:
            found[index] = Label(Zone.UNPLACED, "generic.unplaced")
    return found


#: The generic rule chain, in order: ``(name, rule)``.
GENERIC_RULES: tuple[tuple[str, ZoneRule], ...] = (
    ("furniture", furniture),
    ("body", body),
    ("headline", headline),
    ("comments", comments),
    ("remainder", remainder),
)


def rule_chain(adapter: Adapter) -> tuple[tuple[str, ZoneRule], ...]:
    """Return the generic chain with the adapter's rules placed before their named rules."""
    chain = list(GENERIC_RULES)
    for extra in adapter.rules:
        names = [name for name, _ in chain]
        position = names.index(extra.before) if extra.before in names else len(chain)
        chain.insert(position, (extra.name, extra.rule))
    return tuple(chain)


def label_zones(blocks: Sequence[TextBlock], adapter: Adapter) -> tuple[Label, ...]:
    r"""Label every block with a zone, running the adapter's rule chain.

    Example:
        >>> from newsparse.blocks import split_blocks
        >>> from newsparse.lines import Lines
        >>> page = Lines.from_text("Skip to content\n\nStorm hits town\n\nRoofs were torn off.")
        >>> [label.zone.value for label in label_zones(split_blocks(page), GENERIC)]
        ['site-header', 'headline', 'standfirst']
    """
    labels: list[Label | None] = [None] * len(blocks)
    frozen_blocks = tuple(blocks)
    for _, rule in rule_chain(adapter):
        context = ZoneContext(blocks=frozen_blocks, adapter=adapter, labels=tuple(labels))
        for index, label in rule(context).items():
            if labels[index] is None:
                labels[index] = label
    return tuple(
        label if label is not None else Label(Zone.UNPLACED, "generic.unplaced") for label in labels
    )
