"""Local services for the cluster and the integration tests: Postgres, Redis, an S3 server (moto) and any
long-running command, each on 127.0.0.1 and a free port, each in a process group of its own that this
module starts, stops by its id and checks gone.

Used by scripts/cluster.py (`make cluster`, `make cluster-test`) and tests/conftest.py (the REST-backfill
and `make airflow` tests' Postgres metadata database). Needs Debian's postgresql and redis-server
(`apt-get install postgresql redis-server`; .ci/run does it). As root, Postgres runs as the `postgres`
user (initdb refuses root) with its data and socket in a fresh folder under the system temp dir.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen | None = None, timeout: float = 60, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{what or proc.args[0]} exited with {proc.returncode} before listening on {port}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{what or 'service'} not listening on 127.0.0.1:{port} after {timeout:.0f} s")


def session_pids(sid: int) -> list[int]:
    """Processes whose session id is ``sid`` (every service here is a session leader: setsid)."""
    out = subprocess.run(["ps", "-eo", "pid=,sid="], capture_output=True, text=True, check=True).stdout.split()
    return [int(p) for p, s in zip(out[::2], out[1::2], strict=True) if int(s) == sid]


@dataclass
class Service:
    """One started command: its own session and process group (pgid = sid = pid), output in ``log``."""

    name: str
    proc: subprocess.Popen
    log: Path
    stop_signal: int = signal.SIGTERM
    cleanup: list[Path] = field(default_factory=list)
    stop_wave: int = 0  # stop_all stops higher waves first, the services of one wave at the same time

    @property
    def pid(self) -> int:
        return self.proc.pid

    def members(self) -> set[tuple[int, float]]:
        """(pid, start time) of the service's process, its descendants and its session: what must end with it.

        Descendants count because some servers put their children in sessions of their own (Postgres).
        """
        import psutil

        found = set()
        pids = set(session_pids(self.pid))
        try:
            root = psutil.Process(self.pid)
            pids |= {self.pid} | {c.pid for c in root.children(recursive=True)}
        except psutil.NoSuchProcess:
            pass
        for pid in pids:
            try:
                found.add((pid, psutil.Process(pid).create_time()))
            except psutil.NoSuchProcess:
                continue
        return found

    def stop(self, timeout: float = 60) -> list[int]:
        """Signal the process group, wait, SIGKILL what is left; return pids still alive (should be none)."""
        members = self.members()
        if _alive(members):
            try:
                os.killpg(self.pid, self.stop_signal)
            except ProcessLookupError:
                pass
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline and _alive(members):
                time.sleep(0.2)
            for pid in _alive(members):
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        deadline = time.monotonic() + 10
        while (left := _alive(members | self.members())) and time.monotonic() < deadline:
            time.sleep(0.2)
        for path in self.cleanup:
            shutil.rmtree(path, ignore_errors=True)
        return left

    def tail(self, lines: int = 40) -> str:
        try:
            return "".join(self.log.read_text(errors="replace").splitlines(keepends=True)[-lines:])
        except OSError:
            return ""


def _alive(members: set[tuple[int, float]]) -> list[int]:
    """The pids of ``members`` still running (a reused pid, with another start time, is not ours)."""
    import psutil

    alive = []
    for pid, started in members:
        try:
            proc = psutil.Process(pid)
            if proc.create_time() == started and proc.status() != psutil.STATUS_ZOMBIE:
                alive.append(pid)
        except psutil.NoSuchProcess:
            continue
    return sorted(alive)


def start(name: str, argv: list[str], log: Path, env: dict[str, str] | None = None, cwd: Path | None = None,
          stop_signal: int = signal.SIGTERM, user: str | None = None) -> Service:
    """Start ``argv`` in a new session (its own process group, no terminal signals reach it) logging to ``log``.

    Ctrl-C on the terminal reaches only the foreground process (the script that started us), which then
    stops every service in order: a service never dies half-way through someone else's shutdown.
    """
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as out:
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, env=env,
                                cwd=cwd, start_new_session=True, user=user, group=user,
                                extra_groups=[] if user else None,
                                # SIGINT/SIGQUIT may arrive ignored (a background job): the child gets defaults.
                                preexec_fn=_default_signals)
    return Service(name, proc, log, stop_signal)


def _default_signals() -> None:
    for sig in (signal.SIGINT, signal.SIGQUIT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_DFL)


def postgres_bin() -> Path:
    """Debian's newest PostgreSQL server binaries (CHAINWIRE_PG_BIN overrides)."""
    if os.environ.get("CHAINWIRE_PG_BIN"):
        return Path(os.environ["CHAINWIRE_PG_BIN"])
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise RuntimeError("PostgreSQL server not found: apt-get install postgresql (or set CHAINWIRE_PG_BIN)")
    return Path(found[-1]).parent


def start_postgres(log_dir: Path, database: str = "airflow") -> tuple[Service, str]:
    """A throw-away Postgres on 127.0.0.1:<free port> with ``database``; returns (service, SQLAlchemy URL).

    Data, config and unix socket live in one fresh temp folder, removed on stop. Trust authentication,
    loopback only, fsync off: a test and development server, never a production one.
    """
    bindir = postgres_bin()
    as_root = os.geteuid() == 0
    user = "postgres" if as_root else None
    base = Path(tempfile.mkdtemp(prefix="chainwire-pg-"))
    if as_root:  # initdb refuses root: the postgres user owns the cluster folder
        shutil.chown(base, "postgres", "postgres")
    data = base / "data"
    init_log = log_dir / "postgres-initdb.log"
    log_dir.mkdir(parents=True, exist_ok=True)
    with open(init_log, "wb") as out:
        done = subprocess.run([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                               "--locale=C", "--no-sync"], stdout=out, stderr=subprocess.STDOUT,
                              stdin=subprocess.DEVNULL, user=user, group=user,
                              extra_groups=[] if user else None, cwd=base)
    if done.returncode != 0:
        shutil.rmtree(base, ignore_errors=True)
        raise RuntimeError(f"initdb failed ({done.returncode}): {init_log.read_text(errors='replace')[-2000:]}")
    port = free_port()
    # The server's own log goes to a file the postgres user may write; the service log is the wrapper's.
    svc = start("postgres", [str(bindir / "postgres"), "-D", str(data), "-p", str(port), "-k", str(base),
                             "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
                             "-c", "full_page_writes=off", "-c", "max_connections=300"],
                log_dir / "postgres.log", cwd=base, stop_signal=signal.SIGINT, user=user)  # SIGINT: fast shutdown
    svc.cleanup.append(base)
    try:
        wait_for_port(port, svc.proc, timeout=60, what="postgres")
        url = create_database(f"postgresql+psycopg2://postgres@127.0.0.1:{port}/postgres", database)
    except Exception:
        svc.stop()
        raise
    return svc, url


def create_database(server_url: str, database: str) -> str:
    """Create ``database`` (if absent) on the server of ``server_url``; return the URL naming it."""
    import psycopg2
    from psycopg2 import sql
    from sqlalchemy.engine import make_url

    url = make_url(server_url)
    deadline = time.monotonic() + 60
    while True:  # the port opens a moment before the server accepts connections
        try:
            con = psycopg2.connect(host=url.host, port=url.port, user=url.username, dbname="postgres",
                                   connect_timeout=5)
            break
        except psycopg2.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)
    try:
        con.autocommit = True
        with con.cursor() as cur:
            cur.execute("select 1 from pg_database where datname = %s", (database,))
            if cur.fetchone() is None:
                cur.execute(sql.SQL("create database {}").format(sql.Identifier(database)))
    finally:
        con.close()
    return url.set(database=database).render_as_string(hide_password=False)


def start_redis(log_dir: Path) -> tuple[Service, str]:
    """Redis on 127.0.0.1:<free port>, nothing persisted; returns (service, redis:// URL)."""
    exe = shutil.which("redis-server") or "/usr/bin/redis-server"
    if not Path(exe).exists():
        raise RuntimeError("redis-server not found: apt-get install redis-server")
    port = free_port()
    workdir = Path(tempfile.mkdtemp(prefix="chainwire-redis-"))
    svc = start("redis", [exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                          "--daemonize", "no", "--dir", str(workdir)], log_dir / "redis.log")
    svc.cleanup.append(workdir)
    _listening_or_stopped(svc, port, timeout=30)
    return svc, f"redis://127.0.0.1:{port}/0"


def start_moto(log_dir: Path, python: str) -> tuple[Service, str]:
    """moto's S3-compatible server on 127.0.0.1:<free port>; returns (service, endpoint URL)."""
    port = free_port()
    svc = start("s3 (moto)", [python, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)], log_dir / "moto.log")
    _listening_or_stopped(svc, port, timeout=60)
    return svc, f"http://127.0.0.1:{port}"


def _listening_or_stopped(svc: Service, port: int, timeout: float) -> None:
    """Wait for ``svc`` to listen on ``port``; if it does not, stop it (no half-started service) and raise."""
    try:
        wait_for_port(port, svc.proc, timeout=timeout, what=svc.name)
    except Exception:
        svc.stop()
        raise


def stop_all(services: list[Service], report=None) -> dict[str, list[int]]:
    """Stop services wave by wave (highest ``stop_wave`` first; within a wave, later-started first and all
    at once); return {name: pids left} for any that left processes.

    ``report(name, seconds)``, if given, hears about each service as it is stopped.
    """
    from concurrent.futures import ThreadPoolExecutor

    left = {}

    def stop_one(svc: Service) -> None:
        t0 = time.monotonic()
        if pids := svc.stop():
            left[svc.name] = pids
        if report:
            report(svc.name, time.monotonic() - t0)

    for wave in sorted({s.stop_wave for s in services}, reverse=True):
        members = [s for s in reversed(services) if s.stop_wave == wave]
        with ThreadPoolExecutor(max_workers=len(members)) as pool:
            list(pool.map(stop_one, members))
    return left


def pids_with_env(name: str, value: str) -> list[int]:
    """Processes (other than this one) whose environment has ``name=value``: what a stop check looks for."""
    needle = f"{name}={value}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if needle in (entry / "environ").read_bytes().split(b"\0"):
                found.append(int(entry.name))
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return found


def airflow_environment(root: Path, env: dict[str, str]) -> dict[str, str]:
    """``env`` plus what scripts/airflow_env.sh sets when sourced in it (its own values win where it sets them
    unconditionally; values it derives, such as the execution API URL from the port, follow ``env``)."""
    out = subprocess.run(["bash", "-c", "source scripts/airflow_env.sh && env -0"], cwd=root, check=True,
                         capture_output=True, env=env).stdout.decode()
    result = dict(item.split("=", 1) for item in out.split("\0") if "=" in item)
    result.update({k: v for k, v in env.items() if k not in _DERIVED})
    return result


# airflow_env.sh computes these from other settings; a caller's copy (say, from an earlier port) must not win.
_DERIVED = {"AIRFLOW__CORE__EXECUTION_API_SERVER_URL"}
