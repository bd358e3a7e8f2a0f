"""What the UI tells about a run, without starting Airflow: notes, batch labels, run links, the plugin's
run-evidence page and Data Docs back bar, the backfill run_date refusal, and the CLI progress display."""

from __future__ import annotations

import io
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

from test_plugin_coverage import built_report, load_plugin_module  # noqa: F401  (fixture)
from test_report import report_env  # noqa: F401  (fixture)


@pytest.fixture
def plugin():
    return load_plugin_module()


def test_batch_label_names_the_file_range():
    from chainwire.runinfo import batch_label

    paths = [f"2026-11-02/np-{i:03d}.txt" for i in range(1, 251)]
    assert batch_label(paths) == "2026-11-02: np-001.txt … np-250.txt (250 files)"
    assert batch_label(paths[:1], 3) == "#3 2026-11-02: np-001.txt (1 file)"
    assert batch_label([]) == "no files"


def test_run_note_leads_with_the_landing_day():
    from chainwire.runinfo import run_note

    note = run_note(None, "success", {
        "resolve_partition_date": "2026-11-02",
        "assemble": {"files": 21, "articles": 19, "files_parsed": 19, "files_rejected": 1, "files_duplicate": 1},
        "validate": {"quarantined": 2, "quarantined_articles": 1, "warnings": ["x"]},
        "load": {"rows": {"articles": 18}}})
    assert note.startswith("Landing day **2026-11-02** · 21 files, 19 articles, duplicate 1, rejected 1")
    assert "quarantined 1, 1 warning(s)" in note and "loaded 18 articles" in note and note.endswith("success")
    skipped = run_note(None, "success", {"resolve_partition_date": {
        "partition_date": "2026-11-20", "skipped": True, "message": "no raw files for 2026-11-20 in /x"}})
    assert skipped == "Landing day **2026-11-20** · no raw files for 2026-11-20 in /x · skipped"


def test_run_links(monkeypatch):
    from chainwire import runinfo

    monkeypatch.delenv("AIRFLOW__API__BASE_URL", raising=False)
    monkeypatch.setenv("AIRFLOW__API__PORT", "8081")
    assert runinfo.run_url("manual__2026-11-02T00:00:00+00:00") == \
        "http://localhost:8081/dags/chainwire_daily/runs/manual__2026-11-02T00%3A00%3A00%2B00%3A00"
    assert runinfo.run_url("cli__2026-11-02__x") is None
    monkeypatch.setenv("AIRFLOW__API__BASE_URL", "https://airflow.example.invalid/")
    assert runinfo.run_url("r").startswith("https://airflow.example.invalid/dags/")
    assert str(runinfo.landing_day("2026-11-02")) == "2026-11-02"


def test_backfill_with_run_date_is_refused(plugin):
    app = FastAPI()

    @app.post("/api/v2/backfills")
    @app.post("/api/v2/backfills/dry_run")
    async def create(body: dict):
        return {"created": body["dag_id"]}

    client = TestClient(plugin.RejectBackfillRunDate(app))
    bad = {"dag_id": "chainwire_daily", "from_date": "2026-11-02T00:00:00+09:00", "dag_run_conf": {"run_date": "2026-11-03"}}
    for path in ("/api/v2/backfills", "/api/v2/backfills/dry_run"):
        r = client.post(path, json=bad)
        assert r.status_code == 400 and "run_date is set (2026-11-03)" in r.json()["detail"], r.text
    ok = {**bad, "dag_run_conf": {"run_date": None, "stages": ["parse"]}}
    assert client.post("/api/v2/backfills", json=ok).json() == {"created": "chainwire_daily"}  # body replayed
    other = {**bad, "dag_id": "chainwire_marts"}
    assert client.post("/api/v2/backfills", json=other).status_code == 200


def test_triggered_run_is_named_by_its_landing_day(plugin):
    app = FastAPI()

    @app.post("/api/v2/dags/{dag_id}/dagRuns")
    async def trigger(dag_id: str, body: dict):
        return body

    client = TestClient(plugin.RejectBackfillRunDate(app))
    got = client.post("/api/v2/dags/chainwire_daily/dagRuns", json={"conf": {"run_date": "2026-11-02"}, "note": ""}).json()
    assert got["dag_run_id"].startswith("landing_2026-11-02__manual__") and got["note"] == "Landing day **2026-11-02** · queued"
    import re

    assert re.fullmatch(r"[A-Za-z0-9_.~:+-]+", got["dag_run_id"])  # Airflow's allowed_run_id_pattern
    mine = client.post("/api/v2/dags/chainwire_daily/dagRuns", json={"conf": {"run_date": "2026-11-02"},
                                                                      "dag_run_id": "my-run", "note": "mine"}).json()
    assert mine["dag_run_id"] == "my-run" and mine["note"] == "mine"
    assert "dag_run_id" not in client.post("/api/v2/dags/chainwire_daily/dagRuns", json={"conf": {}}).json()


def test_extra_links_only_on_chosen_tasks(plugin):
    links = {link.name: link for link in plugin.ChainwireCoveragePlugin.global_operator_extra_links}
    assert set(links) == {"Run evidence (quality, rejected files)", "Data Docs", "Coverage report"}

    class Op:
        def __init__(self, dag_id, task_id):
            self.dag_id, self.task_id = dag_id, task_id

    class Key:
        run_id = "backfill__2026-11-02T14:30:00+00:00"

    evidence = links["Run evidence (quality, rejected files)"]
    assert evidence.get_link(Op("chainwire_daily", "validate"), ti_key=Key()) == \
        "/chainwire/runs/backfill__2026-11-02T14%3A30%3A00%2B00%3A00"
    assert evidence.get_link(Op("chainwire_daily", "dedup"), ti_key=Key()) == ""
    assert evidence.get_link(Op("other", "validate"), ti_key=Key()) == ""
    assert links["Data Docs"].get_link(Op("chainwire_daily", "validate"), ti_key=Key()) == "/chainwire/data-docs/index.html"


def test_run_evidence_page_and_data_docs_way_back(plugin, built_report):
    import duckdb

    from chainwire.settings import get_settings

    s = get_settings()
    from chainwire.warehouse.load import ensure_schema

    con = duckdb.connect(str(s.snapshot_path))
    ensure_schema(con)  # every core table (the crafted report warehouse has only what the report reads)
    run_id = con.execute("SELECT run_id FROM core.runs ORDER BY finished_at DESC LIMIT 1").fetchone()[0]
    con.execute("INSERT INTO core.raw_files (landing_date, raw_path, status, reason, run_id) SELECT partition_date, "
                "'2026-11-04/<b>bad</b>.txt', 'rejected', 'not a page <script>', run_id FROM core.runs "
                "WHERE run_id = ? LIMIT 1", [run_id])
    day = con.execute("SELECT partition_date FROM core.runs WHERE run_id = ? LIMIT 1", [run_id]).fetchone()[0]
    con.close()
    client = TestClient(plugin.create_app(require_auth=False))
    r = client.get(f"/runs/{run_id}")
    assert r.status_code == 200 and f"Landing day <b>{day}</b>" in r.text
    assert "&lt;b&gt;bad&lt;/b&gt;.txt" in r.text and "not a page &lt;script&gt;" in r.text  # escaped
    assert 'href="/dags/chainwire_daily/runs/' in r.text and "Coverage report" in r.text
    assert client.get("/runs/no-such-run").status_code == 200  # a friendly page, not an error
    docs = client.get("/data-docs/index.html")
    assert docs.status_code == 200 and 'id="chainwire-back"' in docs.text and 'href="/chainwire/"' in docs.text
    assert docs.headers["content-security-policy"].startswith("default-src 'self'")
    assert client.get("/data-docs/../../secret").status_code == 404


def test_progress_plain_lines_when_not_a_terminal(monkeypatch):
    from chainwire.progress import Progress

    out = io.StringIO()
    with Progress("chainwire run 2026-11-02", stream=out, tty=False, interval=3600) as p:
        p("discover")
        for done in range(0, 1001, 100):
            p("parse", done, 1000)
        p("load")
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("chainwire run 2026-11-02: discover")
    assert any("parse 0/1000 files (0 %)" in line for line in lines)
    assert any("parse 1000/1000 files (100 %)" in line for line in lines)  # the end of a stage is always shown
    assert len(lines) == 4  # throttled: one line per stage start, plus the stage's end
    monkeypatch.setenv("CHAINWIRE_PROGRESS", "0")
    quiet = io.StringIO()
    with Progress("x", stream=quiet, tty=False) as p:
        p("parse", 1, 2)
    assert quiet.getvalue() == ""


def test_progress_bar_on_a_terminal():
    from chainwire.progress import Progress

    out = io.StringIO()
    with Progress("chainwire run 2026-11-02", stream=out, tty=True) as p:
        assert p._rich is not None
        p("parse", 5, 10)
        assert p._rich.tasks[0].completed == 5 and p._rich.tasks[0].total == 10
