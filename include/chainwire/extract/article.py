"""The Article record: what the parser finds in one raw page.

This is the contract shared by the parser (``chainwire.extract``), the sample
generator's ground truth (``chainwire_synth``) and the lake writer
(``chainwire.schemas``). Timestamps are timezone-aware datetimes in memory and
ISO-8601 strings with offset in JSON.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .dates import SEOUL, find_relative_day, midnight, resolve_relative_day

PUBLISHED_AT_SOURCES = ("page_field", "caption_date", "body_relative_date", "sidecar", "landing_date")
# How much to trust published_at, by where it came from (published_at_source). The page-dump
# parsers, the crawler sidecar and the sample generator's ground truth all read this table.
PUBLISHED_AT_CONFIDENCE = {
    "page_field": 1.0, "caption_date": 0.7, "body_relative_date": 0.5, "sidecar": 0.3, "landing_date": 0.2,
}
# HTML pages: a page_field date is trusted by where in the markup it was found (structured
# JSON-LD / <meta> over a <time> element over htmldate's URL and text heuristics).
HTML_PAGE_FIELD_CONFIDENCE = {
    "json-ld": PUBLISHED_AT_CONFIDENCE["page_field"], "meta": PUBLISHED_AT_CONFIDENCE["page_field"],
    "time": 0.8, "htmldate": 0.6,
}
# A day-of-month ("지난 26일") counts as the publication day only in the story's first paragraphs.
LEAD_PARAGRAPHS = 3
# Where the headline came from: found on the page by structure, given by the crawler's record
# (sidecar / JSONL ``title``), or inferred from the lead sentence when the capture has none.
TITLE_SOURCES = ("page", "metadata", "lead_sentence")


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
    # "<exception type>: <message>" when a parser rule raised: the fields may be half-filled.
    parser_error: str | None = None

    @property
    def body_text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: datetimes as ISO-8601 with offset, body_text included."""
        d = _jsonable(dataclasses.asdict(self))
        d["body_text"] = self.body_text
        return d


def resolve_published_at(
    stamp: datetime | None,
    *,
    has_article: bool,
    caption_dates: Iterable[str | None],
    lead_paragraphs: Sequence[str],
    landing_date: date | None,
) -> tuple[datetime | None, str | None]:
    """``(published_at, published_at_source)`` of a page dump, by the one fallback chain.

    A stamp printed on the page (``page_field``) wins; a page with no article (no title, no
    body) is not dated further. Then the most frequent caption date (latest on a tie,
    ``caption_date``), a day of month in the first ``LEAD_PARAGRAPHS`` lead paragraphs resolved
    against the landing date (``body_relative_date``; pass no paragraphs where the language
    prints no such days), and the landing date (``landing_date``). Fallback days are 00:00
    Seoul time. ``(None, None)`` when nothing applies.
    """
    if stamp is not None:
        return stamp, "page_field"
    if not has_article:
        return None, None
    dated = [d for d in caption_dates if d]
    if dated:
        best = max(Counter(dated).items(), key=lambda kv: (kv[1], kv[0]))[0]
        return midnight(date.fromisoformat(best), SEOUL), "caption_date"
    rel = None
    for p in lead_paragraphs[:LEAD_PARAGRAPHS]:
        rel = find_relative_day(p)
        if rel:
            break
    if rel and (landing_date is not None or (rel.year and rel.month)):
        d = resolve_relative_day(rel.day, landing_date or date.max, rel.month, rel.year)
        if d is not None:
            return midnight(d, SEOUL), "body_relative_date"
    if landing_date is not None:
        return midnight(landing_date, SEOUL), "landing_date"
    return None, None


def date_page_dump(art: Article, stamp: datetime | None, *, captions: Iterable[PhotoCaption],
                   lead_paragraphs: Sequence[str], landing_date: date | None, stamp_name: str,
                   blank_note: str) -> None:
    """Set ``art.published_at`` / ``_source`` / ``_confidence`` by :func:`resolve_published_at`; a page
    with an article but no stamp says in its warnings where the date came from (``blank_note``) or
    that none was found (``stamp_name``). On a photo page (every paragraph is a photo caption) the one
    date its captions print is the page's stamp (``page_field``)."""
    has_article = bool(art.title or art.paragraphs)
    captions = list(captions)
    if stamp is None and art.paragraphs and {c.text.strip() for c in captions} >= set(art.paragraphs):
        # A photo page (its story is its photo captions): the date printed with the photo is the
        # page's own date stamp, as a 기사입력 line is for a story.
        dated = sorted({c.date for c in captions if c.date})
        if len(dated) == 1:
            stamp = midnight(date.fromisoformat(dated[0]), SEOUL)
    art.published_at, src = resolve_published_at(
        stamp, has_article=has_article, caption_dates=[c.date for c in captions],
        lead_paragraphs=lead_paragraphs, landing_date=landing_date)
    if stamp is None and has_article:
        if src is None:
            art.warnings.append(f"published_at unresolved: no {stamp_name}, caption date, lead day or landing date")
        else:
            art.warnings.append(f"{blank_note}: published_at from {src}")
    art.published_at_source = src
    art.published_at_confidence = PUBLISHED_AT_CONFIDENCE.get(src) if src else None


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value
