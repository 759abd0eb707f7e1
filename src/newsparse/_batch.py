"""An ordered, lazy map over worker processes: the engine of ``newsparse parse --jobs N``.

:func:`ordered_map` applies a function to items in worker processes and
yields the results in the items' order, reading the items lazily and
keeping at most a few chunks per worker in flight, so that memory stays
flat however many items there are. Each worker is started once (``spawn``:
a fresh interpreter, the same on every platform and safe in a process with
threads), runs the initializer once — imports, registered adapters,
options, a warm-up parse — and then takes chunk after chunk.

A run with few items (fewer than ``min_items``) is done in this process:
starting workers would cost more than it saves. A worker that dies (killed,
out of memory, a crash in a C extension) fails only the chunk it held: its
items get ``on_lost``'s results, the pool is started again and the run goes
on.
"""

from __future__ import annotations

import collections
import concurrent.futures
import itertools
import multiprocessing
import os
import signal
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

__all__ = ["POOL_MIN_ITEMS", "default_jobs", "ordered_map"]

Item = TypeVar("Item")
Result = TypeVar("Result")

#: Fewer items than this are done in this process, whatever ``jobs`` says.
POOL_MIN_ITEMS = 16
#: Chunks in flight per worker: enough to keep each busy while the results are written.
_CHUNKS_PER_WORKER = 4


def default_jobs() -> int:
    """Return the number of workers to start by default: the CPUs this process may use.

    Example:
        >>> default_jobs() >= 1
        True
    """
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _run_chunk(function: Callable[[Item], Result], chunk: list[Item]) -> list[Result]:
    return [function(item) for item in chunk]


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def ordered_map(
    function: Callable[[Item], Result],
    items: Iterable[Item],
    *,
    jobs: int,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
    on_lost: Callable[[Item, str], Result],
    chunk_size: int = 4,
    min_items: int = POOL_MIN_ITEMS,
) -> Generator[Result, None, None]:
    """Yield ``function(item)`` for each item, in order, computed in ``jobs`` worker processes.

    Args:
        function: A module-level function (workers import it by name).
        items: The items, read lazily; each is pickled to a worker.
        jobs: How many workers; 1 runs everything in this process.
        initializer: Run once in each worker (and once here when the run
            stays in this process) with ``initargs``.
        initargs: Its arguments; pickled to each worker.
        on_lost: The result for an item whose worker died, given the item
            and what happened.
        chunk_size: Items sent to a worker at a time.
        min_items: Runs with fewer items stay in this process.

    Example:
        >>> list(ordered_map(abs, [-1, 2, -3], jobs=2, on_lost=lambda item, why: None))
        [1, 2, 3]
    """
    iterator = iter(items)
    head = list(itertools.islice(iterator, min_items))
    if jobs <= 1 or len(head) < min_items:
        if initializer is not None:
            initializer(*initargs)
        yield from map(function, itertools.chain(head, iterator))
        return
    chunks = _chunks(itertools.chain(head, iterator), chunk_size)
    yield from _pooled(function, chunks, jobs, initializer, initargs, on_lost)


def _start_worker(initializer: Callable[..., object] | None, initargs: tuple[Any, ...]) -> None:
    # Ctrl-C reaches the whole process group: the parent ends the run, and
    # workers that stopped with a KeyboardInterrupt would print tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*initargs)


def _start(
    jobs: int, initializer: Callable[..., object] | None, initargs: tuple[Any, ...]
) -> concurrent.futures.ProcessPoolExecutor:
    return concurrent.futures.ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(initializer, initargs),
    )


class _Pool:
    """A process pool that is started again when a worker dies."""

    def __init__(
        self, jobs: int, initializer: Callable[..., object] | None, initargs: tuple[Any, ...]
    ) -> None:
        self.jobs, self.initializer, self.initargs = jobs, initializer, initargs
        self.executor = _start(jobs, initializer, initargs)

    def restart(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.executor = _start(self.jobs, self.initializer, self.initargs)

    def submit(
        self, function: Callable[[Item], Result], chunk: list[Item]
    ) -> concurrent.futures.Future[list[Result]]:
        """Send a chunk; if the pool is broken already, its future fails when it is read."""
        try:
            return self.executor.submit(_run_chunk, function, chunk)
        except BrokenProcessPool as error:
            failed: concurrent.futures.Future[list[Result]] = concurrent.futures.Future()
            failed.set_exception(error)
            return failed


def _one_by_one(
    pool: _Pool,
    function: Callable[[Item], Result],
    chunk: list[Item],
    on_lost: Callable[[Item, str], Result],
) -> list[Result]:
    """Run a chunk whose worker died again, each item alone, so that only the culprit is lost."""
    results: list[Result] = []
    for item in chunk:
        try:
            results += pool.submit(function, [item]).result()
        except BrokenProcessPool as error:
            results.append(on_lost(item, f"the worker process died ({error})"))
            pool.restart()
    return results


def _pooled(
    function: Callable[[Item], Result],
    chunks: Iterator[list[Item]],
    jobs: int,
    initializer: Callable[..., object] | None,
    initargs: tuple[Any, ...],
    on_lost: Callable[[Item, str], Result],
) -> Iterator[Result]:
    pool = _Pool(jobs, initializer, initargs)
    pending: collections.deque[tuple[list[Item], concurrent.futures.Future[list[Result]]]]
    pending = collections.deque()
    try:
        while True:
            while len(pending) < jobs * _CHUNKS_PER_WORKER:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                pending.append((chunk, pool.submit(function, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # Every chunk in flight failed with the worker; the head is retried item by
                # item in a fresh pool to find the culprit, the others are sent again.
                waiting = [again for again, _ in pending]
                pending.clear()
                pool.restart()
                results = _one_by_one(pool, function, chunk, on_lost)
                pending.extend((again, pool.submit(function, again)) for again in waiting)
            yield from results
    finally:
        pool.executor.shutdown(wait=False, cancel_futures=True)
