"""Name phrases: a speaker as written, and the name in it with its modifiers dropped.

A name is the last capitalised run of a phrase, cut after a job or a
possessive and at a title ("Harbourside Coach Ned O’Hallor" gives "Ned
O’Hallor", "Texas Sen. Ann Lee" gives "Sen. Ann Lee"); a description
speaks when its head is a job, a body, a document or a group.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from newsparse._pipeline.quotes.nameforms import TITLE_SET, is_person, is_role, is_role_title
from newsparse._pipeline.quotes.vocabulary import (
    GROUP_NOUNS,
    NOT_NAMES,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    PLACE_WORDS,
    SOURCE_NOUNS,
)

__all__ = [
    "DETERMINERS",
    "GLUE",
    "PRONOUNS",
    "Phrase",
    "capitalised",
    "document_owner",
    "name_in",
    "name_span",
    "name_word",
    "person_end",
    "speaker_like",
]

_OWNER = frozenset(("of", "for", "at", "from", "with", "in", "on", "by"))


PRONOUNS = frozenset(("he", "she", "it", "they"))


DETERMINERS = frozenset((
    "the", "a", "an", "this", "these", "those", "one", "another", "some", "many", "several",
    "most", "both", "each", "his", "her", "its", "their", "our", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "no", "every", "either", "neither", "few",
    "other", "such", "my", "your",
))  # fmt: skip
"""Words that open a description ("*the* council leader", "*a* spokeswoman")."""


# Small words that stand between the capitalised words of a name.
GLUE = frozenset((
    "of", "for", "and", "&", "the", "de", "da", "del", "van", "von", "der", "den", "la", "le",
    "du", "al", "bin", "ibn", "y", "di", "dos", "das",
))  # fmt: skip


_SPEAKING_NOUNS = frozenset((*SOURCE_NOUNS, *PERSON_NOUNS, *GROUP_NOUNS))


_POSSESSIVE_ENDS = ("’s", "'s", "’", "'")


class Phrase(NamedTuple):
    """A speaker as written, and where it starts in the text it was read from."""

    text: str
    start: int


def speaker_like(phrase: Phrase) -> bool:
    """Tell whether a phrase can stand for someone who speaks, by its shape and head noun.

    A pronoun, a name, or a description whose head is a job, a body, a
    document or a group ("the council leader", "a statement", "critics").
    Open-class verbs need a speaker of this kind, as their frame is weaker.

    Example:
        >>> [speaker_like(Phrase(t, 0)) for t in ("she", "Ann Lee", "the chair", "the most of all")]
        [True, True, True, False]
    """
    words = phrase.text.split()
    if words[0].lower() in PRONOUNS or words[0][:1].isupper():
        return True
    if len(words) == 2 and words[0] == "the" and capitalised(words[1]):
        return True  # a body or a people by name: "the Guild", "the Saudis"
    head = words[-1].lower()
    for index, word in enumerate(words[1:], 1):
        if word in _OWNER:
            head = words[index - 1].lower()
            if _names_owner(words[index + 1 : index + 3]):
                return True  # "an editorial in The Ashby Post": the paper speaks through it
            break
    singular = head[:-1] if head.endswith("s") else head
    return (
        is_role(head) or is_role(singular) or head in _SPEAKING_NOUNS or singular in _SPEAKING_NOUNS
    )


_DOCUMENT_OWNERS = frozenset(("in", "from", "by", "of", "on"))


def document_owner(text: str) -> str | None:
    """Return the name behind a described document: "a statement from Acme Ltd." gives "Acme Ltd.".

    Only a description ("a", "an", "the" and no name before the preposition)
    whose head is no person ("a spokesman for Acme" is a person).

    Example:
        >>> document_owner("an editorial in The Ashby Post"), document_owner("a spokesman for Acme")
        ('The Ashby Post', None)
    """
    words = text.split()
    if len(words) < 3 or words[0].lower() not in ("a", "an", "the"):
        return None
    for index, word in enumerate(words[1:], 1):
        if capitalised(word) and word not in PLACE_WORDS:
            return None  # a name, not a day, before it: "the Acme report from …"
        if word in _DOCUMENT_OWNERS:
            head = words[index - 1].lower()
            named = words[index + 1 :]
            if is_role(head) or head in PERSON_NOUNS or not _names_owner(named[:2]):
                return None
            return " ".join(named) if all(name_word(w) or w in GLUE for w in named) else None
    return None


def _names_owner(words: Sequence[str]) -> bool:
    """Tell whether the words after "in", "from" or "by" open a name: "The Ashby Post", "Acme"."""
    if words and words[0] in ("the", "The"):
        words = words[1:]
    return bool(words) and capitalised(words[0])


def capitalised(word: str) -> bool:
    return word[:1].isupper() and word not in NOT_NAMES


def name_word(word: str) -> bool:
    """Tell whether ``word`` can stand in a capitalised run of a name."""
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isalpha() for c in word))


def name_in(words: Sequence[str]) -> str | None:
    """Return the name a run of capitalised words ends with, its modifiers dropped.

    A job or a possessive ends the modifiers ("Harbour Guild Secretary Ann
    Lee", "the Guild’s Ann Lee"); a title starts the name ("Ore. Sen. Ann
    Lee"); a body's name stays whole ("Royal Society of Archers").

    Example:
        >>> name_in(["Harbourside", "Coach", "Ned", "O’Hallor"])
        'Ned O’Hallor'
        >>> name_in(["Texas", "Sen.", "Ann", "Lee"]), name_in(["Royal", "Society", "of", "Archers"])
        ('Sen. Ann Lee', 'Royal Society of Archers')
    """
    span = name_span(words)
    return None if span is None else " ".join(words[span[0] : span[1]])


def name_span(words: Sequence[str]) -> tuple[int, int] | None:
    """Return where the name in ``words`` starts and ends (see :func:`name_in`)."""
    start = 0
    for index, word in enumerate(words[:-1]):
        if word.endswith(_POSSESSIVE_ENDS) and not word.endswith("s’"):
            start = index + 1  # "the Guild’s Ann Lee"
        elif word.rstrip(".") in TITLE_SET:
            start = index
        elif is_role_title(word) or (
            word in ORGANISATION_WORDS and _person_tail(words[index + 1 :])
        ):
            start = index + 1
    end = len(words)
    while start < end and words[start] in GLUE:
        start += 1
    while end > start and words[end - 1] in GLUE:
        end -= 1
    return (start, end) if end > start else None


def person_end(words: Sequence[str], start: int, end: int) -> int:
    """Return where a person's name in ``words[start:end]`` ends: before "of" and a place.

    Example:
        >>> words = "Ann Lee of the Harbour Trust".split()
        >>> person_end(words, 0, len(words)), person_end(["Royal", "Society", "of", "Arts"], 0, 4)
        (2, 4)
    """
    if "of" in words[start:end]:
        cut = words.index("of", start)
        if start < cut < end and is_person(" ".join(words[start:cut])):
            return cut
    return end


def _person_tail(words: Sequence[str]) -> bool:
    """Tell whether ``words`` are two or three capitalised words and nothing else."""
    return 2 <= len(words) <= 3 and all(
        word[:1].isupper() and word[1:2].islower() and word not in ORGANISATION_WORDS
        for word in words
    )
