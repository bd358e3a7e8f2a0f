"""Opening the warehouse for writing: one writing process at a time, waiting politely for the lock."""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from chainwire.settings import TIMEZONE

WAREHOUSE_WAIT_DEFAULT = 120.0  # seconds a writer waits for another process to let go of the file

# DuckDB's buffer pool for the day's load and the snapshot publish (its default is 80 % of the machine's RAM, so
# it kept every block the load wrote or the export read: the 100k-article day's load grew the process 1.0-1.2 GB,
# the publish 0.85 GB). Above the limit the load's uncommitted row groups spill to ``spill_directory`` and the
# blocks already in the file are evicted: the same rows, memory that stops growing with the day. The publish's
# Parquet export once held a row group of the day's articles (122,880 rows) and failed at 256 MB, hence 512 MB.
# Its groups are now cut by bytes (``snapshot.EXPORT_ROW_GROUP_BYTES``) and a daily publish fits 256 MB, but the
# first publish of a large warehouse (every partition of 1M articles of history, `bench/bench_history.py`) ran out
# of memory at 256 MB ("failed to pin block", 2026-12-07): 512 MB stays. docs/performance.md, "The load's memory:
# a bounded buffer pool" and "The publish's pool" (session 14).
LOAD_MEMORY_LIMIT = "256MB"
PUBLISH_MEMORY_LIMIT = "512MB"


def rollback_after(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back the transaction a failure interrupted, keeping that failure the one reported.

    DuckDB ends a transaction whose ``COMMIT`` or write failed (a full disk, an I/O error): a ``ROLLBACK`` then
    raises "cannot rollback - no transaction is active", which would replace the real cause in the caller's
    ``except`` block. Nothing is left to undo in that case, so that error is dropped."""
    try:
        con.execute("ROLLBACK")
    except duckdb.TransactionException:
        pass


class WarehouseBusy(duckdb.IOException):
    """Another process (an open session on the main file, another writer) holds the warehouse file."""


def warehouse_wait() -> float:
    try:
        return float(os.environ.get("CHAINWIRE_WAREHOUSE_WAIT", WAREHOUSE_WAIT_DEFAULT))
    except ValueError:
        return WAREHOUSE_WAIT_DEFAULT


def _open_writer(path: Path, wait: float | None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse for writing; while another process holds its lock, retry for up to ``wait`` s."""
    wait = warehouse_wait() if wait is None else wait
    deadline = time.monotonic() + wait
    delay = 0.2
    while True:
        try:
            return duckdb.connect(str(path))
        except duckdb.IOException as exc:
            text = str(exc)
            if "lock" not in text.lower():
                raise
            if time.monotonic() >= deadline:
                m = re.search(r"Conflicting lock is held in (.*?) \(PID (\d+)\)", text)
                holder = f"{m.group(1)} (PID {m.group(2)})" if m else "another process"
                raise WarehouseBusy(
                    f"the warehouse file {path} is held by {holder}; waited {wait:.0f} s. Close that session "
                    "(query the read-only snapshot instead: `chainwire sql`, `chainwire shell`) and re-run; "
                    "set CHAINWIRE_WAREHOUSE_WAIT to wait longer") from None
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


def spill_directory(path: Path) -> Path:
    """Where DuckDB spills what a writer with a memory limit holds beyond it: beside the warehouse file (its
    filesystem; the folder DuckDB itself would pick), removed when the connection closes."""
    return path.with_name(f"{path.name}.spill")


@contextmanager
def connect_writer(path: Path, wait: float | None = None,
                   memory_limit: str | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """The warehouse opened for writing. ``memory_limit`` (e.g. ``LOAD_MEMORY_LIMIT``): DuckDB's buffer pool
    for this open (a setting of the database instance, which this connection alone holds: the file lock)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    con = _open_writer(path, wait)
    spill = spill_directory(path)
    try:
        con.execute("SET TimeZone = ?", [TIMEZONE])
        # No row-group merging ("vacuum") in the checkpoints of the daily writers (load, publish, marts build): it
        # merged a load's new row groups into the table's last, partly filled one, re-encoding up to a row group of
        # older rows per table each day (on the 1M history +0.35 CPU-s in the load's commit; with the load alone
        # spared, the publish's closing checkpoint did it instead, +0.74). A day's rows stay row groups of their
        # own, which the day filters of the load, exports and marts prune to exactly; a re-run's wholly deleted
        # groups are still dropped. docs/performance.md, "The checkpoints' row-group merging".
        con.execute("SET max_vacuum_tasks = 0")
        if memory_limit is not None:
            shutil.rmtree(spill, ignore_errors=True)  # a killed writer's files (we hold the file's lock now)
            con.execute("SET temp_directory = ?", [str(spill)])
            con.execute("SET memory_limit = ?", [memory_limit])
        yield con
    finally:
        con.close()
        if memory_limit is not None:
            shutil.rmtree(spill, ignore_errors=True)  # DuckDB removes its files on close; the folder may stay
