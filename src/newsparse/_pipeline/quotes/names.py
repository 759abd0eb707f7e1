"""Names: tell people from bodies, find the fullest form an article gives.

A :class:`NameBook` answers questions about the names of one article and
remembers its answers: the fullest form of a surname ("Dr Brenner" → "Dr
Hal Brenner"), the form of an organisation ("NAU" → "the NAU", "NHBW"
→ "NHB Wales"), what "the document" refers back to ("a briefing note"),
the description given beside a person, and who was mentioned where (for
"he", "she" and "it"). It reads the masked passages, so words inside
quotes never count as mentions. Every lookup works on a bounded window or
is cached, so an article of any length is read in linear time.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator, Sequence

from newsparse._pipeline.quotes.descriptions import description_of
from newsparse._pipeline.quotes.genders import vote_gender
from newsparse._pipeline.quotes.mentions import RUN, Mention, mentions_in
from newsparse._pipeline.quotes.nameforms import (
    GIVEN,
    TITLE_SET,
    ends_word,
    find_word,
    gender_of,
    is_person,
    is_role,
    strip_starters,
)
from newsparse._pipeline.quotes.passages import Passage
from newsparse._pipeline.quotes.phrases import DETERMINERS
from newsparse._pipeline.quotes.vocabulary import (
    NOT_NAMES,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    PLACE_WORDS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SOURCE_NOUNS,
    STARTERS,
    lazy_pattern,
)

__all__ = ["NameBook"]

_ROLE_SET = frozenset(word.lower() for word in ROLE_WORDS)
_KNOWN_JOBS = frozenset((*ROLE_NOUNS, *PERSON_NOUNS))
_OWNERS = frozenset(("of", "for", "at", "from", "with", "in", "on"))

# An indefinite phrase naming a source, for "the document" to refer back to,
# read after a space (newlines are read as spaces): a literal space first
# lets the scan skip from space to space.
# Matches: "a briefing note", "an internal report", "an audit by the city’s health team"
_INDEFINITE = lazy_pattern(r" [Aa]n? ")

_MAX_ACRONYMS = 50  # acronyms looked up per article, each a scan of its capitalised runs
_ACRONYM_GLUE = frozenset(("of", "for", "and", "&", "the"))
_SOURCE_SET = frozenset(SOURCE_NOUNS)
_INDEFINITE_REACH = 120  # characters after "a" read for a source phrase
_LONGEST_ACRONYM = 8
_LOOKBACK = 12  # passages searched back for "he", "she" or "it"
_LOOKAHEAD = 4  # passages after a description searched for the person it describes
_MAX_MENTIONS = 40  # mentions weighed for "he", "she" or "it"


def indefinite_source(text: str, at: int) -> tuple[str, str] | None:
    """Read the indefinite source phrase at ``at`` and its noun: "an audit by the trust".

    The noun is a source noun within three words of "a"/"an"; an owner
    ending in a source noun may follow ("by the city’s health team").

    Example:
        >>> indefinite_source("so an audit by the city’s health team found", 3)
        ('an audit by the city’s health team', 'audit')
    """
    words = text[at : at + _INDEFINITE_REACH].split(" ")
    found = None
    for index in range(1, min(4, len(words))):
        noun = words[index].rstrip(",.;:")
        if noun in _SOURCE_SET:
            found = index  # the last noun wins: "a briefing note"
        if noun != words[index]:
            break
    if found is None:
        return None
    noun = words[found].rstrip(",.;:")
    if noun != words[found]:
        return " ".join([*words[:found], noun]), noun
    owner = _owner_end(words, found + 1)
    return " ".join(words[: owner or found + 1]).rstrip(",.;:"), noun


def _owner_end(words: Sequence[str], at: int) -> int | None:
    """Return where an owner "by the … team" after a source noun ends, if one does."""
    if at + 2 > len(words) or words[at] not in _ACRONYM_GLUE | {"by", "at", "from"}:
        return None
    if words[at + 1] not in ("the", "a", "an"):
        return None
    for index in range(at + 2, min(at + 6, len(words))):
        word = words[index].rstrip(",.;:")
        if word in _SOURCE_SET:
            return index + 1
    return None


def spelled_out(acronym: str, words: Sequence[str]) -> str | None:
    """Return the words of a capitalised run that ``acronym`` shortens, if they spell it.

    Each letter is a capitalised word ("NAU": "National Anglers Union"),
    or the acronym starts with an acronym ("NHBW": "NHB Wales"); small
    words may stand between ("Royal College of Nursing").

    Example:
        >>> spelled_out("NHBW", ["Staff", "at", "NHB", "Wales"])
        'NHB Wales'
        >>> spelled_out("RCN", ["Royal", "College", "of", "Nursing"])
        'Royal College of Nursing'
    """
    for start, first in enumerate(words):
        if first[:1] != acronym[0] or first in _ACRONYM_GLUE:
            continue
        if 1 < len(first) < len(acronym) and first.isupper() and acronym.startswith(first):
            # "NHB Wales": the run opens with a shorter acronym
            end = _spells(words, start + 1, acronym[len(first) :], glue_first=True)
        else:
            end = _spells(words, start, acronym)
        if end is not None:
            return " ".join(words[start:end])
    return None


def _spells(
    words: Sequence[str], start: int, letters: str, *, glue_first: bool = False
) -> int | None:
    """Return where the words from ``start`` end when their initials are ``letters``."""
    index, wanted = start, 0
    while index < len(words) and wanted < len(letters):
        word = words[index]
        if word in _ACRONYM_GLUE and (wanted or glue_first):
            index += 1
            continue
        if word[:1] != letters[wanted] or not word[1:2].islower():
            return None
        wanted += 1
        index += 1
    return index if wanted == len(letters) else None


def _score(title: str | None, given: Sequence[str]) -> tuple[int, bool]:
    return len(given), title is not None


def _split_person(name: str) -> tuple[str | None, list[str], str]:
    words = name.split()
    title = words[0] if words[0].rstrip(".") in TITLE_SET and len(words) > 1 else None
    return title, words[1 if title else 0 : -1], words[-1]


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
        "_canonical",
        "_descriptions",
        "_expansions",
        "_forms",
        "_genders",
        "_indefinites",
        "_mention_starts",
        "_mentions",
        "_not_persons",
        "_starts",
        "_surnames",
        "_with_the",
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
        self._forms: dict[str, list[tuple[str | None, list[str]]]] = {}
        self._with_the: dict[str, bool] = {}
        self._expansions: dict[str, str | None] = {}
        self._indefinites: dict[str, tuple[list[int], list[str]]] | None = None
        self._surnames: dict[str, bool] = {}
        self._genders: dict[str, str | None] = {}
        self._descriptions: dict[str, str | None] = {}
        self._not_persons: dict[str, bool] = {}

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
        if stripped[:1].islower() and first not in DETERMINERS and not words[-1].endswith("s"):
            words.insert(0, "the")  # a headline's "audit finds": the audit
            first = "the"
        if first not in DETERMINERS or len(words) < 2 or _names_after_the(words):
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
            if person:
                described = self.person_described_as(head, index, at)
                return (described or phrase), True
            return self._definite(phrase, head, index, at), False
        known = self._canonical[name] = (phrase, person)
        return known

    def _name(self, name: str) -> tuple[str, bool]:
        first, _, rest = name.partition(" ")
        if is_role(first) and first not in TITLE_SET and is_person(rest):
            name = rest  # a job capitalised at a sentence start: "Campaigner Rosa Lind"
        elif " " in name and _possessive_phrase(name):
            return name, is_role(name.rpartition(" ")[2])  # "Ann Lee’s campaign"
        if is_person(name) and not self._not_a_person(name):
            return self._person(name), True
        if " " not in name and not name.isupper():
            fuller = self._person(name)
            if fuller != name:
                return fuller, True
        return self._organisation(name), False

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

    def _located(self, name: str) -> bool:
        """Tell whether the article writes ``name`` as a place: "in X", "across X"."""
        return any(_written_after(self.joined, lead, name) for lead in _PLACE_LEADS)

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
                and not self._located(word)
                and any(
                    title is not None or (given and is_person(" ".join([*given, word])))
                    for title, given in self._forms_of(word)
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
            _, given, surname = _split_person(name)
            self._genders[name] = vote_gender(self.joined, surname, given, self.is_surname)
        return self._genders[name]

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

    def _described_as_role(self, name: str, role: str) -> bool:
        title = name.split(" ", 1)[0].rstrip(".")
        if _TITLE_ROLES.get(title) == role or title.lower() == role:
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

    def _person(self, name: str) -> str:
        """Return the fullest form of a person's name the article gives."""
        title, given, surname = _split_person(name)
        best, best_score = name, _score(title, given)
        for form_title, form_given in self._forms_of(surname):
            if given and form_given[: len(given)] != given:
                continue
            if title and form_title and gender_of(title) != gender_of(form_title):
                continue
            if _score(form_title, form_given) > best_score:
                best_score = _score(form_title, form_given)
                best = " ".join([*([form_title] if form_title else []), *form_given, surname])
        return best

    def _forms_of(self, surname: str) -> list[tuple[str | None, list[str]]]:
        """Return the titles and given names written before ``surname``."""
        forms = self._forms.get(surname)
        if forms is not None:
            return forms
        forms = self._forms[surname] = []
        joined = self.joined
        at = joined.find(surname)
        while at != -1:
            end = at + len(surname)
            bounded = (at == 0 or joined[at - 1] == " ") and ends_word(joined, end)
            if bounded:
                form = _form_before(joined[max(0, at - 60) : at])
                if form[0] or form[1]:
                    forms.append(form)
            at = joined.find(surname, end)
        return forms

    def _organisation(self, name: str) -> str:
        """Return a body's name as the article writes it ("the NAU")."""
        key = name[4:] if name[:4] in ("the ", "The ") else name
        if key.isupper() and len(key) > 1:
            expansion = self._expand(key)
            if expansion is not None:
                return self._organisation(expansion)
        if key != name or self._takes_the(key):
            return "the " + key
        return key

    def _takes_the(self, key: str) -> bool:
        known = self._with_the.get(key)
        if known is None:
            known = self._with_the[key] = any(
                find_word(self.joined, the + key) != -1 for the in ("the ", "The ")
            )
        return known

    def _expand(self, acronym: str) -> str | None:
        """Return the name the article spells out for ``acronym``, if it does."""
        if acronym in self._expansions:
            return self._expansions[acronym]
        expansion = None
        if len(self._expansions) < _MAX_ACRONYMS and len(acronym) <= _LONGEST_ACRONYM:
            for match in RUN().finditer(self.joined):
                if acronym[0] in match.group():
                    found = spelled_out(acronym, match.group().split(" "))
                    if found is not None and found != acronym:
                        expansion = strip_starters(found)
                        break
        self._expansions[acronym] = expansion
        return expansion

    def _definite(self, name: str, noun: str, index: int, at: int) -> str:
        """Return what "the document" refers back to ("a briefing note")."""
        if self._indefinites is None:
            self._indefinites = {}
            # The added space in front keeps the offsets of :attr:`joined`,
            # the match starting at the space before the phrase.
            text = " " + self.joined.replace("\n", " ")
            for match in _INDEFINITE().finditer(text):
                source = indefinite_source(text, match.start() + 1)
                if source is not None:
                    starts, phrases = self._indefinites.setdefault(source[1], ([], []))
                    starts.append(match.start())
                    phrases.append(source[0])
        starts, phrases = self._indefinites.get(noun, ([], []))
        if not phrases:
            return name[0].lower() + name[1:]
        nearest = bisect.bisect_left(starts, self.position(index, at))
        found = phrases[nearest - 1] if nearest else phrases[0]
        return found[0].lower() + found[1:]

    def description(self, name: str) -> str | None:
        """Return the job description written next to a person's name, if any."""
        if name not in self._descriptions:
            self._descriptions[name] = description_of(self.joined, name)
        return self._descriptions[name]


_TITLE_ROLES = {
    "Sen": "senator", "Senator": "senator", "Rep": "representative", "Gov": "governor",
    "Governor": "governor", "President": "president", "Dr": "doctor", "Prof": "professor",
    "Professor": "professor", "Judge": "judge", "Mayor": "mayor", "Cllr": "councillor",
    "Councillor": "councillor", "Gen": "general", "Lt": "lieutenant", "Col": "colonel",
    "Capt": "captain", "Sgt": "sergeant", "Rev": "reverend", "Rabbi": "rabbi",
}  # fmt: skip


def head_noun(words: Sequence[str]) -> str:
    """Return the head noun of a description: its last word before an owner.

    Example:
        >>> head_noun("a spokeswoman for the trust".split()), head_noun(["the", "senator"])
        ('spokeswoman', 'senator')
    """
    for index, word in enumerate(words[1:], 1):
        if word in _OWNERS:
            return words[index - 1].lower()
    return words[-1].lower().strip(",.")


def _names_after_the(words: Sequence[str]) -> bool:
    """Tell whether "the" opens a name ("the Royal Society"), not a description."""
    return words[0].lower() == "the" and all(w[:1].isupper() or w in _OWNERS for w in words[1:])


_PLACE_LEADS = ("in ", "at ", "near ", "across ", "throughout ", "around ")


def _written_after(text: str, lead: str, name: str) -> bool:
    """Tell whether ``text`` writes ``name`` right after ``lead`` as whole words, no possessive."""
    words = lead + name
    at = text.find(words)
    while at != -1:
        end = at + len(words)
        before_ok = at == 0 or not text[at - 1].isalnum()
        after = text[end : end + 2]
        if before_ok and ends_word(text, end) and after not in ("’s", "'s"):
            return True
        at = text.find(words, at + 1)
    return False


def _possessive_phrase(name: str) -> bool:
    """Tell whether ``name`` is an owner and a lowercase noun: "Ann Lee’s campaign"."""
    owner, _, noun = name.rpartition(" ")
    return noun[:1].islower() and owner.endswith(("’s", "'s", "s’"))


def _is_job(name: str) -> bool:
    return name.rpartition(" ")[2] in PERSON_NOUNS


def _form_before(head: str) -> tuple[str | None, list[str]]:
    """Return the title and given names that end ``head``, just before a surname.

    Capitalised words that belong to something else ("Committee" in "Harbour
    Committee Richard Lee") end the given names.
    """
    words = head.split()[-3:] if head[-1:].isspace() else []
    given: list[str] = []
    for word in reversed(words):
        if word.rstrip(".") in TITLE_SET:
            return word, given
        if len(given) == 2 or GIVEN().fullmatch(word) is None:
            break
        if word in ORGANISATION_WORDS or word in STARTERS or word.lower() in _ROLE_SET:
            break
        if word.endswith(("’s", "'s")):
            break  # a possessive: "Westcombe’s Night porters"
        given.insert(0, word)
    return None, given
