"""Cues before a quote: ``He said: “…”`` / ``Lee warned that “…”`` / ``NAU: “…”``.

A known verb of saying anywhere in the sentence before the quote, nearest
first; any verb that leads straight into the quote with a colon or "that";
a participle after a comma, whose speaker is the sentence's subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse._pipeline.quotes.clauses import BREAK, Token
from newsparse._pipeline.quotes.context import Cue, QuoteContext
from newsparse._pipeline.quotes.frames import (
    VERB_CANDIDATES,
    make_cue,
    plain_subject,
    verb_words,
)
from newsparse._pipeline.quotes.namephrases import (
    GLUE,
    Phrase,
    capitalised,
    name_span,
    name_word,
    person_end,
    speaker_like,
)
from newsparse._pipeline.quotes.phrases import subject_after, subject_before
from newsparse._pipeline.quotes.speech import (
    AUXILIARIES,
    IRREGULAR_PAST,
    PARTICLES,
    PASSIVES,
    is_participle,
    is_speech_verb,
    looks_finite,
)
from newsparse._pipeline.quotes.subjects import joined_subject, noun_by_determiner, sentence_subject
from newsparse._pipeline.quotes.vocabulary import NOT_NAMES, PARTICIPLES, STARTERS

__all__ = ["before_quote", "name_colon", "subject_cue"]


_CONJUNCTIONS = frozenset(("and", "but", "yet", "then"))
_ARTICLES = frozenset(("a", "an", "the"))
# Words that open where or when a verb's words were said: "declared *in* the hall,".
_PLACE_LEADS = frozenset(("in", "on", "at", "during", "from", "after", "before", "to"))
_PLACE_REACH = 7  # tokens of such a phrase and its comma
_WITH_REACH = 6  # tokens between "with" and its participle


_SPEECH_PARTICIPLES = frozenset(PARTICIPLES)


def _plain_before(context: QuoteContext) -> Cue | None:
    """Read ``He said: “…”`` / ``Meanwhile, Ann Lee warned that clubs were “…”`` without tokens.

    The sentence must open (after a sentence adverb and its comma) with a
    plain subject and its known verb, and no other known verb may follow
    before the quote; anything else goes to the token readers.
    """
    before = context.before
    # Only the first five words can hold the verb; the rest is split when one does.
    words = before.split(None, 5)
    skip = 0
    if words and words[0].endswith(",") and words[0][:-1] in STARTERS:
        skip = 1  # "Meanwhile, Ann Lee said"
    for count in range(skip + 1, min(skip + 4, len(words))):
        verb = words[count].rstrip(":,")
        if not is_speech_verb(verb):
            continue
        subject = words[skip:count]
        if words[count][-1:] == "," or not plain_subject(subject, ""):
            return None
        rest = before.split()[count + 1 :]
        if rest and rest[0] in ("by", "to", "as"):
            return None  # "He said as much": the verb may not credit the quote
        if any(word.rstrip(",:") in VERB_CANDIDATES or "ing" in word for word in rest):
            return None  # a nearer verb may credit it: the token readers decide
        at = context.before_at + before.find(subject[0], len(before) - len(before.lstrip()))
        return Cue(verb, " ".join(subject), context.first, at, "before-quote")
    return None


def before_quote(context: QuoteContext) -> Cue | None:
    """``He said: ‘…’`` / ``Lee warned that clubs were ‘…’`` / ``…, responding that ‘…’``.

    The verbs of the sentence are tried from the nearest back, so a verb
    whose subject is no speaker falls back to the one before.
    """
    quick = _plain_before(context)
    if quick is not None:
        return quick
    if not _may_credit(context.before):
        return None  # spared the tokens: no word there can credit the quote
    found = context.before_tokens
    texts = [token.text for token in found]
    if _led_into(texts):
        cue = _open_verb_before(context, found, near_only=True)
        if cue is not None:
            return cue  # "Lee fired back: “…”" wins over an earlier verb of the sentence
    for verb in range(len(found) - 1, -1, -1):
        word = texts[verb]
        if word == BREAK and _has_verb(texts, verb + 1):
            return None  # "In a clip Lee called “…”, Vell expressed …": a clause of its own
        if word in VERB_CANDIDATES or word.endswith("ing"):
            cue = _cue_for_verb(context, found, verb)
            if cue is not None:
                return _outer_reporter(context, found, verb) or cue
    return _open_verb_before(context, found) if "that" in texts else None


def _led_into(texts: Sequence[str]) -> bool:
    """Tell whether the words before a quote lead into it: a colon, "that", "As …", a place.

    Example:
        >>> _led_into(["Lee", "said", ":"]), _led_into(["Lee", "spoke", "at", "the", "fair", ","])
        (True, True)
    """
    if texts[-1] in (":", "that") or texts[0] == "As":
        return True
    return texts[-1] == "," and not _PLACE_LEADS.isdisjoint(texts[-_PLACE_REACH:])


def _has_verb(texts: Sequence[str], start: int) -> bool:
    """Tell whether a verb in the past ("expressed", "wrote") stands from ``start`` on."""
    return any(
        word.islower() and (word in IRREGULAR_PAST or (word.endswith("ed") and looks_finite(word)))
        for word in texts[start:]
    )


def _outer_reporter(context: QuoteContext, found: list[Token], verb: int) -> Cue | None:
    """Return the cue of a verb of saying whose "that" clause holds ``verb``, if one does.

    "Lee said that the mayor shows “great charm”": Lee is the one reporting.
    """
    for outer in range(verb - 2, 0, -1):
        if found[outer].text in (BREAK, ","):
            return None  # another clause: "After Lee argued that …, Kim said"
        if found[outer + 1].text == "that" and is_speech_verb(found[outer].text):
            return subject_cue(context, found, outer)
    return None


def _may_credit(before: str) -> bool:
    """Tell cheaply whether the words before a quote hold anything a before-quote cue reads."""
    stripped = before.rstrip()
    if not stripped:
        return False
    if stripped.endswith((":", "that")) or stripped.startswith("As ") or "ing" in stripped:
        return True
    words = stripped.replace(",", " ").split()
    return "that" in words or not VERB_CANDIDATES.isdisjoint(words)


def _cue_for_verb(context: QuoteContext, found: list[Token], verb: int) -> Cue | None:
    word = found[verb].text
    lower = word.lower()
    if lower == "according" and verb + 1 < len(found) and found[verb + 1].text == "to":
        phrase = subject_after(found, verb + 2)
        return make_cue(phrase, "according to", context.first, "before-quote")
    if is_participle(lower) and verb > 0 and found[verb - 1].text == ",":
        return make_cue(sentence_subject(found, verb), word, context.first, "before-quote")
    if is_participle(lower) and verb > 1:
        absolute = _with_subject(found, verb)
        if absolute is not None:
            return make_cue(absolute, word, context.first, "before-quote")
    if [token.text for token in found[max(0, verb - 2) : verb]] == ["quoted", "as"]:
        return _quoted_as_saying(context, found, verb - 2)
    if lower in _SPEECH_PARTICIPLES:  # "with the report warning of ‘…’"
        return make_cue(sentence_subject(found, verb), word, context.first, "before-quote")
    if not is_speech_verb(word) or noun_by_determiner(found, verb):
        return None
    return subject_cue(context, found, verb)


def _with_subject(found: list[Token], verb: int) -> Phrase | None:
    """Read the subject of a participle after "with": "with Ann Lee reportedly yelling"."""
    for lead in range(verb - 1, max(-1, verb - _WITH_REACH), -1):
        word = found[lead].text
        if word in (",", BREAK, ":"):
            return None
        if word.lower() == "with":
            phrase = subject_before(found, verb, low=lead + 1, whole=True)
            # A description ("with the report warning") is left to the sentence's subject.
            return phrase if phrase is not None and capitalised(phrase.text) else None
    return None


def _open_verb_before(
    context: QuoteContext, found: list[Token], *, near_only: bool = False
) -> Cue | None:
    """``Lee quipped: “…”`` / ``As Lee pointed out in May, “…”``: any verb leading in.

    With ``near_only``, only a verb right before the quote's colon or "that".
    """
    low = max(-1, len(found) - 8) if near_only else -1
    for verb in range(len(found) - 1, low, -1):
        word = found[verb].text
        near = verb >= len(found) - 8
        if not (word.islower() and looks_finite(word)):
            continue
        if (near and _leads_in(found, verb)) or (not near_only and _that_follows(found, verb)):
            previous = found[verb - 1].text if verb else ""
            cue = None if is_speech_verb(previous) else subject_cue(context, found, verb)
            if cue is not None and speaker_like(Phrase(cue.subject, cue.at)):
                return cue
    return None


def subject_cue(context: QuoteContext, found: list[Token], verb: int) -> Cue | None:
    """Return the cue of the speech verb at ``verb``, its subject read before it."""
    word = found[verb].text
    if _is_passive(found, verb):
        return _quoted_as_saying(context, found, verb)
    before = verb - 1
    lead = before
    while lead > 0 and found[lead].text in AUXILIARIES:
        lead -= 1  # "… and has boasted": the conjunction before the auxiliary
    relative = before > 0 and found[before].text in ("who", "which")
    if relative and found[before - 1].text == ",":
        # "… went to Ann Lee, who said": the name just before the relative; else the
        # first name of a subject of parts: "Ann Lee, 52, a nurse, who said"
        phrase = _name_before(found, before - 1) or subject_before(found, before)
        return make_cue(phrase, verb_words(found, verb, len(found)), context.first, "before-quote")
    if relative and found[before].text == "who":
        return _antecedent_cue(context, found, before, verb_words(found, verb, len(found)))
    if lead >= 0 and found[lead].text.lower() in _CONJUNCTIONS:
        return make_cue(joined_subject(found, lead), word, context.first, "before-quote")
    phrase = subject_before(found, _raising_subject_end(found, before, lead) + 1)
    return make_cue(phrase, verb_words(found, verb, len(found)), context.first, "before-quote")


def _raising_subject_end(found: Sequence[Token], before: int, lead: int) -> int:
    """Return where a verb's subject ends: before "is said to have …" when the verb follows it.

    ``lead`` is the word before the verb's auxiliaries ("to" in "to have called").
    """
    if not (1 < lead < before and found[lead].text == "to" and looks_finite(found[lead - 1].text)):
        return before
    end = lead - 2  # before the raising verb: "Lee (is) said to have called"
    while end >= 0 and (found[end].text in PASSIVES or found[end].text in AUXILIARIES):
        end -= 1
    return end


def _name_before(found: list[Token], end: int) -> Phrase | None:
    """Return the name that ends just before token ``end``, its modifiers dropped, if one does."""
    start = end
    while start > 0 and (name_word(found[start - 1].text) or found[start - 1].text in GLUE):
        start -= 1
    words = [token.text for token in found[start:end]]
    span = name_span(words) if words and words[0] not in NOT_NAMES else None
    if span is None or not capitalised(words[span[0]]):
        return None
    last = person_end(words, span[0], span[1])  # "Ann Lee of Ashby": Ann Lee
    return Phrase(" ".join(words[span[0] : last]), found[start + span[0]].start)


def _antecedent_cue(context: QuoteContext, found: list[Token], who: int, verb: str) -> Cue | None:
    """``Ann Lee, a nurse who writes “…”``: the one the relative clause is about.

    A description set off after a name gives way to the name.
    """
    phrase = subject_before(found, who)
    if phrase is None:
        return None
    start = next((i for i in range(who) if found[i].start >= phrase.start), who)
    if start > 1 and found[start - 1].text == "," and phrase.text.split(" ", 1)[0] in _ARTICLES:
        named = subject_before(found, start)  # the name the description is set off from
        if named is not None and named.text[:1].isupper():
            phrase = named
    return make_cue(phrase, verb, context.first, "before-quote")


def _leads_in(found: Sequence[Token], verb: int) -> bool:
    """Tell whether the tokens after a verb lead straight into the quote ("quipped that ")."""
    rest = [token.text for token in found[verb + 1 :]]
    if rest and rest[0] in PARTICLES:
        rest = rest[1:]
    while rest and rest[0].endswith("ly"):
        rest = rest[1:]  # "fired back forcefully:"
    if rest in ([":"], ["that"], [",", "that"]):
        return True
    if 2 < len(rest) <= _PLACE_REACH and rest[0] in _PLACE_LEADS and rest[-1] == ",":
        # "Lee declared in the spin room, “…”": a place or a time, then the words
        return not any(word in (",", BREAK, ":") for word in rest[:-1])
    # "As Ann Lee pointed out in May, “…”"
    return bool(found) and found[0].text == "As" and rest[-1:] == [","] and len(rest) <= 5


def _that_follows(found: Sequence[Token], verb: int) -> bool:
    """Tell whether a "that" clause follows a past-tense verb: "Lee asserted *that* …"."""
    if not found[verb].text.endswith("ed"):
        return False  # "practices that …" is a noun and its relative clause
    after = verb + 1
    if after < len(found) and found[after].text in PARTICLES:
        after += 1
    return after < len(found) and found[after].text == "that"


def _is_passive(found: Sequence[Token], verb: int) -> bool:
    before = verb - 1
    while before >= 0 and found[before].text.endswith("ly"):
        before -= 1
    return before >= 0 and found[before].text in PASSIVES


def _quoted_as_saying(context: QuoteContext, found: list[Token], verb: int) -> Cue | None:
    """``Lee was quoted as saying “…”``: the subject of the passive said it."""
    rest = [token.text for token in found[verb : verb + 3]]
    if rest[:2] != ["quoted", "as"] or len(rest) < 3 or not is_participle(rest[2]):
        return None
    before = verb - 1
    while before >= 0 and (found[before].text in PASSIVES or found[before].text.endswith("ly")):
        before -= 1
    return make_cue(
        subject_before(found, before + 1), "quoted as saying", context.first, "before-quote"
    )


def name_colon(context: QuoteContext) -> Cue | None:
    """``NAU: clubs ‘face closure’``: a name before a colon opening a headline or paragraph."""
    if context.before_at != 0 or ":" not in context.before:
        return None
    found = context.before_tokens
    colon = next((i for i, token in enumerate(found) if token.text == ":"), None)
    if colon is None or not 1 <= colon <= 5 or not found[0].text[:1].isupper():
        return None
    words = [token.text for token in found[:colon]]
    if any(word in (",", BREAK) for word in words):
        return None
    if words[0] in NOT_NAMES or not (context.headline or all(_word_of_name(w) for w in words)):
        return None
    return Cue(None, " ".join(words), context.first, found[0].start, "name-colon")


def _word_of_name(word: str) -> bool:
    return word[:1].isupper() or word in ("of", "and", "&", "the")
