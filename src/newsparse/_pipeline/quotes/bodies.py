"""Bodies: how an article writes an organisation or a described source.

A :class:`BodyNames` answers two questions for :class:`~newsparse.\
_pipeline.quotes.names.NameBook` and remembers its answers: the form of an
organisation's name ("NAU" → "the NAU", "NHBW" → "NHB Wales"), and what
a definite source such as "the document" refers back to ("a briefing
note"). Each lookup scans the article once at most.
"""

from __future__ import annotations

import bisect

from newsparse._pipeline.quotes.mentions import RUN
from newsparse._pipeline.quotes.nameforms import find_word, strip_starters
from newsparse._pipeline.quotes.references import indefinite_source, spelled_out
from newsparse._pipeline.quotes.vocabulary import lazy_pattern

__all__ = ["BodyNames"]

# An indefinite phrase naming a source, for "the document" to refer back to,
# read after a space (newlines are read as spaces): a literal space first
# lets the scan skip from space to space.
# Matches: "a briefing note", "an internal report", "an audit by the city’s health team"
_INDEFINITE = lazy_pattern(r" [Aa]n? ")

_MAX_ACRONYMS = 50  # acronyms looked up per article, each a scan of its capitalised runs
_LONGEST_ACRONYM = 8


class BodyNames:
    """The organisations and described sources of one article's text.

    Example:
        >>> bodies = BodyNames("The NAU met. A briefing note was sent.")
        >>> bodies.organisation("NAU"), bodies.definite("The note", "note", 30)
        ('the NAU', 'a briefing note')
    """

    __slots__ = ("_expansions", "_indefinites", "_with_the", "joined")

    def __init__(self, joined: str) -> None:
        self.joined = joined
        """The article's masked passages joined by newlines."""
        self._with_the: dict[str, bool] = {}
        self._expansions: dict[str, str | None] = {}
        self._indefinites: dict[str, tuple[list[int], list[str]]] | None = None

    def organisation(self, name: str) -> str:
        """Return a body's name as the article writes it ("the NAU")."""
        key = name[4:] if name[:4] in ("the ", "The ") else name
        if key.isupper() and len(key) > 1:
            expansion = self._expand(key)
            if expansion is not None:
                return self.organisation(expansion)
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

    def definite(self, name: str, noun: str, position: int) -> str:
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
        nearest = bisect.bisect_left(starts, position)
        found = phrases[nearest - 1] if nearest else phrases[0]
        return found[0].lower() + found[1:]
