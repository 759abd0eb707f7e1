"""A comment being gathered from the comment zone's items, and how a thread was told apart."""

from __future__ import annotations

import enum

import attrs
import regex

from newsparse._pipeline.comments.headers import Header
from newsparse._pipeline.comments.items import Item

__all__ = ["Draft", "Layout"]

# "@Ann Lee fair point": the name runs to the first word in lower case.
_MENTION = regex.compile(r"^@(?P<name>\w[\w.\-]*(?: \p{Lu}[\w.\-]*){0,3})")


@attrs.define
class Draft:
    """A comment being gathered: its header, its text lines and its nesting indent."""

    indent: int
    first: int
    last: int
    author: str | None = None
    posted_text: str | None = None
    score: int | None = None
    #: The author this comment answers, when it says so ("in reply to Ann", "@Ann").
    reply_to: str | None = None
    texts: list[Item] = attrs.field(factory=list)
    replies: list[Draft] = attrs.field(factory=list)

    def add_text(self, item: Item) -> None:
        """Add a line of the comment's text."""
        if not self.texts and self.reply_to is None:
            mention = _MENTION.match(item.text)
            if mention is not None:
                self.reply_to = mention.group("name")
        self.texts.append(item)
        self.last = max(self.last, item.number)

    def add_header(self, header: Header, item: Item) -> None:
        """Take the author and date of a header line, if not known yet."""
        if self.author is None and header.author is not None:
            self.author = header.author
        if self.posted_text is None and header.posted_text is not None:
            self.posted_text = header.posted_text
        self.first = min(self.first, item.number)
        self.last = max(self.last, item.number)

    def lines(self) -> list[str]:
        """The text lines, in order."""
        return [item.text for item in self.texts]

    def paragraphs(self) -> list[str]:
        """The text lines, one paragraph per input block, lines joined by a newline."""
        paragraphs: list[list[str]] = []
        block = None
        for item in self.texts:
            if item.block != block or not paragraphs:
                paragraphs.append([])
                block = item.block
            paragraphs[-1].append(item.text)
        return ["\n".join(lines) for lines in paragraphs]


class Layout(enum.Enum):
    """How a page's comments were told apart (reported by ``comments.layout``)."""

    #: "Ann says:" / "Ann said..." lines open each comment.
    SAYS = "says"
    #: Author and date lines ("Ann Lee July 7, 2012 at 12:27 am") open each comment.
    HEADERS = "headers"
    #: Author and date lines follow each comment ("Posted by: Ann | ...").
    TRAILERS = "trailers"
    #: No headers: bullets and widget lines between blocks separate comments.
    BLOCKS = "blocks"
