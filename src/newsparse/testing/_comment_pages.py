"""Render comment threads in the layouts of real blogs, for :mod:`newsparse.testing`.

Each layout follows one of the invented pages in ``fixtures/comments/``:
the heading, each comment's header, date and widget lines, how replies
nest, and the form and footer after the thread. Rendering is pure: the
strategies in :mod:`newsparse.testing` draw the authors, times and scores
and pass them in, so this module never imports Hypothesis.

A rendered page comes with the article it should parse back to: its
headline, paragraphs and comment section (authors, times as written and
as UTC datetimes, scores where the layout shows them, texts, paragraphs,
reply tree, declared count). A comment's span runs from its header line
to its last text or date line; widgets, forms and the page frame are not
listed as boilerplate.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime

import attrs

from newsparse.models import Article, Comment, CommentSection, Headline, Paragraph, Span

__all__ = ["CommentLayout", "Commenter", "render_comment_page"]


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
_RULE = "━" * 40


@attrs.frozen(kw_only=True)
class Commenter:
    """Who wrote a comment, when (UTC, whole minutes) and its score."""

    author: str
    posted: datetime
    score: int


@attrs.frozen(kw_only=True)
class _Entry:
    """One comment in page order, as a layout writes it."""

    depth: int
    commenter: Commenter
    paragraphs: tuple[str, ...]
    #: The author of the comment this one answers, for replies.
    parent_author: str | None


@attrs.frozen(kw_only=True)
class _Written:
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


def _write_wordpress(entry: _Entry) -> _Written:
    indent = " " * (4 * entry.depth)
    posted = _wordpress_date(entry.commenter.posted)
    header = [f"{indent}[image]", f"{indent}{entry.commenter.author} says:", indent + posted, ""]
    text = _text_lines(entry.paragraphs, indent)
    lines = (*header, *text, "", f"{indent}Reply", "")
    return _Written(lines=lines, first=1, last=len(header) + len(text) - 1, posted_text=posted)


def _write_name_date(entry: _Entry) -> _Written:
    indent = " " * (4 * entry.depth)
    posted = _wordpress_date(entry.commenter.posted)
    text = _text_lines(entry.paragraphs, indent + "    ")
    lines = (f"{indent}{entry.commenter.author} {posted}", "", *text, "", f"{indent}    Reply", "")
    return _Written(lines=lines, first=0, last=1 + len(text), posted_text=posted)


def _write_typepad(entry: _Entry) -> _Written:
    posted = _typepad_date(entry.commenter.posted)
    text = _text_lines(entry.paragraphs, "")
    lines = (*text, "", f"Posted by: {entry.commenter.author} | {posted}", "")
    return _Written(lines=lines, first=0, last=len(text) + 1, posted_text=posted)


def _write_blogger(entry: _Entry) -> _Written:
    posted = _blogger_date(entry.commenter.posted)
    text = _text_lines(entry.paragraphs, "    ")
    header = ["[photo]", f"{entry.commenter.author} said...", "   "]
    lines = (*header, *text, "", f"    {posted} [icon_delete]")
    return _Written(lines=lines, first=1, last=len(lines) - 1, posted_text=posted)


def _write_reply_to(entry: _Entry) -> _Written:
    posted = _day_month_date(entry.commenter.posted)
    answers = [] if entry.parent_author is None else [f"in reply to {entry.parent_author}"]
    header = ["[avatar]", entry.commenter.author, *answers, posted, ""]
    text = _text_lines(entry.paragraphs, "")
    votes = f"▲ {entry.commenter.score} ▼   Reply   Report"
    lines = (*header, *text, "", votes, "")
    return _Written(lines=lines, first=1, last=len(header) + len(text) + 1, posted_text=posted)


_WRITERS: dict[CommentLayout, Callable[[_Entry], _Written]] = {
    CommentLayout.WORDPRESS: _write_wordpress,
    CommentLayout.NAME_DATE: _write_name_date,
    CommentLayout.TYPEPAD: _write_typepad,
    CommentLayout.BLOGGER: _write_blogger,
    CommentLayout.REPLY_TO: _write_reply_to,
}


# --- what goes around the thread ---


def _heading(layout: CommentLayout, count: int, headline: str) -> tuple[str, ...]:
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


def _form(layout: CommentLayout) -> tuple[str, ...]:
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


def _dateline(layout: CommentLayout, poster: Commenter) -> tuple[str, ...]:
    """The post's date above its headline, where the layout's pages show one."""
    moment = poster.posted
    if layout is CommentLayout.TYPEPAD:
        return (_month_day_year(moment, pad=True), "")
    if layout is CommentLayout.BLOGGER:
        return (f"{moment:%A}, {moment.day} {_MONTHS[moment.month - 1]} {moment.year}", "")
    return ()


def _byline(layout: CommentLayout, poster: Commenter) -> tuple[str, ...]:
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


# --- the page ---


def _entries(
    layout: CommentLayout, comments: Sequence[Comment], commenters: Sequence[Commenter]
) -> list[_Entry]:
    """Pair the comments in page order with their commenters; flatten where the layout must."""

    def walk(level: Sequence[Comment], depth: int) -> Iterator[tuple[int, Comment]]:
        for comment in level:
            yield depth, comment
            yield from walk(comment.replies, depth + 1)

    entries: list[_Entry] = []
    parents: list[Commenter] = []  # the open ancestors of the next comment
    for (depth, comment), commenter in zip(walk(comments, 0), commenters, strict=True):
        shown = depth if layout.nests else 0
        del parents[shown:]
        entries.append(
            _Entry(
                depth=shown,
                commenter=commenter,
                paragraphs=comment.paragraphs,
                parent_author=parents[-1].author if parents else None,
            )
        )
        parents.append(commenter)
    return entries


def _nest(entries: Sequence[_Entry], comments: Sequence[Comment]) -> tuple[Comment, ...]:
    """Build the reply tree from comments in page order and their entries' depths."""
    children: list[list[int]] = [[] for _ in entries]
    top: list[int] = []
    open_ancestors: list[int] = []
    for index, entry in enumerate(entries):
        del open_ancestors[entry.depth :]
        (children[open_ancestors[-1]] if open_ancestors else top).append(index)
        open_ancestors.append(index)

    def build(index: int) -> Comment:
        replies = tuple(build(child) for child in children[index])
        return attrs.evolve(comments[index], replies=replies)

    return tuple(build(index) for index in top)


@attrs.define
class _Lines:
    """The page's lines as they are written; line numbers are 1-based."""

    lines: list[str] = attrs.field(factory=list)

    def add(self, *texts: str) -> int:
        """Append lines; return the number of the first."""
        self.lines.extend(texts)
        return len(self.lines) - len(texts) + 1


def _write_thread(page: _Lines, layout: CommentLayout, entries: Sequence[_Entry]) -> list[Comment]:
    """Write the comments; return them flat, in page order, without replies."""
    flat: list[Comment] = []
    for entry in entries:
        written = _WRITERS[layout](entry)
        start = page.add(*written.lines)
        commenter = entry.commenter
        flat.append(
            Comment(
                author=commenter.author,
                text="\n\n".join(entry.paragraphs),
                paragraphs=entry.paragraphs,
                posted=commenter.posted,
                posted_text=written.posted_text,
                score=commenter.score if layout.shows_scores else None,
                replies=(),
                span=Span(start_line=start + written.first, end_line=start + written.last),
            )
        )
    return flat


def render_comment_page(
    layout: CommentLayout,
    article: Article,
    commenters: Sequence[Commenter],
    *,
    site: str,
    poster: Commenter,
) -> tuple[str, Article]:
    """Render ``article`` as a blog page whose comments are in ``layout``.

    Args:
        layout: How the comment thread is written.
        article: The headline, paragraphs and comments to render; the
            comments' authors, dates and scores are ignored.
        commenters: One per comment, in page order (replies after their parent).
        site: The blog's name, written at the top and in the footer.
        poster: Who wrote the post and when, for its date line and byline.

    Returns:
        The page text and the article it should parse back to.

    Example:
        >>> from datetime import UTC, datetime
        >>> from newsparse.models import CommentSection
        >>> moment = datetime(2012, 3, 5, tzinfo=UTC)
        >>> poster = Commenter(author="Imelda Crane", posted=moment, score=0)
        >>> article = Article(
        ...     site="generic", headline=None, standfirst=None, body=(), quotes=(), speakers=(),
        ...     comments=CommentSection.empty(), boilerplate=(), diagnostics=(),
        ... )
        >>> layout = CommentLayout.TYPEPAD
        >>> text, _ = render_comment_page(layout, article, [], site="Kettle", poster=poster)
        >>> text.splitlines()[:4]
        ['Kettle', 'Home   About   Archive   Contact', '', 'March 05, 2012']
    """
    page = _Lines()
    page.add(site, "Home   About   Archive   Contact", "")
    page.add(*_dateline(layout, poster))
    headline = None
    if article.headline is not None:
        number = page.add(article.headline.text, "")
        headline = Headline(
            text=article.headline.text, span=Span(start_line=number, end_line=number)
        )
    paragraphs = []
    for paragraph in article.paragraphs:
        number = page.add(paragraph.text, "")
        paragraphs.append(
            Paragraph(text=paragraph.text, span=Span(start_line=number, end_line=number))
        )
    page.add(*_byline(layout, poster))
    entries = _entries(layout, article.comments.comments, commenters)
    section = CommentSection.empty()
    if entries:
        start = page.add(*_heading(layout, len(entries), headline.text if headline else site), "")
        flat = _write_thread(page, layout, entries)
        end = len(page.lines)
        section = CommentSection(
            declared_count=None if layout is CommentLayout.TYPEPAD else len(entries),
            comments=_nest(entries, flat),
            paginated=False,
            span=Span(start_line=start, end_line=end),
        )
    page.add(*_form(layout), "", _RULE, "", f"© {site}")
    return "\n".join(page.lines), attrs.evolve(
        article,
        site="generic",
        headline=headline,
        standfirst=paragraphs[0] if paragraphs else None,
        body=tuple(paragraphs[1:]),
        comments=section,
        boilerplate=(),
    )
