"""What a title looks like and which words it shares with its article: the scores' ground.

A title is a line of two to thirty words that opens with a capital, does
not end like a sentence, holds no date, does not open like a byline, is no
row of links and is not closed by a search box (:func:`title_words`); it
names what the article is about, so it shares words with the article's
opening (:func:`shared_words`, :func:`title_score`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from newsparse._dates import find_datetime
from newsparse._page import TextBlock
from newsparse._pipeline.zones.neighbours import BYLINE_OPENING, LINK_TRAIL
from newsparse._pipeline.zones.shapes import PICTURE_LINE, is_link_row

__all__ = [
    "SENTENCE_END",
    "Opening",
    "could_be_title",
    "links_to_a_post",
    "opening_of",
    "score_words",
    "shared_words",
    "title_score",
    "title_words",
]

# Characters of the article's opening that a title is compared with (about
# three hundred words); the first fifty words or so count twice (a title
# names what the first sentences are about).
_OPENING_CHARS = 2000
_LEAD_CHARS = 350
# Words shorter than this say little when shared ("the", "and", "for");
# words this long or longer are looked for without their last letter.
_CONTENT_CHARS = 4
_STEMMED_CHARS = 6
_WORD = re.compile(r"\w+")
# Every date the date reader finds holds a digit.
_DIGIT = re.compile(r"\d")
# What opens or closes a link to another post: "« Older post | Main | Newer post »", "← Previous"
_POST_LINK_OPENERS = frozenset("«‹←")
_POST_LINK_CLOSERS = frozenset("»›→")
# A quotation in guillemets, which hug the words they quote: «Like this».
_QUOTATION = re.compile(r"«[^\s«»][^«»]*[^\s«»]»")
# A form's text field as a text browser prints it, padded with spaces: "[Search      ]".
_TEXT_FIELD = re.compile(r"\[[^\]]*  \]")
# Characters that end a sentence or a label; a title seldom ends in one of them.
SENTENCE_END = frozenset(".:;,")


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
    words = title_words(block)
    return (
        None
        if words is None
        else score_words(block.text, words, shared_words(words, opening.text), opening)
    )


def score_words(text: str, words: list[str], shared: list[str], opening: Opening) -> float:
    """Score a title of ``words`` whose words ``shared`` the opening holds (see title_score)."""
    score = float(len(shared) + sum(_stem(word) in opening.lead for word in shared))
    if 3 <= len(words) <= 20:
        score += 1.0
    elif len(words) > 20:
        score /= 2
    if text[-1] in SENTENCE_END:
        score -= 0.5 + score / 2
    if text[0].islower():
        score -= 2.0
    return score


def shared_words(words: list[str], opening: str) -> list[str]:
    """Return the distinct words of four letters or more that ``opening`` holds.

    A word counts wherever the opening holds it ("vote" in "voted" too); a
    word of six letters or more, when the opening holds it without its last
    letter: "storms" in "storm", and so an inflected form in any language
    that ends its words with their inflection.
    """
    return [word for word in set(words) if len(word) >= _CONTENT_CHARS and _stem(word) in opening]


def _stem(word: str) -> str:
    """Return what of ``word`` the opening must hold: a long word without its last letter."""
    return word if len(word) < _STEMMED_CHARS else word[:-1]


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
    if not text or links_to_a_post(text):
        return False
    if BYLINE_OPENING.match(text) or is_link_row(block) or _closed_by_text_field(block):
        return False
    return len(LINK_TRAIL.findall(text)) < 2


def links_to_a_post(text: str) -> bool:
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


def title_words(block: TextBlock) -> list[str] | None:
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
