"""Pause Python's cyclic garbage collector while a page is parsed.

A parse makes many objects that live until it ends (lines, blocks, labels,
items) and no reference cycles, so the collector finds nothing to free in
them; yet each of its full passes walks every live object, and on a large
page the passes come again and again over an ever larger heap: a 7 MB page
spent a third of its time in them. Refcounting frees a parse's objects as
before.

The pause is process-wide, so it is counted: the first parse to start pauses
the collector (if it was on) and the last to end turns it back on, whatever
the threads do in between. Cyclic garbage other threads make meanwhile is
collected when the collector is back on.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

__all__ = ["collector_paused"]

_lock = threading.Lock()
_depth = 0  # parses under way
_was_enabled = False  # the collector's state when the first of them started


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Run the body with the cyclic garbage collector off, as it was before after.

    Example:
        >>> import gc
        >>> with collector_paused():
        ...     gc.isenabled()
        False
        >>> gc.isenabled()
        True
    """
    global _depth, _was_enabled  # one count for the process, as the collector is one
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
