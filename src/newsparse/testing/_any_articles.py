"""A strategy for any valid Article, for serialisation round trips: not a parseable one."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import strategies as st

from newsparse.models import (
    Article,
    Block,
    BlockReason,
    Comment,
    CommentSection,
    Diagnostic,
    Headline,
    Paragraph,
    Quote,
    QuoteKind,
    Severity,
    Span,
    Speaker,
)

__all__ = ["any_articles"]


def _no_surrogate_pair(text: str) -> bool:
    # JSON reads a high surrogate escape followed by a low one as the astral
    # character they encode (see newsparse.formats._json): such pairs cannot round-trip.
    return not any(
        "\ud800" <= high <= "\udbff" and "\udc00" <= low <= "\udfff"
        for high, low in itertools.pairwise(text)
    )


_any_text = st.text(st.characters(exclude_categories=()), max_size=30).filter(_no_surrogate_pair)


@st.composite
def _any_spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(1, 10**6))
    return Span(start_line=start, end_line=start + draw(st.integers(0, 1000)))


_offsets = st.one_of(
    st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(lambda minutes: timedelta(minutes=minutes)),
    st.timedeltas(min_value=timedelta(hours=-24), max_value=timedelta(hours=24)).filter(
        lambda offset: abs(offset) < timedelta(hours=24)
    ),
).map(timezone)
_aware_datetimes = st.datetimes(
    min_value=datetime(1900, 1, 1),
    max_value=datetime(2100, 12, 31),
    timezones=st.just(UTC) | _offsets,
)


def _any_comments(depth: int) -> st.SearchStrategy[Comment]:
    replies = st.just(()) if depth == 0 else st.lists(_any_comments(depth - 1), max_size=2)
    return st.builds(
        Comment,
        author=st.none() | _any_text,
        text=_any_text,
        paragraphs=st.lists(_any_text, max_size=3).map(tuple),
        posted=st.none() | _aware_datetimes,
        posted_text=st.none() | _any_text,
        score=st.none() | st.integers(-(2**53), 2**53),
        replies=replies.map(tuple),
        span=_any_spans(),
        quotes=_any_quotes(),
    )


def _any_quotes() -> st.SearchStrategy[tuple[Quote, ...]]:
    return st.lists(
        st.builds(
            Quote,
            text=_any_text,
            speaker=st.none() | _any_text,
            kind=st.sampled_from(QuoteKind),
            cue=st.none() | _any_text,
            span=_any_spans(),
        ),
        max_size=3,
    ).map(tuple)


def any_articles() -> st.SearchStrategy[Article]:
    """Return a strategy for any valid Article: arbitrary text, every enum value.

    For serialisation round trips: text may hold any code point, lone
    surrogates included (but no high surrogate right before a low one, which
    JSON cannot keep apart); datetimes are timezone-aware with offsets of
    whole minutes or, more rarely, any fixed offset; replies nest up to
    three deep. The articles need not parse.

    Shrinks towards ``Article.empty(site="")``: empty text, every optional
    field ``None`` and every tuple empty.
    """
    paragraphs = st.builds(Paragraph, text=_any_text, span=_any_spans())
    return st.builds(
        Article,
        site=_any_text,
        headline=st.none() | st.builds(Headline, text=_any_text, span=_any_spans()),
        standfirst=st.none() | paragraphs,
        body=st.lists(paragraphs, max_size=3).map(tuple),
        quotes=_any_quotes(),
        speakers=st.lists(
            st.builds(Speaker, name=_any_text, description=st.none() | _any_text), max_size=3
        ).map(tuple),
        comments=st.builds(
            CommentSection,
            declared_count=st.none() | st.integers(0, 10**6),
            comments=st.lists(_any_comments(3), max_size=3).map(tuple),
            paginated=st.booleans(),
            span=st.none() | _any_spans(),
        ),
        boilerplate=st.lists(
            st.builds(
                Block, text=_any_text, reason=st.sampled_from(BlockReason), span=_any_spans()
            ),
            max_size=3,
        ).map(tuple),
        diagnostics=st.lists(
            st.builds(
                Diagnostic,
                code=_any_text,
                message=_any_text,
                span=st.none() | _any_spans(),
                severity=st.sampled_from(Severity),
            ),
            max_size=3,
        ).map(tuple),
        byline=st.none() | _any_text,
        published=st.none() | _aware_datetimes,
        url=st.none() | _any_text,
    )
