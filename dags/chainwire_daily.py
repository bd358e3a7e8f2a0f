"""chainwire_daily: one landing day of raw news pages → Parquet lake → GX checks → dedup → enrichment → DuckDB → marts and report.

Thin by design: every task calls a stage function from ``chainwire.pipeline`` (the same
functions ``chainwire run`` uses). The partition date is resolved explicitly — param
``run_date``, else the logical date, else ``run_after`` — in Asia/Seoul, because Airflow 3's
trigger timetables have zero-length data intervals; the first task returns it and every task
takes it as an argument. Parse and enrich are mapped over the same batches of raw files, about
one batch per task slot (``chainwire.batching``: ``CHAINWIRE_TASK_SLOTS``, default the cores; a
small day is one batch, a big one more, each bounded; one under ``airflow dags test``, which runs them
one after another); a mapped task returns the references of its Parquet
outputs, which ``assemble`` / ``assemble_enrich`` receive. Under ``airflow dags test`` (tasks one
after another in one process) a mapped task works its batch over a process pool, as ``chainwire
run`` does; under an executor the mapped tasks themselves fill the cores. When the run parsed the day, the
enrich tasks start after ``assemble`` and tag the parsed day in staging beside validate and dedup
(enrich reads none of dedup's output), as ``chainwire run`` does; ``assemble_enrich`` waits for
all three and keeps only the tags of articles validate left as they were. Under ``airflow dags test``,
where those tasks run one after another, a parse task whose batch is the whole day starts the day's
tagging over a second pool before it returns, left running through assemble, validate and dedup; the
enrich task hands it on and ``assemble_enrich`` collects it (``batching.start_enrich_ahead``). The load task
leaves the run's staging folder to the marts task, which removes it beside the marts build.
Nothing reads another run's XCom.

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
from datetime import date, timedelta
from typing import Any

from airflow.sdk import (  # type: ignore[attr-defined]  # exported, but not in the 3.3.2 stub
    CronTriggerTimetable,
    DeadlineAlert,
    DeadlineReference,
    Param,
    SyncCallback,
    dag,
    get_current_context,
    task,
)
from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException

from chainwire import batching, pipeline, runinfo, storage
from chainwire.assets import warehouse_asset
from chainwire.dag_defaults import (
    DEFAULT_ARGS,
    START_DATE,
    TAGS,
    WAREHOUSE_WRITER,
    after_marts,
    batch_slots,
    mapped_task_workers,
    runs_in_process,
    settle_dags_test_process,
)
from chainwire.settings import TIMEZONE

settle_dags_test_process()  # airflow dags test: what Airflow and this file loaded is not walked again

# Published by the load for any other consumer of the core tables.
WAREHOUSE_ASSET = warehouse_asset()
ALL_STAGES = ["parse", "enrich", "marts"]
TASK_SLOTS = batching.task_slots()  # mapped tasks of a run at once = batches of a day (CHAINWIRE_TASK_SLOTS)
MAPPED_BATCH: dict[str, Any] = {"max_active_tis_per_dagrun": TASK_SLOTS,  # parse, enrich
                                "map_index_template": "{{ batch_label }}"}
LOG_LIST_MAX = 200  # files named one by one in a task log (rejected, quarantined); the rest are counted
# Airflow 3.3.2's dag.test() / `airflow dags test` crash when the run completes on a DAG with a
# DeadlineAlert (they hand the SDK alert objects to DeadlineAlertModel.get_by_id). Our dag.test
# entry points (make run, the e2e test) set CHAINWIRE_DAG_TEST=1 to leave the alert off;
# scheduled, triggered and backfilled runs always have it.


def _ctx(day: str):
    """(landing day, run id, stages) of the running task; ``day`` is resolve_partition_date's value."""
    ctx = get_current_context()
    return date.fromisoformat(day), ctx["run_id"], set(ctx["params"].get("stages") or ALL_STAGES)


def _allow_empty() -> bool:
    return bool(get_current_context()["params"].get("allow_empty"))


def _evidence_links(run_id: str) -> str:
    base = runinfo.airflow_base_url() or ""
    return (f"run evidence (stages, quality, rejected files): {base}{runinfo.evidence_path(run_id)}\n"
            f"Data Docs: {base}{runinfo.PLUGIN_PREFIX}/data-docs/index.html")


def _empty_day_outcome(day, run_id: str, run_type: str, on_empty: str, folder) -> None:
    """The landing day has no files (and no data to protect): skip or fail, visibly, and record it."""
    message = runinfo.no_files_message(day, folder)
    fail = on_empty == "fail" or (on_empty == "auto" and run_type == "scheduled")
    status = "failed" if fail else "skipped"
    print(f"{day}: {message} — run {status} (on_empty_day={on_empty}, run type {run_type})")
    get_current_context()["ti"].xcom_push(key="outcome", value={"partition_date": day.isoformat(), "skipped": True,
                                                                 "status": status, "message": message})
    if not pipeline.record_run_outcome(run_id, day, "discover", message, status):
        print("core.runs row pending (warehouse busy): the next load writes it")
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
    start_date=START_DATE,
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
    tags=TAGS,
    doc_md=__doc__,
)
def chainwire_daily():
    @task
    def resolve_partition_date() -> str:
        settle_dags_test_process()  # airflow dags test: and what its in-process execution API just built
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
        stages = set(params.get("stages") or ALL_STAGES)
        sc, empty = pipeline.landing_scan(day)
        print(f"landing day {day.isoformat()} (run {ctx['run_id']}, {run_type or 'unknown'} run, "
              f"stages {sorted(stages)}); landing folder {storage.url(sc.folder)}")
        if "parse" in stages:
            if empty:
                _empty_day_outcome(day, ctx["run_id"], run_type, params.get("on_empty_day") or "auto", sc.folder)
            print(f"{len(sc.files)} raw file(s) waiting in {storage.url(sc.folder)}")
        return day.isoformat()

    @task
    def discover(day: str) -> list[list[str]]:
        landing, run_id, stages = _ctx(day)
        if "parse" not in stages:
            raise AirflowSkipException("stages param excludes parse")
        summary = pipeline.discover_day(landing, run_id, allow_empty=_allow_empty())
        print(f"landing day {landing}: {summary.files} file(s) to parse in {summary.raw_dir}/{landing}, "
              f"{summary.other_paths} other path(s) accounted, {summary.deferred} deferred")
        if summary.late_files_waiting:
            print(f"WARNING late files waiting: {summary.late_files_waiting}")
        files = pipeline.plan_batches(landing, run_id=run_id, batch_size=10**9)[0]  # exactly the files this run discovered
        batches = batching.split(files, batch_slots(TASK_SLOTS))
        _print_batches(batches)
        return batches

    @task(**MAPPED_BATCH)
    def parse_batch(day: str, paths: list[str]) -> dict:
        landing, run_id, _ = _ctx(day)
        label = _label_batch(paths)
        # under dags test the later tasks run here, one after another: the enrichment starts now, beside them
        out = batching.parse_files(landing, run_id, paths, workers=mapped_task_workers(), enrich_ahead=runs_in_process())
        print(f"landing day {landing} · batch {label}: files in {out['files']}, records out {out['records']}, "
              f"rejected {out['errors']}, {out['seconds']:.1f} s, {out['workers']} process(es)")
        for rel, reason in out.pop("rejected")[:LOG_LIST_MAX]:
            print(f"  rejected {rel}: {reason}")
        if out["errors"] > LOG_LIST_MAX:
            print(f"  … and {out['errors'] - LOG_LIST_MAX} more (core.raw_files has every one)")
        return out  # XCom-sized: counts and the references of the batch's Parquet folders

    @task
    def assemble(day: str, batch_results: list[dict]) -> dict:
        landing, run_id, _ = _ctx(day)
        out = pipeline.assemble_day(landing, run_id, batches=batching.references(batch_results),
                                    allow_empty=_allow_empty()).as_dict()
        statuses = ", ".join(f"{k[6:]} {v}" for k, v in sorted(out.items()) if k.startswith("files_"))
        print(f"landing day {landing}: {out['files']} file(s) → {out['articles']} article(s); files by status: "
              f"{statuses or 'none'}")
        return out

    @task(retries=0)
    def validate(day: str) -> dict:
        from chainwire.quality.validate import DataQualityError

        landing, run_id, _ = _ctx(day)
        try:
            out = pipeline.validate_day(landing, run_id)
        except DataQualityError as exc:  # bad data does not get better by retrying
            _publish_data_docs()
            print(_evidence_links(run_id))
            raise AirflowFailException(str(exc)) from exc
        _publish_data_docs()
        print(f"landing day {landing}: {out.validated} article(s) validated, {out.quarantined_articles} "
              f"quarantined ({out.quarantined} row(s)), {out.failed_expectations} of {out.expectations} "
              f"expectation(s) failed")
        for w in out.warnings:
            print(f"  warning: {w}")
        _print_quarantine(landing)
        print(_evidence_links(run_id))
        out.data_docs = f"{runinfo.PLUGIN_PREFIX}/data-docs/index.html"
        return out.as_dict()

    @task
    def dedup(day: str) -> dict:
        landing, run_id, _ = _ctx(day)
        out = pipeline.dedup_day(landing, run_id)
        print(f"landing day {landing}: {out.articles} article(s), {out.canonical} canonical, copies {out.copies}, "
              f"{out.new_versions} new version(s)")
        return out.as_dict()

    @task(trigger_rule="none_failed_min_one_success")
    def plan_enrich(day: str) -> list[list[str]]:
        landing, run_id, stages = _ctx(day)
        if "enrich" not in stages and "parse" not in stages:
            raise AirflowSkipException("stages param excludes enrich")
        # this run's discovered files, else the clean lake's (a re-tag), cut as the parse was
        files = pipeline.plan_enrich_batches(landing, run_id, batch_size=10**9)[0]
        batches = batching.split(files, batch_slots(TASK_SLOTS))
        _print_batches(batches)
        return batches

    @task(**MAPPED_BATCH)
    def enrich(day: str, paths: list[str]) -> dict:
        landing, run_id, stages = _ctx(day)
        label = _label_batch(paths)
        # this run parsed the day: tag it from staging, beside validate (a re-tag reads the clean lake)
        out = batching.enrich_files(landing, run_id, paths, workers=mapped_task_workers(), staged="parse" in stages)
        out.pop("rejected")
        if out.get("pending"):  # dags test: tagged by the pool the parse task started; assemble_enrich collects it
            print(f"landing day {landing} · batch {label}: {out['files']} file(s) being tagged by the "
                  f"{out['workers']} process(es) the parse task started; assemble_enrich collects them")
            return out
        print(f"landing day {landing} · batch {label}: {out['records']} article(s) tagged, {out['seconds']:.1f} s, "
              f"{out['workers']} process(es)")
        return out

    # After dedup too (wired below): dedup runs beside the enrich tasks; with none_failed_min_one_success
    # it also runs when the stages skip dedup (a re-tag), so it checks the stages itself like plan_enrich.
    @task(trigger_rule="none_failed_min_one_success")
    def assemble_enrich(day: str, batch_results: list[dict]) -> dict:
        landing, run_id, stages = _ctx(day)
        if "enrich" not in stages and "parse" not in stages:
            raise AirflowSkipException("stages param excludes enrich")
        refs = batching.enrich_references(landing, run_id, batch_results, workers=mapped_task_workers())
        out = pipeline.assemble_enrich(landing, run_id, batches=refs)
        print(f"landing day {landing}: {out.articles} article(s) tagged: {out.rows}")
        return out.as_dict()

    @task(**WAREHOUSE_WRITER, trigger_rule="none_failed_min_one_success", outlets=[WAREHOUSE_ASSET])
    def load(day: str) -> dict:
        landing, run_id, stages = _ctx(day)
        if not stages & {"parse", "enrich", "marts"}:
            raise AirflowSkipException("nothing to load")
        if stages & {"parse", "enrich"}:
            out = pipeline.load_day(landing, run_id, remove_staging=False)  # build_marts removes it
            print(f"landing day {landing}: loaded {out.rows} into {out.warehouse}; snapshot {out.snapshot}")
            print(_evidence_links(run_id))
            return out.as_dict()
        return {"partition_date": day, "loaded": False, "reason": "stages=marts only: nothing reloaded"}

    @task(**WAREHOUSE_WRITER, trigger_rule="none_failed_min_one_success")
    def build_marts(day: str) -> dict:
        landing, run_id, stages = _ctx(day)
        if "marts" not in stages:
            pipeline.cleanup_run(landing, run_id)  # the run's staging folder, which the load task left
            raise AirflowSkipException("stages param excludes marts (run chainwire_marts to rebuild them)")
        # the run's staging folder removed beside the marts build (the load task left it): off the run's path
        out = pipeline.build_marts_removing_staging(landing, run_id)
        print(f"marts rebuilt in {out.seconds} s: {out.models}")
        return out.as_dict()

    day = resolve_partition_date()
    parsed = parse_batch.partial(day=day).expand(paths=discover(day))
    checked = validate(day)
    cleaned = dedup(day)
    parsed_day = assemble(day, parsed)
    parsed_day >> checked >> cleaned
    plan = plan_enrich(day)  # with none_failed_min_one_success: runs when stages skip the parse
    parsed_day >> plan  # enrich tags the parsed day beside validate and dedup
    tagged = assemble_enrich(day, enrich.partial(day=day).expand(paths=plan))
    cleaned >> tagged  # after validate and dedup: the clean lake decides which tags stand
    marts = build_marts(day)
    tagged >> load(day) >> marts
    after_marts(marts)  # build_report, post_digest


def _label_batch(paths: list[str]) -> str:
    """The mapped task's label in the UI (``map_index_template``) and its log lines."""
    label = runinfo.batch_label(paths)
    get_current_context()["batch_label"] = label  # type: ignore[typeddict-unknown-key]  # read by map_index_template
    return label


def _print_batches(batches: list[list[str]]) -> None:
    for i, b in enumerate(batches):
        print(f"  batch {runinfo.batch_label(b, i)}")


def _publish_data_docs() -> None:
    error = pipeline.publish_data_docs()
    if error:
        print(f"Data Docs copy not refreshed: {error}")


def _print_quarantine(day) -> None:
    """Each quarantined row of the day with its rule and reason (bounded: core.quarantine has all)."""
    rows = pipeline.quarantined(day)
    for r in rows[:LOG_LIST_MAX]:
        print(f"  quarantined {r.get('table_name')} {r.get('raw_path')}: {r.get('rule')} — {r.get('reason')}")
    if len(rows) > LOG_LIST_MAX:
        print(f"  … and {len(rows) - LOG_LIST_MAX} more (core.quarantine has every one)")


chainwire_daily()
