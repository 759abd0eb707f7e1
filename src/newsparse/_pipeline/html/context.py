"""What each element passes to the lines inside it: landmarks, comment depth, ancestry.

An element's context is its parent's, plus the containers its tag, id,
classes and role name (:func:`~newsparse._pipeline.html.containers.classify`)
and its CSS-like name when it has an id, a class or a role. Contexts are
shared: an element that adds nothing hands its parent's on unchanged. A
:class:`Frame` is an open element during the walk; its context is worked out
only when a line inside it is written (most elements own no line).
"""

from __future__ import annotations

from newsparse._pipeline.html.containers import TAG_CONTAINERS, classify, element_name
from newsparse._pipeline.html.records import ANCESTRY_LIMIT, Container

__all__ = ["ROOT_CONTEXT", "ElementContext", "Frame", "child_context", "context_of"]

# Digits never decide a container; one digit for all lets classify's cache
# serve "comment-41" and "comment-42" alike.
_ONE_DIGIT = str.maketrans("123456789", "000000000")
_NO_ATTRIBUTES = (None, None, None, None, None)
_Facts = tuple[frozenset[Container], bool, "str | None"]
_CONTAINER_TAGS = frozenset(TAG_CONTAINERS)


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
    kind = classify(
        tag,
        element_id.translate(_ONE_DIGIT) if element_id else None,
        classes.translate(_ONE_DIGIT) if classes else None,
        role,
        itemtype,
        itemprop,
    )
    name = element_name(tag, element_id, classes, role) if element_id or classes or role else None
    if len(_FACTS) >= _FACTS_LIMIT:
        _FACTS.clear()
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
    if key[1:] == _NO_ATTRIBUTES and tag not in _CONTAINER_TAGS:
        return parent
    own, comment, name = _FACTS.get(key) or _facts(key)
    if name is None and not comment and (not own or own <= parent.containers):
        return parent
    if own and not own <= parent.containers:
        containers = parent.containers | own
    else:
        containers = parent.containers
    ancestry = parent.ancestry
    if name is not None:
        ancestry = (*ancestry[-(ANCESTRY_LIMIT - 1) :], name)
    return ElementContext(
        containers, parent.comment_depth + comment, ancestry, parent, own, comment=comment
    )


class Frame:
    """An open element that changes how its text is laid out or described.

    Its context is worked out only when a line needs it (most elements own
    no line), from its tag and attributes and its parent's context.
    """

    __slots__ = (
        "attributes",
        "block_tag",
        "context",
        "heading",
        "in_link",
        "in_pre",
        "indent",
        "list_depth",
        "parent",
        "tag",
    )

    def __init__(
        self, parent: Frame | None, tag: str = "", attributes: dict[str, str | None] | None = None
    ) -> None:
        self.parent = parent
        self.tag = tag
        self.attributes = attributes
        self.context: ElementContext | None
        if parent is None:
            self.block_tag = "body"
            self.context = ROOT_CONTEXT
            self.heading: int | None = None
            self.in_link = False
            self.in_pre = False
            self.list_depth = 0
            self.indent = 0
        else:
            self.block_tag = parent.block_tag
            self.context = None
            self.heading = parent.heading
            self.in_link = parent.in_link
            self.in_pre = parent.in_pre
            self.list_depth = parent.list_depth
            self.indent = parent.indent


def context_of(frame: Frame) -> ElementContext:
    """Work out (once) the context of a frame and of its ancestors that lack one.

    Example:
        >>> top = Frame(None)
        >>> inner = Frame(Frame(top, "div", {"id": "sidebar"}), "p", {"class": "note"})
        >>> context_of(inner).ancestry
        ('div#sidebar', 'p.note')
    """
    pending = []
    while frame.context is None:
        pending.append(frame)
        frame = frame.parent  # type: ignore[assignment]  # the top frame has a context
    context = frame.context
    for unresolved in reversed(pending):
        if unresolved.attributes is not None:
            context = child_context(unresolved.tag, unresolved.attributes, context)
        unresolved.context = context
    return context
