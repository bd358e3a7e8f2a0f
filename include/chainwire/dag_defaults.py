"""What both DAGs share, in one place so their copies cannot drift: task defaults, start date, tags,
and the tasks both end with (the report and the digest after the marts)."""

from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import task

from chainwire.alerts import on_task_failure
from chainwire.settings import TIMEZONE

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


@task
def build_report() -> dict:
    """The static coverage report from the snapshot."""
    from chainwire import pipeline, runinfo

    out = pipeline.build_report_stage()
    base = runinfo.airflow_base_url() or ""
    print(f"Coverage report: {out.report} — in the UI: {base}{runinfo.PLUGIN_PREFIX}/")
    return out.as_dict()


@task
def post_digest() -> dict:
    """Optional: the latest day's digest (movers, top stories) to the chainwire_digest_webhook Variable;
    unset = skipped."""
    from chainwire.digest import post_digest as post

    out = post()
    print(f"Daily digest: {out}")
    return out


def after_marts(marts) -> None:
    """The report and the digest, both after the marts task ``marts``."""
    marts >> build_report()
    marts >> post_digest()
