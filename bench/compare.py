"""Measure this checkout side by side with another revision, in one run.

Machines of this kind differ by 2x from one session to the next, so speed is
judged against a reference measured in the same run, on the same pages::

    python bench/compare.py                      # against a3e888b, every figure
    python bench/compare.py --against main~3     # another revision
    python bench/compare.py --only import first-parse pages
    python bench/compare.py --rounds 5 --json

The reference is checked out into a temporary git worktree (removed at the
end) and both are measured by ``bench/_measure.py`` in fresh processes, with
``PYTHONPATH`` pointing at each one's ``src``, alternating round by round;
each figure is the median over the rounds. ``big`` (a 50 MB page) runs for
this checkout only unless ``--big-reference`` is given: it takes minutes on
old code. The seed pages and the corpus are read from ``../shared``; without
it, the figures that need them are skipped.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MEASURE = Path(__file__).with_name("_measure.py")
SECTIONS = (
    "import",
    "import-cached",
    "first-parse",
    "pages",
    "corpus",
    "scaling",
    "adversarial",
    "big",
)
# Figures where more is better; for the rest less is better.
_HIGHER_IS_BETTER = ("_mb_s",)
# Fresh-process figures are noisy: each round measures them this many times.
_FRESH_REPEATS = {"import": 5, "import-cached": 5, "first-parse": 5}


@contextlib.contextmanager
def worktree(revision: str) -> Iterator[Path]:
    """Check ``revision`` out into a temporary worktree; remove it afterwards."""
    place = Path(tempfile.mkdtemp(prefix="newsparse-ref-")) / "tree"
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(place), revision],
        check=True,
    )
    try:
        yield place
    finally:
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(place)], check=False
        )


def measure(source: Path, section: str) -> dict[str, float]:
    """Run one section of ``bench/_measure.py`` against the library in ``source``.

    ``import-cached`` is ``import`` with byte code written to and read from a
    cache of its own (``PYTHONPYCACHEPREFIX``), as an installed package has it;
    the plain sections run as this environment does (here
    ``PYTHONDONTWRITEBYTECODE`` is set, so every import compiles the sources).
    """
    env = dict(os.environ, PYTHONPATH=str(source / "src"), NEWSPARSE_NO_PLUGINS="1")
    if section == "import-cached":
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        cache = Path(tempfile.gettempdir()) / f"newsparse-pycache-{abs(hash(str(source)))}"
        env["PYTHONPYCACHEPREFIX"] = str(cache)
        section = "import"
        subprocess.run([sys.executable, "-c", "import newsparse"], env=env, check=False)
    elif section == "import":
        # A cache left in the sources by a run without PYTHONDONTWRITEBYTECODE would be read.
        for cache_folder in (source / "src").rglob("__pycache__"):
            shutil.rmtree(cache_folder, ignore_errors=True)
    done = subprocess.run(
        [sys.executable, str(MEASURE), section],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        cwd=str(ROOT),
    )
    if done.returncode != 0:
        raise RuntimeError(f"measuring {section} in {source} failed:\n{done.stderr[-2000:]}")
    figures: dict[str, float] = json.loads(done.stdout)
    if "PYTHONPYCACHEPREFIX" in env:
        return {f"{name}_cached": value for name, value in figures.items()}
    return figures


def run(
    sections: list[str], rounds: int, reference: Path, *, big_reference: bool
) -> dict[str, dict[str, list[float]]]:
    """Return every figure's values, by side ("reference", "this") and name."""
    found: dict[str, dict[str, list[float]]] = {"reference": {}, "this": {}}
    for number in range(rounds):
        for section in sections:
            sides = [("reference", reference), ("this", ROOT)]
            if number % 2:
                sides.reverse()  # alternate who goes first
            if section == "big":
                if number > 0:
                    continue
                sides = [side for side in sides if side[0] == "this" or big_reference]
            for side, source in sides:
                for _ in range(_FRESH_REPEATS.get(section, 1)):
                    for name, value in measure(source, section).items():
                        found[side].setdefault(name, []).append(value)
            print(f"round {number + 1}/{rounds}: {section} measured", file=sys.stderr)
    return found


def report(found: dict[str, dict[str, list[float]]], revision: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for name in sorted(set(found["this"]) | set(found["reference"])):
        ours = found["this"].get(name)
        theirs = found["reference"].get(name)
        row: dict[str, object] = {
            "figure": name,
            revision: statistics.median(theirs) if theirs else None,
            "this": statistics.median(ours) if ours else None,
        }
        if ours and theirs:
            a, b = statistics.median(theirs), statistics.median(ours)
            better = name.endswith(_HIGHER_IS_BETTER)
            row["speed-up"] = (b / a if better else a / b) if a and b else None
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--against", default="a3e888b", help="the reference revision")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, help="measure these sections")
    parser.add_argument("--rounds", type=int, default=3, help="rounds, alternating sides")
    parser.add_argument(
        "--big-reference", action="store_true", help="time the 50 MB page on the reference too"
    )
    parser.add_argument("--json", action="store_true", help="print the rows as JSON only")
    args = parser.parse_args(argv)
    sections = list(args.only or SECTIONS)
    if not (ROOT.parent / "shared" / "seeds").is_dir():
        print("skipped: ../shared is absent; only the import is measured", file=sys.stderr)
        sections = [section for section in sections if section == "import"]
    with worktree(args.against) as reference:
        found = run(sections, args.rounds, reference, big_reference=args.big_reference)
    rows = report(found, args.against)
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    print(f"{'figure':<34} {args.against:>12} {'this':>12} {'speed-up':>9}")
    for row in rows:
        cells = [
            f"{value:12.4g}" if isinstance(value, float) else f"{'-':>12}"
            for value in (row[args.against], row["this"])
        ]
        gain = row.get("speed-up")
        shown = f"{gain:8.2f}x" if isinstance(gain, float) else f"{'':>9}"
        print(f"{row['figure']:<34} {cells[0]} {cells[1]} {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
