"""JSON text to Article, strictly: :func:`from_json` and its one-error-one-path reports."""

from __future__ import annotations

import json
import typing
from typing import Any

import attrs

from newsparse.errors import SchemaError
from newsparse.formats._json import SCHEMA_VERSION
from newsparse.formats._values import WrongTypeError, describe
from newsparse.models import Article

__all__ = ["from_json"]


def from_json(data: str | bytes) -> Article:
    """Read an article from JSON text written by :func:`to_json`.

    Args:
        data: The JSON text, or its UTF-8 bytes (a byte order mark is allowed).

    Returns:
        The article, equal to the one that was written.

    Raises:
        SchemaError: The input is not UTF-8, not JSON, of another schema
            version, or not an Article; ``where`` is the JSON path of the
            first offending value and the message says what is wrong.

    Example:
        >>> from_json('{"schema_version": 7}')
        Traceback (most recent call last):
        ...
        newsparse.errors.SchemaError: $.schema_version: expected 1, got 7
        >>> from_json('{"schema_version": 1, "site": 3}')
        Traceback (most recent call last):
        ...
        newsparse.errors.SchemaError: $.site: expected a string, got number 3
    """
    document = _load(data)
    if not isinstance(document, dict):
        raise SchemaError("$", f"expected an object, got {describe(document)}")
    if "schema_version" not in document:
        raise SchemaError("$.schema_version", f"missing; expected {SCHEMA_VERSION}")
    version = document.pop("schema_version")
    # type() rather than isinstance(): true is not 1 in JSON.
    if type(version) is not int or version != SCHEMA_VERSION:
        got = version if type(version) is int else describe(version)
        raise SchemaError("$.schema_version", f"expected {SCHEMA_VERSION}, got {got}")
    from cattrs.errors import ClassValidationError  # cattrs: loaded on first use

    from newsparse.formats._converter import CONVERTER

    try:
        return CONVERTER.structure(document, Article)
    except ClassValidationError as exc:
        raise _schema_error(exc) from None
    except RecursionError:
        raise SchemaError("$", "nested too deeply to read") from None


def _load(data: str | bytes) -> Any:
    """Decode and parse the JSON text, turning every failure into a SchemaError."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise SchemaError("$", f"not UTF-8: {exc.reason} at byte {exc.start}") from None
    # A file read with encoding="utf-8" keeps its byte order mark.
    data = data.removeprefix("\ufeff")
    try:
        return json.loads(
            data, object_pairs_hook=_object_without_duplicates, parse_constant=_refuse_constant
        )
    except json.JSONDecodeError as exc:
        raise SchemaError(
            "$", f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        ) from None
    except RecursionError:
        raise SchemaError("$", "nested too deeply to read") from None
    except ValueError as exc:
        # int() refuses integers of more than sys.get_int_max_str_digits() digits.
        raise SchemaError("$", f"not valid JSON: {exc}") from None


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            shown = json.dumps(key, ensure_ascii=False)
            raise SchemaError("$", f"not valid JSON: duplicate key {shown}")
        result[key] = value
    return result


def _refuse_constant(name: str) -> Any:
    raise SchemaError("$", f"not valid JSON: {name} is not a JSON number")


def _schema_error(error: BaseException) -> SchemaError:
    """Turn cattrs' tree of errors into one SchemaError about its first leaf.

    The first leaf is the first bad value in document order, since cattrs
    reports fields in declaration order and this module reads arrays in order.
    """
    from cattrs.errors import (
        AttributeValidationNote,
        ClassValidationError,
        ForbiddenExtraKeysError,
        IterableValidationError,
        IterableValidationNote,
    )

    from newsparse.formats._converter import note_of

    path = "$"
    expected_type: Any = None
    while isinstance(error, (ClassValidationError, IterableValidationError)):
        child = error.exceptions[0]
        note = note_of(child)
        if isinstance(note, AttributeValidationNote):
            path += f".{note.name}"
            expected_type = note.type
        elif isinstance(note, IterableValidationNote):
            path += f"[{note.index}]"
            expected_type = note.type
        error = child
    if isinstance(error, ForbiddenExtraKeysError):
        key = sorted(error.extra_fields)[0]
        step = f".{key}" if key.isidentifier() else f"[{json.dumps(key, ensure_ascii=False)}]"
        record: Any = error.cl
        known = ", ".join(field.name for field in attrs.fields(record))
        return SchemaError(path + step, f"unknown key; {record.__name__} has {known}")
    if isinstance(error, KeyError):
        return SchemaError(path, "missing")
    if isinstance(error, RecursionError):
        # Its path would be hundreds of steps long and say nothing more.
        return SchemaError("$", "nested too deeply to read")
    if isinstance(error, WrongTypeError) and type(None) in typing.get_args(expected_type):
        return SchemaError(path, f"expected {error.expected} or null, got {describe(error.value)}")
    if isinstance(error, ValueError):
        return SchemaError(path, str(error))
    return SchemaError(path, f"invalid value ({type(error).__name__}: {error})")
