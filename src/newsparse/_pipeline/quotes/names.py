"""Names: tell people from bodies, find the fullest form an article gives.

A :class:`NameBook` answers questions about the names of one article and
remembers its answers: the fullest form of a surname ("Dr Brenner" → "Dr
Hal Brenner"), the form of an organisation and what "the document"
refers back to (both through :class:`~newsparse._pipeline.quotes.bodies.\
BodyNames`), the description given beside a person, and who was mentioned
where (for "he", "she" and "it"). It reads the masked passages, so words inside
quotes never count as mentions. Every lookup works on a bounded window or
is cached, so an article of any length is read in linear time.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence

from newsparse._pipeline.quotes.bodies import BodyNames
from newsparse._pipeline.quotes.descriptions import description_of
from newsparse._pipeline.quotes.genders import Vote, surname_votes, tally
from newsparse._pipeline.quotes.mentions import Mention, mentions_in
from newsparse._pipeline.quotes.nameforms import (
    TITLE_SET,
    gender_of,
    is_person,
    is_role,
    split_person,
    strip_starters,
)
from newsparse._pipeline.quotes.namephrases import DETERMINERS
from newsparse._pipeline.quotes.passages import Passage
from newsparse._pipeline.quotes.references import (
    TITLE_ROLES,
    head_noun,
    names_after_the,
    place_starts,
    possessive_phrase,
    written_as_place,
)
from newsparse._pipeline.quotes.vocabulary import (
    NOT_NAMES,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    PLACE_WORDS,
    ROLE_NOUNS,
    ROLE_WORDS,
)
from newsparse._pipeline.quotes.written_forms import WrittenForms

__all__ = ["NameBook"]

_ROLE_SET = frozenset(word.lower() for word in ROLE_WORDS)
# Nouns a body is described by: "the company said".
_BODY_NOUNS = frozenset((
    "company", "firm", "agency", "group", "network", "bank", "party", "campaign", "union",
    "organisation", "organization", "charity", "council", "department", "ministry", "trust",
    "board", "committee", "association", "club", "team", "government", "administration",
    "authority", "regulator", "service", "university", "college", "school", "hospital",
    "force", "commission", "institute", "foundation", "coalition", "federation", "retailer",
    "railway", "airline", "carrier", "insurer", "lender", "publisher", "broadcaster",
))  # fmt: skip
_KNOWN_JOBS = frozenset((*ROLE_NOUNS, *PERSON_NOUNS))

# Passages searched back for "he", "she" or "it": farther antecedents were
# as often wrong as right on the dev articles, and each passage read costs.
_LOOKBACK = 4
_LOOKAHEAD = 4  # passages after a description searched for the person it describes
_MAX_MENTIONS = 12  # mentions weighed for "he", "she" or "it"


class NameBook:
    """The names of one article, looked up lazily and remembered.

    Example:
        >>> from newsparse._pipeline.quotes.passages import scan_sources
        >>> from newsparse._pipeline.quotes.sources import Source, SourceRole
        >>> from newsparse.models import Span
        >>> texts = ["Practice chair Dr Ann Lee spoke to the NAU.", "Dr Lee said no."]
        >>> book = NameBook(scan_sources(tuple(
        ...     Source(text=t, span=Span(start_line=i + 1, end_line=i + 1), role=SourceRole.BODY)
        ...     for i, t in enumerate(texts))).passages)
        >>> book.canonical("Dr Lee", 1, 0), book.canonical("NAU", 1, 0)
        (('Dr Ann Lee', True), ('the NAU', False))
        >>> book.description("Dr Ann Lee")
        'Practice chair'
    """

    __slots__ = (
        "_bodies",
        "_canonical",
        "_descriptions",
        "_genders",
        "_mention_starts",
        "_mentions",
        "_not_persons",
        "_places",
        "_starts",
        "_surnames",
        "_votes",
        "_written",
        "joined",
        "passages",
    )

    def __init__(self, passages: Sequence[Passage]) -> None:
        self.passages = passages
        masked = [passage.masked for passage in passages]
        self.joined = "\n".join(masked)
        """The masked passages joined by newlines."""
        self._starts = list(itertools.accumulate((len(text) + 1 for text in masked), initial=0))
        self._starts.pop()
        self._mentions: dict[int, tuple[Mention, ...]] = {}
        self._mention_starts: dict[int, list[int]] = {}
        self._canonical: dict[str, tuple[str, bool]] = {}
        self._bodies = BodyNames(self.joined)
        self._surnames: dict[str, bool] = {}
        self._genders: dict[str, str | None] = {}
        self._descriptions: dict[str, str | None] = {}
        self._not_persons: dict[str, bool] = {}
        self._places: dict[str, list[int]] | None = None
        self._votes: dict[str, list[Vote]] = {}
        self._written = WrittenForms(self.joined, self._starts, passages)

    def position(self, index: int, at: int) -> int:
        """Return the offset in :attr:`joined` of offset ``at`` of passage ``index``."""
        return self._starts[index] + at if index < len(self._starts) else len(self.joined)

    def canonical(self, name: str, index: int, at: int) -> tuple[str, bool]:
        """Return the fullest form of ``name`` and whether it is a person.

        A description ("the council leader", "a spokeswoman for the trust")
        stays as written, unless the article names the one it describes: a
        person whose title or description holds its job ("Ann Lee, the
        council leader"), or a document it refers back to ("a briefing
        note" for "the note").

        Args:
            name: A name as written where someone is credited with words.
            index: The passage it is written in.
            at: Its offset there, to find what "the document" refers back to.
        """
        known = self._canonical.get(name)
        if known is not None:
            return known
        stripped = strip_starters(name)
        words = stripped.split()
        first = words[0].lower()
        if (
            stripped[:1].islower()
            and first not in DETERMINERS
            and not words[-1].endswith("s")
            and not first.endswith("s")
        ):
            words.insert(0, "the")  # a headline's "audit finds": the audit
            first = "the"
        if first not in DETERMINERS or len(words) < 2 or names_after_the(words):
            if stripped[:1].islower() and first not in DETERMINERS:
                known = self._canonical[name] = (stripped, False)  # "critics"
            else:
                known = self._canonical[name] = self._name(stripped)
            return known
        head = head_noun(words)
        person = head in PERSON_NOUNS or is_role(head)
        phrase = " ".join([first, *words[1:]])
        if first == "the":
            # Not remembered: what "the report" refers back to depends on where it is.
            return self._referred_to(phrase, head, index, at, person=person)
        known = self._canonical[name] = (phrase, person)
        return known

    def _referred_to(
        self, phrase: str, head: str, index: int, at: int, *, person: bool
    ) -> tuple[str, bool]:
        """Return who or what "the spokeswoman", "the company" or "the note" refers to."""
        if person:
            return self.person_described_as(head, index, at) or phrase, True
        if head in _BODY_NOUNS:
            return self.body_described_as(head, index, at) or phrase, False
        return self._bodies.definite(phrase, head, self.position(index, at)), False

    def _name(self, name: str) -> tuple[str, bool]:
        first, _, rest = name.partition(" ")
        if is_role(first) and first not in TITLE_SET and is_person(rest):
            name = rest  # a job capitalised at a sentence start: "Campaigner Rosa Lind"
        elif " " in name and possessive_phrase(name):
            return name, is_role(name.rpartition(" ")[2])  # "Ann Lee’s campaign"
        if is_person(name) and not self._not_a_person(name):
            return self._written.fullest(name), True
        if " " not in name and not name.isupper():
            fuller = self._written.fullest(name)
            if fuller != name:
                return fuller, True
        return self._bodies.organisation(name), False

    def _not_a_person(self, name: str) -> bool:
        """Tell whether the article shows a person-shaped name to be a place or a body.

        A place is written after "in", "at", "near" or "across" ("in
        Norland Province"); a body is referred back to by "its" and never
        by "he" or "she".
        """
        known = self._not_persons.get(name)
        if known is None:
            self._not_persons[name] = True  # while the pronouns are read: no loop through them
            known = self._not_persons[name] = self._located(name) or self.gender(name) == "it"
        return known

    def _located(self, name: str, *, lead_at: bool = True) -> bool:
        """Tell whether the article writes ``name`` as a place: "in X", "across X".

        Without ``lead_at``, "at X" does not count: a person is often written
        so ("fired back at Lee"), a place seldom only so.
        """
        if self._places is None:
            self._places = place_starts(self.joined)
        return written_as_place(self.joined, self._places, name, lead_at=lead_at)

    def mentions(self, index: int) -> tuple[Mention, ...]:
        """Return the people and bodies named in passage ``index``."""
        found = self._mentions.get(index)
        if found is None:
            masked = self.passages[index].masked
            found = self._mentions[index] = mentions_in(index, masked, self.is_surname)
            self._mention_starts[index] = [mention.at for mention in found]
        return found

    def is_surname(self, word: str) -> bool:
        """Tell whether the article names a person in full with ``word`` last ("Reddaway")."""
        known = self._surnames.get(word)
        if known is None:
            known = self._surnames[word] = (
                not word.isupper()
                and word not in NOT_NAMES
                and word not in ORGANISATION_WORDS
                and word not in PLACE_WORDS
                and not self._located(word, lead_at=False)
                and any(
                    title is not None or (given and is_person(" ".join([*given, word])))
                    for title, given in self._written.forms_of(word)
                )
            )
        return known

    def gender(self, name: str) -> str | None:
        """Return "he" or "she" for a person the article refers to by pronoun.

        Each time the surname stands as the subject of a clause, the first
        gendered pronoun after it in its paragraph, before anyone else is
        named, votes ("Suri ... when she heard"); the majority decides.
        """
        if name not in self._genders:
            _, given, surname = split_person(name)
            votes = self._votes.get(surname)
            if votes is None:
                positions = self._written.positions_of(surname)
                votes = self._votes[surname] = surname_votes(
                    self.joined, surname, positions, self.is_surname
                )
            voted = tally(votes, given)
            self._genders[name] = voted or self._titled_gender(surname, given)
        return self._genders[name]

    def _titled_gender(self, surname: str, given: Sequence[str]) -> str | None:
        """Return the gender a title gives the surname elsewhere in the article ("Mr. Lee")."""
        if given and any(
            form_given and form_given != given for _, form_given in self._written.forms_of(surname)
        ):
            return None  # others of the surname are named: a title may be theirs
        genders = {gender_of(title) for title, _ in self._written.forms_of(surname) if title}
        genders.discard(None)
        return genders.pop() if len(genders) == 1 else None

    def person_described_as(self, role: str, index: int, at: int) -> str | None:
        """Return the person the article describes with the job ``role``.

        The nearest such person named before the point (``index``, ``at``)
        wins, else the only one in the article: "chief" finds "Dr Ann Lee"
        in "Dr Ann Lee, chief executive of the trust,"; a title counts
        ("Sen." for "senator").
        """
        for mention in self.mentions_before(index, at):
            if mention.person and not _is_job(mention.name):
                name = self.canonical(mention.name, mention.passage, mention.at)[0]
                if self._described_as_role(name, role):
                    return name
        if role not in _KNOWN_JOBS:
            return None  # only a known job is looked for further on
        return self._find_described_as(role, index)

    def body_described_as(self, noun: str, index: int, at: int) -> str | None:
        """Return the body "the company" or "the agency" refers back to, if the article named one.

        A body whose name holds the noun ("the trust": "Eastmere Hospitals
        Trust") wins; else the nearest body named as a subject in this or
        the paragraph before.
        """
        nearest = None
        for mention in self.mentions_before(index, at):
            if mention.passage < index - 1 and nearest is not None:
                break
            if mention.person or mention.name.split(" ", 1)[0].lower() in DETERMINERS:
                continue
            name, person = self.canonical(mention.name, mention.passage, mention.at)
            if person or name.startswith(("a ", "an ")):
                continue
            if noun in name.lower().split() and " " in name:
                return name
            if nearest is None and mention.subject and mention.passage >= index - 1:
                nearest = name
        return nearest

    def _described_as_role(self, name: str, role: str) -> bool:
        title = name.split(" ", 1)[0].rstrip(".")
        if TITLE_ROLES.get(title) == role or title.lower() == role:
            return True
        described = self.description(name)
        return described is not None and role in described.casefold().replace("-", " ").split()

    def _find_described_as(self, role: str, near: int) -> str | None:
        """Return the one person described with ``role`` in the passages around ``near``."""
        found: set[str] = set()
        for index in range(max(0, near - _LOOKBACK), min(len(self.passages), near + _LOOKAHEAD)):
            for mention in self.mentions(index):
                if not mention.person or _is_job(mention.name):
                    continue
                name = self.canonical(mention.name, index, mention.at)[0]
                if name not in found and self._described_as_role(name, role):
                    found.add(name)
                    if len(found) > 1:
                        return None
        return found.pop() if found else None

    def mentions_before(self, index: int, at: int) -> Iterator[Mention]:
        """Yield the mentions before a point, nearest first, a bounded way back."""
        # A cue that opens its paragraph ("He said: ...") has nothing before
        # it there, so the paragraph need not be read for mentions.
        before: tuple[Mention, ...] = ()
        if at > 0:
            here = self.mentions(index)
            before = here[: bisect.bisect_left(self._mention_starts[index], at)]
        earlier = (
            mention
            for passage in range(index - 1, max(-1, index - _LOOKBACK), -1)
            for mention in reversed(self.mentions(passage))
        )
        yield from itertools.islice(itertools.chain(reversed(before), earlier), _MAX_MENTIONS)

    def description(self, name: str) -> str | None:
        """Return the job description written next to a person's name, if any."""
        if name not in self._descriptions:
            self._descriptions[name] = description_of(self.joined, name)
        return self._descriptions[name]


def _is_job(name: str) -> bool:
    return name.rpartition(" ")[2] in PERSON_NOUNS
