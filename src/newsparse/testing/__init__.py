"""Helpers for testing newsparse and its adapters: Hypothesis strategies and checks.

This is the only module of newsparse that imports Hypothesis, and
``import newsparse`` does not import it; install Hypothesis to use it.

- :func:`articles` draws clean articles: headline, paragraphs and comments
  that any layout adapter should read back unchanged.
- :func:`pages` renders an article into the text of a scraped page in the
  ``pulse`` layout (masthead, issue promo, bulleted comments, widgets, footer),
  with the noise real pages carry, and returns the page with the article as
  it should parse.
- :func:`comment_pages` renders an article as a blog page whose comment
  thread is in one of the layouts of ``fixtures/comments/`` (WordPress
  "says:", author and date on one line, TypePad trailers, Blogger "said...",
  "in reply to NAME"), with authors, times and scores drawn for the comments.
- :func:`check_adapter` is the conformance check an adapter author runs in
  their own tests.
- :func:`assert_nothing_lost` asserts the library's "nothing is lost" law
  for one parse.

Example:
    >>> from hypothesis import given
    >>> import newsparse
    >>> @given(pages(noise=False))
    ... def test_page_shows_headline(page_and_article):
    ...     page, article = page_and_article
    ...     line = page.splitlines()[article.headline.span.start_line - 1]
    ...     assert line == article.headline.text
    >>> test_page_shows_headline()
"""

from __future__ import annotations

import itertools
import math
import pickle
import random
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from newsparse._page import Lines
from newsparse._pipeline.comments.split import label_run_start
from newsparse._pipeline.run import parse
from newsparse.adapters import BUILTIN_ADAPTERS
from newsparse.adapters import _registry as registry
from newsparse.adapters._adapter import Adapter
from newsparse.errors import AdapterError
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
from newsparse.testing._comment_pages import Commenter, CommentLayout, render_comment_page

__all__ = [
    "COMMENT_LAYOUTS",
    "articles",
    "assert_nothing_lost",
    "check_adapter",
    "comment_pages",
    "pages",
]

# Ordinary words that no furniture pattern of a built-in adapter reacts to:
# no "reply", "comments", "read", "by", "said", "copyright" and the like.
_WORDS = (
    "the", "a", "of", "and", "to", "in", "was", "is", "for", "on", "with", "that", "it",
    "at", "from", "as", "an", "their", "new", "after", "over", "under", "council", "plans",
    "river", "bridge", "school", "budget", "village", "market", "rain", "storm", "town",
    "water", "road", "centre", "board", "members", "week", "year", "morning", "evening",
    "team", "project", "funding", "hospital", "ward", "doctors", "nurses", "patients",
    "practice", "network", "contract", "health", "care", "staff", "workload", "winter",
    "summer", "train", "station", "museum", "library", "garden", "festival", "harbour",
    "farmers", "wheat", "prices", "energy", "costs", "residents", "families", "children",
    "teachers", "lessons", "exams", "opened", "closed", "agreed", "rejected", "approved",
    "delayed", "raised", "cut", "extended", "reviewed", "announced", "planned", "expected",
    "large", "small", "early", "late", "busy", "quiet", "national", "regional", "annual",
    "final", "first", "second", "three", "many", "few", "this", "these", "would", "could",
    "will", "may", "not", "yet", "still", "again", "only", "also", "between", "before",
)  # fmt: skip
_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"
_NOISE_TEXT = "Unsuitable or offensive? Report this comment"
_PAGINATION_TEXT = "View results 10 results per page20 results per page50 results per page"
_FOOTER_TEXT = "Have your say"
_MASTHEAD_TEXT = "This site is intended for health professionals only"
_COVER_TEXT = "Read the latest issue online"
_SLOGAN_OPENINGS = (
    "At the heart of family medicine",
    "At the heart of primary care",
    "Independent news for general practice",
    "The clinicians' weekly",
    "Straight talk for the surgery",
)
_BRANDS = ("pul", "pulse", "wkly", "gpn")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "june", "jul aug", "sept", "oct", "nov dec")
_LINE_ENDS = ("", " ", "  ", "\u00a0", " \u00a0", "\u00a0 ")
_BLANK_LINES = ("", " ", "    ", "\u00a0")
_INNER_SPACES = ("\u00a0", "\u00a0 ", " \u00a0", "  ")
_REPLY_DEPTH = 2
# The diagnostics ``parse`` leaves when an adapter crashed and it fell back.
_FAILURE_CODES = frozenset({"parse.adapter-failed", "parse.failed"})


def _furniture_patterns() -> tuple[Callable[[str], object], ...]:
    fields = (
        *("signatures", "site_header", "promo", "comments_heading", "comment_noise"),
        *("pagination", "comment_form", "footer", "byline"),
    )
    return tuple(
        pattern.search
        for adapter in BUILTIN_ADAPTERS.values()
        for field in fields
        for pattern in getattr(adapter, field)
    )


_FURNITURE = _furniture_patterns()


def _not_furniture(text: str) -> bool:
    return not any(search(text) for search in _FURNITURE)


def _invented_words() -> tuple[str, ...]:
    syllables = [consonant + vowel for consonant in _CONSONANTS for vowel in _VOWELS]
    rng = random.Random(1960)  # fixed, so that examples replay across runs
    return tuple(
        "".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))) for _ in range(400)
    )


# One draw per word keeps generation fast; invented words add variety.
_words = st.sampled_from(_WORDS + _invented_words())


def _capitalised(word: str) -> str:
    return word[:1].upper() + word[1:]


def _no_label_run(paragraphs: Sequence[str]) -> bool:
    """Leave out the text the parser takes for a sidebar after the last comment.

    Four short lines without a sentence end in a row read as a link list
    (see docs/comments.md, "Known limits").
    """
    return label_run_start("\n".join(paragraphs).split("\n")) is None


@st.composite
def _sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(_words, min_size=4, max_size=14))
    if draw(st.booleans()):
        comma = draw(st.integers(0, len(words) - 2))
        words[comma] += ","
    return _capitalised(" ".join(words)) + "."


_titles = st.lists(_words, min_size=2, max_size=8).map(
    lambda words: " ".join(_capitalised(word) for word in words)
)
_paragraphs = st.lists(_sentences(), min_size=1, max_size=3).map(" ".join).filter(_not_furniture)
_short_phrases = st.lists(_words, min_size=1, max_size=3).map(
    lambda words: _capitalised(" ".join(words))
)
_comment_lines = st.one_of(
    st.lists(_sentences(), min_size=1, max_size=2).map(" ".join), _short_phrases
)
_comment_paragraphs = (
    st.lists(_comment_lines, min_size=1, max_size=3).map("\n".join).filter(_not_furniture)
)


@attrs.frozen(kw_only=True)
class _Content:
    """What an article says, before it is laid out on a page."""

    headline: str | None
    paragraphs: tuple[str, ...]
    comments: tuple[tuple[int, tuple[str, ...]], ...]  # (depth, paragraphs), page order
    declared_count: int | None


class _Ink:
    """How lines are written: plainly, or with noise drawn by Hypothesis."""

    def __init__(self, draw: st.DrawFn | None = None) -> None:
        self._draw = draw

    def line(self, text: str) -> str:
        if self._draw is None:
            return text
        spaces = [index for index, char in enumerate(text) if char == " " and index > 1]
        add_space = self._draw(st.booleans()) if spaces else False
        if add_space:
            at = self._draw(st.sampled_from(spaces))
            text = text[:at] + self._draw(st.sampled_from(_INNER_SPACES)) + text[at + 1 :]
        return text + self._draw(st.sampled_from(_LINE_ENDS))

    def gap(self) -> list[str]:
        if self._draw is None:
            return [""]
        return self._draw(st.lists(st.sampled_from(_BLANK_LINES), min_size=1, max_size=3))


class _Page:
    """A page being written, line by line; line numbers are 1-based."""

    def __init__(self, ink: _Ink) -> None:
        self.ink = ink
        self.lines: list[str] = []
        self.boilerplate: list[Block] = []

    def write(self, text: str, indent: str = "") -> int:
        self.lines.append(indent + self.ink.line(text))
        return len(self.lines)

    def gap(self) -> None:
        self.lines.extend(self.ink.gap())

    def furniture(self, texts: Sequence[str], reason: BlockReason, indent: str = "") -> None:
        first = len(self.lines) + 1
        for text in texts:
            self.write(text, indent)
        span = Span(start_line=first, end_line=len(self.lines))
        self.boilerplate.append(Block(text="\n".join(texts), reason=reason, span=span))
        self.gap()


def _write_comments(page: _Page, content: _Content) -> tuple[list[Comment], Span]:
    """Write the comment section; return the comments (flat, with depths) and its span."""
    start = page.write(f"Readers' comments ({content.declared_count})")
    page.gap()
    flat: list[Comment] = []
    for depth, paragraphs in content.comments:
        indent = " " * (2 + 4 * depth)
        lines = [line for paragraph in paragraphs for line in paragraph.split("\n")] or [""]
        first = page.write(f"• {lines[0]}".rstrip(), indent)
        for number, paragraph in enumerate(paragraphs):
            if number:
                page.gap()
            for line_number, line in enumerate(paragraph.split("\n")):
                if number or line_number:
                    page.write(line, indent + "  ")
        span = Span(start_line=first, end_line=len(page.lines))
        flat.append(_comment(paragraphs, span))
        page.gap()
        page.furniture([_NOISE_TEXT], BlockReason.COMMENT_NOISE, indent + "  ")
    shown = len(content.comments)
    if content.declared_count is not None and content.declared_count > shown:
        page.furniture([_PAGINATION_TEXT], BlockReason.PAGINATION)
    end = max([start, *(block.span.end_line for block in page.boilerplate)])
    return flat, Span(start_line=start, end_line=end)


def _comment(paragraphs: Sequence[str], span: Span) -> Comment:
    return Comment(
        author=None,
        text="\n\n".join(paragraphs),
        paragraphs=tuple(paragraphs),
        posted=None,
        posted_text=None,
        score=None,
        replies=(),
        span=span,
    )


def _nest(depths: Sequence[int], flat: Sequence[Comment]) -> tuple[Comment, ...]:
    """Turn comments in page order with their depths into a tree."""
    top: list[Comment] = []
    path: list[tuple[int, list[Comment]]] = []  # (depth, replies so far) of open ancestors

    def close(until: int) -> None:
        while path and path[-1][0] >= until:
            _, replies = path.pop()
            parent = (path[-1][1] if path else top).pop()
            (path[-1][1] if path else top).append(attrs.evolve(parent, replies=tuple(replies)))

    for depth, comment in zip(depths, flat, strict=True):
        close(depth)
        (path[-1][1] if path else top).append(comment)
        path.append((depth, []))
    close(0)
    return tuple(top)


def _lay_out(
    content: _Content,
    ink: _Ink,
    chrome: Sequence[tuple[str, ...]],
    promo: str | None,
    *,
    final_newline: bool,
    newline: str,
) -> tuple[str, Article]:
    page = _Page(ink)
    for block in chrome:
        page.furniture(block, BlockReason.SITE_HEADER)
    if promo is not None:
        page.furniture([promo], BlockReason.PROMO)
    headline = None
    if content.headline is not None:
        number = page.write(content.headline)
        headline = Headline(text=content.headline, span=Span(start_line=number, end_line=number))
        page.gap()
    paragraphs = []
    for text in content.paragraphs:
        number = page.write(text)
        paragraphs.append(Paragraph(text=text, span=Span(start_line=number, end_line=number)))
        page.gap()
    section = CommentSection.empty()
    if content.declared_count is not None:
        flat, span = _write_comments(page, content)
        section = CommentSection(
            declared_count=content.declared_count,
            comments=_nest([depth for depth, _ in content.comments], flat),
            paginated=content.declared_count > len(flat),
            span=span,
        )
    page.furniture([_FOOTER_TEXT], BlockReason.FOOTER)
    while page.lines and not page.lines[-1].strip():
        page.lines.pop()
    text = newline.join(page.lines) + (newline if final_newline else "")
    article = Article(
        site="pulse",
        headline=headline,
        standfirst=paragraphs[0] if paragraphs else None,
        body=tuple(paragraphs[1:]),
        quotes=(),
        speakers=(),
        comments=section,
        boilerplate=tuple(page.boilerplate),
        diagnostics=(),
    )
    return text, article


def _content_of(article: Article) -> _Content:
    def flatten(comments: Sequence[Comment], depth: int) -> Iterator[tuple[int, tuple[str, ...]]]:
        for comment in comments:
            yield depth, comment.paragraphs
            yield from flatten(comment.replies, depth + 1)

    section = article.comments
    comments = tuple(flatten(section.comments, 0))
    declared = section.declared_count
    if declared is None and comments:
        declared = len(comments)
    return _Content(
        headline=None if article.headline is None else article.headline.text,
        paragraphs=tuple(paragraph.text for paragraph in article.paragraphs),
        comments=comments,
        declared_count=declared,
    )


def _check_int(name: str, value: object, minimum: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise InvalidArgument(f"{name}={value!r} must be an int >= {minimum}")
    return value


@st.composite
def _drawn_articles(
    draw: st.DrawFn, *, min_paragraphs: int, max_paragraphs: int, max_comments: int, replies: bool
) -> Article:
    _check_int("min_paragraphs", min_paragraphs, 1)
    _check_int("max_paragraphs", max_paragraphs, min_paragraphs)
    _check_int("max_comments", max_comments, 0)
    if not isinstance(replies, bool):
        raise InvalidArgument(f"replies={replies!r} must be a bool")
    headline = draw(_titles.filter(_not_furniture))
    paragraphs = draw(st.lists(_paragraphs, min_size=min_paragraphs, max_size=max_paragraphs))
    count = draw(st.integers(0, max_comments))
    depths: list[int] = []
    for _ in range(count):
        deepest = min(depths[-1] + 1, _REPLY_DEPTH) if depths and replies else 0
        depths.append(draw(st.integers(0, deepest)))
    comments = tuple(
        (
            depth,
            tuple(
                draw(st.lists(_comment_paragraphs, min_size=1, max_size=3).filter(_no_label_run))
            ),
        )
        for depth in depths
    )
    declared: int | None = None
    with_heading = True if comments else draw(st.booleans())
    if with_heading:
        declared = count + draw(st.one_of(st.just(0), st.integers(1, 40)))
    content = _Content(
        headline=headline, paragraphs=tuple(paragraphs), comments=comments, declared_count=declared
    )
    return _lay_out(content, _Ink(), (), None, final_newline=False, newline="\n")[1]


def articles(
    *,
    min_paragraphs: int = 1,
    max_paragraphs: int = 8,
    max_comments: int = 6,
    replies: bool = False,
) -> st.SearchStrategy[Article]:
    r"""Return a strategy for clean articles that any layout should read back unchanged.

    The headline is a short title-cased phrase without a final period; each
    paragraph is one to three sentences of four or more words ending with a
    period (the first paragraph is the standfirst); each comment has one to
    three paragraphs, a paragraph being one to three lines joined by
    ``"\n"``. No text opens with a bullet or matches a furniture pattern of a
    built-in adapter. ``declared_count`` is at least the number of comments
    shown, and ``paginated`` is true when it is more. Comments have no author,
    date or score; ``quotes``, ``speakers`` and ``diagnostics`` are empty.

    Spans are those of the article laid out plainly, as :func:`pages` lays it
    out without masthead, promo or noise (headline on line 1); :func:`pages`
    returns the article with the spans of the page it renders. Boilerplate
    holds the comment widgets and footer of that plain layout.

    Shrinks towards a two-word headline, one four-word sentence and no comments.

    Args:
        min_paragraphs: The fewest paragraphs, standfirst included (at least 1).
        max_paragraphs: The most paragraphs.
        max_comments: The most comments shown, replies included.
        replies: Whether comments may nest replies (up to two levels deep).

    Returns:
        A strategy of :class:`~newsparse.models.Article`. Bad arguments raise
        :class:`hypothesis.errors.InvalidArgument` when the strategy is drawn.

    Example:
        >>> from hypothesis import given
        >>> @given(articles(max_comments=0))
        ... def test_no_comments(article):
        ...     assert article.comments.comments == ()
        >>> test_no_comments()
    """
    return _drawn_articles(
        min_paragraphs=min_paragraphs,
        max_paragraphs=max_paragraphs,
        max_comments=max_comments,
        replies=replies,
    )


def _first_words(title: str) -> str:
    return " ".join(title.split()[:4])


@st.composite
def _chrome(draw: st.DrawFn) -> tuple[tuple[str, ...], ...]:
    blocks: list[tuple[str, ...]] = [(_MASTHEAD_TEXT,)]
    if draw(st.booleans()):
        year = draw(st.integers(1950, 2020))
        blocks.append((f"{draw(st.sampled_from(_SLOGAN_OPENINGS))} since {year}",))
    brand, month = draw(st.sampled_from(_BRANDS)), draw(st.sampled_from(_MONTHS))
    width, height = draw(st.integers(60, 120)), draw(st.integers(80, 160))
    cover = f"{brand} {month}{draw(st.integers(2015, 2030))}"
    cover += draw(st.sampled_from(("", " cover"))) + f" {width}x{height}px"
    if draw(st.booleans()):
        blocks.append((f"{cover} {_COVER_TEXT}",))
    else:
        blocks.append((cover, _COVER_TEXT))
    return tuple(blocks)


@st.composite
def _drawn_pages(
    draw: st.DrawFn, source: st.SearchStrategy[Article] | None, *, noise: bool
) -> tuple[str, Article]:
    if source is None:
        source = articles()
    if not isinstance(source, st.SearchStrategy):
        raise InvalidArgument(f"articles_strategy={source!r} is not a Hypothesis strategy")
    if not isinstance(noise, bool):
        raise InvalidArgument(f"noise={noise!r} must be a bool")
    content = _content_of(draw(source))
    promo = None
    if content.headline is not None:  # without a headline, the promo line would read as one
        promo = draw(st.none() | _titles.filter(_not_furniture).map(_first_words))
    return _lay_out(
        content,
        _Ink(draw if noise else None),
        draw(_chrome()),
        promo,
        final_newline=noise and draw(st.booleans()),
        newline=draw(st.sampled_from(("\n", "\r\n"))) if noise else "\n",
    )


def pages(
    articles_strategy: st.SearchStrategy[Article] | None = None, *, noise: bool = True
) -> st.SearchStrategy[tuple[str, Article]]:
    """Return a strategy for scraped pages in the ``pulse`` layout, with the article each shows.

    A page is the masthead ("This site is intended for health professionals
    only", an optional slogan, the cover image's alt text and "Read the latest
    issue online"), an issue-title promo above some headlines, the headline, the
    paragraphs separated by blank lines, then, when the article has a comment
    section, "Readers' comments (N)", each comment as a "  • " bullet with
    continuation lines indented by four spaces (replies four more), each
    followed by "Unsuitable or offensive? Report this comment", the
    results-per-page widget when N exceeds the comments shown, and the
    "Have your say" footer. With ``noise``, lines get NBSPs and trailing
    spaces, blank lines multiply or hold white space, line ends may be CRLF.

    Only the headline, paragraphs and comments (paragraphs, nesting, declared
    count) of the drawn article are rendered; the returned article is what
    ``newsparse.parse(page, site="pulse")`` should return for those fields,
    with spans numbering the page's lines, and boilerplate blocks for the
    masthead, promo, widgets and footer. Articles from :func:`articles` give
    pages that parse back exactly; other articles must be as clean.

    Shrinks towards the shrunk article under a two-block masthead, with no
    promo and the least noise.

    Args:
        articles_strategy: Where articles come from; :func:`articles` by default.
        noise: Whether to add the noise real pages carry.

    Returns:
        A strategy of ``(page text, article)`` pairs. Bad arguments raise
        :class:`hypothesis.errors.InvalidArgument` when the strategy is drawn.

    Example:
        >>> from hypothesis import given
        >>> import newsparse
        >>> @given(pages(articles(max_comments=2), noise=False))
        ... def test_nothing_lost(page_and_article):
        ...     page, article = page_and_article
        ...     assert_nothing_lost(page, newsparse.parse(page, site="pulse"))
        >>> test_nothing_lost()
    """
    return _drawn_pages(articles_strategy, noise=noise)


# --- comment threads in the layouts of blogs (issue 7) ---

#: The layouts :func:`comment_pages` renders, by name.
COMMENT_LAYOUTS = tuple(layout.value for layout in CommentLayout)
_FIRST_NAMES = (
    *("Ann", "Tobias", "Oona", "Pell", "Juno", "Dee", "Mossy", "Clemency", "Jory", "Wren"),
    *("Barnaby", "Lettice", "Imelda", "Fergus", "Nessa", "Ollie", "Marguerite", "Hamish"),
)
_SURNAMES = (
    *("Lee", "Wren", "Fairlie", "Marchbanks", "Blake", "Harrowgate", "Flintoff", "Hart"),
    *("Pendle", "Oakes", "Moray", "Crane", "Quill", "Brightwater", "Stroud", "Pell"),
)
# Words a handle drawn from letters must not be: widgets, header words, months.
_NOT_HANDLES = frozenset(
    {"reply", "like", "likes", "report", "flag", "share", "permalink", "quote", "delete", "edit"}
    | {"says", "said", "wrote", "writes", "posted", "comment", "comments", "from", "since"}
    | {"until", "today", "yesterday", "anonymous", "march", "april", "may", "june", "july"}
    | {"august", "sept", "october", "november", "december", "january", "february"}
)
_names = st.sampled_from(_FIRST_NAMES)
_authors = st.one_of(
    st.tuples(_names, st.sampled_from(_SURNAMES)).map(" ".join),
    _names,
    st.tuples(_names, _names, st.sampled_from(_SURNAMES)).map(" ".join),
    st.from_regex(r"[a-z]{3,10}", fullmatch=True).filter(lambda name: name not in _NOT_HANDLES),
    st.just("Anonymous"),
)
_times = st.datetimes(min_value=datetime(2004, 1, 1), max_value=datetime(2024, 12, 31)).map(
    lambda moment: moment.replace(second=0, microsecond=0, fold=0, tzinfo=UTC)
)


def _check_layouts(layouts: object) -> tuple[CommentLayout, ...]:
    if isinstance(layouts, str) or not isinstance(layouts, Sequence) or not layouts:
        raise InvalidArgument(f"layouts={layouts!r} must be a non-empty sequence of layout names")
    unknown = [name for name in layouts if name not in COMMENT_LAYOUTS]
    if unknown:
        raise InvalidArgument(f"unknown comment layouts {unknown!r}; known: {COMMENT_LAYOUTS}")
    return tuple(CommentLayout(name) for name in layouts)


def _smudge(draw: st.DrawFn, text: str) -> str:
    """Add trailing spaces and NBSPs, white-space-only blank lines and perhaps CRLF line ends."""
    lines = [
        draw(st.sampled_from(_BLANK_LINES))
        if not line.strip()
        else line + draw(st.sampled_from(_LINE_ENDS))
        for line in text.split("\n")
    ]
    return draw(st.sampled_from(("\n", "\r\n"))).join(lines)


@st.composite
def _drawn_comment_pages(
    draw: st.DrawFn, source: st.SearchStrategy[Article] | None, *, layouts: object, noise: bool
) -> tuple[str, Article]:
    choices = _check_layouts(layouts)
    if source is None:
        source = articles(replies=True)
    if not isinstance(source, st.SearchStrategy):
        raise InvalidArgument(f"articles_strategy={source!r} is not a Hypothesis strategy")
    if not isinstance(noise, bool):
        raise InvalidArgument(f"noise={noise!r} must be a bool")
    layout = draw(st.sampled_from(choices))
    article = draw(source)
    count = len(article.comments.walk())
    names = st.lists(_authors, min_size=count, max_size=count)
    if layout.names_parents:  # replies say whom they answer: names must tell comments apart
        names = st.lists(_authors, min_size=count, max_size=count, unique_by=str.casefold)
    commenters = [
        Commenter(author=author, posted=draw(_times), score=draw(st.integers(0, 999)))
        for author in draw(names)
    ]
    poster = Commenter(
        author=draw(st.tuples(_names, st.sampled_from(_SURNAMES)).map(" ".join)),
        posted=draw(_times),
        score=0,
    )
    site = draw(_titles.filter(_not_furniture))
    text, rendered = render_comment_page(layout, article, commenters, site=site, poster=poster)
    return (_smudge(draw, text) if noise else text), rendered


def comment_pages(
    articles_strategy: st.SearchStrategy[Article] | None = None,
    *,
    layouts: Sequence[str] = COMMENT_LAYOUTS,
    noise: bool = True,
) -> st.SearchStrategy[tuple[str, Article]]:
    """Return a strategy for blog pages whose comment thread is in one of ``layouts``.

    The page is the blog's name and a nav bar, the post's date line where the
    layout has one, the headline, the paragraphs, the post's byline, then the
    comments heading, the thread and the form or closing notice of the layout,
    a rule and a copyright footer. The layouts (see ``fixtures/comments/``):

    - ``"wordpress"``: ``N Responses to “…”``, ``[image]``, ``NAME says:``,
      ``March 3, 2012 at 4:15 pm``, the text, ``Reply``; replies indented four
      spaces per level; the ``Leave a Reply`` form.
    - ``"name-date"``: ``N Comments``, ``Ann Lee July 7, 2012 at 12:27 am`` on
      one line, the text and ``Reply`` indented under it; replies indented.
    - ``"typepad"``: ``Comments``, the feed notice, each text followed by
      ``Posted by: NAME | March 05, 2012 at 10:02 AM``; flat.
    - ``"blogger"``: ``N comments:``, ``[photo]``, ``NAME said...``, the text
      indented, then ``September 10, 2012 4:45 AM [icon_delete]``; flat.
    - ``"reply-to"``: ``Comments (N)``, a sort bar, ``[avatar]``, NAME,
      ``in reply to NAME`` on replies, ``6 March 2012, 14:30``, the text,
      ``▲ 5 ▼   Reply   Report``; replies not indented, authors distinct.

    Authors are one to three name parts, a lower-case handle of letters or
    "Anonymous"; times are whole minutes between 2004 and 2024, written in
    the layout's form and read as UTC; scores (shown by ``"reply-to"`` only)
    are 0 to 999. Flat layouts render replies as top-level comments. With
    ``noise``, lines get trailing spaces or NBSPs, blank lines may hold white
    space, and line ends may be CRLF.

    The returned article is the one drawn, with ``site="generic"``, the
    page's spans, and a comment section holding what the page shows: each
    comment's author, ``posted`` (UTC), ``posted_text`` as written, score,
    text, paragraphs and replies, its span running from its author line to
    its last text or date line, and the declared count of the heading (none
    for ``"typepad"``). Boilerplate is left empty.

    Shrinks towards the first layout of ``layouts``, the shrunk article,
    single-name authors and midnight on 1 January 2004.

    Args:
        articles_strategy: Where articles come from; ``articles(replies=True)``
            by default.
        layouts: The names of the layouts to draw from (:data:`COMMENT_LAYOUTS`).
        noise: Whether to add the white-space noise real pages carry.

    Returns:
        A strategy of ``(page text, article)`` pairs. Bad arguments raise
        :class:`hypothesis.errors.InvalidArgument` when the strategy is drawn.

    Example:
        >>> from hypothesis import given
        >>> import newsparse
        >>> @given(comment_pages(layouts=["wordpress"], noise=False))
        ... def test_authors_come_back(page_and_article):
        ...     page, article = page_and_article
        ...     parsed = newsparse.parse(page)
        ...     authors = [comment.author for comment in parsed.comments.walk()]
        ...     assert authors == [comment.author for comment in article.comments.walk()]
        >>> test_authors_come_back()
    """
    return _drawn_comment_pages(articles_strategy, layouts=layouts, noise=noise)


# --- the serialisation strategy: any valid Article, not a parseable one ---


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
    timezones=st.just(timezone.utc) | _offsets,
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


def _any_articles() -> st.SearchStrategy[Article]:
    """Return a strategy for any valid Article: arbitrary text, every enum value.

    For serialisation round trips: text may hold any code point, lone
    surrogates included (but no high surrogate right before a low one, which
    JSON cannot keep apart); datetimes are timezone-aware with offsets of
    whole minutes or, more rarely, any fixed offset; replies nest up to
    three deep. The articles need not parse.
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


# --- checks ---


def _spans_of(article: Article) -> Iterator[Span]:
    if article.headline is not None:
        yield article.headline.span
    for paragraph in article.paragraphs:
        yield paragraph.span
    if article.comments.span is not None:
        yield article.comments.span
    for comment in article.comments.walk():
        yield comment.span
    for block in article.boilerplate:
        yield block.span


def assert_nothing_lost(text: str, article: Article) -> None:
    r"""Assert that every non-blank line of ``text`` lies in some span of ``article``.

    Lines are counted as :meth:`str.splitlines` counts them; a line is blank
    when it is empty or all white space (``line.isspace()``). The spans that
    count are those of the headline, standfirst, body paragraphs, the comment
    section, every comment and reply, and every boilerplate block.

    Raises:
        AssertionError: Naming the first lines that no span covers.

    Example:
        >>> import newsparse
        >>> text = "Storm hits town\n\nRoofs were torn off across the town overnight."
        >>> assert_nothing_lost(text, newsparse.parse(text))
    """
    lines = text.splitlines()
    covered = bytearray(len(lines) + 1)
    for span in _spans_of(article):
        end = min(span.end_line, len(lines))
        if span.start_line <= end:
            covered[span.start_line : end + 1] = b"\x01" * (end - span.start_line + 1)
    lost = [
        (number, raw)
        for number, raw in enumerate(lines, start=1)
        if raw and not raw.isspace() and not covered[number]
    ]
    if lost:
        shown = "; ".join(f"line {number}: {raw[:60]!r}" for number, raw in lost[:5])
        raise AssertionError(
            f"{len(lost)} non-blank line(s) lie in no span of the article: {shown}"
        )


def _tricky_inputs() -> list[tuple[str, str]]:
    rng = random.Random(20240601)  # fixed: the check must be reproducible
    alphabet = "ab cd\n\n  • ‘’“”\u00a0\t-*|()0123\u2028\x85\x00\x1b\ud800é中"
    randoms = [
        (f"random text {number}", "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 400))))
        for number in range(1, 6)
    ]
    return [
        ("empty input", ""),
        ("only blank lines", "\n\n   \n\u00a0\n\t\n"),
        ("control characters", "".join(map(chr, range(32))) + "\x7f\x80\x9f\ufeff\u200b"),
        ("lone surrogates", "Head\ud800line\n\n\udfff body text goes here."),
        ("unusual line breaks", "One\x0bTwo\x0cThree\x1cFour\x85Five\u2028Six\u2029Seven\r\nEnd"),
        ("one huge line", "All work and no play makes a dull page. " * 5000),
        ("bullets only", "\n".join(f"{'  ' * (n % 4)}• {n}" for n in range(200))),
        *randoms,
    ]


def _check_identity(adapter: object) -> Adapter:
    if not isinstance(adapter, Adapter):
        raise AssertionError(f"{adapter!r} is not a newsparse Adapter")
    name = adapter.name
    if (
        not isinstance(name, str)
        or not name
        or name != name.lower()
        or name != "".join(name.split())
    ):
        raise AssertionError(f"adapter name {name!r} must be non-empty lower case without spaces")
    try:
        copy = pickle.loads(pickle.dumps(adapter))
    except Exception as error:
        raise AssertionError(f"adapter {name!r} does not pickle: {error!r}") from error
    if copy != adapter:
        raise AssertionError(f"adapter {name!r} changes in a pickle round trip: {copy!r}")
    return adapter


def _check_detect(adapter: Adapter, what: str, text: str) -> None:
    try:
        score = adapter.detect(Lines.from_text(text))
    except Exception as error:
        raise AssertionError(f"{adapter.name}.detect raised on {what}: {error!r}") from error
    if not isinstance(score, float) or math.isnan(score) or not 0.0 <= score <= 1.0:
        wanted = "want a float in [0, 1]"
        raise AssertionError(f"{adapter.name}.detect gave {score!r} on {what}; {wanted}")


def _check_parse(adapter: Adapter, what: str, text: str) -> None:
    try:
        article = parse(text, site=adapter.name)
    except Exception as error:
        raise AssertionError(f"parse(site={adapter.name!r}) raised on {what}: {error!r}") from error
    failures = [d for d in article.diagnostics if d.code in _FAILURE_CODES]
    if failures or article.site != adapter.name:
        reason = failures[0].message if failures else f"site is {article.site!r}"
        raise AssertionError(f"adapter {adapter.name!r} failed on {what}: {reason}")
    try:
        assert_nothing_lost(text, article)
    except AssertionError as error:
        raise AssertionError(f"adapter {adapter.name!r} on {what}: {error}") from None


@contextmanager
def _installed(adapter: Adapter) -> Iterator[None]:
    """Make ``adapter`` the one ``site=adapter.name`` finds, then restore the registry."""
    try:
        current: Adapter | None = registry.get_adapter(adapter.name)
    except AdapterError:
        current = None
    if current is adapter:
        yield
        return
    if adapter.name in BUILTIN_ADAPTERS:
        raise AssertionError(f"adapter name {adapter.name!r} belongs to a built-in adapter")
    # newsparse has no public way to unregister: restore the private table directly.
    before = registry._registered.get(adapter.name)
    registry.register(adapter)
    try:
        yield
    finally:
        if before is None:
            registry._registered.pop(adapter.name, None)
        else:
            registry._registered[adapter.name] = before


def check_adapter(adapter: Adapter, *, examples: Sequence[str] = ()) -> None:
    r"""Check that an adapter meets the contract every newsparse adapter must meet.

    The adapter must be an :class:`~newsparse.adapters._adapter.Adapter` with a
    non-empty lower-case name without spaces, and equal itself after a
    pickle round trip (hooks must be module-level functions). ``detect`` must return
    a float in [0, 1], never raising, on empty input, on fixed random texts
    and on each example. ``parse(text, site=adapter.name)`` must not raise,
    must not fall back to ``generic``, and must leave no non-blank line
    outside every span (see :func:`assert_nothing_lost`) on the examples and
    on tricky inputs: empty, blank lines only, control characters, lone
    surrogates, unusual line breaks, one huge line, bullets only. An adapter
    not yet registered is registered for the check and removed after it.

    Args:
        adapter: The adapter to check.
        examples: Pages in the adapter's layout, as text.

    Raises:
        AssertionError: Saying which requirement failed, and on what input.

    Example:
        >>> from newsparse.adapters import GENERIC, PULSE
        >>> check_adapter(PULSE, examples=["Readers' comments (1)\n\n  • Fine.\n"])
        >>> check_adapter(GENERIC)
        >>> check_adapter(Adapter(name="My Site"))
        Traceback (most recent call last):
        ...
        AssertionError: adapter name 'My Site' must be non-empty lower case without spaces
    """
    adapter = _check_identity(adapter)
    inputs = [*_tricky_inputs(), *((f"example {n}", text) for n, text in enumerate(examples, 1))]
    for what, text in inputs:
        _check_detect(adapter, what, text)
    with _installed(adapter):
        for what, text in inputs:
            _check_parse(adapter, what, text)
