"""An MkDocs hook that lets a ``nav`` entry be a glob such as ``decisions/*.md``.

Each design decision gets a page of its own under docs/decisions/, written by
whoever makes the decision; listing every one of them in mkdocs.yml by hand
would make each such change touch mkdocs.yml as well. A nav entry holding a
``*`` is replaced by the pages it matches, in name order, each titled by its
first heading as usual. A glob that matches nothing is an error, so a typo
cannot empty a section silently. With ``validation: omitted_files: warn`` and
``--strict``, a page that no nav entry reaches still fails the build.

mkdocs.yml loads it with ``hooks: [scripts/mkdocs_nav_globs.py]``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError

NavItem = str | dict[str, Any]


def _expand(items: list[NavItem], docs_dir: Path) -> list[NavItem]:
    expanded: list[NavItem] = []
    for item in items:
        if isinstance(item, str) and "*" in item:
            matches = sorted(path.relative_to(docs_dir).as_posix() for path in docs_dir.glob(item))
            if not matches:
                raise ConfigurationError(f"nav: {item!r} matches no page in {docs_dir}")
            expanded.extend(matches)
        elif isinstance(item, dict):
            expanded.append(
                {
                    title: _expand(value, docs_dir) if isinstance(value, list) else value
                    for title, value in item.items()
                }
            )
        else:
            expanded.append(item)
    return expanded


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Replace each glob in ``nav`` by the pages it matches."""
    if config.nav is not None:
        config.nav = _expand(config.nav, Path(config.docs_dir))
    return config
