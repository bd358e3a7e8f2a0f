"""Daily cost against history: one day's load + snapshot publish + marts on an empty warehouse vs one holding N articles.

    .venv/bin/python bench/bench_history.py                                # 1,000,000 articles of history
    .venv/bin/python bench/bench_history.py --history 200000 --day 3000
    .venv/bin/python bench/bench_history.py --cache --profile /tmp/day.prof   # reuse a prepared history

Target: the day on top of the history costs at most 1.3x the same day on an empty warehouse.

The history is synthesized, not parsed: ``bench_warehouse.generate_day`` makes a few template
landing days (every core table, realistic proportions), and each history day is a template
copy with fresh ids (``article_id``, ``cluster_id``, ``duplicate_of``, ``raw_path`` suffixed, so ids
interleave across days as real ones do) and
every date and timestamp shifted to its day. The copies are written to the lake (what the daily
load reads besides its own day: the article versions) and inserted straight into the core tables,
then the marts are built and the snapshot published in full (untimed, printed). The measured day
is one more generated day, identical in both warehouses; each warehouse has its marts built and
its snapshot published before the day arrives, so both time the steady-state daily path:

    load     load_partition (the day's core rows replaced in one transaction)
    publish  publish_snapshot after the load, and again after the marts (as the DAG does)
    marts    build_marts (incremental: the publication days, weeks, months, 28-day windows and
             stories the day touches)

``--cache`` prepares the history once under ``$TMPDIR/chainwire-bench`` (the lake and core tables
keyed by size; the marts and first publish also by a hash of the table and mart SQL layout) and
works on a copy (Parquet hard-linked, DuckDB files copied): preparing 1M articles takes about
15 minutes on this machine. ``--profile F`` runs the day on the history under cProfile.

For reference it also times what the old publish did on the history warehouse: a copy of
the whole database (``COPY FROM DATABASE``). ``run(history_articles, day_articles)`` returns the
figures as a dict (``chainwire bench pipeline`` calls it).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))
sys.path.insert(0, str(ROOT / "bench"))

import bench_warehouse as bw  # noqa: E402
from chainwire import lake  # noqa: E402
from chainwire.schemas import TABLES  # noqa: E402

TARGET_RATIO = 1.3
TEMPLATES = 7  # distinct generated days the history cycles through
ID_COLUMNS = ("article_id", "cluster_id", "duplicate_of", "raw_path")


def _shifted(tables: dict[str, pa.Table], days: int, suffix: str) -> dict[str, pa.Table]:
    """A template day moved ``days`` later, with every id made unique by ``suffix``."""
    out = {}
    for name, t in tables.items():
        cols = []
        for field, col in zip(t.schema, t.columns, strict=True):
            if field.name in ID_COLUMNS and pa.types.is_string(field.type):
                # a suffix, so the copies' ids interleave with every other day's in sort order, as real
                # ids (outlet:number, outlet:hash) do: no day owns a contiguous id range
                col = pc.binary_join_element_wise(col, pa.scalar(suffix), "")
            elif pa.types.is_date32(field.type):
                col = pc.cast(pc.add(pc.cast(col, pa.int32()), pa.scalar(days, pa.int32())), pa.date32())
            elif pa.types.is_timestamp(field.type):
                col = pc.add(col, pa.scalar(days * 86_400_000_000, pa.duration("us")))
            cols.append(col)
        out[name] = pa.Table.from_arrays(cols, schema=t.schema)
    return out


def _insert_history(warehouse: Path, day_tables) -> None:
    """Bulk insert of history days straight into the core tables (what loading each day would leave)."""
    from chainwire.warehouse.load import connect_writer, ensure_schema

    with connect_writer(warehouse) as con:
        ensure_schema(con)
        con.execute("BEGIN TRANSACTION")
        for k, tables in enumerate(day_tables, 1):
            for name, t in tables.items():
                con.register("incoming", t)
                cols = ", ".join(t.schema.names)
                con.execute(f"INSERT INTO core.{name} ({cols}) SELECT {cols} FROM incoming")
                con.unregister("incoming")
            if k % 50 == 0:
                con.execute("COMMIT")
                con.execute("BEGIN TRANSACTION")
        con.execute("COMMIT")
        con.execute("CHECKPOINT")


def _marts(warehouse: Path, lake_root: Path) -> dict:
    from chainwire.warehouse.load import connect_writer, ensure_schema
    from chainwire.warehouse.marts import build_marts

    with connect_writer(warehouse) as con:
        ensure_schema(con, lake_root)
        return build_marts(con)


def _daily(warehouse: Path, lake_root: Path, day: date, log) -> dict[str, float]:
    """The timed daily path for ``day`` (already in the lake)."""
    from chainwire.warehouse.load import load_partition, publish_snapshot

    snapshot = warehouse.with_name("chainwire_snapshot.duckdb")
    rows, dq_rows, load_row = log
    wall, cpu = {}, {}

    def timed(stage, fn):
        w, c = time.perf_counter(), time.process_time()
        out = fn()
        wall[stage] = wall.get(stage, 0.0) + time.perf_counter() - w
        cpu[stage] = cpu.get(stage, 0.0) + time.process_time() - c
        return out

    timed("load", lambda: load_partition(warehouse, lake_root, day, rows, dq_rows, load_row=dict(load_row)))
    timed("publish", lambda: publish_snapshot(warehouse, snapshot))
    stats = timed("marts", lambda: _marts(warehouse, lake_root))
    timed("publish", lambda: publish_snapshot(warehouse, snapshot))
    load_s, publish_s, marts_s = wall["load"], wall["publish"], wall["marts"]
    modes = {s["mode"] for s in stats.values()}
    return {"load": round(load_s, 3), "publish": round(publish_s, 3), "marts": round(marts_s, 3),
            "total": round(load_s + publish_s + marts_s, 3), "marts_modes": sorted(modes),
            "marts_models": {n: s["seconds"] for n, s in stats.items()},
            "cpu": {k: round(v, 3) for k, v in cpu.items()} | {"total": round(sum(cpu.values()), 3)}}


def _prepare(base: Path, history: list[dict[str, pa.Table]], hist_days: list[date], measured: dict[str, pa.Table],
             day: date) -> tuple[Path, Path]:
    """A lake + warehouse holding ``history`` (may be empty) with marts and snapshot up to date; ``day`` in the lake."""
    from chainwire.warehouse.load import publish_snapshot

    lake_root, wh = base / "lake", base / "warehouse" / "chainwire.duckdb"
    _fill(lake_root, wh, history, hist_days, measured, day)
    t = time.perf_counter()
    _marts(wh, lake_root)
    full_marts = time.perf_counter() - t
    t = time.perf_counter()
    publish_snapshot(wh, wh.with_name("chainwire_snapshot.duckdb"))
    full_publish = time.perf_counter() - t
    if history:
        print(f"    history in place: full marts build {full_marts:.1f} s, first (full) publish {full_publish:.1f} s "
              "(untimed set-up)", flush=True)
    return wh, lake_root


def _fill(lake_root: Path, wh: Path, history, hist_days, measured, day) -> None:
    """The lake (history days and the measured day, version index) and the history's core rows."""
    for d, tables in zip(hist_days, history, strict=True):
        for name, t in tables.items():
            lake.write_partition(lake_root, TABLES[name], d, t)
    for name, t in measured.items():
        lake.write_partition(lake_root, TABLES[name], day, t)
    from chainwire.dedup.versions import rebuild_index

    rebuild_index(lake_root)  # what the dedup stage keeps up to date day by day
    wh.parent.mkdir(parents=True, exist_ok=True)
    _insert_history(wh, history)


def _copy_whole_database(warehouse: Path) -> float:
    """What publish_snapshot used to do after every load: copy the whole warehouse to a new file."""
    import duckdb

    target = warehouse.with_name("old_style_copy.duckdb")
    t = time.perf_counter()
    con = duckdb.connect(str(warehouse))
    try:
        con.execute(f"ATTACH '{target}' AS snap (STORAGE_VERSION 'v1.2.0')")  # our own temp path
        db = con.execute("SELECT current_database()").fetchone()[0]
        con.execute(f'COPY FROM DATABASE "{db}" TO snap')
        con.execute("DETACH snap")
    finally:
        con.close()
    secs = time.perf_counter() - t
    target.unlink(missing_ok=True)
    return round(secs, 3)


def _code_key() -> str:
    """A hash of what decides the prepared state (tables, mart SQL, meta and snapshot layout): a prepared
    history is reused only with the same. (How a build or load works incrementally does not enter: its
    result equals the full build's, tests/test_marts_incremental.py.)"""
    import hashlib

    h = hashlib.sha256()
    pkg = ROOT / "include" / "chainwire"
    wh = pkg / "warehouse"
    for f in sorted([*wh.glob("sql/**/*.sql"), wh / "ddl.py", wh / "state.py", wh / "snapshot.py", pkg / "schemas.py"]):
        h.update(f.relative_to(pkg).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:12]


def _clone(src: Path, dst: Path) -> None:
    """A working copy of a prepared warehouse folder: Parquet files hard-linked (they are only ever
    replaced, never rewritten in place), DuckDB files copied."""
    def copy(s: str, d: str) -> None:
        if s.endswith(".parquet"):
            os.link(s, d)
        else:
            shutil.copy2(s, d)

    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst, copy_function=copy)


def _prepared_base(cache: Path, history, hist_days, measured, day) -> Path:
    """The lake and the core tables of the history (no marts), made once per size under ``cache``."""
    base = cache / f"history-v2-{len(hist_days)}x{measured['articles'].num_rows}"
    if not (base / "READY").exists():
        shutil.rmtree(base, ignore_errors=True)
        _fill(base / "lake", base / "warehouse" / "chainwire.duckdb", history, hist_days, measured, day)
        (base / "READY").touch()
    return base


def _prepared(cache: Path, history, hist_days, measured, day) -> Path:
    """The history warehouse prepared once per (size, code) under ``cache`` (lake + core tables keyed by
    size only; marts and first publish also by the code hash)."""
    from chainwire.warehouse.load import publish_snapshot

    base = _prepared_base(cache, history, hist_days, measured, day)
    built = cache / f"{base.name}-{_code_key()}"
    if not (built / "READY").exists():
        for old in cache.glob(f"{base.name}-*"):
            shutil.rmtree(old, ignore_errors=True)  # other code versions' builds
        _clone(base, built)
        (built / "READY").unlink()
        wh = built / "warehouse" / "chainwire.duckdb"
        t = time.perf_counter()
        _marts(wh, built / "lake")
        full_marts = time.perf_counter() - t
        t = time.perf_counter()
        publish_snapshot(wh, wh.with_name("chainwire_snapshot.duckdb"))
        print(f"    history in place: full marts build {full_marts:.1f} s, first (full) publish "
              f"{time.perf_counter() - t:.1f} s (untimed set-up, cached in {built})", flush=True)
        (built / "READY").touch()
    return built


def _generate(history_articles: int, day_articles: int):
    """The history days (template copies), the measured day and its run log."""
    t0 = time.perf_counter()
    pools = bw.build_pools()
    n_days = max(0, history_articles // day_articles)
    day = date(2026, 11, 4)
    hist_days = [day - timedelta(days=n_days - i) for i in range(n_days)]
    base_day = day - timedelta(days=n_days + 1)
    templates = [bw.generate_day(pools, base_day, day_articles, first_id=10_000_000 * (i + 1),
                                 run_id=f"hist-{i}", seed=1000 + i) for i in range(TEMPLATES)]
    history = [_shifted(templates[i % TEMPLATES], (d - base_day).days, f"~h{i}") for i, d in enumerate(hist_days)]
    measured = bw.generate_day(pools, day, day_articles, first_id=1, run_id=f"bench__{day}", seed=42)
    log = bw.run_log(day, f"bench__{day}", day_articles, np.random.default_rng(42), measured)
    print(f"    generated {n_days} history days x {day_articles:,} articles and the measured day "
          f"({time.perf_counter() - t0:.0f} s, untimed)", flush=True)
    return n_days, day, hist_days, history, measured, log


def run(history_articles: int, day_articles: int, keep: Path | None = None, cache: Path | None = None,
        profile: Path | None = None) -> dict:
    """Time one day's load + publish + marts on an empty warehouse and on one with ``history_articles``."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    ctx = tempfile.TemporaryDirectory(prefix="bench-history-") if keep is None else None
    tmp = Path(ctx.name) if ctx else keep
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        n_days, day, hist_days, history, measured, log = _generate(history_articles, day_articles)
        result = {"history_articles": n_days * day_articles, "day_articles": day_articles}
        for label, hist, hdays in (("empty", [], []), ("history", history, hist_days)):
            if label == "history" and cache is not None and hist:
                _clone(_prepared(cache, hist, hdays, measured, day), tmp / label)
                # The copy's 1.5 GB DuckDB file is still being written back: without this the day's first
                # checkpoint (its fsync) waited for it, seconds of wall time the history run alone paid.
                os.sync()
                wh, lake_root = tmp / label / "warehouse" / "chainwire.duckdb", tmp / label / "lake"
            else:
                wh, lake_root = _prepare(tmp / label, hist, hdays, measured, day)
            if profile is not None and label == "history":
                import cProfile
                import pstats

                prof = cProfile.Profile()
                result[label] = prof.runcall(_daily, wh, lake_root, day, log)
                prof.dump_stats(str(profile))
                pstats.Stats(prof).sort_stats("cumulative").print_stats(40)
            else:
                result[label] = _daily(wh, lake_root, day, log)
            if label == "history":
                result["old_full_copy_publish"] = _copy_whole_database(wh)
                result["warehouse_mib"] = round(wh.stat().st_size / 2**20, 1)
                result["snapshot_catalog_mib"] = round(wh.with_name("chainwire_snapshot.duckdb").stat().st_size
                                                       / 2**20, 2)
            if keep is None:
                shutil.rmtree(tmp / label / "lake", ignore_errors=True)
        result["ratio"] = round(result["history"]["total"] / result["empty"]["total"], 2)
        result["cpu_ratio"] = round(result["history"]["cpu"]["total"] / result["empty"]["cpu"]["total"], 2)
        return result
    finally:
        if ctx:
            ctx.cleanup()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--history", type=int, default=1_000_000, help="articles of history (default 1,000,000)")
    ap.add_argument("--day", type=int, default=3_000, help="articles in the measured day (default 3,000)")
    ap.add_argument("--keep", type=Path, help="work in this directory and keep it")
    ap.add_argument("--json", action="store_true", help="print the result dict as JSON")
    ap.add_argument("--cache", type=Path, nargs="?", const=Path(tempfile.gettempdir()) / "chainwire-bench",
                    help="prepare the history once here and reuse it (keyed by size and by the warehouse "
                         "code's hash; default folder $TMPDIR/chainwire-bench)")
    ap.add_argument("--profile", type=Path, help="cProfile the day on the history into this file (and print it)")
    args = ap.parse_args()
    import duckdb

    print(f"duckdb {duckdb.__version__}, pyarrow {pa.__version__}, {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f}")
    r = run(args.history, args.day, args.keep, args.cache, args.profile)
    if args.json:
        print(json.dumps(r))
    for label in ("empty", "history"):
        x = r[label]
        print(f"  {label:>7} ({0 if label == 'empty' else r['history_articles']:>9,} articles): load {x['load']:.2f} s, "
              f"publish {x['publish']:.2f} s, marts {x['marts']:.2f} s ({'/'.join(x['marts_modes'])}) "
              f"= {x['total']:.2f} s; CPU {x['cpu']['load']:.2f} + {x['cpu']['publish']:.2f} + {x['cpu']['marts']:.2f} "
              f"= {x['cpu']['total']:.2f} s")
    verdict = "meets" if r["ratio"] <= TARGET_RATIO else "MISSES"
    slow = sorted(r["history"]["marts_models"].items(), key=lambda kv: -kv[1])[:4]
    print("  slowest marts with history: " + ", ".join(f"{n} {s:.2f} s (empty: {r['empty']['marts_models'][n]:.2f} s)"
                                                      for n, s in slow))
    print(f"  ratio history/empty: {r['ratio']:.2f}x wall-clock — {verdict} the <= {TARGET_RATIO}x target; "
          f"{r['cpu_ratio']:.2f}x in CPU seconds (less sensitive to other load on the machine)")
    print(f"  for reference, the old publish (copy the whole {r['warehouse_mib']:,.0f} MiB warehouse): "
          f"{r['old_full_copy_publish']:.2f} s; the new snapshot catalog is {r['snapshot_catalog_mib']:.2f} MiB")
    print(f"  load average now {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
