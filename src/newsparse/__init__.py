r"""newsparse: typed articles, quotes and comment threads from scraped news pages.

:func:`parse` reads the text of a page, :func:`parse_html` its HTML,
:func:`parse_file` a file of either (its bytes decoded first), and
:func:`explain` (:func:`explain_html` for HTML) shows the zone and rule of
every line.
A parse returns an :class:`Article` and never raises for a ``str``; what it
is unsure of is in ``Article.diagnostics``. :class:`Options` tunes a parse,
and every error newsparse raises derives from :class:`NewsparseError`.

Every public name is importable from here; each is documented in its
module: the records in :mod:`newsparse.models`, the errors in
:mod:`newsparse.errors`, :class:`Options` in :mod:`newsparse.options`,
site layouts (:class:`Adapter`, :func:`register`, :func:`adapters`, :func:`load_adapter`) in
:mod:`newsparse.adapters`, JSON (:func:`to_json`, :func:`from_json`) in
:mod:`newsparse.formats`, web archives (:func:`iter_archive`,
:class:`ArchiveRecord`) in :mod:`newsparse.archives`.
:mod:`newsparse.testing` holds Hypothesis strategies and the adapter check;
:mod:`newsparse.dask` (``pip install 'newsparse[dask]'``) reads archives and
files on a Dask cluster.

Example:
    >>> import newsparse
    >>> article = newsparse.parse("Rain stops play\n\nThe match was called off.")
    >>> article.headline.text
    'Rain stops play'
"""

from __future__ import annotations

import sys as _sys
import typing as _typing

from newsparse._lazy import lazy_attributes as _lazy_attributes
from newsparse._pipeline.run import parse, parse_file, parse_html
from newsparse.adapters import Adapter, adapters, register
from newsparse.errors import AdapterError, InputError, NewsparseError, SchemaError
from newsparse.models import (
    Article,
    Block,
    BlockReason,
    Comment,
    CommentSection,
    Diagnostic,
    Headline,
    Paragraph,
    Quote,
    QuoteKind,
    Severity,
    Span,
    Speaker,
    Zone,
)
from newsparse.options import Options

if _typing.TYPE_CHECKING:
    from newsparse._pipeline.explain import explain, explain_html
    from newsparse.adapters import load_adapter
    from newsparse.archives import ArchiveRecord, iter_archive
    from newsparse.formats import SCHEMA_VERSION, from_json, to_json

# Loaded with their first use, not with ``import newsparse``: a parse needs none of them.
_LATER = {
    "ArchiveRecord": "newsparse.archives",
    "iter_archive": "newsparse.archives",
    "explain": "newsparse._pipeline.explain",
    "explain_html": "newsparse._pipeline.explain",
    "load_adapter": "newsparse.adapters._toml",
    "SCHEMA_VERSION": "newsparse.formats",
    "from_json": "newsparse.formats",
    "to_json": "newsparse.formats",
}


if not _typing.TYPE_CHECKING:  # type checkers see the imports above, and flag misspelt names
    __getattr__, __dir__ = _lazy_attributes(__name__, _LATER, globals())


# The package newsparse.adapters, callable as the function adapters(): the
# function's name would otherwise hide the package from
# ``import newsparse.adapters`` and ``newsparse.adapters.Adapter``.
adapters = _sys.modules["newsparse.adapters"]  # type: ignore[assignment]  # noqa: F811

__all__ = [
    "SCHEMA_VERSION",
    "Adapter",
    "AdapterError",
    "ArchiveRecord",
    "Article",
    "Block",
    "BlockReason",
    "Comment",
    "CommentSection",
    "Diagnostic",
    "Headline",
    "InputError",
    "NewsparseError",
    "Options",
    "Paragraph",
    "Quote",
    "QuoteKind",
    "SchemaError",
    "Severity",
    "Span",
    "Speaker",
    "Zone",
    "__version__",
    "adapters",
    "explain",
    "explain_html",
    "from_json",
    "iter_archive",
    "load_adapter",
    "parse",
    "parse_file",
    "parse_html",
    "register",
    "to_json",
]

__version__ = "0.1.0.dev0"
