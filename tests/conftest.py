"""Shared fixtures. Airflow is pointed at a throw-away AIRFLOW_HOME before anything imports it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))  # cluster_services: the harness's Postgres, Redis, S3 and processes
SHARED = ROOT.parent / "shared"
REAL_SAMPLE = SHARED / "samples" / "newspim_page_dump.txt"


PYTEST_PID = os.getpid()


def _interrupt_on_sigterm(signum, frame):
    if os.getpid() != PYTEST_PID:  # a forked worker (process pools in the pipeline tests) dies as by default
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    raise KeyboardInterrupt(f"signal {signum}")


def pytest_configure(config):
    # A killed run (CI timeout, `kill PID`) still tears its fixtures down: SIGTERM is handled as Ctrl-C, so
    # pytest's session finish stops the Postgres, Redis, S3 and Airflow processes the fixtures started, by PID,
    # instead of leaving them orphaned (before: `kill -TERM <pytest>` left the session's Postgres running).
    signal.signal(signal.SIGTERM, _interrupt_on_sigterm)
    # Never touch a developer's ~/airflow or the project's .airflow from tests.
    home = Path(os.environ.get("PYTEST_AIRFLOW_HOME", ROOT / "test-artifacts" / "airflow-home"))
    home.mkdir(parents=True, exist_ok=True)
    os.environ["AIRFLOW_HOME"] = str(home)
    os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
    os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(ROOT / "dags")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("TQDM_DISABLE", "1")
    # Generated test files are seconds old: no settle window (the reliability suite sets its own).
    os.environ.setdefault("CHAINWIRE_SETTLE_SECONDS", "0")


def airflow_env(airflow_home: Path, **extra: str) -> dict[str, str]:
    """The environment scripts/airflow_env.sh sets, for a given AIRFLOW_HOME and ``extra`` settings.

    ``extra`` is in the environment the script reads (a metadata DB URL in
    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN keeps SQLite's connect args out) and wins over what it sets.
    """
    import cluster_services

    # The scheduler's and triggerer's log servers: free ports too, so parallel Airflows never collide.
    ports = {"AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
             "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(free_port())}
    env = cluster_services.airflow_environment(ROOT, {**os.environ, "AIRFLOW_HOME": str(airflow_home), **ports,
                                                      **extra})
    env["PATH"] = f"{Path(sys.executable).parent}:{env.get('PATH', '')}"
    return env


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory):
    """One throw-away Postgres for the session (127.0.0.1, a free port), stopped by its pid at the end.

    The Airflow-process tests keep their metadata DBs there: Postgres takes concurrent writers, so the API
    server never waits on the scheduler for SQLite's single write lock. `make run` keeps embedded SQLite.
    """
    import cluster_services

    log_dir = tmp_path_factory.mktemp("postgres-logs")
    try:
        svc, url = cluster_services.start_postgres(log_dir, database="postgres")
    except (RuntimeError, OSError) as exc:
        pytest.fail(f"cannot start the tests' Postgres (apt-get install postgresql): {exc}")
    yield url
    left = svc.stop()
    assert not left, f"postgres processes left after stop: {left}"


@pytest.fixture
def airflow_metadata_db(postgres_server, request):
    """A fresh Postgres database for one test's Airflow: its SQLAlchemy URL."""
    import re

    import cluster_services

    name = "af_" + re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[:50]
    return cluster_services.create_database(postgres_server, name)


@pytest.fixture
def pool_spy(monkeypatch):
    """Every ``parallel.map_batches`` call of the test as ``(batches, workers)``: proof the pool really ran."""
    from chainwire import parallel

    pools: list[tuple[int, int]] = []
    real_map = parallel.map_batches

    def spying_map(fn, batches, workers, **kw):
        pools.append((len(batches), workers))
        return real_map(fn, batches, workers, **kw)

    monkeypatch.setattr(parallel, "map_batches", spying_map)
    return pools


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

    from chainwire_synth.generator import generate_corpus

    out = tmp_path_factory.mktemp("synth")
    generate_corpus(out, days=2, per_day=8, seed=11, start_date=date(2026, 11, 2))
    return out


@pytest.fixture
def real_sample_text():
    if not REAL_SAMPLE.exists():
        pytest.skip(f"real sample page absent: {REAL_SAMPLE} (../shared is not mounted here)")
    return REAL_SAMPLE.read_text(encoding="utf-8")


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    import cluster_services

    return cluster_services.free_port()


def query(db_path: Path, sql: str, params: list | None = None) -> list[tuple]:
    """Rows of one query against a DuckDB file opened read-only (the snapshot users open)."""
    import duckdb

    con = duckdb.connect(str(db_path), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


# How long `make airflow` may take to print its login: a bound for a stuck start, not a speed check. Two
# standalones and other suites at once on 2 cores took more than 240 s to get there.
STANDALONE_START_TIMEOUT = 600


def start_standalone(env: dict[str, str], timeout: float = STANDALONE_START_TIMEOUT):
    """`make airflow`'s script in its own session (like a terminal); returns (process, output lines, login line).

    The output is drained on a thread — a full pipe would block Airflow's own logging — and the
    login line is None when the script exited or did not print it within ``timeout`` seconds.
    """
    import threading
    import time

    proc = subprocess.Popen(["bash", "scripts/airflow_standalone.sh"], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True).start()
    deadline = time.time() + timeout
    login = None
    while login is None and time.time() < deadline and proc.poll() is None:
        login = next((line for line in list(lines) if line.startswith("Airflow UI:")), None)
        time.sleep(1)
    return proc, lines, login


class AirflowApi:
    """The Airflow REST API as admin (a JWT from /auth/token), JSON in and out."""

    def __init__(self, port: int, password: str):
        import json
        import urllib.request

        self.base = f"http://localhost:{port}"
        req = urllib.request.Request(f"{self.base}/auth/token", method="POST",
                                     data=json.dumps({"username": "admin", "password": password}).encode(),
                                     headers={"Content-Type": "application/json"})
        self.token = json.load(urllib.request.urlopen(req, timeout=30))["access_token"]

    def call(self, method: str, path: str, body: dict | None = None) -> dict:
        import json
        import time
        import urllib.error
        import urllib.request

        for attempt in range(30):
            req = urllib.request.Request(f"{self.base}{path}", method=method,
                                         data=json.dumps(body).encode() if body is not None else None,
                                         headers={"Authorization": f"Bearer {self.token}",
                                                  "Content-Type": "application/json"})
            try:
                with urllib.request.urlopen(req, timeout=60) as resp:
                    return json.load(resp)
            except TimeoutError:
                # A read that outlasted 60 s on a crowded machine: ask again (reads only; a write may have landed).
                if method != "GET" or attempt == 29:
                    raise
                continue
            except urllib.error.HTTPError as exc:
                # A 503 (the server busy or restarting a worker) is retried like a client should.
                if exc.code != 503 or attempt == 29:
                    raise
                time.sleep(min(2 + attempt, 10))
        raise AssertionError("unreachable")


def login_password(login_line: str) -> str:
    return login_line.rsplit("admin / ", 1)[1].split(",")[0].strip()


def crafted_warehouse(path: Path, articles: list[tuple], topics: dict[str, list[str]] | None = None,
                      countries: dict[str, list[str]] | None = None, titles: dict[str, str] | None = None,
                      urls: dict[str, str] | None = None) -> Path:
    """Core tables from the project's DDL, filled with invented rows, and every mart built by its SQL.

    ``articles``: (article_id, outlet, cluster_id, is_canonical, published_at as a Seoul datetime);
    ``topics`` / ``countries``: article_id -> tags; ``titles`` / ``urls``: article_id -> value, instead of
    the invented defaults.
    """
    from datetime import datetime, timedelta, timezone

    import duckdb

    from chainwire.warehouse.ddl import all_ddl
    from chainwire.warehouse.marts import build_marts

    kst = timezone(timedelta(hours=9))
    con = duckdb.connect(str(path))
    for stmt in all_ddl():
        con.execute(stmt)
    rows = []
    for aid, outlet, cluster, canonical, published in articles:
        published = published if isinstance(published, datetime) else datetime.combine(published, datetime.min.time())
        published = published.replace(hour=published.hour or 9, tzinfo=kst)
        url = (urls or {}).get(aid, f"https://example.invalid/{outlet}/{aid.split(':')[-1]}")
        rows.append((aid, published.date(), outlet, url, (titles or {}).get(aid, f"Invented headline {aid}"),
                     published, cluster, canonical))
    con.executemany("INSERT INTO core.articles (article_id, landing_date, outlet, url, title, published_at, "
                    "cluster_id, is_canonical, raw_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'x')", rows)
    landing = {r[0]: r[1] for r in rows}
    tags = {"INSERT INTO core.article_topics (article_id, landing_date, topic, score, raw_path) "
            "VALUES (?, ?, ?, 3.0, 'x')": topics,
            "INSERT INTO core.article_countries (article_id, landing_date, iso2, mentions, role, raw_path) "
            "VALUES (?, ?, ?, 1, 'subject', 'x')": countries}
    for sql, by_article in tags.items():
        values = [(a, landing[a], v) for a, vs in (by_article or {}).items() for v in vs]
        if values:
            con.executemany(sql, values)
    build_marts(con)
    con.close()
    return path


def write_older_paragraphs_file(lake_dir: Path, day) -> None:
    """A day's paragraphs partition as an older version wrote it: ten rows of three articles with only
    ``article_id``, ``ordinal`` (as int16) and ``landing_date`` — a read must give the table's schema, the
    missing columns null."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from chainwire import lake
    from chainwire.schemas import PARAGRAPHS

    path = lake.partition_file(lake_dir, PARAGRAPHS, day)
    path.parent.mkdir(parents=True)
    pq.write_table(pa.table({"article_id": [f"a{i % 3}" for i in range(10)], "ordinal": pa.array(range(10), pa.int16()),
                             "landing_date": [day] * 10}), path)
