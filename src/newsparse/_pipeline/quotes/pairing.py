"""Pairing: one pass with a stack over a paragraph's classified marks.

Only outermost pairs become :class:`~.marks.Pair` records; nested marks stay
in the quoted text.

The hard mark is ’, which is both the closing single quote and the
apostrophe. A ’ closes an open single quote only when it follows a
non-space and is followed by a space, punctuation or the end. After a
plural "s" and before an ordinary word (``the tenants’ concerns``) it may
be a possessive: such a ’ is held as tentative, and a later firm closer
before the next opening mark wins over it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from newsparse._pipeline.quotes.marks import (
    CLOSE,
    EITHER,
    NEAR,
    OPEN,
    OPEN_IF_CLOSED,
    Family,
    Pair,
    ParagraphMarks,
    Token,
    classified,
    starts_text,
)
from newsparse._pipeline.quotes.vocabulary import lazy_pattern

__all__ = ["pair_paragraphs"]

# A word after a ’ that makes the ’ look like a possessive ("tenants’ concerns"),
# that is, any word but a function word. Matches: "concerns", not "and"
_CONTENT_WORD = lazy_pattern(
    r"(?!(?i:and|or|but|nor|to|in|of|on|at|for|from|with|by|as|than|that|which|who"
    r"|is|are|was|were|be|been|will|would|could|should|can|may|might|must|over|under"
    r"|after|before|because|if|when|while|the|a|an|he|she|it|they|we|you|i|his|her|its"
    r"|their|said|says|say|added|adds|warned|warns|told|tells|according|so|then|into"
    r"|about|against|this|these|those|there|here|not|also|says)\b)[^\W\d_]"
)

# Closer strengths for single quotes.
_WEAK = 1  # possibly a possessive: "tenants’ concerns"
_FIRM = 2  # followed by a space: "‘better’ contracts"

_NO_MARKS = ParagraphMarks(pairs=())
# Builds a NamedTuple from its fields in order, without the keyword handling of its
# ``__new__``: about half the cost, on paths taken for every mark or quote.
_new = tuple.__new__


def _strength(text: str, at: int) -> int:
    """Rate how surely the ’ at ``at`` closes a single quote."""
    after = at + 1
    if after >= len(text) or not text[after].isspace():
        return _FIRM + 1
    if text[at - 1] == "s" and _CONTENT_WORD().match(text, after + 1):
        return _WEAK
    return _FIRM


def _after_colon(text: str, at: int) -> bool:
    return text[max(0, at - NEAR) : at].rstrip().endswith(":")


def _speech_like(text: str, at: int) -> bool:
    """Tell whether an opening mark at ``at`` starts a sentence of speech."""
    if starts_text(text, at) or _after_colon(text, at):
        return True
    return at + 1 < len(text) and text[at + 1].isupper()


class _Pairer:
    """The mutable state of one left-to-right pass over a paragraph's marks."""

    __slots__ = ("depth", "last_close", "odd", "pairs", "stack", "stray", "tentative", "text")

    def __init__(self, text: str, last_close: list[int], stray: int = 0) -> None:
        self.text = text
        self.last_close = last_close
        self.stack: list[tuple[Family, int]] = []
        self.depth = [0] * len(Family)
        self.pairs: list[Pair] = []
        self.tentative: int | None = None
        self.stray = stray
        self.odd = 0

    def feed(self, at: int, family: Family, role: int) -> None:
        """Take the next mark."""
        is_single_close = family is Family.SINGLE and role == CLOSE
        if self.tentative is not None and not is_single_close:
            self._close(self.tentative)
        if role == EITHER:
            role = CLOSE if self.depth[family] else OPEN
        if role == CLOSE:
            self._feed_close(at, family)
        elif role == OPEN:
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
            return  # an apostrophe: "tenants’ pay", "goin’"
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


def _simple_pairs(text: str, tokens: list[Token]) -> tuple[Pair, ...] | None:
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
            if role in (OPEN, EITHER):
                open_at, open_family = at, family
            elif role != CLOSE or family is not Family.SINGLE:
                return None  # a closer with nothing open, unless an apostrophe
        elif (
            family is not open_family
            or role in (OPEN, OPEN_IF_CLOSED)
            # Only a ’ after an "s" may be a possessive (see _strength).
            or (text[at - 1] == "s" and text[at] in "’'" and _strength(text, at) == _WEAK)
        ):
            return None
        else:
            pairs.append(_new(Pair, (family, open_at, at)))
            open_at = -1
    if open_at >= 0:
        pairs.append(_new(Pair, (open_family, open_at, None)))
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
        >>> texts = ["He said the tenants’ concerns were ‘real’.", "None."]
        >>> [[texts[i][p.open_at + 1 : p.close_at] for p in paired.pairs]
        ...  for i, paired in enumerate(pair_paragraphs(texts))]
        [['real'], []]
        >>> text = "‘We say no to the tenants’ plans,’ she said."
        >>> pair = pair_paragraphs([text])[0].pairs[0]
        >>> text[pair.open_at + 1 : pair.close_at]
        'We say no to the tenants’ plans,'
    """
    paired = [_NO_MARKS] * len(texts)
    for index, tokens, stray in classified(texts):
        text = texts[index]
        pairs = _simple_pairs(text, tokens)
        if pairs is not None:
            paired[index] = _new(ParagraphMarks, (pairs, stray, 0))
        else:
            following = functools.partial(next_family, index)
            paired[index] = _pair_nested(text, tokens, stray, following)
    return paired


def _pair_nested(
    text: str, tokens: list[Token], stray: int, next_family: Callable[[], Family | None]
) -> ParagraphMarks:
    """Pair the classified marks of one paragraph in the general pass (nesting, typos)."""
    last_close = [-1] * len(Family)
    for at, family, role in tokens:
        if role in (CLOSE, EITHER):
            last_close[family] = at
    pairer = _Pairer(text=text, last_close=last_close, stray=stray)
    for at, family, role in tokens:
        pairer.feed(at, family, role)
    pairer.finish(next_family)
    return ParagraphMarks(pairs=tuple(pairer.pairs), stray=pairer.stray, odd=pairer.odd)
