"""Benchmark: GX validation of one 10,000-article partition (target ≤ 10 s).

Generates a one-day corpus, parses it into staging (not timed), then times
``validate_day`` — every table's suite through the GX file context, Data Docs
update and the lake write included — and prints the figures.

    .venv/bin/python bench/bench_validate.py [--articles 10000]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import date
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ.update(CHAINWIRE_RAW_DIR=str(tmp / "corpus" / "raw"), CHAINWIRE_DATA_DIR=str(tmp / "data"),
                          CHAINWIRE_GX_DIR=str(tmp / "gx"))
        from chainwire import pipeline
        from chainwire.settings import get_settings
        from chainwire_synth.generator import generate_corpus

        day = date(2026, 11, 2)
        t = time.perf_counter()
        generate_corpus(tmp / "corpus", days=1, per_day=args.articles, seed=3, start_date=day)
        print(f"generated {args.articles} pages in {time.perf_counter() - t:.1f} s")
        s = get_settings()
        t = time.perf_counter()
        parsed = pipeline.parse_day(day, "bench", s)
        print(f"parsed {parsed.files} files into {parsed.articles} articles in {time.perf_counter() - t:.1f} s")
        pipeline.validate_day(day, "bench-warmup", s)  # first run creates the GX stores and Data Docs site
        t = time.perf_counter()
        out = pipeline.validate_day(day, "bench", s)
        secs = time.perf_counter() - t
        print(f"validate_day: {out.validated} articles, {out.expectations} expectations over 8 tables, "
              f"{out.quarantined} rows quarantined: {secs:.2f} s (target ≤ 10 s)")


if __name__ == "__main__":
    main()
