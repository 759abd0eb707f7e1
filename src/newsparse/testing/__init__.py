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

from newsparse.testing._articles import articles
from newsparse.testing._check_adapter import check_adapter
from newsparse.testing._comment_pages import COMMENT_LAYOUTS, comment_pages
from newsparse.testing._nothing_lost import assert_nothing_lost
from newsparse.testing._pages import pages

__all__ = [
    "COMMENT_LAYOUTS",
    "articles",
    "assert_nothing_lost",
    "check_adapter",
    "comment_pages",
    "pages",
]
