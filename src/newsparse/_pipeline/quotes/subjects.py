"""Subjects of a sentence or a clause: who a verb further on has as its subject.

``Later that day, the firm applied again, saying …`` has "the firm" as the
subject of "saying"; ``…, and the league criticised it and said …`` has
"the league" as the subject of "said". A word after a possessive is a noun
(``Lee’s remarks``), never a verb with a subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse._pipeline.quotes.clauses import BREAK, Token
from newsparse._pipeline.quotes.namephrases import Phrase
from newsparse._pipeline.quotes.phrases import subject_before
from newsparse._pipeline.quotes.speech import AUXILIARIES, PASSIVES, is_speech_verb, looks_finite
from newsparse._pipeline.quotes.vocabulary import STARTERS

__all__ = ["joined_subject", "noun_by_determiner", "sentence_subject"]

_CONJUNCTIONS = frozenset(("and", "but", "yet", "then"))
_SUBJECT_TRIES = 3  # verbs of a sentence tried for its subject (an appositive may hold one)
# Words that open a clause within a sentence: "But *as* Lee spoke, …".
_SUBORDINATORS = frozenset((
    "as", "when", "while", "after", "before", "since", "although", "though", "if", "because",
    "once", "until", "unless",
))  # fmt: skip
# Words whose "’s" is "is" or "has", not a possessive: "she’s said".
_CONTRACTED = frozenset(("he", "she", "it", "that", "there", "what", "who", "here", "where"))
# Words after which a word shaped like a verb is a noun: "a call", "these claims".
_NOUN_DETERMINERS = frozenset(("a", "an", "the", "this", "these", "those"))


def sentence_subject(found: Sequence[Token], upto: int) -> Phrase | None:
    """Return the subject of the sentence whose tokens before index ``upto`` are ``found``.

    An opening phrase up to its comma is skipped ("Later that month, the
    firm applied" gives "the firm"; "Reached by phone, Lee denied it"
    gives "Lee").

    Example:
        >>> from newsparse._pipeline.quotes.clauses import tokens
        >>> found = tokens("Later that day, the firm applied again, saying")
        >>> sentence_subject(found, len(found) - 1)
        Phrase(text='the firm', start=16)
    """
    start = _subject_start(found, upto)
    tries = 0
    for verb in range(start + 1, upto):
        word = found[verb].text
        if word[:1].isupper() or not _finite(word):
            continue
        phrase = subject_before(found, verb, low=start, whole=True)
        if phrase is None:
            phrase = subject_before(found, verb, low=start)
            if phrase is not None and not _after_comma(found, phrase):
                phrase = None
        tries += 1
        if phrase is not None or tries == _SUBJECT_TRIES:
            return phrase
    return None


def _finite(word: str) -> bool:
    return word in AUXILIARIES or word in PASSIVES or is_speech_verb(word) or looks_finite(word)


def _subject_start(found: Sequence[Token], upto: int) -> int:
    """Return where a sentence's subject may start: after its adverbs and opening phrase."""
    start = 0
    while start < upto and found[start].text in STARTERS:
        start += 1
    if 0 < start < upto and found[start].text in _SUBORDINATORS:
        start += 1  # "But as Lee …": the clause's subject, or the main clause's after its comma
    if start < upto and found[start].text == ",":
        return start + 1
    if upto and (start or _opens_with_phrase(found[0].text)):
        comma = next((i for i in range(start, upto) if found[i].text == ","), None)
        return comma + 1 if comma is not None else start
    return start


def _opens_with_phrase(word: str) -> bool:
    """Tell whether a sentence opens with a phrase before its subject: "In May,", "Reached …"."""
    lower = word.lower()
    return lower in ("in", "on", "at", "after", "before", "during", "for", "with") or (
        word[:1].isupper() and lower.endswith(("ing", "ed", "ly"))
    )


def _after_comma(found: Sequence[Token], phrase: Phrase) -> bool:
    """Tell whether a comma (a dateline's dash, an opening phrase's end) stands before a phrase."""
    index = next((i for i, token in enumerate(found) if token.start >= phrase.start), 0)
    return index > 0 and found[index - 1].text == ","


def joined_subject(found: Sequence[Token], lead: int) -> Phrase | None:
    """Return the subject of a verb after the conjunction at ``lead``: its clause's subject.

    The clause opens after the last comma and conjunction before it ("…,
    and the league criticised the plan and said"), else at the sentence's
    start; a list's last item ("…, and Ann Lee and vowed") is no clause.

    Example:
        >>> from newsparse._pipeline.quotes.clauses import tokens
        >>> found = tokens("Vell asked for a boycott, and the league criticised it and said")
        >>> joined_subject(found, len(found) - 2)
        Phrase(text='the league', start=30)
    """
    plain = True  # no comma yet between the relative and the conjunction
    for index in range(lead - 1, 0, -1):
        text = found[index].text
        if text == BREAK:
            break
        plain = plain and text != ","
        if plain and text == "who":  # "said an aide who ran it and called it “…”": the aide
            return subject_before(found, index)
        if text in _CONJUNCTIONS and found[index - 1].text == ",":
            phrase = sentence_subject(found[index + 1 :], lead - index - 1)
            if phrase is not None:
                return phrase
            break
    return sentence_subject(found, lead)


def noun_by_determiner(found: Sequence[Token], verb: int) -> bool:
    """Tell whether an article or a possessive makes a verb's word a noun: "a call", "Lee’s claims".

    "he’s said" (has said) is no possessive: a pronoun's "’s" is a verb.

    Example:
        >>> from newsparse._pipeline.quotes.clauses import tokens
        >>> [noun_by_determiner(tokens(t), 1) for t in ("Lee’s remarks", "a call", "she’s said")]
        [True, True, False]
    """
    if verb == 0:
        return False
    before = found[verb - 1].text
    if before.lower() in _NOUN_DETERMINERS:
        return True
    owner = before[:-2] if before.endswith(("’s", "'s")) else None
    return owner is not None and owner.lower() not in _CONTRACTED
