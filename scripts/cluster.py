#!/usr/bin/env python3
"""`make cluster`: Chainwire on a local Airflow cluster — CeleryExecutor with Postgres (metadata DB and Celery
results), Redis (the broker), an S3-compatible server (moto), the api-server, scheduler, dag-processor,
triggerer and N Celery workers, every one on 127.0.0.1 and a free port, every one started, stopped and
checked gone by this script. Ctrl-C (SIGINT), SIGTERM or SIGHUP stop them all.

    scripts/cluster.py [--workers 2] [--concurrency 2] [--port 0] [--workdir .cluster] [--raw sample/raw]

The landing zone and the lake are buckets on the S3 server, created by this script:
CHAINWIRE_RAW_DIR=s3://chainwire-landing/raw (the landing days under --raw uploaded with the S3 API)
and CHAINWIRE_DATA_DIR=s3://chainwire-lake/data. Tasks reach them through the aws_default connection
(AIRFLOW_CONN_AWS_DEFAULT, the moto endpoint in its extra); the CLI on this machine through the
AWS_ENDPOINT_URL/AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY it prints. The DuckDB warehouse stays one local
file with one writer (the duckdb_writer pool), in CHAINWIRE_WAREHOUSE_DIR=<workdir>/warehouse; the
Airflow home, the GX context and every process's log are under --workdir too. The tasks that open the
warehouse (load, marts, report, digest) go to the Celery queue "warehouse" (CHAINWIRE_WAREHOUSE_QUEUE),
which only worker w1 consumes besides "default": the routing a cluster whose workers are on several
hosts needs, exercised on one.
`make cluster-test` (tests/test_cluster.py) drives the same class through a backfill.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cluster_services as services  # noqa: E402  (a sibling script, not a package)

ROOT = Path(__file__).resolve().parents[1]
MARKER_ENV = "CHAINWIRE_CLUSTER_ID"  # in every process's environment: how the stop check finds leftovers
S3_KEY = "chainwire-local"  # moto accepts any credentials; these are the cluster's, not AWS's
LANDING_URL = "s3://chainwire-landing/raw"  # CHAINWIRE_RAW_DIR of every process
LAKE_URL = "s3://chainwire-lake/data"  # CHAINWIRE_DATA_DIR of every process
WAREHOUSE_QUEUE = "warehouse"  # the Celery queue of load, marts, report and digest: worker w1 only
CLI_ENV = ("AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "CHAINWIRE_RAW_DIR", "CHAINWIRE_DATA_DIR",
           "CHAINWIRE_WAREHOUSE_DIR")


class Cluster:
    """The services and Airflow processes of one local cluster, in start order (stopped in reverse)."""

    def __init__(self, workdir: Path, workers: int = 2, concurrency: int = 2, api_port: int = 0,
                 s3_endpoint: str | None = None, extra_env: dict[str, str] | None = None,
                 warehouse_queue: str = WAREHOUSE_QUEUE):
        """``s3_endpoint``: use that S3 server (say, a ThreadedMotoServer) instead of starting moto.
        ``warehouse_queue``: the Celery queue of the tasks that open the DuckDB warehouse, consumed by the
        first worker only, as the warehouse host's worker would be on a cluster of several hosts."""
        self.workdir = workdir.resolve()
        self.home = self.workdir / "airflow-home"
        self.logs = self.workdir / "logs"
        self.workers = workers
        self.concurrency = concurrency
        self.api_port = api_port or services.free_port()
        self.raw = LANDING_URL
        self.data = LAKE_URL
        self.s3_endpoint = s3_endpoint
        self.start_s3 = s3_endpoint is None
        self.extra_env = extra_env or {}
        self.cluster_id = uuid.uuid4().hex
        self.services: list[services.Service] = []
        self.worker_names = [f"w{i}" for i in range(1, workers + 1)]
        self.warehouse_queue = warehouse_queue
        self.warehouse_worker = self.worker_names[0]
        self.env: dict[str, str] = {}

    # --- start -------------------------------------------------------------------------------------------
    def start(self, timeout: float = 300) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.logs.mkdir(parents=True, exist_ok=True)
        base = {**os.environ, MARKER_ENV: self.cluster_id}
        os.environ[MARKER_ENV] = self.cluster_id  # services.start passes env=None for the servers below
        try:
            pg, db_url = services.start_postgres(self.logs, database="airflow")
            self.services.append(pg)
            redis, broker = services.start_redis(self.logs)
            redis.stop_wave = 1
            self.services.append(redis)
            if self.start_s3:
                moto, self.s3_endpoint = services.start_moto(self.logs, sys.executable)
                moto.stop_wave = 1
                self.services.append(moto)
        finally:
            os.environ.pop(MARKER_ENV, None)
        self.create_buckets()  # before any Airflow process: a task never meets a missing bucket
        self.env = self._airflow_env(base, db_url, broker)
        setup = subprocess.run(["bash", "scripts/airflow_setup.sh"], cwd=ROOT, env=self.env, capture_output=True,
                               text=True, stdin=subprocess.DEVNULL)
        if setup.returncode != 0:
            raise RuntimeError(f"airflow_setup.sh failed:\n{setup.stdout[-3000:]}\n{setup.stderr[-3000:]}")
        airflow = str(Path(sys.executable).parent / "airflow")
        # Stopped in waves: the workers (they finish their tasks), then the other Airflow processes together,
        # then S3 and Redis, Postgres last (wave 0).
        self._start_airflow("api-server", [airflow, "api-server", "--host", "127.0.0.1", "--port", str(self.api_port)],
                            stop_wave=2)
        for component in ("scheduler", "dag-processor", "triggerer"):
            self._start_airflow(component, [airflow, component], stop_wave=2)
        for name in self.worker_names:
            queues = ["default"] + ([self.warehouse_queue] if name == self.warehouse_worker else [])
            self._start_airflow(f"worker {name}", [airflow, "celery", "worker", "--celery-hostname", f"{name}@%h",
                                                   "--queues", ",".join(queues),
                                                   "--concurrency", str(self.concurrency)], stop_wave=3)
        self._wait_ready(timeout)

    def _airflow_env(self, base: dict[str, str], db_url: str, broker: str) -> dict[str, str]:
        extra = {"AIRFLOW_HOME": str(self.home),
                 "AIRFLOW__API__HOST": "127.0.0.1",
                 "AIRFLOW__API__PORT": str(self.api_port),
                 "AIRFLOW__CELERY__WORKER_CONCURRENCY": str(self.concurrency),
                 "AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK": "False",
                 "CHAINWIRE_GX_DIR": str(self.workdir / "gx"),
                 # Read by the DAG files (dag-processor) to route the warehouse tasks; see dag_defaults.
                 "CHAINWIRE_WAREHOUSE_QUEUE": self.warehouse_queue,
                 **cluster_settings(db_url, broker, self.raw, self.data, self.warehouse_path.parent, self.s3_endpoint),
                 **self.extra_env}
        return services.airflow_environment(ROOT, {**base, **extra})

    def _start_airflow(self, name: str, argv: list[str], stop_wave: int) -> None:
        # Each process that serves logs needs its own port on a shared host (workers, triggerer).
        env = {**self.env, "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(services.free_port()),
               "AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT": str(services.free_port())}
        svc = services.start(name, argv, self.logs / f"{name.replace(' ', '-')}.log", env=env, cwd=ROOT)
        svc.stop_wave = stop_wave
        self.services.append(svc)

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        pending = {"api-server"} | {f"worker {n}" for n in self.worker_names}
        while pending:
            if time.monotonic() > deadline:
                raise TimeoutError(f"not ready after {timeout:.0f} s: {sorted(pending)}")
            for svc in self.services:
                if svc.proc.poll() is not None:
                    raise RuntimeError(f"{svc.name} exited with {svc.proc.returncode}:\n{svc.tail()}")
            if "api-server" in pending and self._api_healthy():
                pending.discard("api-server")
            for name in self.worker_names:
                # Celery prints "<hostname> ready." once it consumes from the broker.
                if f"worker {name}" in pending and f"{name}@" in self.service(f"worker {name}").tail(400) \
                        and " ready." in self.service(f"worker {name}").tail(400):
                    pending.discard(f"worker {name}")
            time.sleep(1)

    def _api_healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.api_port}/api/v2/monitor/health", timeout=5):
                return self.password_file.exists()
        except (urllib.error.URLError, OSError):
            return False

    # --- use ---------------------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.api_port}"

    @property
    def warehouse_path(self) -> Path:
        """The DuckDB file the loader writes (one writer: the duckdb_writer pool), on this host's disk."""
        return self.workdir / "warehouse" / "chainwire.duckdb"

    @property
    def password_file(self) -> Path:
        return self.home / "simple_auth_manager_passwords.json.generated"

    def admin_password(self) -> str:
        return json.loads(self.password_file.read_text())["admin"]

    def create_buckets(self) -> list[str]:
        """The landing and lake buckets on the S3 server (kept if they exist); returns their names."""
        s3 = s3_client(self.s3_endpoint)
        have = {b["Name"] for b in s3.list_buckets().get("Buckets", [])}
        names = [split_url(u)[0] for u in (self.raw, self.data)]
        for name in names:
            if name not in have:
                s3.create_bucket(Bucket=name)
        return names

    def add_landing(self, src: Path) -> int:
        """Upload the landing days under ``src`` (``<day>/<files>``) to the landing bucket with the S3 API
        (one PutObject each); return the file count."""
        files = [p for p in sorted(src.rglob("*")) if p.is_file()]
        s3 = s3_client(self.s3_endpoint)
        bucket, prefix = split_url(self.raw)
        for path in files:
            s3.upload_file(str(path), bucket, f"{prefix}/{path.relative_to(src).as_posix()}")
        return len(files)

    def objects(self, url: str) -> dict[str, int]:
        """{key relative to ``url``: size} of every object under the bucket URL ``url``."""
        s3 = s3_client(self.s3_endpoint)
        bucket, prefix = split_url(url)
        found = {}
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=f"{prefix}/"):
            for obj in page.get("Contents", []):
                found[obj["Key"][len(prefix) + 1:]] = obj["Size"]
        return found

    def service(self, name: str) -> services.Service:
        return next(s for s in self.services if s.name == name)

    def worker_logs(self) -> dict[str, str]:
        return {n: self.service(f"worker {n}").log.read_text(errors="replace") for n in self.worker_names}

    def died(self) -> list[services.Service]:
        return [s for s in self.services if s.proc.poll() is not None]

    # --- stop --------------------------------------------------------------------------------------------
    def stop(self, report=None) -> list[str]:
        """Stop every process (workers first, Postgres last); return descriptions of any process left."""
        left = [f"{name}: {pids}" for name, pids in services.stop_all(self.services, report).items()]
        self.services.clear()
        stray = services.pids_with_env(MARKER_ENV, self.cluster_id)
        for pid in stray:  # started by us (it carries our marker) but outlived its group: e.g. a detached child
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if stray:
            left.append(f"outside their groups: {stray}")
        return left


def cluster_settings(db_url: str, broker: str, raw: str, data: str, warehouse_dir: Path,
                     s3_endpoint: str | None) -> dict[str, str]:
    """What makes Airflow a Celery cluster on shared storage — the settings deploy/compose.yaml sets too."""
    from cryptography.fernet import Fernet

    settings = {
        "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": db_url,
        "AIRFLOW__CELERY__BROKER_URL": broker,
        "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + db_url.replace("+psycopg2", ""),
        # Every component signs or checks the same tokens and encrypts with the same key: set once, here.
        "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_urlsafe(32),
        "AIRFLOW__API__SECRET_KEY": secrets.token_urlsafe(32),
        "AIRFLOW__CORE__FERNET_KEY": Fernet.generate_key().decode(),
        "CHAINWIRE_RAW_DIR": raw,
        "CHAINWIRE_DATA_DIR": data,
    }
    if data.startswith("s3://"):  # the warehouse is a local file even when the lake is a bucket
        settings["CHAINWIRE_WAREHOUSE_DIR"] = str(warehouse_dir)
    if s3_endpoint:
        settings.update(s3_env(s3_endpoint))
    return settings


def s3_env(endpoint: str) -> dict[str, str]:
    """Credentials and endpoint of the local S3 server, for tasks (the aws_default connection) and the CLI."""
    conn = {"conn_type": "aws", "login": S3_KEY, "password": S3_KEY,
            "extra": {"endpoint_url": endpoint, "region_name": "us-east-1"}}
    return {"AIRFLOW_CONN_AWS_DEFAULT": json.dumps(conn), "AWS_ENDPOINT_URL": endpoint,
            "AWS_ACCESS_KEY_ID": S3_KEY, "AWS_SECRET_ACCESS_KEY": S3_KEY, "AWS_DEFAULT_REGION": "us-east-1"}


def split_url(url: str) -> tuple[str, str]:
    """``s3://bucket/prefix`` → (bucket, prefix)."""
    bucket, _, prefix = url[len("s3://"):].partition("/")
    return bucket, prefix.strip("/")


def s3_client(endpoint: str):
    import boto3

    return boto3.client("s3", endpoint_url=endpoint, aws_access_key_id=S3_KEY, aws_secret_access_key=S3_KEY,
                        region_name="us-east-1")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", type=int, default=2, help="Celery workers (default 2)")
    ap.add_argument("--concurrency", type=int, default=2, help="task slots per worker (default 2)")
    ap.add_argument("--port", type=int, default=0, help="api-server port (default: a free one)")
    ap.add_argument("--workdir", type=Path, default=ROOT / ".cluster",
                    help="warehouse, GX context, Airflow home and logs (default .cluster; emptied first)")
    ap.add_argument("--raw", type=Path, default=ROOT / "sample" / "raw",
                    help="local landing days uploaded to s3://chainwire-landing/raw (default sample/raw)")
    args = ap.parse_args(argv)

    stopping = {"signal": None}

    def on_signal(signum, _frame):
        stopping["signal"] = signum
        raise KeyboardInterrupt

    # Python can install handlers even where SIGINT arrived ignored (a background job of a script).
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, on_signal)

    # The uploaded sample is complete though its objects are seconds old: no settle window (as `make run`).
    os.environ.setdefault("CHAINWIRE_SETTLE_SECONDS", "0")
    shutil.rmtree(args.workdir, ignore_errors=True)
    cluster = Cluster(args.workdir, workers=args.workers, concurrency=args.concurrency, api_port=args.port)
    code = 0
    try:
        print(f"starting Postgres, Redis, S3 (moto), Airflow (CeleryExecutor) and {args.workers} workers "
              f"(logs: {cluster.logs}) …", flush=True)
        cluster.start()
        landed = cluster.add_landing(args.raw)
        print(f"\nAirflow UI: {cluster.url}   login: admin / {cluster.admin_password()}")
        for svc in cluster.services:
            print(f"  {svc.name:<16} pid {svc.pid:<8} log {svc.log.relative_to(cluster.workdir)}")
        print(f"  metadata DB      {cluster.env['AIRFLOW__DATABASE__SQL_ALCHEMY_CONN']}")
        print(f"  broker           {cluster.env['AIRFLOW__CELERY__BROKER_URL']}")
        print(f"  S3 endpoint      {cluster.s3_endpoint} (key and secret: {S3_KEY})")
        print(f"  landing zone     {cluster.raw} ({landed} files uploaded from {args.raw})")
        print(f"  lake             {cluster.data}\n  warehouse        {cluster.warehouse_path}"
              f" (its tasks on queue {cluster.warehouse_queue!r}: worker {cluster.warehouse_worker} only)")
        print("`chainwire sql` on this machine reads the cluster's snapshot from the lake bucket with:\n  "
              + " ".join(f"{k}={cluster.env[k]}" for k in CLI_ENV))
        print("Trigger or backfill chainwire_daily in the UI. Stop: Ctrl-C (or kill -INT/-TERM "
              f"{os.getpid()}).", flush=True)
        while True:
            if dead := cluster.died():
                print(f"\n{dead[0].name} exited ({dead[0].proc.returncode}); last lines of {dead[0].log}:\n"
                      f"{dead[0].tail()}", flush=True)
                code = 1
                break
            time.sleep(2)
    except KeyboardInterrupt:
        pass
    except Exception as exc:  # noqa: BLE001  a start that failed, whatever the cause: say why, stop what started
        print(f"\ncluster failed to start: {exc}", flush=True)
        code = 1
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(sig, signal.SIG_IGN)  # a second Ctrl-C must not cut the shutdown short
        print("\nstopping the cluster …", flush=True)
        left = cluster.stop(report=lambda name, seconds: print(f"  {name:<16} stopped ({seconds:.1f} s)",
                                                                 flush=True))
        if left:
            print(f"processes left behind (killed): {left}", flush=True)
            code = 1
        else:
            print("stopped: no process of the cluster left.", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
