"""Read the comment zone line by line: text, headers, widgets, avatars, numbers."""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections.abc import Sequence

import attrs

from newsparse._page import Line, TextBlock
from newsparse._pipeline.comments.headers import MAX_HEADER_CHARS, Header, read_header
from newsparse._pipeline.comments.widget_rows import row_count, row_date, widget_row
from newsparse._pipeline.zones.openings import SIZE, OpeningIndex, keys_of, openings
from newsparse._pipeline.zones.patterns import pattern_label, pattern_table
from newsparse.adapters import Label
from newsparse.adapters._adapter import Adapter
from newsparse.models import Zone

__all__ = ["Item", "ItemKind", "read_items"]


class ItemKind(enum.Enum):
    """What one line of the comment zone is."""

    TEXT = "text"
    HEADER = "header"
    #: A widget line ("Reply", "▲ 5 ▼") inside a comment block.
    NOISE = "noise"
    #: A whole block the zone rules labelled noise, pagination or form.
    SEPARATOR = "separator"
    #: An avatar or icon alone on its line ("[avatar]", "[bla] [pro]").
    IMAGE = "image"
    #: A comment number alone on its line ("3", "#3", "3.").
    NUMBER = "number"
    #: "in reply to Ann": the item's text is the name answered.
    REPLY_TO = "reply-to"


@attrs.define(slots=True)
class Item:
    """One line (or, for separators, one block) of the comment zone."""

    kind: ItemKind
    text: str
    number: int
    block: int
    indent: int
    bullet: bool = False
    header: Header | None = None
    zone: Zone | None = None
    score: int | None = None
    #: The date a widget row prints ("Reply · Like · March 9 at 10:15am"), if any.
    posted_text: str | None = None


_SEPARATORS = frozenset({Zone.COMMENT_NOISE, Zone.PAGINATION, Zone.COMMENT_FORM, Zone.TRACKBACKS})
_BLOCK_SEPARATORS = _SEPARATORS | {Zone.COMMENTS_HEADING}
# Blocks of the page around the thread ("Related Posts", a footer) end the comment before them.
_OUTSIDE = frozenset({Zone.PROMO, Zone.FOOTER})
# An avatar, maybe numbered or with its link's word: "[avatar]", "[bla] [pro]",
# "2. [avatar]Profile", or its alt text alone ("user-pic").
_IMAGE = re.compile(
    r"^(?:#?\d{1,5}[.)]\s+)?(?:\[[^\]]{0,60}\]\s*)+(?:profile|avatar|photo|picture|image)?$"
    r"|^(?:user-?pic|avatar)$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^#?\d{1,5}(?:\.\d{1,3})*[.:)]?$")
# matches "▲ 5 ▼", "+3", "12 likes", "5 points", "Likes: 4", "+3 | Reply | Report"
# "2 △ ▽   Reply • Share ›" (the count before both arrows) too, and the arrows
# without a count ("△ ▽ Reply"): a vote line whose count is none yet.
# (each alternative but the count-less one captures the number in its one group:
# see _count)
_WIDGET_TAIL = (
    r"(?:\s*[|·•]\s*[^\W\d_](?:[^\W\d_]| ){0,24}|\s+(?:reply|report|flag|share|like)\b)*"
    r"\s*[›»]?\s*$"
)
_SCORE = re.compile(
    rf"^(?:[▲△↑]\s*)?([+-]?\d{{1,6}})\s*(?:[▲△↑]\s*)?(?:[▼▽↓])?{_WIDGET_TAIL}"
    rf"|^[▲△↑]\s*[▼▽↓]{_WIDGET_TAIL}"
    r"|^([+-]?\d{1,6})\s+(?:likes?|points?|votes?|upvotes?)\b"
    r"|^(?:likes?|points?|score|votes?)\s*:?\s*([+-]?\d{1,6})$",
    re.IGNORECASE,
)


# A subject line that carries the comment's score: "Re: Gears (Score:5, Funny)".
_SUBJECT_SCORE = re.compile(
    r"\(score:\s*([+-]?\d{1,6})(?:,\s*(?:[^\W\d_]| ){1,30})?\)$", re.IGNORECASE
)


# (each alternative captures the name in its one group: see _number)
_REPLY_TO = re.compile(
    r"^(?:in reply to|replying to|reply to|en réponse à|antwort an|en respuesta a|in risposta a)"
    r"\s+(\S.{0,50}?)\s*:?$"
    # "1 reply to Ann's comment", over the replies
    r"|^\d{1,4} repl(?:y|ies) to (\S.{0,50}?)['’]s comment$",
    re.IGNORECASE,
)
# A form button, not a picture: "[Post Comment]", "[Send]".
_BUTTON = re.compile(
    r"^\[\s*(?:post|submit|send|publish|publier|envoyer|senden|absenden|enviar|invia|reply"
    r"|comment|preview)\b",
    re.IGNORECASE,
)
_SENTENCE_END = frozenset('.!?"”’)')
# A drawn rule ("━━━━", "-----"): layout, not words.
_RULE = re.compile(r"^[━─═—–_\-=*~·•\s]{3,}$")
# A commenter's tally under the name ("Total Comments (1465)", "Posts: 212"): no text.
_TALLY = re.compile(
    r"^(?:total (?:comments|posts)|posts|karma|reputation)\s*[:(]?\s*\d[\d,]*\)?$",
    re.IGNORECASE,
)
# A form field: a short label over an empty box ("Username [      ]", "Pass: [____]"):
# whatever the label says, nobody types a comment so. (A box before words, "[ ] Ann",
# may be a picture with no alt text.)
_FIELD = re.compile(r"^[^\W\d_][^\[\]]{0,30}?[\s:*]*\[[\s_]*\]$")
# Drawn marks alone on a line ("☆", "□ ○"): thread decoration (see _drawn_marks).
_MAX_MARKS = 12


def _drawn_marks(text: str) -> bool:
    """Tell whether ``text`` is a few symbols ("☆", "□ ○") and spaces, nothing else."""
    return len(text) <= _MAX_MARKS and all(
        character.isspace() or unicodedata.category(character) == "So" for character in text
    )


# The shapes of a short line that is no text, in the order they are tried,
# each with the kind of item it makes; a line meets only those its first
# characters allow (see OpeningIndex).
_Shape = tuple[re.Pattern[str], ItemKind]


@functools.cache
def _shapes() -> OpeningIndex[_Shape, tuple[_Shape, ...]]:
    """Index the shapes by their openings, once, when a comment line is first read."""
    return OpeningIndex(
        (
            (openings(pattern), (pattern, kind))
            for pattern, kind in (
                (_SCORE, ItemKind.NOISE),
                (_REPLY_TO, ItemKind.REPLY_TO),
                (_IMAGE, ItemKind.IMAGE),
                (_RULE, ItemKind.IMAGE),
                (_TALLY, ItemKind.IMAGE),
                (_NUMBER, ItemKind.NUMBER),
            )
        ),
        tuple,
    )


def _count(match: re.Match[str]) -> int | None:
    """Return the count a score line's match captured, if it holds one."""
    found = [group for group in match.groups() if group is not None]
    return int(found[0]) if found else None


def _captured(match: re.Match[str]) -> str:
    """Return what the one group of the alternative that matched captured."""
    return next(group for group in match.groups() if group is not None)


def read_items(zone: Sequence[tuple[TextBlock, Label]], adapter: Adapter) -> list[Item]:
    r"""Return the items of the comment zone, in page order.

    Example:
        >>> from newsparse.adapters import GENERIC
        >>> from newsparse._pipeline.text.blocks import split_blocks
        >>> from newsparse._page import Lines
        >>> blocks = split_blocks(Lines.from_text("Ann says:\nGood point.\nReply"))
        >>> [i.kind.value for i in read_items([(blocks[0], Label(Zone.COMMENT, "t"))], GENERIC)]
        ['header', 'text', 'noise']
    """
    items: list[Item] = []
    for index, (block, label) in enumerate(zone):
        if label.zone in _BLOCK_SEPARATORS:
            items.append(_block_item(ItemKind.SEPARATOR, block, index, zone=label.zone))
            continue
        if label.zone is not Zone.COMMENT and label.zone is not Zone.BYLINE:
            score = _SCORE.match(block.text)
            if score is not None:  # "+3 | Reply | Report", read as a menu by the patterns
                items.append(_block_item(ItemKind.NOISE, block, index, score=_count(score)))
            elif label.zone in _OUTSIDE:
                items.append(_block_item(ItemKind.SEPARATOR, block, index, zone=label.zone))
            continue
        position = 0  # the line's place in block.line_texts, which leaves out empty lines
        for place, line in enumerate(block.lines):
            text = line.text
            bullet = place == 0 and block.bullet is not None
            if bullet:
                text = text[1:].lstrip()
            if not text:
                continue
            items.append(_read_line(block, position, line, index, bullet=bullet, adapter=adapter))
            position += 1
    return items


def _block_item(
    kind: ItemKind,
    block: TextBlock,
    index: int,
    *,
    zone: Zone | None = None,
    score: int | None = None,
) -> Item:
    """One item for a whole block, placed on its first line."""
    first = block.lines[0]
    return Item(kind, block.text, first.number, index, first.indent, zone=zone, score=score)


def _read_line(
    text_block: TextBlock, position: int, line: Line, block: int, *, bullet: bool, adapter: Adapter
) -> Item:
    """Read ``line``, whose text is ``text_block.line_texts[position]``; ``block`` is its index."""
    text, number, indent = text_block.line_texts[position], line.number, line.indent
    if len(text) > MAX_HEADER_CHARS:
        return _long_line(text, number, block, indent, bullet=bullet, adapter=adapter)
    key = keys_of(text[:SIZE])
    shaped = _shaped_line(text, key, number, block, indent, bullet=bullet)
    if shaped is not None:
        return shaped
    if len(text) <= _MAX_MARKS and _drawn_marks(text):  # the length first: most lines are longer
        return Item(ItemKind.IMAGE, text, number, block, indent, bullet)
    if "[" in text and _FIELD.match(text) is not None:
        return Item(ItemKind.NOISE, text, number, block, indent, bullet, zone=Zone.COMMENT_FORM)
    # The table itself, not pattern_label: the text is short enough, and no Label is needed.
    separator = pattern_table(adapter).match_in(text, _SEPARATORS, key=key)
    if separator is not None:
        return Item(ItemKind.NOISE, text, number, block, indent, bullet, zone=separator[0])
    if widget_row(text):
        return Item(
            ItemKind.NOISE,
            text,
            number,
            block,
            indent,
            bullet,
            zone=Zone.COMMENT_NOISE,
            score=row_count(text),
            posted_text=row_date(text),
        )
    header = read_header(text)
    if header is not None:
        return Item(ItemKind.HEADER, text, number, block, indent, bullet, header=header)
    subject = _SUBJECT_SCORE.search(text)
    votes = int(_captured(subject)) if subject is not None else None
    return Item(ItemKind.TEXT, text, number, block, indent, bullet, score=votes)


def _long_line(
    text: str, number: int, block: int, indent: int, *, bullet: bool, adapter: Adapter
) -> Item:
    """Read a line too long for a header: a rule, comment text, or a separator pattern's noise."""
    if _RULE.match(text):
        return Item(ItemKind.IMAGE, text, number, block, indent, bullet)
    if text[-1] in _SENTENCE_END:
        # A long line ending like a sentence is comment text, never a widget.
        return Item(ItemKind.TEXT, text, number, block, indent, bullet)
    label = pattern_label(adapter, text, zones=_SEPARATORS)
    if label is not None:
        return Item(ItemKind.NOISE, text, number, block, indent, bullet, zone=label.zone)
    return Item(ItemKind.TEXT, text, number, block, indent, bullet)


def _shaped_line(
    text: str, key: str, number: int, block: int, indent: int, *, bullet: bool
) -> Item | None:
    """Read a line that one of the item shapes matches (a score, a reply-to, a widget), if any."""
    for pattern, kind in _shapes().candidates(text, key):
        found = pattern.match(text)
        if found is None or (pattern is _IMAGE and _BUTTON.match(text) is not None):
            continue
        if kind is ItemKind.NOISE:  # a score: "▲ 5 ▼", "12 likes"
            score = _count(found)
            return Item(ItemKind.NOISE, text, number, block, indent, bullet, score=score)
        if kind is ItemKind.REPLY_TO:
            return Item(ItemKind.REPLY_TO, _captured(found), number, block, indent, bullet)
        return Item(kind, text, number, block, indent, bullet)
    return None
