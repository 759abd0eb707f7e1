"""The Article: what a parse returns."""

from __future__ import annotations

from datetime import datetime

import attrs

from newsparse.models._comments import CommentSection
from newsparse.models._parts import Block, Diagnostic, Headline, Paragraph, Quote, Speaker

__all__ = ["Article"]


@attrs.frozen(kw_only=True)
class Article:
    r"""Everything newsparse read from one page.

    Attributes:
        site: The name of the adapter that parsed the page.
        headline: The headline, or ``None`` when the page shows none.
        standfirst: The lede paragraph under the headline, or ``None``.
        body: The body paragraphs after the standfirst.
        quotes: Quotes in headline, standfirst and body, in reading order.
        speakers: Each person or body quoted, once.
        comments: The comment section (empty when there is none).
        boilerplate: Runs of lines that are not content, with reasons.
        diagnostics: What the parser was unsure of.
        byline: The author line, if found.
        published: The publication time, if found.
        url: The page's address, if the page states it.

    Example:
        >>> import newsparse
        >>> article = newsparse.parse("Big news\n\nIt happened today, and it was big.")
        >>> article.headline.text
        'Big news'
    """

    site: str
    headline: Headline | None
    standfirst: Paragraph | None
    body: tuple[Paragraph, ...]
    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]
    comments: CommentSection
    boilerplate: tuple[Block, ...]
    diagnostics: tuple[Diagnostic, ...]
    byline: str | None = None
    published: datetime | None = None
    url: str | None = None

    @classmethod
    def empty(cls, *, site: str = "generic") -> Article:
        """Return an article with nothing in it: no headline, text, comments or blocks.

        Example:
            >>> Article.empty().body, Article.empty(site="pulse").site
            ((), 'pulse')
        """
        return cls(
            site=site,
            headline=None,
            standfirst=None,
            body=(),
            quotes=(),
            speakers=(),
            comments=CommentSection.empty(),
            boilerplate=(),
            diagnostics=(),
        )

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The standfirst (if any) followed by the body paragraphs."""
        return ((self.standfirst,) if self.standfirst else ()) + self.body
