"""The page's address as evidence for its headline: the words of its slug.

News and blog sites name an article's address after its title:
``/2024/03/05/storm-batters-coast-as-thousands-lose-power``. A segment of
the address's path of three words or more, joined by hyphens or
underscores, is such a slug; its words of three letters or more are what a
title block shares with it (:func:`slug_share`).
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

__all__ = ["slug_share", "slug_words"]

_JOINERS = re.compile(r"[-_+]")
_EXTENSION = re.compile(r"\.[a-z]{2,5}$", re.IGNORECASE)
_WORD = re.compile(r"\w+")
# A slug has at least this many parts, and its words this many letters.
_SLUG_PARTS = 3
_WORD_CHARS = 3


def slug_words(url: str | None) -> frozenset[str]:
    """Return the words of the slugs in an address's path, in small letters.

    Example:
        >>> sorted(slug_words("https://example.com/news/2024/03/storm-hits-the-coast.html?x=1"))
        ['coast', 'hits', 'storm', 'the']
        >>> slug_words("https://example.com/article/12345")
        frozenset()
    """
    if not url:
        return frozenset()
    try:
        path = urlsplit(url).path
    except ValueError:
        return frozenset()
    words: set[str] = set()
    for segment in unquote(path).split("/"):
        parts = [part for part in _JOINERS.split(_EXTENSION.sub("", segment)) if part]
        if len(parts) >= _SLUG_PARTS:
            words.update(
                part.lower() for part in parts if part.isalpha() and len(part) >= _WORD_CHARS
            )
    return frozenset(words)


def slug_share(text: str, slug: frozenset[str]) -> float:
    """Return the share of the slug's words that ``text`` holds.

    Example:
        >>> slug_share("Storm hits the coast", slug_words("/storm-hits-coast-hard"))
        0.75
    """
    if not slug:
        return 0.0
    words = {word for word in _WORD.findall(text.lower()) if len(word) >= _WORD_CHARS}
    return len(words & slug) / len(slug)
