r"""Articles out and back in: JSON and its schema, Markdown, plain text, quote reports.

Example:
    >>> import newsparse
    >>> from newsparse.formats import to_markdown
    >>> print(to_markdown(newsparse.parse("Rain stops play\n\nThe match was called off.")))
    # Rain stops play
    <BLANKLINE>
    *The match was called off.*
    <BLANKLINE>
"""

from __future__ import annotations

from newsparse.formats._decode import from_json
from newsparse.formats._encode import to_json
from newsparse.formats._json import SCHEMA_VERSION
from newsparse.formats._render import to_markdown, to_text
from newsparse.formats._schema import article_schema

__all__ = ["SCHEMA_VERSION", "article_schema", "from_json", "to_json", "to_markdown", "to_text"]
