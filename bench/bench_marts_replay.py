"""A day's incremental marts build, replayed on a copy of a warehouse: CPU per model.

    .venv/bin/python bench/bench_marts_replay.py WAREHOUSE 2026-11-04 [--rounds 3] [--models DIR]

Marks the day's articles (``core.articles`` landed that day) pending, as its load did, and runs
``build_marts`` on a copy (the warehouse itself is not touched), ``--rounds`` times after a first
round that warms the buffers (and rebuilds in full any model the warehouse lacks or whose SQL
changed). Prints each round and the least process CPU seconds per model over the rounds (DuckDB's
threads included): steadier than wall clock on a shared machine. ``bench/bench_history.py --keep``
leaves the warehouses of its empty and history runs, after the day, to replay.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))


def replay(warehouse: Path, day: date, rounds: int, models: Path | None = None) -> dict[str, float]:
    """Least CPU seconds per model (and ``_build`` for the whole build) over ``rounds`` rebuilds of ``day``."""
    import duckdb
    import pyarrow as pa

    from chainwire.warehouse.marts import MODELS_DIR, build_marts
    from chainwire.warehouse.state import mark_marts_pending

    with tempfile.TemporaryDirectory(prefix="marts-replay-") as tmp:
        copy = Path(tmp) / "warehouse.duckdb"
        shutil.copy(warehouse, copy)
        con = duckdb.connect(str(copy))
        try:
            ids = [r[0] for r in con.execute("SELECT article_id FROM core.articles WHERE landing_date = ?",
                                             [day]).fetchall()]
            best: dict[str, float] = {}
            for r in range(rounds + 1):
                mark_marts_pending(con, pa.array(ids, pa.string()), pa.array([day] * len(ids), pa.date32()))
                c0 = time.process_time()
                stats = build_marts(con, models or MODELS_DIR)
                cpu = time.process_time() - c0
                print(f"round {r}: build {cpu:.3f} CPU-s, modes {sorted({s['mode'] for s in stats.values()})}: "
                      + " ".join(f"{n} {s['cpu_seconds']:.3f}" for n, s in stats.items()), flush=True)
                if r:  # round 0 warms up
                    for n, s in stats.items():
                        best[n] = min(best.get(n, s["cpu_seconds"]), s["cpu_seconds"])
                    best["_build"] = round(min(best.get("_build", cpu), cpu), 3)
            return best
        finally:
            con.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("warehouse", type=Path)
    ap.add_argument("day", type=date.fromisoformat, help="landing day whose articles are marked pending")
    ap.add_argument("--rounds", type=int, default=3, help="measured rounds after the warm-up round (default 3)")
    ap.add_argument("--models", type=Path, help="folder of model SQL files (default: the project's)")
    a = ap.parse_args()
    print("least CPU-s per model:", json.dumps(replay(a.warehouse, a.day, a.rounds, a.models)))


if __name__ == "__main__":
    main()
