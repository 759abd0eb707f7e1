"""The JSON Schema (draft 2020-12) of what :func:`~newsparse.formats.to_json` writes."""

from __future__ import annotations

import inspect
import types
import typing
from datetime import datetime
from typing import Any, Final

import attrs

from newsparse.formats._json import DATETIME_PATTERN, SCHEMA_VERSION
from newsparse.formats._values import is_enum, is_homogeneous_tuple
from newsparse.models import Article, Span

__all__ = ["article_schema"]

# Constraints JSON Schema can state but the model types do not show; the
# end_line >= start_line rule cannot be written in JSON Schema, from_json checks it.
_FIELD_CONSTRAINTS: Final[dict[tuple[type, str], dict[str, object]]] = {
    (Span, "start_line"): {"minimum": 1},
    (Span, "end_line"): {"minimum": 1},
}


def article_schema() -> dict[str, object]:
    """Return the JSON Schema (draft 2020-12) of what :func:`to_json` writes.

    It is generated from the model classes, so it follows them; the copy in
    ``docs/schema/article.schema.json`` is checked against it by the tests.
    What JSON Schema cannot state (a span's ``end_line`` not before its
    ``start_line``) is checked by :func:`from_json` only.

    Returns:
        The schema as a fresh dict, ready for :func:`json.dumps`.

    Example:
        >>> schema = article_schema()
        >>> schema["properties"]["schema_version"]
        {'const': 1, 'description': 'The version of the JSON format; see docs/json.md.'}
        >>> schema["$defs"]["Span"]["required"]
        ['start_line', 'end_line']
    """
    definitions: dict[str, dict[str, object]] = {}
    article = _record_schema(Article, definitions)
    properties = typing.cast("dict[str, object]", article["properties"])
    required = typing.cast("list[str]", article["required"])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "newsparse Article",
        "description": article["description"],
        "type": "object",
        "properties": {
            "schema_version": {
                "const": SCHEMA_VERSION,
                "description": "The version of the JSON format; see docs/json.md.",
            },
            **properties,
        },
        "required": ["schema_version", *required],
        "additionalProperties": False,
        "$defs": dict(sorted(definitions.items())),
    }


def _summary(obj: object) -> str:
    doc = inspect.getdoc(obj) or ""
    return doc.split("\n\n", 1)[0].replace("\n", " ")


def _record_schema(cls: type[Any], definitions: dict[str, dict[str, object]]) -> dict[str, object]:
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    return {
        "description": _summary(cls),
        "type": "object",
        "properties": {
            field.name: {
                **_type_schema(hints[field.name], definitions),
                **_FIELD_CONSTRAINTS.get((cls, field.name), {}),
            }
            for field in fields
        },
        "required": [field.name for field in fields if field.default is attrs.NOTHING],
        "additionalProperties": False,
    }


_Definitions = dict[str, dict[str, object]]


def _type_schema(type_: Any, definitions: _Definitions) -> dict[str, object]:
    """Return the schema of one field type, adding named types to ``definitions``."""
    simple = {str: "string", bool: "boolean", int: "integer"}
    if type_ in simple:
        return {"type": simple[type_]}
    if isinstance(type_, types.UnionType) or typing.get_origin(type_) is typing.Union:
        return _union_schema(typing.get_args(type_), definitions)
    if is_homogeneous_tuple(type_):
        return {"type": "array", "items": _type_schema(typing.get_args(type_)[0], definitions)}
    if type_ is datetime or is_enum(type_) or attrs.has(type_):
        return _named_schema(type_, definitions)
    raise TypeError(f"no JSON Schema for the field type {type_!r}")


def _union_schema(args: tuple[Any, ...], definitions: _Definitions) -> dict[str, object]:
    """Return the schema of ``X | Y | None``: a type list when it can be one, else ``anyOf``."""
    options = [_type_schema(arg, definitions) for arg in args if arg is not type(None)]
    if len(options) == 1 and type(None) in args and set(options[0]) == {"type"}:
        return {"type": [options[0]["type"], "null"]}
    return {"anyOf": [*options, *([{"type": "null"}] if type(None) in args else [])]}


def _named_schema(type_: Any, definitions: _Definitions) -> dict[str, object]:
    """Define a datetime, an enum or a record type in ``definitions``; return a reference to it."""
    if type_ is datetime:
        definitions["DateTime"] = {
            "description": "ISO 8601 date-time with a UTC offset: 2024-03-01T09:30:00+00:00",
            "type": "string",
            "pattern": DATETIME_PATTERN,
        }
        return {"$ref": "#/$defs/DateTime"}
    if is_enum(type_):
        definitions[type_.__name__] = {
            "description": _summary(type_),
            "type": "string",
            "enum": [member.value for member in type_],
        }
    elif type_.__name__ not in definitions:
        # Reserved before recursing: Comment.replies refers back to Comment.
        definitions[type_.__name__] = {}
        definitions[type_.__name__] = _record_schema(type_, definitions)
    return {"$ref": f"#/$defs/{type_.__name__}"}
