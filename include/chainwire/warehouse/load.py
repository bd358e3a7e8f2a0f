"""Per-day loads: the day's rows replaced in one transaction, recording what changed for the snapshot and marts.

Only one process may write the DuckDB file; in Airflow every task calling these
functions runs in the 1-slot ``duckdb_writer`` pool.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from chainwire import lake
from chainwire.schemas import ARTICLE_CONTENT_TABLES, DQ_RESULTS, RUNS, TABLES, coerce_row
from chainwire.storage import Location
from chainwire.warehouse.connection import (  # noqa: F401 (WarehouseBusy re-exported)
    LOAD_MEMORY_LIMIT,
    WarehouseBusy,
    connect_writer,
    warehouse_wait,
)
from chainwire.warehouse.snapshot import publish_snapshot  # noqa: F401 (re-exported: callers import it from here)
from chainwire.warehouse.state import ensure_meta, mark_dirty, mark_marts_pending


def ensure_schema(con: duckdb.DuckDBPyConnection, lake_root: Location | None = None) -> None:
    """Create missing tables; bring existing ones to the current pyarrow schema.

    New columns are added in place (older rows read NULL until their day is re-run).
    A column whose type changed, or that no longer exists, means the table is rebuilt
    from the lake (the lake is the source of truth) when ``lake_root`` is given.
    """
    from chainwire.schemas import duckdb_type
    from chainwire.warehouse.ddl import all_tables, comment_ddl, comments, create_ddl

    con.execute("CREATE SCHEMA IF NOT EXISTS core")
    con.execute("CREATE SCHEMA IF NOT EXISTS marts")
    ensure_meta(con)
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
            mark_dirty(con, f"core.{table.name}", None)
            mark_marts_pending(con, None)
            continue
        for f in table.schema:
            if f.name not in have:
                con.execute(f"ALTER TABLE core.{table.name} ADD COLUMN {f.name} {duckdb_type(f.type)}")
    # Only the comments that differ: each COMMENT ON is a catalog change (196 of them, every load and marts build)
    have_docs: dict[tuple[str, str | None], str | None] = {(t, None): doc for t, doc in con.execute(
        "SELECT table_name, comment FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = 'core'").fetchall()}
    have_docs.update({(t, c): doc for t, c, doc in con.execute(
        "SELECT table_name, column_name, comment FROM duckdb_columns() WHERE database_name = current_database() "
        "AND schema_name = 'core'").fetchall()})
    for table in all_tables():
        stale = {c for c, doc in comments(table).items() if have_docs.get((table.name, c)) != doc}
        for stmt in comment_ddl(table, only=stale) if stale else ():
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
                   load_row: dict | None = None, started: float | None = None,
                   begun: DayLoad | None = None) -> dict[str, int]:
    """Replace every core table's rows for ``day`` from the lake, plus this run's stage log and DQ results.

    ``load_row`` (the load stage's own run-log row) gets its counts and seconds filled
    in just before the commit, so it is written in the same transaction. ``begun``: this day's load
    transaction, opened earlier with some tables already in it (``DayLoad``); the rest go in here.
    """
    started = time.perf_counter() if started is None else started
    load = begun if begun is not None else DayLoad(warehouse, lake_root, day)
    try:
        load.load_tables([name for name in TABLES if name not in load.counts])
        return load.commit(run_rows, dq_rows, load_row, started)
    finally:
        load.close()  # rolls back unless committed


class DayLoad:
    """One day's load transaction: the day's rows replaced table by table, then the stage log, then COMMIT.

    ``run_day`` opens it and loads the tables parse, validate and dedup wrote (the enrich tables are last
    in ``TABLES``) in a thread while the parent assembles the enrichment: DuckDB releases the GIL, so the
    inserts take the core the enrich workers left. Nothing is visible before ``commit``; ``close`` rolls
    back an uncommitted load and lets go of the warehouse.
    """

    def __init__(self, warehouse: Path, lake_root: Location, day: date) -> None:
        self.lake_root, self.day = lake_root, day
        self.counts: dict[str, int] = {}  # table -> rows inserted, in the order loaded
        # (article_id, landing day) of every row deleted or inserted, as Arrow: the 20k-article day has
        # ≈ 185,000 of them (an id per table), which as a dict of sets cost ≈ 0.3 CPU-s of Python
        self.touched: list[pa.Table] = []
        self._writer = connect_writer(warehouse, memory_limit=LOAD_MEMORY_LIMIT)
        self.con = self._writer.__enter__()
        self._open = True
        try:
            self.con.execute("BEGIN TRANSACTION")
            ensure_schema(self.con, lake_root)
            home = _home_days(self.con, lake_root, day)
            self.con.register("home_days", home)
            self.moved_from = _previous_home_days(self.con, day)
        except BaseException:
            self.close()
            raise

    def load_tables(self, names: list[str]) -> None:
        """Replace the day's rows of these core tables (in ``TABLES`` order), inside the transaction."""
        con, day, lake_root, moved_from = self.con, self.day, self.lake_root, self.moved_from
        for table in (TABLES[name] for name in TABLES if name in names):
            has_id = "article_id" in table.columns
            where, params = "landing_date = ?", [day]
            if table.name in ARTICLE_CONTENT_TABLES and moved_from:
                # Keep only each article's latest version: rows whose home day is this day go in
                # (and replace the same article's rows from other days); the rest belong elsewhere.
                where += (f" OR (landing_date IN ({', '.join('?' * len(moved_from))}) AND article_id IN "
                          "(SELECT article_id FROM home_days WHERE home_day = ?))")
                params += [*moved_from, day]
            # What the delete removed says which other days' partitions and which articles changed: as Arrow (a
            # re-run of the 100k-article day deletes 2.1M rows, as Python tuples ≈ 0.3 GB; docs/performance.md,
            # "The publish's partition buffers"). The relation API executes the DELETE once, here.
            deleted = con.sql(f"DELETE FROM core.{table.name} WHERE {where} "
                              f"RETURNING landing_date{', article_id' if has_id else ''}", params=params).to_arrow_table()
            # Streamed into the insert a slice at a time: the 100k-article day's tables read whole
            # took the load to 2.0 GB (docs/performance.md, "Dedup at 100k").
            con.register("incoming", lake.read_batches(lake_root, table, day))
            cols = ", ".join(table.columns)
            if table.name in ARTICLE_CONTENT_TABLES:
                inserted = con.execute(
                    f"INSERT INTO core.{table.name} ({cols}) SELECT {cols} FROM incoming "
                    f"WHERE article_id IN (SELECT article_id FROM home_days WHERE home_day = ?)", [day]).fetchone()
            else:
                inserted = con.execute(f"INSERT INTO core.{table.name} ({cols}) SELECT {cols} FROM incoming").fetchone()
            con.unregister("incoming")
            self.counts[table.name] = inserted[0] if inserted else 0  # every incoming row has landing_date = day
            mark_dirty(con, f"core.{table.name}", {day} | set(pc.unique(deleted.column("landing_date")).to_pylist()))
            if has_id:
                if deleted.num_rows:
                    self.touched.append(pa.table({"article_id": deleted.column("article_id").cast(pa.string()),
                                                  "landing_date": deleted.column("landing_date").cast(pa.date32())}))
                ids = pc.unique(lake.read_partition(lake_root, table, day, columns=["article_id"])
                                .column("article_id")).cast(pa.string())
                self.touched.append(pa.table({"article_id": ids,
                                              "landing_date": pa.nulls(len(ids), pa.date32()).fill_null(day)}))

    def commit(self, run_rows: list[dict], dq_rows: list[dict], load_row: dict | None,
               started: float) -> dict[str, int]:
        """Record the touched articles, this run's stage log and DQ results, and COMMIT; returns the counts."""
        con, day = self.con, self.day
        pending = pa.concat_tables(self.touched) if self.touched else pa.table(
            {"article_id": pa.array([], pa.string()), "landing_date": pa.array([], pa.date32())})
        mark_marts_pending(con, pending.column("article_id"), pending.column("landing_date"))  # distinct, no NULL id
        con.unregister("home_days")
        counts = dict(self.counts)
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
        self._committed = True
        return counts

    _committed = False

    def close(self) -> None:
        """Roll back unless committed, and close the warehouse (idempotent)."""
        if not self._open:
            return
        self._open = False
        try:
            if not self._committed:
                self.con.execute("ROLLBACK")
        except duckdb.Error:
            pass  # no transaction left to roll back (BEGIN or COMMIT failed): closing discards it anyway
        finally:
            self._writer.__exit__(None, None, None)


def _home_days(con: duckdb.DuckDBPyConnection, lake_root: Location, day: date) -> pa.Table:
    """For each article of ``day``: the landing day of its latest version across the whole lake.

    Order-independent: loading days in any order ends with one row per article_id, from the
    day its latest content was first seen (an identical re-delivery later changes nothing).
    """
    from chainwire.dedup.versions import read_index
    from chainwire.schemas import ARTICLES

    today = lake.read_partition(lake_root, ARTICLES, day, columns=["article_id"])
    # Every version's (article_id, version, landing_date), in one file: the three narrow columns (not
    # the content hashes, two thirds of the bytes), kept to today's articles before the join.
    index = read_index(lake_root, columns=["article_id", "version", "landing_date"])
    index = index.filter(pc.is_in(index.column("article_id"), value_set=today.column("article_id")))
    if index.num_rows == 0 or today.num_rows == 0:
        return pa.table({"article_id": today.column("article_id"),
                         "home_day": pa.array([day] * today.num_rows, pa.date32())})
    con.register("today_ids", today)
    con.register("version_index", index)
    home = con.execute("""
        SELECT t.article_id, coalesce(arg_max(v.landing_date, v.version), ?::DATE) AS home_day
        FROM today_ids t
        LEFT JOIN version_index v USING (article_id)
        GROUP BY t.article_id""", [day]).fetchall()
    con.unregister("today_ids")
    con.unregister("version_index")
    return pa.table({"article_id": pa.array([r[0] for r in home], pa.string()),
                     "home_day": pa.array([r[1] for r in home], pa.date32())})


def _previous_home_days(con: duckdb.DuckDBPyConnection, day: date) -> list[date]:
    """Other landing days that may hold rows of the articles whose home is now ``day``.

    An article's rows live on its home day, one of its version days (a re-delivery of known content
    is not loaded again): its versions' days, and its ``core.articles`` row's day, cover every
    place to delete from. Two narrow scans instead of an article-id probe of every content table.
    """
    return [d for (d,) in con.execute("""
        SELECT DISTINCT landing_date FROM (
            SELECT landing_date, article_id FROM core.article_versions
            UNION ALL SELECT landing_date, article_id FROM core.articles)
        WHERE landing_date <> ? AND article_id IN (SELECT article_id FROM home_days WHERE home_day = ?)
        ORDER BY 1""", [day, day]).fetchall()]


def _insert_rows(con: duckdb.DuckDBPyConnection, table, rows: list[dict]) -> None:
    arrow = pa.Table.from_pylist([coerce_row(table, r) for r in rows], schema=table.schema)
    con.register("incoming_rows", arrow)
    cols = ", ".join(table.columns)
    con.execute(f"INSERT INTO core.{table.name} ({cols}) SELECT {cols} FROM incoming_rows")
    con.unregister("incoming_rows")


def insert_run_rows(warehouse: Path, rows: list[dict], wait: float | None = None) -> None:
    """Append run-log rows (failures recorded by callbacks) in their own short transaction."""
    with connect_writer(warehouse, wait=min(5.0, warehouse_wait()) if wait is None else wait) as con:
        con.execute("BEGIN TRANSACTION")
        ensure_schema(con)
        _insert_rows(con, RUNS, rows)
        con.execute("COMMIT")
