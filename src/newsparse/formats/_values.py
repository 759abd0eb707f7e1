"""JSON values and model types, as the converter and the schema see them (no cattrs here).

``import newsparse`` loads this module, not :mod:`._converter`: cattrs costs
a third of newsparse's start-up, and is loaded on the first ``to_json`` or
``from_json``.
"""

from __future__ import annotations

import enum
import json
import typing
from typing import Any

__all__ = [
    "InvalidValueError",
    "NaiveDatetimeError",
    "WrongTypeError",
    "describe",
    "is_enum",
    "is_homogeneous_tuple",
]


class InvalidValueError(ValueError):
    """A JSON value that does not fit its place; the message is the whole story."""


class WrongTypeError(InvalidValueError):
    """A JSON value of the wrong type; ``expected`` is reused when null is allowed too."""

    def __init__(self, expected: str, value: object) -> None:
        self.expected = expected
        self.value = value
        super().__init__(f"expected {expected}, got {describe(value)}")


class NaiveDatetimeError(ValueError):
    """Raised while unstructuring, where the path is unknown; to_json finds it."""


def describe(value: object) -> str:
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


def is_enum(type_: Any) -> bool:
    return isinstance(type_, type) and issubclass(type_, enum.Enum)


def is_homogeneous_tuple(type_: Any) -> bool:
    args = typing.get_args(type_)
    return typing.get_origin(type_) is tuple and len(args) == 2 and args[1] is Ellipsis
