"""The library's "nothing is lost" law, as an assertion over one parse."""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.models import Article, Span

__all__ = ["assert_nothing_lost"]


def _spans_of(article: Article) -> Iterator[Span]:
    if article.headline is not None:
        yield article.headline.span
    for paragraph in article.paragraphs:
        yield paragraph.span
    if article.comments.span is not None:
        yield article.comments.span
    for comment in article.comments.walk():
        yield comment.span
    for block in article.boilerplate:
        yield block.span


def assert_nothing_lost(text: str, article: Article) -> None:
    r"""Assert that every non-blank line of ``text`` lies in some span of ``article``.

    Lines are counted as :meth:`str.splitlines` counts them; a line is blank
    when it is empty or all white space (``line.isspace()``). The spans that
    count are those of the headline, standfirst, body paragraphs, the comment
    section, every comment and reply, and every boilerplate block.

    Raises:
        AssertionError: Naming the first lines that no span covers.

    Example:
        >>> import newsparse
        >>> text = "Storm hits town\n\nRoofs were torn off across the town overnight."
        >>> assert_nothing_lost(text, newsparse.parse(text))
    """
    lines = text.splitlines()
    covered = bytearray(len(lines) + 1)
    for span in _spans_of(article):
        end = min(span.end_line, len(lines))
        if span.start_line <= end:
            covered[span.start_line : end + 1] = b"\x01" * (end - span.start_line + 1)
    lost = [
        (number, raw)
        for number, raw in enumerate(lines, start=1)
        if raw and not raw.isspace() and not covered[number]
    ]
    if lost:
        shown = "; ".join(f"line {number}: {raw[:60]!r}" for number, raw in lost[:5])
        raise AssertionError(
            f"{len(lost)} non-blank line(s) lie in no span of the article: {shown}"
        )
