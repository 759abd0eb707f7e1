"""Quotes across paragraphs: link the pairs of each paragraph into quotes.

A quote running over several paragraphs opens each paragraph and closes
only in the last (the British and American convention alike). A paragraph
that ends inside a quote continues it when the next paragraph opens with a
mark of the same family; otherwise the quote is closed at the paragraph end
and reported, so it never swallows the paragraphs after it.

Each paragraph also gets a *masked* copy of its text in which every quote,
marks included, is blanked out, so that the attribution rules read only the
writer's words and keep the offsets of the original.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from newsparse._pipeline.quotes.marks import (
    Family,
    Pair,
    ParagraphMarks,
    leading_family,
    may_type_doubles,
    starts_text,
    typed_doubles,
)
from newsparse._pipeline.quotes.pairing import pair_paragraphs
from newsparse._pipeline.quotes.sources import Source, SourceRole
from newsparse.models import Diagnostic, Severity, Span

__all__ = ["MASK", "MarkedQuote", "Passage", "Scan", "pair_sources", "scan_sources"]

MASK = "\ue000"
"""Stands in for each character of a quote in :attr:`Passage.masked`."""


class Passage(NamedTuple):
    """One headline or paragraph after the mark scan.

    Attributes:
        source: The headline or paragraph.
        masked: Its text with every quote blanked out by :data:`MASK`,
            except a final ``.``, ``!`` or ``?`` inside the marks, kept so
            that the sentence still visibly ends there.
        pairs: Its outermost quotes.
    """

    source: Source
    masked: str
    pairs: tuple[Pair, ...]


class MarkedQuote(NamedTuple):
    """A quote found by its marks, before anyone is credited with it.

    Attributes:
        text: The words between the marks; paragraphs joined with one space.
        first: Index of the passage it opens in.
        last: Index of the passage it closes (or is cut off) in.
        open_at: Offset of the opening mark in the first passage.
        close_at: Offset of the closing mark in the last passage, or its
            length when the quote was never closed.
        family: The kind of marks.
        span: The lines of all its paragraphs.
    """

    text: str
    first: int
    last: int
    open_at: int
    close_at: int
    family: Family
    span: Span

    @property
    def paragraphs(self) -> int:
        """How many paragraphs the quote runs over."""
        return self.last - self.first + 1


class Scan(NamedTuple):
    """Everything the mark scan found in an article."""

    passages: tuple[Passage, ...]
    quotes: tuple[MarkedQuote, ...]
    diagnostics: tuple[Diagnostic, ...]


_Piece = tuple[int, Pair]
# Builds a NamedTuple from its fields in order, without the keyword handling of its
# ``__new__``: about half the cost, for every passage and quote.
_new = tuple.__new__


def _mask(text: str, pairs: tuple[Pair, ...]) -> str:
    """Blank out each quote of ``text``, keeping offsets and a final stop."""
    if len(pairs) == 1:  # the commonest case, spared the list
        start, end, blank = _blanked(text, pairs[0])
        return text[:start] + blank + text[end:]
    parts: list[str] = []
    done = 0
    for pair in pairs:
        start, end, blank = _blanked(text, pair)
        parts.append(text[done:start])
        parts.append(blank)
        done = end
    parts.append(text[done:])
    return "".join(parts)


def _blanked(text: str, pair: Pair) -> tuple[int, int, str]:
    """Return where a quote stands, marks included, and the blank that stands in for it."""
    end = len(text) if pair.close_at is None else pair.close_at + 1
    inner_end = len(text) if pair.close_at is None else pair.close_at
    stop = text[inner_end - 1] if inner_end > pair.open_at + 1 else ""
    if stop in (".", "!", "?"):
        return pair.open_at, end, MASK * (end - pair.open_at - 1) + stop
    return pair.open_at, end, MASK * (end - pair.open_at)


def _build(pieces: list[_Piece], passages: Sequence[Passage]) -> MarkedQuote | None:
    """Make one quote of a chain of pieces; ``None`` when it holds no words."""
    if len(pieces) == 1:
        return _build_one(*pieces[0], passages[pieces[0][0]].source)
    words: list[str] = []
    for index, pair in pieces:
        text = passages[index].source.text
        end = len(text) if pair.close_at is None else pair.close_at
        piece = text[pair.open_at + 1 : end].strip()
        if piece:
            words.append(piece)
    if not words:
        return None
    first_index, first = pieces[0]
    last_index, last = pieces[-1]
    span = passages[first_index].source.span
    if last_index != first_index:
        span = span.merge(passages[last_index].source.span)
    last_text = passages[last_index].source.text
    return MarkedQuote(
        text=" ".join(words),
        first=first_index,
        last=last_index,
        open_at=first.open_at,
        close_at=len(last_text) if last.close_at is None else last.close_at,
        family=first.family,
        span=span,
    )


def _build_one(index: int, pair: Pair, source: Source) -> MarkedQuote | None:
    """Make a quote of a single pair, the common case, sparing the general join."""
    text = source.text
    end = len(text) if pair.close_at is None else pair.close_at
    words = text[pair.open_at + 1 : end].strip()
    if not words:
        return None
    return _new(MarkedQuote, (words, index, index, pair.open_at, end, pair.family, source.span))


def _unclosed(source: Source) -> Diagnostic:
    return Diagnostic(
        code="quotes.unclosed",
        message="a quotation opened here is not closed; it was ended at the paragraph end",
        span=source.span,
        severity=Severity.WARNING,
    )


def _stray(source: Source, stray: int, odd: int) -> Diagnostic:
    notes = []
    if stray:
        notes.append(f"{stray} quotation mark(s) could not be paired")
    if odd:
        notes.append(f"{odd} closing mark(s) were read as opening marks")
    return Diagnostic(
        code="quotes.stray-mark", message="; ".join(notes), span=source.span, severity=Severity.INFO
    )


def _continues(chain: list[_Piece], passage: Passage) -> bool:
    """Tell whether ``passage`` opens with the next piece of the pending quote."""
    if not passage.pairs:
        return False
    pair = passage.pairs[0]
    text = passage.source.text
    return pair.family is chain[0][1].family and starts_text(text, pair.open_at)


def _opening_family(source: Source | None) -> Family | None:
    """Return the family of the mark that opens ``source``, which may continue a quote."""
    if source is None or source.role is SourceRole.HEADLINE:
        return None
    return leading_family(source.text)


def _link(passages: Sequence[Passage], diagnostics: list[Diagnostic]) -> list[MarkedQuote]:
    """Join the pairs of consecutive passages into quotes, in reading order."""
    quotes: list[MarkedQuote] = []
    chain: list[_Piece] = []

    def flush() -> None:
        quote = _build(chain, passages)
        if quote is not None:
            quotes.append(quote)
        chain.clear()

    for index, passage in enumerate(passages):
        if chain and not _continues(chain, passage):
            diagnostics.append(_unclosed(passages[chain[-1][0]].source))
            flush()
        for pair in passage.pairs:
            if not chain and pair.close_at is not None:
                # The common case, a quote closed in its paragraph, built directly.
                quote = _build_one(index, pair, passage.source)
                if quote is not None:
                    quotes.append(quote)
                continue
            chain.append((index, pair))
            if pair.close_at is None:
                following = (
                    _opening_family(passages[index + 1].source)
                    if index + 1 < len(passages)
                    else None
                )
                if following is pair.family and passage.source.role is not SourceRole.HEADLINE:
                    break
                diagnostics.append(_unclosed(passage.source))
            flush()
    if chain:
        diagnostics.append(_unclosed(passages[chain[-1][0]].source))
        flush()
    return quotes


def pair_sources(texts: Sequence[str], roles: Sequence[SourceRole]) -> list[ParagraphMarks]:
    """Pair the marks of each headline or paragraph, given their texts and roles.

    A quote left open at a paragraph's end may run on into the next
    paragraph (never into or out of a headline).

    Example:
        >>> texts = ["She said: ‘It is late.", "‘We will go.’"]
        >>> paired = pair_sources(texts, [SourceRole.BODY] * 2)
        >>> [[(pair.open_at, pair.close_at) for pair in marks.pairs] for marks in paired]
        [[(10, None)], [(0, 12)]]
    """
    if may_type_doubles(texts):
        texts = [typed_doubles(text) for text in texts]
    return _pair_typed(texts, roles)


def _pair_typed(texts: Sequence[str], roles: Sequence[SourceRole]) -> list[ParagraphMarks]:
    """Pair the marks of texts whose typed double marks are read already."""

    def following(index: int) -> Family | None:
        if index + 1 == len(texts) or SourceRole.HEADLINE in (roles[index], roles[index + 1]):
            return None
        return leading_family(texts[index + 1])

    return pair_paragraphs(texts, following)


def _typed_doubles(source: Source) -> Source:
    text = typed_doubles(source.text)
    return source if text is source.text else source._replace(text=text)


def scan_sources(sources: Sequence[Source], paired: Sequence[ParagraphMarks] | None = None) -> Scan:
    """Pair the marks of each source and link them into quotes.

    Args:
        sources: The headline and paragraphs in reading order.
        paired: Their marks, if already paired (see :func:`pair_sources`).

    Returns:
        The scanned passages, the quotes and what looked wrong.

    Example:
        >>> from newsparse.models import Span
        >>> def body(text, line):
        ...     return Source(text=text, span=Span(start_line=line, end_line=line),
        ...                   role=SourceRole.BODY)
        >>> scan = scan_sources((body("She said: ‘It is late.", 1), body("‘We will go.’", 3)))
        >>> [(q.text, q.span.end_line) for q in scan.quotes]
        [('It is late. We will go.', 3)]
    """
    texts = [source.text for source in sources]
    if may_type_doubles(texts):
        # "''" typed for a double mark is read as one; the offsets stay the same.
        sources = [_typed_doubles(source) for source in sources]
        texts = [source.text for source in sources]
    if paired is None:
        paired = _pair_typed(texts, [source.role for source in sources])
    passages: list[Passage] = []
    diagnostics: list[Diagnostic] = []
    for source, marks in zip(sources, paired, strict=True):
        pairs = marks.pairs
        masked = _mask(source.text, pairs) if pairs else source.text
        passages.append(_new(Passage, (source, masked, pairs)))
        if marks.stray or marks.odd:
            diagnostics.append(_stray(source, marks.stray, marks.odd))
    quotes = _link(passages, diagnostics)
    return Scan(passages=tuple(passages), quotes=tuple(quotes), diagnostics=tuple(diagnostics))
