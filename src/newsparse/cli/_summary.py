"""The summary ``newsparse parse`` prints at the end of a run over several documents."""

from __future__ import annotations

import collections
import time

import attrs

from newsparse.cli._work import Done

__all__ = ["RunSummary"]

#: Names listed in the summary for failures and skipped entries; the rest are counted.
_NAMES_SHOWN = 5


def _named(names: list[str]) -> str:
    shown = ", ".join(names[:_NAMES_SHOWN])
    more = len(names) - _NAMES_SHOWN
    return f"{shown}, and {more:,} more" if more > 0 else shown


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


@attrs.define
class RunSummary:
    """What a run did, counted as its results are written.

    ``skipped_entries`` are the names a directory walk passed over, with
    why; ``skipped_records`` the archive records that hold no page, by reason.
    """

    inputs: int = 0
    records: int = 0
    failed: list[str] = attrs.Factory(list)
    skipped_entries: list[tuple[str, str]] = attrs.Factory(list)
    skipped_records: collections.Counter[str] = attrs.Factory(collections.Counter)
    already_written: int = 0
    comments: int = 0
    quotes: int = 0
    started: float = attrs.Factory(time.monotonic)

    def count(self, done: Done) -> None:
        """Add one task's result."""
        if done.kind == "record":
            self.records += 1
            self.comments += done.comments
            self.quotes += done.quotes
        elif done.kind == "error":
            self.failed.append(done.label)

    @property
    def skipped(self) -> int:
        """Entries and records skipped."""
        return len(self.skipped_entries) + sum(self.skipped_records.values())

    def text(self) -> str:
        """Return the summary line, e.g. ``3 inputs, 2 records, 1 error (b.txt), ... in 0.4 s``."""
        parts = [_plural(self.inputs, "input"), _plural(self.records, "record")]
        if self.already_written:
            parts.append(f"{self.already_written:,} already written")
        errors = _plural(len(self.failed), "error")
        parts.append(f"{errors} ({_named(self.failed)})" if self.failed else errors)
        reasons = [path for path, _ in self.skipped_entries]
        reasons += [f"{count:,} {why}" for why, count in self.skipped_records.most_common()]
        skipped = f"{self.skipped:,} skipped"
        parts.append(f"{skipped} ({_named(reasons)})" if reasons else skipped)
        parts += [_plural(self.comments, "comment"), _plural(self.quotes, "quote")]
        return ", ".join(parts) + f" in {time.monotonic() - self.started:.1f} s"
