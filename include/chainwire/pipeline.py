"""The pipeline stages. Both the Airflow tasks and ``chainwire run`` call these.

Every stage is keyed by the partition (landing) date and reads/writes files only:
  discover → parse (raw → parse batches → staging Parquet) → validate (staging → lake + quarantine)
  → dedup (clusters, versions) → enrich (batches → lake) → load (lake → DuckDB, one transaction)
  → publish a read-only snapshot.
Nothing depends on a previous run's in-memory state, so any day can be re-run or
backfilled and ends in the same tables.

This module only orchestrates: the work is in ``parsing``, ``quality``, ``dedup``, ``enrich``
and ``warehouse``; staging paths in ``staging``; stage rows and summaries in ``stagelog``.
Every public stage takes ``settings=None`` (resolved once, by ``_resolves_settings``).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import inspect
import json
import logging
import operator
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

import pyarrow as pa
import pyarrow.compute as pc

from chainwire import collector, lake, snapshot_store, staging, storage
from chainwire.dedup.precomputed import SIGNATURES, signature_index, signature_table
from chainwire.landing_guards import (  # noqa: F401
    EmptyLandingError,
    FileBeingRewritten,
    day_has_data,
    folder_entry,
    guard_empty,
    guard_rewritten,
    is_empty_day,
    raw_file_of,
)
from chainwire.landing_guards import late_files_waiting as _late_files_waiting
from chainwire.locks import day_lock
from chainwire.parsing import ParsedFile, load_parse_modules, parse_file, parse_files  # noqa: F401 - the parse of one file, for callers
from chainwire.partition import resolve_partition_date  # noqa: F401 - the DAG's first task
from chainwire.schemas import (
    ARTICLES,
    ENRICH_TABLES,
    PARAGRAPHS,
    PARSED_TABLES,
    QUARANTINE,
    RAW_FILES,
    STOCK_IMPACTS,
    TABLES,
)
from chainwire.settings import Settings, get_settings
from chainwire.sources.landing import RawFile, Scan, discover, raw_path, scan
from chainwire.stagelog import (
    BatchSummary,
    DedupSummary,
    DiscoverSummary,
    EnrichSummary,
    LoadSummary,
    MartsSummary,
    ParseSummary,
    ReportSummary,
    ValidateSummary,
    stage,
    stage_row,
)
from chainwire.staging import staging_root  # noqa: F401 - where the parsed day waits

if TYPE_CHECKING:
    import pandas as pd

    from chainwire.warehouse.load import DayLoad

log = logging.getLogger(__name__)
_R = TypeVar("_R")
PARSE_BATCH_SIZE = 250  # files per mapped parse (and enrich) task: a big day fans out, a small day is one task
PROGRESS_BATCH_SIZE = 200  # with a progress callback, files are parsed in batches of this size
# Enrich batches per worker. Each batch has a fixed cost (≈ 0.05 CPU-s on a 20k-article day: reading its
# rows), and the pool ends when its last batch does: with 2 per worker (5,000 articles, ≈ 4 CPU-s each on a
# 20k day) one worker was left alone with the last batch for ≈ 1 s while the other core idled. 6 per worker:
# batches of ≈ 1.2 CPU-s (docs/performance.md, *Keeping both cores busy to the end*), in decreasing sizes since
# the parent's chain ends before the workers (``parallel.tapered``: the last a twelfth of the mean, *The parent's chain*).
ENRICH_BATCHES_PER_WORKER = 6
# Files per enrich batch at most (the first of the tapered batches, ≈ twice their mean): a bigger day gets more
# batches, not bigger ones, so a worker's memory does not grow with the day (the 20k day's first batch is
# ≈ 3,200 files: unchanged; docs/performance.md, *The process tree beside the enrich workers*).
ENRICH_BATCH_FILES = 4_000
TAGGED = "tagged"  # an enrich batch's table of the articles it tagged (with rows or not)
# which copy and content of an article a batch tagged (a batch that reads parse batches sees every copy of an
# article the day holds, the duplicates too: only the staged copy's tags count)
_TAGGED_KEY = ("article_id", "raw_path", "raw_sha256", "content_sha256")
# ``run_day`` starts the load beside the enrichment's assembly for days up to this many articles. Until its
# COMMIT the open transaction holds the day's rows beside ``assemble_enrich``'s tables: on the 100k day that
# raised the largest process 1.52-1.57 -> 1.74-1.76 GB for ≈ 2 s of wall in session 15's quiet runs (t1), and
# flat memory beyond 50k is a target; a small day gains the core (docs/performance.md, "The one-core tail",
# "The 100k day's load beside the enrichment").
EARLY_LOAD_MAX_ARTICLES = 30_000
LOADED_STAGES = ("discover", "parse", "validate", "dedup", "enrich")  # stage rows the load puts in core.runs


def _resolves_settings(fn: Callable[..., _R]) -> Callable[..., _R]:
    """``settings`` omitted or None → the environment's settings, in one place for every stage (the
    stage itself declares ``settings: Settings``, so its body never sees None)."""
    sig = inspect.signature(fn)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = sig.bind_partial(*args, **kwargs)
        if bound.arguments.get("settings") is None:
            bound.arguments["settings"] = get_settings()
        return fn(*bound.args, **bound.kwargs)
    return wrapper


def _day_locked(fn):
    """Run a stage under the landing day's file lock (shared by the CLI and Airflow tasks)."""
    @functools.wraps(fn)
    def wrapper(day: date, run_id: str, settings: Settings, *args, **kwargs):
        with day_lock(settings.state_dir, day, run_id):
            return fn(day, run_id, settings, *args, **kwargs)
    return _resolves_settings(wrapper)


late_files_waiting = _resolves_settings(_late_files_waiting)


@_resolves_settings
def cleanup_run(day: date, run_id: str, settings: Settings) -> None:
    """Remove this run's own staging folder (after its load committed)."""
    staging.cleanup_run(settings, day, run_id)


# ---------------------------------------------------------------- discover
@_resolves_settings
def landing_scan(day: date, settings: Settings) -> tuple[Scan, bool]:
    """The day's landing folder as it is now, and whether the day is empty (``is_empty_day``)."""
    sc = scan(settings.raw_dir, day)
    return sc, is_empty_day(day, sc, settings)


@_day_locked
def discover_day(day: date, run_id: str, settings: Settings, allow_empty: bool = False) -> DiscoverSummary:
    """List the day's raw files for this run (what its parse batches and assemble will use)."""
    with stage(settings, day, run_id, "discover") as s:
        sc = scan(settings.raw_dir, day)
        guard_empty(day, sc, settings, allow_empty)
        if sc.error:  # allowed empty: the unreadable folder itself is accounted for
            sc.entries.append(folder_entry(sc))
        staging.save_scan(settings, day, run_id, sc)
        late = late_files_waiting(day, settings)
        notes = []
        if late:
            notes.append(f"{sum(late.values())} late file(s) waiting in past days "
                         f"{', '.join(f'{d} ({n})' for d, n in sorted(late.items()))}: backfill those days to load them")
        deferred = [e.rel_path for e in sc.entries if e.status == "deferred"]
        if deferred:
            notes.append(f"{len(deferred)} file(s) deferred (still being written): {', '.join(deferred[:10])}"
                         f"{' …' if len(deferred) > 10 else ''}; re-run the day to load them")
        s.message = "; ".join(notes)
        if s.message:
            s.status = "warning"
            log.warning(s.message)
        s.rows_in, s.rows_out = sc.paths, len(sc.files)
    return DiscoverSummary(day.isoformat(), len(sc.files), storage.url(settings.raw_dir), len(sc.entries), len(deferred), late)


# ---------------------------------------------------------------- parse
@_resolves_settings
def plan_batches(day: date, settings: Settings, batch_size: int = PARSE_BATCH_SIZE,
                 run_id: str | None = None) -> list[list[str]]:
    """The day's raw files (paths relative to the landing zone) split into parse batches.

    With ``run_id``: the files this run's ``discover_day`` listed (what ``assemble_day`` expects).
    """
    listed = staging.load_scan(settings, day, run_id) if run_id else None
    files = [f[0] for f in listed.files] if listed else [f.rel_path for f in discover(settings.raw_dir, day)]
    return [files[i:i + batch_size] for i in range(0, len(files), batch_size)] or [[]]


@_resolves_settings
def parse_batch(day: date, run_id: str, rel_paths: list[str], settings: Settings) -> BatchSummary:
    """Parse one batch of raw files into the run's Parquet batch; ``.batch`` is its reference for ``assemble_day``."""
    from chainwire.parsing import batch_tables

    t0 = time.perf_counter()
    listed = staging.load_scan(settings, day, run_id)  # decoded once per process (staging.Discovery)
    signatures = listed.signatures if listed is not None else {}
    raws = [RawFile(raw_path(settings.raw_dir, p), p, day, *signatures.get(p, (None, None))) for p in rel_paths]
    limits = get_settings()  # the budgets extract_raw reads, once for the batch (the environment is the same)
    parsed = parse_files(raws, limits)  # read a group of files, then parse it (docs/performance.md)
    tables = batch_tables(parsed, day, run_id)
    # the dedup stage's MinHash signatures of these bodies, here in the pool instead of in the parent's serial
    # assemble -> validate -> dedup chain (docs/performance.md, *The parent's chain*)
    tables[SIGNATURES] = signature_table(pf.article.body_text for pf in parsed
                                         if pf.error is None and pf.article is not None)
    ref = staging.write_batch(staging.batch_dir(settings, day, run_id, "parse", rel_paths), tables, staging.STAGING_WRITE)
    return BatchSummary(ref, len(raws), len(parsed), sum(p.error is not None for p in parsed),
                        round(time.perf_counter() - t0, 3),
                        # named with the reason, for the task log (bounded: core.raw_files has every one)
                        [[p.rel_path, p.error] for p in parsed if p.error is not None][:1000])


@_day_locked
def assemble_day(day: date, run_id: str, settings: Settings, batches: Sequence[str] = (), started: float | None = None,
                 allow_empty: bool = False) -> ParseSummary:
    """Combine this run's parse batches (the references ``parse_batch`` returned) into the day's staging
    partitions and manifest.

    Leaves the batches in place (the load removes the run's folder), so a retried assemble finds them.
    """
    return assemble_day_tables(day, run_id, settings, batches, started, allow_empty)


def assemble_day_tables(day: date, run_id: str, settings: Settings, batches: Sequence[str], started: float | None,
                        allow_empty: bool) -> ParseSummary:
    """``assemble_day`` for a caller holding the day's lock (``run_day``). The staged tables are built, written
    and let go one at a time (``parsing.StagedTables``): the process holds one table of the day, not the day
    (docs/performance.md, *The parent's day, table by table*); ``validate_day`` reads them back table by table."""
    from chainwire.parsing import RECORDS, OutOfOrder, records_of, stage_day

    with stage(settings, day, run_id, "parse", started) as s:
        records = records_of(staging.read_batch(ref, [RECORDS]) for ref in batches)
        listed = staging.load_scan(settings, day, run_id)
        files = {r.raw_rel_path for r in records}
        if listed is not None:
            expected = {rel for rel, _, _ in listed.files}
            entries = list(listed.entries)
        else:  # parse_batch called without discover_day (tests, scripts): take the folder as it is now
            sc = scan(settings.raw_dir, day)
            expected = {f.rel_path for f in sc.files}
            entries = [(e.rel_path, e.status, e.reason, e.size) for e in sc.entries]
        if listed is None and expected - files:
            log.warning("%d file(s) landed in %s after discovery; re-run the day to include them",
                        len(expected - files), day)
        elif expected - files:
            raise RuntimeError(
                f"run {run_id}: {len(expected - files)} of {len(expected)} discovered file(s) of {day} have no "
                f"parsed batch among the {len(batches)} given (e.g. {sorted(expected - files)[0]}); re-run the day")
        del listed, expected, files  # (the day's paths three times over: ≈ 50 MB at 100k, not held while writing)
        staged = stage_day(day, run_id, records, lambda name: (staging.read_batch(ref, [name])[name] for ref in batches),
                           entries, settings.max_day_chars)
        if not allow_empty and records and all(r.error is not None for r in records) and day_has_data(day, settings):
            reasons = Counter(r.status or (r.error or "").split(":")[0] for r in records).most_common(3)
            raise EmptyLandingError(
                f"every one of the {len(records)} file(s) in {storage.url(settings.raw_dir / day.isoformat())} failed to read or "
                f"parse ({', '.join(f'{r} ×{n}' for r, n in reasons)}), but {day} already has data loaded; refusing "
                "to replace it. Re-run with --allow-empty / allow_empty=true to load the day anyway")
        guard_rewritten(day, settings, [r.raw_rel_path for r in records if r.status == "deferred"]
                        + [e[0] for e in entries if e[1] == "deferred"])
        del records, entries  # (the staged tables are made from the batches; raw_files is built already)
        rows = {}
        root = staging.staging_root(settings)
        for table in PARSED_TABLES.values():
            if table is QUARANTINE:
                continue
            # an article table not built or set already: written batch by batch as its pieces come
            if table.name in staged.pieces and table.name not in staged.tables:
                try:  # (the table is never whole in memory: docs/performance.md, *Flat beyond 50k*)
                    rows[table.name] = lake.write_partition(root, table, day, lake.prepare_partition_pieces(
                        root, table, day, staged.pieces[table.name]()))
                    continue
                except OutOfOrder:  # batches not of consecutive raw paths: the table built whole and sorted
                    pass
            # one table at a time: built, written, let go
            rows[table.name] = lake.write_partition(root, table, day, staged.tables[table.name])
            del staged.tables[table.name]
        staging.prune_stale_runs(settings, day, keep=run_id)
        s.rows_in, s.rows_out = len(staged.files), rows["articles"]
        s.message = json.dumps(dict(staged.statuses))
    release_arrow_memory()  # the tables' pieces: validate runs next in this process
    return ParseSummary(day.isoformat(), len(staged.files), rows["articles"], dict(staged.statuses))


def release_arrow_memory() -> None:
    """Give the memory Arrow's allocator and glibc's heap keep for reuse back to the system. A stage that
    held a whole day in Arrow or as Python objects otherwise carries that high-water mark into the next
    stages of the process (the 100k day's dedup in isolation: peak 1.59 GB with Arrow's kept, 1.37 GB with
    the system allocator; ``parallel.return_free_heap`` for the heap)."""
    from chainwire.parallel import return_free_heap

    pa.default_memory_pool().release_unused()
    return_free_heap()


@_day_locked
def parse_day(day: date, run_id: str, settings: Settings, allow_empty: bool = False,
              progress=None, workers: int | None = None, meanwhile: Callable[[], Any] | None = None) -> ParseSummary:
    """Parse every raw file of the day into staging partitions and a manifest.

    The batches are parsed by ``workers`` processes (None: every core, see ``chainwire.parallel``;
    a small day stays in this process); the day is assembled from the batch files the same way
    whatever their number. ``progress(stage, done, total)``, when given, is called after each batch
    (at most PROGRESS_BATCH_SIZE files). ``meanwhile()``: other work for this process while the
    workers parse (``parallel.map_batches``; ``run_day`` loads the later stages' libraries there);
    not called when the day is parsed in this process (nothing to overlap: they load when used).
    """
    t0 = time.perf_counter()
    refs, _ = _parse_batches(day, run_id, settings, progress, workers, meanwhile)
    return assemble_day(day, run_id, settings, refs, started=t0, allow_empty=allow_empty)


def _parse_batches(day: date, run_id: str, settings: Settings, progress, workers: int | None,
                   meanwhile: Callable[[], Any] | None) -> tuple[list[str], dict[str, str]]:
    """``parse_day`` up to the assembly: the discovered files parsed into batches over a pool. Returns the
    batches' references (what ``assemble_day`` combines) and each file's batch reference, in file order."""
    from chainwire import parallel

    files = plan_batches(day, settings, batch_size=10**9, run_id=run_id)[0]
    n, batches = parallel.plan_pool("parse", files, workers, largest=PROGRESS_BATCH_SIZE)
    done = 0

    def finished(index: int, _summary) -> None:
        nonlocal done
        done += len(batches[index])
        if progress:
            progress("parse", done, len(files))

    if n > 1 and parallel.start_method() == "fork":
        load_parse_modules()  # here once, not in every forked worker on its first batch
    summaries = parallel.map_batches(functools.partial(parse_batch, day, run_id, settings=settings), batches, n,
                                     on_done=finished, meanwhile=meanwhile if n > 1 else None,
                                     front_share=parallel.MEANWHILE_FRONT_SHARE)
    return ([s.batch for s in summaries],
            {f: summary.batch for batch, summary in zip(batches, summaries, strict=True) for f in batch})


# ---------------------------------------------------------------- validate
def _outlet_stats(raw_files: pa.Table) -> pd.DataFrame:
    import pandas as pd

    by_outlet: dict[str, Counter] = {}
    for article_id, status in zip(raw_files.column("article_id").to_pylist(), raw_files.column("status").to_pylist(),
                                  strict=True):
        outlet = (article_id or "unknown:").split(":", 1)[0]
        by_outlet.setdefault(outlet, Counter())[status] += 1
    return pd.DataFrame([{"outlet": o, "files": sum(c.values()), "duplicate_rate": c["duplicate"] / sum(c.values())}
                         for o, c in sorted(by_outlet.items())], columns=["outlet", "files", "duplicate_rate"])


def _volume(settings: Settings, day: date, articles: int) -> pd.DataFrame:
    """The day's article count against the median of the previous 7 landing days in the lake."""
    import statistics

    import pandas as pd

    history = []
    for back in range(1, 8):
        n = lake.partition_rows(settings.lake_dir, ARTICLES, day - timedelta(days=back))
        if n is not None:
            history.append(n)
    median = statistics.median(history) if history else None
    ratio = (articles / median) if median else None  # no history: nothing to compare (null passes)
    return pd.DataFrame([{"articles": articles, "median_7d": median, "ratio_to_median_7d": ratio}])


@_day_locked
def validate_day(day: date, run_id: str, settings: Settings, staged: Mapping[str, pa.Table] | None = None,
                 docs_later: list[Callable[[], None]] | None = None) -> ValidateSummary:
    """GX-validate every staged table; quarantine failing rows; publish the clean day to the lake.

    Critical failures raise DataQualityError (naming the rule) before anything reaches the lake,
    so the previous state of the day stays in place. ``staged``: the staged tables, if not read back from
    staging. One table at a time (articles first: their quarantine decides the other tables' clean rows):
    read, validated, its clean rows written ahead (``lake.prepare_partition``) and let go; the lake's
    partitions are replaced once every table passed. The process holds one staged table, not the day
    (docs/performance.md, *The parent's day, table by table*); the validations, their order and the
    results are the same.

    ``docs_later``: the Data Docs pages of the validations are not built here but appended there as a callable
    (``validate.DataDocsBuild``: ``run_day`` builds them beside the load), except on a critical failure, whose
    message points at them: then they are built before it is raised.
    """
    from chainwire.quality.datadocs import data_docs_index
    from chainwire.quality.quarantine import clean_table, quarantined_articles
    from chainwire.quality.validate import DataQualityError, gx_context, quarantine_rows, validate_frame

    with stage(settings, day, run_id, "validate") as s:
        root = staging.staging_root(settings)
        # A run killed between writing a table ahead and its rename left that file; this run replaces the day.
        lake.discard_stale_partials(settings.lake_dir, PARSED_TABLES.values(), day, before=time.time())
        outcomes = {}
        qrows: list[dict] = []
        bad_articles: dict[str, dict] = {}
        prepared: dict[str, lake.PreparedPartition] = {}
        counts: dict[str, int] = {}
        # (asked once: ``gc.get_freeze_count`` walks every frozen object, ≈ 30 ms for the parent's ≈ 0.3 M, and
        # nothing freezes or thaws this process while it validates)
        frozen = gc.get_freeze_count() > 0
        try:
            with gx_context(settings.gx_dir, docs_later) as ctx:
                for table in PARSED_TABLES.values():
                    if table is QUARANTINE:
                        continue
                    name = table.name
                    arrow = staged[name] if staged is not None else lake.read_partition_one_chunk(root, table, day)
                    counts[name] = arrow.num_rows
                    outcomes[name] = validate_frame(ctx, name, arrow.to_pandas(), run_name=day.isoformat())
                    if name == RAW_FILES.name:
                        outlet_stats = _outlet_stats(arrow)
                    if not any(o.critical_failures for o in outcomes.values()):  # (else nothing is written)
                        mine = quarantine_rows(name, day, arrow, outcomes[name], run_id)
                        qrows += mine
                        if table is ARTICLES:
                            bad_articles = quarantined_articles(mine)
                        prepared[name] = lake.prepare_partition(settings.lake_dir, table, day,
                                                                clean_table(name, arrow, mine, bad_articles))
                    del arrow
                    _collect_validate_cycles(frozen)
                outcomes["outlet_stats"] = validate_frame(ctx, "outlet_stats", outlet_stats, run_name=day.isoformat())
                outcomes["volume"] = validate_frame(ctx, "volume", _volume(settings, day, counts[ARTICLES.name]),
                                                    run_name=day.isoformat())
            dq_rows = [{"run_id": run_id, "partition_date": day.isoformat(), **r}
                       for o in outcomes.values() for r in o.results]
            staging.save_meta(settings, day, "dq_results", dq_rows)
            critical = [c for o in outcomes.values() for c in o.critical_failures]
            warnings = [w for o in outcomes.values() for w in o.warnings]
            docs = data_docs_index(settings.gx_dir)
            if critical:
                while docs_later:  # the failure names the Data Docs: built now
                    docs_later.pop(0)()
                s.fail(f"data quality failed for {day}: critical rule(s) {'; '.join(critical)} — Data Docs: {docs}")
                raise DataQualityError(s.message)
            for table in PARSED_TABLES.values():
                lake.write_partition(settings.lake_dir, table, day, qrows if table is QUARANTINE else prepared.pop(table.name))
        finally:
            for left in prepared.values():  # (not put in place: a critical failure, an error)
                left.discard()
        s.rows_in = counts[ARTICLES.name]
        s.rows_out = counts[ARTICLES.name] - len(bad_articles)
        s.status = "warning" if warnings else "success"
        s.message = "; ".join(filter(None, [f"quarantined={len(qrows)}" if qrows else "",
                                            f"warnings: {' | '.join(warnings)}" if warnings else ""]))
    return ValidateSummary(day.isoformat(), counts[ARTICLES.name], len(qrows), len(bad_articles),
                           len(dq_rows), sum(not r["success"] for r in dq_rows), warnings, str(docs))


def _collect_validate_cycles(frozen: bool) -> None:
    """Free what a table's validation left in reference cycles: Great Expectations' validators hold the frame,
    whose one-chunk string columns share the staged table's Arrow buffers (docs/performance.md, *Validate's
    cycles*), so the table would stay until a full collection. Only where the process's long-lived objects are
    ``frozen`` (``gc.get_freeze_count() > 0``; ``chainwire run``: ``collector.frozen``), where it walks what the
    validation made (≈ 1,000 unreachable, a few ms); a task process, whose collection would walk every object,
    leaves it to the next. (The caller asks ``gc`` once per stage: the count is a walk of every frozen object,
    ≈ 31 ms for the parent's ≈ 0.3 M — 0.19 CPU-s when asked per table; docs/performance.md, session 16.)"""
    if frozen:
        gc.collect()


@_resolves_settings
def quarantined(day: date, settings: Settings) -> list[dict]:
    """The day's quarantined rows, with rule and reason (the lake partition validate wrote)."""
    return lake.read_partition(settings.lake_dir, QUARANTINE, day).to_pylist()


@_resolves_settings
def publish_data_docs(settings: Settings) -> str | None:
    """Refresh the shared, sanitized, offline Data Docs copy the UI plugin serves (``<reports>/_data-docs``);
    the error when it could not (the report stage publishes it again)."""
    from chainwire.quality.datadocs import publish_shared_copy

    if settings.remote:  # no shared copy on object storage: each report carries its own Data Docs
        return None
    try:
        publish_shared_copy(settings.gx_dir, settings.reports_dir)
    except OSError as exc:
        return str(exc)
    return None


# ---------------------------------------------------------------- dedup and versions
CLUSTER_COLUMNS = ["cluster_id", "is_canonical", "duplicate_of", "similarity", "copy_kind"]  # what dedup sets
# What ``dedup.cluster_rows`` (DedupDoc.from_row and the cluster columns) and ``dedup.versions.new_versions`` read.
VERSION_COLUMNS = ["article_id", "content_sha256", "title", "published_at", "updated_at", "raw_path", "raw_sha256",
                   "parser"]  # what ``dedup.versions.new_versions`` reads
# (not the lineage or ``updated_at``: the clustering reads none of them, the versions read their own columns)
DEDUP_COLUMNS = ["article_id", "outlet", "url", "outlet_article_id", "title", "body_text", "published_at",
                 "landing_date", "language", "ai_translation", "content_sha256", *CLUSTER_COLUMNS]


def _row_dicts(batches: Iterable[pa.RecordBatch]) -> Iterator[dict]:
    """The rows of ``batches`` as dicts, a batch at a time: a reader that keeps what it needs of each row holds a
    batch of dicts, not the day's. (``lake.to_pydict``: the timestamps and dates converted through numpy.)"""
    for batch in batches:
        columns = lake.to_pydict(batch)
        yield from (dict(zip(columns, row, strict=True)) for row in zip(*columns.values(), strict=True))


def _run_signatures(settings: Settings, day: date, run_id: str):
    """The MinHash signatures this run's parse batches computed (``dedup.precomputed``), or None. Keyed by
    content, so any batch of the run may contribute; one written without the table adds nothing."""
    tables = []
    for ref in staging.batch_refs(settings, day, run_id, "parse"):
        try:
            tables.append(staging.read_batch(ref, [SIGNATURES])[SIGNATURES])
        except FileNotFoundError:  # a batch from before the table existed: its bodies are signed here
            continue
    return signature_index(tables)


@_day_locked
def dedup_day(day: date, run_id: str, settings: Settings) -> DedupSummary:
    """Story clusters and article versions for the day's clean articles.

    - clusters: against the previous WINDOW_DAYS landing days in the lake (``dedup.cluster_rows``);
    - versions: a new ``article_versions`` row for each article whose content is new, looked up in and
      added to the version index (``dedup.versions``).
    """
    from chainwire.dedup import WINDOW_DAYS, cluster_assignments
    from chainwire.dedup.versions import index_lock, new_versions, seen_contents, write_versions

    # (no automatic collection inside: its collections walked the documents and rows again and again, for 9
    # unreachable objects on the 20k day: ``collector.deferred``)
    with collector.deferred(), stage(settings, day, run_id, "dedup") as s:
        # Only the columns the clustering and the versions read are read, and their rows become dicts a slice at
        # a time (``_row_dicts``): the clustering keeps a row's ``DedupDoc``, not the row. The bodies are read
        # apart and let go with the documents; the day's whole table is read after the clustering and gets its
        # five cluster columns replaced (the 100k-article day held the table, the rows as dicts with their bodies
        # and the features at once: docs/performance.md, "Dedup at 100k", *The parent's day, table by table*).
        def rows(back: int) -> Iterator[dict]:  # (decoded ``lake.READ_BATCH_ROWS`` rows at a time)
            return _row_dicts(lake.read_batches(settings.lake_dir, ARTICLES, day - timedelta(days=back), DEDUP_COLUMNS))

        values, window_docs = cluster_assignments(rows(0), (r for back in range(WINDOW_DAYS, 0, -1) for r in rows(back)),
                                                  signatures=_run_signatures(settings, day, run_id))
        release_arrow_memory()  # the documents, their bodies and features
        day_articles = lake.read_partition(settings.lake_dir, ARTICLES, day)
        for name, column in zip(CLUSTER_COLUMNS, zip(*values, strict=True) if values else [()] * len(CLUSTER_COLUMNS),
                                strict=True):
            field = ARTICLES.schema.field(name)
            day_articles = day_articles.set_column(day_articles.schema.get_field_index(name), field,
                                                   pa.array(column, field.type))
        lake.write_partition(settings.lake_dir, ARTICLES, day, day_articles)
        del day_articles  # (the day's articles with their bodies: not held while the versions are made, ≈ 0.2 GB at 100k)
        release_arrow_memory()
        with index_lock(settings.state_dir, run_id):  # the version index is shared by every day
            versions = new_versions(_row_dicts(lake.read_batches(settings.lake_dir, ARTICLES, day, VERSION_COLUMNS)),
                                    seen_contents(settings.lake_dir, day), day, run_id)
            write_versions(settings.lake_dir, day, versions)
        canonical = sum(bool(v[1]) for v in values)
        summary = DedupSummary(day.isoformat(), len(values), canonical,
                               dict(Counter(v[4] for v in values if not v[1])), len(versions), window_docs)
        s.rows_in, s.rows_out, s.message = len(values), summary.canonical, json.dumps(summary.as_dict())
    release_arrow_memory()
    return summary


# ---------------------------------------------------------------- enrich
# The columns ``_tagger_input`` and ``_tag`` read (a batch reads only these of the day's tables): the keys and
# lineage, and what ``enrich.prepare`` reads — not the bodies, not the fields no tagger looks at (the publication
# time, URL, reporters … cost a Python object per row and value: ≈ 15 µs an article with a full ``Article``).
_ARTICLE_COLUMNS = ["article_id", "raw_path", "raw_sha256", "content_sha256", "parser", "title", "subtitle_lines",
                    "language"]
_CHILD_COLUMNS = {"paragraphs": ["article_id", "raw_path", "ordinal", "text"],
                  "stock_impacts": ["article_id", "raw_path", "ordinal", "company"]}


def _tagger_input(article: dict, paragraphs: list[tuple[int, str]], impacts: list[tuple[int, str]]) -> dict:
    """What the taggers read of an article (``enrich.prepare``: title, deck, paragraphs, language, the stock
    impacts' companies), from an article row (``_ARTICLE_COLUMNS``) and its children as ``(ordinal, text)``
    and ``(ordinal, company)`` tuples in any order: the values an ``Article`` of the row would hand them."""
    return {"title": article["title"], "subtitle_lines": article["subtitle_lines"] or [],
            "paragraphs": [p[1] for p in sorted(paragraphs, key=_ORDINAL)],
            "stock_impacts": [{"company": i[1]} for i in sorted(impacts, key=_ORDINAL)],
            "language": article["language"]}


_ORDINAL = operator.itemgetter(0)


# Articles tagged between two conversions of their tags to Arrow: a batch's Python objects (article and
# paragraph dicts, tag rows) stay this size whatever the batch's (a 20k day's batches are 5,000 articles).
TAG_CHUNK = 500


def _tag(day: date, run_id: str, articles: pa.Table, settings: Settings, staged: bool = False,
         children: dict[str, pa.Table] | None = None) -> dict[str, pa.Table]:
    """Enrichment tables of ``articles`` (rows of ``day`` with ``_ARTICLE_COLUMNS``: the clean lake's, or
    with ``staged`` the staged day's), per enrich table, in article order. Their children are read from
    the same place, only theirs (a batch tags a slice of the day), unless given (``children``: paragraphs
    and stock impacts with ``_CHILD_COLUMNS``, at least the articles'). An article's children are the rows
    of its ``article_id`` and ``raw_path`` (its copy, when the rows hold several)."""
    from chainwire.enrich import ROW_COLUMNS, enrich_article, enrich_tuples

    if not articles.num_rows:  # (assemble_enrich's usual case: every article was tagged by a batch)
        return {name: lake.to_arrow(table, []) for name, table in ENRICH_TABLES.items()}
    ids = pc.unique(articles["article_id"])
    if children is None:
        children = {table.name: lake.read_partition(_enrich_source(settings, staged), table, day,
                                                    columns=_CHILD_COLUMNS[table.name],
                                                    keep=lambda rows: pc.is_in(rows["article_id"], value_set=ids))
                    for table in (PARAGRAPHS, STOCK_IMPACTS)}
    parts: dict[str, list[pa.Table]] = {name: [] for name in ENRICH_TABLES}
    for start in range(0, articles.num_rows, TAG_CHUNK):
        chunk = articles.slice(start, TAG_CHUNK)
        chunk_ids = chunk["article_id"].combine_chunks()
        # only this chunk's child rows become Python objects: tuples from column lists, not a dict per row
        by_id: dict[tuple[str, str], dict[str, list[tuple]]] = {}
        for name, arrow in children.items():
            cols = arrow.filter(pc.is_in(arrow["article_id"], value_set=chunk_ids)).to_pydict()
            values = [cols[c] for c in _CHILD_COLUMNS[name][2:]]  # (ordinal, ...) after the two key columns
            for key, row in zip(zip(cols["article_id"], cols["raw_path"], strict=True), zip(*values, strict=True),
                                strict=True):
                by_id.setdefault(key, {}).setdefault(name, []).append(row)
        out: dict[str, list[tuple]] = {name: [] for name in ENRICH_TABLES}  # the chunk's tag rows as tuples
        owner: dict[str, list[int]] = {name: [] for name in ENRICH_TABLES}  # each tag row's article in the chunk
        for i, a in enumerate(chunk.to_pylist()):
            mine = by_id.get((a["article_id"], a["raw_path"]), {})
            art = _tagger_input(a, mine.get("paragraphs", []), mine.get("stock_impacts", []))
            for name, rows in enrich_tuples(a["article_id"], enrich_article(art)).items():
                if rows:
                    out[name] += rows
                    owner[name] += [i] * len(rows)
        lineage = {"landing_date": [day] * chunk.num_rows, "run_id": [run_id] * chunk.num_rows,
                   **{c: chunk[c].to_pylist() for c in ("raw_path", "raw_sha256", "parser")}}
        for name, table in ENRICH_TABLES.items():
            columns = ROW_COLUMNS[name]  # (the rows transposed: one sequence per column)
            by_column = dict(zip(columns, zip(*out[name], strict=True), strict=True)) if out[name] else {c: () for c in columns}
            parts[name].append(lake.to_arrow_columns(table, by_column, owner[name], lineage))
    return {name: pa.concat_tables(tables) for name, tables in parts.items()}


@_resolves_settings
def plan_enrich_batches(day: date, run_id: str, settings: Settings,
                        batch_size: int = PARSE_BATCH_SIZE) -> list[list[str]]:
    """The batches enrich maps over: this run's parse batches when it discovered the day, else the clean
    articles' raw files in batches of the same size (a re-tag without re-parsing)."""
    if staging.load_scan(settings, day, run_id) is not None:
        return plan_batches(day, settings, batch_size=batch_size, run_id=run_id)
    paths = lake.read_partition(settings.lake_dir, ARTICLES, day, columns=["raw_path"]).column("raw_path").to_pylist()
    files = sorted({raw_file_of(p) for p in paths})
    return [files[i:i + batch_size] for i in range(0, len(files), batch_size)] or [[]]


def _enrich_source(settings: Settings, staged: bool):
    """Where enrich reads the day's articles: the clean lake, or (``staged``) the parsed day in staging."""
    return staging.staging_root(settings) if staged else settings.lake_dir


_KEY_SEPARATOR = "\x1f"  # (a control character: in no article id or path)


def _copy_key(article_id: str, raw_path: str) -> str:
    """An article copy's key, as ``assemble_enrich`` joins a tag row's ``article_id`` and ``raw_path``."""
    return f"{article_id}{_KEY_SEPARATOR}{raw_path}"


@_resolves_settings
def enrich_batch(day: date, run_id: str, rel_paths: list[str], settings: Settings, staged: bool = False,
                 parsed: Sequence[str] | None = None) -> BatchSummary:
    """Tag the day's clean articles from these raw files; ``.batch`` is the reference for ``assemble_enrich``.

    ``staged``: tag the parsed day in staging instead (before validate has published the clean day;
    ``run_day`` validates meanwhile). ``parsed``: tag these files' articles as the parse batches (references
    ``parse_batch`` returned) hold them, before the day is even assembled (``run_day`` assembles, validates
    and dedups meanwhile); every copy of an article is tagged, its duplicates too. ``assemble_enrich`` keeps
    only the tags of the staged copy of articles whose rows validate left as they were, and tags the others
    from the lake itself."""
    t0 = time.perf_counter()
    files = set(rel_paths)

    def in_batch(rows: pa.RecordBatch | pa.Table) -> pa.Array:
        paths = rows["raw_path"]  # (a child row per paragraph: each distinct path is looked at once)
        mine = [p for p in pc.unique(paths).to_pylist() if raw_file_of(p) in files]
        return pc.is_in(paths, value_set=pa.array(mine, paths.type))

    children = None
    if parsed is not None:
        wanted = {ARTICLES.name: _ARTICLE_COLUMNS, **_CHILD_COLUMNS}  # (not the bodies)
        read = [staging.read_batch(ref, wanted, columns=wanted) for ref in parsed]
        chosen = {}
        for table in (ARTICLES, PARAGRAPHS, STOCK_IMPACTS):
            columns = wanted[table.name]
            rows = pa.concat_tables([r[table.name].select(columns) for r in read] or [table.schema.empty_table().select(columns)])
            chosen[table.name] = rows.filter(in_batch(rows))
        articles = chosen.pop(ARTICLES.name)
        children = chosen
    else:
        # only this batch's rows are read out of the day's partitions (memory follows the batch, not the day)
        articles = lake.read_partition(_enrich_source(settings, staged), ARTICLES, day, columns=_ARTICLE_COLUMNS,
                                       keep=in_batch)
    tables: dict[str, pa.Table] = _tag(day, run_id, articles, settings, staged, children)
    tables[TAGGED] = pa.table({k: articles[k].cast(pa.string()) for k in _TAGGED_KEY})
    ref = staging.write_batch(staging.batch_dir(settings, day, run_id, "enrich", rel_paths), tables)
    return BatchSummary(ref, len(rel_paths), articles.num_rows, 0, round(time.perf_counter() - t0, 3))


def _enrich_parsed(day: date, run_id: str, settings: Settings, work: tuple[list[str], list[str]]) -> BatchSummary:
    """``enrich_batch`` of ``(files, their parse batch references)`` (a pool's batch), then the worker's free
    heap and Arrow pool returned (``release_arrow_memory``): what a batch freed is not carried beside the
    parent's day-sized steps (docs/performance.md, *The process tree beside the enrich workers*)."""
    summary = enrich_batch(day, run_id, work[0], settings, parsed=work[1])
    release_arrow_memory()
    return summary


@_day_locked
def assemble_enrich(day: date, run_id: str, settings: Settings, batches: Sequence[str] = (),
                    started: float | None = None, written: Callable[[str], Any] | None = None) -> EnrichSummary:
    """Write the day's enrichment partitions from the enrich batches, in the lake's article order
    (articles no batch covered are tagged here), as one pass over the day would.

    A batch's tags count for an article when it read the article's current content (its ``_TAGGED_KEY``)
    and none of the article's paragraphs or stock impacts was quarantined: a batch that read the staged
    day (``enrich_batch(staged=True)``) saw those rows, the clean lake does not have them. Such an
    article is tagged here from the lake (rare: a paragraph outside 1–20,000 characters, an impact
    without a company or direction).

    ``written(name)``: called as each enrichment partition is in the lake (``run_day`` loads it into the day's
    open load transaction meanwhile)."""
    with stage(settings, day, run_id, "enrich", started) as s:
        # Arrow throughout: the day's tags (hundreds of thousands of rows) never become Python dicts.
        day_articles = lake.read_partition(settings.lake_dir, ARTICLES, day, columns=_ARTICLE_COLUMNS)
        # each article's key as a tuple of the ``_TAGGED_KEY`` columns, zipped from the columns (a dict per row and a
        # tuple built from it by a generator: 0.055 -> 0.035 CPU-s on the 20k day)
        keys = list(zip(*(day_articles[c].to_pylist() for c in _TAGGED_KEY), strict=True))
        held = lake.read_partition(settings.lake_dir, QUARANTINE, day, columns=["article_id", "table_name"])
        held = held.filter(pc.is_in(held["table_name"], value_set=pa.array(list(_CHILD_COLUMNS), pa.string())))
        changed = set(held.column("article_id").to_pylist())  # articles whose children validate held back
        current = {k for k in keys if k[0] not in changed}
        covered: set[str] = set()
        counted: list[pa.Array] = []  # per batch: the article copies whose tags count
        for ref in batches:
            # a batch's tags count only for the article copy and content it read (not a duplicate copy, not
            # content another run replaced since)
            tagged = staging.read_batch(ref, [TAGGED])[TAGGED]
            ok = [key for key in zip(*tagged.to_pydict().values(), strict=True) if key in current]
            covered |= {key[0] for key in ok}
            counted.append(pa.array(sorted(_copy_key(key[0], key[1]) for key in ok), pa.string()))
        uncovered = pa.array([i for i, k in enumerate(keys) if k[0] not in covered], pa.int64())
        missing = _tag(day, run_id, day_articles.take(uncovered), settings)
        del keys, current, covered
        article_ids = day_articles["article_id"]  # (one row per article_id: a row's place is its article's)
        counts = {}
        for name, table in ENRICH_TABLES.items():
            # one table at a time, read from every batch: only its rows and their ordered copy are held, not
            # every table's (the 100k day's assembly rose 0.65 GB above its entry, docs/performance.md)
            parts = []
            for ref, ok_keys in zip(batches, counted, strict=True):
                part = staging.read_batch(ref, [name])[name]
                mine = pc.binary_join_element_wise(part["article_id"], part["raw_path"], _KEY_SEPARATOR)
                parts.append(part.filter(pc.is_in(mine, value_set=ok_keys)).select(table.columns).cast(table.schema))
            rows = pa.concat_tables([*parts, missing.pop(name).select(table.columns).cast(table.schema)])
            del parts
            # the lake's article order; an article's rows in the order they were written (one source each)
            article = pc.index_in(rows["article_id"], value_set=article_ids)
            if article.null_count:
                raise KeyError(f"{name}: tags of an article not in the day's articles")
            order = pa.table({"article": article, "row": pa.array(range(rows.num_rows), pa.int64())})
            rows = rows.take(pc.sort_indices(order, sort_keys=[("article", "ascending"), ("row", "ascending")]))
            counts[name] = lake.write_partition(settings.lake_dir, table, day, rows)
            del rows, order, article
            if written is not None:
                written(name)
        s.rows_in, s.rows_out, s.message = day_articles.num_rows, sum(counts.values()), json.dumps(counts)
    summary = EnrichSummary(day.isoformat(), day_articles.num_rows, counts)
    del day_articles, article_ids, missing
    release_arrow_memory()  # the day's tags and keys: the load runs next in this process
    return summary


@_day_locked
def enrich_day(day: date, run_id: str, settings: Settings, workers: int | None = None,
               meanwhile: Callable[[], Any] | None = None, staged: bool = False,
               parsed: Mapping[str, str] | None = None, written: Callable[[str], Any] | None = None) -> EnrichSummary:
    """Tag the day's clean articles (topics, countries, actors, companies, policy actions) into the lake,
    in batches as the DAG's mapped tasks do, over ``workers`` processes (None: every core, see
    ``chainwire.parallel``); the partitions are assembled in the lake's article order whatever the batching.

    Reads only the clean lake, so it can be re-run alone after a taxonomy bump. ``meanwhile()``: other
    work for this process while the workers tag (``run_day`` runs the validate and dedup stages
    there), done before the partitions are assembled. ``staged``: the batches tag the parsed day in
    staging (while validate has not yet published the clean day). ``parsed``: each raw file's parse batch
    reference (``run_day``, whose ``meanwhile`` assembles the parsed day, validates and dedups it): with a
    pool the batches tag those files' articles as the parse batches hold them (in this process alone,
    ``meanwhile`` has run first: the one batch reads the day as ``staged`` says). The assembly is from the
    clean lake either way (``assemble_enrich``; ``written``: its callback as each partition is written).
    """
    from chainwire import parallel
    from chainwire.enrich import warm_up

    t0 = time.perf_counter()
    files = list(parsed) if parsed is not None else [f for b in plan_enrich_batches(day, run_id, settings) for f in b]
    n, batches = parallel.plan_pool("enrich", files, workers, per_worker=ENRICH_BATCHES_PER_WORKER,
                                    largest=ENRICH_BATCH_FILES, taper=True)
    if n > 1:
        warm_up()  # before the fork: every worker starts with the models loaded, shared with this process
    work: list[Any] = batches
    fn: Callable[[Any], BatchSummary] = functools.partial(enrich_batch, day, run_id, settings=settings, staged=staged)
    if parsed is not None and n > 1:  # each batch with the parse batches holding its files
        work = [(batch, list(dict.fromkeys(parsed[f] for f in batch))) for batch in batches]
        fn = functools.partial(_enrich_parsed, day, run_id, settings)
    summaries = parallel.map_batches(fn, work, n, initializer=warm_up if n > 1 else None, meanwhile=meanwhile)
    return assemble_enrich(day, run_id, settings, [b.batch for b in summaries], started=t0, written=written)


# ---------------------------------------------------------------- load
@_day_locked
def load_day(day: date, run_id: str, settings: Settings, begun: DayLoad | None = None,
             remove_staging: bool = True) -> LoadSummary:
    """Replace the day in DuckDB in one transaction, then publish the read-only snapshot and remove the run's
    staging folder. ``begun``: the day's load transaction ``run_day`` opened beside the enrichment
    (``begin_load``). ``remove_staging=False``: the caller removes the folder (``run_day``: in a thread beside
    the marts and the report; the DAG: its marts task, ``build_marts_removing_staging``)."""
    from chainwire.alerts import flush_pending
    from chainwire.warehouse.load import load_partition, publish_snapshot

    t0 = time.perf_counter()
    run_rows = [staging.load_run_meta(settings, day, run_id, s) for s in LOADED_STAGES]
    run_rows = [r for r in run_rows if r and r["run_id"] == run_id]  # only this run's stage timings
    dq_rows = [r for r in staging.load_run_meta(settings, day, run_id, "dq_results", []) if r["run_id"] == run_id]
    load_row = stage_row(run_id, day, "load", 0, 0, 0.0)  # filled in by load_partition
    counts = load_partition(settings.warehouse_path, settings.lake_dir, day, run_rows, dq_rows,
                            load_row=load_row, started=t0, begun=begun)
    release_arrow_memory()  # the load's Arrow batches and heap: the publish and the report run next in this process
    flush_pending(settings)  # failure rows recorded by callbacks while the warehouse was busy
    publish_snapshot(settings.warehouse_path, settings.snapshot_path)
    snapshot_store.publish(settings)  # an s3:// data dir: the snapshot also goes to the store
    if remove_staging:
        staging.cleanup_run(settings, day, run_id)  # the run's batches are no longer needed once the day is loaded
    release_arrow_memory()
    return LoadSummary(day.isoformat(), counts, str(settings.warehouse_path), str(settings.snapshot_path))


def begin_load(day: date, settings: Settings) -> DayLoad:
    """Open the day's load transaction and load the tables parse, validate and dedup wrote (every core
    table but the enrichment's); ``load_day(begun=...)`` adds the enrichment and commits."""
    from chainwire.warehouse.load import DayLoad

    load = DayLoad(settings.warehouse_path, settings.lake_dir, day)
    try:
        load.load_tables([name for name in TABLES if name not in ENRICH_TABLES])
    except BaseException:
        load.close()
        raise
    return load


# ---------------------------------------------------------------- the whole day
@_resolves_settings
def run_day(day: date, run_id: str | None = None, settings: Settings | None = None,
            allow_empty: bool = False, progress=None, workers: int | None = None) -> dict:
    """All stages, in order (what ``chainwire run`` does), under the day's lock; returns
    ``{"run_id": ..., <stage>: <summary as a dict>}``. Parse and enrich use ``workers`` processes
    (None: every core; 1: everything in this process). While the parse workers run, this process
    loads the later stages' libraries and models; the enrich workers then tag the articles as the parse
    batches hold them while this process assembles the parsed day (``assemble_day``) and runs the
    validate and dedup stages (the tags of a duplicate copy or of an article validate changed are
    dropped or redone from the clean lake by ``assemble_enrich``; enrich reads none of dedup's output),
    so no core waits on a serial step there.

    A failure records a ``failed`` row in ``core.runs`` (through ``data/runs_pending/`` when the
    warehouse is busy), like the Airflow failure callback, and re-raises.
    """
    assert settings is not None  # filled by _resolves_settings (the default must stay None: run_id has one)
    run_id = run_id or f"cli__{day.isoformat()}__{datetime.now(UTC):%Y%m%dT%H%M%S%f}"
    note = progress or (lambda *_: None)  # progress(stage, done, total): the CLI's progress display
    out: dict[str, Any] = {"run_id": run_id}
    name = "lock"

    def assemble_validate_dedup() -> None:  # in this process while the enrich workers tag the parse batches
        nonlocal name
        name = "parse"
        out[name] = assemble_day_tables(day, run_id, settings, refs, t0, allow_empty).as_dict()
        name = "validate"
        note(name, 0, 0)
        # read back from staging table by table: the assembly let each table go once written (one table of the
        # day in memory at a time, docs/performance.md, *The parent's day, table by table*)
        # its Data Docs pages (≈ 0.4 CPU-s of Python, beside the enrich workers on two busy cores) wait for the load,
        # where a core is idle while DuckDB commits and publishes; on the days that load early only (a big day's
        # load is its largest process, *The 100k day's load beside the enrichment*: nothing added beside it)
        early = out["parse"]["articles"] <= EARLY_LOAD_MAX_ARTICLES
        out[name] = validate_day(day, run_id, settings, docs_later=docs_later if early else None).as_dict()
        # GX's validators leave reference cycles holding validate's frames, and pandas 3's frames of one-chunk
        # columns share the staged tables' Arrow buffers: uncollected, they carried the 100k day's staged tables
        # (~0.6 GB) into dedup (largest process 1.68 -> 2.00 GB). The collection walks only what validate made
        # (the rest is frozen): 5 ms at 20k (docs/performance.md, *Validate's cycles*).
        gc.collect()
        release_arrow_memory()
        name = "dedup"
        note(name, 0, 0)
        out[name] = dedup_day(day, run_id, settings).as_dict()
        name = "enrich"
        note(name, 0, 0)
        # The load's tables from parse, validate and dedup go into its (uncommitted) transaction in a thread
        # while this thread waits for the enrich workers and assembles their tags: a core the workers left.
        if early:
            early_load.append(loader.submit(begin_load, day, settings))

    def load_written(table_name: str) -> None:  # an enrichment partition assembled: into the open load, in the thread
        # (the loader's one thread runs these after ``begin_load``, in the order written: ``TABLES``'). Only where the
        # load began early (days up to ``EARLY_LOAD_MAX_ARTICLES``): the 20k day's last statements before the COMMIT
        # then run beside the assembly of the next table instead of alone on one core after it (docs/performance.md,
        # *The 20k day's waiting cores and fixed costs*); at 100k the same took +0.19 GB (*The 100k day's load
        # beside the enrichment*).
        if early_load:
            loading.append(loader.submit(_load_more, early_load[0], table_name))

    early_load: list[Future] = []
    loading: list[Future] = []  # the enrichment tables going into the early load as they are written
    docs_later: list[Callable[[], None]] = []  # validate's Data Docs pages, built in the loader's thread
    docs: list[Future] = []
    loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chainwire-load")
    kept = contextlib.ExitStack()
    try:
        with day_lock(settings.state_dir, day, run_id):
            name = "discover"
            note(name, 0, 0)
            out[name] = discover_day(day, run_id, settings, allow_empty=allow_empty).as_dict()
            name = "parse"
            note(name, 0, out["discover"]["files"])
            t0 = time.perf_counter()
            refs, parsed = _parse_batches(day, run_id, settings, progress, workers, load_later_stages)
            # What this process holds now (GX, the models, the taggers' tables) lives to the run's end: frozen,
            # no collection walks it again (the enrich pool's then stays frozen too; ``chainwire.collector``).
            kept.enter_context(collector.frozen())
            out[name] = None  # (assembled beside the enrich workers: the stages' order in ``out`` stays)
            name = "enrich"
            out[name] = enrich_day(day, run_id, settings, workers=workers, meanwhile=assemble_validate_dedup,
                                   parsed=parsed, staged=True, written=load_written).as_dict()
            name = "load"
            note(name, 0, 0)
            for part in loading:
                part.result()  # (a failure is the load's; the transaction is rolled back below)
            begun = early_load.pop().result() if early_load else None
            docs.extend(loader.submit(build) for build in docs_later)  # beside the COMMIT and the publish
            docs_later.clear()
            out[name] = load_day(day, run_id, settings, begun=begun, remove_staging=False).as_dict()
            # The run's batches go in the loader's thread while this one builds the marts and the report: on a
            # disk mounted with ``discard`` unlinking ~1,000 files that were written back waits for the trims
            # (2-3 s of wall, 0.1 CPU-s on the 20k day; docs/performance.md, *The run's idle core-seconds*).
            removed = loader.submit(staging.cleanup_run, settings, day, run_id)
        for name, fn in (("marts", build_marts_stage), ("report", build_report_stage)):
            note(name, 0, 0)
            if name == "report":
                name = "validate"
                for part in docs:
                    part.result()  # the report copies the Data Docs (a failure to build them is validate's)
                name = "report"
            out[name] = fn(settings).as_dict()
        name = "load"
        removed.result()  # (its failure, on object storage, is the load's as before)
    except Exception as exc:
        _abandon(early_load, loading)
        record_run_outcome(run_id, day, name, f"{type(exc).__name__}: {exc}", settings=settings)
        raise
    finally:
        _abandon(early_load, loading)
        loader.shutdown()
        _build_docs_left(docs_later)
        kept.close()
    return out


def _build_docs_left(docs_later: list[Callable[[], None]]) -> None:
    """The Data Docs of a run that failed after validate and before the load: built now (they show its validations)."""
    while docs_later:
        try:
            docs_later.pop(0)()
        except Exception:  # noqa: BLE001 - the run's own failure is the one reported
            log.warning("Data Docs not built", exc_info=True)


def _load_more(begun: Future, table_name: str) -> None:
    """Load one more table into the load transaction ``begin_load`` opened (in the loader's thread, after it)."""
    begun.result().load_tables([table_name])


def _abandon(early_load: list[Future], loading: Sequence[Future] = ()) -> None:
    """Roll back a load transaction begun beside the enrichment that the run did not get to commit (a later
    stage failed), so the warehouse is free for the failure's own ``core.runs`` row; after the tables still going
    into it (the connection is used by one thread at a time)."""
    for part in loading:
        try:
            part.result()
        except Exception:  # noqa: BLE001 - the transaction is rolled back below either way
            log.debug("table not loaded into the abandoned early load", exc_info=True)
    while early_load:
        try:
            early_load.pop().result().close()
        except Exception:  # noqa: BLE001 - its own failure is not the run's: the stage that failed is reported
            log.debug("early load not rolled back cleanly", exc_info=True)


def load_later_stages() -> None:
    """Import and load what validate and enrich need (Great Expectations, the Kiwi model with its first
    analysis, the gazetteers: ≈ 7 CPU-s, docs/performance.md), in ``run_day``'s own process while the parse
    workers run, instead of between stages with a core idle. The enrich workers are forked after this, so
    they start with it loaded. (The DAG's parse tasks do the same under ``dags test``, where the later tasks
    run in the same process: ``chainwire.batching``.) Dedup needs no datasketch at run time (its
    permutations and LSH bands are drawn and stored without it: ``dedup.minhash``)."""
    with collector.paused():  # ≈ 0.5 M objects kept to the process's end: no full collection walking them meanwhile
        import chainwire.quality.validate  # noqa: F401 - Great Expectations (set up as that module does)
        from chainwire.enrich import warm_up

        warm_up()


@_resolves_settings
def record_run_outcome(run_id: str, day: date, stage_name: str, message: str, status: str = "failed",
                       settings: Settings | None = None) -> bool:
    """A core.runs row outside a stage (a failure, an empty day): in the warehouse now, with the snapshot
    published so `chainwire sql` shows it, when the warehouse is free; else pending until the next load.
    Never raises (the outcome being recorded is what matters); True when it is in the warehouse."""
    assert settings is not None  # filled by _resolves_settings (the default must stay None: status has one)
    from chainwire.alerts import flush_pending, record_failure

    try:
        record_failure(run_id, day, stage_name, message, status=status, settings=settings)
        if flush_pending(settings):
            from chainwire.warehouse.load import publish_snapshot

            publish_snapshot(settings.warehouse_path, settings.snapshot_path)
            return True
    except Exception as inner:  # noqa: BLE001 - never raises: e.g. a read-only data dir, a busy warehouse
        log.warning("core.runs row of run %s not written now (%s): %s", run_id, status, inner)
    return False


# ---------------------------------------------------------------- marts
@_resolves_settings
def build_marts_stage(settings: Settings) -> MartsSummary:
    """Rebuild every marts.* model from core.* in one transaction, then publish the snapshot."""
    from chainwire.warehouse.load import connect_writer, ensure_schema, publish_snapshot
    from chainwire.warehouse.marts import build_marts

    t0 = time.perf_counter()
    with connect_writer(settings.warehouse_path) as con:
        ensure_schema(con, settings.lake_dir)
        stats = build_marts(con)
    publish_snapshot(settings.warehouse_path, settings.snapshot_path)
    snapshot_store.publish(settings)
    return MartsSummary(stats, round(time.perf_counter() - t0, 3), str(settings.snapshot_path))


@_resolves_settings
def build_marts_removing_staging(day: date, run_id: str, settings: Settings) -> MartsSummary:
    """``build_marts_stage`` while the run's staging folder is removed in a thread beside it: the DAG's marts task,
    after a load task that left the folder (``load_day(remove_staging=False)``), as ``run_day`` removes it beside
    its marts and report. On a disk mounted with ``discard`` unlinking the ≈ 1,000 batch files of a 20k day waits
    for their trims (1–2.5 s of wall, ≈ 0.1 CPU-s: docs/performance.md, *The run's idle core-seconds*), while the
    marts build is DuckDB's work with the GIL released. A failure of either is raised after both ended."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="chainwire-cleanup") as remover:
        removed = remover.submit(staging.cleanup_run, settings, day, run_id)
        out = build_marts_stage(settings)
        removed.result()
    return out


@_resolves_settings
def build_report_stage(settings: Settings) -> ReportSummary:
    """Build the static HTML coverage report from the snapshot (reads only)."""
    from chainwire.report import build_report

    t0 = time.perf_counter()
    index = build_report(snapshot=settings.snapshot_path)
    return ReportSummary(str(index), round(time.perf_counter() - t0, 3))
