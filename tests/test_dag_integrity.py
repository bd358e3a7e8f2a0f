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
    assert "chainwire_daily" in dagbag.dags


def test_daily_dag_shape(dagbag):
    dag = dagbag.dags["chainwire_daily"]
    assert dag.catchup is False
    assert "run_date" in dag.params
    order = ["resolve_partition_date", "discover", "parse", "validate", "load"]
    assert set(order) <= set(dag.task_ids)
    for up, down in zip(order, order[1:]):
        assert down in dag.get_task(up).downstream_task_ids
    for t in dag.tasks:
        assert t.execution_timeout is not None, t.task_id


def test_every_duckdb_writer_uses_the_pool(dagbag):
    """dag.test() ignores pools, so the pool assignment is asserted here."""
    from chainwire.settings import DUCKDB_POOL

    writers = {"load"}  # tasks that open the warehouse for writing
    for dag in dagbag.dags.values():
        for t in dag.tasks:
            if t.task_id in writers:
                assert t.pool == DUCKDB_POOL, f"{dag.dag_id}.{t.task_id} writes DuckDB outside the pool"


def test_pool_file_defines_one_slot_pool():
    import json

    pools = json.loads((ROOT / "airflow" / "pools.json").read_text())
    assert pools["duckdb_writer"]["slots"] == 1
