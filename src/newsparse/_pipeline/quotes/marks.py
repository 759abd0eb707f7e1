"""The mark scanner: pair the quotation marks of one paragraph.

One compiled regex finds the marks that could matter (an apostrophe inside
a word never reaches Python); each mark is classified by what stands on its
left and right, and one pass with a stack pairs them. Only outermost pairs
become :class:`Pair` records; nested marks stay in the quoted text.

The hard mark is ’, which is both the closing single quote and the
apostrophe. A ’ closes an open single quote only when it follows a
non-space and is followed by a space, punctuation or the end. After a
plural "s" and before an ordinary word (``the practices’ concerns``) it may
be a possessive: such a ’ is held as tentative, and a later firm closer
before the next opening mark wins over it.
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import re
from collections.abc import Callable, Iterator, Sequence

import attrs

from newsparse._pipeline.quotes.vocabulary import lazy_pattern

__all__ = [
    "Family",
    "Pair",
    "ParagraphMarks",
    "leading_family",
    "mark_offsets",
    "pair_paragraphs",
    "starts_text",
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


@attrs.define
class Pair:
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


@attrs.define
class ParagraphMarks:
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
_MARK = re.compile(r"[‘’“”«»„‚‹›「」『』\"'](?<![^\W_][’'](?=[^\W_]))")

# What follows the ’ of an elision, which is no quotation mark.
# Matches: "90s" in ’90s, "n’" in rock ’n’ roll, "em" in ’em
_ELISION = re.compile(
    r"\d\d(?:s\b|\b)|n(?:[’'](?!\w))?(?!\w)|(?i:em|til|tis|twas|cause|cos|bout|kay|nuff)\b"
)

# A word after a ’ that makes the ’ look like a possessive ("GPs’ concerns"),
# that is, any word but a function word. Matches: "concerns", not "and"
_CONTENT_WORD = lazy_pattern(
    r"(?!(?i:and|or|but|nor|to|in|of|on|at|for|from|with|by|as|than|that|which|who"
    r"|is|are|was|were|be|been|will|would|could|should|can|may|might|must|over|under"
    r"|after|before|because|if|when|while|the|a|an|he|she|it|they|we|you|i|his|her|its"
    r"|their|said|says|say|added|adds|warned|warns|told|tells|according|so|then|into"
    r"|about|against|this|these|those|there|here|not|also|says)\b)[^\W\d_]"
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
_OPEN = 0
_CLOSE = 1
_OPEN_IF_CLOSED = 2  # opens only when a closer of its family follows
_EITHER = 3  # straight mark both or neither side of a word: closes if open

# Corner brackets say which way they face whatever stands beside them: CJK
# text has no spaces between words.
_CORNERS = {
    "「": (Family.CORNER, _OPEN),
    "」": (Family.CORNER, _CLOSE),
    "『": (Family.WHITE_CORNER, _OPEN),
    "』": (Family.WHITE_CORNER, _CLOSE),
}

# Closer strengths for single quotes.
_WEAK = 1  # possibly a possessive: "practices’ concerns"
_FIRM = 2  # followed by a space: "‘better’ contracts"

_Token = tuple[int, Family, int]
_NEAR = 64  # characters read back from a mark for what stands before it
_NO_MARKS = ParagraphMarks(pairs=())


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


def _role(char: str, *, left: bool, right: bool, after: str) -> tuple[Family, int] | None:
    """Return what a mark does given its flanks, or ``None`` for a stray mark.

    Guillemets keep the role of their glyph whatever the flanks, because
    French sets them off with spaces (« mot »), unless a word is glued to
    the outside, as in German »Wort«.
    """
    if char in _CORNERS:
        return _CORNERS[char]
    if char in "’'":
        if right and not left:
            return Family.SINGLE, _CLOSE
        if left and not right:
            return Family.SINGLE, _OPEN_IF_CLOSED
        return None
    if char == '"':
        if left != right:
            return Family.DOUBLE, _OPEN if left else _CLOSE
        return Family.DOUBLE, _EITHER
    if char in "‘‚":
        if right and not left:
            return Family.SINGLE, _CLOSE
        return (Family.SINGLE, _OPEN) if left else None
    if char in "“„":
        return Family.DOUBLE, _CLOSE if right and not left else _OPEN
    if char == "”":
        return Family.DOUBLE, _OPEN_IF_CLOSED if left and not right else _CLOSE
    if char in "«‹":
        family = Family.GUILLEMET if char == "«" else Family.ANGLE
        return family, _CLOSE if right and not left and not after.isalnum() else _OPEN
    family = Family.GUILLEMET if char == "»" else Family.ANGLE
    return family, _OPEN_IF_CLOSED if left and after.isalnum() else _CLOSE


# What each mark does given (glyph, left flank, right flank, a letter or
# digit after it), looked up rather than worked out for every mark.
_ROLES = {
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
    found = [match.start() for match in _MARK.finditer(joined)]
    grouped: list[Sequence[int]] = []
    low = start = 0
    for text in texts:
        end = start + len(text)
        high = bisect.bisect_left(found, end, low)
        grouped.append([at - start for at in found[low:high]] if high > low else [])
        low, start = high, end + 1
    return grouped


def _classified(texts: Sequence[str]) -> Iterator[tuple[int, list[_Token], int]]:
    """Classify the marks of every text, found by one scan of them all.

    Yields ``(index, tokens, stray)`` for each text holding a mark, the
    tokens at offsets within that text. The texts are joined by a newline,
    which reads as the white space that stands before and after a text.
    """
    joined = "\n".join(texts)
    size = len(joined)
    index, start, end = 0, 0, len(texts[0]) if texts else 0
    tokens: list[_Token] = []
    stray = 0
    skip_to = 0  # the end of an elision, whose marks are no quotes
    for match in _MARK.finditer(joined):
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
        char = joined[at]
        before = joined[at - 1] if at else " "
        after = joined[at + 1] if at + 1 < size else " "
        if char in "’'" and after.isalnum() and not before.isalnum():
            elision = _ELISION.match(joined, at + 1)
            if elision is not None:
                skip_to = elision.end()
                continue
        space_before, space_after = before.isspace(), after.isspace()
        left = not space_after and (space_before or before in _OPENING_CONTEXT)
        right = not space_before and (space_after or after in _CLOSING_CONTEXT)
        role = _ROLES[char, left, right, after.isalnum()]
        if role is None:
            stray += char not in "’'"
        else:
            tokens.append((at - start, *role))
    if tokens or stray:
        yield index, tokens, stray


def _strength(text: str, at: int) -> int:
    """Rate how surely the ’ at ``at`` closes a single quote."""
    after = at + 1
    if after >= len(text) or not text[after].isspace():
        return _FIRM + 1
    if text[at - 1] == "s" and _CONTENT_WORD().match(text, after + 1):
        return _WEAK
    return _FIRM


def starts_text(text: str, at: int) -> bool:
    """Tell whether only white space comes before offset ``at``.

    Only a bounded stretch is read, so that calling this for every mark of
    a huge paragraph stays linear; a mark after more white space than that
    does not count as the start.

    Example:
        >>> starts_text("  ‘No.’", 2), starts_text("He said ‘no’", 8)
        (True, False)
    """
    return at <= _NEAR and not text[:at].strip()


def _after_colon(text: str, at: int) -> bool:
    return text[max(0, at - _NEAR) : at].rstrip().endswith(":")


def _speech_like(text: str, at: int) -> bool:
    """Tell whether an opening mark at ``at`` starts a sentence of speech."""
    if starts_text(text, at) or _after_colon(text, at):
        return True
    return at + 1 < len(text) and text[at + 1].isupper()


@attrs.define
class _Pairer:
    """The mutable state of one left-to-right pass over a paragraph's marks."""

    text: str
    last_close: list[int]
    stack: list[tuple[Family, int]] = attrs.Factory(list)
    depth: list[int] = attrs.Factory(lambda: [0] * len(Family))
    pairs: list[Pair] = attrs.Factory(list)
    tentative: int | None = None
    stray: int = 0
    odd: int = 0

    def feed(self, at: int, family: Family, role: int) -> None:
        """Take the next mark."""
        is_single_close = family is Family.SINGLE and role == _CLOSE
        if self.tentative is not None and not is_single_close:
            self._close(self.tentative)
        if role == _EITHER:
            role = _CLOSE if self.depth[family] else _OPEN
        if role == _CLOSE:
            self._feed_close(at, family)
        elif role == _OPEN:
            self._open(at, family)
        elif self._may_open(at, family):
            self.odd += self.text[at] in "’”"
            self._open(at, family)

    def _may_open(self, at: int, family: Family) -> bool:
        if self.stack and self.stack[-1][0] is family:
            return False  # most likely an elision inside the open quote
        if self.last_close[family] > at:
            return True
        text = self.text
        return text[at] == "'" and (starts_text(text, at) or _after_colon(text, at))

    def _open(self, at: int, family: Family) -> None:
        self.stack.append((family, at))
        self.depth[family] += 1

    def _feed_close(self, at: int, family: Family) -> None:
        if self.stack and self.stack[-1][0] is family:
            strength = _strength(self.text, at) if self.text[at] in "’'" else _FIRM
            if strength == _WEAK:
                self.tentative = at
            else:
                self._close(at)
        elif family is Family.SINGLE:
            return  # an apostrophe: "GPs’ pay", "goin’"
        elif self.depth[family]:
            # An inner quote was never closed: "“He said ‘no.”"
            while self.stack[-1][0] is not family:
                self.depth[self.stack.pop()[0]] -= 1
                self.stray += 1
            self._close(at)
        else:
            self.stray += 1

    def _close(self, at: int) -> None:
        family, open_at = self.stack.pop()
        self.depth[family] -= 1
        self.tentative = None
        if not self.stack:
            self.pairs.append(Pair(family, open_at, at))

    def finish(self, next_family: Callable[[], Family | None]) -> None:
        """End the paragraph: settle a tentative closer, report what is still open.

        ``next_family`` tells what opens the next paragraph (see :func:`pair_paragraphs`).
        """
        if self.tentative is not None:
            family, open_at = self.stack[0]
            continues = (
                len(self.stack) == 1
                and family is next_family()
                and _speech_like(self.text, open_at)
            )
            if continues:
                self.tentative = None
            else:
                self._close(self.tentative)
        if self.stack:
            family, open_at = self.stack[0]
            self.stray += len(self.stack) - 1
            self.pairs.append(Pair(family, open_at, None))


def _simple_pairs(text: str, tokens: list[_Token]) -> tuple[Pair, ...] | None:
    """Pair marks that simply alternate open, close, open, close; else ``None``.

    Most paragraphs are like that, and this spares them the general pass.
    A last opener with no closer (a quote that runs on into the next
    paragraph) leaves its quote open, as the general pass does.
    """
    pairs = []
    open_at = -1  # none open
    open_family = Family.SINGLE
    for at, family, role in tokens:
        if open_at < 0:
            if role in (_OPEN, _EITHER):
                open_at, open_family = at, family
            elif role != _CLOSE or family is not Family.SINGLE:
                return None  # a closer with nothing open, unless an apostrophe
        elif (
            family is not open_family
            or role in (_OPEN, _OPEN_IF_CLOSED)
            # Only a ’ after an "s" may be a possessive (see _strength).
            or (text[at - 1] == "s" and text[at] in "’'" and _strength(text, at) == _WEAK)
        ):
            return None
        else:
            pairs.append(Pair(family, open_at, at))
            open_at = -1
    if open_at >= 0:
        pairs.append(Pair(open_family, open_at, None))
    return tuple(pairs)


def pair_paragraphs(
    texts: Sequence[str], next_family: Callable[[int], Family | None] = lambda index: None
) -> list[ParagraphMarks]:
    """Pair the quotation marks of each paragraph, found by one scan of them all.

    Args:
        texts: The paragraphs, cleaned, in reading order.
        next_family: Given a paragraph's index, the family of the mark that
            opens the paragraph after it, if a quote may run on into that
            one (see :func:`leading_family`). Asked only when it matters.

    Returns:
        For each paragraph, its outermost quotes and the count of marks that
        made no sense.

    Example:
        >>> texts = ["He said the practices’ concerns were ‘real’.", "None."]
        >>> [[texts[i][p.open_at + 1 : p.close_at] for p in paired.pairs]
        ...  for i, paired in enumerate(pair_paragraphs(texts))]
        [['real'], []]
        >>> text = "‘We say no to the practices’ plans,’ she said."
        >>> pair = pair_paragraphs([text])[0].pairs[0]
        >>> text[pair.open_at + 1 : pair.close_at]
        'We say no to the practices’ plans,'
    """
    paired = [_NO_MARKS] * len(texts)
    for index, tokens, stray in _classified(texts):
        text = texts[index]
        pairs = _simple_pairs(text, tokens)
        if pairs is not None:
            paired[index] = ParagraphMarks(pairs=pairs, stray=stray)
        else:
            following = functools.partial(next_family, index)
            paired[index] = _pair_nested(text, tokens, stray, following)
    return paired


def _pair_nested(
    text: str, tokens: list[_Token], stray: int, next_family: Callable[[], Family | None]
) -> ParagraphMarks:
    """Pair the classified marks of one paragraph in the general pass (nesting, typos)."""
    last_close = [-1] * len(Family)
    for at, family, role in tokens:
        if role in (_CLOSE, _EITHER):
            last_close[family] = at
    pairer = _Pairer(text=text, last_close=last_close, stray=stray)
    for at, family, role in tokens:
        pairer.feed(at, family, role)
    pairer.finish(next_family)
    return ParagraphMarks(pairs=tuple(pairer.pairs), stray=pairer.stray, odd=pairer.odd)
