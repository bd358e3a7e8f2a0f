"""chainwire_marts: rebuild the coverage marts and the report whenever the warehouse is loaded.

Scheduled on the Asset that chainwire_daily's load publishes; also runnable by hand
(Trigger) after changing a SQL model. Writes DuckDB, so it runs in the duckdb_writer pool.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import dag, task

from chainwire import pipeline
from chainwire.alerts import on_task_failure
from chainwire.assets import warehouse_asset
from chainwire.settings import DUCKDB_POOL


@dag(
    dag_id="chainwire_marts",
    description="Rebuild marts.* from core.* and the coverage report after every load.",
    schedule=[warehouse_asset()],
    start_date=datetime(2026, 11, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"owner": "chainwire", "retries": 2, "retry_delay": timedelta(seconds=20),
                  "retry_exponential_backoff": True, "execution_timeout": timedelta(minutes=30),
                  "on_failure_callback": on_task_failure},
    tags=["chainwire"],
    doc_md=__doc__,
)
def chainwire_marts():
    @task(pool=DUCKDB_POOL)
    def build_marts() -> dict:
        return pipeline.build_marts_stage()

    @task
    def build_report() -> dict:
        out = pipeline.build_report_stage()
        print(f"Coverage report: {out['report']}")
        return out

    build_marts() >> build_report()


chainwire_marts()
