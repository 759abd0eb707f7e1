"""``explain``: every line of a page with its zone and the rule that chose it.

The page is read and parsed as :mod:`.run` parses it (the same runner and
never-raise boundary); the labels the stages gave each block are then
spread over its lines.
"""

from __future__ import annotations

import os

import attrs

from newsparse._pipeline.inputs import (
    PageInput,
    bytes_input,
    file_input,
    html_input,
    text_input,
)
from newsparse._pipeline.quotes.explained import ExplainedQuote, explain_quotes
from newsparse._pipeline.run import run_input
from newsparse._pipeline.stages import ParseState
from newsparse.adapters import Adapter, Label
from newsparse.models import Zone
from newsparse.options import Options

__all__ = [
    "ExplainedLine",
    "Explanation",
    "explain",
    "explain_bytes",
    "explain_file",
    "explain_html",
]

_DEFAULT_OPTIONS = Options()


@attrs.frozen(kw_only=True)
class ExplainedLine:
    """One input line with the zone it was given and the rule that gave it.

    For a page read from HTML, ``element`` names the element the line's
    text sits in, after its nearest named ancestors
    (``"article.post > div.entry > p"``), and ``evidence`` what the HTML
    tells about it (``"nav, links 92%"``); both are empty for text.
    ``reason`` is what the rule read to decide, for every line of the
    block it labelled (``"title score 7.2: …"``), empty when the rule's
    name says it all.
    """

    number: int
    text: str
    zone: Zone
    rule: str
    element: str = ""
    evidence: str = ""
    reason: str = ""


@attrs.frozen(kw_only=True)
class Explanation:
    """Why each line of a page landed where it did (see ``newsparse explain``).

    ``quotes`` gives each quote of the article with the rule that decided
    its speaker.
    """

    adapter: str
    lines: tuple[ExplainedLine, ...]
    quotes: tuple[ExplainedQuote, ...] = ()


def explain(
    text: str,
    *,
    url: str | None = None,
    site: str | Adapter | None = None,
    options: Options = _DEFAULT_OPTIONS,
) -> Explanation:
    r"""Label every line of ``text`` with its zone and the rule that chose it.

    Each quote of the article comes with the rule that decided its speaker;
    ``url`` is as for :func:`~newsparse.parse`.

    Example:
        >>> explanation = explain("Title\n\nA sentence of some length.")
        >>> [(line.zone.value, line.rule) for line in explanation.lines]
        [('headline', 'generic.headline-title'), ('blank', 'blank'), ('standfirst', 'generic.body')]
        >>> explain("Title\n\n‘No,’ she said.").quotes[0].rule
        'after-quote'

    """
    return _explained(
        run_input(lambda: text_input(text, url=url), site=site, options=options), options
    )


def explain_html(
    html: str | bytes,
    *,
    url: str | None = None,
    site: str | Adapter | None = None,
    options: Options = _DEFAULT_OPTIONS,
) -> Explanation:
    r"""Label every line of a page's HTML, as laid out in lines, with its zone, rule and element.

    The lines are those :func:`parse_html` reads; each comes with the
    element it was drawn from and what the HTML tells about it, beside the
    zone and the rule that chose it (the rules that read the HTML are named
    ``html.*``).

    Example:
        >>> explanation = explain_html("<nav><a href=/>Home</a></nav><h1>Title</h1>"
        ...                            "<article><p>A sentence of some length.</p></article>")
        >>> [(line.text, line.element, line.evidence) for line in explanation.lines][0]
        ('Home', 'nav', 'nav, links 100%')
    """
    if not isinstance(html, (str, bytes)):
        raise TypeError(f"explain_html() takes str or bytes, not {type(html).__name__}")
    return _explained(
        run_input(lambda: html_input(html, url=url), site=site, options=options), options
    )


def explain_file(
    path: str | os.PathLike[str],
    *,
    url: str | None = None,
    site: str | Adapter | None = None,
    options: Options = _DEFAULT_OPTIONS,
) -> Explanation:
    """Explain a page file, read as :func:`parse_file` reads it (text or HTML).

    Raises:
        InputError: As :func:`parse_file`.
        AdapterError: When ``site`` names no installed adapter.
    """

    def read() -> PageInput:
        return file_input(path, max_bytes=options.max_file_bytes, url=url)

    return _explained(run_input(read, site=site, options=options), options)


def explain_bytes(
    data: bytes,
    *,
    url: str | None = None,
    site: str | Adapter | None = None,
    options: Options = _DEFAULT_OPTIONS,
) -> Explanation:
    """Explain a page's bytes, read as :func:`~newsparse._pipeline.run.parse_bytes` reads them.

    Raises:
        InputError: As :func:`~newsparse._pipeline.run.parse_bytes`.
    """

    def read() -> PageInput:
        return bytes_input(data, max_bytes=options.max_file_bytes, url=url)

    return _explained(run_input(read, site=site, options=options), options)


def _explained(state: ParseState, options: Options) -> Explanation:
    by_line: dict[int, Label] = {}
    side = Label(zone=Zone.SIDE_COLUMN, rule="columns.side")
    for line in state.side:  # a line with main text too gets its block's label below
        by_line[line.number] = side
    for block, label in zip(state.blocks, state.labels, strict=True):
        for line in block.lines:
            by_line[line.number] = label
    blank = Label(zone=Zone.BLANK, rule="blank")
    evidence = state.evidence
    # Imported here: only HTML lines have an element and evidence to name.
    from newsparse._pipeline.html.explained import element_of, evidence_of

    return Explanation(
        adapter=state.adapter.name,
        quotes=explain_quotes(state.article) if options.quotes else (),
        lines=tuple(
            ExplainedLine(
                number=line.number,
                text=line.raw,
                zone=by_line.get(line.number, blank).zone,
                rule=by_line.get(line.number, blank).rule,
                element="" if evidence is None else element_of(evidence[line.number - 1]),
                evidence="" if evidence is None else evidence_of(evidence[line.number - 1]),
                reason=by_line.get(line.number, blank).reason,
            )
            for line in state.lines
        ),
    )
