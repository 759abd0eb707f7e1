"""Kinds: tell whole-sentence speech from partial quotes and scare quotes."""

from __future__ import annotations

from newsparse._pipeline.quotes.passages import MarkedQuote
from newsparse._pipeline.quotes.vocabulary import lazy_pattern
from newsparse.models import QuoteKind

__all__ = ["SCARE_WORDS", "classify", "is_title", "word_count"]

SCARE_WORDS = 3
"""A quote of at most this many words, with no cue, is a scare-quoted term."""

_CJK = "\u2e80"  # the first CJK character
_CJK_WORD = 2  # characters of an average CJK word
_TITLE_WORDS = 8  # a quote of at most this many words may be a title
# A word of a would-be title. Matches: "Night", "We"
_WORD = lazy_pattern(r"[^\W_][\w’'-]*")
_SENTENCE_ENDS = (".", "!", "?")
_SPEECH_ENDS = (*_SENTENCE_ENDS, ",")

# A sentence ending inside a quote, so the quote holds more than a fragment.
# Matches the stop and capital of "for the future. We will"
_SENTENCE_BREAK = lazy_pattern(r"[.!?] [A-Z]")


def classify(
    quote: MarkedQuote,
    *,
    before: str,
    opens_paragraph: bool,
    cued: bool,
    attached: bool = False,
) -> QuoteKind:
    """Decide what a quote is doing in the writer's sentence.

    Speech is a quote that runs over paragraphs, follows a colon, starts
    with a capital and is a sentence (four words or more, or ends with a
    stop or a comma), opens its paragraph with four words or more, or holds
    a sentence break. A short quote with no cue is a scare quote, unless it
    is a sentence of its own (``… she said. “Not yet.”``); anything else is
    a partial quote. Words written as a title ("The Night We Lost
    The Lake") are a scare quote unless a cue stands right after them.

    Args:
        quote: The quote.
        before: The writer's words before it in its sentence.
        opens_paragraph: True when nothing comes before it in its paragraph.
        cued: True when a cue credits it, or a speech verb stands near.
        attached: True when the cue stands right after it ("‘…,’ she said"),
            so even words written as a title are speech.

    Returns:
        The kind.

    Example:
        >>> from newsparse.models import Span
        >>> from newsparse._pipeline.quotes.marks import Family
        >>> def quote(text):
        ...     return MarkedQuote(text=text, first=0, last=0, open_at=0, close_at=0,
        ...         family=Family.SINGLE, span=Span(start_line=1, end_line=1))
        >>> str(classify(quote("We go."), before="She said: ", opens_paragraph=False, cued=True))
        'speech'
        >>> str(classify(quote("add on"), before="an ", opens_paragraph=False, cued=False))
        'scare'
    """
    text = quote.text
    words = word_count(text)
    if quote.paragraphs > 1 or before.rstrip().endswith(":"):
        return QuoteKind.SPEECH
    if not attached and words <= _TITLE_WORDS and is_title(text):
        return QuoteKind.SCARE
    if words <= SCARE_WORDS and not cued and not opens_paragraph:
        return QuoteKind.SPEECH if _own_sentence(text, before) else QuoteKind.SCARE
    if _sentence_like(text, words, opens_paragraph=opens_paragraph):
        return QuoteKind.SPEECH
    if words <= SCARE_WORDS and not cued:
        return QuoteKind.SCARE
    return QuoteKind.PARTIAL


def _sentence_like(text: str, words: int, *, opens_paragraph: bool) -> bool:
    """Tell whether quoted words are a sentence of speech, not words in the writer's."""
    if _starts_capital(text) and (
        words > SCARE_WORDS or text.rstrip("’'”\"»› ").endswith(_SPEECH_ENDS)
    ):
        return True
    return (opens_paragraph and words > SCARE_WORDS) or _has_sentence_break(text)


def _own_sentence(text: str, before: str) -> bool:
    """Tell whether short quoted words are a sentence of their own: ``… she said. “Not yet.”``."""
    return not before.strip() and _starts_capital(text) and text.endswith(_SENTENCE_ENDS)


def word_count(text: str) -> int:
    """Count the words of a cleaned quote; CJK text, written without spaces, by its characters.

    Example:
        >>> word_count("We are ready."), word_count("これは問題だ")
        (3, 3)
    """
    words = text.count(" ") + 1  # the text is cleaned: one space between words
    if words == 1 and len(text) > _CJK_WORD and text[0] >= _CJK:
        return len(text) // _CJK_WORD
    return words


def is_title(text: str) -> bool:
    """Tell whether ``text`` is written as a title: every long word capitalised.

    Example:
        >>> is_title("The Night We Lost The Lake"), is_title("Build that wall!")
        (True, False)
    """
    capitals = 0
    for match in _WORD().finditer(text):  # most quotes fail at their first word
        word = match.group()
        if word[0].isupper():
            capitals += 1
        elif len(word) > 3 or not word[0].isalpha():
            return False
    return capitals >= 2


def _starts_capital(text: str) -> bool:
    """Tell whether the first letter of ``text`` is a capital."""
    if text[:1].isalpha():
        return text[0].isupper()  # the common case, spared the walk
    return next((char.isupper() for char in text if char.isalpha()), False)


def _has_sentence_break(text: str) -> bool:
    # Most quotes hold no stop at all, which ``in`` tells faster than the regex.
    return ("." in text or "!" in text or "?" in text) and _SENTENCE_BREAK().search(
        text
    ) is not None
