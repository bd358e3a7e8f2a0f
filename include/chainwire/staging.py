"""The staging area: where a day waits between stages, and every path of it.

``<data>/staging/``
  ``<table>/landing_date=D/data.parquet`` — the parsed day before quality checks (lake layout);
  ``_meta/landing_date=D/<stage>.json`` — the day's latest stage row (what any run last did);
  ``_batches/landing_date=D/run_id=R/`` — one run's own folder: its discovery list, its stage rows
  (``meta/``), its parse batches (``parse/<name>/<table>.parquet``) and enrich batches
  (``enrich/<name>/<table>.parquet``). The load removes it once the day is in the warehouse.

Every path is built by one function here (``staging_root``, ``meta_dir``, ``run_dir``,
``batch_dir``), so the storage can move in one place: with an ``s3://`` data dir every one of them is
an object prefix (``chainwire.storage``), each file one object written by one PUT, and mapped tasks on
different workers hand their batches over through the store (the XCom reference is its URL).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from chainwire import storage
from chainwire.settings import Settings
from chainwire.sources.landing import Scan
from chainwire.storage import Location

STALE_RUN_DIR_SECONDS = 2 * 86400  # a run's folder untouched this long belongs to a run that died
BATCH_DONE = "_complete.json"  # on object storage, written after a batch's tables: the batch is whole


def staging_root(settings: Settings) -> Location:
    return settings.data_dir / "staging"


def meta_dir(settings: Settings, day: date) -> Location:
    d = staging_root(settings) / "_meta" / f"landing_date={day.isoformat()}"
    storage.makedirs(d)
    return d


def run_dir(settings: Settings, day: date, run_id: str) -> Location:
    """This run's own staging folder: batches and the discovery list live here, nobody else's."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", run_id)
    return staging_root(settings) / "_batches" / f"landing_date={day.isoformat()}" / f"run_id={safe}"


def batch_dir(settings: Settings, day: date, run_id: str, kind: str, rel_paths: list[str]) -> Location:
    """A batch's folder, named by its files (a retried task writes the same folder)."""
    name = hashlib.sha256("\n".join(rel_paths).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return run_dir(settings, day, run_id) / kind / name


def batch_refs(settings: Settings, day: date, run_id: str, kind: str) -> list[str]:
    """References (as ``write_batch`` returns them) of the batches of ``kind`` this run has written so far;
    a folder still being written (``write_batch``'s hidden temporary) is not one. Sorted by name."""
    folder = run_dir(settings, day, run_id) / kind
    refs = [folder / name for name in storage.list_dir_names(folder) if not name.startswith(".")]
    return [storage.url(f) if storage.is_remote(f) else str(f) for f in refs]


def _write_atomic(path: Location, text: str) -> None:
    if storage.is_remote(path):
        storage.write_text(path, text)  # one PUT
        return
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
        storage.makedirs(own)
        targets.append(own / f"{name}.json")
    for path in targets:
        _write_atomic(path, text)


def load_run_meta(settings: Settings, day: date, run_id: str, name: str, default: Any = None) -> Any:
    """This run's own copy of a stage's metadata, else the day's latest (older layouts)."""
    text = _read_if_exists(run_dir(settings, day, run_id) / "meta" / f"{name}.json")
    return json.loads(text) if text is not None else load_meta(settings, day, name, default)


def load_meta(settings: Settings, day: date, name: str, default: Any = None) -> Any:
    text = _read_if_exists(meta_dir(settings, day) / f"{name}.json")
    return json.loads(text) if text is not None else default


def _read_if_exists(path: Location) -> str | None:
    try:
        return storage.read_text(path)
    except FileNotFoundError:
        return None


# ---------------------------------------------------------------- the run's discovery list
def save_scan(settings: Settings, day: date, run_id: str, sc: Scan) -> None:
    d = run_dir(settings, day, run_id)
    payload = {"files": [[f.rel_path, f.size, f.mtime_ns] for f in sc.files],
               "entries": [[e.rel_path, e.status, e.reason, e.size] for e in sc.entries]}
    text = json.dumps(payload, ensure_ascii=False)
    if storage.is_remote(d):
        storage.write_text(d / "discover.json", text)  # one PUT
        return
    d.mkdir(parents=True, exist_ok=True)
    tmp = d / ".discover.partial"
    tmp.write_text(text)
    tmp.replace(d / "discover.json")


@dataclass(frozen=True)
class Discovery:
    """A run's discovery list as ``save_scan`` stored it: the files to parse (relative path, size,
    mtime_ns) and the other paths of the folder (relative path, status, reason, size)."""

    files: tuple[tuple[str, int | None, int | None], ...]
    entries: tuple[tuple[str, str, str | None, int | None], ...]
    signatures: Mapping[str, tuple[int | None, int | None]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # (size, mtime_ns) by relative path: what a parse batch checks each file against
        object.__setattr__(self, "signatures", MappingProxyType({rel: (size, mtime) for rel, size, mtime in self.files}))


# The last discovery lists this process read, by file identity. Every parse batch of a run looks up its
# files' signatures in the run's list: decoding the whole list per batch made a day's parse cost grow
# with files x batches (a 100k-file day: 500 batches x 0.15 s; docs/performance.md, *The parse stage's
# overhead*). A rewritten list is a new file (``save_scan`` replaces it), so its identity changes.
_DISCOVERY_MEMO: dict[str, tuple[tuple, Discovery]] = {}
_DISCOVERY_MEMO_SIZE = 4


def load_scan(settings: Settings, day: date, run_id: str) -> Discovery | None:
    """This run's discovery list (``save_scan``), or None when the run has none. Decoded once per process
    while the stored list is unchanged (same file identity); a ``Discovery`` is immutable."""
    path = run_dir(settings, day, run_id) / "discover.json"
    try:
        if storage.is_remote(path):
            meta = storage.info(path)
            identity: tuple = (meta.size, meta.mtime_ns, meta.etag)
        else:
            st = path.stat()
            identity = (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    except FileNotFoundError:
        return None
    key = str(path)
    cached = _DISCOVERY_MEMO.get(key)
    if cached is not None and cached[0] == identity:
        return cached[1]
    text = _read_if_exists(path)
    if text is None:
        return None
    payload = json.loads(text)
    found = Discovery(tuple((rel, size, mtime) for rel, size, mtime in payload["files"]),
                      tuple((rel, status, reason, size) for rel, status, reason, size in payload["entries"]))
    _DISCOVERY_MEMO.pop(key, None)
    while len(_DISCOVERY_MEMO) >= _DISCOVERY_MEMO_SIZE:
        del _DISCOVERY_MEMO[next(iter(_DISCOVERY_MEMO))]  # the oldest
    _DISCOVERY_MEMO[key] = (identity, found)
    return found


# ---------------------------------------------------------------- batches
# Parquet options of a batch file: zstd as everywhere. ``STAGING_WRITE`` (what ``parse_batch`` passes): no
# dictionary pages and no column statistics either. A batch file is read back whole by this run and removed by
# its load (no reader filters on it or reads its statistics), its bodies and paths hardly repeat (the
# dictionary is tried, then dropped, column by column), and the files come out smaller: a 20k-article day's
# parse batches ≈ 1,266 → 1,156 bytes a file, their writes 225k → 182k instructions a file, their reads 38k → 36k
# (docs/performance.md, session 14, t1).
BATCH_WRITE: dict = {"compression": "zstd"}
STAGING_WRITE: dict = {"compression": "zstd", "use_dictionary": False, "write_statistics": False}


def write_batch(folder: Location, tables: Mapping[str, pa.Table], options: Mapping | None = None) -> str:
    """Write a batch's tables (``<table>.parquet`` each) into ``folder`` atomically: the tables go to a
    temporary folder that replaces ``folder`` in one rename. Returns the folder (a task's XCom reference).
    ``options``: ``pq.write_table``'s (default ``BATCH_WRITE``; the same tables are read back either way).

    On object storage there is no folder rename: the completion marker is removed, each table is one
    PUT, and the marker is written last; ``read_batch`` refuses a batch without it."""
    options = BATCH_WRITE if options is None else options
    if storage.is_remote(folder):
        storage.remove(folder / BATCH_DONE)
        for name, table in tables.items():
            buf = pa.BufferOutputStream()
            pq.write_table(table, buf, **options)
            storage.write_bytes(folder / f"{name}.parquet", buf.getvalue().to_pybytes())
        storage.write_text(folder / BATCH_DONE, json.dumps(sorted(tables)))
        return storage.url(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", suffix=".partial", dir=folder.parent))
    try:
        for name, table in tables.items():
            pq.write_table(table, tmp / f"{name}.parquet", **options)
        if folder.exists():  # a retried task: its earlier (complete) output is replaced
            shutil.rmtree(folder)
        os.replace(tmp, folder)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return str(folder)


def read_batch(ref: str, names: Iterable[str],
               columns: Mapping[str, Sequence[str]] | None = None) -> dict[str, pa.Table]:
    """The tables of a batch written by ``write_batch`` (``ref`` is what it returned); ``columns``: of the
    tables it names, only these columns (a reader that needs no bodies decodes none)."""
    columns = columns or {}
    if storage.is_url(ref):
        folder = storage.location(ref)
        if not storage.exists(folder / BATCH_DONE):
            raise FileNotFoundError(f"batch {ref} is missing or incomplete (the run's staging prefix was removed, "
                                    "or its task died while writing); re-run the day")
        return {name: _read_file(pa.BufferReader(storage.read_bytes(folder / f"{name}.parquet")), columns.get(name))
                for name in names}
    folder = Path(ref)
    if not folder.is_dir():
        raise FileNotFoundError(f"batch {ref} is missing (the run's staging folder was removed); re-run the day")
    return {name: _read_file(folder / f"{name}.parquet", columns.get(name)) for name in names}


def _read_file(source: Path | pa.BufferReader, columns: Sequence[str] | None = None) -> pa.Table:
    """One small batch file, whole (or ``columns`` of it). ``ParquetFile.read`` skips the dataset layer
    ``pq.read_table`` sets up per call: reading the 600 files of a 20k-article day's 100 parse batches took
    0.74 instead of 1.07 CPU-s (best of three, load ≈ 12; docs/performance.md)."""
    with pq.ParquetFile(source) as f:
        return f.read(columns=list(columns) if columns is not None else None)


def prune_stale_runs(settings: Settings, day: date, keep: str) -> None:
    """Remove other runs' batch folders of this day only when they are long abandoned (never a live run's)."""
    mine = run_dir(settings, day, keep)
    now = time.time()
    if storage.is_remote(mine):  # a prefix has no mtime of its own: its newest object's
        for name in storage.list_dir_names(mine.parent):
            if name == mine.name or not name.startswith("run_id="):
                continue
            objects = storage.walk_files(mine.parent / name)
            if objects and now - max(o.mtime_ns for o in objects) / 1e9 > STALE_RUN_DIR_SECONDS:
                storage.remove_tree(mine.parent / name)
        return
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
    storage.remove_tree(run_dir(settings, day, run_id))
