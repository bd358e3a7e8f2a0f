"""Failure and deadline callbacks: record the failure in core.runs and, when configured, post to a webhook.

Callbacks run outside the ``duckdb_writer`` pool, so they never block on the warehouse:
the failure row is written to ``<data>/runs_pending/`` first and flushed into core.runs
right away when the warehouse is free, else by the next load.
"""

from __future__ import annotations

import json
import logging
import os
import urllib.request
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from chainwire.runinfo import run_url
from chainwire.settings import Settings, get_settings

log = logging.getLogger(__name__)
WEBHOOK_VARIABLE = "chainwire_alert_webhook"  # Airflow Variable (airflow/variables.json); env CHAINWIRE_ALERT_WEBHOOK wins
WEBHOOK_ENV = "CHAINWIRE_ALERT_WEBHOOK"


def pending_dir(settings: Settings) -> Path:
    return settings.state_dir / "runs_pending"  # local disk even when the data dir is s3://


def record_failure(run_id: str, partition_date: date | None, stage: str, message: str,
                   status: str = "failed", settings: Settings | None = None) -> Path:
    settings = settings or get_settings()
    d = pending_dir(settings)
    d.mkdir(parents=True, exist_ok=True)
    row = {"run_id": run_id, "partition_date": (partition_date or date.today()).isoformat(), "stage": stage,
           "status": status, "rows_in": None, "rows_out": None, "seconds": None, "message": message[:4000],
           "finished_at": datetime.now(UTC).isoformat(), "airflow_url": run_url(run_id)}
    path = d / f"{uuid.uuid4().hex}.json"
    tmp = path.with_suffix(".partial")
    tmp.write_text(json.dumps(row, ensure_ascii=False))
    tmp.replace(path)
    return path


def flush_pending(settings: Settings | None = None) -> int:
    """Move pending failure rows into core.runs; returns how many. Leaves them if the warehouse is busy."""
    import duckdb

    from chainwire.warehouse.load import insert_run_rows

    settings = settings or get_settings()
    files = sorted(pending_dir(settings).glob("*.json"))
    if not files:
        return 0
    rows = [json.loads(f.read_text()) for f in files]
    try:
        insert_run_rows(settings.warehouse_path, rows)
    except duckdb.IOException as exc:  # another process holds the write lock: the next load flushes
        log.warning("warehouse busy, %d failure row(s) stay pending: %s", len(rows), exc)
        return 0
    for f in files:
        f.unlink(missing_ok=True)
    return len(rows)


def webhook_url(variable: str = WEBHOOK_VARIABLE, env: str = WEBHOOK_ENV) -> str | None:
    """The URL in env ``env`` when set, else in the Airflow Variable ``variable``; None when neither is."""
    url = os.environ.get(env)
    if url:
        return url
    try:
        from airflow.sdk import Variable

        return Variable.get(variable, default="") or None
    except Exception:  # noqa: BLE001 - outside Airflow or no metadata DB (errors vary by context): no webhook
        return None


def post_webhook(payload: dict, url: str | None = None) -> bool:
    """POST ``payload`` as JSON to ``url`` (default: the alert webhook); True on a 2xx answer, never raises."""
    url = url or webhook_url()
    if not url:
        return False
    if urlsplit(url).scheme not in ("http", "https"):
        log.warning("webhook ignored: only http(s) URLs are posted to, got scheme %r", urlsplit(url).scheme)
        return False
    req = urllib.request.Request(url, data=json.dumps(payload, default=str, ensure_ascii=False).encode("utf-8"),
                                 headers={"Content-Type": "application/json; charset=utf-8"}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return 200 <= resp.status < 300
    except (OSError, ValueError) as exc:
        log.warning("webhook failed: %s", exc)
        return False


def _partition(context) -> date | None:
    """The run's landing day, resolved from the run itself as its first task resolved it (no XCom)."""
    from chainwire.partition import resolve_partition_date

    try:
        dag_run = context.get("dag_run")
        return resolve_partition_date((context.get("params") or {}).get("run_date"), context.get("logical_date"),
                                      getattr(dag_run, "run_after", None))
    except Exception:  # noqa: BLE001 - a callback never fails on a missing or odd value
        return None


def on_task_failure(context) -> None:
    """Airflow on_failure_callback."""
    ti = context.get("ti")
    exc = context.get("exception")
    stage = getattr(ti, "task_id", "unknown")
    run_id = context.get("run_id") or "unknown"
    day = _partition(context)
    message = f"{type(exc).__name__}: {exc}" if exc else "task failed"
    record_failure(run_id, day, stage, message)
    flush_pending()
    post_webhook({"event": "task_failed", "dag_id": getattr(ti, "dag_id", None), "task_id": stage,
                  "run_id": run_id, "partition_date": day, "message": message})


def on_deadline_missed(**kwargs) -> None:
    """DeadlineAlert callback: the daily run is taking longer than it should."""
    ctx = kwargs.get("context") or {}
    dag_run = ctx.get("dag_run") or {}
    run_id = getattr(dag_run, "run_id", None) or (dag_run.get("run_id") if isinstance(dag_run, dict) else None) or "unknown"
    message = f"deadline missed: run still not finished {kwargs.get('interval', '')}"
    log.warning("%s (%s)", message, run_id)
    record_failure(run_id, None, "deadline", message, status="deadline_missed")
    post_webhook({"event": "deadline_missed", "run_id": run_id, "message": message})
