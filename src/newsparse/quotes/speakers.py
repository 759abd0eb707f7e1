"""Attribution: credit each quote to a speaker, and list the speakers once.

A quote's cue (:mod:`.cues`) gives a verb and a subject as written. A
name is resolved to the fullest form the article gives (:mod:`.names`);
"he" and "she" to the person most recently named as a subject or
speaker before the cue (a title or an earlier "he"/"she" settles
gender); "it" and "they" to the most recent organisation or document. A
quote with no cue that opens the paragraph right after a credited quote
continues that speaker's words.
"""

from __future__ import annotations

import itertools

import attrs

from newsparse.models import Quote, QuoteKind, Speaker
from newsparse.quotes.context import quote_context
from newsparse.quotes.cues import Cue, find_cue, speech_verb_near
from newsparse.quotes.kinds import SCARE_WORDS, classify
from newsparse.quotes.marks import starts_text
from newsparse.quotes.nameforms import gender_of
from newsparse.quotes.names import NameBook
from newsparse.quotes.passages import MarkedQuote, Scan
from newsparse.quotes.verbs import VerbIndex

__all__ = ["attribute"]

_Spoken = tuple[int, int, str, bool]  # passage, offset, name, is a person
_MAX_SPOKEN = 40  # earlier speakers weighed for "he", "she" or "it"


@attrs.define
class _Discourse:
    """Who has been named so far, for resolving pronouns."""

    book: NameBook
    genders: dict[str, str] = attrs.Factory(dict)
    spoken: list[_Spoken] = attrs.Factory(list)

    def resolve(self, cue: Cue) -> tuple[str, bool] | None:
        """Return the speaker a cue names and whether it is a person."""
        pronoun = cue.subject.lower()
        if pronoun in ("he", "she"):
            return self._last(cue, person=True, gender=pronoun)
        if pronoun in ("it", "they"):
            return self._last(cue, person=False, gender=None)
        name, person = self.book.canonical(cue.subject, cue.passage, cue.at)
        gender = gender_of(name)
        if gender is not None:
            self.genders.setdefault(name, gender)
        return name, person

    def _fits(self, name: str, gender: str | None) -> bool:
        if gender is None:
            return True
        known = gender_of(name) or self.book.gender(name) or self.genders.get(name)
        return known is None or known == gender

    def _last(self, cue: Cue, *, person: bool, gender: str | None) -> tuple[str, bool] | None:
        """Return the latest fitting subject or speaker before the cue."""
        here = (cue.passage, cue.at)
        found: tuple[int, int, str] | None = None
        fallback: tuple[int, int, str] | None = None
        for mention in self.book.mentions_before(cue.passage, cue.at):
            name, is_person = self.book.canonical(mention.name, mention.passage, mention.at)
            if is_person is person and self._fits(name, gender):
                if mention.subject:
                    found = (mention.passage, mention.at, name)
                    break
                fallback = fallback or (mention.passage, mention.at, name)
        for index, at, name, is_person in itertools.islice(reversed(self.spoken), _MAX_SPOKEN):
            if (index, at) < here and is_person is person and self._fits(name, gender):
                if found is None or (index, at) > found[:2]:
                    found = (index, at, name)
                break
        found = found or fallback
        if found is None:
            return None
        if gender is not None:
            self.genders.setdefault(found[2], gender)
        return found[2], person


@attrs.define
class _Attributor:
    """Credits the quotes of one article in reading order."""

    scan: Scan
    discourse: _Discourse
    verbs: VerbIndex
    persons: dict[str, bool] = attrs.Factory(dict)
    previous: tuple[MarkedQuote, Quote] | None = None

    def credit(self, marked: MarkedQuote) -> Quote:
        """Return ``marked`` as a :class:`Quote` with its speaker, cue and kind."""
        passages = self.scan.passages
        context = quote_context(marked, passages, self.verbs)
        cue = find_cue(context)
        opens = starts_text(passages[marked.first].source.text, marked.open_at)
        if cue is None:
            resolved = None
            speaker = verb = None
            cued = marked.text.count(" ") < SCARE_WORDS and speech_verb_near(context)
        else:
            resolved = self.discourse.resolve(cue)
            speaker = resolved[0] if resolved is not None else None
            verb = cue.verb
            cued = True
        kind = classify(marked, before=context.before, opens_paragraph=opens, cued=cued)
        if kind is QuoteKind.SCARE:
            speaker = verb = None
        elif cue is None and kind is QuoteKind.SPEECH and self.previous is not None:
            earlier_marked, earlier = self.previous
            # Speech that goes on after its cue: the next paragraph, or the
            # next sentence of the same one ("‘A,’ she said. ‘B.’").
            if earlier_marked.last == marked.first or (
                opens and earlier_marked.last == marked.first - 1
            ):
                speaker, verb = earlier.speaker, earlier.cue
        if speaker is not None:
            person = resolved[1] if resolved is not None else self.persons[speaker]
            self.persons.setdefault(speaker, person)
            where = (cue.passage, cue.at) if cue is not None else (marked.first, marked.open_at)
            self.discourse.spoken.append((*where, speaker, person))
        quote = Quote(text=marked.text, speaker=speaker, kind=kind, cue=verb, span=marked.span)
        self.previous = (marked, quote)
        return quote


def attribute(scan: Scan) -> tuple[tuple[Quote, ...], tuple[Speaker, ...]]:
    """Credit each quote of a scanned article and list the speakers once.

    Args:
        scan: The passages and quotes from
            :func:`~newsparse.quotes.passages.scan_sources`.

    Returns:
        The quotes in reading order, and each speaker in order of first quote
        with the description the article gives a person.

    Example:
        >>> from newsparse.models import Span
        >>> from newsparse.quotes.passages import scan_sources
        >>> from newsparse.quotes.sources import Source, SourceRole
        >>> texts = ["Council leader Ann Lee spoke.", "She said: ‘We will rebuild.’"]
        >>> scan = scan_sources(tuple(Source(text=t, role=SourceRole.BODY,
        ...     span=Span(start_line=i + 1, end_line=i + 1)) for i, t in enumerate(texts)))
        >>> quotes, speakers = attribute(scan)
        >>> quotes[0].speaker, quotes[0].cue, speakers[0].description
        ('Ann Lee', 'said', 'Council leader')
    """
    book = NameBook(scan.passages)
    wanted = [index for marked in scan.quotes for index in (marked.first, marked.last)]
    verbs = VerbIndex([passage.masked for passage in scan.passages], wanted=wanted)
    attributor = _Attributor(scan=scan, discourse=_Discourse(book), verbs=verbs)
    quotes = tuple(attributor.credit(marked) for marked in scan.quotes)
    speakers: dict[str, Speaker] = {}
    for quote in quotes:
        if quote.speaker is not None and quote.speaker not in speakers:
            person = attributor.persons[quote.speaker]
            description = book.description(quote.speaker) if person else None
            speakers[quote.speaker] = Speaker(name=quote.speaker, description=description)
    return quotes, tuple(speakers.values())
