"""`make airflow` (scripts/airflow_standalone.sh): serves the UI with chainwire_daily, stops everything on SIGINT."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import urllib.request

import pytest

from conftest import airflow_env, free_port, login_password, start_standalone

pytestmark = pytest.mark.slow


def _session_pids(sid: int) -> list[int]:
    out = subprocess.run(["ps", "-eo", "pid=,sid="], capture_output=True, text=True).stdout.split()
    return [int(p) for p, s in zip(out[::2], out[1::2]) if int(s) == sid]


def test_standalone_serves_dag_and_stops_cleanly_on_sigint(tmp_path):
    port = free_port()
    env = airflow_env(tmp_path / "home", AIRFLOW__API__PORT=str(port))
    # Own session, like a terminal: SIGINT goes to the script, which must take its children down.
    proc, lines, login_line = start_standalone(env)
    try:
        assert login_line is not None, ''.join(lines[-40:])
        assert f"localhost:{port}" in login_line and "admin / " in login_line, login_line
        password = login_password(login_line)
        req = urllib.request.Request(f"http://localhost:{port}/auth/token", method="POST",
                                     data=json.dumps({"username": "admin", "password": password}).encode(),
                                     headers={"Content-Type": "application/json"})
        token = json.load(urllib.request.urlopen(req, timeout=30))["access_token"]
        dag_ids = []
        for _ in range(60):  # the dag-processor needs a moment to parse the folder
            req = urllib.request.Request(f"http://localhost:{port}/api/v2/dags",
                                         headers={"Authorization": f"Bearer {token}"})
            dag_ids = [d["dag_id"] for d in json.load(urllib.request.urlopen(req, timeout=30))["dags"]]
            if "chainwire_daily" in dag_ids:
                break
            time.sleep(2)
        assert "chainwire_daily" in dag_ids
    finally:
        os.kill(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=90)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            pytest.fail("make airflow did not exit within 90 s of SIGINT")
    time.sleep(2)
    assert _session_pids(proc.pid) == [], "processes left behind after SIGINT"
    assert proc.returncode == 0
