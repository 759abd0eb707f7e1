"""How ``newsparse parse`` lays documents out in one output stream.

One JSON article; a JSON array or JSON Lines of ``{"source", "article" |
"error"}`` records (an archive's records with ``offset``, ``uri``, ``date``
and ``record_id`` after ``source``); or Markdown / plain-text renderings one
after another.
"""

from __future__ import annotations

import codecs
import io
import json
import os
from collections.abc import Callable
from typing import BinaryIO, NamedTuple, TextIO

from newsparse.archives import ArchiveRecord, record_json
from newsparse.cli._inputs import Outcome, reason
from newsparse.formats import to_json, to_markdown, to_text
from newsparse.models import Article

__all__ = ["FORMATS", "DocumentWriter", "layout_of"]

FORMATS = ("json", "jsonl", "markdown", "text")


class Layout(NamedTuple):
    """How documents are put together in one output stream."""

    render: Callable[[Outcome], str | None]
    opening: str = ""
    separator: str = ""
    closing: str = ""
    empty: str = ""


def _json_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _record(outcome: Outcome, *, indent: int | None) -> str:
    """Return the ``{"source": ..., "article" | "error": ...}`` record of ``outcome``."""
    if isinstance(outcome.result, ArchiveRecord):
        return record_json(outcome.result, indent=indent)
    if isinstance(outcome.result, Article):
        key, value = "article", to_json(outcome.result, indent=indent)
    else:
        error = {"type": type(outcome.result).__name__, "message": reason(outcome.result)}
        key, value = "error", json.dumps(error, ensure_ascii=False, indent=indent)
    if indent is None:
        return f'{{"source": {_json_string(outcome.source)}, "{key}": {value}}}'
    pad = " " * indent
    value = value.replace("\n", "\n" + pad)
    return f'{{\n{pad}"source": {_json_string(outcome.source)},\n{pad}"{key}": {value}\n}}'


def _json_array_item(outcome: Outcome) -> str:
    return "  " + _record(outcome, indent=2).replace("\n", "\n  ")


def _json_article(outcome: Outcome) -> str | None:
    if not isinstance(outcome.result, Article):
        return None
    return to_json(outcome.result, indent=2) + "\n"


def _rendered(render: Callable[[Article], str], *, header: str) -> Callable[[Outcome], str | None]:
    """Wrap a renderer so that it opens each document with ``header`` (``{source}`` filled in)."""

    def render_outcome(outcome: Outcome) -> str | None:
        result = outcome.result
        article = result.article if isinstance(result, ArchiveRecord) else result
        if not isinstance(article, Article):
            return None
        return header.format(source=outcome.source) + render(article)

    return render_outcome


def layout_of(output_format: str, *, many: bool) -> Layout:
    """Return how to write ``output_format`` for one document (``many`` False) or several."""
    if output_format == "jsonl":
        return Layout(lambda outcome: _record(outcome, indent=None) + "\n")
    if output_format == "json":
        if not many:
            return Layout(_json_article)
        return Layout(_json_array_item, "[\n", ",\n", "\n]\n", "[]\n")
    render = to_markdown if output_format == "markdown" else to_text
    if not many:
        return Layout(_rendered(render, header=""))
    if output_format == "markdown":
        return Layout(_rendered(render, header="Source: `{source}`\n\n"), separator="\n***\n\n")
    return Layout(_rendered(render, header="==> {source} <==\n\n"), separator="\n")


class DocumentWriter:
    """Write rendered documents to a stream, with the layout's opening, separators and closing.

    Documents come rendered and encoded as UTF-8 (by the worker that parsed
    them). When the stream is UTF-8 text over a binary buffer that writes
    newlines as they are, the bytes go straight to that buffer; otherwise
    they are decoded and written as text.
    """

    def __init__(self, stream: TextIO, layout: Layout) -> None:
        self.stream = stream
        self.layout = layout
        self.written = 0
        self._buffer = _utf8_buffer(stream)
        if self._buffer is not None:
            stream.flush()  # what was written as text goes first

    def write_rendered(self, chunk: bytes | None) -> None:
        """Write one document the layout's ``render`` has rendered (None: nothing to write)."""
        if chunk is None:
            return
        self._put((self.layout.separator if self.written else self.layout.opening).encode())
        self._put(chunk)
        self.written += 1

    def flush(self) -> None:
        """Push what was written to the operating system."""
        (self._buffer or self.stream).flush()

    def close(self) -> None:
        """Write the layout's closing, and flush."""
        self._put((self.layout.closing if self.written else self.layout.empty).encode())
        self.flush()

    def _put(self, data: bytes) -> None:
        if not data:
            return
        if self._buffer is None:
            self.stream.write(data.decode("utf-8"))
        else:
            self._buffer.write(data)


def _utf8_buffer(stream: TextIO) -> BinaryIO | None:
    """Return the binary buffer under ``stream`` if UTF-8 bytes written there read as text would."""
    if not isinstance(stream, io.TextIOWrapper) or os.linesep != "\n":
        return None
    if codecs.lookup(stream.encoding).name != "utf-8":
        return None
    buffer: BinaryIO = stream.buffer
    return buffer
