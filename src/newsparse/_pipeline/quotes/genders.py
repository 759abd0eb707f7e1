"""Genders: whether the article refers to a person as "he" or "she".

Each time a person's surname stands as the subject of a clause, the first
gendered pronoun after it in its paragraph, before anyone else is named,
votes ("Suri ... when she heard"); the majority decides. Others of the
same surname ("Dev Tansley" beside "Priya Tansley") do not vote.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsparse._pipeline.quotes.mentions import OBJECT_BEFORE, VERB_NEXT
from newsparse._pipeline.quotes.nameforms import GIVEN, TITLE_SET, ends_word
from newsparse._pipeline.quotes.speech import is_speech_verb
from newsparse._pipeline.quotes.vocabulary import LOWER, UPPER, lazy_pattern

__all__ = ["vote_gender"]

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
_SOMEONE_ELSE = lazy_pattern(rf"(?<!\w)[{UPPER}][{LOWER}’'-]+(?: [{UPPER}][{LOWER}])?")
_GIVEN_REACH = 20  # characters before a surname read for a given name
_GENDER_REACH = 250  # characters after a name read for its pronoun


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
    votes = bodies = 0
    at = joined.find(surname)
    while at != -1:
        end = at + len(surname)
        if _votes_here(joined, at, end, given):
            limit = joined.find("\n", end, end + _GENDER_REACH)
            limit = min(len(joined), end + _GENDER_REACH) if limit == -1 else limit
            found = _pronoun_after(joined, end, limit)
            # Only a pronoun with nobody else named before it counts.
            if found is not None and _someone_else(joined, end, found.start(), is_surname) == (
                found.start()
            ):
                pronoun = found.group().lower()
                if pronoun in ("it", "its"):
                    bodies += 1
                else:
                    votes += 1 if pronoun in _MALE else -1
        at = joined.find(surname, end)
    if not votes:
        return "it" if bodies else None
    return "he" if votes > 0 else "she"


def _pronoun_after(joined: str, start: int, limit: int) -> re.Match[str] | None:
    """Return the first "he", "she", "its" or "it said" in ``joined[start:limit]``."""
    found = _GENDERED().search(joined, start, limit)
    while found is not None and found.group() in ("it", "It"):
        verb = joined[found.end() + 1 : found.end() + 16].split(" ", 1)[0].rstrip(".,")
        if is_speech_verb(verb):
            return found  # "it said", "it added": a body speaks
        found = _GENDERED().search(joined, found.end(), limit)
    return found


def _votes_here(joined: str, at: int, end: int, given: Sequence[str]) -> bool:
    """Tell whether the surname at ``at`` is this person's, as the subject of a clause."""
    before = joined[max(0, at - _GIVEN_REACH) : at].rsplit(None, 1)[-1:]
    someone_else = bool(
        given
        and before
        and GIVEN().fullmatch(before[0])
        and before[0] not in given
        and before[0].rstrip(".") not in TITLE_SET
    )
    return (
        not someone_else
        and (at == 0 or not joined[at - 1].isalnum())
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
