"""Mentions: the people and bodies a paragraph names, for "he", "she" and "it".

A fast regex finds runs of capitalised words; Python sorts out which name
a person (anywhere, unless after a preposition) or a body (only at the
start of a clause, where it is a subject), and whether each looks like
the subject of its clause. Documents and spokespeople are found after a
determiner at the start of a clause ("a briefing note", "the spokesman").
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import NamedTuple

from newsparse._pipeline.quotes.clause_heads import OBJECT_BEFORE, is_subject
from newsparse._pipeline.quotes.nameforms import (
    TITLE_SET,
    is_person,
    is_role,
    is_role_title,
    modifies_next,
    organisation_like,
)
from newsparse._pipeline.quotes.namephrases import name_span, person_end
from newsparse._pipeline.quotes.passages import MASK
from newsparse._pipeline.quotes.speech import is_speech_verb, looks_finite
from newsparse._pipeline.quotes.vocabulary import (
    NOT_NAMES,
    PERSON_NOUNS,
    SOURCE_NOUNS,
    STARTERS,
    UPPER,
    lazy_pattern,
    words_pattern,
)

__all__ = [
    "NAME_GLUE",
    "RUN",
    "Mention",
    "mentions_in",
]

NAME_GLUE = frozenset(
    ("of", "for", "and", "&", "the", "de", "van", "von", "der", "la", "le", "du", "al")
)
"""Small words that stand between the capitalised words of a name."""


# A run of capitalised words and the small words of names between them,
# found fast for "he", "she" and "it" (the words are sorted out in Python).
# It starts a word: the "Lee" of "anti-Lee" or "McLee" names nobody.
# Matches: "Dr Hal Brenner", "NHB Wales", "Royal Society of Archers"
RUN = lazy_pattern(
    rf"[{UPPER}](?<![\w-][{UPPER}])(?:[\w&-]++|[’'](?!s\b)(?=\w)|\.(?=[{UPPER}]))*+"
    rf"(?:(?: (?:of|for|and|&|the|de|van|von|der|la|le|du|al))*"
    rf" [{UPPER}](?:[\w&-]++|[’'](?!s\b)(?=\w)|\.(?=[{UPPER}]))*+)*"
)

# A determiner and a source noun opening a clause, after its comma, stop,
# semicolon or colon (the opening character first lets the scan skip to it).
# Matches: ", a briefing note", ". The document"
_CLAUSE_SOURCE = lazy_pattern(
    lambda: rf"[,.;:] (?:[Tt]he|[Aa]n?) (?:[\w&’'-]++ ){{0,2}}{words_pattern(SOURCE_NOUNS)}\b"
)
_OPENING_SOURCE = lazy_pattern(
    lambda: rf"(?:[Tt]he|[Aa]n?) (?:[\w&’'-]++ ){{0,2}}{words_pattern(SOURCE_NOUNS)}\b"
)

_AT = attrgetter("at")

# Builds a NamedTuple from its fields in order, without the keyword handling of its
# ``__new__``: about half the cost, on paths taken for every mention, mark or quote.
_new = tuple.__new__


def _no_surnames(word: str) -> bool:
    return False


# What follows one word that names a person: an age or a description.
# Matches the ", 49," of "Lee, 49, said" and the ", a r" of "Lee, a resident"
# or the ", the h" of "Quill, the ferry pilot,"
_DESCRIBED = lazy_pattern(r", (?:\d{1,3},|(?:a|an|the) [a-z])")

# The masked text of a paragraph that is all quote: no name can stand in it.
_FULLY_MASKED = lazy_pattern(rf"[{MASK}.!?\s]*")
# An article opening a sentence, before a lowercase word. Matches: "The b", "A r"
_ARTICLE_OPENING = lazy_pattern(r"(?:The|An?) [a-z]")
_ROLE_REACH = 60  # characters of a sentence's start read for a job and its verb
_ATTRIBUTIVE = frozenset(("the ", "The ", " an ", " a ", "\na "))
_CLAUSE_OPENERS = frozenset((", ", ". ", "; ", ": "))
_SENTENCE_OPENERS = frozenset((". ", "; ", ": "))


class Mention(NamedTuple):
    """A person or body named in the writer's words.

    Attributes:
        passage: The passage it is in.
        at: Its offset in the passage.
        name: The words as written.
        person: True for a person, False for an organisation or document.
        subject: True when it looks like the subject of its clause.
    """

    passage: int
    at: int
    name: str
    person: bool
    subject: bool


def mentions_in(
    index: int, masked: str, is_surname: Callable[[str], bool] = _no_surnames
) -> tuple[Mention, ...]:
    """Return the people and bodies named in a masked paragraph, in order.

    A single capitalised word names a person when ``is_surname`` says
    so (the article named that person in full elsewhere:
    "Reddaway" after "Colm Reddaway"), or when it opens a sentence and a
    description follows it ("Suri, a resident of Westcombe,").

    Example:
        >>> [(m.name, m.person, m.subject) for m in mentions_in(0, "Dr Ann Lee met the NAU.")]
        [('Dr Ann Lee', True, True)]
        >>> [m.name for m in mentions_in(0, "Later, the NAU said no.")]
        ['the NAU']
        >>> [m.name for m in mentions_in(0, "It was Lee who spoke.", {"Lee"}.__contains__)]
        ['Lee']
    """
    if _FULLY_MASKED().fullmatch(masked):
        return ()  # a paragraph of quoted words names nobody in the writer's words
    found: list[Mention] = []
    for match in RUN().finditer(masked):
        start, run = match.start(), match.group()
        if start == 0 and _dateline(masked, run):
            continue  # "PORTHAVEN, March 5 (Wire) -": a place, not a person
        if run.partition(" ")[0] in STARTERS:
            rest = run.split(" ")
            while len(rest) > 1 and (rest[0] in STARTERS or rest[0] in NAME_GLUE):
                start += len(rest.pop(0)) + 1  # "When Lee", "As for Vell": one name
            run = " ".join(rest)
        if " " not in run:
            if run not in NOT_NAMES:  # never a name alone otherwise
                mention = _single_mention(index, masked, start, run, is_surname)
                if mention is not None:
                    found.append(mention)
            continue
        for part_start, part in _split_people(start, run):
            mention = _run_mention(index, masked, part_start, part)
            if mention is not None:
                found.append(mention)
    runs = len(found)
    found += _source_mentions(index, masked)
    if len(found) > runs:
        found.sort(key=_AT)  # the runs come in order; the phrases go among them
    return tuple(found)


def _dateline(masked: str, run: str) -> bool:
    """Tell whether a paragraph opens with a dateline: a place in capitals, then a comma or "(".

    Example:
        >>> _dateline("NEW YORK, May 4 (Wire) - Shares fell.", "NEW YORK")
        True
        >>> _dateline("NAU said no.", "NAU")
        False
    """
    return run.isupper() and len(run) > 1 and masked[len(run) : len(run) + 2] in (", ", " (")


def _single_mention(
    index: int, masked: str, start: int, word: str, is_surname: Callable[[str], bool]
) -> Mention | None:
    """Return the person or body one capitalised word names, if it names one.

    A word shaped like a body's name ("NAU") is never a surname, and a
    person's name after "told" or "in" is an object: either way the
    article need not be searched for the word's fuller forms.
    """
    if not _described(masked, start, word):
        if organisation_like(word):
            return _word_mention(index, masked, start, word)
        if OBJECT_BEFORE().search(masked, max(0, start - 12), start) is not None:
            return None
        if masked[max(0, start - 4) : start] in _ATTRIBUTIVE:
            return None  # "the Lee campaign": a surname that names a thing, not the person
        if not is_surname(word):
            return _speaking_body(index, masked, start, word)
    elif OBJECT_BEFORE().search(masked, max(0, start - 12), start) is not None:
        return None
    return _new(Mention, (index, start, word, True, is_subject(masked, start, len(word))))


def _speaking_body(index: int, masked: str, start: int, word: str) -> Mention | None:
    """Return a body one capitalised word names as the speaker opening a clause: "Acme said".

    A speaker the article never names in full as a person is a body.
    """
    if start and masked[start - 2 : start] not in _CLAUSE_OPENERS:
        return None
    verb = masked[start + len(word) + 1 : start + len(word) + 16].split(" ", 1)[0].rstrip(",.;:")
    if masked[start + len(word) : start + len(word) + 1] != " " or not is_speech_verb(verb):
        return None
    return _new(Mention, (index, start, word, False, True))


def _source_mentions(index: int, masked: str) -> list[Mention]:
    """Return the documents and spokespeople a paragraph names at a clause's start."""
    found = []
    opening = _OPENING_SOURCE().match(masked)
    if opening is not None:
        found.append(_source_mention(index, masked, 0, opening.group()))
    for match in _CLAUSE_SOURCE().finditer(masked):
        name = match.group()[2:]
        # A job after a comma is mostly a name's description: "Ann Lee, the chair,".
        if match.group()[0] == "," and name.rpartition(" ")[2] in PERSON_NOUNS:
            continue
        found.append(_source_mention(index, masked, match.start() + 2, name))
    found += _speaking_roles(index, masked)
    return found


def _speaking_roles(index: int, masked: str) -> list[Mention]:
    """Return the people a sentence opens with by their job and a verb of saying.

    "The builder says …", "A retired nurse told …": a description the
    article may refer back to with "he" or "she".
    """
    found = []
    for match in _ARTICLE_OPENING().finditer(masked):
        start = match.start()
        if start and masked[start - 2 : start] != ". ":
            continue
        words = masked[start : start + _ROLE_REACH].split(" ", 5)
        for count in range(1, min(4, len(words) - 1)):
            word = words[count]
            if not word.isalpha() or not word.islower() or looks_finite(word):
                break  # "The deal binds together": a verb, so no job opens the sentence
            if is_role(word) and is_speech_verb(words[count + 1].rstrip(",:")):
                name = " ".join(words[: count + 1])
                if name.rpartition(" ")[2] not in PERSON_NOUNS:  # those are found above
                    found.append(Mention(index, start, name, person=True, subject=True))
                break
    return found


def _source_mention(index: int, masked: str, start: int, name: str) -> Mention:
    person = name.rpartition(" ")[2] in PERSON_NOUNS
    return _new(Mention, (index, start, name, person, is_subject(masked, start, len(name))))


def _described(masked: str, start: int, word: str) -> bool:
    """Tell whether ``word`` opens a sentence and a person's description follows it."""
    if start and masked[start - 2 : start] not in _SENTENCE_OPENERS:
        return False
    if word in NOT_NAMES or word.isupper() or not word[1:].islower():
        return False
    return _DESCRIBED().match(masked, start + len(word)) is not None


def _split_people(start: int, run: str) -> list[tuple[int, str]]:
    """Split "Mr Ian Coxon and Mrs Joy Pettifer" in two; keep "Parks and Leisure Services" whole."""
    parts = run.split(" and ")
    if len(parts) == 1 or not all(is_person(part) for part in parts):
        return [(start, run)]
    split = []
    for part in parts:
        split.append((start, part))
        start += len(part) + len(" and ")
    return split


def _word_mention(index: int, masked: str, start: int, word: str) -> Mention | None:
    """Return the body one capitalised word names, if it names one.

    The quick path of :func:`_run_mention` for the commonest run: one
    word is never a person's name there (no title, no second word), so it
    names a body at most ("NAU", not "Tenants" or "However"), and only at the
    start of a clause.
    """
    if word in NOT_NAMES or not organisation_like(word):
        return None
    name = word
    if masked[max(0, start - 4) : start] in ("the ", "The "):
        start, name = start - 4, "the " + word
    if start and masked[start - 2 : start] not in _CLAUSE_OPENERS:
        return None
    return _new(Mention, (index, start, name, False, is_subject(masked, start, len(name))))


def _run_mention(index: int, masked: str, start: int, run: str) -> Mention | None:
    """Return the person or body a capitalised run names, if it names one."""
    if _names_nobody(masked, start, run):
        return None
    opens_clause = start == 0 or masked[start - 2 : start] in _CLAUSE_OPENERS
    start, words, titled = _trimmed_run(start, run.split(" "))
    if not words:
        return None
    name = " ".join(words)
    end = start + len(name)  # a person's verb comes after the run: "Ann Lee of Ashby said"
    if len(words) > 2 and not is_person(name):
        start, name = _person_in(start, words, name)  # "CEO Ann Lee", "Ann Lee of Ohio"
    if is_person(name):
        if titled is None and OBJECT_BEFORE().search(masked, max(0, start - 12), start) is not None:
            return None
        subject = is_subject(masked, start, end - start)
        return _new(Mention, (index, start, name, True, subject))
    if masked[max(0, start - 4) : start] in ("the ", "The "):
        start, name = start - 4, "the " + name
        opens_clause = start == 0 or masked[start - 2 : start] in _CLAUSE_OPENERS
    if not (opens_clause and organisation_like(name)):
        return None
    subject = is_subject(masked, start, len(name))
    return _new(Mention, (index, start, name, False, subject))


def _person_in(start: int, words: list[str], name: str) -> tuple[int, str]:
    """Return the person a run ends with, past a job or a possessive, before "of" and a place.

    "Former Acme CEO Ann Lee" names Ann Lee, "Sen. Ann Lee of Ohio" Sen. Ann Lee,
    "Secretary of Trade Ann Lee" Ann Lee;
    a run with no person in it is returned as it is.
    """
    span = name_span(words)
    if span is not None and span[0] > 0:
        person = " ".join(words[span[0] : span[1]])
        if is_person(person):
            return start + sum(len(word) + 1 for word in words[: span[0]]), person
    if "of" in words:
        cut = person_end(words, 0, len(words))
        if 1 < cut < len(words):
            return start, " ".join(words[:cut])
        role = next((i for i, word in enumerate(words) if is_role_title(word)), len(words))
        if role < len(words) - 3 and words[role + 1] == "of":
            # "Secretary of Trade Ann Lee": the job's field, then the person's name
            person = " ".join(words[-2:])
            if is_person(person):
                return start + len(name) - len(person), person
    return start, name


def _names_nobody(masked: str, start: int, run: str) -> bool:
    """Tell whether a capitalised run is plainly no name of a person or a body."""
    if " " not in run and (run in NOT_NAMES or not organisation_like(run)):
        return True  # one word names a body at most: "NAU", not "Tenants" or "However"
    if modifies_next(masked, start + len(run)):
        return True  # "Former Harbour mayor Ann Lee": the run is the name's modifiers
    if run.rpartition("-")[2].islower():
        return True  # "The Harbour-based": an adjective of the noun after it, no name
    # "of No Pupil Left Out": capitalised mid-sentence, the word is the name's
    return start > 1 and masked[start - 2].islower() and run.split(" ", 1)[0] in NOT_NAMES


def _trimmed_run(start: int, words: list[str]) -> tuple[int, list[str], int | None]:
    """Drop the words around a run's name: openers and glue before it, words before a title."""
    while words and (words[0] in NOT_NAMES or words[0] in NAME_GLUE):
        start += len(words.pop(0)) + 1
    titled = _title_index(words)
    if titled:
        start += sum(len(word) + 1 for word in words[:titled])
        words = words[titled:]
    while words and words[-1] in NAME_GLUE:
        words.pop()
    return start, words, titled


def _title_index(words: list[str]) -> int | None:
    """Return where the first title stands among ``words``, if one does."""
    for position, word in enumerate(words):
        if word.rstrip(".") in TITLE_SET:
            return position
    return None
