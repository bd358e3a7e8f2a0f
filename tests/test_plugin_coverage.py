"""plugins/chainwire_coverage_plugin.py: the "Coverage" entry of the Airflow UI serving the latest report."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():  # starlette's notice about httpx inside fastapi.testclient
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from conftest import ROOT, free_port
from test_report import report_env  # noqa: F401  (fixture)

PLUGIN_FILE = ROOT / "plugins" / "chainwire_coverage_plugin.py"


def load_plugin_module():
    spec = importlib.util.spec_from_file_location("chainwire_coverage_plugin_under_test", PLUGIN_FILE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture
def plugin():
    return load_plugin_module()


@pytest.fixture
def built_report(report_env):
    from chainwire.report import build_report

    return build_report().parent  # <reports_dir>/latest


def test_plugin_declares_app_and_nav_entry(plugin):
    from airflow.plugins_manager import is_valid_plugin

    cls = plugin.ChainwireCoveragePlugin
    assert is_valid_plugin(cls) and cls.name == "chainwire_coverage"
    (app,) = cls.fastapi_apps
    assert app["url_prefix"] == "/chainwire" and app["name"]
    from airflow.api_fastapi.app import RESERVED_URL_PREFIXES

    assert not any(app["url_prefix"].startswith(p) for p in RESERVED_URL_PREFIXES)
    (view,) = cls.external_views
    assert view["name"] == "Coverage" and view["href"] == "/chainwire/" and view["destination"] == "nav"
    assert view["url_route"] == "coverage" and view["nav_top_level"] is True


def test_serves_latest_report(plugin, built_report):
    client = TestClient(plugin.create_app(require_auth=False))  # folder from the settings, as in Airflow
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "공급망" in r.text and 'src="vendor/vega-embed.min.js"' in r.text
    assert r.headers["cache-control"] == "no-cache"
    js = client.get("/vendor/vega-embed.min.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"] and len(js.content) > 50_000
    csv = client.get("/data/topic_trend.csv")
    assert csv.status_code == 200 and csv.text.lstrip("\ufeff").startswith("date,topic")
    assert client.get("/data/topic_trend.parquet").content[:4] == b"PAR1"
    assert client.get("/report.json").json()["date_to"] == "2026-11-04"
    assert client.get("/data-docs/index.html").status_code == 200
    assert client.head("/").status_code == 200
    missing = client.get("/data/nope.csv")
    assert missing.status_code == 404 and "Back to the report" in missing.text
    # nothing outside the report folder, however the path is spelled
    (built_report.parent / "secret.txt").write_text("x")
    for path in ("/../secret.txt", "/%2e%2e/secret.txt", "/data/..%2f..%2fsecret.txt", "/..%2fsecret.txt"):
        assert client.get(path).status_code == 404, path
    assert client.get("/icon.svg").headers["content-type"].startswith("image/svg+xml")


def test_friendly_page_before_any_report(plugin, workspace):
    client = TestClient(plugin.create_app(require_auth=False))
    r = client.get("/")
    assert r.status_code == 200 and "No coverage report yet" in r.text and "chainwire report" in r.text
    assert str(workspace.reports_dir / "latest") in r.text
    r = client.get("/data/topic_trend.csv")
    assert "No coverage report yet" in r.text


def test_picks_up_a_rebuilt_report_without_restart(plugin, report_env):
    from datetime import date

    from chainwire.report import build_report

    client = TestClient(plugin.create_app(require_auth=False))
    assert "No coverage report yet" in client.get("/").text
    build_report(date_from=date(2026, 11, 3), date_to=date(2026, 11, 3))
    assert client.get("/report.json").json()["date_from"] == "2026-11-03"
    build_report()
    assert client.get("/report.json").json()["date_from"] == "2026-11-02"


def test_needs_an_airflow_login_by_default(plugin, built_report, monkeypatch):
    from airflow.api_fastapi.core_api import security

    monkeypatch.delenv(plugin.PUBLIC_ENV, raising=False)
    app = plugin.create_app()
    client = TestClient(app)
    r = client.get("/")
    assert r.status_code == 401 and "Log in" in r.text and "공급망" not in r.text
    assert client.get("/data/topic_trend.csv").status_code == 401
    assert client.get("/icon.svg").status_code == 200  # the nav icon stays public
    seen = []

    async def valid_user(request, _oauth, bearer):  # what a valid token resolves to
        seen.append(bearer.credentials if bearer else request.cookies.get("_token"))
        return object()

    monkeypatch.setattr(security, "get_user", valid_user)
    assert client.get("/", headers={"Authorization": "Bearer abc"}).status_code == 200
    assert client.get("/report.json", cookies={"_token": "xyz"}).status_code == 200
    assert seen == ["abc", "xyz"]
    monkeypatch.setenv(plugin.PUBLIC_ENV, "true")
    assert TestClient(plugin.create_app()).get("/").status_code == 200


def _airflow_env(home: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW")}
    env.update(AIRFLOW_HOME=str(home), AIRFLOW__CORE__PLUGINS_FOLDER=str(ROOT / "plugins"),
               AIRFLOW__CORE__DAGS_FOLDER=str(home / "dags"), AIRFLOW__CORE__LOAD_EXAMPLES="False",
               GX_ANALYTICS_ENABLED="false", NO_COLOR="1", **extra)
    env["PATH"] = f"{Path(sys.executable).parent}:{env.get('PATH', '')}"
    return env


def test_airflow_lists_the_plugin(tmp_path):
    out = subprocess.run([str(Path(sys.executable).parent / "airflow"), "plugins", "--output", "json"],
                         env=_airflow_env(tmp_path / "home"), capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr[-2000:]
    plugins = {p["name"]: p for p in json.loads(out.stdout)}
    p = plugins["chainwire_coverage"]
    assert p["fastapi_apps"][0]["url_prefix"] == "/chainwire"
    assert p["external_views"][0]["name"] == "Coverage"


@pytest.mark.slow
def test_api_server_serves_coverage_in_the_ui(built_report, report_env, tmp_path):
    """A real `airflow api-server`: login token, /chainwire/ behind auth, the nav entry; the UI page in Chromium."""
    home = tmp_path / "airflow-home"
    home.mkdir()
    (home / "passwords.json").write_text(json.dumps({"admin": "coverage-test"}))
    port = free_port()
    env = _airflow_env(home, AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS="admin:admin",
                       AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE=str(home / "passwords.json"),
                       AIRFLOW__API__WORKERS="1", CHAINWIRE_DATA_DIR=str(report_env.data_dir))
    airflow = str(Path(sys.executable).parent / "airflow")
    subprocess.run([airflow, "db", "migrate"], env=env, check=True, capture_output=True, timeout=300)
    log = open(home / "api.log", "w")
    proc = subprocess.Popen([airflow, "api-server", "--port", str(port)], env=env, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    base = f"http://127.0.0.1:{port}"

    def get(path, token=None, **headers):
        if token:
            headers["Authorization"] = f"Bearer {token}"
        try:
            with direct.open(urllib.request.Request(base + path, headers=headers), timeout=30) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    try:
        deadline = time.time() + 180
        while time.time() < deadline:
            try:
                if get("/api/v2/monitor/health")[0] == 200:
                    break
            except OSError:
                pass
            assert proc.poll() is None, (home / "api.log").read_text()[-3000:]
            time.sleep(1)
        req = urllib.request.Request(base + "/auth/token", method="POST",
                                     data=json.dumps({"username": "admin", "password": "coverage-test"}).encode(),
                                     headers={"Content-Type": "application/json"})
        token = json.load(direct.open(req, timeout=30))["access_token"]
        assert get("/chainwire/")[0] == 401
        status, body = get("/chainwire/", token)
        assert status == 200 and "공급망".encode() in body
        assert get("/chainwire/vendor/vega.min.js", token)[0] == 200
        assert get("/chainwire/data/topic_trend.csv", Cookie=f"_token={token}")[0] == 200
        plugins = json.loads(get("/api/v2/plugins", token)[1])["plugins"]
        view = next(p for p in plugins if p["name"] == "chainwire_coverage")["external_views"][0]
        assert view["href"] == "/chainwire/" and view["url_route"] == "coverage"

        from test_report_browser import CHROMIUM, ui_page_in_chromium

        if CHROMIUM is None:
            return
        shot = ROOT / "test-artifacts" / "airflow-coverage-screenshot.png"
        r = ui_page_in_chromium(f"{base}/plugin/coverage", {"_token": token}, shot, tmp_path)
        assert r["done"] == "true", r
        assert r["charts"] and all(n > 0 for _, n in r["charts"]), r
        assert r["errors"] == [], r["errors"]
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        log.close()
