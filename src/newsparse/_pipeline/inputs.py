"""What each entry point hands the runner: a page's lines, and what was learnt reading them.

Text becomes lines directly; HTML is laid out in lines first
(:func:`~newsparse._pipeline.html.html_to_page`), each line with its
evidence, and the page's metadata beside them; a file is read as one or the
other by its name and its first bytes (:func:`~newsparse._pipeline.html.sniff.is_html`).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, NamedTuple

from newsparse._page import Lines
from newsparse._pipeline.text.surrogates import replace_surrogates
from newsparse.errors import InputError
from newsparse.models import Diagnostic, Severity

if TYPE_CHECKING:
    from newsparse._pipeline.html.records import HtmlPage, LineEvidence, PageMetadata

__all__ = ["PageInput", "bytes_input", "file_input", "html_input", "text_input"]


class PageInput(NamedTuple):
    """A page as lines, with what reading it found.

    Attributes:
        lines: The page's lines (for HTML, the converted text's lines).
        diagnostics: What was noticed while reading (decoding, surrogates, HTML).
        evidence: For HTML, one record per line; ``None`` for text.
        page: For HTML, what the page states about itself; ``None`` for text.
    """

    lines: Lines
    diagnostics: tuple[Diagnostic, ...] = ()
    evidence: tuple[LineEvidence, ...] | None = None
    page: PageMetadata | None = None


def text_input(
    text: str, diagnostics: tuple[Diagnostic, ...] = (), *, url: str | None = None
) -> PageInput:
    r"""Return the lines of ``text``, its surrogate code points replaced first (and diagnosed).

    The address the page was fetched from, when given, is all that is known
    about the page besides its text.

    Example:
        >>> found = text_input("Title\n\nText \ud800.")
        >>> found.lines.at(3).text, [d.code for d in found.diagnostics]
        ('Text \ufffd.', ['input.surrogates'])
    """
    text, surrogates = replace_surrogates(text)
    if surrogates is not None:
        diagnostics = (*diagnostics, surrogates)
    lines = Lines.from_text(text)
    if "](" in text or "][" in text or "References" in text:  # Markdown or lynx, maybe
        from newsparse._pipeline.text.dialects import clean_lines, dialect_of

        dialect = dialect_of(text)
        if dialect is not None:
            lines = clean_lines(lines, dialect)
    if url is None:
        return PageInput(lines, diagnostics)
    from newsparse._pipeline.html.records import PageMetadata

    return PageInput(lines, diagnostics, page=PageMetadata(url=url))


def html_input(html: str | bytes, *, url: str | None = None) -> PageInput:
    r"""Return the lines of a page's HTML as laid out, each with its evidence, and its metadata.

    Never raises for ``str`` or ``bytes``.

    Example:
        >>> found = html_input("<h1>Title</h1><p>Text.</p>")
        >>> [line.text for line in found.lines], [e.tag for e in found.evidence]
        (['Title', '', 'Text.'], ['h1', '', 'p'])
    """
    diagnostics: tuple[Diagnostic, ...] = ()
    if isinstance(html, str):
        html, surrogates = replace_surrogates(html)
        if surrogates is not None:
            diagnostics = (surrogates,)
    converted = _converted(html, url=url)
    return PageInput(
        lines=Lines.from_text(converted.text),
        diagnostics=(*diagnostics, *converted.diagnostics),
        evidence=converted.evidence,
        page=converted.metadata,
    )


def _converted(html: str | bytes, *, url: str | None) -> HtmlPage:
    """Convert ``html``; a converter failure (never seen) is a page without text, diagnosed."""
    # Imported here: the HTML stage loads selectolax, which text parsing need not pay for.
    from newsparse._pipeline.html.page import html_to_page
    from newsparse._pipeline.html.records import HtmlPage

    try:
        return html_to_page(html, url=url)
    except Exception as error:  # the boundary that must not raise
        failure = Diagnostic(
            code="html.failed",
            message=f"the HTML could not be read ({type(error).__name__}: {error})",
            span=None,
            severity=Severity.ERROR,
        )
        return HtmlPage(text="", evidence=(), diagnostics=(failure,))


def file_input(
    path: str | os.PathLike[str], *, max_bytes: int, url: str | None = None
) -> PageInput:
    """Read a page file as HTML (by its name, else by its first bytes) or as text.

    A gzip-compressed file is decompressed first (see :mod:`.text.gzipped`).

    Raises:
        InputError: When the file cannot be read, is not a regular file, is
            larger than ``max_bytes``, or is binary.
    """
    from newsparse._pipeline.text.files import read_bytes  # loaded with the first file

    data = read_bytes(path, max_bytes=max_bytes)
    return bytes_input(data, max_bytes=max_bytes, url=url, path=path)


def bytes_input(
    data: bytes,
    *,
    max_bytes: int,
    url: str | None = None,
    path: str | os.PathLike[str] | None = None,
) -> PageInput:
    """Read a page's bytes as :func:`file_input` reads a file's: gzip, then HTML or text.

    HTML is told by ``path``'s name when there is one (``.gz`` left off),
    else by the first bytes; ``path`` also names the page in errors.

    Raises:
        InputError: When the bytes are binary, or hold more than
            ``max_bytes`` once decompressed.

    Example:
        >>> found = bytes_input(b"<h1>Title</h1><p>Text.</p>", max_bytes=1024)
        >>> [line.text for line in found.lines], found.evidence is not None
        (['Title', '', 'Text.'], True)
    """
    # Loaded with the first file: a parse of a str needs none of them.
    from newsparse._pipeline.html.sniff import is_html
    from newsparse._pipeline.text.decode import decode_report
    from newsparse._pipeline.text.gzipped import inner_name, unpack

    data, unpacking = unpack(data, max_bytes=max_bytes, path=path)
    if is_html(data, None if path is None else inner_name(path)):
        found = html_input(data, url=url)
        if any(diagnostic.code == "html.not-text" for diagnostic in found.diagnostics):
            raise InputError(path, "binary data, not HTML")
        return found._replace(diagnostics=(*unpacking, *found.diagnostics))
    page = decode_report(data, path=path)
    return text_input(page.text, (*unpacking, *page.diagnostics), url=url)
