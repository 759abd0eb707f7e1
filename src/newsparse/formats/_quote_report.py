"""What ``newsparse quotes`` and ``newsparse explain`` print about quotes.

Rendering only: the quotes come from :func:`newsparse.parse` and
:func:`newsparse._pipeline.quotes.explained.explain_quotes`. The text form is one
line a quote (lines, kind, speaker, cue, words); the JSON form is one
object a page, the quotes as ``to_json`` writes them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from newsparse._pipeline.quotes.explained import ExplainedQuote, explain_quotes
from newsparse.models import Article, Comment, Quote, Span

__all__ = ["quotes_json", "quotes_text", "rules_text"]

_SHOWN = 100  # characters of a quote's words printed in text form


def _lines(span: Span) -> str:
    if span.start_line == span.end_line:
        return f"L{span.start_line}"
    return f"L{span.start_line}-{span.end_line}"


def _words(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def _quote_line(quote: Quote, *, rule: str | None = None) -> str:
    speaker = quote.speaker or "-"
    cue = f" ({quote.cue})" if quote.cue else ""
    why = f" [{rule}]" if rule else ""
    return (
        f"  {_lines(quote.span):<9} {quote.kind.value:<7} {speaker}{cue}{why}: {_words(quote.text)}"
    )


def _comment_quotes(comments: Sequence[Comment]) -> list[Quote]:
    return [quote for comment in comments for quote in comment.quotes]


def quotes_text(label: str, article: Article, *, explain: bool = False) -> str:
    r"""Return the quotes of one page as text, a line each, comments' quotes last.

    With ``explain``, each quote of the article is followed by the rule that
    decided its speaker and the evidence it read.

    Example:
        >>> from newsparse import parse
        >>> print(quotes_text("page.txt", parse("Vote\n\n‘We won,’ said Ann Lee, the mayor.")))
        page.txt: 1 quote, 1 speaker
          L3        speech  Ann Lee (said): We won,
          speaker: Ann Lee — the mayor
        <BLANKLINE>
    """
    quotes, speakers = article.quotes, article.speakers
    head = (
        f"{label}: {len(quotes)} quote{'s' * (len(quotes) != 1)}, "
        f"{len(speakers)} speaker{'s' * (len(speakers) != 1)}"
    )
    if explain:
        out = [head]
        for item in explain_quotes(article):
            out += [_quote_line(item.quote, rule=item.rule), f"            {item.evidence}"]
    else:
        out = [head, *(_quote_line(quote) for quote in quotes)]
    out += [
        f"  speaker: {speaker.name}" + (f" — {speaker.description}" if speaker.description else "")
        for speaker in speakers
    ]
    in_comments = _comment_quotes(article.comments.walk())
    if in_comments:
        out.append(f"  in comments: {len(in_comments)}")
        out += [_quote_line(quote) for quote in in_comments]
    return "\n".join(out) + "\n"


def _quote_record(quote: Quote) -> dict[str, object]:
    return {
        "text": quote.text,
        "speaker": quote.speaker,
        "kind": quote.kind.value,
        "cue": quote.cue,
        "span": {"start_line": quote.span.start_line, "end_line": quote.span.end_line},
    }


def quotes_json(label: str, article: Article) -> str:
    r"""Return the quotes of one page as one line of JSON.

    Example:
        >>> from newsparse import parse
        >>> record = json.loads(quotes_json("p.txt", parse("Vote\n\n‘We won,’ said Ann Lee.")))
        >>> record["quotes"][0]["speaker"], record["speakers"]
        ('Ann Lee', [{'name': 'Ann Lee', 'description': None}])
    """
    record = {
        "source": label,
        "quotes": [_quote_record(quote) for quote in article.quotes],
        "speakers": [
            {"name": speaker.name, "description": speaker.description}
            for speaker in article.speakers
        ],
        "comment_quotes": [
            _quote_record(quote) for quote in _comment_quotes(article.comments.walk())
        ],
    }
    return json.dumps(record, ensure_ascii=False) + "\n"


def rules_text(explained: Sequence[ExplainedQuote]) -> str:
    r"""Return each quote with the rule that decided its speaker, for ``newsparse explain``.

    Example:
        >>> from newsparse._pipeline.explain import explain
        >>> print(rules_text(explain("Vote\n\n‘We won,’ said Ann Lee.").quotes), end="")
        quotes: 1 (rule in brackets)
          L3        speech  Ann Lee (said) [after-quote]: We won,
    """
    if not explained:
        return ""
    out = [f"quotes: {len(explained)} (rule in brackets)"]
    out += [_quote_line(item.quote, rule=item.rule) for item in explained]
    return "\n".join(out) + "\n"
