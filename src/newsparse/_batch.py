"""An ordered, lazy map over worker processes: the engine of ``newsparse parse --jobs N``.

:func:`ordered_map` applies a function to items in worker processes and
yields the results in the items' order, reading the items lazily and
keeping at most a few chunks per worker in flight, so that memory stays
flat however many items there are. Each worker is started once (forked on
Linux when this process has a single thread, else spawned: a fresh
interpreter), runs the initializer once — registered adapters, options, a
warm-up parse — and then takes chunk after chunk.

A run with few items (fewer than ``min_items``) is done in this process:
starting workers would cost more than it saves. A worker that dies (killed,
out of memory, a crash in a C extension) costs only the item it held: the
chunk is run again item by item in a fresh pool, the item that kills its
worker again gets ``on_lost``'s result, and the run goes on. Workers that
die before doing anything, pool after pool (they cannot start here: no
importable main module, no processes allowed), leave the rest of the run
to this process.
"""

from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import gc
import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

__all__ = ["CHUNK_WEIGHT", "POOL_MIN_ITEMS", "default_jobs", "ordered_map"]

Item = TypeVar("Item")
Result = TypeVar("Result")

#: Fewer items than this are done in this process, whatever ``jobs`` says.
POOL_MIN_ITEMS = 16
#: What the items of a chunk weigh at most, when ``ordered_map`` is told their weights (bytes).
CHUNK_WEIGHT = 1 << 20
#: Chunks in flight per worker: enough to keep each busy while the results are written.
_CHUNKS_PER_WORKER = 4
#: How often a worker checks that its parent is still there.
_PARENT_CHECK_SECONDS = 1.0
#: Pools in a row whose workers died before finishing anything: then workers cannot start here.
_BARREN_STARTS = 3


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


def _chunks(
    items: Iterator[Item], size: int, weigh: Callable[[Item], int] | None, most: int
) -> Iterator[list[Item]]:
    """Cut ``items`` into chunks of ``size`` items, or fewer once their weight reaches ``most``."""
    if weigh is None:
        while counted := list(itertools.islice(items, size)):
            yield counted
        return
    chunk: list[Item] = []
    weight = 0
    for item in items:
        chunk.append(item)
        weight += weigh(item)
        if len(chunk) >= size or weight >= most:
            yield chunk
            chunk, weight = [], 0
    if chunk:
        yield chunk


def ordered_map(
    function: Callable[[Item], Result],
    items: Iterable[Item],
    *,
    jobs: int,
    initializer: Callable[..., object] | None = None,
    initargs: tuple[Any, ...] = (),
    on_lost: Callable[[Item, str], Result],
    chunk_size: int = 16,
    weigh: Callable[[Item], int] | None = None,
    chunk_weight: int = CHUNK_WEIGHT,
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
        chunk_size: Items sent to a worker at a time, at most: fewer round
            trips leave the parent more idle time, so the workers more CPU.
        weigh: An item's weight (its bytes): a chunk is closed early once its
            items weigh ``chunk_weight``, so that the chunks in flight hold
            little memory however large the items.
        chunk_weight: See ``weigh``.
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
    chunks = _chunks(itertools.chain(head, iterator), chunk_size, weigh, chunk_weight)
    yield from _pooled(function, chunks, jobs, initializer, initargs, on_lost)


def _exit_with(parent: int) -> None:
    """End this worker when its parent is gone (killed with SIGKILL, it could not say so)."""
    while os.getppid() == parent:
        time.sleep(_PARENT_CHECK_SECONDS)
    os._exit(1)


def _start_worker(initializer: Callable[..., object] | None, initargs: tuple[Any, ...]) -> None:
    # Ctrl-C reaches the whole process group: the parent ends the run, and
    # workers that stopped with a KeyboardInterrupt would print tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(os.getppid(),), daemon=True).start()
    # What a forked worker inherits (modules, compiled patterns) lives as long as it
    # does: the collector need not walk it again and again, and by not touching it
    # leaves those pages shared with the parent.
    gc.freeze()
    if initializer is not None:
        initializer(*initargs)


def _context() -> multiprocessing.context.BaseContext:
    """Fork where it is safe (Linux, this process has one thread), else spawn.

    A forked worker starts at once with everything this process imported;
    a spawned one imports newsparse again (about 0.3 s). Forking a process
    with threads can deadlock (and Python 3.12 warns), and macOS's system
    libraries are not fork-safe.
    """
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _start(
    jobs: int, initializer: Callable[..., object] | None, initargs: tuple[Any, ...]
) -> concurrent.futures.ProcessPoolExecutor:
    """Start the workers now, with this process's standard streams flushed.

    A forked worker flushes the standard streams it inherited when it ends:
    whatever sat in their buffers at the fork would be written twice.
    """
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    executor = concurrent.futures.ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=_context(),
        initializer=_start_worker,
        initargs=(initializer, initargs),
    )
    # The workers are forked (or spawned) here, not later; if they die at once, the
    # first chunk sent finds the pool broken and the run deals with it there.
    with contextlib.suppress(BrokenProcessPool):
        executor.submit(int).result()
    return executor


def _stop(executor: concurrent.futures.ProcessPoolExecutor) -> None:
    """Shut a broken pool down, its surviving workers killed first.

    A spawned worker that outlived its broken pool can sit waiting for work
    that never comes while the pool's shutdown waits for it: killing the
    workers first makes the shutdown end (without, one pool in a few hung for good).
    """
    # The executor keeps its processes in a private attribute; without it, shut down as is.
    processes: dict[int, multiprocessing.process.BaseProcess] = getattr(executor, "_processes", {})
    for process in list((processes or {}).values()):
        with contextlib.suppress(OSError, ValueError):
            process.kill()
    executor.shutdown(wait=True, cancel_futures=True)


class _Pool:
    """A process pool that is started again when a worker dies."""

    def __init__(
        self, jobs: int, initializer: Callable[..., object] | None, initargs: tuple[Any, ...]
    ) -> None:
        self.jobs, self.initializer, self.initargs = jobs, initializer, initargs
        self.executor = _start(jobs, initializer, initargs)
        self.done = 0  # chunks done by the current workers
        self.barren_starts = 0  # pools in a row that broke before doing anything

    def cannot_start(self) -> bool:
        """Whether workers die before doing anything, pool after pool (they cannot start)."""
        return self.barren_starts >= _BARREN_STARTS

    def restart(self) -> None:
        """Start fresh workers; or, when workers cannot start, get this process ready instead."""
        self.barren_starts = 0 if self.done else self.barren_starts + 1
        self.done = 0
        _stop(self.executor)
        if self.cannot_start():
            if self.initializer is not None:
                self.initializer(*self.initargs)
            return
        self.executor = _start(self.jobs, self.initializer, self.initargs)

    def submit(
        self, function: Callable[[Item], Result], chunk: list[Item]
    ) -> concurrent.futures.Future[list[Result]]:
        """Send a chunk; if the pool is broken already, its future fails when it is read."""
        failed: concurrent.futures.Future[list[Result]] = concurrent.futures.Future()
        try:
            return self.executor.submit(_run_chunk, function, chunk)
        except BrokenProcessPool as error:
            failed.set_exception(error)
        except OSError as error:
            # A worker died while this submit spawned its replacement: the
            # pool's pipes were closed under it ("handle is closed"), so the
            # pool is as broken as if it had said so.
            broken = BrokenProcessPool(f"the pool broke while starting a worker ({error})")
            failed.set_exception(broken)
        return failed


def _one_by_one(
    pool: _Pool,
    function: Callable[[Item], Result],
    chunk: list[Item],
    on_lost: Callable[[Item, str], Result],
) -> list[Result]:
    """Run a chunk whose worker died again, each item alone, so that only the culprit is lost.

    If it turns out that workers cannot start at all, the items they were
    given are done here instead, so that none is lost for that.
    """
    results: list[Result] = []
    unstarted: list[int] = []  # items lost while no worker has done anything yet
    for item in chunk:
        if pool.cannot_start():
            results.append(function(item))
            continue
        try:
            results += pool.submit(function, [item]).result()
            pool.done += 1
        except BrokenProcessPool as error:
            if not pool.done:
                unstarted.append(len(results))
            results.append(on_lost(item, f"the worker process died ({error})"))
            pool.restart()
            if pool.cannot_start():
                for index in unstarted:
                    results[index] = function(chunk[index])
    return results


def _in_this_process(
    function: Callable[[Item], Result],
    results: list[Result],
    waiting: list[list[Item]],
    chunks: Iterator[list[Item]],
) -> Iterator[Result]:
    """Finish the run here (the pool ran the initializer here): the results so far, the rest."""
    yield from results
    for chunk in itertools.chain(waiting, chunks):
        yield from map(function, chunk)


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
                pool.done += 1
            except BrokenProcessPool:
                # Every chunk in flight failed with the worker; the head is retried item by
                # item in a fresh pool to find the culprit, the others are sent again.
                waiting = [again for again, _ in pending]
                pending.clear()
                pool.restart()
                results = _one_by_one(pool, function, chunk, on_lost)
                if pool.cannot_start():
                    yield from _in_this_process(function, results, waiting, chunks)
                    return
                pending.extend((again, pool.submit(function, again)) for again in waiting)
            yield from results
    finally:
        pool.executor.shutdown(wait=False, cancel_futures=True)
