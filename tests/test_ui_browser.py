"""The operator's day in the Airflow UI, in a real browser (Playwright for Python driving Debian's Chromium).

One Airflow (``scripts/airflow_standalone.sh``, what ``make airflow`` runs) on a throw-away home and the
tests' Postgres metadata database, 127.0.0.1 and free ports, over a copy of the bundled sample. In Chromium, as a person would:

1. log in with the printed password;
2. trigger ``chainwire_daily`` for one landing day through the params form (``run_date``) — the run
   succeeds, its note names the landing day and counts, and the run ends with the marts and the report;
3. trigger a day that has no files — the run is skipped, its note and ``core.runs`` say
   "no raw files for … in …" (not green and silent);
4. open the backfill dialog, see ``run_date`` refused with a message, clear it and backfill the sample
   range (Missing Runs) — every run succeeds;
5. open Coverage: the report now covers the backfilled days, and ``marts.*`` has them, with no manual step;
6. from a backfill run's ``validate`` task, follow the *Run evidence* extra link to the run's evidence page
   and on to its Data Docs page: rendered offline (nothing requested from another origin), the
   validation results visible, and a bar leading back to the report.

Screenshots of every step go to ``test-artifacts/ui/``. Every wait is on a condition (a run state, an
element), never a fixed sleep. Never ``playwright install``: Chromium comes from apt (``.ci/run``).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, airflow_env, free_port, login_password, query, start_standalone

pytestmark = pytest.mark.slow

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps",
                 "--disable-extensions", "--mute-audio", "--disable-dev-shm-usage"]
SHOTS = ROOT / "test-artifacts" / "ui"
DAYS = ["2026-11-02", "2026-11-03", "2026-11-04"]
EMPTY_DAY = "2026-11-20"
DAG = "chainwire_daily"
RUN_TIMEOUT = 900  # one run on a busy 2-core machine takes 1–3 minutes
UI_TIMEOUT_MS = 60_000

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # pragma: no cover - requirements.txt pins playwright
    sync_playwright = None

needs_browser = pytest.mark.skipif(
    sync_playwright is None or not Path(CHROMIUM).exists(),
    reason="needs playwright (requirements.txt) and Debian's chromium (apt-get install chromium fonts-noto-cjk)")


class Api:
    """The REST API, to wait on run states (what the test watches, never what it drives)."""

    def __init__(self, base: str, password: str):
        self.base = base
        self.opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback, never a proxy
        body = json.dumps({"username": "admin", "password": password}).encode()
        req = urllib.request.Request(f"{base}/auth/token", method="POST", data=body,
                                     headers={"Content-Type": "application/json"})
        self.token = json.load(self.opener.open(req, timeout=30))["access_token"]

    def get(self, path: str) -> dict:
        for attempt in range(20):  # SQLite: 503 while the scheduler holds the write lock
            req = urllib.request.Request(f"{self.base}{path}", headers={"Authorization": f"Bearer {self.token}"})
            try:
                with self.opener.open(req, timeout=60) as resp:
                    return json.load(resp)
            except urllib.error.HTTPError as exc:
                if exc.code != 503 or attempt == 19:
                    raise
                time.sleep(1 + attempt)
        raise AssertionError("unreachable")

    def runs(self) -> list[dict]:
        return self.get(f"/api/v2/dags/{DAG}/dagRuns?limit=100&order_by=-run_after")["dag_runs"]

    def wait_for(self, what: str, predicate, timeout: float = RUN_TIMEOUT):
        deadline, value = time.time() + timeout, None
        while time.time() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(2)
        pytest.fail(f"timed out after {timeout} s waiting for {what}; last: {value!r}; runs: "
                    f"{[(r['dag_run_id'], r['state']) for r in self.runs()]}")

    def wait_run_done(self, match) -> dict:
        def done():
            found = [r for r in self.runs() if match(r)]
            return found[0] if found and found[0]["state"] in ("success", "failed") else None
        return self.wait_for("a run to finish", done)

    def task_states(self, run_id: str) -> dict[str, str]:
        from urllib.parse import quote

        tis = self.get(f"/api/v2/dags/{DAG}/dagRuns/{quote(run_id, safe='')}/taskInstances?limit=100")
        return {t["task_id"]: t["state"] for t in tis["task_instances"]}


@pytest.fixture(scope="module")
def airflow(tmp_path_factory, postgres_server):
    import cluster_services

    tmp = tmp_path_factory.mktemp("ui")
    raw, data = tmp / "raw", tmp / "data"
    shutil.copytree(ROOT / "sample" / "raw", raw)
    port = free_port()
    # The session's Postgres, like the other Airflow-process tests: on SQLite the scheduler and the API
    # server queue on one write lock, and beside another suite a run could sit for many minutes.
    metadata_db = cluster_services.create_database(postgres_server, "af_ui_browser")
    env = airflow_env(tmp / "home", AIRFLOW__API__PORT=str(port), CHAINWIRE_RAW_DIR=str(raw),
                      CHAINWIRE_DATA_DIR=str(data), CHAINWIRE_GX_DIR=str(tmp / "gx"),
                      AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=metadata_db)
    proc, lines, login = start_standalone(env)
    try:
        assert login, "".join(lines[-40:])
        base = f"http://127.0.0.1:{port}"
        api = Api(base, login_password(login))
        api.wait_for("the DAG to be parsed", lambda: _dag_known(api), timeout=240)
        yield {"base": base, "password": login_password(login), "api": api, "raw": raw, "data": data,
               "home": tmp / "home"}
    finally:
        os.kill(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def _dag_known(api: Api) -> bool:
    try:
        api.get(f"/api/v2/dags/{DAG}")
        return True
    except urllib.error.HTTPError:
        return False


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _open_trigger_dialog(page, base: str):
    page.goto(f"{base}/dags/{DAG}")
    page.get_by_role("button", name="Trigger Dag").click()
    dialog = page.locator("[role=dialog][data-state=open]")
    expect(dialog.get_by_text("Run Parameters")).to_be_visible()
    return dialog


def _trigger_day(page, base: str, day: str, shot: str) -> None:
    dialog = _open_trigger_dialog(page, base)
    # "Unpause chainwire_daily on trigger" stays as the form offers it (checked): a paused DAG's run never
    # starts. Unpausing also starts the schedule, whose first run (today, no files) fails visibly.
    dialog.locator("input[name=element_run_date]").fill(day)
    _shot(page, shot)
    dialog.get_by_role("button", name="Trigger", exact=True).click()
    expect(dialog).to_be_hidden(timeout=UI_TIMEOUT_MS)


def _pick(dialog, label: str, day: str, hhmm: str) -> None:
    """The backfill dialog's date-time pickers: open one, type the date and the time (Asia/Seoul)."""
    field = dialog.get_by_test_id("datetime-input").nth({"From": 0, "To": 1}[label])
    field.click()
    pop = dialog.page.locator("[data-scope=popover][data-part=content][data-state=open]").last
    date_input = pop.get_by_placeholder("YYYY/MM/DD")
    date_input.fill(day.replace("-", "/"))
    date_input.press("Enter")
    time_input = pop.get_by_placeholder("HH:mm")
    time_input.fill(hhmm)
    time_input.press("Enter")
    dialog.page.keyboard.press("Escape")
    expect(pop).to_be_hidden()


@needs_browser
def test_operators_day_in_the_ui(airflow):
    base, api, data = airflow["base"], airflow["api"], airflow["data"]
    shutil.rmtree(SHOTS, ignore_errors=True)  # this run's pictures only
    offsite: list[str] = []
    expect.set_options(timeout=UI_TIMEOUT_MS)  # every wait is on a condition; the bound is generous for 2 busy cores
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            ctx = browser.new_context(viewport={"width": 1440, "height": 1000}, timezone_id="Asia/Seoul",
                                      locale="en-US")
            ctx.set_default_timeout(UI_TIMEOUT_MS)
            page = ctx.new_page()
            page.on("request", lambda r: offsite.append(r.url) if not r.url.startswith((base, "data:", "blob:",
                                                                                          "about:")) else None)

            # 1. Log in with the password make airflow printed.
            page.goto(f"{base}/")
            page.locator("input[name=username]").fill("admin")
            page.locator("input[name=password]").fill(airflow["password"])
            _shot(page, "01-login")
            page.get_by_role("button", name="Sign in").click()
            expect(page.get_by_role("link", name="Dags")).to_be_visible()

            # 2. Trigger one landing day with the params form.
            _trigger_day(page, base, DAYS[0], "02-trigger-form")
            run = api.wait_run_done(lambda r: r["run_type"] == "manual" and (r.get("conf") or {}).get("run_date") == DAYS[0])
            assert run["state"] == "success", api.task_states(run["dag_run_id"])
            assert run["dag_run_id"].startswith(f"landing_{DAYS[0]}__manual__"), run["dag_run_id"]
            states = api.task_states(run["dag_run_id"])
            assert states["build_marts"] == "success" and states["build_report"] == "success", states
            batches = api.get(f"/api/v2/dags/{DAG}/dagRuns/{_q(run['dag_run_id'])}/taskInstances/parse_batch/listMapped")
            labels = [t.get("rendered_map_index") for t in batches["task_instances"]]
            assert labels and all(str(label).startswith(f"{DAYS[0]}: ") for label in labels), labels  # file range
            page.goto(f"{base}/dags/{DAG}/runs/{run['dag_run_id']}")
            expect(page.get_by_text(f"Landing day {DAYS[0]}", exact=False).first).to_be_visible()
            _shot(page, "03-run-with-landing-day-note")
            note = api.wait_for("the run's note", lambda: api.get(f"/api/v2/dags/{DAG}/dagRuns/{_q(run['dag_run_id'])}")
                                .get("note"), timeout=60)
            files = len([p for p in (airflow["raw"] / DAYS[0]).iterdir() if p.is_file()])
            assert note.startswith(f"Landing day **{DAYS[0]}** · {files} files") and note.endswith("success"), note

            # 3. A day without files: skipped, with the reason in the note and in core.runs.
            _trigger_day(page, base, EMPTY_DAY, "04-trigger-empty-day")
            empty = api.wait_run_done(lambda r: (r.get("conf") or {}).get("run_date") == EMPTY_DAY)
            states = api.task_states(empty["dag_run_id"])
            assert states["resolve_partition_date"] == "skipped" and states["load"] == "skipped", states
            note = api.wait_for("the empty run's note",
                                lambda: api.get(f"/api/v2/dags/{DAG}/dagRuns/{_q(empty['dag_run_id'])}").get("note"),
                                timeout=60)
            assert f"no raw files for {EMPTY_DAY} in" in note and "skipped" in note, note
            page.goto(f"{base}/dags/{DAG}/runs/{empty['dag_run_id']}")
            expect(page.get_by_text(f"no raw files for {EMPTY_DAY}", exact=False).first).to_be_visible()
            _shot(page, "05-empty-day-skipped")

            # 4. Backfill the sample range from the dialog; run_date is refused first.
            dialog = _open_trigger_dialog(page, base)
            dialog.get_by_text("Backfill", exact=True).click()
            expect(dialog.get_by_text("Reprocess Behavior")).to_be_visible()
            _pick(dialog, "From", DAYS[0], "00:00")
            _pick(dialog, "To", DAYS[-1], "23:59")
            dialog.get_by_text("Missing Runs", exact=True).click()
            _shot(page, "06a-backfill-dates")
            # The form sends its Run Parameters only with "Override parameters on existing runs" checked.
            override = dialog.get_by_text("Override parameters on existing runs", exact=True)
            override.click()
            dialog.locator("input[name=element_run_date]").fill(DAYS[1])
            dialog.get_by_role("button", name="Run Backfill").click()
            # Refused by the API (the plugin's middleware): the UI shows the message, nothing is created.
            expect(page.get_by_text("run_date is set", exact=False).first).to_be_visible()
            assert not [r for r in api.runs() if r["run_type"] == "backfill"]
            _shot(page, "06-backfill-refuses-run-date")
            dialog.locator("input[name=element_run_date]").fill("")
            override.click()
            _shot(page, "07-backfill-form")
            dialog.get_by_role("button", name="Run Backfill").click()
            expect(dialog).to_be_hidden(timeout=UI_TIMEOUT_MS)

            def backfill_done():
                runs = [r for r in api.runs() if r["run_type"] == "backfill"]
                return runs if len(runs) == len(DAYS) and all(r["state"] in ("success", "failed") for r in runs) else None
            backfill = api.wait_for("the backfill runs", backfill_done, timeout=RUN_TIMEOUT * len(DAYS))
            assert all(r["state"] == "success" for r in backfill), [(r["dag_run_id"], r["state"]) for r in backfill]
            for r in backfill:  # each backfill run's note names the Seoul day of its logical date
                day = r["dag_run_id"].split("__", 1)[1][:10]
                note = api.wait_for("a backfill run's note", lambda run_id=r["dag_run_id"]: api.get(
                    f"/api/v2/dags/{DAG}/dagRuns/{_q(run_id)}").get("note"), timeout=60)
                assert note.startswith(f"Landing day **{day}**") and note.endswith("success"), note
            assert sorted(r["dag_run_id"].split("__", 1)[1][:10] for r in backfill) == DAYS
            # The run list shows the landing day: in the run id of a triggered day, in the backfill run ids.
            page.goto(f"{base}/dags/{DAG}/runs")
            expect(page.get_by_text(f"landing_{DAYS[0]}__manual", exact=False).first).to_be_visible()
            for day in DAYS:
                expect(page.get_by_text(f"backfill__{day}", exact=False).first).to_be_visible()
            _shot(page, "08-runs-after-backfill")

            # 5. Coverage shows the backfilled days; the marts have them, with no manual step.
            page.goto(f"{base}/plugin/coverage")
            frame = page.frame_locator("iframe").first
            expect(frame.locator("body[data-charts-done=true]")).to_have_count(1)
            expect(frame.locator("h1, header").first).to_contain_text(DAYS[-1])
            _shot(page, "09-coverage-after-backfill")
            snapshot = data / "warehouse" / "chainwire_snapshot.duckdb"
            landing = {r[0].isoformat() for r in query(snapshot, "SELECT DISTINCT landing_date FROM core.articles")}
            assert landing == set(DAYS)
            published = {r[0] for r in query(snapshot, "SELECT DISTINCT strftime(date, '%Y-%m-%d') "
                                                       "FROM marts.coverage_daily")}
            assert published and max(published) >= DAYS[-1], published
            links = query(snapshot, "SELECT count(*) FROM core.runs WHERE airflow_url LIKE ?",
                          [f"%/dags/{DAG}/runs/%"])
            assert links[0][0] > 0
            skipped = query(snapshot, "SELECT status, message FROM core.runs WHERE partition_date = ?", [EMPTY_DAY])
            assert ("skipped", f"no raw files for {EMPTY_DAY} in {airflow['raw'] / EMPTY_DAY}") in skipped, skipped

            # 6. From the validate task: the run's evidence, then its Data Docs, offline, with a way back.
            last = sorted(backfill, key=lambda r: r["logical_date"])[-1]
            page.goto(f"{base}/dags/{DAG}/runs/{last['dag_run_id']}/tasks/validate")
            expect(page.get_by_text(f"landing day {DAYS[-1]}:", exact=False).first).to_be_visible()
            _shot(page, "10a-validate-log")
            log = "".join(p.read_text() for p in (airflow["home"] / "logs" / f"dag_id={DAG}").glob(
                f"run_id={last['dag_run_id']}/task_id=validate/attempt=*.log"))
            assert "run evidence (stages, quality, rejected files): http" in log and "/chainwire/runs/" in log
            page.get_by_role("link", name="Details", exact=True).last.click()  # extra links: the Details tab
            evidence = page.get_by_role("link", name="Run evidence (quality, rejected files)")
            expect(evidence).to_be_visible()
            expect(page.get_by_role("link", name="Data Docs")).to_be_visible()
            _shot(page, "10-validate-extra-links")
            evidence.evaluate("a => a.removeAttribute('target')")  # same tab, for the test
            evidence.click()
            expect(page.get_by_text(f"Landing day {DAYS[-1]}", exact=False).first).to_be_visible()
            expect(page.get_by_role("link", name="This run in Airflow")).to_be_visible()
            _shot(page, "11-run-evidence")
            page.get_by_role("link", name="articles", exact=True).click()
            expect(page.locator("#chainwire-back")).to_be_visible()
            expect(page.get_by_text("Expectation Validation Result").first).to_be_visible()
            expect(page.locator("table tbody tr:visible").first).to_be_visible()  # the results, styled
            assert page.locator("table tbody tr:visible").count() >= 5
            _shot(page, "12-data-docs-validation")
            page.get_by_role("link", name="Data Docs home").click()
            expect(page.locator("#chainwire-back")).to_be_visible()
            rows = page.locator("table tbody tr:visible")
            expect(rows.first).to_be_visible()  # the validation-result list, drawn by the vendored scripts
            expect(page.get_by_text(f"{DAYS[-1]}", exact=False).first).to_be_visible()
            assert rows.count() >= 8
            _shot(page, "13-data-docs-index")
            page.get_by_role("link", name="← Coverage report").click()
            expect(page).to_have_url(f"{base}/chainwire/")
        except BaseException:
            _shot(page, "failure")  # what the browser showed when the test failed
            raise
        finally:
            browser.close()
    assert offsite == [], f"requests left the machine: {offsite[:10]}"


def _q(run_id: str) -> str:
    from urllib.parse import quote

    return quote(run_id, safe="")
