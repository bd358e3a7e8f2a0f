"""Dedup identity check and dedup's CPU cost on a real lake (a ``chainwire run``'s data folder).

Proves that a change to ``chainwire.dedup`` changed no column dedup writes, on a day large enough
for the candidate pairs to matter (e.g. a generated 100k-article day run once with ``chainwire run``):

    .venv/bin/python bench/dedup_identity.py --data /tmp/x/data --date 2026-11-02 --dump /tmp/before.jsonl
    .venv/bin/python bench/dedup_identity.py --data /tmp/x/data --date 2026-11-02 --dump /tmp/after.jsonl
    .venv/bin/python bench/dedup_identity.py --compare /tmp/before.jsonl /tmp/after.jsonl
    .venv/bin/python bench/dedup_identity.py --data /tmp/x/data --date 2026-11-02 --profile   # cProfile
    .venv/bin/python bench/dedup_identity.py --data /tmp/x/data --date 2026-11-02 --ahead --dump /tmp/ahead.jsonl

It reads the day and its window from the lake as ``pipeline.dedup_day`` does and runs
``dedup.cluster_rows`` on them in memory (nothing is written), then dumps one line per article of
the day: ``{"article_id", "cluster_id", "is_canonical", "duplicate_of", "similarity", "copy_kind"}``
(ids and cluster columns only, no text). It prints the CPU seconds of the clustering alone (reading
excluded) and the peak RSS. ``--compare`` exits 1 when any article's columns differ. ``--ahead``: the
day's signatures computed first, as the parse workers do (``dedup.precomputed``, batches of 200 bodies;
not counted), and the clustering given them, as ``pipeline.dedup_day`` in a run.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

COLUMNS = ("cluster_id", "is_canonical", "duplicate_of", "similarity", "copy_kind")


def read_day(data: Path, day: date) -> tuple[list[dict], list[dict]]:
    """The day's rows and its window's, with the columns the dedup stage reads."""
    from chainwire import lake
    from chainwire.dedup import WINDOW_DAYS
    from chainwire.pipeline import DEDUP_COLUMNS
    from chainwire.schemas import ARTICLES

    root = data / "lake"
    today = lake.read_partition(root, ARTICLES, day, columns=DEDUP_COLUMNS).to_pylist()
    window = [r for back in range(WINDOW_DAYS, 0, -1)
              for r in lake.read_partition(root, ARTICLES, day - timedelta(days=back), columns=DEDUP_COLUMNS).to_pylist()]
    return today, window


def cpu() -> float:
    u = resource.getrusage(resource.RUSAGE_SELF)
    return u.ru_utime + u.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, help="a chainwire data folder (its lake/)")
    ap.add_argument("--date", type=date.fromisoformat, help="the landing day to cluster")
    ap.add_argument("--dump", type=Path, help="write the day's cluster columns here (JSON lines)")
    ap.add_argument("--profile", action="store_true", help="print the top functions of a cProfile of the clustering")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    ap.add_argument("--ahead", action="store_true", help="the day's signatures computed ahead, as in a run")
    a = ap.parse_args(argv)
    if a.compare:
        before, after = ({r["article_id"]: r for r in map(json.loads, p.read_text().splitlines())} for p in a.compare)
        diff = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
        for k in diff[:10]:
            print(f"{k}: {before.get(k)} -> {after.get(k)}")
        print(f"{len(before)} / {len(after)} articles, {len(diff)} differ")
        return 1 if diff else 0
    if not (a.data and a.date):
        ap.error("--data and --date are required (or --compare)")
    from chainwire.dedup import cluster_rows

    today, window = read_day(a.data, a.date)
    signatures = None
    if a.ahead:
        from chainwire.dedup.precomputed import signature_index, signature_table

        c0 = cpu()
        bodies = [r["body_text"] for r in today]
        signatures = signature_index([signature_table(bodies[i:i + 200]) for i in range(0, len(bodies), 200)])
        print(f"signatures ahead: {cpu() - c0:.1f} CPU-s (not counted below)")
    prof = cProfile.Profile() if a.profile else None
    c0, t0 = cpu(), time.perf_counter()
    if prof:
        prof.enable()
    cluster_rows(today, window, signatures=signatures)
    if prof:
        prof.disable()
    c1, t1 = cpu(), time.perf_counter()
    print(f"{len(today)} articles, window {len(window)}: clustering {c1 - c0:.1f} CPU-s ({t1 - t0:.1f} s wall), "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20:.2f} GB")
    if prof:
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    if a.dump:
        rows = sorted(({"article_id": r["article_id"], **{c: r[c] for c in COLUMNS}} for r in today),
                      key=lambda r: r["article_id"])
        a.dump.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
