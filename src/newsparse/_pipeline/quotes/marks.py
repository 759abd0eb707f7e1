"""The mark scanner: find the quotation marks of each paragraph and what each can do.

One compiled regex finds the marks that could matter (an apostrophe inside
a word never reaches Python); each mark is classified by what stands on its
left and right: it can open, close, open only if a closer follows, or
either. :mod:`.pairing` pairs the classified marks.
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from newsparse._pipeline.quotes.vocabulary import lazy_pattern

__all__ = [
    "CLOSE",
    "EITHER",
    "NEAR",
    "OPEN",
    "OPEN_IF_CLOSED",
    "Family",
    "Pair",
    "ParagraphMarks",
    "Token",
    "classified",
    "leading_family",
    "mark_offsets",
    "may_type_doubles",
    "starts_text",
    "typed_doubles",
]


class Family(enum.IntEnum):
    """Which kind of quotation marks a quote uses.

    An ``IntEnum`` so that the scanner can index a list by it: hashing a
    plain ``Enum`` member runs Python code, which showed in profiles.
    """

    SINGLE = 0
    """‘…’ and straight '…'."""
    DOUBLE = 1
    """“…”, straight "…" and „…“."""
    GUILLEMET = 2
    """«…»."""
    ANGLE = 3
    """‹…›."""
    CORNER = 4
    """「…」 (Chinese, Japanese, Korean)."""
    WHITE_CORNER = 5
    """『…』, nested inside 「…」 or a quote of its own."""


class Pair(NamedTuple):
    """An outermost quote in one paragraph.

    Attributes:
        family: The kind of marks.
        open_at: Offset of the opening mark.
        close_at: Offset of the closing mark, or ``None`` when the quote
            runs to the end of the paragraph.
    """

    family: Family
    open_at: int
    close_at: int | None


class ParagraphMarks(NamedTuple):
    """The paired marks of one paragraph.

    Attributes:
        pairs: Outermost quotes in order; only the last may be unclosed.
        stray: How many marks could not be paired.
        odd: How many marks were typed the wrong way round (’key’).
    """

    pairs: tuple[Pair, ...]
    stray: int = 0
    odd: int = 0


# Every quotation mark and apostrophe but one between two letters or digits,
# which the lookbehind drops so that the many of them never reach Python.
# Matches: ‘ ’ “ ” « » „ ‚ ‹ › 「 」 『 』 " ' ; not the ’ of "don’t"
_MARK = lazy_pattern(r"[‘’“”«»„‚‹›「」『』\"'](?<![^\W_][’'](?=[^\W_]))")

# What follows the ’ of an elision, which is no quotation mark.
# Matches: "90s" in ’90s, "n’" in rock ’n’ roll, "em" in ’em
_ELISION = lazy_pattern(
    r"\d\d(?:s\b|\b)|n(?:[’'](?!\w))?(?!\w)|(?i:em|til|tis|twas|cause|cos|bout|kay|nuff)\b"
)

_OPENING_CONTEXT = frozenset("([{—–-/‘“\"'«„‚‹’”»›")
_CLOSING_CONTEXT = frozenset(".,;:!?)]}—–-/…’”\"'»›‘“«‹*")
_LEADING_FAMILY = {
    "‘": Family.SINGLE,
    "'": Family.SINGLE,
    "‚": Family.SINGLE,
    "“": Family.DOUBLE,
    '"': Family.DOUBLE,
    "„": Family.DOUBLE,
    "«": Family.GUILLEMET,
    "‹": Family.ANGLE,
    "「": Family.CORNER,
    "『": Family.WHITE_CORNER,
}

# Token roles.
OPEN = 0
CLOSE = 1
OPEN_IF_CLOSED = 2  # opens only when a closer of its family follows
EITHER = 3  # straight mark both or neither side of a word: closes if open

# Corner brackets say which way they face whatever stands beside them: CJK
# text has no spaces between words.
_CORNERS = {
    "「": (Family.CORNER, OPEN),
    "」": (Family.CORNER, CLOSE),
    "『": (Family.WHITE_CORNER, OPEN),
    "』": (Family.WHITE_CORNER, CLOSE),
}

Token = tuple[int, Family, int]
NEAR = 64  # characters read back from a mark for what stands before it


# Two or three single marks of one glyph in a row, typed for a double mark (and
# a single one nested in it). Matches: "''" in "''No,'' he said", "’’’" in "us,’’’"
_TYPED_DOUBLE = lazy_pattern(r"(['‘’])\1\1?")
_DOUBLE_OF = {"'": ('"', '"'), "‘": ("“", "”"), "’": ("“", "”")}


def may_type_doubles(texts: Sequence[str]) -> bool:
    """Tell whether any of ``texts`` may hold a double mark typed as two single ones.

    One test of them all, joined, costs less than one for each text.

    Example:
        >>> may_type_doubles(["No.", "''Yes,'' she said."]), may_type_doubles(["It’s ‘fine’."])
        (True, False)
    """
    joined = "".join(texts)
    if "''" in joined:
        return True
    # An ASCII text holds no curly mark: spared two scans (``isascii`` reads a flag).
    return not joined.isascii() and ("‘‘" in joined or "’’" in joined)


def typed_doubles(text: str) -> str:
    r"""Return ``text`` with each ``''`` typed for a double mark written as ``"``, offsets kept.

    A pair that opens becomes a space and the mark, one that closes the mark
    and a space, so every offset stays where it was and the quoted words
    lose no character. ``‘‘`` and ``’’`` become ``“`` and ``”`` the same
    way, when they stand where their glyph's role can be taken. A third
    mark is a single one nested inside the double one. A pair that could
    open as well as close, or neither, stays as typed.

    Example:
        >>> typed_doubles("''We won,'' she said.")
        ' "We won,"  she said.'
        >>> print(typed_doubles("one of us,''' she said."))
        one of us,'"  she said.
        >>> typed_doubles("‘‘We won,’’ she said.")
        ' “We won,”  she said.'
    """
    if "''" not in text and "‘‘" not in text and "’’" not in text:
        return text  # the common case, spared the regex
    parts: list[str] = []
    done = 0
    for match in _TYPED_DOUBLE().finditer(text):
        start, end = match.span()
        written = _typed_double(text, start, end)
        if written is not None:
            parts.append(text[done:start])
            parts.append(written)
            done = end
    parts.append(text[done:])
    return "".join(parts)


def _typed_double(text: str, start: int, end: int) -> str | None:
    """Return how the run of marks ``text[start:end]`` is read, if as a double mark."""
    glyph = text[start]
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    opens = not after.isspace() and (before.isspace() or before in _OPENING_CONTEXT)
    closes = not before.isspace() and (after.isspace() or after in _CLOSING_CONTEXT)
    if opens == closes or (glyph == "‘" and not opens) or (glyph == "’" and not closes):
        return None
    nested = glyph * (end - start - 2)
    opener, closer = _DOUBLE_OF[glyph]
    return " " + opener + nested if opens else nested + closer + " "


def leading_family(text: str) -> Family | None:
    """Return the family of the mark that opens ``text``, if one does.

    Example:
        >>> leading_family("‘But it is possible.’"), leading_family("No.")
        (<Family.SINGLE: 0>, None)
    """
    first = text[:1]
    if first.isspace():
        first = text.lstrip()[:1]
    return _LEADING_FAMILY.get(first)


_Role = tuple[Family, int] | None


def _role(char: str, *, left: bool, right: bool, after: str) -> _Role:
    """Return what a mark does given its flanks, or ``None`` for a stray mark.

    Guillemets keep the role of their glyph whatever the flanks, because
    French sets them off with spaces (« mot »), unless a word is glued to
    the outside, as in German »Wort«.
    """
    if char in _CORNERS:
        return _CORNERS[char]
    return _ROLE_OF[char](char, left=left, right=right, after=after)


def _apostrophe_like(char: str, *, left: bool, right: bool, after: str) -> _Role:
    if right and not left:
        return Family.SINGLE, CLOSE
    return (Family.SINGLE, OPEN_IF_CLOSED) if left and not right else None


def _straight_double(char: str, *, left: bool, right: bool, after: str) -> _Role:
    if left != right:
        return Family.DOUBLE, OPEN if left else CLOSE
    return Family.DOUBLE, EITHER


def _single_opener(char: str, *, left: bool, right: bool, after: str) -> _Role:
    if right and not left:
        return Family.SINGLE, CLOSE
    return (Family.SINGLE, OPEN) if left else None


def _double_opener(char: str, *, left: bool, right: bool, after: str) -> _Role:
    return Family.DOUBLE, CLOSE if right and not left else OPEN


def _double_closer(char: str, *, left: bool, right: bool, after: str) -> _Role:
    return Family.DOUBLE, OPEN_IF_CLOSED if left and not right else CLOSE


def _guillemet_opener(char: str, *, left: bool, right: bool, after: str) -> _Role:
    family = Family.GUILLEMET if char == "«" else Family.ANGLE
    return family, CLOSE if right and not left and not after.isalnum() else OPEN


def _guillemet_closer(char: str, *, left: bool, right: bool, after: str) -> _Role:
    family = Family.GUILLEMET if char == "»" else Family.ANGLE
    return family, OPEN_IF_CLOSED if left and after.isalnum() else CLOSE


_ROLE_OF: dict[str, Callable[..., _Role]] = {
    "’": _apostrophe_like,
    "'": _apostrophe_like,
    '"': _straight_double,
    "‘": _single_opener,
    "‚": _single_opener,
    "“": _double_opener,
    "„": _double_opener,
    "”": _double_closer,
    "«": _guillemet_opener,
    "‹": _guillemet_opener,
    "»": _guillemet_closer,
    "›": _guillemet_closer,
}


# What each mark does given (glyph, left flank, right flank, a letter or
# digit after it), looked up rather than worked out for every mark.
@functools.cache
def _roles() -> dict[tuple[str, bool, bool, bool], tuple[Family, int] | None]:
    """Return what each mark does given its flanks, worked out once on first use."""
    return {
        (char, left, right, alnum): _role(char, left=left, right=right, after="a" if alnum else " ")
        for char in "‘’“”«»„‚‹›「」『』\"'"
        for left, right, alnum in itertools.product((False, True), repeat=3)
    }


def mark_offsets(texts: Sequence[str]) -> list[Sequence[int]]:
    """Return where the marks of each text stand, found by one scan of them all.

    One scan of the whole article costs less than one per paragraph, most
    of which hold a mark or two. An apostrophe inside a word is no mark.

    Example:
        >>> mark_offsets(["‘No,’ he said.", "None here.", "It’s ‘fine’."])
        [[0, 4], [], [5, 10]]
    """
    joined = "\n".join(texts)
    found = [match.start() for match in _MARK().finditer(joined)]
    grouped: list[Sequence[int]] = []
    low = start = 0
    for text in texts:
        end = start + len(text)
        high = bisect.bisect_left(found, end, low)
        grouped.append([at - start for at in found[low:high]] if high > low else [])
        low, start = high, end + 1
    return grouped


def classified(texts: Sequence[str]) -> Iterator[tuple[int, list[Token], int]]:
    """Classify the marks of every text, found by one scan of them all.

    Yields ``(index, tokens, stray)`` for each text holding a mark, the
    tokens at offsets within that text. The texts are joined by a newline,
    which reads as the white space that stands before and after a text.
    """
    joined = "\n".join(texts)
    index, start, end = 0, 0, len(texts[0]) if texts else 0
    tokens: list[Token] = []
    stray = 0
    skip_to = 0  # the end of an elision, whose marks are no quotes
    roles = _roles()
    for match in _MARK().finditer(joined):
        at = match.start()
        if at < skip_to:
            continue
        if at > end:  # the first mark of a later text
            if tokens or stray:
                yield index, tokens, stray
                tokens, stray = [], 0
            while at > end:
                index += 1
                start, end = end + 1, end + 1 + len(texts[index])
        key = _flanks(joined, at)
        if key is None:
            elision = _ELISION().match(joined, at + 1)
            skip_to = elision.end() if elision is not None else at + 1
            continue
        role = roles[key]
        if role is None:
            stray += key[0] not in "’'"
        else:
            tokens.append((at - start, *role))
    if tokens or stray:
        yield index, tokens, stray


def _flanks(joined: str, at: int) -> tuple[str, bool, bool, bool] | None:
    """Return the mark at ``at`` and its flanks; ``None`` when it opens an elision (’90s)."""
    char = joined[at]
    before = joined[at - 1] if at else " "
    after = joined[at + 1] if at + 1 < len(joined) else " "
    opens_word = char in "’'" and after.isalnum() and not before.isalnum()
    if opens_word and _ELISION().match(joined, at + 1) is not None:
        return None
    space_before, space_after = before.isspace(), after.isspace()
    left = not space_after and (space_before or before in _OPENING_CONTEXT)
    right = not space_before and (space_after or after in _CLOSING_CONTEXT)
    return char, left, right, after.isalnum()


def starts_text(text: str, at: int) -> bool:
    """Tell whether only white space comes before offset ``at``.

    Only a bounded stretch is read, so that calling this for every mark of
    a huge paragraph stays linear; a mark after more white space than that
    does not count as the start.

    Example:
        >>> starts_text("  ‘No.’", 2), starts_text("He said ‘no’", 8)
        (True, False)
    """
    return at <= NEAR and not text[:at].strip()
