"""chainwire_daily: one landing day of raw news pages → Parquet lake → GX checks → DuckDB.

Thin by design: every task calls a stage function from ``chainwire.pipeline``
(the same functions ``chainwire run`` uses). The partition date is resolved
explicitly — param ``run_date``, else the logical date, else ``run_after`` — in
Asia/Seoul, because Airflow 3's trigger timetables have zero-length data intervals.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import Param, dag, get_current_context, task
from airflow.sdk.exceptions import AirflowFailException
from airflow.sdk.definitions.timetables.trigger import CronTriggerTimetable

from chainwire import pipeline
from chainwire.settings import DUCKDB_POOL, TIMEZONE

DEFAULT_ARGS = {
    "owner": "chainwire",
    "retries": 2,
    "retry_delay": timedelta(seconds=20),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(minutes=10),
    "execution_timeout": timedelta(minutes=30),
}


def _day():
    from datetime import date

    return date.fromisoformat(get_current_context()["ti"].xcom_pull(task_ids="resolve_partition_date"))


def _run_id() -> str:
    return get_current_context()["run_id"]


@dag(
    dag_id="chainwire_daily",
    description="Parse one landing day of raw news pages, check it with Great Expectations, load DuckDB.",
    # 23:30 Seoul: the day's files have landed; a run's logical date falls on the day it processes.
    schedule=CronTriggerTimetable("30 23 * * *", timezone=TIMEZONE),
    start_date=datetime(2026, 11, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    params={
        "run_date": Param(None, type=["null", "string"], format="date",
                          description="Landing day YYYY-MM-DD to process; empty = the run's logical date (Asia/Seoul)."),
    },
    tags=["chainwire"],
    doc_md=__doc__,
)
def chainwire_daily():
    @task
    def resolve_partition_date() -> str:
        ctx = get_current_context()
        dr = ctx["dag_run"]
        day = pipeline.resolve_partition_date(ctx["params"].get("run_date"), ctx.get("logical_date"),
                                              getattr(dr, "run_after", None))
        return day.isoformat()

    @task
    def discover() -> dict:
        return pipeline.discover_day(_day(), _run_id())

    @task
    def parse() -> dict:
        return pipeline.parse_day(_day(), _run_id())

    @task(retries=0)
    def validate() -> dict:
        from chainwire.quality.validate import DataQualityError

        try:
            return pipeline.validate_day(_day(), _run_id())
        except DataQualityError as exc:  # bad data does not get better by retrying
            raise AirflowFailException(str(exc)) from exc

    @task(pool=DUCKDB_POOL)
    def load() -> dict:
        return pipeline.load_day(_day(), _run_id())

    resolve_partition_date() >> discover() >> parse() >> validate() >> load()


chainwire_daily()
