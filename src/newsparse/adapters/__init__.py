"""Built-in adapters: ``generic`` for any site, and one per known layout."""

from __future__ import annotations

from newsparse.adapters.base import Adapter, compile_patterns
from newsparse.adapters.generic import GENERIC
from newsparse.adapters.pulse import PULSE

__all__ = ["BUILTIN_ADAPTERS", "GENERIC", "PULSE", "Adapter", "compile_patterns"]

#: Built-in adapters by name, ``generic`` first.
BUILTIN_ADAPTERS: dict[str, Adapter] = {adapter.name: adapter for adapter in (GENERIC, PULSE)}
