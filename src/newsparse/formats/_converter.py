"""The strict converter between JSON values and the model records (cattrs).

Every value must have its JSON type (no ``"3"`` for 3, no ``1`` for
``true``), unknown keys are refused, and a failed attrs validator is pinned
on its field, so that :mod:`newsparse.formats._decode` can name the JSON path
of the first bad value.
"""

from __future__ import annotations

import enum
import json
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

from newsparse.formats._json import DATETIME_RE
from newsparse.formats._values import (
    InvalidValueError,
    NaiveDatetimeError,
    WrongTypeError,
    describe,
    is_homogeneous_tuple,
)

__all__ = ["CONVERTER", "note_of"]

_Hook = Callable[[Any, Any], Any]


def _structure_int(value: object, type_: type[Any]) -> Any:
    if issubclass(type_, enum.Enum):
        return _structure_enum(value, type_)
    # bool is an int in Python but not in JSON.
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise WrongTypeError("an integer", value)


def _structure_str(value: object, type_: type[Any]) -> Any:
    # cattrs dispatches on the class hierarchy, so a StrEnum lands here.
    if issubclass(type_, enum.Enum):
        return _structure_enum(value, type_)
    if isinstance(value, str):
        return value
    raise WrongTypeError("a string", value)


def _structure_bool(value: object, _: object) -> bool:
    if isinstance(value, bool):
        return value
    raise WrongTypeError("true or false", value)


def _structure_enum(value: object, enum_type: type[enum.Enum]) -> enum.Enum:
    for member in enum_type:
        # Compared by type too: the JSON value 1 is not the enum value True.
        if type(member.value) is type(value) and member.value == value:
            return member
    choices = ", ".join(json.dumps(member.value) for member in enum_type)
    if isinstance(value, str):
        raise InvalidValueError(f"unknown value {describe(value)}; expected one of {choices}")
    raise WrongTypeError(f"one of {choices}", value)


def _structure_datetime(value: object, _: object) -> datetime:
    if not isinstance(value, str):
        raise WrongTypeError("an ISO 8601 date-time string", value)
    match = DATETIME_RE.fullmatch(value)
    if match is None:
        raise InvalidValueError(
            f"not an ISO 8601 date-time with a UTC offset: {describe(value)}"
            " (e.g. 2024-03-01T09:30:00+00:00)"
        )
    try:
        # The offset is read by hand: fromisoformat drops one of under a second
        # on CPython 3.11 ("+00:00:00.000001") and cannot read "Z" before 3.11.
        offset = _parse_utc_offset(value[match.end(1) :])
        return datetime.fromisoformat(match.group(1)).replace(tzinfo=timezone(offset))
    except ValueError as exc:
        raise InvalidValueError(f"not a valid date-time: {describe(value)} ({exc})") from None


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
        raise NaiveDatetimeError(value)
    return value.isoformat()


def _structure_tuple_factory(tuple_type: Any) -> _Hook:
    item_type = typing.get_args(tuple_type)[0]
    # Looked up on first use: Comment.replies refers back to Comment, whose
    # hook is still being built when this factory runs.
    item_hook: _Hook | None = None

    def structure(value: object, _: object) -> tuple[Any, ...]:
        nonlocal item_hook
        if not isinstance(value, list):
            raise WrongTypeError("an array", value)
        if item_hook is None:
            item_hook = CONVERTER.get_structure_hook(item_type)
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
    generated = make_dict_structure_fn(cls, CONVERTER)

    def structure(value: object, _: object) -> Any:
        if not isinstance(value, dict):
            raise WrongTypeError("an object", value)
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
    if any(note_of(exc) is not None for exc in error.exceptions) or any(
        isinstance(exc, ForbiddenExtraKeysError) for exc in error.exceptions
    ):
        return error
    hints = typing.get_type_hints(cls)
    present = [field for field in attrs.fields(cls) if field.name in value]
    stand_in = types.SimpleNamespace(
        **{
            field.name: CONVERTER.structure(value[field.name], hints[field.name])
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
    converter.register_structure_hook_factory(is_homogeneous_tuple, _structure_tuple_factory)
    converter.register_structure_hook_factory(attrs.has, _structure_attrs_factory)
    return converter


CONVERTER: Final = _make_converter()


def note_of(exc: BaseException) -> AttributeValidationNote | IterableValidationNote | None:
    for note in getattr(exc, "__notes__", ()):
        if isinstance(note, (AttributeValidationNote, IterableValidationNote)):
            return note
    return None
