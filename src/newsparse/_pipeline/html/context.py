"""What each element passes to the lines inside it: landmarks, comment depth, ancestry.

An element's context is its parent's, plus the containers its tag, id,
classes and role name (:func:`~newsparse._pipeline.html.containers.classify`)
and its CSS-like name when it has an id, a class or a role. Contexts are
shared: an element that adds nothing hands its parent's on unchanged. An
element's context is worked out only when a line inside it is written (most
elements own no line), from the walk's stack of open elements
(:func:`context_at`).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsparse._pipeline.html.containers import TAG_CONTAINERS, classify, element_name
from newsparse._pipeline.html.records import ANCESTRY_LIMIT, Container

__all__ = ["ROOT_CONTEXT", "ElementContext", "OpenElement", "child_context", "context_at"]

# Digits never decide a container; one digit for all lets classify's cache
# serve "comment-41" and "comment-42" alike.
_ONE_DIGIT = str.maketrans("123456789", "000000000")
_NO_ATTRIBUTES = (None, None, None, None, None)
_Facts = tuple[frozenset[Container], bool, "str | None"]
_NOTHING: _Facts = (frozenset(), False, None)
_CONTAINER_TAGS = frozenset(TAG_CONTAINERS)
OpenElement = tuple[str, "dict[str, str | None] | None", object, int, object]
"""An open element on the walk's stack: its tag, its attributes (None for the document), and
what the walk keeps for it (its node, its kind, the layout around it)."""


class ElementContext:
    """What an element passes to its descendants: containers, comment depth, ancestry.

    Contexts form a tree: each one made for an element that names itself (an
    id, a class, a role) or is a landmark points to the context it was made
    from, so the zone rules can tell which lines share a container and which
    landmark is the innermost around a line.

    Attributes:
        containers: The landmarks and containers of the element and its ancestors.
        comment_depth: How many of them are comment containers.
        ancestry: The CSS-like names of the named ones, outermost first.
        parent: The context this one was made from (None for the document).
        own: The containers the element itself is.
        comment: Whether the element itself is a comment container.

    Example:
        >>> context = child_context("li", {"class": "comment"}, ROOT_CONTEXT)
        >>> sorted(context.containers), context.comment_depth, context.ancestry
        ([<Container.COMMENTS: 'comments'>], 1, ('li.comment',))
        >>> context.parent is ROOT_CONTEXT, sorted(context.own), context.comment
        (True, [<Container.COMMENTS: 'comments'>], True)
    """

    __slots__ = ("ancestry", "comment", "comment_depth", "containers", "own", "parent")

    def __init__(
        self,
        containers: frozenset[Container],
        comment_depth: int,
        ancestry: tuple[str, ...],
        parent: ElementContext | None = None,
        own: frozenset[Container] = frozenset(),
        *,
        comment: bool = False,
    ) -> None:
        self.containers = containers
        self.comment_depth = comment_depth
        self.ancestry = ancestry
        self.parent = parent
        self.own = own
        self.comment = comment


ROOT_CONTEXT = ElementContext(frozenset(), 0, ())
"""The context of the document: no container, no name."""


# (containers, is a comment container, ancestry name) by the element's tag and
# attributes; a plain dict, emptied when full, is cheaper than lru_cache here.
_FACTS: dict[tuple[str, str | None, str | None, str | None, str | None, str | None], _Facts] = {}
_FACTS_LIMIT = 16_384


def _facts(
    key: tuple[str, str | None, str | None, str | None, str | None, str | None],
) -> _Facts:
    tag, element_id, classes, role, itemtype, itemprop = key
    if len(_FACTS) >= _FACTS_LIMIT:
        _FACTS.clear()
    if key[1:] == _NO_ATTRIBUTES and tag not in _CONTAINER_TAGS:
        facts = _FACTS[key] = _NOTHING  # an element that names nothing adds nothing
        return facts
    kind = classify(
        tag,
        element_id.translate(_ONE_DIGIT) if element_id else None,
        classes.translate(_ONE_DIGIT) if classes else None,
        role,
        itemtype,
        itemprop,
    )
    name = element_name(tag, element_id, classes, role) if element_id or classes or role else None
    facts = _FACTS[key] = (kind.containers, kind.comment, name)
    return facts


def child_context(
    tag: str, attributes: dict[str, str | None], parent: ElementContext
) -> ElementContext:
    """Return the context an element passes down: its parent's, plus what it is.

    Example:
        >>> child_context("div", {"class": "layout"}, ROOT_CONTEXT).ancestry
        ('div.layout',)
        >>> child_context("span", {"style": "color: red"}, ROOT_CONTEXT) is ROOT_CONTEXT
        True
    """
    get = attributes.get
    key = (tag, get("id"), get("class"), get("role"), get("itemtype"), get("itemprop"))
    own, comment, name = _FACTS.get(key) or _facts(key)
    containers = parent.containers
    if name is None and not comment and own <= containers:
        return parent
    if not own <= containers:
        containers = containers | own
    ancestry = parent.ancestry
    if name is not None:
        if len(ancestry) < ANCESTRY_LIMIT:
            ancestry += (name,)
        else:
            ancestry = (*ancestry[-(ANCESTRY_LIMIT - 1) :], name)
    return ElementContext(
        containers, parent.comment_depth + comment, ancestry, parent, own, comment=comment
    )


def context_at(
    elements: Sequence[OpenElement], contexts: list[ElementContext | None]
) -> ElementContext:
    """Return the context of the innermost open element, worked out once for it and its ancestors.

    ``elements`` are the open elements, outermost first; ``contexts`` holds,
    for each, its context once worked out (None until a line needs it), the
    first one the document's.

    Example:
        >>> elements = [("html", None, None, 0, None), ("div", {"id": "sidebar"}, None, 0, None),
        ...             ("span", None, None, 0, None)]
        >>> contexts = [ROOT_CONTEXT, None, None]
        >>> context_at(elements, contexts).ancestry, contexts[2] is contexts[1]
        (('div#sidebar',), True)
    """
    known = len(contexts) - 1
    while contexts[known] is None:
        known -= 1
    context = contexts[known]
    assert context is not None  # the document's context is always worked out
    for index in range(known + 1, len(contexts)):
        element = elements[index]
        if element[1] is not None:
            context = child_context(element[0], element[1], context)
        contexts[index] = context
    return context
