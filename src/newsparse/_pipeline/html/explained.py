"""A line's evidence in words, for ``newsparse explain`` on HTML pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsparse._pipeline.html.kinds import Container

if TYPE_CHECKING:
    from newsparse._pipeline.html.records import LineEvidence

__all__ = ["element_of", "evidence_of"]

# The innermost named ancestors shown before the element.
_SHOWN_ANCESTORS = 2
# Containers in the order they are named.
_ORDER = tuple(Container)


def element_of(evidence: LineEvidence) -> str:
    """Name the element a line was drawn from, after its nearest named ancestors.

    Example:
        >>> from newsparse._pipeline.html.records import LineEvidence
        >>> element_of(LineEvidence(tag="p", ancestry=("body.home", "article.post", "div.entry")))
        'article.post > div.entry > p'
        >>> element_of(LineEvidence(tag="li", ancestry=("ul#menu",)))
        'ul#menu > li'
        >>> element_of(LineEvidence(tag=""))
        ''
    """
    if not evidence.tag:
        return ""
    shown = evidence.ancestry[-_SHOWN_ANCESTORS:]
    if shown and shown[-1].split("#")[0].split(".")[0].split("[")[0] == evidence.tag:
        return " > ".join(shown)  # the element itself is named: "li#c-7.comment"
    return " > ".join((*shown, evidence.tag))


def evidence_of(evidence: LineEvidence) -> str:
    """Say in a few words what the HTML tells about a line: containers, heading, links, depth.

    Example:
        >>> from newsparse._pipeline.html.records import LineEvidence
        >>> evidence_of(LineEvidence(tag="a", link_density=0.92,
        ...                          containers=frozenset({Container.NAV, Container.HEADER})))
        'header, nav, links 92%'
        >>> evidence_of(LineEvidence(tag="p", comment_depth=2, datetime="2024-03-03",
        ...                          containers=frozenset({Container.COMMENTS})))
        'comments, comment depth 2, time 2024-03-03'
    """
    if not evidence.tag:
        return ""
    parts = [str(container) for container in _ORDER if container in evidence.containers]
    if evidence.heading is not None:
        parts.append(f"h{evidence.heading}")
    if evidence.link_density:
        parts.append(f"links {evidence.link_density:.0%}")
    if evidence.comment_depth > 1:
        parts.append(f"comment depth {evidence.comment_depth}")
    if evidence.datetime:
        parts.append(f"time {evidence.datetime}")
    return ", ".join(parts)
