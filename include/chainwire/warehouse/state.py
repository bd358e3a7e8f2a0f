"""What changed since the last snapshot and marts build, kept in the warehouse (schema ``meta``).

A load records, in its own transaction, which partitions of which tables it rewrote
(``meta.snapshot_dirty``) and which articles it touched (``meta.marts_pending``); the marts build
and the snapshot publish consume those marks in theirs. Being in the same transactions as the
data, a mark can never be lost or seen without its rows, whatever is killed when.
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb
import pyarrow as pa

META_DDL = [
    "CREATE SCHEMA IF NOT EXISTS meta",
    # Partitions to re-export at the next publish; part NULL = every partition of the table.
    "CREATE TABLE IF NOT EXISTS meta.snapshot_dirty (table_name VARCHAR NOT NULL, part DATE)",
    # The Parquet files the published snapshot's views read: one per table and partition value.
    "CREATE TABLE IF NOT EXISTS meta.snapshot_files (table_name VARCHAR NOT NULL, part DATE, "
    "path VARCHAR NOT NULL, rows BIGINT)",
    # Per exported table: its partition column and column signature when last exported
    # (a different signature, e.g. after ALTER TABLE, re-exports the whole table).
    "CREATE TABLE IF NOT EXISTS meta.snapshot_tables (table_name VARCHAR NOT NULL, part_column VARCHAR, "
    "signature VARCHAR)",
    # Files no longer referenced by the latest snapshot; deleted once older readers had time to finish.
    "CREATE TABLE IF NOT EXISTS meta.snapshot_garbage (path VARCHAR NOT NULL, unreferenced_at TIMESTAMPTZ)",
    # Articles whose rows changed since the last marts build, with the landing days of those rows
    # (NULL: unknown, look everywhere); article_id NULL = rebuild every mart.
    "CREATE TABLE IF NOT EXISTS meta.marts_pending (article_id VARCHAR, landing_date DATE)",
    "ALTER TABLE meta.marts_pending ADD COLUMN IF NOT EXISTS landing_date DATE",
    # The SQL each mart was last built from: a changed model is rebuilt in full.
    "CREATE TABLE IF NOT EXISTS meta.marts_state (model VARCHAR NOT NULL, sql_sha256 VARCHAR, "
    "built_at TIMESTAMPTZ)",
]


def ensure_meta(con: duckdb.DuckDBPyConnection) -> None:
    for stmt in META_DDL:
        con.execute(stmt)


def mark_dirty(con: duckdb.DuckDBPyConnection, table_name: str, parts: Iterable | None) -> None:
    """Mark partitions of ``schema.table`` for re-export; ``parts=None`` marks the whole table."""
    if parts is None:
        con.execute("INSERT INTO meta.snapshot_dirty VALUES (?, NULL)", [table_name])
        return
    values = sorted(set(parts))
    if values:
        con.executemany("INSERT INTO meta.snapshot_dirty VALUES (?, ?)", [[table_name, p] for p in values])


def mark_marts_pending(con: duckdb.DuckDBPyConnection, article_ids: pa.Array | pa.ChunkedArray | None,
                       landing_dates: pa.Array | None = None) -> None:
    """Record articles whose marts rows must be recomputed; ``None`` asks for a full rebuild.

    ``landing_dates`` (same length): the landing day of each changed row, old or new; it lets the
    build find the articles' rows by day instead of scanning every article.
    """
    if article_ids is None:
        con.execute("INSERT INTO meta.marts_pending VALUES (NULL, NULL)")
        return
    if landing_dates is None:
        landing_dates = pa.nulls(len(article_ids), pa.date32())
    ids = pa.table({"article_id": article_ids, "landing_date": landing_dates})
    con.register("pending_ids", ids)
    try:
        con.execute("INSERT INTO meta.marts_pending SELECT DISTINCT article_id, landing_date FROM pending_ids "
                    "WHERE article_id IS NOT NULL")
    finally:
        con.unregister("pending_ids")
