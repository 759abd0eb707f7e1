"""Lines that read as links or titles rather than a reader's words.

A thread told apart by its headers runs on into whatever follows it
(archives, blogrolls, "Recent posts"); a thread told apart by blocks takes
a link list for comments. Short lines without a sentence end, several in a
row, and lines with most words capitalised are the evidence.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["LINK_RUN", "is_link_line", "is_title", "link_run_start"]

_SENTENCE_ENDS = frozenset(".!?…:;)")


#: This many short link lines in a row end the last comment: a sidebar follows.
LINK_RUN = 4


def is_link_line(text: str) -> bool:
    """Tell whether a line reads as a link or a label: short, no sentence end.

    Example:
        >>> is_link_line("Archives"), is_link_line("I went there in May.")
        (True, False)
    """
    # At most ten words; split() stops at the eleventh rather than cut up a long comment.
    return len(text.split(None, 10)) <= 10 and text.rstrip("\"'’”)")[-1:] not in _SENTENCE_ENDS


def link_run_start(lines: Sequence[str]) -> int | None:
    """Return where the first run of ``LINK_RUN`` link lines begins, if any.

    Example:
        >>> link_run_start(["Thanks, Ann.", "Archives", "May 2012", "April 2012", "March 2012"])
        1
    """
    run = 0
    for index, line in enumerate(lines):
        run = run + 1 if is_link_line(line) else 0
        if run == LINK_RUN:
            return index - LINK_RUN + 1
    return None


def is_title(text: str) -> bool:
    """Tell whether a line is a title: most words capitalised, no sentence end.

    Example:
        >>> is_title("Ten Ways To Bake Bread"), is_title("I baked bread today.")
        (True, False)
    """
    words = text.split()
    if len(words) < 3:
        return False
    capitalised = sum(1 for word in words if word[:1].isupper() or word[:1].isdigit())
    if capitalised >= 0.75 * len(words):
        return True
    return capitalised >= 0.5 * len(words) and text.rstrip("\"'’”)")[-1:] not in _SENTENCE_ENDS
