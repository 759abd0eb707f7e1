"""The :func:`pages` strategy: articles written as scraped pages in the ``pulse`` layout."""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from newsparse.models import Article
from newsparse.testing._articles import articles
from newsparse.testing._noise import Ink
from newsparse.testing._prose import not_boilerplate, titles
from newsparse.testing._pulse_layout import content_of, lay_out

__all__ = ["pages"]

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


def _first_words(title: str) -> str:
    return " ".join(title.split()[:4])


@st.composite
def _site_header(draw: st.DrawFn) -> tuple[tuple[str, ...], ...]:
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
    content = content_of(draw(source))
    promo = None
    if content.headline is not None:  # without a headline, the promo line would read as one
        promo = draw(st.none() | titles.filter(not_boilerplate).map(_first_words))
    return lay_out(
        content,
        Ink(draw if noise else None),
        draw(_site_header()),
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
        >>> from newsparse.testing import articles, assert_nothing_lost, pages
        >>> @given(pages(articles(max_comments=2), noise=False))
        ... def test_nothing_lost(page_and_article):
        ...     page, article = page_and_article
        ...     assert_nothing_lost(page, newsparse.parse(page, site="pulse"))
        >>> test_nothing_lost()
    """
    return _drawn_pages(articles_strategy, noise=noise)
