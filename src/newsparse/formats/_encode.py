"""Article to JSON text: :func:`to_json`."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Final

import attrs

from newsparse.errors import SchemaError
from newsparse.formats._json import SCHEMA_VERSION
from newsparse.formats._values import NaiveDatetimeError
from newsparse.models import Article

__all__ = ["to_json"]

# Matches any surrogate code point, e.g. the "\udcff" of a surrogateescape'd byte.
_SURROGATE_RE: Final = re.compile("[\\ud800-\\udfff]")


def to_json(article: Article, *, indent: int | None = None) -> str:
    """Write an article as JSON text in the current schema version.

    Args:
        article: The article to write.
        indent: As for :func:`json.dumps`: ``None`` for one line, a number of
            spaces to indent nested values on lines of their own.

    Returns:
        The JSON text; encoding it as UTF-8 never fails.

    Raises:
        SchemaError: The article holds a naive datetime (one without a UTC
            offset), which the format cannot state; ``where`` is its path.
            Or its replies nest deeper than Python's recursion limit allows
            (about 200 levels).

    Example:
        >>> from newsparse.models import Article, CommentSection
        >>> article = Article(site="generic", headline=None, standfirst=None, body=(),
        ...                   quotes=(), speakers=(), comments=CommentSection.empty(),
        ...                   boilerplate=(), diagnostics=(), url="https://example.org/a")
        >>> to_json(article)[:52]
        '{"schema_version": 1, "site": "generic", "headline":'
        >>> from newsparse.formats import from_json
        >>> from_json(to_json(article)) == article
        True
    """
    from newsparse.formats._converter import CONVERTER  # cattrs: loaded on first use

    try:
        fields = CONVERTER.unstructure(article, Article)
    except NaiveDatetimeError:
        where = _naive_datetime_path(article, "$") or "$"
        raise SchemaError(
            where, "naive datetime (no UTC offset); only timezone-aware datetimes can be written"
        ) from None
    except RecursionError:
        raise SchemaError("$", "nested too deeply to write") from None
    text = json.dumps(
        {"schema_version": SCHEMA_VERSION, **fields}, ensure_ascii=False, indent=indent
    )
    return _SURROGATE_RE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def _naive_datetime_path(value: object, path: str) -> str | None:
    """Return the JSON path of the first naive datetime inside ``value``, if any."""
    if isinstance(value, datetime):
        return path if value.utcoffset() is None else None
    record = type(value)
    if isinstance(value, tuple):
        children = [(f"{path}[{index}]", item) for index, item in enumerate(value)]
    elif attrs.has(record):
        children = [
            (f"{path}.{field.name}", getattr(value, field.name)) for field in attrs.fields(record)
        ]
    else:
        return None
    for child_path, child in children:
        found = _naive_datetime_path(child, child_path)
        if found is not None:
            return found
    return None
