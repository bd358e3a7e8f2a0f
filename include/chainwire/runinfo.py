"""What an operator sees about a run: the landing day it processed, its counts, where its evidence is.

Pure functions (no Airflow import at module level) shared by the DAG tasks, the Airflow plugin
(DagRun notes, extra links, the per-run page) and the pipeline's ``core.runs`` rows.
"""

from __future__ import annotations

import os
from datetime import date
from urllib.parse import quote

DAILY_DAG_ID = "chainwire_daily"
PLUGIN_PREFIX = "/chainwire"
NOTE_MARK = "Landing day"  # notes we write start with this; a note a person wrote is never replaced


def airflow_base_url() -> str | None:
    """The Airflow UI's base URL as the environment knows it (``[api] base_url`` or the port), else None."""
    base = (os.environ.get("AIRFLOW__API__BASE_URL") or "").strip().rstrip("/")
    if base:
        return base
    port = (os.environ.get("AIRFLOW__API__PORT") or "").strip()
    return f"http://localhost:{port}" if port else None


def is_airflow_run(run_id: str | None) -> bool:
    return bool(run_id) and not str(run_id).startswith("cli__")


def run_path(run_id: str, dag_id: str = DAILY_DAG_ID) -> str:
    """The Airflow UI page of a run, as a path on the Airflow origin."""
    return f"/dags/{quote(dag_id, safe='')}/runs/{quote(run_id, safe='')}"


def run_url(run_id: str | None, dag_id: str = DAILY_DAG_ID) -> str | None:
    """Absolute link to the run in the Airflow UI (``core.runs.airflow_url``); None for CLI runs."""
    if run_id is None or not is_airflow_run(run_id):
        return None
    base = airflow_base_url()
    return f"{base}{run_path(run_id, dag_id)}" if base else run_path(run_id, dag_id)


def evidence_path(run_id: str) -> str:
    """The plugin's per-run page: stages, counts, quality results, rejected files, Data Docs links."""
    return f"{PLUGIN_PREFIX}/runs/{quote(run_id, safe='')}"


def batch_label(paths: list[str], index: int | None = None) -> str:
    """A mapped parse batch's label: its file range, e.g. ``2026-11-02/np-001.txt … yen-021.txt (21)``."""
    if not paths:
        return "no files"
    first, last = paths[0], paths[-1]
    folder = first.split("/", 1)[0] if "/" in first else ""

    def short(p: str) -> str:
        return p.split("/", 1)[1] if folder and p.startswith(folder + "/") else p

    span = short(first) if len(paths) == 1 else f"{short(first)} … {short(last)}"
    prefix = f"#{index} " if index is not None else ""
    return f"{prefix}{folder + ': ' if folder else ''}{span} ({len(paths)} file{'s' if len(paths) != 1 else ''})"


def landing_day(run_date=None, logical_date=None, run_after=None) -> date | None:
    """The Seoul calendar day a run processes (``partition.resolve_partition_date``), None if unknown
    or unreadable: the UI names a run by it and must not fail on a hand-typed ``run_date``."""
    from chainwire.partition import resolve_partition_date

    try:
        return resolve_partition_date(run_date, logical_date, run_after)
    except ValueError:
        return None


def no_files_message(day: date | str, folder) -> str:
    """``folder``: a path, a URL or a storage location (shown as ``s3://bucket/key``, without the
    connection id an ObjectStoragePath prints)."""
    from chainwire import storage

    shown = folder if isinstance(folder, str) else storage.url(folder)
    return f"no raw files for {day} in {shown}"


def run_note(day: str | None, state: str, summaries: dict[str, dict | None]) -> str:
    """The DagRun note: the landing day first, then what the run did (markdown, one short block).

    ``summaries``: the return values of the run's tasks (``discover``, ``assemble``, ``validate``,
    ``load``, ``resolve_partition_date``); missing ones are left out.
    """
    resolve = summaries.get("resolve_partition_date") or {}
    if isinstance(resolve, str):
        resolve = {"partition_date": resolve}
    day = day or resolve.get("partition_date")
    head = f"{NOTE_MARK} **{day}**" if day else f"{NOTE_MARK} (not resolved yet)"
    parts = []
    if resolve.get("skipped"):
        parts.append(str(resolve.get("message")))
        if state == "success":  # every task skipped: Airflow calls the run a success; say what it was
            state = "skipped"
    a = summaries.get("assemble") or {}
    if a:
        bits = [f"{a.get('files', 0)} files", f"{a.get('articles', 0)} articles"]
        bits += [f"{k[6:]} {v}" for k, v in sorted(a.items()) if k.startswith("files_")
                 and k not in ("files_parsed",) and v]
        parts.append(", ".join(bits))
    v = summaries.get("validate") or {}
    if v:
        parts.append(f"quarantined {v.get('quarantined_articles', v.get('quarantined', 0))}"
                     + (f", {len(v['warnings'])} warning(s)" if v.get("warnings") else ""))
    ld = summaries.get("load") or {}
    rows = ld.get("rows") if isinstance(ld, dict) else None
    if isinstance(rows, dict) and "articles" in rows:
        parts.append(f"loaded {rows['articles']} articles")
    elif isinstance(ld, dict) and ld.get("reason"):
        parts.append(str(ld["reason"]))
    line = head + (" · " + " · ".join(parts) if parts else "") + f" · {state}"
    return line[:1000]
