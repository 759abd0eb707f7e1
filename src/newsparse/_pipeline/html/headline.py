"""The page's own headline: the ``<h1>`` the metadata confirms, site-name suffixes removed.

Titles carry the site's name: "Storm hits coast | The Daily Example",
"The Daily Example - Storm hits coast". A segment between title separators
(``|``, ``-``, ``–``, ``—``, ``::``, ``»``, ``·``, ``•``, ``/``) at either end
is the site's name when it matches ``og:site_name``, the publisher's name, or
the page's host name ("Example News" on ``examplenews.com``); only such
segments are cut, so a headline that holds a dash keeps it.

The headline is, in order of preference:

1. the ``<h1>`` that agrees with the JSON-LD headline, ``og:title`` or
   ``<title>`` (what the page shows, confirmed by what it states);
2. the JSON-LD headline, then ``og:title``;
3. the first ``<h1>`` inside ``<article>``/``<main>`` and outside the site's
   header, navigation, sidebars, footer and comments;
4. the ``<title>``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

import attrs

__all__ = ["Candidates", "choose_headline", "site_keys", "strip_site_name", "token_f1"]

_SEPARATOR = re.compile(r"\s+(?:\||-{1,2}|–|—|::|»|«|·|•|/|~)\s+")
_NOT_WORD = re.compile(r"\W+")
_WORD = re.compile(r"\w+")
# Host labels that say nothing about the site.
_GENERIC_LABELS = frozenset(("www", "com", "org", "net", "gov", "edu", "co", "ac", "news", "blog"))
_AGREEMENT = 0.6  # token F1 for an <h1> to count as the headline the metadata states
_MIN_KEY = 3  # characters in a squashed site key


@attrs.frozen(kw_only=True)
class Candidates:
    """The headline's sources on one page.

    Attributes:
        jsonld: The JSON-LD article's ``headline`` (or ``name``).
        open_graph: The ``og:title``.
        title: The ``<title>``.
        h1s: The text of each ``<h1>``, in document order, with whether it
            sits in the article body (inside ``<article>``/``<main>`` and
            outside header, navigation, sidebars, footer and comments).
    """

    jsonld: str | None = None
    open_graph: str | None = None
    title: str | None = None
    h1s: tuple[tuple[str, bool], ...] = ()


def _squash(text: str) -> str:
    return _NOT_WORD.sub("", text).casefold().replace("_", "")


def site_keys(names: Iterable[str | None], urls: Iterable[str | None]) -> frozenset[str]:
    """Return the squashed forms a site's name may take in a title.

    Example:
        >>> sorted(site_keys(["The Daily Example"], ["https://www.dailyexample.co.uk/a"]))
        ['dailyexample', 'dailyexamplecouk', 'thedailyexample']
    """
    keys = {_squash(name) for name in names if name}
    for url in urls:
        host = urlsplit(url).hostname if url and "//" in url else None
        if not host:
            continue
        labels = [label for label in host.lower().split(".") if label]
        if labels and labels[0] == "www":
            labels = labels[1:]
        keys.add(_squash(".".join(labels)))
        keys.update(_squash(label) for label in labels[:-1] if label not in _GENERIC_LABELS)
    return frozenset(key for key in keys if len(key) >= _MIN_KEY)


def _is_site(segment: str, keys: frozenset[str]) -> bool:
    squashed = _squash(segment)
    if len(squashed) < _MIN_KEY:
        return False
    if squashed in keys:
        return True
    # "PolitiFact West Virginia" on politifact.com; "Space" on space.com
    short = len(segment.split()) <= 4
    return short and any(
        (key in squashed and len(key) >= 5) or (squashed in key and len(squashed) >= 5)
        for key in keys
    )


def strip_site_name(title: str, keys: frozenset[str]) -> str:
    """Cut site-name segments from either end of a title.

    Example:
        >>> keys = site_keys(["The Daily Example"], [])
        >>> strip_site_name("Storm hits coast - live | The Daily Example", keys)
        'Storm hits coast - live'
        >>> strip_site_name("The Daily Example: Storm hits coast", keys)
        'The Daily Example: Storm hits coast'
    """
    text = " ".join(title.split())
    for _ in range(3):
        cuts = list(_SEPARATOR.finditer(text))
        if not cuts:
            break
        if _is_site(text[cuts[-1].end() :], keys):
            text = text[: cuts[-1].start()]
        elif _is_site(text[: cuts[0].start()], keys):
            text = text[cuts[0].end() :]
        else:
            break
    return text


def token_f1(a: str, b: str) -> float:
    """Return the F1 of the case-folded word multisets of two texts.

    Example:
        >>> round(token_f1("Storm hits the coast", "Storm hits coast"), 2)
        0.86
    """
    left = Counter(word.casefold() for word in _WORD.findall(a))
    right = Counter(word.casefold() for word in _WORD.findall(b))
    common = sum((left & right).values())
    if not common:
        return 0.0
    precision = common / sum(left.values())
    recall = common / sum(right.values())
    return 2 * precision * recall / (precision + recall)


def _title_parts(title: str) -> list[str]:
    """The title whole, and each run of its segments that starts or ends it.

    A run holding less than half the title's words is left out: it is more
    likely the site's name than the headline.
    """
    cuts = list(_SEPARATOR.finditer(title))
    runs = [title[: cut.start()] for cut in cuts] + [title[cut.end() :] for cut in cuts]
    words = len(title.split())
    return [title, *(run for run in runs if 2 * len(run.split()) >= words)]


def _confirmed_h1(h1s: Sequence[tuple[str, bool]], stated: Sequence[str]) -> str | None:
    best, best_score = None, _AGREEMENT
    for text, _ in h1s:
        for claim in stated:
            score = token_f1(text, claim)
            if score > best_score:
                best, best_score = text, score
    return best


def choose_headline(candidates: Candidates, keys: frozenset[str]) -> str | None:
    """Return the page's own headline, site-name segments cut, or None.

    Example:
        >>> found = Candidates(title="Storm hits coast | The Daily Example",
        ...                    h1s=(("The Daily Example", False), ("Storm hits coast", True)))
        >>> choose_headline(found, site_keys(["The Daily Example"], []))
        'Storm hits coast'
    """
    stated = [
        strip_site_name(text, keys)
        for text in (candidates.jsonld, candidates.open_graph)
        if text and text.strip()
    ]
    title = strip_site_name(candidates.title, keys) if candidates.title else ""
    claims = stated + (_title_parts(title) if title else [])
    h1s = [(" ".join(text.split()), inside) for text, inside in candidates.h1s if text.strip()]
    confirmed = _confirmed_h1(h1s, claims)
    if confirmed is not None:
        return strip_site_name(confirmed, keys)
    if stated:
        return stated[0]
    for text, inside in h1s:
        if inside:
            return strip_site_name(text, keys)
    return title or None
