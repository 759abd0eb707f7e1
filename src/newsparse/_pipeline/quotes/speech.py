"""Speech verbs as an open class: a known core, and the morphology of any other.

A verb credits words when it stands in a speech frame: right after a quote
and its speaker (``“…,” she chimed in``), before a colon or "that" that
leads into one (``he quipped: “…”``), or after a comma as a participle
(``…, responding that “…”``). The frame is the evidence; the word only has
to look like a finite verb (``-ed``, ``-s``, or a common irregular past) or
a participle (``-ing``). Far from the quote, where the frame says less, only
the known verbs of saying count.
"""

from __future__ import annotations

import functools

from newsparse._pipeline.quotes.vocabulary import PARTICIPLES, SPEECH_VERBS

__all__ = [
    "AUXILIARIES",
    "IRREGULAR_PAST",
    "PARTICLES",
    "PASSIVES",
    "is_participle",
    "is_speech_verb",
    "looks_finite",
]

_KNOWN = frozenset(SPEECH_VERBS)
_KNOWN_PARTICIPLES = frozenset(PARTICIPLES)

# Irregular past forms that take no -ed, among the verbs news puts after a quote.
# (A list of forms, not of verbs: any verb may stand in a frame.)
IRREGULAR_PAST = frozenset((
    "said", "told", "wrote", "spoke", "thought", "felt", "knew", "shot", "put", "went",
    "began", "gave", "swore", "sang", "cried", "replied", "bit", "quipped", "read", "found",
    "made", "took", "came", "saw", "got", "held", "left", "kept", "brought", "stood", "won",
    "lost", "paid", "met", "sent", "built", "led", "heard", "meant", "chose", "drew",
    "became", "broke", "fought", "sought", "taught", "struck", "drove", "ran", "grew", "threw",
    "flew", "blew", "sold", "dealt", "spent", "stuck", "sank", "hung", "fled", "shook", "woke",
    "froze", "stole", "rode", "arose", "forgot", "forgave", "understood", "withdrew", "overcame",
    "undertook", "bought", "caught", "slept", "swept", "wept", "tore", "wore", "sat", "ate",
    "hid", "spun", "swung", "clung", "strove", "awoke", "forbade", "foresaw", "oversaw",
))  # fmt: skip

# Words ending like a verb that are not finite verbs in a speech frame.
_NOT_VERBS = frozenset((
    "hundred", "bed", "red", "shed", "seed", "speed", "need", "creed", "greed", "breed",
    "feed", "indeed", "united", "limited", "based", "news", "series", "species", "this",
    "is", "was", "has", "his", "its", "us", "yes", "as", "thus", "always", "perhaps",
    "whereas", "unless", "less", "across", "towards", "afterwards", "sometimes", "besides",
    "nevertheless", "nonetheless", "upstairs", "downstairs", "overseas", "alas", "does",
))  # fmt: skip

# Words ending in -ing that lead into a noun rather than credit words.
_NOT_PARTICIPLES = frozenset((
    "including", "according", "following", "regarding", "concerning", "during", "excluding",
    "notwithstanding", "considering", "pending", "something", "nothing", "anything",
    "everything", "thing", "things", "king", "spring", "morning", "evening", "during",
    "bring", "sing", "ring", "wing", "string", "building", "meeting", "hearing", "ruling",
    "funding", "housing", "training", "polling", "being", "having", "getting", "going",
))  # fmt: skip

PARTICLES = frozenset(("in", "out", "up", "back", "on", "off", "over", "down", "along", "away"))
"""Particles of phrasal verbs of saying: "chimed *in*", "pointed *out*", "shot *back*"."""

AUXILIARIES = frozenset((
    "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
    "did", "does", "do", "also", "later", "then", "previously", "earlier", "once", "recently",
    "today", "yesterday", "further", "again", "simply", "just", "publicly", "repeatedly",
    "always", "never", "often", "still", "even", "now", "already", "reportedly", "not",
    "since", "first", "last", "tonight", "privately", "separately",
))  # fmt: skip
"""Words allowed between a subject and its speech verb ("the trust has also warned")."""

PASSIVES = frozenset(("is", "are", "was", "were", "be", "been", "being", "get", "got", "gets"))
"""Words that make the verb after them passive ("tenants were told")."""


def is_speech_verb(word: str) -> bool:
    """Tell whether ``word`` is one of the known finite verbs of saying.

    Example:
        >>> is_speech_verb("warned"), is_speech_verb("chimed")
        (True, False)
    """
    return word in _KNOWN


@functools.lru_cache(maxsize=8192)
def looks_finite(word: str) -> bool:
    """Tell whether ``word`` has the shape of a finite verb: -ed, -s, or an irregular past.

    Example:
        >>> [looks_finite(w) for w in ("chimed", "muses", "swore", "bill", "glass", "red")]
        [True, True, True, False, False, False]
    """
    if word in _KNOWN or word in IRREGULAR_PAST:
        return True
    if len(word) < 4 or not word.isalpha() or not word.islower() or word in _NOT_VERBS:
        return False
    if word.endswith("ed"):
        return True
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "ous", "ics"))


def is_participle(word: str) -> bool:
    """Tell whether ``word`` is a participle that credits words ("saying", "responding").

    Example:
        >>> is_participle("responding"), is_participle("including"), is_participle("spring")
        (True, False, False)
    """
    if word in _KNOWN_PARTICIPLES:
        return True
    return (
        len(word) > 5
        and word.endswith("ing")
        and word.isalpha()
        and word.islower()
        and word not in _NOT_PARTICIPLES
    )
