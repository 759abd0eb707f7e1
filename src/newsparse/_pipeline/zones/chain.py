"""The chain of zone rules, and ``label_zones``, which runs it.

Labelling is a chain of named rules (:data:`GENERIC_RULES`), run in order.
Each rule sees the blocks and the labels given so far, and labels some of
the blocks still unlabelled; a block keeps the first label it gets. Every
label records the rule that set it, so ``newsparse explain`` can say why a
line landed where it did. An adapter adds its own patterns (tried before the
generic ones) and, rarely, named rules placed before or after a named rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsparse._page import TextBlock
from newsparse._pipeline.comments.count_links import with_count_links
from newsparse._pipeline.comments.inner_footers import with_inner_footers
from newsparse._pipeline.comments.zone import comment_headers, comments
from newsparse._pipeline.zones.body import body
from newsparse._pipeline.zones.headline import headline
from newsparse._pipeline.zones.patterns import patterns
from newsparse._pipeline.zones.remainder import UNPLACED, remainder
from newsparse._pipeline.zones.structure import html_body, html_chrome, html_headline
from newsparse._pipeline.zones.trackbacks import trackbacks
from newsparse.adapters import Adapter, Label, ZoneContext, ZoneRule

if TYPE_CHECKING:
    from newsparse._pipeline.html.records import LineEvidence, PageMetadata

__all__ = ["GENERIC_RULES", "label_zones", "rule_chain"]


#: The generic rule chain, in order: ``(name, rule)``.
def _patterns(context: ZoneContext) -> dict[int, Label]:
    """Label blocks by the line patterns; then tell count links and in-thread footers apart."""
    return with_inner_footers(context, with_count_links(context, patterns(context)))


GENERIC_RULES: tuple[tuple[str, ZoneRule], ...] = (
    ("patterns", _patterns),
    ("trackbacks", trackbacks),
    ("comment-headers", comment_headers),
    ("html-headline", html_headline),
    ("html-body", html_body),
    ("html-chrome", html_chrome),
    ("body", body),
    ("headline", headline),
    ("comments", comments),
    ("remainder", remainder),
)


def rule_chain(adapter: Adapter) -> tuple[tuple[str, ZoneRule], ...]:
    """Return the generic chain with the adapter's rules placed before or after their anchors.

    The adapter checked each anchor when it was made (see
    :class:`~newsparse.adapters.AdapterRule`).

    Example:
        >>> from newsparse.adapters import PULSE
        >>> [name for name, _ in rule_chain(PULSE)][5:9]
        ['html-chrome', 'pulse.masthead', 'pulse.issue-promo', 'body']
    """
    chain = list(GENERIC_RULES)
    for extra in adapter.rules:
        position = [name for name, _ in chain].index(extra.anchor)
        chain.insert(
            position if extra.before is not None else position + 1, (extra.name, extra.rule)
        )
    return tuple(chain)


def label_zones(
    blocks: Sequence[TextBlock],
    adapter: Adapter,
    *,
    evidence: Sequence[LineEvidence] | None = None,
    page: PageMetadata | None = None,
) -> tuple[Label, ...]:
    r"""Label every block with a zone, running the adapter's rule chain.

    Args:
        blocks: The page's blocks.
        adapter: The adapter whose chain runs.
        evidence: For a page read from HTML, one record per page line (the
            rules see it summed up per block); ``None`` for text.
        page: For a page read from HTML, what it states about itself.

    Example:
        >>> from newsparse._pipeline.text.blocks import split_blocks
        >>> from newsparse._page import Lines
        >>> from newsparse.adapters import GENERIC
        >>> page = Lines.from_text("Skip to content\n\nStorm hits town\n\nRoofs were torn off.")
        >>> [label.zone.value for label in label_zones(split_blocks(page), GENERIC)]
        ['site-header', 'headline', 'standfirst']
    """
    labels: list[Label | None] = [None] * len(blocks)
    frozen_blocks = tuple(blocks)
    summed = None
    if evidence is not None:
        # Imported here: text input has no evidence to sum up.
        from newsparse._pipeline.zones.evidence import block_evidence

        summed = block_evidence(frozen_blocks, evidence)
    for _, rule in rule_chain(adapter):
        context = ZoneContext(
            blocks=frozen_blocks, adapter=adapter, labels=tuple(labels), evidence=summed, page=page
        )
        for index, label in rule(context).items():
            if labels[index] is None:
                labels[index] = label
    return tuple(label if label is not None else UNPLACED for label in labels)
