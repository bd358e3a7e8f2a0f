"""The DAG folder imports cleanly and chainwire_daily has the promised shape."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    # No include_examples argument: on Airflow 3.3.2 it raises TypeError; examples are off by env.
    return DagBag(dag_folder=str(ROOT / "dags"))


def test_no_import_errors(dagbag):
    assert dagbag.import_errors == {}
    assert {"chainwire_daily", "chainwire_marts"} <= set(dagbag.dags)


def test_daily_dag_shape(dagbag):
    dag = dagbag.dags["chainwire_daily"]
    assert dag.catchup is False
    assert dag.max_consecutive_failed_dag_runs > 0
    assert dag.deadline, "a DeadlineAlert guards an overrunning daily run"
    assert {"run_date", "stages", "allow_empty", "on_empty_day"} <= set(dag.params)
    order = ["resolve_partition_date", "discover", "parse_batch", "assemble", "plan_enrich",
             "enrich", "assemble_enrich", "load", "build_marts", "build_report"]
    assert set(order) | {"validate", "dedup", "post_digest"} == set(dag.task_ids)
    for up, down in itertools.pairwise(order):
        assert down in dag.get_task(up).downstream_task_ids, (up, down)
    # the enrich tasks tag the parsed day beside validate and dedup; the day's tags are assembled after
    # all three (the clean lake decides which tags stand)
    assert dag.get_task("validate").upstream_task_ids >= {"assemble"}
    assert dag.get_task("dedup").upstream_task_ids >= {"validate"}
    assert "assemble_enrich" in dag.get_task("dedup").downstream_task_ids
    assert {"validate", "dedup"} <= dag.get_task("assemble_enrich").get_flat_relative_ids(upstream=True)
    for t in ("plan_enrich", "enrich"):
        assert not {"validate", "dedup"} & dag.get_task(t).get_flat_relative_ids(upstream=True), t
    for t in dag.tasks:
        assert t.execution_timeout is not None, t.task_id
        assert t.on_failure_callback, t.task_id
    assert dag.get_task("validate").retries == 0  # bad data is not retried
    assert dag.get_task("discover").retry_exponential_backoff


def test_parse_and_enrich_are_mapped_over_batches(dagbag):
    from airflow.sdk.definitions.mappedoperator import MappedOperator

    daily = dagbag.dags["chainwire_daily"]
    for mapped, reducer in (("parse_batch", "assemble"), ("enrich", "assemble_enrich")):
        assert isinstance(daily.get_task(mapped), MappedOperator), mapped
        assert daily.get_task(reducer).upstream_task_ids >= {mapped}  # receives the batches' references


def test_the_partition_date_is_a_taskflow_value(dagbag):
    """Every task after resolve_partition_date takes the date as an argument (no xcom_pull by task id)."""
    daily = dagbag.dags["chainwire_daily"]
    for t in daily.tasks:
        if t.task_id in ("resolve_partition_date", "build_report", "post_digest"):
            continue
        assert "resolve_partition_date" in t.upstream_task_ids, t.task_id
    src = (ROOT / "dags" / "chainwire_daily.py").read_text() + (ROOT / "include/chainwire/alerts.py").read_text()
    assert "xcom_pull" not in src


def test_dags_share_their_defaults_and_use_public_airflow_imports(dagbag):
    from chainwire.dag_defaults import DEFAULT_ARGS

    for dag in dagbag.dags.values():
        for t in dag.tasks:
            assert t.owner == DEFAULT_ARGS["owner"] and t.max_retry_delay == DEFAULT_ARGS["max_retry_delay"], t
    for f in (ROOT / "dags").glob("*.py"):
        imports = [line for line in f.read_text().splitlines() if line.startswith(("from airflow", "import airflow"))]
        assert all(line.startswith(("from airflow.sdk import", "from airflow.sdk.exceptions import"))
                   for line in imports), (f.name, imports)


def test_marts_follow_every_load_whatever_the_pause_state(dagbag):
    """The marts and the report are the last tasks of chainwire_daily (no paused consumer can drop them);
    the load still publishes the Asset for other consumers; chainwire_marts is for rebuilding by hand."""
    from chainwire.assets import WAREHOUSE_ASSET_NAME, WAREHOUSE_ASSET_URI

    daily = dagbag.dags["chainwire_daily"]
    load = daily.get_task("load")
    assert [(o.name, o.uri) for o in load.outlets] == [(WAREHOUSE_ASSET_NAME, WAREHOUSE_ASSET_URI)]
    assert "build_marts" in load.downstream_task_ids
    assert daily.get_task("build_report").upstream_task_ids == {"build_marts"}
    # An empty (skipped) day skips everything after it; a stages-limited run still reaches the marts.
    for t in ("plan_enrich", "assemble_enrich", "load", "build_marts"):
        task = daily.get_task(t)
        assert "resolve_partition_date" in task.upstream_task_ids and task.trigger_rule == "none_failed_min_one_success"
    marts = dagbag.dags["chainwire_marts"]
    assert type(marts.timetable).__name__ == "NullTimetable"  # manual only
    assert marts.is_paused_upon_creation is False


def test_daily_dag_runs_in_seoul_time(dagbag):
    daily = dagbag.dags["chainwire_daily"]
    assert str(daily.timezone.name) == "Asia/Seoul"
    assert daily.get_task("parse_batch").partial_kwargs.get("map_index_template") or \
        getattr(daily.get_task("parse_batch"), "map_index_template", None)


def test_every_duckdb_writer_uses_the_pool(dagbag):
    """dag.test() ignores pools, so the pool assignment is asserted here."""
    from chainwire.settings import DUCKDB_POOL

    writers = {"load", "build_marts"}  # tasks that open the warehouse for writing
    for dag in dagbag.dags.values():
        for t in dag.tasks:
            if t.task_id in writers:
                assert t.pool == DUCKDB_POOL, f"{dag.dag_id}.{t.task_id} writes DuckDB outside the pool"


WAREHOUSE_TASKS = {"load", "build_marts", "build_report", "post_digest"}  # open the local warehouse file


def test_warehouse_tasks_follow_the_warehouse_queue(monkeypatch):
    """CHAINWIRE_WAREHOUSE_QUEUE routes every task that opens the warehouse to its host's queue; the rest
    (parse, validate, dedup, enrich) stay on the default queue, where any worker takes them."""
    import importlib

    from airflow.dag_processing.dagbag import DagBag

    import chainwire.dag_defaults as dag_defaults

    monkeypatch.setenv("CHAINWIRE_WAREHOUSE_QUEUE", "warehouse")
    importlib.reload(dag_defaults)
    try:
        bag = DagBag(dag_folder=str(ROOT / "dags"))
        assert not bag.import_errors, bag.import_errors
        default = {t.queue for d in bag.dags.values() for t in d.tasks if t.task_id not in WAREHOUSE_TASKS}
        routed = {(d.dag_id, t.task_id): t.queue for d in bag.dags.values() for t in d.tasks
                  if t.task_id in WAREHOUSE_TASKS}
        assert set(routed.values()) == {"warehouse"} and len(routed) == 7, routed  # daily: 4, marts: 3
        assert "warehouse" not in default
    finally:
        monkeypatch.delenv("CHAINWIRE_WAREHOUSE_QUEUE")
        importlib.reload(dag_defaults)


def test_pool_file_defines_one_slot_pool():
    import json

    pools = json.loads((ROOT / "airflow" / "pools.json").read_text())
    assert pools["duckdb_writer"]["slots"] == 1


def test_marts_dag_posts_the_digest_after_the_marts(dagbag):
    marts = dagbag.dags["chainwire_marts"]
    digest = marts.get_task("post_digest")
    daily_digest = dagbag.dags["chainwire_daily"].get_task("post_digest")
    assert daily_digest.upstream_task_ids == {"build_marts"} and daily_digest.pool != "duckdb_writer"
    assert digest.upstream_task_ids == {"build_marts"} and digest.pool != "duckdb_writer"  # reads the snapshot only
    assert marts.get_task("build_report").upstream_task_ids == {"build_marts"}
