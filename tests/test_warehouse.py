"""Warehouse guarantees: atomic per-day loads (even under SIGKILL), a snapshot that never locks anyone out,
schema documentation, and the marts runner."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pytest

from chainwire import pipeline
from conftest import crafted_warehouse, query

DAY = date(2026, 11, 2)

KILLED_LOAD = r"""
import sys, time
from datetime import date, timedelta
from pathlib import Path
from chainwire import lake, pipeline
real = lake.read_partition
calls = {"n": 0}
def slow(*a, **k):
    calls["n"] += 1
    if calls["n"] == 3:  # two tables already deleted and re-inserted inside the open transaction
        Path(sys.argv[1]).write_text("mid-load")
        time.sleep(600)
    return real(*a, **k)
lake.read_partition = slow
pipeline.load_day(date.fromisoformat(sys.argv[2]), "killed-run")
"""


def _day(workspace, synth_corpus, day=DAY):
    shutil.copytree(synth_corpus / "raw" / day.isoformat(), workspace.raw_dir / day.isoformat())


def test_sigkill_mid_load_keeps_previous_state_and_rerun_completes(workspace, synth_corpus, tmp_path):
    _day(workspace, synth_corpus)
    pipeline.run_day(DAY, settings=workspace)
    before = query(workspace.warehouse_path, "select count(*), count(distinct article_id) from core.articles")
    paras = query(workspace.warehouse_path, "select count(*) from core.paragraphs")
    marker = tmp_path / "marker"
    proc = subprocess.Popen([sys.executable, "-c", KILLED_LOAD, str(marker), DAY.isoformat()], env=os.environ.copy())
    for _ in range(600):
        if marker.exists() or proc.poll() is not None:
            break
        time.sleep(0.1)
    assert marker.exists(), "the load never reached the middle of its transaction"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    # The uncommitted half-load is gone: the previous state is intact.
    assert query(workspace.warehouse_path, "select count(*), count(distinct article_id) from core.articles") == before
    assert query(workspace.warehouse_path, "select count(*) from core.paragraphs") == paras
    assert query(workspace.warehouse_path, "select count(*) from core.runs where run_id = 'killed-run'") == [(0,)]
    # And the re-run completes.
    pipeline.load_day(DAY, "rerun", workspace)
    assert query(workspace.warehouse_path, "select count(*), count(distinct article_id) from core.articles") == before


def test_open_snapshot_session_never_blocks_a_load(workspace, synth_corpus):
    _day(workspace, synth_corpus)
    pipeline.run_day(DAY, settings=workspace)
    reader = duckdb.connect(str(workspace.snapshot_path), read_only=True)  # a user's open session
    try:
        n = reader.execute("select count(*) from core.articles").fetchone()[0]
        pipeline.run_day(DAY, settings=workspace)  # must not raise a lock error
        assert reader.execute("select count(*) from core.articles").fetchone()[0] == n
    finally:
        reader.close()


def test_snapshot_opens_in_the_duckdb_cli_with_comments(workspace, synth_corpus):
    cli = Path(sys.executable).with_name("duckdb")
    if not cli.exists():
        pytest.skip(f"DuckDB CLI not installed at {cli}")
    _day(workspace, synth_corpus)
    pipeline.run_day(DAY, settings=workspace)
    out = subprocess.run([str(cli), "-readonly", "-csv", str(workspace.snapshot_path), "-c",
                          "select comment from duckdb_views() where schema_name='core' and view_name='articles';"
                          "select count(*) from core.articles;"], capture_output=True, text=True, check=True).stdout
    assert "One row per story" in out and "\n8\n" in out


def test_every_core_and_mart_column_is_documented(workspace, synth_corpus):
    _day(workspace, synth_corpus)
    pipeline.run_day(DAY, settings=workspace)
    missing = query(workspace.snapshot_path,
                     "select schema_name || '.' || table_name || '.' || column_name from duckdb_columns() "
                     "where schema_name in ('core', 'marts') and (comment is null or comment = '')")
    assert missing == []
    tables = query(workspace.snapshot_path, "select schema_name, table_name, comment from duckdb_tables() "
                                             "union all select schema_name, view_name, comment from duckdb_views() "
                                             "where not internal")
    assert {(s, t) for s, t, _ in tables if s == "marts"} >= {("marts", "stg_articles"), ("marts", "coverage_daily")}
    assert [(s, t) for s, t, c in tables if s in ("core", "marts") and not c] == []


def test_new_schema_column_is_added_in_place(workspace):
    from chainwire.warehouse.load import connect_writer, ensure_schema

    with connect_writer(workspace.warehouse_path) as con:
        con.execute("CREATE SCHEMA core")
        con.execute("CREATE TABLE core.runs (run_id VARCHAR NOT NULL, partition_date DATE NOT NULL, stage VARCHAR NOT NULL)")
        con.execute("INSERT INTO core.runs VALUES ('old', DATE '2026-11-01', 'parse')")
        ensure_schema(con)
        cols = [r[0] for r in con.execute("select column_name from duckdb_columns() where table_name='runs'").fetchall()]
        assert "seconds" in cols and con.execute("select count(*) from core.runs").fetchone()[0] == 1


def test_a_writer_with_a_memory_limit_spills_beside_the_warehouse_and_cleans_up(tmp_path):
    from chainwire.warehouse.connection import connect_writer, spill_directory

    path = tmp_path / "warehouse" / "chainwire.duckdb"
    spill = spill_directory(path)
    spill.mkdir(parents=True)
    (spill / "duckdb_temp_storage_S32K-0.tmp").write_bytes(b"left by a killed writer")
    with connect_writer(path, memory_limit="64MB") as con:
        assert not spill.exists()  # the killed writer's files are gone before this one may spill
        limit, temp = con.execute("SELECT current_setting('memory_limit'), current_setting('temp_directory')").fetchone()
        assert limit.startswith("61.0 MiB") and Path(temp) == spill
        # a sort of ~200 MB of strings under the 64 MB limit still answers (its runs go to the spill folder)
        con.execute("SET threads = 1")
        count, first = con.execute("SELECT count(*), min(s) FROM (SELECT repeat(md5(i::VARCHAR), 6) AS s FROM "
                                   "range(1000000) t(i) ORDER BY s)").fetchone()
        assert count == 1_000_000 and len(first) == 192
    assert not spill.exists()
    with connect_writer(path) as con:  # the next open has DuckDB's own settings again
        assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] != limit


def test_marts_run_in_dependency_order_and_reject_cycles(tmp_path):
    from chainwire.warehouse.marts import load_models, run_order

    order = run_order(load_models())
    assert order.index("stg_articles") < order.index("coverage_daily")
    (tmp_path / "a.sql").write_text("-- marts.a: x\nSELECT * FROM marts.b")
    (tmp_path / "b.sql").write_text("-- marts.b: y\nSELECT * FROM marts.a")
    with pytest.raises(ValueError, match="cycle"):
        run_order(load_models(tmp_path))


# ----------------------------------------------------------------------------- period totals and the daily digest

D1, D2, D3 = date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 4)  # Monday to Wednesday, one ISO week


@pytest.fixture
def spanning_story(tmp_path):
    """Story c1 published on D1 (newspim) and copied on D2 (yonhap); story c2 on D2 only; c3 on D3."""
    arts = [("newspim:1", "newspim", "c1", True, D1), ("yonhap:1", "yonhap", "c1", False, D2),
            ("newspim:2", "newspim", "c2", True, D2), ("newsis:3", "newsis", "c3", True, D3)]
    tags = {a[0]: ["semiconductors"] for a in arts}
    return crafted_warehouse(tmp_path / "w.duckdb", arts, tags, {a[0]: ["US"] for a in arts})


def test_a_story_spanning_two_days_counts_once_in_the_period(spanning_story):
    from chainwire.report.period import query_sql

    # The daily mart counts c1 on both days: summing it over-counts.
    assert query(spanning_story, "select sum(unique_stories) from marts.coverage_daily "
                                 "where topic = 'semiconductors' and date between ? and ?", [D1, D2]) == [(3,)]
    week = dict(query(spanning_story, "select dimension || ':' || key || ':' || key2, unique_stories "
                                      "from marts.coverage_period where period = 'week' and period_start = ?", [D1]))
    assert week["all:*:"] == 3 and week["topic:semiconductors:"] == 3 and week["country:US:"] == 3
    assert week["topic_country:semiconductors:US"] == 3
    assert week["outlet:newspim:"] == 2 and week["outlet:yonhap:"] == 1
    assert query(spanning_story, "select period_end, articles, days_with_articles from marts.coverage_period "
                                 "where period = 'week' and dimension = 'all'") == [(date(2026, 11, 8), 4, 3)]
    assert query(spanning_story, "select period_start, period_end, unique_stories from marts.coverage_period "
                                 "where period = 'month' and dimension = 'all'") == [(date(2026, 11, 1),
                                                                                      date(2026, 11, 30), 3)]
    # The parameterized query (what the report runs) for D1..D2: c1 once, c2 once.
    con = duckdb.connect(str(spanning_story), read_only=True)
    try:
        got = {(d, k, k2): (a, u) for d, k, k2, a, u, _ in
               con.execute(query_sql(), {"date_from": D1, "date_to": D2}).fetchall()}
        week_rows = con.execute("select dimension, key, key2, articles, unique_stories from marts.coverage_period "
                                "where period = 'week'").fetchall()
        whole_week = {(d, k, k2): (a, u) for d, k, k2, a, u, _ in
                      con.execute(query_sql(), {"date_from": D1, "date_to": D1 + timedelta(days=6)}).fetchall()}
    finally:
        con.close()
    assert got[("all", "*", "")] == (3, 2) and got[("topic", "semiconductors", "")] == (3, 2)
    assert got[("country", "US", "")] == (3, 2) and got[("outlet", "newspim", "")] == (2, 2)
    # The query over the ISO week and the mart's week row agree on every dimension.
    assert whole_week == {(d, k, k2): (a, u) for d, k, k2, a, u in week_rows}


def test_new_marts_have_unique_keys_and_no_null_keys(spanning_story):
    keys = {"coverage_period": ["period", "period_start", "dimension", "key", "key2"],
            "digest_movers": ["date", "dimension", "key"],
            "digest_top_stories": ["date", "rank"]}
    not_null = {"coverage_period": ["period", "period_start", "period_end", "dimension", "key", "key2", "articles",
                                    "unique_stories", "days_with_articles"],
                "digest_movers": ["date", "dimension", "key", "articles", "unique_stories", "baseline_days",
                                  "baseline_stories", "change"],
                "digest_top_stories": ["date", "rank", "cluster_id", "outlets", "outlets_that_day", "articles",
                                       "first_published_date", "article_id", "outlet", "title"]}
    for mart, cols in keys.items():
        k = ", ".join(cols)
        assert query(spanning_story, f"select count(*) from marts.{mart}")[0][0] > 0, mart
        dupes = f"select {k}, count(*) from marts.{mart} group by all having count(*) > 1"
        assert query(spanning_story, dupes) == [], mart
        for c in not_null[mart]:
            assert query(spanning_story, f"select count(*) from marts.{mart} where {c} is null") == [(0,)], (mart, c)
    changes = {c for (c,) in query(spanning_story, "select distinct change from marts.digest_movers")}
    assert changes <= {"up", "down", "none"}


def test_digest_flags_departures_from_the_28_day_baseline(tmp_path):
    """20 baseline days: semiconductors 1 story a day, CN 9 a day, batteries 2 a day; then one day of change."""
    start = date(2026, 10, 1)
    day = start + timedelta(days=20)
    arts, topics, countries = [], {}, {}

    def add(aid, d, outlet="newspim", cluster=None, topic=None, country=None, canonical=True):
        arts.append((aid, outlet, cluster or aid, canonical, d))
        if topic:
            topics[aid] = [topic]
        if country:
            countries[aid] = [country]

    for i in range(20):
        d = start + timedelta(days=i)
        add(f"np:s{i}", d, topic="semiconductors")
        add(f"np:b{i}a", d, topic="batteries")
        add(f"np:b{i}b", d, topic="batteries")
        for j in range(9):
            add(f"np:cn{i}-{j}", d, country="CN")
    for j in range(6):  # the day: semiconductors jump from 1 to 6 stories, CN drops from 9 to 0
        add(f"np:s-day{j}", day, topic="semiconductors")
    add("np:b-day", day, topic="batteries")
    # top stories of the day: story T carried by three outlets (one copy the day before), story U by one
    add("yna:t0", day - timedelta(days=1), outlet="yonhap", cluster="T")
    add("np:t1", day, outlet="newspim", cluster="T", canonical=False)
    add("kh:t2", day, outlet="koreaherald", cluster="T", canonical=False)
    add("np:u", day, outlet="newspim", cluster="U")
    w = crafted_warehouse(tmp_path / "d.duckdb", arts, topics, countries)

    got = {k: (x, days, mean, z, ch) for k, x, days, mean, z, ch in query(
        w, "select key, unique_stories, baseline_days, baseline_mean, z_score, change from marts.digest_movers "
           "where date = ?", [day])}
    assert got["semiconductors"] == (6, 20, 1.0, 5.0, "up")
    assert got["CN"] == (0, 20, 9.0, -3.0, "down")
    assert got["batteries"][4] == "none"  # 1 against a mean of 2: within noise
    # a short baseline never flags: the 10th day has 9 baseline days
    assert query(w, "select count(*) from marts.digest_movers where date < ? and change <> 'none'",
                 [start + timedelta(days=14)]) == [(0,)]
    top = query(w, "select rank, cluster_id, outlets, outlets_that_day, articles, first_published_date, article_id "
                   "from marts.digest_top_stories where date = ? order by rank limit 2", [day])
    assert top[0] == (1, "T", 3, 2, 3, day - timedelta(days=1), "yna:t0")
    assert top[1][2] == 1
    # fewer than 10 stories that day: every one is listed
    assert query(w, "select count(*) from marts.digest_top_stories where date = ?", [day]) == [(9,)]


def test_the_publish_exports_a_day_larger_than_its_memory_limit(tmp_path, monkeypatch):
    """Long articles: the export's row groups are cut by bytes, so the publish stays inside its buffer pool."""
    import duckdb

    from chainwire.warehouse import snapshot

    # ~120 MB of distinct ~5 KB bodies against a 64 MB pool: one default row group (122,880 rows) does not fit
    # (Out of Memory), groups of 8 MB do; the real day is 100k such bodies against the 512 MB limit. Every size
    # an eighth of the real one: the threads' partition buffers too (1,024 rows of ~5 KB; 8,192 of them a thread,
    # 80 MB, do not fit a 64 MB pool: the real 8,192 fit 512 MB, docs/performance.md "The publish's partition buffers").
    monkeypatch.setattr(snapshot, "PUBLISH_MEMORY_LIMIT", "64MB")
    monkeypatch.setattr(snapshot, "EXPORT_ROW_GROUP_BYTES", "8MB")
    monkeypatch.setattr(snapshot, "EXPORT_FLUSH_ROWS", snapshot.EXPORT_FLUSH_ROWS // 8)
    path = tmp_path / "warehouse" / "chainwire.duckdb"
    path.parent.mkdir(parents=True)
    con = duckdb.connect(str(path))
    con.execute("CREATE SCHEMA core")
    con.execute("CREATE TABLE core.articles AS SELECT 'a' || i AS article_id, DATE '2026-11-02' AS landing_date, "
                "repeat(chr((44032 + i % 500)::INTEGER), 1700) || i::VARCHAR AS body FROM range(24000) t(i)")
    con.close()
    out = snapshot.publish_snapshot(path, tmp_path / "snapshot" / "chainwire.duckdb")
    reader = duckdb.connect(str(out), read_only=True)
    try:
        count, chars = reader.execute("SELECT count(*), sum(length(body)) FROM core.articles").fetchone()
    finally:
        reader.close()
    assert (count, chars) == (24000, sum(1700 + len(str(i)) for i in range(24000)))


def test_the_publish_hands_partition_rows_to_the_writer_in_bounded_slices(tmp_path):
    """``COPY … PARTITION_BY`` with DuckDB's default gathers up to 524,288 rows a thread before writing (a whole
    day's table in memory): the publish flushes every ``EXPORT_FLUSH_ROWS``, so a day's file has several row
    groups where it had one; the same rows."""
    import duckdb
    import pyarrow.parquet as pq

    from chainwire.warehouse import snapshot

    path = tmp_path / "warehouse" / "chainwire.duckdb"
    path.parent.mkdir(parents=True)
    con = duckdb.connect(str(path))
    con.execute("CREATE SCHEMA core")
    con.execute("CREATE TABLE core.articles AS SELECT 'a' || i AS article_id, DATE '2026-11-02' AS landing_date "
                "FROM range(100000) t(i)")
    con.close()
    out = snapshot.publish_snapshot(path, tmp_path / "snapshot" / "chainwire.duckdb")
    files = sorted(snapshot.data_root(out).rglob("*.parquet"))
    assert len(files) == 1
    assert pq.ParquetFile(files[0]).metadata.num_row_groups >= 100000 // (4 * snapshot.EXPORT_FLUSH_ROWS)
    reader = duckdb.connect(str(out), read_only=True)
    try:
        assert reader.execute("SELECT count(DISTINCT article_id) FROM core.articles").fetchone() == (100000,)
    finally:
        reader.close()
