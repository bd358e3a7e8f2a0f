"""Incremental marts and the file-backed snapshot: after loads, re-runs, a late file for an older day, a
re-delivered (revised) article and a backfill, every mart equals a full rebuild row for row, the
snapshot equals the warehouse, a publish rewrites only the partitions that changed, and a reader
holding the snapshot open is never blocked and keeps one consistent state."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from chainwire import pipeline
from chainwire.warehouse.marts import MODELS_DIR, build_marts, load_models

# Friday to Monday: the days cross a month end and an ISO week boundary (periods and windows).
START = date(2026, 10, 30)
DAYS = [START + timedelta(days=i) for i in range(4)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from chainwire_synth.generator import generate_corpus

    out = tmp_path_factory.mktemp("incr")
    generate_corpus(out, days=len(DAYS), per_day=6, seed=5, start_date=START, outlets="all")
    return out / "raw"


def _rows(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return sorted(map(repr, con.execute(f"SELECT * FROM {table}").fetchall()))


def _relations(con: duckdb.DuckDBPyConnection, schemas=("core", "marts")) -> list[str]:
    return [f"{s}.{t}" for s, t in con.execute(
        "SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema IN (?, ?) "
        "ORDER BY 1, 2", list(schemas)).fetchall()]


def assert_equal_to_full_rebuild(con: duckdb.DuckDBPyConnection, path: Path, tmp: Path) -> None:
    """Every mart read through ``con`` (the warehouse file ``path``, checkpointed) equals a full rebuild of a
    copy of that file."""
    copy = tmp / "full_rebuild.duckdb"
    shutil.copy(path, copy)
    full = duckdb.connect(str(copy))
    try:
        stats = build_marts(full, full_refresh=True)
        assert {s["mode"] for s in stats.values()} == {"full"}
        for name in load_models():
            assert _rows(con, f"marts.{name}") == _rows(full, f"marts.{name}"), f"marts.{name} differs from a full rebuild"
    finally:
        full.close()
        copy.unlink()


def assert_marts_equal_full_rebuild(settings, tmp: Path) -> None:
    inc = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        assert_equal_to_full_rebuild(inc, settings.warehouse_path, tmp)
    finally:
        inc.close()


def assert_snapshot_equals_warehouse(settings) -> None:
    wh = duckdb.connect(str(settings.warehouse_path), read_only=True)
    snap = duckdb.connect(str(settings.snapshot_path), read_only=True)
    try:
        tables = _relations(wh)
        assert _relations(snap) == tables
        for t in tables:
            assert _rows(snap, t) == _rows(wh, t), f"{t}: snapshot differs from the warehouse"
        kinds = dict(snap.execute("SELECT table_schema || '.' || table_name, table_type FROM information_schema.tables "
                                  "WHERE table_schema IN ('core', 'marts')").fetchall())
        assert kinds["core.articles"] == "VIEW" and kinds["marts.coverage_daily"] == "VIEW"
        assert kinds["core.runs"] == "BASE TABLE"  # small tables are copied
    finally:
        wh.close()
        snap.close()


def assert_rows_on_home_days(settings) -> None:
    """What incremental marts rely on to read the tag tables by day: every row of an article, in every
    per-article table, lies on the landing day of its core.articles row (its home day)."""
    from chainwire.schemas import ARTICLE_CONTENT_TABLES

    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        for t in sorted(ARTICLE_CONTENT_TABLES - {"articles"}):
            stray = con.execute(f"SELECT count(*) FROM core.{t} AS x JOIN core.articles AS a USING (article_id) "
                                "WHERE x.landing_date <> a.landing_date").fetchone()[0]
            assert stray == 0, f"core.{t}: {stray} rows off their article's home day"
    finally:
        con.close()


def _manifest(settings) -> set[tuple]:
    """(table, partition value, file) of every file the snapshot's views read."""
    con = duckdb.connect(str(settings.warehouse_path), read_only=True)
    try:
        return set(con.execute("SELECT table_name, part, path FROM meta.snapshot_files").fetchall())
    finally:
        con.close()


def _mart_modes(out: dict) -> set[str]:
    return {s["mode"] for s in out["marts"]["models"].values()}


def test_every_step_equals_a_full_rebuild_and_publishes_only_what_changed(workspace, corpus, tmp_path, monkeypatch):
    d1, d2, d3, d4 = DAYS
    held_back = sorted((corpus / d1.isoformat()).iterdir())[-1]  # lands late, after day 3 ran
    for d in (d1, d2, d3):
        shutil.copytree(corpus / d.isoformat(), workspace.raw_dir / d.isoformat())
    (workspace.raw_dir / d1.isoformat() / held_back.name).unlink()

    out = pipeline.run_day(d1, settings=workspace)
    assert _mart_modes(out) == {"full"}  # the first build
    assert_marts_equal_full_rebuild(workspace, tmp_path)

    reader = duckdb.connect(str(workspace.snapshot_path), read_only=True)  # a user's session, left open
    seen = reader.execute("SELECT (SELECT count(*) FROM core.articles), (SELECT count(*) FROM marts.stg_articles), "
                          "(SELECT sum(articles) FROM marts.coverage_by_outlet)").fetchone()
    try:
        for d in (d2, d3):
            out = pipeline.run_day(d, settings=workspace)  # never blocked by the open session
            assert _mart_modes(out) == {"incremental"}
            assert_marts_equal_full_rebuild(workspace, tmp_path)
        # The session still reads the state it opened, whole: no table moved on without the others.
        assert reader.execute("SELECT (SELECT count(*) FROM core.articles), (SELECT count(*) FROM marts.stg_articles), "
                              "(SELECT sum(articles) FROM marts.coverage_by_outlet)").fetchone() == seen
        assert seen[0] == seen[1] == seen[2] > 0
    finally:
        reader.close()
    # From here on replaced files go at once (nothing may leak). Not before: the open session above
    # is in this process, and DuckDB hands this process's later connections its cached old catalog.
    monkeypatch.setenv("CHAINWIRE_SNAPSHOT_KEEP_SECONDS", "0")

    # A re-run of day 2 rewrites day 2's partitions and nothing else of the core tables.
    before = _manifest(workspace)
    out = pipeline.run_day(d2, settings=workspace)
    after = _manifest(workspace)
    changed = before ^ after
    assert {p for t, p, _ in changed if t.startswith("core.")} == {d2}
    assert {t for t, _, _ in changed if t.startswith("core.")} >= {"core.articles", "core.raw_files"}
    assert_marts_equal_full_rebuild(workspace, tmp_path)

    # A late file for day 1, picked up by re-running day 1.
    shutil.copy(held_back, workspace.raw_dir / d1.isoformat() / held_back.name)
    out = pipeline.run_day(d1, settings=workspace)
    assert _mart_modes(out) == {"incremental"}
    assert_marts_equal_full_rebuild(workspace, tmp_path)

    # Day 4 carries a revised copy of a day-1 article: its rows move from day 1 to day 4.
    shutil.copytree(corpus / d4.isoformat(), workspace.raw_dir / d4.isoformat())
    revised = workspace.raw_dir / d4.isoformat() / f"rev-{held_back.name}"
    text = held_back.read_text(encoding="utf-8")
    revised.write_text(text.replace("\n\n", "\n\n수정된 문장이 하나 더 있다.\n\n", 1), encoding="utf-8")
    out = pipeline.run_day(d4, settings=workspace)
    assert_marts_equal_full_rebuild(workspace, tmp_path)

    # A backfill re-runs every day in order.
    for d in DAYS:
        pipeline.run_day(d, settings=workspace)
        assert_marts_equal_full_rebuild(workspace, tmp_path)
    assert_snapshot_equals_warehouse(workspace)
    assert_rows_on_home_days(workspace)

    # Only the files the snapshot names are on disk (replaced ones were collected).
    root = workspace.snapshot_path.with_name(f"{workspace.snapshot_path.stem}_data")
    on_disk = {p.relative_to(root).as_posix() for p in root.rglob("*.parquet")}
    assert on_disk == {path for _, _, path in _manifest(workspace)}


def test_full_refresh_and_an_edited_model(workspace, corpus, tmp_path):
    from chainwire.cli import main

    d1 = DAYS[0]
    shutil.copytree(corpus / d1.isoformat(), workspace.raw_dir / d1.isoformat())
    pipeline.run_day(d1, settings=workspace)
    assert main(["marts", "--full-refresh"]) == 0
    assert_marts_equal_full_rebuild(workspace, tmp_path)
    assert_snapshot_equals_warehouse(workspace)
    # A model whose SQL changed is rebuilt in full (with its dependents), the others stay incremental.
    models = tmp_path / "models"
    shutil.copytree(MODELS_DIR, models)
    (models / "coverage_daily.sql").write_text((models / "coverage_daily.sql").read_text() + "\n", encoding="utf-8")
    con = duckdb.connect(str(workspace.warehouse_path))
    try:
        stats = build_marts(con, models)
    finally:
        con.close()
    assert stats["coverage_daily"]["mode"] == "full"
    assert stats["coverage_by_outlet"]["mode"] == "incremental"


def test_a_killed_publish_leaves_nothing_behind_at_the_next(workspace, corpus):
    """Exported files of a publish that died before its catalog are removed by the next publish."""
    from chainwire.warehouse.load import publish_snapshot
    from chainwire.warehouse.snapshot import data_root

    d1 = DAYS[0]
    shutil.copytree(corpus / d1.isoformat(), workspace.raw_dir / d1.isoformat())
    pipeline.run_day(d1, settings=workspace)
    root = data_root(workspace.snapshot_path)
    orphan = root / "core.articles" / "deadbeef" / f"landing_date={d1}" / "data_0.parquet"
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"PAR1 half a file")
    partial = workspace.snapshot_path.with_name(f".{workspace.snapshot_path.name}.4242.partial")
    partial.write_bytes(b"")
    publish_snapshot(workspace.warehouse_path, workspace.snapshot_path)
    assert not orphan.exists() and not partial.exists() and not orphan.parent.parent.exists()
    assert_snapshot_equals_warehouse(workspace)


def test_random_changes_across_clusters_windows_and_periods_match_a_full_rebuild(tmp_path):
    """Crafted history over 70 days with stories whose copies span days; rounds of random changes (new
    articles, deletions, a copy moved to another day or story, re-tagging), each recorded as a load
    records it: after every incremental build each mart equals a full rebuild."""
    import random
    from datetime import datetime

    from chainwire.warehouse.state import mark_marts_pending
    from conftest import crafted_warehouse

    rng = random.Random(3)
    start = date(2026, 8, 20)
    outlets = ["newspim", "yonhap", "newsis", "koreaherald"]
    topics, countries = ["semiconductors", "batteries", "hydrogen"], ["US", "CN", "JP"]

    def article(i: int, day: date, cluster: str):
        return (f"a:{i}", rng.choice(outlets), cluster, rng.random() < 0.5,
                datetime.combine(day, datetime.min.time()).replace(hour=rng.randint(1, 23)))

    arts = []
    for i in range(400):
        cluster = f"c{rng.randint(0, 150)}"
        arts.append(article(i, start + timedelta(days=rng.randint(0, 69)), cluster))
    tags = {a[0]: rng.sample(topics, rng.randint(0, 2)) for a in arts}
    geo = {a[0]: rng.sample(countries, rng.randint(0, 2)) for a in arts}
    w = crafted_warehouse(tmp_path / "w.duckdb", arts, tags, geo)
    con = duckdb.connect(str(w))
    try:
        next_id = 400
        for round_ in range(4):
            landed = dict(con.execute("SELECT article_id, landing_date FROM core.articles").fetchall())
            ids = sorted(landed)
            touched = set()
            for aid in rng.sample(ids, 6):  # deleted (with their tags)
                for t in ("articles", "article_topics", "article_countries"):
                    con.execute(f"DELETE FROM core.{t} WHERE article_id = ?", [aid])
                touched.add(aid)
            for aid in rng.sample(ids, 8):  # a copy moved to another day and another story
                if aid in touched:
                    continue
                con.execute("UPDATE core.articles SET published_at = published_at + to_days(?), cluster_id = ? "
                            "WHERE article_id = ?", [rng.randint(-20, 20), f"c{rng.randint(0, 150)}", aid])
                touched.add(aid)
            for aid in rng.sample(ids, 6):  # re-tagged (on the article's landing day, where the loader keeps them)
                if aid in touched:
                    continue
                con.execute("DELETE FROM core.article_topics WHERE article_id = ?", [aid])
                con.execute("INSERT INTO core.article_topics (article_id, landing_date, topic, score, raw_path) "
                            "VALUES (?, ?, ?, 2.0, 'x')", [aid, landed[aid], rng.choice(topics)])
                touched.add(aid)
            for _ in range(10):  # new articles, some joining old stories
                a = article(next_id, start + timedelta(days=rng.randint(0, 75)), f"c{rng.randint(0, 170)}")
                next_id += 1
                con.execute("INSERT INTO core.articles (article_id, landing_date, outlet, url, title, published_at, "
                            "cluster_id, is_canonical, raw_path) VALUES (?, ?, ?, 'https://example.invalid', ?, "
                            "timezone('Asia/Seoul', ?::TIMESTAMP), ?, ?, 'x')",
                            [a[0], a[4].date(), a[1], f"Invented {a[0]}", a[4], a[2], a[3]])
                con.execute("INSERT INTO core.article_countries (article_id, landing_date, iso2, mentions, role, "
                            "raw_path) VALUES (?, ?, ?, 1, 'subject', 'x')", [a[0], a[4].date(), rng.choice(countries)])
                touched.add(a[0])
                landed[a[0]] = a[4].date()
            if round_ % 2:  # as a load records them: with the landing day of each changed row
                mark_marts_pending(con, pa.array(sorted(touched)), pa.array([landed[a] for a in sorted(touched)]))
            else:  # landing days unknown: the build looks at every article
                mark_marts_pending(con, pa.array(sorted(touched)))
            stats = build_marts(con)
            assert {s["mode"] for s in stats.values()} == {"incremental"}
            con.execute("CHECKPOINT")
            assert_equal_to_full_rebuild(con, w, tmp_path)
    finally:
        con.close()


def test_first_time_stories_of_later_days_follow_a_change_earlier_in_the_period(tmp_path):
    """period_day: a story's first day in a week or month moves when an earlier copy goes or a late one
    arrives, so the build recomputes the later days of the period where a touched story has a copy."""
    from datetime import datetime

    from chainwire.warehouse.state import mark_marts_pending
    from conftest import crafted_warehouse

    wed, thu, fri = date(2026, 11, 4), date(2026, 11, 5), date(2026, 11, 6)
    arts = [("newspim:1", "newspim", "c1", True, wed), ("yonhap:1", "yonhap", "c1", False, fri),
            ("newsis:2", "newsis", "c2", True, fri)]
    w = crafted_warehouse(tmp_path / "w.duckdb", arts, {a[0]: ["batteries"] for a in arts})
    firsts = ("SELECT first_in_week, first_in_month FROM marts.key_first_stories_daily "
              "WHERE date = ? AND dimension = 'topic' AND key = 'batteries'")
    week = ("SELECT unique_stories, days_with_articles FROM marts.coverage_period "
            "WHERE period = 'week' AND dimension = 'topic' AND key = 'batteries'")
    con = duckdb.connect(str(w))
    try:
        assert con.execute(firsts, [fri]).fetchall() == [(1, 1)]  # c1 was seen on Wednesday
        con.execute("DELETE FROM core.articles WHERE article_id = 'newspim:1'")
        con.execute("DELETE FROM core.article_topics WHERE article_id = 'newspim:1'")
        mark_marts_pending(con, pa.array(["newspim:1"]), pa.array([wed]))
        stats = build_marts(con)
        assert stats["key_first_stories_daily"]["partitions"] == 2  # Wednesday and Friday
        assert con.execute(firsts, [fri]).fetchall() == [(2, 2)]
        assert con.execute(week).fetchall() == [(2, 1)]
        # A late copy of c2 published on Thursday: c2 is no longer new on Friday.
        con.execute("INSERT INTO core.articles (article_id, landing_date, outlet, url, title, published_at, "
                    "cluster_id, is_canonical, raw_path) VALUES ('newsis:3', ?, 'newsis', 'https://example.invalid', "
                    "'Invented', timezone('Asia/Seoul', ?::TIMESTAMP), 'c2', FALSE, 'x')",
                    [fri, datetime.combine(thu, datetime.min.time()).replace(hour=10)])
        con.execute("INSERT INTO core.article_topics (article_id, landing_date, topic, score, raw_path) "
                    "VALUES ('newsis:3', ?, 'batteries', 3.0, 'x')", [fri])
        mark_marts_pending(con, pa.array(["newsis:3"]), pa.array([fri]))
        build_marts(con)
        assert con.execute(firsts, [fri]).fetchall() == [(1, 1)]
        assert con.execute(week).fetchall() == [(2, 2)]
        con.execute("CHECKPOINT")
        assert_equal_to_full_rebuild(con, w, tmp_path)
    finally:
        con.close()


def test_a_model_reads_only_marts_whose_changes_its_partitions_cover(tmp_path):
    """A period_day model changes days after the touched ones (within their weeks and months): a period
    model may read it, a trailing or day model may not."""
    head = "-- marts.{name}: x\n-- column cluster_id: story\n-- incremental: {strategy}\n-- partition: date\n"
    for name, strategy, sql in (("stories", "day_story", "SELECT * FROM marts.stg_articles"),
                                ("firsts", "period_day", "SELECT * FROM marts.stories"),
                                ("totals", "period", "SELECT * FROM marts.firsts")):
        (tmp_path / f"{name}.sql").write_text(head.format(name=name, strategy=strategy) + sql, encoding="utf-8")
    shutil.copy(MODELS_DIR / "stg_articles.sql", tmp_path / "stg_articles.sql")
    assert load_models(tmp_path)["totals"].strategy == "period"
    (tmp_path / "movers.sql").write_text(head.format(name="movers", strategy="trailing 28")
                                         + "SELECT * FROM marts.firsts", encoding="utf-8")
    with pytest.raises(ValueError, match="movers: a trailing model reads"):
        load_models(tmp_path)
