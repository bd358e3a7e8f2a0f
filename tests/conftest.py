"""Shared fixtures. Airflow is pointed at a throw-away AIRFLOW_HOME before anything imports it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REAL_SAMPLE = SHARED / "samples" / "newspim_page_dump.txt"


def pytest_configure(config):
    # Never touch a developer's ~/airflow or the project's .airflow from tests.
    home = Path(os.environ.get("PYTEST_AIRFLOW_HOME", ROOT / "test-artifacts" / "airflow-home"))
    home.mkdir(parents=True, exist_ok=True)
    os.environ["AIRFLOW_HOME"] = str(home)
    os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
    os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(ROOT / "dags")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("TQDM_DISABLE", "1")


def airflow_env(airflow_home: Path, **extra: str) -> dict[str, str]:
    """The environment scripts/airflow_env.sh sets, for a given AIRFLOW_HOME."""
    out = subprocess.run(
        ["bash", "-c", "source scripts/airflow_env.sh && env -0"], cwd=ROOT, check=True, capture_output=True,
        env={**os.environ, "AIRFLOW_HOME": str(airflow_home)},
    ).stdout.decode()
    env = dict(item.split("=", 1) for item in out.split("\0") if "=" in item)
    env["PATH"] = f"{Path(sys.executable).parent}:{env.get('PATH', '')}"
    env.update(extra)
    return env


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    """A private landing zone and data dir, wired through the settings' environment overrides."""
    raw, data = tmp_path / "raw", tmp_path / "data"
    raw.mkdir()
    monkeypatch.setenv("CHAINWIRE_RAW_DIR", str(raw))
    monkeypatch.setenv("CHAINWIRE_DATA_DIR", str(data))
    monkeypatch.setenv("CHAINWIRE_GX_DIR", str(tmp_path / "gx"))
    from chainwire.settings import get_settings

    return get_settings()


@pytest.fixture(scope="session")
def synth_corpus(tmp_path_factory):
    """A small generated corpus (raw pages + ground truth), made once per session."""
    from datetime import date

    from chainwire.synth.generator import generate_corpus

    out = tmp_path_factory.mktemp("synth")
    generate_corpus(out, days=2, per_day=8, seed=11, start_date=date(2026, 11, 2))
    return out


@pytest.fixture
def real_sample_text():
    if not REAL_SAMPLE.exists():
        pytest.skip(f"real sample page absent: {REAL_SAMPLE} (../shared is not mounted here)")
    return REAL_SAMPLE.read_text(encoding="utf-8")
