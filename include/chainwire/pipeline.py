"""The pipeline stages. Both the Airflow tasks and ``chainwire run`` call these.

Every stage is keyed by the partition (landing) date and reads/writes files only:
  discover → parse (raw → staging Parquet) → validate (staging → lake + quarantine)
  → load (lake → DuckDB, one transaction) → publish a read-only snapshot.
Nothing depends on a previous run's in-memory state, so any day can be re-run or
backfilled and ends in the same tables.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from chainwire import lake
from chainwire.identity import article_id as make_article_id
from chainwire.schemas import (ARTICLES, PARAGRAPHS, PHOTO_CAPTIONS, QUARANTINE, RAW_FILES, RELATED_TEASERS,
                               STOCK_IMPACTS, TABLES)
from chainwire.settings import TIMEZONE, Settings, get_settings
from chainwire.sources.landing import RawFile, discover, read_raw

SEOUL = ZoneInfo(TIMEZONE)
CHILD_TABLES = (PARAGRAPHS, PHOTO_CAPTIONS, RELATED_TEASERS, STOCK_IMPACTS)


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
    path = _meta_dir(settings, day) / f"{name}.json"
    tmp = path.with_suffix(".partial")
    tmp.write_text(json.dumps(payload, default=str, ensure_ascii=False, indent=1))
    tmp.replace(path)


def _load_meta(settings: Settings, day: date, name: str, default: Any = None) -> Any:
    path = _meta_dir(settings, day) / f"{name}.json"
    return json.loads(path.read_text()) if path.exists() else default


def _stage_row(run_id: str, day: date, stage: str, rows_in: int, rows_out: int, seconds: float,
               status: str = "success", message: str = "") -> dict:
    return {"run_id": run_id, "partition_date": day.isoformat(), "stage": stage, "status": status,
            "rows_in": rows_in, "rows_out": rows_out, "seconds": round(seconds, 3), "message": message,
            "finished_at": datetime.now(timezone.utc).isoformat()}


# ---------------------------------------------------------------- discover
def discover_day(day: date, run_id: str, settings: Settings | None = None) -> dict:
    settings = settings or get_settings()
    t0 = time.perf_counter()
    files = discover(settings.raw_dir, day)
    summary = {"partition_date": day.isoformat(), "files": len(files), "raw_dir": str(settings.raw_dir)}
    _save_meta(settings, day, "discover", _stage_row(run_id, day, "discover", len(files), len(files),
                                                     time.perf_counter() - t0))
    return summary


# ---------------------------------------------------------------- parse
@dataclass
class ParsedFile:
    raw: RawFile
    sha256: str | None
    size: int
    article: Any = None  # chainwire.extract.article.Article
    article_id: str | None = None
    error: str | None = None


def parse_file(raw: RawFile) -> ParsedFile:
    """Read and parse one raw file. Never raises: failures come back as ``error``."""
    from chainwire.extract.dispatch import parse_raw_bytes

    try:
        data, sha = read_raw(raw)
    except (OSError, ValueError) as exc:
        size = raw.path.stat().st_size if raw.path.exists() else 0
        return ParsedFile(raw, None, size, error=str(exc))
    try:
        article = parse_raw_bytes(data, source_path=raw.rel_path, landing_date=raw.landing_date)
    except ValueError as exc:  # undecodable, unsupported type: a clear per-file reason
        return ParsedFile(raw, sha, len(data), error=str(exc))
    except Exception as exc:  # a parser bug must not kill the batch; it is recorded, not hidden
        return ParsedFile(raw, sha, len(data), error=f"parser error: {type(exc).__name__}: {exc}")
    if not article.title and not article.paragraphs:
        return ParsedFile(raw, sha, len(data), article=article, error="no article found on the page")
    published = article.published_at.astimezone(SEOUL).date().isoformat() if article.published_at else None
    aid = make_article_id(article.outlet, article.outlet_article_id, article.title, published,
                          article.paragraphs[0] if article.paragraphs else "")
    return ParsedFile(raw, sha, len(data), article=article, article_id=aid)


def _article_rows(pf: ParsedFile, day: date, run_id: str) -> dict[str, list[dict]]:
    a = pf.article
    lineage = {"raw_path": pf.raw.rel_path, "raw_sha256": pf.sha256, "parser": a.parser, "run_id": run_id}
    base = {"article_id": pf.article_id, "landing_date": day, **lineage}
    mg = a.machine_generated or {}
    rows: dict[str, list[dict]] = {t.name: [] for t in TABLES.values()}
    rows["articles"].append({
        **base, "outlet": a.outlet, "url": a.url, "outlet_article_id": a.outlet_article_id,
        "section": a.section, "subsection": a.subsection, "title": a.title, "subtitle_lines": a.subtitle_lines,
        "published_at": a.published_at, "published_at_source": a.published_at_source,
        "published_at_confidence": a.published_at_confidence, "updated_at": a.updated_at,
        "dateline": a.dateline, "reporters": a.reporters, "reporter_roles": a.reporter_roles,
        "reporter_emails": a.reporter_emails, "body_text": a.body_text or None,
        "paragraph_count": len(a.paragraphs), "body_chars": len(a.body_text), "language": a.language,
        "ai_summary": bool(mg.get("ai_summary")), "ai_translation": bool(mg.get("ai_translation")),
        "ai_stock_analysis": bool(mg.get("ai_stock_analysis")), "warnings": a.warnings,
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


def parse_day(day: date, run_id: str, settings: Settings | None = None) -> dict:
    """Parse every raw file of the day into staging partitions and a manifest."""
    settings = settings or get_settings()
    t0 = time.perf_counter()
    files = discover(settings.raw_dir, day)
    parsed = [parse_file(f) for f in files]

    # One row per article_id: the freshest copy; the others are accounted as duplicates.
    best: dict[str, ParsedFile] = {}
    for pf in parsed:
        if pf.error is None:
            cur = best.get(pf.article_id)
            if cur is None or _freshness(pf) > _freshness(cur):
                best[pf.article_id] = pf

    tables: dict[str, list[dict]] = {t.name: [] for t in TABLES.values()}
    for pf in parsed:
        status, reason = "parsed", None
        if pf.error is not None:
            status, reason = "rejected", pf.error
        elif best[pf.article_id] is not pf:
            status, reason = "duplicate", f"same article_id as {best[pf.article_id].raw.rel_path}"
        else:
            for name, rows in _article_rows(pf, day, run_id).items():
                tables[name].extend(rows)
        tables["raw_files"].append({
            "landing_date": day, "raw_path": pf.raw.rel_path, "raw_sha256": pf.sha256, "size_bytes": pf.size,
            "status": status, "reason": reason, "article_id": pf.article_id,
            "parser": pf.article.parser if pf.article else None, "run_id": run_id})

    root = staging_root(settings)
    for table in TABLES.values():
        if table is not QUARANTINE:
            lake.write_partition(root, table, day, tables[table.name])
    statuses = Counter(r["status"] for r in tables["raw_files"])
    summary = {"partition_date": day.isoformat(), "files": len(files), "articles": len(tables["articles"]),
               **{f"files_{k}": v for k, v in sorted(statuses.items())}}
    _save_meta(settings, day, "parse", _stage_row(run_id, day, "parse", len(files), len(tables["articles"]),
                                                  time.perf_counter() - t0, message=json.dumps(dict(statuses))))
    return summary


# ---------------------------------------------------------------- validate
def validate_day(day: date, run_id: str, settings: Settings | None = None) -> dict:
    """GX-validate the staged articles; quarantine failing rows; publish the clean day to the lake."""
    from chainwire.quality.suites import articles_expectations
    from chainwire.quality.validate import DataQualityError, quarantine_rows, validate_frame

    settings = settings or get_settings()
    t0 = time.perf_counter()
    root = staging_root(settings)
    articles = lake.read_partition(root, ARTICLES, day)
    outcome = validate_frame("articles", articles.to_pandas(), articles_expectations(), run_name=day.isoformat())
    dq_rows = [{"run_id": run_id, "partition_date": day.isoformat(), "table_name": "articles", **r}
               for r in outcome.results]
    _save_meta(settings, day, "dq_results", dq_rows)
    if outcome.critical_failures:
        msg = f"data quality failed for {day}: critical rule(s) {', '.join(outcome.critical_failures)}"
        _save_meta(settings, day, "validate", _stage_row(run_id, day, "validate", articles.num_rows, 0,
                                                         time.perf_counter() - t0, "failed", msg))
        raise DataQualityError(msg)

    qrows = quarantine_rows("articles", day, articles, outcome, run_id)
    bad_ids = {q["article_id"] for q in qrows}
    bad_paths = {q["raw_path"]: q["reason"] for q in qrows}
    lake_root = settings.lake_dir
    for table in TABLES.values():
        if table is QUARANTINE:
            lake.write_partition(lake_root, table, day, qrows)
            continue
        arrow = lake.read_partition(root, table, day)
        rows = arrow.to_pylist()
        if table is RAW_FILES:
            for r in rows:
                if r["status"] == "parsed" and r["raw_path"] in bad_paths:
                    r["status"], r["reason"] = "quarantined", bad_paths[r["raw_path"]]
        elif bad_ids:
            rows = [r for r in rows if r["article_id"] not in bad_ids]
        lake.write_partition(lake_root, table, day, rows)
    failed = [r["expectation"] for r in outcome.results if not r["success"]]
    status = "warning" if failed else "success"
    _save_meta(settings, day, "validate", _stage_row(
        run_id, day, "validate", articles.num_rows, articles.num_rows - len(qrows), time.perf_counter() - t0,
        status, f"quarantined={len(qrows)}; failed expectations: {failed}" if failed else ""))
    return {"partition_date": day.isoformat(), "validated": articles.num_rows, "quarantined": len(qrows),
            "failed_expectations": failed}


# ---------------------------------------------------------------- load
def load_day(day: date, run_id: str, settings: Settings | None = None) -> dict:
    """Replace the day in DuckDB in one transaction, then publish the read-only snapshot."""
    from chainwire.warehouse.load import load_partition, publish_snapshot

    settings = settings or get_settings()
    t0 = time.perf_counter()
    run_rows = [r for r in (_load_meta(settings, day, s) for s in ("discover", "parse", "validate")) if r]
    run_rows = [r for r in run_rows if r["run_id"] == run_id]  # only this run's stage timings
    dq_rows = [r for r in _load_meta(settings, day, "dq_results", []) if r["run_id"] == run_id]
    load_row = _stage_row(run_id, day, "load", 0, 0, 0.0)  # filled in by load_partition
    counts = load_partition(settings.warehouse_path, settings.lake_dir, day, run_rows, dq_rows,
                            load_row=load_row, started=t0)
    publish_snapshot(settings.warehouse_path, settings.snapshot_path)
    return {"partition_date": day.isoformat(), "rows": counts, "warehouse": str(settings.warehouse_path),
            "snapshot": str(settings.snapshot_path)}


def run_day(day: date, run_id: str | None = None, settings: Settings | None = None) -> dict:
    """All stages in-process, in order (what ``chainwire run`` does)."""
    settings = settings or get_settings()
    run_id = run_id or f"cli__{day.isoformat()}__{datetime.now(timezone.utc):%Y%m%dT%H%M%S%f}"
    out = {"run_id": run_id}
    out["discover"] = discover_day(day, run_id, settings)
    out["parse"] = parse_day(day, run_id, settings)
    out["validate"] = validate_day(day, run_id, settings)
    out["load"] = load_day(day, run_id, settings)
    return out
