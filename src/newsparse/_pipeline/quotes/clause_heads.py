"""Whether a name heads its clause: the subject of the verb after it, not an object.

"Dr Lee echoed …" and "…, adds Ann Lee." have Lee speak; "Lee pulled Vell
aside", "met Vell" and "to rescue Vell" have Vell as an object.
"""

from __future__ import annotations

from newsparse._pipeline.quotes.clauses import ABBREVIATIONS
from newsparse._pipeline.quotes.nameforms import TITLE_SET
from newsparse._pipeline.quotes.speech import is_speech_verb
from newsparse._pipeline.quotes.vocabulary import lazy_pattern

__all__ = ["OBJECT_BEFORE", "VERB_NEXT", "heads_clause", "is_subject"]

# What follows the subject of a clause: its verb or an appositive.
# Matches: " echoed" in "Dr Lee echoed", ", chair" in "Dr Lee, chair of"
VERB_NEXT = lazy_pattern(r",| (?!(?:that|and|or|to|of|in|for|on|at|with|by|from|as)\b)[a-zß-ÿ]")

# What comes before a name that is an object, not a subject: a preposition, a
# verb that takes a person, or any participle ("backing "). "As for Lee," opens
# with its topic, a subject. Matches: "told "
OBJECT_BEFORE = lazy_pattern(
    r"\b(?:to|told|with|by|from|and|of|(?<!As )for|at|in|on|asked|met|about|than|like"
    r"|[a-z]{2,}ing) $"
)

# Words that open a clause inside a sentence, whose subject is not the sentence's:
# "Lee left early *when* Vell spoke" (lowercase, so not the sentence's first word).
_SUBORDINATORS = frozenset((
    "when", "while", "though", "although", "because", "unless", "until", "whether", "if",
    "since", "after", "before", "whereas", "once",
))  # fmt: skip
_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "its", "their", "our", "my"))
_BRACKET_REACH = 24  # characters of a bracket after a name: a party, a state, an age


def is_subject(masked: str, start: int, length: int) -> bool:
    """Tell whether the name at ``start`` heads its clause: its verb follows, or it follows one.

    Example:
        >>> is_subject("Dr Ann Lee said no.", 0, 10), is_subject("They met Ann Lee.", 9, 7)
        (True, False)
    """
    end = start + length
    if masked[end : end + 1] == "." and masked[start:end].rpartition(" ")[2] in ABBREVIATIONS:
        end += 1  # "Dunmore Tools Inc. said"
    if masked[end : end + 2] == " (":
        closing = masked.find(")", end + 2, end + _BRACKET_REACH)
        if closing != -1:
            end = closing + 1  # "Sen. Ann Lee (D-Ore.) said", "Ann Lee (Ore.), a member,"
    if VERB_NEXT().match(masked, end) is not None:
        if OBJECT_BEFORE().search(masked, max(0, start - 12), start) is not None:
            return False
        return heads_clause(masked[max(0, start - 30) : start].split())
    # A speaker after its verb: "…, adds Ann Lee."
    return is_speech_verb(masked[max(0, start - 14) : start].rstrip().rpartition(" ")[2])


def heads_clause(before: list[str]) -> bool:
    """Tell whether a name and its verb after the words ``before`` head their clause.

    Not after a word that opens a clause within the sentence ("Lee left
    when Vell spoke"), nor after a verb in the past, whose object it is
    ("Lee pulled Vell aside") or an infinitive ("to rescue Vell"), unless
    the verb is one of saying ("…,” added Ann Lee) or an adjective ("the
    embattled Ann Lee").
    """
    while before and before[-1].rstrip(".") in TITLE_SET:
        before.pop()  # "pulled Rep. Lee aside"
    if not before:
        return True
    word = before[-1]
    if word in _SUBORDINATORS:
        return False
    if len(before) > 1 and before[-2] == "to" and word.isalpha() and word.islower():
        return False  # the object of an infinitive: "used it to rescue Vell"
    return not (
        len(word) > 4
        and word.endswith("ed")
        and word.isalpha()
        and word.islower()
        and not is_speech_verb(word)
        and (len(before) < 2 or before[-2].lower() not in _DETERMINERS)
    )
