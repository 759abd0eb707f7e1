"""Clauses: the writer's words around a quote as a list of tokens.

The cue rules read a few words either side of a quote. They work on tokens
rather than on one large regex each: a token list is cheap to build, and
the rules that read it can accept open classes (any verb in a speech frame,
any name with its modifiers) that a regex would have to list.

A token is a word as written ("Dr.", "U.S.-based", "O’Hallor", "(R-Ore.)"
is three tokens), or one of ``, ; : ( )``. A full stop that ends a sentence
becomes a token of its own; one that ends an abbreviation or an initial
("Inc.", "Lt.", "J.") stays with its word.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

from newsparse._pipeline.quotes.passages import MASK
from newsparse._pipeline.quotes.vocabulary import lazy_pattern

__all__ = ["ABBREVIATIONS", "BREAK", "Token", "clause_end", "ends_abbreviation", "tokens"]

ABBREVIATIONS = frozenset((
    "Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "St", "Sen", "Rep", "Gov", "Gen", "Lt", "Col",
    "Capt", "Cmdr", "Sgt", "Cpl", "Pvt", "Adm", "Maj", "Rev", "Hon", "Pres", "Supt", "Insp",
    "Det", "Const", "Fr", "Sr", "Jr", "Inc", "Corp", "Ltd", "Co", "Bros", "Mt", "Ft", "No",
    "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun", "vs", "etc",
    "approx", "dept", "est", "Ave", "Blvd", "Rd",
))  # fmt: skip
"""Words that a full stop shortens ("Inc.", "Lt."), so the stop ends no sentence."""

BREAK = ";"
"""The token that stands for anything that ends a clause: a full stop, a
semicolon, another quote, a question or exclamation mark."""

# A word or a punctuation token. Matches: "Dr.", "(", "U.S.-based", ","
_TOKEN = lazy_pattern(r"[(),;:]|[^\s(),;:]+")
_new = tuple.__new__
_MASK_CHAR = MASK
_ENDS = ".!?"
_DASHES = frozenset(("-", "–", "—", "--"))  # a dash between spaces sets words off as a comma does
_CLOSERS = "’'”\"»›)]"
# Last characters that need a closer look: a stop, a closing mark, a dash.
_SPECIAL_LAST = frozenset(_ENDS + _CLOSERS + "-–—" + MASK)


class Token(NamedTuple):
    """A word or punctuation mark, with its offset in the text it was read from."""

    text: str
    start: int

    @property
    def end(self) -> int:
        """The offset just after the token."""
        return self.start + len(self.text)


@functools.lru_cache(maxsize=8192)
def ends_abbreviation(word: str) -> bool:
    """Tell whether a full stop after ``word`` shortens it rather than ends a sentence.

    Example:
        >>> [ends_abbreviation(w) for w in ("Inc", "J", "U.S", "said", "D-Ore")]
        [True, True, True, False, True]
    """
    if word in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return True
    if "." in word:
        return True  # "U.S.", "a.m."
    # A party and state in brackets: "R-Ore."; a hyphen and a capital.
    head, _, tail = word.rpartition("-")
    return bool(head) and head.isupper() and len(head) == 1 and tail[:1].isupper()


def tokens(text: str, offset: int = 0, *, first_clause: bool = False) -> list[Token]:
    """Return the tokens of ``text``; clause ends become :data:`BREAK` tokens.

    Args:
        text: The masked writer's words.
        offset: Added to every token's start.
        first_clause: Stop after the first clause break (what follows a
            quote is read only to the end of its clause).

    Example:
        >>> [t.text for t in tokens("said Ann Vey of Dell Bank Inc., then left. He")]
        ['said', 'Ann', 'Vey', 'of', 'Dell', 'Bank', 'Inc.', ',', 'then', 'left', ';', 'He']
    """
    found: list[Token] = []
    append = found.append
    find = text.find
    at = 0
    for chunk in text.split():
        at = find(chunk, at)
        if chunk.isalnum():
            append(_new(Token, (chunk, at + offset)))  # the common case: a plain word
            at += len(chunk)
            continue
        last = chunk[-1]
        if last in ",:;" and chunk[:-1].isalnum():  # the next commonest: "Lee," "said:"
            append(_new(Token, (chunk[:-1], at + offset)))
            append(_new(Token, (last, at + offset + len(chunk) - 1)))
            at += len(chunk)
            continue
        if chunk[0] == _MASK_CHAR and not chunk.strip(_MASK_CHAR):
            # Another quote, masked: a clause break (what _piece makes of it, sooner).
            append(_new(Token, (BREAK, at + offset)))
            if first_clause:
                break
        elif _pieces(found, chunk, at + offset, first_clause=first_clause):
            break
        at += len(chunk)
    return found


def _pieces(found: list[Token], chunk: str, start: int, *, first_clause: bool) -> bool:
    """Add the tokens of a chunk that holds punctuation; True when the clause ended there."""
    ended = False
    at = 0
    for word in _TOKEN().findall(chunk):
        at = chunk.find(word, at)
        ended = _piece(found, word, start + at) or ended
        at += len(word)
        if ended and first_clause:
            return True
    return False


def _piece(found: list[Token], word: str, start: int) -> bool:
    """Add the token or tokens of one word; True when it ends a clause."""
    if _MASK_CHAR in word:
        found.append(Token(BREAK, start))
        return True
    bare = word.rstrip(_CLOSERS)
    if bare and bare[-1] in _ENDS and not (bare[-1] == "." and ends_abbreviation(bare[:-1])):
        word = bare.rstrip(_ENDS)
        if word:
            found.append(Token(word, start))
        found.append(Token(BREAK, start + len(word)))
        return True
    found.append(Token("," if word in _DASHES else word, start))
    return False


def clause_end(found: Sequence[Token], start: int = 0) -> int:
    """Return the index of the first clause break at or after ``start``, else the length.

    Example:
        >>> clause_end(tokens("he said. Then"))
        2
    """
    for index in range(start, len(found)):
        if found[index].text == BREAK:
            return index
    return len(found)
