"""chainwire_daily: one landing day of raw news pages → Parquet lake → GX checks → dedup → enrichment → DuckDB.

Thin by design: every task calls a stage function from ``chainwire.pipeline`` (the same
functions ``chainwire run`` uses). The partition date is resolved explicitly — param
``run_date``, else the logical date, else ``run_after`` — in Asia/Seoul, because Airflow 3's
trigger timetables have zero-length data intervals. Every task is keyed by that date;
nothing reads another run's XCom.

Reprocessing: trigger (or backfill) with ``stages``:
- ``["parse", "enrich", "marts"]`` (default) — everything, e.g. after a parser bump;
- ``["enrich", "marts"]`` — re-tag the clean lake after a taxonomy bump, no re-parse;
- ``["marts"]`` — only rebuild the marts and the report downstream.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from airflow.sdk import (DeadlineAlert, DeadlineReference, Param, SyncCallback, dag, get_current_context,
                         task)
from airflow.sdk.definitions.timetables.trigger import CronTriggerTimetable
from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException

from chainwire import pipeline
from chainwire.alerts import on_task_failure
from chainwire.assets import warehouse_asset
from chainwire.settings import DUCKDB_POOL, TIMEZONE

# Published by the load; chainwire_marts is scheduled on it.
WAREHOUSE_ASSET = warehouse_asset()

DEFAULT_ARGS = {
    "owner": "chainwire",
    "retries": 2,
    "retry_delay": timedelta(seconds=20),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(minutes=10),
    "execution_timeout": timedelta(minutes=30),
    "on_failure_callback": on_task_failure,
}
ALL_STAGES = ["parse", "enrich", "marts"]
# Airflow 3.3.2's dag.test() / `airflow dags test` crash when the run completes on a DAG with a
# DeadlineAlert (they hand the SDK alert objects to DeadlineAlertModel.get_by_id). Our dag.test
# entry points (make run, the e2e test) set CHAINWIRE_DAG_TEST=1 to leave the alert off;
# scheduled, triggered and backfilled runs always have it.


def _ctx():
    from datetime import date

    ctx = get_current_context()
    day = date.fromisoformat(ctx["ti"].xcom_pull(task_ids="resolve_partition_date"))
    return day, ctx["run_id"], set(ctx["params"].get("stages") or ALL_STAGES)


def _allow_empty() -> bool:
    return bool(get_current_context()["params"].get("allow_empty"))


@dag(
    dag_id="chainwire_daily",
    description="Parse one landing day of raw news pages, check it with Great Expectations, enrich, load DuckDB.",
    # 23:30 Seoul: the day's files have landed; a run's logical date falls on the day it processes.
    schedule=CronTriggerTimetable("30 23 * * *", timezone=TIMEZONE),
    start_date=datetime(2026, 11, 1),
    catchup=False,
    max_active_runs=1,
    max_consecutive_failed_dag_runs=3,
    default_args=DEFAULT_ARGS,
    deadline=None if os.environ.get("CHAINWIRE_DAG_TEST") else DeadlineAlert(
        reference=DeadlineReference.DAGRUN_QUEUED_AT,
        interval=timedelta(hours=2),
        callback=SyncCallback("chainwire.alerts.on_deadline_missed", kwargs={"interval": "2h"}),
    ),
    params={
        "run_date": Param(None, type=["null", "string"], format="date",
                          description="Landing day YYYY-MM-DD to process; empty = the run's logical date (Asia/Seoul)."),
        "stages": Param(ALL_STAGES, type="array", items={"type": "string", "enum": ALL_STAGES},
                        description="What to (re)do: parse (parse+validate), enrich, marts."),
        "allow_empty": Param(False, type="boolean",
                             description="Let an empty, missing or unreadable landing folder clear a day that "
                                         "already has data (default: that fails the run, naming the folder)."),
    },
    tags=["chainwire"],
    doc_md=__doc__,
)
def chainwire_daily():
    @task
    def resolve_partition_date() -> str:
        ctx = get_current_context()
        day = pipeline.resolve_partition_date(ctx["params"].get("run_date"), ctx.get("logical_date"),
                                              getattr(ctx["dag_run"], "run_after", None))
        return day.isoformat()

    @task
    def discover() -> list[list[str]]:
        day, run_id, stages = _ctx()
        if "parse" not in stages:
            raise AirflowSkipException("stages param excludes parse")
        summary = pipeline.discover_day(day, run_id, allow_empty=_allow_empty())
        if summary["late_files_waiting"]:
            print(f"WARNING late files waiting: {summary['late_files_waiting']}")
        return pipeline.plan_batches(day, run_id=run_id)  # exactly the files this run discovered

    @task(max_active_tis_per_dagrun=2)
    def parse_batch(paths: list[str]) -> dict:
        day, run_id, _ = _ctx()
        return pipeline.parse_batch(day, run_id, paths)

    @task
    def assemble(batch_results: list[dict]) -> dict:
        day, run_id, _ = _ctx()
        return pipeline.assemble_day(day, run_id, allow_empty=_allow_empty())

    @task(retries=0)
    def validate() -> dict:
        from chainwire.quality.validate import DataQualityError

        day, run_id, _ = _ctx()
        try:
            return pipeline.validate_day(day, run_id)
        except DataQualityError as exc:  # bad data does not get better by retrying
            raise AirflowFailException(str(exc)) from exc

    @task
    def dedup() -> dict:
        day, run_id, _ = _ctx()
        return pipeline.dedup_day(day, run_id)

    @task(trigger_rule="none_failed")
    def enrich() -> dict:
        day, run_id, stages = _ctx()
        if "enrich" not in stages and "parse" not in stages:
            raise AirflowSkipException("stages param excludes enrich")
        return pipeline.enrich_day(day, run_id)

    @task(pool=DUCKDB_POOL, trigger_rule="none_failed", outlets=[WAREHOUSE_ASSET])
    def load() -> dict:
        day, run_id, stages = _ctx()
        if not stages & {"parse", "enrich", "marts"}:
            raise AirflowSkipException("nothing to load")
        if stages & {"parse", "enrich"}:
            return pipeline.load_day(day, run_id)
        return {"partition_date": day.isoformat(), "loaded": False, "reason": "stages=marts only: asset event only"}

    day = resolve_partition_date()
    batches = discover()
    parsed = parse_batch.expand(paths=batches)
    day >> batches
    assemble(parsed) >> validate() >> dedup() >> enrich() >> load()


chainwire_daily()
