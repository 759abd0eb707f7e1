"""Archive records as JSON: one object a record, its article as ``to_json`` writes it."""

from __future__ import annotations

import json
import typing
from typing import Any

from newsparse.archives._records import ArchiveRecord
from newsparse.formats import article_schema, to_json

__all__ = ["archive_record_schema", "record_json", "record_to_dict"]


def _head(record: ArchiveRecord) -> dict[str, Any]:
    return {
        "source": record.source,
        "offset": record.offset,
        "uri": record.uri,
        "date": record.date.isoformat() if record.date else None,
        "record_id": record.record_id,
    }


def _error(record: ArchiveRecord) -> dict[str, str]:
    return {"type": "InputError", "message": record.error or ""}


def record_json(record: ArchiveRecord, *, indent: int | None = None) -> str:
    r"""Return the JSON object of ``record``: where it came from, then ``article`` or ``error``.

    The keys, in this order: ``source``, ``offset``, ``uri``, ``date`` (ISO
    8601, UTC), ``record_id``, then ``article`` (as ``to_json`` writes it)
    or ``error`` (``{"type": "InputError", "message": ...}``).
    ``docs/schema/archive-record.schema.json`` is its JSON Schema.

    Example:
        >>> from newsparse.archives import ArchiveRecord
        >>> record = ArchiveRecord(source="a.warc.gz", offset=0, uri=None, date=None,
        ...                        record_id=None, error="not a WARC or WET archive")
        >>> print(record_json(record).replace(", ", ",\n"))
        {"source": "a.warc.gz",
        "offset": 0,
        "uri": null,
        "date": null,
        "record_id": null,
        "error": {"type": "InputError",
        "message": "not a WARC or WET archive"}}
    """
    head = json.dumps(_head(record), ensure_ascii=False, indent=indent)
    if record.article is not None:
        key, value = "article", to_json(record.article, indent=indent)
    else:
        key, value = "error", json.dumps(_error(record), ensure_ascii=False, indent=indent)
    if indent is None:
        return f'{head[:-1]}, "{key}": {value}}}'
    pad = " " * indent
    value = value.replace("\n", "\n" + pad)
    return f'{head[:-2]},\n{pad}"{key}": {value}\n}}'


def record_to_dict(record: ArchiveRecord) -> dict[str, Any]:
    r"""Return ``record`` as a dict ready for :func:`json.dumps` (what :func:`record_json` writes).

    Example:
        >>> from newsparse import parse
        >>> from newsparse.archives import ArchiveRecord
        >>> record = ArchiveRecord(source="a.wet", offset=0, uri="https://example.org/", date=None,
        ...                        record_id="<urn:uuid:1>", article=parse("Title\n\nText."))
        >>> fields = record_to_dict(record)
        >>> fields["record_id"], fields["article"]["headline"]["text"]
        ('<urn:uuid:1>', 'Title')
    """
    fields = _head(record)
    if record.article is not None:
        fields["article"] = json.loads(to_json(record.article))
    else:
        fields["error"] = _error(record)
    return fields


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def archive_record_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of one :func:`record_json` object.

    The article is the article schema of :func:`~newsparse.formats.article_schema`,
    under ``$defs/Article``; ``docs/schema/archive-record.schema.json`` is
    checked against this by the tests.

    Example:
        >>> schema = archive_record_schema()
        >>> schema["required"], [list(one["required"]) for one in schema["oneOf"]]
        (['source', 'offset', 'uri', 'date', 'record_id'], [['article'], ['error']])
    """
    article = article_schema()
    definitions = typing.cast("dict[str, object]", article.pop("$defs"))
    article.pop("$schema")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "newsparse ArchiveRecord",
        "description": "One page of a WARC or WET archive: where it came from, and its article"
        " or an error (a line of `newsparse parse ARCHIVE --format jsonl`).",
        "type": "object",
        "properties": {
            "source": {"type": "string", "description": "The archive, as its path was given."},
            "offset": {
                "type": ["integer", "null"],
                "minimum": 0,
                "description": "The byte offset of the record (of its gzip member) in the file;"
                " null in an archive compressed whole.",
            },
            "uri": {"type": ["string", "null"], "description": "WARC-Target-URI."},
            "date": {**_nullable({"$ref": "#/$defs/DateTime"}), "description": "WARC-Date."},
            "record_id": {"type": ["string", "null"], "description": "WARC-Record-ID."},
            "article": {"$ref": "#/$defs/Article"},
            "error": {
                "type": "object",
                "properties": {"type": {"type": "string"}, "message": {"type": "string"}},
                "required": ["type", "message"],
                "additionalProperties": False,
            },
        },
        "required": ["source", "offset", "uri", "date", "record_id"],
        "oneOf": [{"required": ["article"]}, {"required": ["error"]}],
        "additionalProperties": False,
        "$defs": dict(sorted({**definitions, "Article": article}.items())),
    }
