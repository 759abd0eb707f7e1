"""A Griffe extension that renders the Sphinx roles of newsparse's docstrings as links.

newsparse's docstrings are Google style and name other objects the Sphinx way
(``:class:`Span```, ``:func:`~newsparse.to_json```, ``:mod:`.names```), which
reads well in ``help()``. mkdocstrings renders docstrings as Markdown, where a
role would print as it is typed. Before a docstring is parsed, this extension
rewrites each role into an *optional* autorefs cross-reference, the kind
mkdocstrings itself writes for type annotations: a link when the site documents
the target, plain code when it does not (a private helper, the standard
library), and never a warning, so ``mkdocs build --strict`` stays meaningful for
the references written in Markdown. The other reST that the docstrings use is
rendered too: an ``Example:`` section (STYLE.md's spelling) is renamed
``Examples:``, which Griffe reads as doctests; a simple ``====`` table becomes a
code block; a paragraph ending in ``::`` ("a literal block follows") ends in
``:``, and a line holding only ``::`` goes.

mkdocs.yml loads it with ``extensions: [scripts/griffe_sphinx_roles.py]``.
"""

from __future__ import annotations

import html
import re
from typing import Any

import griffe

# :class:`Span`   :func:`~newsparse.to_json`   :py:meth:`str.splitlines`   :mod:`.names`
# :func:`the parser <newsparse.parse>` (an explicit title)
_ROLE = re.compile(
    r":(?:py:)?(?:class|func|meth|attr|mod|data|exc|obj|const|type):"
    r"`(?:(?P<title>[^`<]+?)\s*<(?P<titled>[^`>]+)>|(?P<target>[^`]+))`"
)
# "Example:" heading a section (STYLE.md's spelling; Griffe knows "Examples:")
_EXAMPLE_SECTION = re.compile(r"(?m)^([ \t]*)Example:[ \t]*$")
# a reST simple table: a border of "=" runs, rows, a border (or a header and a third border)
_SIMPLE_TABLE = re.compile(
    r"(?m)^(?P<border>[ \t]*=+(?:[ \t]+=+)+)[ \t]*\n"
    r"(?:.*\S.*\n)+?(?P=border)[ \t]*(?:\n(?:.*\S.*\n)+?(?P=border)[ \t]*)?$"
)
# "::" alone on a line
_LONE_LITERAL_MARKER = re.compile(r"(?m)^[ \t]*::[ \t]*$")
# "The tree::" ending a line
_TRAILING_LITERAL_MARKER = re.compile(r"(?m)(?<=\S)::[ \t]*$")


def _absolute(target: str, scope: griffe.Object) -> str:
    """Return the dotted path a role's target names, seen from ``scope``."""
    if target.startswith("."):
        module = scope.module
        base = module.path if module.is_init_module else module.path.rpartition(".")[0]
        dots = len(target) - len(target.lstrip("."))
        for _ in range(dots - 1):
            base = base.rpartition(".")[0]
        return f"{base}.{target.lstrip('.')}"
    head, _, rest = target.partition(".")
    try:
        resolved = scope.resolve(head)
    except (griffe.NameResolutionError, griffe.AliasResolutionError):
        return target
    return f"{resolved}.{rest}" if rest else resolved


def _indent(block: str) -> str:
    """Return ``block`` as a Markdown code block, set off by blank lines."""
    return "\n" + "\n".join(f"    {line}" for line in block.splitlines()) + "\n"


def rewrite(text: str, scope: griffe.Object) -> str:
    """Return ``text`` with its Sphinx roles as optional cross-references.

    Args:
        text: A docstring's text.
        scope: The object the docstring belongs to; bare names resolve from it.

    Returns:
        The text in Markdown: each role an ``<autoref optional>`` element.
    """

    def link(match: re.Match[str]) -> str:
        if match["titled"]:
            target, title = match["titled"].strip(), match["title"].strip()
        else:
            target = match["target"].strip()
            short = target.startswith("~")
            target = target.lstrip("~")
            title = target.rpartition(".")[2] if short else target.lstrip(".")
        identifier = html.escape(_absolute(target, scope), quote=True)
        return f'<autoref identifier="{identifier}" optional>`{title}`</autoref>'

    text = _EXAMPLE_SECTION.sub(r"\1Examples:", text)
    text = _SIMPLE_TABLE.sub(lambda table: _indent(table[0]), text)
    text = _LONE_LITERAL_MARKER.sub("", text)
    text = _TRAILING_LITERAL_MARKER.sub(":", text)
    return _ROLE.sub(link, text)


class SphinxRoles(griffe.Extension):
    """Rewrite the Sphinx roles of every docstring once the package is loaded."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Rewrite the docstring of a top-level package (``on_object`` sees its members only)."""
        self.on_object(obj=pkg)

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the docstring of ``obj``, if it has one; rewriting twice changes nothing."""
        if obj.docstring is not None:
            obj.docstring.value = rewrite(obj.docstring.value, obj)
