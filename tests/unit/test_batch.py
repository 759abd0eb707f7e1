"""newsparse._batch.ordered_map: input order, workers started once, a dead worker survived."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import zoneinfo
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

import newsparse
from newsparse._batch import (
    CHUNK_WEIGHT,
    POOL_MIN_ITEMS,
    _chunks,
    _Pool,
    default_jobs,
    ordered_map,
)
from newsparse.adapters import Adapter

_initialized = 0


def square(number: int) -> int:
    return number * number


def pid_and_starts(_: int) -> tuple[int, int]:
    return os.getpid(), _initialized


def count_start() -> None:
    global _initialized
    _initialized += 1


def die_on_13(number: int) -> int:
    if number == 13:
        os._exit(3)  # as a crash in a C extension would end the worker
    return number


def lost(item: int, why: str) -> int:
    assert "worker process died" in why
    return -item


def no_pid(item: int, why: str) -> tuple[int, int]:
    return (0, 0)


def test_results_come_in_input_order_from_worker_processes() -> None:
    numbers = list(range(200))
    assert list(ordered_map(square, numbers, jobs=2, on_lost=lost)) == [n * n for n in numbers]


def test_items_are_read_lazily() -> None:
    taken: list[int] = []

    def numbers() -> Iterator[int]:
        for number in range(10_000):
            taken.append(number)
            yield number

    results = ordered_map(square, numbers(), jobs=2, on_lost=lost)
    assert next(results) == 0
    assert len(taken) < 200  # a few chunks a worker ahead, not the whole input
    results.close()


def test_heavy_items_travel_in_smaller_chunks() -> None:
    weights = {1: 10, 2: CHUNK_WEIGHT, 3: 10, 4: 10, 5: 10}
    chunks = list(_chunks(iter(weights), 3, weights.__getitem__, CHUNK_WEIGHT))
    assert chunks == [[1, 2], [3, 4, 5]]
    assert list(_chunks(iter(range(7)), 3, None, CHUNK_WEIGHT)) == [[0, 1, 2], [3, 4, 5], [6]]


def test_heavy_items_are_read_a_few_at_a_time() -> None:
    taken: list[int] = []

    def numbers() -> Iterator[int]:
        for number in range(10_000):
            taken.append(number)
            yield number

    results = ordered_map(square, numbers(), jobs=2, on_lost=lost, weigh=lambda _: CHUNK_WEIGHT)
    assert next(results) == 0
    assert len(taken) < 40  # one item a chunk: a few chunks a worker ahead
    results.close()


def test_a_small_run_stays_in_this_process() -> None:
    results = ordered_map(pid_and_starts, range(POOL_MIN_ITEMS - 1), jobs=2, on_lost=no_pid)
    assert {pid for pid, _ in results} == {os.getpid()}


def test_one_job_stays_in_this_process() -> None:
    results = ordered_map(pid_and_starts, range(100), jobs=1, on_lost=no_pid)
    assert {pid for pid, _ in results} == {os.getpid()}


def test_each_worker_is_initialized_once() -> None:
    results = list(
        ordered_map(pid_and_starts, range(200), jobs=2, initializer=count_start, on_lost=no_pid)
    )
    workers = {pid for pid, _ in results}
    assert os.getpid() not in workers
    assert 1 <= len(workers) <= 2
    assert {starts for _, starts in results} == {1}


def test_a_dead_worker_costs_only_the_item_that_killed_it() -> None:
    numbers = list(range(60))
    results = list(ordered_map(die_on_13, numbers, jobs=2, on_lost=lost))
    assert results == [-13 if n == 13 else n for n in numbers]


_SPAWNED_DEATHS = """
import threading, time
from tests.unit.test_batch import die_on_13, lost
from newsparse._batch import ordered_map

if __name__ == "__main__":
    # A second thread makes ordered_map spawn its workers instead of forking them.
    threading.Thread(target=time.sleep, args=(600,), daemon=True).start()
    for _ in range(12):
        results = list(ordered_map(die_on_13, list(range(60)), jobs=2, on_lost=lost))
        assert results == [-13 if n == 13 else n for n in range(60)]
"""


def test_a_dead_spawned_worker_does_not_hang_the_run(tmp_path: Path) -> None:
    script = tmp_path / "spawned_deaths.py"
    script.write_text(_SPAWNED_DEATHS, encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    environment = dict(os.environ, PYTHONPATH=os.pathsep.join([str(root), *sys.path]))
    try:
        done = subprocess.run(
            [sys.executable, str(script)], env=environment, capture_output=True, timeout=120
        )
    except subprocess.TimeoutExpired:
        pytest.fail("a pool whose spawned worker died hung on shutdown")
    assert done.returncode == 0, done.stderr.decode()[-2000:]


class _ClosedPipes:
    """An executor whose submit fails as one does when a worker died while it spawned another."""

    def submit(self, *args: object) -> None:
        raise OSError("handle is closed")


def test_a_pool_that_breaks_while_starting_a_worker_fails_the_chunk_as_broken() -> None:
    pool = _Pool.__new__(_Pool)
    pool.executor = _ClosedPipes()  # type: ignore[assignment]
    future = pool.submit(abs, [1])
    with pytest.raises(BrokenProcessPool, match="handle is closed"):
        future.result()


def exit_unless_in(parent: int) -> None:
    if os.getpid() != parent:
        os._exit(4)  # as a worker that cannot start would


def test_workers_that_cannot_start_leave_the_work_to_this_process() -> None:
    numbers = list(range(60))
    results = ordered_map(
        square, numbers, jobs=2, initializer=exit_unless_in, initargs=(os.getpid(),), on_lost=lost
    )
    assert list(results) == [n * n for n in numbers]


def test_default_jobs_is_the_usable_cpus() -> None:
    assert default_jobs() == len(os.sched_getaffinity(0))


def test_what_workers_are_given_pickles() -> None:
    options = newsparse.Options(quotes=False, timezone=zoneinfo.ZoneInfo("Europe/London"))
    assert pickle.loads(pickle.dumps(options)) == options
    for adapter in newsparse.adapters():
        assert pickle.loads(pickle.dumps(adapter)) == adapter
    custom = Adapter(name="scale-test")
    assert pickle.loads(pickle.dumps(custom)) == custom
