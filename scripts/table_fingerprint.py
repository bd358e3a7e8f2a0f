#!/usr/bin/env python3
"""Fingerprint every warehouse table after running the pipeline on a corpus.

Used to prove a refactoring changed no behaviour: run it before and after, compare the
JSON. Columns that legitimately differ between runs (run ids, wall-clock timestamps,
durations, absolute paths) are dropped before hashing; rows are sorted so order does
not matter.

    python scripts/table_fingerprint.py --raw sample/raw --out /tmp/fp_sample.json
    python scripts/table_fingerprint.py --synth 2x150 --out /tmp/fp_synth.json
    python scripts/table_fingerprint.py --compare /tmp/a.json /tmp/b.json
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import duckdb

VOLATILE = re.compile(r"(^|_)(run_id|run_ids|loaded_at|started_at|finished_at|created_at|updated_at_run|"
                      r"seconds|duration|elapsed|airflow_url|path_abs|ingested_at|validated_at|"
                      r"generated_at|built_at|wall|pid|host)($|_)")


def fingerprint(db: Path) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    out = {}
    # meta: the snapshot's and the marts' bookkeeping (export ids, times), not pipeline output
    tables = con.execute("select table_schema, table_name from information_schema.tables "
                         "where table_schema not in ('information_schema','pg_catalog','meta') "
                         "order by 1, 2").fetchall()
    for schema, name in tables:
        cols = [c for (c,) in con.execute(
            "select column_name from information_schema.columns where table_schema=? and table_name=? "
            "order by ordinal_position", [schema, name]).fetchall()]
        kept = [c for c in cols if not VOLATILE.search(c)]
        q = ", ".join(f'"{c}"' for c in kept) or "1"
        rows = con.execute(f'select {q} from "{schema}"."{name}"').fetchall()
        lines = sorted(json.dumps(r, default=str, ensure_ascii=False) for r in rows)
        h = hashlib.sha1("\n".join(lines).encode()).hexdigest()
        out[f"{schema}.{name}"] = {"rows": len(rows), "columns": kept, "sha1": h}
    return out


def run_corpus(raw: Path, data: Path) -> None:
    env = dict(os.environ, CHAINWIRE_RAW_DIR=str(raw), CHAINWIRE_DATA_DIR=str(data), CHAINWIRE_SETTLE_SECONDS="0")
    subprocess.run([sys.executable, "-m", "chainwire", "run"], env=env, check=True, stdout=subprocess.DEVNULL)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--raw", type=Path, help="landing zone to run (e.g. sample/raw)")
    ap.add_argument("--synth", help="DAYSxPER_DAY generated with every layout, seed 11 (e.g. 2x150)")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    a = ap.parse_args()
    if a.compare:
        before, after = (json.loads(p.read_text()) for p in a.compare)
        diff = 0
        for k in sorted(set(before) | set(after)):
            b, n = before.get(k), after.get(k)
            if b != n:
                diff += 1
                print(f"DIFF {k}: {b and (b['rows'], b['sha1'][:10])} -> {n and (n['rows'], n['sha1'][:10])}")
                if b and n and b["columns"] != n["columns"]:
                    print(f"     columns {sorted(set(n['columns']) ^ set(b['columns']))}")
        print(f"{len(set(before) | set(after))} tables compared, {diff} differ")
        return 1 if diff else 0
    with tempfile.TemporaryDirectory() as tmp:
        raw = a.raw
        if a.synth:
            days, per = a.synth.split("x")
            subprocess.run([sys.executable, "-m", "chainwire", "synth", "--out", f"{tmp}/corpus", "--days", days,
                            "--per-day", per, "--seed", "11", "--outlets", "all"], check=True, stdout=subprocess.DEVNULL)
            raw = Path(tmp) / "corpus" / "raw"
        run_corpus(raw.resolve(), Path(tmp) / "data")
        dbs = sorted((Path(tmp) / "data").rglob("chainwire.duckdb"))
        fp = fingerprint(dbs[0])
    text = json.dumps(fp, indent=1, sort_keys=True)
    if a.out:
        a.out.write_text(text)
    print(f"{len(fp)} tables, {sum(v['rows'] for v in fp.values())} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
