"""Score quotes against our own hand-labelled gold (fixtures and the seed pages).

The gold lives in ``tests/quotes_gold/``: ``fixtures.json`` holds the words
of each quote of our invented fixtures; ``seeds.json`` holds, for each quote
of the two real seed pages, its lines, kind, and fingerprints of its
speaker's name (``speaker_sha``, null for none) and of its words (the
first 12 hex digits of the SHA-1 of the casefolded name or the normalised
text), so that no sentence or name of theirs is copied into the project.

A found quote matches a gold one when it starts on the same line and its
words are the same once marks, outer punctuation and runs of white space
are set aside (issue 6: "exact text after removing marks and outer
punctuation"). Its speaker is right when the names (or, for the seeds, their
fingerprints) are equal, case aside.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsparse.models import Quote

GOLD = Path(__file__).resolve().parents[1] / "tests" / "quotes_gold"
_MARKS = "‘’“”\"'«»„‚‹›「」『』"
_OUTER = _MARKS + " .,;:!?…-–—"


def normalise(text: str) -> str:
    r"""Return quote words to compare: one space between words, marks and outer punctuation gone.

    Example:
        >>> normalise("‘We are\u00a0ready.’ ")
        'we are ready'
    """
    return " ".join(text.split()).strip(_OUTER).casefold()


def fingerprint(text: str) -> str:
    """Return the fingerprint that ``seeds.json`` stores for a quote's words.

    Example:
        >>> words = fingerprint("We are ready.")
        >>> len(words), words == fingerprint("we are ready")
        (12, True)
    """
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()[:12]


@dataclass
class GoldTally:
    """Counts over pages: found, gold, matched, speakers right, kinds right."""

    found: int = 0
    gold: int = 0
    matched: int = 0
    with_speaker: int = 0
    speaker_right: int = 0
    kind_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.with_speaker if self.with_speaker else 1.0


def speaker_fingerprint(name: str) -> str:
    """Return the fingerprint that ``seeds.json`` stores for a speaker's name, case aside.

    Example:
        >>> speaker_fingerprint("Dr Ann Lee") == speaker_fingerprint("dr ann lee")
        True
    """
    return hashlib.sha1(name.casefold().encode("utf-8")).hexdigest()[:12]


def _gold_speaker(record: dict[str, Any]) -> str | None:
    """Return the gold speaker of a record: its name, or its name's fingerprint."""
    if "speaker_sha" in record:
        found: str | None = record["speaker_sha"]
        return found
    named: str | None = record["speaker"]
    return None if named is None else named.casefold()


def _speaker_right(found: str | None, record: dict[str, Any]) -> bool:
    if found is None:
        return False
    wanted = record.get("speaker_sha") or speaker_fingerprint(str(record["speaker"]))
    return speaker_fingerprint(found) == wanted


def _key(record: dict[str, Any]) -> tuple[int, str]:
    if "text" in record:
        return record["lines"][0], fingerprint(record["text"])
    return record["lines"][0], record["sha"]


def tally_page(
    tally: GoldTally, page: str, quotes: Sequence[Quote], gold: Sequence[dict[str, Any]]
) -> None:
    """Add one page's found quotes, scored against its gold records, to ``tally``."""
    wanted: dict[tuple[int, str], list[dict[str, Any]]] = {}
    for record in gold:
        wanted.setdefault(_key(record), []).append(record)
    tally.found += len(quotes)
    tally.gold += len(gold)
    for quote in quotes:
        key = (quote.span.start_line, fingerprint(quote.text))
        if not wanted.get(key):
            where = f"{page} L{quote.span.start_line}"
            tally.misses.append(f"{where}: found, not gold: {quote.text[:60]!r}")
            continue
        record = wanted[key].pop(0)
        tally.matched += 1
        tally.kind_right += quote.kind.value == record["kind"]
        gold_speaker = _gold_speaker(record)
        if gold_speaker is not None:
            tally.with_speaker += 1
            if _speaker_right(quote.speaker, record):
                tally.speaker_right += 1
            else:
                tally.misses.append(
                    f"{page} L{quote.span.start_line}: "
                    f"speaker {quote.speaker!r}, gold {gold_speaker!r}"
                )
    for records in wanted.values():
        tally.misses += [f"{page} L{record['lines'][0]}: gold, not found" for record in records]


def load_gold(name: str) -> dict[str, list[dict[str, Any]]]:
    """Return the pages of ``tests/quotes_gold/NAME.json``: page path → gold quote records."""
    text = (GOLD / f"{name}.json").read_text(encoding="utf-8")
    data: dict[str, list[dict[str, Any]]] = json.loads(text)["pages"]
    return data
