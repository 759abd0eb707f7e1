"""Tell comments apart without headers: bullets and widget lines between blocks.

As on the seed pages: each comment a bulleted block, a widget line
("Report this comment") under it; indented blocks continue the comment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse._pipeline.comments.draft import Draft
from newsparse._pipeline.comments.headers import looks_like_author
from newsparse._pipeline.comments.items import Item, ItemKind
from newsparse._pipeline.comments.lines import LINK_RUN, is_link_line, is_title
from newsparse._pipeline.comments.zone import handle_of
from newsparse._pipeline.zones.bylines import is_name_line
from newsparse.models import Zone

__all__ = ["LIST_NUMBER", "split_by_blocks"]

# matches "1. Ann", "12. Bo Tran": an ordered list's item number
LIST_NUMBER = re.compile(r"^\d{1,4}\.\s")
_SENTENCE_ENDS = frozenset(".!?…:;)")


def split_by_blocks(items: Sequence[Item], *, counted: bool) -> list[Draft]:
    """Without headers: a bullet or a widget starts the next comment; indented blocks continue.

    Blocks that each open with a name line over their prose ("Ann Lee,
    Leeds" then the comment) are one comment each, by that name (see
    :func:`_named_blocks`).
    """
    named = _named_blocks(items)
    if named is not None:
        return named
    reader = _BlockReader()
    for item in items:
        reader.read(item)
    drafts = reader.drafts[: _link_list_start(reader.drafts, reader.widgeted)]
    _name_rows_to_authors(drafts, items)
    if not reader.widgeted:
        _handles_to_authors(drafts)
    if counted or any(item.zone is Zone.COMMENT_NOISE for item in items):
        return drafts  # a count, or widgets between blocks ("Report this comment")
    # A handle over it (see _handles_to_authors) vouches for a comment as a widget does.
    return [
        draft
        for draft in drafts
        if draft.author is not None or any(map(_reads_as_comment, draft.texts))
    ]


class _BlockReader:
    """Gathers comments from the items in page order, a new one at each bullet or widget."""

    def __init__(self) -> None:
        self.drafts: list[Draft] = []
        self.widgeted: set[int] = set()  # drafts a widget line follows ("Report this comment")
        self.current: Draft | None = None
        self.block: int | None = None
        self.bulleted = False

    def read(self, item: Item) -> None:
        current = self.current
        if item.kind is ItemKind.TEXT:
            self.text(item)
        elif (
            item.score is not None
            and current is not None
            and current.score is None
            and item.zone is not Zone.COMMENT_NOISE
        ):
            current.score = item.score
        elif item.kind in (ItemKind.SEPARATOR, ItemKind.NOISE, ItemKind.NUMBER):
            if current is not None:
                # a widget row's count and date: "Like · Reply · 3 · March 9 at 10:15am"
                current.score = item.score if current.score is None else current.score
                current.posted_text = current.posted_text or item.posted_text
                if item.score is not None or item.posted_text is not None:
                    current.last = max(current.last, item.number)  # the row carries a field
            if current is not None and item.zone is Zone.COMMENT_NOISE:
                self.widgeted.add(len(self.drafts) - 1)
            self.current = None

    def text(self, item: Item) -> None:
        new_block = item.block != self.block
        self.block = item.block
        # A numbered list item ("1. Ann") opens a comment as a bullet does.
        listed = item.bullet or (new_block and LIST_NUMBER.match(item.text) is not None)
        current = self.current
        if current is not None and (
            not new_block or (not listed and (not self.bulleted or item.indent > current.indent))
        ):
            current.add_text(item)
            return
        self.current = Draft(indent=item.indent, first=item.number, last=item.number)
        self.current.add_text(item)
        self.bulleted = listed
        self.drafts.append(self.current)


def _name_rows_to_authors(drafts: Sequence[Draft], items: Sequence[Item]) -> None:
    """Make the name row over each comment its author, where most comments have one.

    Comment plugins print a comment as an avatar over a row naming the
    writer, often with more about them set apart by dots ("Ann Lee · Leeds"),
    then the text in blocks of its own. The row is a name row when an avatar
    stands over it or dots part it; at least two comments, and two thirds of
    them, must open so, as one short first line proves nothing.
    """
    avatars = {item.number for item in items if item.kind is ItemKind.IMAGE}
    named = [(draft, name) for draft in drafts if (name := _name_row(draft, avatars)) is not None]
    if len(named) < 2 or 3 * len(named) < 2 * len(drafts):
        # With neither avatars nor dots, the repetition must be whole: every one of three
        # comments or more opens with a name alone in a block of its own ("Ann Lee").
        named = [(draft, draft.texts[0].text) for draft in drafts if _plain_name_row(draft)]
        if len(named) < _PLAIN_NAMED or len(named) < len(drafts):
            return
    for draft, name in named:
        draft.author = name
        del draft.texts[0]


def _name_row(draft: Draft, avatars: set[int]) -> str | None:
    """Return the writer a comment's first line names, when it is a name row, else None."""
    texts = draft.texts
    if len(texts) < 2 or draft.author is not None or texts[1].block == texts[0].block:
        return None
    head = texts[0]
    parts = _ROW_PARTS.split(head.text)
    if (head.number - 1 not in avatars and len(parts) < 2) or head.text[-1:] in _SENTENCE_ENDS:
        return None
    name = parts[0].strip()
    return name if looks_like_author(name) and len(name.split()) <= _NAME_LINE_WORDS else None


#: Comments that must each open with a plain name line for the lines to be authors.
_PLAIN_NAMED = 3


def _plain_name_row(draft: Draft) -> bool:
    """Tell whether a comment opens with a block holding a name alone ("Ann Lee")."""
    texts = draft.texts
    return (
        len(texts) >= 2
        and draft.author is None
        and texts[1].block != texts[0].block
        and is_name_line(texts[0].text)
    )


# The dots or bars that part a name row ("Ann Lee · Top Commenter · Leeds").
_ROW_PARTS = re.compile(r"\s+[·•|]\s+")


def _handles_to_authors(drafts: Sequence[Draft]) -> None:
    """Make the bulleted name over each comment its author, where most comments have one.

    Disqus and its like print a comment as "• handle" over the indented
    text, and no widget line under it; one such comment is no evidence (a
    bulleted comment's first paragraph may be short), two thirds of at
    least three are. The caller leaves out threads with widget lines
    ("Report this comment" under each bullet, as the seed pages print).
    """
    named = [(draft, name) for draft in drafts if (name := _handle(draft)) is not None]
    if len(named) < _MIN_HANDLES or 3 * len(named) < 2 * len(drafts):
        return
    for draft, name in named:
        draft.author = name
        del draft.texts[0]


#: Comments with a bulleted handle over their text that make handles authors.
_MIN_HANDLES = 3


def _handle(draft: Draft) -> str | None:
    """Return the name of a "• handle" line over the comment's indented text, else None."""
    texts = draft.texts
    if len(texts) < 2 or not texts[0].bullet or draft.author is not None:
        return None
    head, under = texts[0], texts[1]
    if under.block == head.block or under.indent <= head.indent:
        return None
    return handle_of(head.text)


def _link_list_start(drafts: Sequence[Draft], widgeted: set[int]) -> int:
    """Return where the sidebar after a thread told apart by blocks begins, else the end.

    One-line "comments" in a row that read as links or labels ("Top Cash
    Back Cards", "Categories", "• General Finance"), no two steps deeper in
    a row (replies nest ever deeper; a list's items stand level under their
    heading), are the sidebar after the thread, not readers' words:
    ``LINK_RUN`` of them no deeper than the thread's first comment, or
    twice as many at any depth (an archive list nested under a sidebar
    heading). Not when most of them have a comment widget under them
    ("Report this comment": short comments), and not a short list indented
    under a comment (a reader's list of sites).
    """
    if not drafts:
        return 0
    top = drafts[0].indent + _LIST_INDENT
    run = shallow = widgets = 0
    previous, climbed = drafts[0].indent, False
    for index, draft in enumerate(drafts):
        texts = draft.texts
        climbs = draft.indent > previous
        listed = len(texts) == 1 and not (climbs and climbed) and is_link_line(texts[0].text)
        previous, climbed = draft.indent, climbs
        if not listed:
            run = shallow = widgets = 0
            continue
        run += 1
        widgets += index in widgeted
        shallow = shallow + 1 if draft.indent <= top else 0
        if 2 * widgets >= run:
            continue
        if shallow >= LINK_RUN:
            return index - shallow + 1
        if run >= 2 * LINK_RUN:
            return index - run + 1
    return len(drafts)


#: A sidebar's list items stand this far right of the thread's first comment at most.
_LIST_INDENT = 2


def _reads_as_comment(item: Item) -> bool:
    """Tell whether a line reads as a reader's words rather than a link or a label.

    Without headers to go by, a link list ("Most Popular Posts", "Tweets")
    is the likeliest impostor: its lines are titles, with most words
    capitalised and no sentence end.
    """
    if is_title(item.text):
        return False
    return item.text.rstrip("\"'’”)")[-1:] in _SENTENCE_ENDS or len(item.text.split()) >= 8


def _named_blocks(items: Sequence[Item]) -> list[Draft] | None:
    """Return one comment a block when every block opens with its writer's name, else None.

    Some threads print neither header, bullet nor widget: each comment is a
    block whose first line names its writer ("Bo Tran" or "Bo Tran,
    Westcombe") over its text. Three such blocks or more, every block of
    the thread so shaped (a level run of blocks, none bulleted), make the
    name lines authors; one block alone could be a paragraph under a
    short line of any kind.
    """
    blocks: dict[int, list[Item]] = {}
    for item in items:
        if item.kind is not ItemKind.TEXT or item.bullet:
            return None
        blocks.setdefault(item.block, []).append(item)
    if len(blocks) < _NAMED_BLOCKS:
        return None
    drafts = []
    for lines in blocks.values():
        author = _name_line(lines[0].text) if len(lines) > 1 else None
        if author is None or not all(map(_reads_as_comment, lines[1:])):
            return None
        draft = Draft(indent=lines[0].indent, first=lines[0].number, last=lines[0].number)
        for line in lines[1:]:
            draft.add_text(line)
        draft.author = author
        drafts.append(draft)
    return drafts


#: Blocks that make a thread of named blocks.
_NAMED_BLOCKS = 3
#: A name line has at most this many words, its place after a comma included.
_NAME_LINE_WORDS = 6


def _name_line(text: str) -> str | None:
    """Return the writer a first line names ("Bo Tran, Westcombe" → "Bo Tran"), else None."""
    if len(text.split()) > _NAME_LINE_WORDS or text[-1:] in _SENTENCE_ENDS:
        return None
    name = text.split(",", 1)[0].strip()
    return name if looks_like_author(name) and name[0].isupper() else None
