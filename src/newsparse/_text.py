"""Small text helpers that more than one stage needs."""

from __future__ import annotations

import re

__all__ = ["clean_inline", "has_invisible", "is_blank"]

# Characters that print as nothing: zero-width space/joiners, word joiner,
# BOM, soft hyphen, and the C0/C1 controls that are not white space.
# (The standard library's engine scans a character class faster than regex's.)
_INVISIBLE_CLASS = r"[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]"
_INVISIBLE = re.compile(_INVISIBLE_CLASS + "+")
# Looking for one character is three times faster than for a run of them.
_ANY_INVISIBLE = re.compile(_INVISIBLE_CLASS)


def has_invisible(text: str) -> bool:
    r"""Tell whether ``text`` holds characters that print as nothing.

    Example:
        >>> has_invisible("A\u200bB"), has_invisible("A B")
        (True, False)
    """
    return _ANY_INVISIBLE.search(text) is not None


def clean_inline(text: str, *, invisible: bool = True) -> str:
    r"""Return ``text`` with invisible characters gone and spaces collapsed.

    Args:
        text: One line of text.
        invisible: False when the caller knows ``text`` holds no invisible
            characters, which saves a scan.

    Example:
        >>> clean_inline("  A\u00a0 B\u200bC  ")
        'A BC'
    """
    if invisible and _INVISIBLE.search(text) is not None:
        text = _INVISIBLE.sub("", text)
    # str.split() splits on every Unicode space (NBSP and the other Zs included).
    return " ".join(text.split())


def is_blank(line: str) -> bool:
    r"""Tell whether a line holds only white space (NBSPs included).

    A line holding only zero-width or control characters is *not* blank: it
    is kept in some block so that nothing on the page goes unaccounted for.

    Example:
        >>> is_blank(" \u00a0 "), is_blank("\u200b")
        (True, False)
    """
    return not line or line.isspace()
