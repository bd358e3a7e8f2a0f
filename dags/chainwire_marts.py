"""chainwire_marts: rebuild the coverage marts and the report by hand (Trigger), e.g. after changing a SQL model.

Every chainwire_daily run already ends with the marts and the report, so nothing waits on this
DAG and its pause state does not matter; it is unpaused at creation so a Trigger just runs.
Writes DuckDB, so it runs in the duckdb_writer pool. After the marts, the report is rebuilt and,
when the Variable ``chainwire_digest_webhook`` (or env ``CHAINWIRE_DIGEST_WEBHOOK``) is set, the
latest day's digest is posted to it (reads the snapshot only).
"""

from __future__ import annotations

from airflow.sdk import dag, task

from chainwire import pipeline
from chainwire.dag_defaults import DEFAULT_ARGS, START_DATE, TAGS, WAREHOUSE_WRITER, after_marts


@dag(
    dag_id="chainwire_marts",
    description="Rebuild marts.* from core.* and the coverage report by hand; post the daily digest.",
    schedule=None,  # chainwire_daily builds the marts itself; this DAG is for rebuilding by hand
    start_date=START_DATE,
    is_paused_upon_creation=False,
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=TAGS,
    doc_md=__doc__,
)
def chainwire_marts():
    @task(**WAREHOUSE_WRITER)
    def build_marts() -> dict:
        return pipeline.build_marts_stage().as_dict()

    after_marts(build_marts())  # build_report, post_digest


chainwire_marts()
