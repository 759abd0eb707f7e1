"""Phrases: read the speaker a cue names, from the tokens around its verb.

A speaker is written as a pronoun ("she"), a name with whatever modifies it
("Harbourside head coach Ned O’Hallor", "former mayor Ann Lee", "Ore. Sen.
Ann Lee (D)"), a description ("the council leader", "a spokeswoman for the
trust"), a possessive ("the mayor’s office") or a plural group ("critics").
The readers here take any of these: a name is the last capitalised run of
the phrase, cut after a job or at a title; the words before it are its
modifiers, which :mod:`.descriptions` reads back as the description.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse._pipeline.quotes.clauses import BREAK, Token
from newsparse._pipeline.quotes.nameforms import is_role
from newsparse._pipeline.quotes.namephrases import (
    DETERMINERS,
    GLUE,
    PRONOUNS,
    Phrase,
    capitalised,
    name_span,
    name_word,
    person_end,
)
from newsparse._pipeline.quotes.speech import (
    AUXILIARIES,
    PASSIVES,
    is_speech_verb,
    looks_finite,
)
from newsparse._pipeline.quotes.vocabulary import (
    NOT_NAMES,
    STARTERS,
)

__all__ = ["subject_after", "subject_before"]


# Words that tie a description to its owner: "a spokeswoman *for* the trust".
_OWNER = frozenset(("of", "for", "at", "from", "with", "in", "on", "by"))
# Words that never stand inside a speaker's phrase.
_CLAUSE_WORDS = frozenset((
    "and", "but", "or", "nor", "so", "yet", "as", "while", "when", "because", "if", "though",
    "although", "whereas", "since", "after", "before", "until", "that", "which", "who",
    "whom", "whose", "where", "what", "how", "why", "than", "to", "about", "into",
    "over", "under", "through", "during", "against", "without", "between", "among", "like",
    "not", "there", "here", "we", "i", "you", "me", "us", "him", "them", "it", "also",
))  # fmt: skip
_TIME_WORDS = frozenset((
    "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "last", "this", "next", "week", "month", "year", "night", "morning", "afternoon",
    "evening", "weekend", "day", "earlier", "later", "today", "yesterday", "tonight",
))  # fmt: skip
_OBJECT_OF = frozenset(("to", "with", "about", "into", "against", "toward", "towards"))
_PARTICIPLE_FORMS = frozenset((
    "sent", "made", "held", "put", "set", "sold", "built", "brought", "read", "left", "told",
    "kept", "led", "won", "lost", "paid", "cut", "run", "hit", "shut", "spent", "meant",
))  # fmt: skip
_PHRASE_BREAKS = frozenset((",", BREAK, ":", "(", ")"))
_NOT_ADVERBS = frozenset(("only", "early", "family", "ally", "daily", "weekly", "monthly"))
_MAX_PHRASE = 9  # words of a description before its verb
_MAX_SEGMENTS = 4  # comma-separated parts of a subject ("Ann Lee, 52, a nurse, said")
_REFLEXIVES = frozenset(("himself", "herself", "itself", "themselves"))


def subject_before(
    found: Sequence[Token], verb: int, low: int = 0, *, whole: bool = False
) -> Phrase | None:
    """Read the subject that ends just before the verb at index ``verb``.

    Auxiliaries, adverbs, a time ("on Tuesday") and a bracket ("(D-Ore.)")
    may stand between; a subject of several comma-separated parts ("Ann
    Lee, 52, a nurse, said") gives its first name, or else its first part.

    Args:
        found: The tokens.
        verb: The index of the verb.
        low: The index before which the subject cannot start.
        whole: The subject must start at ``low`` (nothing else before it).

    Returns:
        The subject, or ``None`` when the verb is passive or nothing there
        names a speaker.

    Example:
        >>> from newsparse._pipeline.quotes.clauses import tokens
        >>> found = tokens("Ann Vey, chief economist at Dell Bank Inc., said")
        >>> subject_before(found, len(found) - 1)
        Phrase(text='Ann Vey', start=0)
    """
    end = _skip_back(found, verb - 1, low)
    if end < low or found[end].text in PASSIVES:
        return None
    if found[end].text != ",":
        listed = _listed(found, end, low) if _may_list(found, end) else None
        if listed is not None and not (whole and listed.start != found[low].start):
            return listed
        return _phrase_ending(found, end, low, whole=whole)
    return _subject_of_parts(found, end, low, whole=whole)


def _may_list(found: Sequence[Token], end: int) -> bool:
    """Tell whether an "and" just before ``end`` may end a list of names."""
    return found[end - 1].text in ("and", "&") or (end >= 3 and found[end - 2].text in ("and", "&"))


def _subject_of_parts(found: Sequence[Token], end: int, low: int, *, whole: bool) -> Phrase | None:
    """Read a subject of comma-separated parts ending at the comma ``end``: its first name."""
    parts: list[Phrase | None] = []
    while end >= low and found[end].text == "," and len(parts) < _MAX_SEGMENTS:
        start = end - 1
        while start >= low and found[start].text not in (",", BREAK, ":"):
            start -= 1
        last = _skip_back(found, end - 1, start + 1)
        parts.insert(0, _phrase_ending(found, last, start + 1, whole=True))
        end = start
    if whole and end >= low:
        return None
    named = [part for part in parts if part is not None]
    for part in named:
        if _is_named(part.text):
            return part  # a name among the parts: "the trust’s chief, Ann Lee, said"
    return named[0] if named else None


def _is_named(text: str) -> bool:
    """Tell whether a part of a subject opens with a name, not a starter or determiner.

    Example:
        >>> _is_named("Ann Lee"), _is_named("The chief"), _is_named("Acme’s chief")
        (True, False, False)
    """
    first = text.split()[0]
    return (
        first[:1].isupper()
        and first not in STARTERS
        and first.lower() not in DETERMINERS
        and not _owned(text)
    )


def _owned(text: str) -> bool:
    """Tell whether a phrase is a description owned by a name: "Ann Lee’s chief of staff"."""
    for mark in ("’s ", "'s "):
        at = text.find(mark)
        if at != -1 and text[at + 3 : at + 4].islower():
            return True
    return False


def _listed(found: Sequence[Token], end: int, low: int) -> Phrase | None:
    """Read a list of names ending in "and" at token ``end``: "Avon, Wye and Usk Guilds"."""
    start = end
    while start > low and (
        name_word(found[start - 1].text) or found[start - 1].text in (",", "and", "&")
    ):
        start -= 1
    words = [token.text for token in found[start : end + 1]]
    while words and (not name_word(words[0]) or words[0] in STARTERS):
        words.pop(0)
        start += 1
    if "," not in words or not ("and" in words or "&" in words):
        return None
    return Phrase(" ".join(words).replace(" ,", ","), found[start].start)


def _skip_back(found: Sequence[Token], index: int, low: int) -> int:
    """Step back over auxiliaries, adverbs, a time and brackets before a verb."""
    while index >= low:
        word = found[index].text
        if word == ")":
            while index >= low and found[index].text != "(":
                index -= 1
            index -= 1
        elif word in AUXILIARIES or word.lower() in _TIME_WORDS or word.endswith("ly"):
            index -= 1
        else:
            return index
    return index


def _phrase_ending(
    found: Sequence[Token], end: int, low: int, *, whole: bool = False
) -> Phrase | None:
    """Read the noun phrase that ends at token ``end``; ``whole``: it must start at ``low``."""
    if end < low:
        return None
    word = found[end].text
    if word.lower() in PRONOUNS:
        return Phrase(word, found[end].start) if end == low or not whole else None
    end = _noun_end(found, end, low)
    if end < 0:
        return None
    start, opened = _phrase_start(found, end, low)
    if start > low and found[start - 1].text.lower() in _OBJECT_OF:
        return _fronted(found, start - 1, low, whole=whole)
    if whole and not opened:
        return None
    return _phrase_of([token for token in found[start : end + 1] if token.text not in "()"])


def _phrase_start(found: Sequence[Token], end: int, low: int) -> tuple[int, bool]:
    """Return where the phrase ending at ``end`` starts, past its starters.

    The flag says whether the phrase reaches back to ``low``.
    """
    start = end
    while start > low and _in_phrase(found, start - 1, end):
        start -= 1
    opened = start == low
    while start < end and found[start].text in STARTERS:
        start += 1
    return start, opened


def _noun_end(found: Sequence[Token], end: int, low: int) -> int:
    """Return where the noun that ends a subject at ``end`` stands, or -1 when a verb does."""
    word = found[end].text
    if word == BREAK or word.lower() in _CLAUSE_WORDS:
        return -1  # a clause ended or opened there: "Congress when asked" has no subject
    if word in _REFLEXIVES and end > low:
        return end - 1  # "Lee himself said"
    if word.islower() and (is_speech_verb(word) or word.endswith("ed")):
        return -1  # a verb, not the end of a subject: "Lee said told"
    return end


def _before_and(kept: list[Token]) -> list[Token]:
    """Cut "Lee and other leaders" to "Lee"."""
    words = [token.text for token in kept]
    if "and" in words[1:] and words[0][:1].isupper():
        cut = words.index("and")
        if words[cut + 1 : cut + 2] and words[cut + 1].lower() in DETERMINERS:
            return kept[:cut]
    return kept


def _phrase_of(kept: list[Token]) -> Phrase | None:
    """Return the speaker a noun phrase names: a description as written, or a name."""
    kept = _before_and(kept)
    words = [token.text for token in kept]
    if not words or words[0].lower() in _CLAUSE_WORDS or len(words) > _MAX_PHRASE:
        return None
    if words[0].lower() in DETERMINERS and any(
        not name_word(word) and word not in GLUE for word in words[1:]
    ):
        words = _cut_at_participle(words)
        if not _job_then_name(words):
            return Phrase(" ".join(words), kept[0].start)
    if name_word(words[-1]):
        return _name_phrase(kept)
    if capitalised(words[0]) or words[-1].endswith("s"):
        return Phrase(" ".join(words), kept[0].start)
    return None


# Prepositions that put a speaker somewhere: "residents *in* Ashby".
_WHERE = frozenset(("in", "at", "near", "from", "across", "throughout", "around"))


def _job_then_name(words: Sequence[str]) -> bool:
    """Tell whether a description ends in a job and a name: "his deputy Ann Lee"."""
    run = len(words)
    while run > 1 and name_word(words[run - 1]):
        run -= 1
    return 1 < run < len(words) and is_role(words[run - 1])


def _name_phrase(kept: Sequence[Token]) -> Phrase | None:
    """Return the name that ends the phrase ``kept``, its modifiers dropped.

    A name after "in", "at" or "from" says where the speaker is, not who:
    "Ann Lee in Ashby" is Ann Lee, "residents in Ashby" are the residents.
    """
    words = [token.text for token in kept]
    run = len(words) - 1
    while run > 0 and (name_word(words[run - 1]) or words[run - 1] in GLUE):
        run -= 1
    if run > 1 and words[run - 1] in _WHERE:
        if name_word(words[run - 2]):
            return _name_phrase(kept[: run - 1])
        return Phrase(" ".join(words), kept[0].start)
    span = name_span(words[run:])
    if span is None:
        return None
    first = run + span[0]
    if span[0] and words[first - 1] == "the":
        first -= 1  # "the Harbour Board": "the" before a name says it is a body
    end = person_end(words, first, run + span[1])
    name = " ".join(words[first:end])
    return None if name in NOT_NAMES else Phrase(name, kept[first].start)


def _cut_at_participle(words: list[str]) -> list[str]:
    """Cut a description before a participle after its head: "a note *issued* after …"."""
    for index in range(2, len(words)):
        word = words[index]
        if word.islower() and (_participle(word) or word.endswith("ing")):
            return words[:index]
    return words


def _fronted(found: Sequence[Token], before: int, low: int, *, whole: bool) -> Phrase | None:
    """Read the subject in front of a phrase that ends in an object: "a note *sent to* staff"."""
    start = before
    while start > low and found[start - 1].text not in (",", BREAK, ":"):
        start -= 1
    while start < before and found[start].text in STARTERS:
        start += 1
    if whole and start != low:
        return None
    cut = start + 1
    while cut < before and not _participle(found[cut].text):
        cut += 1
    if cut - start > _MAX_PHRASE:
        return None
    return _phrase_ending(found, cut - 1, start, whole=True)


def _participle(word: str) -> bool:
    """Tell whether ``word`` may be a participle that ends a subject's head ("note *sent*")."""
    return word.islower() and (
        word.endswith("ed") or (word.endswith("en") and len(word) > 4) or word in _PARTICIPLE_FORMS
    )


def _in_phrase(found: Sequence[Token], index: int, end: int) -> bool:
    """Tell whether token ``index`` belongs to the noun phrase ending at ``end``."""
    word = found[index].text
    lower = word.lower()
    if word in _PHRASE_BREAKS or lower in PRONOUNS:
        return False
    if lower in DETERMINERS or (word in STARTERS and (not index or found[index - 1].text == BREAK)):
        return True  # "But Ann Lee, …": an opener, skipped once the phrase is read
    if lower in _OWNER:
        return index > 0 and found[index - 1].text not in (",", BREAK)
    if lower == "and":
        return _joins_names(found, index, end)
    if lower in _CLAUSE_WORDS or lower in AUXILIARIES or lower in PASSIVES:
        return False
    if word[:1].isupper() or lower in GLUE:
        return True
    return _modifier(found, index, end)


def _joins_names(found: Sequence[Token], index: int, end: int) -> bool:
    """Tell whether an "and" joins a name to a description: "Lee and other leaders"."""
    return (
        0 < index < end
        and found[index - 1].text[:1].isupper()
        and found[index + 1].text.lower() in DETERMINERS
    )


def _modifier(found: Sequence[Token], index: int, end: int) -> bool:
    """Tell whether a lowercase word modifies the noun that ends a phrase."""
    lower = found[index].text.lower()
    if index and found[index - 1].text.lower() in DETERMINERS:
        return True  # "the *retired* surgeon"
    if lower.endswith("ly") and lower not in _NOT_ADVERBS:
        return False  # an adverb: the phrase is a clause ("the firm quietly withdrew")
    if found[index + 1].text in _WHERE:
        return True  # the head a place follows: "*residents* in Ashby"
    return not looks_finite(lower) or (end - index < 2 and lower.endswith("s"))


def subject_after(found: Sequence[Token], start: int) -> Phrase | None:
    """Read the speaker that follows a verb from token ``start`` ("said the chair, Ann Lee").

    Example:
        >>> from newsparse._pipeline.quotes.clauses import tokens
        >>> subject_after(tokens("said former mayor Ann Lee, who"), 1)
        Phrase(text='Ann Lee', start=18)
    """
    while start < len(found) and found[start].text.lower() in _TIME_WORDS - {"last", "this"}:
        start += 1
    if start >= len(found) or found[start].text.lower() in _OWNER | _OBJECT_OF:
        return None  # "hosted by the trust": a passive, not a speaker
    end = start
    while end + 1 < len(found) and _after_in_phrase(found[end + 1].text):
        if _name_ends(found, end):
            break  # "Ann Lee of the trust", "Ann Lee with the union": the name ends
        end += 1
    phrase = _phrase_ending(found, end, start, whole=True)
    if phrase is None or phrase.text[:1].isupper() or end + 2 >= len(found):
        return phrase
    if found[end + 1].text == ",":
        return _named_after(found, end + 2) or phrase
    return phrase


def _named_after(found: Sequence[Token], start: int) -> Phrase | None:
    """Read the name set off after a job: the ", Len Price" of "said the chairman, Len Price"."""
    stop = start
    while stop + 1 < len(found) and name_word(found[stop + 1].text):
        stop += 1
    named = _phrase_ending(found, stop, start, whole=True)
    if named is not None and named.text[:1].isupper() and _ends_clause(found, stop + 1):
        return named
    return None


def _name_ends(found: Sequence[Token], index: int) -> bool:
    """Tell whether a capitalised word at ``index`` ends a name before an owner preposition."""
    if not found[index].text[:1].isupper() or index + 2 >= len(found):
        return False
    owner, after = found[index + 1].text, found[index + 2].text
    return owner in _OWNER and not (owner == "of" and after[:1].isupper())


def _after_in_phrase(word: str) -> bool:
    if word in (",", BREAK, ":", "(", ")"):
        return False
    lower = word.lower()
    if lower in _CLAUSE_WORDS or lower in AUXILIARIES or lower in PASSIVES:
        return False
    return not looks_finite(lower) or word[:1].isupper()


def _ends_clause(found: Sequence[Token], index: int) -> bool:
    return index >= len(found) or found[index].text in (",", BREAK, "(")
