"""A :class:`Payload` to an :class:`ArchiveRecord`: HTML or text to an article, never raising."""

from __future__ import annotations

import codecs
from typing import Final

import attrs

import newsparse
from newsparse._pipeline.run import parse_html
from newsparse._pipeline.text.decode import decode_report
from newsparse.adapters import Adapter
from newsparse.archives._records import ArchiveRecord, Payload, PayloadKind
from newsparse.errors import NewsparseError
from newsparse.models import Article, Diagnostic, Severity
from newsparse.options import Options

__all__ = ["parse_payload", "payload_record"]

_DEFAULT_OPTIONS: Final = Options()


def _diagnostic(code: str, message: str) -> Diagnostic:
    return Diagnostic(code=code, message=message, span=None, severity=Severity.WARNING)


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


def _article(payload: Payload, *, site: str | Adapter | None, options: Options) -> Article:
    noticed: list[Diagnostic] = []
    if payload.kind is PayloadKind.HTML:
        article = parse_html(payload.content, url=payload.uri, site=site, options=options)
        charset = _charset_diagnostic(payload)
        if charset is not None:
            noticed.append(charset)
    else:
        decoded = decode_report(payload.content, path=payload.uri)
        article = newsparse.parse(decoded.text, url=payload.uri, site=site, options=options)
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
    payload: Payload, *, site: str | Adapter | None = None, options: Options = _DEFAULT_OPTIONS
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
        return payload_record(payload, error=str(getattr(error, "reason", error)))
    return payload_record(payload, article=article)


def payload_record(
    payload: Payload, *, article: Article | None = None, error: str | None = None
) -> ArchiveRecord:
    """The record of ``payload`` holding ``article`` or ``error``."""
    return ArchiveRecord(
        source=payload.source,
        offset=payload.offset,
        uri=payload.uri,
        date=payload.date,
        record_id=payload.record_id,
        article=article,
        error=error,
    )
