"""What dedup reads and returns: one document, an earlier day's assignment, one result, one evidence edge."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from chainwire.settings import TIMEZONE


@dataclass(frozen=True, slots=True)  # (no instance dict: the 100k-article day holds 100k of them)
class DedupDoc:
    """What dedup needs of one article row (one article_id on one landing day)."""

    article_id: str
    outlet: str | None
    url: str | None
    outlet_article_id: str | None
    title: str | None
    body_text: str
    published_at: datetime | None
    landing_date: date
    language: str | None = None
    ai_translation: bool = False
    content_sha256: str | None = None  # of the body (chainwire.identity), when the row has it: finds a signature computed ahead

    def __post_init__(self):
        if self.published_at is not None and self.published_at.utcoffset() is None:
            raise ValueError(f"{self.article_id}: published_at must be timezone-aware")

    @classmethod
    def from_row(cls, row: Mapping) -> DedupDoc:
        """From a ``core.articles`` lake row."""
        return cls(article_id=row["article_id"], outlet=row["outlet"], url=row["url"],
                   outlet_article_id=row["outlet_article_id"], title=row["title"], body_text=row["body_text"] or "",
                   published_at=row["published_at"], landing_date=row["landing_date"], language=row["language"],
                   ai_translation=bool(row["ai_translation"]), content_sha256=row.get("content_sha256"))

    @property
    def outlet_key(self) -> str | None:
        return self.outlet.lower() if self.outlet else None

    @property
    def when(self) -> datetime:
        """Published time, else the start of the landing day (Seoul)."""
        if self.published_at is not None:
            return self.published_at
        return datetime.combine(self.landing_date, datetime.min.time(), tzinfo=ZoneInfo(TIMEZONE))

    @property
    def priority(self) -> tuple:
        """Canonical preference: originals before translations, then earliest published,
        earliest landing, smallest article_id."""
        ts = self.published_at.timestamp() if self.published_at is not None else math.inf
        return (bool(self.ai_translation), ts, self.landing_date, self.article_id)


@dataclass(frozen=True)
class ClusterInfo:
    """An earlier day's assignment of a window doc (what ``existing`` maps article_id to)."""

    cluster_id: str
    is_canonical: bool
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)  # (one per doc of the day: no instance dict)
class DedupResult:
    article_id: str
    cluster_id: str  # the canonical's article_id
    is_canonical: bool
    duplicate_of: str | None  # the canonical's article_id for copies, None for canonicals
    similarity: float | None  # of the evidence edge that placed it (None for canonicals)
    copy_kind: str | None  # None | rescrape | host_alias | syndicated | machine_translation
    matched_id: str | None = None  # the doc that evidence ties it to (may differ from duplicate_of)
    evidence: str | None = None  # one of EVIDENCE

    def info(self) -> ClusterInfo:
        return ClusterInfo(self.cluster_id, self.is_canonical, self.duplicate_of)


def update_existing(existing: Mapping[str, ClusterInfo] | None, results: Iterable[DedupResult]) -> dict[str, ClusterInfo]:
    """``existing`` plus the new results; an article_id's first assignment is kept."""
    out = dict(existing or {})
    for r in results:
        out.setdefault(r.article_id, r.info())
    return out


@dataclass
class Edge:
    """Evidence that docs ``u`` and ``v`` (indices into one call's docs) are one story."""

    rank: int  # params.RANK of the evidence
    score: float
    u: int
    v: int
    evidence: str
    similarity: float | None = None

    def other(self, x: int) -> int:
        return self.v if self.u == x else self.u
