"""Backfill for real: Airflow's API server and scheduler on a temporary AIRFLOW_HOME, a backfill created
with POST /api/v2/backfills over the sample days, every run succeeded, each day in DuckDB exactly once
and in marts.* (the runs end with the marts), each run's note names its landing day; a backfill that
sets run_date is refused; a second backfill with reprocess_behavior=completed leaves identical counts.
The metadata DB is a Postgres database the harness starts (conftest.postgres_server): no SQLite write lock
for the API server to wait on while the scheduler writes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
import urllib.error
from pathlib import Path

import pytest

from conftest import ROOT, AirflowApi, airflow_env, free_port, login_password, query, start_standalone

pytestmark = pytest.mark.slow
DAYS = ["2026-11-02", "2026-11-03", "2026-11-04"]


def _counts(data: Path) -> dict:
    return dict(query(data / "warehouse" / "chainwire_snapshot.duckdb",
                      "select strftime(landing_date, '%Y-%m-%d'), count(*) || '/' || count(distinct article_id) "
                      "from core.articles group by 1 order by 1"))


def _backfill_runs(api: AirflowApi) -> dict[str, dict]:
    runs = api.call("GET", "/api/v2/dags/chainwire_daily/dagRuns?limit=100")["dag_runs"]
    return {r["dag_run_id"]: r for r in runs if r.get("run_type") == "backfill"}


def _backfill_ids(api: AirflowApi) -> set[int]:
    return {b["id"] for b in api.call("GET", "/api/v2/backfills?dag_id=chainwire_daily")["backfills"]}


def _backfill(api: AirflowApi, reprocess: str, timeout: float = 900) -> list[dict]:
    """Create a backfill and wait until each of its runs has (re-)finished after the request."""
    before = {k: r.get("end_date") for k, r in _backfill_runs(api).items()}
    body = {"dag_id": "chainwire_daily", "from_date": f"{DAYS[0]}T00:00:00+09:00",
            "to_date": f"{DAYS[-1]}T23:59:00+09:00", "reprocess_behavior": reprocess, "max_active_runs": 1,
            "run_backwards": False, "dag_run_conf": {}}
    known = _backfill_ids(api)
    for attempt in range(60):  # 409 until the scheduler has marked the previous backfill complete
        try:
            api.call("POST", "/api/v2/backfills", body)
            break
        except urllib.error.HTTPError as exc:
            if exc.code >= 500 and _backfill_ids(api) - known:
                break  # a 5xx after the backfill was written: it exists, wait for its runs
            if exc.code not in (409, 500, 503) or attempt == 59:
                raise
            time.sleep(3)
    deadline = time.time() + timeout
    while time.time() < deadline:
        runs = _backfill_runs(api)
        done = [r for k, r in runs.items() if r["state"] in ("success", "failed") and r.get("end_date")
                and r.get("end_date") != before.get(k)]
        if len(runs) == len(DAYS) and len(done) == len(DAYS):
            return list(runs.values())
        time.sleep(5)
    pytest.fail(f"{reprocess} backfill did not finish in {timeout} s: {_backfill_runs(api)}")


def test_backfill_over_sample_days_via_rest_api(tmp_path, airflow_metadata_db):
    port = free_port()
    raw, data = tmp_path / "raw", tmp_path / "data"
    shutil.copytree(ROOT / "sample" / "raw", raw)
    # The DAG files never change during the test: parsed once, no need to re-parse them every 30 s.
    env = airflow_env(tmp_path / "home", AIRFLOW__API__PORT=str(port), CHAINWIRE_RAW_DIR=str(raw),
                      CHAINWIRE_DATA_DIR=str(data), CHAINWIRE_GX_DIR=str(tmp_path / "gx"),
                      AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=airflow_metadata_db,
                      AIRFLOW__DAG_PROCESSOR__MIN_FILE_PROCESS_INTERVAL="3600",
                      AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL="3600")
    proc, lines, login = start_standalone(env)
    try:
        assert login, "".join(lines[-40:])
        api = AirflowApi(port, login_password(login))
        for _ in range(90):  # wait for the dag-processor to register the DAG
            try:
                api.call("GET", "/api/v2/dags/chainwire_daily")
                break
            except urllib.error.HTTPError:
                time.sleep(2)
        api.call("PATCH", "/api/v2/dags/chainwire_daily", {"is_paused": False})

        refused = {"dag_id": "chainwire_daily", "from_date": f"{DAYS[0]}T00:00:00+09:00",
                   "to_date": f"{DAYS[-1]}T23:59:00+09:00", "reprocess_behavior": "none", "max_active_runs": 1,
                   "dag_run_conf": {"run_date": DAYS[1]}}
        with pytest.raises(urllib.error.HTTPError) as exc:
            api.call("POST", "/api/v2/backfills", refused)
        assert exc.value.code == 400 and "run_date is set" in exc.value.read().decode()

        runs = _backfill(api, "none")
        assert len(runs) == len(DAYS) and all(r["state"] == "success" for r in runs), runs
        first = _counts(data)
        assert sorted(first) == DAYS
        for day, cell in first.items():  # each day once, no duplicate article rows
            rows, ids = cell.split("/")
            assert rows == ids and int(rows) >= len(list((raw / day).glob("*.txt"))) - 2, (day, cell)

        for r in runs:
            day = r["dag_run_id"].split("__", 1)[1][:10]  # backfill__<23:30 Seoul = 14:30 UTC, same date>
            assert (r.get("note") or "").startswith(f"Landing day **{day}**"), r
        marts = {row[0] for row in query(data / "warehouse" / "chainwire_snapshot.duckdb",
                                          "select distinct strftime(date, '%Y-%m-%d') from marts.coverage_daily")}
        assert max(marts) >= DAYS[-1], marts  # the marts followed the loads, nothing unpaused by hand

        runs = _backfill(api, "completed")
        assert all(r["state"] == "success" for r in runs), runs
        assert _counts(data) == first
    finally:
        os.kill(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=90)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
