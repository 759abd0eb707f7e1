"""Split the comment zone's items into one draft per comment.

Two ways, chosen per page. Where the zone holds comment headers (author
and date lines, "says:" lines, "Posted by" trailers), the headers decide:
each one opens a comment, or, on pages where every header follows its
text, closes one. Without headers, blocks decide: a bullet or a widget
line between blocks starts the next comment, as in the seeds' layout.
"""

from __future__ import annotations

import bisect
import enum
from collections.abc import Sequence

import attrs
import regex

from newsparse._pipeline.comments.headers import Header, HeaderKind, clean_author
from newsparse._pipeline.comments.items import Item, ItemKind
from newsparse._pipeline.comments.zone import handle_of
from newsparse.models import Zone

__all__ = ["LABEL_RUN", "Draft", "Layout", "is_label", "label_run_start", "split_drafts"]

#: An author line standing above a date line is at most this long.
_MAX_AUTHOR_LINE = 50
# "@Ann Lee fair point": the name runs to the first word in lower case.
# matches "1. Ann", "12. Bo Tran": an ordered list's item number
_LIST_NUMBER = regex.compile(r"^\d{1,4}\.\s")
_MENTION = regex.compile(r"^@(?P<name>\w[\w.\-]*(?: \p{Lu}[\w.\-]*){0,3})")
_ENDS_COMMENT = frozenset(
    {Zone.COMMENT_FORM, Zone.PAGINATION, Zone.TRACKBACKS, Zone.COMMENTS_HEADING, Zone.PROMO}
)


_LINKBACKS = frozenset({"pingback", "trackback"})


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
    # "Pingback on May 4, 2012": a linking post listed with the comments, not one.
    drafts = [draft for draft in drafts if (draft.author or "").casefold() not in _LINKBACKS]
    return _before_form(drafts, items, declared=declared), layout


def _split(items: Sequence[Item], *, counted: bool) -> tuple[list[Draft], Layout]:
    says = any(item.header is not None and item.header.kind is HeaderKind.OPENS for item in items)
    items = _merge_author_lines(items, says=says)
    headers = [index for index, item in enumerate(items) if item.header is not None]
    if not headers:
        return _by_blocks(items, counted=counted), Layout.BLOCKS
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


def _merge_author_lines(items: Sequence[Item], *, says: bool) -> list[Item]:
    """Join an author line to the date line under it ("Ann Lee" / "May 4, 2012 at 9:10").

    A name under its date ("[avatar]" / date / "Ann Lee" / text) is joined
    first. Also joins an opener without a date ("Ann says:") to a date line under it.
    On pages whose authors stand in "says" lines, a short line over a date is
    the end of a comment (Blogger prints the time under the text), never an
    author.
    """
    named = list(items)
    if not says:
        _names_under_dates(named)
    merged: list[Item] = []
    for item in named:
        header = item.header
        if header is not None and header.kind is HeaderKind.DATE and merged:
            previous = _last_real(merged)
            if previous is not None:
                above = merged[previous]
                joined = _join(above, header, says=says)
                if joined is not None:
                    merged[previous] = attrs.evolve(above, kind=ItemKind.HEADER, header=joined)
                    merged.append(attrs.evolve(item, kind=ItemKind.IMAGE, header=None))
                    continue
        merged.append(item)
    for index, item in enumerate(merged):
        if item.header is None or item.header.kind is HeaderKind.DATE or index == 0:
            continue
        above = merged[index - 1]
        if above.kind is ItemKind.TEXT and above.score is not None:
            # A subject line with its score ("Re: Gears (Score:5, Funny)") heads the comment.
            merged[index - 1] = attrs.evolve(above, kind=ItemKind.IMAGE)
            merged[index] = attrs.evolve(item, score=above.score)
    return merged


# A day in a date line, not a time alone: "11.05.12", "2012-11-05", "Nov 5".
_DAY_IN_DATE = regex.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\p{L}{3,}")


def _names_under_dates(items: list[Item]) -> None:
    """Join a date line with no name to the name line under it ("[avatar]" / date / "Ann").

    Only where the name ends its block and the comment's text starts the next.
    """
    for index in range(len(items) - 2):
        date, name, text = items[index], items[index + 1], items[index + 2]
        header = date.header
        if (
            header is None
            or header.kind is not HeaderKind.DATE
            or _DAY_IN_DATE.search(header.posted_text or "") is None
            or name.kind is not ItemKind.TEXT
            or name.block != date.block
            or text.block == name.block
            or len(name.text) > _MAX_AUTHOR_LINE
            or name.text[-1:] in ".!?:;,"
        ):
            continue
        author = clean_author(name.text)
        if author is not None:
            dated = Header(HeaderKind.DATED, author, header.posted_text)
            items[index] = attrs.evolve(date, header=dated)
            items[index + 1] = attrs.evolve(name, kind=ItemKind.IMAGE)


def _last_real(items: Sequence[Item]) -> int | None:
    """Index of the last item that is not an image, a number or a reply marker, if any."""
    for index in range(len(items) - 1, -1, -1):
        if items[index].kind not in (ItemKind.IMAGE, ItemKind.NUMBER, ItemKind.REPLY_TO):
            return index
    return None


def _join(above: Item, date: Header, *, says: bool) -> Header | None:
    if above.header is not None:
        if above.header.kind is HeaderKind.OPENS and above.header.posted_text is None:
            return Header(HeaderKind.OPENS, above.header.author, date.posted_text)
        return None
    if says:
        return None
    text = above.text
    if above.kind is ItemKind.TEXT and len(text) <= _MAX_AUTHOR_LINE and text[-1:] not in ".!?:;,":
        author = clean_author(text)
        if author is not None:
            return Header(HeaderKind.DATED, author, date.posted_text)
    return None


def _headers_trail(items: Sequence[Item], headers: Sequence[int]) -> bool:
    """Tell whether headers follow their comments (trailers), not precede them."""
    # What follows the form or the pagination after the last header is no comment text.
    end = next(
        (
            index
            for index in range(headers[-1], len(items))
            if items[index].kind is ItemKind.SEPARATOR and items[index].zone in _ENDS_COMMENT
        ),
        len(items),
    )
    texts = [index for index in range(end) if items[index].kind is ItemKind.TEXT]
    if not texts:
        return False
    after = [items[index] for index in texts if index > headers[-1]]
    dates_only = all(_dated_only(items[index]) for index in headers)
    if dates_only and label_run_start([item.text for item in after]) == 0:
        # Links right after the last date line: a sidebar, not a comment's text.
        texts = texts[: len(texts) - len(after)]
    return bool(texts) and texts[0] < headers[0] and headers[-1] > texts[-1]


def _dated_only(item: Item) -> bool:
    return item.header is not None and item.header.author is None


def _by_headers(items: Sequence[Item]) -> list[Draft]:
    """Headers open comments; text before the first header belongs to none."""
    drafts: list[Draft] = []
    current: Draft | None = None
    replying: str | None = None
    for item in items:
        header = item.header
        if item.kind is ItemKind.REPLY_TO:
            if current is not None and current.author is not None and not current.texts:
                current.reply_to = item.text  # "Ann" / "in reply to Bob" / date
            else:
                replying = item.text
            continue
        if header is not None:
            opens = header.kind is not HeaderKind.DATE or current is None or bool(current.texts)
            if (
                header.kind is HeaderKind.DATE
                and current is not None
                and current.posted_text is None
                and current.texts
            ):
                # Blogger prints the time under the text: it closes the comment.
                current.add_header(header, item)
                continue
            if opens:
                current = Draft(indent=item.indent, first=item.number, last=item.number)
                current.score = item.score
                current.reply_to = replying
                replying = None
                drafts.append(current)
            if current is not None:
                current.add_header(header, item)
        elif item.kind is ItemKind.TEXT:
            if (
                current is not None
                and current.texts
                and item.indent < min(current.indent, current.texts[0].indent)
                and _LIST_NUMBER.match(item.text) is None
            ):
                # Left of the comment's header and of its first line: outside
                # the comment's list item (a comment policy, a note over the
                # form). A numbered item stands left of a lower number ("10."
                # under " 9."): the next item, not outside.
                current = None
            if current is not None:
                current.add_text(item)
        elif item.kind is ItemKind.SEPARATOR or item.kind is ItemKind.NOISE:
            if current is not None and item.score is not None and current.score is None:
                current.score = item.score
            elif item.zone in _ENDS_COMMENT or (current is not None and current.texts):
                # A widget after the text ends the comment; what follows it
                # before the next header is not part of it ("Related posts").
                current = None
    # Post lists ("Brewers notes" / "2012-08-09" / "Today in history: ...") look
    # like headed comments; their "texts" are all titles.
    if drafts:
        _end_thread(drafts[-1])
    return [draft for draft in drafts if not all(_is_title(item.text) for item in draft.texts)]


#: This many short label lines in a row end the last comment: a sidebar follows.
LABEL_RUN = 4


def is_label(text: str) -> bool:
    """Tell whether a line reads as a link or a label: short, no sentence end."""
    # At most ten words; split() stops at the eleventh rather than cut up a long comment.
    return len(text.split(None, 10)) <= 10 and text.rstrip("\"'’”)")[-1:] not in _SENTENCE_ENDS


def label_run_start(lines: Sequence[str]) -> int | None:
    """Return where the first run of ``LABEL_RUN`` link or label lines begins, if any.

    Example:
        >>> label_run_start(["Thanks, Ann.", "Archives", "May 2012", "April 2012", "March 2012"])
        1
    """
    run = 0
    for index, line in enumerate(lines):
        run = run + 1 if is_label(line) else 0
        if run == LABEL_RUN:
            return index - LABEL_RUN + 1
    return None


def _end_thread(draft: Draft) -> None:
    """Cut the last comment's text where a run of link or label lines begins.

    Nothing but the next header ends the last comment, so it runs on into
    whatever follows the thread: archives, blogrolls, "Recent posts".
    """
    cut = label_run_start([item.text for item in draft.texts])
    if cut:
        del draft.texts[cut:]
        draft.last = max(draft.first, draft.texts[-1].number)


def _by_trailers(items: Sequence[Item]) -> list[Draft]:
    """Each header closes the comment whose text runs back to the previous header."""
    drafts: list[Draft] = []
    pending: list[Item] = []
    for item in items:
        if item.header is not None:
            if not pending:
                continue
            draft = Draft(indent=pending[0].indent, first=pending[0].number, last=item.number)
            for text in pending:
                draft.add_text(text)
            draft.add_header(item.header, item)
            if draft.author is None:
                draft.author = _name_line(draft)
            drafts.append(draft)
            pending = []
        elif item.kind is ItemKind.TEXT:
            pending.append(item)
        elif item.zone in _ENDS_COMMENT:
            pending = []
        elif item.score is not None and drafts and drafts[-1].score is None:
            drafts[-1].score = item.score
    return drafts


def _name_line(draft: Draft) -> str | None:
    """Take a short name standing alone above the text as the author ("Ann Lee" / text / date).

    Only where the date line below names nobody.
    """
    texts = draft.texts
    if len(texts) < 2 or texts[0].block == texts[1].block:
        return None
    line = texts[0].text
    if len(line) > _MAX_NAME_LINE or line[-1:] in _SENTENCE_ENDS:
        return None
    author = clean_author(line)
    if author is None or len(author.split()) > 3:
        return None
    del texts[0]
    return author


#: A name alone on its line above a comment is at most this long.
_MAX_NAME_LINE = 40


def _by_blocks(items: Sequence[Item], *, counted: bool) -> list[Draft]:
    """Without headers: a bullet or a widget starts the next comment; indented blocks continue."""
    drafts: list[Draft] = []
    widgeted: set[int] = set()  # drafts a widget line follows ("Report this comment")
    current: Draft | None = None
    block = None
    bulleted = False
    for item in items:
        if item.kind is ItemKind.TEXT:
            new_block = item.block != block
            block = item.block
            # A numbered list item ("1. Ann") opens a comment as a bullet does.
            listed = item.bullet or (new_block and _LIST_NUMBER.match(item.text) is not None)
            continues = current is not None and (
                not new_block or (not listed and (not bulleted or item.indent > current.indent))
            )
            if continues and current is not None:
                current.add_text(item)
            else:
                current = Draft(indent=item.indent, first=item.number, last=item.number)
                current.add_text(item)
                bulleted = listed
                drafts.append(current)
        elif item.score is not None and current is not None and current.score is None:
            current.score = item.score
        elif item.kind in (ItemKind.SEPARATOR, ItemKind.NOISE, ItemKind.NUMBER):
            if current is not None and item.zone is Zone.COMMENT_NOISE:
                widgeted.add(len(drafts) - 1)
            current = None
    drafts = drafts[: _link_list_start(drafts, widgeted)]
    if not widgeted:
        _handles_to_authors(drafts)
    if counted or any(item.zone is Zone.COMMENT_NOISE for item in items):
        return drafts  # a count, or widgets between blocks ("Report this comment")
    # A handle over it (see _handles_to_authors) vouches for a comment as a widget does.
    return [
        draft
        for draft in drafts
        if draft.author is not None or any(map(_reads_as_comment, draft.texts))
    ]


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
    ``LABEL_RUN`` of them no deeper than the thread's first comment, or
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
        listed = len(texts) == 1 and not (climbs and climbed) and is_label(texts[0].text)
        previous, climbed = draft.indent, climbs
        if not listed:
            run = shallow = widgets = 0
            continue
        run += 1
        widgets += index in widgeted
        shallow = shallow + 1 if draft.indent <= top else 0
        if 2 * widgets >= run:
            continue
        if shallow >= LABEL_RUN:
            return index - shallow + 1
        if run >= 2 * LABEL_RUN:
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
    if _is_title(item.text):
        return False
    return item.text.rstrip("\"'’”)")[-1:] in _SENTENCE_ENDS or len(item.text.split()) >= 8


_SENTENCE_ENDS = frozenset(".!?…:;)")


def _is_title(text: str) -> bool:
    """Tell whether a line is a title: most words capitalised, no sentence end."""
    words = text.split()
    if len(words) < 3:
        return False
    capitalised = sum(1 for word in words if word[:1].isupper() or word[:1].isdigit())
    if capitalised >= 0.75 * len(words):
        return True
    return capitalised >= 0.5 * len(words) and text.rstrip("\"'’”)")[-1:] not in _SENTENCE_ENDS
