"""What a name looks like: a person's or a body's, with a title, a gender.

Small predicates on a name as written, shared by the mention finder
(:mod:`.mentions`) and the name book (:mod:`.names`).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from newsparse._pipeline.quotes.vocabulary import (
    FEMALE_TITLES,
    LOWER,
    MALE_TITLES,
    NOT_NAMES,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    PLACE_WORDS,
    ROLE_WORDS,
    SOURCE_NOUNS,
    STARTERS,
    TITLES,
    UPPER,
    lazy_pattern,
)

__all__ = [
    "GIVEN",
    "TITLE_SET",
    "ends_word",
    "find_word",
    "form_at",
    "form_before",
    "gender_of",
    "is_person",
    "is_role",
    "is_role_title",
    "modifies_next",
    "name_score",
    "organisation_like",
    "split_person",
    "strip_starters",
]

_PARTICLES = frozenset(("van", "von", "der", "den", "de", "da", "del", "la", "le", "du", "al"))

TITLE_SET = frozenset(TITLES)
# Endings of adjectives of peoples and places, which open no person's name: "Danish", "Maltese".
_ADJECTIVE_ENDINGS = ("ish", "ese")
"""The titles of people's names, without dots."""

_PERSON_TOKEN = rf"[{UPPER}][{LOWER}’'][{UPPER}{LOWER}’'-]*"

# A given name or an initial. Matches: "Richard", "J."
GIVEN = lazy_pattern(rf"[{UPPER}](?:[{LOWER}’'-]+|\.)")

# Two or three capitalised words as people's names are written, an initial
# between them. Matches: "Nell Fairbrook", "Mary O’Hallor", "Ann B. Lee"; not "NHB Wales"
_PLAIN_PERSON = lazy_pattern(rf"{_PERSON_TOKEN}(?:\s+(?:[{UPPER}]\.\s+)?{_PERSON_TOKEN}){{1,2}}")


def strip_starters(name: str) -> str:
    """Drop the sentence openers in front of a name ("Meanwhile NHB Wales").

    Example:
        >>> strip_starters("And Meanwhile NHB Wales"), strip_starters("The NAU")
        ('NHB Wales', 'the NAU')
    """
    words = name.split(" ")
    while len(words) > 1 and words[0] in STARTERS:
        words.pop(0)
    if words[0] == "The":
        words[0] = "the"
    return " ".join(words)


@functools.lru_cache(maxsize=4096)
def is_person(name: str) -> bool:
    """Tell whether ``name`` reads as a person's rather than a body's.

    Example:
        >>> is_person("Dr Brenner"), is_person("Nell Fairbrook"), is_person("NHB Wales")
        (True, True, False)
    """
    words = name.split()
    if not words:
        return False
    if words[0].rstrip(".") in TITLE_SET or words[-1] in PERSON_NOUNS:
        return True
    if any(word in _PARTICLES for word in words[1:-1]):
        words = [word for word in words if word not in _PARTICLES]  # "Bram van der Kolk"
        name = " ".join(words)
    return (
        _PLAIN_PERSON().fullmatch(name) is not None
        and words[0] not in NOT_NAMES
        and not words[0].endswith(_ADJECTIVE_ENDINGS)
        and not any(word in ORGANISATION_WORDS or word in PLACE_WORDS for word in words)
    )


@functools.lru_cache(maxsize=8192)
def gender_of(name: str) -> str | None:
    """Return "he" or "she" when the title of ``name`` says, else ``None``.

    Example:
        >>> gender_of("Mrs Ann Lee"), gender_of("Dr Ann Lee")
        ('she', None)
    """
    title = name.split(" ", 1)[0].rstrip(".")
    if title in MALE_TITLES:
        return "he"
    return "she" if title in FEMALE_TITLES else None


@functools.lru_cache(maxsize=8192)
def organisation_like(name: str) -> bool:
    """Tell whether a capitalised run names a body: "NHB Wales", "the NAU"; not "Tenants"."""
    if name.startswith("the ") or " " in name:
        return name.split()[-1] not in NOT_NAMES
    return (name.isupper() and len(name) > 1) or name in ORGANISATION_WORDS


def find_word(text: str, words: str) -> int:
    """Return where ``words`` first occur in ``text`` as whole words, or -1.

    Example:
        >>> find_word("Leeson and Lee", "Lee")
        11
    """
    at = text.find(words)
    while at != -1 and not (
        (at == 0 or not text[at - 1].isalnum()) and ends_word(text, at + len(words))
    ):
        at = text.find(words, at + 1)
    return at


def ends_word(text: str, at: int) -> bool:
    """Tell whether a word of a name ends at offset ``at`` of ``text``."""
    return at >= len(text) or not (text[at].isalnum() or text[at] in "&-")


_ROLE_SET = frozenset(word.lower() for word in ROLE_WORDS)
_SOURCE_SET = frozenset(SOURCE_NOUNS) - PERSON_NOUNS
# Endings of nouns for people by what they do: "cartoonist", "spokeswoman", "goalkeeper".
_AGENT_ENDINGS = ("ist", "man", "woman", "person", "er", "or", "ian", "eer")
_NOT_AGENTS = frozenset((
    "other", "another", "order", "paper", "number", "water", "letter", "matter", "corner",
    "power", "after", "over", "under", "never", "ever", "however", "whether", "rather",
    "either", "neither", "for", "nor", "or", "per", "her", "their", "our", "your", "later",
    "sooner", "better", "further", "former", "latter", "center", "border", "error", "door",
    "floor", "major", "minor", "moment", "statement", "government", "department", "comment",
    "agreement", "event", "percent", "recent", "current", "different", "important", "human",
    "woman", "man", "german", "roman", "plan", "can", "than", "then", "when", "even",
    "ancient", "parent", "patient", "client", "agent", "silent", "urgent", "meant", "want",
    "plant", "giant", "want", "grant", "vacant", "pleasant", "significant", "relevant",
))  # fmt: skip


@functools.lru_cache(maxsize=8192)
def is_role(word: str) -> bool:
    """Tell whether a lowercase word names a job or role ("chair", "cartoonist").

    Known jobs, and nouns for people by what they do (-ist, -er, -or, -man …).

    Example:
        >>> [is_role(w) for w in ("chair", "cartoonist", "goalkeeper", "paper", "blue")]
        [True, True, True, False, False]
    """
    lower = word.lower()
    if "-" not in lower:  # the common case, spared the split
        return lower in _ROLE_SET or (
            lower not in _SOURCE_SET
            and len(lower) > 4
            and lower not in _NOT_AGENTS
            and lower.endswith(_AGENT_ENDINGS)
        )
    for part in lower.split("-"):
        if part in _ROLE_SET:
            return True
        if part in _SOURCE_SET:
            return False
        if len(part) > 4 and part not in _NOT_AGENTS and part.endswith(_AGENT_ENDINGS):
            return True
    return False


def is_role_title(word: str) -> bool:
    """Tell whether a capitalised word in a name is a job ("Secretary-Treasurer", "Coach").

    Only known jobs count: a capitalised word ending like "Baker" may be a name.

    Example:
        >>> is_role_title("Secretary-Treasurer"), is_role_title("Baker")
        (True, False)
    """
    lower = word.lower()
    if "-" not in lower:
        return lower in _ROLE_SET
    return any(part in _ROLE_SET for part in lower.split("-"))


def name_score(title: str | None, given: Sequence[str]) -> tuple[int, bool]:
    return len(given), title is not None


def split_person(name: str) -> tuple[str | None, list[str], str]:
    words = name.split()
    title = words[0] if words[0].rstrip(".") in TITLE_SET and len(words) > 1 else None
    return title, words[1 if title else 0 : -1], words[-1]


def form_before(head: str) -> tuple[str | None, list[str]]:
    """Return the title and given names that end ``head``, just before a surname.

    Capitalised words that belong to something else ("Committee" in "Harbour
    Committee Richard Lee") end the given names.
    """
    words = head.rsplit(None, 3)[-3:] if head[-1:].isspace() else []
    given: list[str] = []
    for word in reversed(words):
        if word.rstrip(".") in TITLE_SET:
            return word, given
        if len(given) == 2 or GIVEN().fullmatch(word) is None:
            break
        if word in ORGANISATION_WORDS or word in STARTERS or word.lower() in _ROLE_SET:
            break
        if word.endswith(("’s", "'s")):
            break  # a possessive: "Westcombe’s Night porters"
        given.insert(0, word)
    return None, given


_MODIFIED_REACH = 40  # characters after a run read for the job and name it modifies
_FORM_REACH = 60  # characters before a surname read for its title and given names


def modifies_next(text: str, end: int) -> bool:
    """Tell whether a job and a capitalised word follow a run: " mayor Ann", " deputy mayor Ann".

    One lowercase word may stand before the job ("Former Harbour *assistant* coach Ann").

    Example:
        >>> modifies_next("Former Harbour mayors Ann Lee and Tom Vell", 14)
        True
        >>> modifies_next("Former Harbour assistant coach Ann Lee", 14)
        True
    """
    rest = text[end : end + _MODIFIED_REACH].split(" ", 4)
    if len(rest) < 3 or rest[0] or not rest[1].islower():
        return False
    if rest[2][:1].isupper():
        return _job_word(rest[1])
    return len(rest) > 3 and rest[3][:1].isupper() and rest[2].islower() and _job_word(rest[2])


def _job_word(word: str) -> bool:
    return is_role(word) or (word.endswith("s") and is_role(word[:-1]))


def form_at(text: str, at: int, length: int) -> tuple[str | None, list[str]] | None:
    """Return the title and given names written before the surname at ``at``, if any.

    The surname must be a whole word after a space, with a capitalised word
    or a title before it ("the Lee" is no form), and must end its run: a
    body's or a place's word after it (``the Westmarch Dairy Board``), or a
    job and a name (``Former Ruritanian mayors Ann Lee``), make the run no
    person's name.

    Example:
        >>> form_at("Dr Ann Lee spoke.", 7, 3), form_at("the Lee Trust", 4, 3)
        (('Dr', ['Ann']), None)
    """
    end = at + length
    if at == 0 or text[at - 1] != " " or not ends_word(text, end):
        return None
    low = at - _FORM_REACH if at > _FORM_REACH else 0
    space = text.rfind(" ", low, at - 1)
    previous = text[space + 1 if space >= low else low : at - 1]
    if previous and previous.isprintable() and not previous[0].isupper():
        return None  # the word before is no title and no given name: spared the split
    if _body_follows(text, end) or modifies_next(text, end):
        return None
    newline = text.rfind("\n", low, at)  # a name's form is read within its paragraph
    form = form_before(text[newline + 1 if newline != -1 else low : at])
    return form if form[0] or form[1] else None


def _body_follows(text: str, end: int) -> bool:
    """Tell whether a body's or a place's word goes on with the run that ends at ``end``."""
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
        return False
    following = text[end + 1 : end + 20].split(" ", 1)[0].rstrip(".,;:!?’'")
    return following in ORGANISATION_WORDS or following in PLACE_WORDS
