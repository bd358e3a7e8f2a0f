"""`make airflow` (scripts/airflow_standalone.sh): serves the UI with chainwire_daily and stops everything —
on SIGINT and on SIGTERM, started in the foreground (its own session, like a terminal) or in the background
of a non-interactive shell (`make airflow &`, where SIGINT arrives ignored) — leaving no process behind.
Its metadata DB is a Postgres database the harness starts (conftest.postgres_server)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import threading
import time
import urllib.request

import pytest
from cluster_services import session_pids

from conftest import ROOT, STANDALONE_START_TIMEOUT, airflow_env, free_port, login_password, start_standalone

pytestmark = pytest.mark.slow
STOP_TIMEOUT = 120


def _wait_gone(sid: int, timeout: float = 30) -> list[int]:
    deadline = time.time() + timeout
    while (left := session_pids(sid)) and time.time() < deadline:
        time.sleep(0.5)
    return left


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    return tmp_path_factory.mktemp("make-airflow") / "home"


@pytest.fixture(scope="module")
def metadata_db(postgres_server):
    import cluster_services

    return cluster_services.create_database(postgres_server, "af_make_airflow")  # every case: migrated once


def _start_background(env: dict, port: int):
    """`make airflow &` from a non-interactive shell (SIGINT ignored in the job), in a session of its own."""
    cmd = f"make --no-print-directory -o .venv/.installed airflow PORT={port} & echo \"MAKE_PID $!\"; wait"
    proc = subprocess.Popen(["bash", "-c", cmd], cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True).start()
    deadline = time.time() + STANDALONE_START_TIMEOUT
    login = None
    while login is None and time.time() < deadline and proc.poll() is None:
        login = next((line for line in list(lines) if line.startswith("Airflow UI:")), None)
        time.sleep(0.5)
    return proc, lines, login


def _dag_ids(port: int, password: str) -> list[str]:
    req = urllib.request.Request(f"http://127.0.0.1:{port}/auth/token", method="POST",
                                 data=json.dumps({"username": "admin", "password": password}).encode(),
                                 headers={"Content-Type": "application/json"})
    token = json.load(urllib.request.urlopen(req, timeout=30))["access_token"]
    deadline, ids = time.time() + 180, []
    while time.time() < deadline:  # the dag-processor needs a moment to parse the folder
        req = urllib.request.Request(f"http://127.0.0.1:{port}/api/v2/dags",
                                     headers={"Authorization": f"Bearer {token}"})
        ids = [d["dag_id"] for d in json.load(urllib.request.urlopen(req, timeout=30))["dags"]]
        if {"chainwire_daily", "chainwire_marts"} <= set(ids):
            break
        time.sleep(2)
    return ids


@pytest.mark.parametrize("mode,sig", [("foreground", signal.SIGINT), ("foreground", signal.SIGTERM),
                                      ("background", signal.SIGINT), ("background", signal.SIGTERM)],
                         ids=["foreground-SIGINT", "foreground-SIGTERM", "background-SIGINT", "background-SIGTERM"])
def test_make_airflow_serves_and_stops_cleanly(home, metadata_db, mode, sig):
    port = free_port()
    env = airflow_env(home, AIRFLOW__API__PORT=str(port), AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=metadata_db)
    if mode == "foreground":
        proc, lines, login = start_standalone(env)
    else:
        proc, lines, login = _start_background(env, port)
    try:
        assert login is not None, "".join(lines[-40:])
        assert f"localhost:{port}" in login and "admin / " in login, login
        banner = "".join(lines)
        assert "nothing else needs unpausing" in banner and "make airflow-stop" in banner, banner[-2000:]
        if mode == "foreground" and sig == signal.SIGINT:
            assert {"chainwire_daily", "chainwire_marts"} <= set(_dag_ids(port, login_password(login)))
        script_pid = int(re.search(r"kill -INT (\d+)", banner).group(1))
        if mode == "foreground":
            assert script_pid == proc.pid
            # Ctrl-C reaches the terminal's foreground process group; kill/SIGTERM reaches the script.
            os.killpg(proc.pid, sig) if sig == signal.SIGINT else os.kill(proc.pid, sig)
        else:
            make_pid = int(re.search(r"MAKE_PID (\d+)", banner).group(1))
            # kill -INT <the pid the banner prints>; kill <make's pid> (make passes SIGTERM to its recipe).
            os.kill(script_pid if sig == signal.SIGINT else make_pid, sig)
        try:
            proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            pytest.fail(f"make airflow ({mode}) did not exit within {STOP_TIMEOUT} s of {sig.name}")
    finally:
        if proc.poll() is None or session_pids(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
    left = _wait_gone(proc.pid)
    assert left == [], f"processes left behind after {sig.name} ({mode}): {left}"
    assert "stopped." in "".join(lines), "".join(lines[-20:])
    if mode == "foreground" or sig == signal.SIGINT:
        assert proc.returncode == 0, proc.returncode
    assert not (home / "standalone.pid").exists()
