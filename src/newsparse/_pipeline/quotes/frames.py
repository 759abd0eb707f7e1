"""Frames: what the cue rules share, the pieces of a speech frame.

A cue is made of a speaker as written and its verb; the plain subjects
("she", "Ann Lee", "the report") that the commonest cues have are read
without tokens.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse._pipeline.quotes.clauses import Token
from newsparse._pipeline.quotes.context import Cue
from newsparse._pipeline.quotes.nameforms import TITLE_SET, is_role_title
from newsparse._pipeline.quotes.namephrases import Phrase
from newsparse._pipeline.quotes.speech import AUXILIARIES, PARTICLES, PASSIVES, is_speech_verb
from newsparse._pipeline.quotes.vocabulary import NOT_NAMES, SPEECH_VERBS

__all__ = ["KNOWN_VERBS", "VERB_CANDIDATES", "make_cue", "plain_subject", "verb_words"]


KNOWN_VERBS = frozenset(SPEECH_VERBS)


# Builds a NamedTuple from its fields in order, without the keyword handling of its
# ``__new__``: about half the cost, on paths taken for every mark or quote.
_new = tuple.__new__
_PLAIN_PRONOUNS = frozenset(("he", "she", "He", "She"))
_PLACE_DETERMINERS = frozenset(("a", "an", "the", "his", "her", "its", "their", "our"))


_PLAIN_DETERMINERS = frozenset(("the", "The", "a", "A", "an", "An"))


def make_cue(phrase: Phrase | None, verb: str | None, passage: int, rule: str) -> Cue | None:
    if phrase is None:
        return None
    return _new(Cue, (verb, phrase.text, passage, phrase.start, rule))


def verb_words(found: Sequence[Token], verb: int, end: int) -> str:
    """Return the verb as written, with its particle ("said", "chimed in")."""
    word = found[verb].text
    if verb + 1 < end and found[verb + 1].text in PARTICLES and not is_speech_verb(word):
        if verb + 2 < end and found[verb + 2].text.lower() in _PLACE_DETERMINERS:
            return word  # "state in their letter": a place, no particle
        return f"{word} {found[verb + 1].text}"
    return word


def plain_subject(words: Sequence[str], last: str) -> bool:
    """Tell whether ``words`` are a plain subject the token readers would read the same.

    "he" or "she"; one to three capitalised words, the first may be a title
    ("Gov. Ann Lee", "O’Hallor"); or "the", "a" or "an" and one or two
    plain words ("the report", "the Times").
    """
    if last.count(",") + last.count(".") > 1 or not words:
        return False
    first = words[0]
    if len(words) == 1 and first in _PLAIN_PRONOUNS:
        return True
    if first in _PLAIN_DETERMINERS:
        return 1 < len(words) <= 3 and all(_plain_noun_word(word) for word in words[1:])
    if first in NOT_NAMES or (first.endswith(".") and first[:-1] not in TITLE_SET):
        return False
    return all(_plain_name_word(word) for word in words[1 if first.endswith(".") else 0 :])


def _plain_noun_word(word: str) -> bool:
    """Tell whether ``word`` may be a plain word of a description: no verb, no adverb."""
    return (
        word.isalpha()
        and word not in AUXILIARIES
        and word not in PASSIVES
        and not (word.endswith("ly") and word not in ("family", "ally"))
        and word != "only"
    )


def _plain_name_word(word: str) -> bool:
    """Tell whether ``word`` is a capitalised word of a name, no job: "Lee", "O’Hallor"."""
    letters = word if word.isalpha() else word.replace("’", "").replace("'", "").replace("-", "")
    return (
        letters.isalpha()
        and word[0].isupper()
        and not word.isupper()
        and not is_role_title(word)
        and word not in NOT_NAMES
    )


VERB_CANDIDATES = frozenset((*SPEECH_VERBS, "according", "According"))
"""Words that may credit a quote wherever they stand before it."""
