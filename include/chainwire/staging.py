"""The staging area: where a day waits between stages, and every path of it.

``<data>/staging/``
  ``<table>/landing_date=D/data.parquet`` — the parsed day before quality checks (lake layout);
  ``_meta/landing_date=D/<stage>.json`` — the day's latest stage row (what any run last did);
  ``_batches/landing_date=D/run_id=R/`` — one run's own folder: its discovery list, its stage rows
  (``meta/``), its parse batches (``parse/<name>/<table>.parquet``) and enrich batches
  (``enrich/<name>/<table>.parquet``). The load removes it once the day is in the warehouse.

Every path is built by one function here (``staging_root``, ``meta_dir``, ``run_dir``,
``batch_dir``), so the storage can move (e.g. to a URL) in one place.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from chainwire.settings import Settings
from chainwire.sources.landing import Scan

STALE_RUN_DIR_SECONDS = 2 * 86400  # a run's folder untouched this long belongs to a run that died


def staging_root(settings: Settings) -> Path:
    return settings.data_dir / "staging"


def meta_dir(settings: Settings, day: date) -> Path:
    d = staging_root(settings) / "_meta" / f"landing_date={day.isoformat()}"
    d.mkdir(parents=True, exist_ok=True)
    return d


def run_dir(settings: Settings, day: date, run_id: str) -> Path:
    """This run's own staging folder: batches and the discovery list live here, nobody else's."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", run_id)
    return staging_root(settings) / "_batches" / f"landing_date={day.isoformat()}" / f"run_id={safe}"


def batch_dir(settings: Settings, day: date, run_id: str, kind: str, rel_paths: list[str]) -> Path:
    """A batch's folder, named by its files (a retried task writes the same folder)."""
    name = hashlib.sha256("\n".join(rel_paths).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return run_dir(settings, day, run_id) / kind / name


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_suffix(".partial")
    tmp.write_text(text)
    tmp.replace(path)


# ---------------------------------------------------------------- stage rows
def save_meta(settings: Settings, day: date, name: str, payload: Any) -> None:
    """The day's latest stage row (what any run last did) and, for the run's own load, a copy in the
    run's folder: a concurrent run of the same day cannot overwrite this run's stage log."""
    text = json.dumps(payload, default=str, ensure_ascii=False, indent=1)
    run_ids = {r.get("run_id") for r in (payload if isinstance(payload, list) else [payload]) if isinstance(r, dict)}
    targets = [meta_dir(settings, day) / f"{name}.json"]
    own_run = next(iter(run_ids)) if len(run_ids) == 1 else None
    if own_run is not None:
        own = run_dir(settings, day, own_run) / "meta"
        own.mkdir(parents=True, exist_ok=True)
        targets.append(own / f"{name}.json")
    for path in targets:
        _write_atomic(path, text)


def load_run_meta(settings: Settings, day: date, run_id: str, name: str, default: Any = None) -> Any:
    """This run's own copy of a stage's metadata, else the day's latest (older layouts)."""
    own = run_dir(settings, day, run_id) / "meta" / f"{name}.json"
    return json.loads(own.read_text()) if own.exists() else load_meta(settings, day, name, default)


def load_meta(settings: Settings, day: date, name: str, default: Any = None) -> Any:
    path = meta_dir(settings, day) / f"{name}.json"
    return json.loads(path.read_text()) if path.exists() else default


# ---------------------------------------------------------------- the run's discovery list
def save_scan(settings: Settings, day: date, run_id: str, sc: Scan) -> None:
    d = run_dir(settings, day, run_id)
    d.mkdir(parents=True, exist_ok=True)
    payload = {"files": [[f.rel_path, f.size, f.mtime_ns] for f in sc.files],
               "entries": [[e.rel_path, e.status, e.reason, e.size] for e in sc.entries]}
    tmp = d / ".discover.partial"
    tmp.write_text(json.dumps(payload, ensure_ascii=False))
    tmp.replace(d / "discover.json")


def load_scan(settings: Settings, day: date, run_id: str) -> dict | None:
    path = run_dir(settings, day, run_id) / "discover.json"
    return json.loads(path.read_text()) if path.exists() else None


# ---------------------------------------------------------------- batches
def write_batch(folder: Path, tables: Mapping[str, pa.Table]) -> str:
    """Write a batch's tables (``<table>.parquet`` each) into ``folder`` atomically: the tables go to a
    temporary folder that replaces ``folder`` in one rename. Returns the folder (a task's XCom reference)."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", suffix=".partial", dir=folder.parent))
    try:
        for name, table in tables.items():
            pq.write_table(table, tmp / f"{name}.parquet", compression="zstd")
        if folder.exists():  # a retried task: its earlier (complete) output is replaced
            shutil.rmtree(folder)
        os.replace(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return str(folder)


def read_batch(ref: str, names: Iterable[str]) -> dict[str, pa.Table]:
    """The tables of a batch written by ``write_batch`` (``ref`` is what it returned)."""
    folder = Path(ref)
    if not folder.is_dir():
        raise FileNotFoundError(f"batch {ref} is missing (the run's staging folder was removed); re-run the day")
    return {name: pq.read_table(folder / f"{name}.parquet") for name in names}


def prune_stale_runs(settings: Settings, day: date, keep: str) -> None:
    """Remove other runs' batch folders of this day only when they are long abandoned (never a live run's)."""
    mine = run_dir(settings, day, keep)
    now = time.time()
    for d in mine.parent.glob("run_id=*") if mine.parent.is_dir() else []:
        if d.name == mine.name:
            continue
        try:
            newest = max(p.stat().st_mtime for p in [d, *d.iterdir()])  # a new batch touches its kind's folder
        except OSError:
            continue
        if now - newest > STALE_RUN_DIR_SECONDS:
            shutil.rmtree(d, ignore_errors=True)


def cleanup_run(settings: Settings, day: date, run_id: str) -> None:
    """Remove this run's own staging folder (after its load committed)."""
    shutil.rmtree(run_dir(settings, day, run_id), ignore_errors=True)
