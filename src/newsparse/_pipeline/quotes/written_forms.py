"""The forms a name is written in: the titles and given names an article puts before a surname.

:class:`WrittenForms` finds where a surname stands in an article's masked
passages and what is written before it there, skipping passages set in
title case (a headline's capitals say nothing about which words are names),
and gives a person's fullest form ("Dr Lee" → "Dr Ann Lee"). Each answer is
cached, so an article is read once per surname.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse._pipeline.quotes.nameforms import form_at, gender_of, name_score, split_person
from newsparse._pipeline.quotes.passages import Passage
from newsparse._pipeline.quotes.vocabulary import lazy_pattern

__all__ = ["WrittenForms"]

_TITLE_LENGTH = 200  # characters of the longest passage read as a title
# A word of four lowercase letters or more, which no title-case passage holds.
# (The class comes first, so the scan can skip to it.) Matches: "spok" of "spoke"
_LOWER_WORD = lazy_pattern(r"[a-z](?<![\w’'-][a-z])[a-z]{3}")


class WrittenForms:
    """The written forms of the surnames of one article, looked up lazily and remembered.

    Example:
        >>> forms = WrittenForms("Dr Ann Lee came, and Lee left.", starts=(), passages=())
        >>> forms.fullest("Dr Lee"), forms.positions_of("Lee")
        ('Dr Ann Lee', [7, 21])
    """

    __slots__ = ("_forms", "_passages", "_positions", "_starts", "_titled", "joined")

    def __init__(self, joined: str, starts: Sequence[int], passages: Sequence[Passage]) -> None:
        self.joined = joined
        """The masked passages joined by newlines."""
        self._starts = starts
        self._passages = passages
        self._forms: dict[str, list[tuple[str | None, list[str]]]] = {}
        self._positions: dict[str, list[int]] = {}
        self._titled: list[tuple[int, int]] | None = None

    def fullest(self, name: str) -> str:
        """Return the fullest form of a person's name the article gives."""
        title, given, surname = split_person(name)
        best, best_score = name, name_score(title, given)
        for form_title, form_given in self.forms_of(surname):
            if given and form_given[: len(given)] != given:
                continue
            if title and form_title and gender_of(title) != gender_of(form_title):
                continue
            if name_score(form_title, form_given) > best_score:
                best_score = name_score(form_title, form_given)
                best = " ".join([*([form_title] if form_title else []), *form_given, surname])
        return best

    def positions_of(self, word: str) -> list[int]:
        """Return where ``word`` stands in :attr:`joined`, as ``str.find`` finds it."""
        found = self._positions.get(word)
        if found is None:
            found = self._positions[word] = []
            joined, length = self.joined, len(word)
            at = joined.find(word)
            while at != -1:
                found.append(at)
                at = joined.find(word, at + length)
        return found

    def forms_of(self, surname: str) -> list[tuple[str | None, list[str]]]:
        """Return the titles and given names written before ``surname``."""
        forms = self._forms.get(surname)
        if forms is not None:
            return forms
        forms = self._forms[surname] = []
        joined, length = self.joined, len(surname)
        # A headline in title case: "Things Ann Lee Said" is no form of Lee.
        titled = self._titled if self._titled is not None else self._title_spans()
        for at in self.positions_of(surname):
            if titled and any(start <= at < end for start, end in titled):
                continue
            form = form_at(joined, at, length)
            if form is not None:
                forms.append(form)
        return forms

    def _title_spans(self) -> list[tuple[int, int]]:
        """Return where the passages written in title case stand in :attr:`joined`."""
        self._titled = [
            (start, start + len(passage.masked))
            for start, passage in zip(self._starts, self._passages, strict=True)
            if len(passage.masked) <= _TITLE_LENGTH and _title_case(passage.masked)
        ]
        return self._titled


def _title_case(text: str) -> bool:
    """Tell whether a passage is written in title case: every word of four letters capitalised.

    Its capitals say nothing about which words are names.

    Example:
        >>> _title_case("Things Ann Lee Has Said About Ashby"), _title_case("Ann Lee said so.")
        (True, False)
    """
    if _LOWER_WORD().search(text) is not None:
        return False  # the common case: a word of four lowercase letters
    capitals = 0
    for word in text.split():
        if len(word) > 3 and word[0].isalpha():
            if not word[0].isupper():
                return False
            capitals += 1
    return capitals > 2
