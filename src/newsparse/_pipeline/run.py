"""Run the stages: the entry points ``parse``, ``parse_html`` and ``parse_file``.

Every entry point turns its input into lines and hands them to
:func:`run`, which runs :data:`~newsparse._pipeline.stages.STAGES` in
order, within the never-raise boundary. HTML is turned into lines first
(:func:`~newsparse._pipeline.html.html_to_page`), and what the HTML tells
about each line travels beside the lines. If a stage fails with a layout
adapter, the page is read again with ``generic``; if it fails with
``generic``, every line is kept as unplaced. Either way a diagnostic says
so, and nothing is raised.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from newsparse._page import Lines
from newsparse._pipeline.assemble import fallback_article
from newsparse._pipeline.collector import collector_paused
from newsparse._pipeline.comments.headers import remembered_headers
from newsparse._pipeline.inputs import (
    PageInput,
    bytes_input,
    file_input,
    html_input,
    text_input,
)
from newsparse._pipeline.stages import STAGES, ParseState
from newsparse._pipeline.text.blocks import split_blocks
from newsparse.adapters import GENERIC, Adapter, Label, choose_adapter, get_adapter
from newsparse.models import Article, Diagnostic, Severity, Zone
from newsparse.options import DEFAULT_MAX_FILE_BYTES, Options

if TYPE_CHECKING:
    from newsparse._pipeline.html.records import LineEvidence, PageMetadata

__all__ = [
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_html",
    "read_text",
    "run",
    "run_input",
    "run_stages",
]

_DEFAULT_OPTIONS = Options()


def run_stages(state: ParseState, *, start: str | None = None) -> ParseState:
    """Run the stages of :data:`~newsparse._pipeline.stages.STAGES` on ``state``, in order.

    Args:
        state: What the parse knows before the first stage run.
        start: The name of the stage to start at (the earlier ones are
            skipped: their part of ``state`` is given); by default the first.

    Raises:
        ValueError: When ``start`` names no stage.
    """
    names = [name for name, _ in STAGES]
    if start is not None and start not in names:
        raise ValueError(f"no stage is named {start!r}; the stages are {', '.join(names)}")
    first = 0 if start is None else names.index(start)
    for _, stage in STAGES[first:]:
        state = stage(state)
    return state


def run(
    lines: Lines,
    *,
    site: str | Adapter | None = None,
    options: Options = _DEFAULT_OPTIONS,
    diagnostics: tuple[Diagnostic, ...] = (),
    evidence: tuple[LineEvidence, ...] | None = None,
    page: PageMetadata | None = None,
) -> ParseState:
    r"""Read ``lines`` through every stage; never raises but for an unknown ``site``.

    Args:
        lines: The page's lines.
        site: The adapter to read with, by name or itself (registered or
            not); by default the most confident one.
        options: How to parse.
        diagnostics: What was noticed before the stages (decoding, HTML).
        evidence: For a page read from HTML, one record per line of
            ``lines``: what the HTML tells about it.
        page: For a page read from HTML, what it states about itself.

    Raises:
        AdapterError: When ``site`` names no installed adapter.

    Example:
        >>> state = run(Lines.from_text("Rain stops play\n\nThe match was called off, we hear."))
        >>> [label.zone.value for label in state.labels], state.article.headline.text
        (['headline', 'standfirst'], 'Rain stops play')
    """
    if isinstance(site, Adapter):
        adapter = site
    else:
        adapter = get_adapter(site) if site is not None else choose_adapter(lines)
    start = ParseState(
        lines=lines,
        adapter=adapter,
        options=options,
        diagnostics=diagnostics,
        evidence=evidence,
        page=page,
    )
    with collector_paused(), remembered_headers():
        return _guarded(start)


def _guarded(start: ParseState) -> ParseState:
    """Run the stages inside the never-raise boundary (see :func:`run`)."""
    adapter = start.adapter
    try:
        return run_stages(start)
    except Exception as error:  # the never-raise boundary: any failure becomes a diagnostic
        failure = Diagnostic(
            code="parse.adapter-failed" if adapter is not GENERIC else "parse.failed",
            message=f"adapter {adapter.name!r} failed ({type(error).__name__}: {error})",
            span=None,
            severity=Severity.ERROR,
        )
    if adapter is not GENERIC:
        try:
            state = run_stages(start._replace(adapter=GENERIC))
        except Exception:
            return _failed(start, failure)
        article = state.article
        return state._replace(
            article=attrs.evolve(article, diagnostics=(failure, *article.diagnostics))
        )
    return _failed(start, failure)


_FAILED = Label(Zone.UNPLACED, "parse.failed")


def _failed(start: ParseState, failure: Diagnostic) -> ParseState:
    """The state of a parse that failed: every block unplaced, the failure diagnosed."""
    blocks = split_blocks(start.lines)
    return start._replace(
        main=start.lines,
        blocks=blocks,
        labels=(_FAILED,) * len(blocks),
        article=fallback_article(start.lines, failure, diagnostics=start.diagnostics),
    )


def parse(
    text: str,
    *,
    url: str | None = None,
    site: str | Adapter | None = None,
    options: Options = _DEFAULT_OPTIONS,
) -> Article:
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
        url: The address the page was fetched from: ``Article.url``, and
            evidence for the headline (a title whose words the address's
            slug spells, "/2024/03/storm-hits-coast", is the page's own).
        site: The adapter to use, by name, or an :class:`~newsparse.adapters.Adapter`
            itself (one from :func:`~newsparse.adapters.load_adapter` need not be
            registered); by default the adapter most confident about the page,
            else ``generic``.
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
    return _article(lambda: text_input(text, url=url), site=site, options=options)


def run_input(
    read: Callable[[], PageInput], *, site: str | Adapter | None, options: Options
) -> ParseState:
    """Read a page into lines and run the stages, the collector paused for both."""
    with collector_paused():
        found = read()
        return run(
            found.lines,
            site=site,
            options=options,
            diagnostics=found.diagnostics,
            evidence=found.evidence,
            page=found.page,
        )


def _article(
    read: Callable[[], PageInput], *, site: str | Adapter | None, options: Options
) -> Article:
    """Return the article that :func:`run_input` reads, the working state freed first.

    The collector, paused for the parse, makes one pass over the objects made
    meanwhile when it resumes; were the lines, blocks and labels of a large
    page still alive then, that pass would cost more than linear time (a
    seed page repeated 1024 times: 50 ms, an eighth of the parse).
    """
    with collector_paused():
        return run_input(read, site=site, options=options).article


def read_text(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> str:
    """Read a page file and decode it to text, as ``parse_file`` does for a text file.

    Raises:
        InputError: When the file cannot be read, is not a regular file, is
            larger than ``max_bytes``, or holds no text.
    """
    from newsparse._pipeline.text.files import read_page  # loaded with the first file

    return read_page(path, max_bytes=max_bytes).text


def parse_html(
    html: str | bytes,
    *,
    url: str | None = None,
    site: str | Adapter | None = None,
    options: Options = _DEFAULT_OPTIONS,
) -> Article:
    r"""Parse a page's HTML into an :class:`~newsparse.models.Article`.

    The HTML is laid out in lines as a text browser prints it, and the
    stages read those lines as they read a text page, with what the HTML
    tells about each line beside it (its element, the landmarks and comment
    containers around it, its link density) and what the page states about
    itself (JSON-LD, Open Graph, ``<meta>``, ``<time>``, ``<title>``). Spans
    count the lines of that converted text (see ``docs/html.md``). Never
    raises for ``str`` or ``bytes``: bytes are decoded by their BOM, the
    page's declared charset or a guess, and what went wrong is an ``html.*``
    diagnostic.

    Args:
        html: The page, as text or as the bytes fetched.
        url: The address the page was fetched from: ``Article.url`` when the
            page names no canonical address, and the base of a relative one.
        site: As for :func:`parse`.
        options: As for :func:`parse`.

    Returns:
        The article, with ``headline``, ``byline``, ``published`` and ``url``
        taken from the page's metadata first and from its text second.

    Raises:
        AdapterError: When ``site`` names no installed adapter.
        TypeError: When ``html`` is neither ``str`` nor ``bytes``.

    Example:
        >>> article = parse_html(
        ...     b"<title>Rain stops play | Example Sport</title><h1>Rain stops play</h1>"
        ...     b"<p>The match was called off at noon, the club said.</p>",
        ...     url="https://example.com/rain",
        ... )
        >>> article.headline.text, article.standfirst.text, article.url
        ('Rain stops play', 'The match was called off at noon, the club said.', 'https://example.com/rain')
    """
    if not isinstance(html, (str, bytes)):
        raise TypeError(f"parse_html() takes str or bytes, not {type(html).__name__}")
    return _article(lambda: html_input(html, url=url), site=site, options=options)


def parse_file(
    path: str | os.PathLike[str],
    *,
    url: str | None = None,
    site: str | Adapter | None = None,
    options: Options = _DEFAULT_OPTIONS,
) -> Article:
    r"""Read, decode and parse a page file, text or HTML.

    A file named ``.html``, ``.htm`` or ``.xhtml``, or one with another name
    (not ``.txt``) that begins like an HTML document (``<!doctype html``,
    ``<html``, or mostly tags), is parsed as :func:`parse_html` parses its
    bytes. Any other file is text: its bytes are decoded by their BOM, else
    by detection (UTF-8, UTF-16, cp1252, Latin-1, ...); mojibake such as
    "donâ€™t" is repaired and CRLF or CR line ends become LF. For a UTF-8
    file holding ``text``, ``parse_file(path) == parse(text)``. Decoding
    diagnostics (``decode.nul-bytes``, ``decode.stray-bytes``, ``html.*``)
    come first in ``Article.diagnostics``.

    Args:
        path: The file to read.
        url: As for :func:`parse` and :func:`parse_html`.
        site: As for :func:`parse`.
        options: As for :func:`parse`.

    Raises:
        InputError: When the file cannot be read, is not a regular file (a
            FIFO, a device), is larger than ``options.max_file_bytes``, or is
            binary.
        AdapterError: When ``site`` names no installed adapter.

    Example:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "page.txt").write_bytes(
        ...     "Rain stops play\r\n\r\nIt rained.".encode("utf-16"))
        >>> parse_file(folder / "page.txt").headline.text
        'Rain stops play'
        >>> _ = (folder / "page").write_text("<!doctype html><h1>Rain stops play</h1><p>It rained.")
        >>> parse_file(folder / "page").headline.text
        'Rain stops play'
    """

    def read() -> PageInput:
        return file_input(path, max_bytes=options.max_file_bytes, url=url)

    return _article(read, site=site, options=options)


def parse_bytes(
    data: bytes,
    *,
    url: str | None = None,
    site: str | Adapter | None = None,
    options: Options = _DEFAULT_OPTIONS,
) -> Article:
    """Parse a page's bytes as :func:`parse_file` parses a file's (standard input, say).

    Gzip is decompressed, HTML is told from text by the first bytes, and
    text is decoded as a file's is.

    Raises:
        InputError: When the bytes are binary, or hold more than
            ``options.max_file_bytes`` once decompressed.

    Example:
        >>> page = b"<!doctype html><h1>Rain stops play</h1><p>It rained all day.</p>"
        >>> parse_bytes(page).headline.text
        'Rain stops play'
    """

    def read() -> PageInput:
        return bytes_input(data, max_bytes=options.max_file_bytes, url=url)

    return _article(read, site=site, options=options)
