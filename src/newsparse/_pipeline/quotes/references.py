"""References: what a description, an acronym or a place-like name refers to.

Pure functions over the article's text that :class:`~.names.NameBook`
uses: the source phrase "the report" refers back to ("a briefing note"),
the words an acronym shortens ("NHB Wales" for "NHBW"), the head noun of a
description, whether the article writes a name as a place.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse._pipeline.quotes.nameforms import ends_word
from newsparse._pipeline.quotes.vocabulary import SOURCE_NOUNS, lazy_pattern

__all__ = [
    "TITLE_ROLES",
    "head_noun",
    "indefinite_source",
    "names_after_the",
    "place_starts",
    "possessive_phrase",
    "spelled_out",
    "written_as_place",
]


_OWNERS = frozenset(("of", "for", "at", "from", "with", "in", "on"))


_ACRONYM_GLUE = frozenset(("of", "for", "and", "&", "the"))


_SOURCE_SET = frozenset(SOURCE_NOUNS)


_INDEFINITE_REACH = 120  # characters after "a" read for a source phrase


TITLE_ROLES = {
    "Sen": "senator", "Senator": "senator", "Rep": "representative", "Gov": "governor",
    "Governor": "governor", "President": "president", "Dr": "doctor", "Prof": "professor",
    "Professor": "professor", "Judge": "judge", "Mayor": "mayor", "Cllr": "councillor",
    "Councillor": "councillor", "Gen": "general", "Lt": "lieutenant", "Col": "colonel",
    "Capt": "captain", "Sgt": "sergeant", "Rev": "reverend", "Rabbi": "rabbi",
}  # fmt: skip


# A word that leads into a place, after a space (a literal first: the
# scan skips from space to space; a sentence opens with a capital anyway).
# Matches: " in ", " across "
_PLACE_LEAD = lazy_pattern(r" (?:in|at|near|across|throughout|around) ")


def indefinite_source(text: str, at: int) -> tuple[str, str] | None:
    """Read the indefinite source phrase at ``at`` and its noun: "an audit by the trust".

    The noun is a source noun within three words of "a"/"an"; an owner
    ending in a source noun may follow ("by the city’s health team").

    Example:
        >>> indefinite_source("so an audit by the city’s health team found", 3)
        ('an audit by the city’s health team', 'audit')
    """
    words = text[at : at + _INDEFINITE_REACH].split(" ")
    found = None
    for index in range(1, min(4, len(words))):
        noun = words[index].rstrip(",.;:")
        if noun in _SOURCE_SET:
            found = index  # the last noun wins: "a briefing note"
        if noun != words[index]:
            break
    if found is None:
        return None
    noun = words[found].rstrip(",.;:")
    if noun != words[found]:
        return " ".join([*words[:found], noun]), noun
    owner = _owner_end(words, found + 1)
    return " ".join(words[: owner or found + 1]).rstrip(",.;:"), noun


def _owner_end(words: Sequence[str], at: int) -> int | None:
    """Return where an owner "by the … team" after a source noun ends, if one does."""
    if at + 2 > len(words) or words[at] not in _ACRONYM_GLUE | {"by", "at", "from"}:
        return None
    if words[at + 1] not in ("the", "a", "an"):
        return None
    for index in range(at + 2, min(at + 6, len(words))):
        word = words[index].rstrip(",.;:")
        if word in _SOURCE_SET:
            return index + 1
    return None


def spelled_out(acronym: str, words: Sequence[str]) -> str | None:
    """Return the words of a capitalised run that ``acronym`` shortens, if they spell it.

    Each letter is a capitalised word ("NAU": "National Anglers Union"),
    or the acronym starts with an acronym ("NHBW": "NHB Wales"); small
    words may stand between ("Royal College of Nursing").

    Example:
        >>> spelled_out("NHBW", ["Staff", "at", "NHB", "Wales"])
        'NHB Wales'
        >>> spelled_out("RCN", ["Royal", "College", "of", "Nursing"])
        'Royal College of Nursing'
    """
    for start, first in enumerate(words):
        if first[:1] != acronym[0] or first in _ACRONYM_GLUE:
            continue
        if 1 < len(first) < len(acronym) and first.isupper() and acronym.startswith(first):
            # "NHB Wales": the run opens with a shorter acronym
            end = _spells(words, start + 1, acronym[len(first) :], glue_first=True)
        else:
            end = _spells(words, start, acronym)
        if end is not None:
            return " ".join(words[start:end])
    return None


def _spells(
    words: Sequence[str], start: int, letters: str, *, glue_first: bool = False
) -> int | None:
    """Return where the words from ``start`` end when their initials are ``letters``."""
    index, wanted = start, 0
    while index < len(words) and wanted < len(letters):
        word = words[index]
        if word in _ACRONYM_GLUE and (wanted or glue_first):
            index += 1
            continue
        if word[:1] != letters[wanted] or not word[1:2].islower():
            return None
        wanted += 1
        index += 1
    return index if wanted == len(letters) else None


def head_noun(words: Sequence[str]) -> str:
    """Return the head noun of a description: its last word before an owner.

    Example:
        >>> head_noun("a spokeswoman for the trust".split()), head_noun(["the", "senator"])
        ('spokeswoman', 'senator')
    """
    for index, word in enumerate(words[1:], 1):
        if word in _OWNERS:
            return words[index - 1].lower()
    return words[-1].lower().strip(",.")


def names_after_the(words: Sequence[str]) -> bool:
    """Tell whether "the" opens a name ("the Royal Society"), not a description."""
    return words[0].lower() == "the" and all(w[:1].isupper() or w in _OWNERS for w in words[1:])


def place_starts(text: str) -> dict[str, list[int]]:
    """Index where a word follows "in", "at", "near" and the like, by its first two characters.

    Example:
        >>> place_starts("Born in Ashby, at 9.")
        {'As': [8], '9.': [18]}
    """
    starts: dict[str, list[int]] = {}
    for match in _PLACE_LEAD().finditer(text):
        at = match.end()
        starts.setdefault(text[at : at + 2], []).append(at)
    return starts


def written_as_place(
    text: str, starts: dict[str, list[int]], name: str, *, lead_at: bool = True
) -> bool:
    """Tell whether ``text`` writes ``name`` right after a place's lead, whole, no possessive.

    The name must be the whole capitalised run there: "in Lee Park" makes a
    place of "Lee Park", not of "Lee".

    Args:
        text: The text ``starts`` indexes.
        starts: :func:`place_starts` of ``text``.
        name: The name looked for.
        lead_at: Whether "at" leads a place.

    Example:
        >>> text = "Born in Ashby, and at Ashby’s mill."
        >>> written_as_place(text, place_starts(text), "Ashby")
        True
        >>> text = "Born in Ashby Vale."
        >>> written_as_place(text, place_starts(text), "Ashby")
        False
    """
    for at in starts.get(name[:2], ()) if len(name) > 1 else ():
        end = at + len(name)
        if (
            text.startswith(name, at)
            and ends_word(text, end)
            and text[end : end + 2] not in ("’s", "'s")
            and not (text[end : end + 1] == " " and text[end + 1 : end + 2].isupper())
            and (lead_at or text[at - 3 : at] != "at ")
        ):
            return True  # not "in Lee Park": the place is the whole capitalised run
    return False


def possessive_phrase(name: str) -> bool:
    """Tell whether ``name`` is an owner and a lowercase noun: "Ann Lee’s campaign"."""
    owner, _, noun = name.rpartition(" ")
    return noun[:1].islower() and owner.endswith(("’s", "'s", "s’"))
