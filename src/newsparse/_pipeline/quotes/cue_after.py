"""Cues after a quote: ``“…,” she said``, ``“…,” said Ann Lee``, ``…, the union warned``.

Right after a quote, "SPEAKER VERB" or "VERB SPEAKER" takes any word shaped
like a finite verb (``“…,” she chimed in``): the frame is the evidence. At
the end of the quote's sentence, the same frame after a comma.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse._pipeline.quotes.clauses import Token, clause_end
from newsparse._pipeline.quotes.context import Cue, QuoteContext
from newsparse._pipeline.quotes.frames import (
    VERB_CANDIDATES,
    make_cue,
    plain_subject,
    verb_words,
)
from newsparse._pipeline.quotes.nameforms import TITLE_SET, is_role
from newsparse._pipeline.quotes.namephrases import DETERMINERS, Phrase, speaker_like
from newsparse._pipeline.quotes.passages import MASK
from newsparse._pipeline.quotes.phrases import subject_after, subject_before
from newsparse._pipeline.quotes.speech import (
    IRREGULAR_PAST,
    PARTICLES,
    PASSIVES,
    is_speech_verb,
    looks_finite,
)

__all__ = ["after_quote", "sentence_end_cue"]


_AFTER_REACH = 16  # tokens between a closing mark and the verb after its speaker


_TAIL = 7  # tokens after a sentence-end cue's verb ("has warned tenants today.")


_IDIOMS = frozenset(("it", "they"))  # "‘…’ says it all"


_OPEN_FOLLOWERS = frozenset((
    ",", ";", "(", "that", "to", "in", "on", "at", "during", "before", "after", "while",
    "when", "as", "from", "with", "of", "about", "via",
))  # fmt: skip


_S_FOLLOWERS = frozenset((",", "that", "("))


# Words that open a clause in which no speaker can stand before a verb.
_NO_SUBJECT = frozenset((
    "for", "with", "or", "and", "but", "if", "that", "which", "who", "whom", "whose", "when",
    "where", "while", "because", "since", "until", "unless", "though", "although", "as", "than",
    "to", "of", "in", "on", "at", "by", "from", "into", "about", "over", "under", "after",
    "before", "without", "between", "among", "during", "so", "nor", "whether", "is", "are",
    "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "should", "must", "do", "does", "did", "not", "than", "then", "now", "even",
))  # fmt: skip


_FRAME_REACH = 160  # characters after a closing mark read for a frame's verb


_PUNCTUATION = ",.;:!?()’'”\"»›"


_STOPS_AND_MASK = frozenset((";", MASK))


_FINITE_IRREGULAR = IRREGULAR_PAST


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
        if not is_speech_verb(first):
            # "residents in Ashby said": a plural noun, not a verb, opens the frame
            framed = _speaker_then_verb(found, start, end, tail=tail)
            if framed is not None:
                return framed
        return _inverted(found, start, end, tail=tail)
    return _speaker_then_verb(found, start, end, tail=tail)


def _speaker_then_verb(
    found: Sequence[Token], start: int, end: int, *, tail: int | None
) -> tuple[str, Phrase] | None:
    """Read "SPEAKER VERB" from token ``start``: the first verb whose subject opens there."""
    for verb in range(start + 1, min(end, start + _AFTER_REACH)):
        word = found[verb].text
        known = is_speech_verb(word)
        if not known and not _open_verb(found, verb, end):
            continue
        if tail is not None and clause_end(found, verb) - verb > tail:
            return None
        if known and verb + 1 < end and found[verb + 1].text == "by":
            return None  # a participle, not a verb of saying: "‘…’ measures added by the board"
        phrase = subject_before(found, verb, low=start, whole=True)
        if phrase is not None and (known or speaker_like(phrase)):
            return verb_words(found, verb, end), phrase
        if known:
            return None
    return None


def _open_verb(found: Sequence[Token], verb: int, end: int) -> bool:
    """Tell whether a word not known as a verb of saying stands as one would."""
    shaped = looks_finite(found[verb].text) or _after_plural(found, verb)
    return shaped and _open_frame(found, verb, end)


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
    if not is_speech_verb(found[start].text) and not _open_inverted(found, after, phrase, tail):
        return None
    return verb_words(found, start, end), phrase


def _open_inverted(found: Sequence[Token], after: int, phrase: Phrase, tail: int | None) -> bool:
    """Tell whether a verb not known as one of saying credits the speaker after it.

    Only right after the quote, and not before a title or a job, where an
    adjective stands ("retired Sen. Ann Lee", "former mayor Ann Lee").
    """
    if tail is not None or after >= len(found):
        return False
    following = found[after].text
    if following.rstrip(".") in TITLE_SET or is_role(following):
        return False
    return speaker_like(phrase)


def _speaker_ends_clause(found: Sequence[Token], phrase: Phrase, end: int) -> bool:
    """Tell whether only an appositive or a bracket follows a speaker to the clause end."""
    last = phrase.start + len(phrase.text)
    for index in range(end):
        if found[index].start >= last:
            return found[index].text in (",", "(")
    return True


def _after_plural(found: Sequence[Token], verb: int) -> bool:
    """Tell whether a lowercase word follows a plural subject, as a verb's base form does."""
    word, before = found[verb].text, found[verb - 1].text
    if not (word.isalpha() and word.islower() and len(word) > 2):
        return False
    if before in ("they", "we"):
        return True
    # "the Saudis state", "the farmers argue": a plural noun after a determiner or capitalised
    determined = verb > 1 and found[verb - 2].text.lower() in DETERMINERS
    if before.endswith(("’s", "'s")):
        return False  # a possessive: "Lee’s chief of staff"
    return before.endswith("s") and (before[:1].isupper() or determined)


def _open_frame(found: Sequence[Token], verb: int, end: int) -> bool:
    """Tell whether a verb not known to be one of saying stands where a speech verb would."""
    word = found[verb].text
    # A past, or a plain form after a plural ("they state in"); "-s" may be a plural
    # noun ("photos from"), so fewer words may follow it.
    followers = _OPEN_FOLLOWERS if word.endswith("ed") or not word.endswith("s") else _S_FOLLOWERS
    after = verb + 1
    if after < end and found[after].text in PARTICLES:
        if after + 1 >= end or found[after + 1].text.lower() in followers:
            return True  # "chimed in, …", "shot back"
        # "they state in the report": "in" follows a plain form ("cited on Monday" does not)
        return not word.endswith("ed") and found[after].text in followers
    return after >= end or found[after].text.lower() in followers


def after_quote(context: QuoteContext) -> Cue | None:
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
    led = start < len(found) and found[start].text == "as"
    if led:
        start += 1  # "‘…,’ as Lee put it"
    elif start < len(found) and found[start].text in _NO_SUBJECT:
        return None
    frame = _frame_after(found, start, clause_end(found, start))
    if frame is None or (led and not speaker_like(frame[1])):
        return None  # "“…” as his top choice": no speaker
    return make_cue(frame[1], frame[0], context.last, "after-quote")


def _may_frame(text: str, *, opens: bool = True) -> bool:
    """Tell cheaply whether ``text`` holds a word that may be the verb of a speech frame.

    With ``opens`` (the words right after a quote), a clause that opens
    with a preposition or a conjunction ("for", "if", "which") has no
    speaker before a verb, so only a verb opening it counts.
    """
    words = text.split()
    if opens and words and words[0].strip(_PUNCTUATION) == "as":
        words = words[1:]  # "‘…,’ as Lee put it"
    if not words:
        return False
    first = words[0].strip(_PUNCTUATION)
    if opens and first in _NO_SUBJECT:
        return False
    if first.islower() and (first in VERB_CANDIDATES or looks_finite(first)):
        return True
    for word in words:
        word = word.rstrip(_PUNCTUATION)
        if not word[:1].islower():
            if word[:1] in _STOPS_AND_MASK:
                return False  # the clause ended
            continue
        if word in VERB_CANDIDATES or looks_finite(word):
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
        if plain_subject(subject, "") and subject[0] not in ("it", "they"):
            return Cue(first, " ".join(subject), context.last, at + len(first) + 1, "after-quote")
        return None
    for count in range(1, min(4, len(words))):
        verb = words[count].rstrip(".,;:!?")
        if is_speech_verb(verb):
            passive = count + 1 < len(words) and words[count + 1].split(" ", 1)[0] == "by"
            if plain_subject(words[:count], "") and not passive:
                return Cue(verb, " ".join(words[:count]), context.last, at, "after-quote")
            return None
    return None


def sentence_end_cue(context: QuoteContext) -> Cue | None:
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
            return make_cue(frame[1], frame[0], context.last, "sentence-end")
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
