"""A picture's name that opens a line of a paragraph, taken off the paragraph's text.

A text browser prints a picture inline as its alternative text or its file
name in brackets, so a paragraph may open with it: "[harbour-2041.jpg] The
boats came in", "[dusk]We met at noon". The name is no word of the
article. Only a name that opens a line is taken, and only one that reads
as a picture's: one word (no space inside the brackets) glued to the word
that follows, or one shaped like a file name (a digit, ``_``, ``-``, ``.``
or ``/`` in it, but not a number alone: "[1]" is a footnote), a word in
small letters ("[dusk]"), or a word that names a picture ("[Photo]"). An
editor's note ("[Updated 5pm]", "[UPDATE]"), a footnote ("[1]") and a
bracket inside a sentence ("[sic]", "[the council]") stay.
"""

from __future__ import annotations

import re

from newsparse._page import TextBlock

__all__ = ["paragraph_text"]

# A run of bracketed words, no space inside, that opens a line, and what follows it.
_OPENING_NAMES = re.compile(r"^((?:\[[^\]\s]{1,60}\] ?)+)(.?)")
# What a name may be glued to: a word or a quotation's opening mark.
_GLUED_TO = re.compile(r"[\w\"'‘“«]")
_NAME = re.compile(r"\[([^\]]*)\]")
# What a file's name holds that a word does not.
_FILE_MARKS = re.compile(r"[\d_./-]")
# A number this long in brackets is a file's name ("[7537261780]"), not a footnote.
_FILE_NUMBER_DIGITS = 5
# Words that name a picture whatever their case.
_PICTURE_WORDS = frozenset({"photo", "image", "img", "picture", "pic", "logo", "icon", "graphic"})


def paragraph_text(block: TextBlock) -> str:
    """Return the text of a paragraph's block without the pictures' names opening its lines.

    The block's lines are joined with one space, as :attr:`TextBlock.text`
    joins them; a block that would be left without text keeps its text.

    Example:
        >>> from newsparse._page import Lines
        >>> def text(page):
        ...     return paragraph_text(TextBlock(tuple(Lines.from_text(page))))
        >>> text("[harbour-2041.jpg] The boats came in.")
        'The boats came in.'
        >>> text("[dusk]We met at noon.")
        'We met at noon.'
        >>> text("[Updated 5pm] The council met.")
        '[Updated 5pm] The council met.'
        >>> text("[1] See the report [sic].")
        '[1] See the report [sic].'
    """
    if "[" not in block.text:
        return block.text
    texts = [_without_opening_names(text) for text in block.line_texts]
    kept = " ".join(text for text in texts if text)
    return kept or block.text


def _without_opening_names(line: str) -> str:
    """Return ``line`` without the pictures' names that open it."""
    match = _OPENING_NAMES.match(line)
    if match is None:
        return line
    names = _NAME.findall(match.group(1))
    glued = not match.group(1).endswith(" ") and _GLUED_TO.match(match.group(2)) is not None
    if glued and not any(name.isdigit() and len(name) < _FILE_NUMBER_DIGITS for name in names):
        return line[match.end(1) :]
    if not all(_picture_name(name) for name in names):
        return line
    return line[match.end(1) :].strip()


def _picture_name(name: str) -> bool:
    """Tell whether one bracketed word reads as a picture's name ("IMG_2041", "dusk", "Photo")."""
    if name.isdigit():
        return len(name) >= _FILE_NUMBER_DIGITS
    if _FILE_MARKS.search(name) is not None:
        return True
    return (name.islower() and name.isalpha()) or name.lower() in _PICTURE_WORDS
