"""Which block above an article is its title: the evidence the headline rule weighs.

Between a site's menus and the article's first paragraph a page prints its
headline, and around it a byline, a date, a picture with its caption and
credit, share buttons, a section label. The title is the block there that
reads most like one (:func:`~.title_words.title_score` scores its shape and
words):

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
  share buttons printed one a block counts as one);
- the page's address, when the caller gives it: a title that holds half
  the words of its slug or more ("/storm-hits-coast") is the page's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import NamedTuple

from newsparse._pipeline.zones.address import slug_share, slug_words
from newsparse._pipeline.zones.neighbours import (
    byline_like,
    byline_near,
    distances,
    in_title_list,
    nearest_text,
    previous_text,
    signed_title,
    trail_ends_with,
)
from newsparse._pipeline.zones.repeats import printed_twice, quoted_elsewhere
from newsparse._pipeline.zones.title_words import (
    SENTENCE_END,
    Opening,
    score_words,
    shared_words,
    title_words,
)
from newsparse.adapters import ZoneContext

__all__ = ["Scored", "Title", "best_title"]

# Blocks above the article that are scored as its title (teaser lists and
# share bars can stand between the headline and the article).
_WINDOW = 40
# A title signed by the byline under it ("By Ann Lee") is looked for up to
# this many blocks above the article, and its distance costs nothing: a news
# page may print a video player, a playlist or teasers between its signed
# title and the article.
_SIGNED_WINDOW = 80
# What each block between a candidate and the article takes off its score.
_DISTANCE_COST = 0.2
# What being one of a list of titles (teasers of other articles) costs; the
# nearest text blocks looked at, up to this many blocks away, and the words
# a sibling title has at least.
_TITLE_LIST_COST = 3.0
_TITLE_LIST_WORDS = 5
# Words of the article's opening that make a title one of its own, not of another article.
_SHARED_BY_SIBLING = 2
# What follows a title in a copy of the page's title: "Title - …", "Title | Site".
_TITLE_SEPARATOR = re.compile(r" (?:[-–—|:]) ")
# What a title printed twice on the page adds to its score (see :mod:`.repeats`).
_REPEAT_BONUS = 1.5
# A deck under its title's byline ("Title / By Ann Lee / date / Deck / article"):
# the deck has at least this many words, and the title above the byline
# fewer words than the deck and this many of the opening's.
_DECK_WORDS = 10
_TITLE_OVER_BYLINE_SHARED = 2
# A deck right under its title, no byline between them, has at least this many words.
_LONE_DECK_WORDS = 15
# What a title that another line of the page quotes adds ("3 thoughts on “Title”").
_QUOTED_BONUS = 3.0
# A title holding this share of the words of the page's address's slug
# ("/storm-hits-coast") gets that share of this bonus (see :mod:`.address`).
_SLUG_SHARE = 0.5
_SLUG_BONUS = 12.0
# The least score a title needs.
_LEAST_SCORE = 2.0
# A title over its deck: the block just above the best one wins when it
# scores this share of the best and is no longer.
_DECK_SHARE = 0.7


def best_title(
    context: ZoneContext, start: int, read_opening: Callable[[], Opening]
) -> Title | None:
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
    window = range(max(0, start - _WINDOW), start)
    shaped = {
        index: words
        for index in window
        if context.unlabelled(index) and (words := title_words(context.blocks[index])) is not None
    }
    signed = {
        index: words
        for index in range(max(0, start - _SIGNED_WINDOW), start)
        if context.unlabelled(index)
        and signed_title(context, index)
        and (words := title_words(context.blocks[index])) is not None
    }
    if signed.keys() - shaped.keys():
        shaped.update(signed)
        window = range(min(shaped), start)
    if len(shaped) == 1 and nearest_text(context, start) in shaped:
        return Title(
            next(iter(shaped)), "the only block shaped like a title, right above the article"
        )
    opening = read_opening()
    scored = _scored_titles(context, shaped, window, start, opening, signed.keys())
    if not scored:
        return None
    best, reason = _title_of(context, scored, shaped)
    over = _title_over_deck(context, best, shaped, opening)
    return Title(best, reason) if over is None else over


class Title(NamedTuple):
    """The block found to be the title, and why."""

    block: int
    reason: str


def _scored_titles(
    context: ZoneContext,
    shaped: dict[int, list[str]],
    window: range,
    start: int,
    opening: Opening,
    signed: Collection[int],
) -> list[Scored]:
    """Return the score of each title-shaped block that scores at least the least score.

    A title signed by the byline under it (``signed``) pays no distance.
    """
    known: dict[int, bool] = {}

    def bylines(index: int) -> bool:
        found = known.get(index)
        if found is None:
            found = known[index] = byline_like(context, index)
        return found

    apart = distances(context, window, start)
    # The titles of the window, and those of other articles: five words or
    # more, few of them in the article's opening.
    titled = {index: (words, shared_words(words, opening.text)) for index, words in shaped.items()}
    others = {
        index
        for index, (words, shared) in titled.items()
        if len(words) >= _TITLE_LIST_WORDS and len(shared) < _SHARED_BY_SIBLING
    }
    twice = printed_twice(context.blocks, titled)
    quoted = quoted_elsewhere(context.blocks, titled)
    slug = slug_words(None if context.page is None else context.page.url)
    scored: list[Scored] = []
    for index, (words, shared) in titled.items():
        text = context.blocks[index].text
        terms = [(_WORDS_TERM, score_words(text, words, shared, opening))]
        terms += _named_elsewhere(text, slug, twice=index in twice, quoted=index in quoted)
        if beside := byline_near(context, index, start, bylines):
            terms.append((_BYLINE_TERM, beside))
        if trail := trail_ends_with(context, index):
            terms.append((_TRAIL_TERM, trail))
        if index not in signed and apart[index]:
            terms.append((_DISTANCE_TERM, -_DISTANCE_COST * apart[index]))
        if in_title_list(context, others, index):
            terms.append((_LIST_TERM, -_TITLE_LIST_COST))
        score = sum(value for _, value in terms)
        if score >= _LEAST_SCORE:
            scored.append(Scored(score, index, tuple(terms)))
    return scored


def _named_elsewhere(
    text: str, slug: frozenset[str], *, twice: bool, quoted: bool
) -> list[tuple[str, float]]:
    """Return the terms of what else names a title: the page's address, a copy, a quotation."""
    terms = []
    if slug and (spelt := slug_share(text, slug)) >= _SLUG_SHARE:
        terms.append((_SLUG_TERM, _SLUG_BONUS * spelt))
    if twice and text[-1] not in SENTENCE_END:
        terms.append((_TWICE_TERM, _REPEAT_BONUS))
    if quoted:
        terms.append((_QUOTED_TERM, _QUOTED_BONUS))
    return terms


# What each term of a title's score stands for, in `newsparse explain --why`.
_WORDS_TERM = "its words"
_TWICE_TERM = "printed twice"
_QUOTED_TERM = "quoted on the page"
_BYLINE_TERM = "a byline beside it"
_TRAIL_TERM = "a trail of links ends with it"
_DISTANCE_TERM = "distance"
_LIST_TERM = "among other articles' titles"
_SLUG_TERM = "the page's address spells it"


class Scored(NamedTuple):
    """A block's score as a title, and the terms it adds up (what each stands for, its value)."""

    score: float
    block: int
    terms: tuple[tuple[str, float], ...]

    def reason(self) -> str:
        """Say what the score is made of.

        Example:
            >>> Scored(5.0, 3, (("its words", 5.2), ("distance", -0.2))).reason()
            'title score 5.0: its words +5.2, distance -0.2'
        """
        terms = ", ".join(f"{name} {value:+.1f}" for name, value in self.terms)
        return f"title score {self.score:.1f}: {terms}"


def _title_over_deck(
    context: ZoneContext, deck: int, shaped: dict[int, list[str]], opening: Opening
) -> Title | None:
    """Return the title over a deck, right over it or over the byline under it, if any.

    A news page may print its title, the byline and date under it, then
    the deck, then the article; or the title right over its deck. The deck,
    a long line about the article, scores best; the title is the shorter
    block over it (a byline or date between them, or the deck fifteen
    words or more), about the article too.
    """
    words = shaped[deck]
    if len(words) < _DECK_WORDS:
        return None
    above = previous_text(context, deck)
    crossed = 0
    while above >= 0 and byline_like(context, above):
        above, crossed = previous_text(context, above), crossed + 1
    title = shaped.get(above)
    if title is None or len(title) >= len(words):
        return None
    if not crossed and len(words) < _LONE_DECK_WORDS:
        return None
    if len(shared_words(title, opening.text)) < _TITLE_OVER_BYLINE_SHARED:
        return None
    if crossed:
        return Title(above, "the title over its byline, over a long deck that scored best")
    return Title(above, "the title right over a long deck that scored best")


def _title_of(
    context: ZoneContext, scored: list[Scored], shaped: dict[int, list[str]]
) -> tuple[int, str]:
    """Return the best-scoring block, the title over it (its deck) or the copy it opens; and why."""
    best = max(scored)
    best_text = context.blocks[best.block].text
    for score, index, _ in scored:
        text = context.blocks[index].text
        if index == previous_text(context, best.block) and (
            score >= _DECK_SHARE * best.score and len(text) <= len(best_text)
        ):
            return (
                index,
                f"the title over its deck (title score {score:.1f}, the deck's {best.score:.1f})",
            )
    for index in shaped:
        text = context.blocks[index].text
        if (
            index != best.block
            and _TITLE_SEPARATOR.match(best_text, len(text))
            and best_text.startswith(text)
        ):
            return index, "opens a copy of the page's title (“Title - … | Site”) that scored best"
    return best.block, best.reason()
