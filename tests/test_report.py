"""The static coverage report (chainwire.report): built from a small crafted DuckDB warehouse."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from chainwire.report import add_report_subcommand, build_report, cli_report

DAYS = [date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 4)]
KST = timezone(timedelta(hours=9))

# Mart tables exactly as marts/*.sql produce them (columns and types).
MART_DDL = {
    "stg_articles": "article_id VARCHAR, published_date DATE, landing_date DATE, outlet VARCHAR, cluster_id VARCHAR, "
                    "is_canonical BOOLEAN, title VARCHAR, url VARCHAR, published_at TIMESTAMPTZ",
    "coverage_daily": "date DATE, topic VARCHAR, articles BIGINT, unique_stories BIGINT, "
                      "share_of_all_articles DOUBLE, share_of_unique_stories DOUBLE",
    "coverage_by_country": "date DATE, iso2 VARCHAR, articles BIGINT, unique_stories BIGINT, "
                           "subject_articles BIGINT, mentions HUGEINT",
    "coverage_by_actor": "date DATE, actor_id VARCHAR, name VARCHAR, kind VARCHAR, articles BIGINT, "
                         "unique_stories BIGINT, mentions HUGEINT",
    "coverage_by_company": "date DATE, company_id VARCHAR, name VARCHAR, ticker VARCHAR, articles BIGINT, "
                           "unique_stories BIGINT, mentions HUGEINT",
    "coverage_by_outlet": "date DATE, outlet VARCHAR, articles BIGINT, unique_stories BIGINT, "
                          "supply_chain_articles BIGINT, canonical_articles BIGINT",
    "topic_country_matrix": "date DATE, topic VARCHAR, iso2 VARCHAR, articles BIGINT, unique_stories BIGINT",
    "stock_impact_mentions": "date DATE, company VARCHAR, sector VARCHAR, direction VARCHAR, articles BIGINT, "
                             "unique_stories BIGINT",
}
CHART_IDS = ["topic_trend", "country_share", "topic_country", "top_actors", "top_companies", "outlets",
             "stock_impact", "dq_status"]


def _core_ddl(con) -> None:
    from chainwire.schemas import DQ_RESULTS, QUARANTINE, RUNS
    from chainwire.warehouse.ddl import create_ddl

    con.execute("CREATE SCHEMA core")
    for t in (DQ_RESULTS, RUNS, QUARANTINE):
        con.execute(create_ddl(t))
    con.execute("CREATE TABLE core.article_topics (article_id VARCHAR, landing_date DATE, topic VARCHAR, score DOUBLE)")


def make_warehouse(path: Path, *, empty_marts: tuple[str, ...] = ("coverage_by_company",)) -> Path:
    """A snapshot with every mart table (those in ``empty_marts`` left empty), DQ results and topics."""
    con = duckdb.connect(str(path))
    con.execute("SET TimeZone = 'UTC'")
    _core_ddl(con)
    con.execute("CREATE SCHEMA marts")
    for name, cols in MART_DDL.items():
        con.execute(f"CREATE TABLE marts.{name} ({cols})")
    rows: dict[str, list[tuple]] = {name: [] for name in MART_DDL}
    topics = ["semiconductors", "batteries", "export_controls"]
    for i, d in enumerate(DAYS):
        for j, t in enumerate(topics):
            a = 5 + i * 2 - j
            rows["coverage_daily"].append((d, t, a, a - 1, round(a / 20, 4), round((a - 1) / 15, 4)))
            for k, iso in enumerate(["US", "CN", "KR", "XX"]):
                rows["topic_country_matrix"].append((d, t, iso, max(a - k, 1), max(a - k - 1, 1)))
        for k, iso in enumerate(["US", "CN", "JP", "KR", "XX"]):  # XX: not in the reference list
            rows["coverage_by_country"].append((d, iso, 9 - k + i, 8 - k + i, 3 - min(k, 3), 20 - k))
        rows["coverage_by_actor"] += [(d, "moTIE", "산업통상자원부", "organization", 6 + i, 5, 9),
                                      (d, "person:안덕근", "안덕근", "person", 3, 3, 4),
                                      (d, "USTR", "미국 무역대표부", "organization", 2 + i, 2, 2)]
        rows["coverage_by_company"] += [(d, "samsung", "삼성전자", "005930", 4, 3, 7)]
        rows["coverage_by_outlet"] += [(d, "newspim", 12 + i, 10 + i, 8, 10 + i), (d, "yonhap", 6, 6, 2, 5)]
        rows["stock_impact_mentions"] += [(d, "삼성전자", "Information Technology", "positive", 3, 2),
                                          (d, "LG에너지솔루션", "Industrials", "negative", 2, 2),
                                          (d, "SK하이닉스", "Information Technology", "positive", 1 + i, 1)]
        for n in range(4):
            aid = f"newspim:{d:%m%d}{n}"
            pub = datetime(d.year, d.month, d.day, 9 + n, 30, tzinfo=KST)
            rows["stg_articles"].append((aid, d, d, "newspim", f"c-{d:%m%d}-{n % 3}", n < 3,
                                         f"[단독] 반도체 수출통제 대응 {d:%m/%d} 기사 {n}",
                                         f"https://www.newspim.com/news/view/{d:%Y%m%d}{n:06d}", pub))
            if n < 2:
                con.execute("INSERT INTO core.article_topics VALUES (?, ?, ?, ?)", [aid, d, topics[n], 4.0])
    for name in MART_DDL:
        if name not in empty_marts and rows[name]:
            ph = ", ".join("?" * len(rows[name][0]))
            con.executemany(f"INSERT INTO marts.{name} VALUES ({ph})", rows[name])
    run = "cli-test-1"
    finished = datetime(2026, 11, 4, 23, 0, tzinfo=UTC)
    for d in DAYS[1:]:
        for stage, status, msg in [("parse", "success", None), ("validate", "warning", "2 rows quarantined"),
                                   ("load", "success", None)]:
            con.execute("INSERT INTO core.runs VALUES (?, ?, ?, ?, 10, 10, 1.5, ?, ?, NULL)",
                        [run, d, stage, status, msg, finished])
        dq = [("articles", "expect_column_values_to_not_be_null(article_id)", "critical", True, 0),
              ("articles", "expect_column_values_to_not_be_null(title)", "row", False, 2),
              ("articles", "expect_column_values_to_be_between(body_chars)", "row", True, 0),
              ("articles", "expect_column_proportion_of_unique_values(url)", "warning", False, 1),
              ("paragraphs", "expect_table_row_count_to_be_between", "warning", True, 0)]
        for t, e, sev, ok, n in dq:
            con.execute("INSERT INTO core.dq_results VALUES (?, ?, ?, ?, ?, ?, '{}', ?)", [run, d, t, e, sev, ok, n])
    con.execute("INSERT INTO core.quarantine (landing_date, article_id, table_name, rule, reason, raw_path) VALUES "
                "(?, 'newspim:x1', 'articles', 'not_null(title)', '제목 없음', 'a.txt'), "
                "(?, 'newspim:x2', 'articles', 'not_null(title)', '제목 없음', 'b.txt')", [DAYS[2], DAYS[2]])
    con.close()
    return path


def make_data_docs(gx_dir: Path) -> Path:
    site = gx_dir / "uncommitted" / "data_docs" / "local_site"
    site.mkdir(parents=True)
    (site / "index.html").write_text("<html><body>Data Docs</body></html>", encoding="utf-8")
    return site


@pytest.fixture
def report_env(workspace, tmp_path, monkeypatch):
    """Private data dir, a crafted snapshot at the settings' snapshot path, a tiny country list, Data Docs."""
    ref = tmp_path / "reference"
    ref.mkdir()
    (ref / "countries_world.csv").write_text(
        "id,alpha2,alpha3,en,ko\n840,us,usa,United States of America,미국\n156,cn,chn,China,중국\n"
        "392,jp,jpn,Japan,일본\n410,kr,kor,\"Korea, Republic of\",대한민국\n", encoding="utf-8")
    monkeypatch.setenv("CHAINWIRE_REFERENCE_DIR", str(ref))
    workspace.snapshot_path.parent.mkdir(parents=True)
    make_warehouse(workspace.snapshot_path)
    make_data_docs(workspace.gx_dir)
    return workspace


# ----------------------------------------------------------------------------- helpers

class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts, self.links, self.anchors, self.chart_divs, self.no_data = [], [], [], [], []
        self._in_specs, self.specs_text = False, ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.scripts.append(a.get("src"))
            self._in_specs = a.get("id") == "chart-specs"
        elif tag == "link":
            self.links.append(a.get("href"))
        elif tag == "a":
            self.anchors.append(a.get("href"))
        elif tag == "div" and "chart" in (a.get("class") or "").split():
            self.chart_divs.append(a.get("data-chart"))
        elif tag == "div" and "no-data" in (a.get("class") or "").split() and a.get("data-chart"):
            self.no_data.append(a.get("data-chart"))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_specs = False

    def handle_data(self, data):
        if self._in_specs:
            self.specs_text += data


def parse_page(index: Path) -> _Page:
    p = _Page()
    p.feed(index.read_text(encoding="utf-8"))
    return p


def spec_rows(spec: dict) -> list[dict]:
    """Every inline data row of a Vega-Lite spec (top-level datasets, data.values, layers)."""
    out = []
    for values in (spec.get("datasets") or {}).values():
        out += values
    stack = [spec]
    while stack:
        s = stack.pop()
        if isinstance(s, dict):
            d = s.get("data")
            if isinstance(d, dict) and isinstance(d.get("values"), list):
                out += d["values"]
            stack += [v for k, v in s.items() if k in ("layer", "hconcat", "vconcat", "concat", "spec")]
        elif isinstance(s, list):
            stack += s
    return out


# ----------------------------------------------------------------------------- tests

def test_report_folder_charts_exports_offline(report_env):
    index = build_report()
    reports = report_env.reports_dir
    assert index == reports / "latest" / "index.html" and index.is_file()
    out = index.parent
    manifest = json.loads((out / "report.json").read_text(encoding="utf-8"))
    # default period: the latest publication day and 30 days back, clipped to the first day with data
    assert (manifest["date_from"], manifest["date_to"]) == ("2026-11-02", "2026-11-04")
    dated = reports / "2026-11-02_to_2026-11-04"
    assert (dated / "index.html").is_file() and (dated / "data" / "topic_trend.csv").is_file()
    assert not [p for p in reports.iterdir() if p.name.startswith(".")], "temporary folders left behind"

    page = parse_page(index)
    specs = json.loads(page.specs_text)
    charts = {c["id"]: c for c in manifest["charts"]}
    assert set(charts) == set(CHART_IDS)
    # coverage_by_company is empty: a "no data" panel, never a chart without rows
    assert charts["top_companies"]["rendered"] is False and "top_companies" in page.no_data
    assert "top_companies" not in specs
    for cid in CHART_IDS:
        if cid == "top_companies":
            continue
        assert cid in specs and cid in page.chart_divs, cid
        assert specs[cid]["$schema"].startswith("https://vega.github.io/schema/vega-lite/v6"), cid
        assert spec_rows(specs[cid]), f"chart {cid} has no data rows"
        assert "Noto Sans CJK KR" in specs[cid]["config"]["font"]

    # exports: CSV and Parquet for every table, same row counts as the charts, linked from the page
    for x in manifest["exports"]:
        csv_df = pd.read_csv(out / x["csv"], encoding="utf-8-sig")
        pq_table = pq.read_table(out / x["parquet"])
        assert len(csv_df) == pq_table.num_rows == x["rows"], x
        assert x["csv"] in page.anchors and x["parquet"] in page.anchors, x
    for cid, c in charts.items():
        assert (out / "data" / f"{c['dataset']}.parquet").is_file()
        assert pq.read_table(out / "data" / f"{c['dataset']}.parquet").num_rows == c["rows"], cid
    assert charts["topic_trend"]["rows"] == 9 and charts["country_share"]["rows"] == 5
    assert pq.read_table(out / "data" / "topic_trend.parquet").schema.field("date").type == "date32[day]"
    assert pq.read_table(out / "data" / "top_actors.parquet").schema.field("name").type == "string"

    # offline: no external script or stylesheet; vendored JS present and loaded in order
    assert page.scripts[:3] == ["vendor/vega.min.js", "vendor/vega-lite.min.js", "vendor/vega-embed.min.js"]
    external = [u for u in page.scripts + page.links if u and re.match(r"(https?:)?//", u)]
    assert external == []
    for src in page.scripts[:3]:
        assert (out / src).stat().st_size > 50_000
    html = index.read_text(encoding="utf-8")
    assert "sourceMappingURL" not in (out / "vendor" / "vega-embed.min.js").read_text(encoding="utf-8")

    # Korean text: country names from the reference list, actors, titles; unknown code falls back to itself
    assert "미국 (US)" in html and "중국 (CN)" in html
    country = pd.read_csv(out / "data" / "country_share.csv", encoding="utf-8-sig")
    assert dict(zip(country["iso2"], country["country"], strict=True))["XX"] == "XX"
    assert "산업통상자원부" in html and "반도체 수출통제" in html and "공급망" in html

    # data quality of the latest landing day, with quarantine, warnings and the Data Docs link
    q = manifest["quality"]
    assert q["day"] == "2026-11-04" and q["quarantined"] == 2
    assert any("proportion_of_unique_values" in w for w in q["warnings"])
    assert "data-docs/index.html" in page.anchors and (out / "data-docs" / "index.html").is_file()
    dq = pd.read_csv(out / "data" / "dq_status.csv", encoding="utf-8-sig").set_index("severity")
    assert dq.loc["row", "failed"] == 1 and dq.loc["critical", "passed"] == 1 and dq.loc["warning", "failed"] == 1

    # top stories: canonical only, Seoul time, topics first, links to the article
    stories = pd.read_csv(out / "data" / "top_stories.csv", encoding="utf-8-sig")
    assert len(stories) == 9  # 3 canonical of 4 per day
    assert stories["published_kst"].iloc[0] == "2026-11-04 09:30" and stories["topics"].iloc[0] == "반도체"
    assert any(a and a.startswith("https://www.newspim.com/news/view/") for a in page.anchors)


def test_period_filter_and_out_dir(report_env, tmp_path):
    out = tmp_path / "custom"
    index = build_report(out_dir=out, date_from=date(2026, 11, 3), date_to=date(2026, 11, 3))
    assert index == out / "index.html"
    trend = pd.read_parquet(out / "data" / "topic_trend.parquet")
    assert set(trend["date"].astype(str)) == {"2026-11-03"}
    assert json.loads((out / "report.json").read_text())["quality"]["day"] == "2026-11-03"
    assert not report_env.reports_dir.exists() or not any(report_env.reports_dir.iterdir()), \
        "an explicit --out keeps no dated copy"
    # rebuilding replaces the folder (swap), leaving no temporary siblings
    (out / "stale.txt").write_text("old")
    build_report(out_dir=out, date_from=date(2026, 11, 3), date_to=date(2026, 11, 3))
    assert not (out / "stale.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_empty_warehouse_gives_no_data_panels(workspace, tmp_path, monkeypatch):
    monkeypatch.setenv("CHAINWIRE_REFERENCE_DIR", str(tmp_path / "absent"))
    snap = tmp_path / "empty.duckdb"
    make_warehouse(snap, empty_marts=tuple(MART_DDL))
    con = duckdb.connect(str(snap))
    con.execute("DROP TABLE marts.coverage_by_actor")  # a mart not built yet at all
    con.execute("DELETE FROM core.dq_results")
    con.close()
    index = build_report(out_dir=tmp_path / "r", snapshot=snap, date_from=date(2026, 11, 1),
                         date_to=date(2026, 11, 4))
    page = parse_page(index)
    assert json.loads(page.specs_text) == {}
    assert set(page.no_data) == set(CHART_IDS)
    manifest = json.loads((index.parent / "report.json").read_text())
    assert [c for c in manifest["charts"] if c["rendered"]] == []
    assert "marts.coverage_by_actor not in the warehouse yet" in index.read_text(encoding="utf-8")
    for x in manifest["exports"]:
        assert x["rows"] == 0 and (index.parent / x["parquet"]).is_file()


def test_missing_snapshot_is_a_clear_error(workspace, capsys):
    with pytest.raises(FileNotFoundError, match="no warehouse snapshot"):
        build_report()
    import argparse

    p = argparse.ArgumentParser()
    add_report_subcommand(p.add_subparsers(dest="command"))
    args = p.parse_args(["report", "--from", "2026-11-02"])
    assert args.func is cli_report and args.date_from == date(2026, 11, 2) and args.out is None
    assert cli_report(args) == 1
    assert "chainwire report: no warehouse snapshot" in capsys.readouterr().err


def test_cli_report_builds(report_env, tmp_path, capsys):
    import argparse

    p = argparse.ArgumentParser()
    add_report_subcommand(p.add_subparsers(dest="command"))
    args = p.parse_args(["report", "--out", str(tmp_path / "o"), "--to", "2026-11-03"])
    assert cli_report(args) == 0
    assert f"Report: {tmp_path / 'o' / 'index.html'}" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        p.parse_args(["report", "--from", "yesterday"])


def test_real_mart_sql_feeds_the_report(workspace, tmp_path, monkeypatch):
    """Core tables from chainwire.schemas, marts built by the project's own SQL models, then the report."""
    from chainwire.warehouse.ddl import all_ddl
    from chainwire.warehouse.marts import build_marts

    snap = tmp_path / "real.duckdb"
    con = duckdb.connect(str(snap))
    for stmt in all_ddl():
        con.execute(stmt)
    d = date(2026, 11, 3)
    for n in range(3):
        aid = f"newspim:{n}"
        con.execute("INSERT INTO core.articles (article_id, landing_date, outlet, url, title, published_at, "
                    "cluster_id, is_canonical, raw_path) VALUES (?, ?, 'newspim', ?, ?, ?, ?, ?, 'x')",
                    [aid, d, f"https://www.newspim.com/news/view/{n}", f"미국 반도체 관세 {n}",
                     datetime(2026, 11, 3, 1 + n, tzinfo=UTC), "c1" if n < 2 else "c2", n != 1])
        con.execute("INSERT INTO core.article_topics (article_id, landing_date, topic, score, raw_path) "
                    "VALUES (?, ?, 'semiconductors', 3.0, 'x')", [aid, d])
        con.execute("INSERT INTO core.article_countries (article_id, landing_date, iso2, mentions, role, raw_path) "
                    "VALUES (?, ?, 'US', 2, 'subject', 'x')", [aid, d])
    build_marts(con)
    con.close()
    index = build_report(out_dir=tmp_path / "r", snapshot=snap)
    manifest = json.loads((index.parent / "report.json").read_text())
    rendered = {c["id"] for c in manifest["charts"] if c["rendered"]}
    assert {"topic_trend", "country_share", "topic_country", "outlets"} <= rendered
    assert manifest["numbers"]["articles"] == 3 and manifest["numbers"]["unique_stories"] == 2


def test_topic_trend_counts_days_without_coverage_as_zero(report_env, tmp_path):
    index = build_report(out_dir=tmp_path / "r", date_from=date(2026, 11, 1), date_to=date(2026, 11, 4))
    trend = pd.read_csv(index.parent / "data" / "topic_trend.csv", encoding="utf-8-sig")
    assert len(trend) == 4 * 3  # every day of the period for every topic
    first = trend[trend["date"] == "2026-11-01"]
    assert list(first["articles"]) == [0, 0, 0] and first["share_of_all_articles"].isna().all()
    assert trend[trend["date"] == "2026-11-02"]["articles"].min() > 0


# ----------------------------------------------------------------------------- period totals and the digest section

def _spanning_story_warehouse(path: Path, **kw) -> Path:
    """Story c1: newspim on 11-02, copied by yonhap on 11-03; story c2: newspim on 11-03 (invented rows)."""
    from conftest import crafted_warehouse

    arts = [("newspim:1", "newspim", "c1", True, DAYS[0]), ("yonhap:1", "yonhap", "c1", False, DAYS[1]),
            ("newspim:2", "newspim", "c2", True, DAYS[1])]
    return crafted_warehouse(path, arts, {a[0]: ["semiconductors"] for a in arts}, {a[0]: ["US"] for a in arts}, **kw)


def test_report_counts_a_story_spanning_two_days_once(workspace, tmp_path):
    snap = _spanning_story_warehouse(tmp_path / "span.duckdb")
    index = build_report(out_dir=tmp_path / "r", snapshot=snap, date_from=DAYS[0], date_to=DAYS[1])
    out = index.parent
    manifest = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert manifest["numbers"]["articles"] == 3 and manifest["numbers"]["unique_stories"] == 2
    assert manifest["numbers"]["days"] == 2
    assert "DISTINCT cluster_id" in manifest["unique_stories_counted"]
    # chart tables: unique stories over the period, not the sum of the daily rows (which would say 3)
    country = pd.read_csv(out / "data" / "country_share.csv", encoding="utf-8-sig").set_index("iso2")
    assert country.loc["US", "articles"] == 3 and country.loc["US", "unique_stories"] == 2
    heat = pd.read_csv(out / "data" / "topic_country.csv", encoding="utf-8-sig")
    assert heat[["articles", "unique_stories"]].values.tolist() == [[3, 2]]
    outlets = pd.read_csv(out / "data" / "outlets.csv", encoding="utf-8-sig").set_index("outlet")
    assert outlets.loc["newspim", "unique_stories"] == 2 and outlets.loc["yonhap", "unique_stories"] == 1
    spec = json.loads(parse_page(index).specs_text)["country_share"]
    assert {r.get("unique_stories") for r in spec_rows(spec) if r.get("iso2") == "US"} == {2}
    period = pd.read_csv(out / "data" / "period_coverage.csv", encoding="utf-8-sig", keep_default_na=False)
    assert period.set_index(["dimension", "key"]).loc[("all", "*"), "unique_stories"] == 2
    # the page says which days it covers and how unique stories are counted
    html = index.read_text(encoding="utf-8")
    assert "Covers publication days 2026-11-02 – 2026-11-03 (KST, 2 days)" in html
    assert "counted once over the whole period" in html
    assert "unique stories are counted per publication day" not in html


def test_digest_section_opens_the_report_and_escapes_everything(workspace, tmp_path):
    hostile = '<img src=x onerror="alert(1)"> & 반도체'
    snap = _spanning_story_warehouse(tmp_path / "h.duckdb", titles={"newspim:2": hostile, "yonhap:1": hostile},
                                     urls={"newspim:2": "javascript:alert(1)", "newspim:1": "javascript:alert(2)"})
    index = build_report(out_dir=tmp_path / "r", snapshot=snap, date_from=DAYS[0], date_to=DAYS[1])
    html = index.read_text(encoding="utf-8")
    body = html[html.index("<main>"):]
    assert body.index('id="digest"') < body.index('class="kpis"') < body.index('id="topic_trend"')
    assert "What changed on 2026-11-03" in html and '<a href="#digest">' in html
    digest = html[html.index('id="digest"'):html.index('class="kpis"')]
    assert "<img" not in html and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; 반도체" in digest
    assert "javascript:" not in html
    # c1 (two outlets by 11-03) ranks first, then c2
    stories = pd.read_csv(index.parent / "data" / "digest_top_stories.csv", encoding="utf-8-sig")
    assert stories[["rank", "cluster_id", "outlets"]].values.tolist() == [[1, "c1", 2], [2, "c2", 1]]
    manifest = json.loads((index.parent / "report.json").read_text(encoding="utf-8"))
    assert manifest["digest"]["day"] == "2026-11-03" and manifest["digest"]["top_stories"] == 2
    assert "baseline day" in manifest["digest"]["note"]  # one day of history: nothing is tested yet
