"""Subjects: the speaker as written next to a speech verb.

The cue rules (:mod:`.cues`) find a speech verb; this module reads who
stands before it ("Dr Brenner said", "a briefing note issued after the meeting
said", "he added") or, as a pattern, after it ("said Dr Lee"). Names are
read by walking back over words, which is cheaper than a regex that must
be tried at every capital.
"""

from __future__ import annotations

import re

from newsparse._pipeline.quotes.nameforms import is_person
from newsparse._pipeline.quotes.passages import MASK
from newsparse._pipeline.quotes.vocabulary import (
    AUXILIARIES,
    GROUP_NOUNS,
    NAME_PATTERN,
    NOT_NAMES,
    OWNER_PATTERN,
    PRONOUNS,
    SOURCE_NOUNS,
    STARTERS,
    TITLES,
    UPPER,
    lazy_pattern,
    words_pattern,
)

__all__ = [
    "DETERMINED_PATTERN",
    "clean_subject",
    "strip_auxiliaries",
    "subject_before",
    "subject_pattern",
]

_PRONOUN = r"(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\b"
_SOURCE = words_pattern(SOURCE_NOUNS)
# A plural group: "campaigners", "local parents"; not "what campaigners".
_PREPOSITIONS = (
    "to",
    "from",
    "by",
    "with",
    "for",
    "of",
    "in",
    "on",
    "at",
    "among",
    "told",
    "asked",
)
_GROUP = (
    r"(?:(?!(?:what|which|that|the|an?|and|or|of|to|as|by|with|for|from|in|on|at)\s|\w+ing\s)"
    rf"[\w’'-]++\s++)?{words_pattern(GROUP_NOUNS)}\b"
)
# Up to two words before a bare noun: "public health". Possessive (``++``), as
# a word or a space is never given back: what follows cannot start with one.
_BARE = r"(?:[\w&’'-]++\s++){0,2}"
DETERMINED_PATTERN = (
    rf"(?:[Tt]he|[Aa]n?)\s+(?:[\w&’'-]++\s++){{0,3}}{_SOURCE}\b"
    rf"(?:\s+{OWNER_PATTERN}(?:the\s+)?{NAME_PATTERN}"
    rf"|\s+{OWNER_PATTERN}(?:the|an?)\s+(?:[\w&’'-]++\s++){{0,3}}{_SOURCE}\b)?"
)
_TITLE_WORDS = frozenset(TITLES)
_NAME_GLUE = frozenset(
    ("of", "for", "and", "&", "the", "de", "van", "von", "der", "la", "le", "du")
)


def subject_pattern(group: str) -> str:
    """Return a regex source for a speaker written after a verb or at a sentence start.

    Args:
        group: The name of the group that captures the speaker.

    Example:
        >>> import re
        >>> re.match(subject_pattern("who"), "the housing charity said")["who"]
        'the housing charity'
    """
    return rf"(?P<{group}>{_PRONOUN}|{DETERMINED_PATTERN}|{_GROUP}|(?:[Tt]he\s+)?{NAME_PATTERN})"


_SOURCE_NOUNS = tuple(SOURCE_NOUNS)
_GROUP_NOUNS = tuple(GROUP_NOUNS)
_CAPITAL = re.compile(rf"[{UPPER}]")

_AUXILIARY_WORDS = frozenset(word for phrase in AUXILIARIES for word in phrase.split())
_PASSIVE_WORDS = frozenset(
    ("is", "are", "was", "were", "be", "been", "being", "get", "got", "gets")
)

# A speaker with a description just before its verb. Matches: "Dr Ann Lee, chief executive of Acme,"
_APPOSITIVE_BEFORE = lazy_pattern(
    rf"(?<![\w’'])(?P<subject>(?:[Tt]he\s+)?{NAME_PATTERN}),[^,;:{MASK}]{{2,120}},$"
)

# A name followed by a comma. Matches: "Sen. Ann Lee," in "Sen. Ann Lee, D-Ore., a panel member,"
_NAME_COMMA = lazy_pattern(rf"(?<![\w’'.])(?P<subject>{NAME_PATTERN}),")
_DESCRIBED_REACH = 240  # characters of a person's description before the verb

# A document or spokesperson before its verb. Matches: "a briefing note issued after the meeting"
_DETERMINED_BEFORE = lazy_pattern(rf"(?<![\w’'])(?P<subject>{DETERMINED_PATTERN})$")

# The same with words between it and its verb. Matches: "a briefing note issued after the meeting"
_DETERMINED_APART = lazy_pattern(
    rf"(?<![\w’'])(?P<subject>{DETERMINED_PATTERN})\s+[^,;:.{MASK}]{{1,60}}$"
)

# A group of people just before its verb, not the object of a preposition.
# Matches: "campaigners", "local parents"; not the "councillors" of "sent to councillors"
_GROUP_BEFORE = lazy_pattern(
    r"(?<![\w’'])"
    + "".join(rf"(?<!\b{word}\s)" for word in _PREPOSITIONS)
    + rf"(?P<subject>{_GROUP})$"
)


def clean_subject(subject: str) -> str | None:
    """Trim a subject read by a regex; ``None`` when it names nobody.

    Example:
        >>> clean_subject("Meanwhile Tom Ashdown"), clean_subject("However")
        ('Tom Ashdown', None)
    """
    if ", " in subject and " and " not in subject:
        subject = subject.rsplit(", ", 1)[1]
    words = subject.split()
    while len(words) > 1 and words[0].rstrip(",") in STARTERS:
        words.pop(0)
    if not words:
        return None
    if len(words) == 1 and words[0].lower() not in PRONOUNS and words[0] in NOT_NAMES:
        return None
    return " ".join(words)


def strip_auxiliaries(head: str) -> str | None:
    """Drop "has also" from the end of ``head``; ``None`` when the verb is passive."""
    while True:
        rest, _, last = head.rstrip().rpartition(" ")
        if last in _PASSIVE_WORDS:
            return None
        if last not in _AUXILIARY_WORDS:
            return head.rstrip()
        head = rest


def subject_before(head: str) -> tuple[str, int] | None:
    """Read the speaker that ends ``head``, just before its verb.

    Returns:
        The speaker as written and its offset in ``head``, or ``None``.

    Example:
        >>> subject_before("Meanwhile, NHB Wales director Tom Ashdown")
        ('Tom Ashdown', 30)
        >>> subject_before("Meanwhile, a briefing note issued after the meeting")
        ('a briefing note', 11)
    """
    last = head.rpartition(" ")[2]
    if last.lower() in PRONOUNS:
        return last, len(head) - len(last)
    if last[:1].isupper() and not head.endswith(","):
        name = _trailing_name(head)
        return _cleaned(name, len(head) - len(name)) if name else None
    if head.endswith(","):
        match = _APPOSITIVE_BEFORE().search(head, max(0, len(head) - 120))
        if match is None or not is_person(match.group("subject")):
            person = _person_described(head)
            if person is not None:
                return person
    else:
        match = _phrase_before(head)
    return None if match is None else _cleaned(match.group("subject"), match.start("subject"))


def _person_described(head: str) -> tuple[str, int] | None:
    """Read a person before a description of several commas.

    Matches "Sen. Ann Lee, D-Ore., a panel member," and "Ann Lee,
    who grew up here, studied law and moved away in 2013,".
    """
    low = max(0, len(head) - _DESCRIBED_REACH)
    stop = head.rfind(". ", low)
    for match in _NAME_COMMA().finditer(head, max(low, stop + 1)):
        cleaned = _cleaned(match.group("subject"), match.start("subject"))
        if cleaned is not None and is_person(cleaned[0]):
            return cleaned
    return None


def _phrase_before(head: str) -> re.Match[str] | None:
    """Search ``head`` for a document, a spokesperson or a group that ends it.

    The patterns are tried in order, each only where it can match, as
    their searches are slow: a determined phrase or a group ends ``head``
    with its noun or a capitalised name, and none of them holds a comma,
    colon, semicolon or quote, so each search starts after the last.
    """
    end = head[:-1] if head.endswith("\n") else head  # where ``$`` matches
    start = max(
        len(head) - 120,
        head.rfind(",") + 1,
        head.rfind(";") + 1,
        head.rfind(":") + 1,
        head.rfind(MASK) + 1,
        0,
    )
    words = end.rsplit(None, 1)
    if end.endswith(_SOURCE_NOUNS) or (words and _CAPITAL.match(words[-1])):
        match = _DETERMINED_BEFORE().search(head, start)
        if match is not None:
            return match
    if end.endswith(_GROUP_NOUNS):
        match = _GROUP_BEFORE().search(head, start)
        if match is not None:
            return match
    return _DETERMINED_APART().search(head, start)


def _trailing_name(head: str) -> str:
    """Return the capitalised run that ends ``head`` ("Tom Ashdown", "the NAU").

    Small words join capitalised ones ("Royal Society of Archers"); commas do
    only in a list that ends "and" ("Northmoor, Eastwold and Southby Guilds").
    """
    words = head.rsplit(" ", 12)
    kept = glue = 0
    listed = False
    for word in reversed(words):
        if word in _NAME_GLUE and kept:
            glue += 1
            listed = listed or word == "and"
            if word == "the":
                return " ".join(words[-kept - glue :])
        elif word[:1].isupper() and MASK not in word and (listed or not word.endswith(",")):
            if word.endswith(".") and not _abbreviates(word, words[-kept] if kept else ""):
                break
            kept += glue + 1
            glue = 0
        else:
            break
    return " ".join(words[len(words) - kept :]) if kept else ""


def _abbreviates(word: str, following: str) -> bool:
    """Tell whether ``word`` ending in "." is a title ("Dr.") or an initial ("J. Smith")."""
    if word[:-1] in _TITLE_WORDS:
        return True
    return len(word) == 2 and bool(following) and following.rstrip(".") not in _TITLE_WORDS


def _cleaned(subject: str, at: int) -> tuple[str, int] | None:
    cleaned = clean_subject(subject)
    if cleaned is None:
        return None
    return cleaned, at + len(subject) - len(cleaned)
