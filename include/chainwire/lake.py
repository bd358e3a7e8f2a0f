"""The Parquet lake: one dataset per table, hive-partitioned by landing_date.

Each partition is a single ``data.parquet`` file replaced with ``os.replace`` (local) or
written by one PUT of the complete file (object storage: ``chainwire.storage``), so a
reader sees either the old day or the new day, never half of one, and rewriting a
day replaces it (idempotent).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from chainwire import storage
from chainwire.folders import as_created
from chainwire.schemas import Table
from chainwire.storage import Location

PARTITION_FILE = "data.parquet"


def partition_dir(root: Location, table: Table, day: date) -> Location:
    return root / table.name / f"landing_date={day.isoformat()}"


def partition_file(root: Location, table: Table, day: date) -> Location:
    return partition_dir(root, table, day) / PARTITION_FILE


def partition_files(root: Location, table: Table) -> list[tuple[date, Location]]:
    """Every partition file of a table, with its day, in day order."""
    out = []
    for f in storage.glob(root / table.name, f"landing_date=*/{PARTITION_FILE}"):
        try:
            out.append((date.fromisoformat(f.parent.name.split("=", 1)[1]), f))
        except ValueError:  # a stray folder name is not a partition
            continue
    return sorted(out, key=lambda pair: pair[0])


def to_arrow(table: Table, rows: Iterable[Mapping]) -> pa.Table:
    """Rows (dicts) → Arrow table with exactly the table's schema (no inferred types)."""
    cols = table.columns
    return pa.Table.from_pylist([{c: r.get(c) for c in cols} for r in rows], schema=table.schema)


def write_partition(root: Location, table: Table, day: date, data: pa.Table | Iterable[Mapping]) -> int:
    """Atomically replace one day of one table. Returns the row count written."""
    arrow = data if isinstance(data, pa.Table) else to_arrow(table, data)
    arrow = arrow.select(table.columns).cast(table.schema)
    target = partition_file(root, table, day)
    if storage.is_remote(target):  # the complete file in memory, then one PUT
        buf = pa.BufferOutputStream()
        pq.write_table(arrow, buf, compression="zstd")
        storage.write_bytes(target, buf.getvalue().to_pybytes())
        return arrow.num_rows
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".parquet.partial", dir=target.parent)
    os.close(fd)
    try:
        pq.write_table(arrow, tmp, compression="zstd")
        as_created(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return arrow.num_rows


def read_partition(root: Location, table: Table, day: date, as_written: bool = False,
                   columns: list[str] | None = None) -> pa.Table:
    """One day of one table, or an empty table with the schema when the day is absent.

    ``as_written=True`` returns the file's own columns and types (what quality checks
    must see); otherwise the data is read with the table's schema. ``columns``: only these.
    """
    path = partition_file(root, table, day)
    if storage.is_remote(path):
        try:
            source = pa.BufferReader(storage.read_bytes(path))  # one GET: one version of the object
        except FileNotFoundError:
            source = None
    else:
        source = path if path.exists() else None
    if source is None:
        empty = table.schema.empty_table()
        return empty.select(columns) if columns else empty
    if as_written:
        return pq.read_table(source, columns=columns)
    return pq.read_table(source, schema=table.schema, columns=columns)


def read_file(path: Location, columns: list[str] | None = None) -> pa.Table:
    """One partition file as written (a local path or an object)."""
    source = pa.BufferReader(storage.read_bytes(path)) if storage.is_remote(path) else path
    return pq.read_table(source, columns=columns)


def partition_rows(root: Location, table: Table, day: date) -> int | None:
    """Row count of one day from the file's footer; None when the day has no partition."""
    path = partition_file(root, table, day)
    if storage.is_remote(path):
        try:
            return pq.ParquetFile(pa.BufferReader(storage.read_bytes(path))).metadata.num_rows
        except FileNotFoundError:
            return None
    return pq.ParquetFile(path).metadata.num_rows if path.exists() else None
