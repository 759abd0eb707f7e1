"""``parse`` and ``parse_file``: the stages wired together, and the never-raise boundary."""

from __future__ import annotations

import os

import attrs

from newsparse._page import Lines
from newsparse._pipeline.assemble import assemble, fallback_article
from newsparse._pipeline.quotes.explained import ExplainedQuote, explain_quotes
from newsparse._pipeline.quotes.readers import quote_comments
from newsparse._pipeline.text.blocks import split_blocks
from newsparse._pipeline.text.columns import split_columns
from newsparse._pipeline.text.files import read_page
from newsparse._pipeline.text.surrogates import replace_surrogates
from newsparse._pipeline.zones.rules import Label, label_zones, split_at_headings
from newsparse.adapters._adapter import Adapter
from newsparse.adapters._registry import choose_adapter, get_adapter
from newsparse.adapters.generic import GENERIC
from newsparse.models import Article, Diagnostic, Severity, Zone
from newsparse.options import DEFAULT_MAX_FILE_BYTES, Options

__all__ = ["ExplainedLine", "Explanation", "explain", "parse", "parse_file", "read_text"]

_DEFAULT_OPTIONS = Options()


def _resolve(lines: Lines, site: str | None) -> Adapter:
    return get_adapter(site) if site is not None else choose_adapter(lines)


def _parse_lines(lines: Lines, adapter: Adapter, options: Options) -> Article:
    columns = split_columns(lines)
    blocks = split_at_headings(split_blocks(columns.main), adapter)
    labels = label_zones(blocks, adapter)
    article = assemble(lines, blocks, labels, adapter=adapter, options=options, side=columns.side)
    return quote_comments(article, columns.main) if options.quotes else article


def parse(text: str, *, site: str | None = None, options: Options = _DEFAULT_OPTIONS) -> Article:
    r"""Parse the text of a scraped page into an :class:`~newsparse.models.Article`.

    Never raises for a ``str``: what the parser is unsure of is reported in
    ``Article.diagnostics``. If a layout adapter fails, the page is parsed
    again with ``generic`` and a diagnostic says so. Surrogate code points,
    which Unicode text never holds, are replaced first (a pair by the
    character it encodes, a lone one by U+FFFD; diagnostic
    ``input.surrogates``), so every string of the article can be written as
    UTF-8 and comes back from JSON unchanged.

    Args:
        text: The page as text, as a text browser or crawler prints it.
        site: The name of the adapter to use; by default the adapter most
            confident about the page, else ``generic``.
        options: How to parse (see :class:`~newsparse.options.Options`).

    Returns:
        The article, its comments and the page's boilerplate.

    Raises:
        AdapterError: When ``site`` names no installed adapter.
        TypeError: When ``text`` is not a ``str`` (use ``parse_file`` for bytes).

    Example:
        >>> article = parse("Rain stops play\n\nThe match was called off at noon, the club said.")
        >>> article.headline.text, article.standfirst.text
        ('Rain stops play', 'The match was called off at noon, the club said.')
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str, not {type(text).__name__}; use parse_file() for bytes")
    text, surrogates = replace_surrogates(text)
    article = _parse_text(text, site, options)
    if surrogates is None:
        return article
    return attrs.evolve(article, diagnostics=(surrogates, *article.diagnostics))


def _parse_text(text: str, site: str | None, options: Options) -> Article:
    lines = Lines.from_text(text)
    adapter = _resolve(lines, site)
    try:
        return _parse_lines(lines, adapter, options)
    except Exception as error:  # the never-raise boundary: any failure becomes a diagnostic
        failure = Diagnostic(
            code="parse.adapter-failed" if adapter is not GENERIC else "parse.failed",
            message=f"adapter {adapter.name!r} failed ({type(error).__name__}: {error})",
            span=None,
            severity=Severity.ERROR,
        )
    if adapter is not GENERIC:
        try:
            article = _parse_lines(lines, GENERIC, options)
        except Exception:
            return fallback_article(lines, failure)
        return attrs.evolve(article, diagnostics=(failure, *article.diagnostics))
    return fallback_article(lines, failure)


def read_text(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> str:
    """Read a page file and decode it to text, as ``parse_file`` does.

    Raises:
        InputError: When the file cannot be read, is not a regular file, is
            larger than ``max_bytes``, or holds no text.
    """
    return read_page(path, max_bytes=max_bytes).text


def parse_file(
    path: str | os.PathLike[str], *, site: str | None = None, options: Options = _DEFAULT_OPTIONS
) -> Article:
    r"""Read, decode and parse a page file.

    The bytes are decoded by their BOM, else by detection (UTF-8, UTF-16,
    cp1252, Latin-1, ...); mojibake such as "donâ€™t" is repaired and CRLF
    or CR line ends become LF. For a UTF-8 file holding ``text``,
    ``parse_file(path) == parse(text)``. Decoding diagnostics
    (``decode.nul-bytes``, ``decode.stray-bytes``) come first in
    ``Article.diagnostics``.

    Args:
        path: The file to read.
        site: As for :func:`parse`.
        options: As for :func:`parse`.

    Raises:
        InputError: When the file cannot be read, is not a regular file (a
            FIFO, a device), is larger than ``options.max_file_bytes``, or is
            binary.
        AdapterError: When ``site`` names no installed adapter.

    Example:
        >>> import pathlib, tempfile
        >>> page = pathlib.Path(tempfile.mkdtemp()) / "page.txt"
        >>> _ = page.write_bytes("Rain stops play\r\n\r\nIt rained.".encode("utf-16"))
        >>> parse_file(page).headline.text
        'Rain stops play'
    """
    page = read_page(path, max_bytes=options.max_file_bytes)
    article = parse(page.text, site=site, options=options)
    if not page.diagnostics:
        return article
    return attrs.evolve(article, diagnostics=(*page.diagnostics, *article.diagnostics))


@attrs.frozen(kw_only=True)
class ExplainedLine:
    """One input line with the zone it was given and the rule that gave it."""

    number: int
    text: str
    zone: Zone
    rule: str


@attrs.frozen(kw_only=True)
class Explanation:
    """Why each line of a page landed where it did (see ``newsparse explain``).

    ``quotes`` gives each quote of the article with the rule that decided
    its speaker.
    """

    adapter: str
    lines: tuple[ExplainedLine, ...]
    quotes: tuple[ExplainedQuote, ...] = ()


def explain(text: str, *, site: str | None = None) -> Explanation:
    r"""Label every line of ``text`` with its zone and the rule that chose it.

    Each quote of the article comes with the rule that decided its speaker.

    Example:
        >>> explanation = explain("Title\n\nA sentence of some length.")
        >>> [(line.zone.value, line.rule) for line in explanation.lines]
        [('headline', 'generic.headline'), ('blank', 'blank'), ('standfirst', 'generic.body')]
        >>> explain("Title\n\n‘No,’ she said.").quotes[0].rule
        'after-quote'

    """
    lines = Lines.from_text(text)
    adapter = _resolve(lines, site)
    columns = split_columns(lines)
    blocks = split_at_headings(split_blocks(columns.main), adapter)
    labels = label_zones(blocks, adapter)
    by_line: dict[int, Label] = {}
    side = Label(zone=Zone.SIDE_COLUMN, rule="columns.side")
    for line in columns.side:  # a line with main text too gets its block's label below
        by_line[line.number] = side
    for block, label in zip(blocks, labels, strict=True):
        for line in block.lines:
            by_line[line.number] = label
    blank = Label(zone=Zone.BLANK, rule="blank")
    article = assemble(
        lines, blocks, labels, adapter=adapter, options=_DEFAULT_OPTIONS, side=columns.side
    )
    return Explanation(
        adapter=adapter.name,
        quotes=explain_quotes(article),
        lines=tuple(
            ExplainedLine(
                number=line.number,
                text=line.raw,
                zone=by_line.get(line.number, blank).zone,
                rule=by_line.get(line.number, blank).rule,
            )
            for line in lines
        ),
    )
