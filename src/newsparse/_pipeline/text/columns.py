"""Stage 1b: split side-by-side layout columns off the page's main column.

A text browser prints an HTML layout table as columns side by side: a
sidebar of links runs along the article or its comments, after dozens or
hundreds of spaces::

    Great post, thanks!                                  □ Recent posts
    Reply                                                □ Archives

Read as one line, the sidebar's words would join the comment's. This stage
finds such a column boundary from evidence over many lines and hands the
page's main column to the later stages; the other column's text comes back
as lines of their own (same line numbers), which ``assemble`` keeps as
``side-column`` boilerplate, so nothing is lost.

The evidence: at least eight lines, no more than eight lines apart, where
text resumes after a gap of eight or more spaces at (nearly) the same
character column, and no line between them whose text runs across that
column. A line whose text reaches the boundary ends the run, so a paragraph
printed across the full width is never cut.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from newsparse._page import Line, Lines

__all__ = ["Columns", "split_columns"]

#: The narrowest gap that is evidence of a column: w3m pads each cell of a
#: layout table to its width, and prose rarely holds eight spaces in a row.
_MIN_GAP = 8
_GAP = " " * _MIN_GAP
# matches the gap in "thanks!        □ Recent posts", not in a form box "[        ]"
# nor in a drawn table "│Votes       │"
_GAP_END = re.compile(r"(?<=[^\s\[│┃]) {8,}(?=[^\s\]│┃])")
#: Gap ends this close together belong to one column: items of a cell start
#: at its edge or indented under a bullet ("• Blogroll", "    □ July 2012").
_CHAIN = 4
#: Side-by-side lines a column needs, and the most lines between two of them.
_MIN_LINES = 8
_MAX_STRIDE = 8
#: A narrow left column interleaved with the main one: the main column's
#: least indent, and the sidebar lines between two of its lines it needs.
_MIN_INDENT = 12
_MIN_BETWEEN = 6
#: The most lines of the narrow column between two of the main column's.
_MAX_LEFT_RUN = 4
#: Columns split off one page (a page has a main column and one or two sidebars).
_MAX_SPLITS = 3
#: Boundaries tried per split, the best supported first.
_CANDIDATES = 3
#: The main column holds at least this many times the other's prose: text
#: in pieces of a line at least this long (sidebars hold short link titles).
_MAIN_SHARE = 2.0
_PROSE_CHARS = 40

_BLANK, _LEFT, _RIGHT, _BOTH, _CROSS = range(5)
#: Lines a run whose main column is on the left goes on over: side text
#: alone, side by side with a narrower gap, or none.
_GOES_ON = frozenset({_BLANK, _RIGHT, _BOTH})


class Columns(NamedTuple):
    """A page's lines with side columns taken out, and the text taken out.

    Attributes:
        main: Every line of the page, numbered as before, holding only its
            main column's text (a line that held only side text is blank).
        side: The side-column text of the lines that had some, as
            :class:`~newsparse._page.Line` records numbered as their input
            lines, in line order; a line between two sidebars gives two.
    """

    main: Lines
    side: tuple[Line, ...]


class _Run(NamedTuple):
    """Lines ``first`` to ``last`` (indices) split at ``column``; which half is main."""

    first: int
    last: int
    column: int
    main_left: bool


def split_columns(lines: Lines) -> Columns:
    r"""Take side-by-side layout columns out of ``lines``.

    Returns the lines unchanged, and no side text, on a page without such
    columns; the check costs one substring search per line.

    Example:
        >>> said = "Line {} of a comment that runs beside the sidebar."
        >>> rows = [said.format(n) + " " * 30 + f"Archive {n}" for n in range(9)]
        >>> columns = split_columns(Lines.from_text("\n".join(rows)))
        >>> columns.main[0].text, columns.side[0].text, columns.side[0].number
        ('Line 0 of a comment that runs beside the sidebar.', 'Archive 0', 1)
        >>> split_columns(Lines.from_text("One  two   three")).side
        ()
    """
    rows: list[Line] | None = None
    side: list[Line] = []
    for _ in range(_MAX_SPLITS):
        current: Sequence[Line] = lines if rows is None else rows
        # Nearly every line of a page without columns fails this one test, so
        # it runs alone first: a column needs many lines with eight spaces in
        # a row (in a gap or in an indent).
        spaced = [index for index, line in enumerate(current) if _GAP in line.raw]
        if len(spaced) < _MIN_LINES:
            break
        runs = _gap_runs(current, spaced) or _interleaved_runs(current, spaced)
        if not runs:
            break
        rows = list(current)
        for run in runs:
            side.extend(_cut(rows, run))
    if rows is None:
        return Columns(main=lines, side=())
    side.sort(key=lambda line: line.number)
    return Columns(main=Lines(rows), side=tuple(side))


def _gap_ends(rows: Sequence[Line], spaced: list[int]) -> dict[int, list[int]]:
    """Map each line index to the columns where its text resumes after a wide gap."""
    found: dict[int, list[int]] = {}
    for index in spaced:
        line = rows[index]
        ends = [match.end() for match in _GAP_END.finditer(line.raw, line.indent)]
        if ends:
            found[index] = ends
    return found


def _candidates(ends: dict[int, list[int]]) -> list[tuple[int, frozenset[int]]]:
    """Return possible boundaries, best supported first, with the lines supporting each.

    Gap ends at nearby columns chain into one candidate whose boundary is the
    leftmost of them.
    """
    by_column: dict[int, list[int]] = {}
    for index, columns in ends.items():
        for column in columns:
            by_column.setdefault(column, []).append(index)
    found: list[tuple[int, frozenset[int]]] = []
    start, previous, members = -1, -1, set[int]()
    for column in sorted(by_column):
        if previous >= 0 and column - previous > _CHAIN:
            found.append((start, frozenset(members)))
            members = set()
        if not members:
            start = column
        members.update(by_column[column])
        previous = column
    if members:
        found.append((start, frozenset(members)))
    found = [candidate for candidate in found if len(candidate[1]) >= _MIN_LINES]
    found.sort(key=lambda candidate: (-len(candidate[1]), candidate[0]))
    return found[:_CANDIDATES]


def _kind(raw: str, column: int) -> int:
    """Tell where ``raw``'s text lies against a boundary at ``column``."""
    head, tail = raw[:column], raw[column:]
    left = bool(head) and not head.isspace()
    right = bool(tail) and not tail.isspace()
    if left and right:
        return _BOTH if head[-2:] == "  " else _CROSS
    if left:
        return _LEFT
    return _RIGHT if right else _BLANK


def _gap_runs(rows: Sequence[Line], spaced: list[int]) -> list[_Run]:
    """Return the runs of side-by-side lines that the best-supported boundary splits."""
    ends = _gap_ends(rows, spaced)
    if len(ends) < _MIN_LINES:
        return []
    for column, support in _candidates(ends):
        both = [index for index in sorted(support) if _kind(rows[index].raw, column) == _BOTH]
        runs = [
            run
            for group in _groups(rows, column, both, _MIN_LINES)
            if (run := _run(rows, group, column)) is not None
        ]
        if runs:
            return runs
    return []


def _interleaved_runs(rows: Sequence[Line], spaced: list[int]) -> list[_Run]:
    """Return the runs where a narrow left column's lines fall between the main column's.

    Where a sidebar's items and the main column's paragraphs take turns line
    by line, no line holds both, so no gap shows the boundary; the evidence
    is the main column's indent (the commonest of at least ``_MIN_INDENT``)
    and short runs of lines left of it (up to four), each between two lines
    of the main column::

                             Posted by: Ann at May 4, 2012 8:42 AM
        Books
                             ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
    """
    indents = Counter(rows[index].indent for index in spaced if rows[index].indent >= _MIN_INDENT)
    if not indents:
        return []
    column, count = indents.most_common(1)[0]
    # Bullets stand left of their items' text: the column starts at the
    # leftmost indent chained to the commonest one.
    while lower := [indent for indent in range(column - _CHAIN, column) if indent in indents]:
        column = lower[0]
        count += sum(indents[indent] for indent in lower)
    if count < _MIN_LINES:
        return []
    between = [
        index + 1
        for index in spaced
        if _kind(rows[index].raw, column) == _RIGHT and _left_run_closes(rows, index + 1, column)
    ]
    return [
        run
        for group in _groups(rows, column, between, _MIN_BETWEEN)
        if (run := _run(rows, _with_last_turn(rows, group, column), column)) is not None
    ]


def _with_last_turn(rows: Sequence[Line], group: list[int], column: int) -> list[int]:
    """Return ``group`` with the lines of its last turn of the narrow column after it."""
    last = group[-1]
    while last + 1 < len(rows) and _kind(rows[last + 1].raw, column) in (_LEFT, _BOTH):
        last += 1
    return [*group, *range(group[-1] + 1, last + 1)]


def _left_run_closes(rows: Sequence[Line], start: int, column: int) -> bool:
    """Tell whether lines with text left of ``column`` from ``start`` (a few) end at a main line.

    Such a line may hold main-column text too, after a gap.
    """
    for index in range(start, min(len(rows), start + _MAX_LEFT_RUN + 1)):
        kind = _kind(rows[index].raw, column)
        if kind not in (_LEFT, _BOTH):
            return kind == _RIGHT and index > start
    return False


def _groups(rows: Sequence[Line], column: int, support: list[int], minimum: int) -> list[list[int]]:
    """Split the supporting lines into groups no line crosses and no wide stride breaks."""
    groups: list[list[int]] = []
    group: list[int] = []
    for index in support:
        if group and (
            index - group[-1] > _MAX_STRIDE
            or any(_kind(rows[i].raw, column) == _CROSS for i in range(group[-1] + 1, index))
        ):
            groups.append(group)
            group = []
        group.append(index)
    groups.append(group)
    return [group for group in groups if len(group) >= minimum]


def _run(rows: Sequence[Line], group: list[int], column: int) -> _Run | None:
    """Return the run a group of side-by-side lines makes, or None when no column is main.

    The main column is the one holding clearly more prose. A run whose main
    column is on the left goes on over the side column's lines below and
    above it, alone or beside the main column's (a sidebar outlasts the
    article); one whose main column is on the right does not, since the
    page's own header and headline stand at the left margin above a
    left-hand sidebar.
    """
    first, last = group[0], group[-1]
    left = right = 0
    for line in rows[first : last + 1]:
        left += _prose(line.raw[:column])
        right += _prose(line.raw[column:])
    if left > 0 and left >= _MAIN_SHARE * right:
        main_left = True
    elif right > 0 and right >= _MAIN_SHARE * left:
        main_left = False
    else:
        return None
    if main_left:
        while first > 0 and _kind(rows[first - 1].raw, column) in _GOES_ON:
            first -= 1
        while last + 1 < len(rows) and _kind(rows[last + 1].raw, column) in _GOES_ON:
            last += 1
    return _Run(first=first, last=last, column=column, main_left=main_left)


def _prose(part: str) -> int:
    """Return how much prose ``part`` holds: its length when it reads as a sentence, else 0."""
    text = " ".join(part.split())
    return len(text) if len(text) >= _PROSE_CHARS else 0


def _cut(rows: list[Line], run: _Run) -> list[Line]:
    """Replace the run's lines in ``rows`` by their main column; return their side column."""
    column = run.column
    side: list[Line] = []
    for index in range(run.first, run.last + 1):
        line = rows[index]
        raw = line.raw
        head, tail = raw[:column], raw[column:]
        if run.main_left:
            main_raw, side_raw = head.rstrip(), tail
        else:  # the main column keeps its place on the line, so its indents still compare
            main_raw, side_raw = " " * column + tail, head
        if not side_raw or side_raw.isspace():
            continue
        rows[index] = Line.of(line.number, main_raw)
        side.append(Line.of(line.number, side_raw))
    return side
