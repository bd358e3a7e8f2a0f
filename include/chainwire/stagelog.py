"""A stage's run-log row (``core.runs``) and the typed summaries the stages return.

``with stage(settings, day, run_id, "validate") as log:`` times the block and, when it ends,
saves the stage row (rows in/out, seconds, status, message) for the load to put in core.runs.
A block that raises saves nothing, unless it called ``log.fail(message)`` first.

Every summary's ``as_dict()`` is the JSON the CLI prints and the XCom a task returns.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from chainwire.runinfo import run_url
from chainwire.settings import Settings
from chainwire.staging import save_meta


def stage_row(run_id: str, day: date, stage: str, rows_in: int, rows_out: int, seconds: float,
              status: str = "success", message: str = "") -> dict:
    return {"run_id": run_id, "partition_date": day.isoformat(), "stage": stage, "status": status,
            "rows_in": rows_in, "rows_out": rows_out, "seconds": round(seconds, 3), "message": message,
            "finished_at": datetime.now(UTC).isoformat(), "airflow_url": run_url(run_id)}


@dataclass
class StageLog:
    """What a stage block reports about itself."""

    name: str
    started: float
    rows_in: int = 0
    rows_out: int = 0
    status: str = "success"
    message: str = ""

    def fail(self, message: str) -> None:
        """Record the stage as failed (saved even though the block then raises)."""
        self.status, self.message = "failed", message


@contextmanager
def stage(settings: Settings, day: date, run_id: str, name: str, started: float | None = None) -> Iterator[StageLog]:
    log = StageLog(name, started if started is not None else time.perf_counter())

    def save():
        save_meta(settings, day, name, stage_row(run_id, day, name, log.rows_in, log.rows_out,
                                                 time.perf_counter() - log.started, log.status, log.message))

    try:
        yield log
    except BaseException:
        if log.status == "failed":
            save()
        raise
    save()


class Summary:
    """``as_dict()``: the fields in order (what ``json.dumps`` of the stage output shows)."""

    def as_dict(self) -> dict:
        if not dataclasses.is_dataclass(self):  # every summary is a dataclass subclass
            raise TypeError(f"{type(self).__name__} is not a dataclass")
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


@dataclass
class DiscoverSummary(Summary):
    partition_date: str
    files: int
    raw_dir: str
    other_paths: int
    deferred: int
    late_files_waiting: dict[str, int]


@dataclass
class BatchSummary(Summary):
    """One parse (or enrich) batch: ``batch`` is the folder of its Parquet tables (the task's reference)."""

    batch: str
    files: int
    records: int
    errors: int
    seconds: float
    rejected: list = field(default_factory=list)  # [raw path, reason], bounded: core.raw_files has all

    def as_dict(self, rejected: bool = True) -> dict:
        out = super().as_dict()
        if not rejected:
            del out["rejected"]
        return out


@dataclass
class ParseSummary(Summary):
    partition_date: str
    files: int
    articles: int
    statuses: dict[str, int]  # raw files by status

    def as_dict(self) -> dict:
        return {"partition_date": self.partition_date, "files": self.files, "articles": self.articles,
                **{f"files_{k}": v for k, v in sorted(self.statuses.items())}}


@dataclass
class ValidateSummary(Summary):
    partition_date: str
    validated: int
    quarantined: int
    quarantined_articles: int
    expectations: int
    failed_expectations: int
    warnings: list[str]
    data_docs: str


@dataclass
class DedupSummary(Summary):
    partition_date: str
    articles: int
    canonical: int
    copies: dict[str, int]
    new_versions: int
    window_docs: int


@dataclass
class EnrichSummary(Summary):
    partition_date: str
    articles: int
    rows: dict[str, int]


@dataclass
class LoadSummary(Summary):
    partition_date: str
    rows: dict[str, int]
    warehouse: str
    snapshot: str


@dataclass
class MartsSummary(Summary):
    models: dict
    seconds: float
    snapshot: str


@dataclass
class ReportSummary(Summary):
    report: str
    seconds: float
