"""Cues: the words that credit a quote to someone, read around the quote.

Each rule is a small function from a :class:`QuoteContext` to a
:class:`Cue` or ``None``; :data:`CUE_RULES` tries them in order and the
first cue found wins. The rules read the *masked* text, where every quote is
blanked out, and each looks only at the sentence around the quote, cut to a
bounded window, so no input makes them slow.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from newsparse._pipeline.quotes.passages import MASK
from newsparse._pipeline.quotes.subjects import (
    clean_subject,
    strip_auxiliaries,
    subject_before,
    subject_pattern,
)
from newsparse._pipeline.quotes.verbs import Verb, find_verbs
from newsparse._pipeline.quotes.vocabulary import (
    AUXILIARIES,
    LOWER,
    NAME_PATTERN,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    STARTERS,
    lazy_pattern,
    words_pattern,
)

__all__ = [
    "CUE_RULES",
    "Cue",
    "CueRule",
    "QuoteContext",
    "find_cue",
    "speech_verb_near",
]


_VERB = words_pattern(SPEECH_VERBS)
_AUX = words_pattern(AUXILIARIES)
_STARTER = words_pattern(STARTERS)
_SOURCE = words_pattern(SOURCE_NOUNS)
# Up to two words before a bare noun: "public health". Possessive (``++``), as
# a word or a space is never given back: what follows cannot start with one.
_BARE = r"(?:[\w&’'-]++\s++){0,2}"

# A cue right after the closing mark. The leading ``[\s,]*+`` is possessive:
# no branch starts with a space or comma, so giving one back never helps,
# and a quote with no cue after it fails at once.
# Matches: ", he said", " said Dr Ann Lee", " said resident Joan Ellery",
# " said the chairman, Len Price",
# ", the council has warned", ", according to the NAU"
_AFTER = lazy_pattern(
    rf"[\s,]*+(?:(?P<verb>{_VERB})\s+(?:[{LOWER}][\w-]*,?\s+){{0,3}}?{subject_pattern('inverted')}"
    rf"|{subject_pattern('subject')}(?:,[^,.;:{MASK}]{{2,120}}?,)?\s+(?:{_AUX}\s+)*(?P<verb2>{_VERB})\b"
    rf"|(?P<according>according\s+to)\s+{subject_pattern('source')})"
)

# The name after a job that follows "said". Matches: ", Len Price" in
# "said the chairman, Len Price."
_NAMED_AFTER = lazy_pattern(rf",\s+(?P<named>{NAME_PATTERN})(?=\s*[.,;:!?]|\s*$)")

_AFTER_GROUPS = (
    ("inverted", "verb"),
    ("subject", "verb2"),
    ("source", "according"),
)

# A cue at the end of the sentence a quote sits in (``\s*+`` possessive, as above).
# Matches: ", the NAU has warned.", ", the NAU has warned tenants.", ", warns NHBW",
# ", according to the report"
_TRAILING = lazy_pattern(
    rf",\s*+(?:{subject_pattern('subject')}\s+(?:{_AUX}\s+)*(?P<verb>{_VERB})(?:\s+[^,.;:!?]{{1,40}})?"
    rf"|(?P<verb2>{_VERB})\s+{subject_pattern('inverted')}(?:,[^,.;:!?{MASK}]{{2,80}})?)\s*[.!?]?\s*$"
    rf"|,\s*+(?P<according>according\s+to)\s+{subject_pattern('source')}"
)

# A headline's cue with a bare noun for its speaker, as headlines drop
# "the". Matches: ", audit finds", ", say doctors' leaders"
_HEADLINE_TRAILING = lazy_pattern(
    rf",\s*(?:(?P<subject>{_BARE}{_SOURCE})\s+(?P<verb>{_VERB})"
    rf"|(?P<verb2>{_VERB})\s+(?P<inverted>{_BARE}{_SOURCE}))\s*$"
)

# The subject of a sentence, for a participle cue ("..., saying").
# Matches the start of "Meanwhile, he encouraged landlords", up to "he", and
# of "Later that month, the firm applied", up to "the firm"
_SENTENCE_SUBJECT = lazy_pattern(
    rf"\s*(?:{_STARTER}\b[\s,]*)*(?:{_STARTER}\b[\w’' -]{{1,30}},\s+)?"
    rf"{subject_pattern('subject')}(?=\s+[{LOWER}])"
)

# A headline that credits its words to a name before a colon.
# Matches: "NAU: ", "Trust chief: "
_HEADLINE_COLON = lazy_pattern(
    rf"\s*(?P<subject>(?:[Tt]he\s+)?{NAME_PATTERN}(?:\s+[{LOWER}]+){{0,2}})\s*:\s"
)


@attrs.define
class QuoteContext:
    """The writer's words around one quote.

    Not frozen, as one is built for every quote and a frozen class costs
    about three times as much to build.

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
        verbs: The speech verbs in ``before``, offsets in its passage (as
            ``before_at`` is).
        verb_after: Whether a speech verb stands in ``after``.
    """

    before: str
    before_at: int
    after: str
    after_at: int
    first: int
    last: int
    headline: bool
    ends_sentence: bool
    verbs: tuple[Verb, ...]
    verb_after: bool

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
        """Return the context of a quote in passage 0, its verbs found in ``before`` and ``after``.

        Example:
            >>> context = QuoteContext.of_text("He said: ", "", after_at=20)
            >>> [verb.word for verb in context.verbs], context.verb_after
            (['said'], False)
        """
        return cls(
            before=before,
            before_at=0,
            after=after,
            after_at=after_at,
            first=0,
            last=0,
            headline=headline,
            ends_sentence=ends_sentence,
            verbs=find_verbs(before),
            verb_after=bool(find_verbs(after)),
        )


@attrs.define
class Cue:
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


_DESCRIBED_REACH = 80  # characters between a closing mark and its speech verb

CueRule = tuple[str, Callable[[QuoteContext], Cue | None]]


def _cue(
    match: re.Match[str], group: str, verb: str | None, where: tuple[int, int], rule: str
) -> Cue | None:
    subject = clean_subject(match.group(group))
    if subject is None:
        return None
    index, offset = where
    if verb is not None:
        verb = " ".join(verb.split())
    return Cue(verb=verb, subject=subject, passage=index, at=offset + match.start(group), rule=rule)


def _after_quote(context: QuoteContext) -> Cue | None:
    """``‘…,’ he said`` / ``‘…’, said Dr Lee`` / ``‘…’, according to the NAU``."""
    if context.ends_sentence:
        return None
    match = _AFTER().match(context.after)
    if match is None:
        return None
    where = (context.last, context.after_at)
    if match.group("inverted") is not None and match.group("inverted")[:1].islower():
        # "said the chairman, Len Price": the name, not the job, is the speaker.
        named = _NAMED_AFTER().match(context.after, match.end())
        if named is not None:
            return _cue(named, "named", match.group("verb"), where, "after-quote")
    for group, verb in _AFTER_GROUPS:
        if match.group(group) is not None:
            if group == "inverted" and match.group(group) in ("it", "they"):
                return None  # "‘…’ says it all": an idiom, not "said he"
            return _cue(match, group, match.group(verb), where, "after-quote")
    return None  # pragma: no cover - the regex always sets one group


def _after_described(context: QuoteContext) -> Cue | None:
    """``‘…,’ Harbourside coach Ned O’Hallor said``: a job before the name after the quote."""
    if context.ends_sentence or not context.verb_after:
        return None
    verbs = find_verbs(context.after)
    if not verbs or verbs[0].kind != "verb":
        return None
    written = context.after[: verbs[0].start]
    if len(written) > _DESCRIBED_REACH or written[:1] not in (",", " ") or "." in written[:-1]:
        return None
    head = strip_auxiliaries(written.rstrip())
    found = subject_before(head) if head else None
    if found is None or not found[0][:1].isupper():
        return None
    name, at = found
    return Cue(
        verb=verbs[0].word,
        subject=name,
        passage=context.last,
        at=context.after_at + at,
        rule="after-described",
    )


def _before_quote(context: QuoteContext) -> Cue | None:
    """``He said: ‘…’`` / ``Dr Lee warned that clubs were ‘…’`` / ``…, saying ‘…’``.

    The speech verbs of the sentence are tried from the nearest back, so a
    verb whose subject is not a speaker ("Dr Lee said told tenants") falls
    back to the one before.
    """
    for verb in reversed(context.verbs):
        cue = _cue_for_verb(context, verb)
        if cue is not None:
            return cue
    return None


def _cue_for_verb(context: QuoteContext, verb: Verb) -> Cue | None:
    text, where = context.before, (context.first, context.before_at)
    start, end = verb.start - context.before_at, verb.end - context.before_at
    if verb.kind == "according":
        after = _SUBJECT_AFTER().match(text, end)
        return _cue(after, "subject", "according to", where, "before-quote") if after else None
    if verb.kind == "participle":
        opening = _SENTENCE_SUBJECT().match(text)
        return _cue(opening, "subject", verb.word, where, "before-quote") if opening else None
    low = max(0, start - 160)
    head = strip_auxiliaries(text[low:start])
    found = subject_before(head) if head is not None else None
    if found is None:
        return None
    name, at = found
    return Cue(
        verb=verb.word,
        subject=name,
        passage=context.first,
        at=context.before_at + low + at,
        rule="before-quote",
    )


def _sentence_end(context: QuoteContext) -> Cue | None:
    """``‘…’ over the harbour plan, the union has warned.`` / ``…, warns NHBW``."""
    if context.ends_sentence or "," not in context.after:
        return None  # every trailing cue starts with a comma
    match = _TRAILING().search(context.after)
    if match is None and context.headline:
        match = _HEADLINE_TRAILING().search(context.after)
    if match is None:
        return None
    where = (context.last, context.after_at)
    for group, verb in (("subject", "verb"), ("inverted", "verb2"), ("source", "according")):
        if match.groupdict().get(group) is not None:
            return _cue(match, group, match.group(verb), where, "sentence-end")
    return None  # pragma: no cover - the regex always sets one group


def _headline_colon(context: QuoteContext) -> Cue | None:
    """``NAU: clubs ‘face closure’``: a headline's speaker before a colon."""
    if not context.headline:
        return None
    match = _HEADLINE_COLON().match(context.before)
    if match is None or len(match.group("subject").split()) > 5:
        return None
    return _cue(match, "subject", None, (context.first, context.before_at), "headline-colon")


CUE_RULES: tuple[CueRule, ...] = (
    ("after-quote", _after_quote),
    ("after-described", _after_described),
    ("before-quote", _before_quote),
    ("sentence-end", _sentence_end),
    ("headline-colon", _headline_colon),
)
"""The cue rules in the order they are tried; the first cue found wins."""


def speech_verb_near(context: QuoteContext) -> bool:
    """Tell whether a speech verb stands in the sentence around a quote.

    A short quote near one is somebody's words even when no rule could
    read who said them, so it is no scare quote.

    Example:
        >>> speech_verb_near(QuoteContext.of_text("The nurses said it was ", ".", after_at=30))
        True
    """
    return bool(context.verbs) or context.verb_after


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
    for _, rule in rules:
        cue = rule(context)
        if cue is not None:
            return cue
    return None


# A speaker named after "according to". Matches: "the NAU"
_SUBJECT_AFTER = lazy_pattern(r"\s*" + subject_pattern("subject"))
