"""Descriptions: the job or role an article writes next to a person's name.

``Speaker.description`` is the article's own words: a job before the name
in the same clause ("Harbour board chair Ann Lee") or an appositive between
commas after it ("Ann Lee, chief executive of the trust,"). A relative
clause is cut ("a chemist who grew up here" gives "a chemist").
"""

from __future__ import annotations

from newsparse._pipeline.quotes.nameforms import find_word, is_role
from newsparse._pipeline.quotes.passages import MASK
from newsparse._pipeline.quotes.vocabulary import (
    SPEECH_VERBS,
    STARTERS,
    lazy_pattern,
)

__all__ = ["description_of", "is_description"]


# Words that turn a would-be description into a clause. Matches: "was", "told"
_VERBISH = lazy_pattern(
    r"\b(?:is|are|was|were|has|have|had|will|would|said|says|told|made|did|does|do|who|which)\b"
)

# Where a relative clause starts in a description. Matches: " who "
_WHO = lazy_pattern(r" (?:who|which|whose) ")

# An appositive description after a name. Matches: ", chief executive of Acme,"
_APPOSITIVE = lazy_pattern(rf",\s*(?P<description>[^,.;:\n{MASK}]{{3,120}}?)\s*(?:,|\.|$)")

_CLAUSE_BREAKS = ".;:(\n," + MASK
# Words that lead into a name without describing it: "including", "said".
_LEADS_INTO_NAME = frozenset(("including", "with", "by", *SPEECH_VERBS))
_REACH = 160  # characters before a name read for its description
_BRACKET_REACH = 24  # characters of a bracket after a name: a party, a state


_POSSESSIVE_PRONOUNS = frozenset(("his", "her", "its", "their", "our", "my", "your"))


def description_of(joined: str, name: str) -> str | None:
    """Return the job description written next to the first full mention of ``name``.

    Args:
        joined: The article's masked text.
        name: A person's fullest name.

    Example:
        >>> description_of("Port chair Ann Lee spoke.", "Ann Lee")
        'Port chair'
        >>> description_of("Ann Lee, a chemist who lives here, spoke.", "Ann Lee")
        'a chemist'
        >>> description_of("Its chief, Ann Lee, spoke.", "Ann Lee") is None
        True
    """
    at = find_word(joined, name)
    if at == -1:
        return None
    head = joined[max(0, at - _REACH) : at]
    described = _clause_before(head)
    if not described and head.endswith(", "):
        described = _clause_before(head[:-2])  # "said the chairman, Len Price"
    if is_description(described) and not _pronoun_led(described):
        return described
    end = at + len(name)
    if joined[end : end + 2] == " (":
        closing = joined.find(")", end + 2, end + _BRACKET_REACH)
        end = closing + 1 if closing != -1 else end  # "Ann Lee (D-Ore.), a member of …"
    match = _APPOSITIVE().match(joined, end)
    if match is None:
        return None
    described = _WHO().split(match.group("description"), 1)[0]
    # Between commas, "a dentist in Dunmore" describes even without a known job word.
    determined = described.startswith(("a ", "an ", "the "))
    if _pronoun_led(described):
        return None  # "its chief": the article's words, but they name nobody
    if is_description(described) or (determined and _VERBISH().search(described) is None):
        return described
    return None


def _pronoun_led(described: str) -> bool:
    return described.split(" ", 1)[0].lower() in _POSSESSIVE_PRONOUNS


def _clause_before(head: str) -> str:
    """Return the words between the last clause break in ``head`` and its end."""
    cut = -1
    for mark in _CLAUSE_BREAKS:
        # Only the last break counts, so each search starts past the one found.
        cut = max(cut, head.rfind(mark, cut + 1))
    clause = head[cut + 1 :].split()
    while clause and (clause[0] in STARTERS or clause[0] in _LEADS_INTO_NAME):
        clause.pop(0)
    return " ".join(clause)


def _bare(word: str) -> str:
    return word.rstrip(",.").removesuffix("’s").removesuffix("'s")


def is_description(text: str) -> bool:
    """Tell whether ``text`` reads as a job description: a role word, no verb.

    Example:
        >>> is_description("Harbour board chair"), is_description("was told")
        (True, False)
    """
    # The job-word regex is case-blind and so the slowest test: it goes last.
    return (
        0 < len(text.split()) <= 14
        and _VERBISH().search(text) is None
        and any(is_role(_bare(word)) for word in text.split())
    )
