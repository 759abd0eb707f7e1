r"""Text that is not Unicode: surrogate code points in a ``str`` given to ``parse``.

A Python ``str`` may hold surrogates (U+D800-U+DFFF), which no Unicode text
does: ``surrogateescape`` decoding leaves them for bytes that are not UTF-8,
and text split into UTF-16 code units leaves a high and a low one where one
character outside the BMP belongs. They cannot be written as UTF-8, and in
JSON a high escape followed by a low one *is* that one character, so an
article holding them could not come back from JSON as it was.

``parse`` therefore reads its text as the WHATWG Infra standard turns a
string into a "scalar value string": a high surrogate followed by a low one
becomes the character the pair encodes, and any other surrogate becomes
U+FFFD. A ``input.surrogates`` diagnostic gives the counts and the lines.
"""

from __future__ import annotations

import re

from newsparse.models import Diagnostic, Severity

__all__ = ["replace_surrogates"]

# A pair first, so that "\ud83d\ude00" is one match; then any lone surrogate.
_SURROGATES = re.compile("[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]")
# Any surrogate: one class, which re scans for many times faster than the above.
_ANY_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> tuple[str, Diagnostic | None]:
    r"""Join surrogate pairs into their characters, replace lone surrogates by U+FFFD.

    Args:
        text: Any ``str``.

    Returns:
        The text with no surrogate left, and an ``input.surrogates``
        diagnostic when there was one (else ``None``). Line breaks are
        untouched, so line numbers do not move.

    Example:
        >>> text, diagnostic = replace_surrogates("Smile \ud83d\ude00 caf\udce9")
        >>> text
        'Smile 😀 caf\ufffd'
        >>> diagnostic.code, diagnostic.span
        ('input.surrogates', Span(start_line=1, end_line=1))
        >>> print(diagnostic.message.replace(", ", ",\n"))
        1 surrogate pair joined into the character it encodes,
        1 lone surrogate replaced by U+FFFD (line 1)
        >>> replace_surrogates("No surrogates")
        ('No surrogates', None)
    """
    if text.isascii() or _ANY_SURROGATE.search(text) is None:
        return text, None
    found = [match.span() for match in _SURROGATES.finditer(text)]
    if not found:
        return text, None
    # Loaded with the first surrogate found: most text holds none.
    from newsparse._pipeline.text.decode import lines_named, span_of_offsets

    pairs = sum(end - start == 2 for start, end in found)
    lone = len(found) - pairs
    span = span_of_offsets(text, found[0][0], found[-1][0])
    parts = []
    if pairs:
        parts.append(
            f"{pairs} surrogate {'pair' if pairs == 1 else 'pairs'} joined into"
            f" the {'character it encodes' if pairs == 1 else 'characters they encode'}"
        )
    if lone:
        parts.append(f"{lone} lone {'surrogate' if lone == 1 else 'surrogates'} replaced by U+FFFD")
    diagnostic = Diagnostic(
        code="input.surrogates",
        message=f"{', '.join(parts)} ({lines_named(span)})",
        span=span,
        severity=Severity.WARNING,
    )
    return _SURROGATES.sub(_scalar, text), diagnostic


def _scalar(match: re.Match[str]) -> str:
    found = match.group()
    if len(found) == 1:
        return "\ufffd"
    return found.encode("utf-16-le", "surrogatepass").decode("utf-16-le")
