"""The ``body`` rule: the article is the densest run of prose above the comments."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from newsparse._page import TextBlock, is_prose
from newsparse._pipeline.comments.zone import authored_headers_follow
from newsparse._pipeline.zones.ends import (
    end_above_author_box,
    end_above_bio,
    end_above_form,
    end_above_headed_teasers,
    end_above_teasers,
    end_above_title_list,
    end_at_signature,
    end_at_unpunctuated_paragraph,
)
from newsparse._pipeline.zones.headline import after_site_header
from newsparse._pipeline.zones.lists import announced_items
from newsparse._pipeline.zones.neighbours import byline_like
from newsparse._pipeline.zones.shapes import PICTURE_LINE, is_link_row, prose_words
from newsparse._pipeline.zones.signed import signed_run_above
from newsparse._pipeline.zones.starts import (
    start_after_title,
    start_below_menu,
    start_below_teasers,
    start_under_dated_title,
    start_under_lone_title,
    start_under_picture,
)
from newsparse._pipeline.zones.title_words import opening_of, title_score
from newsparse.adapters import GENERIC, Label, ZoneContext
from newsparse.models import Zone

__all__ = ["body"]


def _block_score(block: TextBlock, label: Label | None) -> int:
    if label is not None:
        # A one-line promo inside an article ("Advertisement") costs what a
        # short line does; other furniture breaks the run.
        if label.zone is Zone.PROMO and len(block.lines) == 1 and block.text.count(" ") < 2:
            return -8
        return -40
    if len(block.lines) == 1:  # most blocks: read as they are, without a call
        return block.text.count(" ") + 1 if is_prose(block) else -8
    words = prose_words(block)
    return words if words else -8


# A run of blocks and its score: (score, first block, last block).
_Run = tuple[int, int, int]


def _best_run(context: ZoneContext, start: int, stop: int) -> _Run | None:
    """Return (score, first, last) of the best-scoring run of blocks in [start, stop)."""
    best: _Run | None = None
    total, run_start = 0, start
    blocks, labels = context.blocks, context.labels
    items = announced_items(blocks, labels, start, stop)  # an article's own list
    for index in range(start, stop):
        if total <= 0:
            total, run_start = 0, index
        total += items[index] if index in items else _block_score(blocks[index], labels[index])
        if total > 0 and (best is None or total > best[0]):
            best = (total, run_start, index)
    return best


def body(context: ZoneContext) -> dict[int, Label]:
    """Label the article body: the densest run of prose, comment headings as barriers.

    The body lies before the first strong comments heading (one the adapter
    names, or one with a count) when any prose is there, or before a bare
    heading with an article's worth of prose above it, so a long comment
    never outweighs a short article. Blocks inside the run that no earlier
    rule labelled become body paragraphs (short ones are subheads), but a
    picture's text over the caption that repeats it and a block of
    pictures' names only ("[harbour.jpg]"); the first becomes the
    standfirst. With no prose on the page, the blocks after
    the headline up to the first comments heading are body.
    """
    if any(label is not None and label.zone in _ARTICLE for label in context.labels):
        return {}  # an earlier rule (an adapter's, the HTML's structure) found the article
    barriers = [
        i
        for i, label in enumerate(context.labels)
        if label is not None and label.zone in _COMMENT_BARRIERS
    ]
    best = _densest_run(context, barriers)
    if best is not None:
        start_of = functools.partial(_best_run, context)
        best = signed_run_above(context, barriers, best, start_of)
        first, last, rule = _adjusted(context, best)
        blocks = context.blocks
        reason = (
            f"the densest run of prose ({best[0]} words net), lines "
            f"{blocks[best[1]].lines[0].number}–{blocks[best[2]].lines[-1].number}"
        )
    else:
        found_text = _text_without_prose(context, barriers[0] if barriers else len(context.blocks))
        if found_text is None:
            return {}
        first, last = found_text
        rule, reason = "generic.body-fallback", "no prose on the page: the text under the title"
    return _article_labels(context, first, last, rule, reason)


def _article_labels(
    context: ZoneContext, first: int, last: int, rule: str, reason: str = ""
) -> dict[int, Label]:
    """Label the unlabelled blocks of ``[first, last]``: body, standfirst, captions, pictures."""
    paragraph = Label(Zone.BODY, rule, reason)
    captions = _caption_pairs(context, first, last)
    found = {
        index: _CAPTION
        if index in captions
        else _PICTURE
        if _pictures_only(context, index)
        else paragraph
        for index in range(first, last + 1)
        if context.unlabelled(index)
    }
    if found.get(first) is paragraph and (
        rule.endswith("fallback") or is_prose(context.blocks[first])
    ):
        found[first] = Label(Zone.STANDFIRST, rule, reason)
    return found


def _pictures_only(context: ZoneContext, index: int) -> bool:
    """Tell whether block ``index`` holds pictures' names only ("[harbour.jpg] [logo]")."""
    return PICTURE_LINE.match(context.blocks[index].text) is not None


def _adjusted(context: ZoneContext, best: _Run) -> tuple[int, int, str]:
    """Return the densest run's first and last block, moved to a title or a post's end, and why."""
    _, first, last = best
    rule = "generic.body"
    for move, name in _STARTS:
        if (moved := move(context, first, last)) is not None:
            first, rule = moved, name
            break
    for move, name in _ENDS:
        if (moved := move(context, first, last)) is not None:
            last, rule = moved, name
            break
    return first, last, rule


# Where the run may start instead, tried in this order, the first that moves it
# winning; then where it may end instead (the rule names `explain` shows).
_Move = Callable[[ZoneContext, int, int], "int | None"]
_STARTS: tuple[tuple[_Move, str], ...] = (
    (start_after_title, "generic.body-after-title"),
    (start_under_dated_title, "generic.body-under-dated-title"),
    (start_under_lone_title, "generic.body-under-title"),
    (start_below_teasers, "generic.body-below-teasers"),
    (start_under_picture, "generic.body-under-picture"),
    (start_below_menu, "generic.body-below-menu"),
)
_ENDS: tuple[tuple[_Move, str], ...] = (
    (lambda context, _, last: end_at_signature(context, last), "generic.body-to-signature"),
    (end_above_author_box, "generic.body-above-author-box"),
    (end_above_teasers, "generic.body-above-teasers"),
    (end_above_headed_teasers, "generic.body-above-teasers"),
    (end_above_title_list, "generic.body-above-title-list"),
    (end_above_form, "generic.body-above-form"),
    (end_above_bio, "generic.body-above-bio"),
    (
        lambda context, _, last: end_at_unpunctuated_paragraph(context, last),
        "generic.body-to-last-paragraph",
    ),
)


# A picture's text and its caption, which repeats it: neither is the article's.
_CAPTION = Label(Zone.UNPLACED, "generic.picture-caption")
# A block of pictures' names ("[harbour.jpg]") only: no paragraph of the article.
_PICTURE = Label(Zone.UNPLACED, "generic.picture")


def _text_without_prose(context: ZoneContext, stop: int) -> tuple[int, int] | None:
    """Return the first and last block of a post without prose (a list, a picture).

    Its text is what stands between its title and ``stop`` (the comments
    heading, or the page's end): rows of links are left out, and so is a
    byline closing it. The title is the block that scores best as one
    among the first three (see :func:`.title_words.title_score`), else the first.
    """
    blocks = context.blocks
    candidates = [
        index
        for index in range(after_site_header(context), stop)
        if context.unlabelled(index) and not is_link_row(blocks[index])
    ]
    if len(candidates) < 2:
        return None
    title, best = candidates[0], 0.0
    for position, index in enumerate(candidates[:_TITLE_CANDIDATES]):
        opening = opening_of([blocks[later].text for later in candidates[position + 1 :]])
        score = title_score(blocks[index], opening)
        if score is not None and score > best:
            title, best = index, score
    text = [index for index in candidates if index > title]
    while text and byline_like(context, text[-1]):
        text.pop()
    return (text[0], text[-1]) if text else None


# Blocks at the top of a post without prose that may be its title.
_TITLE_CANDIDATES = 3


def _densest_run(context: ZoneContext, barriers: list[int]) -> _Run | None:
    """Return the best run of prose above the heading that ends the article, if any."""
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
        if position < len(barriers) and _ends_article(context, barriers, runs, position, best):
            break
    return best


def _ends_article(
    context: ZoneContext,
    barriers: list[int],
    runs: Callable[[int], _Run | None],
    position: int,
    best: _Run | None,
) -> bool:
    """Tell whether the heading at ``barriers[position]`` ends the article above it."""
    heading = barriers[position]
    if best is None:
        # A post without prose (a video, a picture, a list) over its counted thread.
        if _counted(context, heading) and _words_above(context, heading) >= _POST_WITHOUT_PROSE:
            return True
        return _strong_heading(context, heading) and authored_headers_follow(context, heading)
    if _strong_heading(context, heading):
        return True  # the article lies before this heading; what follows is comments
    return best[0] >= _ARTICLE_BEFORE_HEADING and not _article_follows(
        context, barriers, runs, position, best[0]
    )


_ARTICLE = frozenset({Zone.BODY, Zone.STANDFIRST})
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


# Words of text (a list, captions) that make a post without prose over a counted thread.
_POST_WITHOUT_PROSE = 20


def _words_above(context: ZoneContext, index: int) -> int:
    """Return the words of the unlabelled blocks between the site header and block ``index``."""
    return sum(
        context.blocks[above].text.count(" ") + 1
        for above in range(after_site_header(context), index)
        if context.unlabelled(above)
    )


def _counted(context: ZoneContext, index: int) -> bool:
    """Tell whether the comments heading at ``index`` gives a count ("9 Comments")."""
    return any(character.isdigit() for character in context.blocks[index].text)


def _strong_heading(context: ZoneContext, index: int) -> bool:
    """Tell whether a comments heading ends the article however short the article is.

    It does when an adapter names it, when it gives a count ("9 Comments"),
    or when comment headers with an author ("Posted by: Ann at May 4, 2012
    8:42 AM", "Ann says:") follow it on two blocks, before another heading.
    """
    label = context.labels[index]
    if label is not None and not label.rule.startswith(f"{GENERIC.name}."):
        return True
    if _counted(context, index):
        return True
    return authored_headers_follow(context, index)


# A picture's text and its caption are short lines.
_CAPTION_WORDS = 25
_WORDS = re.compile(r"\w+")
# Fewer words than this say too little to tell a copy: a name over "Name of Firm".
_CAPTION_LEAST_WORDS = 3


def _caption_pairs(context: ZoneContext, first: int, last: int) -> set[int]:
    """Return the blocks of the run printed twice in a row: a picture's text and its caption.

    A text browser prints a picture's text ("Harbour at dusk") and, under
    it, the caption that repeats it ("Harbour at dusk, from the pier."):
    two short blocks in a row, one opening with all the other's words
    (three or more). Neither is a paragraph of the article. Two sentences
    are a paragraph printed twice, unless the copy differs only in its
    quotation marks ("Ann's" / "Ann’s"): a picture's text typed plain over
    the caption the site set with curly marks.
    """
    blocks = context.blocks
    found: set[int] = set()
    # A copy opens with the other's first word: most pairs are told apart by it alone.
    first_words = [_first_word(blocks[index].text) for index in range(first, last + 1)]
    for index in range(first, last):
        if first_words[index - first] != first_words[index + 1 - first]:
            continue
        one, two = blocks[index].text, blocks[index + 1].text
        if _near_copies(one, two) and (
            not (is_prose(blocks[index]) and is_prose(blocks[index + 1])) or _retyped(one, two)
        ):
            found.update((index, index + 1))
    return found


# Typographic quotation marks and the typewriter ones a picture's text is typed with.
_TYPED_MARKS = str.maketrans("‘’“”", "''\"\"")


def _retyped(one: str, two: str) -> bool:
    """Tell whether two texts differ only in their quotation marks ("Ann's" / "Ann’s")."""
    return one != two and one.translate(_TYPED_MARKS) == two.translate(_TYPED_MARKS)


def _first_word(text: str) -> str:
    """Return the first word of ``text`` in small letters ("" when it holds none)."""
    match = _WORDS.search(text.lower())  # as _near_copies reads words
    return "" if match is None else match.group()


def _near_copies(one: str, two: str) -> bool:
    """Tell whether one short text opens with all the words of the other ("Dusk" / "Dusk, May")."""
    a, b = _WORDS.findall(one.lower()), _WORDS.findall(two.lower())
    if not a or not b or max(len(a), len(b)) > _CAPTION_WORDS:
        return False
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= _CAPTION_LEAST_WORDS and longer[: len(shorter)] == shorter
