"""A process pool for the CPU-bound stages of ``chainwire run`` (parse and enrich).

Parsing and tagging are pure Python: one process uses one core. ``chainwire run`` maps the
day's batches over worker processes instead; each batch writes its own file and the worker
returns only a small summary, so no list of articles is pickled between processes. The
stage that follows combines the batch files in a fixed order, so the day's output does not
depend on the number of workers (``tests/test_parallel.py`` checks 1 vs 2 workers).

How many workers: the cores this process may run on (``os.sched_getaffinity``), capped by the
memory available now divided by what one worker of the stage needs (``WORKER_MEMORY``), and
never more than there are batches. ``--workers N`` (or ``CHAINWIRE_WORKERS``) overrides the
core count; the memory cap still applies.

Workers are forked (``fork`` start method) after the parent has loaded what the stage needs
(the enrichment gazetteers and the Kiwi model take several seconds to load): every worker then
starts warm and shares those pages with the parent instead of loading its own copy. The pool
initializer runs the stage's warm-up anyway - a no-op in a forked worker, the one-time load
where ``fork`` is not available (then ``spawn`` is used). Workers are also spawned when the
landing zone or the lake is on object storage: fsspec's S3 clients (and their event loop) belong
to the process that made them and refuse to run in a forked child ("not fork-safe").
"""

from __future__ import annotations

import ctypes
import functools
import gc
import itertools
import logging
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from chainwire.settings import get_settings
from chainwire.storage import is_remote

log = logging.getLogger(__name__)

WORKERS_ENV = "CHAINWIRE_WORKERS"
# Peak resident memory of one worker beyond what it shares with the parent, measured on a
# 20k-article generated day (docs/performance.md): a parse batch holds its pages and parsed
# articles; an enrich worker holds the tagger's memos on top of the shared models.
WORKER_MEMORY = {"parse": 400 * 2**20, "enrich": 700 * 2**20}
MEMORY_HEADROOM = 512 * 2**20  # left to the parent process and everything else on the machine

# How ``chainwire run`` (and a mapped Airflow task) sets up its process's memory (``tune_process_memory``),
# from a profile of a 20k-article day (docs/performance.md, *System time and page faults*): 8.9 % of the
# run's CPU samples were the kernel zeroing 2 MiB transparent huge pages (``clear_page_erms`` under
# ``do_huge_pmd_anonymous_page``), for memory that pyarrow's allocator, numpy (datasketch's MinHash, in
# dedup) and Kiwi asked huge pages for, gave back and faulted in again; and glibc handed blocks of a few
# MiB out as fresh mappings that every free unmapped (dedup alone faulted 0.5 M pages in). Measured, one
# run each at load 7-8: system time 7.8-8.9 s -> 3.8 s, peak RSS 1.65-1.72 -> 1.60 GB, user time unchanged.
PR_SET_THP_DISABLE = 41  # prctl: no transparent huge pages for this process and its children (kept over exec)
MALLOC_OPTIONS = {  # glibc mallopt(parameter, value), set once per process; forked workers inherit them
    -3: 32 * 2**20,   # M_MMAP_THRESHOLD: a block below 32 MiB (glibc's maximum) comes from the heap and is reused
    -1: 128 * 2**20,  # M_TRIM_THRESHOLD: up to 128 MiB free at the heap's top stay mapped, not returned and refaulted
    -2: 16 * 2**20,   # M_TOP_PAD: the heap grows 16 MiB at a time
}
_TUNED: list[str] = []  # what tune_process_memory set in this process (it runs once)


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity, not the machine's core count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


def available_memory() -> int | None:
    """Bytes of memory available to new processes now (``MemAvailable``), or None when unknown."""
    try:
        with open("/proc/meminfo") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def requested_workers(value: int | str | None = None) -> int | None:
    """The ``--workers`` value, else ``CHAINWIRE_WORKERS``, else None (= use every core)."""
    raw = value if value not in (None, "") else os.environ.get(WORKERS_ENV, "")
    if raw in (None, ""):
        return None
    return count_setting(raw, f"{WORKERS_ENV} / --workers")


def count_setting(raw: int | str, what: str) -> int:
    """A count given by the operator (an option or environment variable named ``what``): a whole number ≥ 1."""
    try:
        n = int(raw)
    except (TypeError, ValueError):
        raise ValueError(f"{what} must be a whole number, got {raw!r}") from None
    if n < 1:
        raise ValueError(f"{what} must be at least 1, got {n}")
    return n


def plan_workers(stage: str, batches: int, requested: int | None = None, memory: int | None = None) -> int:
    """Workers for one stage: requested (else every core), capped by memory and by the batch count."""
    n = requested or available_cores()
    memory = available_memory() if memory is None else memory
    per_worker = WORKER_MEMORY.get(stage, max(WORKER_MEMORY.values()))
    if memory is not None:
        by_memory = max(1, (memory - MEMORY_HEADROOM) // per_worker)
        if by_memory < n:
            log.warning("%s: %d worker(s) instead of %d: %.1f GiB available, ~%.1f GiB per worker", stage,
                        by_memory, n, memory / 2**30, per_worker / 2**30)
            n = int(by_memory)
    return max(1, min(n, batches))


def tune_process_memory() -> list[str]:
    """Set this process's memory policy for a pipeline run (``PR_SET_THP_DISABLE``, ``MALLOC_OPTIONS``);
    workers forked later inherit it. Linux with glibc only; elsewhere (or refused) nothing changes. Once
    per process; returns what is in effect, e.g. ``["no-thp", "mallopt"]``."""
    if _TUNED:
        return list(_TUNED)
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return []
    if hasattr(libc, "prctl") and libc.prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0) == 0:
        _TUNED.append("no-thp")
    if hasattr(libc, "mallopt") and all(libc.mallopt(k, v) == 1 for k, v in MALLOC_OPTIONS.items()):
        _TUNED.append("mallopt")
    return list(_TUNED)


def return_free_heap() -> bool:
    """Give the free pages of glibc's heap back to the system (``malloc_trim(0)``); whether it did. With
    ``MALLOC_OPTIONS`` every block below 32 MiB comes from the heap and only its top is ever trimmed, so
    what a stage freed stayed in the process for the next (the 100k day: ``assemble_enrich`` left the
    parent 0.6 GB above its entry, carried into the load's peak). For the parent between stages, not per
    batch: the next stage faults the pages in again."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    return hasattr(libc, "malloc_trim") and libc.malloc_trim(0) == 1


def _start_worker(tuned: bool, initializer: Callable[[], Any] | None) -> None:
    """A pool worker's start: the parent's memory policy when the parent has one (a forked worker has it
    already, a spawned one sets it here), then the stage's own initializer."""
    if tuned:
        tune_process_memory()
    if initializer is not None:
        initializer()


def start_method() -> str:
    """``fork`` (warm workers sharing the parent's pages) unless unavailable or storage is remote."""
    settings = get_settings()
    remote = is_remote(settings.raw_dir) or is_remote(settings.data_dir)
    return "fork" if "fork" in multiprocessing.get_all_start_methods() and not remote else "spawn"


# The parse pool's ``front_share``: this share of the batches goes to the workers up front, each worker's first
# work item a run of its part of it, done one batch after another in the worker. The pool's management thread
# (in this process) hands a worker its next batch only with the GIL, and ``meanwhile``'s C calls hold the GIL
# for seconds: a pure-Python thread beside ``run_day``'s enrichment warm-up was blocked on the GIL 81 % of the
# Kiwi model's load and 66-67 % of its first analysis and of compiling the taxonomy (docs/performance.md,
# *The warehouse tail and the start*): the parse workers ran dry and waited for it.
MEANWHILE_FRONT_SHARE = 0.5


def run_batches(fn: Callable[[Any], Any], batches: Sequence[Any]) -> list[Any]:
    """``[fn(batch) for batch in batches]`` in one worker: a front run (``MEANWHILE_FRONT_SHARE``)."""
    return [fn(batch) for batch in batches]


def front_runs(batches: int, workers: int, share: float) -> list[range]:
    """Batch indices of each worker's front run (``share`` of the batches, split evenly; none shorter than
    2), then every other batch alone, in order: the work items of ``map_batches``."""
    ahead = int(batches * share) // workers if workers > 1 else 0
    if ahead < 2:
        return [range(i, i + 1) for i in range(batches)]
    runs = [range(w * ahead, (w + 1) * ahead) for w in range(workers)]
    return runs + [range(i, i + 1) for i in range(workers * ahead, batches)]


def map_batches(fn: Callable[[Any], Any], batches: Sequence[Any], workers: int, *,
                initializer: Callable[[], Any] | None = None,
                on_done: Callable[[int, Any], None] | None = None,
                meanwhile: Callable[[], Any] | None = None, front_share: float = 0.0) -> list[Any]:
    """``[fn(batch) for batch in batches]``, over ``workers`` processes when more than one.

    ``fn`` must be picklable by reference (a module-level function, or ``functools.partial`` of one).
    Results come back in the order of ``batches``. ``on_done(index, result)`` is called in this
    process as each batch finishes (progress display). The first exception of any batch is
    raised here after the pool has been shut down (pending batches are cancelled).

    ``meanwhile()``, when given, is other work for this process: with a pool it runs here once every
    worker has been started (so nothing it loads or opens is inherited by a worker) while the
    workers work, and ``on_done`` calls wait until it returns; without a pool it runs first. Its
    exception is raised like a batch's (pending batches cancelled). ``front_share`` (with ``meanwhile``):
    that share of the batches goes to the workers as one run each (``front_runs``), so they need nothing
    from this process while ``meanwhile`` holds the GIL (``MEANWHILE_FRONT_SHARE``: the parse pool's).
    """
    if workers <= 1 or len(batches) <= 1:
        if meanwhile is not None:
            meanwhile()
        if initializer is not None:
            initializer()
        out = []
        for i, batch in enumerate(batches):
            out.append(fn(batch))
            if on_done:
                on_done(i, out[-1])
        return out
    results: list[Any] = [None] * len(batches)
    freeze = _freeze_shared_heap()
    try:
        with _new_pool(workers, initializer) as pool:
            items = front_runs(len(batches), workers, front_share if meanwhile is not None else 0.0)
            futures = {(pool.submit(fn, batches[run[0]]) if len(run) == 1
                        else pool.submit(run_batches, fn, [batches[i] for i in run])): run for run in items}
            pending = set(futures)
            try:
                if meanwhile is not None:
                    # Every worker exists now: a forking pool starts all of them at the first submit (a
                    # spawned worker inherits nothing anyway), so what ``meanwhile`` loads stays here.
                    meanwhile()
                while pending:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for fut in done:
                        run = futures[fut]
                        got = fut.result()  # re-raises a worker's exception
                        for i, result in zip(run, got if len(run) > 1 else [got], strict=True):
                            results[i] = result
                            if on_done:
                                on_done(i, result)
            except BaseException:
                for fut in pending:
                    fut.cancel()
                raise
    finally:
        if freeze:
            gc.unfreeze()  # the workers are gone: this process collects all of its objects again
    return results


def _freeze_shared_heap() -> bool:
    """Before forking workers: the parent's objects (GX, the taggers' gazetteers, the day's tables) go to the
    collector's permanent generation while the workers live, so a collection here or in a worker never writes
    to the pages they share, which would copy those pages into each process (docs/performance.md). Whether it
    froze (not when spawning, nor when the caller froze its own heap already): then unfreeze after the pool."""
    freeze = start_method() == "fork" and gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    return freeze


def _new_pool(workers: int, initializer: Callable[[], Any] | None) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(start_method()),
                               initializer=functools.partial(_start_worker, bool(_TUNED), initializer))


class StartedBatches:
    """Batches left running on a pool (``start_batches``) while this process goes on with other work;
    ``results()`` waits for them. ``workers``: the pool's processes."""

    def __init__(self, pool: ProcessPoolExecutor, futures: list[Future], workers: int, frozen: bool) -> None:
        self._pool: ProcessPoolExecutor | None = pool
        self._futures, self.workers, self._frozen = futures, workers, frozen

    def results(self) -> list[Any]:
        """``[fn(batch) for batch in batches]`` in the order of ``batches``; the first exception of any batch
        is raised here after the pool has been shut down (pending batches are cancelled)."""
        try:
            return [fut.result() for fut in self._futures]
        except BaseException:
            self.cancel()
            raise
        finally:
            self._close(cancel=False)

    def cancel(self) -> None:
        """Drop the batches not yet started and wait for the running ones (their files are left unread)."""
        self._close(cancel=True)

    def _close(self, cancel: bool) -> None:
        if self._pool is None:
            return
        self._pool.shutdown(wait=True, cancel_futures=cancel)
        self._pool = None
        if self._frozen:
            gc.unfreeze()


def start_batches(fn: Callable[[Any], Any], batches: Sequence[Any], workers: int, *,
                  initializer: Callable[[], Any] | None = None) -> StartedBatches:
    """``map_batches(fn, batches, workers)`` begun over a pool of ``workers`` (≥ 2) processes and left running:
    every worker is forked here, now (so nothing this process loads or opens afterwards is inherited by a
    worker, and no other thread of ours runs at the fork), and the caller collects with ``.results()``.
    For a stage whose output the next steps of this process do not read (the DAG's enrichment beside validate
    and dedup under ``dags test``: ``chainwire.batching``)."""
    if workers < 2:
        raise ValueError("start_batches needs a pool (workers >= 2); use map_batches")
    frozen = _freeze_shared_heap()
    try:
        pool = _new_pool(workers, initializer)
        futures = [pool.submit(fn, batch) for batch in batches]  # a forking pool starts every worker here
    except BaseException:
        if frozen:
            gc.unfreeze()
        raise
    return StartedBatches(pool, futures, workers, frozen)


MIN_ITEMS_PER_WORKER = 25  # a smaller day is done in this process: starting workers would cost more


def plan_pool(stage: str, items: Sequence[Any], requested: int | None = None, per_worker: int = 4,
              largest: int | None = None, memory: int | None = None,
              taper: bool = False) -> tuple[int, list[list[Any]]]:
    """(workers, batches) for one stage over ``items`` (the day's files, in order).

    Several batches per worker (``per_worker``) so that a worker that drew slow pages does not hold
    up the others, none above ``largest`` items; a single batch when there is one worker and no
    ``largest`` (each batch has a fixed cost: enrich reads the day's articles once per batch).
    ``taper``: the same number of batches, in decreasing sizes (``tapered``), so the pool's last
    batches are small and its workers end close together; with ``largest``, more of them when the first
    (≈ twice the mean) would be larger than that.
    """
    items = list(items)
    workers = plan_workers(stage, max(1, len(items) // MIN_ITEMS_PER_WORKER), requested, memory)
    if taper and workers > 1:
        return workers, tapered(items, max(workers * per_worker, -(-2 * len(items) // largest) if largest else 0))
    size = -(-len(items) // (workers * per_worker)) if workers > 1 else len(items)
    size = max(1, min(size, largest or size))
    return workers, [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def tapered(items: list[Any], count: int) -> list[list[Any]]:
    """``items`` in order, in ``count`` batches whose sizes fall linearly (weights 2·count − 1, …, 3, 1: the
    first ≈ twice the mean, the last ≈ a twelfth of it at 12 batches); empty batches left out. A pool hands
    out its batches in order, so whichever worker takes the last one ends soon after the others
    (docs/performance.md, *The parent's chain*)."""
    weights = [2 * (count - k) - 1 for k in range(count)]  # sum: count²
    total = sum(weights)
    cuts = [len(items) * b // total for b in itertools.accumulate(weights, initial=0)]
    return [items[a:b] for a, b in itertools.pairwise(cuts) if b > a] or [[]]
