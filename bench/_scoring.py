"""Pure scoring functions for bench/accuracy.py: no I/O, no newsparse import.

Each function implements one rule of a corpus README in
``../shared/corpus/*/README.md``; the docstrings name the rule. They are
unit-tested with tiny invented texts in ``tests/unit/test_scoring.py``.

- shingle metric (``zyte-dev/README.md``, "Scoring rule", after the
  benchmark's ``evaluate.py``): :func:`shingles`, :func:`page_counts`,
  :func:`macro_scores`;
- headline agreement (our rule, for the issue-16 figure): :func:`token_f1`,
  :func:`headline_right`;
- crude comment-header removal (``dragnet-dev/README.md``):
  :func:`strip_comment_headers`;
- quote matching and speaker keys (``quotes-dev/README.md``):
  :func:`normalise`, :func:`match_quotes`, :func:`speaker_key`,
  :func:`speaker_right`;
- the accuracy ratchet (``bench/floors.json``): :func:`check_figure`,
  :func:`plan_floor_update`, :func:`update_floors` (which refuses to lower a
  floor without a reason).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

# The same agreement the HTML reader uses to tell a stated headline in the page.
from newsparse._pipeline.html.headline import token_f1

__all__ = [
    "HEADLINE_AGREEMENT",
    "MATCH_RATIO",
    "MAX_SPEAKER_TOKENS",
    "PRONOUNS",
    "RAISED",
    "SHINGLE_SIZE",
    "STOP_WORDS",
    "TOLERANCE",
    "Counts",
    "FloorChange",
    "FloorUpdate",
    "Scores",
    "bound_of",
    "check_figure",
    "harmonic_mean",
    "headline_right",
    "is_date_or_time",
    "is_widget_or_number",
    "macro_scores",
    "match_quotes",
    "normalise",
    "page_counts",
    "plan_floor_update",
    "quote_tokens",
    "round_toward_floor",
    "shingles",
    "speaker_key",
    "speaker_right",
    "strip_comment_headers",
    "token_f1",
    "tokens",
    "update_floors",
]

# --------------------------------------------------------------------------
# The shingle metric: zyte-dev/README.md, "Scoring rule".

# Unicode \w+ as in the benchmark's evaluate.py: "don't" -> "don", "t".
_TOKEN = re.compile(r"\w+")
SHINGLE_SIZE = 4

Counts = tuple[float, float, float]
"""One page's (TP, FP, FN), normalised to sum 1 (or all 0 when both texts are empty)."""

# A page on which the parser raised: precision 0 and recall 0, and the page
# counts for both averages (TP+FP > 0 and TP+FN > 0).
RAISED: Counts = (0.0, 0.5, 0.5)


def tokens(text: str) -> list[str]:
    r"""Return the ``\w+`` tokens of ``text``, case kept.

    Example:
        >>> tokens("Don't stop — 東京タワー 42!")
        ['Don', 't', 'stop', '東京タワー', '42']
    """
    return _TOKEN.findall(text)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Return the multiset of ``size``-token shingles of ``text``.

    A text of 1 to ``size - 1`` tokens gives one shorter shingle; an empty
    text gives none.

    Example:
        >>> sorted(shingles("a b c d e").items())
        [(('a', 'b', 'c', 'd'), 1), (('b', 'c', 'd', 'e'), 1)]
        >>> shingles("a b")
        Counter({('a', 'b'): 1})
    """
    found = tokens(text)
    if not found:
        return Counter()
    count = max(1, len(found) - size + 1)
    return Counter(tuple(found[i : i + size]) for i in range(count))


def page_counts(gold: str, predicted: str) -> Counts:
    """Return one page's TP/FP/FN over shingles, divided by their sum.

    TP is the multiset overlap (minimum counts), FP the surplus in the
    prediction, FN the surplus in the gold.

    Example:
        >>> page_counts("one two three four five", "one two three four")
        (0.5, 0.0, 0.5)
        >>> page_counts("", "")
        (0.0, 0.0, 0.0)
    """
    gold_shingles = shingles(gold)
    predicted_shingles = shingles(predicted)
    tp = float(sum((gold_shingles & predicted_shingles).values()))
    fp = float(sum((predicted_shingles - gold_shingles).values()))
    fn = float(sum((gold_shingles - predicted_shingles).values()))
    total = tp + fp + fn
    if total == 0:
        return (0.0, 0.0, 0.0)
    return (tp / total, fp / total, fn / total)


# --------------------------------------------------------------------------
# The headline: right when its words agree with the page's own title.

#: Token F1 at or above which a predicted headline is right.
HEADLINE_AGREEMENT = 0.8


def headline_right(predicted: str | None, gold: str) -> bool:
    """Tell whether a predicted headline agrees with the gold one (token F1 >= 0.8).

    Example:
        >>> headline_right("Storm hits coast", "Storm hits the coast")
        True
        >>> headline_right(None, "Storm")
        False
    """
    return predicted is not None and token_f1(predicted, gold) >= HEADLINE_AGREEMENT


@dataclass(frozen=True)
class Scores:
    """Macro precision and recall over pages, and F1 = their harmonic mean."""

    precision: float
    recall: float
    f1: float
    precision_pages: int
    recall_pages: int


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def harmonic_mean(a: float, b: float) -> float:
    """Return ``2ab / (a + b)``, 0 when both are 0.

    Example:
        >>> harmonic_mean(0.5, 1.0)
        0.6666666666666666
    """
    return 2 * a * b / (a + b) if a + b else 0.0


def macro_scores(pages: Sequence[Counts]) -> Scores:
    """Average precision over pages with TP+FP > 0 and recall over pages with TP+FN > 0.

    F1 is the harmonic mean of the two averages, not a mean of per-page F1s.
    An average over no pages is 0.

    Example:
        >>> s = macro_scores([(0.5, 0.0, 0.5), (0.0, 0.0, 1.0)])
        >>> (s.precision, s.recall, s.precision_pages, s.recall_pages)
        (1.0, 0.25, 1, 2)
    """
    precisions = [_precision(*page) for page in pages if page[0] + page[1] > 0]
    recalls = [_recall(*page) for page in pages if page[0] + page[2] > 0]
    precision = math.fsum(precisions) / len(precisions) if precisions else 0.0
    recall = math.fsum(recalls) / len(recalls) if recalls else 0.0
    return Scores(
        precision=precision,
        recall=recall,
        f1=harmonic_mean(precision, recall),
        precision_pages=len(precisions),
        recall_pages=len(recalls),
    )


# --------------------------------------------------------------------------
# Comment headers: dragnet-dev/README.md, "What differs between dump and gold".

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE_OR_TIME = re.compile(
    # month names: May 3, 2012; 3 May 2012; June 2012; Dec 12
    rf"\b{_MONTH}\.?\s+\d{{1,4}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b"
    # numeric dates: 03/05/2012, 2012-05-03, 3.5.12
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b"
    # times of day: 10:32, 10:32 am, 3pm, 3 p.m.
    r"|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b\.?"
    # relative times: 2 days ago, an hour ago
    r"|\b(?:\d+|an?)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago\b",
    re.IGNORECASE,
)
_HEADER_MAX = 80  # README: "lines under 80 characters"
_NEIGHBOUR_MAX = 30  # our reading of "short lines next to those": keeps 75% as the README says


def is_date_or_time(line: str) -> bool:
    """Return whether ``line`` holds a date or a time of day.

    Example:
        >>> [is_date_or_time(s) for s in ("May 3, 2012 at 5:01 pm", "2 days ago", "Mayday")]
        [True, True, False]
    """
    return _DATE_OR_TIME.search(line) is not None


def _is_header(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) < _HEADER_MAX and (
        stripped.casefold().endswith("says:") or is_date_or_time(stripped)
    )


def strip_comment_headers(text: str) -> str:
    r"""Remove comment header lines from gold comments, by the README's crude rule.

    A header line is under 80 characters and holds a date or time or ends in
    ``says:``. The nearest non-blank line before and after each header line
    goes too when it is under 30 characters (a name, "Reply", a comment
    number). Removal is one step: a short line next to a removed neighbour
    stays.

    Example:
        >>> gold = "Ann\nMay 3, 2012 at 5:01 pm\nA comment of more than thirty characters."
        >>> strip_comment_headers(gold + "\n\nBob says:\nNo.")
        'A comment of more than thirty characters.\n'
    """
    lines = text.split("\n")
    headers = {index for index, line in enumerate(lines) if _is_header(line)}
    drop = set(headers)
    non_blank = [index for index, line in enumerate(lines) if line.strip()]
    position = {index: rank for rank, index in enumerate(non_blank)}
    for index in headers:
        rank = position[index]
        for neighbour_rank in (rank - 1, rank + 1):
            if 0 <= neighbour_rank < len(non_blank):
                neighbour = non_blank[neighbour_rank]
                if len(lines[neighbour].strip()) < _NEIGHBOUR_MAX:
                    drop.add(neighbour)
    return "\n".join(line for index, line in enumerate(lines) if index not in drop)


_WIDGET_WORDS = frozenset(
    ("reply", "replies", "like", "likes", "report", "share", "flag", "permalink")
)
_NUMBER_ONLY = re.compile(r"^\W*\d[\d\W]*$")


def is_widget_or_number(author: str) -> bool:
    """Return whether an author name is a number, a date or a widget word (not a name).

    Example:
        >>> [is_widget_or_number(s) for s in ("Reply", "#12", "June 3, 2012", "Sharon")]
        [True, True, True, False]
    """
    if _NUMBER_ONLY.match(author) or is_date_or_time(author):
        return True
    return any(token.casefold() in _WIDGET_WORDS for token in tokens(author))


# --------------------------------------------------------------------------
# Quote matching and speakers: quotes-dev/README.md, "Scoring rule".

_TO_STRAIGHT = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
    }
)
_WHITESPACE = re.compile(r"\s+")
MATCH_RATIO = 0.8


def _is_edge_junk(char: str) -> bool:
    return char.isspace() or unicodedata.category(char).startswith("P")


def normalise(text: str) -> str:
    r"""Normalise a quote or a name: NFKC, straight marks, casefold, spaces, trimmed ends.

    Punctuation and spaces are stripped at both ends.

    Example:
        >>> normalise("  “Ｗe  can’t,”\n")
        "we can't"
    """
    text = unicodedata.normalize("NFKC", text).translate(_TO_STRAIGHT).casefold()
    text = _WHITESPACE.sub(" ", text)
    start, end = 0, len(text)
    while start < end and _is_edge_junk(text[start]):
        start += 1
    while end > start and _is_edge_junk(text[end - 1]):
        end -= 1
    return text[start:end]


def quote_tokens(text: str) -> Counter[str]:
    """Return the token multiset of a normalised quote.

    Example:
        >>> sorted(quote_tokens("“We don’t, we DON’T.”").items())
        [('don', 2), ('t', 2), ('we', 2)]
    """
    return Counter(tokens(normalise(text)))


def _overlap_ratio(a: Counter[str], b: Counter[str]) -> float:
    longer = max(a.total(), b.total())
    return (a & b).total() / longer if longer else 0.0


def match_quotes(
    predicted: Sequence[tuple[str, float]],
    gold: Sequence[tuple[str, float]],
    *,
    ratio: float = MATCH_RATIO,
) -> list[tuple[int, int]]:
    """Pair predicted with gold quotes one to one; return ``(predicted, gold)`` index pairs.

    Each side is a sequence of ``(text, position)``; the position (a
    paragraph number) only breaks ties. A pair qualifies when the token
    multisets overlap in at least ``ratio`` of the tokens of the longer
    text; pairs are taken greedily by overlap ratio, ties going to the pair
    nearer in reading order, then to the earlier gold and prediction.

    Example:
        >>> match_quotes([("a b c d e", 3), ("x y", 5)], [("x y", 9), ("a b c d", 3), ("x y", 4)])
        [(0, 1), (1, 2)]
    """
    predicted_tokens = [quote_tokens(text) for text, _ in predicted]
    gold_tokens = [quote_tokens(text) for text, _ in gold]
    candidates: list[tuple[float, float, int, int]] = []
    for p_index, p_bag in enumerate(predicted_tokens):
        for g_index, g_bag in enumerate(gold_tokens):
            score = _overlap_ratio(p_bag, g_bag)
            if score >= ratio:
                distance = abs(predicted[p_index][1] - gold[g_index][1])
                candidates.append((-score, distance, g_index, p_index))
    candidates.sort()
    used_predicted: set[int] = set()
    used_gold: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, g_index, p_index in candidates:
        if p_index not in used_predicted and g_index not in used_gold:
            used_predicted.add(p_index)
            used_gold.add(g_index)
            pairs.append((p_index, g_index))
    return sorted(pairs)


# The README lists "the, a, an, of, and, for, in, on, at, to, jr, sr, inc,
# ltd, …"; the tail after its ellipsis is ours: other corporate suffixes and
# generational numerals that never identify a speaker.
STOP_WORDS = frozenset(
    {
        *("the", "a", "an", "of", "and", "for", "in", "on", "at", "to", "jr", "sr", "inc", "ltd"),
        *("co", "corp", "corporation", "llc", "plc", "ii", "iii", "iv"),
    }
)
PRONOUNS = frozenset(
    {
        *("i", "me", "we", "us", "you", "he", "him", "she", "her", "they", "them", "it"),
        *("himself", "herself", "themselves", "itself", "one", "someone", "somebody"),
    }
)
MAX_SPEAKER_TOKENS = 6
_POSSESSIVE = re.compile(r"'s\b")


def _name_tokens(name: str) -> list[str]:
    return tokens(_POSSESSIVE.sub("", normalise(name)))


def speaker_key(name: str) -> str | None:
    """Return the key of a name: its last token that is not a stop word.

    Example:
        >>> [speaker_key(name) for name in ("the Prime Minister’s Office", "Facebook Inc.", "the")]
        ['office', 'facebook', None]
    """
    for token in reversed(_name_tokens(name)):
        if token not in STOP_WORDS:
            return token
    return None


def speaker_right(predicted: str | None, gold: str) -> bool:
    """Return whether a predicted speaker names the gold one, by the key-token rule.

    Right when the gold key is a token of the predicted name or the
    predicted key a token of the gold name. Wrong when the prediction is
    empty, a pronoun, or longer than 6 tokens.

    Example:
        >>> [speaker_right(p, "Justin Trudeau") for p in ("Trudeau", "he", None, "Mr. Trudeau's")]
        [True, False, False, True]
    """
    if predicted is None:
        return False
    predicted_tokens = _name_tokens(predicted)
    if not predicted_tokens or len(predicted_tokens) > MAX_SPEAKER_TOKENS:
        return False
    if all(token in PRONOUNS for token in predicted_tokens):
        return False
    gold_tokens = _name_tokens(gold)
    gold_key = speaker_key(gold)
    predicted_key = speaker_key(predicted)
    return (gold_key is not None and gold_key in predicted_tokens) or (
        predicted_key is not None and predicted_key in gold_tokens
    )


# --------------------------------------------------------------------------
# The ratchet over bench/floors.json.

TOLERANCE = 0.005


def round_toward_floor(value: float, *, higher_is_better: bool) -> float:
    """Round a measured value to 2 decimals on the safe side: down a floor, up a ceiling.

    Example:
        >>> round_toward_floor(0.8269, higher_is_better=True)
        0.82
        >>> round_toward_floor(0.121, higher_is_better=False)
        0.13
    """
    # The epsilon keeps 0.57 (stored as 0.56999...) from rounding to 0.56.
    scaled = value * 100
    rounded = math.floor(scaled + 1e-9) if higher_is_better else math.ceil(scaled - 1e-9)
    return rounded / 100


def check_figure(value: float, bound: float, *, higher_is_better: bool) -> bool:
    """Return whether ``value`` keeps to its floor (or ceiling) within the tolerance.

    Example:
        >>> [check_figure(value, 0.80, higher_is_better=True) for value in (0.796, 0.79)]
        [True, False]
    """
    if higher_is_better:
        return value >= bound - TOLERANCE
    return value <= bound + TOLERANCE


@dataclass(frozen=True)
class FloorChange:
    """What ``--update-floors`` does to one figure's bound."""

    name: str
    old: float | None
    new: float
    loosens: bool


def plan_floor_update(
    bounds: Mapping[str, float],
    measured: Mapping[str, tuple[float, bool]],
) -> list[FloorChange]:
    """Return the bound changes that set each measured figure's bound to its value.

    ``bounds`` maps a figure to its current floor (or ceiling);
    ``measured`` maps a figure to ``(value, higher_is_better)``. The new
    bound is the value rounded to 2 decimals on the safe side. A change
    ``loosens`` when it lowers a floor or raises a ceiling: the caller must
    refuse it unless a reason is given. Unchanged bounds are left out.

    Example:
        >>> measured = {"f1": (0.7549, True), "new": (0.5, True)}
        >>> for change in plan_floor_update({"f1": 0.8}, measured):
        ...     print(change)
        FloorChange(name='f1', old=0.8, new=0.75, loosens=True)
        FloorChange(name='new', old=None, new=0.5, loosens=False)
    """
    changes: list[FloorChange] = []
    for name, (value, higher_is_better) in sorted(measured.items()):
        new = round_toward_floor(value, higher_is_better=higher_is_better)
        old = bounds.get(name)
        if old is not None and math.isclose(old, new):
            continue
        loosens = old is not None and (new < old if higher_is_better else new > old)
        changes.append(FloorChange(name=name, old=old, new=new, loosens=loosens))
    return changes


@dataclass(frozen=True)
class FloorUpdate:
    """The floors file's new entries, what changed, and what was refused."""

    floors: dict[str, dict[str, Any]]
    changes: list[FloorChange] = field(default_factory=list)
    refused: list[FloorChange] = field(default_factory=list)


def bound_of(entry: Mapping[str, Any]) -> float | None:
    """Return the floor or ceiling of a floors-file entry, None when it has neither.

    Example:
        >>> bound_of({"ceiling": 0.1, "set": "2025-01-01"}), bound_of({})
        (0.1, None)
    """
    value = entry.get("floor", entry.get("ceiling"))
    return None if value is None else float(value)


def update_floors(
    floors: Mapping[str, Mapping[str, Any]],
    measured: Mapping[str, tuple[float, bool]],
    *,
    reason: str | None,
    today: str,
) -> FloorUpdate:
    """Set each measured figure's bound to its value; refuse to loosen one without a reason.

    ``floors`` maps a figure to its entry in ``floors.json``: ``{"floor": x}``
    (or ``{"ceiling": x}`` for a lower-is-better figure), the date it was
    ``set``, and for a bound that was loosened the ``reason`` and the bound
    it was ``loosened_from``. When any change would loosen a bound and no
    reason is given, nothing changes and the loosening changes are returned
    as ``refused``.

    Example:
        >>> old = {"f1": {"floor": 0.8, "set": "2025-01-01"}}
        >>> update_floors(old, {"f1": (0.75, True)}, reason=None, today="2025-02-01").refused
        [FloorChange(name='f1', old=0.8, new=0.75, loosens=True)]
        >>> update = update_floors(old, {"f1": (0.75, True)}, reason="new gold", today="2025-02-01")
        >>> update.floors["f1"]
        {'floor': 0.75, 'set': '2025-02-01', 'reason': 'new gold', 'loosened_from': 0.8}
    """
    bounds = {name: b for name, entry in floors.items() if (b := bound_of(entry)) is not None}
    changes = plan_floor_update(bounds, measured)
    new_floors = {name: dict(entry) for name, entry in floors.items()}
    refused = [change for change in changes if change.loosens]
    if refused and not reason:
        return FloorUpdate(floors=new_floors, refused=refused)
    for change in changes:
        key = "floor" if measured[change.name][1] else "ceiling"
        entry: dict[str, Any] = {key: change.new, "set": today}
        if change.loosens:
            entry |= {"reason": reason, "loosened_from": change.old}
        new_floors[change.name] = entry
    return FloorUpdate(floors=dict(sorted(new_floors.items())), changes=changes)
