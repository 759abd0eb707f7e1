"""What a page states about itself: JSON-LD, Open Graph, ``<meta>``, ``<time>``, title, ``<h1>``.

Each field takes the first source that gives it, in this order:

- headline: see :mod:`newsparse._pipeline.html.headline`;
- byline: JSON-LD ``author``, ``<meta name="author">``, ``article:author``
  (when it is a name, not an address), microdata ``itemprop="author"``,
  the first ``rel="author"`` link, the first hCard (``.vcard``, its ``.fn``)
  outside comments, sidebars, navigation, headers and footers;
- published: JSON-LD ``datePublished``, ``article:published_time`` and the
  other publication ``<meta>`` names, microdata ``datePublished``, then the
  first ``<time datetime>`` outside comments, sidebars, navigation and
  footer (one marked ``pubdate`` first);
- modified: JSON-LD ``dateModified``, ``article:modified_time``,
  ``og:updated_time``, microdata ``dateModified``;
- url: ``<link rel="canonical">``, ``og:url``, the JSON-LD ``url``, then the
  address given to the parser; relative ones are resolved against it;
- site_name: ``og:site_name``, the JSON-LD publisher, a ``WebSite`` or
  organisation object, ``application-name``;
- language: ``<html lang>``, JSON-LD ``inLanguage``, ``og:locale``,
  ``content-language``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from newsparse._pipeline.html.containers import classify
from newsparse._pipeline.html.dates import read_datetime
from newsparse._pipeline.html.headline import Candidates, choose_headline, site_keys
from newsparse._pipeline.html.jsonld import (
    JsonObject,
    article_objects,
    plain_text,
    read_jsonld,
    site_objects,
)
from newsparse._pipeline.html.records import Container, PageMetadata
from newsparse.models import Diagnostic, Severity

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["read_metadata"]

_PUBLISHED_META = (
    *("article:published_time", "og:published_time", "datepublished", "pubdate"),
    *("publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.issued"),
    *("dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "date"),
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified")
_SITE_META = ("og:site_name", "application-name")
_LANGUAGE_META = ("og:locale", "content-language", "language")
_NOT_ARTICLE = frozenset(
    (Container.NAV, Container.ASIDE, Container.FOOTER, Container.COMMENTS, Container.HEADER)
)
_ANCESTOR_LIMIT = 64  # parents climbed to place an <h1> or a <time>
_MAX_H1 = 10
_MAX_TIMES = 50
_MAX_NAME = 200  # characters of a byline
_MAX_VCARDS = 20
_MAX_VCARD_NAME = 80


# The elements read by tag, found in one search of the tree.
_TAGS = ("meta", "script", "link", "h1")


def _by_tag(tree: LexborHTMLParser) -> dict[str, list[LexborNode]]:
    """Return the page's ``_TAGS`` elements by tag, each list in document order."""
    found: dict[str, list[LexborNode]] = {tag: [] for tag in _TAGS}
    for node in tree.css(", ".join(_TAGS)):
        found[node.tag or ""].append(node)
    return found


def _meta_values(metas: list[LexborNode]) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in metas:
        attributes = node.attributes
        content = attributes.get("content")
        if content is None or not content.strip():
            continue
        for key in ("property", "name", "itemprop", "http-equiv"):
            name = attributes.get(key)
            if name:
                found.setdefault(name.strip().lower(), content.strip())
    return found


def _jsonld_values(scripts: list[LexborNode]) -> tuple[list[object], int]:
    values: list[object] = []
    broken = 0
    for node in scripts:
        kind = (node.attributes.get("type") or "").lower()
        if "ld+json" not in kind:
            continue
        value = read_jsonld(node.text(deep=True))
        if value is None:
            broken += 1
        else:
            values.append(value)
    return values, broken


def _containers(node: LexborNode) -> set[Container]:
    found: set[Container] = set()
    parent = node.parent
    for _ in range(_ANCESTOR_LIMIT):
        if parent is None or parent.tag in (None, "html", "-document"):
            break
        attributes = parent.attributes
        found |= classify(
            parent.tag or "",
            attributes.get("id"),
            attributes.get("class"),
            attributes.get("role"),
            attributes.get("itemtype"),
            attributes.get("itemprop"),
        ).containers
        parent = parent.parent
    return found


def _h1s(h1s: list[LexborNode]) -> tuple[tuple[str, bool], ...]:
    found = []
    for node in h1s[:_MAX_H1]:
        text = " ".join(node.text(deep=True, separator=" ").split())
        if text:
            containers = _containers(node)
            inside = bool(containers & {Container.ARTICLE, Container.MAIN}) and not (
                containers & (_NOT_ARTICLE - {Container.HEADER})
            )
            found.append((text, inside))
    return tuple(found)


def _first_time(tree: LexborHTMLParser) -> str | None:
    first = None
    for node in tree.css("time")[:_MAX_TIMES]:
        attributes = node.attributes
        stamp = attributes.get("datetime")
        if not stamp or _containers(node) & _NOT_ARTICLE - {Container.HEADER}:
            continue
        if "pubdate" in attributes or attributes.get("itemprop") == "datePublished":
            return stamp
        first = first or stamp
    return first


def _itemprop(tree: LexborHTMLParser, name: str) -> str | None:
    node = tree.css_first(f'[itemprop="{name}"]')
    if node is None:
        return None
    attributes = node.attributes
    for key in ("content", "datetime"):
        value = attributes.get(key)
        if value and value.strip():
            return value.strip()
    return " ".join(node.text(deep=True, separator=" ").split())[:_MAX_NAME] or None


def _first(*values: str | None) -> str | None:
    return next((value for value in values if value and value.strip()), None)


def _author_names(value: object) -> str | None:
    authors = value if isinstance(value, list) else [value]
    names = []
    for author in authors[:10]:
        name = plain_text(author)
        if name and "://" not in name and name not in names:
            names.append(name)
    return ", ".join(names)[:_MAX_NAME] or None


def _not_address(value: str | None) -> str | None:
    return None if value is None or "://" in value or value.startswith("/") else value


def _vcard_author(tree: LexborHTMLParser) -> str | None:
    """The name in the first hCard outside comments, sidebars and navigation ("by Marta")."""
    for node in tree.css(".vcard")[:_MAX_VCARDS]:
        if _containers(node) & _NOT_ARTICLE:
            continue
        name_node = node.css_first(".fn") or node
        name = " ".join(name_node.text(deep=True, separator=" ").split())
        if 0 < len(name) <= _MAX_VCARD_NAME:
            return name
    return None


def _rel_author(tree: LexborHTMLParser) -> str | None:
    rel_author = tree.css_first('a[rel="author"]')
    return " ".join(rel_author.text(deep=True).split()) if rel_author is not None else None


def _first_read(*sources: Callable[[], str | None]) -> str | None:
    """Like :func:`_first`, reading each source only when those before it gave nothing."""
    for source in sources:
        value = source()
        if value and value.strip():
            return value
    return None


def _byline(tree: LexborHTMLParser, article: JsonObject, metas: dict[str, str]) -> str | None:
    return _first(
        _author_names(article.get("author")),
        _not_address(metas.get("author")),
        _not_address(metas.get("article:author")),
    ) or _first_read(
        lambda: _not_address(_itemprop(tree, "author")),
        lambda: _rel_author(tree),
        lambda: _vcard_author(tree),
    )


def _absolute(url: str | None, base: str | None) -> str | None:
    if not url or not url.strip():
        return None
    joined = urljoin(base, url.strip()) if base else url.strip()
    return joined if joined.startswith(("http://", "https://")) else None


def _canonical(links: list[LexborNode]) -> str | None:
    for node in links:
        rel = (node.attributes.get("rel") or "").lower().split()
        if "canonical" in rel:
            return node.attributes.get("href")
    return None


def _page_url(
    links: list[LexborNode], article: JsonObject, metas: dict[str, str], url: str | None
) -> str | None:
    entity = article.get("mainEntityOfPage")
    entity_id = entity.get("@id") if isinstance(entity, dict) else entity
    for found in (_canonical(links), metas.get("og:url"), article.get("url"), entity_id):
        absolute = _absolute(found, url) if isinstance(found, str) else None
        if absolute is not None:
            return absolute
    return url


def _language(tree: LexborHTMLParser, article: JsonObject, metas: dict[str, str]) -> str | None:
    root = tree.root
    lang = root.attributes.get("lang") if root is not None else None
    found = _first(lang, plain_text(article.get("inLanguage")), *map(metas.get, _LANGUAGE_META))
    if found is None:
        return None
    return found.split(",")[0].strip().replace("_", "-")[:35] or None


def _site_name(
    article: JsonObject, sites: Iterable[JsonObject], metas: dict[str, str]
) -> str | None:
    return _first(
        metas.get("og:site_name"),
        plain_text(article.get("publisher")),
        *(plain_text(site.get("name")) for site in sites),
        metas.get("application-name"),
    )


def _title(tree: LexborHTMLParser) -> str | None:
    head = tree.head
    node = head.css_first("title") if head is not None else None
    return " ".join(node.text(deep=True).split()) if node is not None else None


def _article_body(value: object) -> str | None:
    """Return a JSON-LD ``articleBody`` as text, its line breaks kept (a list: one a line)."""
    if isinstance(value, list):
        value = "\n".join(part for part in value if isinstance(part, str))
    return value if isinstance(value, str) and value.strip() else None


def read_metadata(
    tree: LexborHTMLParser, *, url: str | None = None
) -> tuple[PageMetadata, tuple[Diagnostic, ...]]:
    """Read what a parsed page states about itself.

    Args:
        tree: The parsed page.
        url: The address the page was fetched from, if known.

    Returns:
        The metadata, and diagnostics for JSON-LD that could not be read.

    Example:
        >>> from selectolax.lexbor import LexborHTMLParser
        >>> html = ('<title>Storm hits coast | Daily Example</title>'
        ...         '<meta property="og:site_name" content="Daily Example">'
        ...         '<script type="application/ld+json">{"@type": "NewsArticle",'
        ...         ' "author": {"name": "Ann Lee"}, "datePublished": "2024-03-03T12:04+01:00"}'
        ...         '</script><h1>Storm hits coast</h1>')
        >>> metadata, _ = read_metadata(LexborHTMLParser(html))
        >>> metadata.headline, metadata.byline, metadata.published.isoformat()
        ('Storm hits coast', 'Ann Lee', '2024-03-03T12:04:00+01:00')
    """
    elements = _by_tag(tree)
    metas = _meta_values(elements["meta"])
    values, broken = _jsonld_values(elements["script"])
    articles = article_objects(values)
    article = next((found for found in articles if found.get("headline")), None)
    article = article or (articles[0] if articles else {})
    sites = site_objects(values)
    site_name = _site_name(article, sites, metas)
    page_url = _page_url(elements["link"], article, metas, url)
    keys = site_keys(
        [site_name, *(plain_text(site.get("name")) for site in sites)], [page_url, url]
    )
    candidates = Candidates(
        jsonld=plain_text(article.get("headline")) or plain_text(article.get("name")),
        open_graph=metas.get("og:title") or metas.get("twitter:title"),
        title=_title(tree),
        h1s=_h1s(elements["h1"]),
    )
    published = _first(
        plain_text(article.get("datePublished")), *map(metas.get, _PUBLISHED_META)
    ) or _first_read(lambda: _itemprop(tree, "datePublished"), lambda: _first_time(tree))
    modified = _first(
        plain_text(article.get("dateModified")), *map(metas.get, _MODIFIED_META)
    ) or _first_read(lambda: _itemprop(tree, "dateModified"))
    metadata = PageMetadata(
        headline=choose_headline(candidates, keys),
        byline=_byline(tree, article, metas),
        published=read_datetime(published),
        modified=read_datetime(modified),
        url=page_url,
        site_name=site_name,
        language=_language(tree, article, metas),
        article_body=_article_body(article.get("articleBody")),
    )
    diagnostics: tuple[Diagnostic, ...] = ()
    if broken:
        message = f"{broken} JSON-LD script(s) could not be read as JSON; skipped"
        diagnostics = (
            Diagnostic(
                code="html.jsonld-invalid", message=message, span=None, severity=Severity.INFO
            ),
        )
    return metadata, diagnostics
