"""chainwire_daily: one landing day of raw news pages → Parquet lake → GX checks → dedup → enrichment → DuckDB → marts and report.

Thin by design: every task calls a stage function from ``chainwire.pipeline`` (the same
functions ``chainwire run`` uses). The partition date is resolved explicitly — param
``run_date``, else the logical date, else ``run_after`` — in Asia/Seoul, because Airflow 3's
trigger timetables have zero-length data intervals. Every task is keyed by that date;
nothing reads another run's XCom.

The run ends with the marts and the coverage report, so a triggered, scheduled or backfilled
run is complete on its own, whatever the pause state of any other DAG. The load still
publishes the Asset ``chainwire_core_tables`` for other consumers.

A landing day without files (the folder is missing or empty) is an outcome, not an empty green
run: the run is skipped (trigger, backfill) or fails (scheduled runs) with "no raw files for
YYYY-MM-DD in <dir>", recorded in ``core.runs`` — param ``on_empty_day``.

Reprocessing: trigger (or backfill) with ``stages``:
- ``["parse", "enrich", "marts"]`` (default) — everything, e.g. after a parser bump;
- ``["enrich", "marts"]`` — re-tag the clean lake after a taxonomy bump, no re-parse;
- ``["marts"]`` — only rebuild the marts and the report.
"""

from __future__ import annotations

import os
import time
from datetime import timedelta

import pendulum
from airflow.sdk import Param, dag, get_current_context, task

# The sdk's own modules: airflow/sdk/__init__.pyi (3.3.2) does not list these three, so mypy
# would not see them through airflow.sdk.
from airflow.sdk.definitions.callback import SyncCallback
from airflow.sdk.definitions.deadline import DeadlineAlert, DeadlineReference
from airflow.sdk.definitions.timetables.trigger import CronTriggerTimetable
from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException

from chainwire import pipeline, runinfo
from chainwire.alerts import on_task_failure
from chainwire.assets import warehouse_asset
from chainwire.settings import DUCKDB_POOL, TIMEZONE

# Published by the load for any other consumer of the core tables.
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
LOG_LIST_MAX = 200  # files named one by one in a task log (rejected, quarantined); the rest are counted
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


def _evidence_links(run_id: str) -> str:
    base = runinfo.airflow_base_url() or ""
    return (f"run evidence (stages, quality, rejected files): {base}{runinfo.evidence_path(run_id)}\n"
            f"Data Docs: {base}{runinfo.PLUGIN_PREFIX}/data-docs/index.html")


def _empty_day_outcome(day, run_id: str, run_type: str, on_empty: str, folder) -> None:
    """The landing day has no files (and no data to protect): skip or fail, visibly, and record it."""
    from chainwire.alerts import flush_pending, record_failure

    message = runinfo.no_files_message(day, folder)
    fail = on_empty == "fail" or (on_empty == "auto" and run_type == "scheduled")
    status = "failed" if fail else "skipped"
    print(f"{day}: {message} — run {status} (on_empty_day={on_empty}, run type {run_type})")
    get_current_context()["ti"].xcom_push(key="outcome", value={"partition_date": day.isoformat(), "skipped": True,
                                                                 "status": status, "message": message})
    record_failure(run_id, day, "discover", message, status=status)
    try:
        if flush_pending():
            from chainwire.settings import get_settings
            from chainwire.warehouse.load import publish_snapshot

            s = get_settings()
            publish_snapshot(s.warehouse_path, s.snapshot_path)
    except Exception as exc:  # noqa: BLE001 - a failure callback never raises: the row stays pending, the next load flushes it
        print(f"core.runs row pending (warehouse busy): {exc}")
    if fail:
        raise AirflowFailException(f"{message} (scheduled run: the day's files should have landed; "
                                   "trigger with on_empty_day=skip to accept an empty day)")
    raise AirflowSkipException(message)


@dag(
    dag_id="chainwire_daily",
    description="Parse one landing day of raw news pages, check it with Great Expectations, enrich, load DuckDB, "
                "rebuild the marts and the coverage report.",
    # 23:30 Seoul: the day's files have landed; a run's logical date falls on the day it processes.
    schedule=CronTriggerTimetable("30 23 * * *", timezone=TIMEZONE),
    start_date=pendulum.datetime(2026, 11, 1, tz=TIMEZONE),  # the DAG's time zone: Asia/Seoul
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
                          description="Single runs only: the landing day YYYY-MM-DD to process; empty = the run's "
                                      "logical date (Asia/Seoul). Leave it empty in a backfill: a backfill run with "
                                      "run_date set fails (each backfill run processes its own day)."),
        "stages": Param(ALL_STAGES, type="array", items={"type": "string", "enum": ALL_STAGES},
                        description="What to (re)do: parse (parse+validate), enrich, marts (marts and report)."),
        "allow_empty": Param(False, type="boolean",
                             description="Let an empty, missing or unreadable landing folder clear a day that "
                                         "already has data (default: that fails the run, naming the folder)."),
        "on_empty_day": Param("auto", type="string", enum=["auto", "skip", "fail"],
                              description="A day with no raw files and no data: skip the run or fail it "
                                          "(auto: scheduled runs fail, triggered and backfill runs skip)."),
    },
    tags=["chainwire"],
    doc_md=__doc__,
)
def chainwire_daily():
    @task
    def resolve_partition_date() -> str:
        ctx = get_current_context()
        dag_run = ctx["dag_run"]
        run_type = str(getattr(dag_run, "run_type", "") or "").lower().rsplit(".", 1)[-1]
        params = ctx["params"]
        if run_type == "backfill" and params.get("run_date") not in (None, ""):
            raise AirflowFailException(
                f"run_date={params['run_date']!r} is set on a backfill run: every run of the backfill would "
                "process that one day. Clear run_date in the backfill form (each backfill run processes the "
                "Asia/Seoul day of its own logical date).")
        day = pipeline.resolve_partition_date(params.get("run_date"), ctx.get("logical_date"),
                                              getattr(dag_run, "run_after", None))
        from chainwire.settings import get_settings
        from chainwire.sources.landing import day_dir, scan

        settings = get_settings()
        stages = set(params.get("stages") or ALL_STAGES)
        print(f"landing day {day.isoformat()} (run {ctx['run_id']}, {run_type or 'unknown'} run, "
              f"stages {sorted(stages)}); landing folder {day_dir(settings.raw_dir, day)}")
        if "parse" in stages:
            sc = scan(settings.raw_dir, day)
            if not sc.files and not sc.entries and not sc.error and not pipeline.day_has_data(day, settings):
                _empty_day_outcome(day, ctx["run_id"], run_type, params.get("on_empty_day") or "auto", sc.folder)
            print(f"{len(sc.files)} raw file(s) waiting in {sc.folder}")
        return day.isoformat()

    @task
    def discover() -> list[list[str]]:
        day, run_id, stages = _ctx()
        if "parse" not in stages:
            raise AirflowSkipException("stages param excludes parse")
        summary = pipeline.discover_day(day, run_id, allow_empty=_allow_empty())
        print(f"landing day {day}: {summary['files']} file(s) to parse in {summary['raw_dir']}/{day}, "
              f"{summary['other_paths']} other path(s) accounted, {summary['deferred']} deferred")
        if summary["late_files_waiting"]:
            print(f"WARNING late files waiting: {summary['late_files_waiting']}")
        batches = pipeline.plan_batches(day, run_id=run_id)  # exactly the files this run discovered
        for i, b in enumerate(batches):
            print(f"  batch {runinfo.batch_label(b, i)}")
        return batches

    @task(max_active_tis_per_dagrun=2, map_index_template="{{ batch_label }}")
    def parse_batch(paths: list[str]) -> dict:
        day, run_id, _ = _ctx()
        ctx = get_current_context()
        label = runinfo.batch_label(paths)
        ctx["batch_label"] = label  # type: ignore[typeddict-unknown-key]  # read by map_index_template
        t0 = time.perf_counter()
        out = pipeline.parse_batch(day, run_id, paths)
        print(f"landing day {day} · batch {label}: files in {out['files']}, records out "
              f"{out['records']}, rejected {out['errors']}, {time.perf_counter() - t0:.1f} s")
        for rel, reason in (out.get("rejected") or [])[:LOG_LIST_MAX]:
            print(f"  rejected {rel}: {reason}")
        if out["errors"] > LOG_LIST_MAX:
            print(f"  … and {out['errors'] - LOG_LIST_MAX} more (core.raw_files has every one)")
        return {k: v for k, v in out.items() if k != "rejected"}

    @task
    def assemble(batch_results: list[dict]) -> dict:
        day, run_id, _ = _ctx()
        out = pipeline.assemble_day(day, run_id, allow_empty=_allow_empty())
        statuses = ", ".join(f"{k[6:]} {v}" for k, v in sorted(out.items()) if k.startswith("files_"))
        print(f"landing day {day}: {out['files']} file(s) → {out['articles']} article(s); files by status: "
              f"{statuses or 'none'}")
        return out

    @task(retries=0)
    def validate() -> dict:
        from chainwire.quality.validate import DataQualityError

        day, run_id, _ = _ctx()
        try:
            out = pipeline.validate_day(day, run_id)
        except DataQualityError as exc:  # bad data does not get better by retrying
            _publish_data_docs()
            print(_evidence_links(run_id))
            raise AirflowFailException(str(exc)) from exc
        _publish_data_docs()
        print(f"landing day {day}: {out['validated']} article(s) validated, {out['quarantined_articles']} "
              f"quarantined ({out['quarantined']} row(s)), {out['failed_expectations']} of {out['expectations']} "
              f"expectation(s) failed")
        for w in out["warnings"]:
            print(f"  warning: {w}")
        _print_quarantine(day)
        print(_evidence_links(run_id))
        out["data_docs"] = f"{runinfo.PLUGIN_PREFIX}/data-docs/index.html"
        return out

    @task
    def dedup() -> dict:
        day, run_id, _ = _ctx()
        out = pipeline.dedup_day(day, run_id)
        print(f"landing day {day}: {out['articles']} article(s), {out['canonical']} canonical, copies {out['copies']}, "
              f"{out['new_versions']} new version(s)")
        return out

    @task(trigger_rule="none_failed_min_one_success")
    def enrich() -> dict:
        day, run_id, stages = _ctx()
        if "enrich" not in stages and "parse" not in stages:
            raise AirflowSkipException("stages param excludes enrich")
        out = pipeline.enrich_day(day, run_id)
        print(f"landing day {day}: {out['articles']} article(s) tagged: {out['rows']}")
        return out

    @task(pool=DUCKDB_POOL, trigger_rule="none_failed_min_one_success", outlets=[WAREHOUSE_ASSET])
    def load() -> dict:
        day, run_id, stages = _ctx()
        if not stages & {"parse", "enrich", "marts"}:
            raise AirflowSkipException("nothing to load")
        if stages & {"parse", "enrich"}:
            out = pipeline.load_day(day, run_id)
            print(f"landing day {day}: loaded {out['rows']} into {out['warehouse']}; snapshot {out['snapshot']}")
            print(_evidence_links(run_id))
            return out
        return {"partition_date": day.isoformat(), "loaded": False, "reason": "stages=marts only: nothing reloaded"}

    @task(pool=DUCKDB_POOL, trigger_rule="none_failed_min_one_success")
    def build_marts() -> dict:
        _, _, stages = _ctx()
        if "marts" not in stages:
            raise AirflowSkipException("stages param excludes marts (run chainwire_marts to rebuild them)")
        out = pipeline.build_marts_stage()
        print(f"marts rebuilt in {out['seconds']} s: {out['models']}")
        return out

    @task
    def build_report() -> dict:
        out = pipeline.build_report_stage()
        base = runinfo.airflow_base_url() or ""
        print(f"Coverage report: {out['report']} — in the UI: {base}{runinfo.PLUGIN_PREFIX}/")
        return out

    @task
    def post_digest() -> dict:
        """Optional: the day's digest to the chainwire_digest_webhook Variable; unset = skipped."""
        from chainwire.digest import post_digest as post

        out = post()
        print(f"Daily digest: {out}")
        return out

    day = resolve_partition_date()
    batches = discover()
    parsed = parse_batch.expand(paths=batches)
    day >> batches
    tagged = enrich()
    loaded = load()
    marts = build_marts()
    assemble(parsed) >> validate()  # type: ignore[arg-type]  # TaskFlow: an XComArg, the list at run time >> dedup() >> tagged >> loaded >> marts
    day >> [tagged, loaded, marts]  # with none_failed_min_one_success: skipped when the day is skipped
    marts >> build_report()
    marts >> post_digest()


def _publish_data_docs() -> None:
    """Refresh the shared, sanitized, offline Data Docs copy the plugin serves (``<reports>/_data-docs``)."""
    from chainwire.quality.datadocs import publish_shared_copy
    from chainwire.settings import get_settings

    s = get_settings()
    try:
        publish_shared_copy(s.gx_dir, s.reports_dir)
    except OSError as exc:  # the report task publishes it again
        print(f"Data Docs copy not refreshed: {exc}")


def _print_quarantine(day) -> None:
    """Each quarantined row of the day with its rule and reason (from the lake partition just written)."""
    from chainwire import lake
    from chainwire.schemas import QUARANTINE
    from chainwire.settings import get_settings

    rows = lake.read_partition(get_settings().lake_dir, QUARANTINE, day).to_pylist()
    for r in rows[:LOG_LIST_MAX]:
        print(f"  quarantined {r.get('table_name')} {r.get('raw_path')}: {r.get('rule')} — {r.get('reason')}")
    if len(rows) > LOG_LIST_MAX:
        print(f"  … and {len(rows) - LOG_LIST_MAX} more (core.quarantine has every one)")


chainwire_daily()
