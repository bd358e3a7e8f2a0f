"""Which stage of ``chainwire run`` holds the memory: the parent's RSS at every stage step, every process's RSS and PSS.

    nice -n 19 .venv/bin/python bench/bench_stage_memory.py --raw /tmp/chainwire-bench/day-100000-seed3/raw

Runs ``chainwire run --date DAY`` in a fresh data folder (as ``bench_timeline.py`` does: the CLI's own ``main``
in a child process) with a mark at each progress call and at the entry (``>``) and exit (``<``) of the parent's
day-sized steps (``STEPS``), each with the child's RSS and high-water mark (``VmHWM``), and samples the child and
every worker each ``--interval`` seconds (``/proc/PID/smaps_rollup``: RSS, PSS and USS, the private pages).
Prints the marks, then per stage the parent's largest RSS and PSS, the largest worker's RSS and the largest sums
over the tree of RSS (pages forked workers share with the parent count in each) and of PSS (counted once, as
``chainwire bench pipeline --sections memory`` sums the tree), then the sample where the tree's PSS peaks: the
parent's step then and each process's RSS / PSS / USS. ``--keep``: leave the data folder (its lake) for
``bench/dedup_identity.py`` or a load measured alone.
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


def _rollup(pid: int) -> list[float] | None:
    """``[RSS, PSS, USS]`` of ``pid`` in GB from ``/proc/PID/smaps_rollup`` (USS: its private pages, clean and
    dirty; PSS: those plus its share of each page it shares, e.g. with the parent it was forked from), or None
    when it is gone or the file is not there."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            next(fh)  # the rollup's address range
            kb = {k: int(v.split()[0]) for k, v in (line.split(":", 1) for line in fh)}
    except (OSError, ValueError, IndexError):
        return None
    return [kb["Rss"] / 2**20, kb["Pss"] / 2**20, (kb["Private_Clean"] + kb["Private_Dirty"]) / 2**20]


def sample(pid: int, interval: float) -> list[tuple[float, dict[int, list[float]]]]:
    """``[(monotonic, {pid: [RSS, PSS, USS] GB})]`` of ``pid``'s process tree until it exits (``_rollup``; RSS
    alone where the rollup cannot be read)."""
    import psutil

    root = psutil.Process(pid)
    samples = []
    while True:
        now = time.monotonic()
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            procs = []
        mem = {}
        for p in procs:
            got = _rollup(p.pid)
            if got is None:
                try:
                    rss = p.memory_info().rss / 2**30
                except psutil.Error:
                    continue
                got = [rss, rss, rss]
            mem[p.pid] = got
        if not mem or root.status() == psutil.STATUS_ZOMBIE:
            return samples
        samples.append((now, mem))
        time.sleep(interval)


RSS, PSS, USS = 0, 1, 2


def by_stage(samples, marks, parent: int) -> list[dict]:
    """Per stage (between progress marks): the parent's largest RSS and PSS, the largest worker's RSS, and the
    tree's largest sums of RSS (pages forked workers share with the parent counted in each) and of PSS (counted
    once)."""
    stages = [m for m in marks if m[1][0] not in "<>"]
    out = []
    for (t0, name, *_), (t1, *_) in itertools.pairwise(stages):
        inside = [mem for t, mem in samples if t0 <= t < t1]
        if inside:
            out.append({"stage": name, "parent": max(m.get(parent, [0.0] * 3)[RSS] for m in inside),
                        "parent_pss": max(m.get(parent, [0.0] * 3)[PSS] for m in inside),
                        "worker": max((v[RSS] for m in inside for p, v in m.items() if p != parent), default=0.0),
                        "tree": max(sum(v[RSS] for v in m.values()) for m in inside),
                        "tree_pss": max(sum(v[PSS] for v in m.values()) for m in inside)})
    return out


def tree_peak(samples, marks, parent: int, t0: float) -> str:
    """The sample where the tree's PSS is largest: when, inside which marked step, and each process's RSS, PSS
    and USS then."""
    if not samples:
        return "no samples"
    t, mem = max(samples, key=lambda s: sum(v[PSS] for v in s[1].values()))
    step = [m[1] for m in marks if m[0] <= t]
    lines = [f"tree PSS peak {sum(v[PSS] for v in mem.values()):.2f} GB (RSS sum {sum(v[RSS] for v in mem.values()):.2f})"
             f" at {t - t0:.1f} s, after mark {step[-1] if step else '-'!r}; per process RSS / PSS / USS, GB:"]
    for pid, v in sorted(mem.items(), key=lambda kv: kv[0] != parent):
        lines.append(f"  {'parent' if pid == parent else 'worker'} {pid}: {v[RSS]:.2f} / {v[PSS]:.2f} / {v[USS]:.2f}")
    return "\n".join(lines)


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
    print(f"\n{'stage':<10} {'parent':>7} {'p PSS':>6} {'worker':>7} {'tree':>6} {'t PSS':>6}   (largest sampled in the "
          "stage, GB: parent RSS, PSS; largest worker RSS; tree RSS sum, PSS sum)")
    for s in stages:
        print(f"{s['stage']:<10} {s['parent']:7.2f} {s['parent_pss']:6.2f} {s['worker']:7.2f} {s['tree']:6.2f} "
              f"{s['tree_pss']:6.2f}")
    print("\n" + tree_peak(samples, marks, run.pid, t0))
    if a.json:
        a.json.write_text(json.dumps({"t0": t0, "wall": wall, "marks": marks, "stages": stages, "samples": samples}))
    if a.keep:
        print(f"\ndata folder kept: {work / 'data'}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
