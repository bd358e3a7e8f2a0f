"""Fault injection: concurrent runs of one day (CLI vs CLI, CLI vs the Airflow tasks called
in-process), retries, the day lock, and readers on the snapshot and on the main warehouse file."""

from __future__ import annotations

import functools
import importlib.util
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from chainwire import pipeline, staging
from chainwire.locks import LockTimeout, day_lock

from .conftest import DAY1, DAY2, PER_DAY, kill_pid

ROOT = Path(__file__).resolve().parents[2]


# ----------------------------------------------------------------------------- the Airflow tasks, in-process
@pytest.fixture(scope="module")
def daily_dag():
    spec = importlib.util.spec_from_file_location("chainwire_daily_dag_under_test", ROOT / "dags" / "chainwire_daily.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod, mod.chainwire_daily()


def airflow_task(daily_dag, monkeypatch, task_id: str, run_id: str, day=DAY1, **params):
    """The task's Python callable with a minimal Airflow context (what the worker would pass) and
    the partition date (resolve_partition_date's value) as its first argument."""
    mod, dag = daily_dag
    ctx = {"run_id": run_id, "params": {"stages": ["parse", "enrich", "marts"], **params}}
    monkeypatch.setattr(mod, "get_current_context", lambda: ctx)
    return functools.partial(dag.get_task(task_id).python_callable, day.isoformat())


def _airflow_parse(daily_dag, monkeypatch, run_id):
    batches = airflow_task(daily_dag, monkeypatch, "discover", run_id)()
    parse = airflow_task(daily_dag, monkeypatch, "parse_batch", run_id)
    return [parse(b) for b in batches]


def _airflow_rest(daily_dag, monkeypatch, run_id, results):
    airflow_task(daily_dag, monkeypatch, "assemble", run_id)(results)
    for t in ("validate", "dedup"):
        airflow_task(daily_dag, monkeypatch, t, run_id)()
    enrich = airflow_task(daily_dag, monkeypatch, "enrich", run_id)
    tagged = [enrich(b) for b in airflow_task(daily_dag, monkeypatch, "plan_enrich", run_id)()]
    airflow_task(daily_dag, monkeypatch, "assemble_enrich", run_id)(tagged)
    airflow_task(daily_dag, monkeypatch, "load", run_id)()


def test_cli_run_between_airflow_parse_and_assemble(make_world, monkeypatch, daily_dag, clean):
    """The issue's wipe: a CLI run lands while an Airflow run is between parse_batch and assemble,
    and keeps running while the Airflow run's assemble … load tasks run (they take turns on the lock)."""
    world = make_world("both")
    run_id = "manual__2026-11-02T00:00:00+00:00"
    results = _airflow_parse(daily_dag, monkeypatch, run_id)
    code = "import sys; from chainwire.cli import main; sys.exit(main(sys.argv[1:]))"
    cli = subprocess.Popen([sys.executable, "-c", code, "run", "--date", DAY1.isoformat()],
                           env={**os.environ, **world.env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _airflow_rest(daily_dag, monkeypatch, run_id, results)
    finally:
        out, err = cli.communicate(timeout=300)
    assert cli.returncode == 0, err
    assert world.dump() == clean
    loaded_by = world.sql("SELECT DISTINCT run_id FROM core.raw_files WHERE landing_date = ?", [DAY1])
    assert len(loaded_by) == 1  # one run's complete day, never a mix of two
    stages = world.sql("SELECT stage FROM core.runs WHERE run_id = ? ORDER BY 1", [run_id])
    assert [s for (s,) in stages] == ["dedup", "discover", "enrich", "load", "parse", "validate"]  # its own log


def test_cli_vs_cli_same_day(make_world, clean):
    world = make_world("both")
    env = {**os.environ, **world.env}
    code = "import sys; from chainwire.cli import main; sys.exit(main(sys.argv[1:]))"
    procs = [subprocess.Popen([sys.executable, "-c", code, "run", "--date", DAY1.isoformat()], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert world.dump() == clean
    loads = world.sql("SELECT count(*) FROM core.runs WHERE stage = 'load' AND partition_date = ?", [DAY1])
    assert loads == [(3,)]  # the template's load and the two serialized runs


def test_assemble_retry_finds_its_batches(make_world, monkeypatch, daily_dag):
    world = make_world("none")
    run_id = "retry-run"
    results = _airflow_parse(daily_dag, monkeypatch, run_id)
    assemble = airflow_task(daily_dag, monkeypatch, "assemble", run_id)
    first = assemble(results)
    first_manifest = world.staged_manifest(DAY1)
    second = assemble(results)  # the task is retried (e.g. the worker died after writing staging)
    assert second == first and first["files"] == PER_DAY
    assert world.staged_manifest(DAY1) == first_manifest


def test_assemble_keeps_other_runs_batches_and_prunes_abandoned_ones(make_world):
    world = make_world("none")
    s = world.settings
    refs = {}
    for rid in ("other-live-run", "abandoned-run"):
        pipeline.discover_day(DAY1, rid, s)
        refs[rid] = [pipeline.parse_batch(DAY1, rid, b, s).batch for b in pipeline.plan_batches(DAY1, s, run_id=rid)]
    old = time.time() - 3 * 86400
    abandoned = staging.run_dir(s, DAY1, "abandoned-run")
    for p in [abandoned, *abandoned.iterdir()]:
        os.utime(p, (old, old))
    pipeline.parse_day(DAY1, "mine", s)
    assert all(Path(ref).is_dir() for ref in refs["other-live-run"])  # untouched
    assert not abandoned.exists()  # three days old: a dead run's leftovers
    pipeline.assemble_day(DAY1, "other-live-run", s, refs["other-live-run"])  # the live run still assembles its day
    assert len(world.staged_manifest(DAY1)) == PER_DAY


def test_airflow_allow_empty_param(make_world, monkeypatch, daily_dag):
    world = make_world("both")
    for p in world.day_dir(DAY1).iterdir():
        p.unlink()
    with pytest.raises(pipeline.EmptyLandingError, match=str(world.day_dir(DAY1))):
        airflow_task(daily_dag, monkeypatch, "discover", "af-strict")()
    assert airflow_task(daily_dag, monkeypatch, "discover", "af-clear", allow_empty=True)() == [[]]
    assert daily_dag[1].params["allow_empty"] is False


def test_day_lock_timeout_names_the_holder(make_world, monkeypatch, capsys):
    world = make_world("both")
    monkeypatch.setenv("CHAINWIRE_LOCK_TIMEOUT", "0.5")
    errors = []

    def other_run():
        from chainwire.cli import main

        errors.append(main(["run", "--date", DAY1.isoformat()]))

    with day_lock(world.data, DAY1, "scheduled__2026-11-02 (an Airflow task)"):
        t = threading.Thread(target=other_run)
        t.start()
        t.join(60)
    assert errors == [2]
    err = capsys.readouterr().err
    assert "locked by run scheduled__2026-11-02 (an Airflow task)" in err and "CHAINWIRE_LOCK_TIMEOUT" in err


def test_day_lock_is_released_when_its_holder_is_killed(make_world):
    world = make_world("none")
    code = ("import sys, time; from datetime import date; from pathlib import Path; from chainwire.locks import day_lock\n"
            "with day_lock(Path(sys.argv[1]), date(2026, 11, 2), 'doomed'):\n    print('held', flush=True); time.sleep(60)")
    p = subprocess.Popen([sys.executable, "-c", code, str(world.data)], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "held"
    with pytest.raises(LockTimeout, match="doomed"):
        with day_lock(world.data, DAY1, "me", timeout=0.3):
            pass
    kill_pid(p.pid)
    p.wait()
    with day_lock(world.data, DAY1, "me", timeout=5):  # the kernel dropped the dead process's lock
        pass


# ----------------------------------------------------------------------------- readers
def _hold_readonly(path: Path, seconds: float) -> subprocess.Popen:
    code = ("import sys, time, duckdb; c = duckdb.connect(sys.argv[1], read_only=True); "
            "c.execute('select 1').fetchall(); print('open', flush=True); time.sleep(float(sys.argv[2]))")
    p = subprocess.Popen([sys.executable, "-c", code, str(path), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "open"
    return p


def test_reader_on_the_snapshot_during_a_load(make_world, clean):
    import duckdb

    world = make_world("both")
    reader = duckdb.connect(str(world.snapshot), read_only=True)
    before = reader.execute("SELECT count(*) FROM core.articles").fetchone()
    pipeline.run_day(DAY1, settings=world.settings)  # not blocked by the open session
    assert reader.execute("SELECT count(*) FROM core.articles").fetchone() == before  # its view stays whole
    reader.close()
    assert world.dump() == clean


def test_reader_holding_the_main_file_fails_the_load_clearly_and_the_run_goes_on(make_world, monkeypatch, capsys,
                                                                                  clean):
    from chainwire.cli import main

    world = make_world("both")
    monkeypatch.setenv("CHAINWIRE_WAREHOUSE_WAIT", "1")
    reader = _hold_readonly(world.warehouse, 120)
    try:
        rc = main(["run", "--date", DAY1.isoformat(), "--date", DAY2.isoformat()])
    finally:
        kill_pid(reader.pid)
        reader.wait()
    err = capsys.readouterr().err
    assert rc == 2 and "Traceback" not in err
    for d in (DAY1, DAY2):  # every day was tried, each says why it failed
        line = next(x for x in err.splitlines() if x.startswith(f"{d}: FAILED"))
        assert "is held by" in line and f"PID {reader.pid}" in line and "snapshot" in line
    assert "2 of 2 day(s) failed" in err
    assert world.dump() == clean  # nothing lost
    pending = list((world.data / "runs_pending").glob("*.json"))
    assert len(pending) == 2  # the failures wait for the warehouse
    pipeline.run_day(DAY1, settings=world.settings)  # reader gone: the next run loads and flushes them
    assert world.dump() == clean
    failed = world.sql("SELECT partition_date, stage FROM core.runs WHERE status = 'failed' ORDER BY 1")
    assert [(str(d), s) for d, s in failed] == [(str(DAY1), "load"), (str(DAY2), "load")]


def test_reader_leaving_within_the_wait_lets_the_load_through(make_world, monkeypatch, clean):
    world = make_world("both")
    monkeypatch.setenv("CHAINWIRE_WAREHOUSE_WAIT", "60")
    reader = _hold_readonly(world.warehouse, 2)
    try:
        pipeline.run_day(DAY1, settings=world.settings)
    finally:
        kill_pid(reader.pid)
        reader.wait()
    assert world.dump() == clean
