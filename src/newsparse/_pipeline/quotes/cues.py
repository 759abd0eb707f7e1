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

from itertools import repeat

from newsparse._pipeline.quotes.context import Cue, CueRule, QuoteContext
from newsparse._pipeline.quotes.cue_after import after_quote, sentence_end_cue
from newsparse._pipeline.quotes.cue_before import before_quote, name_colon
from newsparse._pipeline.quotes.frames import KNOWN_VERBS
from newsparse._pipeline.quotes.vocabulary import PARTICIPLES

__all__ = [
    "CUE_RULES",
    "NEAR_WORDS",
    "Cue",
    "CueRule",
    "QuoteContext",
    "find_cue",
    "speech_verb_near",
]

_SPEECH_PARTICIPLES = frozenset(PARTICIPLES)
# The words that make a short quote somebody's words: a verb of saying, near it.
NEAR_WORDS = frozenset((*KNOWN_VERBS, *PARTICIPLES, "according"))


CUE_RULES: tuple[CueRule, ...] = (
    ("after-quote", after_quote),
    ("before-quote", before_quote),
    ("sentence-end", sentence_end_cue),
    ("name-colon", name_colon),
)
"""The cue rules in the order they are tried; the first cue found wins."""


_BEFORE_FIRST: tuple[CueRule, ...] = (CUE_RULES[1], CUE_RULES[0], *CUE_RULES[2:])


def speech_verb_near(context: QuoteContext) -> bool:
    """Tell whether a known verb of saying stands in the sentence around a quote.

    A short quote near one is somebody's words even when no rule could
    read who said them, so it is no scare quote.

    Example:
        >>> speech_verb_near(QuoteContext.of_text("The nurses said it was ", ".", after_at=30))
        True
    """
    # Lowercase first: the stripped marks are ASCII, so the order makes no difference.
    return any(
        not NEAR_WORDS.isdisjoint(map(str.strip, text.lower().split(), repeat(",.;:()")))
        for text in (context.before, context.after)
    )


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
    return not KNOWN_VERBS.isdisjoint(before.split())
