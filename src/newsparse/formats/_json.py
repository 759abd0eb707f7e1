r"""The JSON format of an Article: every encoding decision, the version, the date syntax.

The JSON form of an :class:`~newsparse.models.Article` is one object. Every
encoding decision is listed here; ``docs/json.md`` explains them to users and
``docs/schema/article.schema.json`` states them as a JSON Schema
(draft 2020-12), the output of :func:`~newsparse.formats.article_schema`.
The work is done by one module a job: ``_encode`` (:func:`to_json`),
``_decode`` (:func:`from_json` and its error paths), ``_converter`` (the
strict cattrs converter both use) and ``_schema`` (the JSON Schema).

- The top-level object opens with ``"schema_version": 1``
  (:data:`SCHEMA_VERSION`), followed by the Article's fields. The number goes
  up on any incompatible change, and :func:`from_json` refuses every version
  but its own.
- Records (attrs classes) are objects whose keys are the field names, in the
  order the fields are declared, so the same Article always gives the same
  text. Every field is written, ``None`` ones included.
- ``None`` is ``null``; tuples are arrays; enums are their string values
  (``"speech"``, ``"site-header"``).
- A :class:`~newsparse.models.Span` is ``{"start_line": 3, "end_line": 5}``.
- Datetimes are ISO 8601 strings with a UTC offset, as
  :meth:`datetime.datetime.isoformat` writes them
  (``"2024-03-01T09:30:00+00:00"``); an offset of seconds or microseconds is
  kept (``"+00:19:32"``). A naive datetime, which the parser never produces,
  is refused by :func:`to_json` with :class:`~newsparse.errors.SchemaError`:
  writing it would leave the reader to guess the zone. On input a ``Z``
  offset and 3-digit fractions (JavaScript's ``toISOString``) are read too.
- Text is written as itself (``ensure_ascii=False``), so curly quotes stay
  readable. What round-trips exactly: every article that ``parse`` and
  ``parse_file`` return, since ``parse`` leaves no surrogate code point in
  its text (a surrogate pair becomes the character it encodes, a lone
  surrogate U+FFFD, with an ``input.surrogates`` diagnostic); and every
  article built by hand whose strings hold no surrogate pair. Lone
  surrogates, which UTF-8 cannot encode, are written as ``\udXXX`` escapes,
  so the output is always valid UTF-8 JSON, and read back unchanged. A high
  surrogate directly followed by a low one cannot come back as two code
  points: in JSON that escape pair *is* the character they encode, and
  reads back as it.
- Reading is strict: every value must have its JSON type (no ``"3"`` for 3,
  no ``1`` for ``true``), unknown keys, duplicate keys, ``NaN`` and
  ``Infinity`` are refused, and every error is one
  :class:`~newsparse.errors.SchemaError` whose ``where`` is the JSON path of
  the offending value (``$.comments.comments[0].replies[1].span.start_line``).
  Fields that have a default in the model (``byline``, ``published``,
  ``url``, a comment's ``quotes``) may be absent, so adding such a field is
  a compatible change.
- Both directions recurse, so replies nested deeper than Python's recursion
  limit allows (about 200 levels) raise SchemaError ("nested too deeply").

Run ``newsparse schema > docs/schema/article.schema.json`` to
regenerate the committed schema.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["DATETIME_PATTERN", "DATETIME_RE", "SCHEMA_VERSION"]

SCHEMA_VERSION: Final = 1
"""The version of the JSON format that :func:`to_json` writes and :func:`from_json` reads."""

# What from_json accepts as a datetime, in the syntax JSON Schema patterns and
# Python's re share; isoformat() writes a subset, e.g. 2024-03-01T09:30:00+00:00.
_LOCAL_TIME: Final = (
    "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{3}([0-9]{3})?)?"
)
_UTC_OFFSET: Final = "(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{6})?)?)"
DATETIME_PATTERN: Final = f"^{_LOCAL_TIME}{_UTC_OFFSET}$"
DATETIME_RE: Final = re.compile(f"({_LOCAL_TIME}){_UTC_OFFSET}")
