r"""The words articles are written in: text no line pattern of a built-in adapter reacts to.

The strategies here are the pieces :func:`~newsparse.testing.articles` draws
from; each shrinks towards its first, shortest choice:

- ``words``: one word, common or invented; shrinks to "the".
- ``titles``: two to eight title-cased words; shrinks to "The The".
- ``paragraph_texts``: one to three sentences of four to fourteen words,
  each ending with a period; shrinks to "The the the the.".
- ``comment_paragraph_texts``: one to three lines joined by ``"\n"``, each
  one or two sentences or a short phrase; shrinks to "The the the the.".
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from hypothesis import strategies as st

from newsparse._pipeline.comments.lines import link_run_start
from newsparse.adapters import BUILTIN_ADAPTERS

__all__ = [
    "capitalised",
    "comment_paragraph_texts",
    "no_label_run",
    "not_boilerplate",
    "paragraph_texts",
    "titles",
    "words",
]

# Ordinary words that no line pattern of a built-in adapter reacts to:
# no "reply", "comments", "read", "by", "said", "copyright" and the like.
_WORDS = (
    "the", "a", "of", "and", "to", "in", "was", "is", "for", "on", "with", "that", "it",
    "at", "from", "as", "an", "their", "new", "after", "over", "under", "council", "plans",
    "river", "bridge", "school", "budget", "village", "market", "rain", "storm", "town",
    "water", "road", "centre", "board", "members", "week", "year", "morning", "evening",
    "team", "project", "funding", "hospital", "ward", "doctors", "nurses", "patients",
    "practice", "network", "contract", "health", "care", "staff", "workload", "winter",
    "summer", "train", "station", "museum", "library", "garden", "festival", "harbour",
    "farmers", "wheat", "prices", "energy", "costs", "residents", "families", "children",
    "teachers", "lessons", "exams", "opened", "closed", "agreed", "rejected", "approved",
    "delayed", "raised", "cut", "extended", "reviewed", "announced", "planned", "expected",
    "large", "small", "early", "late", "busy", "quiet", "national", "regional", "annual",
    "final", "first", "second", "three", "many", "few", "this", "these", "would", "could",
    "will", "may", "not", "yet", "still", "again", "only", "also", "between", "before",
)  # fmt: skip
_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"


def _line_patterns() -> tuple[Callable[[str], object], ...]:
    fields = (
        *("signatures", "site_header", "promo", "comments_heading", "comment_noise"),
        *("pagination", "comment_form", "footer", "byline"),
    )
    return tuple(
        pattern.search
        for adapter in BUILTIN_ADAPTERS.values()
        for field in fields
        for pattern in getattr(adapter, field)
    )


_LINE_PATTERNS = _line_patterns()


def not_boilerplate(text: str) -> bool:
    """Whether no line pattern of a built-in adapter finds anything in ``text``."""
    return not any(search(text) for search in _LINE_PATTERNS)


def _invented_words() -> tuple[str, ...]:
    syllables = [consonant + vowel for consonant in _CONSONANTS for vowel in _VOWELS]
    rng = random.Random(1960)  # fixed, so that examples replay across runs
    return tuple(
        "".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))) for _ in range(400)
    )


# One draw per word keeps generation fast; invented words add variety.
words = st.sampled_from(_WORDS + _invented_words())


def capitalised(word: str) -> str:
    """Return ``word`` with its first letter upper case."""
    return word[:1].upper() + word[1:]


def no_label_run(paragraphs: Sequence[str]) -> bool:
    """Leave out the text the parser takes for a sidebar after the last comment.

    Four short lines without a sentence end in a row read as a link list
    (see docs/comments.md, "Known limits").
    """
    return link_run_start("\n".join(paragraphs).split("\n")) is None


@st.composite
def _sentences(draw: st.DrawFn) -> str:
    chosen = draw(st.lists(words, min_size=4, max_size=14))
    if draw(st.booleans()):
        comma = draw(st.integers(0, len(chosen) - 2))
        chosen[comma] += ","
    return capitalised(" ".join(chosen)) + "."


titles = st.lists(words, min_size=2, max_size=8).map(
    lambda chosen: " ".join(capitalised(word) for word in chosen)
)
paragraph_texts = (
    st.lists(_sentences(), min_size=1, max_size=3).map(" ".join).filter(not_boilerplate)
)
_short_phrases = st.lists(words, min_size=1, max_size=3).map(
    lambda chosen: capitalised(" ".join(chosen))
)
_comment_lines = st.one_of(
    st.lists(_sentences(), min_size=1, max_size=2).map(" ".join), _short_phrases
)
comment_paragraph_texts = (
    st.lists(_comment_lines, min_size=1, max_size=3).map("\n".join).filter(not_boilerplate)
)
