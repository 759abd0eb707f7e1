"""Patterns compiled on their first use, not when their module is imported.

``re`` compiles in Python: a large pattern costs a millisecond or more, paid
by every ``import newsparse`` whether or not a page ever needs it. A pattern
that only some pages reach (the dates of comment headers, "NAME says:"
openers) is kept as a function that compiles it on the first call and
returns the same object after.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

__all__ = ["lazy_pattern"]


def lazy_pattern(source: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """Return a function that compiles ``source`` with ``flags`` on its first call.

    Example:
        >>> pattern = lazy_pattern(r"a+", re.IGNORECASE)
        >>> pattern().match("aA").group(), pattern() is pattern()
        ('aA', True)
    """
    return functools.cache(lambda: re.compile(source, flags))
