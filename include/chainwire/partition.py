"""The landing day a run processes (the DAG's first task and its failure callback resolve it alike)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from chainwire.settings import TIMEZONE

SEOUL = ZoneInfo(TIMEZONE)


def resolve_partition_date(run_date: Any = None, logical_date: datetime | None = None,
                           run_after: datetime | None = None) -> date:
    """The day a run processes: explicit param, else logical date, else run_after (Seoul calendar).

    Airflow 3's trigger timetables give zero-length data intervals, so the data
    interval is never used.
    """
    if run_date not in (None, ""):
        return date.fromisoformat(str(run_date)[:10])
    for ts in (logical_date, run_after):
        if ts is not None:
            return ts.astimezone(SEOUL).date()
    raise ValueError("no run_date, logical_date or run_after to resolve the partition date from")
