"""Where the comments begin: the zone rules that place a thread on the page.

``comment-headers`` marks where a thread of headed comments (or of "• handle"
blocks) starts when no comments heading stands above it, so that the body
stops there; ``comments`` labels the blocks from the heading or the first
header down to the footer. The ``body`` rule asks
:func:`authored_headers_follow` whether a bare heading ends the article.
"""

from __future__ import annotations

import re
from typing import Literal

from newsparse._page import is_prose
from newsparse._pipeline.comments.headers import HeaderKind, block_header, looks_like_author
from newsparse._pipeline.zones.bylines import is_name_line
from newsparse._pipeline.zones.patterns import pattern_label
from newsparse.adapters import Label, ZoneContext
from newsparse.models import Zone

__all__ = ["authored_headers_follow", "comment_headers", "comments", "handle_of"]


def authored_headers_follow(context: ZoneContext, heading: int) -> bool:
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


def comments(context: ZoneContext) -> dict[int, Label]:
    """Label the comment zone: blocks after the comments heading that follows the body.

    A page without such a heading has comments where comment headers
    ("Ann says:", "Ann Lee March 3, 2012 at 9:10 pm") followed by prose
    begin after the body. The zone runs to the first footer block after it;
    blocks in it that no pattern labelled are comments.
    """
    found = _thread_start(context)
    if found is None:
        return {}
    start, rule = found
    footer = context.first(Zone.FOOTER, start)
    stop = len(context.blocks) if footer is None else footer
    end_reason = "the page's end" if footer is None else f"the footer (line {_line(context, stop)})"
    handles = _first_handle_thread(context, start)
    if handles is not None and handles - start <= _HANDLES_AFTER_HEADING:
        end = _handle_thread_end(context, handles)
        widget = context.first(Zone.COMMENT_NOISE, start)
        if (widget is None or widget >= end) and end < stop:
            # Handles and no widget line: nothing but the handles marks the thread.
            stop, end_reason = end, "the last comment signed by a handle"
    opening = (
        f"under the comments heading (line {_line(context, start - 1)})"
        if rule == "generic.comment"
        else f"from the first comment (line {_line(context, start)})"
    )
    comment = Label(Zone.COMMENT, rule, f"{opening} to {end_reason}")
    labelled = {index: comment for index in range(start, stop) if context.unlabelled(index)}
    if rule != "generic.comment" and _heading_shaped(context, start - 1):
        labelled[start - 1] = _HEADING_BY_PLACE
    return labelled


_HEADING_BY_PLACE = Label(
    Zone.COMMENTS_HEADING,
    "generic.comments-heading-by-place",
    "a short line right over a thread found by its comments' shape",
)
#: A heading in words no pattern knows ("Reader mail", "Your say") is this short.
_HEADING_WORDS = 4


def _heading_shaped(context: ZoneContext, index: int) -> bool:
    """Tell whether block ``index`` is a short line, no sentence and no name, left unlabelled."""
    if index < 0 or not context.unlabelled(index):
        return False
    block = context.blocks[index]
    text = block.text
    return (
        len(block.lines) == 1
        and block.bullet is None
        and len(text.split()) <= _HEADING_WORDS
        and text[:1].isupper()
        and text[-1:].isalpha()
        and not is_name_line(text)
        and block_header(block) is None
    )


def _line(context: ZoneContext, index: int) -> int:
    return context.blocks[index].lines[0].number


_ARTICLE_ZONES = (Zone.BODY, Zone.STANDFIRST, Zone.HEADLINE)


def _thread_start(context: ZoneContext) -> tuple[int, str] | None:
    """Return the first block of the thread after the article, and the rule that found it."""
    body_end = max(
        (
            index
            for index, label in enumerate(context.labels)
            if label is not None and label.zone in _ARTICLE_ZONES
        ),
        default=-1,
    )
    heading = context.first(Zone.COMMENTS_HEADING, body_end + 1)
    headed = context.first(Zone.COMMENT, body_end + 1)
    if heading is not None and (headed is None or heading < headed):
        return heading + 1, "generic.comment"
    if headed is not None:
        label = context.labels[headed]
        return headed, _HEADERS.rule if label is None else label.rule
    headed = _first_comment_header(context, body_end + 1)
    return None if headed is None else (headed, _HEADERS.rule)


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
    blocks, labels = context.blocks, context.labels
    for index in range(start, len(blocks)):
        label = labels[index]
        if (label is not None and label.zone is not Zone.BYLINE) or blocks[
            index
        ].bullet is not None:
            continue
        # The cheap test first: a header is read only where prose follows.
        if not _prose_follows(context, index):
            continue
        header = block_header(blocks[index])
        if header is None:
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
    if first is not None:
        first = _text_over_trailers(context, first)
    if first is None:
        label = _HANDLES
        first = _first_handle_thread(context, prose + 1)
    if first is None:
        label = _WIDGETS
        first = _first_widget_thread(context, prose + 1)
    if first is None:
        return {}
    if _heading_bounds(context, first):
        return {}  # the heading above the thread bounds the body
    return {first: label}


def _heading_bounds(context: ZoneContext, first: int) -> bool:
    """Tell whether a comments heading stands close over ``first`` with no prose between.

    A count link under the byline is such a heading too, but the article's
    paragraphs stand between it and the thread.
    """
    for index in range(first - 1, max(0, first - _HEADER_GAP) - 1, -1):
        if context.zone(index) is Zone.COMMENTS_HEADING:
            return True
        if context.unlabelled(index) and is_prose(context.blocks[index]):
            return False
    return False


def _text_over_trailers(context: ZoneContext, first: int) -> int:
    """Return the text over the first header when the headers close their comments.

    A thread may print each comment's author and date under its text
    ("May 4, 2012 | Ann Lee", "by Ann on …"): every header then stands
    right under prose, and no prose follows the last one before the
    page's footer. The thread starts at the text over the first header,
    not at the header (which would leave that comment in the article).
    """
    blocks = context.blocks
    headers: list[int] = []
    prose_after_last = False
    for index in range(first, len(blocks)):
        zone = context.zone(index)
        if zone is Zone.FOOTER or zone is Zone.COMMENTS_HEADING:
            break
        header = block_header(blocks[index])
        if header is not None and header.author is not None:
            if index > 0 and not (context.unlabelled(index - 1) and is_prose(blocks[index - 1])):
                return first  # a header with no text over it closes no comment
            headers.append(index)
            prose_after_last = False
        elif context.unlabelled(index) and is_prose(blocks[index]):
            prose_after_last = True
    if len(headers) < _HEADERS_FOR_SECTION or prose_after_last:
        return first
    above = first - 1
    return above if above >= 0 else first


_HEADERS = Label(Zone.COMMENT, "generic.comment-headers")
_HANDLES = Label(Zone.COMMENT, "generic.comment-handles")
_WIDGETS = Label(Zone.COMMENT, "generic.comment-widgets")

# Comments each closed by a widget line ("Reply", "Report this comment"),
# with no heading and no header: this many in a row make a thread, each of
# at most this many blocks of text.
_WIDGET_COMMENTS = 3
_WIDGET_COMMENT_BLOCKS = 3


def _widget_line(context: ZoneContext, text: str) -> bool:
    return pattern_label(context.adapter, text, zones=_NOISE) is not None


_NOISE = frozenset({Zone.COMMENT_NOISE})


def _first_widget_thread(context: ZoneContext, start: int) -> int | None:
    """Return the first block of a run of short texts each closed by a widget line.

    The shape of a thread without headers: text, "Reply"; text, "Reply";
    text, "Reply". Three such comments in a row, each of one to three
    blocks, make it; any other labelled block between breaks the run. The
    widget may be a block of its own or the last line of the comment's
    block. The first comment is the text right above its widget: the
    article's paragraphs may stand before it.
    """
    first: int | None = None
    found = 0
    texts: list[int] = []  # the text blocks since the last widget line
    named = 0  # the comments after the first that open with a name line
    for index in range(start, len(context.blocks)):
        zone = _thread_zone(context, index)
        if zone == "blank":
            continue
        if zone == "text":
            texts.append(index)
            continue
        if zone == "closed":
            texts, zone = [index], Zone.COMMENT_NOISE  # the comment's block ends with its widget
        if zone is Zone.COMMENT_NOISE and texts:
            if found and len(texts) > _WIDGET_COMMENT_BLOCKS:
                found = 0  # too much text between two widget lines for one comment
            first = texts[-1] if found == 0 else first
            named = 0 if found == 0 else named + (len(texts) > 1 and _name_block(context, texts[0]))
            found += 1
            if found >= _WIDGET_COMMENTS:
                assert first is not None
                return _named_start(context, first, named=named == found - 1)
        elif zone is not Zone.COMMENT_NOISE:
            found = 0
        texts = []
    return None


def _thread_zone(context: ZoneContext, index: int) -> Zone | Literal["blank", "text", "closed"]:
    """Return a block's zone, or what an unlabelled one is: blank, text, text closed by a widget."""
    label = context.labels[index]
    if label is not None:
        return label.zone
    block = context.blocks[index]
    if not block.text:
        return "blank"
    if len(block.line_texts) < 2 or not _widget_line(context, block.line_texts[-1]):
        return "text"
    return "closed"


def _named_start(context: ZoneContext, first: int, *, named: bool) -> int:
    """Return where the first comment starts: at its name line when every other opens with one.

    The run is found from the text above each widget line; a thread that
    prints its writer's name in a block over each comment's text prints it
    over the first too.
    """
    above = first - 1
    if named and above >= 0 and context.unlabelled(above) and _name_block(context, above):
        return above
    return first


def _name_block(context: ZoneContext, index: int) -> bool:
    """Tell whether block ``index`` is one line that reads as a name only ("Ann Lee")."""
    block = context.blocks[index]
    return len(block.lines) == 1 and is_name_line(block.text)


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
        block = blocks[index]
        if (
            block.bullet is None
            or blocks[index + 1].indent <= block.indent
            or not _handle_over_text(context, index)
        ):
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
