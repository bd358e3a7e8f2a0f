"""Expectation suites, defined in code and versioned with it (SUITE_VERSION).

Each expectation carries a severity in ``meta``:
- ``row``: failing rows go to core.quarantine and stay out of the clean tables;
- ``critical``: the whole partition is wrong; the run fails naming the rule;
- ``warning``: recorded (core.dq_results, core.runs) and shown, never fatal.

Every rule guards against a failure that really happens with scraped news pages.
Some rules read derived check columns (prefixed ``chk_``) that ``derive_frame`` adds;
they are appended after the table's own columns, whose names and order are checked
against the pyarrow schema first.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pandas as pd

from chainwire.extract.article import PUBLISHED_AT_SOURCES
from chainwire.schemas import TABLES

SUITE_VERSION = "2026.12.2"

# Page chrome that must never survive into an article body.
CHROME_MARKERS = (r"기사입력 ?:|최종수정 ?:|기사등록 ?:|무단전재|재배포 금지|Top으로 이동|본문 글자 크기|"
                  r"번역할 언어 선택|결과물 출력을 준비|더 작게|더 크게|긍정 영향 종목|부정 영향 종목")
# A reporter's e-mail signature left in the body (the sign-off line belongs in reporter_emails).
SIGNATURE = r"[A-Za-z0-9._%+-]+@newspim\.com"
EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
EMAILS_LIST = rf"^(?:{EMAIL}(?:; {EMAIL})*)?$"

EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
BYLINE_RATE_MIN = 0.8  # share of articles with at least one reporter
DUPLICATE_RATE_MAX = 0.5  # share of an outlet's files that are copies of another file
VOLUME_RATIO = (0.5, 2.0)  # day's articles / trailing 7-day median
QUARANTINE_LIMIT = 0.20  # more than this share of articles quarantined fails the run


def _m(severity: str, why: str) -> dict:
    return {"severity": severity, "why": why, "suite_version": SUITE_VERSION}


def _latest_allowed() -> datetime:
    return datetime.now(UTC) + timedelta(days=1)  # a page may be a few hours "ahead" in KST


def expectations_for(table_name: str, extra_columns: list[str]) -> list:
    import great_expectations as gx

    E = gx.expectations
    cols = TABLES[table_name].columns + extra_columns if table_name in TABLES else None
    schema = [E.ExpectTableColumnsToMatchOrderedList(
        column_list=cols, meta=_m("critical", "partition columns match the pyarrow schema"))] if cols else []

    if table_name == "articles":
        return schema + [
            E.ExpectColumnValuesToNotBeNull(column="article_id", meta=_m("critical", "every row is identified")),
            E.ExpectColumnValuesToBeUnique(column="article_id", meta=_m("critical", "one row per article per day")),
            E.ExpectColumnValuesToBeNull(column="parser_error",
                                         meta=_m("row", "a parser rule raised: the article may be half-parsed")),
            E.ExpectColumnValuesToNotBeNull(column="title", meta=_m("row", "a story without a headline is a parse failure")),
            E.ExpectColumnValueLengthsToBeBetween(column="title", min_value=4, max_value=300,
                                                  meta=_m("row", "headline length plausible (menus, run-on text)")),
            E.ExpectColumnValuesToBeInSet(column="title_source", value_set=["page", "metadata"],
                                          meta=_m("warning", "headline inferred from the lead sentence (capture had none)")),
            E.ExpectColumnValuesToNotBeNull(column="body_text", meta=_m("row", "a story needs a body")),
            E.ExpectColumnValueLengthsToBeBetween(column="body_text", min_value=40, max_value=200_000,
                                                  meta=_m("row", "body length plausible (teaser-only or runaway pages)")),
            E.ExpectColumnValuesToNotMatchRegex(column="body_text", regex=CHROME_MARKERS,
                                                meta=_m("row", "body free of page chrome")),
            E.ExpectColumnValuesToNotMatchRegex(column="body_text", regex=SIGNATURE,
                                                meta=_m("row", "reporter signature left in the body")),
            E.ExpectColumnValuesToNotBeNull(column="published_at", meta=_m("row", "every story is dated")),
            E.ExpectColumnValuesToBeBetween(column="published_at", min_value=EARLIEST, max_value=_latest_allowed(),
                                            meta=_m("row", "publication time not in the future nor before 1990")),
            E.ExpectColumnValuesToBeInSet(column="published_at_source", value_set=list(PUBLISHED_AT_SOURCES),
                                          meta=_m("row", "date evidence is one of the known sources")),
            E.ExpectColumnValuesToBeBetween(column="published_at_confidence", min_value=0, max_value=1,
                                            meta=_m("row", "confidence is a probability")),
            E.ExpectColumnValuesToBeInSet(column="language", value_set=["ko", "en"],
                                          meta=_m("warning", "language is one we analyse")),
            E.ExpectColumnValuesToMatchRegex(column="chk_reporter_emails", regex=EMAILS_LIST,
                                             meta=_m("row", "reporter e-mails well-formed")),
            E.ExpectColumnMeanToBeBetween(column="chk_has_byline", min_value=BYLINE_RATE_MIN,
                                          meta=_m("warning", "byline-found rate dips when a layout changes")),
            E.ExpectColumnValuesToBeInSet(column="outlet", value_set=_known_outlets(),
                                          meta=_m("warning", "outlet recognised")),
        ]
    if table_name == "paragraphs":
        return schema + [
            E.ExpectCompoundColumnsToBeUnique(column_list=["article_id", "ordinal"],
                                              meta=_m("critical", "paragraph positions unique")),
            E.ExpectColumnValueLengthsToBeBetween(column="text", min_value=1, max_value=20_000,
                                                  meta=_m("row", "paragraph present and bounded")),
        ]
    if table_name == "photo_captions":
        return schema + [
            E.ExpectColumnValuesToNotBeNull(column="caption_date", meta=_m("warning", "caption date parseable")),
            E.ExpectColumnValuesToBeBetween(column="caption_date", min_value=EARLIEST.date(),
                                            max_value=_latest_allowed().date(),
                                            meta=_m("warning", "caption date plausible")),
            E.ExpectColumnValuesToMatchRegex(column="email", regex=f"^{EMAIL}$", meta=_m("warning", "caption e-mail well-formed")),
        ]
    if table_name == "related_teasers":
        return schema + [
            E.ExpectColumnValuesToNotBeNull(column="title", meta=_m("row", "a teaser has a headline")),
        ]
    if table_name == "stock_impacts":
        return schema + [
            E.ExpectColumnValuesToNotBeNull(column="company", meta=_m("row", "a stock impact names a company")),
            E.ExpectColumnValuesToBeInSet(column="direction", value_set=["positive", "negative"],
                                          meta=_m("row", "direction is positive or negative")),
        ]
    if table_name == "raw_files":
        return schema + [
            E.ExpectColumnValuesToBeUnique(column="raw_path", meta=_m("critical", "each raw record accounted once")),
            E.ExpectColumnValuesToBeInSet(column="status", value_set=["parsed", "duplicate", "quarantined", "rejected", "deferred", "skipped"],
                                          meta=_m("critical", "manifest status known")),
        ]
    if table_name == "outlet_stats":
        return [E.ExpectColumnValuesToBeBetween(column="duplicate_rate", min_value=0, max_value=DUPLICATE_RATE_MAX,
                                                meta=_m("warning", "duplicate rate per outlet within bounds"))]
    if table_name == "volume":
        return [E.ExpectColumnValuesToBeBetween(column="ratio_to_median_7d", min_value=VOLUME_RATIO[0],
                                                max_value=VOLUME_RATIO[1],
                                                meta=_m("warning", "day's volume near the trailing 7-day median"))]
    raise KeyError(table_name)


def _known_outlets() -> list[str]:
    from chainwire.extract.outlets import OUTLETS

    return sorted({o.name for o in OUTLETS})


def derive_frame(table_name: str, df: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """Add the ``chk_`` columns some rules read; returns the frame and the added names."""
    if table_name != "articles":
        return df, []
    out = df.copy()
    out["chk_reporter_emails"] = [
        "; ".join(v) if v is not None and len(v) else "" for v in df["reporter_emails"]]
    out["chk_has_byline"] = [1.0 if v is not None and len(v) else 0.0 for v in df["reporters"]]
    return out, ["chk_reporter_emails", "chk_has_byline"]
