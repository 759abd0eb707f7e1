"""Stage 3: label each block with the zone of the page it belongs to.

Labelling is a chain of named rules (:data:`GENERIC_RULES`), run in order.
Each rule sees the blocks and the labels given so far, and labels some of
the blocks still unlabelled; a block keeps the first label it gets. Every
label records the rule that set it, so ``newsparse explain`` can say why a
line landed where it did. An adapter adds its own patterns (tried before the
generic ones) and, rarely, named rules placed before a named generic rule.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Sequence

from newsparse._page import TextBlock, is_prose
from newsparse._pipeline.comments.headers import HeaderKind, block_header, looks_like_author
from newsparse._pipeline.zones.patterns import MAX_CHARS, furniture_of
from newsparse.adapters._adapter import Adapter, Label, ZoneContext, ZoneRule
from newsparse.adapters.generic import GENERIC
from newsparse.models import Zone

__all__ = [
    "GENERIC_RULES",
    "Label",
    "ZoneContext",
    "ZoneRule",
    "furniture",
    "furniture_label",
    "handle_of",
    "is_prose",
    "label_zones",
    "split_at_headings",
]


def furniture_label(
    adapter: Adapter, text: str, *, zones: Collection[Zone] | None = None
) -> Label | None:
    """Return the furniture label the adapter's patterns give a piece of text, if any.

    With ``zones``, only a label in one of them: the patterns of later zones
    in rule order are then not tried.

    Example:
        >>> furniture_label(GENERIC, "Reply").zone.value
        'comment-noise'
        >>> furniture_label(GENERIC, "Have your say", zones={Zone.COMMENT_NOISE}) is None
        True
    """
    if not text or len(text) > MAX_CHARS:
        return None
    patterns = furniture_of(adapter)
    match = patterns.match(text) if zones is None else patterns.match_in(text, zones)
    return None if match is None else Label(*match)


# A heading line inside a block is looked for only in lines this short.
_HEADING_LINE_MAX_CHARS = 100
_HEADINGS = frozenset({Zone.COMMENTS_HEADING})


def split_at_headings(blocks: Sequence[TextBlock], adapter: Adapter) -> tuple[TextBlock, ...]:
    r"""Give a comments heading written inside a block of text a block of its own.

    Dumps of dense pages run the heading and the comments under it together
    without a blank line ("Comments (4)" then "Ann — 2012-03-10 21:14" ...).

    Example:
        >>> from newsparse._pipeline.text.blocks import split_blocks
        >>> from newsparse._page import Lines
        >>> blocks = split_blocks(Lines.from_text("The end.\nComments (2)\nAnn: Yes."))
        >>> [block.text for block in split_at_headings(blocks, GENERIC)]
        ['The end.', 'Comments (2)', 'Ann: Yes.']
    """
    patterns = furniture_of(adapter)
    result: list[TextBlock] = []
    for block in blocks:
        lines = block.lines
        if len(lines) == 1 or block.bullet is not None:
            result.append(block)
            continue
        start = 0
        for position, line in enumerate(lines):
            text = line.text
            if not text or len(text) > _HEADING_LINE_MAX_CHARS or line.bullet is not None:
                continue
            if patterns.match_in(text, _HEADINGS) is None:
                continue
            if position > start:
                result.append(TextBlock(lines[start:position]))
            result.append(TextBlock(lines[position : position + 1]))
            start = position + 1
        if start == 0:
            result.append(block)
        elif start < len(lines):
            result.append(TextBlock(lines[start:]))
    return tuple(result)


def furniture(context: ZoneContext) -> dict[int, Label]:
    """Label short blocks that match the adapter's patterns, then the generic ones."""
    blocks = context.blocks
    matches = furniture_of(context.adapter).match_texts([block.text for block in blocks])
    return {
        index: Label(zone, rule)
        for index, (zone, rule) in matches.items()
        # A bulleted "Comments" is a menu item, not the heading of a section.
        if not (zone is Zone.COMMENTS_HEADING and blocks[index].bullet is not None)
    }


def _block_score(block: TextBlock, label: Label | None) -> int:
    if label is not None:
        return -40
    if is_prose(block):
        return block.text.count(" ") + 1
    return -8


# A run of blocks and its score: (score, first block, last block).
_Run = tuple[int, int, int]


def _best_run(context: ZoneContext, start: int, stop: int) -> _Run | None:
    """Return (score, first, last) of the best-scoring run of blocks in [start, stop)."""
    best: _Run | None = None
    total, run_start = 0, start
    blocks, labels = context.blocks, context.labels
    for index in range(start, stop):
        if total <= 0:
            total, run_start = 0, index
        total += _block_score(blocks[index], labels[index])
        if total > 0 and (best is None or total > best[0]):
            best = (total, run_start, index)
    return best


def body(context: ZoneContext) -> dict[int, Label]:
    """Label the article body: the densest run of prose, comment headings as barriers.

    The body lies before the first strong comments heading (one the adapter
    names, or one with a count) when any prose is there, or before a bare
    heading with an article's worth of prose above it, so a long comment
    never outweighs a short article. Blocks inside the run that no earlier
    rule labelled become body paragraphs (short ones are subheads); the
    first becomes the standfirst. With no prose on the page, the blocks after
    the headline up to the first comments heading are body.
    """
    barriers = [
        i
        for i, label in enumerate(context.labels)
        if label is not None and label.zone in _COMMENT_BARRIERS
    ]
    edges = [-1, *barriers, len(context.blocks)]

    # Worked out when first needed: the runs below a strong heading (the
    # comments, most of a page's blocks) are never looked at.
    @functools.cache
    def runs(position: int) -> _Run | None:
        return _best_run(context, edges[position] + 1, edges[position + 1])

    best: _Run | None = None
    for position in range(len(edges) - 1):
        run = runs(position)
        if run is not None and (best is None or run[0] > best[0]):
            best = run
        if position < len(barriers) and best is None:
            heading = barriers[position]
            if _strong_heading(context, heading) and _authored_headers_follow(context, heading):
                break  # a post without prose (a video, a picture) over its thread
        if position < len(barriers) and best is not None:
            heading = barriers[position]
            if _strong_heading(context, heading):
                break  # the article lies before this heading; what follows is comments
            if best[0] >= _ARTICLE_BEFORE_HEADING and not _article_follows(
                context, barriers, runs, position, best[0]
            ):
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
    paragraph = Label(Zone.BODY, rule)
    found = {index: paragraph for index in range(first, last + 1) if context.unlabelled(index)}
    if first in found and (rule.endswith("fallback") or is_prose(context.blocks[first])):
        found[first] = Label(Zone.STANDFIRST, rule)
    return found


# Zones that bound the runs of prose the body is chosen from.
_COMMENT_BARRIERS = frozenset({Zone.COMMENTS_HEADING, Zone.COMMENT})
# Words of prose before a bare "Comments" heading that make it the article's end.
_ARTICLE_BEFORE_HEADING = 50


def _article_follows(
    context: ZoneContext,
    barriers: list[int],
    runs: Callable[[int], _Run | None],
    position: int,
    score: int,
) -> bool:
    """Tell whether a bare heading stands above the article rather than under it.

    It does when the prose between it and the next barrier outweighs the
    best run above it twice over and that barrier is a strong comments
    heading ("3 Comments"): a "Comments" link in the site's menu, not the
    thread's heading.
    """
    following = runs(position + 1)
    if following is None or following[0] < 2 * score or position + 1 >= len(barriers):
        return False
    upcoming = barriers[position + 1]
    return context.zone(upcoming) is Zone.COMMENTS_HEADING and _strong_heading(context, upcoming)


def _strong_heading(context: ZoneContext, index: int) -> bool:
    """Tell whether a comments heading ends the article however short the article is.

    It does when an adapter names it, when it gives a count ("9 Comments"),
    or when comment headers with an author ("Posted by: Ann at May 4, 2012
    8:42 AM", "Ann says:") follow it on two blocks, before another heading.
    """
    label = context.labels[index]
    if label is not None and not label.rule.startswith(f"{GENERIC.name}."):
        return True
    if any(character.isdigit() for character in context.blocks[index].text):
        return True
    return _authored_headers_follow(context, index)


def _authored_headers_follow(context: ZoneContext, heading: int) -> bool:
    """Tell whether two blocks under ``heading`` carry a comment header naming an author."""
    found = 0
    for index in range(heading + 1, min(len(context.blocks), heading + 1 + _HEADER_GAP)):
        if context.zone(index) is Zone.COMMENTS_HEADING:
            return False
        header = block_header(context.blocks[index])
        if header is not None and header.author is not None and header.kind is not HeaderKind.DATE:
            found += 1
            if found >= _HEADERS_FOR_SECTION:
                return True
    return False


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
        if zone in (Zone.BYLINE, Zone.PROMO) or _IMAGE_ONLY.match(context.blocks[index].text):
            continue
        if zone is None and _headline_shaped(context.blocks[index]):
            return {index: Label(Zone.HEADLINE, "generic.headline")}
        return {}
    return {}


# "[image]", "[logo] [photo]": pictures between the headline and the body.
_IMAGE_ONLY = re.compile(r"^(?:\[[^\]]{0,60}\]\s*)+$")


def _headline_shaped(block: TextBlock) -> bool:
    return len(block.lines) <= 3 and 0 < len(block.text) <= 300 and block.bullet is None


def comments(context: ZoneContext) -> dict[int, Label]:
    """Label the comment zone: blocks after the comments heading that follows the body.

    A page without such a heading has comments where comment headers
    ("Ann says:", "Ann Lee March 3, 2012 at 9:10 pm") followed by prose
    begin after the body. The zone runs to the first footer block after it;
    blocks in it that no pattern labelled are comments.
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
    headed = context.first(Zone.COMMENT, body_end + 1)
    if heading is not None and (headed is None or heading < headed):
        start, rule = heading + 1, "generic.comment"
    else:
        if headed is None:
            headed = _first_comment_header(context, body_end + 1)
        if headed is None:
            return {}
        start, rule = headed, "generic.comment-headers"
    footer = context.first(Zone.FOOTER, start)
    stop = len(context.blocks) if footer is None else footer
    handles = _first_handle_thread(context, start)
    if handles is not None and handles - start <= _HANDLES_AFTER_HEADING:
        end = _handle_thread_end(context, handles)
        widget = context.first(Zone.COMMENT_NOISE, start)
        if widget is None or widget >= end:
            # Handles and no widget line: nothing but the handles marks the thread.
            stop = min(stop, end)
    comment = Label(Zone.COMMENT, rule)
    return {index: comment for index in range(start, stop) if context.unlabelled(index)}


# Comment headers, each followed by prose, that make a comment section
# without a heading: one "says:" header, or two author-and-date ones no more
# than _HEADER_GAP blocks apart.
_HEADERS_FOR_SECTION = 2
_HEADER_GAP = 12


def _first_comment_header(context: ZoneContext, start: int) -> int | None:
    """Return the block of the first comment header after ``start`` that opens a thread."""
    first: int | None = None
    found = 0
    last = start
    blocks = context.blocks
    for index in range(start, len(blocks)):
        if context.zone(index) not in (None, Zone.BYLINE) or blocks[index].bullet is not None:
            continue
        header = block_header(blocks[index])
        if header is None or not _prose_follows(context, index):
            continue
        if first is not None and index - last > _HEADER_GAP:
            first, found = None, 0
        weight = _HEADERS_FOR_SECTION if header.kind is HeaderKind.OPENS else 1
        if header.author is None and weight == 1:
            continue
        first = index if first is None else first
        found += weight
        last = index
        if found >= _HEADERS_FOR_SECTION:
            return first
    return None


# Zones that end a list of trackbacks.
_AFTER_TRACKBACKS = frozenset(
    {Zone.COMMENTS_HEADING, Zone.COMMENT_FORM, Zone.PAGINATION, Zone.FOOTER, Zone.TRACKBACKS}
)
_MAX_TRACKBACK_BLOCKS = 40


def trackbacks(context: ZoneContext) -> dict[int, Label]:
    """Label the list under a trackbacks heading: linking posts, not comments."""
    found: dict[int, Label] = {}
    trackback = Label(Zone.TRACKBACKS, "generic.trackbacks")
    for heading, label in enumerate(context.labels):
        if label is None or label.zone is not trackback.zone:
            continue
        stop = min(len(context.blocks), heading + 1 + _MAX_TRACKBACK_BLOCKS)
        for index in range(heading + 1, stop):
            if context.zone(index) in _AFTER_TRACKBACKS:
                break
            if context.unlabelled(index):
                found[index] = trackback
    return found


def comment_headers(context: ZoneContext) -> dict[int, Label]:
    """Mark where a thread of headed comments starts, so the body stops above it.

    Not where a comments heading stands just above the thread: the heading does it.
    """
    # Comments follow the article: headers above its first prose are bylines.
    prose = next(
        (i for i, block in enumerate(context.blocks) if context.unlabelled(i) and is_prose(block)),
        None,
    )
    if prose is None:
        return {}
    label = _HEADERS
    first = _first_comment_header(context, prose + 1)
    if first is None:
        label = _HANDLES
        first = _first_handle_thread(context, prose + 1)
    if first is None:
        return {}
    if any(
        context.zone(index) is Zone.COMMENTS_HEADING
        for index in range(max(0, first - _HEADER_GAP), first)
    ):
        return {}  # the heading above the thread bounds the body
    return {first: label}


_HEADERS = Label(Zone.COMMENT, "generic.comment-headers")
_HANDLES = Label(Zone.COMMENT, "generic.comment-handles")


# A thread of handles that starts this few blocks under its heading (after a
# "Log in to comment" line) ends where its handles end.
_HANDLES_AFTER_HEADING = 2
# "• handle" blocks, each over an indented paragraph, that make a thread
# without a heading (Disqus and its like print no header but the name).
_HANDLES_FOR_SECTION = 3
# matches the profile link before a handle: "http://twitter.com/ann Ann Lee"
_PROFILE_LINK = re.compile(r"^https?://\S+\s+")


def _first_handle_thread(context: ZoneContext, start: int) -> int | None:
    """Return the first block of a run of "• handle" blocks over indented paragraphs."""
    first: int | None = None
    found = 0
    last = start
    blocks = context.blocks
    for index in range(start, len(blocks) - 1):
        if blocks[index].bullet is None or not _handle_over_text(context, index):
            continue
        if first is not None and index - last > _HEADER_GAP:
            first, found = None, 0
        first = index if first is None else first
        found += 1
        last = index
        if found >= _HANDLES_FOR_SECTION:
            return first
    return None


def _handle_thread_end(context: ZoneContext, start: int) -> int:
    """Return the block after a thread of handles: the first one neither a handle nor under one.

    Such a thread has no widget or form to end it; what follows it at its
    own indent (a sidebar list, a dated feed) is not part of it.
    """
    top = context.blocks[start].indent
    for index in range(start + 1, len(context.blocks) - 1):
        block = context.blocks[index]
        if block.indent <= top and not _handle_over_text(context, index, prose=False):
            return index
    return len(context.blocks)


def handle_of(text: str) -> str | None:
    """Return the commenter's name in a handle line ("http://x.com/ann Ann Lee"), else None.

    Example:
        >>> handle_of("http://twitter.com/ann Ann Lee"), handle_of("Read more.")
        ('Ann Lee', None)
    """
    name = _PROFILE_LINK.sub("", text)
    return name if looks_like_author(name) else None


def _handle_over_text(context: ZoneContext, index: int, *, prose: bool = True) -> bool:
    """Tell whether block ``index`` is a bulleted handle with an indented paragraph under it.

    Within a thread already found (``prose`` false), the text under the
    handle need not read as prose ("Look at this: http://…").
    """
    block, under = context.blocks[index], context.blocks[index + 1]
    return (
        block.bullet is not None
        and len(block.lines) == 1
        and (context.unlabelled(index) or context.labels[index] == _HANDLES)
        and under.bullet is None
        and under.indent > block.indent
        and (not prose or is_prose(under))
        and handle_of(block.text) is not None
    )


def _prose_follows(context: ZoneContext, index: int) -> bool:
    """Tell whether prose comes right under block ``index`` (in it, or in the next block)."""
    block = context.blocks[index]
    if len(block.line_texts) > 1 and block.line_texts[-1].count(" ") >= 4:
        return True
    following = index + 1
    return following < len(context.blocks) and (
        context.unlabelled(following) and is_prose(context.blocks[following])
    )


def remainder(context: ZoneContext) -> dict[int, Label]:
    """Label what is left by position: chrome above the headline, footer at the end."""
    anchor = context.first(Zone.HEADLINE)
    if anchor is None:
        anchor = context.first(Zone.STANDFIRST)
    if anchor is None:
        anchor = context.first(Zone.BODY)
    footer = context.first(Zone.FOOTER, 0 if anchor is None else anchor)
    above = Label(Zone.SITE_HEADER, "generic.above-headline")
    below = Label(Zone.FOOTER, "generic.below-footer")
    found: dict[int, Label] = {}
    for index, label in enumerate(context.labels):
        if label is not None:
            continue
        if anchor is not None and index < anchor:
            found[index] = above
        elif footer is not None and index > footer:
            found[index] = below
        else:
            found[index] = _UNPLACED
    return found


_UNPLACED = Label(Zone.UNPLACED, "generic.unplaced")

#: The generic rule chain, in order: ``(name, rule)``.
GENERIC_RULES: tuple[tuple[str, ZoneRule], ...] = (
    ("furniture", furniture),
    ("trackbacks", trackbacks),
    ("comment-headers", comment_headers),
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
        >>> from newsparse._pipeline.text.blocks import split_blocks
        >>> from newsparse._page import Lines
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
    return tuple(label if label is not None else _UNPLACED for label in labels)
