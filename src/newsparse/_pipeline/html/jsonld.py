"""JSON-LD: read the ``application/ld+json`` scripts of a page, forgiving broken JSON.

A page's scripts may hold one object, a list, an ``@graph``, or objects
nested in others (``mainEntity``, ``itemListElement``); they may be wrapped
in HTML comments or CDATA markers, hold raw control characters or trailing
commas, or be followed by junk. :func:`read_jsonld` tries the JSON as
given, then with those repaired, then the first complete value; what still
fails is skipped. :func:`article_objects` finds the objects whose
``@type`` is an article type, in document order; :func:`site_objects` the
``WebSite`` and ``Organization`` ones.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence

__all__ = [
    "ARTICLE_TYPES",
    "JsonObject",
    "article_objects",
    "plain_text",
    "read_jsonld",
    "site_objects",
    "type_names",
]

JsonObject = dict[str, object]

ARTICLE_TYPES = frozenset(
    (
        *("Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle"),
        *("OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "TechArticle"),
        *("AskPublicNewsArticle", "SatiricalArticle", "LiveBlogPosting", "ScholarlyArticle"),
        *("Report", "SocialMediaPosting", "DiscussionForumPosting", "Blog", "Posting"),
    )
)
_SITE_TYPES = frozenset(("WebSite", "Organization", "NewsMediaOrganization", "Corporation"))

# <!-- ... -->, <![CDATA[ ... ]]>, and the JavaScript comments that hide them
_WRAPPERS = re.compile(
    r"^\s*(?://\s*)?(?:<!--|/\*\s*<!\[CDATA\[\s*\*/|<!\[CDATA\[)|"
    r"(?://\s*|/\*\s*)?(?:-->|\]\]>)(?:\s*\*/)?\s*$"
)
# What a script that _WRAPPERS changes opens with (it may also end with "-->",
# "]]>" or "*/"): a script that neither opens nor ends so is not searched.
_WRAPPED = re.compile(r"\s*(?://|<!--|/\*|<!\[CDATA\[)")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_MAX_DEPTH = 12  # how far into nested objects article types are looked for
_MAX_OBJECTS = 2000  # objects visited per page, so a huge graph costs a bounded time


def _loads(text: str) -> object:
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        pass
    repaired = _TRAILING_COMMA.sub(r"\1", text)
    try:
        return json.loads(repaired, strict=False)
    except (ValueError, RecursionError):
        pass
    try:
        value, _ = json.JSONDecoder(strict=False).raw_decode(repaired.lstrip())
    except (ValueError, RecursionError):
        return None
    return value


def read_jsonld(script: str) -> object:
    """Return the JSON value of one ``ld+json`` script, or None when nothing can be read.

    Example:
        >>> read_jsonld('<!-- {"@type": "NewsArticle", "headline": "A",} -->')
        {'@type': 'NewsArticle', 'headline': 'A'}
        >>> read_jsonld('{"@type": "Article"} junk'), read_jsonld("{broken")
        ({'@type': 'Article'}, None)
    """
    end = script.rstrip()[-3:]
    if _WRAPPED.match(script) or end in ("-->", "]]>") or end.endswith("*/"):
        script = _WRAPPERS.sub("", script)
    return _loads(script)


def type_names(value: JsonObject) -> set[str]:
    """Return the ``@type`` names of an object, without any schema.org prefix.

    Example:
        >>> sorted(type_names({"@type": ["http://schema.org/NewsArticle", "Thing"]}))
        ['NewsArticle', 'Thing']
    """
    declared = value.get("@type")
    names = declared if isinstance(declared, list) else [declared]
    return {name.rstrip("/").rsplit("/", 1)[-1] for name in names if isinstance(name, str)}


def _objects(values: Sequence[object]) -> Iterator[JsonObject]:
    """Yield every object in ``values`` and nested in them, in document order, bounded."""
    stack: list[tuple[object, int]] = [(value, 0) for value in reversed(values)]
    visited = 0
    while stack and visited < _MAX_OBJECTS:
        value, depth = stack.pop()
        visited += 1
        children: list[object]
        if isinstance(value, dict):
            yield value
            children = list(value.values())
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth < _MAX_DEPTH:
            stack.extend((child, depth + 1) for child in reversed(children))


def article_objects(values: Sequence[object]) -> list[JsonObject]:
    """Return the objects of an article type, in document order.

    Example:
        >>> graph = {"@graph": [{"@type": "WebSite", "name": "S"},
        ...                     {"@type": "NewsArticle", "headline": "H"}]}
        >>> [o["headline"] for o in article_objects([graph])]
        ['H']
    """
    return [value for value in _objects(values) if type_names(value) & ARTICLE_TYPES]


def site_objects(values: Sequence[object]) -> list[JsonObject]:
    """Return the ``WebSite`` and organisation objects, in document order.

    Example:
        >>> [o["name"] for o in site_objects([{"@type": "WebSite", "name": "S"}])]
        ['S']
    """
    return [value for value in _objects(values) if type_names(value) & _SITE_TYPES]


def plain_text(value: object) -> str | None:
    """Return a JSON-LD value as one line of text: a string, or a ``name`` or ``@value`` in it.

    Example:
        >>> plain_text({"@type": "Person", "name": " Ann  Lee "}), plain_text(["B", "C"])
        ('Ann Lee', 'B')
    """
    for _ in range(4):
        if isinstance(value, list):
            value = value[0] if value else None
        elif isinstance(value, dict):
            value = value.get("name", value.get("@value"))
        else:
            break
    if isinstance(value, str):
        text = " ".join(value.split())
        return text or None
    return None
