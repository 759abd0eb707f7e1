"""The white-space noise of scraped pages, drawn by Hypothesis.

Real pages carry trailing spaces and NBSPs, runs of blank lines that hold
white space, NBSPs inside lines and CRLF line ends. :class:`Ink` writes the
lines of a page being laid out with that noise (or plainly);
:func:`smudge` adds it to a page already written. Both shrink towards no
noise: the first choice of each is the plain one.
"""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["Ink", "smudge"]

_LINE_ENDS = ("", " ", "  ", "\u00a0", " \u00a0", "\u00a0 ")
_BLANK_LINES = ("", " ", "    ", "\u00a0")
_INNER_SPACES = ("\u00a0", "\u00a0 ", " \u00a0", "  ")


class Ink:
    """How lines are written: plainly, or with noise drawn by Hypothesis."""

    def __init__(self, draw: st.DrawFn | None = None) -> None:
        self._draw = draw

    def line(self, text: str) -> str:
        """Return ``text`` as written: maybe one space made an NBSP, then a line end."""
        if self._draw is None:
            return text
        spaces = [index for index, char in enumerate(text) if char == " " and index > 1]
        add_space = self._draw(st.booleans()) if spaces else False
        if add_space:
            at = self._draw(st.sampled_from(spaces))
            text = text[:at] + self._draw(st.sampled_from(_INNER_SPACES)) + text[at + 1 :]
        return text + self._draw(st.sampled_from(_LINE_ENDS))

    def gap(self) -> list[str]:
        """Return the blank lines between two blocks: one empty line, or one to three noisy ones."""
        if self._draw is None:
            return [""]
        return self._draw(st.lists(st.sampled_from(_BLANK_LINES), min_size=1, max_size=3))


def smudge(draw: st.DrawFn, text: str) -> str:
    """Add trailing spaces and NBSPs, white-space-only blank lines and perhaps CRLF line ends."""
    lines = [
        draw(st.sampled_from(_BLANK_LINES))
        if not line.strip()
        else line + draw(st.sampled_from(_LINE_ENDS))
        for line in text.split("\n")
    ]
    return draw(st.sampled_from(("\n", "\r\n"))).join(lines)
