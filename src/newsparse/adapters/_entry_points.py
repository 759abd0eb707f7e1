"""Find the adapters installed packages declare, without importing :mod:`importlib.metadata`.

``importlib.metadata`` costs about 15 ms to import, a third of newsparse's
whole start-up budget, and a parse needs the plugins before it can choose an
adapter. The entry points of one group are few lines in each distribution's
``entry_points.txt``: this module reads them straight from the
``*.dist-info`` and ``*.egg-info`` folders on ``sys.path``, the first
distribution of a name winning, as ``importlib.metadata`` does.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
from collections.abc import Iterator, Sequence
from typing import NamedTuple

__all__ = ["PluginPoint", "find_entry_points"]

_METADATA_DIR = re.compile(r"^(?P<name>[^-]+)(?:-[^-]*)?\.(?:dist|egg)-info$")
# An entry line: its name, and the object it names, extras left off.
_ENTRY = re.compile(r"^(?P<name>[^=\s][^=]*?)\s*=\s*(?P<value>[^\[\s]+)\s*(?:\[.*\])?\s*$")


class PluginPoint(NamedTuple):
    """One entry point: its name, the object it names, and the distribution declaring it."""

    name: str
    value: str
    dist: str

    def load(self) -> object:
        """Import the module and return the object the entry point names.

        Example:
            >>> PluginPoint(name="x", value="os.path:join", dist="demo").load() is os.path.join
            True
        """
        module, _, attribute = self.value.partition(":")
        found: object = importlib.import_module(module)
        for part in filter(None, attribute.split(".")):
            found = getattr(found, part)
        return found


def find_entry_points(group: str, path: Sequence[str] | None = None) -> list[PluginPoint]:
    """Return the entry points of ``group`` that the distributions on ``path`` declare.

    Args:
        group: The entry-point group, such as ``"newsparse.adapters"``.
        path: Where to look; by default ``sys.path``.

    Example:
        >>> find_entry_points("no.such.group")
        []
    """
    found: list[PluginPoint] = []
    seen: set[str] = set()
    for folder, dist in _metadata_folders(sys.path if path is None else path):
        if dist in seen:
            continue
        seen.add(dist)
        # os.path, not pathlib: pathlib costs newsparse's import 8 ms more
        found.extend(_read_group(os.path.join(folder, "entry_points.txt"), group, dist))  # noqa: PTH118
    return found


def _metadata_folders(path: Sequence[str]) -> Iterator[tuple[str, str]]:
    for base in path:
        try:
            entries = sorted(os.scandir(base or "."), key=lambda entry: entry.name)
        except OSError:  # not a folder (a zip file), or gone
            continue
        for entry in entries:
            match = _METADATA_DIR.match(entry.name)
            if match is not None:
                yield entry.path, match.group("name").lower().replace("_", "-").replace(".", "-")


def _read_group(file: str, group: str, dist: str) -> Iterator[PluginPoint]:
    try:
        with open(file, encoding="utf-8") as lines:  # noqa: PTH123 (as above)
            text = lines.read()
    except OSError:
        return
    section = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
        elif section == group and (entry := _ENTRY.match(line)) is not None:
            yield PluginPoint(name=entry.group("name"), value=entry.group("value"), dist=dist)
