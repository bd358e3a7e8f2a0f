"""chainwire_daily end to end with dag.test() on a temporary AIRFLOW_HOME, rows asserted in DuckDB."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import duckdb
import pytest

from conftest import ROOT, airflow_env

pytestmark = pytest.mark.slow

RUNNER = r"""
import json, sys
from datetime import datetime, timezone
from airflow.dag_processing.dagbag import DagBag
bag = DagBag(dag_folder=sys.argv[1])
assert not bag.import_errors, bag.import_errors
dag = bag.dags["chainwire_daily"]
day = sys.argv[2]
conf = {"run_date": day}
if len(sys.argv) > 3:
    conf["stages"] = sys.argv[3].split(",")
dr = dag.test(logical_date=datetime.fromisoformat(day).replace(tzinfo=timezone.utc), run_conf=conf)
from airflow.models.dagrun import DagRun
from airflow.utils.session import create_session
import importlib.util  # what make run does after its dags-test runs
spec = importlib.util.spec_from_file_location("chainwire_plugin", sys.argv[1] + "/../plugins/chainwire_coverage_plugin.py")
plugin = importlib.util.module_from_spec(spec)
spec.loader.exec_module(plugin)
plugin.annotate_test_runs()
with create_session() as session:  # what the UI reads: the note and the start the listener set
    row = session.query(DagRun).filter(DagRun.dag_id == dag.dag_id, DagRun.run_id == dr.run_id).one()
    starts = [ti.start_date for ti in row.get_task_instances(session=session) if ti.start_date]
    info = {"note": row.note, "start_ok": bool(starts) and row.start_date >= min(starts) - __import__("datetime").timedelta(seconds=5),
            "start": str(row.start_date), "logical": str(row.logical_date)}
print("RESULT " + json.dumps({"state": str(dr.state), "run_id": dr.run_id, **info}))
"""


def test_dag_test_loads_the_day(tmp_path, synth_corpus):
    home = tmp_path / "airflow-home"
    raw, data = tmp_path / "raw", tmp_path / "data"
    shutil.copytree(synth_corpus / "raw", raw)
    env = airflow_env(home, CHAINWIRE_RAW_DIR=str(raw), CHAINWIRE_DATA_DIR=str(data), CHAINWIRE_GX_DIR=str(tmp_path / "gx"), CHAINWIRE_DAG_TEST="1")
    subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"], env=env, check=True, capture_output=True)
    days = sorted(p.name for p in raw.iterdir())
    expected = {d: len(list((raw / d).glob("*.txt"))) for d in days}
    for day in days:
        proc = subprocess.run([sys.executable, "-c", RUNNER, str(ROOT / "dags"), day], env=env,
                              capture_output=True, text=True, timeout=600)
        line = [l for l in proc.stdout.splitlines() if l.startswith("RESULT ")]
        assert proc.returncode == 0 and line, proc.stdout[-3000:] + proc.stderr[-3000:]
        result = json.loads(line[0][7:])
        assert result["state"].endswith("success"), proc.stdout[-3000:]
        # The run's note names its landing day; its start is when it started, not its (past) logical date.
        assert (result["note"] or "").startswith(f"Landing day **{day}** · {expected[day]} files"), result
        assert result["start_ok"], result
    con = duckdb.connect(str(data / "warehouse" / "chainwire_snapshot.duckdb"), read_only=True)
    got = dict(con.execute("select strftime(landing_date, '%Y-%m-%d'), count(*) from core.articles group by 1").fetchall())
    assert got == expected
    stages = {r[0] for r in con.execute("select stage from core.runs where run_id not like 'cli%'").fetchall()}
    assert stages == {"discover", "parse", "validate", "dedup", "enrich", "load"}
    con.close()

    # Reprocessing after a taxonomy bump: stages=enrich,marts re-tags the clean lake without re-parsing.
    proc = subprocess.run([sys.executable, "-c", RUNNER, str(ROOT / "dags"), days[0], "enrich,marts"], env=env,
                          capture_output=True, text=True, timeout=600)
    line = [l for l in proc.stdout.splitlines() if l.startswith("RESULT ")]
    assert proc.returncode == 0 and line, proc.stdout[-3000:] + proc.stderr[-3000:]
    result = json.loads(line[0][7:])
    assert result["state"].endswith("success")
    con = duckdb.connect(str(data / "warehouse" / "chainwire_snapshot.duckdb"), read_only=True)
    ran = {r[0] for r in con.execute("select stage from core.runs where run_id = ?", [result["run_id"]]).fetchall()}
    assert ran == {"enrich", "load"}
    assert dict(con.execute("select strftime(landing_date, '%Y-%m-%d'), count(*) from core.articles group by 1").fetchall()) == expected
