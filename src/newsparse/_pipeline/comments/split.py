"""Split the comment zone's items into one draft per comment.

Two ways, chosen per page. Where the zone holds comment headers (author
and date lines, "says:" lines, "Posted by" trailers), the headers decide:
each one opens a comment, or, on pages where every header follows its
text, closes one (:func:`split_drafts`). Without headers, blocks decide: a
bullet or a widget line between blocks starts the next comment, as in the
seeds' layout (:mod:`.blocks`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsparse._pipeline.comments.author_lines import merge_author_lines
from newsparse._pipeline.comments.blocks import LIST_NUMBER, split_by_blocks
from newsparse._pipeline.comments.draft import Draft, Layout
from newsparse._pipeline.comments.headers import Header, HeaderKind, clean_author
from newsparse._pipeline.comments.items import Item, ItemKind
from newsparse._pipeline.comments.lines import is_title, link_run_start
from newsparse._pipeline.comments.lists import drop_item_numbers, is_post_list
from newsparse._pipeline.zones.shapes import is_sentence_line
from newsparse.models import Zone

__all__ = ["ENDS_COMMENT", "split_drafts"]

#: Blocks that end the comment before them: the form, pagination, trackbacks,
#: another heading, a promo.
ENDS_COMMENT = frozenset(
    {Zone.COMMENT_FORM, Zone.PAGINATION, Zone.TRACKBACKS, Zone.COMMENTS_HEADING, Zone.PROMO}
)
_LINKBACKS = frozenset({"pingback", "trackback"})
_SENTENCE_ENDS = frozenset(".!?…:;)")
#: A name alone on its line above a comment is at most this long.
_MAX_NAME_LINE = 40


def split_drafts(
    items: Sequence[Item], *, declared: int | None = None
) -> tuple[list[Draft], Layout]:
    """Return the comments of the zone as drafts, in page order, not yet nested, and the layout.

    ``declared`` is the count the heading declares, if any: then blocks
    without headers are comments even when they read like link titles, and
    a comment form ends the thread only once that many comments stand
    before it.

    Example:
        >>> from newsparse._pipeline.comments.headers import read_header
        >>> items = [Item(ItemKind.HEADER, "Ann says:", 1, 0, 0, header=read_header("Ann says:")),
        ...          Item(ItemKind.TEXT, "Quite right.", 2, 1, 0)]
        >>> drafts, layout = split_drafts(items)
        >>> [(d.author, d.paragraphs()) for d in drafts], layout.value
        ([('Ann', ['Quite right.'])], 'says')
    """
    drafts, layout = _split(items, counted=declared is not None)
    drop_item_numbers(drafts)
    # "Pingback on May 4, 2012": a linking post listed with the comments, not one.
    drafts = [draft for draft in drafts if (draft.author or "").casefold() not in _LINKBACKS]
    drafts = _before_form(drafts, items, declared=declared)
    return _fit_declared(drafts, declared), layout


def _fit_declared(drafts: list[Draft], declared: int | None) -> list[Draft]:
    """Drop widget lines read as comments where the page shows more than it declares.

    A heading that declares N comments is followed by about N of them. The
    drafts before the first one with an author or a sentence, and after the
    last, that hold neither ("Sign in", "Comment help", "Post comment as",
    "Powered by …") are the comment system's widgets, dropped (the first
    ones first) while more than N drafts remain.
    """
    if declared is None or len(drafts) <= declared:
        return drafts
    real = [index for index, draft in enumerate(drafts) if not _widget_like(draft)]
    if not real:
        return drafts
    surplus = len(drafts) - declared
    before = min(real[0], surplus)
    after = min(len(drafts) - 1 - real[-1], surplus - before)
    return drafts[before : len(drafts) - after]


def _widget_like(draft: Draft) -> bool:
    return draft.author is None and not any(map(is_sentence_line, draft.lines()))


def _split(items: Sequence[Item], *, counted: bool) -> tuple[list[Draft], Layout]:
    says = any(item.header is not None and item.header.kind is HeaderKind.OPENS for item in items)
    items = merge_author_lines(items, says=says)
    headers = [index for index, item in enumerate(items) if item.header is not None]
    if not headers:
        return split_by_blocks(items, counted=counted), Layout.BLOCKS
    items = _before_template(items, headers)
    # Joining author and date lines makes no new "says" header: ``says`` still holds.
    if not says and _headers_trail(items, headers):
        return _by_trailers(items), Layout.TRAILERS
    return _by_headers(items), Layout.SAYS if says else Layout.HEADERS


def _before_form(
    drafts: list[Draft], items: Sequence[Item], *, declared: int | None
) -> list[Draft]:
    """Drop what follows the comment form when the form follows a comment.

    The form closes the thread: what comes after it is the sidebar or the
    footer ("Previous post", "Recent comments"), however much it reads like
    comments. Not so while fewer comments than declared stand before it:
    then the forms are reply boxes between comments.
    """
    if not drafts:
        return drafts
    firsts = [draft.first for draft in drafts]
    for item in items:
        if item.zone is Zone.COMMENT_FORM and item.number > drafts[0].last:
            before = bisect.bisect_left(firsts, item.number)
            if declared is None or before >= declared:
                return drafts[:before]
    return drafts


def _before_template(items: Sequence[Item], headers: Sequence[int]) -> Sequence[Item]:
    """Return the items up to the last header when the header is printed empty after it.

    A comment form's preview prints the thread's header with no name and no
    date in it ("Posted by: |" where each comment has "Posted by: Ann |
    May 4, 2012"): the text after the last header, up to that template and
    beyond, is the preview's, not a comment.
    """
    # A template holds words ("Posted by: |"); a header's separator alone ("•")
    # is also a widget's, printed under every comment.
    templates = {
        template
        for template in (_template(items[index]) for index in headers)
        if any(char.isalpha() for char in template)
    }
    for index in range(headers[-1] + 1, len(items)):
        item = items[index]
        if item.kind is ItemKind.TEXT and _squashed(item.text) in templates:
            return items[: headers[-1] + 1]
    return items


def _template(item: Item) -> str:
    """Return a header line's text without its author and date, squashed."""
    text = item.text
    header = item.header
    for part in (header.author, header.posted_text) if header is not None else ():
        if part:
            text = text.replace(part, " ", 1)
    return _squashed(text)


def _squashed(text: str) -> str:
    return "".join(text.split()).casefold()


def _headers_trail(items: Sequence[Item], headers: Sequence[int]) -> bool:
    """Tell whether headers follow their comments (trailers), not precede them."""
    # What follows the form or the pagination after the last header is no comment text.
    end = next(
        (
            index
            for index in range(headers[-1], len(items))
            if items[index].kind is ItemKind.SEPARATOR and items[index].zone in ENDS_COMMENT
        ),
        len(items),
    )
    texts = [index for index in range(end) if items[index].kind is ItemKind.TEXT]
    if not texts:
        return False
    after = [items[index] for index in texts if index > headers[-1]]
    dates_only = all(_dated_only(items[index]) for index in headers)
    if dates_only and link_run_start([item.text for item in after]) == 0:
        # Links right after the last date line: a sidebar, not a comment's text.
        texts = texts[: len(texts) - len(after)]
    return bool(texts) and texts[0] < headers[0] and headers[-1] > texts[-1]


def _dated_only(item: Item) -> bool:
    return item.header is not None and item.header.author is None


def _by_headers(items: Sequence[Item]) -> list[Draft]:
    """Headers open comments; text before the first header belongs to none."""
    reader = _HeaderReader()
    for item in items:
        reader.read(item)
    drafts = reader.drafts
    if is_post_list(drafts, items):
        return []
    # Post lists ("Brewers notes" / "2012-08-09" / "Today in history: ...") look
    # like headed comments; their "texts" are all titles.
    if drafts:
        _end_thread(drafts[-1])
    listed = {item.number for item in items if item.bullet and item.header is not None}
    return [
        draft
        for draft in drafts
        if not all(is_title(item.text) for item in draft.texts)
        and not _left_of_bullet(draft, listed)
    ]


def _left_of_bullet(draft: Draft, listed: set[int]) -> bool:
    """Tell whether a comment's header is a list item with none of the text under its bullet.

    A list item's text stands under its bullet. A bulleted header ("• Post
    title" / date) whose every "text" line stands left of it is an item of a
    list of dated posts, and the text is whatever follows the list.
    """
    return draft.first in listed and all(item.indent < draft.indent for item in draft.texts)


class _HeaderReader:
    """Gathers comments from the items in page order, a new one at each header."""

    def __init__(self) -> None:
        self.drafts: list[Draft] = []
        self.current: Draft | None = None
        self.replying: str | None = None  # "in reply to Ann" over the next header

    def read(self, item: Item) -> None:
        if item.kind is ItemKind.REPLY_TO:
            self.reply_to(item)
        elif item.header is not None:
            self.header(item, item.header)
        elif item.kind is ItemKind.TEXT:
            self.text(item)
        elif item.kind is ItemKind.SEPARATOR or item.kind is ItemKind.NOISE:
            self.widget(item)

    def reply_to(self, item: Item) -> None:
        current = self.current
        if current is not None and current.author is not None and not current.texts:
            current.reply_to = item.text  # "Ann" / "in reply to Bob" / date
        else:
            self.replying = item.text

    def header(self, item: Item, header: Header) -> None:
        current = self.current
        if current is not None and current.texts and header.kind is HeaderKind.DATE:
            if current.posted_text is None:
                # Blogger prints the time under the text: it closes the comment.
                current.add_header(header, item)
                return
        elif current is not None and header.kind is HeaderKind.DATE:
            current.add_header(header, item)  # a date line under the author line
            return
        current = self.current = Draft(indent=item.indent, first=item.number, last=item.number)
        current.score = item.score
        current.reply_to = self.replying
        self.replying = None
        self.drafts.append(current)
        current.add_header(header, item)

    def text(self, item: Item) -> None:
        current = self.current
        if (
            current is not None
            and current.texts
            and item.indent < min(current.indent, current.texts[0].indent)
            and LIST_NUMBER.match(item.text) is None
        ):
            # Left of the comment's header and of its first line: outside the
            # comment's list item (a comment policy, a note over the form). A
            # numbered item stands left of a lower number ("10." under " 9."):
            # the next item, not outside.
            current = self.current = None
        if current is not None:
            current.add_text(item)

    def widget(self, item: Item) -> None:
        current = self.current
        if current is not None and current.posted_text is None and item.posted_text is not None:
            current.posted_text = item.posted_text  # "Reply · Like · March 9 at 10:15am"
            current.last = max(current.last, item.number)
        if current is not None and item.score is not None and current.score is None:
            current.score = item.score
            current.last = max(current.last, item.number)  # the line carries a field
            if item.zone is not Zone.COMMENT_NOISE:
                return  # a vote line ("▲ 5 ▼"); a widget row ends the comment, count or none
        if item.zone in ENDS_COMMENT or (current is not None and current.texts):
            # A widget after the text ends the comment; what follows it
            # before the next header is not part of it ("Related posts").
            self.current = None


def _end_thread(draft: Draft) -> None:
    """Cut the last comment's text where a run of link or label lines begins.

    Nothing but the next header ends the last comment, so it runs on into
    whatever follows the thread: archives, blogrolls, "Recent posts".
    """
    cut = link_run_start([item.text for item in draft.texts])
    if cut:
        del draft.texts[cut:]
        draft.last = max(draft.first, draft.texts[-1].number)


def _by_trailers(items: Sequence[Item]) -> list[Draft]:
    """Each header closes the comment whose text runs back to the previous header.

    The text after the last header closes nothing and is no comment.
    """
    drafts: list[Draft] = []
    pending: list[Item] = []
    avatars = {item.number for item in items if item.kind is ItemKind.IMAGE}
    for item in items:
        if item.header is not None:
            if not pending:
                continue
            draft = Draft(indent=pending[0].indent, first=pending[0].number, last=item.number)
            for text in pending:
                draft.add_text(text)
            draft.add_header(item.header, item)
            drafts.append(draft)
            pending = []
        elif item.kind is ItemKind.TEXT:
            pending.append(item)
        elif item.zone in ENDS_COMMENT:
            pending = []
        elif item.score is not None and drafts and drafts[-1].score is None:
            drafts[-1].score = item.score
    if is_post_list(drafts, items):
        return []
    _name_lines(drafts, avatars)
    return drafts


def _name_lines(drafts: Sequence[Draft], avatars: set[int]) -> None:
    """Take a short name standing alone above the text as the author ("Ann Lee" / text / date).

    Only where the date line below names nobody, and the name is a block of
    its own, stands right under an avatar ("[avatar]" / "Ann Lee" / text),
    or opens every such comment of two or more (the thread's habit).
    """
    unnamed = [(draft, _name_line(draft)) for draft in drafts if draft.author is None]
    habit = len(unnamed) >= 2 and all(name is not None for _, name in unnamed)
    for draft, name in unnamed:
        texts = draft.texts  # two lines at least where a name is found
        if name is None:
            continue
        if habit or texts[0].block != texts[1].block or texts[0].number - 1 in avatars:
            draft.author = name
            del texts[0]


def _name_line(draft: Draft) -> str | None:
    """Return the name a comment's short first line gives, when text follows it, else None."""
    texts = draft.texts
    if len(texts) < 2:
        return None
    line = texts[0].text
    if len(line) > _MAX_NAME_LINE or line[-1:] in _SENTENCE_ENDS:
        return None
    author = clean_author(line)
    return None if author is None or len(author.split()) > 3 else author
