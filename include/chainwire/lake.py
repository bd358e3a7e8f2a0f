"""The Parquet lake: one dataset per table, hive-partitioned by landing_date.

Each partition is a single ``data.parquet`` file replaced with ``os.replace``, so a
reader sees either the old day or the new day, never half of one, and rewriting a
day replaces it (idempotent).
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Iterable, Mapping

import pyarrow as pa
import pyarrow.parquet as pq

from chainwire.schemas import Table

PARTITION_FILE = "data.parquet"


def partition_dir(root: Path, table: Table, day: date) -> Path:
    return root / table.name / f"landing_date={day.isoformat()}"


def partition_file(root: Path, table: Table, day: date) -> Path:
    return partition_dir(root, table, day) / PARTITION_FILE


def to_arrow(table: Table, rows: Iterable[Mapping]) -> pa.Table:
    """Rows (dicts) → Arrow table with exactly the table's schema (no inferred types)."""
    cols = table.columns
    return pa.Table.from_pylist([{c: r.get(c) for c in cols} for r in rows], schema=table.schema)


def write_partition(root: Path, table: Table, day: date, data: pa.Table | Iterable[Mapping]) -> int:
    """Atomically replace one day of one table. Returns the row count written."""
    arrow = data if isinstance(data, pa.Table) else to_arrow(table, data)
    arrow = arrow.select(table.columns).cast(table.schema)
    target = partition_file(root, table, day)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".parquet.partial", dir=target.parent)
    os.close(fd)
    try:
        pq.write_table(arrow, tmp, compression="zstd")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return arrow.num_rows


def read_partition(root: Path, table: Table, day: date, as_written: bool = False) -> pa.Table:
    """One day of one table, or an empty table with the schema when the day is absent.

    ``as_written=True`` returns the file's own columns and types (what quality checks
    must see); otherwise the data is read with the table's schema.
    """
    path = partition_file(root, table, day)
    if not path.exists():
        return table.schema.empty_table()
    return pq.read_table(path) if as_written else pq.read_table(path, schema=table.schema)
