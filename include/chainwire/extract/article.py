"""The Article record: what the parser finds in one raw page.

This is the contract shared by the parser (``chainwire.extract``), the sample
generator's ground truth (``chainwire_synth``) and the lake writer
(``chainwire.schemas``). Timestamps are timezone-aware datetimes in memory and
ISO-8601 strings with offset in JSON.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

PUBLISHED_AT_SOURCES = ("page_field", "caption_date", "body_relative_date", "sidecar", "landing_date")
# Where the headline came from: found on the page by structure, given by the crawler's record
# (sidecar / JSONL ``title``), or inferred from the lead sentence when the capture has none.
TITLE_SOURCES = ("page", "metadata", "lead_sentence")
TITLE_INFERRED = ("lead_sentence",)


@dataclass
class PhotoCaption:
    text: str
    credit: str | None = None  # 산업통상자원부 in [사진=산업통상자원부]
    date: str | None = None  # YYYY-MM-DD as printed in the caption
    email: str | None = None


@dataclass
class RelatedTeaser:
    """A 'best articles' teaser: another story, never part of the body."""

    title: str
    text: str = ""
    dateline: str | None = None
    reporters: list[str] = field(default_factory=list)
    published_at: datetime | None = None


@dataclass
class StockImpact:
    company: str
    sector: str | None
    direction: str  # positive | negative
    reason: str = ""


@dataclass
class Article:
    source_path: str
    title: str | None = None
    title_source: str | None = None  # one of TITLE_SOURCES
    outlet: str | None = None
    url: str | None = None
    outlet_article_id: str | None = None
    section: str | None = None
    subsection: str | None = None
    subtitle_lines: list[str] = field(default_factory=list)
    published_at: datetime | None = None
    updated_at: datetime | None = None
    published_at_source: str | None = None
    published_at_confidence: float | None = None
    dateline: str | None = None
    reporters: list[str] = field(default_factory=list)
    reporter_roles: list[str] = field(default_factory=list)
    reporter_emails: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    photo_captions: list[PhotoCaption] = field(default_factory=list)
    related_teasers: list[RelatedTeaser] = field(default_factory=list)
    stock_impacts: list[StockImpact] = field(default_factory=list)
    machine_generated: dict[str, bool] = field(default_factory=dict)
    language: str | None = None
    warnings: list[str] = field(default_factory=list)
    parser: str | None = None

    @property
    def body_text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: datetimes as ISO-8601 with offset, body_text included."""
        d = _jsonable(dataclasses.asdict(self))
        d["body_text"] = self.body_text
        return d


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value
