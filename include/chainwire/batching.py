"""How the Airflow DAG cuts a landing day into mapped parse and enrich tasks, and what one such task does.

A mapped task instance is a process start-up (the DAG file and the pipeline's imports: pandas,
pyarrow, Great Expectations …) and, for enrich, the tagger's warm-up (the Kiwi model and the
gazetteers): ≈ 2–5 CPU-s before the first file. A day cut into batches of a fixed 250 files made
80 parse and 80 enrich task instances of a 20k-article day and paid that 160 times
(docs/performance.md, *Airflow*). The rule here (``split``): about as many batches as the DAG
runs mapped tasks at once (``task_slots()``, the mapped tasks' ``max_active_tis_per_dagrun``), so
every slot gets one batch and each task's fixed cost is paid once per slot; never fewer than
``MIN_FILES_PER_TASK`` files in a batch (a small day stays one task: the sample days, the tests),
never more than ``MAX_FILES_PER_TASK`` (an enrich task's memory grows with its batch: a bigger day
gets more batches, each bounded).

Inside a task (``parse_files``, ``enrich_files``) the batch is worked in sub-batches with
``chainwire.parallel``, as ``chainwire run`` works the day: each sub-batch writes its own staging
batch and the task returns their references (XCom-sized), which ``assemble_day`` /
``assemble_enrich`` combine in a fixed order — the day's tables do not depend on the batching.
The sub-batches run over a process pool only when the task is the only one running, i.e. under
``airflow dags test`` / ``dag.test()`` (no executor: the tasks run one after another in one
process, so without a pool a 2-core machine would use one core). Under an executor (Local, Celery)
the mapped tasks themselves fill the slots, so a task uses one process: a pool there would put
two processes on each core.

Pure functions apart from ``parse_files`` / ``enrich_files`` and, under ``dags test``, the enrichment a parse
task leaves running for the enrich task (``start_enrich_ahead``); no Airflow import (the DAG tells
``workers`` and ``enrich_ahead``).
"""

from __future__ import annotations

import functools
import logging
import os
import time
from collections.abc import Sequence
from datetime import date

from chainwire import collector, parallel, pipeline

log = logging.getLogger(__name__)

SLOTS_ENV = "CHAINWIRE_TASK_SLOTS"
# Floor. Measured (5,000-article generated day, one process, CPU seconds, load ≈ 10): importing the
# DAG file — what every task process does first — 2.2 CPU-s; parsing 1.15 CPU-s per 1,000 files; an
# enrich task adds the tagger's warm-up (Kiwi, gazetteers) 4.4–4.8 CPU-s and tags 1.1 CPU-s per
# 1,000 articles. A batch of 2,000 files does about as much parse work as its task's start-up costs,
# so cutting a day finer than that would spend more CPU on start-ups than it saves in wall time; a
# day below 4,000 files is one task (the sample days, the tests' days).
MIN_FILES_PER_TASK = 2000
# Ceiling, for memory. An enrich task's peak RSS: 0.68 GB with 1,000 files, 0.725 GB with 5,000
# (≈ 11 MB per 1,000 files above the warm models; parse tasks stay at 0.14 GB whatever their batch:
# they work in sub-batches of ``pipeline.PROGRESS_BATCH_SIZE`` files). 20,000 files keeps an enrich
# task near 0.9 GB; a bigger day gets more batches — a multiple of the slots, so that no round of
# tasks leaves slots idle.
MAX_FILES_PER_TASK = 20000


def task_slots(value: str | int | None = None) -> int:
    """Mapped tasks of one run that may run at once: ``CHAINWIRE_TASK_SLOTS``, else this machine's cores.

    Read when the DAG file is parsed (the mapped tasks' ``max_active_tis_per_dagrun``) and by the
    ``discover`` task (the number of batches): set it to the same value for the dag-processor and the
    workers — on a Celery cluster, the task slots of all workers together (workers × concurrency).
    """
    raw = value if value not in (None, "") else os.environ.get(SLOTS_ENV, "").strip()
    if raw in (None, ""):
        return parallel.available_cores()
    return parallel.count_setting(raw, SLOTS_ENV)


def split(files: Sequence[str], slots: int, min_files: int | None = None,
          max_files: int | None = None) -> list[list[str]]:
    """``files`` (in order) cut into consecutive batches: ``slots`` batches when each then has between
    ``min_files`` and ``max_files`` files (default ``MIN_FILES_PER_TASK``, ``MAX_FILES_PER_TASK``);
    fewer (at least one) on a small day; on a big one, a multiple of ``slots`` none above ``max_files``.
    Batches differ in size by at most one file.
    ``[[]]`` for no files (one task that finds nothing)."""
    files = list(files)
    if not files:
        return [[]]
    min_files = MIN_FILES_PER_TASK if min_files is None else min_files
    max_files = MAX_FILES_PER_TASK if max_files is None else max_files
    slots = max(1, slots)
    count = max(-(-len(files) // max(1, max_files)), min(slots, max(1, len(files) // max(1, min_files))))
    if count > slots:  # a big day: whole rounds of tasks
        count = -(-count // slots) * slots
    size, extra = divmod(len(files), count)
    out, start = [], 0
    for i in range(count):
        end = start + size + (i < extra)
        out.append(files[start:end])
        start = end
    return out


def parse_files(day: date, run_id: str, paths: list[str], workers: int | None = 1, enrich_ahead: bool = False) -> dict:
    """Parse one mapped task's files into staging batches; XCom-sized summary with their references.

    ``workers``: processes for the sub-batches (1: this process; None: every core, memory-capped —
    only when the task runs alone). A batch never holds more than ``pipeline.PROGRESS_BATCH_SIZE``
    files' articles at once. ``enrich_ahead`` (``dags test``: the later tasks run in this process, one
    after another): when the batch is the whole day and was parsed over a pool, the day's enrichment is
    started here over a new pool (``start_enrich_ahead``) and left running through the assemble, validate
    and dedup tasks; the enrich task collects it (``enrich_files``). Then too, this process's heap stays
    frozen from here to its exit (``collector.keep_frozen``), as ``chainwire run``'s does from its parse to its
    end: the later tasks' collections and the interpreter's exit walk none of what the run and Airflow loaded.
    """
    t0 = time.perf_counter()
    parallel.tune_process_memory()  # this task's process, as ``chainwire run``'s
    if enrich_ahead:  # (everything frozen before the fork too, as ``parallel`` freezes a heap nobody froze yet)
        collector.keep_frozen()
    n, subs = parallel.plan_pool("parse", paths, workers, largest=pipeline.PROGRESS_BATCH_SIZE)
    if n > 1 and parallel.start_method() == "fork":
        pipeline.load_parse_modules()  # here once, not in every forked worker on its first batch
    # With a pool (``dags test``: the later tasks run in this process too), this process loads what
    # validate, dedup and enrich need while the workers parse, as ``chainwire run`` does.
    summaries = parallel.map_batches(functools.partial(pipeline.parse_batch, day, run_id), subs, n,
                                     meanwhile=pipeline.load_later_stages if n > 1 else None,
                                     front_share=parallel.MEANWHILE_FRONT_SHARE)
    out = _combined(summaries, n, t0)
    if enrich_ahead:  # ``dags test``: the rest of this process's life is this run's later tasks
        collector.keep_frozen()
    if enrich_ahead and n > 1 and paths == pipeline.plan_batches(day, run_id=run_id, batch_size=10**9)[0]:
        start_enrich_ahead(day, run_id, {f: s.batch for sub, s in zip(subs, summaries, strict=True) for f in sub},
                           workers)
    return out


def enrich_files(day: date, run_id: str, paths: list[str], workers: int | None = 1, staged: bool = False) -> dict:
    """Tag the clean articles of one mapped task's files into staging batches (see ``parse_files``);
    ``staged``: tag the parsed day in staging, before validate has published the clean day
    (``pipeline.enrich_batch``; ``assemble_enrich`` keeps only the tags validate left valid).

    With a pool, the tagger is warmed up here before the workers are forked (they start with the
    models loaded, shared with this process), as ``pipeline.enrich_day`` does."""
    from chainwire.enrich import warm_up

    t0 = time.perf_counter()
    key = (day, run_id, tuple(paths))
    if key in _ENRICH_AHEAD and staged:  # started by the parse task (``start_enrich_ahead``): still running
        # ``assemble_enrich`` collects it (``enrich_references``), after dedup: ``dag.test`` runs the ready tasks
        # in no set order, and collecting here before dedup left a core idle while the parent waited for the
        # workers and then dedup alone (docs/performance.md, session 17)
        return {"batches": [], "files": len(paths), "records": 0, "errors": 0, "seconds": 0.0,
                "workers": _ENRICH_AHEAD[key].workers, "rejected": [], "ahead": True, "pending": list(paths)}
    ahead = _ENRICH_AHEAD.pop(key, None)
    if ahead is not None:
        ahead.cancel()
    parallel.tune_process_memory()
    n, subs = parallel.plan_pool("enrich", paths, workers, per_worker=pipeline.ENRICH_BATCHES_PER_WORKER)
    if n > 1:
        warm_up()
    summaries = parallel.map_batches(functools.partial(pipeline.enrich_batch, day, run_id, staged=staged), subs, n,
                                     initializer=warm_up if n > 1 else None)
    return _combined(summaries, n, t0)


# The enrichment a ``dags test`` parse task started for the whole day (``start_enrich_ahead``), by (day, run id,
# files): the enrich task of those files collects it. In this process only (the tasks of a ``dags test`` run).
_ENRICH_AHEAD: dict[tuple[date, str, tuple[str, ...]], parallel.StartedBatches] = {}


def start_enrich_ahead(day: date, run_id: str, parsed: dict[str, str], workers: int | None = None) -> None:
    """Start tagging the day's files (``parsed``: each file's parse batch reference, in file order) over a
    pool and leave it running, as ``chainwire run`` tags them while its parent assembles, validates and dedups
    the day (``pipeline.enrich_day(parsed=...)``): the same batches, each reading the parse batches that hold
    its files. Under ``dags test`` those stages are the next tasks, in this process, on one core; without this
    the enrich task waited for them with a core idle and then tagged while the other tasks waited.
    ``assemble_enrich`` keeps only the tags validate left valid, as in ``chainwire run``. ``workers``: as
    ``parse_files``'s (nothing starts when that is one process). A run that never gets
    to its enrich task (a failure) leaves its pool to be cancelled by the next start (or to end at exit)."""
    from chainwire.enrich import warm_up

    for stale in list(_ENRICH_AHEAD):
        _ENRICH_AHEAD.pop(stale).cancel()
    files = list(parsed)
    n, subs = parallel.plan_pool("enrich", files, workers, per_worker=pipeline.ENRICH_BATCHES_PER_WORKER,
                                 largest=pipeline.ENRICH_BATCH_FILES, taper=True)
    if n < 2:
        return
    warm_up()  # before the fork (loaded already by the parse task's ``load_later_stages``: a no-op then)
    work = [(sub, list(dict.fromkeys(parsed[f] for f in sub))) for sub in subs]
    try:
        _ENRICH_AHEAD[(day, run_id, tuple(files))] = parallel.start_batches(
            functools.partial(_enrich_parsed, day, run_id), work, n, initializer=warm_up)
    except OSError as exc:  # no fork now (memory, process limits): the parse is done; the enrich task tags
        log.warning("enrichment not started ahead (%s): the enrich task tags the day", exc)


def _enrich_parsed(day: date, run_id: str, work: tuple[list[str], list[str]]):
    """``pipeline.enrich_batch`` of ``(files, the parse batch references holding them)`` (a pool's work item)."""
    summary = pipeline.enrich_batch(day, run_id, work[0], parsed=work[1])
    pipeline.release_arrow_memory()  # (as ``pipeline._enrich_parsed``)
    return summary


def _combined(summaries: list, workers: int, started: float) -> dict:
    rejected = [r for s in summaries for r in s.rejected]
    return {"batches": [s.batch for s in summaries], "files": sum(s.files for s in summaries),
            "records": sum(s.records for s in summaries), "errors": sum(s.errors for s in summaries),
            "seconds": round(time.perf_counter() - started, 3), "workers": workers,
            "rejected": rejected[:1000]}


def references(results: Sequence[dict]) -> list[str]:
    """The staging batch references of the mapped tasks' results, in map order (what the assemble tasks read)."""
    return [ref for r in results for ref in r["batches"]]


def enrich_references(day: date, run_id: str, results: Sequence[dict], workers: int | None = None) -> list[str]:
    """``references`` of the enrich tasks' results, collecting first the enrichment a ``dags test`` parse task
    left running (an enrich task's result ``pending``: its files): its workers' batches, in order. When that pool
    is gone (its batch failed and this task is retried, or the process is another) the files are tagged here,
    over ``workers`` as the enrich task would have (``enrich_files``)."""
    refs: list[str] = []
    for r in results:
        if not r.get("pending"):
            refs.extend(r["batches"])
            continue
        ahead = _ENRICH_AHEAD.pop((day, run_id, tuple(r["pending"])), None)
        if ahead is not None:
            refs.extend(s.batch for s in ahead.results())
        else:
            refs.extend(enrich_files(day, run_id, r["pending"], workers=workers, staged=True)["batches"])
    return refs
