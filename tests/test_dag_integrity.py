"""The DAG folder imports cleanly and chainwire_daily has the promised shape."""

from __future__ import annotations

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
    assert {"run_date", "stages"} <= set(dag.params)
    order = ["resolve_partition_date", "discover", "parse_batch", "assemble", "validate", "dedup", "enrich", "load"]
    assert set(order) == set(dag.task_ids)
    for up, down in zip(order, order[1:]):
        assert down in dag.get_task(up).downstream_task_ids, (up, down)
    for t in dag.tasks:
        assert t.execution_timeout is not None, t.task_id
        assert t.on_failure_callback, t.task_id
    assert dag.get_task("validate").retries == 0  # bad data is not retried
    assert dag.get_task("discover").retry_exponential_backoff


def test_parse_is_mapped_over_batches(dagbag):
    from airflow.sdk.definitions.mappedoperator import MappedOperator

    assert isinstance(dagbag.dags["chainwire_daily"].get_task("parse_batch"), MappedOperator)


def test_marts_dag_is_scheduled_on_the_load_asset(dagbag):
    from chainwire.assets import WAREHOUSE_ASSET_NAME, WAREHOUSE_ASSET_URI

    load = dagbag.dags["chainwire_daily"].get_task("load")
    assert [(o.name, o.uri) for o in load.outlets] == [(WAREHOUSE_ASSET_NAME, WAREHOUSE_ASSET_URI)]
    marts = dagbag.dags["chainwire_marts"]
    assert WAREHOUSE_ASSET_NAME in str(marts.timetable.asset_condition)


def test_every_duckdb_writer_uses_the_pool(dagbag):
    """dag.test() ignores pools, so the pool assignment is asserted here."""
    from chainwire.settings import DUCKDB_POOL

    writers = {"load", "build_marts"}  # tasks that open the warehouse for writing
    for dag in dagbag.dags.values():
        for t in dag.tasks:
            if t.task_id in writers:
                assert t.pool == DUCKDB_POOL, f"{dag.dag_id}.{t.task_id} writes DuckDB outside the pool"


def test_pool_file_defines_one_slot_pool():
    import json

    pools = json.loads((ROOT / "airflow" / "pools.json").read_text())
    assert pools["duckdb_writer"]["slots"] == 1


def test_marts_dag_posts_the_digest_after_the_marts(dagbag):
    marts = dagbag.dags["chainwire_marts"]
    digest = marts.get_task("post_digest")
    assert digest.upstream_task_ids == {"build_marts"} and digest.pool != "duckdb_writer"  # reads the snapshot only
    assert marts.get_task("build_report").upstream_task_ids == {"build_marts"}
