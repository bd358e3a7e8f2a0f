"""Late files, failure callbacks and the remaining critical data-quality rules."""

from __future__ import annotations

import json
import shutil
import threading
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler, HTTPServer

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from chainwire import lake, pipeline
from chainwire.quality.validate import DataQualityError
from conftest import query

D1, D2 = date(2026, 11, 2), date(2026, 11, 3)


def test_late_file_is_reported_then_picked_up_by_backfilling_its_day(workspace, synth_corpus):
    src = synth_corpus / "raw" / D1.isoformat()
    names = sorted(p.name for p in src.iterdir())
    (workspace.raw_dir / D1.isoformat()).mkdir()
    for n in names[:-1]:
        shutil.copy(src / n, workspace.raw_dir / D1.isoformat() / n)
    pipeline.run_day(D1, settings=workspace)
    shutil.copy(src / names[-1], workspace.raw_dir / D1.isoformat() / names[-1])  # lands after its day ran
    shutil.copytree(synth_corpus / "raw" / D2.isoformat(), workspace.raw_dir / D2.isoformat())
    out = pipeline.run_day(D2, settings=workspace)
    assert out["discover"]["late_files_waiting"] == {D1.isoformat(): 1}
    status, message = query(workspace.snapshot_path, f"select status, message from core.runs where stage = 'discover' "
                                                  f"and partition_date = '{D2}'")[0]
    assert status == "warning" and "1 late file" in message and str(D1) in message
    pipeline.run_day(D1, settings=workspace)  # the backfill of that day
    assert query(workspace.snapshot_path, f"select count(*) from core.raw_files where landing_date = '{D1}'") == [(len(names),)]
    assert pipeline.late_files_waiting(D2, workspace) == {}


def test_failure_callback_records_the_failure_and_posts_the_webhook(workspace, synth_corpus, monkeypatch):
    from chainwire import alerts

    shutil.copytree(synth_corpus / "raw" / D1.isoformat(), workspace.raw_dir / D1.isoformat())
    pipeline.run_day(D1, settings=workspace)
    received = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setenv("CHAINWIRE_ALERT_WEBHOOK", f"http://127.0.0.1:{server.server_address[1]}/hook")

    class TI:
        task_id, dag_id = "validate", "chainwire_daily"

    # The callback resolves the landing day from the run (param, else logical date), as the first task did.
    logical = datetime(2026, 11, 2, 14, 30, tzinfo=UTC)  # 23:30 in Seoul
    try:
        alerts.on_task_failure({"ti": TI(), "run_id": "manual__failed", "exception": DataQualityError("boom"),
                                "params": {"run_date": None}, "logical_date": logical})
    finally:
        server.shutdown()
    rows = query(workspace.warehouse_path, "select stage, status, message, partition_date from core.runs "
                                           "where run_id = 'manual__failed'")
    assert rows == [("validate", "failed", "DataQualityError: boom", D1)]
    assert received and received[0]["event"] == "task_failed" and received[0]["task_id"] == "validate"
    assert received[0]["partition_date"] == D1.isoformat()


CRAFTED = {
    "raw_files: duplicate raw_path": ("raw_files", lambda t: pa.concat_tables([t, t.slice(0, 1)]),
                                      "expect_column_values_to_be_unique(raw_path)"),
    "raw_files: unknown status": ("raw_files", lambda t: t.set_column(t.schema.get_field_index("status"), "status",
                                                                      pa.array(["weird"] * t.num_rows)),
                                  "expect_column_values_to_be_in_set(status)"),
    "paragraphs: repeated position": ("paragraphs", lambda t: pa.concat_tables([t, t.slice(0, 1)]),
                                      "expect_compound_columns_to_be_unique"),
    "articles: missing id": ("articles", lambda t: t.set_column(
        0, pa.field("article_id", pa.string()), pa.array([None] + t.column(0).to_pylist()[1:], pa.string())),
        "expect_column_values_to_not_be_null(article_id)"),
}


@pytest.mark.parametrize("case", sorted(CRAFTED))
def test_each_critical_rule_fails_the_run_on_a_crafted_partition(case, workspace, synth_corpus):
    from chainwire.schemas import TABLES

    table_name, corrupt, rule = CRAFTED[case]
    shutil.copytree(synth_corpus / "raw" / D1.isoformat(), workspace.raw_dir / D1.isoformat())
    pipeline.parse_day(D1, "crafted", workspace)
    path = lake.partition_file(pipeline.staging_root(workspace), TABLES[table_name], D1)
    pq.write_table(corrupt(pq.read_table(path)), path)
    with pytest.raises(DataQualityError) as err:
        pipeline.validate_day(D1, "crafted", workspace)
    assert rule in str(err.value)
    assert not lake.partition_file(workspace.lake_dir, TABLES["articles"], D1).exists()  # nothing published


def test_an_empty_landing_day_is_skipped_visibly_and_recorded(workspace, monkeypatch):
    """chainwire_daily's first task on a day without files and data: skip (a triggered run), with the
    reason pushed for the run note and a 'skipped' core.runs row in the snapshot."""
    import importlib.util
    from pathlib import Path

    from airflow.sdk.exceptions import AirflowSkipException

    spec = importlib.util.spec_from_file_location("daily_under_test",
                                                  Path(__file__).resolve().parents[1] / "dags" / "chainwire_daily.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    pushed = {}

    class TI:
        def xcom_push(self, key, value):
            pushed[key] = value

    class Run:
        run_type, run_after = "manual", None

    ctx = {"ti": TI(), "dag_run": Run(), "run_id": "manual__empty", "logical_date": None,
           "params": {"run_date": "2026-11-20", "stages": ["parse", "enrich", "marts"], "on_empty_day": "auto"}}
    monkeypatch.setattr(mod, "get_current_context", lambda: ctx)
    with pytest.raises(AirflowSkipException, match="no raw files for 2026-11-20"):
        mod.chainwire_daily().get_task("resolve_partition_date").python_callable()
    assert pushed["outcome"]["status"] == "skipped"
    rows = query(workspace.snapshot_path, "select stage, status, partition_date from core.runs where run_id = 'manual__empty'")
    assert rows == [("discover", "skipped", date(2026, 11, 20))]
