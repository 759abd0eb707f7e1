"""Find the date in a comment header line: "July 7, 2012 at 12:27 am", "2 hours ago".

Comment widgets print dates in many forms and languages, glued to the
author sometimes ("Ashley KOctober 22"). :func:`find_date` finds where the
first one stands; :mod:`newsparse._dates` reads it into a moment.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

from newsparse._lazy import lazy_pattern

__all__ = ["BARE_AGE", "DATE_WORDS", "DateFound", "find_date", "may_hold_date"]

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    # French, German, Spanish, Portuguese and Italian names, for finding date lines
    r"|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre"
    r"|d[ée]cembre|januar|februar|m[äa]rz|juni|juli|oktober|dezember|enero|febrero|marzo"
    r"|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre|janeiro|fevereiro"
    r"|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro|gennaio|febbraio|aprile|maggio"
    r"|giugno|luglio|settembre|ottobre|dicembre)\.?"
)
_WEEKDAY = r"(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
# A month name may follow a letter or a digit directly ("Make-upOctober 22",
# "Ashley KOctober 22", "ann686October 22"): some dumps glue the author to the date.
# (Case is told apart for Latin letters only, the script of the month names.)
_LOWER, _UPPER = "a-zß-öø-ÿ", "A-ZÀ-ÖØ-Þ"
_MONTH_START = (
    rf"(?:(?<![^\W_])|(?-i:(?<=[{_LOWER}])(?=[{_UPPER}]))"
    rf"|(?-i:(?<=[{_UPPER}\d])(?=[{_UPPER}][{_LOWER}])))"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:\d{4}|'\d{2})"
# minutes and seconds below 60, so that a price ("19.99") is no time
_TIME = (
    r"\d{1,2}(?:[:.]|\s?h\s?)[0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?\s?m\.?)?"
    r"(?:\s*(?-i:[A-Z]{3,4})\b)?"
)
_MONTH_DAY_YEAR = rf"{_MONTH_START}{_MONTH}\s+{_DAY},?\s+{_YEAR}"
_DAY_MONTH_YEAR = rf"(?<!\d){_DAY}\.?\s+{_MONTH}\.?,?\s+{_YEAR}"
_MONTH_DAY_AT = rf"{_MONTH_START}{_MONTH}\s+{_DAY}(?=,?\s+(?:at\s+|@\s*)?\d{{1,2}}[:.]\d{{2}})"
# ("2012-03-14 07:12 pm": a twelve-hour clock after an ISO day, as some journals print it)
_ISO_DATE = (
    r"(?<!\d)\d{4}-\d{2}-\d{2}"
    r"(?:[t ]\d{2}:\d{2}(?::\d{2})?(?:z|[+-]\d{2}:?\d{2}|\s?[ap]\.?m\b\.?)?)?"
)
_NUMERIC_DATE = r"(?<![\d.])\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?![\d.])"
_TIME_ALONE = rf"(?<![\d:.]){_TIME}(?!\d|:\d)"
_AGO = r"(?<!\w)(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week|month|year)s?\s+ago\b"
# "5d", "3w ago", "1 h": a short age, bare only where a separator or the line's end follows it
# (and, as find_date checks, one precedes it: "Ann · 2y", never "it cost 3m").
_SHORT_AGE = (
    r"(?<![\w.])\d{1,3}\s?(?:mo|mins?|hrs?|wks?|yrs?|[smhdwy])(?:\s+ago\b|(?=\s*(?:[·•|]|$)))"
)
_RELATIVE_DAY = r"(?<!\w)(?:yesterday|today|just now)\b"
_ATOMS = (
    _MONTH_DAY_YEAR,
    _DAY_MONTH_YEAR,
    _MONTH_DAY_AT,
    _ISO_DATE,
    _NUMERIC_DATE,
    _TIME_ALONE,
    _AGO,
    _SHORT_AGE,
    _RELATIVE_DAY,
)
_ATOM = "(?:" + "|".join(_ATOMS) + ")"
_JOIN = r"(?:(?:\s*(?:,|\b(?:at|on|à|um|alle|às|a las)\b|@|-|–|—|\||·|/)){0,2}\s*)"
# A date is its first part, then any number of parts joined on: "Tuesday,
# March 6, 2012 at 10:15 pm" is "Tuesday, March 6, 2012", "at 10:15 pm". The
# parts are matched one by one in Python (see _find_date), so each big
# pattern holds the atoms once. Compiling them would be a twentieth of
# newsparse's start-up, and most pages reach no comment date: they are
# compiled with the first date tried.
_DATE_START = lazy_pattern(rf"(?:{_WEEKDAY}\s*)?{_ATOM}", re.IGNORECASE)
_DATE_PART = lazy_pattern(rf"{_JOIN}{_ATOM}", re.IGNORECASE)
# _DATE_START where a number starts: no weekday or month name can open the
# date there, so it opens with one of the atoms that may start with a number,
# tried in the same order; the same match, without trying the month names.
_NUMBER_ATOMS = (_DAY_MONTH_YEAR, _ISO_DATE, _NUMERIC_DATE, _TIME_ALONE, _AGO, _SHORT_AGE)
_DATE_START_AT_NUMBER = lazy_pattern("(?:" + "|".join(_NUMBER_ATOMS) + ")", re.IGNORECASE)
# "Day Month Year" whose day is glued to a handle's digits ("walker198028 October
# 2012"): tried on the last two digits of the run, then on the last one.
_GLUED_DAY_MONTH_YEAR = lazy_pattern(
    rf"(?:0?[1-9]|[12]\d|3[01])\s+{_MONTH}\.?,?\s+{_YEAR}", re.IGNORECASE
)
# Searching for a date at every position of a line is slow (its month names are
# tried everywhere); a date starts at a number or at one of these words, so
# it is matched only there. Tokens split "upOctober" as a glued dump prints it.
_TOKEN = regex.compile(r"\d+|\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})")
_DATE_WORD_LIST = (
    "january jan february feb march mar april apr may june jun july jul august aug"
    " september sep sept october oct november nov december dec"
    " janvier février fevrier mars avril mai juin juillet août aout septembre octobre"
    " novembre décembre decembre januar februar märz marz juni juli oktober dezember"
    " enero febrero marzo mayo junio julio agosto septiembre setiembre octubre noviembre"
    " diciembre janeiro fevereiro março marco maio junho julho setembro outubro dezembro"
    " gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre"
    " monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri"
    " saturday sat sunday sun a an one yesterday today just"
)
DATE_WORDS = frozenset(_DATE_WORD_LIST.split())
# Date words that open no date but a relative one, which holds "ago" or "now".
_RELATIVE_OPENERS = frozenset({"a", "an", "one", "just"})
_WEEKDAY_WORDS = frozenset(
    {"monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thur"}
    | {"thurs", "friday", "fri", "saturday", "sat", "sunday", "sun"}
)
# A month's name opens a date only as "May 4" or "May. 4" does: the atoms
# that start with a name need a day number after a space ("may" the verb
# is no date).
_MONTH_WORDS = DATE_WORDS - _WEEKDAY_WORDS - _RELATIVE_OPENERS - {"yesterday", "today"}
_DAY_AFTER_MONTH = re.compile(r"\.?\s+\d")


# What may follow the number that opens a date: a space ("4 May", "2 hours
# ago", "10 h 30"), and after a day or an hour of one or two digits an
# ordinal ("4th"), a separator ("04/05/2012", "10:15", "10h30") or a dot.
_AFTER_DAY = frozenset("./-:hHsSnNrRtTdDwWyYmM")


def _may_open_date(length: int, following: str) -> bool:
    """Tell whether a run of ``length`` digits followed by ``following`` may open a date.

    Example:
        >>> _may_open_date(2, ":"), _may_open_date(4, "-"), _may_open_date(3, "%")
        (True, True, False)
    """
    if not following or following.isspace():
        return bool(following)
    if length <= 2:
        return following in _AFTER_DAY
    return length == 4 and following == "-"


def _glued_day(text: str, end: int) -> re.Match[str] | None:
    """Match a date whose day is the last digits of a handle's run ending at ``end``.

    Example:
        >>> _glued_day("walker198028 October 2012", 12).group()
        '28 October 2012'
    """
    pattern = _GLUED_DAY_MONTH_YEAR()
    return pattern.match(text, end - 2) or pattern.match(text, end - 1)


#: A bare short age ("2y", "5 d", "3mo": no "ago"), which the pattern alone would find
#: in "it cost 3m".
BARE_AGE = re.compile(r"\d{1,3}\s?(?:mo|mins?|hrs?|wks?|yrs?|[smhdwy])", re.IGNORECASE)
# What stands before a bare age in a header: a separator, or nothing.
_AGE_AFTER = frozenset("·•|–—-")


def _stray_age(text: str, found: re.Match[str]) -> bool:
    """Tell whether ``found`` is a bare short age with no separator before it.

    Example:
        >>> import re
        >>> _stray_age("it cost 3m", re.search("3m", "it cost 3m"))
        True
        >>> _stray_age("Ann · 3m", re.search("3m", "Ann · 3m"))
        False
    """
    if BARE_AGE.fullmatch(found.group()) is None:
        return False
    before = text[: found.start()].rstrip()
    return bool(before) and before[-1] not in _AGE_AFTER


class DateFound(NamedTuple):
    """Where a date stands in a line, and its text."""

    start: int
    end: int
    text: str


def find_date(text: str) -> DateFound | None:
    """Return the first date in ``text``, tried only where a date can start.

    A date is its first part and every part joined on after it, as the
    pattern ``START (PART)*`` would match it: each part is the first way the
    next one matches, and the date ends where no part follows.
    """
    if not may_hold_date(text):
        return None
    relative: list[bool] = []  # whether "ago" or "now" is in the text, once asked
    for token in _TOKEN.finditer(text):
        word = token.group()
        start, end = token.span()
        if word[0].isdigit():
            found = _date_at_number(text, start, end)
        elif (lowered := word.lower()) in DATE_WORDS:
            found = _date_at_word(text, start, end, lowered, relative)
        else:
            continue
        if found is not None and not _stray_age(text, found):
            end = found.end()
            date_part = _DATE_PART()
            while (part := date_part.match(text, end)) is not None and part.end() > end:
                end = part.end()
            return DateFound(found.start(), end, text[found.start() : end])
    return None


# Every date form holds a digit or a relative day ("yesterday", "today", "just
# now", "an hour ago"); most lines hold neither.
_DIGIT = re.compile(r"\d")


def may_hold_date(text: str) -> bool:
    """Tell whether ``text`` holds a digit, a relative day or "ago", as every date does.

    Example:
        >>> may_hold_date("Ann • a day ago"), may_hold_date("Ann Lee says")
        (True, False)
    """
    if _DIGIT.search(text) is not None:
        return True
    # casefold() folds as the patterns' IGNORECASE does ("ſ" is an "s"), and then some.
    folded = text.casefold()
    # The dates without a digit: "yesterday", "an hour ago", "just now".
    return "ago" in folded or "yesterday" in folded or "today" in folded or "just now" in folded


def _date_at_number(text: str, start: int, end: int) -> re.Match[str] | None:
    """Return the date that opens at the number ``text[start:end]`` ("12 May", "2012-05-12")."""
    if not _may_open_date(end - start, text[end : end + 1]):
        return None
    found = _DATE_START_AT_NUMBER().match(text, start)
    glued = text[start - 1 : start].isalpha()  # "walker198028 October 2012"
    if found is None and glued and end - start > 2:
        return _glued_day(text, end)
    return found


def _date_at_word(
    text: str, start: int, end: int, lowered: str, relative: list[bool]
) -> re.Match[str] | None:
    """Return the date that opens at a word: a month over its day, a weekday, "a minute ago"."""
    if lowered in _MONTH_WORDS and _DAY_AFTER_MONTH.match(text, end) is None:
        return None
    if lowered in _RELATIVE_OPENERS:
        # "a", "an", "one" and "just" open only "a minute ago" or "just now".
        if not relative:
            folded = text.lower()
            relative.append("ago" in folded or "now" in folded)
        if not relative[0]:
            return None
    return _DATE_START().match(text, start)
