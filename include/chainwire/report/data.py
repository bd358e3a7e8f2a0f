"""The tables behind the coverage report, read from the warehouse snapshot.

Every function takes an open read-only DuckDB connection and returns a pandas DataFrame
with fixed columns, empty (never an error) when its mart or core table is missing or has
no rows in the period. Range-level article and mention counts are sums of the marts' daily rows
(exact: an article has one publication day); the ``unique_stories`` those sums give would count a
story whose copies span two days twice, so the report replaces them with period counts
(``count(DISTINCT cluster_id)`` over the period, :mod:`chainwire.report.period`).
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pandas as pd

from chainwire.settings import PROJECT_ROOT, TIMEZONE

DEFAULT_DAYS = 30  # default period: the last 30 publication days that have data
TOP_N = 20  # rows in the ranked charts
HEATMAP_COUNTRIES = 15
TOP_STORIES = 25


@dataclass
class Period:
    date_from: date
    date_to: date

    @property
    def slug(self) -> str:
        return f"{self.date_from.isoformat()}_to_{self.date_to.isoformat()}"

    @property
    def params(self) -> list[date]:
        return [self.date_from, self.date_to]


@dataclass
class Dataset:
    """One table behind a chart (or a panel), exported as data/<name>.csv and .parquet."""

    name: str
    frame: pd.DataFrame
    note: str = ""  # why it is empty, when it is
    missing: list[str] = field(default_factory=list)  # warehouse tables it needed and did not find


# ----------------------------------------------------------------------------- helpers

def table_exists(con: duckdb.DuckDBPyConnection, qualified: str) -> bool:
    schema, name = qualified.split(".", 1)
    (n,) = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
                       [schema, name]).fetchone() or (0,)
    return n > 0


def _query(con, sql: str, params: list, columns: list[str], needs: list[str], name: str) -> Dataset:
    missing = [t for t in needs if not table_exists(con, t)]
    if missing:
        return Dataset(name, pd.DataFrame({c: pd.Series(dtype=object) for c in columns}),
                       note=f"{', '.join(missing)} not in the warehouse yet", missing=missing)
    df = con.execute(sql, params).df()
    df = df[columns] if len(df.columns) else pd.DataFrame(columns=columns)
    return Dataset(name, df, note="" if len(df) else f"no rows in {', '.join(needs)} for these days")


def resolve_period(con, date_from: date | None, date_to: date | None) -> Period:
    """Fill the open ends from the data: the latest publication day, and 30 days back (not before the first)."""
    lo = hi = None
    if table_exists(con, "marts.stg_articles"):
        lo, hi = con.execute("SELECT min(published_date), max(published_date) FROM marts.stg_articles").fetchone()
    if date_to is None:
        date_to = hi or (date_from if date_from else _today_kst())
    if date_from is None:
        date_from = date_to - timedelta(days=DEFAULT_DAYS - 1)
        if lo is not None and lo > date_from:
            date_from = min(lo, date_to)
    if date_from > date_to:
        raise ValueError(f"empty period: --from {date_from} is after --to {date_to}")
    return Period(date_from, date_to)


def _today_kst() -> date:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from chainwire.settings import TIMEZONE

    return datetime.now(ZoneInfo(TIMEZONE)).date()


# ----------------------------------------------------------------------------- country names

def reference_dir() -> Path:
    env = os.environ.get("CHAINWIRE_REFERENCE_DIR")
    return Path(env) if env else PROJECT_ROOT.parent / "shared" / "reference"


def country_names(path: Path | None = None) -> dict[str, tuple[str, str]]:
    """ISO alpha-2 (upper case) -> (Korean name, English name); empty when the file is absent."""
    path = path or reference_dir() / "countries_world.csv"
    out: dict[str, tuple[str, str]] = {}
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                code = (row.get("alpha2") or "").strip().upper()
                if code:
                    out[code] = ((row.get("ko") or "").strip(), (row.get("en") or "").strip())
    except (OSError, csv.Error, UnicodeDecodeError):
        return {}
    return out


def add_country_names(df: pd.DataFrame, names: dict[str, tuple[str, str]]) -> pd.DataFrame:
    """Add country_ko, country_en and a display label ("미국 (US)"); the ISO code alone when unknown."""
    df = df.copy()
    codes = ["" if c is None or c != c else str(c) for c in df["iso2"]]
    found = [names.get(c.upper(), ("", "")) for c in codes]
    df["country_ko"] = [ko or None for ko, _ in found]
    df["country_en"] = [en or None for _, en in found]
    df["country"] = [f"{ko} ({c})" if ko else (f"{en} ({c})" if en else (c or "?")) for c, (ko, en) in zip(codes, found, strict=True)]
    return df


def topic_labels() -> dict[str, str]:
    """Taxonomy topic id -> Korean label (반도체…), from the enrich taxonomy; empty when unavailable."""
    try:
        from importlib import resources

        import yaml

        doc = yaml.safe_load((resources.files("chainwire.enrich") / "taxonomy.yaml").read_text(encoding="utf-8"))
        return {str(k): str((v or {}).get("label", {}).get("ko") or (v or {}).get("label", {}).get("en") or k)
                for k, v in (doc.get("topics") or {}).items()}
    except Exception:  # noqa: BLE001 - a report must not fail over labels (the codes stand in)
        return {}


def add_topic_labels(df: pd.DataFrame, labels: dict[str, str], column: str = "topic") -> pd.DataFrame:
    df = df.copy()
    df["topic_label"] = [labels.get(str(t), str(t)) if t is not None and t == t else "?" for t in df[column]]
    return df


# ----------------------------------------------------------------------------- the tables

def topic_trend(con, p: Period, labels: dict[str, str]) -> Dataset:
    cols = ["date", "topic", "articles", "unique_stories", "share_of_all_articles", "share_of_unique_stories"]
    ds = _query(con, "SELECT " + ", ".join(cols) + " FROM marts.coverage_daily "
                "WHERE date BETWEEN ? AND ? ORDER BY date, articles DESC, topic",
                p.params, cols, ["marts.coverage_daily"], "topic_trend")
    if len(ds.frame):
        ds.frame = _zero_fill_days(con, p, ds.frame)
    ds.frame = add_topic_labels(ds.frame, labels)[["date", "topic", "topic_label", *cols[2:]]]
    return ds


def _zero_fill_days(con, p: Period, df: pd.DataFrame) -> pd.DataFrame:
    """One row per topic and day of the period: a day without coverage is 0, not a gap in the line
    (shares stay empty on days with no article at all)."""
    days = pd.date_range(p.date_from, p.date_to, freq="D")
    df = df.assign(date=pd.to_datetime(df["date"]))
    full = pd.MultiIndex.from_product([days, sorted(df["topic"].unique())], names=["date", "topic"])
    out = df.set_index(["date", "topic"]).reindex(full).reset_index()
    published = set()
    if table_exists(con, "marts.stg_articles"):
        published = {pd.Timestamp(d) for (d,) in con.execute(
            "SELECT DISTINCT published_date FROM marts.stg_articles WHERE published_date BETWEEN ? AND ?",
            p.params).fetchall()}
    missing = out["articles"].isna()
    for c in ("articles", "unique_stories"):
        out[c] = out[c].fillna(0).astype("int64")
    for c in ("share_of_all_articles", "share_of_unique_stories"):
        out.loc[missing & out["date"].isin(published), c] = 0.0
    return out.sort_values(["date", "articles", "topic"], ascending=[True, False, True]).reset_index(drop=True)


def country_share(con, p: Period, names) -> Dataset:
    cols = ["iso2", "articles", "unique_stories", "subject_articles", "mentions", "share_of_voice"]
    ds = _query(con, f"""
        WITH c AS (
            SELECT iso2, sum(articles) AS articles, sum(unique_stories) AS unique_stories,
                   sum(subject_articles) AS subject_articles, sum(mentions) AS mentions
            FROM marts.coverage_by_country WHERE date BETWEEN ? AND ? GROUP BY iso2)
        SELECT *, round(articles / sum(articles) OVER (), 4) AS share_of_voice
        FROM c ORDER BY articles DESC, iso2 LIMIT {TOP_N}""",
                p.params, cols, ["marts.coverage_by_country"], "country_share")
    ds.frame = add_country_names(ds.frame, names)[
        ["iso2", "country", "country_ko", "country_en", *cols[1:]]]
    return ds


def topic_country(con, p: Period, names, labels: dict[str, str]) -> Dataset:
    cols = ["topic", "iso2", "articles", "unique_stories"]
    ds = _query(con, f"""
        WITH m AS (
            SELECT topic, iso2, sum(articles) AS articles, sum(unique_stories) AS unique_stories
            FROM marts.topic_country_matrix WHERE date BETWEEN ? AND ? GROUP BY topic, iso2),
        top AS (SELECT iso2 FROM m GROUP BY iso2 ORDER BY sum(articles) DESC, iso2 LIMIT {HEATMAP_COUNTRIES})
        SELECT m.* FROM m JOIN top USING (iso2) ORDER BY topic, articles DESC, iso2""",
                p.params, cols, ["marts.topic_country_matrix"], "topic_country")
    ds.frame = add_topic_labels(add_country_names(ds.frame, names), labels)[
        ["topic", "topic_label", "iso2", "country", "country_ko", "country_en", "articles", "unique_stories"]]
    return ds


def top_actors(con, p: Period) -> Dataset:
    cols = ["actor_id", "name", "kind", "articles", "unique_stories", "mentions"]
    return _query(con, f"""
        SELECT actor_id, any_value(name ORDER BY articles DESC) AS name, any_value(kind) AS kind,
               sum(articles) AS articles, sum(unique_stories) AS unique_stories, sum(mentions) AS mentions
        FROM marts.coverage_by_actor WHERE date BETWEEN ? AND ?
        GROUP BY actor_id ORDER BY articles DESC, mentions DESC, actor_id LIMIT {TOP_N}""",
                  p.params, cols, ["marts.coverage_by_actor"], "top_actors")


def top_companies(con, p: Period) -> Dataset:
    cols = ["company_id", "name", "ticker", "label", "articles", "unique_stories", "mentions"]
    return _query(con, f"""
        WITH c AS (
            SELECT company_id, any_value(name ORDER BY articles DESC) AS name, any_value(ticker) AS ticker,
                   sum(articles) AS articles, sum(unique_stories) AS unique_stories, sum(mentions) AS mentions
            FROM marts.coverage_by_company WHERE date BETWEEN ? AND ? GROUP BY company_id)
        SELECT company_id, name, ticker,
               CASE WHEN ticker IS NULL OR ticker = '' THEN coalesce(name, company_id)
                    ELSE coalesce(name, company_id) || ' (' || ticker || ')' END AS label,
               articles, unique_stories, mentions
        FROM c ORDER BY articles DESC, mentions DESC, company_id LIMIT {TOP_N}""",
                  p.params, cols, ["marts.coverage_by_company"], "top_companies")


def outlets(con, p: Period) -> Dataset:
    cols = ["outlet", "articles", "unique_stories", "supply_chain_articles", "canonical_articles"]
    return _query(con, """
        SELECT coalesce(outlet, '(unknown)') AS outlet, sum(articles) AS articles,
               sum(unique_stories) AS unique_stories, sum(supply_chain_articles) AS supply_chain_articles,
               sum(canonical_articles) AS canonical_articles
        FROM marts.coverage_by_outlet WHERE date BETWEEN ? AND ?
        GROUP BY 1 ORDER BY articles DESC, outlet""",
                  p.params, cols, ["marts.coverage_by_outlet"], "outlets")


def stock_impact(con, p: Period) -> Dataset:
    cols = ["company", "sector", "direction", "articles", "unique_stories"]
    return _query(con, f"""
        WITH s AS (
            SELECT company, any_value(sector) AS sector, coalesce(direction, 'unknown') AS direction,
                   sum(articles) AS articles, sum(unique_stories) AS unique_stories
            FROM marts.stock_impact_mentions WHERE date BETWEEN ? AND ? GROUP BY company, 3),
        top AS (SELECT company FROM s GROUP BY company ORDER BY sum(articles) DESC, company LIMIT {TOP_N})
        SELECT s.* FROM s JOIN top USING (company) ORDER BY s.company, s.direction""",
                  p.params, cols, ["marts.stock_impact_mentions"], "stock_impact")


def top_stories(con, p: Period, labels: dict[str, str]) -> Dataset:
    """Canonical copies of the biggest stories of the period (most copies first), with their topics."""
    cols = ["published_kst", "outlet", "title", "url", "topics", "copies", "article_id"]
    topics = table_exists(con, "core.article_topics")
    topic_sql = ("(SELECT string_agg(topic, ', ' ORDER BY score DESC, topic) FROM core.article_topics t "
                 "WHERE t.article_id = a.article_id)") if topics else "NULL"
    # Rank supply-chain stories (any topic) first when topics exist, then by number of copies.
    tagged = f"({topic_sql}) IS NOT NULL" if topics else "TRUE"
    ds = _query(con, f"""
        WITH s AS (
            SELECT a.*, count(*) OVER (PARTITION BY a.cluster_id) AS copies
            FROM marts.stg_articles a WHERE a.published_date BETWEEN ? AND ?)
        SELECT strftime(timezone(?, a.published_at), '%Y-%m-%d %H:%M') AS published_kst,
               a.outlet, a.title, a.url, {topic_sql} AS topics, a.copies, a.article_id
        FROM s a WHERE a.is_canonical
        ORDER BY {tagged} DESC, a.copies DESC, a.published_at DESC NULLS LAST, a.article_id
        LIMIT {TOP_STORIES}""", [*p.params, TIMEZONE], cols, ["marts.stg_articles"], "top_stories")
    ds.frame["topics"] = [", ".join(labels.get(t, t) for t in v.split(", ")) if isinstance(v, str) and v else None
                          for v in ds.frame["topics"]]
    return ds


def headline_numbers(con, p: Period) -> dict:
    out = {"articles": 0, "unique_stories": 0, "outlets": 0, "supply_chain_articles": None, "supply_chain_share": None}
    if table_exists(con, "marts.stg_articles"):
        a, s, o = con.execute("SELECT count(*), count(DISTINCT cluster_id), count(DISTINCT outlet) "
                              "FROM marts.stg_articles WHERE published_date BETWEEN ? AND ?", p.params).fetchone()
        out.update(articles=a, unique_stories=s, outlets=o)
    if table_exists(con, "marts.coverage_by_outlet"):
        sc, total = con.execute("SELECT sum(supply_chain_articles), sum(articles) FROM marts.coverage_by_outlet "
                                "WHERE date BETWEEN ? AND ?", p.params).fetchone()
        out["supply_chain_articles"] = int(sc or 0)
        out["supply_chain_share"] = round(sc / total, 4) if total else None
    return out


# ----------------------------------------------------------------------------- data quality

@dataclass
class QualityStatus:
    day: date | None = None
    run_id: str | None = None
    by_severity: pd.DataFrame = field(default_factory=pd.DataFrame)  # severity, passed, failed
    failures: pd.DataFrame = field(default_factory=pd.DataFrame)  # failed expectations
    runs: pd.DataFrame = field(default_factory=pd.DataFrame)  # stage log of that run
    quarantined: int = 0
    quarantine_rules: list[tuple[str, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    note: str = ""


SEVERITY_ORDER = ["critical", "row", "warning"]


def quality_status(con, p: Period) -> QualityStatus:
    """Data quality of the latest validated landing day up to the end of the period (its latest run)."""
    q = QualityStatus(
        by_severity=pd.DataFrame(columns=["severity", "passed", "failed"]),
        failures=pd.DataFrame(columns=["table_name", "severity", "expectation", "unexpected_count", "observed_value"]),
        runs=pd.DataFrame(columns=["stage", "status", "rows_in", "rows_out", "seconds", "message"]))
    if not table_exists(con, "core.dq_results"):
        q.note = "core.dq_results not in the warehouse yet"
        return q
    (day,) = con.execute("SELECT max(partition_date) FROM core.dq_results WHERE partition_date <= ?",
                         [p.date_to]).fetchone()
    if day is None:
        q.note = "no validation results up to the end of this period"
        return q
    q.day = day
    has_runs = table_exists(con, "core.runs")
    row = None
    if has_runs:
        row = con.execute("SELECT d.run_id FROM core.dq_results d JOIN core.runs r "
                          "ON r.run_id = d.run_id AND r.partition_date = d.partition_date "
                          "WHERE d.partition_date = ? ORDER BY r.finished_at DESC NULLS LAST LIMIT 1", [day]).fetchone()
    if row is None:
        row = con.execute("SELECT max(run_id) FROM core.dq_results WHERE partition_date = ?", [day]).fetchone()
    q.run_id = row[0]
    args = [day, q.run_id]
    sev = con.execute(
        "SELECT coalesce(severity, 'unknown') AS severity, count(*) FILTER (WHERE success) AS passed, "
        "count(*) FILTER (WHERE NOT coalesce(success, FALSE)) AS failed "
        "FROM core.dq_results WHERE partition_date = ? AND run_id = ? GROUP BY 1", args).df()
    rank = {s: i for i, s in enumerate(SEVERITY_ORDER)}
    q.by_severity = sev.sort_values("severity", key=lambda s: s.map(lambda v: rank.get(v, 99))).reset_index(drop=True)
    q.failures = con.execute(
        "SELECT table_name, severity, expectation, unexpected_count, left(observed_value, 200) AS observed_value "
        "FROM core.dq_results WHERE partition_date = ? AND run_id = ? AND NOT coalesce(success, FALSE) "
        "ORDER BY CASE severity WHEN 'critical' THEN 0 WHEN 'row' THEN 1 ELSE 2 END, table_name, expectation",
        args).df()
    if table_exists(con, "core.quarantine"):
        q.quarantine_rules = [(r, int(n)) for r, n in con.execute(
            "SELECT coalesce(rule, '?'), count(*) FROM core.quarantine WHERE landing_date = ? GROUP BY 1 "
            "ORDER BY 2 DESC, 1", [day]).fetchall()]
        q.quarantined = sum(n for _, n in q.quarantine_rules)
    if has_runs:
        q.runs = con.execute(
            "SELECT stage, status, rows_in, rows_out, round(seconds, 2) AS seconds, message FROM core.runs "
            "WHERE partition_date = ? AND run_id = ? ORDER BY finished_at NULLS LAST, stage", args).df()
        q.warnings += [f"{s}: {m}" for s, st, m in q.runs[["stage", "status", "message"]].itertuples(index=False)
                       if st in ("warning", "failed") and m]
    q.warnings += [f"{t}: {e}" + (f" ({int(n)} rows)" if pd.notna(n) and n else "")
                   for t, s, e, n in q.failures[["table_name", "severity", "expectation", "unexpected_count"]]
                   .itertuples(index=False) if s == "warning"]
    return q
