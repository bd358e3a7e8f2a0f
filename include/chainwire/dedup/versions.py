"""Which copy of an article a day keeps, and the article's versions over landing days.

- freshest copy: among a day's records with one article_id the latest update wins (updated_at,
  else published_at); ties go to the first raw path;
- versions: an article_id whose content (``content_sha256``) was not seen on an earlier landing day
  gets the next version number; an identical re-delivery adds nothing. What was seen comes from the
  version index (below), not from reading every partition.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from chainwire import lake, storage
from chainwire.locks import file_lock, lock_path
from chainwire.schemas import ARTICLE_VERSIONS
from chainwire.storage import Location


def freshness(updated_at: datetime | None, published_at: datetime | None) -> float | None:
    """The time a copy was last changed (None: unknown, the least fresh)."""
    ts = updated_at or published_at
    return ts.timestamp() if ts else None


def _fresher(a: float | None, b: float | None) -> bool:
    return (a if a is not None else float("-inf")) > (b if b is not None else float("-inf"))


def freshest_copies(records: Iterable) -> dict:
    """article_id -> the freshest of its records (``records`` in raw-path order; each with
    ``article_id``, ``error`` and ``freshness``); records with an error take no part."""
    best: dict = {}
    for r in records:
        if r.error is None:
            cur = best.get(r.article_id)
            if cur is None or _fresher(r.freshness, cur.freshness):
                best[r.article_id] = r
    return best


def new_versions(articles: Iterable[Mapping], seen: Mapping[str, Mapping[str, int]], day: date,
                 run_id: str) -> list[dict]:
    """The ``article_versions`` rows the day adds: one per article whose content is new."""
    out = []
    for row in articles:
        known = seen.get(row["article_id"], {})
        if row["content_sha256"] in known:
            continue  # identical re-delivery: nothing new
        out.append({"article_id": row["article_id"], "landing_date": day, "version": len(known) + 1,
                    "content_sha256": row["content_sha256"], "title": row["title"],
                    "published_at": row["published_at"], "updated_at": row["updated_at"], "seen_at": day,
                    "raw_path": row["raw_path"], "raw_sha256": row["raw_sha256"], "parser": row["parser"],
                    "run_id": run_id})
    return out


# ---------------------------------------------------------------- the version index
# A compact index of every version row of the lake: (article_id, content_sha256, version, landing_date),
# sorted by article_id — per article its contents seen, their version numbers and the landing day of
# each; its latest version is the largest. Lookups read this one file instead of every partition. It is
# replaced atomically (under a lock) whenever a day's partition is written, and rebuilt from the
# partitions when it is missing or does not match them (its metadata records each partition's file
# size and mtime): a re-run of any day leaves it exactly as a rebuild from scratch would.
INDEX_SCHEMA = pa.schema([("article_id", pa.string()), ("content_sha256", pa.string()), ("version", pa.int32()),
                          ("landing_date", pa.date32())])
_SIGNATURES = b"chainwire.partitions"  # index metadata: {landing_date: "size:mtime_ns"} of the partitions


def index_path(lake_dir: Location) -> Location:
    return lake_dir / "_index" / "article_versions.parquet"


def _signatures(lake_dir: Location) -> dict[str, str]:
    """Each partition file's size, mtime (and ETag on object storage): what the index was built from."""
    out = {}
    for day, f in lake.partition_files(lake_dir, ARTICLE_VERSIONS):
        i = storage.info(f)
        out[day.isoformat()] = f"{i.size}:{i.mtime_ns}:{i.etag or ''}"
    return out


def _index_rows(table: pa.Table, day: date) -> pa.Table:
    """A partition's rows as index rows."""
    return pa.table({"article_id": table.column("article_id"), "content_sha256": table.column("content_sha256"),
                     "version": table.column("version").cast(pa.int32()),
                     "landing_date": pa.array([day] * table.num_rows, pa.date32())}, schema=INDEX_SCHEMA)


def _canonical(table: pa.Table) -> pa.Table:
    return table.sort_by([("article_id", "ascending"), ("landing_date", "ascending"), ("version", "ascending"),
                          ("content_sha256", "ascending")]).combine_chunks()


def _write_index(lake_dir: Location, table: pa.Table, signatures: dict[str, str]) -> None:
    table = _canonical(table).replace_schema_metadata({_SIGNATURES: json.dumps(signatures, sort_keys=True)})
    buf = pa.BufferOutputStream()
    pq.write_table(table, buf, compression="zstd")
    storage.write_bytes(index_path(lake_dir), buf.getvalue().to_pybytes())  # atomic replace


def rebuild_index(lake_dir: Location) -> pa.Table:
    """The index from every ``article_versions`` partition (and written in place)."""
    signatures = _signatures(lake_dir)
    tables = [_index_rows(lake.read_file(f, columns=["article_id", "content_sha256", "version"]), day)
              for day, f in lake.partition_files(lake_dir, ARTICLE_VERSIONS)]
    table = pa.concat_tables(tables) if tables else INDEX_SCHEMA.empty_table()
    _write_index(lake_dir, table, signatures)
    return _canonical(table).replace_schema_metadata(None)


def read_index(lake_dir: Location, columns: list[str] | None = None) -> pa.Table:
    """The index (only ``columns`` when given), rebuilt first when it is missing or does not match the partitions."""
    path = index_path(lake_dir)
    if storage.exists(path):
        table = lake.read_file(path, columns=columns)  # the footer's metadata comes with any columns
        meta = (table.schema.metadata or {}).get(_SIGNATURES)
        if meta is not None and json.loads(meta) == _signatures(lake_dir):
            return table.replace_schema_metadata(None)
    table = rebuild_index(lake_dir)
    return table.select(columns) if columns else table


@contextmanager
def index_lock(state_dir: Path, owner: str) -> Iterator[None]:
    """One writer of the version index at a time (days run in parallel); a local lock file."""
    with file_lock(lock_path(state_dir, "article_versions_index"), owner, "the article version index"):
        yield


def write_versions(lake_dir: Location, day: date, rows: list[dict]) -> None:
    """Replace the day's ``article_versions`` partition and its rows in the index (hold ``index_lock``)."""
    index = read_index(lake_dir)
    written = lake.to_arrow(ARTICLE_VERSIONS, rows)
    lake.write_partition(lake_dir, ARTICLE_VERSIONS, day, written)
    others = index.filter(pc.not_equal(index.column("landing_date"), pa.scalar(day, pa.date32())))
    _write_index(lake_dir, pa.concat_tables([others, _index_rows(written, day)]), _signatures(lake_dir))


def seen_contents(lake_dir: Location, day: date) -> dict[str, dict[str, int]]:
    """article_id -> {content_sha256: version} over every landing day before ``day`` (from the index)."""
    index = read_index(lake_dir)
    earlier = index.filter(pc.less(index.column("landing_date"), pa.scalar(day, pa.date32())))
    seen: dict[str, dict[str, int]] = {}
    # in landing-day order, so a later day's number for a content wins (as a scan of the partitions)
    cols = earlier.sort_by([("landing_date", "ascending")]).to_pydict()
    for aid, sha, ver in zip(cols["article_id"], cols["content_sha256"], cols["version"], strict=True):
        seen.setdefault(aid, {})[sha] = ver
    return seen
