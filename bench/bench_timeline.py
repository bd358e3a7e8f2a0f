"""Where the cores wait during ``chainwire run``: a per-process CPU timeline of one run.

    nice -n 19 .venv/bin/python bench/bench_timeline.py --raw /tmp/chainwire-bench/day-20000-seed3/raw
    .venv/bin/chainwire bench timeline --raw <landing zone> [--workers N] [--json out.json]

Runs ``chainwire run --date DAY`` (the CLI's own ``main``, in a child process whose progress calls are
time-stamped) in a fresh data folder, samples ``utime + stime`` of that process and of every child
(``psutil``, every ``--interval`` seconds), and prints:

* per time bin: the CPU-s of the parent, of the workers, and the idle core-seconds of the bin
  (``cores × bin − busy``);
* per phase (between the run's stage marks: start → discover → parse → validate/dedup/enrich → load →
  marts → report → exit): wall, CPU-s of parent and workers, and idle core-seconds;
* totals: wall, CPU-s (``getrusage`` of the child incl. its children), idle core-seconds, load average.

Idle core-seconds are what two busy cores would not have left idle: the gap between ``cores × wall``
and the CPU the run used. On a shared machine another job's CPU is not counted here, so read them
with the load average in mind.

``--steps`` also stamps the entry and exit of the run's steps inside the stages (``STEPS``: the parse pool, the
warm-up, the assembly, validate, dedup, the early load in its thread, the publishes, the staging clean-up …) and
prints the same figures between consecutive stamps, plus how long nothing of the run was runnable (waiting on
the disk: docs/performance.md, *The run's idle core-seconds*). The stamping imports those modules (DuckDB among
them) before the run starts: the start phase's CPU is then ≈ 0.1–0.2 s higher and the later stages' lower.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DAY = "2026-11-02"

# The child: chainwire's CLI with every progress call time-stamped (CLOCK_MONOTONIC is system-wide on Linux).
CHILD = """
import atexit, json, sys, time
marks = [[time.monotonic(), "start", 0, 0]]
atexit.register(lambda: open(sys.argv[1], "w").write(json.dumps(marks + [[time.monotonic(), "exit", 0, 0]])))
import chainwire.progress as progress
original = progress.Progress.__call__
def stamped(self, stage, done=0, total=0):
    marks.append([time.monotonic(), stage, done, total])
    return original(self, stage, done, total)
progress.Progress.__call__ = stamped
from chainwire.cli import main
sys.exit(main(sys.argv[2:]))
"""

# ``--steps``: (module, function) stamped "+name" / "-name" (a "[T]" suffix when not on the main thread)
STEPS = [("chainwire.pipeline", n) for n in (
    "discover_day", "_parse_batches", "load_later_stages", "assemble_day_tables", "validate_day", "dedup_day",
    "enrich_day", "assemble_enrich", "begin_load", "load_day", "build_marts_stage", "build_report_stage")] + [
    ("chainwire.parallel", "map_batches"), ("chainwire.warehouse.load", "load_partition"),
    ("chainwire.warehouse.load", "publish_snapshot"), ("chainwire.staging", "cleanup_run")]
STAMP_STEPS = """
import functools, importlib, threading
def _stamped(module, name):
    mod = importlib.import_module(module)
    real = getattr(mod, name)
    @functools.wraps(real)
    def step(*a, **k):
        tag = "" if threading.current_thread() is threading.main_thread() else "[T]"
        marks.append([time.monotonic(), "+" + name + tag, 0, 0])
        try:
            return real(*a, **k)
        finally:
            marks.append([time.monotonic(), "-" + name + tag, 0, 0])
    setattr(mod, name, step)
for _module, _name in %r:
    _stamped(_module, _name)
"""


def sample(pid: int, interval: float) -> tuple[list[tuple[float, dict[int, float], int]], int]:
    """``[(monotonic, {pid: cpu seconds so far}, threads runnable)]`` of ``pid``'s process tree until it exits
    (threads in state R), and its exit code."""
    import psutil

    root = psutil.Process(pid)
    samples: list[tuple[float, dict[int, float], int]] = []
    while True:
        now = time.monotonic()
        cpu: dict[int, float] = {}
        runnable = 0
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            procs = []
        for p in procs:
            try:
                t = p.cpu_times()
                cpu[p.pid] = t.user + t.system
                runnable += _runnable(p.pid)
            except psutil.Error:
                pass
        if not cpu or root.status() == psutil.STATUS_ZOMBIE:
            break
        samples.append((now, cpu, runnable))
        time.sleep(interval)
    return samples, root.wait()


def _runnable(pid: int) -> int:
    """Threads of ``pid`` running or waiting for a core (state R): DuckDB's and Arrow's threads count too."""
    n = 0
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/stat") as fh:
                n += fh.read().rpartition(")")[2].split()[0] == "R"
    except OSError:
        pass
    return n


def timeline(samples, parent: int, t0: float, width: float) -> list[dict]:
    """CPU-s per bin of ``width`` seconds: parent, workers (a process's CPU between two samples goes to the bin
    of the later sample; a worker's last interval before it exits is lost, < one interval)."""
    bins: dict[int, dict[str, float]] = {}
    last: dict[int, float] = {}
    for t, cpu, runnable in samples:
        b = bins.setdefault(int((t - t0) // width), {"parent": 0.0, "workers": 0.0, "procs": 0, "runnable": 0.0,
                                                     "n": 0})
        b["runnable"] += runnable
        b["n"] += 1
        for pid, c in cpu.items():
            delta = c - last.get(pid, 0.0)  # a process's CPU times start at 0 (a fork inherits none)
            last[pid] = c
            b["parent" if pid == parent else "workers"] += max(0.0, delta)
        b["procs"] = max(b["procs"], len(cpu))
    return [{"t": k * width, **v, "runnable": v["runnable"] / max(1, v["n"])} for k, v in sorted(bins.items())]


def phases(samples, marks, parent: int, cores: int) -> list[dict]:
    """Wall, CPU and idle core-seconds between consecutive stage marks (first mark of each stage).

    ``idle``: ``cores × wall − CPU`` as measured (on a shared machine, another job's CPU inflates it).
    ``unused``: what the run itself leaves unused, whatever the load: each interval's CPU ``c`` with ``r``
    threads runnable would take ``c / min(r, cores)`` seconds on an idle machine, leaving
    ``cores − min(r, cores)`` cores unused meanwhile."""
    firsts: list[tuple[float, str]] = []
    for t, stage, _done, _total in marks:
        if stage[:1] in "+-":  # a step's stamp (``--steps``), not a stage
            continue
        if not firsts or firsts[-1][1] != stage:
            firsts.append((t, stage))
    unused: list[tuple[float, float]] = []  # (time, unused core-seconds of the interval ending then)
    previous = 0.0
    for t, cpu, runnable in samples:
        total = sum(cpu.values())  # (a worker that exited drops out: its last interval is not counted)
        used = max(0.0, total - previous)
        previous = total
        busy = min(max(runnable, 1), cores)
        unused.append((t, used * (cores - busy) / busy))
    out = []
    for (a, name), (b, _next) in zip(firsts, firsts[1:], strict=False):
        before = _cpu_at(samples, a, parent)
        after = _cpu_at(samples, b, parent)
        par, wrk = after[0] - before[0], after[1] - before[1]
        out.append({"phase": name, "from": a, "wall": b - a, "parent": par, "workers": wrk,
                    "idle": max(0.0, cores * (b - a) - par - wrk),
                    "unused": sum(u for t, u in unused if a < t <= b)})
    return out


def steps(samples, marks, parent: int, cores: int) -> list[dict]:
    """``phases`` between consecutive step stamps (``--steps``), with ``asleep``: the seconds no thread of the
    run was runnable (nothing computing: the disk, a lock, a pipe)."""
    stamps = sorted((t, name) for t, name, _done, _total in marks if name[:1] in "+-" or name == "exit")
    out = []
    for (a, name), (b, _next) in zip(stamps, stamps[1:], strict=False):
        before, after = _cpu_at(samples, a, parent), _cpu_at(samples, b, parent)
        used = unused = asleep = 0.0
        previous = None
        for ts, cpu, runnable in samples:
            total = sum(cpu.values())
            if previous is not None and a < ts <= b:
                busy = min(max(runnable, 1), cores)
                used = max(0.0, total - previous[1])
                unused += used * (cores - busy) / busy
                asleep += (ts - previous[0]) if runnable == 0 else 0.0
            previous = (ts, total)
        out.append({"step": name, "from": a, "wall": b - a, "parent": after[0] - before[0],
                    "workers": after[1] - before[1], "unused": unused, "asleep": asleep})
    return out


def _cpu_at(samples, t: float, parent: int) -> tuple[float, float]:
    """(parent, all workers ever seen) cumulative CPU-s at the last sample at or before ``t``."""
    seen: dict[int, float] = {}
    for ts, cpu, _runnable in samples:
        if ts > t:
            break
        seen.update(cpu)
    return seen.get(parent, 0.0), sum(c for pid, c in seen.items() if pid != parent)


@dataclass
class ChildRun:
    samples: list
    rc: int
    wall: float
    usage: resource.struct_rusage
    load_before: tuple[float, float, float]
    t0: float
    pid: int


def add_run_arguments(ap: argparse.ArgumentParser, interval: float) -> None:
    """The options ``run_marked_child`` takes: the landing zone, the day, the workers, the sampling interval."""
    ap.add_argument("--raw", type=Path, required=True, help="landing zone holding the day")
    ap.add_argument("--date", default=DAY)
    ap.add_argument("--workers", type=int, help="passed to chainwire run --workers")
    ap.add_argument("--interval", type=float, default=interval, help="sampling interval, seconds")


def run_marked_child(child: str, child_args: list[str], raw: Path, date: str, workers: int | None, work: Path,
                     sampler: Callable[[int], list]) -> ChildRun:
    """``chainwire run --date DATE`` of the landing zone ``raw`` in a fresh data folder under ``work``, in a child
    running ``child`` (a ``python -c`` script that marks the run's steps; its own arguments ``child_args`` come
    before the CLI's), with ``sampler(pid)`` called while it runs. On a failure the child's stderr is printed
    and ``work`` removed. Shared by this benchmark and ``bench_stage_memory.py``."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "include"), str(ROOT),
                                                                      os.environ.get("PYTHONPATH")])),
           "CHAINWIRE_SETTLE_SECONDS": "0", "GX_ANALYTICS_ENABLED": "false", "TQDM_DISABLE": "1",
           "CHAINWIRE_PROGRESS_SECONDS": "3600", "CHAINWIRE_RAW_DIR": str(raw),
           "CHAINWIRE_DATA_DIR": str(work / "data"), "CHAINWIRE_GX_DIR": str(work / "gx")}
    cmd = [sys.executable, "-c", child, *child_args, "run", "--date", date]
    if workers:
        cmd += ["--workers", str(workers)]
    load_before = os.getloadavg()
    t0 = time.monotonic()
    with open(work / "stderr", "w") as err:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        samples = sampler(proc.pid)
        rc = proc.wait()
    wall = time.monotonic() - t0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    if rc != 0:
        print((work / "stderr").read_text()[-2000:], file=sys.stderr)
        shutil.rmtree(work, ignore_errors=True)
    return ChildRun(samples, rc, wall, usage, load_before, t0, proc.pid)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_run_arguments(ap, interval=0.1)
    ap.add_argument("--bin", type=float, default=1.0, help="timeline bin, seconds")
    ap.add_argument("--json", type=Path, help="also write samples, marks and phases here")
    ap.add_argument("--steps", action="store_true", help="also stamp and print the steps inside the stages (STEPS)")
    a = ap.parse_args(argv)
    cores = len(os.sched_getaffinity(0))
    work = Path(tempfile.mkdtemp(prefix="bench-timeline-"))
    marks_file = work / "marks.json"
    child = CHILD.replace("from chainwire.cli import main", STAMP_STEPS % (STEPS,) + "from chainwire.cli import main") \
        if a.steps else CHILD
    run = run_marked_child(child, [str(marks_file)], a.raw, a.date, a.workers, work,
                           lambda pid: sample(pid, a.interval)[0])
    if run.rc != 0:
        return run.rc
    samples, wall, usage, load_before, t0 = run.samples, run.wall, run.usage, run.load_before, run.t0
    marks = json.loads(marks_file.read_text())
    marks.insert(0, [t0, "exec", 0, 0])
    cpu = usage.ru_utime + usage.ru_stime
    print(f"chainwire run {a.date} ({a.raw}), {cores} cores, workers {a.workers or 'all'}; load average "
          f"before {' '.join(f'{x:.1f}' for x in load_before)}, after {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"wall {wall:.1f} s, CPU {cpu:.1f} s (system {usage.ru_stime:.1f}), idle core-seconds "
          f"{cores * wall - cpu:.1f} ({cores} × wall − CPU)\n")
    print(f"{'phase':<10} {'from':>6} {'wall':>6} {'parent':>7} {'workers':>8} {'idle':>6} {'unused':>6}"
          "   (seconds; CPU-s; idle = cores × wall − CPU, unused = by the run's runnable threads, load-independent)")
    table = phases(samples, marks, run.pid, cores)
    for p in table:
        print(f"{p['phase']:<10} {p['from'] - t0:6.1f} {p['wall']:6.1f} {p['parent']:7.1f} {p['workers']:8.1f} "
              f"{p['idle']:6.1f} {p['unused']:6.1f}")
    print(f"unused core-seconds in all: {sum(p['unused'] for p in table):.1f}")
    step_table = steps(samples, marks, run.pid, cores) if a.steps else []
    if step_table:
        print(f"\n{'from':>6} {'wall':>6} {'parent':>7} {'workers':>8} {'unused':>6} {'asleep':>6}  step stamp (until the next)")
        for p in step_table:
            if p["wall"] >= 0.05:
                print(f"{p['from'] - t0:6.1f} {p['wall']:6.2f} {p['parent']:7.2f} {p['workers']:8.2f} {p['unused']:6.2f} "
                      f"{p['asleep']:6.2f}  {p['step']}")
    print(f"\n{'t':>5} {'parent':>7} {'workers':>8} {'idle':>5} procs runnable  (CPU-s per {a.bin:g} s bin)")
    bins = timeline(samples, run.pid, t0, a.bin)
    for b in bins:
        print(f"{b['t']:5.0f} {b['parent']:7.2f} {b['workers']:8.2f} {max(0.0, cores * a.bin - b['parent'] - b['workers']):5.2f} "
              f"{b['procs']:5d} {b['runnable']:8.2f}")
    if a.json:
        a.json.write_text(json.dumps({"t0": t0, "wall": wall, "cpu": cpu, "marks": marks, "phases": table,
                                      "steps": step_table, "bins": bins}, indent=1))
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
