"""The verb of a quote's clause: ``Lee welcomed “…”`` / ``He urged the board to “…”``.

The last resort for a partial quote that no cue credits, and for speech
quoted inside the writer's sentence ("with posts like “…”"): words quoted
inside the writer's clause are its subject's, whatever the verb, when the
subject can speak.
"""

from __future__ import annotations

from newsparse._pipeline.quotes.clauses import BREAK, tokens
from newsparse._pipeline.quotes.context import Cue, QuoteContext
from newsparse._pipeline.quotes.cue_before import subject_cue
from newsparse._pipeline.quotes.nameforms import is_role
from newsparse._pipeline.quotes.namephrases import Phrase, speaker_like
from newsparse._pipeline.quotes.speech import AUXILIARIES, looks_finite
from newsparse._pipeline.quotes.subjects import noun_by_determiner
from newsparse._pipeline.quotes.vocabulary import GROUP_NOUNS, NOT_NAMES

__all__ = ["clause_verb", "verb_in_last_clause"]

# Words split off the end of a quote's sentence at first: most clauses end sooner.
_TAIL_WORDS = 6
_CLAUSE_VERBS = 2  # verbs of a quote's clause tried for a partial quote no cue credits
# Words before a word shaped like a verb that make it no finite verb of a clause.
_NOT_BEFORE_VERB = frozenset((
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "to",
))  # fmt: skip


def clause_verb(context: QuoteContext) -> Cue | None:
    """``Lee welcomed “…”`` / ``He urged the board to “…”``: the verb of the quote's clause.

    For a partial quote no cue credits: the nearest word before it shaped
    like a finite verb, in its clause, whose subject can speak. Words
    quoted inside the writer's clause are its subject's, whatever the verb.
    """
    if not verb_in_last_clause(context.before):
        return None  # the common case, read without tokenising the whole sentence
    found = context.before_tokens
    tried = 0
    for verb in range(len(found) - 1, 0, -1):
        word = found[verb].text
        if word == BREAK or tried == _CLAUSE_VERBS:
            return None
        if not (word.islower() and looks_finite(word)) or word in AUXILIARIES:
            continue
        if found[verb - 1].text.lower() in _NOT_BEFORE_VERB or _plural_noun(word):
            continue  # "the embattled", "to have pledged", "GOP senators": no finite verb
        if noun_by_determiner(found, verb):
            continue  # "Lee’s remarks": a noun
        tried += 1
        cue = subject_cue(context, found, verb)
        if cue is not None and _can_speak(cue.subject):
            return Cue(cue.verb, cue.subject, cue.passage, cue.at, "clause-verb")
    return None


def verb_in_last_clause(before: str) -> bool:
    """Tell whether a word :func:`clause_verb` may try stands after the last clause break.

    Words are tokenised one at a time from the end (a word's tokens do not
    depend on its neighbours), so a quote after a clause break costs a few
    words, not its whole sentence, however many quotes that holds.
    """
    parts = before.rsplit(None, _TAIL_WORDS)
    if len(parts) <= _TAIL_WORDS:
        return _verb_before_break(parts) is True
    found = _verb_before_break(parts[1:])
    return found if found is not None else _verb_before_break(parts[0].split()) is True


def _verb_before_break(words: list[str]) -> bool | None:
    """Read ``words`` back: True at a verb :func:`clause_verb` may try, False at a clause break.

    None when the words hold neither.
    """
    for chunk in reversed(words):
        for token in reversed(tokens(chunk)):
            word = token.text
            if word == BREAK:
                return False
            if word.islower() and looks_finite(word) and word not in AUXILIARIES:
                return True
    return None


def _plural_noun(word: str) -> bool:
    """Tell whether a word shaped like a verb in -s is the plural of a job or a group."""
    return word.endswith("s") and (is_role(word[:-1]) or word in GROUP_NOUNS)


def _can_speak(subject: str) -> bool:
    """Tell whether a clause's subject can speak: a pronoun, a name, or a speaking description.

    A capitalised determiner opening the sentence ("Those stances", "A
    late win") makes no name.
    """
    first = subject.split(" ", 1)[0]
    if first in NOT_NAMES and first not in ("He", "She", "They", "It"):
        subject = subject.lower()
    return speaker_like(Phrase(subject, 0))
