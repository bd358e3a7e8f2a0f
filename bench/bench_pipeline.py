"""The whole pipeline on one machine, one table: throughput, Airflow overhead, history, memory, HTML.

    .venv/bin/chainwire bench pipeline            # full sizes (about 15-20 minutes on 2 cores)
    .venv/bin/chainwire bench pipeline --quick    # small sizes, no LocalExecutor run (about 3 minutes)
    make bench                                    # the same as the first line
    .venv/bin/python bench/bench_pipeline.py --sections cli,floor --articles 20000 --workers 2

Sections (``--sections``, comma-separated; default all):

* ``floor`` — reading and decoding the day's files (``read_bytes`` + ``decode_bytes``) in one process:
  what no parser can beat on one core.
* ``cli`` — ``chainwire run`` of one generated landing day (``--articles``, every layout) in a fresh
  data folder, as a subprocess: wall time from start to exit and articles/s, and each stage's seconds
  as ``core.runs`` records them (parse, validate, dedup, enrich, load) with its articles/s and its
  ratio to the floor. ``--workers`` is passed through (default: every core).
* ``big`` — ``chainwire run`` of a ``--big``-article day (default 100,000; none with ``--quick``): its wall
  time against the 2-minute target.
* ``airflow`` — the same day through Airflow: ``airflow dags test chainwire_daily`` (tasks in one
  process, mapped tasks one after another) and, unless ``--quick``, a LocalExecutor run of
  ``airflow standalone`` (``scripts/airflow_standalone.sh`` on a free 127.0.0.1 port, a private
  AIRFLOW_HOME, stopped by its PID afterwards): the dag run's own start-to-end time. Both as a ratio
  to the CLI's wall time.
* ``history`` — day N's load + publish + marts on a warehouse holding ``--history`` articles vs an
  empty one, from ``bench/bench_history.py`` (``run(history_articles, day_articles)``); "pending"
  when that script is not there.
* ``memory`` — peak memory of ``chainwire run`` for days of ``--memory-sizes`` articles, each run in its
  own wrapper process: the RSS of the largest single process (``getrusage(RUSAGE_CHILDREN).ru_maxrss``
  of the wrapper) and the largest sum over the run's process tree (sampled every 0.2 s with psutil, as
  PSS so that the pages forked workers share with the parent count once).
* ``html`` — the HTML extraction path (``parse_html``) vs bare ``trafilatura.extract`` on the same
  pages of the article-extraction benchmark corpus (``../shared/corpora/article-extraction-benchmark``),
  CPU time of this process, as a ratio.

Every target is printed next to its figure with met / not met. The machine may be shared: the
figures are wall-clock times of this run and say nothing about other jobs running at the same time
(the load average before and after is printed so a noisy run can be recognised and repeated).
Generated corpora are cached under ``--cache`` (default ``$TMPDIR/chainwire-bench``) by size and seed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))
sys.path.insert(0, str(ROOT / "bench"))

DAY = "2026-11-02"
SEED = 3
STAGES = ["parse", "validate", "dedup", "enrich", "load"]
TARGETS = {
    "throughput": 1000.0,  # articles/s end to end, 20k-article day
    "day_100k_seconds": 120.0,
    "rss_50k_gb": 2.5,
    "airflow_ratio": 1.5,
    "history_ratio": 1.3,
}
# ``python -c RSS_WRAPPER OUT CMD...``: runs CMD (stdout to the file OUT, stderr to OUT.err) and prints its exit code, wall
# time, CPU seconds (of which system), minor page faults and the peak RSS (KiB) of its largest process, children
# included (getrusage of this wrapper alone).
RSS_WRAPPER = ("import json, resource, subprocess, sys, time\n"
               "t = time.perf_counter()\n"
               "with open(sys.argv[1], 'w') as out:\n"
               "    rc = subprocess.run(sys.argv[2:], stdout=out, stderr=open(sys.argv[1] + '.err', 'w')).returncode\n"
               "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
               "print(json.dumps({'rc': rc, 'wall': time.perf_counter() - t, 'cpu': u.ru_utime + u.ru_stime,\n"
               "                  'sys': u.ru_stime, 'minflt': u.ru_minflt, 'maxrss_kb': u.ru_maxrss}))\n")


def _python() -> str:
    return sys.executable


def _env(**extra: str) -> dict[str, str]:
    pythonpath = os.pathsep.join(filter(None, [str(ROOT / "include"), str(ROOT), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": pythonpath, "CHAINWIRE_SETTLE_SECONDS": "0", "GX_ANALYTICS_ENABLED": "false",
            "TQDM_DISABLE": "1", **extra}


def generated_day(cache: Path, articles: int) -> Path:
    """A landing zone with one generated day of ``articles`` pages (every layout), made once per size."""
    root = cache / f"day-{articles}-seed{SEED}"
    if not (root / ".complete").exists():
        shutil.rmtree(root, ignore_errors=True)
        subprocess.run([_python(), "-m", "chainwire", "synth", "--out", str(root), "--days", "1", "--per-day",
                        str(articles), "--seed", str(SEED), "--outlets", "all", "--start", DAY],
                       env=_env(), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        (root / ".complete").write_text("")
    return root / "raw"


def load_average() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


# ---------------------------------------------------------------- floor
def floor(raw: Path) -> dict:
    """Seconds to read and decode every file of the day in this process (best of two)."""
    from chainwire.extract import decode_bytes

    files = sorted(p for p in (raw / DAY).iterdir() if p.is_file() and not p.name.endswith(".meta.json"))
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        for p in files:
            decode_bytes(p.read_bytes())
        best = min(best, time.perf_counter() - t0)
    return {"files": len(files), "seconds": best}


# ---------------------------------------------------------------- chainwire run
def _tree_rss(pid: int) -> int:
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in procs:
        try:  # PSS: pages a forked worker shares with its parent are counted once, not once per process
            total += p.memory_full_info().pss
        except (psutil.Error, AttributeError):
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
    return total


def cli_run(raw: Path, workdir: Path, workers: int | None = None) -> dict:
    """``chainwire run`` of the day in a fresh data folder; wall time, stage seconds from core.runs, peak RSS."""
    data = workdir / "data"
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    out_json = workdir / "run.json"
    cmd = [_python(), "-m", "chainwire", "run", "--date", DAY, "--json"]
    if workers:
        cmd += ["--workers", str(workers)]
    env = _env(CHAINWIRE_RAW_DIR=str(raw), CHAINWIRE_DATA_DIR=str(data), CHAINWIRE_GX_DIR=str(workdir / "gx"))
    proc = subprocess.Popen([_python(), "-c", RSS_WRAPPER, str(out_json), *cmd], env=env, stdout=subprocess.PIPE, text=True)
    peak_tree = 0
    while proc.poll() is None:
        peak_tree = max(peak_tree, _tree_rss(proc.pid))
        time.sleep(0.2)
    measured = json.loads(proc.stdout.read().strip().splitlines()[-1])
    if measured["rc"] != 0:
        err = Path(f"{out_json}.err").read_text(errors="replace").strip().splitlines()[-5:]
        raise RuntimeError(f"chainwire run failed (exit {measured['rc']}) on {raw}: " + " | ".join(err))
    summary = json.loads(out_json.read_text().strip().splitlines()[-1])
    stages = _stage_seconds(data, summary["run_id"])
    return {"wall": measured["wall"], "cpu": measured["cpu"], "sys": measured["sys"], "minflt": measured["minflt"],
            "maxrss_gb": measured["maxrss_kb"] / 2**20, "tree_rss_gb": peak_tree / 2**30,
            "articles": summary["parse"]["articles"], "files": summary["parse"]["files"], "stages": stages,
            "marts": summary["marts"]["seconds"], "report": summary["report"]["seconds"]}


def _stage_seconds(data: Path, run_id: str) -> dict[str, float]:
    import duckdb

    con = duckdb.connect(str(data / "warehouse" / "chainwire_snapshot.duckdb"), read_only=True)
    try:
        rows = con.execute("SELECT stage, seconds FROM core.runs WHERE run_id = ?", [run_id]).fetchall()
    finally:
        con.close()
    return {stage: float(seconds) for stage, seconds in rows}


# ---------------------------------------------------------------- Airflow
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _airflow_env(home: Path, raw: Path, data: Path, gx: Path, **extra: str) -> dict[str, str]:
    """scripts/airflow_env.sh's environment for a private AIRFLOW_HOME (as tests/conftest.py builds it)."""
    out = subprocess.run(["bash", "-c", "source scripts/airflow_env.sh && env -0"], cwd=ROOT, check=True,
                         capture_output=True, env={**_env(), "AIRFLOW_HOME": str(home)}).stdout.decode()
    env = dict(item.split("=", 1) for item in out.split("\0") if "=" in item)
    env["PATH"] = f"{Path(_python()).parent}:{env.get('PATH', '')}"
    env["AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT"] = str(_free_port())
    env["AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT"] = str(_free_port())
    env.update(CHAINWIRE_RAW_DIR=str(raw), CHAINWIRE_DATA_DIR=str(data), CHAINWIRE_GX_DIR=str(gx), **extra)
    return env


def airflow_dags_test(raw: Path, workdir: Path) -> dict:
    """``airflow dags test chainwire_daily DAY``: seconds of the test command (the DB migration not counted)."""
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    env = _airflow_env(workdir / "home", raw, workdir / "data", workdir / "gx", CHAINWIRE_DAG_TEST="1")
    airflow = str(Path(_python()).with_name("airflow"))
    subprocess.run([airflow, "db", "migrate"], env=env, cwd=ROOT, check=True, capture_output=True)
    log = workdir / "dags-test.log"
    t0 = time.perf_counter()
    with open(log, "w") as fh:
        rc = subprocess.run([airflow, "dags", "test", "chainwire_daily", DAY, "-c", json.dumps({"run_date": DAY})],
                            env=env, cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT).returncode
    wall = time.perf_counter() - t0
    text = log.read_text(errors="replace")
    if rc != 0 or "DagRunState.FAILED" in text or "state=failed" in text:
        raise RuntimeError(f"airflow dags test failed; see {log}")
    return {"wall": wall, **_sqlite_task_time(workdir / "home" / "airflow.db")}


def _sqlite_task_time(db: Path) -> dict:
    """``task_time`` of the run in a SQLite metadata DB (the dags test's own); {} on another database."""
    import sqlite3

    if not db.exists():
        return {}
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT task_id, start_date, end_date FROM task_instance WHERE dag_id = 'chainwire_daily'").fetchall()
    finally:
        con.close()
    iso = lambda v: str(v).replace(" ", "T") + ("" if "+" in str(v) else "+00:00")  # noqa: E731
    try:
        return task_time([{"task_id": t, "start_date": iso(s) if s else None, "end_date": iso(e) if e else None}
                          for t, s, e in rows])
    except ValueError:  # a timestamp format this does not know: the figure is left out, not guessed
        return {}


def _api(base: str, token: str | None, method: str, path: str, body: dict | None = None) -> dict:
    for attempt in range(30):  # SQLite: the API answers 503 while the scheduler holds the write lock
        req = urllib.request.Request(f"{base}{path}", method=method,
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Content-Type": "application/json",
                                              **({"Authorization": f"Bearer {token}"} if token else {})})
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return json.load(resp)
        except urllib.error.HTTPError as exc:
            if exc.code not in (404, 503) or attempt == 29:
                raise
            time.sleep(2)
    raise RuntimeError("unreachable")


def airflow_local_executor(raw: Path, workdir: Path, timeout: float = 1800) -> dict:
    """A triggered run on ``airflow standalone`` (LocalExecutor): the dag run's start-to-end seconds."""
    from datetime import datetime

    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    port = _free_port()
    home = workdir / "home"
    env = _airflow_env(home, raw, workdir / "data", workdir / "gx", AIRFLOW__API__PORT=str(port),
                       AIRFLOW__DAG_PROCESSOR__MIN_FILE_PROCESS_INTERVAL="3600",
                       AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL="3600")
    log = open(workdir / "standalone.out", "w")
    proc = subprocess.Popen(["bash", "scripts/airflow_standalone.sh"], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}"
        pwfile = home / "simple_auth_manager_passwords.json.generated"
        deadline = time.time() + 300
        while time.time() < deadline and "Airflow UI:" not in (workdir / "standalone.out").read_text(errors="replace"):
            if proc.poll() is not None:
                raise RuntimeError(f"airflow standalone exited; see {workdir / 'standalone.out'}")
            time.sleep(1)
        password = next(iter(json.loads(pwfile.read_text()).values()))
        token = _api(base, None, "POST", "/auth/token", {"username": "admin", "password": password})["access_token"]
        _api(base, token, "GET", "/api/v2/dags/chainwire_daily")  # retried (404) until the DAG is registered
        run = _api(base, token, "POST", "/api/v2/dags/chainwire_daily/dagRuns",
                   {"logical_date": f"{DAY}T23:30:00+09:00", "conf": {"run_date": DAY}})
        _api(base, token, "PATCH", "/api/v2/dags/chainwire_daily", {"is_paused": False})
        run_id = run["dag_run_id"]
        deadline = time.time() + timeout
        while time.time() < deadline:
            state = _api(base, token, "GET", f"/api/v2/dags/chainwire_daily/dagRuns/{run_id}")
            if state["state"] in ("success", "failed"):
                break
            time.sleep(3)
        else:
            raise RuntimeError(f"LocalExecutor run did not finish in {timeout:.0f} s")
        if state["state"] != "success":
            raise RuntimeError(f"LocalExecutor run {run_id} {state['state']}; see {home}")
        start, end = (datetime.fromisoformat(state[k].replace("Z", "+00:00")) for k in ("start_date", "end_date"))
        tis = _api(base, token, "GET", f"/api/v2/dags/chainwire_daily/dagRuns/{run_id}/taskInstances?limit=200")
        return {"wall": (end - start).total_seconds(), **task_time(tis["task_instances"])}
    finally:
        if proc.poll() is None:  # the script stops its whole process group on SIGTERM
            os.kill(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        log.close()


def task_time(tis: list[dict]) -> dict:
    """How a run's time splits: seconds with at least one task instance running (the union of their
    start-end intervals), the task instances, and the longest ones by task — the rest of the run's wall
    time is the scheduler and executor between tasks (queueing, task process start-up before the task
    is marked running)."""
    from datetime import datetime

    spans = sorted((datetime.fromisoformat(t["start_date"].replace("Z", "+00:00")),
                    datetime.fromisoformat(t["end_date"].replace("Z", "+00:00")), t["task_id"])
                   for t in tis if t.get("start_date") and t.get("end_date"))
    busy, cur_start, cur_end = 0.0, None, None
    by_task: dict[str, float] = {}
    for s, e, task_id in spans:
        by_task[task_id] = by_task.get(task_id, 0.0) + (e - s).total_seconds()
        if cur_end is None or s > cur_end:
            busy += (cur_end - cur_start).total_seconds() if cur_end is not None else 0.0
            cur_start, cur_end = s, e
        else:
            cur_end = max(cur_end, e)
    busy += (cur_end - cur_start).total_seconds() if cur_end is not None else 0.0
    return {"tasks_busy": busy, "task_instances": len(spans),
            "task_seconds": {k: round(v, 1) for k, v in sorted(by_task.items(), key=lambda kv: -kv[1])}}


# ---------------------------------------------------------------- history, HTML
def history(history_articles: int, day_articles: int) -> dict | None:
    """h4's ``bench/bench_history.py`` ``run()``; None while it does not exist."""
    if not (ROOT / "bench" / "bench_history.py").exists():
        return None
    import bench_history

    return bench_history.run(history_articles, day_articles)


def html_ratio(limit: int | None, repeat: int) -> dict | None:
    import bench_extraction_html as beh

    if not (beh.CORPUS / "ground-truth.json").exists():
        return None
    pages = beh.load_corpus(beh.CORPUS, limit)
    runs = beh.run_systems(["chainwire", "trafilatura"], pages, repeat=repeat)
    secs = {name: sum(run["cpu"].values()) for name, run in runs.items()}
    return {"pages": len(pages), "chainwire": secs["chainwire"], "trafilatura": secs["trafilatura"],
            "ratio": secs["chainwire"] / secs["trafilatura"] if secs["trafilatura"] else float("nan")}


# ---------------------------------------------------------------- report
def _verdict(met: bool | None) -> str:
    return "" if met is None else ("met" if met else "NOT MET")


def _row(what: str, figure: str, target: str = "", met: bool | None = None) -> str:
    return f"  {what:<46} {figure:>22}   {target:<18} {_verdict(met)}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true",
                    help="small sizes (2k-article day, 1k/2k/5k memory days, 100k history, 30 HTML pages), "
                         "no LocalExecutor run")
    ap.add_argument("--sections", default="floor,cli,big,airflow,history,memory,html",
                    help="comma-separated subset of: floor, cli, big, airflow, history, memory, html")
    ap.add_argument("--articles", type=int, help="articles in the throughput day (default 20000; quick 2000)")
    ap.add_argument("--big", type=int, help="articles in the big day timed against the 2-minute target "
                                            "(default 100000; quick: skipped; 0 skips)")
    ap.add_argument("--memory-sizes", help="comma-separated day sizes for peak RSS (default 10000,20000,50000)")
    ap.add_argument("--history", type=int, help="history articles for the history section (default 1000000)")
    ap.add_argument("--html-pages", type=int, help="HTML corpus pages (default all)")
    ap.add_argument("--workers", type=int, help="passed to chainwire run --workers (default: every core)")
    ap.add_argument("--no-local-executor", action="store_true", help="skip the LocalExecutor run")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "chainwire-bench",
                    help="where generated days are kept between runs")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    a = ap.parse_args(argv)
    sections = {s.strip() for s in a.sections.split(",") if s.strip()}
    n = a.articles or (2000 if a.quick else 20000)
    big = a.big if a.big is not None else (0 if a.quick else 100000)
    sizes = [int(x) for x in (a.memory_sizes or ("1000,2000,5000" if a.quick else "10000,20000,50000")).split(",")]
    hist = a.history or (100_000 if a.quick else 1_000_000)
    html_pages = a.html_pages or (30 if a.quick else None)
    local_executor = not (a.quick or a.no_local_executor)
    a.cache.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bench-pipeline-", dir=a.cache))
    figures: dict = {"articles": n, "workers": a.workers, "cores": len(os.sched_getaffinity(0)),
                     "load_before": load_average()}
    print(f"chainwire bench pipeline: {n}-article day, {figures['cores']} core(s), workers "
          f"{a.workers or 'all'}; load average before {figures['load_before']}", flush=True)
    try:
        raw = generated_day(a.cache, n) if sections & {"floor", "cli", "airflow"} else None
        if "floor" in sections:
            figures["floor"] = floor(raw)
            print(f"  floor done: {figures['floor']['seconds']:.1f} s", flush=True)
        if sections & {"cli", "airflow"}:
            figures["cli"] = cli_run(raw, work / "cli", a.workers)
            c = figures["cli"]
            print(f"  chainwire run done: {c['wall']:.1f} s wall, {c['cpu']:.1f} s CPU ({c['sys']:.1f} s system, "
                  f"{c['minflt'] / 1e6:.2f} M minor faults), stages "
                  f"{json.dumps(c['stages'])}, peak {c['maxrss_gb']:.2f} GB (process) / "
                  f"{c['tree_rss_gb']:.2f} GB (tree)", flush=True)
        if big and "big" in sections:
            figures["big"] = cli_run(generated_day(a.cache, big), work / "big", a.workers)
            b = figures["big"]
            print(f"  {big}-article day done: {b['wall']:.1f} s, {b['cpu']:.1f} s CPU ({b['sys']:.1f} s system), stages "
                  f"{json.dumps(b['stages'])}, peak {b['maxrss_gb']:.2f} GB (process) / {b['tree_rss_gb']:.2f} GB (tree)",
                  flush=True)
        if "airflow" in sections:
            figures["dags_test"] = airflow_dags_test(raw, work / "dags-test")
            dt = figures["dags_test"]
            print(f"  airflow dags test done: {dt['wall']:.1f} s; task seconds {json.dumps(dt.get('task_seconds'))}",
                  flush=True)
            if local_executor:
                figures["local_executor"] = airflow_local_executor(raw, work / "local")
                le = figures["local_executor"]
                print(f"  LocalExecutor run done: {le['wall']:.1f} s; {le['task_instances']} task instances, some "
                      f"running during {le['tasks_busy']:.1f} s; task seconds {json.dumps(le['task_seconds'])}",
                      flush=True)
        if "history" in sections:
            figures["history"] = history(hist, n)
            print("  history done", flush=True)
        if "memory" in sections:
            figures["memory"] = {}
            for size in sizes:
                run = cli_run(generated_day(a.cache, size), work / f"mem-{size}", a.workers)
                figures["memory"][size] = {k: run[k] for k in ("maxrss_gb", "tree_rss_gb", "wall", "articles")}
                print(f"  memory {size}: peak {run['maxrss_gb']:.2f} GB (process) / {run['tree_rss_gb']:.2f} GB "
                      f"(tree), {run['wall']:.0f} s", flush=True)
        if "html" in sections:
            figures["html"] = html_ratio(html_pages, repeat=1)
    except BaseException:
        print(f"bench pipeline failed; its files are kept in {work}", file=sys.stderr)
        raise
    shutil.rmtree(work, ignore_errors=True)
    figures["load_after"] = load_average()
    print_table(figures, n, big, hist)
    if a.json:
        a.json.write_text(json.dumps(figures, indent=1, default=str) + "\n")
    return 0


def print_table(f: dict, n: int, big: int, hist: int) -> None:
    print()
    print(_row("figure", "measured", "target", None) + "verdict")
    print("  " + "-" * 100)
    cli = f.get("cli")
    fl = f.get("floor")
    if fl:
        print(_row(f"floor: read + decode {fl['files']} files", f"{fl['files'] / fl['seconds']:,.0f} files/s"))
    if cli:
        rate = cli["articles"] / cli["wall"]
        target = TARGETS["throughput"] if n >= 20000 else None
        print(_row(f"chainwire run, {cli['articles']}-article day, end to end", f"{rate:,.0f} articles/s",
                   f">= {TARGETS['throughput']:,.0f}/s" + ("" if target else " (at 20k)"),
                   rate >= TARGETS["throughput"] if target else None))
        print(_row("  wall time (incl. marts, report)", f"{cli['wall']:.1f} s"))
        # CPU seconds of the run and its workers: what the day costs whatever else runs on the machine
        print(_row("  CPU time, all processes", f"{cli['cpu']:.1f} s  {cli['articles'] / cli['cpu']:,.0f}/CPU-s"))
        print(_row("    of which system time; minor page faults", f"{cli['sys']:.1f} s; {cli['minflt'] / 1e6:.2f} M"))
        for stage in STAGES:
            s = cli["stages"].get(stage)
            if s is None:
                continue
            ratio = f"{s / fl['seconds']:.1f}x floor" if fl else ""
            print(_row(f"  {stage}", f"{s:.1f} s  {cli['articles'] / s if s else 0:,.0f}/s", ratio))
        print(_row("  marts + report", f"{cli['marts'] + cli['report']:.1f} s"))
    b = f.get("big")
    if b:
        print(_row(f"chainwire run, {b['articles']}-article day", f"{b['wall']:.1f} s",
                   f"<= {TARGETS['day_100k_seconds']:.0f} s" + ("" if big >= 100000 else " (at 100k)"),
                   b["wall"] <= TARGETS["day_100k_seconds"] if big >= 100000 else None))
    for key, label in (("dags_test", "airflow dags test"), ("local_executor", "Airflow LocalExecutor run")):
        if f.get(key) and cli:
            ratio = f[key]["wall"] / cli["wall"]
            print(_row(f"{label} / chainwire run", f"{ratio:.2f}x ({f[key]['wall']:.0f} s)",
                       f"<= {TARGETS['airflow_ratio']}x", ratio <= TARGETS["airflow_ratio"] if n >= 20000 else None))
            if "tasks_busy" in f[key]:  # the rest is the scheduler and executor between tasks
                print(_row(f"  tasks running / between tasks ({f[key]['task_instances']} instances)",
                           f"{f[key]['tasks_busy']:.0f} s / {f[key]['wall'] - f[key]['tasks_busy']:.0f} s"))
    if "history" in f:
        h = f["history"]
        if h is None:
            print(_row(f"day N on {hist:,} articles of history / empty", "pending", f"<= {TARGETS['history_ratio']}x"))
        else:
            ratio = h.get("ratio")
            print(_row(f"day N on {h.get('history_articles', hist):,} articles of history / empty",
                       f"{ratio:.2f}x" if ratio is not None else "no ratio",
                       f"<= {TARGETS['history_ratio']}x", ratio <= TARGETS["history_ratio"] if ratio else None))
    for size, m in (f.get("memory") or {}).items():
        target = TARGETS["rss_50k_gb"] if int(size) >= 50000 else None
        print(_row(f"peak RSS, {size}-article day (largest process / tree)",
                   f"{m['maxrss_gb']:.2f} / {m['tree_rss_gb']:.2f} GB",
                   f"<= {TARGETS['rss_50k_gb']} GB" if target else "",
                   m["tree_rss_gb"] <= target if target else None))
    if "html" in f:
        h = f["html"]
        if h is None:
            print(_row("HTML path / bare trafilatura", "corpus absent"))
        else:
            print(_row(f"HTML path / bare trafilatura ({h['pages']} pages, CPU)", f"{h['ratio']:.2f}x "
                       f"({h['chainwire']:.1f} / {h['trafilatura']:.1f} s)"))
    print(f"\nload average before {f['load_before']}, after {f['load_after']} "
          f"({f['cores']} cores; other jobs on the machine slow every figure)")


if __name__ == "__main__":
    raise SystemExit(main())
