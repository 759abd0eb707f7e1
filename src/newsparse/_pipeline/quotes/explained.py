"""Why each quote has its speaker: the attribution rule, for ``newsparse explain``.

The rule name is no field of the public :class:`~newsparse.models.Quote`
(it is a fact about this parser, not about the article); it is found again
here by running the quote stage over a parsed article's headline,
standfirst and body, which gives the same quotes.
"""

from __future__ import annotations

from typing import NamedTuple

from newsparse._pipeline.quotes import find_quotes
from newsparse._pipeline.quotes.sources import Source, SourceRole
from newsparse._pipeline.quotes.speakers import ATTRIBUTION_RULES
from newsparse.models import Article, Quote

__all__ = ["ExplainedQuote", "article_sources", "explain_quotes"]


class ExplainedQuote(NamedTuple):
    """A quote and the rule that decided its speaker.

    Attributes:
        quote: The quote, as in ``Article.quotes``.
        rule: The rule's name (a key of ``ATTRIBUTION_RULES``).
        about: What the rule does, in a line.
        evidence: What the rule read for this quote, in a line.
    """

    quote: Quote
    rule: str
    about: str
    evidence: str = ""


def article_sources(article: Article) -> tuple[Source, ...]:
    r"""Return the headline, standfirst and body of ``article`` as quote-stage sources.

    Example:
        >>> from newsparse import parse
        >>> [s.role.value for s in article_sources(parse("Title\n\nOne.\n\nTwo."))]
        ['headline', 'standfirst', 'body']
    """
    sources: list[Source] = []
    if article.headline is not None:
        headline = article.headline
        sources.append(Source(text=headline.text, span=headline.span, role=SourceRole.HEADLINE))
    if article.standfirst is not None:
        standfirst = article.standfirst
        sources.append(
            Source(text=standfirst.text, span=standfirst.span, role=SourceRole.STANDFIRST)
        )
    sources.extend(
        Source(text=paragraph.text, span=paragraph.span, role=SourceRole.BODY)
        for paragraph in article.body
    )
    return tuple(sources)


def explain_quotes(article: Article) -> tuple[ExplainedQuote, ...]:
    r"""Return each quote of ``article`` with the rule that decided its speaker.

    Example:
        >>> from newsparse import parse
        >>> article = parse("Vote passed\n\n‘We won,’ said Ann Lee, the mayor.")
        >>> [(e.quote.speaker, e.rule, e.evidence) for e in explain_quotes(article)]
        [('Ann Lee', 'after-quote', '“Ann Lee said”')]
    """
    result = find_quotes(article_sources(article))
    return tuple(
        ExplainedQuote(
            quote=quote, rule=rule, about=ATTRIBUTION_RULES.get(rule, ""), evidence=evidence
        )
        for quote, rule, evidence in zip(result.quotes, result.rules, result.evidence, strict=True)
    )
