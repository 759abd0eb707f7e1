r"""Everything an adapter author needs, and the built-in adapters.

An :class:`Adapter` describes one site layout: patterns for its boilerplate
lines, and rarely a zone rule of its own (an :class:`AdapterRule` holding a
:data:`ZoneRule`, which sees a :class:`ZoneContext` and returns a
:class:`Label` for some blocks). ``generic`` reads any site; ``pulse`` one
known layout. An adapter of patterns only can live in a TOML file:
:func:`load_adapter` reads one, :func:`to_toml` writes one (``newsparse
profile`` learns one from pages of a site). Nothing here imports the parsing
stages. Called, the package lists the installed adapters:
``newsparse.adapters()`` is :func:`adapters`.

Example:
    >>> from newsparse.adapters import Adapter, compile_patterns
    >>> adapter = Adapter(name="example", signatures=compile_patterns(r"^Example News$"))
    >>> adapter.detect(Lines.from_text("Example News\n\nHeadline"))
    1.0
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING

from newsparse._lazy import lazy_attributes
from newsparse._page import Line, Lines, TextBlock, is_prose
from newsparse.adapters._adapter import (
    GENERIC_RULE_NAMES,
    Adapter,
    AdapterRule,
    Label,
    Pattern,
    ZoneContext,
    ZoneRule,
    compile_patterns,
)
from newsparse.adapters._registry import (
    BUILTIN_ADAPTERS,
    DETECT_THRESHOLD,
    ENTRY_POINT_GROUP,
    adapters,
    choose_adapter,
    get_adapter,
    plugin_errors,
    register,
)
from newsparse.adapters.generic import GENERIC
from newsparse.adapters.pulse import PULSE
from newsparse.models import Zone

if TYPE_CHECKING:
    from newsparse.adapters._toml import load_adapter, to_toml

__all__ = [
    "BUILTIN_ADAPTERS",
    "DETECT_THRESHOLD",
    "ENTRY_POINT_GROUP",
    "GENERIC",
    "GENERIC_RULE_NAMES",
    "PULSE",
    "Adapter",
    "AdapterRule",
    "Label",
    "Line",
    "Lines",
    "Pattern",
    "TextBlock",
    "Zone",
    "ZoneContext",
    "ZoneRule",
    "adapters",
    "choose_adapter",
    "compile_patterns",
    "get_adapter",
    "is_prose",
    "load_adapter",
    "plugin_errors",
    "register",
    "to_toml",
]


# Loaded with their first use, not with ``import newsparse``: a parse reads no TOML.
_LATER = {"load_adapter": "newsparse.adapters._toml", "to_toml": "newsparse.adapters._toml"}


if not TYPE_CHECKING:  # type checkers see the imports above, and flag misspelt names
    __getattr__, __dir__ = lazy_attributes(__name__, _LATER, globals())


class _AdaptersPackage(types.ModuleType):
    """This package, which ``newsparse.adapters()`` also calls for the installed adapters.

    ``newsparse`` exports the function :func:`adapters` under the package's own
    name, so ``import newsparse.adapters`` and ``newsparse.adapters.Adapter``
    need the package to stay the attribute and to answer the call.
    """

    def __call__(self) -> list[Adapter]:
        return adapters()


sys.modules[__name__].__class__ = _AdaptersPackage
