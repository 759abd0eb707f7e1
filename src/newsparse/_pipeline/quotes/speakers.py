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

from collections.abc import Sequence
from typing import NamedTuple

from newsparse._pipeline.quotes.clause_verbs import clause_verb
from newsparse._pipeline.quotes.clauses import Token
from newsparse._pipeline.quotes.context import QuoteContext, quote_context
from newsparse._pipeline.quotes.cues import NEAR_WORDS, Cue, find_cue
from newsparse._pipeline.quotes.discourse import Discourse
from newsparse._pipeline.quotes.evidence import cue_evidence, scare_evidence, uncued_evidence
from newsparse._pipeline.quotes.kinds import SCARE_WORDS, classify, is_title, word_count
from newsparse._pipeline.quotes.marks import starts_text
from newsparse._pipeline.quotes.mentions import Mention
from newsparse._pipeline.quotes.names import NameBook
from newsparse._pipeline.quotes.near import NearVerbs
from newsparse._pipeline.quotes.passages import MarkedQuote, Passage, Scan
from newsparse._pipeline.quotes.sharing import echo_headline, share_sentences
from newsparse._pipeline.quotes.sources import SourceRole
from newsparse._pipeline.quotes.speech import is_speech_verb
from newsparse.models import Quote, QuoteKind, Speaker

__all__ = ["ATTRIBUTION_RULES", "attribute"]

ATTRIBUTION_RULES = {
    "after-quote": "a cue right after the closing mark: ‘…,’ he said / ‘…’, said Dr Lee",
    "before-quote": "a speech verb before the opening mark: He said: ‘…’ / Lee warned that ‘…’",
    "sentence-end": "a cue ending the sentence: ‘…’ over pay, the union has warned.",
    "name-colon": "a name before a colon opening a headline or paragraph: NAU: ‘…’",
    "clause-verb": "the verb of the clause a quote stands in: Lee welcomed ‘…’ / urged them to ‘…’",
    "headline-echo": "a headline's quote credited as the same words are below it",
    "continues": "speech that goes on after a credited quote: ‘A,’ she said. ‘B.’",
    "colon-subject": "the subject of a sentence ending in a colon: Lee is blunt: ‘…’",
    "floor-holder": "uncued speech: the nearest person credited with words, or just brought in",
    "same-sentence": "no cue: the speaker of another quote in the same sentence",
    "scare": "a scare-quoted term or title: nobody is credited",
    "scare-term": "a scare-quoted term in a clause: its subject's (Lee called it ‘a shambles’)",
    "none": "no cue, and nobody holds the floor",
}
"""The rules that decide a quote's speaker, by name, as ``newsparse explain`` prints them."""

_PUNCTUATION = frozenset(".,;:!?…-—–)]")
_ATTACHED_RULES = frozenset(("after-quote",))
_FLOOR_REACH = 2  # paragraphs back that a speaker holds the floor for uncued speech
_SPEECH_REACH = 160  # characters after a name in which its speech verb stands
_SENTENCE_ADVERBS = frozenset(("And", "But", "Yet", "So", "Also", "Meanwhile", "However", "Still"))
_OPENING_WORDS = 5  # words of a phrase that opens a sentence before its subject
_CLAUSE_WORDS = 3  # fewest words of uncued speech its clause's subject is credited with


def _verb_adjacent(cue: Cue, before: Sequence[Token]) -> bool:
    """Tell whether a cue's verb stands right before the quote: "Lee said “The Others”"."""
    if cue.rule != "before-quote" or cue.verb is None:
        return False
    tail = [token.text for token in before[-3:] if token.text not in (":", ",", "that")]
    return bool(tail) and tail[-1] == cue.verb.rsplit(" ", 1)[-1]


def _is_subhead(marked: MarkedQuote, passages: Sequence[Passage], *, opens: bool) -> bool:
    """Tell whether a quote is a whole paragraph with no stop: a subhead or pull quote."""
    if not opens or marked.paragraphs > 1 or marked.text[-1:] in _PUNCTUATION:
        return False
    if passages[marked.first].source.role is SourceRole.HEADLINE:
        return False
    return not passages[marked.last].source.text[marked.close_at + 1 :].strip()


def _newcomer(mention: Mention, masked: str, quoted: int) -> bool:
    """Tell whether a person opens a sentence of the paragraph before a quote that opens its own.

    "Tom Vell, the union's chief, disagrees." then "“We will strike.”": the
    person the writer has just brought in holds the floor, not whoever
    spoke before.
    """
    if not mention.person or mention.passage < quoted - 1:
        return False
    start = max(masked.rfind(". ", 0, mention.at) + 2, 0)
    lead = masked[start : mention.at].strip()
    opening = lead.endswith(",") and lead.count(" ") < _OPENING_WORDS  # "On Monday, Lee …"
    return not lead or opening or lead in _SENTENCE_ADVERBS


def _speaks_after(masked: str, end: int) -> bool:
    """Tell whether a speech verb follows a name in its sentence ("Ann Lee, 49, said")."""
    stop = masked.find(". ", end, end + _SPEECH_REACH)
    clause = masked[end : stop if stop != -1 else end + _SPEECH_REACH]
    return any(is_speech_verb(word.strip(",.;:")) for word in clause.split())


def _clause_cue(marked: MarkedQuote, context: QuoteContext, kind: QuoteKind) -> Cue | None:
    """Return the verb of the writer's clause that a quote no cue credits stands in.

    Partial quotes of two words or more (``Lee welcomed “…”``); speech
    inside the writer's sentence ("Vell cheered them on with posts like
    “…”"), whose subject is a nearer speaker than whoever spoke before it,
    unless it is a title ("…, titled “Harbour Nights Return”") or short.
    """
    if kind is QuoteKind.PARTIAL:
        return clause_verb(context) if " " in marked.text else None
    before = context.before.rstrip()
    if not before or before.endswith(":") or word_count(marked.text) < _CLAUSE_WORDS:
        return None
    return None if is_title(marked.text) else clause_verb(context)


class _Attributor:
    """Credits the quotes of one article in reading order."""

    __slots__ = ("discourse", "evidence", "near_verbs", "persons", "previous", "rules", "scan")

    def __init__(self, scan: Scan, discourse: Discourse) -> None:
        self.scan = scan
        self.discourse = discourse
        self.near_verbs = NearVerbs(scan.passages, NEAR_WORDS)
        self.persons: dict[str, bool] = {}
        self.previous: tuple[MarkedQuote, Quote] | None = None
        self.rules: list[str] = []
        self.evidence: list[str] = []

    def credit(self, marked: MarkedQuote) -> Quote:
        """Return ``marked`` as a :class:`Quote` with its speaker, cue and kind."""
        passages = self.scan.passages
        context = quote_context(marked, passages)
        cue = find_cue(context)
        opens = starts_text(passages[marked.first].source.text, marked.open_at)
        resolved = self._resolve(cue)
        speaker = resolved[0] if resolved is not None else None
        verb = cue.verb if cue is not None else None
        kind = self._kind(marked, context, cue, opens=opens)
        rule = cue.rule if cue is not None else "none"
        if cue is None and kind is QuoteKind.PARTIAL and word_count(marked.text) == 1:
            kind = QuoteKind.SCARE  # one word no cue credits: a term, its user's at most
        if kind is QuoteKind.SCARE:
            resolved, speaker, rule = self._scare(marked, context, cue, resolved, opens=opens)
            verb = None
        elif cue is None:
            cue = _clause_cue(marked, context, kind)
            resolved = self._resolve(cue)
            if cue is not None:
                speaker, verb, rule = resolved[0] if resolved else None, cue.verb, cue.rule
            elif kind is QuoteKind.SPEECH:
                speaker, verb, rule = self._uncued(marked, opens=opens, colon=context.before)
        if verb is None and kind is QuoteKind.PARTIAL and word_count(marked.text) == 1:
            kind, verb, rule = QuoteKind.SCARE, None, "scare"  # one word credited to nobody
        self._remember(speaker, resolved, cue, marked)
        quote = Quote(text=marked.text, speaker=speaker, kind=kind, cue=verb, span=marked.span)
        self.previous = (marked, quote)
        self.rules.append(rule)
        self.evidence.append(self._evidence(rule, cue, speaker, marked, opens=opens))
        return quote

    def _scare(
        self,
        marked: MarkedQuote,
        context: QuoteContext,
        cue: Cue | None,
        resolved: tuple[str, bool] | None,
        *,
        opens: bool,
    ) -> tuple[tuple[str, bool] | None, str | None, str]:
        """Return a scare quote's resolved speaker, speaker and rule: nobody's, or its user's."""
        termed = self._term_user(marked, context, cue, opens=opens)
        if termed is None:
            return resolved, None, "scare"
        return termed, termed[0], "scare-term"

    def _term_user(
        self, marked: MarkedQuote, context: QuoteContext, cue: Cue | None, *, opens: bool
    ) -> tuple[str, bool] | None:
        """Return who uses a scare-quoted term: the person its clause's verb has as subject.

        "Lee called the plan “a shambles”": the term is Lee's, though no
        speech is quoted. A title, a subhead, or a term whose clause has no
        speaking subject, is nobody's.
        """
        if cue is not None or is_title(marked.text):
            return None  # a title ("Harbour Nights") names a work, nobody's term
        if _is_subhead(marked, self.scan.passages, opens=opens):
            return None
        clause = clause_verb(context)
        resolved = self._resolve(clause)
        return resolved if resolved is not None and resolved[1] else None

    def _resolve(self, cue: Cue | None) -> tuple[str, bool] | None:
        """Return the speaker ``cue`` names and whether it is a person (None: no cue, nobody)."""
        if cue is None:
            return None
        self.discourse.how = ""
        return self.discourse.resolve(cue)

    def _remember(
        self,
        speaker: str | None,
        resolved: tuple[str, bool] | None,
        cue: Cue | None,
        marked: MarkedQuote,
    ) -> None:
        """Note who spoke where, for the pronouns and uncued quotes that follow."""
        if speaker is None:
            return
        person = resolved[1] if resolved is not None else self.persons[speaker]
        self.persons.setdefault(speaker, person)
        where = (cue.passage, cue.at) if cue is not None else (marked.first, marked.open_at)
        self.discourse.spoken.append((*where, speaker, person))

    def _kind(
        self, marked: MarkedQuote, context: QuoteContext, cue: Cue | None, *, opens: bool
    ) -> QuoteKind:
        """Return what a quote is doing: speech, partial, or a scare quote."""
        if cue is None:
            cued = marked.text.count(" ") < SCARE_WORDS and self.near_verbs.near(context)
            attached = False
        else:
            cued = True
            attached = cue.rule in _ATTACHED_RULES or _verb_adjacent(cue, context.before_tokens)
        kind = classify(
            marked, before=context.before, opens_paragraph=opens, cued=cued, attached=attached
        )
        subhead = cue is None and kind is QuoteKind.SPEECH
        if subhead and _is_subhead(marked, self.scan.passages, opens=opens):
            return QuoteKind.SCARE  # a pull quote or subhead: words set apart, not speech
        return kind

    def _evidence(
        self, rule: str, cue: Cue | None, speaker: str | None, marked: MarkedQuote, *, opens: bool
    ) -> str:
        if rule == "scare-term":
            return f"a term its clause's subject uses: {speaker}"
        if rule == "scare":
            subhead = _is_subhead(marked, self.scan.passages, opens=opens)
            return scare_evidence(word_count(marked.text), subhead=subhead, cued=cue is not None)
        if cue is not None and rule == cue.rule:
            return cue_evidence(cue, speaker, self.discourse.how)
        return uncued_evidence(rule, speaker)

    def _uncued(
        self, marked: MarkedQuote, *, opens: bool, colon: str
    ) -> tuple[str | None, str | None, str]:
        """Credit speech that no cue names: it goes on, or the floor is someone's.

        Speech that goes on after its cue (the next paragraph, or the next
        sentence of the same one: "‘A,’ she said. ‘B.’") keeps that
        speaker and cue. Otherwise the speaker is whoever holds the floor:
        the subject of a sentence ending in a colon before the quote, or the
        nearest person or body credited with words (a quote, or a speech
        verb after their name) in this or the two paragraphs before.
        """
        if self.previous is not None:
            earlier_marked, earlier = self.previous
            if earlier.speaker is not None and (
                earlier_marked.last == marked.first
                or (opens and earlier_marked.last == marked.first - 1)
            ):
                return earlier.speaker, earlier.cue, "continues"
        holder = self._floor_holder(marked, colon=colon.rstrip().endswith(":"), opens=opens)
        if holder is None:
            return None, None, "none"
        return holder

    def _floor_holder(
        self, marked: MarkedQuote, *, colon: bool, opens: bool
    ) -> tuple[str | None, str | None, str] | None:
        book = self.discourse.book
        spoken = next(
            (
                item
                for item in reversed(self.discourse.spoken)
                if item[:2] < (marked.first, marked.open_at)
            ),
            None,
        )
        for mention in book.mentions_before(marked.first, marked.open_at):
            if mention.passage < marked.first - _FLOOR_REACH:
                break
            if spoken is not None and spoken[:2] > (mention.passage, mention.at):
                break
            if not mention.subject:
                continue
            masked = self.scan.passages[mention.passage].masked
            end = mention.at + len(mention.name)
            here = colon and mention.passage == marked.first
            newcomer = _newcomer(mention, masked, marked.first)
            if here or newcomer or _speaks_after(masked, end):
                name, person = book.canonical(mention.name, mention.passage, mention.at)
                self.persons.setdefault(name, person)
                return name, None, "colon-subject" if here else "floor-holder"
        if spoken is not None and spoken[0] >= marked.first - _FLOOR_REACH:
            return spoken[2], None, "floor-holder"
        return None


class Attribution(NamedTuple):
    """The quotes of an article credited, its speakers, and why each quote has its speaker."""

    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]
    rules: tuple[str, ...]
    evidence: tuple[str, ...]


def attribute(scan: Scan) -> Attribution:
    """Credit each quote of a scanned article and list the speakers once.

    Args:
        scan: The passages and quotes from
            :func:`~newsparse._pipeline.quotes.passages.scan_sources`.

    Returns:
        The quotes in reading order; each speaker in order of first quote
        with the description the article gives a person; and for each quote
        the name of the rule that decided its speaker (see
        :data:`ATTRIBUTION_RULES`) and the evidence it read.

    Example:
        >>> from newsparse.models import Span
        >>> from newsparse._pipeline.quotes.passages import scan_sources
        >>> from newsparse._pipeline.quotes.sources import Source, SourceRole
        >>> texts = ["Council leader Ann Lee spoke.", "She said: ‘We will rebuild.’"]
        >>> scan = scan_sources(tuple(Source(text=t, role=SourceRole.BODY,
        ...     span=Span(start_line=i + 1, end_line=i + 1)) for i, t in enumerate(texts)))
        >>> quotes, speakers, rules, evidence = attribute(scan)
        >>> quotes[0].speaker, quotes[0].cue, speakers[0].description, rules
        ('Ann Lee', 'said', 'Council leader', ('before-quote',))
        >>> evidence[0]
        '“She said” → Ann Lee: the nearest woman named or credited before it (line 1)'
    """
    book = NameBook(scan.passages)
    attributor = _Attributor(scan=scan, discourse=Discourse(book))
    credited = [attributor.credit(marked) for marked in scan.quotes]
    rules, evidence = attributor.rules, attributor.evidence
    quotes = share_sentences(scan, echo_headline(scan, credited, rules, evidence), rules, evidence)
    speakers: dict[str, Speaker] = {}
    for quote in quotes:
        if quote.speaker is not None and quote.speaker not in speakers:
            person = attributor.persons[quote.speaker]
            description = book.description(quote.speaker) if person else None
            speakers[quote.speaker] = Speaker(name=quote.speaker, description=description)
    return Attribution(quotes, tuple(speakers.values()), tuple(rules), tuple(evidence))
