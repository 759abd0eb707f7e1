r"""Article to JSON and back, and the JSON Schema of the format.

The JSON form of an :class:`~newsparse.models.Article` is one object. Every
encoding decision is listed here; ``docs/json.md`` explains them to users and
``docs/schema/article.schema.json`` states them as a JSON Schema
(draft 2020-12), the output of :func:`article_schema`.

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
  readable. Surrogate code points (from ``surrogateescape``-decoded text)
  cannot be encoded as UTF-8 and are written as ``\udXXX`` escapes, so the
  output is always valid UTF-8 JSON and they read back unchanged. The one
  exception is a high surrogate directly followed by a low one: in JSON that
  escape pair *is* the astral character they encode, and reads back as it.
- Reading is strict: every value must have its JSON type (no ``"3"`` for 3,
  no ``1`` for ``true``), unknown keys, duplicate keys, ``NaN`` and
  ``Infinity`` are refused, and every error is one
  :class:`~newsparse.errors.SchemaError` whose ``where`` is the JSON path of
  the offending value (``$.comments.comments[0].replies[1].span.start_line``).
  Fields that have a default in the model (``byline``, ``published``,
  ``url``, a comment's ``quotes``) may be absent, so adding such a field is a compatible change.
- Both directions recurse, so replies nested deeper than Python's recursion
  limit allows (about 200 levels) raise SchemaError ("nested too deeply").

Run ``newsparse schema > docs/schema/article.schema.json`` to
regenerate the committed schema.
"""

from __future__ import annotations

import enum
import inspect
import json
import re
import types
import typing
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any, Final

import attrs
from cattrs import Converter
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn

from newsparse.errors import SchemaError
from newsparse.models import Article, Span

__all__ = ["SCHEMA_VERSION", "article_schema", "from_json", "to_json"]

SCHEMA_VERSION: Final = 1
"""The version of the JSON format that :func:`to_json` writes and :func:`from_json` reads."""

_Hook = Callable[[Any, Any], Any]

# What from_json accepts as a datetime, in the syntax JSON Schema patterns and
# Python's re share; isoformat() writes a subset, e.g. 2024-03-01T09:30:00+00:00.
_LOCAL_TIME: Final = (
    "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{3}([0-9]{3})?)?"
)
_UTC_OFFSET: Final = "(Z|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{6})?)?)"
_DATETIME_PATTERN: Final = f"^{_LOCAL_TIME}{_UTC_OFFSET}$"
_DATETIME_RE: Final = re.compile(f"({_LOCAL_TIME}){_UTC_OFFSET}")

# Matches any surrogate code point, e.g. the "\udcff" of a surrogateescape'd byte.
_SURROGATE_RE: Final = re.compile("[\\ud800-\\udfff]")

# Constraints JSON Schema can state but the model types do not show; the
# end_line >= start_line rule cannot be written in JSON Schema, from_json checks it.
_FIELD_CONSTRAINTS: Final[dict[tuple[type, str], dict[str, object]]] = {
    (Span, "start_line"): {"minimum": 1},
    (Span, "end_line"): {"minimum": 1},
}


class _InvalidValueError(ValueError):
    """A JSON value that does not fit its place; the message is the whole story."""


class _WrongTypeError(_InvalidValueError):
    """A JSON value of the wrong type; ``expected`` is reused when null is allowed too."""

    def __init__(self, expected: str, value: object) -> None:
        self.expected = expected
        self.value = value
        super().__init__(f"expected {expected}, got {_describe(value)}")


class _NaiveDatetimeError(ValueError):
    """Raised while unstructuring, where the path is unknown; to_json finds it."""


def _describe(value: object) -> str:
    """Name a decoded JSON value the way the JSON text spells it, briefly."""
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return f"number {value!r}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"string {json.dumps(shown, ensure_ascii=False)}"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _structure_int(value: object, type_: type[Any]) -> Any:
    if issubclass(type_, enum.Enum):
        return _structure_enum(value, type_)
    # bool is an int in Python but not in JSON.
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise _WrongTypeError("an integer", value)


def _structure_str(value: object, type_: type[Any]) -> Any:
    # cattrs dispatches on the class hierarchy, so a StrEnum lands here.
    if issubclass(type_, enum.Enum):
        return _structure_enum(value, type_)
    if isinstance(value, str):
        return value
    raise _WrongTypeError("a string", value)


def _structure_bool(value: object, _: object) -> bool:
    if isinstance(value, bool):
        return value
    raise _WrongTypeError("true or false", value)


def _structure_enum(value: object, enum_type: type[enum.Enum]) -> enum.Enum:
    for member in enum_type:
        # Compared by type too: the JSON value 1 is not the enum value True.
        if type(member.value) is type(value) and member.value == value:
            return member
    choices = ", ".join(json.dumps(member.value) for member in enum_type)
    if isinstance(value, str):
        raise _InvalidValueError(f"unknown value {_describe(value)}; expected one of {choices}")
    raise _WrongTypeError(f"one of {choices}", value)


def _structure_datetime(value: object, _: object) -> datetime:
    if not isinstance(value, str):
        raise _WrongTypeError("an ISO 8601 date-time string", value)
    match = _DATETIME_RE.fullmatch(value)
    if match is None:
        raise _InvalidValueError(
            f"not an ISO 8601 date-time with a UTC offset: {_describe(value)}"
            " (e.g. 2024-03-01T09:30:00+00:00)"
        )
    try:
        # The offset is read by hand: fromisoformat drops one of under a second
        # on CPython 3.11 ("+00:00:00.000001") and cannot read "Z" before 3.11.
        offset = _parse_utc_offset(value[match.end(1) :])
        return datetime.fromisoformat(match.group(1)).replace(tzinfo=timezone(offset))
    except ValueError as exc:
        raise _InvalidValueError(f"not a valid date-time: {_describe(value)} ({exc})") from None


def _parse_utc_offset(text: str) -> timedelta:
    """Read ``Z`` or ``±HH:MM[:SS[.ffffff]]``, already checked by the pattern."""
    if text == "Z":
        return timedelta(0)
    hours, minutes, seconds = [*text[1:].split(":"), "0"][:3]
    whole_seconds, _, microseconds = seconds.partition(".")
    if int(minutes) > 59 or int(whole_seconds) > 59:
        raise ValueError(f"offset {text} has more than 59 minutes or seconds")
    offset = timedelta(
        hours=int(hours),
        minutes=int(minutes),
        seconds=int(whole_seconds),
        microseconds=int(microseconds or "0"),
    )
    return -offset if text.startswith("-") else offset


def _unstructure_datetime(value: datetime) -> str:
    if value.utcoffset() is None:
        raise _NaiveDatetimeError(value)
    return value.isoformat()


def _is_enum(type_: Any) -> bool:
    return isinstance(type_, type) and issubclass(type_, enum.Enum)


def _is_homogeneous_tuple(type_: Any) -> bool:
    args = typing.get_args(type_)
    return typing.get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis


def _structure_tuple_factory(tuple_type: Any) -> _Hook:
    item_type = typing.get_args(tuple_type)[0]
    # Looked up on first use: Comment.replies refers back to Comment, whose
    # hook is still being built when this factory runs.
    item_hook: _Hook | None = None

    def structure(value: object, _: object) -> tuple[Any, ...]:
        nonlocal item_hook
        if not isinstance(value, list):
            raise _WrongTypeError("an array", value)
        if item_hook is None:
            item_hook = _CONVERTER.get_structure_hook(item_type)
        items: list[Any] = []
        # One try around the loop: the first bad item is all from_json reports,
        # and its index is the number of items read before it.
        try:
            for item in value:
                items.append(item_hook(item, item_type))  # noqa: PERF401 - len(items) is read below
        except Exception as exc:
            index = len(items)
            _add_note(exc, IterableValidationNote(f"@ index {index}", index, item_type))
            raise IterableValidationError(
                f"While structuring {tuple_type!r}", [exc], tuple_type
            ) from None
        return tuple(items)

    return structure


def _add_note(exc: BaseException, note: str) -> None:
    # Assigned rather than add_note(): cattrs reads __notes__ on Python 3.10 too.
    exc.__notes__ = [*getattr(exc, "__notes__", []), note]


def _structure_attrs_factory(cls: type[Any]) -> _Hook:
    generated = make_dict_structure_fn(cls, _CONVERTER)

    def structure(value: object, _: object) -> Any:
        if not isinstance(value, dict):
            raise _WrongTypeError("an object", value)
        try:
            return generated(value, cls)
        except ClassValidationError as exc:
            raise _blame_field(cls, value, exc) from None

    return structure


def _blame_field(
    cls: type[Any], value: dict[str, Any], error: ClassValidationError
) -> ClassValidationError:
    """Pin a failed attrs validator on its field, so its path reaches the field.

    cattrs reports an exception raised by the class's ``__init__`` (where
    attrs runs validators) against the whole object. Every field was read
    successfully by then, so each validator is run again by hand, on a
    stand-in holding the read values, to find the first that objects.
    """
    if any(_note_of(exc) is not None for exc in error.exceptions) or any(
        isinstance(exc, ForbiddenExtraKeysError) for exc in error.exceptions
    ):
        return error
    hints = typing.get_type_hints(cls)
    present = [field for field in attrs.fields(cls) if field.name in value]
    stand_in = types.SimpleNamespace(
        **{
            field.name: _CONVERTER.structure(value[field.name], hints[field.name])
            for field in present
        }
    )
    for field in present:
        if field.validator is None:
            continue
        try:
            field.validator(stand_in, field, getattr(stand_in, field.name))
        except Exception as exc:  # whatever a validator raises is its verdict
            _add_note(
                exc,
                AttributeValidationNote(f"@ attribute {field.name}", field.name, hints[field.name]),
            )
            return ClassValidationError(f"While structuring {cls.__name__}", [exc], cls)
    return error


def _make_converter() -> Converter:
    converter = Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(enum.Enum, _structure_enum)
    converter.register_structure_hook(datetime, _structure_datetime)
    converter.register_unstructure_hook(datetime, _unstructure_datetime)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _structure_tuple_factory)
    converter.register_structure_hook_factory(attrs.has, _structure_attrs_factory)
    return converter


_CONVERTER: Final = _make_converter()


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
        >>> from_json(to_json(article)) == article
        True
    """
    try:
        fields = _CONVERTER.unstructure(article, Article)
    except _NaiveDatetimeError:
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
        raise SchemaError("$", f"expected an object, got {_describe(document)}")
    if "schema_version" not in document:
        raise SchemaError("$.schema_version", f"missing; expected {SCHEMA_VERSION}")
    version = document.pop("schema_version")
    # type() rather than isinstance(): true is not 1 in JSON.
    if type(version) is not int or version != SCHEMA_VERSION:
        got = version if type(version) is int else _describe(version)
        raise SchemaError("$.schema_version", f"expected {SCHEMA_VERSION}, got {got}")
    try:
        return _CONVERTER.structure(document, Article)
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


def _note_of(exc: BaseException) -> AttributeValidationNote | IterableValidationNote | None:
    for note in getattr(exc, "__notes__", ()):
        if isinstance(note, (AttributeValidationNote, IterableValidationNote)):
            return note
    return None


def _schema_error(error: BaseException) -> SchemaError:
    """Turn cattrs' tree of errors into one SchemaError about its first leaf.

    The first leaf is the first bad value in document order, since cattrs
    reports fields in declaration order and this module reads arrays in order.
    """
    path = "$"
    expected_type: Any = None
    while isinstance(error, (ClassValidationError, IterableValidationError)):
        child = error.exceptions[0]
        note = _note_of(child)
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
    if isinstance(error, _WrongTypeError) and type(None) in typing.get_args(expected_type):
        return SchemaError(path, f"expected {error.expected} or null, got {_describe(error.value)}")
    if isinstance(error, ValueError):
        return SchemaError(path, str(error))
    return SchemaError(path, f"invalid value ({type(error).__name__}: {error})")


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


def _type_schema(type_: Any, definitions: dict[str, dict[str, object]]) -> dict[str, object]:
    """Return the schema of one field type, adding named types to ``definitions``."""
    simple = {str: "string", bool: "boolean", int: "integer"}
    if type_ in simple:
        return {"type": simple[type_]}
    args = typing.get_args(type_)
    if isinstance(type_, types.UnionType) or typing.get_origin(type_) is typing.Union:
        options = [_type_schema(arg, definitions) for arg in args if arg is not type(None)]
        if len(options) == 1 and type(None) in args and set(options[0]) == {"type"}:
            return {"type": [options[0]["type"], "null"]}
        return {"anyOf": [*options, *([{"type": "null"}] if type(None) in args else [])]}
    if _is_homogeneous_tuple(type_):
        return {"type": "array", "items": _type_schema(args[0], definitions)}
    if type_ is datetime:
        definitions["DateTime"] = {
            "description": "ISO 8601 date-time with a UTC offset: 2024-03-01T09:30:00+00:00",
            "type": "string",
            "pattern": _DATETIME_PATTERN,
        }
        return {"$ref": "#/$defs/DateTime"}
    if _is_enum(type_):
        definitions[type_.__name__] = {
            "description": _summary(type_),
            "type": "string",
            "enum": [member.value for member in type_],
        }
        return {"$ref": f"#/$defs/{type_.__name__}"}
    if attrs.has(type_):
        if type_.__name__ not in definitions:
            # Reserved before recursing: Comment.replies refers back to Comment.
            definitions[type_.__name__] = {}
            definitions[type_.__name__] = _record_schema(type_, definitions)
        return {"$ref": f"#/$defs/{type_.__name__}"}
    raise TypeError(f"no JSON Schema for the field type {type_!r}")
