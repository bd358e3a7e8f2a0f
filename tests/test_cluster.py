"""`make cluster-test`: the sample landing days through a local CeleryExecutor cluster (scripts/cluster.py:
Postgres, Redis, an S3 server (moto), the api-server, scheduler, dag-processor, triggerer, two Celery
workers) with the landing zone and the lake in buckets: the sample days are uploaded to
s3://chainwire-landing/raw with the S3 API and backfilled through the REST API — every run succeeded,
task instances ran on both workers, the warehouse tasks only on the worker of the warehouse queue,
every lake partition is one object in s3://chainwire-lake/data (the
same partitions as `make run`'s lake, nothing written to a local lake), and core.* row counts and
article ids equal a single-machine `make run` of the same days. Then the cluster is stopped and no
process of it is left (checked by its marker in every process's environment).

Not part of `make test` (marker `cluster`, deselected by pyproject's addopts); `.ci/run` runs both.
The first test here (the cluster's buckets and connection, on a moto server in this process) is quick
and part of `make test`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
from pathlib import Path
from urllib.parse import quote

import pytest

from conftest import ROOT, AirflowApi, airflow_env, free_port, query

DAYS = sorted(p.name for p in (ROOT / "sample" / "raw").iterdir() if re.fullmatch(r"\d{4}-\d{2}-\d{2}", p.name))
PARTITION = re.compile(r"[a-z_]+/landing_date=\d{4}-\d{2}-\d{2}/data\.parquet")
WORKLOAD = re.compile(r"Executing workload in Celery: .*?ti=TaskInstanceDTO\(id=UUID\('([0-9a-f-]+)'\), "
                      r"task_id='([^']+)', dag_id='([^']+)', run_id='([^']+)', try_number=(\d+)")


def _core_tables(db: Path) -> dict[str, int]:
    tables = [t for (t,) in query(db, "select table_name from information_schema.tables "
                                      "where table_schema = 'core' order by 1")]
    return {t: query(db, f'select count(*) from core."{t}"')[0][0] for t in tables}  # names from the catalog


def _local_partitions(lake: Path) -> list[str]:
    return sorted(p.relative_to(lake).as_posix() for p in lake.rglob("*") if p.is_file()
                  and PARTITION.fullmatch(p.relative_to(lake).as_posix()))


def _article_ids(db: Path) -> list[str]:
    return [a for (a,) in query(db, "select article_id from core.articles order by 1")]


TASK_VIEW = """
import json, sys
from datetime import date
from chainwire import storage
from chainwire.settings import get_settings
from chainwire.sources.landing import scan
s = get_settings()
found = scan(s.raw_dir, date.fromisoformat(sys.argv[1]), settle=0)
print(json.dumps({"conn_id": s.raw_dir.conn_id, "raw_dir": storage.url(s.raw_dir),
                  "files": sorted(f.rel_path for f in found.files)}))
"""


def test_cluster_buckets_landing_upload_and_task_connection(tmp_path):
    """What the cluster gives its tasks without starting it: both buckets created (again: kept), the landing
    days uploaded as objects, and the settings a task gets — CHAINWIRE_RAW_DIR/DATA_DIR on the buckets, the
    aws_default connection from AIRFLOW_CONN_AWS_DEFAULT — reach the upload with no AWS_* variable."""
    moto_server = pytest.importorskip("moto.server")
    from cluster import LAKE_URL, LANDING_URL, Cluster, cluster_settings

    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=free_port(), verbose=False)
    server.start()
    try:
        host, port = server.get_host_and_port()
        cluster = Cluster(tmp_path / "cluster", s3_endpoint=f"http://{host}:{port}")
        assert cluster.create_buckets() == cluster.create_buckets() == ["chainwire-landing", "chainwire-lake"]
        sample = sorted(p.relative_to(ROOT / "sample" / "raw").as_posix()
                        for p in (ROOT / "sample" / "raw").rglob("*") if p.is_file())
        assert cluster.add_landing(ROOT / "sample" / "raw") == len(sample)
        assert sorted(cluster.objects(LANDING_URL)) == sample and cluster.objects(LAKE_URL) == {}

        settings = cluster_settings("postgresql+psycopg2://u@127.0.0.1:1/airflow", "redis://127.0.0.1:2/0",
                                    cluster.raw, cluster.data, cluster.warehouse_path.parent, cluster.s3_endpoint)
        assert (settings["CHAINWIRE_RAW_DIR"], settings["CHAINWIRE_DATA_DIR"]) == (LANDING_URL, LAKE_URL)
        assert settings["CHAINWIRE_WAREHOUSE_DIR"] == str(tmp_path / "cluster" / "warehouse")
        assert json.loads(settings["AIRFLOW_CONN_AWS_DEFAULT"])["extra"]["endpoint_url"] == cluster.s3_endpoint
        # A task's process: the cluster's settings, the task runner's AIRFLOW_CTX_DAG_ID, no AWS_* variable.
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_") and k != "CHAINWIRE_AWS_CONN_ID"}
        env.update({k: settings[k] for k in ("CHAINWIRE_RAW_DIR", "CHAINWIRE_DATA_DIR", "CHAINWIRE_WAREHOUSE_DIR",
                                             "AIRFLOW_CONN_AWS_DEFAULT")}, AIRFLOW_CTX_DAG_ID="chainwire_daily")
        day = DAYS[0]
        done = subprocess.run([sys.executable, "-c", TASK_VIEW, day], env=env, capture_output=True, text=True,
                              timeout=300)
        assert done.returncode == 0, done.stderr[-3000:]
        seen = json.loads(done.stdout.strip().splitlines()[-1])
        assert seen["conn_id"] == "aws_default" and seen["raw_dir"] == LANDING_URL
        assert seen["files"] == [p for p in sample if p.startswith(day + "/")]
    finally:
        server.stop()


@pytest.fixture(scope="module")
def single_machine(tmp_path_factory) -> Path:
    """`make run` (scripts/make_run.sh: airflow dags test per day, embedded SQLite) on a copy of the sample."""
    base = tmp_path_factory.mktemp("make-run")
    shutil.copytree(ROOT / "sample" / "raw", base / "raw")
    env = airflow_env(base / "home", CHAINWIRE_RAW_DIR=str(base / "raw"), CHAINWIRE_DATA_DIR=str(base / "data"),
                      CHAINWIRE_GX_DIR=str(base / "gx"), CHAINWIRE_SETTLE_SECONDS="0")
    done = subprocess.run(["bash", "scripts/make_run.sh"], cwd=ROOT, env=env, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=1800)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    return base / "data" / "warehouse" / "chainwire.duckdb"


def _wait_for_dag(api: AirflowApi, dag_id: str, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            api.call("GET", f"/api/v2/dags/{dag_id}")
            return
        except urllib.error.HTTPError:
            if time.monotonic() > deadline:
                raise
            time.sleep(2)


def _wait_for_runs(api: AirflowApi, timeout: float) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        runs = api.call("GET", "/api/v2/dags/chainwire_daily/dagRuns?limit=100")["dag_runs"]
        if len(runs) >= len(DAYS) and all(r["state"] in ("success", "failed") for r in runs):
            return runs
        time.sleep(5)
    pytest.fail(f"backfill not finished in {timeout:.0f} s: {[(r['dag_run_id'], r['state']) for r in runs]}")


WAREHOUSE_TASKS = {"load", "build_marts", "build_report", "post_digest"}  # open the warehouse file


@pytest.mark.cluster
@pytest.mark.slow
def test_cluster_backfill_matches_make_run(tmp_path, single_machine):
    from cluster import CLI_ENV, Cluster

    cluster = Cluster(tmp_path / "cluster", workers=2, concurrency=1,  # one slot each: parallel tasks must spread
                      extra_env={"CHAINWIRE_SETTLE_SECONDS": "0",
                                 # Only the backfill's runs: no scheduled run for the latest interval on unpause.
                                 "AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "False"})
    try:
        cluster.start()
        sample = sorted(p.relative_to(ROOT / "sample" / "raw").as_posix()
                        for p in (ROOT / "sample" / "raw").rglob("*") if p.is_file())
        assert cluster.add_landing(ROOT / "sample" / "raw") == len(sample) > 0
        assert sorted(cluster.objects(cluster.raw)) == sample  # the landing zone is the bucket
        api = AirflowApi(cluster.api_port, cluster.admin_password())
        _wait_for_dag(api, "chainwire_daily")
        api.call("PATCH", "/api/v2/dags/chainwire_daily", {"is_paused": False})  # backfills run on unpaused DAGs
        api.call("POST", "/api/v2/backfills", {
            "dag_id": "chainwire_daily", "from_date": f"{DAYS[0]}T00:00:00+09:00",
            "to_date": f"{DAYS[-1]}T23:59:00+09:00", "reprocess_behavior": "none", "max_active_runs": 1,
            "run_backwards": False, "dag_run_conf": {}})
        runs = _wait_for_runs(api, timeout=1500)
        tis = [ti for r in runs for ti in api.call(
            "GET", f"/api/v2/dags/chainwire_daily/dagRuns/{quote(r['dag_run_id'], safe='')}/taskInstances?limit=100"
        )["task_instances"]]
        worker_logs = cluster.worker_logs()
        lake_objects = cluster.objects(f"{cluster.data}/lake")  # before the stop: the S3 server stops too
        # `chainwire sql` with the settings the script prints, from an empty warehouse dir (another machine's
        # disk): it can only answer from the snapshot the cluster published to the lake bucket.
        reader = subprocess.run(
            [sys.executable, "-m", "chainwire", "sql", "--format", "json", "select count(*) as n from core.articles"],
            env={**os.environ, **{k: cluster.env[k] for k in CLI_ENV}, "CHAINWIRE_WAREHOUSE_DIR": str(tmp_path / "reader")},
            capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
        died = [(s.name, s.proc.returncode) for s in cluster.died()]
    finally:
        left = cluster.stop()

    print("\n== runs (REST backfill on the cluster)")
    for r in sorted(runs, key=lambda r: r["dag_run_id"]):
        print(f"  {r['dag_run_id']:<44} {r['run_type']:<9} {r['state']:<8} {r['start_date']} → {r['end_date']}")
    assert not died, f"cluster processes died during the test: {died}"
    assert sorted(r["dag_run_id"][len("backfill__"):][:10] for r in runs) == DAYS, runs
    assert all(r["run_type"] == "backfill" and r["state"] == "success" for r in runs), runs

    ran_on: dict[str, set[str]] = {}
    for worker, text in worker_logs.items():
        for ti_id, *_ in WORKLOAD.findall(text):
            ran_on.setdefault(ti_id, set()).add(worker)
    executed = [ti for ti in tis if ti["state"] == "success"]
    print("== task instances per worker")
    for worker in worker_logs:
        mine = [ti["task_id"] for ti in executed if worker in ran_on.get(ti["id"], ())]
        print(f"  {worker}: {len(mine)} task instances ({', '.join(sorted(set(mine)))})")
    assert executed, tis
    missing = [(ti["task_id"], ti["run_id"]) for ti in executed if ti["id"] not in ran_on]
    assert not missing, f"succeeded task instances no worker log shows: {missing}"
    assert all(any(w in ran_on.get(ti["id"], ()) for ti in executed) for w in worker_logs), ran_on

    # The warehouse tasks went to the warehouse queue, which only the first worker consumes.
    # (post_digest runs and skips itself without a webhook: it still ran on a worker.)
    warehouse_tis = [ti for ti in tis if ti["task_id"] in WAREHOUSE_TASKS and ti["id"] in ran_on]
    print(f"== warehouse tasks (queue {cluster.warehouse_queue!r}): "
          + ", ".join(f"{ti['task_id']}@{'/'.join(sorted(ran_on[ti['id']]))}" for ti in warehouse_tis))
    assert {"load", "build_marts", "build_report"} <= {ti["task_id"] for ti in executed if ti in warehouse_tis}
    assert all(ti["queue"] == cluster.warehouse_queue for ti in warehouse_tis), warehouse_tis
    assert all(ran_on[ti["id"]] == {cluster.warehouse_worker} for ti in warehouse_tis), ran_on

    partitions = sorted(k for k in lake_objects if PARTITION.fullmatch(k))
    expected_partitions = _local_partitions(single_machine.parent.parent / "lake")
    print(f"== lake: {len(partitions)} partition objects in {cluster.data}/lake "
          f"({sum(lake_objects[k] for k in partitions)} bytes), {len(expected_partitions)} partition files in "
          "make run's lake")
    for table in sorted({k.split("/", 1)[0] for k in partitions}):
        days = [k.split("/")[1][len("landing_date="):] for k in partitions if k.startswith(table + "/")]
        print(f"  {table:<28} {', '.join(days)}")
    assert expected_partitions and partitions == expected_partitions
    assert all(lake_objects[k] > 0 for k in partitions)
    assert not (cluster.workdir / "data").exists() and not (cluster.workdir / "raw").exists(), \
        "a local landing zone or lake was written: the cluster's are the buckets"

    assert reader.returncode == 0, reader.stdout[-2000:] + reader.stderr[-2000:]
    read = json.loads(reader.stdout)[0]["n"]
    print(f"== chainwire sql from an empty warehouse dir: {read} core.articles rows, from the snapshot in "
          f"{cluster.data}/warehouse")

    cluster_db = cluster.warehouse_path
    expected, got = _core_tables(single_machine), _core_tables(cluster_db)
    print("== core.* rows: make run vs cluster")
    for table in sorted(set(expected) | set(got)):
        print(f"  core.{table:<28} {expected.get(table, '-'):>6} {got.get(table, '-'):>6}")
    assert got == expected
    assert expected["articles"] > 0
    assert _article_ids(cluster_db) == _article_ids(single_machine)
    assert read == expected["articles"]
    assert left == [], f"cluster processes left after stop: {left}"
    print("== stopped: no process of the cluster left")
