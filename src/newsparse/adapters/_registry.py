"""Which adapters exist, and which one reads a given page.

Built-in adapters come first; then those that installed packages declare in
the ``newsparse.adapters`` entry-point group (found without importing, loaded
on first use, sorted by name); then those passed to :func:`register`. A
plugin that fails to load, is not an :class:`Adapter` or takes a built-in
name is left out of detection and listing, and asking for it by name raises
an :class:`~newsparse.errors.AdapterError` naming its package, so one broken
package never breaks parsing. Setting the environment variable
``NEWSPARSE_NO_PLUGINS=1`` skips entry points.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence

from newsparse._page import Line
from newsparse.adapters._adapter import Adapter
from newsparse.adapters._entry_points import PluginPoint, find_entry_points
from newsparse.adapters.generic import GENERIC
from newsparse.adapters.pulse import PULSE
from newsparse.errors import AdapterError

__all__ = [
    "BUILTIN_ADAPTERS",
    "DETECT_THRESHOLD",
    "adapters",
    "choose_adapter",
    "get_adapter",
    "plugin_errors",
    "register",
]

#: A layout adapter must be at least this confident to win over ``generic``
#: (half of its signatures: a page without comments shows fewer of them).
DETECT_THRESHOLD = 0.5

ENTRY_POINT_GROUP = "newsparse.adapters"

#: Built-in adapters by name, ``generic`` first.
BUILTIN_ADAPTERS: dict[str, Adapter] = {adapter.name: adapter for adapter in (GENERIC, PULSE)}

_registered: dict[str, Adapter] = {}
_plugins: dict[str, Adapter] | None = None
_plugin_errors: dict[str, AdapterError] = {}
_lock = threading.Lock()
# How plugins are found; a test puts its own here.
entry_points = find_entry_points


def _load_plugin(point: PluginPoint) -> Adapter:
    package = point.dist
    try:
        adapter = point.load()
    except Exception as error:
        raise AdapterError(point.name, f"plugin from {package} failed to load: {error}") from error
    if not isinstance(adapter, Adapter):
        raise AdapterError(point.name, f"plugin from {package}: {point.value} is not an Adapter")
    if adapter.name in BUILTIN_ADAPTERS:
        raise AdapterError(adapter.name, f"plugin from {package} takes a built-in adapter's name")
    return adapter


def _load_plugins() -> dict[str, Adapter]:
    global _plugins  # a process-wide cache, filled once
    with _lock:
        if _plugins is not None:
            return _plugins
        found: dict[str, Adapter] = {}
        if os.environ.get("NEWSPARSE_NO_PLUGINS", "") in ("", "0"):
            for point in sorted(entry_points(ENTRY_POINT_GROUP), key=lambda p: p.name):
                try:
                    adapter = _load_plugin(point)
                except AdapterError as error:
                    _plugin_errors[point.name] = error
                    continue
                found[adapter.name] = adapter
        _plugins = found
        return found


def plugin_errors() -> dict[str, AdapterError]:
    """Return the plugins that failed to load, by entry-point name.

    Example:
        >>> plugin_errors()
        {}
    """
    _load_plugins()
    return dict(_plugin_errors)


def register(adapter: Adapter) -> None:
    """Make ``adapter`` available by name and to page detection.

    A later registration under the same name replaces the earlier one.

    Raises:
        AdapterError: When ``adapter`` is not an :class:`Adapter` or is named
            like a built-in adapter.

    Example:
        >>> from newsparse.adapters._adapter import Adapter
        >>> register(Adapter(name="my-site"))
        >>> "my-site" in [adapter.name for adapter in adapters()]
        True
    """
    if not isinstance(adapter, Adapter):
        raise AdapterError(str(getattr(adapter, "name", adapter)), "not an Adapter instance")
    if adapter.name in BUILTIN_ADAPTERS:
        raise AdapterError(adapter.name, "that name belongs to a built-in adapter")
    _registered[adapter.name] = adapter


def adapters() -> list[Adapter]:
    """Return every installed adapter: built-ins, then plugins, then registered ones.

    Example:
        >>> [adapter.name for adapter in adapters()][:2]
        ['generic', 'pulse']
    """
    merged = dict(BUILTIN_ADAPTERS)
    merged.update(_load_plugins())
    merged.update(_registered)
    builtin = [merged.pop(name) for name in BUILTIN_ADAPTERS]
    return builtin + [merged[name] for name in sorted(merged)]


def get_adapter(name: str) -> Adapter:
    """Return the adapter called ``name``.

    Raises:
        AdapterError: When no adapter has that name.

    Example:
        >>> get_adapter("generic").name
        'generic'
    """
    for adapter in adapters():
        if adapter.name == name:
            return adapter
    if name in _plugin_errors:
        raise _plugin_errors[name]
    known = ", ".join(adapter.name for adapter in adapters())
    raise AdapterError(name, f"no adapter of that name (known: {known})")


def choose_adapter(lines: Sequence[Line]) -> Adapter:
    """Return the layout adapter most confident about ``lines``, else ``generic``.

    An adapter whose ``detect`` raises is skipped.
    """
    best, best_score = GENERIC, DETECT_THRESHOLD
    for adapter in adapters():
        if adapter is GENERIC:
            continue
        try:
            score = adapter.detect(lines)
        except Exception:  # a broken plugin must not break parsing
            continue
        if score > best_score or (score == best_score and best is GENERIC):
            best, best_score = adapter, score
    return best
