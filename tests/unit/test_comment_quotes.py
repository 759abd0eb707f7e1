"""Quotes in reader comments (``newsparse._pipeline.quotes.readers``)."""

from __future__ import annotations

import pytest

from newsparse._page import Lines
from newsparse._pipeline.quotes.readers import quote_comments
from newsparse.models import Article, Comment, CommentSection, Quote, QuoteKind, Span


def _comment(text: str, first_line: int, *, replies: tuple[Comment, ...] = ()) -> Comment:
    paragraphs = tuple(text.split("\n\n"))
    lines = sum(paragraph.count("\n") + 1 for paragraph in paragraphs) + len(paragraphs) - 1
    return Comment(
        author=None,
        text=text,
        paragraphs=paragraphs,
        posted=None,
        posted_text=None,
        score=None,
        replies=replies,
        span=Span(start_line=first_line, end_line=first_line + lines - 1),
    )


def _article(*comments: Comment, quotes: tuple[Quote, ...] = ()) -> Article:
    return Article(
        site="generic",
        headline=None,
        standfirst=None,
        body=(),
        quotes=quotes,
        speakers=(),
        boilerplate=(),
        diagnostics=(),
        comments=CommentSection(declared_count=None, comments=comments, paginated=False, span=None),
    )


def test_a_comment_opening_with_its_only_mark_is_searched() -> None:
    # A single mark at offset 0 once read as "no mark" (offset 0 is falsy).
    article = quote_comments(_article(_comment("‘We were never asked about the ward", 3)))
    quotes = article.comments.comments[0].quotes
    assert [(quote.text, quote.span.start_line) for quote in quotes] == [
        ("We were never asked about the ward", 3)
    ]


def test_a_comment_with_only_apostrophes_is_left_as_it_was() -> None:
    comment = _comment("It’s the GPs’ choice, isn’t it?", 3)
    article = quote_comments(_article(comment))
    assert article.comments.comments[0] is comment


def test_a_reply_quoting_another_reader_gets_its_quote_on_its_own_line() -> None:
    page = "\n".join(
        [
            "Comments",
            "Ann",
            "The plan is fine by me.",
            "Bob",
            "Nonsense.",
            "",
            "Ann wrote: “The plan is fine by me.” Not for us.",
        ]
    )
    reply = _comment("Nonsense.\n\nAnn wrote: “The plan is fine by me.” Not for us.", 5)
    article = quote_comments(
        _article(_comment("The plan is fine by me.", 3, replies=(reply,))), Lines.from_text(page)
    )
    (quote,) = article.comments.comments[0].replies[0].quotes
    assert (quote.text, quote.speaker, quote.span.start_line) == (
        "The plan is fine by me.",
        "Ann",
        7,
    )


def test_a_comment_quoting_the_article_takes_the_speaker_the_article_gives() -> None:
    said = Quote(
        text="This will cost us our night shift.",
        speaker="the trust",
        kind=QuoteKind.SPEECH,
        cue="said",
        span=Span(start_line=2, end_line=2),
    )
    comment = _comment("So the night shift goes, as ‘this will cost us our night shift’ shows.", 9)
    (quote,) = quote_comments(_article(comment, quotes=(said,))).comments.comments[0].quotes
    assert quote.speaker == "the trust"


def _said(text: str, speaker: str) -> Quote:
    return Quote(
        text=text,
        speaker=speaker,
        kind=QuoteKind.SPEECH,
        cue="said",
        span=Span(start_line=2, end_line=2),
    )


@pytest.mark.parametrize("others", [0, 40])  # a short article, and one whose words are indexed
def test_the_first_article_quote_holding_the_words_gives_the_speaker(others: int) -> None:
    quotes = (
        *(
            _said(f"Ward {number} will stay open all night.", "the manager")
            for number in range(others)
        ),
        _said("Our night rota is fine.", "the nurse"),  # shares inner words, not the run
        _said("We will cost the night shift its pay.", "the union"),
        _said("It will cost us our night shift.", "the trust"),
        _said("It will cost us our night shift.", "the board"),  # the same quote later
        _said("So it would cost us our night shift twice.", "the ward"),  # the words, later
    )
    comment = _comment("As they put it, ‘cost us our night shift’ and that was that.", 9)
    (quote,) = quote_comments(_article(comment, quotes=quotes)).comments.comments[0].quotes
    assert quote.speaker == "the trust"
