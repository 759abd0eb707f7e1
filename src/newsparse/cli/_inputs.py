"""The documents a command reads: files, directory walks, standard input, and the run's tally.

A directory is walked for regular, non-hidden files whose names match the
glob. Whatever else the walk meets under a name it would have read — a
broken symbolic link, a symbolic link loop, a FIFO, a device, a socket, a
symbolic link to a directory (not followed) — is skipped and named on
standard error, and again in the run's summary.
"""

from __future__ import annotations

import argparse
import errno
import fnmatch
import os
import re
import sys
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

import attrs

from newsparse._pipeline import run
from newsparse._pipeline.inputs import bytes_input, file_input
from newsparse._pipeline.text.files import irregular_kind, read_stream_bytes
from newsparse.archives import ArchiveRecord
from newsparse.cli._console import warn
from newsparse.errors import InputError, NewsparseError
from newsparse.models import Article
from newsparse.options import DEFAULT_MAX_FILE_BYTES, Options

__all__ = [
    "STDIN_LABEL",
    "STDIN_PATH",
    "Inputs",
    "Outcome",
    "Source",
    "Sources",
    "Tally",
    "add_glob_option",
    "add_input_options",
    "byte_count",
    "collect_sources",
    "names_many",
    "options_of",
    "parse_source",
    "read_source_text",
    "reason",
    "source_of",
]

STDIN_PATH = "-"
STDIN_LABEL = "<stdin>"

# A size with an optional binary suffix: 300000000, 300M, 1g.
_BYTE_COUNT = re.compile(r"([0-9]+)([kKmMgG]?)")
_SUFFIX_POWERS = {"": 0, "k": 1, "m": 2, "g": 3}


class Source(NamedTuple):
    """One input document: a file, standard input (``path`` None), or a read failure."""

    label: str
    path: Path | None
    error: InputError | None = None


class Outcome(NamedTuple):
    """What became of one input document: an article or an error (or an archive's record)."""

    source: str
    result: Article | NewsparseError | ArchiveRecord


class Sources(Collection[Source]):
    """The documents of a run, in order, kept as their names until they are read.

    A file found by a walk is kept as its path's text, and its
    :class:`Source` (with a :class:`~pathlib.Path`, ten times the memory)
    is made when the sources are iterated: a run over a million files holds
    a million strings, not a million paths.
    """

    def __init__(self, sources: Iterable[Source] = ()) -> None:
        self._items: list[str | Source] = []
        self.extend(sources)

    @classmethod
    def of_found(cls, found: list[str | Source]) -> Sources:
        """Return the sources a walk found: file paths as text, and unreadable entries."""
        sources = cls()
        sources._items = found
        return sources

    def append(self, source: Source) -> None:
        """Add a document at the end."""
        plain = (
            source.error is None and source.path is not None and str(source.path) == source.label
        )
        self._items.append(source.label if plain else source)

    def extend(self, sources: Iterable[Source]) -> None:
        """Add documents at the end, in order."""
        if isinstance(sources, Sources):
            self._items += sources._items
            return
        for source in sources:
            self.append(source)

    def __iter__(self) -> Iterator[Source]:
        for item in self._items:
            yield Source(item, Path(item)) if isinstance(item, str) else item

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, source: object) -> bool:
        return any(source == known for known in self)


class Inputs(NamedTuple):
    """The documents to read, in order, and the ``(path, reason)`` of each entry skipped."""

    sources: Sources
    skipped: list[tuple[str, str]]


@attrs.define
class Tally:
    """What a run did with its inputs, for the summary at the end."""

    skipped: list[tuple[str, str]] = attrs.Factory(list)
    parsed: int = 0
    failed: list[str] = attrs.Factory(list)

    def count(self, outcome: Outcome) -> None:
        """Add one document's outcome."""
        if isinstance(outcome.result, Article):
            self.parsed += 1
        else:
            self.failed.append(outcome.source)

    def summary(self) -> str:
        """Return ``P parsed, F failed (names)[, S skipped (names)]``."""
        text = f"{self.parsed} parsed, {len(self.failed)} failed"
        if self.failed:
            text += f" ({', '.join(self.failed)})"
        if self.skipped:
            text += f", {len(self.skipped)} skipped ({', '.join(p for p, _ in self.skipped)})"
        return text


def add_glob_option(command: argparse.ArgumentParser) -> None:
    """Add ``--glob PATTERN``: which files a directory walk reads (see :func:`collect_sources`)."""
    command.add_argument(
        "--glob",
        metavar="PATTERN",
        default="*",
        help=(
            "in directories, read only files whose names match PATTERN (default: '*'; "
            "*.json and *.jsonl files only when PATTERN ends so)"
        ),
    )


def byte_count(text: str) -> int:
    """Read ``--max-file-bytes``: a positive number of bytes, with an optional k, M or G."""
    match = _BYTE_COUNT.fullmatch(text.strip())
    if match is None or int(match.group(1)) < 1:
        raise argparse.ArgumentTypeError(
            f"expected a positive number of bytes such as 300000000 or 300M, not {text!r}"
        )
    return int(match.group(1)) << (10 * _SUFFIX_POWERS[match.group(2).lower()])


def add_input_options(command: argparse.ArgumentParser) -> None:
    """Add the options of every command that reads pages: ``--site`` or ``--adapter``, and more."""
    adapter = command.add_mutually_exclusive_group()
    adapter.add_argument(
        "-s", "--site", metavar="NAME", help="adapter to use (see: newsparse sites)"
    )
    adapter.add_argument(
        "--adapter",
        metavar="FILE",
        help="use the declarative adapter in FILE (see: newsparse profile)",
    )
    command.add_argument(
        "--max-file-bytes",
        metavar="SIZE",
        type=byte_count,
        default=DEFAULT_MAX_FILE_BYTES,
        help="refuse files larger than SIZE bytes; k, M and G suffixes count"
        " in 1024s (default: 256M)",
    )


def options_of(args: argparse.Namespace) -> Options:
    """Return the parse options the command line asks for."""
    return Options(max_file_bytes=args.max_file_bytes)


def _skip_reason(path: Path) -> str | None:
    """Say why the walk does not read ``path``, or return None for a file to read."""
    try:
        status = path.stat()
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop"
        if error.errno == errno.ENOENT and path.is_symlink():
            return "broken symbolic link"
        return error.strerror or str(error)
    kind = irregular_kind(status.st_mode)
    if kind is None:
        return None
    if kind == "a directory":
        return "symbolic link to a directory, not followed"
    return f"not a regular file ({kind})"


# What newsparse writes, and the gold or metadata files kept beside pages: a
# walk passes them over unless the glob names them.
_DATA_SUFFIXES = (".json", ".jsonl")


def _wanted(name: str, pattern: str) -> bool:
    """Tell whether a walk reads a file so named: not hidden, matching, not JSON unless asked."""
    if name.startswith(".") or not fnmatch.fnmatch(name, pattern):
        return False
    return not name.lower().endswith(_DATA_SUFFIXES) or pattern.lower().endswith(_DATA_SUFFIXES)


def _walk(root: Path, pattern: str) -> Inputs:
    """Return the regular, non-hidden files under ``root`` whose names match ``pattern``, sorted.

    Names that match but are not read are returned as skipped, with why.
    """
    found: list[str | Source] = []  # names, not Paths: a walk may find millions
    skipped: list[tuple[tuple[str, ...], str, str]] = []

    def unreadable(error: OSError) -> None:
        where = Path(error.filename or root)
        why = error.strerror or str(error)
        found.append(Source(str(where), None, InputError(where, why)))

    def parts(item: str | Source) -> str:
        # Sorts as the tuple of path components would: NUL, below every other
        # character, ends a component before any longer name that shares it.
        label = item if isinstance(item, str) else item.label
        return label.replace(os.sep, "\0")

    for directory, subdirectories, names in os.walk(root, onerror=unreadable):
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        # os.walk lists a symbolic link to a directory among the directories
        # and does not follow it; it is reported whatever its name.
        linked = [name for name in subdirectories if (Path(directory) / name).is_symlink()]
        matching = [name for name in names if _wanted(name, pattern)]
        for name in sorted([*linked, *matching]):
            path = Path(directory) / name
            why = _skip_reason(path)
            if why is None:
                found.append(str(path))
            else:
                skipped.append((path.relative_to(root).parts, str(path), why))
    found.sort(key=parts)
    return Inputs(
        sources=Sources.of_found(found), skipped=[(path, why) for _, path, why in sorted(skipped)]
    )


def names_many(paths: Sequence[str]) -> bool:
    """Tell whether the command line names several documents: more than one PATH, or a directory.

    It decides the layout of the output, never what a directory holds.
    """
    return len(paths) > 1 or any(Path(path).is_dir() for path in paths if path != STDIN_PATH)


def source_of(given: str) -> Source:
    """Return the document a command-line PATH that is not a directory names."""
    return Source(STDIN_LABEL, None) if given == STDIN_PATH else Source(given, Path(given))


def collect_sources(paths: Sequence[str], pattern: str) -> Inputs:
    """Expand the command line's PATHs into documents, in the order given.

    Each entry a directory walk skips is named on standard error as it is found.
    """
    sources = Sources()
    skipped: list[tuple[str, str]] = []
    for given in paths:
        if given != STDIN_PATH and Path(given).is_dir():
            walked = _walk(Path(given), pattern)
            for path, why in walked.skipped:
                warn(f"skipped {path}: {why}")
            if not walked.sources:
                warn(f"warning: {given}: no files matching {pattern!r}")
            sources.extend(walked.sources)
            skipped.extend(walked.skipped)
        else:
            sources.append(source_of(given))
    return Inputs(sources, skipped)


def read_source_text(source: Source, options: Options) -> str:
    """Return the text of ``source`` as the parser reads it: decoded, or HTML laid out in lines.

    Raises:
        InputError: When it cannot be read or is not text.
    """
    if source.error is not None:
        raise source.error
    if source.path is not None:
        found = file_input(source.path, max_bytes=options.max_file_bytes)
    else:
        found = bytes_input(read_stdin(options), max_bytes=options.max_file_bytes)
    return "\n".join(line.raw for line in found.lines)


def read_stdin(options: Options) -> bytes:
    """Return standard input's bytes, at most ``options.max_file_bytes``.

    Raises:
        InputError: When there is none, reading fails, or it holds too much.
    """
    if sys.stdin is None:
        raise InputError(None, "no standard input")
    return read_stream_bytes(sys.stdin.buffer, max_bytes=options.max_file_bytes)


def _parse(source: Source, *, site: str | None, options: Options, url: str | None) -> Article:
    if source.error is not None:
        raise source.error
    if source.path is not None:
        return run.parse_file(source.path, url=url, site=site, options=options)
    return run.parse_bytes(read_stdin(options), url=url, site=site, options=options)


def parse_source(
    source: Source, *, site: str | None, options: Options, url: str | None = None
) -> Outcome:
    """Read and parse one document; a failure to read it is its outcome, not an exception.

    ``url`` is the address the document was fetched from, when known.
    """
    try:
        article = _parse(source, site=site, options=options, url=url)
    except NewsparseError as error:
        return Outcome(source.label, error)
    return Outcome(source.label, article)


def reason(error: NewsparseError) -> str:
    """Return what went wrong, without the path the message starts with."""
    return str(getattr(error, "reason", error))
