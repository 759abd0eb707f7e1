"""How the comment layouts of real blogs write a comment, its date and what goes around it.

Each layout follows one of the invented pages in ``fixtures/comments/``:
the heading, each comment's header, date and widget lines, how replies
nest, and the form after the thread, plus the post's own date line and
byline. Writing is pure: the strategies in :mod:`newsparse.testing` draw
the authors, times and scores and pass them in, so this module never
imports Hypothesis. :mod:`newsparse.testing._blog_pages` puts the pieces
on a page.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from datetime import datetime

import attrs

__all__ = [
    "CommentLayout",
    "Commenter",
    "Entry",
    "Written",
    "byline",
    "dateline",
    "form",
    "heading",
    "write_comment",
]


class CommentLayout(enum.StrEnum):
    """The comment layouts :func:`render_comment_page` writes."""

    #: ``NAME says:`` / ``March 3, 2012 at 4:15 pm`` / text / ``Reply``; replies
    #: indented four spaces per level (``wordpress_says.txt``).
    WORDPRESS = "wordpress"
    #: ``Ann Lee July 7, 2012 at 12:27 am`` on one line, the text and ``Reply``
    #: indented under it; replies indented four more spaces per level.
    NAME_DATE = "name-date"
    #: Text, then the trailer ``Posted by: NAME | March 05, 2012 at 10:02 AM``;
    #: flat (``typepad_trailer.txt``).
    TYPEPAD = "typepad"
    #: ``NAME said...``, the text indented, then ``September 10, 2012 4:45 AM``
    #: after it; flat (``blogger_said.txt``).
    BLOGGER = "blogger"
    #: ``[avatar]`` / NAME / ``in reply to NAME`` / ``6 March 2012, 14:30`` /
    #: text / ``▲ 5 ▼   Reply   Report``; replies say whom they answer and are
    #: not indented (``votes_relative.txt``).
    REPLY_TO = "reply-to"

    @property
    def nests(self) -> bool:
        """Whether the layout shows replies; the others render every comment at the top."""
        return self in {CommentLayout.WORDPRESS, CommentLayout.NAME_DATE, CommentLayout.REPLY_TO}

    @property
    def names_parents(self) -> bool:
        """Whether a reply names its parent's author, so a thread needs distinct authors."""
        return self is CommentLayout.REPLY_TO

    @property
    def shows_scores(self) -> bool:
        """Whether the widgets under a comment show its score."""
        return self is CommentLayout.REPLY_TO


_MONTHS = (
    *("January", "February", "March", "April", "May", "June", "July"),
    *("August", "September", "October", "November", "December"),
)
_FORM_BOX = "[                    ]"


@attrs.frozen(kw_only=True)
class Commenter:
    """Who wrote a comment, when (UTC, whole minutes) and its score."""

    author: str
    posted: datetime
    score: int


@attrs.frozen(kw_only=True)
class Entry:
    """One comment in page order, as a layout writes it."""

    depth: int
    commenter: Commenter
    paragraphs: tuple[str, ...]
    #: The author of the comment this one answers, for replies.
    parent_author: str | None


@attrs.frozen(kw_only=True)
class Written:
    """The lines a layout wrote for one comment, and where its span starts and ends in them."""

    lines: tuple[str, ...]
    first: int
    last: int
    posted_text: str


# --- dates as each layout writes them ---


def _twelve_hour(moment: datetime, *, pad: bool, upper: bool) -> str:
    """Write the time on a 12-hour clock: ``4:15 pm``, ``04:15 PM``."""
    hour = moment.hour % 12 or 12
    suffix = "PM" if moment.hour >= 12 else "AM"
    shown = f"{hour:02d}" if pad else str(hour)
    return f"{shown}:{moment.minute:02d} {suffix if upper else suffix.lower()}"


def _month_day_year(moment: datetime, *, pad: bool) -> str:
    """Write ``March 3, 2012`` (``March 03, 2012`` with ``pad``)."""
    day = f"{moment.day:02d}" if pad else str(moment.day)
    return f"{_MONTHS[moment.month - 1]} {day}, {moment.year}"


def _wordpress_date(moment: datetime) -> str:
    """``March 3, 2012 at 4:15 pm``."""
    return f"{_month_day_year(moment, pad=False)} at {_twelve_hour(moment, pad=False, upper=False)}"


def _typepad_date(moment: datetime) -> str:
    """``March 05, 2012 at 10:02 AM``."""
    return f"{_month_day_year(moment, pad=True)} at {_twelve_hour(moment, pad=True, upper=True)}"


def _blogger_date(moment: datetime) -> str:
    """``September 10, 2012 4:45 AM``."""
    return f"{_month_day_year(moment, pad=False)} {_twelve_hour(moment, pad=False, upper=True)}"


def _day_month_date(moment: datetime) -> str:
    """``6 March 2012, 14:30``."""
    return f"{moment.day} {_MONTHS[moment.month - 1]} {moment.year}, {moment:%H:%M}"


# --- one comment in each layout ---


def _text_lines(paragraphs: Sequence[str], indent: str) -> list[str]:
    """Write the paragraphs' lines under ``indent``, a blank line between paragraphs."""
    lines: list[str] = []
    for number, paragraph in enumerate(paragraphs):
        if number:
            lines.append("")
        lines.extend(indent + line for line in paragraph.split("\n"))
    return lines


def _write_wordpress(entry: Entry) -> Written:
    indent = " " * (4 * entry.depth)
    posted = _wordpress_date(entry.commenter.posted)
    header = [f"{indent}[image]", f"{indent}{entry.commenter.author} says:", indent + posted, ""]
    text = _text_lines(entry.paragraphs, indent)
    lines = (*header, *text, "", f"{indent}Reply", "")
    return Written(lines=lines, first=1, last=len(header) + len(text) - 1, posted_text=posted)


def _write_name_date(entry: Entry) -> Written:
    indent = " " * (4 * entry.depth)
    posted = _wordpress_date(entry.commenter.posted)
    text = _text_lines(entry.paragraphs, indent + "    ")
    lines = (f"{indent}{entry.commenter.author} {posted}", "", *text, "", f"{indent}    Reply", "")
    return Written(lines=lines, first=0, last=1 + len(text), posted_text=posted)


def _write_typepad(entry: Entry) -> Written:
    posted = _typepad_date(entry.commenter.posted)
    text = _text_lines(entry.paragraphs, "")
    lines = (*text, "", f"Posted by: {entry.commenter.author} | {posted}", "")
    return Written(lines=lines, first=0, last=len(text) + 1, posted_text=posted)


def _write_blogger(entry: Entry) -> Written:
    posted = _blogger_date(entry.commenter.posted)
    text = _text_lines(entry.paragraphs, "    ")
    header = ["[photo]", f"{entry.commenter.author} said...", "   "]
    lines = (*header, *text, "", f"    {posted} [icon_delete]")
    return Written(lines=lines, first=1, last=len(lines) - 1, posted_text=posted)


def _write_reply_to(entry: Entry) -> Written:
    posted = _day_month_date(entry.commenter.posted)
    answers = [] if entry.parent_author is None else [f"in reply to {entry.parent_author}"]
    header = ["[avatar]", entry.commenter.author, *answers, posted, ""]
    text = _text_lines(entry.paragraphs, "")
    votes = f"▲ {entry.commenter.score} ▼   Reply   Report"
    lines = (*header, *text, "", votes, "")
    return Written(lines=lines, first=1, last=len(header) + len(text) + 1, posted_text=posted)


_WRITERS: dict[CommentLayout, Callable[[Entry], Written]] = {
    CommentLayout.WORDPRESS: _write_wordpress,
    CommentLayout.NAME_DATE: _write_name_date,
    CommentLayout.TYPEPAD: _write_typepad,
    CommentLayout.BLOGGER: _write_blogger,
    CommentLayout.REPLY_TO: _write_reply_to,
}


def write_comment(layout: CommentLayout, entry: Entry) -> Written:
    """Write one comment as ``layout`` does."""
    return _WRITERS[layout](entry)


# --- what goes around the thread ---


def heading(layout: CommentLayout, count: int, headline: str) -> tuple[str, ...]:
    """The comments heading (and the lines under it) that each layout's pages show."""
    plural = "" if count == 1 else "s"
    if layout is CommentLayout.WORDPRESS:
        responses = "Response" if count == 1 else "Responses"
        return (f"{count} {responses} to “{headline}”",)
    if layout is CommentLayout.NAME_DATE:
        return (f"{count} Comment{plural}",)
    if layout is CommentLayout.TYPEPAD:
        return (
            "Comments",
            "",
            "[feed] You can follow this conversation by subscribing to the comment feed"
            " for this post.",
        )
    if layout is CommentLayout.BLOGGER:
        return (f"{count} comment{plural}:",)
    return (f"Comments ({count})", "", "Sort by: Newest | Oldest | Most liked")


def form(layout: CommentLayout) -> tuple[str, ...]:
    """The comment form, closed notice or blog links after the thread."""
    if layout is CommentLayout.TYPEPAD:
        return ("The comments to this entry are closed.",)
    if layout is CommentLayout.BLOGGER:
        return (
            "Post a Comment",
            "",
            "Newer Post Older Post Home",
            "",
            "Subscribe to: Post Comments (Atom)",
        )
    if layout is CommentLayout.REPLY_TO:
        return ("Sign in to comment",)
    return (
        "Leave a Reply",
        "",
        "Your email address will not be published. Required fields are marked *",
        "",
        f"Name (required) {_FORM_BOX}",
        "",
        f"Email (required) {_FORM_BOX}",
        "",
        "[Post Comment]",
    )


def dateline(layout: CommentLayout, poster: Commenter) -> tuple[str, ...]:
    """The post's date above its headline, where the layout's pages show one."""
    moment = poster.posted
    if layout is CommentLayout.TYPEPAD:
        return (_month_day_year(moment, pad=True), "")
    if layout is CommentLayout.BLOGGER:
        return (f"{moment:%A}, {moment.day} {_MONTHS[moment.month - 1]} {moment.year}", "")
    return ()


def byline(layout: CommentLayout, poster: Commenter) -> tuple[str, ...]:
    """The post's own byline after its text, as each layout's pages write it."""
    moment, author = poster.posted, poster.author
    if layout is CommentLayout.TYPEPAD:
        posted = _typepad_date(moment)
        return (f"Posted by {author} on {posted} in Field notes | Permalink", "")
    if layout is CommentLayout.BLOGGER:
        return (f"Posted by {author} at {moment:%H:%M}", "", "Labels: notes, outdoors", "")
    if layout is CommentLayout.REPLY_TO:
        return ()
    return (f"Filed under: Field notes | Tagged: {author}", "")
