"""Where data lives, by URL: a local folder (the default) or ``s3://bucket/prefix`` (object storage).

The one place that turns a configured location into something to read and write:

- ``location("s3://bucket/prefix")`` is an Airflow ``ObjectStoragePath`` bound to the connection
  below (fsspec/s3fs underneath), or, in the CLI without a connection, the plain ``UPath`` of fsspec;
  ``location("/some/dir")`` is a plain ``pathlib.Path`` and every helper below keeps the local
  behaviour it always had (a temporary file renamed over the target).
- Credentials: inside an Airflow task from the Airflow connection ``CHAINWIRE_AWS_CONN_ID``
  (default ``aws_default``); in the CLI from the standard ``AWS_ENDPOINT_URL`` /
  ``AWS_ACCESS_KEY_ID`` / ``AWS_SECRET_ACCESS_KEY`` variables (or the CLI's conn id, when set).
- Atomic writes: object stores have no rename, so a remote object is written by one PUT of the
  complete bytes (``write_bytes``): a reader sees the old object or the new one, never part of one.

Paths of both kinds support ``/``, ``.name``, ``.parent``, ``.exists()``, ``.read_text()`` (what
``pathlib`` offers); the helpers here are for what differs: atomic replacement, listing, removal,
modification times and handing a location to pyarrow or DuckDB.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from chainwire.folders import as_created

REMOTE_SCHEMES = ("s3://", "s3a://")
CONN_ENV = "CHAINWIRE_AWS_CONN_ID"
TASK_CONN_DEFAULT = "aws_default"  # the Airflow connection tasks use unless CHAINWIRE_AWS_CONN_ID names another

# A location: pathlib.Path (local) or an fsspec UPath / airflow.sdk.ObjectStoragePath (remote).
Location = Path | Any


def is_url(value: str | os.PathLike | None) -> bool:
    return isinstance(value, str) and value.lower().startswith(REMOTE_SCHEMES)


def is_remote(loc: Location) -> bool:
    return not isinstance(loc, Path)


def in_airflow_task() -> bool:
    """The Airflow task runner exports AIRFLOW_CTX_* variables for the task it runs."""
    return bool(os.environ.get("AIRFLOW_CTX_DAG_ID"))


def conn_id() -> str | None:
    """The Airflow connection that holds the object store's endpoint and credentials (None: AWS_* env)."""
    configured = os.environ.get(CONN_ENV, "").strip()
    if configured:
        return configured
    return TASK_CONN_DEFAULT if in_airflow_task() else None


def location(value: str | os.PathLike) -> Location:
    """A configured location → a local ``Path`` (resolved) or a remote ``ObjectStoragePath``."""
    if is_url(value):
        conn = conn_id()
        if conn is None:  # the CLI: plain fsspec/s3fs, credentials from the AWS_* variables
            from upath import UPath

            return UPath(str(value).rstrip("/"))
        from airflow.sdk import ObjectStoragePath

        return ObjectStoragePath(str(value).rstrip("/"), conn_id=conn)
    return Path(value).resolve()


def url(loc: Location) -> str:
    """What to show a person, or hand to DuckDB after ``register_duckdb``: a path, or ``s3://bucket/key``."""
    if isinstance(loc, Path):  # local (not is_remote)
        return str(loc)
    return f"{loc.protocol}://{loc.path}"


def fs_path(loc: Location) -> tuple[Any, str]:
    """The fsspec filesystem and the path inside it."""
    if isinstance(loc, Path):  # local (not is_remote)
        from fsspec.implementations.local import LocalFileSystem

        return LocalFileSystem(), str(loc)
    return loc.fs, loc.path


# ------------------------------------------------------------------ reading
def exists(loc: Location) -> bool:
    if not is_remote(loc):
        return loc.exists()
    fs, path = fs_path(loc)
    return fs.exists(path)


def read_bytes(loc: Location) -> bytes:
    """The whole file or object (one GET: an object is read as one version, never mixed)."""
    if not is_remote(loc):
        return loc.read_bytes()
    fs, path = fs_path(loc)
    return fs.cat_file(path)


def read_text(loc: Location) -> str:
    return read_bytes(loc).decode("utf-8")


@dataclass(frozen=True)
class Info:
    """One file or object: its path, size and modification time (ns since the epoch)."""

    loc: Location
    size: int
    mtime_ns: int
    etag: str | None = None


def info(loc: Location) -> Info:
    """Size and modification time of one file/object; raises FileNotFoundError when absent."""
    if not is_remote(loc):
        st = loc.stat()
        return Info(loc, st.st_size, st.st_mtime_ns)
    fs, path = fs_path(loc)
    return _info(loc, fs.info(path))


def _info(loc: Location, d: dict) -> Info:
    return Info(loc, int(d.get("size") or 0), _mtime_ns(d), (d.get("ETag") or d.get("etag") or "").strip('"') or None)


def _mtime_ns(d: dict) -> int:
    ts = d.get("LastModified") or d.get("mtime") or d.get("last_modified")
    if isinstance(ts, datetime):
        return int(ts.timestamp() * 1e9)
    if isinstance(ts, (int, float)):
        return int(ts * 1e9)
    return 0


def walk_files(loc: Location) -> list[Info]:
    """Every object under a remote prefix (recursive; folder markers — keys ending in '/' — left out)."""
    fs, path = fs_path(loc)
    found = fs.find(path, detail=True, withdirs=False)
    root = path.rstrip("/") + "/"
    out = []
    for key, d in sorted(found.items()):
        if d.get("type") == "directory" or key.endswith("/") or not key.startswith(root):
            continue
        out.append(_info(loc / key[len(root):], d))
    return out


def list_dir_names(loc: Location) -> list[str]:
    """Names of the entries (files and sub-folders/prefixes) directly inside ``loc``, sorted; [] when absent."""
    if not is_remote(loc):
        return sorted(p.name for p in loc.iterdir()) if loc.is_dir() else []
    fs, path = fs_path(loc)
    try:
        entries = fs.ls(path, detail=False, refresh=True)
    except FileNotFoundError:
        return []
    return sorted({e.rstrip("/").rsplit("/", 1)[-1] for e in entries if e.rstrip("/") != path.rstrip("/")})


def glob(loc: Location, pattern: str) -> list[Location]:
    """Paths under ``loc`` matching ``pattern`` (pathlib glob syntax), sorted by path."""
    if not is_remote(loc):
        return sorted(loc.glob(pattern)) if loc.is_dir() else []
    fs, path = fs_path(loc)
    root = path.rstrip("/") + "/"
    fs.invalidate_cache(path)  # another process may have written since this one last listed
    hits = fs.glob(root + pattern)
    return [loc / h[len(root):] for h in sorted(hits) if h.startswith(root)]


def mtime(loc: Location) -> float:
    """Modification time in seconds (local stat, or the object's LastModified)."""
    return info(loc).mtime_ns / 1e9


# ------------------------------------------------------------------ writing
def makedirs(loc: Location) -> None:
    """A local folder is created; object stores have no folders (a prefix exists once an object does)."""
    if not is_remote(loc):
        loc.mkdir(parents=True, exist_ok=True)


def write_bytes(loc: Location, data: bytes) -> None:
    """Replace a file or object atomically.

    Local: a temporary sibling renamed over the target. Remote: one PUT of the complete bytes
    (s3fs sends a single ``PutObject`` below its block size and a multipart upload above it;
    either way the object becomes visible whole, at the end).
    """
    if not is_remote(loc):
        loc.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{loc.name[:40]}.", suffix=".partial", dir=loc.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            as_created(tmp)
            os.replace(tmp, loc)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return
    fs, path = fs_path(loc)
    fs.pipe_file(path, data)
    fs.invalidate_cache(path.rsplit("/", 1)[0])


def write_text(loc: Location, text: str) -> None:
    write_bytes(loc, text.encode("utf-8"))


def remove(loc: Location) -> None:
    """Remove one file/object; absent is fine."""
    if not is_remote(loc):
        loc.unlink(missing_ok=True)
        return
    fs, path = fs_path(loc)
    try:
        fs.rm_file(path)
    except FileNotFoundError:
        pass
    fs.invalidate_cache(path.rsplit("/", 1)[0])


def remove_tree(loc: Location) -> None:
    """Remove a folder/prefix and everything under it; absent is fine."""
    if not is_remote(loc):
        import shutil

        shutil.rmtree(loc, ignore_errors=True)
        return
    fs, path = fs_path(loc)
    keys = [fs_path(i.loc)[1] for i in walk_files(loc)]
    if keys:
        fs.rm(keys)
    fs.invalidate_cache(path)


def upload_tree(local_dir: Path, dest: Location, last: tuple[str, ...] = ("index.html",)) -> int:
    """Copy a local folder's files to ``dest`` (each object one PUT); the names in ``last`` go last.

    A reader of a remote folder can see a mix of old and new files while this runs; putting the
    entry page last means it never links to an asset that is not there yet. Returns files written.
    """
    files = sorted(p for p in local_dir.rglob("*") if p.is_file())
    files.sort(key=lambda p: p.relative_to(local_dir).as_posix() in last)
    for p in files:
        write_bytes(dest / p.relative_to(local_dir).as_posix(), p.read_bytes())
    return len(files)


# ------------------------------------------------------------------ engines
def register_duckdb(con, loc: Location) -> None:
    """Let DuckDB read ``url(loc)`` paths: its wheel has no httpfs, so hand it the fsspec filesystem."""
    if is_remote(loc):
        fs, _ = fs_path(loc)
        con.register_filesystem(fs)
