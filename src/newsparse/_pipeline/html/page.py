r"""``html_to_page``: HTML (text or bytes) to lines with evidence, and the page's metadata.

The steps: decode bytes (:mod:`~newsparse._pipeline.html.charset`), flatten
nesting no browser would keep (:mod:`~newsparse._pipeline.html.nesting`),
build the tree with lexbor (selectolax), lay it out in lines
(:mod:`~newsparse._pipeline.html.render`) and read the metadata
(:mod:`~newsparse._pipeline.html.metadata`). Nothing here raises for
``str`` or ``bytes``; what went wrong is a diagnostic with an ``html.*``
code:

- ``html.no-text``: the page shows no text (empty, only scripts and styles,
  or only markup);
- ``html.deep-nesting``: elements nested deeper than 2,048 levels were
  flattened;
- ``html.unclosed``: the page opens ``<html>`` or ``<body>`` and ends
  without closing it (it may be cut short);
- ``html.charset-mismatch``, ``html.charset-guessed``, ``html.not-text``:
  see :func:`~newsparse._pipeline.html.charset.decode_html`;
- ``html.jsonld-invalid``: a JSON-LD script could not be read;
- ``html.body-from-jsonld``: the page prints no article, and its JSON-LD
  ``articleBody`` was added after its lines
  (:mod:`~newsparse._pipeline.html.stated_body`);
- ``html.parser-failed``: the HTML parser refused the page (never seen;
  the page then reads as empty).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsparse._pipeline.html.charset import decode_html
from newsparse._pipeline.html.metadata import read_metadata
from newsparse._pipeline.html.nesting import MAX_DEPTH, flatten_deep_nesting
from newsparse._pipeline.html.records import HtmlPage
from newsparse._pipeline.html.render import RenderedLines, render_lines
from newsparse._pipeline.html.stated_body import add_stated_body
from newsparse.models import Diagnostic, Severity

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser

__all__ = ["html_to_page"]

_TAIL = 4096  # characters at the end where </body> or </html> is looked for
_OPENS_DOCUMENT = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)
_CLOSES_DOCUMENT = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)


def _diagnostic(code: str, message: str, severity: Severity = Severity.WARNING) -> Diagnostic:
    return Diagnostic(code=code, message=message, span=None, severity=severity)


def _shape_diagnostics(
    html: str, tree: LexborHTMLParser, rendered: RenderedLines, deepest: int
) -> list[Diagnostic]:
    found = []
    if not rendered.lines:
        scripts = len(tree.css("script")) + len(tree.css("style"))
        what = f"only scripts and styles ({scripts})" if scripts else "no visible text"
        found.append(_diagnostic("html.no-text", f"the page holds {what}"))
    if deepest > MAX_DEPTH:
        found.append(
            _diagnostic(
                "html.deep-nesting",
                f"elements nested {deepest} levels deep; those below {MAX_DEPTH} were flattened",
            )
        )
    opens = _OPENS_DOCUMENT.search(html, 0, _TAIL)
    if opens and not _CLOSES_DOCUMENT.search(html, max(len(html) - _TAIL, 0)):
        found.append(
            _diagnostic(
                "html.unclosed",
                "the page ends without </body> or </html>: it may be cut short",
                Severity.INFO,
            )
        )
    return found


def html_to_page(html: str | bytes, *, url: str | None = None) -> HtmlPage:
    r"""Turn an HTML page into lines of text, each with its evidence, and read its metadata.

    Never raises for ``str`` or ``bytes``.

    Args:
        html: The page, as text or as the bytes fetched (their charset is
            found from a BOM, the bytes themselves, the ``<meta>``
            declaration, or a guess).
        url: The address the page was fetched from, if known.

    Returns:
        The page's text (one block a line, blank lines between paragraphs),
        one evidence record per line, the metadata and diagnostics.

    Raises:
        TypeError: When ``html`` is neither ``str`` nor ``bytes``.

    Example:
        >>> page = html_to_page(b"<title>Hi | Site</title><h1>Hi</h1><p>One.<br>Two.</p>")
        >>> page.text
        'Hi\n\nOne.\nTwo.'
        >>> [e.tag for e in page.evidence], page.metadata.headline
        (['h1', '', 'p', 'p'], 'Hi')
    """
    diagnostics: list[Diagnostic] = []
    encoding = None
    utf8 = None  # the UTF-8 bytes of the text, when they were given
    if isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        decoded = decode_html(data)
        text, encoding = decoded.text, decoded.encoding
        diagnostics += decoded.diagnostics
        utf8 = data if decoded.exact_utf8 else None
    elif isinstance(html, str):
        text = html
    else:
        raise TypeError(f"html must be str or bytes, not {type(html).__name__}")
    flattened = flatten_deep_nesting(text)
    # Imported here: selectolax loads a C extension that `import newsparse` need not pay for.
    from selectolax.lexbor import LexborHTMLParser

    # The parser reads UTF-8: bytes that are the text's UTF-8 spare it encoding the text again.
    source = utf8 if utf8 is not None and not flattened.flattened else flattened.html
    try:
        tree = LexborHTMLParser(source)
    except Exception as error:  # the boundary that must not raise
        diagnostics.append(_diagnostic("html.parser-failed", f"the HTML parser failed: {error}"))
        return HtmlPage(text="", evidence=(), diagnostics=tuple(diagnostics), encoding=encoding)
    rendered = render_lines(tree.root)
    metadata, metadata_diagnostics = read_metadata(tree, url=url)
    diagnostics += metadata_diagnostics
    diagnostics += _shape_diagnostics(text, tree, rendered, flattened.deepest)
    rendered, stated = add_stated_body(rendered, metadata.article_body, metadata.headline)
    if stated is not None:
        diagnostics.append(stated)
    return HtmlPage(
        text="\n".join(rendered.lines),
        evidence=rendered.evidence,
        metadata=metadata,
        diagnostics=tuple(diagnostics),
        encoding=encoding,
    )
