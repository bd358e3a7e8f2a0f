"""Per-day loads: the day's rows replaced in one transaction, then a snapshot published.

Only one process may write the DuckDB file; in Airflow every task calling these
functions runs in the 1-slot ``duckdb_writer`` pool.
"""

from __future__ import annotations

import os
import re
import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Iterator

import duckdb
import pyarrow as pa

from chainwire import lake, storage
from chainwire.schemas import ARTICLE_CONTENT_TABLES, DQ_RESULTS, RUNS, TABLES, coerce_row
from chainwire.settings import TIMEZONE
from chainwire.storage import Location

# Snapshot in an older storage format so the DuckDB CLI from PyPI (1.5.x) can open it.
SNAPSHOT_STORAGE_VERSION = "v1.2.0"


WAREHOUSE_WAIT_DEFAULT = 120.0  # seconds a writer waits for another process to let go of the file


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


@contextmanager
def connect_writer(path: Path, wait: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    path.parent.mkdir(parents=True, exist_ok=True)
    con = _open_writer(path, wait)
    try:
        con.execute("SET TimeZone = ?", [TIMEZONE])
        yield con
    finally:
        con.close()


def ensure_schema(con: duckdb.DuckDBPyConnection, lake_root: Location | None = None) -> None:
    """Create missing tables; bring existing ones to the current pyarrow schema.

    New columns are added in place (older rows read NULL until their day is re-run).
    A column whose type changed, or that no longer exists, means the table is rebuilt
    from the lake (the lake is the source of truth) when ``lake_root`` is given.
    """
    from chainwire.schemas import duckdb_type
    from chainwire.warehouse.ddl import all_tables, comment_ddl, create_ddl

    con.execute("CREATE SCHEMA IF NOT EXISTS core")
    con.execute("CREATE SCHEMA IF NOT EXISTS marts")
    for table in all_tables():
        con.execute(create_ddl(table))
    for table in all_tables():
        have = dict(con.execute(
            "SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = 'core' AND table_name = ?",
            [table.name]).fetchall())
        want = {f.name: _CANONICAL_TYPE.get(duckdb_type(f.type), duckdb_type(f.type)) for f in table.schema}
        incompatible = [c for c in have if c not in want or have[c] != want[c]]
        if incompatible and lake_root is not None and table.name in TABLES:
            con.execute(f"DROP TABLE core.{table.name}")
            con.execute(create_ddl(table))
            _reload_all(con, lake_root, table)
            continue
        for f in table.schema:
            if f.name not in have:
                con.execute(f"ALTER TABLE core.{table.name} ADD COLUMN {f.name} {duckdb_type(f.type)}")
    for table in all_tables():
        for stmt in comment_ddl(table):
            con.execute(stmt)


# How duckdb_columns() spells the types our DDL writes with their short names.
_CANONICAL_TYPE = {"TIMESTAMPTZ": "TIMESTAMP WITH TIME ZONE"}


def _reload_all(con: duckdb.DuckDBPyConnection, lake_root: Location, table) -> None:
    """Rebuild one table from every lake partition (after an incompatible schema change)."""
    for day, _ in lake.partition_files(lake_root, table):
        arrow = lake.read_partition(lake_root, table, day)
        con.register("incoming", arrow)
        cols = ", ".join(table.columns)
        if table.name in ARTICLE_CONTENT_TABLES:
            con.register("home_days", _home_days(con, lake_root, day))
            con.execute(f"INSERT INTO core.{table.name} ({cols}) SELECT {cols} FROM incoming "
                        f"WHERE article_id IN (SELECT article_id FROM home_days WHERE home_day = ?)", [day])
            con.unregister("home_days")
        else:
            con.execute(f"INSERT INTO core.{table.name} ({cols}) SELECT {cols} FROM incoming")
        con.unregister("incoming")


def load_partition(warehouse: Path, lake_root: Location, day: date, run_rows: list[dict], dq_rows: list[dict],
                   load_row: dict | None = None, started: float | None = None) -> dict[str, int]:
    """Replace every core table's rows for ``day`` from the lake, plus this run's stage log and DQ results.

    ``load_row`` (the load stage's own run-log row) gets its counts and seconds filled
    in just before the commit, so it is written in the same transaction.
    """
    started = time.perf_counter() if started is None else started
    counts: dict[str, int] = {}
    with connect_writer(warehouse) as con:
        con.execute("BEGIN TRANSACTION")
        ensure_schema(con, lake_root)
        try:
            home = _home_days(con, lake_root, day)
            con.register("home_days", home)
            for table in TABLES.values():
                arrow = lake.read_partition(lake_root, table, day)
                con.execute(f"DELETE FROM core.{table.name} WHERE landing_date = ?", [day])
                con.register("incoming", arrow)
                cols = ", ".join(table.columns)
                if table.name in ARTICLE_CONTENT_TABLES:
                    # Keep only each article's latest version: rows whose home day is this day go in
                    # (and replace the same article's rows from other days); the rest belong elsewhere.
                    con.execute(f"DELETE FROM core.{table.name} WHERE article_id IN "
                                f"(SELECT article_id FROM home_days WHERE home_day = ?)", [day])
                    con.execute(f"INSERT INTO core.{table.name} ({cols}) SELECT {cols} FROM incoming "
                                f"WHERE article_id IN (SELECT article_id FROM home_days WHERE home_day = ?)", [day])
                else:
                    con.execute(f"INSERT INTO core.{table.name} ({cols}) SELECT {cols} FROM incoming")
                con.unregister("incoming")
                counts[table.name] = con.execute(f"SELECT count(*) FROM core.{table.name} WHERE landing_date = ?",
                                                 [day]).fetchall()[0][0]
            con.unregister("home_days")
            if load_row is not None:
                total = sum(counts.values())
                load_row.update(rows_in=total, rows_out=total, seconds=round(time.perf_counter() - started, 3))
                run_rows = run_rows + [load_row]
            # Logs keyed by run: a retried load replaces its own rows instead of doubling them.
            run_ids = sorted({r["run_id"] for r in run_rows + dq_rows})
            for rid in run_ids:
                con.execute("DELETE FROM core.runs WHERE run_id = ? AND partition_date = ?", [rid, day])
                con.execute("DELETE FROM core.dq_results WHERE run_id = ? AND partition_date = ?", [rid, day])
            if dq_rows:
                _insert_rows(con, DQ_RESULTS, dq_rows)
            if run_rows:
                _insert_rows(con, RUNS, run_rows)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return counts


def _home_days(con: duckdb.DuckDBPyConnection, lake_root: Location, day: date) -> pa.Table:
    """For each article of ``day``: the landing day of its latest version across the whole lake.

    Order-independent: loading days in any order ends with one row per article_id, from the
    day its latest content was first seen (an identical re-delivery later changes nothing).
    """
    from chainwire.schemas import ARTICLE_VERSIONS, ARTICLES

    today = lake.read_partition(lake_root, ARTICLES, day).select(["article_id"])
    files = [f for _, f in lake.partition_files(lake_root, ARTICLE_VERSIONS)]
    if not files or today.num_rows == 0:
        return pa.table({"article_id": today.column("article_id"),
                         "home_day": pa.array([day] * today.num_rows, pa.date32())})
    storage.register_duckdb(con, lake_root)  # an s3:// lake is read through its fsspec filesystem
    con.register("today_ids", today)
    home = con.execute("""
        SELECT t.article_id, coalesce(arg_max(v.landing_date, v.version), ?::DATE) AS home_day
        FROM today_ids t
        LEFT JOIN read_parquet(?, union_by_name = true, hive_partitioning = false) v USING (article_id)
        GROUP BY t.article_id""", [day, [storage.url(f) for f in files]]).fetchall()
    con.unregister("today_ids")
    return pa.table({"article_id": pa.array([r[0] for r in home], pa.string()),
                     "home_day": pa.array([r[1] for r in home], pa.date32())})


def _insert_rows(con: duckdb.DuckDBPyConnection, table, rows: list[dict]) -> None:
    arrow = pa.Table.from_pylist([coerce_row(table, r) for r in rows], schema=table.schema)
    con.register("incoming_rows", arrow)
    cols = ", ".join(table.columns)
    con.execute(f"INSERT INTO core.{table.name} ({cols}) SELECT {cols} FROM incoming_rows")
    con.unregister("incoming_rows")


def _partials(snapshot: Path) -> list[Path]:
    return sorted(snapshot.parent.glob(f".{snapshot.name}.*.partial*"))


def publish_snapshot(warehouse: Path, snapshot: Path) -> Path:
    """Copy the warehouse into a new file, then rename it over the snapshot (atomic).

    Readers keep their open handle on the old file; new readers get the new one. Called
    right after a load or a marts build, which have already brought the schema up to date.

    Publishes are serialized by a file lock; under it, any ``.partial`` left by a publish that was
    killed (or ran out of disk) is removed first. A failed copy removes its own partial and leaves
    the previous snapshot untouched; the copy is fsynced before the rename, so the snapshot is
    always a complete file.
    """
    from chainwire.locks import file_lock

    snapshot.parent.mkdir(parents=True, exist_ok=True)
    lock = snapshot.parent / f".{snapshot.name}.lock"
    with file_lock(lock, f"pid {os.getpid()}", f"snapshot publish {snapshot}"):
        for stale in _partials(snapshot):
            stale.unlink(missing_ok=True)
        tmp = snapshot.with_name(f".{snapshot.name}.{os.getpid()}.partial")
        try:
            with connect_writer(warehouse) as con:
                con.execute(f"ATTACH ? AS snap (STORAGE_VERSION '{SNAPSHOT_STORAGE_VERSION}')", [str(tmp)])  # code constant
                (db,) = con.execute("SELECT current_database()").fetchone() or ("",)  # always one row
                con.execute(f'COPY FROM DATABASE "{db}" TO snap')  # identifier from DuckDB itself
                con.execute("DETACH snap")
            fd = os.open(tmp, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(tmp, snapshot)
        except BaseException as exc:
            for p in (tmp, Path(str(tmp) + ".wal")):
                p.unlink(missing_ok=True)
            if isinstance(exc, OSError) or "No space left" in str(exc) or "disk" in str(exc).lower():
                raise RuntimeError(f"snapshot publish failed ({exc}); the previous snapshot {snapshot} is "
                                   "unchanged and the load itself is committed in the warehouse") from exc
            raise
    return snapshot


def insert_run_rows(warehouse: Path, rows: list[dict], wait: float | None = None) -> None:
    """Append run-log rows (failures recorded by callbacks) in their own short transaction."""
    with connect_writer(warehouse, wait=min(5.0, warehouse_wait()) if wait is None else wait) as con:
        con.execute("BEGIN TRANSACTION")
        ensure_schema(con)
        _insert_rows(con, RUNS, rows)
        con.execute("COMMIT")
