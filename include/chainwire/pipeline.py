"""The pipeline stages. Both the Airflow tasks and ``chainwire run`` call these.

Every stage is keyed by the partition (landing) date and reads/writes files only:
  discover → parse (raw → staging Parquet) → validate (staging → lake + quarantine)
  → load (lake → DuckDB, one transaction) → publish a read-only snapshot.
Nothing depends on a previous run's in-memory state, so any day can be re-run or
backfilled and ends in the same tables.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import json
import logging
import pickle
import re
import shutil
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from chainwire import lake
from chainwire.identity import article_id as make_article_id
from chainwire.identity import content_sha256
from chainwire.schemas import ARTICLES, ENRICH_TABLES, PARAGRAPHS, PARSED_TABLES, QUARANTINE, RAW_FILES, STOCK_IMPACTS
from chainwire.locks import day_lock
from chainwire.runinfo import run_url
from chainwire.settings import TIMEZONE, Settings, get_settings
from chainwire.sources.landing import FileChanged, RawFile, Scan, discover, raw_path, read_raw, scan

if TYPE_CHECKING:
    import pandas as pd

SEOUL = ZoneInfo(TIMEZONE)
log = logging.getLogger(__name__)


def resolve_partition_date(run_date: Any = None, logical_date: datetime | None = None,
                           run_after: datetime | None = None) -> date:
    """The day a run processes: explicit param, else logical date, else run_after (Seoul calendar).

    Airflow 3's trigger timetables give zero-length data intervals, so the data
    interval is never used.
    """
    if run_date not in (None, ""):
        return date.fromisoformat(str(run_date)[:10])
    for ts in (logical_date, run_after):
        if ts is not None:
            return ts.astimezone(SEOUL).date()
    raise ValueError("no run_date, logical_date or run_after to resolve the partition date from")


def staging_root(settings: Settings) -> Path:
    return settings.data_dir / "staging"


def _meta_dir(settings: Settings, day: date) -> Path:
    d = staging_root(settings) / "_meta" / f"landing_date={day.isoformat()}"
    d.mkdir(parents=True, exist_ok=True)
    return d


def _save_meta(settings: Settings, day: date, name: str, payload: Any) -> None:
    """The day's latest stage row (what any run last did) and, for the run's own load, a copy in the
    run's folder: a concurrent run of the same day cannot overwrite this run's stage log."""
    text = json.dumps(payload, default=str, ensure_ascii=False, indent=1)
    run_ids = {r.get("run_id") for r in (payload if isinstance(payload, list) else [payload]) if isinstance(r, dict)}
    targets = [_meta_dir(settings, day) / f"{name}.json"]
    own_run = next(iter(run_ids)) if len(run_ids) == 1 else None
    if own_run is not None:
        own = _run_dir(settings, day, own_run) / "meta"
        own.mkdir(parents=True, exist_ok=True)
        targets.append(own / f"{name}.json")
    for path in targets:
        tmp = path.with_suffix(".partial")
        tmp.write_text(text)
        tmp.replace(path)


def _load_run_meta(settings: Settings, day: date, run_id: str, name: str, default: Any = None) -> Any:
    """This run's own copy of a stage's metadata, else the day's latest (older layouts)."""
    own = _run_dir(settings, day, run_id) / "meta" / f"{name}.json"
    return json.loads(own.read_text()) if own.exists() else _load_meta(settings, day, name, default)


def _load_meta(settings: Settings, day: date, name: str, default: Any = None) -> Any:
    path = _meta_dir(settings, day) / f"{name}.json"
    return json.loads(path.read_text()) if path.exists() else default


def _stage_row(run_id: str, day: date, stage: str, rows_in: int, rows_out: int, seconds: float,
               status: str = "success", message: str = "") -> dict:
    return {"run_id": run_id, "partition_date": day.isoformat(), "stage": stage, "status": status,
            "rows_in": rows_in, "rows_out": rows_out, "seconds": round(seconds, 3), "message": message,
            "finished_at": datetime.now(timezone.utc).isoformat(), "airflow_url": run_url(run_id)}


def _day_locked(fn):
    """Run a stage under the landing day's file lock (shared by the CLI and Airflow tasks)."""
    @functools.wraps(fn)
    def wrapper(day: date, run_id: str, settings: Settings | None = None, *args, **kwargs):
        settings = settings or get_settings()
        with day_lock(settings.data_dir, day, run_id):
            return fn(day, run_id, settings, *args, **kwargs)
    return wrapper


# ---------------------------------------------------------------- discover
LATE_FILE_LOOKBACK_DAYS = 30
_JSONL_LINE = re.compile(r"#L\d+$")  # a JSONL record's manifest path is <file>#L<n>


class EmptyLandingError(RuntimeError):
    """The landing folder of a day that already has data is missing, empty or unreadable."""


def late_files_waiting(day: date, settings: Settings | None = None,
                       lookback: int = LATE_FILE_LOOKBACK_DAYS) -> dict[str, int]:
    """Files in past days' folders that the lake's manifest for that day does not know yet
    (or knows as ``deferred``: still being written when the day ran).

    They landed after their day ran; backfilling (or re-running) that day picks them up.
    """
    import pyarrow.parquet as pq

    from chainwire.sources.landing import landing_days

    settings = settings or get_settings()
    waiting = {}
    for past in landing_days(settings.raw_dir):
        if not (day - timedelta(days=lookback) <= past < day):
            continue
        manifest = lake.partition_file(settings.lake_dir, RAW_FILES, past)
        known = set()
        if manifest.exists():
            cols = pq.read_table(manifest, columns=["raw_path", "status"]).to_pydict()
            for path, status in zip(cols["raw_path"], cols["status"], strict=True):
                if status != "deferred":
                    known.add(path)
                    known.add(_JSONL_LINE.sub("", path))
        sc = scan(settings.raw_dir, past)
        candidates = [f.rel_path for f in sc.files] + [e.rel_path for e in sc.entries if e.status == "deferred"]
        n = sum(1 for p in candidates if p not in known)
        if n:
            waiting[past.isoformat()] = n
    return waiting


def day_has_data(day: date, settings: Settings) -> int:
    """How many raw-file rows the lake (else the warehouse snapshot) holds for ``day``; 0 = none."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    manifest = lake.partition_file(settings.lake_dir, RAW_FILES, day)
    if manifest.exists():
        try:
            n = pq.ParquetFile(manifest).metadata.num_rows
        except (OSError, pa.ArrowException):  # an unreadable manifest is not proof of an empty day
            return 1
        if n:
            return n
    if settings.snapshot_path.exists():
        import duckdb

        try:
            con = duckdb.connect(str(settings.snapshot_path), read_only=True)
            try:
                row = con.execute("SELECT count(*) FROM core.raw_files WHERE landing_date = ?", [day]).fetchone()
                return row[0] if row else 0
            finally:
                con.close()
        except duckdb.Error:
            return 0
    return 0


def _run_dir(settings: Settings, day: date, run_id: str) -> Path:
    """This run's own staging folder: batches and the discovery list live here, nobody else's."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", run_id)
    return staging_root(settings) / "_batches" / f"landing_date={day.isoformat()}" / f"run_id={safe}"


def _save_scan(settings: Settings, day: date, run_id: str, sc: Scan) -> None:
    d = _run_dir(settings, day, run_id)
    d.mkdir(parents=True, exist_ok=True)
    payload = {"files": [[f.rel_path, f.size, f.mtime_ns] for f in sc.files],
               "entries": [[e.rel_path, e.status, e.reason, e.size] for e in sc.entries]}
    tmp = d / ".discover.partial"
    tmp.write_text(json.dumps(payload, ensure_ascii=False))
    tmp.replace(d / "discover.json")


def _load_scan(settings: Settings, day: date, run_id: str) -> dict | None:
    path = _run_dir(settings, day, run_id) / "discover.json"
    return json.loads(path.read_text()) if path.exists() else None


def _guard_empty(day: date, sc: Scan, settings: Settings, allow_empty: bool) -> None:
    """A day with data is never replaced by nothing by accident: raise, naming the folder."""
    if sc.files or allow_empty:
        return
    if sc.error:
        raise EmptyLandingError(f"{sc.error} — nothing loaded for {day}; fix the folder (mount, permissions, "
                                "CHAINWIRE_RAW_DIR) or re-run with --allow-empty / allow_empty=true to clear the day")
    had = day_has_data(day, settings)
    if not had:
        return
    what = "does not exist" if not sc.exists else (
        f"has no file to load ({len(sc.entries)} other path(s): "
        f"{', '.join(sorted({e.status for e in sc.entries}))})" if sc.entries else "is empty")
    raise EmptyLandingError(
        f"landing folder {sc.folder} {what}, but {day} already has {had} raw-file row(s) loaded; "
        "refusing to replace the day with nothing (check CHAINWIRE_RAW_DIR, the mount, a retention purge). "
        "To really clear the day, re-run with --allow-empty (CLI) or the allow_empty=true param (Airflow)")


class FileBeingRewritten(RuntimeError):
    """A file the day already has loaded is being written again: loading now would drop it."""


def _guard_rewritten(day: date, settings: Settings, deferred: list[str]) -> None:
    """A deferred file whose previous version is loaded: fail rather than replace the day without it."""
    if not deferred:
        return
    import pyarrow.parquet as pq

    manifest = lake.partition_file(settings.lake_dir, RAW_FILES, day)
    if not manifest.exists():
        return
    cols = pq.read_table(manifest, columns=["raw_path", "status"]).to_pydict()
    loaded = {_JSONL_LINE.sub("", p) for p, st in zip(cols["raw_path"], cols["status"], strict=True)
              if st in ("parsed", "duplicate", "quarantined")}
    busy = sorted(set(deferred) & loaded)
    if busy:
        raise FileBeingRewritten(
            f"{len(busy)} loaded file(s) of {day} are being written again ({', '.join(busy[:5])}"
            f"{' …' if len(busy) > 5 else ''}): loading now would drop them from the day. Re-run the day once "
            f"they are complete (settle window CHAINWIRE_SETTLE_SECONDS); the loaded day is unchanged")


def discover_day(day: date, run_id: str, settings: Settings | None = None, allow_empty: bool = False) -> dict:
    settings = settings or get_settings()
    t0 = time.perf_counter()
    with day_lock(settings.data_dir, day, run_id):
        sc = scan(settings.raw_dir, day)
        _guard_empty(day, sc, settings, allow_empty)
        if sc.error:  # allowed empty: the unreadable folder itself is accounted for
            sc.entries.append(_folder_entry(settings, sc))
        _save_scan(settings, day, run_id, sc)
        late = late_files_waiting(day, settings)
        message, status = "", "success"
        notes = []
        if late:
            status = "warning"
            notes.append(f"{sum(late.values())} late file(s) waiting in past days "
                         f"{', '.join(f'{d} ({n})' for d, n in sorted(late.items()))}: backfill those days to load them")
        deferred = [e.rel_path for e in sc.entries if e.status == "deferred"]
        if deferred:
            status = "warning"
            notes.append(f"{len(deferred)} file(s) deferred (still being written): {', '.join(deferred[:10])}"
                         f"{' …' if len(deferred) > 10 else ''}; re-run the day to load them")
        message = "; ".join(notes)
        if message:
            log.warning(message)
        summary = {"partition_date": day.isoformat(), "files": len(sc.files), "raw_dir": str(settings.raw_dir),
                   "other_paths": len(sc.entries), "deferred": len(deferred), "late_files_waiting": late}
        _save_meta(settings, day, "discover", _stage_row(run_id, day, "discover", sc.paths, len(sc.files),
                                                         time.perf_counter() - t0, status, message))
    return summary


def _folder_entry(settings: Settings, sc: Scan):
    from chainwire.sources.landing import Entry

    return Entry(sc.day.isoformat() + "/", "rejected", sc.error or "landing folder unreadable")


# ---------------------------------------------------------------- parse
@dataclass
class ParsedFile:
    """One record of a raw file (a page, or one line of a JSONL export) after parsing."""

    raw: RawFile
    rel_path: str  # raw path, with #L<n> for a JSONL line
    sha256: str | None
    size: int
    article: Any = None  # chainwire.extract.article.Article
    article_id: str | None = None
    error: str | None = None
    status: str | None = None  # None: parsed or rejected by ``error``; "deferred": still being written


def _parsed_id(pf: ParsedFile) -> str:
    """The article_id of a record parsed without error (parse_file sets it with the article)."""
    if pf.article_id is None:
        raise ValueError(f"{pf.rel_path}: parsed without an article_id")
    return pf.article_id


def parse_file(raw: RawFile) -> list[ParsedFile]:
    """Read and parse one raw file. Never raises: failures come back as ``error``."""
    from chainwire.extract.dispatch import extract_raw, read_sidecar

    try:
        data, sha = read_raw(raw)
    except FileChanged as exc:
        return [ParsedFile(raw, raw.rel_path, None, _size(raw), error=str(exc), status="deferred")]
    except (OSError, ValueError) as exc:
        reason = f"{exc.strerror}: cannot read the file" if isinstance(exc, OSError) and exc.strerror else str(exc)
        return [ParsedFile(raw, raw.rel_path, None, _size(raw), error=reason)]
    try:
        sidecar = read_sidecar(raw.path)
    except OSError as exc:  # e.g. a 255-byte name: "<name>.meta.json" cannot exist (name too long)
        sidecar = {} if exc.errno == errno.ENAMETOOLONG else {"_error": f"sidecar unreadable: {exc.strerror}"}
    try:
        records = extract_raw(data, raw.rel_path, raw.landing_date, sidecar)
    except Exception as exc:  # noqa: BLE001 - a parser bug must not kill the batch; it is recorded, not hidden
        return [ParsedFile(raw, raw.rel_path, sha, len(data), error=f"parser error: {type(exc).__name__}: {exc}")]
    out = []
    for rec in records:
        pf = ParsedFile(raw, rec.source_path, sha, len(data), article=rec.article, error=rec.error)
        a = rec.article
        if pf.error is None and a is not None:
            published = a.published_at.astimezone(SEOUL).date().isoformat() if a.published_at else None
            pf.article_id = make_article_id(a.outlet, a.outlet_article_id, a.title, published,
                                            a.paragraphs[0] if a.paragraphs else "")
        out.append(pf)
    return out


def _size(raw: RawFile) -> int:
    try:
        return raw.path.stat().st_size
    except OSError:
        return raw.size or 0


def _article_rows(pf: ParsedFile, day: date, run_id: str) -> dict[str, list[dict]]:
    a = pf.article
    lineage = {"raw_path": pf.rel_path, "raw_sha256": pf.sha256, "parser": a.parser, "run_id": run_id}
    base = {"article_id": pf.article_id, "landing_date": day, **lineage}
    mg = a.machine_generated or {}
    rows: dict[str, list[dict]] = {t.name: [] for t in PARSED_TABLES.values()}
    rows["articles"].append({
        **base, "outlet": a.outlet, "url": a.url, "outlet_article_id": a.outlet_article_id,
        "section": a.section, "subsection": a.subsection, "title": a.title, "title_source": a.title_source,
        "subtitle_lines": a.subtitle_lines,
        "published_at": a.published_at, "published_at_source": a.published_at_source,
        "published_at_confidence": a.published_at_confidence, "updated_at": a.updated_at,
        "dateline": a.dateline, "reporters": a.reporters, "reporter_roles": a.reporter_roles,
        "reporter_emails": a.reporter_emails, "body_text": a.body_text or None,
        "paragraph_count": len(a.paragraphs), "body_chars": len(a.body_text), "language": a.language,
        "ai_summary": bool(mg.get("ai_summary")), "ai_translation": bool(mg.get("ai_translation")),
        "ai_stock_analysis": bool(mg.get("ai_stock_analysis")), "warnings": a.warnings,
        "content_sha256": content_sha256(a.body_text),
        # Until the dedup stage assigns clusters, every article is its own story.
        "cluster_id": pf.article_id, "is_canonical": True, "duplicate_of": None, "similarity": 1.0, "copy_kind": None,
    })
    rows["paragraphs"] = [{**base, "ordinal": i, "text": p} for i, p in enumerate(a.paragraphs)]
    rows["photo_captions"] = [
        {**base, "ordinal": i, "text": c.text, "credit": c.credit, "email": c.email,
         "caption_date": date.fromisoformat(c.date) if c.date else None}
        for i, c in enumerate(a.photo_captions)]
    rows["related_teasers"] = [
        {**base, "ordinal": i, "title": t.title, "text": t.text, "dateline": t.dateline,
         "reporters": t.reporters, "published_at": t.published_at}
        for i, t in enumerate(a.related_teasers)]
    rows["stock_impacts"] = [
        {**base, "ordinal": i, "company": s.company, "sector": s.sector, "direction": s.direction,
         "reason": s.reason}
        for i, s in enumerate(a.stock_impacts)]
    return rows


def _freshness(pf: ParsedFile) -> tuple:
    """Among copies of one article the latest update wins; ties go to the first path."""
    a = pf.article
    ts = a.updated_at or a.published_at
    return (ts.timestamp() if ts else float("-inf"),)


PARSE_BATCH_SIZE = 250  # files per mapped parse task: a big day fans out, a small day is one task


def plan_batches(day: date, settings: Settings | None = None, batch_size: int = PARSE_BATCH_SIZE,
                 run_id: str | None = None) -> list[list[str]]:
    """The day's raw files (paths relative to the landing zone) split into parse batches.

    With ``run_id``: the files this run's ``discover_day`` listed (what ``assemble_day`` expects).
    """
    settings = settings or get_settings()
    listed = _load_scan(settings, day, run_id) if run_id else None
    files = [f[0] for f in listed["files"]] if listed else [f.rel_path for f in discover(settings.raw_dir, day)]
    return [files[i:i + batch_size] for i in range(0, len(files), batch_size)] or [[]]


def _batch_dir(settings: Settings, day: date, run_id: str) -> Path:
    return _run_dir(settings, day, run_id)


STALE_RUN_DIR_SECONDS = 2 * 86400  # a run's folder untouched this long belongs to a run that died


def _prune_stale_runs(settings: Settings, day: date, keep: str) -> None:
    """Remove other runs' batch folders of this day only when they are long abandoned (never a live run's)."""
    parent = _run_dir(settings, day, keep).parent
    now = time.time()
    for d in parent.glob("run_id=*") if parent.is_dir() else []:
        if d.name == _run_dir(settings, day, keep).name:
            continue
        try:
            newest = max([d.stat().st_mtime] + [f.stat().st_mtime for f in d.iterdir()])
        except OSError:
            continue
        if now - newest > STALE_RUN_DIR_SECONDS:
            shutil.rmtree(d, ignore_errors=True)


def cleanup_run(day: date, run_id: str, settings: Settings | None = None) -> None:
    """Remove this run's own staging folder (after its load committed)."""
    settings = settings or get_settings()
    shutil.rmtree(_run_dir(settings, day, run_id), ignore_errors=True)


def parse_batch(day: date, run_id: str, rel_paths: list[str], settings: Settings | None = None) -> dict:
    """Parse one batch of raw files; the results wait in a per-run batch file for ``assemble_day``."""
    settings = settings or get_settings()
    t0 = time.perf_counter()
    listed = _load_scan(settings, day, run_id) or {"files": []}
    signature = {rel: (size, mtime) for rel, size, mtime in listed["files"]}
    raws = [RawFile(raw_path(settings.raw_dir, p), p, day, *signature.get(p, (None, None))) for p in rel_paths]
    parsed = [pf for f in raws for pf in parse_file(f)]
    out = _batch_dir(settings, day, run_id)
    out.mkdir(parents=True, exist_ok=True)
    name = hashlib.sha256("\n".join(rel_paths).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    tmp = out / f".{name}.partial"
    with open(tmp, "wb") as fh:
        pickle.dump(parsed, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(out / f"{name}.pkl")
    return {"files": len(raws), "records": len(parsed), "errors": sum(p.error is not None for p in parsed),
            "seconds": round(time.perf_counter() - t0, 3),
            # named with the reason, for the task log (bounded: core.raw_files has every one)
            "rejected": [[p.rel_path, p.error] for p in parsed if p.error is not None][:1000]}


def assemble_day(day: date, run_id: str, settings: Settings | None = None, started: float | None = None,
                 allow_empty: bool = False) -> dict:
    """Combine this run's parsed batches into the day's staging partitions and manifest.

    Reads only this run's folder (``_batches/landing_date=D/run_id=R``) and leaves it in place
    (the load removes it), so a retried assemble finds the same batches.
    """
    settings = settings or get_settings()
    t0 = started or time.perf_counter()
    with day_lock(settings.data_dir, day, run_id):
        return _assemble_locked(day, run_id, settings, t0, allow_empty)


def _assemble_locked(day: date, run_id: str, settings: Settings, t0: float, allow_empty: bool) -> dict:
    batch_dir = _batch_dir(settings, day, run_id)
    listed = _load_scan(settings, day, run_id)
    parsed: list[ParsedFile] = []
    for f in sorted(batch_dir.glob("*.pkl")):
        with open(f, "rb") as fh:
            parsed.extend(pickle.load(fh))
    parsed.sort(key=lambda pf: pf.rel_path)  # independent of how the day was batched
    from chainwire.guards import apply_day_budget

    apply_day_budget(parsed, settings.max_day_chars)  # articles past the day's text budget: rejected, with why
    files = {pf.raw.rel_path for pf in parsed}
    if listed is not None:
        expected = {rel for rel, _, _ in listed["files"]}
        entries = [tuple(e) for e in listed["entries"]]
    else:  # parse_batch called without discover_day (tests, scripts): take the folder as it is now
        sc = scan(settings.raw_dir, day)
        expected, entries = {f.rel_path for f in sc.files}, [(e.rel_path, e.status, e.reason, e.size) for e in sc.entries]
    if listed is None and expected - files:
        log.warning("%d file(s) landed in %s after discovery; re-run the day to include them",
                    len(expected - files), day)
    elif expected - files:
        raise RuntimeError(
            f"run {run_id}: {len(expected - files)} of {len(expected)} discovered file(s) of {day} have no parsed "
            f"batch in {batch_dir} (e.g. {sorted(expected - files)[0]}); re-run the day")
    if not allow_empty and parsed and all(pf.error is not None for pf in parsed) and day_has_data(day, settings):
        reasons = Counter(pf.status or (pf.error or "").split(":")[0] for pf in parsed).most_common(3)
        raise EmptyLandingError(
            f"every one of the {len(parsed)} file(s) in {settings.raw_dir / day.isoformat()} failed to read or parse "
            f"({', '.join(f'{r} ×{n}' for r, n in reasons)}), but {day} already has data loaded; refusing to "
            "replace it. Re-run with --allow-empty / allow_empty=true to load the day anyway")

    _guard_rewritten(day, settings, [pf.raw.rel_path for pf in parsed if pf.status == "deferred"]
                     + [e[0] for e in entries if e[1] == "deferred"])

    # One row per article_id: the freshest copy; the others are accounted as duplicates.
    best: dict[str, ParsedFile] = {}
    for pf in parsed:
        if pf.error is None:
            cur = best.get(_parsed_id(pf))
            if cur is None or _freshness(pf) > _freshness(cur):
                best[_parsed_id(pf)] = pf

    tables: dict[str, list[dict]] = {t.name: [] for t in PARSED_TABLES.values()}
    for pf in parsed:
        status, reason = "parsed", None
        if pf.status == "deferred":
            status, reason = "deferred", pf.error
        elif pf.error is not None:
            status, reason = "rejected", pf.error
        elif best[_parsed_id(pf)] is not pf:
            status, reason = "duplicate", f"same article_id as {best[_parsed_id(pf)].rel_path}"
        else:
            for name, rows in _article_rows(pf, day, run_id).items():
                tables[name].extend(rows)
        tables["raw_files"].append({
            "landing_date": day, "raw_path": pf.rel_path, "raw_sha256": pf.sha256, "size_bytes": pf.size,
            "status": status, "reason": reason, "article_id": pf.article_id,
            "parser": pf.article.parser if pf.article else None, "run_id": run_id})
    for rel, status, reason, size in entries:  # paths that exist but were not parsed: accounted for too
        tables["raw_files"].append({
            "landing_date": day, "raw_path": rel, "raw_sha256": None, "size_bytes": size, "status": status,
            "reason": reason, "article_id": None, "parser": None, "run_id": run_id})
    tables["raw_files"].sort(key=lambda r: r["raw_path"])

    root = staging_root(settings)
    for table in PARSED_TABLES.values():
        if table is not QUARANTINE:
            lake.write_partition(root, table, day, tables[table.name])
    _prune_stale_runs(settings, day, keep=run_id)
    statuses = Counter(r["status"] for r in tables["raw_files"])
    summary = {"partition_date": day.isoformat(), "files": len(files), "articles": len(tables["articles"]),
               **{f"files_{k}": v for k, v in sorted(statuses.items())}}
    _save_meta(settings, day, "parse", _stage_row(run_id, day, "parse", len(files), len(tables["articles"]),
                                                  time.perf_counter() - t0, message=json.dumps(dict(statuses))))
    return summary


PROGRESS_BATCH_SIZE = 200  # with a progress callback, files are parsed in batches of this size


def parse_day(day: date, run_id: str, settings: Settings | None = None, allow_empty: bool = False,
              progress=None) -> dict:
    """Parse every raw file of the day into staging partitions and a manifest (one batch, in-process).

    ``progress(stage, done, total)``, when given, is called after every PROGRESS_BATCH_SIZE files.
    """
    settings = settings or get_settings()
    t0 = time.perf_counter()
    batches = plan_batches(day, settings, batch_size=PROGRESS_BATCH_SIZE if progress else 10**9, run_id=run_id)
    total, done = sum(len(b) for b in batches), 0
    for batch in batches:
        parse_batch(day, run_id, batch, settings)
        done += len(batch)
        if progress:
            progress("parse", done, total)
    return assemble_day(day, run_id, settings, started=t0, allow_empty=allow_empty)


# ---------------------------------------------------------------- validate
def _outlet_stats(raw_files: list[dict]) -> "pd.DataFrame":
    import pandas as pd

    by_outlet: dict[str, Counter] = {}
    for r in raw_files:
        outlet = (r.get("article_id") or "unknown:").split(":", 1)[0]
        by_outlet.setdefault(outlet, Counter())[r["status"]] += 1
    return pd.DataFrame([{"outlet": o, "files": sum(c.values()), "duplicate_rate": c["duplicate"] / sum(c.values())}
                         for o, c in sorted(by_outlet.items())], columns=["outlet", "files", "duplicate_rate"])


def _volume(settings: Settings, day: date, articles: int) -> "pd.DataFrame":
    """The day's article count against the median of the previous 7 landing days in the lake."""
    import statistics
    from datetime import timedelta

    import pandas as pd
    import pyarrow.parquet as pq

    history = []
    for back in range(1, 8):
        f = lake.partition_file(settings.lake_dir, ARTICLES, day - timedelta(days=back))
        if f.exists():
            history.append(pq.ParquetFile(f).metadata.num_rows)
    median = statistics.median(history) if history else None
    ratio = (articles / median) if median else None  # no history: nothing to compare (null passes)
    return pd.DataFrame([{"articles": articles, "median_7d": median, "ratio_to_median_7d": ratio}])


@_day_locked
def validate_day(day: date, run_id: str, settings: Settings | None = None) -> dict:
    """GX-validate every staged table; quarantine failing rows; publish the clean day to the lake.

    Critical failures raise DataQualityError (naming the rule) before anything reaches the lake,
    so the previous state of the day stays in place.
    """
    from chainwire.quality.datadocs import data_docs_index
    from chainwire.quality.validate import DataQualityError, gx_context, quarantine_rows, validate_frame

    settings = settings or get_settings()
    t0 = time.perf_counter()
    root = staging_root(settings)
    staged = {t.name: lake.read_partition(root, t, day, as_written=True) for t in PARSED_TABLES.values() if t is not QUARANTINE}
    outcomes = {}
    with gx_context(settings.gx_dir) as ctx:
        for name, arrow in staged.items():
            outcomes[name] = validate_frame(ctx, name, arrow.to_pandas(), run_name=day.isoformat())
        outcomes["outlet_stats"] = validate_frame(ctx, "outlet_stats", _outlet_stats(staged["raw_files"].to_pylist()),
                                                  run_name=day.isoformat())
        outcomes["volume"] = validate_frame(ctx, "volume", _volume(settings, day, staged["articles"].num_rows),
                                            run_name=day.isoformat())
    dq_rows = [{"run_id": run_id, "partition_date": day.isoformat(), **r} for o in outcomes.values() for r in o.results]
    _save_meta(settings, day, "dq_results", dq_rows)
    critical = [c for o in outcomes.values() for c in o.critical_failures]
    warnings = [w for o in outcomes.values() for w in o.warnings]
    docs = data_docs_index(settings.gx_dir)
    if critical:
        msg = f"data quality failed for {day}: critical rule(s) {'; '.join(critical)} — Data Docs: {docs}"
        _save_meta(settings, day, "validate", _stage_row(run_id, day, "validate", staged["articles"].num_rows, 0,
                                                         time.perf_counter() - t0, "failed", msg))
        raise DataQualityError(msg)

    # Row-level failures: an article fails → the article and all its child rows leave the clean tables;
    # a child row fails → only that row leaves.
    qrows = []
    for name, arrow in staged.items():
        qrows += quarantine_rows(name, day, arrow, outcomes[name], run_id)
    bad_articles = {q["raw_path"]: q for q in qrows if q["table_name"] == "articles"}
    bad_ids = {q["article_id"] for q in bad_articles.values()}
    bad_child_rows = {(q["table_name"], q["article_id"], json.loads(q["record_json"]).get("ordinal"))
                      for q in qrows if q["table_name"] not in ("articles", "raw_files")}
    for table in PARSED_TABLES.values():
        if table is QUARANTINE:
            lake.write_partition(settings.lake_dir, table, day, qrows)
            continue
        rows = staged[table.name].to_pylist()
        if table is RAW_FILES:
            for r in rows:
                if r["status"] == "parsed" and r["raw_path"] in bad_articles:
                    r["status"], r["reason"] = "quarantined", bad_articles[r["raw_path"]]["reason"]
        else:
            rows = [r for r in rows if r["article_id"] not in bad_ids
                    and (table.name, r["article_id"], r.get("ordinal")) not in bad_child_rows]
        lake.write_partition(settings.lake_dir, table, day, rows)
    status = "warning" if warnings else "success"
    message = "; ".join(filter(None, [f"quarantined={len(qrows)}" if qrows else "",
                                      f"warnings: {' | '.join(warnings)}" if warnings else ""]))
    _save_meta(settings, day, "validate", _stage_row(
        run_id, day, "validate", staged["articles"].num_rows, staged["articles"].num_rows - len(bad_articles),
        time.perf_counter() - t0, status, message))
    return {"partition_date": day.isoformat(), "validated": staged["articles"].num_rows,
            "quarantined": len(qrows), "quarantined_articles": len(bad_articles),
            "expectations": len(dq_rows), "failed_expectations": sum(not r["success"] for r in dq_rows),
            "warnings": warnings, "data_docs": str(docs)}


# ---------------------------------------------------------------- dedup and versions
@_day_locked
def dedup_day(day: date, run_id: str, settings: Settings | None = None) -> dict:
    """Story clusters and article versions for the day's clean articles.

    - clusters: MinHash LSH near-duplicates (and exact/host-alias/translation evidence) against
      the previous WINDOW_DAYS landing days in the lake; an earlier day's assignment is never
      changed, so re-running a day reproduces the same rows;
    - versions: an article_id whose content was not seen on an earlier landing day gets a new
      ``article_versions`` row; an identical re-delivery adds nothing.
    """
    import pyarrow.parquet as pq

    from chainwire.dedup import WINDOW_DAYS, ClusterInfo, DedupDoc, assign_clusters
    from chainwire.schemas import ARTICLE_VERSIONS

    settings = settings or get_settings()
    t0 = time.perf_counter()
    today = lake.read_partition(settings.lake_dir, ARTICLES, day).to_pylist()
    window, existing = [], {}
    for back in range(WINDOW_DAYS, 0, -1):
        for r in lake.read_partition(settings.lake_dir, ARTICLES, day - timedelta(days=back)).to_pylist():
            window.append(DedupDoc.from_row(r))
            if r["cluster_id"]:
                existing[r["article_id"]] = ClusterInfo(r["cluster_id"], bool(r["is_canonical"]), r["duplicate_of"])
    results = {r.article_id: r for r in assign_clusters([DedupDoc.from_row(r) for r in today], window, existing)}
    for row in today:
        res = results[row["article_id"]]
        prior = existing.get(row["article_id"])
        if prior is not None:  # the same article seen on an earlier day keeps its story
            row.update(cluster_id=prior.cluster_id, is_canonical=prior.is_canonical,
                       duplicate_of=prior.duplicate_of, similarity=1.0 if prior.is_canonical else row["similarity"],
                       copy_kind=None if prior.is_canonical else (row["copy_kind"] or "rescrape"))
        else:
            row.update(cluster_id=res.cluster_id, is_canonical=res.is_canonical, duplicate_of=res.duplicate_of,
                       similarity=1.0 if res.is_canonical else res.similarity, copy_kind=res.copy_kind)
    lake.write_partition(settings.lake_dir, ARTICLES, day, today)

    # Versions: distinct contents per article_id over every earlier landing day.
    seen: dict[str, dict[str, int]] = {}
    for f in sorted((settings.lake_dir / ARTICLE_VERSIONS.name).glob(f"landing_date=*/{lake.PARTITION_FILE}")):
        if date.fromisoformat(f.parent.name.split("=", 1)[1]) >= day:
            continue
        for aid, sha, ver in zip(*pq.read_table(f, columns=["article_id", "content_sha256", "version"]).to_pydict().values(), strict=True):
            seen.setdefault(aid, {})[sha] = ver
    versions = []
    for row in today:
        known = seen.get(row["article_id"], {})
        if row["content_sha256"] in known:
            continue  # identical re-delivery: nothing new
        versions.append({"article_id": row["article_id"], "landing_date": day, "version": len(known) + 1,
                         "content_sha256": row["content_sha256"], "title": row["title"],
                         "published_at": row["published_at"], "updated_at": row["updated_at"], "seen_at": day,
                         "raw_path": row["raw_path"], "raw_sha256": row["raw_sha256"], "parser": row["parser"],
                         "run_id": run_id})
    lake.write_partition(settings.lake_dir, ARTICLE_VERSIONS, day, versions)
    copies = Counter(r["copy_kind"] for r in today if not r["is_canonical"])
    canonical = sum(bool(r["is_canonical"]) for r in today)
    summary = {"partition_date": day.isoformat(), "articles": len(today),
               "canonical": canonical, "copies": dict(copies),
               "new_versions": len(versions), "window_docs": len(window)}
    _save_meta(settings, day, "dedup", _stage_row(run_id, day, "dedup", len(today), canonical,
                                                  time.perf_counter() - t0, message=json.dumps(summary)))
    return summary


# ---------------------------------------------------------------- enrich
def _article_from_rows(article: dict, paragraphs: list[dict], impacts: list[dict]):
    from chainwire.extract.article import Article, StockImpact

    return Article(
        source_path=article["raw_path"], title=article["title"], outlet=article["outlet"], url=article["url"],
        section=article["section"], subsection=article["subsection"],
        subtitle_lines=list(article["subtitle_lines"] or []), published_at=article["published_at"],
        dateline=article["dateline"], reporters=list(article["reporters"] or []),
        paragraphs=[p["text"] for p in sorted(paragraphs, key=lambda p: p["ordinal"])],
        stock_impacts=[StockImpact(i["company"], i["sector"], i["direction"], i["reason"] or "")
                       for i in sorted(impacts, key=lambda i: i["ordinal"])],
        language=article["language"])


@_day_locked
def enrich_day(day: date, run_id: str, settings: Settings | None = None) -> dict:
    """Tag the day's clean articles (topics, countries, actors, companies, policy actions) into the lake.

    Reads only the clean lake, so it can be re-run alone after a taxonomy bump.
    """
    from chainwire.enrich import enrich_article, enrich_rows

    settings = settings or get_settings()
    t0 = time.perf_counter()
    articles = lake.read_partition(settings.lake_dir, ARTICLES, day).to_pylist()
    by_id: dict[str, dict[str, list]] = {}
    for table in (PARAGRAPHS, STOCK_IMPACTS):
        for r in lake.read_partition(settings.lake_dir, table, day).to_pylist():
            by_id.setdefault(r["article_id"], {}).setdefault(table.name, []).append(r)
    out: dict[str, list[dict]] = {name: [] for name in ENRICH_TABLES}
    for a in articles:
        children = by_id.get(a["article_id"], {})
        art = _article_from_rows(a, children.get("paragraphs", []), children.get("stock_impacts", []))
        lineage = {"landing_date": day, "raw_path": a["raw_path"], "raw_sha256": a["raw_sha256"],
                   "parser": a["parser"], "run_id": run_id}
        for name, rows in enrich_rows(a["article_id"], enrich_article(art)).items():
            out[name].extend({**r, **lineage} for r in rows)
    for name, table in ENRICH_TABLES.items():
        lake.write_partition(settings.lake_dir, table, day, out[name])
    counts = {name: len(rows) for name, rows in out.items()}
    _save_meta(settings, day, "enrich", _stage_row(run_id, day, "enrich", len(articles), sum(counts.values()),
                                                   time.perf_counter() - t0, message=json.dumps(counts)))
    return {"partition_date": day.isoformat(), "articles": len(articles), "rows": counts}


# ---------------------------------------------------------------- load
@_day_locked
def load_day(day: date, run_id: str, settings: Settings | None = None) -> dict:
    """Replace the day in DuckDB in one transaction, then publish the read-only snapshot."""
    from chainwire.warehouse.load import load_partition, publish_snapshot

    settings = settings or get_settings()
    t0 = time.perf_counter()
    run_rows = [_load_run_meta(settings, day, run_id, s) for s in ("discover", "parse", "validate", "dedup", "enrich")]
    run_rows = [r for r in run_rows if r and r["run_id"] == run_id]  # only this run's stage timings
    dq_rows = [r for r in _load_run_meta(settings, day, run_id, "dq_results", []) if r["run_id"] == run_id]
    load_row = _stage_row(run_id, day, "load", 0, 0, 0.0)  # filled in by load_partition
    counts = load_partition(settings.warehouse_path, settings.lake_dir, day, run_rows, dq_rows,
                            load_row=load_row, started=t0)
    from chainwire.alerts import flush_pending

    flush_pending(settings)  # failure rows recorded by callbacks while the warehouse was busy
    publish_snapshot(settings.warehouse_path, settings.snapshot_path)
    cleanup_run(day, run_id, settings)  # the run's batches are no longer needed once the day is loaded
    return {"partition_date": day.isoformat(), "rows": counts, "warehouse": str(settings.warehouse_path),
            "snapshot": str(settings.snapshot_path)}


def run_day(day: date, run_id: str | None = None, settings: Settings | None = None,
            allow_empty: bool = False, progress=None) -> dict:
    """All stages in-process, in order (what ``chainwire run`` does), under the day's lock.

    A failure records a ``failed`` row in ``core.runs`` (through ``data/runs_pending/`` when the
    warehouse is busy), like the Airflow failure callback, and re-raises.
    """
    settings = settings or get_settings()
    run_id = run_id or f"cli__{day.isoformat()}__{datetime.now(timezone.utc):%Y%m%dT%H%M%S%f}"
    out: dict[str, Any] = {"run_id": run_id}
    stage = "lock"
    try:
        with day_lock(settings.data_dir, day, run_id):
            note = progress or (lambda *_: None)  # progress(stage, done, total): the CLI's progress display
            stage = "discover"
            note(stage, 0, 0)
            out["discover"] = discover_day(day, run_id, settings, allow_empty=allow_empty)
            stage = "parse"
            note(stage, 0, out["discover"]["files"])
            out["parse"] = parse_day(day, run_id, settings, allow_empty=allow_empty, progress=progress)
            for stage, fn in (("validate", validate_day), ("dedup", dedup_day), ("enrich", enrich_day),
                              ("load", load_day)):
                note(stage, 0, 0)
                out[stage] = fn(day, run_id, settings)
        stage = "marts"
        note(stage, 0, 0)
        out["marts"] = build_marts_stage(settings)
        stage = "report"
        note(stage, 0, 0)
        out["report"] = build_report_stage(settings)
    except Exception as exc:
        _record_run_failure(run_id, day, stage, exc, settings)
        raise
    return out


def _record_run_failure(run_id: str, day: date, stage: str, exc: BaseException, settings: Settings) -> None:
    from chainwire.alerts import flush_pending, record_failure

    try:
        record_failure(run_id, day, stage, f"{type(exc).__name__}: {exc}", settings=settings)
        if flush_pending(settings):  # in the warehouse now; publish so `chainwire sql` shows it
            from chainwire.warehouse.load import publish_snapshot

            publish_snapshot(settings.warehouse_path, settings.snapshot_path)
    except Exception as inner:  # noqa: BLE001 - e.g. a read-only data dir: the original error is what matters
        log.warning("could not record the failure of run %s in core.runs: %s", run_id, inner)


# ---------------------------------------------------------------- marts
def build_marts_stage(settings: Settings | None = None) -> dict:
    """Rebuild every marts.* model from core.* in one transaction, then publish the snapshot."""
    from chainwire.warehouse.load import connect_writer, ensure_schema, publish_snapshot
    from chainwire.warehouse.marts import build_marts

    settings = settings or get_settings()
    t0 = time.perf_counter()
    with connect_writer(settings.warehouse_path) as con:
        ensure_schema(con, settings.lake_dir)
        stats = build_marts(con)
    publish_snapshot(settings.warehouse_path, settings.snapshot_path)
    return {"models": stats, "seconds": round(time.perf_counter() - t0, 3), "snapshot": str(settings.snapshot_path)}


def build_report_stage(settings: Settings | None = None) -> dict:
    """Build the static HTML coverage report from the snapshot (reads only)."""
    from chainwire.report import build_report

    settings = settings or get_settings()
    t0 = time.perf_counter()
    index = build_report(snapshot=settings.snapshot_path)
    return {"report": str(index), "seconds": round(time.perf_counter() - t0, 3)}
