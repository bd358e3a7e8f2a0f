"""The Airflow DAG's batches (``chainwire.batching``): sized for the day and the task slots, covering the
day's files in order; and a day run through the DAG's own task callables — with one process per
mapped task and with the ``dags test`` pool — gives exactly the tables of ``chainwire run``."""

from __future__ import annotations

import gc
import importlib.util
from datetime import date

import pytest

from chainwire import batching, dag_defaults
from conftest import ROOT

FILES = [f"2026-11-02/f{i:05d}.txt" for i in range(20000)]


@pytest.mark.unit
def test_a_day_is_cut_into_one_batch_per_slot_within_the_bounds():
    for slots in (1, 2, 3, 4):
        batches = batching.split(FILES, slots)
        assert [f for b in batches for f in b] == FILES  # every file once, in order
        assert len(batches) == slots
        assert max(map(len, batches)) - min(map(len, batches)) <= 1
    assert [len(b) for b in batching.split(FILES, 2)] == [10000, 10000]
    big = FILES * 2 + ["2026-11-02/z.txt"]  # above two ceilings: whole rounds of 2 tasks
    assert [len(b) for b in batching.split(big, 2)] == [10001, 10000, 10000, 10000]
    assert [len(b) for b in batching.split(FILES * 3, 2)] == [15000] * 4
    assert max(map(len, batching.split(FILES * 5, 3))) <= batching.MAX_FILES_PER_TASK
    assert len(batching.split(FILES * 5, 3)) == 6


@pytest.mark.unit
def test_a_small_day_stays_few_tasks():
    assert batching.split(FILES[:300], 4) == [FILES[:300]]  # below the floor: one task
    assert [len(b) for b in batching.split(FILES[:3999], 4)] == [3999]  # two would be below the floor each
    assert [len(b) for b in batching.split(FILES[:5000], 4)] == [2500, 2500]
    assert batching.split([], 4) == [[]]  # one task that finds nothing (an allowed empty day)
    assert [len(b) for b in batching.split(FILES[:10], 3, min_files=1)] == [4, 3, 3]


@pytest.mark.unit
def test_task_slots_come_from_the_environment_else_the_cores(monkeypatch):
    from chainwire import parallel

    monkeypatch.delenv(batching.SLOTS_ENV, raising=False)
    assert batching.task_slots() == parallel.available_cores()
    monkeypatch.setenv(batching.SLOTS_ENV, "6")
    assert batching.task_slots() == 6
    assert batching.task_slots(3) == 3
    for bad in ("0", "many"):
        monkeypatch.setenv(batching.SLOTS_ENV, bad)
        with pytest.raises(ValueError, match=batching.SLOTS_ENV):
            batching.task_slots()


@pytest.mark.unit
def test_outside_a_dags_test_a_mapped_task_uses_one_process():
    assert dag_defaults.runs_in_process() is False
    assert dag_defaults.mapped_task_workers() == 1
    assert dag_defaults.batch_slots(3) == 3  # one batch per task slot: the mapped tasks run side by side


@pytest.mark.unit
def test_under_dags_test_a_day_is_one_batch_worked_over_a_pool(monkeypatch):
    """Tasks one after another in one process: a second batch would only start a second pool."""
    monkeypatch.setattr(dag_defaults, "runs_in_process", lambda: True)
    assert dag_defaults.batch_slots(3) == 1 and dag_defaults.mapped_task_workers() is None
    files = [f"f{i:05}.txt" for i in range(batching.MAX_FILES_PER_TASK * 2 + 1)]
    assert [len(b) for b in batching.split(files[:20000], dag_defaults.batch_slots(2))] == [20000]
    assert len(batching.split(files, dag_defaults.batch_slots(2))) == 3  # still none above the ceiling


def _fingerprint(db) -> dict:
    spec = importlib.util.spec_from_file_location("table_fingerprint", ROOT / "scripts" / "table_fingerprint.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.fingerprint(db)


def _dag_module():
    spec = importlib.util.spec_from_file_location("chainwire_daily_under_test", ROOT / "dags" / "chainwire_daily.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _run_dag_tasks(mod, monkeypatch, day: date, run_id: str, enrich_last: bool = False,
                   before_assemble_enrich=None) -> dict[str, list]:
    """The DAG's task callables in its dependency order (the enrich tasks before validate and dedup here,
    the earliest the DAG lets them run: they tag the parsed day in staging; ``enrich_last``: after dedup, the
    latest), mapped tasks once per batch; returns the mapped tasks' results. The load task leaves the run's
    staging folder, the marts task removes it."""
    from chainwire import staging
    from chainwire.settings import get_settings

    dag = mod.chainwire_daily()
    ctx = {"run_id": run_id, "params": {"stages": ["parse", "enrich", "marts"]}}
    monkeypatch.setattr(mod, "get_current_context", lambda: ctx)

    def call(task_id, *args):
        return dag.get_task(task_id).python_callable(day.isoformat(), *args)

    parsed = [call("parse_batch", b) for b in call("discover")]
    call("assemble", parsed)
    plan = call("plan_enrich")
    tagged = [] if enrich_last else [call("enrich", b) for b in plan]
    call("validate")
    call("dedup")
    tagged = tagged or [call("enrich", b) for b in plan]
    if before_assemble_enrich is not None:
        before_assemble_enrich()
    call("assemble_enrich", tagged)
    call("load")
    assert staging.run_dir(get_settings(), day, run_id).exists()  # left to the marts task
    call("build_marts")
    assert not staging.run_dir(get_settings(), day, run_id).exists()
    return {"parse": parsed, "enrich": tagged}


def test_dag_tasks_give_the_tables_of_chainwire_run(tmp_path, monkeypatch, pool_spy):
    """Two generated days of every layout (the second dedups against the first) through ``chainwire run``
    and through the DAG's tasks, cut into 3 batches — once with one process per task (an executor),
    once with each task's pool (``dags test``): every warehouse table hashes the same."""
    from chainwire import parallel
    from chainwire.pipeline import run_day
    from chainwire.settings import get_settings
    from chainwire_synth.generator import generate_corpus

    days = (date(2026, 11, 2), date(2026, 11, 3))
    generate_corpus(tmp_path / "corpus", days=2, per_day=60, seed=5, start_date=days[0], outlets="all")
    monkeypatch.setenv("CHAINWIRE_RAW_DIR", str(tmp_path / "corpus" / "raw"))
    monkeypatch.setenv("CHAINWIRE_GX_DIR", str(tmp_path / "gx"))
    monkeypatch.setattr(batching, "MIN_FILES_PER_TASK", 1)  # a small day cut like a big one …
    monkeypatch.setattr(parallel, "MIN_ITEMS_PER_WORKER", 5)  # … and its 20-file batches worth a pool
    pools = pool_spy
    monkeypatch.setenv("CHAINWIRE_DATA_DIR", str(tmp_path / "cli"))
    for day in days:
        run_day(day, settings=get_settings(), workers=1)
    expected = _fingerprint(get_settings().snapshot_path)
    assert expected["core.articles"]["rows"] > 100 and expected["core.article_topics"]["rows"] > 0

    mod = _dag_module()
    monkeypatch.setattr(mod, "TASK_SLOTS", 3)
    for name, workers in (("executor", 1), ("dags-test", 2)):
        monkeypatch.setattr(mod, "mapped_task_workers", lambda w=workers: w)
        monkeypatch.setenv("CHAINWIRE_DATA_DIR", str(tmp_path / name))
        pools.clear()
        for day in days:
            results = _run_dag_tasks(mod, monkeypatch, day, f"manual__{name}__{day}")
            assert [len(results[s]) for s in ("parse", "enrich")] == [3, 3]
            assert all(r["workers"] == workers and len(r["batches"]) >= 1 for s in results.values() for r in s)
        assert any(w == workers for _, w in pools), pools  # the tasks' sub-batches ran over that many processes
        assert _fingerprint(get_settings().snapshot_path) == expected, name


@pytest.mark.parametrize("order", ["enrich_last", "enrich_first", "pool_lost"])
def test_under_dags_test_the_parse_task_starts_the_enrichment_of_a_one_batch_day(tmp_path, monkeypatch, order):
    """``dags test``, a day of one batch: the parse task leaves the day's tagging running over a pool through
    assemble, validate and dedup; the enrich task returns at once (before or after dedup: ``dag.test`` runs the
    ready tasks in no set order) and ``assemble_enrich`` collects the pool — the tables of ``chainwire run``.
    ``pool_lost``: the pool is gone by then (a failed batch, a retried task): ``assemble_enrich`` tags the files."""
    from chainwire import parallel
    from chainwire.pipeline import run_day
    from chainwire.settings import get_settings
    from chainwire_synth.generator import generate_corpus

    days = (date(2026, 11, 2), date(2026, 11, 3))
    generate_corpus(tmp_path / "corpus", days=2, per_day=60, seed=5, start_date=days[0], outlets="all")
    monkeypatch.setenv("CHAINWIRE_RAW_DIR", str(tmp_path / "corpus" / "raw"))
    monkeypatch.setenv("CHAINWIRE_GX_DIR", str(tmp_path / "gx"))
    monkeypatch.setattr(parallel, "MIN_ITEMS_PER_WORKER", 5)  # the 60-file day worth a pool
    monkeypatch.setenv("CHAINWIRE_DATA_DIR", str(tmp_path / "cli"))
    for day in days:
        run_day(day, settings=get_settings(), workers=1)
    expected = _fingerprint(get_settings().snapshot_path)

    mod = _dag_module()
    monkeypatch.setattr(mod, "TASK_SLOTS", 1)
    monkeypatch.setattr(mod, "mapped_task_workers", lambda: 2)
    monkeypatch.setattr(mod, "runs_in_process", lambda: True)
    monkeypatch.setenv("CHAINWIRE_DATA_DIR", str(tmp_path / "dags-test"))
    started = []
    real_start = parallel.start_batches
    monkeypatch.setattr(parallel, "start_batches", lambda *a, **kw: started.append(a[2]) or real_start(*a, **kw))
    lose = (lambda: [batching._ENRICH_AHEAD.pop(k).cancel() for k in list(batching._ENRICH_AHEAD)]) \
        if order == "pool_lost" else None
    for day in days:
        results = _run_dag_tasks(mod, monkeypatch, day, f"manual__ahead__{day}", enrich_last=order == "enrich_last",
                                 before_assemble_enrich=lose)
        assert [len(results[s]) for s in ("parse", "enrich")] == [1, 1]
        assert results["enrich"][0].get("ahead") is True and results["enrich"][0]["workers"] == 2
        assert results["enrich"][0]["batches"] == [] and results["enrich"][0]["pending"]  # assemble_enrich collects
        assert not batching._ENRICH_AHEAD  # collected: no pool left behind
    assert started == [2, 2]
    assert gc.get_freeze_count() > 0  # the parse task left the heap frozen for the run's later tasks and the exit
    gc.unfreeze()  # (this test's process lives on)
    assert _fingerprint(get_settings().snapshot_path) == expected


def test_only_an_airflow_dags_test_process_freezes_its_heap_when_the_dag_is_parsed(monkeypatch):
    """``settle_dags_test_process`` (called by the DAG file): in ``airflow dags test`` what is loaded so far goes to
    the collector's permanent generation (and again at the exit); in any other process (a test session, the
    dag-processor, ``airflow tasks run``) nothing happens."""
    assert gc.get_freeze_count() == 0
    for argv in (["pytest", "tests"], ["/x/bin/airflow", "dag-processor"], ["/x/bin/airflow", "dags", "list"],
                 ["/x/bin/airflow", "tasks", "test", "chainwire_daily"]):
        monkeypatch.setattr("sys.argv", argv)
        assert not dag_defaults.dags_test_command()
        dag_defaults.settle_dags_test_process()
        assert gc.get_freeze_count() == 0, argv
    monkeypatch.setattr("sys.argv", ["/x/bin/airflow", "dags", "test", "chainwire_daily", "2026-11-02"])
    try:
        dag_defaults.settle_dags_test_process()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()  # (this test's process lives on)
