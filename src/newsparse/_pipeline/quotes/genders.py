"""Genders: whether the article refers to a person as "he" or "she".

Each time a person's surname stands as the subject of a clause, the first
gendered pronoun after it in its paragraph, before anyone else is named,
votes ("Suri ... when she heard"); the majority decides. Others of the
same surname ("Dev Tansley" beside "Priya Tansley") do not vote.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsparse._pipeline.quotes.clause_heads import OBJECT_BEFORE, VERB_NEXT
from newsparse._pipeline.quotes.nameforms import GIVEN, TITLE_SET, ends_word
from newsparse._pipeline.quotes.speech import is_speech_verb
from newsparse._pipeline.quotes.vocabulary import LOWER, NOT_NAMES, UPPER, lazy_pattern

__all__ = ["Vote", "surname_votes", "tally", "vote_gender"]

# A pronoun that tells a person's gender. Matches: "she", "His". The
# pattern opens with a character class, not ``\b``, so the scan can skip to
# each h or s; the lookbehinds then do what ``\b`` and the first letter did.
_GENDERED = lazy_pattern(
    r"[HhSsIi](?<!\w[HhSsIi])(?:(?<=[Hh])(?:e|is|im|imself|er|erself)|(?<=[Ss])he|(?<=[Ii])ts?)\b"
)
_MALE = frozenset(("he", "his", "him", "himself"))
# Someone else named after a name, who the pronouns after it may be about: a
# title, a capitalised pair, or a word that may be a surname.
# Matches: "Dr", "Ann Lee", "Okonjo"
# (The capital comes first, so that the scan can skip to it; the lookbehind
# then does what ``(?<!\w)`` before it would.)
_SOMEONE_ELSE = lazy_pattern(rf"[{UPPER}](?<!\w[{UPPER}])[{LOWER}’'-]+(?: [{UPPER}][{LOWER}])?")
_GIVEN_REACH = 20  # characters before a surname read for a given name
_GENDER_REACH = 250  # characters after a name read for its pronoun


Vote = tuple[str, str]
"""One vote for a surname: the word written just before it, and the pronoun's gender."""


def vote_gender(
    joined: str, surname: str, given: Sequence[str], is_surname: Callable[[str], bool]
) -> str | None:
    """Return "he" or "she" as the pronouns after ``surname`` say, else ``None``.

    "its", or "it" before a verb of saying, after the name votes for a
    body: with no "he" or "she" vote and at least one such vote, the answer
    is "it" ("Harbour Freight … its stores", "… it added").

    Args:
        joined: The article's masked text.
        surname: The person's surname.
        given: The person's given names, to tell others of the surname apart.
        is_surname: Whether a word is the surname of someone the article names.

    Example:
        >>> text = "Ann Lee spoke. Lee said she would stay."
        >>> vote_gender(text, "Lee", ["Ann"], {"Lee"}.__contains__)
        'she'
    """
    return tally(surname_votes(joined, surname, _positions(joined, surname), is_surname), given)


def _positions(joined: str, surname: str) -> list[int]:
    found = []
    at = joined.find(surname)
    while at != -1:
        found.append(at)
        at = joined.find(surname, at + len(surname))
    return found


def surname_votes(
    joined: str, surname: str, positions: Sequence[int], is_surname: Callable[[str], bool]
) -> list[Vote]:
    """Return the votes of the pronouns after a surname, whoever's it is.

    Which of them count for one person depends only on the word before the
    surname (another given name is someone else's), so the votes are read
    once for a surname and :func:`tally` weighs them for each person.

    Args:
        joined: The article's masked text.
        surname: The surname.
        positions: Where ``surname`` stands in ``joined`` (found by ``str.find``).
        is_surname: Whether a word is the surname of someone the article names.
    """
    votes: list[Vote] = []
    length = len(surname)
    for at in positions:
        end = at + length
        if not _subject_here(joined, at, end):
            continue
        limit = joined.find("\n", end, end + _GENDER_REACH)
        limit = min(len(joined), end + _GENDER_REACH) if limit == -1 else limit
        found = _pronoun_after(joined, end, limit)
        # Only a pronoun with nobody else named before it counts.
        if found is None or _someone_else(joined, end, found.start(), is_surname) != found.start():
            continue
        pronoun = found.group().lower()
        before = joined[max(0, at - _GIVEN_REACH) : at].rsplit(None, 1)[-1:]
        kind = "it" if pronoun in ("it", "its") else "he" if pronoun in _MALE else "she"
        if kind == "it" and _names_between(joined, end, found.start()):
            continue  # "Lee plays it down. Ashby may grow, but its …": "its" may be Ashby's
        votes.append((before[0] if before else "", kind))
    return votes


def tally(votes: Sequence[Vote], given: Sequence[str]) -> str | None:
    """Return the gender the votes give a person with the given names ``given``."""
    count = bodies = 0
    for before, kind in votes:
        if given and before and _someone_elses(before, given):
            continue
        if kind == "it":
            bodies += 1
        else:
            count += 1 if kind == "he" else -1
    if not count:
        return "it" if bodies else None
    return "he" if count > 0 else "she"


def _pronoun_after(joined: str, start: int, limit: int) -> re.Match[str] | None:
    """Return the first "he", "she", "its" or "it said" in ``joined[start:limit]``."""
    found = _GENDERED().search(joined, start, limit)
    while found is not None and found.group() in ("it", "It"):
        verb = joined[found.end() + 1 : found.end() + 16].split(" ", 1)[0].rstrip(".,")
        if is_speech_verb(verb):
            return found  # "it said", "it added": a body speaks
        found = _GENDERED().search(joined, found.end(), limit)
    return found


def _names_between(joined: str, start: int, end: int) -> bool:
    """Tell whether a capitalised word other than an opener stands in ``joined[start:end]``.

    Example:
        >>> _names_between("Lee left. Ashby grew, but its", 3, 28)
        True
        >>> _names_between("Lee left. But its", 3, 14)
        False
    """
    for word in joined[start:end].split():
        if word[:1].isupper() and word.strip(".,;:!?") not in NOT_NAMES:
            return True
    return False


def _someone_elses(before: str, given: Sequence[str]) -> bool:
    """Tell whether the word before a surname is another person's given name."""
    return (
        GIVEN().fullmatch(before) is not None
        and before not in given
        and before.rstrip(".") not in TITLE_SET
    )


def _subject_here(joined: str, at: int, end: int) -> bool:
    """Tell whether the surname at ``at`` is a whole word and the subject of a clause."""
    return (
        (at == 0 or not joined[at - 1].isalnum())
        and ends_word(joined, end)
        and VERB_NEXT().match(joined, end) is not None
        and OBJECT_BEFORE().search(joined, max(0, at - 12), at) is None
    )


def _someone_else(joined: str, start: int, end: int, is_surname: Callable[[str], bool]) -> int:
    """Return where the next person is named in ``joined[start:end]``, else ``end``."""
    for match in _SOMEONE_ELSE().finditer(joined, start, end):
        word = match.group().removesuffix("’s").removesuffix("'s")
        if " " in word or word.rstrip(".") in TITLE_SET or is_surname(word):
            return match.start()
    return end
