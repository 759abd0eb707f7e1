"""Site profiles: a declarative adapter learned from pages of one site.

:func:`learn_profile` reads the pages with the generic adapter, finds the
blocks that repeat across them (the site's template), places each against
the article and the comments, and returns an :class:`~newsparse.Adapter` of
anchored patterns with a note of the evidence for each;
:func:`~newsparse.adapters.to_toml` writes it for ``newsparse profile``.
"""

from __future__ import annotations

from newsparse._profiles.learn import (
    DEFAULT_SHARE,
    MIN_PAGES,
    Profile,
    learn_adapter,
    learn_profile,
)

__all__ = ["DEFAULT_SHARE", "MIN_PAGES", "Profile", "learn_adapter", "learn_profile"]
