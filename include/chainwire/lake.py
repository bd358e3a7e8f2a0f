"""The Parquet lake: one dataset per table, hive-partitioned by landing_date.

Each partition is a single ``data.parquet`` file replaced with ``os.replace`` (local) or
written by one PUT of the complete file (object storage: ``chainwire.storage``), so a
reader sees either the old day or the new day, never half of one, and rewriting a
day replaces it (idempotent).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from chainwire import storage
from chainwire.folders import as_created
from chainwire.schemas import Table
from chainwire.storage import Location

PARTITION_FILE = "data.parquet"
# Rows a filtered read (``read_partition(keep=...)``) decodes at a time: its memory is the rows it keeps plus
# one such slice, not the day (a whole 20k-article paragraphs partition is ≈ 25 MiB in Arrow, 122k rows).
READ_BATCH_ROWS = 8192


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
    """Rows (dicts) → Arrow table with exactly the table's schema (no inferred types): each row's value
    of every schema column, None where the row has no such key; other keys are ignored. (``from_pylist``
    with a schema does exactly that, column by column: no re-keyed copy of every row is made.)"""
    return pa.Table.from_pylist(rows if isinstance(rows, list) else list(rows), schema=table.schema)


def to_arrow_columns(table: Table, columns: Mapping[str, Sequence], owner: Sequence[int],
                     shared: Mapping[str, Sequence]) -> pa.Table:
    """``to_arrow(table, [{**row_i, **{c: shared[c][owner[i]] for c in shared}} ...])`` of rows given column by
    column (``columns[c][i]``: row ``i``'s value of ``c``; a schema column in neither ``columns`` nor ``shared``
    is None), without a dict per row: each ``shared`` column (the lineage an article's tag rows repeat) is
    converted once per owner and repeated in Arrow (``take``), each row column converted once (no dict per tag
    row built and regathered per column, ``from_pylist``'s way). The same table, schema and values."""
    index = pa.array(owner, pa.int64())
    arrays = [pa.array(shared[f.name], f.type).take(index) if f.name in shared
              else pa.array(columns[f.name] if f.name in columns else [None] * len(owner), f.type)
              for f in table.schema]
    return pa.Table.from_arrays(arrays, schema=table.schema)


@dataclass
class PreparedPartition:
    """A day of a table written ahead (``prepare_partition``) and not yet in place: ``write_partition`` puts
    it there (a rename, or one PUT), ``discard`` removes it. Lets a stage write its tables one at a time and
    replace the day only once every table passed (validate: one staged table in memory, not the day)."""

    target: Location
    path: Path  # the written file, beside the target (local) or in the temporary folder (object storage)
    rows: int

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)


def _partial_file_for(target: Location) -> str:
    """A new empty temporary file the partition ``target`` is written to before it is put in place: beside it on
    a local disk (the rename is atomic), in the temporary folder for object storage (uploaded from there)."""
    if storage.is_remote(target):
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".parquet.partial")
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".parquet.partial", dir=target.parent)
    os.close(fd)
    return tmp


def prepare_partition(root: Location, table: Table, day: date, data: pa.Table | Iterable[Mapping]) -> PreparedPartition:
    """``write_partition``'s file, written now and put in place by ``write_partition(root, table, day, prepared)``
    (the same bytes as writing ``data`` then). The caller discards it if it never is."""
    arrow = _typed_rows(table, data)
    target = partition_file(root, table, day)
    tmp = _partial_file_for(target)
    try:
        pq.write_table(arrow, tmp, compression="zstd")
        as_created(tmp)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return PreparedPartition(target, Path(tmp), arrow.num_rows)


# A table written piece by piece (``prepare_partition_pieces``) goes to the file in row groups of at least this many
# bytes of Arrow (the last may be smaller): the writer holds one such group, not the table.
PIECES_ROW_GROUP_BYTES = 32 * 1024 * 1024


def prepare_partition_pieces(root: Location, table: Table, day: date, pieces: Iterable[pa.Table]) -> PreparedPartition:
    """``prepare_partition`` of the table the ``pieces`` make one after the other (``pa.concat_tables(pieces)``),
    written as they come: the caller may make each when asked and drop it, so the process holds
    ``PIECES_ROW_GROUP_BYTES`` of the table, not the table (the parse assembly, docs/performance.md, *Flat beyond
    50k*). The same rows, columns and types as ``prepare_partition`` of the whole table; the file has a row group
    per ``PIECES_ROW_GROUP_BYTES`` instead of one per 1 Mi rows (``read_partition_one_chunk`` reads it back with
    one chunk per column). An exception from ``pieces`` removes the file and goes to the caller."""
    target = partition_file(root, table, day)
    tmp = _partial_file_for(target)
    rows = 0
    try:
        with pq.ParquetWriter(tmp, table.schema, compression="zstd") as writer:
            held: list[pa.Table] = []
            size = 0
            for piece in pieces:
                piece = _typed_rows(table, piece)
                held.append(piece)
                size += piece.nbytes
                rows += piece.num_rows
                del piece
                if size >= PIECES_ROW_GROUP_BYTES:
                    writer.write_table(pa.concat_tables(held))
                    held.clear()
                    size = 0
            if held or not rows:  # (an empty table: written as ``prepare_partition`` writes one)
                writer.write_table(pa.concat_tables(held) if held else table.schema.empty_table())
            held.clear()
        as_created(tmp)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return PreparedPartition(target, Path(tmp), rows)


def discard_stale_partials(root: Location, tables: Iterable[Table], day: date, before: float) -> int:
    """Remove the temporary files (``prepare_partition``'s, ``write_partition``'s) that a writer killed before its
    rename left in the day's partition folders, if written before ``before`` (a ``time.time()``): a later writer
    of the day holds the day's lock, so an older one is no one's. Readers never see them (the partition is
    ``PARTITION_FILE``); without this they would stay. Returns how many were removed. Object storage has none:
    its files are written in the local temporary folder and put whole."""
    removed = 0
    for table in tables:
        folder = partition_dir(root, table, day)
        if storage.is_remote(folder) or not Path(folder).is_dir():
            continue
        for tmp in Path(folder).glob(".tmp-*.parquet.partial"):
            try:
                if tmp.stat().st_mtime < before:
                    tmp.unlink()
                    removed += 1
            except FileNotFoundError:  # (gone meanwhile)
                continue
    return removed


def _typed_rows(table: Table, data: pa.Table | Iterable[Mapping]) -> pa.Table:
    arrow = data if isinstance(data, pa.Table) else to_arrow(table, data)
    return arrow.select(table.columns).cast(table.schema)


def write_partition(root: Location, table: Table, day: date,
                    data: pa.Table | Iterable[Mapping] | PreparedPartition) -> int:
    """Atomically replace one day of one table. Returns the row count written. ``data``: the rows, or the
    file ``prepare_partition`` wrote for this same partition."""
    target = partition_file(root, table, day)
    if isinstance(data, PreparedPartition):
        if data.target != target:
            raise ValueError(f"{data.path} was prepared for {data.target}, not {target}")
        return _put_in_place(data)
    if storage.is_remote(target):  # the complete file in memory, then one PUT
        arrow = _typed_rows(table, data)
        buf = pa.BufferOutputStream()
        pq.write_table(arrow, buf, compression="zstd")
        storage.write_bytes(target, buf.getvalue().to_pybytes())
        return arrow.num_rows
    # local: the temporary file beside the target, written by ``prepare_partition``, then renamed over it
    return _put_in_place(prepare_partition(root, table, day, data))


def _put_in_place(prepared: PreparedPartition) -> int:
    """A prepared file renamed over its partition (local) or put by one PUT (object storage); never left behind."""
    try:
        if storage.is_remote(prepared.target):
            storage.write_bytes(prepared.target, prepared.path.read_bytes())
        else:
            os.replace(prepared.path, prepared.target)
    finally:
        prepared.discard()
    return prepared.rows


def _source(root: Location, table: Table, day: date) -> Path | pa.NativeFile | None:
    """The day's partition file to read (a local path, or the object's bytes), None when absent."""
    path = partition_file(root, table, day)
    if storage.is_remote(path):
        try:
            return pa.BufferReader(storage.read_bytes(path))  # one GET: one version of the object
        except FileNotFoundError:
            return None
    return path if path.exists() else None


def read_partition(root: Location, table: Table, day: date, as_written: bool = False,
                   columns: list[str] | None = None,
                   keep: Callable[[pa.RecordBatch], pa.Array] | None = None) -> pa.Table:
    """One day of one table, or an empty table with the schema when the day is absent.

    ``as_written=True`` returns the file's own columns and types (what quality checks
    must see); otherwise the data is read with the table's schema. ``columns``: only these.
    ``keep``: only the rows of this boolean mask over each record batch (of ``columns``), in file
    order; the file is decoded ``READ_BATCH_ROWS`` rows at a time, so a reader that wants a few
    articles of the day holds those, not the day. Same rows and types as filtering the whole read.
    """
    source = _source(root, table, day)
    if source is None:
        empty = table.schema.empty_table()
        return empty.select(columns) if columns else empty  # (no rows: nothing for ``keep`` to drop)
    if keep is not None:
        return _read_kept(source, None if as_written else table.schema, columns, keep)
    if as_written:
        return pq.read_table(source, columns=columns)
    return pq.read_table(source, schema=table.schema, columns=columns)


def read_partition_one_chunk(root: Location, table: Table, day: date) -> pa.Table:
    """``read_partition(root, table, day, as_written=True)`` with one chunk per column whatever the file's row
    groups (a file of ``prepare_partition_pieces`` has several: validate's frames need one chunk per column,
    docs/performance.md, *The 100k day's slower validate*). A file of several row groups is read a column at a
    time, the largest first, each column's chunks concatenated and let go before the next is read: the read
    holds the table, or twice its largest column while that one is copied, whichever is more. A column too large
    for one chunk (a string column past 2 GiB) stays chunked, as ``parsing.one_chunk_per_column`` leaves it."""
    source = _source(root, table, day)
    if source is None:
        return table.schema.empty_table()
    pf = pq.ParquetFile(source)
    if pf.metadata.num_row_groups <= 1:
        return pq.read_table(source)
    schema = pf.schema_arrow
    size = dict.fromkeys(schema.names, 0)
    for g in range(pf.metadata.num_row_groups):
        group = pf.metadata.row_group(g)
        for c in range(group.num_columns):
            column = group.column(c)
            size[column.path_in_schema.split(".", 1)[0]] += column.total_uncompressed_size
    columns: dict[str, pa.ChunkedArray] = {}
    for name in sorted(schema.names, key=lambda n: -size[n]):
        read = pf.read(columns=[name]).column(0)
        try:
            columns[name] = pa.chunked_array([read.combine_chunks()], read.type)
        except pa.ArrowInvalid:  # (offsets past 32 bits)
            columns[name] = read
        del read
    return pa.Table.from_arrays([columns.pop(name) for name in schema.names], schema=schema)


def read_batches(root: Location, table: Table, day: date, columns: list[str] | None = None) -> pa.RecordBatchReader:
    """One day of one table as a stream of record batches with the table's schema, decoded
    ``READ_BATCH_ROWS`` rows at a time: a consumer that streams them (the warehouse load's insert)
    holds a slice of the day, not the day. The same rows, in the same order and with the same types,
    as ``read_partition``. ``columns``: only these."""
    source = _source(root, table, day)
    schema = table.schema if columns is None else pa.schema([table.schema.field(c) for c in columns], table.schema.metadata)
    if source is None:
        return pa.RecordBatchReader.from_batches(schema, [])
    pf = pq.ParquetFile(source, pre_buffer=False)
    present = [c for c in schema.names if c in pf.schema_arrow.names]
    batches = (_typed(batch, schema, present)
               for batch in pf.iter_batches(batch_size=READ_BATCH_ROWS, columns=present, use_threads=False))
    return pa.RecordBatchReader.from_batches(schema, batches)


def to_pydict(batch: pa.RecordBatch | pa.Table) -> dict[str, list]:
    """``batch.to_pydict()``: the same Python values, with the UTC timestamps (microseconds) and the dates
    converted through numpy (``_py_values``) — pyarrow builds a time-zone-aware ``datetime`` at ≈ 3–5 µs a
    value, the largest part of turning the 100k-article day's dedup rows into dicts (docs/performance.md,
    *The enrich workers' CPU and the parent's chain*)."""
    return {name: _py_values(batch.column(i)) for i, name in enumerate(batch.schema.names)}


_DATETIME_US = (-62135596800 * 10**6, 253402300799999999)  # datetime.min … datetime.max in µs since the epoch


def _py_values(column: pa.Array | pa.ChunkedArray) -> list:
    """``column.to_pylist()``. A ``timestamp[us, tz=UTC]`` column: numpy's ``datetime64[us]`` → ``datetime``
    (C), then the zone pyarrow itself gives such a value (``tzinfo`` of ``as_py()``, the same object), on
    each non-null one; a ``date32`` column through ``datetime64[D]``. Anything else, or a timestamp
    outside ``datetime``'s range (``to_pylist`` raises there), as ``to_pylist``."""
    kind = column.type
    if pa.types.is_date32(kind):
        return column.to_numpy(zero_copy_only=False).astype("datetime64[D]").astype(object).tolist()
    if not (pa.types.is_timestamp(kind) and kind.unit == "us" and kind.tz == "UTC") or not len(column):
        return column.to_pylist()
    micros = column.cast(pa.int64())
    bounds = pc.min_max(micros).as_py()
    if bounds["min"] is None:  # (all null)
        return [None] * len(column)
    if bounds["min"] < _DATETIME_US[0] or bounds["max"] > _DATETIME_US[1]:
        return column.to_pylist()
    zone = pa.scalar(0, kind).as_py().tzinfo
    naive = micros.cast(pa.timestamp("us")).to_numpy(zero_copy_only=False).astype("datetime64[us]").astype(object)
    return [None if v is None else v.replace(tzinfo=zone) for v in naive.tolist()]


def _typed(got: pa.RecordBatch | pa.Table, target: pa.Schema, present: list[str]):
    """``got``'s columns cast to ``target``'s types, all-null where ``got`` has no such column (what
    ``pq.read_table(schema=...)`` does)."""
    arrays = [got.column(f.name).cast(f.type) if f.name in present else pa.nulls(got.num_rows, f.type)
              for f in target]
    return (pa.RecordBatch if isinstance(got, pa.RecordBatch) else pa.Table).from_arrays(arrays, schema=target)


def _read_kept(source: Path | pa.NativeFile, schema: pa.Schema | None, columns: list[str] | None,
               keep: Callable[[pa.RecordBatch], pa.Array]) -> pa.Table:
    """``read_partition``'s filtered read: the file decoded in slices (``iter_batches`` streams a row group
    page by page; a dataset scan would decode the whole row group, i.e. the whole day, first), each slice
    filtered before the next; then typed as ``pq.read_table(schema=...)`` types it: the requested columns
    of ``schema`` (the table's), cast from the file's types, all-null where the file has no such column
    (``schema`` None: the file's own)."""
    pf = pq.ParquetFile(source, pre_buffer=False)
    written = pf.schema_arrow
    wanted = columns if columns is not None else (schema or written).names
    present = [c for c in wanted if c in written.names]
    kept = [batch.filter(keep(batch))
            for batch in pf.iter_batches(batch_size=READ_BATCH_ROWS, columns=present, use_threads=False)]
    got = pa.Table.from_batches(kept, schema=pa.schema([written.field(c) for c in present], written.metadata))
    if schema is None:
        return got
    return _typed(got, pa.schema([schema.field(c) for c in wanted], schema.metadata), present)


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
