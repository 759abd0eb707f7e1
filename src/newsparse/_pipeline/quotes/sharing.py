"""Sharing: quotes that take the speaker of another quote, after every quote is credited.

A headline's quote takes the speaker the article gives the same words
below it; a quote nobody is credited with takes the speaker of a quote in
its sentence.
"""

from __future__ import annotations

from operator import attrgetter

import attrs

from newsparse._pipeline.quotes.evidence import uncued_evidence
from newsparse._pipeline.quotes.passages import MarkedQuote, Scan
from newsparse._pipeline.quotes.sources import SourceRole
from newsparse.models import Quote, QuoteKind

__all__ = ["echo_headline", "share_sentences"]

_OPENS = attrgetter("first", "open_at")
_ECHO_REACH = 20  # quotes after a headline's searched for the same words
_SHARED_REACH = 200  # characters between two quotes of one sentence
_STOPS = (". ", "? ", "! ")
_WEAK = "clause-verb"  # a rule whose credit a cue in the same sentence overrides


def echo_headline(
    scan: Scan, quotes: list[Quote], rules: list[str], evidence: list[str]
) -> list[Quote]:
    """Credit a headline's quote as the article credits the same words later.

    Headlines repeat words quoted below them: ``Centres shut despite
    ‘overwhelming’ opposition`` over ``what campaigners called
    ‘overwhelming’ opposition``.
    """
    for index, marked in enumerate(scan.quotes):
        if scan.passages[marked.first].source.role is not SourceRole.HEADLINE:
            break  # the headline comes first
        if quotes[index].speaker is not None:
            continue
        words = _words_of(marked.text)
        for later in range(index + 1, min(len(quotes), index + _ECHO_REACH)):
            donor = quotes[later]
            if donor.speaker is not None and _words_of(donor.text) == words:
                quotes[index] = attrs.evolve(
                    quotes[index], speaker=donor.speaker, cue=donor.cue, kind=donor.kind
                )
                rules[index] = "headline-echo"
                evidence[index] = uncued_evidence("headline-echo", donor.speaker)
                break
    return quotes


def _words_of(text: str) -> str:
    return " ".join(text.casefold().split()).strip(" .,;:!?")


def share_sentences(
    scan: Scan, quotes: list[Quote], rules: list[str], evidence: list[str]
) -> tuple[Quote, ...]:
    """Give a quote nobody is credited with the speaker of a quote in its sentence.

    ``said Ann Lee, and “…”`` / ``called it “…” rather than “…,” Lee writes``.
    A quote credited by the verb of its clause (``clause-verb``) takes the cue
    of a quote of its sentence credited to the same speaker: that cue credits
    the words (``added that it was “…” and came “…”``).
    """
    for index, quote in enumerate(quotes):
        weak = rules[index] == _WEAK
        if quote.kind is QuoteKind.SCARE or not (
            weak or (quote.speaker is None and quote.cue is None)
        ):
            continue
        for other in (index - 1, index + 1):
            if (
                0 <= other < len(quotes)
                and quotes[other].speaker is not None
                and rules[other] != _WEAK
                and (not weak or quotes[other].speaker == quote.speaker)
            ):
                first, second = sorted((scan.quotes[index], scan.quotes[other]), key=_OPENS)
                if _one_sentence(scan, first, second):
                    donor = quotes[other]
                    quotes[index] = attrs.evolve(quote, speaker=donor.speaker, cue=donor.cue)
                    rules[index] = "same-sentence"
                    evidence[index] = uncued_evidence("same-sentence", donor.speaker)
                    break
    return tuple(quotes)


def _one_sentence(scan: Scan, first: MarkedQuote, second: MarkedQuote) -> bool:
    """Tell whether two quotes stand in one sentence of the writer's."""
    if first.last != second.first or first.text.endswith((".", "!", "?")):
        return False
    between = scan.passages[first.last].masked[first.close_at + 1 : second.open_at]
    return len(between) < _SHARED_REACH and not any(stop in between for stop in _STOPS)
