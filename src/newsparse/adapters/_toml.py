r"""Declarative adapters: an :class:`Adapter` of line patterns, read from and written to TOML.

A TOML adapter holds what patterns can say about a site, and nothing that
needs Python (``detect_hook``, ``rules``). Its keys are the adapter's fields;
only ``name`` is required::

    format = 1                                  # the file format (1, the only one so far)
    name = "harbour-gazette"                    # what --site and site= take
    description = "The Harbour Gazette"         # one line for `newsparse sites`
    signatures = ['^The Harbour Gazette$']      # lines whose presence suggests the site
    site_header = ['^Skip to the news$', '^Today: \d+°C$']
    promo = ['^Support local news\. Subscribe today\.$']
    comments_heading = ['^What readers say \((?P<count>\d+)\)$']
    comment_noise = ['^Reply · Report$']
    pagination = []
    comment_form = []
    trackbacks = []
    footer = ['^© \d+ Harbour Gazette Ltd$']
    byline = []

Each pattern is compiled by :func:`~newsparse.adapters.compile_patterns`
(case-insensitive) and searched in the cleaned text of a whole block, so
anchor it with ``^…$``. Write patterns as TOML literal strings (``'…'``),
in which a backslash stands for itself.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any

from newsparse.adapters._adapter import Adapter, Pattern, compile_patterns
from newsparse.errors import AdapterError

__all__ = ["FORMAT", "PATTERN_KEYS", "adapter_of", "check_name", "load_adapter", "to_toml"]

#: The version of the file format this module reads and writes.
FORMAT = 1

#: The pattern lists of a TOML adapter, in the order :func:`to_toml` writes them.
PATTERN_KEYS = (
    "signatures",
    "site_header",
    "promo",
    "comments_heading",
    "comment_noise",
    "pagination",
    "comment_form",
    "trackbacks",
    "footer",
    "byline",
)
_KNOWN_KEYS = ("format", "name", "description", *PATTERN_KEYS)

# Patterns kept as text: re compiles (and caches) them on first use, not at import.
# A name --site takes as it stands: "harbour-gazette", "blog.example.org"
_NAME = r"^[a-z0-9][a-z0-9._-]*$"
# What a TOML literal string cannot hold: its quote, line ends, control characters.
_NOT_LITERAL = r"['\x00-\x08\x0a-\x1f\x7f]"
_BASIC_ESCAPES = {'"': '\\"', "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_NEEDS_ESCAPE = r'["\\\x00-\x1f\x7f]'


def load_adapter(path: str | os.PathLike[str]) -> Adapter:
    r"""Read a declarative adapter from a TOML file.

    Args:
        path: The TOML file (see :mod:`newsparse.adapters` and
            ``docs/adapters.md`` for its keys).

    Returns:
        The adapter: pass it to :func:`~newsparse.register`, then parse with
        ``site=adapter.name``. It pickles, and compares equal to another
        adapter with the same name, description and patterns.

    Raises:
        AdapterError: When the file cannot be read or is not TOML, when
            ``name`` is missing, when a key is unknown or holds a value of the
            wrong type, or when a pattern does not compile; the message names
            the file and the key.

    Example:
        >>> import os, tempfile
        >>> path = os.path.join(tempfile.mkdtemp(), "gazette.toml")
        >>> with open(path, "w", encoding="utf-8") as file:
        ...     _ = file.write("name = 'gazette'\nfooter = ['^Gazette House, ']\n")
        >>> adapter = load_adapter(path)
        >>> adapter.name, adapter.footer[0].pattern
        ('gazette', '^Gazette House, ')
    """
    import tomllib  # only adapter files need these: ``import newsparse`` stays cheap
    from pathlib import Path

    where = os.fspath(path)
    site = Path(where).stem
    try:
        with Path(where).open("rb") as file:
            table = tomllib.load(file)
    except OSError as error:
        raise AdapterError(site, f"{where}: cannot read it: {error.strerror or error}") from error
    except tomllib.TOMLDecodeError as error:
        raise AdapterError(site, f"{where}: not valid TOML: {error}") from error
    except UnicodeDecodeError as error:
        raise AdapterError(site, f"{where}: not UTF-8 text: {error.reason}") from error
    return adapter_of(table, where=where, unnamed=site)


def adapter_of(table: Mapping[str, object], *, where: str, unnamed: str = "") -> Adapter:
    r"""Return the adapter that a table read from TOML describes.

    Args:
        table: The keys and values of the file.
        where: The file's name, for error messages.
        unnamed: What to call the adapter in an error message when the
            table names none (by default ``where``).

    Raises:
        AdapterError: As :func:`load_adapter` does.

    Example:
        >>> adapter_of({"name": "gazette", "promo": ["^Subscribe today$"]}, where="x.toml").promo
        (re.compile('^Subscribe today$', re.IGNORECASE|re.MULTILINE),)
        >>> adapter_of({"name": "gazette", "promos": []}, where="x.toml")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        newsparse.errors.AdapterError: site 'gazette': x.toml: key 'promos': unknown key; ...
    """
    name = table.get("name")
    site = name if isinstance(name, str) and name else unnamed or where
    for key in table:
        if key not in _KNOWN_KEYS:
            raise _error(site, where, key, f"unknown key; the keys are {', '.join(_KNOWN_KEYS)}")
    version = table.get("format", FORMAT)
    if type(version) is not int or version != FORMAT:
        raise _error(
            site, where, "format", f"expected {FORMAT}, the only format so far, got {version!r}"
        )
    if not isinstance(name, str):
        why = "missing" if name is None else f"expected a string, got {_kind(name)}"
        raise _error(site, where, "name", f"{why}; name the adapter, e.g. name = 'my-site'")
    try:
        check_name(name)
    except AdapterError as error:
        raise _error(site, where, "name", error.reason) from None
    description = table.get("description", "")
    if not isinstance(description, str):
        raise _error(site, where, "description", f"expected a string, got {_kind(description)}")
    patterns: dict[str, Any] = {
        key: _patterns(table.get(key, []), site, where, key) for key in PATTERN_KEYS
    }
    return Adapter(name=name, description=description, **patterns)


def check_name(name: str) -> None:
    """Refuse a name that ``--site`` could not take as it stands.

    Raises:
        AdapterError: When ``name`` is not lower-case letters, digits, '.', '_' and '-'.

    Example:
        >>> check_name("Harbour Courier")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        newsparse.errors.AdapterError: site 'Harbour Courier': not a name: use lower-case ...
    """
    if not re.match(_NAME, name):
        raise AdapterError(name, "not a name: use lower-case letters, digits, '.', '_' and '-'")


def _patterns(value: object, site: str, where: str, key: str) -> tuple[Pattern, ...]:
    """Compile the patterns of one key."""
    if not isinstance(value, list):
        raise _error(site, where, key, f"expected a list of patterns, got {_kind(value)}")
    compiled: list[Pattern] = []
    for number, source in enumerate(value, start=1):
        if not isinstance(source, str):
            raise _error(site, where, key, f"pattern {number} is {_kind(source)}, not a string")
        try:
            compiled.extend(compile_patterns(source))
        except Exception as error:  # re.error or regex.error, whichever module compiled it
            reason = f"pattern {number} {source!r} does not compile: {error}"
            raise _error(site, where, key, reason) from error
    return tuple(compiled)


def _error(site: str, where: str, key: str, reason: str) -> AdapterError:
    return AdapterError(site, f"{where}: key {key!r}: {reason}")


def _kind(value: object) -> str:
    """Name the TOML type of ``value``: 'a number', 'a table', ..."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__}"  # a date or a time


def to_toml(adapter: Adapter, *, notes: Mapping[str, str] | None = None, header: str = "") -> str:
    r"""Write an adapter as the TOML that :func:`load_adapter` reads back to an equal adapter.

    Args:
        adapter: An adapter of patterns only (no ``detect_hook``, no ``rules``).
        notes: A comment to write after a pattern, by the pattern's source
            (the learner says there on how many pages it saw the line).
        header: Comment lines to open the file with (without the ``#``).

    Raises:
        AdapterError: When the adapter has a ``detect_hook`` or ``rules``, or
            a pattern compiled with other flags than ``compile_patterns``
            gives: TOML cannot say these.

    Example:
        >>> print(to_toml(Adapter(name="gazette", footer=compile_patterns(r"^© \d+ Gazette$"))))
        format = 1
        name = "gazette"
        description = ""
        <BLANKLINE>
        footer = [
            '^© \d+ Gazette$',
        ]
        <BLANKLINE>
    """
    if adapter.detect_hook is not None or adapter.rules:
        raise AdapterError(adapter.name, "an adapter with Python hooks or rules cannot be TOML")
    notes = notes or {}
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    lines += [f"format = {FORMAT}", f"name = {_string(adapter.name)}"]
    lines += [f"description = {_string(adapter.description)}", ""]
    for key in PATTERN_KEYS:
        patterns: tuple[Pattern, ...] = getattr(adapter, key)
        if not patterns:
            continue
        lines.append(f"{key} = [")
        for pattern in patterns:
            if compile_patterns(pattern.pattern)[0].flags != pattern.flags:
                reason = f"pattern {pattern.pattern!r} of {key} has flags TOML cannot say"
                raise AdapterError(adapter.name, reason)
            note = notes.get(pattern.pattern)
            comment = f"  # {' '.join(note.split())}" if note else ""
            lines.append(f"    {_string(pattern.pattern, literal=True)},{comment}")
        lines += ["]", ""]
    return "\n".join(lines)


def _string(text: str, *, literal: bool = False) -> str:
    r"""Quote ``text`` for TOML: as a literal string when asked and possible, else a basic one.

    Example:
        >>> print(_string(r"^\d+ comments$", literal=True), _string("Ann's \\d", literal=True))
        '^\d+ comments$' "Ann's \\d"
    """
    if literal and re.search(_NOT_LITERAL, text) is None:
        return f"'{text}'"
    return '"' + re.sub(_NEEDS_ESCAPE, _escape, text) + '"'


def _escape(match: re.Match[str]) -> str:
    character = match.group()
    return _BASIC_ESCAPES.get(character, f"\\u{ord(character):04x}")
