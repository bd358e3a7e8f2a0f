"""Period totals for the report: unique stories counted once over the whole period.

The daily marts (``marts.coverage_by_*``) hold one row per publication day, so summing their
``unique_stories`` over a period counts a story whose copies span two days twice. The report
therefore takes every period-level unique-story figure from ``warehouse/sql/queries/period_coverage.sql``
(``count(DISTINCT cluster_id)`` over the period, dates bound as parameters) and replaces the summed
column of each chart's table with it. Article and mention counts stay sums of the daily rows: every
article has exactly one publication day, so those sums are exact.
"""

from __future__ import annotations

from importlib import resources

import pandas as pd

from chainwire.report.data import Dataset, Period, table_exists

QUERY = "period_coverage.sql"
NEEDS = ["marts.stg_articles", "core.article_topics", "core.article_countries", "core.article_actors",
         "core.article_companies", "core.stock_impacts"]
COLUMNS = ["dimension", "key", "key2", "articles", "unique_stories", "days_with_articles"]

# chart dataset -> (dimension in the period query, the frame's key column, its second key column or None)
CHART_KEYS = {
    "country_share": ("country", "iso2", None),
    "topic_country": ("topic_country", "topic", "iso2"),
    "top_actors": ("actor", "actor_id", None),
    "top_companies": ("company", "company_id", None),
    "outlets": ("outlet", "outlet", None),
    "stock_impact": ("stock_impact", "company", "direction"),
}

COUNTING_NOTE = ("Unique stories are distinct story clusters (dedup cluster_id) with at least one copy "
                 "published in the period, counted once over the whole period: a story whose copies span "
                 "several days counts once. Articles count every copy.")


def query_sql() -> str:
    return (resources.files("chainwire.warehouse") / "sql" / "queries" / QUERY).read_text(encoding="utf-8")


def period_coverage(con, p: Period) -> Dataset:
    """Articles and unique stories per dimension and key over the period (dates bound, never formatted in)."""
    missing = [t for t in NEEDS if not table_exists(con, t)]
    empty = pd.DataFrame({c: pd.Series(dtype=object) for c in COLUMNS})
    if missing:
        return Dataset("period_coverage", empty, note=f"{', '.join(missing)} not in the warehouse yet",
                       missing=missing)
    df = con.execute(query_sql(), {"date_from": p.date_from, "date_to": p.date_to}).df()
    df = df[COLUMNS] if len(df.columns) else empty
    return Dataset("period_coverage", df, note="" if len(df) else "no articles published in this period")


def headline_unique_stories(coverage: Dataset) -> int | None:
    """Unique stories of the whole period (the 'all' row); None when the period query could not run."""
    if coverage.missing:
        return None
    row = coverage.frame[coverage.frame["dimension"] == "all"]
    return int(row["unique_stories"].iloc[0]) if len(row) else 0


def apply_period_unique_stories(datasets: dict[str, Dataset], coverage: Dataset) -> None:
    """Replace each chart table's summed ``unique_stories`` by the period count (in place).

    When the period query could not run, the column becomes empty (never the over-counting sum)
    and the chart's note says why.
    """
    for name, (dimension, key, key2) in CHART_KEYS.items():
        ds = datasets.get(name)
        if ds is None or "unique_stories" not in ds.frame.columns:
            continue
        frame = ds.frame.copy()
        if coverage.missing:
            frame["unique_stories"] = pd.Series([pd.NA] * len(frame), dtype="Int64")
            if len(frame):
                extra = f"unique stories unavailable: {coverage.note}"
                ds.note = f"{ds.note}; {extra}" if ds.note else extra
            ds.frame = frame
            continue
        sub = coverage.frame[coverage.frame["dimension"] == dimension]
        lookup = {(str(k), str(k2) if key2 else ""): int(n)
                  for k, k2, n in zip(sub["key"], sub["key2"], sub["unique_stories"], strict=True)}
        keys = [str(v) if v is not None and v == v else "(unknown)" for v in frame[key]] if len(frame) else []
        keys2 = ([str(v) if v is not None and v == v else "unknown" for v in frame[key2]]
                 if key2 and len(frame) else [""] * len(frame))
        frame["unique_stories"] = pd.Series([lookup.get((k, k2), 0) for k, k2 in zip(keys, keys2, strict=True)],
                                            index=frame.index, dtype="int64")
        ds.frame = frame
