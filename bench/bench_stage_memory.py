"""Which stage of ``chainwire run`` holds the memory: the parent's RSS at every stage step, every process's RSS.

    nice -n 19 .venv/bin/python bench/bench_stage_memory.py --raw /tmp/chainwire-bench/day-100000-seed3/raw

Runs ``chainwire run --date DAY`` in a fresh data folder (as ``bench_timeline.py`` does: the CLI's own ``main``
in a child process) with a mark at each progress call and at the entry (``>``) and exit (``<``) of the parent's
day-sized steps (``STEPS``), each with the child's RSS and high-water mark (``VmHWM``), and samples the RSS of
the child and of every worker each ``--interval`` seconds (psutil). Prints the marks, then per stage the
parent's largest RSS, the largest worker and the sum over the tree (RSS: pages forked workers share with the
parent count in each; ``chainwire bench pipeline --sections memory`` sums PSS). ``--keep``: leave the data
folder (its lake) for ``bench/dedup_identity.py`` or a load measured alone.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_timeline import add_run_arguments, run_marked_child  # noqa: E402

DAY = "2026-11-02"
# The parent's steps that hold a whole day (module, function), marked at entry and exit.
STEPS = [("chainwire.pipeline", "load_later_stages"), ("chainwire.pipeline", "assemble_day_tables"),
         ("chainwire.pipeline", "validate_day"), ("chainwire.pipeline", "dedup_day"), ("chainwire.dedup", "cluster_assignments"),
         ("chainwire.pipeline", "assemble_enrich"), ("chainwire.pipeline", "load_day"),
         ("chainwire.warehouse.load", "load_partition"), ("chainwire.warehouse.load", "publish_snapshot"),
         ("chainwire.pipeline", "build_marts_stage"), ("chainwire.pipeline", "build_report_stage")]

CHILD = """
import atexit, functools, importlib, json, sys, time
marks = []
def gb(field):
    with open('/proc/self/status') as fh:
        return next(int(l.split()[1]) for l in fh if l.startswith(field)) / 2**20
def mark(name):
    marks.append([time.monotonic(), name, gb('VmRSS:'), gb('VmHWM:')])
mark("start")
atexit.register(lambda: (mark("exit"), open(sys.argv[1], "w").write(json.dumps(marks))))
import chainwire.progress as progress
original = progress.Progress.__call__
def stamped(self, stage, done=0, total=0):
    if not marks or marks[-1][1] != stage:
        mark(stage)
    return original(self, stage, done, total)
progress.Progress.__call__ = stamped
def wrap(module, name):
    m = importlib.import_module(module)
    f = getattr(m, name)
    @functools.wraps(f)
    def marked(*a, **k):
        mark(">" + name)
        try:
            return f(*a, **k)
        finally:
            mark("<" + name)
    setattr(m, name, marked)
for module, name in json.loads(sys.argv[2]):
    wrap(module, name)
from chainwire.cli import main
sys.exit(main(sys.argv[3:]))
"""


def sample(pid: int, interval: float) -> list[tuple[float, dict[int, float]]]:
    """``[(monotonic, {pid: RSS GB})]`` of ``pid``'s process tree until it exits."""
    import psutil

    root = psutil.Process(pid)
    samples = []
    while True:
        now = time.monotonic()
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            procs = []
        rss = {}
        for p in procs:
            try:
                rss[p.pid] = p.memory_info().rss / 2**30
            except psutil.Error:
                pass
        if not rss or root.status() == psutil.STATUS_ZOMBIE:
            return samples
        samples.append((now, rss))
        time.sleep(interval)


def by_stage(samples, marks, parent: int) -> list[dict]:
    """Per stage (between progress marks): the parent's, the largest worker's and the tree's largest RSS."""
    stages = [m for m in marks if m[1][0] not in "<>"]
    out = []
    for (t0, name, *_), (t1, *_) in itertools.pairwise(stages):
        inside = [rss for t, rss in samples if t0 <= t < t1]
        if inside:
            out.append({"stage": name, "parent": max(r.get(parent, 0.0) for r in inside),
                        "worker": max((v for r in inside for p, v in r.items() if p != parent), default=0.0),
                        "tree": max(sum(r.values()) for r in inside)})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_run_arguments(ap, interval=0.25)
    ap.add_argument("--json", type=Path, help="also write marks, stages and samples here")
    ap.add_argument("--keep", action="store_true", help="keep the run's data folder (printed)")
    a = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench-stage-memory-"))
    marks_file = work / "marks.json"
    run = run_marked_child(CHILD, [str(marks_file), json.dumps(STEPS)], a.raw, a.date, a.workers, work,
                           lambda pid: sample(pid, a.interval))
    if run.rc != 0:
        return run.rc
    samples, wall, usage, load_before, t0 = run.samples, run.wall, run.usage, run.load_before, run.t0
    marks = json.loads(marks_file.read_text())
    print(f"chainwire run {a.date} ({a.raw}); load average before {' '.join(f'{x:.1f}' for x in load_before)}, "
          f"after {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"wall {wall:.1f} s, CPU {usage.ru_utime + usage.ru_stime:.1f} s, largest process {usage.ru_maxrss / 2**20:.2f} GB\n")
    print(f"{'t':>7} {'mark':<22} {'RSS':>5} {'high-water':>10}   (parent, GB)")
    for t, name, rss, hwm in marks:
        print(f"{t - t0:7.1f} {name:<22} {rss:5.2f} {hwm:10.2f}")
    stages = by_stage(samples, marks, run.pid)
    print(f"\n{'stage':<10} {'parent':>7} {'worker':>7} {'tree':>6}   (largest RSS sampled in the stage, GB)")
    for s in stages:
        print(f"{s['stage']:<10} {s['parent']:7.2f} {s['worker']:7.2f} {s['tree']:6.2f}")
    if a.json:
        a.json.write_text(json.dumps({"t0": t0, "wall": wall, "marks": marks, "stages": stages, "samples": samples}))
    if a.keep:
        print(f"\ndata folder kept: {work / 'data'}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
