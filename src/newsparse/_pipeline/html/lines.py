"""Lines as the walk writes them: collapsed spaces, list prefixes, blank lines, evidence."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from newsparse._pipeline.html.context import (
    ROOT_CONTEXT,
    ElementContext,
    OpenElement,
    context_at,
)
from newsparse._pipeline.html.records import BLANK_EVIDENCE, LineEvidence

__all__ = ["BODY_LAYOUT", "Layout", "LineWriter"]

Layout = tuple[str, "int | None", int, int, bool, bool]
"""How an element lays its text out, as the walk passes it down: the block
tag its text sits in, the heading level, the list depth, the indent (in
descriptions), whether it is in a link, whether it is preformatted. A tuple,
shared by the elements that change none of it."""
BODY_LAYOUT: Layout = ("body", None, 0, 0, False, False)
"""The layout of text outside any block."""

_INDENT = "    "
# The characters str.splitlines() breaks at that HTML does not: kept in <pre>
# as spaces, so that a line never splits.
_LINE_BREAKERS = str.maketrans(dict.fromkeys("\v\f\x1c\x1d\x1e\x85\u2028\u2029", " "))


# Every line of a page makes a LineEvidence; attrs' frozen __init__ (keyword
# arguments, object.__setattr__ per field) costs twice as much as setting the
# slots through their own descriptors. _SETTERS names every field (a test
# checks it against attrs.fields).
_NEW = object.__new__
_SETTERS = {
    field.name: LineEvidence.__dict__[field.name].__set__ for field in attrs.fields(LineEvidence)
}
_SET_TAG, _SET_HEADING, _SET_DEPTH = _SETTERS["tag"], _SETTERS["heading"], _SETTERS["list_depth"]
_SET_ITEM, _SET_LINKS = _SETTERS["item_start"], _SETTERS["link_density"]
_SET_CONTAINERS, _SET_COMMENTS = _SETTERS["containers"], _SETTERS["comment_depth"]
_SET_ANCESTRY, _SET_DATETIME = _SETTERS["ancestry"], _SETTERS["datetime"]
_SET_ELEMENT = _SETTERS["element"]


class LineWriter:
    r"""Collects the text of the current line and closes lines into the output.

    A line's context is read from the walk's open elements (``elements`` and
    ``contexts``, see :func:`~newsparse._pipeline.html.context.context_at`)
    when its first text comes.

    Example:
        >>> writer = LineWriter()
        >>> writer.add("Hello ", BODY_LAYOUT); writer.add(" world", BODY_LAYOUT)
        >>> writer.end_line(); writer.blank = True; writer.add("Next", BODY_LAYOUT)
        >>> writer.end_line(); writer.lines
        ['Hello world', '', 'Next']
    """

    def __init__(
        self,
        elements: Sequence[OpenElement] = (),
        contexts: list[ElementContext | None] | None = None,
    ) -> None:
        self.elements = elements
        self.contexts: list[ElementContext | None] = contexts or [ROOT_CONTEXT]
        self.lines: list[str] = []
        self.evidence: list[LineEvidence] = []
        self.parts: list[str] = []
        self.chars = 0
        self.link_chars = 0
        self.space = False  # a collapsed space waits before the next text
        self.blank = False  # a blank line waits before the next line
        self.marker = ""  # the list marker the next line opens with
        self.layout = BODY_LAYOUT  # the layout of the current line's first text
        self.context = ROOT_CONTEXT  # the context of the element of its first text
        self.prefix = ""
        self.item_start = False
        self.datetime: str | None = None

    def add(self, text: str, layout: Layout) -> None:
        """Add collapsed text (white space runs already made single spaces)."""
        core = text.strip(" ")
        if not core:
            self.space = self.space or bool(self.parts)
            return
        if self.parts:
            if self.space or text[0] == " ":
                self.parts.append(" ")
                self.chars += 1
        else:
            self._open(layout)
        self.parts.append(core)
        self.chars += len(core)
        if layout[4]:
            self.link_chars += len(core)
        self.space = text[-1] == " "

    def add_preformatted(self, text: str, layout: Layout) -> None:
        """Add text whose spaces and line breaks are kept."""
        text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKERS)
        first = True
        for piece in text.split("\n"):
            if not first:
                if self.parts:
                    self.end_line()
                else:
                    self.blank = bool(self.lines)
            first = False
            if piece:
                if not self.parts:
                    self._open(layout)
                self.parts.append(piece)
                self.chars += len(piece)
                if layout[4]:
                    self.link_chars += len(piece)

    def _open(self, layout: Layout) -> None:
        self.layout = layout
        self.context = context_at(self.elements, self.contexts)
        depth = layout[2] + layout[3]
        self.item_start = bool(self.marker)
        if self.marker:
            self.prefix = _INDENT * max(depth - 1, 0) + self.marker
            self.marker = ""
        else:
            self.prefix = _INDENT * depth

    def end_line(self) -> None:
        """Close the current line, if it holds any text."""
        if not self.parts:
            self.datetime = None
            return
        line = "".join(self.parts).rstrip()
        if line.strip():
            if self.blank and self.lines:
                self.lines.append("")
                self.evidence.append(BLANK_EVIDENCE)
            self.blank = False
            self.lines.append(self.prefix + line)
            self.evidence.append(self._evidence())
        self.parts = []
        self.chars = self.link_chars = 0
        self.space = False
        self.datetime = None

    def _evidence(self) -> LineEvidence:
        """The evidence of the current line, set slot by slot (see _SETTERS)."""
        evidence: LineEvidence = _NEW(LineEvidence)
        context = self.context
        _SET_TAG(evidence, self.layout[0])
        _SET_HEADING(evidence, self.layout[1])
        _SET_DEPTH(evidence, self.layout[2])
        _SET_ITEM(evidence, self.item_start)
        chars = self.chars
        _SET_LINKS(evidence, min(self.link_chars / chars, 1.0) if chars else 0.0)
        _SET_CONTAINERS(evidence, context.containers)
        _SET_COMMENTS(evidence, context.comment_depth)
        _SET_ANCESTRY(evidence, context.ancestry)
        _SET_DATETIME(evidence, self.datetime)
        _SET_ELEMENT(evidence, context)
        return evidence

    def line_break(self) -> None:
        """A ``<br>``: close the line, or leave a blank line after an empty one."""
        if self.parts:
            self.end_line()
        elif self.lines:
            self.blank = True
