"""A :class:`Payload` to an :class:`ArchiveRecord`: HTML or text to an article, never raising."""

from __future__ import annotations

import codecs
import re
from typing import Final

import attrs

import newsparse
from newsparse._pipeline.text.decode import decode_report
from newsparse.archives._records import ArchiveRecord, Payload, PayloadKind
from newsparse.errors import NewsparseError
from newsparse.models import Article, Diagnostic, Severity
from newsparse.options import Options

__all__ = ["parse_payload"]

_DEFAULT_OPTIONS: Final = Options()
# Markup, comments and the contents of script and style elements, for the fallback below.
_SCRIPT_OR_STYLE: Final = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_BLOCK_TAG: Final = re.compile(
    r"</?(?:p|div|h[1-6]|li|br|tr|section|article|header|footer)\b[^>]*>", re.I
)
_TAG: Final = re.compile(r"<[^>]*>")


def _diagnostic(code: str, message: str) -> Diagnostic:
    return Diagnostic(code=code, message=message, span=None, severity=Severity.WARNING)


def _parse_record_html(
    html: bytes, *, url: str | None, site: str | None, options: Options
) -> Article:
    """Parse an HTML page with ``newsparse.parse_html``; a crude text reading where it is missing.

    The fallback (strip the markup, parse the text) stands in until the HTML
    parser is merged; it is removed then.
    """
    parse_html = getattr(newsparse, "parse_html", None)
    if parse_html is not None:
        article: Article = parse_html(html, url=url, site=site, options=options)
        return article
    import html as html_module

    text = decode_report(html).text
    text = _BLOCK_TAG.sub("\n\n", _SCRIPT_OR_STYLE.sub("", text))
    text = html_module.unescape(_TAG.sub("", text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    article = newsparse.parse(
        re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip(), site=site, options=options
    )
    return attrs.evolve(article, url=article.url or url)


def _charset_diagnostic(payload: Payload) -> Diagnostic | None:
    """Say when the HTTP header declares a charset the page's bytes are not in."""
    if payload.charset is None:
        return None
    try:
        codecs.decode(payload.content, payload.charset)
    except LookupError:
        return _diagnostic(
            "archive.unknown-charset",
            f"the HTTP header declares charset {payload.charset!r}, which is not known;"
            " the charset was found from the page",
        )
    except UnicodeDecodeError as error:
        return _diagnostic(
            "archive.charset-mismatch",
            f"the HTTP header declares charset {payload.charset!r}, but byte {error.start}"
            " does not decode in it; the charset was found from the page",
        )
    return None


def _article(payload: Payload, *, site: str | None, options: Options) -> Article:
    noticed: list[Diagnostic] = []
    if payload.kind is PayloadKind.HTML:
        article = _parse_record_html(payload.content, url=payload.uri, site=site, options=options)
        charset = _charset_diagnostic(payload)
        if charset is not None:
            noticed.append(charset)
    else:
        decoded = decode_report(payload.content, path=payload.uri)
        article = newsparse.parse(decoded.text, site=site, options=options)
        article = attrs.evolve(article, url=article.url or payload.uri)
        noticed += decoded.diagnostics
    if payload.truncated is not None:
        noticed.append(
            _diagnostic(
                "archive.truncated",
                f"the crawler cut the page short (WARC-Truncated: {payload.truncated})",
            )
        )
    if not noticed:
        return article
    return attrs.evolve(article, diagnostics=(*noticed, *article.diagnostics))


def parse_payload(
    payload: Payload, *, site: str | None = None, options: Options = _DEFAULT_OPTIONS
) -> ArchiveRecord:
    """Parse a record's page into an :class:`ArchiveRecord`; a failure is an error record.

    Raises:
        AdapterError: When ``site`` names no installed adapter.
    """
    try:
        article = _article(payload, site=site, options=options)
    except newsparse.AdapterError:
        raise
    except NewsparseError as error:
        return _record(payload, error=str(getattr(error, "reason", error)))
    return _record(payload, article=article)


def _record(
    payload: Payload, *, article: Article | None = None, error: str | None = None
) -> ArchiveRecord:
    return ArchiveRecord(
        source=payload.source,
        offset=payload.offset,
        uri=payload.uri,
        date=payload.date,
        record_id=payload.record_id,
        article=article,
        error=error,
    )
