"""Which copy of an article a day keeps, and the article's versions over landing days.

- freshest copy: among a day's records with one article_id the latest update wins (updated_at,
  else published_at); ties go to the first raw path;
- versions: an article_id whose content (``content_sha256``) was not seen on an earlier landing day
  gets the next version number; an identical re-delivery adds nothing.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Mapping

from chainwire import lake
from chainwire.schemas import ARTICLE_VERSIONS


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


def seen_contents(lake_dir: Path, day: date) -> dict[str, dict[str, int]]:
    """article_id -> {content_sha256: version} over every landing day before ``day``."""
    import pyarrow.parquet as pq

    seen: dict[str, dict[str, int]] = {}
    for f in sorted((lake_dir / ARTICLE_VERSIONS.name).glob(f"landing_date=*/{lake.PARTITION_FILE}")):
        if date.fromisoformat(f.parent.name.split("=", 1)[1]) >= day:
            continue
        cols = pq.read_table(f, columns=["article_id", "content_sha256", "version"]).to_pydict()
        for aid, sha, ver in zip(cols["article_id"], cols["content_sha256"], cols["version"]):
            seen.setdefault(aid, {})[sha] = ver
    return seen


def new_versions(articles: list[Mapping], seen: Mapping[str, Mapping[str, int]], day: date,
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
