"""The exceptions newsparse raises, all rooted at :class:`NewsparseError`.

::

    NewsparseError          exit_code 1
     ├── InputError         exit_code 66  a file that cannot be read or decoded
     ├── AdapterError       exit_code 64  an unknown ``site=`` or a broken adapter
     └── SchemaError        exit_code 65  JSON that is not a valid Article

``parse`` never raises for a ``str``: what it is unsure of becomes a
:class:`~newsparse.models.Diagnostic`. The other entry points raise these
classes only, so ``except newsparse.NewsparseError`` catches everything the
library means to raise.
"""

from __future__ import annotations

import os

__all__ = ["AdapterError", "InputError", "NewsparseError", "SchemaError"]


class NewsparseError(Exception):
    """Root of every error newsparse raises on purpose.

    Example:
        >>> issubclass(InputError, NewsparseError)
        True
    """

    exit_code: int = 1
    """The status the ``newsparse`` command exits with when this error stops it."""


class InputError(NewsparseError):
    """A file could not be read, or its bytes are not text.

    Attributes:
        path: The file's path as given, or ``None`` for a stream.
        reason: What is wrong with it, in a few words.

    Example:
        >>> str(InputError("page.bin", "binary data, not text"))
        'page.bin: binary data, not text'
    """

    exit_code = 66  # EX_NOINPUT
    """66, ``EX_NOINPUT`` in sysexits.h."""

    def __init__(self, path: str | os.PathLike[str] | None, reason: str) -> None:
        self.path = None if path is None else os.fspath(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}" if self.path is not None else reason)

    def __reduce__(self) -> tuple[type[InputError], tuple[str | None, str]]:
        return (type(self), (self.path, self.reason))


class AdapterError(NewsparseError):
    """An adapter was asked for by a name nobody registered, or is broken.

    Attributes:
        site: The adapter name involved.
        reason: What is wrong.

    Example:
        >>> str(AdapterError("nosuchsite", "no adapter of that name"))
        "site 'nosuchsite': no adapter of that name"
    """

    exit_code = 64  # EX_USAGE
    """64, ``EX_USAGE`` in sysexits.h."""

    def __init__(self, site: str, reason: str) -> None:
        self.site = site
        self.reason = reason
        super().__init__(f"site {site!r}: {reason}")

    def __reduce__(self) -> tuple[type[AdapterError], tuple[str, str]]:
        return (type(self), (self.site, self.reason))


class SchemaError(NewsparseError):
    """JSON that does not describe an Article of a supported schema version.

    Attributes:
        where: A JSON path to the offending value (``$.body[2].span``), or ``$``.
        reason: What is wrong there.

    Example:
        >>> str(SchemaError("$.schema_version", "expected 1, got 7"))
        '$.schema_version: expected 1, got 7'
    """

    exit_code = 65  # EX_DATAERR
    """65, ``EX_DATAERR`` in sysexits.h."""

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple[type[SchemaError], tuple[str, str]]:
        return (type(self), (self.where, self.reason))
