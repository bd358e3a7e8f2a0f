"""Where ``airflow dags test chainwire_daily`` spends what ``chainwire run`` does not: a CPU timeline per task.

    nice -n 19 .venv/bin/python bench/bench_dags_test_timeline.py --raw /tmp/chainwire-bench/day-20000-seed3/raw

Runs ``airflow dags test chainwire_daily DAY`` as ``bench_pipeline.airflow_dags_test`` does (a private
AIRFLOW_HOME, ``airflow db migrate`` first, not timed), in a child whose Airflow and chainwire functions are
time-stamped on entry and exit, samples the CPU of the test's process and of its pool workers and their
runnable threads (``bench_timeline.sample``), and prints:

* per task instance: the seconds and the test process's CPU-s *before* the task's callable (``_run_task``'s
  state change, the in-process execution API's client and ``ti.start``, the template context), *in* it, and
  *after* it (XCom push, ``finalize``, state updates), and the gap to the previous task (``dag.test``'s loop:
  ``dr.update_state``, the task instances read again);
* the command's start (imports, the DAG folder parsed, the run created) and its exit after the last task;
* with ``--steps`` the same step stamps as ``bench_timeline.py --steps`` (the stages inside the tasks);
* unused core-seconds (the run's own runnable threads, load-independent) for each part.

The stamping costs ≈ 1 ms a mark; the figures are for comparing runs of the same tool.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_pipeline  # noqa: E402
import bench_timeline  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DAY = bench_pipeline.DAY

# (module, attribute path) stamped "+name" / "-name" in the test's process; a task's own marks carry its id
AIRFLOW_STEPS = [
    ("airflow.sdk.definitions.dag", "DAG.test"),
    ("airflow.sdk.definitions.dag", "_run_task"),
    ("airflow.models.dagrun", "DagRun.update_state"),
    ("airflow.sdk.execution_time.supervisor", "InProcessTestSupervisor._api_client"),
    ("airflow.sdk.execution_time.supervisor", "InProcessTestSupervisor.update_task_state_if_needed"),
    ("airflow.sdk.execution_time.task_runner", "_prepare"),
    ("airflow.sdk.execution_time.task_runner", "_execute_task"),
    ("airflow.sdk.execution_time.task_runner", "_push_xcom_if_needed"),
    ("airflow.sdk.execution_time.task_runner", "finalize"),
]

CHILD = """
import functools, importlib, inspect, json, sys, threading, time
_out = open(sys.argv[1], "a", buffering=1)
def mark(name):
    _out.write(json.dumps([time.monotonic(), name]) + "\\n")
mark("start")
import gc
_gc_t = [0.0]
def _gc(phase, info):
    if phase == "start":
        _gc_t[0] = time.process_time()
    else:
        _out.write(json.dumps([time.monotonic(), f"gc{info['generation']}", time.process_time() - _gc_t[0]]) + "\\n")
gc.callbacks.append(_gc)
def _stamp(module, path, label=None):
    mod = importlib.import_module(module)
    owner, _, name = path.rpartition(".")
    holder = getattr(mod, owner) if owner else mod
    real = inspect.getattr_static(holder, name)
    kind = type(real)
    fn = real.__func__ if isinstance(real, (classmethod, staticmethod)) else real
    @functools.wraps(fn)
    def step(*a, **k):
        tag = "" if threading.current_thread() is threading.main_thread() else "[T]"
        extra = label(a, k) if label else ""
        mark("+" + name + extra + tag)
        try:
            return fn(*a, **k)
        finally:
            mark("-" + name + extra + tag)
    setattr(holder, name, kind(step) if kind in (classmethod, staticmethod) else step)
def _ti_label(a, k):
    ti = k.get("ti")
    return f"[{ti.task_id}:{ti.map_index}]" if ti is not None else ""
for _module, _path in json.loads(sys.argv[2]):
    _stamp(_module, _path, _ti_label if _path == "_run_task" else None)
for _module, _path in json.loads(sys.argv[3]):
    _stamp(_module, _path)
sys.argv = ["airflow", *sys.argv[4:]]
from airflow.__main__ import main
sys.exit(main())
"""


def run(raw: Path, work: Path, interval: float, chainwire_steps: bool) -> dict:
    env = bench_pipeline._airflow_env(work / "home", raw, work / "data", work / "gx", CHAINWIRE_DAG_TEST="1")
    airflow = str(Path(bench_pipeline._python()).with_name("airflow"))
    subprocess.run([airflow, "db", "migrate"], env=env, cwd=ROOT, check=True, capture_output=True)
    marks_file = work / "marks.jsonl"
    steps = [[m, p] for m, p in bench_timeline.STEPS] if chainwire_steps else []
    cmd = [bench_pipeline._python(), "-c", CHILD, str(marks_file), json.dumps(AIRFLOW_STEPS), json.dumps(steps),
           "dags", "test", "chainwire_daily", DAY, "-c", json.dumps({"run_date": DAY})]
    load_before = os.getloadavg()
    t0 = time.monotonic()
    with open(work / "dags-test.log", "w") as log:
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        samples, rc = bench_timeline.sample(proc.pid, interval)
    end = time.monotonic()
    text = (work / "dags-test.log").read_text(errors="replace")
    if rc != 0 or "DagRunState.FAILED" in text or "state=failed" in text:
        raise RuntimeError(f"airflow dags test failed (exit {rc}); see {work / 'dags-test.log'}")
    records = [json.loads(line) for line in marks_file.read_text().splitlines()]
    marks = [[t0, "exec"]] + [r for r in records if len(r) == 2] + [[end, "exit"]]
    collections = [r for r in records if len(r) == 3]  # [monotonic at its end, "gcN", CPU-s]
    return {"samples": samples, "marks": marks, "collections": collections, "pid": proc.pid, "t0": t0, "wall": end - t0,
            "load_before": load_before, "load_after": os.getloadavg()}


def _span(result: dict, a: float, b: float, cores: int) -> dict:
    """Wall, parent / workers CPU-s, the run's unused core-seconds and the test process's collections (full
    ones, and the CPU-s of all) between ``a`` and ``b``."""
    samples, parent = result["samples"], result["pid"]
    gcs = [(name, cpu) for t, name, cpu in result.get("collections", ()) if a < t <= b]
    before, after = bench_timeline._cpu_at(samples, a, parent), bench_timeline._cpu_at(samples, b, parent)
    unused = 0.0
    previous = None
    for ts, cpu, runnable in samples:
        total = sum(cpu.values())
        if previous is not None and a < ts <= b:
            busy = min(max(runnable, 1), cores)
            unused += max(0.0, total - previous) * (cores - busy) / busy
        previous = total
    return {"wall": b - a, "parent": after[0] - before[0], "workers": after[1] - before[1], "unused": unused,
            "gc": sum(cpu for _name, cpu in gcs), "full_gc": sum(name == "gc2" for name, _cpu in gcs)}


def tasks(result: dict, cores: int) -> list[dict]:
    """One row per part: the start, each task's gap / before / in / after, the exit."""
    marks = result["marks"]
    rows: list[dict] = []
    first = {}
    previous_end = None
    current = None
    for t, name in marks:
        if name.startswith("+_run_task["):
            current = {"task": name[len("+_run_task["):-1], "start": t}
            if previous_end is None:
                rows.append({"part": "start: command, DAG parsed, run created", **_span(result, marks[0][0], t, cores)})
            else:
                rows.append({"part": f"  between tasks (dag.test loop) → {current['task']}",
                             **_span(result, previous_end, t, cores)})
        elif current is not None and name == "+_execute_task":
            current["exec_start"] = t
        elif current is not None and name == "-_execute_task":
            current["exec_end"] = t
        elif current is not None and name.startswith("-_run_task["):
            s, e = current["start"], t
            xs, xe = current.get("exec_start", s), current.get("exec_end", e)
            rows.append({"part": f"{current['task']}: before the callable", **_span(result, s, xs, cores)})
            rows.append({"part": f"{current['task']}: the callable", **_span(result, xs, xe, cores)})
            rows.append({"part": f"{current['task']}: after it", **_span(result, xe, e, cores)})
            previous_end = e
            current = None
        first.setdefault(name, t)
    if previous_end is not None:
        rows.append({"part": "after the last task: dag.test's end, the command's exit",
                     **_span(result, previous_end, marks[-1][0], cores)})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--raw", type=Path, required=True, help="landing zone holding the day")
    ap.add_argument("--interval", type=float, default=0.1, help="sampling interval, seconds")
    ap.add_argument("--steps", action="store_true", help="also stamp chainwire's steps (bench_timeline.STEPS)")
    ap.add_argument("--all-marks", action="store_true", help="print every stamp-to-stamp step")
    ap.add_argument("--json", type=Path, help="also write marks, rows and samples here")
    ap.add_argument("--keep", action="store_true", help="keep the work folder (logs, metadata DB)")
    a = ap.parse_args(argv)
    cores = len(os.sched_getaffinity(0))
    work = Path(tempfile.mkdtemp(prefix="bench-dags-test-"))
    result = run(a.raw, work, a.interval, a.steps)
    rows = tasks(result, cores)
    total = _span(result, result["marks"][0][0], result["marks"][-1][0], cores)
    print(f"airflow dags test chainwire_daily {DAY} ({a.raw}), {cores} cores; load average before "
          f"{' '.join(f'{x:.1f}' for x in result['load_before'])}, after "
          f"{' '.join(f'{x:.1f}' for x in result['load_after'])}")
    print(f"wall {total['wall']:.1f} s, CPU-s: test process {total['parent']:.1f}, pool workers {total['workers']:.1f}; "
          f"unused core-s {total['unused']:.1f}; collections {total['gc']:.2f} CPU-s ({total['full_gc']} full)\n")
    keys = ("wall", "parent", "workers", "unused", "gc", "full_gc")
    print(f"{'wall':>6} {'parent':>7} {'workers':>8} {'unused':>6} {'gc':>5} {'full':>4}  part  (s; CPU-s; core-s; "
          "the test process's collections: CPU-s, full ones)")
    outside = dict.fromkeys(keys, 0.0)
    for r in rows:
        print(f"{r['wall']:6.2f} {r['parent']:7.2f} {r['workers']:8.2f} {r['unused']:6.2f} {r['gc']:5.2f} "
              f"{r['full_gc']:4d}  {r['part']}")
        if not r["part"].endswith(": the callable"):
            for k in keys:
                outside[k] += r[k]
    print(f"{outside['wall']:6.2f} {outside['parent']:7.2f} {outside['workers']:8.2f} {outside['unused']:6.2f} "
          f"{outside['gc']:5.2f} {int(outside['full_gc']):4d}  in all outside the tasks' callables")
    if a.all_marks or a.steps:
        print(f"\n{'from':>6} {'wall':>6} {'parent':>7} {'workers':>8} {'unused':>6} {'asleep':>6}  stamp (until the next)")
        marks4 = [[t, n, 0, 0] for t, n in result["marks"]]
        for s in bench_timeline.steps(result["samples"], marks4, result["pid"], cores):
            if s["wall"] >= 0.05 or a.all_marks:
                print(f"{s['from'] - result['t0']:6.1f} {s['wall']:6.2f} {s['parent']:7.2f} {s['workers']:8.2f} "
                      f"{s['unused']:6.2f} {s['asleep']:6.2f}  {s['step']}")
    if a.json:
        a.json.write_text(json.dumps({"marks": result["marks"], "rows": rows, "total": total,
                                      "load_before": result["load_before"], "load_after": result["load_after"],
                                      "samples": result["samples"]}, default=str))
    if a.keep:
        print(f"\nwork folder kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
