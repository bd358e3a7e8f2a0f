"""What both DAGs share, in one place so their copies cannot drift: task defaults, start date, tags,
the arguments of the tasks that use the DuckDB warehouse, and the tasks both end with (the report
and the digest after the marts)."""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from typing import Any

import pendulum
from airflow.sdk import task

from chainwire.alerts import on_task_failure
from chainwire.settings import DUCKDB_POOL, TIMEZONE

DEFAULT_ARGS = {
    "owner": "chainwire",
    "retries": 2,
    "retry_delay": timedelta(seconds=20),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(minutes=10),
    "execution_timeout": timedelta(minutes=30),
    "on_failure_callback": on_task_failure,
}
START_DATE = pendulum.datetime(2026, 11, 1, tz=TIMEZONE)  # the DAGs' time zone: Asia/Seoul
TAGS = ["chainwire"]

# The warehouse file is local disk on one host (CHAINWIRE_WAREHOUSE_DIR). On a cluster whose workers
# are on several hosts, every task that opens it must run there: CHAINWIRE_WAREHOUSE_QUEUE names the
# Celery queue that only the warehouse host's worker consumes (`airflow celery worker -q
# default,<queue>`). Unset (one machine, LocalExecutor), these tasks use Airflow's default queue.
# Read when the DAG file is parsed, so the dag-processor must see the same value as the workers.
WAREHOUSE_QUEUE_ENV = "CHAINWIRE_WAREHOUSE_QUEUE"


def warehouse_queue() -> dict[str, Any]:
    """``{"queue": name}`` when CHAINWIRE_WAREHOUSE_QUEUE is set, else {} (the default queue)."""
    name = os.environ.get(WAREHOUSE_QUEUE_ENV, "").strip()
    return {"queue": name} if name else {}


# Tasks that write the warehouse: its host, and the one-slot pool (one DuckDB writer at a time).
WAREHOUSE_WRITER: dict[str, Any] = {"pool": DUCKDB_POOL, **warehouse_queue()}
# Tasks that read the warehouse snapshot from its local folder (the report, the digest).
WAREHOUSE_READER: dict[str, Any] = warehouse_queue()


@task(**WAREHOUSE_READER)
def build_report() -> dict:
    """The static coverage report from the snapshot."""
    from chainwire import pipeline, runinfo

    out = pipeline.build_report_stage()
    base = runinfo.airflow_base_url() or ""
    print(f"Coverage report: {out.report} — in the UI: {base}{runinfo.PLUGIN_PREFIX}/")
    return out.as_dict()


@task(**WAREHOUSE_READER)
def post_digest() -> dict:
    """Optional: the latest day's digest (movers, top stories) to the chainwire_digest_webhook Variable;
    unset = skipped."""
    from chainwire.digest import post_digest as post

    out = post()
    print(f"Daily digest: {out}")
    return out


def dags_test_command() -> bool:
    """True in the process of an ``airflow dags test`` command (``airflow dags test <dag> ...``): a one-shot
    process whose whole life is one DAG run, its tasks run in it one after another."""
    return os.path.basename(sys.argv[0] if sys.argv else "").startswith("airflow") and sys.argv[1:3] == ["dags", "test"]


def settle_dags_test_process() -> None:
    """Called when a DAG file is parsed and by the run's first task: in an ``airflow dags test`` process
    (``dags_test_command``) the objects made so far — Airflow's, the DAG file's: ≈ 0.2 M at the parse, then the
    in-process execution API Airflow builds at the first task, all of them living to the exit — go to the
    collector's permanent generation, and again at the exit (``collector.keep_frozen``): the full collections of
    Airflow's own start and of the first tasks then walk only what they make (docs/performance.md, session 17,
    t4). Anywhere else (the dag-processor, a task process, a scheduler, ``dag.test()`` in a test session)
    nothing happens."""
    if dags_test_command():
        from chainwire import collector

        collector.keep_frozen()


def runs_in_process() -> bool:
    """True when the running task is executed inside ``airflow dags test`` / ``dag.test()`` without an
    executor: the Task SDK runs it in the test's own process (``InProcessTestSupervisor``), and runs the
    run's tasks one after another — this task is the only one running. False under any executor (a
    task process per task instance, beside others) and outside Airflow."""
    try:
        from airflow.sdk.execution_time import task_runner
    except ImportError:  # another Airflow: assume an executor (the safe answer)
        return False
    return type(getattr(task_runner, "SUPERVISOR_COMMS", None)).__name__ == "InProcessSupervisorComms"


def mapped_task_workers() -> int | None:
    """Processes a mapped parse/enrich task may use for its batch (``chainwire.batching``): every core
    (None: ``chainwire.parallel`` decides, memory-capped) when it runs alone in a ``dags test``, else
    one — under an executor the mapped tasks themselves fill the task slots, and a pool in each would
    put two processes on every core."""
    return None if runs_in_process() else 1


def batch_slots(task_slots: int) -> int:
    """How many batches ``discover`` / ``plan_enrich`` cut a day into (``chainwire.batching.split``): one per
    task slot under an executor, where the mapped tasks run side by side; one under ``dags test``, where
    they run one after another in one process — there a second batch buys no parallelism, it only starts
    a second pool (and waits for its slowest worker) and pays one more task's overhead. (Bigger days still
    get more batches: ``split`` caps each at ``MAX_FILES_PER_TASK`` files.)"""
    return 1 if runs_in_process() else task_slots


def after_marts(marts) -> None:
    """The report and the digest, both after the marts task ``marts``."""
    marts >> build_report()
    marts >> post_digest()
