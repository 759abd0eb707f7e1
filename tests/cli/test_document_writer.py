"""DocumentWriter: documents arrive as UTF-8 bytes; every kind of stream gets the same text."""

from __future__ import annotations

import io

import pytest

from newsparse.cli._documents import DocumentWriter, layout_of

DOCUMENTS = ['{"n": 1, "text": "café – ‘quoted’"}\n'.encode(), None, b'{"n": 2}\n']


def _write(stream: io.TextIOBase) -> None:
    writer = DocumentWriter(stream, layout_of("json", many=True))  # type: ignore[arg-type]
    for chunk in DOCUMENTS:
        writer.write_rendered(chunk)
    writer.close()


def test_a_utf8_file_and_a_string_stream_get_the_same_text() -> None:
    raw = io.BytesIO()
    text_file = io.TextIOWrapper(raw, encoding="utf-8", newline="")
    _write(text_file)
    string_stream = io.StringIO()
    _write(string_stream)
    assert raw.getvalue().decode() == string_stream.getvalue()
    assert string_stream.getvalue().startswith('[\n{"n": 1, "text": "café')
    assert string_stream.getvalue().endswith('{"n": 2}\n\n]\n')


def test_text_written_before_the_writer_comes_first() -> None:
    raw = io.BytesIO()
    text_file = io.TextIOWrapper(raw, encoding="utf-8")
    text_file.write("before\n")
    _write(text_file)
    assert raw.getvalue().decode().startswith("before\n[\n")


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16"])
def test_a_stream_in_another_encoding_is_written_as_text(encoding: str) -> None:
    raw = io.BytesIO()
    text_file = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
    _write(text_file)
    text_file.flush()
    assert raw.getvalue().decode(encoding).startswith('[\n{"n": 1, "text": "caf')


def test_nothing_written_gives_the_layouts_empty_form() -> None:
    stream = io.StringIO()
    writer = DocumentWriter(stream, layout_of("json", many=True))
    writer.write_rendered(None)
    writer.close()
    assert stream.getvalue() == "[]\n"
