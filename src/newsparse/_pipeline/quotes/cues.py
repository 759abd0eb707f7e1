"""Cues: the words that credit a quote to someone, read around the quote.

Each rule is a small function from a :class:`QuoteContext` to a
:class:`Cue` or ``None``; :data:`CUE_RULES` tries them in order and the
first cue found wins. The rules read the *masked* text, where every quote is
blanked out, as tokens (:mod:`.clauses`), and only the sentence around the
quote, cut to a bounded window, so no input makes them slow.

A rule recognises a speech *frame* rather than a listed verb: right after a
quote, "NAME VERB" or "VERB NAME" takes any word shaped like a finite verb
(``“…,” she chimed in``); before a quote, a known verb of saying anywhere in
the sentence, or any verb that leads straight into the quote with a colon or
"that" (``he quipped: “…”``); after a comma, any participle (``…,
responding that “…”``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from newsparse._pipeline.quotes.clauses import BREAK, Token, clause_end, tokens
from newsparse._pipeline.quotes.nameforms import TITLE_SET, is_role_title
from newsparse._pipeline.quotes.passages import MASK
from newsparse._pipeline.quotes.phrases import (
    Phrase,
    speaker_like,
    subject_after,
    subject_before,
)
from newsparse._pipeline.quotes.speech import (
    AUXILIARIES,
    IRREGULAR_PAST,
    PARTICLES,
    PASSIVES,
    is_participle,
    is_speech_verb,
    looks_finite,
)
from newsparse._pipeline.quotes.vocabulary import NOT_NAMES, PARTICIPLES, SPEECH_VERBS, STARTERS

__all__ = ["CUE_RULES", "Cue", "CueRule", "QuoteContext", "find_cue", "speech_verb_near"]


class QuoteContext:
    """The writer's words around one quote, read as tokens on first use.

    Attributes:
        before: The masked sentence before the opening mark, in the passage
            the quote opens in.
        before_at: Offset of ``before`` in that passage.
        after: The masked rest of the sentence after the closing mark.
        after_at: Offset of ``after`` in the passage the quote ends in.
        first: The passage the quote opens in.
        last: The passage the quote ends in.
        headline: True when the quote is in the headline.
        ends_sentence: True when the quoted words end with a full stop.
    """

    __slots__ = (
        "_after_tokens",
        "_before_tokens",
        "_plain",
        "after",
        "after_at",
        "before",
        "before_at",
        "ends_sentence",
        "first",
        "headline",
        "last",
    )

    def __init__(
        self,
        before: str,
        before_at: int,
        after: str,
        after_at: int,
        first: int,
        last: int,
        *,
        headline: bool = False,
        ends_sentence: bool = False,
    ) -> None:
        self.before, self.before_at, self.after, self.after_at = before, before_at, after, after_at
        self.first, self.last = first, last
        self.headline, self.ends_sentence = headline, ends_sentence
        self._before_tokens: list[Token] | None = None
        self._after_tokens: list[Token] | None = None
        self._plain: Cue | bool | None = False  # False: not read yet

    @classmethod
    def of_text(
        cls,
        before: str,
        after: str,
        *,
        after_at: int,
        headline: bool = False,
        ends_sentence: bool = False,
    ) -> QuoteContext:
        """Return the context of a quote in passage 0.

        Example:
            >>> [t.text for t in QuoteContext.of_text("He said: ", "", after_at=20).before_tokens]
            ['He', 'said', ':']
        """
        return cls(before, 0, after, after_at, 0, 0, headline=headline, ends_sentence=ends_sentence)

    @property
    def before_tokens(self) -> list[Token]:
        """The tokens of :attr:`before`, offsets in its passage."""
        if self._before_tokens is None:
            self._before_tokens = tokens(self.before, self.before_at)
        return self._before_tokens

    @property
    def after_tokens(self) -> list[Token]:
        """The tokens of :attr:`after` to the end of its first clause, offsets in its passage."""
        if self._after_tokens is None:
            self._after_tokens = tokens(self.after, self.after_at, first_clause=True)
        return self._after_tokens


class Cue(NamedTuple):
    """Words crediting a quote: the verb and the speaker as written.

    Attributes:
        verb: The attributing words ("said", "according to").
        subject: The speaker as written ("He", "Dr Brenner", "the document"),
            or ``None`` for a headline's colon.
        passage: The passage the subject is in.
        at: The subject's offset there.
        rule: The name of the rule that found it.
    """

    verb: str | None
    subject: str
    passage: int
    at: int
    rule: str


CueRule = tuple[str, Callable[[QuoteContext], Cue | None]]

_AFTER_REACH = 16  # tokens between a closing mark and the verb after its speaker
_TAIL = 7  # tokens after a sentence-end cue's verb ("has warned tenants today.")
_IDIOMS = frozenset(("it", "they"))  # "‘…’ says it all"
_OPEN_FOLLOWERS = frozenset((
    ",", ";", "(", "that", "to", "in", "on", "at", "during", "before", "after", "while",
    "when", "as", "from", "with", "of", "about", "via",
))  # fmt: skip
_CONJUNCTIONS = frozenset(("and", "but", "yet", "then"))
_SPEECH_PARTICIPLES = frozenset(PARTICIPLES)
# Words that open a clause in which no speaker can stand before a verb.
_NO_SUBJECT = frozenset((
    "for", "with", "or", "and", "but", "if", "that", "which", "who", "whom", "whose", "when",
    "where", "while", "because", "since", "until", "unless", "though", "although", "as", "than",
    "to", "of", "in", "on", "at", "by", "from", "into", "about", "over", "under", "after",
    "before", "without", "between", "among", "during", "so", "nor", "whether", "is", "are",
    "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "should", "must", "do", "does", "did", "not", "than", "then", "now", "even",
))  # fmt: skip
_SUBJECT_TRIES = 3  # verbs of a sentence tried for its subject (an appositive may hold one)
_FRAME_REACH = 160  # characters after a closing mark read for a frame's verb
_PUNCTUATION = ",.;:!?()’'”\"»›"
_STOPS_AND_MASK = frozenset((";", MASK))
_FINITE_IRREGULAR = IRREGULAR_PAST
_KNOWN_VERBS = frozenset(SPEECH_VERBS)
_PLAIN_PRONOUNS = frozenset(("he", "she", "He", "She"))
_PLAIN_DETERMINERS = frozenset(("the", "The", "a", "A", "an", "An"))
_VERB_CANDIDATES = frozenset((*SPEECH_VERBS, "according", "According"))


def _cue(phrase: Phrase | None, verb: str | None, passage: int, rule: str) -> Cue | None:
    if phrase is None:
        return None
    return Cue(verb=verb, subject=phrase.text, passage=passage, at=phrase.start, rule=rule)


def _frame_after(
    found: Sequence[Token], start: int, end: int, *, tail: int | None = None
) -> tuple[str, Phrase] | None:
    """Read "VERB SPEAKER", "SPEAKER VERB" or "according to SPEAKER" from token ``start``.

    With ``tail``, the verb must be followed by at most that many tokens
    before the clause ends (a cue at the end of a sentence).
    """
    if start >= end:
        return None
    first = found[start].text
    lower = first.lower()
    if lower == "according" and start + 1 < end and found[start + 1].text == "to":
        phrase = subject_after(found[:end], start + 2)
        return ("according to", phrase) if phrase is not None else None
    if first.islower() and looks_finite(first) and first not in PASSIVES:
        return _inverted(found, start, end, tail=tail)
    for verb in range(start + 1, min(end, start + _AFTER_REACH)):
        word = found[verb].text
        known = is_speech_verb(word)
        shaped = looks_finite(word) or _after_plural(found, verb)
        if not known and not (shaped and _open_frame(found, verb, end)):
            continue
        if tail is not None and clause_end(found, verb) - verb > tail:
            return None
        phrase = subject_before(found, verb, low=start, whole=True)
        if phrase is not None and (known or speaker_like(phrase)):
            return _verb_words(found, verb, end), phrase
        if known:
            return None
    return None


def _inverted(
    found: Sequence[Token], start: int, end: int, *, tail: int | None
) -> tuple[str, Phrase] | None:
    """Read "VERB [particle] SPEAKER": ``said the chair, Ann Lee`` / ``chimed in Ann Lee``."""
    after = start + 1
    if after < end and found[after].text in PARTICLES:
        after += 1
    phrase = subject_after(found[:end], after)
    if phrase is None or phrase.text.lower() in _IDIOMS:
        return None
    if tail is not None and not _speaker_ends_clause(found, phrase, end):
        return None
    if not is_speech_verb(found[start].text) and not speaker_like(phrase):
        return None
    return _verb_words(found, start, end), phrase


def _speaker_ends_clause(found: Sequence[Token], phrase: Phrase, end: int) -> bool:
    """Tell whether only an appositive or a bracket follows a speaker to the clause end."""
    last = phrase.start + len(phrase.text)
    for index in range(end):
        if found[index].start >= last:
            return found[index].text in (",", "(")
    return True


def _verb_words(found: Sequence[Token], verb: int, end: int) -> str:
    """Return the verb as written, with its particle ("said", "chimed in")."""
    word = found[verb].text
    if verb + 1 < end and found[verb + 1].text in PARTICLES and not is_speech_verb(word):
        return f"{word} {found[verb + 1].text}"
    return word


def _after_plural(found: Sequence[Token], verb: int) -> bool:
    """Tell whether a lowercase word follows a plural subject, as a verb's base form does."""
    word, before = found[verb].text, found[verb - 1].text
    return (
        word.isalpha()
        and word.islower()
        and len(word) > 2
        and (before in ("they", "we") or (before.endswith("s") and before[:1].isupper()))
    )


def _open_frame(found: Sequence[Token], verb: int, end: int) -> bool:
    """Tell whether a verb not known to be one of saying stands where a speech verb would."""
    after = verb + 1
    if after < end and found[after].text in PARTICLES:
        after += 1
    if after >= end:
        return True
    follower = found[after].text.lower()
    if found[verb].text.endswith("ed"):
        return follower in _OPEN_FOLLOWERS
    return follower in (",", "that", "(")  # "-s" may be a plural noun: "photos from"


def _after_quote(context: QuoteContext) -> Cue | None:
    """``‘…,’ he said`` / ``‘…’, said Dr Lee`` / ``“…,” Rovers coach Ann Lee chimed in``."""
    if context.ends_sentence or not context.after.strip(" ,"):
        return None
    quick = _plain_after(context)
    if quick is not None:
        return quick
    if not _may_frame(context.after[:_FRAME_REACH]):
        return None  # spared the tokens: no word there can be a verb of a frame
    found = context.after_tokens
    start = 1 if found and found[0].text == "," else 0
    if start < len(found) and found[start].text == "as":
        start += 1  # "‘…,’ as Lee put it"
    elif start < len(found) and found[start].text in _NO_SUBJECT:
        return None
    frame = _frame_after(found, start, clause_end(found, start))
    if frame is None:
        return None
    return _cue(frame[1], frame[0], context.last, "after-quote")


def _may_frame(text: str, *, opens: bool = True) -> bool:
    """Tell cheaply whether ``text`` holds a word that may be the verb of a speech frame.

    With ``opens`` (the words right after a quote), a clause that opens
    with a preposition or a conjunction ("for", "if", "which") has no
    speaker before a verb, so only a verb opening it counts.
    """
    words = text.split()
    if not words:
        return False
    first = words[0].strip(_PUNCTUATION)
    if opens and first in _NO_SUBJECT:
        return False
    if first.islower() and (first in _VERB_CANDIDATES or looks_finite(first)):
        return True
    for word in words:
        word = word.rstrip(_PUNCTUATION)
        if not word[:1].islower():
            if word[:1] in _STOPS_AND_MASK:
                return False  # the clause ended
            continue
        if word in _VERB_CANDIDATES or looks_finite(word):
            return True
    return False


def _plain_after(context: QuoteContext) -> Cue | None:
    """Read the commonest cues without tokens: ``“…,” she said`` / ``“…,” said Ann Lee.``.

    Only plain words qualify (no title, initial or bracket); anything else
    goes to the token readers, which give the same answer for these. Read
    once per quote.
    """
    if context._plain is not False:
        return context._plain if isinstance(context._plain, Cue) else None
    context._plain = found = _read_plain_after(context)
    return found


def _read_plain_after(context: QuoteContext) -> Cue | None:
    after = context.after
    rest = after.lstrip(" ,")
    at = context.after_at + len(after) - len(rest)
    words = rest.split(" ", 4)
    first = words[0].rstrip(".,")
    if is_speech_verb(first) and 1 < len(words) <= 4 and words[-1][-1:] in (".", ","):
        subject = [*words[1:-1], words[-1][:-1]]
        if _plain_subject(subject, "") and subject[0] not in ("it", "they"):
            return Cue(first, " ".join(subject), context.last, at + len(first) + 1, "after-quote")
        return None
    for count in range(1, min(4, len(words))):
        verb = words[count].rstrip(".,;:!?")
        if is_speech_verb(verb):
            if _plain_subject(words[:count], ""):
                return Cue(verb, " ".join(words[:count]), context.last, at, "after-quote")
            return None
    return None


def _plain_subject(words: Sequence[str], last: str) -> bool:
    """Tell whether ``words`` are a plain subject the token readers would read the same.

    "he" or "she"; one to three capitalised words, the first may be a title
    ("Gov. Ann Lee", "O’Hallor"); or "the", "a" or "an" and one or two
    plain words ("the report", "the Times").
    """
    if last.count(",") + last.count(".") > 1 or not words:
        return False
    first = words[0]
    if len(words) == 1 and first in _PLAIN_PRONOUNS:
        return True
    if first in _PLAIN_DETERMINERS:
        return 1 < len(words) <= 3 and all(
            word.isalpha()
            and word not in AUXILIARIES
            and word not in PASSIVES
            and not (word.endswith("ly") and word not in ("family", "ally"))
            and word != "only"
            for word in words[1:]
        )
    if first in NOT_NAMES or (first.endswith(".") and first[:-1] not in TITLE_SET):
        return False
    return all(_plain_name_word(word) for word in words[1 if first.endswith(".") else 0 :])


def _plain_name_word(word: str) -> bool:
    """Tell whether ``word`` is a capitalised word of a name, no job: "Lee", "O’Hallor"."""
    letters = word.replace("’", "").replace("'", "").replace("-", "")
    return (
        letters.isalpha()
        and word[0].isupper()
        and not word.isupper()
        and not is_role_title(word)
        and word not in NOT_NAMES
    )


def _plain_before(context: QuoteContext) -> Cue | None:
    """Read ``He said: “…”`` / ``Meanwhile, Ann Lee warned that clubs were “…”`` without tokens.

    The sentence must open (after a sentence adverb and its comma) with a
    plain subject and its known verb, and no other known verb may follow
    before the quote; anything else goes to the token readers.
    """
    before = context.before
    words = before.split()
    skip = 0
    if words and words[0].endswith(",") and words[0][:-1] in STARTERS:
        skip = 1  # "Meanwhile, Ann Lee said"
    for count in range(skip + 1, min(skip + 4, len(words))):
        verb = words[count].rstrip(":,")
        if not is_speech_verb(verb):
            continue
        subject = words[skip:count]
        if words[count][-1:] == "," or not _plain_subject(subject, ""):
            return None
        rest = words[count + 1 :]
        if rest and rest[0] in ("by", "to", "as"):
            return None  # "He said as much": the verb may not credit the quote
        if any(word.rstrip(",:") in _VERB_CANDIDATES or "ing" in word for word in rest):
            return None  # a nearer verb may credit it: the token readers decide
        at = context.before_at + before.find(subject[0], len(before) - len(before.lstrip()))
        return Cue(verb, " ".join(subject), context.first, at, "before-quote")
    return None


def _before_quote(context: QuoteContext) -> Cue | None:
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
    led = texts[-1] in (":", "that") or texts[0] == "As"
    if led:
        cue = _open_verb_before(context, found, near_only=True)
        if cue is not None:
            return cue  # "Lee fired back: “…”" wins over an earlier verb of the sentence
    for verb in range(len(found) - 1, -1, -1):
        word = texts[verb]
        if word in _VERB_CANDIDATES or word.endswith("ing"):
            cue = _cue_for_verb(context, found, verb)
            if cue is not None:
                return cue
    return _open_verb_before(context, found) if "that" in texts else None


def _may_credit(before: str) -> bool:
    """Tell cheaply whether the words before a quote hold anything a before-quote cue reads."""
    stripped = before.rstrip()
    if not stripped:
        return False
    if stripped.endswith((":", "that")) or stripped.startswith("As ") or "ing" in stripped:
        return True
    words = stripped.replace(",", " ").split()
    return "that" in words or not _VERB_CANDIDATES.isdisjoint(words)


def _cue_for_verb(context: QuoteContext, found: list[Token], verb: int) -> Cue | None:
    word = found[verb].text
    lower = word.lower()
    if lower == "according" and verb + 1 < len(found) and found[verb + 1].text == "to":
        return _cue(subject_after(found, verb + 2), "according to", context.first, "before-quote")
    if is_participle(lower) and verb > 0 and found[verb - 1].text == ",":
        return _cue(sentence_subject(found, verb), word, context.first, "before-quote")
    if lower in _SPEECH_PARTICIPLES:  # "with the report warning of ‘…’"
        return _cue(sentence_subject(found, verb), word, context.first, "before-quote")
    if not is_speech_verb(word):
        return None
    return _subject_cue(context, found, verb)


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
            cue = None if is_speech_verb(previous) else _subject_cue(context, found, verb)
            if cue is not None and speaker_like(Phrase(cue.subject, cue.at)):
                return cue
    return None


def _subject_cue(context: QuoteContext, found: list[Token], verb: int) -> Cue | None:
    """Return the cue of the speech verb at ``verb``, its subject read before it."""
    word = found[verb].text
    if _is_passive(found, verb):
        return _quoted_as_saying(context, found, verb)
    before = verb - 1
    if before > 0 and found[before].text in ("who", "which") and found[before - 1].text == ",":
        before -= 1  # "Ann Lee, who said …": the name before the relative
    elif before >= 0 and found[before].text.lower() in _CONJUNCTIONS:
        return _cue(sentence_subject(found, before), word, context.first, "before-quote")
    phrase = subject_before(found, before + 1)
    return _cue(phrase, _verb_words(found, verb, len(found)), context.first, "before-quote")


def _leads_in(found: Sequence[Token], verb: int) -> bool:
    """Tell whether the tokens after a verb lead straight into the quote ("quipped that ")."""
    rest = [token.text for token in found[verb + 1 :]]
    if rest and rest[0] in PARTICLES:
        rest = rest[1:]
    while rest and rest[0].endswith("ly"):
        rest = rest[1:]  # "fired back forcefully:"
    if rest in ([":"], ["that"], [",", "that"]):
        return True
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
    return _cue(
        subject_before(found, before + 1), "quoted as saying", context.first, "before-quote"
    )


def sentence_subject(found: Sequence[Token], upto: int) -> Phrase | None:
    """Return the subject of the sentence whose tokens before index ``upto`` are ``found``.

    An opening phrase up to its comma is skipped ("Later that month, the
    firm applied" gives "the firm"; "Reached by phone, Lee denied it"
    gives "Lee").

    Example:
        >>> found = tokens("Later that day, the firm applied again, saying")
        >>> sentence_subject(found, len(found) - 1)
        Phrase(text='the firm', start=16)
    """
    start = 0
    while start < upto and found[start].text in STARTERS:
        start += 1
    if start < upto and found[start].text == ",":
        start += 1
    elif upto and (start or _opens_with_phrase(found[0].text)):
        comma = next((i for i in range(start, upto) if found[i].text == ","), None)
        start = comma + 1 if comma is not None else start
    tries = 0
    for verb in range(start + 1, upto):
        word = found[verb].text
        if word[:1].isupper() or not (
            word in AUXILIARIES or word in PASSIVES or is_speech_verb(word) or looks_finite(word)
        ):
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


def _sentence_end(context: QuoteContext) -> Cue | None:
    """``‘…’ over the harbour plan, the union has warned.`` / ``…, warns NHBW``."""
    if context.ends_sentence or "," not in context.after:
        return None
    tail = context.after.rsplit(",", 1)[1] if context.headline else context.after
    if not _may_frame(tail, opens=False):
        return None
    found = context.after_tokens
    end = clause_end(found)
    commas = [index for index in range(end) if found[index].text == ","]
    for comma in reversed(commas[-3:]):
        frame = _frame_after(found, comma + 1, end, tail=_TAIL)
        if frame is None and context.headline:
            frame = _headline_frame(found, comma + 1, end)
        if frame is not None:
            return _cue(frame[1], frame[0], context.last, "sentence-end")
    return None


def _headline_frame(found: Sequence[Token], start: int, end: int) -> tuple[str, Phrase] | None:
    """Read a headline's bare noun and verb at its end: ``…, audit finds``."""
    if end - start not in (2, 3, 4):
        return None
    words = [token.text for token in found[start:end]]
    if looks_finite(words[-1]):
        verb, phrase = words[-1], Phrase(" ".join(words[:-1]), found[start].start)
    elif looks_finite(words[0]):
        verb, phrase = words[0], Phrase(" ".join(words[1:]), found[start + 1].start)
    else:
        return None
    return (verb, phrase) if speaker_like(phrase) else None


def _name_colon(context: QuoteContext) -> Cue | None:
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


CUE_RULES: tuple[CueRule, ...] = (
    ("after-quote", _after_quote),
    ("before-quote", _before_quote),
    ("sentence-end", _sentence_end),
    ("name-colon", _name_colon),
)
"""The cue rules in the order they are tried; the first cue found wins."""

_BEFORE_FIRST: tuple[CueRule, ...] = (CUE_RULES[1], CUE_RULES[0], *CUE_RULES[2:])


def _word_of_name(word: str) -> bool:
    return word[:1].isupper() or word in ("of", "and", "&", "the")


def speech_verb_near(context: QuoteContext) -> bool:
    """Tell whether a known verb of saying stands in the sentence around a quote.

    A short quote near one is somebody's words even when no rule could
    read who said them, so it is no scare quote.

    Example:
        >>> speech_verb_near(QuoteContext.of_text("The nurses said it was ", ".", after_at=30))
        True
    """
    for text in (context.before, context.after):
        for word in text.split():
            word = word.strip(",.;:()").lower()
            if is_speech_verb(word) or word in _SPEECH_PARTICIPLES or word == "according":
                return True
    return False


def find_cue(context: QuoteContext, rules: tuple[CueRule, ...] = CUE_RULES) -> Cue | None:
    """Return the first cue that ``rules`` find around a quote.

    Args:
        context: The writer's words around the quote.
        rules: The rules to try, in order.

    Returns:
        The cue, or ``None`` when no rule credits the quote.

    Example:
        >>> cue = find_cue(QuoteContext.of_text("", ", Dr Ann Lee said.", after_at=9))
        >>> cue.verb, cue.subject, cue.rule
        ('said', 'Dr Ann Lee', 'after-quote')
    """
    if rules is CUE_RULES and _speech_verb_before(context):
        rules = _BEFORE_FIRST  # a partial quote inside reported speech: its verb is before it
    for _, rule in rules:
        cue = rule(context)
        if cue is not None:
            return cue
    return None


def _speech_verb_before(context: QuoteContext) -> bool:
    """Tell whether a known verb of saying stands before a quote that opens lowercase."""
    before = context.before.rstrip()
    if not before or before.endswith((":", ",")):
        return False
    return any(word in _KNOWN_VERBS for word in before.split())
