r"""Mojibake repair: UTF-8 text that was once read as Windows-1252 ("donâ€™t").

Only lines holding such a sequence are handed to ftfy, with every fixer but
the encoding ones turned off, so a clean line is never touched.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ftfy import TextFixerConfig

__all__ = ["has_mojibake", "repair_mojibake"]

# Windows-1252 (and Latin-1) readings of UTF-8 continuation bytes 0x80-0xBF.
_CONTINUATION = "\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
# A UTF-8 multi-byte sequence read as Windows-1252: the "â€™" in "donâ€™t",
# the "Ã©" in "cafÃ©", the "Â£" in "Â£5". The lead byte comes first and the
# lookbehinds then pick its length: that lets the engine scan for the lead
# set alone, several times faster than an alternation on a clean page.
_MOJIBAKE = re.compile(
    f"[\xc2-\xf4](?:(?<=[\xc2-\xdf])[{_CONTINUATION}]"
    f"|(?<=[\xe0-\xef])[{_CONTINUATION}]{{2}}"
    f"|(?<=[\xf0-\xf4])[{_CONTINUATION}]{{3}})"
)


def has_mojibake(text: str) -> bool:
    """Tell whether ``text`` holds a UTF-8 sequence read as Windows-1252.

    Example:
        >>> has_mojibake("donâ€™t"), has_mojibake("don’t")
        (True, False)
    """
    return _MOJIBAKE.search(text) is not None


def repair_mojibake(text: str) -> str:
    r"""Let ftfy re-decode the lines that hold UTF-8 read as Windows-1252.

    Example:
        >>> repair_mojibake("donâ€™t\nCafÃ© owner")
        'don’t\nCafé owner'
    """
    # Imported here: ftfy costs ~50 ms and clean pages never need it.
    import ftfy

    config = _ftfy_config()
    lines = text.split("\n")
    return "\n".join(
        ftfy.fix_encoding(line, config) if _MOJIBAKE.search(line) is not None else line
        for line in lines
    )


def _ftfy_config() -> TextFixerConfig:
    """Return the ftfy settings that fix encoding and touch nothing else."""
    from ftfy import TextFixerConfig

    # fix_encoding() applies only the encoding fixers; the rest are turned off
    # too in case a later ftfy folds more into it. Lossy sequences stay as
    # written: turning "â€?" into U+FFFD would hide what the page held.
    return TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=False,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
