"""Lines as the walk writes them: collapsed spaces, list prefixes, blank lines, evidence."""

from __future__ import annotations

from newsparse._pipeline.html.context import Frame, context_of
from newsparse._pipeline.html.records import BLANK_EVIDENCE, LineEvidence

__all__ = ["LineWriter"]

_INDENT = "    "
# The characters str.splitlines() breaks at that HTML does not: kept in <pre>
# as spaces, so that a line never splits.
_LINE_BREAKERS = str.maketrans(dict.fromkeys("\v\f\x1c\x1d\x1e\x85\u2028\u2029", " "))


class LineWriter:
    r"""Collects the text of the current line and closes lines into the output.

    Example:
        >>> writer = LineWriter()
        >>> writer.add("Hello ", Frame(None)); writer.add(" world", Frame(None))
        >>> writer.end_line(); writer.blank = True; writer.add("Next", Frame(None))
        >>> writer.end_line(); writer.lines
        ['Hello world', '', 'Next']
    """

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.evidence: list[LineEvidence] = []
        self.parts: list[str] = []
        self.chars = 0
        self.link_chars = 0
        self.space = False  # a collapsed space waits before the next text
        self.blank = False  # a blank line waits before the next line
        self.marker = ""  # the list marker the next line opens with
        self.owner: Frame | None = None
        self.prefix = ""
        self.item_start = False
        self.datetime: str | None = None

    def add(self, text: str, frame: Frame) -> None:
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
            self._open(frame)
        self.parts.append(core)
        self.chars += len(core)
        if frame.in_link:
            self.link_chars += len(core)
        self.space = text[-1] == " "

    def add_preformatted(self, text: str, frame: Frame) -> None:
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
                    self._open(frame)
                self.parts.append(piece)
                self.chars += len(piece)
                if frame.in_link:
                    self.link_chars += len(piece)

    def _open(self, frame: Frame) -> None:
        self.owner = frame
        depth = frame.list_depth + frame.indent
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
        owner = self.owner
        if line.strip() and owner is not None:
            if self.blank and self.lines:
                self.lines.append("")
                self.evidence.append(BLANK_EVIDENCE)
            self.blank = False
            self.lines.append(self.prefix + line)
            context = context_of(owner)
            self.evidence.append(
                LineEvidence(
                    tag=owner.block_tag,
                    heading=owner.heading,
                    list_depth=owner.list_depth,
                    item_start=self.item_start,
                    link_density=min(self.link_chars / self.chars, 1.0) if self.chars else 0.0,
                    containers=context.containers,
                    comment_depth=context.comment_depth,
                    ancestry=context.ancestry,
                    datetime=self.datetime,
                    element=context,
                )
            )
        self.parts = []
        self.chars = self.link_chars = 0
        self.space = False
        self.owner = None
        self.datetime = None

    def line_break(self) -> None:
        """A ``<br>``: close the line, or leave a blank line after an empty one."""
        if self.parts:
            self.end_line()
        elif self.lines:
            self.blank = True
