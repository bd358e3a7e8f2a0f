"""The read-only snapshot on object storage: published beside the lake, fetched to a local cache.

With an ``s3://`` data dir the warehouse and its snapshot stay on the writer's local disk
(``CHAINWIRE_WAREHOUSE_DIR``); after each publish the snapshot is also put in the store, under
``<data>/warehouse/``, so ``chainwire sql`` / ``chainwire shell`` on any machine can read it:

- ``catalog-<sha256>.duckdb``: the snapshot file itself, named by its content (never overwritten);
- ``data/<path>``: the Parquet files a snapshot's views read, when the snapshot has a
  ``<stem>_data/`` folder beside it (uploaded once: their names are immutable);
- ``snapshot.json``: the manifest naming the current catalog and files, written **last** by one PUT.
  A reader that reads the manifest gets a catalog and files that were all uploaded before it.

``fetch`` keeps a local copy in ``<warehouse dir>/store_cache/`` and downloads only when the
manifest changed (its content hash, what S3's ETag is for a single-part object); a view naming the
writer's data folder is re-pointed at the cache's copy of that folder.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path

from chainwire import storage
from chainwire.settings import Settings

MANIFEST = "snapshot.json"
CACHE_DIRNAME = "store_cache"
_STAMP = ".manifest.sha256"  # in the cache: the hash of the manifest the cached copy came from


def store_dir(settings: Settings) -> storage.Location:
    return settings.data_dir / "warehouse"


def _data_root(snapshot: Path) -> Path:
    return snapshot.with_name(f"{snapshot.stem}_data")


def publish(settings: Settings) -> str | None:
    """Put the local snapshot (and its data files) in the store; returns the manifest's URL (None: local)."""
    snapshot = settings.snapshot_path
    if not settings.remote or not snapshot.exists():
        return None
    dest = store_dir(settings)
    body = snapshot.read_bytes()  # one open: the snapshot is replaced by rename, never rewritten in place
    data_root = _data_root(snapshot)
    files = sorted(p.relative_to(data_root).as_posix() for p in data_root.rglob("*")
                   if p.is_file() and not p.name.startswith(".")) if data_root.is_dir() else []
    base = storage.url(dest / "data").rstrip("/") + "/"
    stored = {storage.url(i.loc)[len(base):] for i in storage.walk_files(dest / "data")} if files else set()
    for rel in files:
        if rel not in stored:
            storage.write_bytes(dest / "data" / rel, (data_root / rel).read_bytes())
    catalog = f"catalog-{hashlib.sha256(body).hexdigest()[:16]}.duckdb"
    storage.write_bytes(dest / catalog, body)
    previous = _read_manifest(dest)
    manifest = {"catalog": catalog, "data_root": str(data_root), "files": files,
                "published_at": datetime.now(UTC).isoformat(timespec="seconds")}
    storage.write_text(dest / MANIFEST, json.dumps(manifest, indent=1))
    _remove_unreferenced(dest, manifest, previous)
    return storage.url(dest / MANIFEST)


def _read_manifest(dest) -> dict | None:
    try:
        return json.loads(storage.read_text(dest / MANIFEST))
    except FileNotFoundError:
        return None


def _remove_unreferenced(dest, current: dict, previous: dict | None) -> None:
    """Keep what the current and the previous manifest name (a reader may be fetching the previous one)."""
    keep_catalogs = {current["catalog"], (previous or {}).get("catalog")}
    keep_files = set(current["files"]) | set((previous or {}).get("files", []))
    base = storage.url(dest).rstrip("/") + "/"
    for info in storage.walk_files(dest):
        rel = storage.url(info.loc)[len(base):]
        if rel.startswith("catalog-") and "/" not in rel and rel not in keep_catalogs:
            storage.remove(info.loc)
        elif rel.startswith("data/") and rel[len("data/"):] not in keep_files:
            storage.remove(info.loc)


def cache_path(settings: Settings) -> Path:
    return settings.warehouse_dir / CACHE_DIRNAME / settings.snapshot_path.name


def fetch(settings: Settings) -> Path | None:
    """The store's snapshot as a local file, downloaded only when the store's manifest changed.

    None when the data dir is local or the store has no snapshot yet.
    """
    if not settings.remote:
        return None
    dest = store_dir(settings)
    try:
        text = storage.read_text(dest / MANIFEST)
    except FileNotFoundError:
        return None
    local = cache_path(settings)
    stamp = local.with_name(_STAMP)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if local.exists() and stamp.exists() and stamp.read_text() == digest:
        return local  # unchanged: no download
    manifest = json.loads(text)
    local_data = _data_root(local)
    for rel in manifest.get("files", []):
        target = local_data / rel
        if not target.exists():  # data files are immutable: one present is current
            storage.write_bytes(target, storage.read_bytes(dest / "data" / rel))
    tmp = local.with_name(f".{local.name}.{os.getpid()}.partial")
    try:
        storage.write_bytes(tmp, storage.read_bytes(dest / manifest["catalog"]))
        if manifest.get("files"):
            _repoint_views(tmp, manifest["data_root"], str(local_data))
        os.replace(tmp, local)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    storage.write_text(stamp, digest)
    return local


def _repoint_views(catalog: Path, old_root: str, new_root: str) -> None:
    """Views that read the writer's data folder read the cache's copy instead (same relative paths)."""
    import duckdb

    con = duckdb.connect(str(catalog))
    try:
        views = con.execute("SELECT schema_name, view_name, sql, comment FROM duckdb_views() "
                            "WHERE NOT internal AND contains(sql, ?)", [old_root]).fetchall()
        for schema, name, sql, comment in views:
            target = f'"{schema}"."{name}"'  # names from the catalog itself
            docs = con.execute("SELECT column_name, comment FROM duckdb_columns() WHERE schema_name = ? "
                               "AND table_name = ? AND comment IS NOT NULL", [schema, name]).fetchall()
            con.execute(f"DROP VIEW {target}")
            con.execute(sql.replace(old_root, new_root))
            if comment:
                con.execute(f"COMMENT ON VIEW {target} IS {_literal(comment)}")
            for column, doc in docs:
                con.execute(f'COMMENT ON COLUMN {target}."{column}" IS {_literal(doc)}')
    finally:
        con.close()


def _literal(text: str) -> str:
    """A SQL string literal (COMMENT ON takes no bound parameter)."""
    return "'" + text.replace("'", "''") + "'"


def readable_snapshot(settings: Settings) -> Path:
    """What ``chainwire sql``/``shell`` open: the store's snapshot (cached) when the data dir is remote
    and the store has one, else the local snapshot."""
    fetched = fetch(settings)
    return fetched if fetched is not None else settings.snapshot_path
