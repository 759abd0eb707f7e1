"""Shared test set-up: hypothesis profiles, ``--update-golden``, and ``../shared``."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"

# tests/typing holds files for mypy to check, not to run (nor import for doctests).
collect_ignore_glob = ["typing/*"]

# Hypothesis profiles, chosen with HYPOTHESIS_PROFILE (docs/testing.md):
# - dev (the default): few examples, so the whole suite runs in well under a minute;
#   the example database keeps failures found earlier and replays them first.
# - ci (.ci/run): Hypothesis's own "ci" profile (derandomized, so a failure
#   repeats; no database; no deadline) with more examples; the whole suite stays
#   within ~5 minutes on a machine of the project's kind.
# - deep: long fuzzing by hand, tens of thousands of examples per test, no deadline,
#   and no health check stopping a slow or large strategy; run it on tests/property.
settings.register_profile("dev", max_examples=40, deadline=None)
settings.register_profile("ci", parent=settings.get_profile("ci"), max_examples=150)
settings.register_profile(
    "deep",
    max_examples=25_000,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.large_base_example,
    ],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the expected JSON of golden tests from the current parser",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ``../shared`` folder beside the checkout; skips the test when absent."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent (a fresh clone has no ../shared); nothing to compare with")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    seeds = shared_dir / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"{seeds} is absent; the seed pages are needed for this test")
    return seeds


class HungError(Exception):
    """Raised by the ``watchdog`` fixture: the code under test waited for input that never came."""


@pytest.fixture
def watchdog() -> Iterator[None]:
    """Turn a hang into a failure: reading a FIFO with no writer would block forever."""
    if not hasattr(signal, "SIGALRM"):
        pytest.skip("needs SIGALRM")

    def hung(signum: int, frame: FrameType | None) -> None:
        raise HungError

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
