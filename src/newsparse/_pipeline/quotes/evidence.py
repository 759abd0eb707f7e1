"""Evidence: why a quote has its speaker, in a line, for ``newsparse quotes --explain``.

Every quote records the rule that decided its speaker (see
:data:`~newsparse._pipeline.quotes.speakers.ATTRIBUTION_RULES`) and the
evidence the rule read: the cue as written and how the name was resolved
("she" → the nearest woman named before it), the quote whose speaker it
shares, or why it is a scare quote.
"""

from __future__ import annotations

from newsparse._pipeline.quotes.cues import Cue

__all__ = ["cue_evidence", "scare_evidence", "uncued_evidence"]

_UNCUED = {
    "continues": "speech that goes on from the quote before, credited to {speaker}",
    "colon-subject": "{speaker} is the subject of the sentence that ends in the colon",
    "floor-holder": "no cue; {speaker} was the last credited with words or brought in, just before",
    "same-sentence": "no cue; another quote of its sentence is credited to {speaker}",
    "headline-echo": "the article credits the same words to {speaker} below",
    "none": "no cue, and nobody credited with words just before",
}


def cue_evidence(cue: Cue, speaker: str | None, how: str) -> str:
    """Return the evidence of a cue rule: the cue as written, and how its subject resolved.

    Example:
        >>> cue = Cue("said", "she", 2, 0, "after-quote")
        >>> cue_evidence(cue, "Ann Lee", "the nearest woman named before it (line 3)")
        '“she said” → Ann Lee: the nearest woman named before it (line 3)'
    """
    if cue.verb is None:
        written = f"{cue.subject}:"
    elif cue.verb.startswith("according"):
        written = f"{cue.verb} {cue.subject}"
    else:
        written = f"{cue.subject} {cue.verb}"
    if speaker is None:
        return f"“{written}”, but nobody it can refer to"
    if speaker == cue.subject or not how:
        return f"“{written}”"
    return f"“{written}” → {speaker}: {how}"


def uncued_evidence(rule: str, speaker: str | None) -> str:
    """Return the evidence of a rule for a quote no cue credits.

    Example:
        >>> uncued_evidence("floor-holder", "Ann Lee")
        'no cue; Ann Lee was the last credited with words or brought in, just before'
    """
    return _UNCUED.get(rule, rule).format(speaker=speaker)


def scare_evidence(words: int, *, subhead: bool, cued: bool) -> str:
    """Return why a quote is a scare quote.

    Example:
        >>> scare_evidence(2, subhead=False, cued=False)
        'a term of 2 words with no cue'
    """
    if subhead:
        return "a paragraph in marks with no stop: a subhead or pull quote"
    if cued:
        return "a title or a single word, not speech"
    return f"a term of {words} word{'s' * (words != 1)} with no cue"
