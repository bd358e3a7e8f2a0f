"""Warehouse guarantees: atomic per-day loads (even under SIGKILL), a snapshot that never locks anyone out,
schema documentation, and the marts runner."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

from chainwire import pipeline
from conftest import query

DAY = date(2026, 11, 2)

KILLED_LOAD = r"""
import sys, time
from datetime import date
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
                          "select comment from duckdb_tables() where schema_name='core' and table_name='articles';"
                          "select count(*) from core.articles;"], capture_output=True, text=True, check=True).stdout
    assert "One row per story" in out and "\n8\n" in out


def test_every_core_and_mart_column_is_documented(workspace, synth_corpus):
    _day(workspace, synth_corpus)
    pipeline.run_day(DAY, settings=workspace)
    missing = query(workspace.snapshot_path,
                     "select schema_name || '.' || table_name || '.' || column_name from duckdb_columns() "
                     "where schema_name in ('core', 'marts') and (comment is null or comment = '')")
    assert missing == []
    tables = query(workspace.snapshot_path, "select count(*) from duckdb_tables() where schema_name = 'marts' "
                                             "and (comment is null or comment = '')")
    assert tables == [(0,)]


def test_new_schema_column_is_added_in_place(workspace):
    from chainwire.warehouse.load import connect_writer, ensure_schema

    with connect_writer(workspace.warehouse_path) as con:
        con.execute("CREATE SCHEMA core")
        con.execute("CREATE TABLE core.runs (run_id VARCHAR NOT NULL, partition_date DATE NOT NULL, stage VARCHAR NOT NULL)")
        con.execute("INSERT INTO core.runs VALUES ('old', DATE '2026-11-01', 'parse')")
        ensure_schema(con)
        cols = [r[0] for r in con.execute("select column_name from duckdb_columns() where table_name='runs'").fetchall()]
        assert "seconds" in cols and con.execute("select count(*) from core.runs").fetchone()[0] == 1


def test_marts_run_in_dependency_order_and_reject_cycles(tmp_path):
    from chainwire.warehouse.marts import load_models, run_order

    order = run_order(load_models())
    assert order.index("stg_articles") < order.index("coverage_daily")
    (tmp_path / "a.sql").write_text("-- marts.a: x\nSELECT * FROM marts.b")
    (tmp_path / "b.sql").write_text("-- marts.b: y\nSELECT * FROM marts.a")
    with pytest.raises(ValueError, match="cycle"):
        run_order(load_models(tmp_path))
