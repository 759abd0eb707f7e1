"""Where the article starts inside the densest run of prose: after its title.

A list of teasers, a blurb or a video playlist above an article can hold as
much text as a short article's first paragraphs, so the densest run of
prose may open above the article's own title. A title inside the run's
first blocks is the article's when a byline stands just under it ("By Ann
Lee", "Posted by ann"), or a date line does and more prose stands under it
than above it: the article starts at the first paragraph under it
(``generic.body-after-title`` in ``newsparse explain``), and what stands
above the title is left to the page's top.

A blog prints its date over the post's title, and a title that ends like a
sentence ("Is it time?") opens the run as if it were its first paragraph:
one short line right under a date line (or the links to the posts before
and after it), sharing words with the paragraphs
under it, is the title, and the article starts under it
(``generic.body-under-dated-title``).

Teasers of other articles (a title line over a one-paragraph summary, two
or more) may open the run above the article's own title with no byline
under it: the title that scores as the title of the paragraphs under it,
where no teaser's title does, with more prose under it than the teasers
hold, starts the article (``generic.body-below-teasers``).

A picture over its caption opening the run is not the article's first
paragraph: the article starts under it (``generic.body-under-picture``).
"""

from __future__ import annotations

from newsparse._dates import find_datetime
from newsparse._page import TextBlock
from newsparse._pipeline.zones.neighbours import BYLINE_OPENING, LINK_TRAIL, byline_like
from newsparse._pipeline.zones.shapes import PICTURE_LINE, is_link_row, prose_words
from newsparse._pipeline.zones.title_words import links_to_a_post, opening_of, title_score
from newsparse.adapters import ZoneContext

__all__ = [
    "start_after_title",
    "start_below_menu",
    "start_below_teasers",
    "start_under_dated_title",
    "start_under_lone_title",
    "start_under_picture",
]


def _title_shaped(block: TextBlock) -> bool:
    """Tell cheaply whether a block may be a title: short, no bullet, no full stop."""
    text = block.text
    return (
        len(block.lines) <= 2
        and len(text) <= _TITLE_CHARS
        and block.bullet is None
        and not text.rstrip(_CLOSERS).endswith(".")
    )


# What may close a sentence after its full stop: quotation marks, brackets.
_CLOSERS = "\"'’”)]»›"


# Blocks at the top of the run where the article's title may stand.
_TITLE_REACH = 12
# The least title score (see title_words.title_score) of a title inside the run.
_LEAST_SCORE = 4.0
# A title is a short line.
_TITLE_CHARS = 300
# Blocks under the title where its byline may stand.
_BYLINE_REACH = 2


def start_after_title(context: ZoneContext, first: int, last: int) -> int | None:
    r"""Return the first paragraph under a title inside the run ``[first, last]``, if one is there.

    Example:
        >>> from newsparse._page import Lines
        >>> from newsparse._pipeline.text.blocks import split_blocks
        >>> from newsparse.adapters import GENERIC
        >>> prose = "The council voted on Tuesday to keep the old library open, it said."
        >>> page = (f"Other news: the ferry will sail late all week, the harbour said.\n\n"
        ...         f"Council keeps the old library open\n\nBy Ann Lee\n\n{prose}\n\n{prose}")
        >>> blocks = split_blocks(Lines.from_text(page))
        >>> context = ZoneContext(blocks=blocks, adapter=GENERIC, labels=(None,) * len(blocks))
        >>> start_after_title(context, 0, 4)
        3
    """
    blocks = context.blocks
    words: list[int] = []  # the prose words of each block of the run, worked out when needed
    for title in range(first, min(last, first + _TITLE_REACH)):
        if not context.unlabelled(title) or not _title_shaped(blocks[title]):
            continue
        signed = _signed_under(context, title, last)
        if signed is None:
            continue
        words = words or [prose_words(blocks[index]) for index in range(first, last + 1)]
        above, under = sum(words[: title - first]), sum(words[title - first + 1 :])
        if under and (above < under or signed) and _titles_run(context, title, last):
            return next(
                (index for index in range(title + 1, last + 1) if words[index - first]),
                None,
            )
    return None


def _signed_under(context: ZoneContext, title: int, last: int) -> bool | None:
    """Return True for a byline under ``title``, False for a date line only, None for neither."""
    blocks = context.blocks
    under_title = range(title + 1, min(last + 1, title + 1 + _BYLINE_REACH))
    if any(BYLINE_OPENING.match(blocks[below].text) for below in under_title):
        return True
    if any(byline_like(context, below) for below in under_title):
        return False
    return None


def _titles_run(context: ZoneContext, title: int, last: int) -> bool:
    """Tell whether block ``title`` scores as the title of the blocks under it, up to ``last``."""
    blocks = context.blocks
    opening = opening_of(blocks[index].text for index in range(title + 1, last + 1))
    score = title_score(blocks[title], opening)
    return score is not None and score >= _LEAST_SCORE


# A blog post's title opening the run: at most this many words.
_POST_TITLE_WORDS = 20


def start_under_dated_title(context: ZoneContext, first: int, last: int) -> int | None:
    """Return the paragraph after the run's first block when that block is a dated post's title.

    A blog prints its date over the post's title; a title that ends like a
    sentence ("Time to act.", "Want to see it?") reads as the run's first
    paragraph. It is the title when it is one short line (twenty words at
    most) right under a line holding only a date or under the links to the
    posts before and after it (pictures between aside),
    scores as a title against the paragraphs under it, and prose follows.
    A news byline holding the date ("By Ann Lee | 5 March 2024"), or right
    over it, is no blog's date header: the line under it is the article's
    first paragraph.
    """
    blocks = context.blocks
    block = blocks[first]
    if first >= last or len(block.lines) != 1 or block.bullet is not None:
        return None
    if block.text.count(" ") + 1 > _POST_TITLE_WORDS:
        return None
    above = first - 1
    while above >= 0 and PICTURE_LINE.match(blocks[above].text):
        above -= 1
    if above < 0 or not (_date_line(blocks[above]) or _post_links(blocks[above])):
        return None
    if any(BYLINE_OPENING.match(blocks[at].text) for at in range(max(0, above - 1), above + 1)):
        return None  # "By Ann Lee | 5 March", "By Ann Lee" over the date: a news byline
    return _paragraph_under_title(context, first, last, _LEAST_DATED_SCORE)


def _date_line(block: TextBlock) -> bool:
    """Tell whether a block is one short line holding a date ("October 09, 2012")."""
    text = block.text
    return (
        len(block.lines) == 1 and len(text) <= _DATE_LINE_CHARS and find_datetime(text) is not None
    )


def _post_links(block: TextBlock) -> bool:
    """Tell whether a block links to the posts before and after ("« Older post", "Newer post »").

    A blog prints these links over a post's title, as it prints its date.
    """
    texts = block.line_texts
    return bool(texts) and all(links_to_a_post(text) for text in texts)


# A date line is short.
_DATE_LINE_CHARS = 60
# The least title score of a dated post's title that ends like a sentence.
_LEAST_DATED_SCORE = 2.0


# Blocks above a lone title where no byline may stand.
_BYLINE_ABOVE = 3
# What ends a sentence or a label: a title ends in none of them.
_SENTENCE_END = frozenset(".:;,")


def start_under_lone_title(context: ZoneContext, first: int, last: int) -> int | None:
    """Return the paragraph after the run's first block when that block is the article's title.

    A title that ends in a question or an exclamation mark ("Is it
    time?") reads as the run's first paragraph. Without a byline or date
    line beside it, it is the title when it is one line of twenty words at
    most that ends in neither a full stop, a colon nor a comma, scores as
    a title against the paragraphs under it, and no byline or date stands
    just above it (the title is then over that byline).
    """
    blocks = context.blocks
    block = blocks[first]
    if first >= last or len(block.lines) != 1 or block.bullet is not None:
        return None
    if any(byline_like(context, above) for above in range(max(0, first - _BYLINE_ABOVE), first)):
        return None
    text = block.text.rstrip(_CLOSERS)
    if not text or text[-1] in _SENTENCE_END or text.count(" ") + 1 > _POST_TITLE_WORDS:
        return None
    return _paragraph_under_title(context, first, last, _LEAST_SCORE)


def _paragraph_under_title(context: ZoneContext, first: int, last: int, least: float) -> int | None:
    """Return the first paragraph under block ``first`` when it scores ``least`` as their title."""
    blocks = context.blocks
    opening = opening_of(blocks[index].text for index in range(first + 1, last + 1))
    score = title_score(blocks[first], opening)
    if score is None or score < least:
        return None
    return next((index for index in range(first + 1, last + 1) if prose_words(blocks[index])), None)


def start_below_teasers(context: ZoneContext, first: int, last: int) -> int | None:
    """Return the paragraph under the article's title when teasers of other articles open the run.

    A teaser is a title line of four to fourteen words over one paragraph
    about another article. Two teasers or more open the run, then the
    article's title, which scores as the title of the paragraphs under it
    while no teaser's title does (the teasers are about other articles);
    and the article holds more prose than the teasers (an article's
    sections under their subheads are no teasers).
    """
    blocks = context.blocks
    # The first teaser's title, no prose, stands just above the run.
    top = first - 1 if first and context.unlabelled(first - 1) else first
    if top + 1 > last or not _teaser_shaped(blocks[top], blocks[top + 1]):
        top = first
    index = top
    while index + 2 <= last and _teaser_shaped(blocks[index], blocks[index + 1]):
        index += 2
        if (index - top) // 2 >= _TEASERS and _title_shaped(blocks[index]):
            under = _article_under(context, top, index, last)
            if under is not None:
                return under
    return None


def _article_under(context: ZoneContext, top: int, title: int, last: int) -> int | None:
    """Return the first paragraph under ``title`` if it titles them and no teaser above it does.

    The article under the title holds more prose than the teasers above it.
    """
    blocks = context.blocks
    above = sum(prose_words(blocks[index]) for index in range(top, title))
    if above >= sum(prose_words(blocks[index]) for index in range(title + 1, last + 1)):
        return None  # sections of the article under their subheads, not teasers
    opening = opening_of(blocks[later].text for later in range(title + 1, last + 1))
    for teaser in range(top, title, 2):
        score = title_score(blocks[teaser], opening)
        if score is not None and score >= _LEAST_SCORE:
            return None
    return _paragraph_under_title(context, title, last, _LEAST_SCORE)


def _teaser_shaped(title: TextBlock, summary: TextBlock) -> bool:
    """Tell whether a short title line stands over a one-paragraph summary."""
    if len(title.lines) != 1 or not _title_shaped(title) or title.bullet is not None:
        return False
    if (
        summary.bullet is not None
        or not _TEASER_WORDS[0] <= len(title.text.split()) <= _TEASER_WORDS[1]
    ):
        return False
    return len(summary.text.split()) <= _SUMMARY_WORDS and prose_words(summary) > 0


# Teasers that open a run before the article's title: at least this many.
_TEASERS = 2
# A teaser's title has this many words (a subhead may have fewer), its summary at most this many.
_TEASER_WORDS = (4, 14)
_SUMMARY_WORDS = 60


def start_under_picture(context: ZoneContext, first: int, last: int) -> int | None:
    """Return the block under the run's first block when that block is a picture over its caption.

    A text browser prints a picture as its name in brackets ("[image]",
    "[harbour.jpg]"); the short line under it, in the same block, is its
    caption (twenty words at most), not the article's first paragraph.
    """
    texts = context.blocks[first].line_texts
    if first >= last or len(texts) != 2 or len(texts[1].split()) > _CAPTION_WORDS:
        return None
    return first + 1 if PICTURE_LINE.match(texts[0].strip()) else None


# A picture's caption has at most this many words.
_CAPTION_WORDS = 20


# Blocks at the top of the run where a menu may stand over the article's title.
_MENU_REACH = 6


def start_below_menu(context: ZoneContext, first: int, last: int) -> int | None:
    """Return the paragraph under a title right below a menu among the run's first blocks.

    A row of links ("Trending: huts | pier | fair") inside the run, with
    less prose above it than under it, stands over the article: a
    headline ticker or a teaser over it is the page's. The block under
    the menu must be a lone title that scores as the title of the
    paragraphs under it (see :func:`start_under_lone_title`).
    """
    blocks = context.blocks
    for index in range(min(last - 1, first + _MENU_REACH), first, -1):
        block = blocks[index]
        if not (is_link_row(block) or LINK_TRAIL.search(block.text)) or prose_words(block):
            continue
        above = sum(prose_words(blocks[i]) for i in range(first, index))
        if above >= sum(prose_words(blocks[i]) for i in range(index + 1, last + 1)):
            return None
        return start_under_lone_title(context, index + 1, last)
    return None
