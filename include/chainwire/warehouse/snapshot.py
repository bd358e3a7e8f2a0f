"""The read-only snapshot: a small DuckDB catalog of views over immutable Parquet files.

Publishing used to copy the whole warehouse after every load. Now every large table (the core
tables by ``landing_date``, the marts by their day or period column) is kept as one Parquet file
per partition under ``<snapshot stem>_data/``, and a publish only re-exports the partitions a load
or a marts build marked dirty (``meta.snapshot_dirty``, written in the same transaction as the
rows). The snapshot file itself is rebuilt each time but holds only views naming exact files,
plus copies of the small tables (``core.runs``, ``core.dq_results``, anything not partitioned):
its size, and the publish time, follow the day's data, not the history.

What a reader can rely on (see docs/performance.md, "Daily cost independent of history"):

* An exported file is never rewritten: a changed partition gets a new file in a new folder.
  The catalog is written to a ``.partial`` file, fsynced and renamed over the snapshot, and it
  is written from the manifest committed in the same warehouse transaction that cleared the
  dirty marks, so one catalog = one committed warehouse state, every table at the same point.
* A reader keeps the catalog it opened; the files it names stay for
  ``CHAINWIRE_SNAPSHOT_KEEP_SECONDS`` (default a day) after a newer publish replaced them, then
  they are deleted: a session older than that must reopen the snapshot.
* Publishes are serialized by a file lock and hold the warehouse's writer lock, so no load
  commits in between the export and the manifest. A killed publish leaves its ``.partial``
  catalog and possibly unreferenced exported files; the next publish removes both (files named
  by neither the manifest nor ``meta.snapshot_garbage`` were never in any catalog).
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

import duckdb

from chainwire.warehouse.connection import PUBLISH_MEMORY_LIMIT, connect_writer, rollback_after
from chainwire.warehouse.state import ensure_meta

# Snapshot in an older storage format so the DuckDB CLI from PyPI (1.5.x) can open it.
SNAPSHOT_STORAGE_VERSION = "v1.2.0"
KEEP_SECONDS_DEFAULT = 86400.0
_NULL_PART = "__HIVE_DEFAULT_PARTITION__"  # how COPY ... PARTITION_BY names a NULL partition value
# A Parquet row group is built in memory before it is written, and DuckDB's default holds 122,880 rows: a day
# of 100k real articles (bodies of ~5 KB) is one group of ~0.5 GB, beyond the publish's memory limit (measured:
# Out of Memory at 512 MB). Groups cut by bytes keep the export inside the limit (256 MB) whatever the articles' length.
EXPORT_ROW_GROUP_BYTES = "64MB"
# ``COPY … PARTITION_BY`` gathers each thread's rows per partition until this many before handing them to the
# partition's file writer; DuckDB's default (524,288) held a whole day's table in the writer's threads: the 100k-
# article day's publish rose +0.54 GB over its entry, the 50k day's +0.46 (a day's rows, not bounded by the pool).
# At 8,192 rows +0.33 / +0.29 GB, and fewer CPU-s (100k: 8-10 -> 5.2-5.7); the files' row groups are then cut
# at ~16k rows (+1 % bytes). docs/performance.md, "The publish's partition buffers" (session 15).
EXPORT_FLUSH_ROWS = 8192


def keep_seconds() -> float:
    """How long files replaced by a newer publish stay for readers of older snapshots."""
    try:
        return max(0.0, float(os.environ.get("CHAINWIRE_SNAPSHOT_KEEP_SECONDS", KEEP_SECONDS_DEFAULT)))
    except ValueError:
        return KEEP_SECONDS_DEFAULT


def data_root(snapshot: Path) -> Path:
    """Where the snapshot's Parquet files live: beside the catalog file."""
    return snapshot.with_name(f"{snapshot.stem}_data")


def partitioned_tables() -> dict[str, str]:
    """schema.table -> partition column, for every table exported as per-partition Parquet files."""
    from chainwire.schemas import TABLES
    from chainwire.warehouse.marts import load_models

    out = {f"core.{name}": "landing_date" for name in TABLES}
    out.update({f"marts.{m.name}": m.partition for m in load_models().values() if m.partition})
    return out


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _qualified(table: str) -> str:
    schema, name = table.split(".", 1)
    return f"{_ident(schema)}.{_ident(name)}"


def _columns(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple[str, str, str]]]:
    """schema.table -> (name, type, comment) of its columns in order, for every table of the warehouse: one
    catalog scan (a scan per table, 84 of them in a load's and a marts build's publishes, was ≈ 0.15 CPU-s
    on one core, docs/performance.md "Fewer catalog statements in the publish")."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for schema, name, column, type_, comment in con.execute(
            "SELECT schema_name, table_name, column_name, data_type, comment FROM duckdb_columns() "
            "WHERE database_name = current_database() ORDER BY schema_name, table_name, column_index").fetchall():
        out.setdefault(f"{schema}.{name}", []).append((column, type_, comment))
    return out


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _partials(snapshot: Path) -> list[Path]:
    return sorted(snapshot.parent.glob(f".{snapshot.name}.*.partial*"))


def _export(con: duckdb.DuckDBPyConnection, root: Path, new_files: list[Path]) -> None:
    """Inside the open transaction: write every dirty partition to new files and update the manifest."""
    existing = {f"{s}.{t}" for s, t in con.execute(
        "SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = current_database() "
        "AND NOT temporary").fetchall()}
    wanted = {t: c for t, c in partitioned_tables().items() if t in existing}
    # Tables no longer exported as files (dropped, or no longer partitioned): their files go.
    con.execute("CREATE OR REPLACE TEMP TABLE snapshot_wanted (table_name VARCHAR, part_column VARCHAR)")
    if wanted:
        con.executemany("INSERT INTO snapshot_wanted VALUES (?, ?)", [[t, c] for t, c in wanted.items()])
    con.execute("""INSERT INTO meta.snapshot_garbage SELECT path, now() FROM meta.snapshot_files
                   WHERE table_name NOT IN (SELECT table_name FROM snapshot_wanted)""")
    con.execute("DELETE FROM meta.snapshot_files WHERE table_name NOT IN (SELECT table_name FROM snapshot_wanted)")
    con.execute("DELETE FROM meta.snapshot_tables WHERE table_name NOT IN (SELECT table_name FROM snapshot_wanted)")
    state = {t: (c, sig) for t, c, sig in con.execute(
        "SELECT table_name, part_column, signature FROM meta.snapshot_tables").fetchall()}
    dirty: dict[str, set] = {}
    for t, part in con.execute("SELECT DISTINCT table_name, part FROM meta.snapshot_dirty").fetchall():
        dirty.setdefault(t, set()).add(part)
    generation = uuid.uuid4().hex[:12]
    columns = _columns(con)
    for table, column in sorted(wanted.items()):
        signature = repr([(n, ty) for n, ty, _ in columns.get(table, [])])
        whole = state.get(table) != (column, signature) or None in dirty.get(table, ())
        if not whole and not dirty.get(table):
            continue
        out_dir = root / table / generation
        out_dir.mkdir(parents=True, exist_ok=True)
        con.execute("CREATE OR REPLACE TEMP TABLE export_parts (part DATE)")
        where = ""
        if not whole:
            parts = sorted(dirty[table])
            con.executemany("INSERT INTO export_parts VALUES (?)", [[p] for p in parts])
            # The literal range lets the scan skip other days' row groups by their zone maps.
            where = (f" WHERE {_ident(column)} BETWEEN DATE '{parts[0].isoformat()}' AND DATE "
                     f"'{parts[-1].isoformat()}' AND {_ident(column)} IN (SELECT part FROM export_parts)")
        con.execute(f"COPY (SELECT * FROM {_qualified(table)}{where}) TO {_lit(str(out_dir))} "
                    f"(FORMAT parquet, PARTITION_BY ({_ident(column)}), WRITE_PARTITION_COLUMNS true, "
                    f"COMPRESSION zstd, ROW_GROUP_SIZE_BYTES {_lit(EXPORT_ROW_GROUP_BYTES)})")
        rows = []
        for file in sorted(out_dir.rglob("*.parquet")):
            new_files.append(file)
            _fsync(file)  # durable before the manifest that names it commits
            value = file.parent.name.split("=", 1)[1]
            rows.append([table, None if value == _NULL_PART else value, file.relative_to(root).as_posix()])
        if not rows:
            shutil.rmtree(out_dir, ignore_errors=True)  # every dirty partition is now empty
        replaced = "" if whole else " AND part IN (SELECT part FROM export_parts)"
        con.execute(f"INSERT INTO meta.snapshot_garbage SELECT path, now() FROM meta.snapshot_files "
                    f"WHERE table_name = ?{replaced}", [table])
        con.execute(f"DELETE FROM meta.snapshot_files WHERE table_name = ?{replaced}", [table])
        if rows:
            con.executemany("INSERT INTO meta.snapshot_files (table_name, part, path) VALUES (?, ?, ?)", rows)
        con.execute("DELETE FROM meta.snapshot_tables WHERE table_name = ?", [table])
        con.execute("INSERT INTO meta.snapshot_tables VALUES (?, ?, ?)", [table, column, signature])
    con.execute("DELETE FROM meta.snapshot_dirty")


def write_catalog(con: duckdb.DuckDBPyConnection, out: Path, root: str) -> None:
    """Write the snapshot catalog for the committed manifest into the new file ``out``.

    ``root`` prefixes every manifest path in the views (a local folder today; a cache of the
    object store's copy would pass its own). Tables with files become views casting each column
    back to its warehouse type; every other table (small, or not partitioned) is copied.
    """
    files: dict[str, list[str]] = {}
    for table, path in con.execute("SELECT table_name, path FROM meta.snapshot_files ORDER BY table_name, part, path"
                                   ).fetchall():
        files.setdefault(table, []).append(f"{root.rstrip('/')}/{path}")
    tables = con.execute(
        "SELECT schema_name, table_name, comment FROM duckdb_tables() WHERE database_name = current_database() "
        "AND NOT temporary AND schema_name <> 'meta' ORDER BY 1, 2").fetchall()
    con.execute(f"ATTACH ? AS snap (STORAGE_VERSION '{SNAPSHOT_STORAGE_VERSION}')", [str(out)])  # code constant
    try:
        con.execute("BEGIN TRANSACTION")
        columns = _columns(con)
        for schema in sorted({s for s, _, _ in tables} | {"core", "marts"}):
            con.execute(f"CREATE SCHEMA IF NOT EXISTS snap.{_ident(schema)}")
        for schema, name, comment in tables:
            table = f"{schema}.{name}"
            target = f"snap.{_qualified(table)}"
            cols = columns.get(table, [])
            if table in files:
                select = ", ".join(f"CAST({_ident(c)} AS {ty}) AS {_ident(c)}" for c, ty, _ in cols)
                paths = ", ".join(_lit(p) for p in files[table])
                con.execute(f"CREATE VIEW {target} AS SELECT {select} "
                            f"FROM read_parquet([{paths}], hive_partitioning = false)")
                kind = "VIEW"
            else:
                con.execute(f"CREATE TABLE {target} AS SELECT * FROM {_qualified(table)}")
                kind = "TABLE"
            if comment:
                con.execute(f"COMMENT ON {kind} {target} IS {_lit(comment)}")
            for c, _, doc in cols:
                if doc:
                    con.execute(f"COMMENT ON COLUMN {target}.{_ident(c)} IS {_lit(doc)}")
        con.execute("COMMIT")
    except BaseException:
        rollback_after(con)
        raise
    finally:
        con.execute("DETACH snap")


def _remove_orphans(con: duckdb.DuckDBPyConnection, root: Path) -> None:
    """Files named by neither the manifest nor the garbage list were never in a catalog: delete them."""
    if not root.exists():
        return
    known = {p for (p,) in con.execute("SELECT path FROM meta.snapshot_files UNION ALL "
                                       "SELECT path FROM meta.snapshot_garbage").fetchall()}
    for file in root.rglob("*.parquet"):
        if file.relative_to(root).as_posix() not in known:
            file.unlink(missing_ok=True)
    _prune_empty_dirs(root)


def _prune_empty_dirs(root: Path) -> None:
    for dirpath, _, _ in sorted(os.walk(root), key=lambda w: -len(w[0])):
        if Path(dirpath) != root:
            try:
                os.rmdir(dirpath)
            except OSError:
                pass  # not empty


def _collect_garbage(con: duckdb.DuckDBPyConnection, root: Path) -> int:
    """Delete files replaced more than ``keep_seconds()`` ago (older readers had their time)."""
    old = [p for (p,) in con.execute(
        "SELECT path FROM meta.snapshot_garbage WHERE unreferenced_at <= now() - to_seconds(?::DOUBLE)",
        [keep_seconds()]).fetchall()]
    if not old:
        return 0
    for p in old:
        (root / p).unlink(missing_ok=True)
        for parent in (root / p).parents:
            if parent == root or not parent.is_relative_to(root):
                break
            try:
                parent.rmdir()
            except OSError:
                break
    con.execute("CREATE OR REPLACE TEMP TABLE gone (path VARCHAR)")
    con.executemany("INSERT INTO gone VALUES (?)", [[p] for p in old])
    con.execute("DELETE FROM meta.snapshot_garbage WHERE path IN (SELECT path FROM gone)")
    return len(old)


def publish_snapshot(warehouse: Path, snapshot: Path) -> Path:
    """Export the dirty partitions, then write the catalog to a new file and rename it over the snapshot.

    Readers keep their open catalog; new readers get the new one. Called right after a load or
    a marts build, which have already brought the schema up to date. On failure (a full disk)
    the previous snapshot stays untouched and complete, this publish's partial catalog and
    uncommitted files are removed, and the dirty marks stay for the next publish.
    """
    from chainwire.locks import file_lock

    snapshot.parent.mkdir(parents=True, exist_ok=True)
    root = data_root(snapshot)
    lock = snapshot.parent / f".{snapshot.name}.lock"
    with file_lock(lock, f"pid {os.getpid()}", f"snapshot publish {snapshot}"):
        stale = _partials(snapshot)
        for p in stale:
            p.unlink(missing_ok=True)
        tmp = snapshot.with_name(f".{snapshot.name}.{os.getpid()}.partial")
        new_files: list[Path] = []
        try:
            tmp.touch()  # a killed publish is recognised by this leftover (its exports may be orphans)
            with connect_writer(warehouse, memory_limit=PUBLISH_MEMORY_LIMIT) as con:
                con.execute("SET partitioned_write_flush_threshold = ?", [EXPORT_FLUSH_ROWS])
                con.execute("BEGIN TRANSACTION")
                try:
                    ensure_meta(con)
                    if stale:
                        _remove_orphans(con, root)
                    _export(con, root, new_files)
                    con.execute("COMMIT")
                except BaseException:
                    rollback_after(con)
                    raise
                new_files.clear()  # committed: named by the manifest now, no longer ours to remove
                tmp.unlink()
                write_catalog(con, tmp, str(root))
                _fsync(tmp)
                os.replace(tmp, snapshot)
                _fsync(snapshot.parent)
                con.execute("BEGIN TRANSACTION")
                _collect_garbage(con, root)
                con.execute("COMMIT")
        except BaseException as exc:
            for p in (tmp, Path(str(tmp) + ".wal"), *new_files):
                p.unlink(missing_ok=True)
            if isinstance(exc, OSError) or "No space left" in str(exc) or "disk" in str(exc).lower():
                raise RuntimeError(f"snapshot publish failed ({exc}); the previous snapshot {snapshot} is "
                                   "unchanged and the load itself is committed in the warehouse") from exc
            raise
    return snapshot
