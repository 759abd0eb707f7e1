"""Where the article ends: at the signature that closes a post.

Many blogs close a post with its signature, "Posted by Ann at 9:22 AM",
right above the comments or the footer. Short blocks between the densest
run of prose and that signature (a sign-off, an address, a last short line)
are the end of the post, not the page's furniture, so the article runs on
to the block above the signature (``generic.body-to-signature`` in
``newsparse explain``).

A news page may close the article with its author's box: "About Ann Lee"
over "Ann Lee is the editor of ...". The article ends above it
(``generic.body-above-author-box``); and above a last paragraph that opens
with the name of the byline over the article, then a word in small letters
("Ann Lee is our weather correspondent"): the author's biography
(``generic.body-above-bio``).

An article's last paragraph may end without a full stop (a link, a
smiley, a word): it then scores as no prose, and the run stops above it.
A long line right under the run is that paragraph
(``generic.body-to-last-paragraph``).

A promo heading ("Related stories") over teasers of other articles, each a
title line over its one-paragraph summary, can hold as much prose as the
article's end and join its run: the article ends above the heading
(``generic.body-above-teasers``).
"""

from __future__ import annotations

import re

from newsparse._page import TextBlock
from newsparse._pipeline.zones.bylines import byline_name, is_name_line
from newsparse._pipeline.zones.neighbours import BYLINE_OPENING, byline_like
from newsparse._pipeline.zones.shapes import (
    PICTURE_LINE,
    is_link_row,
    is_sentence_line,
    prose_words,
)
from newsparse.adapters import ZoneContext
from newsparse.models import Zone

__all__ = [
    "SIGNATURE_TRAILING_LINES",
    "end_above_author_box",
    "end_above_bio",
    "end_above_form",
    "end_above_headed_teasers",
    "end_above_teasers",
    "end_above_title_list",
    "end_at_signature",
    "end_at_unpunctuated_paragraph",
    "is_signature_line",
]

# Blocks after the run where the signature may stand.
_SIGNATURE_REACH = 8
# A signature is a short line.
_SIGNATURE_CHARS = 120


def end_at_signature(context: ZoneContext, last: int) -> int | None:
    r"""Return the block above the signature that closes the post after ``last``, if any.

    The signature (its block's last line with words: a rule may be drawn
    under it) opens like a byline ("Posted by", "By") and the page's
    furniture follows it: a labelled block (the comments heading, the
    footer) or the page's end. No bulleted block, and no block a rule
    labelled, stands between.

    Example:
        >>> from newsparse._page import Lines
        >>> from newsparse._pipeline.text.blocks import split_blocks
        >>> from newsparse.adapters import GENERIC, Label
        >>> from newsparse.models import Zone
        >>> page = "We met at noon.\n\nCheers,\nAnn\n\nPosted by Ann at 9:22 AM\n\n2 comments:"
        >>> blocks = split_blocks(Lines.from_text(page))
        >>> labels = (None, None, None, Label(Zone.COMMENTS_HEADING, "t"))
        >>> end_at_signature(ZoneContext(blocks=blocks, adapter=GENERIC, labels=labels), 0)
        1
    """
    blocks = context.blocks
    for index in range(last + 1, min(len(blocks), last + 1 + _SIGNATURE_REACH)):
        if not context.unlabelled(index) or blocks[index].bullet is not None:
            return None
        if _signs(blocks[index].line_texts):
            following = index + 1
            while following < len(blocks) and PICTURE_LINE.match(blocks[following].text):
                following += 1
            closed = following >= len(blocks) or not context.unlabelled(following)
            return index - 1 if closed and index - 1 > last else None
    return None


def _signs(texts: tuple[str, ...]) -> bool:
    """Tell whether a block is a signature: its last line with words, or its first over short lines.

    A share bar may follow the signature in its block ("Posted by Ann at
    9:22 AM" over "Email This Share to Twitter"): up to two short lines
    that read as no sentence.
    """
    if not texts:  # a line of zero-width characters alone: no words
        return False
    if is_signature_line(_last_worded_line(texts)):
        return True
    first, rest = texts[0], texts[1:]
    return (
        is_signature_line(first)
        and len(rest) <= SIGNATURE_TRAILING_LINES
        and not any(is_sentence_line(line) for line in rest)
    )


def is_signature_line(text: str) -> bool:
    """Tell whether a line is a post's signature: short, and opening like a byline.

    Example:
        >>> is_signature_line("Posted by Ann at 9:22 AM"), is_signature_line("Ann wrote this.")
        (True, False)
    """
    return len(text) <= _SIGNATURE_CHARS and BYLINE_OPENING.match(text) is not None


#: Short lines that may follow a signature in its block: a share bar.
SIGNATURE_TRAILING_LINES = 2


def _last_worded_line(texts: tuple[str, ...]) -> str:
    """Return the last line that holds a letter or digit: a rule drawn under a signature is none."""
    return next((text for text in reversed(texts) if any(c.isalnum() for c in text)), "")


# Blocks at the end of the run where an author's box may open.
_AUTHOR_BOX_REACH = 3
# An author's box opens with a short line ("About Ann Lee").
_AUTHOR_HEADING_WORDS = 5


def end_above_author_box(context: ZoneContext, first: int, last: int) -> int | None:
    """Return the block above an author's box that closes the run ``[first, last]``, if any.

    The box is a short line that ends with a name ("About Ann Lee") over a
    paragraph that opens with it ("Ann Lee is the editor of ..."): the
    repetition, not the wording, tells it from a subhead.
    """
    blocks = context.blocks
    for index in range(last - 1, max(first, last - _AUTHOR_BOX_REACH), -1):
        words = blocks[index].text.split()
        if len(blocks[index].lines) != 1 or not 2 <= len(words) <= _AUTHOR_HEADING_WORDS:
            continue
        if _opens_with_its_name(words, blocks[index + 1].text):
            above = index - 1
            while above > first and PICTURE_LINE.match(blocks[above].text):
                above -= 1
            return above if above >= first else None
    return None


def _opens_with_its_name(words: list[str], paragraph: str) -> bool:
    """Tell whether ``paragraph`` opens with the capitalised words that end a line, two or more.

    The line holds a word before them ("About", "More from"): a line that
    is only a name is a byline, not a box's heading.
    """
    for size in range(len(words) - 1, 1, -1):
        name = words[-size:]
        if all(word[:1].isupper() for word in name) and paragraph.startswith(" ".join(name) + " "):
            return True
    return False


# Words of one line that make a paragraph however it ends.
_LAST_PARAGRAPH_WORDS = 20


def end_at_unpunctuated_paragraph(context: ZoneContext, last: int) -> int | None:
    r"""Return the block right under the run ending at ``last`` if it is an unpunctuated paragraph.

    It is one line of twenty words or more that no rule labelled: no
    bulleted item, no row of links set apart by gaps, no byline. A
    paragraph ending in a link or a smiley reads as no prose by its end,
    but a line that long is running text; a title, a menu or a caption is
    shorter.

    Example:
        >>> from newsparse._page import Lines
        >>> from newsparse._pipeline.text.blocks import split_blocks
        >>> from newsparse.adapters import GENERIC
        >>> words = " ".join(["word"] * 20)
        >>> blocks = split_blocks(Lines.from_text(f"It rained all day.\n\n{words} :)"))
        >>> context = ZoneContext(blocks=blocks, adapter=GENERIC, labels=(None, None))
        >>> end_at_unpunctuated_paragraph(context, 0)
        1
    """
    following = last + 1
    if following >= len(context.blocks) or not context.unlabelled(following):
        return None
    block = context.blocks[following]
    if len(block.lines) != 1 or block.bullet is not None:
        return None
    if block.text.count(" ") + 1 < _LAST_PARAGRAPH_WORDS or is_link_row(block):
        return None
    return None if byline_like(context, following) else following


# Teasers under a promo heading that end the article there: at least this many.
_TEASERS = 2
# A teaser's title line has at most this many words.
_TEASER_TITLE_WORDS = 14


def end_above_teasers(context: ZoneContext, first: int, last: int) -> int | None:
    """Return the block above a promo heading over teasers inside the run ``[first, last]``, if any.

    Every block from the heading to the run's end is a teaser: two lines or
    more, the first a title (fourteen words at most, no sentence end), the
    rest sentences; two teasers at least.
    """
    for index in range(first + 1, last):
        label = context.labels[index]
        if label is None or label.zone is not Zone.PROMO:
            continue
        teasers = range(index + 1, last + 1)
        if len(teasers) >= _TEASERS and all(_teaser(context.blocks[i]) for i in teasers):
            return index - 1
        return None
    return None


# An empty box to type in, as a text browser prints a form's field (spaces as printed).
_FORM_BOX = re.compile(r"\[ {3,}\]")


def end_above_form(context: ZoneContext, first: int, last: int) -> int | None:
    """Return the block above the first form inside the run ``[first, last]``, if any.

    A form's field prints as an empty box ("Your email [          ]"): an
    article holds none, so a sign-up form and the messages under it end it,
    when the run holds at least twice as much prose above the form as
    under it (a form inside a long article, a poll, ends nothing).
    """
    blocks = context.blocks
    for index in range(first + 1, last + 1):
        if any(_FORM_BOX.search(line.raw) for line in blocks[index].lines):
            above = sum(prose_words(blocks[i]) for i in range(first, index))
            below = sum(prose_words(blocks[i]) for i in range(index + 1, last + 1))
            return index - 1 if below * 2 <= above else None
    return None


# Words a list prints before a title it repeats ("5.", "New").
_ITEM_EXTRA_WORDS = 2
# A line this short is too common a phrase to tell a copy by.
_COPIED_TITLE_WORDS = 3
# Blocks above the run looked at for the title a list repeats.
_TITLE_REACH = 40
_WORD = re.compile(r"\w+")


def end_above_title_list(context: ZoneContext, first: int, last: int) -> int | None:
    """Return the block above a list inside the run ``[first, last]`` that repeats a title above it.

    A list of the site's titles ("Most read", "Latest") holds this
    article's own title, printed above the article, among others': the
    list, and what follows it, is no part of the article. The list is a
    block of two lines or more, one of them the words of a one-line block
    above the run (three words or more), after up to two more (its number).
    """
    blocks = context.blocks
    titles = {
        tuple(words)
        for index in range(max(0, first - _TITLE_REACH), first)
        if len(blocks[index].lines) == 1
        and len(words := _WORD.findall(blocks[index].text.lower())) >= _COPIED_TITLE_WORDS
    }
    if not titles:
        return None
    for index in range(first + 1, last + 1):
        lines = blocks[index].lines
        if len(lines) > 1 and any(_repeats(line.text, titles) for line in lines):
            return index - 1
    return None


def _repeats(text: str, titles: set[tuple[str, ...]]) -> bool:
    words = _WORD.findall(text.lower())
    return any(
        tuple(words[extra:]) in titles for extra in range(min(len(words), _ITEM_EXTRA_WORDS + 1))
    )


# A heading over teasers ("Related", "Read next") has at most this many words.
_TEASER_HEADING_WORDS = 5


def end_above_headed_teasers(context: ZoneContext, first: int, last: int) -> int | None:
    """Return the block above a short heading over teasers inside the run ``[first, last]``, if any.

    No rule labelled the heading: a line of five words at most that ends
    no sentence, with two teasers or more right under it (see
    :func:`end_above_teasers`), and more prose above it than in them. What
    follows the teasers (a disclaimer, the publisher's address) is no more
    the article than they are.
    """
    blocks = context.blocks
    for index in range(first + 1, last - _TEASERS + 1):
        if not _teaser_heading(context, index):
            continue
        count = 0
        while index + 1 + count <= last and _teaser(blocks[index + 1 + count]):
            count += 1
        if count < _TEASERS:
            continue
        above = sum(prose_words(blocks[i]) for i in range(first, index))
        if above > sum(prose_words(blocks[i]) for i in range(index + 1, index + 1 + count)):
            return index - 1
    return None


def _teaser_heading(context: ZoneContext, index: int) -> bool:
    block = context.blocks[index]
    if len(block.lines) != 1 or block.bullet is not None or not context.unlabelled(index):
        return False
    text = block.text
    # split() stops after the words that matter: a paragraph is not split whole
    words = len(text.split(None, _TEASER_HEADING_WORDS))
    return words <= _TEASER_HEADING_WORDS and text[-1:] not in ".!?:;,"


def _teaser(block: TextBlock) -> bool:
    texts = block.line_texts
    if len(texts) < 2 or block.bullet is not None:
        return False
    title = texts[0]
    if len(title.split(None, _TEASER_TITLE_WORDS)) > _TEASER_TITLE_WORDS or title[-1:] in ".!?:;,":
        return False
    return all(is_sentence_line(text) for text in texts[1:])


def end_above_bio(context: ZoneContext, first: int, last: int) -> int | None:
    """Return the block above the author's biography that closes the run ``[first, last]``, if any.

    The biography opens with the name the byline above the article gives,
    in any case, then a word in small letters ("Ann Lee is our weather
    correspondent"), or the name on a line of its own over a line that
    opens with the surname ("ANN LEE" / "Lee covers the council"): the
    repetition of the byline's name, not the wording, tells it.
    """
    if last <= first:
        return None
    name = _signed_name(context, first)
    block = context.blocks[last]
    if name is None or not block.text.casefold().startswith(name.casefold() + " "):
        return None
    lines = block.line_texts
    if len(lines) > 1 and lines[0].casefold() == name.casefold():
        after = _after_word(lines[1], name.rsplit(" ", 1)[-1])
    else:
        after = _after_word(block.text, name)
    return last - 1 if after[:1].islower() else None


def _after_word(text: str, words: str) -> str:
    """Return what follows ``words`` opening ``text`` (in any case), or ``""``."""
    if (
        text[: len(words)].casefold() == words.casefold()
        and text[len(words) : len(words) + 1] == " "
    ):
        return text[len(words) + 1 :]
    return ""


def _signed_name(context: ZoneContext, first: int) -> str | None:
    """Return the name of the nearest byline above block ``first`` that gives one, if any."""
    for index in range(first - 1, max(-1, first - 1 - _BYLINE_REACH), -1):
        if context.zone(index) is Zone.BYLINE:
            name = byline_name(context.blocks[index])
            if name is not None and is_name_line(name):
                return name
    return None


# Blocks above the article looked at for its byline.
_BYLINE_REACH = 6
