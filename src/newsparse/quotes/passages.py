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

import attrs

from newsparse.models import Diagnostic, Severity, Span
from newsparse.quotes.marks import Family, Pair, leading_family, pair_marks, starts_text
from newsparse.quotes.sources import Source, SourceRole

__all__ = ["MASK", "MarkedQuote", "Passage", "Scan", "scan_sources"]

MASK = "\ue000"
"""Stands in for each character of a quote in :attr:`Passage.masked`."""


@attrs.frozen(kw_only=True)
class Passage:
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


@attrs.frozen(kw_only=True)
class MarkedQuote:
    """A quote found by its marks, before anyone is credited with it.

    Attributes:
        text: The words between the marks; paragraphs joined with one space.
        first: Index of the passage it opens in.
        last: Index of the passage it closes (or is cut off) in.
        open_at: Offset of the opening mark in the first passage.
        close_at: Offset of the closing mark in the last passage, or its
            length when the quote was never closed.
        family: The kind of marks.
        speech_like: The opening mark starts a paragraph, follows a colon or
            precedes a capital letter.
        span: The lines of all its paragraphs.
    """

    text: str
    first: int
    last: int
    open_at: int
    close_at: int
    family: Family
    speech_like: bool
    span: Span

    @property
    def paragraphs(self) -> int:
        """How many paragraphs the quote runs over."""
        return self.last - self.first + 1


@attrs.frozen(kw_only=True)
class Scan:
    """Everything the mark scan found in an article."""

    passages: tuple[Passage, ...]
    quotes: tuple[MarkedQuote, ...]
    diagnostics: tuple[Diagnostic, ...]


_Piece = tuple[int, Pair]


def _mask(text: str, pairs: tuple[Pair, ...]) -> str:
    """Blank out each quote of ``text``, keeping offsets and a final stop."""
    parts: list[str] = []
    done = 0
    for pair in pairs:
        end = len(text) if pair.close_at is None else pair.close_at + 1
        inner_end = len(text) if pair.close_at is None else pair.close_at
        stop = text[inner_end - 1] if inner_end > pair.open_at + 1 else ""
        parts.append(text[done : pair.open_at])
        if stop in (".", "!", "?"):
            parts.append(MASK * (end - pair.open_at - 1) + stop)
        else:
            parts.append(MASK * (end - pair.open_at))
        done = end
    parts.append(text[done:])
    return "".join(parts)


def _build(pieces: list[_Piece], passages: Sequence[Passage]) -> MarkedQuote | None:
    """Make one quote of a chain of pieces; ``None`` when it holds no words."""
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
        speech_like=first.speech_like,
        span=span,
    )


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


def _link(
    passages: Sequence[Passage], families: Sequence[Family | None], diagnostics: list[Diagnostic]
) -> list[MarkedQuote]:
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
            chain.append((index, pair))
            if pair.close_at is None:
                following = families[index + 1] if index + 1 < len(families) else None
                if following is pair.family and passage.source.role is not SourceRole.HEADLINE:
                    break
                diagnostics.append(_unclosed(passage.source))
            flush()
    if chain:
        diagnostics.append(_unclosed(passages[chain[-1][0]].source))
        flush()
    return quotes


def scan_sources(sources: Sequence[Source]) -> Scan:
    """Pair the marks of each source and link them into quotes.

    Args:
        sources: The headline and paragraphs in reading order.

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
    families = [
        None if source.role is SourceRole.HEADLINE else leading_family(source.text)
        for source in sources
    ]
    passages: list[Passage] = []
    diagnostics: list[Diagnostic] = []
    for index, source in enumerate(sources):
        last = index + 1 == len(sources) or source.role is SourceRole.HEADLINE
        marks = pair_marks(source.text, next_family=None if last else families[index + 1])
        masked = _mask(source.text, marks.pairs) if marks.pairs else source.text
        passages.append(Passage(source=source, masked=masked, pairs=marks.pairs))
        if marks.stray or marks.odd:
            diagnostics.append(_stray(source, marks.stray, marks.odd))
    quotes = _link(passages, families, diagnostics)
    return Scan(passages=tuple(passages), quotes=tuple(quotes), diagnostics=tuple(diagnostics))
