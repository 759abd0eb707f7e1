"""Discourse: who "he", "she", "it" and a named cue refer to, in the article so far.

A :class:`Discourse` resolves the subject a cue names: a name to the
fullest form the article gives (:mod:`.names`); "he" and "she" to the
person most recently named as a subject or credited with words before the
cue, of that gender when the article tells it; "it" and "they" to the most
recent body or document. It remembers who has spoken, for the pronouns and
for the speech no cue credits.
"""

from __future__ import annotations

import itertools

from newsparse._pipeline.quotes.cues import Cue
from newsparse._pipeline.quotes.mentions import Mention
from newsparse._pipeline.quotes.nameforms import TITLE_SET, gender_of
from newsparse._pipeline.quotes.namephrases import document_owner
from newsparse._pipeline.quotes.names import NameBook
from newsparse._pipeline.quotes.vocabulary import PERSON_NOUNS

__all__ = ["Discourse", "Spoken"]

Spoken = tuple[int, int, str, bool]
"""A speaker credited: passage, offset, name, whether a person."""
_MAX_SPOKEN = 40  # earlier speakers weighed for "he", "she" or "it"
_NOT_ROLES = frozenset(
    ("source", "official", "insider", "spokesperson", "spokesman", "spokeswoman")
)
# Paragraphs back that a subject of the pronoun's gender is looked for past a
# nearer one whose gender the article never tells.
_GENDER_REACH = 2


def _is_role(name: str) -> bool:
    """Tell whether a person's name is a job ("the chair", "Trust chief"), not a name."""
    last = name.rpartition(" ")[2]
    return last in PERSON_NOUNS and last not in _NOT_ROLES


def _before(mention: Mention, spoken: tuple[int, int] | None) -> bool:
    """Tell whether a mention stands before where the latest fitting speaker was credited."""
    return spoken is not None and (mention.passage, mention.at) < spoken


class Discourse:
    """Who has been named so far, for resolving pronouns.

    Example:
        >>> from newsparse.models import Span
        >>> from newsparse._pipeline.quotes.passages import scan_sources
        >>> from newsparse._pipeline.quotes.sources import Source, SourceRole
        >>> texts = ["Ann Lee, the mayor, spoke.", "‘No,’ she said."]
        >>> scan = scan_sources(tuple(Source(text=t, role=SourceRole.BODY,
        ...     span=Span(start_line=i + 1, end_line=i + 1)) for i, t in enumerate(texts)))
        >>> Discourse(NameBook(scan.passages)).resolve(Cue("said", "she", 1, 5, "after-quote"))
        ('Ann Lee', True)
    """

    __slots__ = ("book", "genders", "how", "spoken")

    def __init__(self, book: NameBook) -> None:
        self.book = book
        self.genders: dict[str, str] = {}
        self.spoken: list[Spoken] = []
        self.how = ""
        """How the last cue's subject was resolved, for the evidence."""

    def resolve(self, cue: Cue) -> tuple[str, bool] | None:
        """Return the speaker a cue names and whether it is a person."""
        pronoun = cue.subject.lower()
        if pronoun in ("he", "she"):
            return self._last(cue, person=True, gender=pronoun)
        if pronoun in ("it", "they"):
            return self._last(cue, person=False, gender=None)
        owner = document_owner(cue.subject)
        name, person = self.book.canonical(owner or cue.subject, cue.passage, cue.at)
        self.how = "the body behind the document" if owner else "the fullest form of the name"
        if not owner:
            self.how += " in the article"
        if person and _is_role(name):
            # "the trust’s chief executive", "Trust chief": the person so described.
            role = name.rpartition(" ")[2]
            described = self.book.person_described_as(role, cue.passage, cue.at)
            if described is not None:
                name, self.how = described, f"the person the article describes as {role}"
        elif cue.subject.split(" ", 1)[0].lower() in ("the", "a", "an") and person:
            self.how = "the person the article describes so"
        elif name.startswith(("a ", "an ")) and cue.subject.lower().startswith("the "):
            self.how = "what the article named first, which it refers back to"
        gender = gender_of(name)
        if gender is not None:
            self.genders.setdefault(name, gender)
        return name, person

    def _fits(self, name: str, gender: str | None) -> bool:
        if gender is None:
            return True
        known = gender_of(name) or self.book.gender(name) or self.genders.get(name)
        return known is None or known == gender

    def _nearest_mention(
        self, cue: Cue, *, person: bool, gender: str | None, spoken: tuple[int, int] | None
    ) -> tuple[tuple[int, int, str] | None, tuple[int, int, str] | None]:
        """Return the nearest fitting subject before the cue, and the nearest object.

        A mention before ``spoken`` (where the latest fitting speaker was
        credited) can only lose to that speaker, so the search stops there
        unless a nearer subject of unknown gender waits on a farther one.
        """
        fallback: tuple[int, int, str] | None = None
        unsure: tuple[int, int, str] | None = None
        for mention in self.book.mentions_before(cue.passage, cue.at):
            if unsure is None and _before(mention, spoken):
                return None, None
            if fallback is not None and not mention.subject:
                continue  # spared the name lookup: it could not be chosen
            if unsure is not None and mention.passage < cue.passage - _GENDER_REACH:
                break
            name, is_person = self.book.canonical(mention.name, mention.passage, mention.at)
            if is_person is not person or not self._fits(name, gender):
                continue
            found = (mention.passage, mention.at, name)
            if not mention.subject:
                fallback = fallback or found
            elif self._sure(cue, mention, name, gender):
                return found, fallback
            else:
                unsure = unsure or found  # a nearer name of either gender may yet give way
        return unsure, fallback

    def _sure(self, cue: Cue, mention: Mention, name: str, gender: str | None) -> bool:
        """Tell whether a fitting subject wins at once: same paragraph, or gender known."""
        return gender is None or mention.passage == cue.passage or self._gender_known(name)

    def _gender_known(self, name: str) -> bool:
        return bool(gender_of(name) or self.book.gender(name) or self.genders.get(name))

    def _nearest_speaker(
        self, cue: Cue, *, person: bool, gender: str | None
    ) -> tuple[int, int, str] | None:
        """Return the latest speaker before the cue, if it fits."""
        here = (cue.passage, cue.at)
        for index, at, name, is_person in itertools.islice(reversed(self.spoken), _MAX_SPOKEN):
            if (index, at) < here and is_person is person and self._fits(name, gender):
                return index, at, name
        return None

    def _body_by_pronoun(self, cue: Cue) -> tuple[int, int, str] | None:
        """Return the nearest subject shaped as a person's name that "it" shows to be a body.

        "Harbour Freight opened a depot. ‘…,’ it said.": with no body named,
        a subject with no title and no "he" or "she" in the article is what
        "it" refers to.
        """
        for mention in self.book.mentions_before(cue.passage, cue.at):
            if mention.passage < cue.passage - 1:
                return None
            if not mention.subject or not mention.person:
                continue
            name = self.book.canonical(mention.name, mention.passage, mention.at)[0]
            if " " in name and not self._gender_known(name) and not _is_role(name):
                title = name.split(" ", 1)[0].rstrip(".")
                if title not in TITLE_SET:
                    return mention.passage, mention.at, name
        return None

    def _last(self, cue: Cue, *, person: bool, gender: str | None) -> tuple[str, bool] | None:
        """Return the latest fitting subject or speaker before the cue."""
        spoken = self._nearest_speaker(cue, person=person, gender=gender)
        found, fallback = self._nearest_mention(
            cue, person=person, gender=gender, spoken=spoken[:2] if spoken is not None else None
        )
        if spoken is not None and (found is None or spoken[:2] > found[:2]):
            found = spoken
        found = found or fallback
        if found is None and not person:
            found = self._body_by_pronoun(cue)
            if found is not None:
                line = self.book.passages[found[0]].source.span.start_line
                self.how = f"a name the article calls “it”, no person’s (line {line})"
                return found[2], False
        if found is None:
            return None
        if gender is not None:
            self.genders.setdefault(found[2], gender)
        kind = {"he": "man", "she": "woman"}.get(gender or "", "person" if person else "body")
        line = self.book.passages[found[0]].source.span.start_line
        self.how = f"the nearest {kind} named or credited before it (line {line})"
        return found[2], person
