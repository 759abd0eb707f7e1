"""Which block above an article is its title: the evidence the headline rule weighs.

Between a site's menus and the article's first paragraph a page prints its
headline, and around it a byline, a date, a picture with its caption and
credit, share buttons, a section label. The title is the block there that
reads most like one (:func:`title_score`):

- its shape: a line of two to thirty words that opens with a capital, does
  not end like a sentence, holds no date, does not open like a byline
  ("By", "Posted"), is no row of links and is not closed by a search box;
- the words it shares with the opening of the article (a title names what
  the article is about; a menu, a credit or a share button does not);
- a byline or a date line beside it: under it (a news page), or over it
  when the article follows at once (a blog's date header);
- its neighbours: a title between two titles of other articles is a teaser
  in a list of them, not the headline;
- its distance from the article (up to forty blocks above it; a run of
  share buttons printed one a block counts as one).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from newsparse._dates import find_datetime
from newsparse._page import TextBlock
from newsparse._pipeline.zones.shapes import PICTURE_LINE, is_link_row
from newsparse.adapters import ZoneContext
from newsparse.models import Zone

__all__ = [
    "BYLINE_OPENING",
    "Opening",
    "best_title",
    "byline_like",
    "could_be_title",
    "opening_of",
    "title_score",
]

# Blocks above the article that are scored as its title (teaser lists and
# share bars can stand between the headline and the article).
_WINDOW = 40
# Characters of the article's opening that a title is compared with (about
# three hundred words); the first fifty words or so count twice (a title
# names what the first sentences are about).
_OPENING_CHARS = 2000
_LEAD_CHARS = 350
# Words shorter than this say little when shared ("the", "and", "for").
_CONTENT_CHARS = 4
# What a byline or a date line beside a block adds to its score.
_BYLINE_BONUS = 2.0
# What each block between a candidate and the article takes off its score.
_DISTANCE_COST = 0.2
# What being one of a list of titles (teasers of other articles) costs; the
# nearest text blocks looked at, up to this many blocks away, and the words
# a sibling title has at least.
_TITLE_LIST_COST = 3.0
_TITLE_LIST_REACH = 3
_TITLE_LIST_WORDS = 5
# Words of the article's opening that make a title one of its own, not of another article.
_SHARED_BY_SIBLING = 2
# What follows a title in a copy of the page's title: "Title - …", "Title | Site".
_TITLE_SEPARATOR = re.compile(r" (?:[-–—|:]) ")
# A trail of links ending with a block's text, up to this many blocks above it: its bonus.
_TRAIL_REACH = 3
_TRAIL_BONUS = 2.0
# The least score a title needs.
_LEAST_SCORE = 2.0
# A title over its deck: the block just above the best one wins when it
# scores this share of the best and is no longer.
_DECK_SHARE = 0.7
_WORD = re.compile(r"\w+")
# Every date the date reader finds holds a digit.
_DIGIT = re.compile(r"\d")
#: matches "By Ann Lee", "Posted by ann", "Written by", "Posted on", "Published":
#: a byline or a date line, not a title
BYLINE_OPENING = re.compile(r"^(?:by|posted|written|published|updated|filed)\b", re.IGNORECASE)
# What opens or closes a link to another post: "« Older post | Main | Newer post »", "← Previous"
_POST_LINK_OPENERS = frozenset("«‹←")
_POST_LINK_CLOSERS = frozenset("»›→")
# matches the separators of a trail of links: "Home / News", "Home » News", "A | B"
_TRAIL = re.compile(r" [/»›>|] ")
# Characters that end a sentence or a label; a title seldom ends in one of them.
_SENTENCE_END = frozenset(".:;,")
# A quotation in guillemets, which hug the words they quote: «Like this».
_QUOTATION = re.compile(r"«[^\s«»][^«»]*[^\s«»]»")
# A form's text field as a text browser prints it, padded with spaces: "[Search      ]".
_TEXT_FIELD = re.compile(r"\[[^\]]*  \]")
# A byline is a short line.
_BYLINE_CHARS = 200


class Opening(NamedTuple):
    """The text an article opens with, in small letters: its first 2,000 characters, and 350."""

    text: str
    lead: str


def opening_of(texts: Iterable[str]) -> Opening:
    """Return the opening of an article, in small letters, from its first paragraphs.

    Example:
        >>> opening_of(["The council met.", "It voted."]).lead
        'the council met. it voted.'
    """
    found: list[str] = []
    size = 0
    for text in texts:
        found.append(text)
        size += len(text) + 1
        if size >= _OPENING_CHARS:
            break
    opening = " ".join(found)[:_OPENING_CHARS].lower()
    return Opening(opening, opening[:_LEAD_CHARS])


def title_score(block: TextBlock, opening: Opening) -> float | None:
    """Score how much a block reads like the title of an article that opens with ``opening``.

    ``None`` when it cannot be one: longer than two lines or 300 characters,
    more than thirty words, one word of fewer than four letters or in small
    letters, a date in it, a byline's
    opening, a link to another post, links set side by side by gaps, a trail
    of links ("Home / News / Sport").
    Otherwise the number of its words of four letters or more that the
    article's opening holds, those in its first fifty words or so counted twice;
    plus one for a title's length (three to twenty words), halved when
    longer; less half and a half for a sentence's end, two for a small
    letter first (a tagline, a caption).

    Example:
        >>> from newsparse._page import Line
        >>> def block(text):
        ...     return TextBlock((Line.of(1, text),))
        >>> opening = opening_of(["The town council voted to close the old library."])
        >>> title_score(block("Council votes to close library"), opening)
        7.0
        >>> title_score(block("By Ann Lee, May 4, 2012"), opening) is None
        True
    """
    words = _title_words(block)
    return (
        None if words is None else _score(block.text, words, _shared(words, opening.text), opening)
    )


def _score(text: str, words: list[str], shared: list[str], opening: Opening) -> float:
    """Score a title of ``words`` whose words ``shared`` the opening holds (see title_score)."""
    score = float(len(shared) + sum(word in opening.lead for word in shared))
    if 3 <= len(words) <= 20:
        score += 1.0
    elif len(words) > 20:
        score /= 2
    if text[-1] in _SENTENCE_END:
        score -= 0.5 + score / 2
    if text[0].islower():
        score -= 2.0
    return score


def _shared(words: list[str], opening: str) -> list[str]:
    """Return the distinct words of four letters or more that ``opening`` holds."""
    # A word counts wherever the opening holds it: "vote" in "voted" too.
    return [word for word in set(words) if len(word) >= _CONTENT_CHARS and word in opening]


def could_be_title(block: TextBlock) -> bool:
    """Tell whether a block is no link to another post, row or trail of links, byline or form.

    Example:
        >>> from newsparse._page import Line
        >>> [could_be_title(TextBlock((Line.of(1, text),)))
        ...  for text in ("Catharsis", "« Older post | Main | Newer post »", "By Ann Lee",
        ...               "Home / Style / Finding your style")]
        [True, False, False, False]
    """
    text = block.text
    if not text or _links_to_a_post(text):
        return False
    if BYLINE_OPENING.match(text) or is_link_row(block) or _closed_by_text_field(block):
        return False
    return len(_TRAIL.findall(text)) < 2


def _links_to_a_post(text: str) -> bool:
    """Tell whether a text opens or closes with a link arrow ("« Older post", "Newer post »").

    Guillemets that hug a quotation ("Model: «I am not afraid»") are no arrows.
    """
    if text[0] in _POST_LINK_OPENERS and _QUOTATION.match(text) is None:
        return True
    return text[-1] in _POST_LINK_CLOSERS and _QUOTATION.search(text) is None


def _closed_by_text_field(block: TextBlock) -> bool:
    """Tell whether the block's last line holds a form's text field ("[Search      ] [Go]").

    A site's header (its name, its tagline, a search box) closes with its
    form; a search box printed just above a title opens the title's block.
    """
    return _TEXT_FIELD.search(block.lines[-1].raw) is not None


def _title_words(block: TextBlock) -> list[str] | None:
    """Return the words of a block shaped like a title, in small letters; else None."""
    text = block.text
    if len(block.lines) > 2 or not 0 < len(text) <= 300 or block.bullet is not None:
        return None
    words = _WORD.findall(text.lower())
    if not 1 <= len(words) <= 30 or PICTURE_LINE.match(text) or not could_be_title(block):
        return None
    if len(words) == 1 and (len(words[0]) < _CONTENT_CHARS or not text[0].isupper()):
        return None  # one word: a name ("Catharsis"), not a label ("Go", "menu")
    if _DIGIT.search(text) is not None and find_datetime(text) is not None:
        return None
    return words


def best_title(context: ZoneContext, start: int, read_opening: Callable[[], Opening]) -> int | None:
    """Return the unlabelled block above block ``start`` that scores best as the title, if any.

    The blocks up to :data:`_WINDOW` above ``start`` are scored, each with
    the bonus of a byline beside it and the cost of its distance; a block
    just above the best one that scores nearly as well and is no longer is
    the title over its deck; a block whose text opens the best one's, a
    separator after it ("Title - a line about it | Site", the page's title
    copied into a picture's text), is the title. A lone block shaped like a
    title right above the article is its title unscored (``read_opening``, which reads the
    article's opening, is then not called).
    """
    scored: list[tuple[float, int]] = []
    known: dict[int, bool] = {}

    def bylines(index: int) -> bool:
        found = known.get(index)
        if found is None:
            found = known[index] = byline_like(context, index)
        return found

    window = range(max(0, start - _WINDOW), start)
    shaped = {
        index: words
        for index in window
        if context.unlabelled(index) and (words := _title_words(context.blocks[index])) is not None
    }
    if len(shaped) == 1 and _nearest_text(context, start) in shaped:
        return next(iter(shaped))
    opening = read_opening()
    distances = _distances(context, window, start)
    # The titles of the window, and those of other articles: five words or
    # more, few of them in the article's opening.
    titled = {index: (words, _shared(words, opening.text)) for index, words in shaped.items()}
    others = {
        index
        for index, (words, shared) in titled.items()
        if len(words) >= _TITLE_LIST_WORDS and len(shared) < _SHARED_BY_SIBLING
    }
    for index, (words, shared) in titled.items():
        score = _score(context.blocks[index].text, words, shared, opening)
        score += _byline_near(context, index, start, bylines)
        score += _trail_ends_with(context, index)
        score -= _DISTANCE_COST * distances[index]
        if _in_title_list(context, others, index):
            score -= _TITLE_LIST_COST
        if score >= _LEAST_SCORE:
            scored.append((score, index))
    if not scored:
        return None
    best_score, best = max(scored)
    best_text = context.blocks[best].text
    for score, index in scored:
        text = context.blocks[index].text
        if index == _previous_text(context, best) and (
            score >= _DECK_SHARE * best_score and len(text) <= len(best_text)
        ):
            return index  # the title over its deck
    for index in shaped:
        text = context.blocks[index].text
        if (
            index != best
            and _TITLE_SEPARATOR.match(best_text, len(text))
            and best_text.startswith(text)
        ):
            return index  # "Title - a line about it | Site": a copy of the page's title
    return best


def _distances(context: ZoneContext, window: range, start: int) -> dict[int, int]:
    """Return how many blocks stand between each block of ``window`` and block ``start``.

    A run of buttons (a share bar printed item by item: "• Print", "• Email")
    counts as one block: ten share buttons put a title no farther away than one.
    """
    found: dict[int, int] = {}
    distance = 0
    for index in range(start - 1, window.start - 1, -1):
        found[index] = distance
        if index == 0 or not (
            _button(context.blocks[index]) and _button(context.blocks[index - 1])
        ):
            distance += 1
    return found


def _button(block: TextBlock) -> bool:
    """Tell whether a block is one bulleted item of a few words ("• Share", "• Print")."""
    return (
        block.bullet is not None and len(block.lines) == 1 and block.text.count(" ") < _BUTTON_WORDS
    )


# A button's label has fewer words than this.
_BUTTON_WORDS = 3


def _trail_ends_with(context: ZoneContext, index: int) -> float:
    """Return a bonus when a trail of links just above block ``index`` ends with its text.

    "You are here: Home » Recipes » Noodlecakes" over "Noodlecakes": the
    trail names the page it leads to.
    """
    text = context.blocks[index].text
    for above in range(index - 1, max(-1, index - 1 - _TRAIL_REACH), -1):
        trail = context.blocks[above].text
        if len(_TRAIL.findall(trail)) >= 2 and _TRAIL.split(trail)[-1].strip() == text:
            return _TRAIL_BONUS
    return 0.0


def _nearest_text(context: ZoneContext, start: int) -> int:
    """Return the nearest block above ``start`` but pictures and byline or promo blocks (or -1)."""
    index = start - 1
    while index >= 0 and (
        context.zone(index) in (Zone.BYLINE, Zone.PROMO)
        or PICTURE_LINE.match(context.blocks[index].text)
    ):
        index -= 1
    return index


def _in_title_list(context: ZoneContext, others: set[int], index: int) -> bool:
    """Tell whether block ``index`` is one of a list of titles (other articles' teasers).

    It is when both the nearest unlabelled text block above it and the
    nearest below are titles of other articles (``others``): a headline
    stands among a byline, a label, its deck and pictures, not among the
    headlines of other articles.
    """
    siblings = 0
    for step in (-1, 1):
        near = index + step
        while 0 <= near < len(context.blocks) and abs(near - index) <= _TITLE_LIST_REACH:
            block = context.blocks[near]
            if context.unlabelled(near) and block.text and not PICTURE_LINE.match(block.text):
                siblings += near in others
                break
            near += step
    return siblings == 2


def _previous_text(context: ZoneContext, index: int) -> int:
    """Return the nearest block above ``index`` that holds more than pictures (-1: none)."""
    above = index - 1
    while above >= 0 and PICTURE_LINE.match(context.blocks[above].text):
        above -= 1
    return above


def _byline_near(
    context: ZoneContext, index: int, start: int, bylines: Callable[[int], bool]
) -> float:
    """Return a bonus when a byline or a date line goes with block ``index``.

    It does when it stands just under the block (a news page's byline), or
    just over a block that the article follows at once (a blog's date
    header over its post's title). ``bylines`` tells whether a block is one.
    """
    for below in range(index + 1, min(start, index + 3)):
        if bylines(below):
            return _BYLINE_BONUS
    above = _previous_text(context, index)
    if above >= 0 and _previous_text(context, start) == index and bylines(above):
        return _BYLINE_BONUS
    return 0.0


def byline_like(context: ZoneContext, index: int) -> bool:
    """Tell whether block ``index`` is a byline or a date line.

    It is when a rule labelled it ``byline``, or when no rule labelled it and
    it is short and opens like a byline ("By Ann Lee", "Posted on") or holds
    a date.
    """
    label = context.labels[index]
    if label is not None:
        return label.zone is Zone.BYLINE
    text = context.blocks[index].text
    if len(text) > _BYLINE_CHARS:
        return False
    if BYLINE_OPENING.match(text) is not None:
        return True
    return _DIGIT.search(text) is not None and find_datetime(text) is not None
