"""Stage 5: quotes and their speakers in the headline and paragraphs.

``find_quotes`` is the stage's entry point. The work is split the way the
problem is:

- :mod:`.marks` pairs the quotation marks of one paragraph (apostrophes,
  nesting, typos);
- :mod:`.passages` links pairs across paragraphs into quotes and masks
  them out of the writer's text;
- :mod:`.context` cuts the sentence around a quote, and :mod:`.clauses`
  reads it as tokens;
- :mod:`.cues` finds the words that credit a quote ("he said", "according
  to"), as an ordered list of named rules (:mod:`.cue_after`,
  :mod:`.cue_before`); a verb counts by its speech frame and its shape
  (:mod:`.speech`), and :mod:`.phrases` and :mod:`.namephrases` read the
  speaker the cue names, modifiers and all;
- :mod:`.nameforms`, :mod:`.mentions`, :mod:`.names`, :mod:`.bodies`,
  :mod:`.references`, :mod:`.genders` and :mod:`.descriptions` tell people
  from bodies and places, track who is mentioned where, and find fullest
  forms, genders and descriptions;
- :mod:`.speakers` puts it together, resolving pronouns from the discourse,
  and :mod:`.sharing` credits quotes from other quotes;
- :mod:`.kinds` tells speech from partial and scare quotes;
- :mod:`.evidence` and :mod:`.explained` say why each quote has its speaker;
- :mod:`.vocabulary` holds the word lists all of them use.

See ``docs/quotes.md`` for the rules and their known limits.
"""

from __future__ import annotations

from newsparse._pipeline.quotes.passages import scan_sources
from newsparse._pipeline.quotes.sources import QuoteResult, Source, SourceRole
from newsparse._pipeline.quotes.speakers import attribute

__all__ = ["QuoteResult", "Source", "SourceRole", "find_quotes"]


def find_quotes(sources: tuple[Source, ...]) -> QuoteResult:
    """Find the quotes in ``sources`` (reading order) and who said them.

    Never raises for any text. Unclosed quotes and marks that could not be
    paired are reported as diagnostics (``quotes.unclosed``,
    ``quotes.stray-mark``).

    Args:
        sources: The headline, standfirst and body paragraphs in reading order.

    Returns:
        The quotes, each speaker once, and diagnostics.

    Example:
        >>> from newsparse.models import Span
        >>> result = find_quotes((
        ...     Source(text="Dr Ann Lee, the practice’s senior partner, said: ‘We are ready.’",
        ...            span=Span(start_line=7, end_line=7), role=SourceRole.BODY),
        ... ))
        >>> [(q.text, q.speaker, str(q.kind), q.cue) for q in result.quotes]
        [('We are ready.', 'Dr Ann Lee', 'speech', 'said')]
        >>> result.speakers[0].description
        'the practice’s senior partner'
    """
    scan = scan_sources(sources)
    if not scan.quotes:
        return QuoteResult(diagnostics=scan.diagnostics)
    found = attribute(scan)
    return QuoteResult(
        quotes=found.quotes,
        speakers=found.speakers,
        diagnostics=scan.diagnostics,
        rules=found.rules,
        evidence=found.evidence,
    )
