"""What both DAGs share, in one place so their copies cannot drift: task defaults, start date, tags."""

from __future__ import annotations

from datetime import timedelta

import pendulum

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
