"""Which landmark or container an element is, from its tag, id, classes, role and item type.

Ids and classes are split into words ("commentList" → comment, list;
"disqus_thread" → disqus, thread) and matched word by word, so "comment"
marks ``comment-body`` but not ``recommended`` or ``commentary``. The
lists are data, one tuple per container; a class that names comments wins
over the landmark words beside it (``comment-header`` is part of a comment,
not the page's header). A class naming a caption or a figure is a figure, as
``<figcaption>`` is; a box about the author (``about-author``, ``author-bio``)
stands beside the article, as a sidebar does.
"""

from __future__ import annotations

import functools
import re

from newsparse._pipeline.html.records import Container

__all__ = ["TAG_CONTAINERS", "ElementKind", "classify", "element_name", "words"]

# "commentList" -> comment, List; "HTMLBody" -> HTML, Body; "post_42" -> post, 42
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")

TAG_CONTAINERS: dict[str, Container] = {
    "article": Container.ARTICLE,
    "main": Container.MAIN,
    "header": Container.HEADER,
    "nav": Container.NAV,
    "aside": Container.ASIDE,
    "footer": Container.FOOTER,
    "form": Container.FORM,
    "select": Container.FORM,
    "textarea": Container.FORM,
    "button": Container.FORM,
    "noscript": Container.NOSCRIPT,
    "figure": Container.FIGURE,
    "figcaption": Container.FIGURE,
}

# ARIA roles (https://www.w3.org/TR/wai-aria/#landmark_roles) and the
# ARIA 1.3 "comment" role.
_ROLE_CONTAINERS: dict[str, Container] = {
    "article": Container.ARTICLE,
    "main": Container.MAIN,
    "banner": Container.HEADER,
    "navigation": Container.NAV,
    "menu": Container.NAV,
    "menubar": Container.NAV,
    "complementary": Container.ASIDE,
    "contentinfo": Container.FOOTER,
    "form": Container.FORM,
    "search": Container.FORM,
    "comment": Container.COMMENTS,
}

# Words of an id or a class that name a landmark.
_LANDMARK_WORDS: dict[str, Container] = {
    **dict.fromkeys(("article", "hentry"), Container.ARTICLE),
    "main": Container.MAIN,
    **dict.fromkeys(("header", "masthead", "banner"), Container.HEADER),
    **dict.fromkeys(
        ("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs"), Container.NAV
    ),
    **dict.fromkeys(("sidebar", "aside", "bio", "biography"), Container.ASIDE),
    # boxes set into an article that are not its text: a newsletter's sign-up, links
    # to related stories
    **dict.fromkeys(
        ("newsletter", "related"),
        Container.ASIDE,
    ),
    **dict.fromkeys(("footer", "colophon"), Container.FOOTER),
    **dict.fromkeys(("figure", "figcaption", "caption"), Container.FIGURE),
}

# Words that mark a comment container on their own: comment systems' names
# and the reply form's id.
_COMMENT_WORDS = frozenset(("disqus", "dsq", "respond", "livefyre"))
_WIDGET_ADJECTIVES = frozenset(
    ("recent", "latest", "last", "new", "newest", "top", "most", "popular")
)
# A comment word, alone or run together with a container word
# ("commentlist", "commentbody") or an owner ("usercomments", "fbcomments").
_COMMENT_TOKEN = re.compile(
    r"(?:user|reader|post|article|blog|story|wp|fb|facebook)?comments?"
    r"(?:list|lists|body|text|content|contents|thread|threads|area|wrap|wrapper|container"
    r"|section|block|box|item|items|entry|entries|meta|author|head|header|holder)?"
)
# A box about the article's author ("about-author", "authorbox", "authorbio"; "author-bio"
# is a "bio"): a biography set beside the article, not its text.
_AUTHOR_BOX = re.compile(r"about-?(?:the-)?author|author-?box(?:-|$)|authorbio")
# Any of the words above, anywhere: most class values hold none, and are done with one search.
_ANY_WORD = re.compile(
    "|".join(sorted({"comment", "vcard", "author", *_COMMENT_WORDS, *_LANDMARK_WORDS})),
    re.IGNORECASE,
)
# schema.org item types of articles and of comments.
_ARTICLE_ITEM = re.compile(r"(?:Article|BlogPosting|NewsArticle)$")
_COMMENT_ITEM = re.compile(r"(?:Comment|UserComments)$")


class ElementKind:
    """What :func:`classify` found in one element: its containers and whether it is a comment one.

    Example:
        >>> kind = classify("li", "comment-42", "comment even depth-1", None, None, None)
        >>> sorted(kind.containers), kind.comment
        ([<Container.COMMENTS: 'comments'>], True)
    """

    __slots__ = ("comment", "containers")

    def __init__(self, containers: frozenset[Container], *, comment: bool) -> None:
        self.containers = containers
        self.comment = comment


_NOTHING = ElementKind(frozenset(), comment=False)


def words(value: str) -> list[str]:
    """Split an id or a class attribute into lower-case words.

    Example:
        >>> words("commentList disqus_thread li-comment-7 HTMLBody")
        ['comment', 'list', 'disqus', 'thread', 'li', 'comment', '7', 'html', 'body']
    """
    return [word.lower() for word in _WORD.findall(value)]


@functools.lru_cache(maxsize=8192)
def _word_containers(value: str) -> tuple[frozenset[Container], bool]:
    """The containers the words of one id or class value name, and whether one is comments.

    In a compound the last landmark word names the thing ("main-nav" is a
    navigation, "article-footer" a footer); ``vcard`` counts wherever it is.
    """
    if not _ANY_WORD.search(value):
        return frozenset(), False
    landmark: Container | None = None
    vcard = comment = False
    previous = ""
    for word in words(value):
        if word in _COMMENT_WORDS or _COMMENT_TOKEN.fullmatch(word):
            if previous in _WIDGET_ADJECTIVES:
                # "recent-comments", "latest_comments": a sidebar widget listing comments elsewhere
                landmark = Container.ASIDE
            else:
                comment = True
        elif word == "vcard":
            vcard = True
        else:
            landmark = _LANDMARK_WORDS.get(word, landmark)
        previous = word
    if landmark is None and not comment and _AUTHOR_BOX.search("-".join(words(value))):
        landmark = Container.ASIDE
    found = {Container.COMMENTS} if comment else {landmark} if landmark else set()
    if vcard:
        found.add(Container.VCARD)
    return frozenset(found), comment


@functools.lru_cache(maxsize=8192)
def classify(
    tag: str,
    element_id: str | None,
    classes: str | None,
    role: str | None,
    itemtype: str | None,
    itemprop: str | None,
) -> ElementKind:
    """Return the containers one element is, from its tag and attributes.

    Args:
        tag: The element's tag name, lower case.
        element_id: Its ``id`` attribute, if any.
        classes: Its ``class`` attribute, if any.
        role: Its ``role`` attribute, if any.
        itemtype: Its ``itemtype`` attribute (schema.org microdata), if any.
        itemprop: Its ``itemprop`` attribute, if any.

    Returns:
        The containers, and whether the element is a comment container.

    Example:
        >>> sorted(classify("div", "sidebar", None, None, None, None).containers)
        [<Container.ASIDE: 'aside'>]
        >>> classify("div", None, "recommended commentary", None, None, None).comment
        False
    """
    found: set[Container] = set()
    comment = False
    tag_container = TAG_CONTAINERS.get(tag)
    if tag_container is not None:
        found.add(tag_container)
    if role:
        for word in role.lower().split():
            role_container = _ROLE_CONTAINERS.get(word)
            if role_container is not None:
                found.add(role_container)
                comment = comment or role_container is Container.COMMENTS
    for value in (element_id, classes):
        if value:
            named, named_comment = _word_containers(value)
            found |= named
            comment = comment or named_comment
    if itemtype:
        if _COMMENT_ITEM.search(itemtype.strip()):
            found.add(Container.COMMENTS)
            comment = True
        elif _ARTICLE_ITEM.search(itemtype.strip()):
            found.add(Container.ARTICLE)
    if itemprop and "comment" in itemprop.lower().split():
        found.add(Container.COMMENTS)
        comment = True
    if not found:
        return _NOTHING
    return ElementKind(frozenset(found), comment=comment)


# An ancestry entry is a hint for a selector, not the whole attribute.
_NAME_LIMIT = 100  # characters
_CLASS_LIMIT = 6


def element_name(
    tag: str, element_id: str | None, classes: str | None, role: str | None
) -> str | None:
    """Return the element as a CSS-like name, or None when it has no id, class or role.

    Example:
        >>> element_name("li", "c-7", "comment  even", None)
        'li#c-7.comment.even'
        >>> element_name("div", None, None, "navigation")
        'div[role=navigation]'
        >>> element_name("p", None, "  ", None) is None
        True
    """
    name = tag
    if element_id and element_id.strip():
        name += "#" + element_id.strip()
    if classes:
        name += "".join("." + cls for cls in classes.split()[:_CLASS_LIMIT])
    if role and role.strip():
        name += f"[role={role.strip()}]"
    if name == tag:
        return None
    return name[:_NAME_LIMIT]
