"""Patterns compiled, and module attributes imported, on their first use.

``re`` compiles in Python: a large pattern costs a millisecond or more, paid
by every ``import newsparse`` whether or not a page ever needs it. A pattern
that only some pages reach (the dates of comment headers, "NAME says:"
openers) is kept as a function that compiles it on the first call and
returns the same object after.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_attributes", "lazy_pattern"]


def lazy_pattern(source: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """Return a function that compiles ``source`` with ``flags`` on its first call.

    Example:
        >>> pattern = lazy_pattern(r"a+", re.IGNORECASE)
        >>> pattern().match("aA").group(), pattern() is pattern()
        ('aA', True)
    """
    return functools.cache(lambda: re.compile(source, flags))


def lazy_attributes(
    module: str, later: Mapping[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """Return a module's ``__getattr__`` and ``__dir__`` (PEP 562) for names loaded on first use.

    ``later`` maps each such name to the module that defines it; the first
    access imports that module and keeps the value in ``namespace`` (the
    module's ``globals()``), so later accesses cost nothing.

    Example:
        >>> space: dict[str, Any] = {}
        >>> getattr_, dir_ = lazy_attributes("demo", {"sqrt": "math"}, space)
        >>> getattr_("sqrt")(9.0), "sqrt" in space, dir_()
        (3.0, True, ['sqrt'])
    """

    def get_attribute(name: str) -> Any:
        source = later.get(name)
        if source is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source), name)
        namespace[name] = value
        return value

    def list_names() -> list[str]:
        return sorted({*namespace, *later})

    return get_attribute, list_names
