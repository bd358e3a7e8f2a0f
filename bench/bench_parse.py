"""Parser throughput on one core: files/s for decode + profile selection + parse.

    PYTHONPATH=include python3 bench/bench_parse.py                 # generated corpus if chainwire_synth exists,
                                                                    # else the real sample (../shared) and fixtures
    PYTHONPATH=include python3 bench/bench_parse.py --outlets all   # multi-outlet generated corpus (every layout)
    PYTHONPATH=include python3 bench/bench_parse.py --dir sample/raw  # every *.txt under a directory
    PYTHONPATH=include python3 bench/bench_parse.py --copies 5000     # N parses cycling over the pages
    PYTHONPATH=include python3 bench/bench_parse.py --newspim-only    # time parse_page_dump alone (old behaviour)

Pages are read into memory first; the timed loop is decode_bytes + parse_text_page (outlet
recognised from the page, then its profile: Newspim, generic Korean or English). With
``--outlets`` the files/s of each layout is reported too. A generated corpus first prints the
generator's own speed (pages written with their truth per second).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

from chainwire.extract import decode_bytes, parse_page_dump, parse_text_page  # noqa: E402

REAL_SAMPLE = ROOT.parent / "shared" / "samples" / "newspim_page_dump.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "extract"


def _generated_pages(tmp: Path, outlets: str | None = None) -> list[Path]:
    try:
        from chainwire_synth.generator import generate_corpus
    except ImportError:
        return []
    if outlets:
        generate_corpus(tmp, days=3, per_day=210, seed=7, start_date=date(2026, 11, 2), outlets=outlets)
    else:
        generate_corpus(tmp, days=3, per_day=100, seed=7, start_date=date(2026, 11, 2))
    return sorted((tmp / "raw").rglob("*.txt"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", type=Path, help="parse every *.txt under this directory")
    ap.add_argument("--copies", type=int, default=3000, help="number of parses (cycles over the pages)")
    ap.add_argument("--repeat", type=int, default=3, help="timed rounds; the best is reported")
    ap.add_argument("--outlets", help='generated corpus layouts: "all" or a comma-separated list (default: Newspim only)')
    ap.add_argument("--newspim-only", action="store_true", help="time parse_page_dump (the Newspim profile) alone")
    args = ap.parse_args(argv)
    parse = (lambda text, path: parse_page_dump(text, path, landing_date=date(2026, 11, 2))) if args.newspim_only \
        else (lambda text, path: parse_text_page(text, path, landing_date=date(2026, 11, 2)))

    with tempfile.TemporaryDirectory() as tmpdir:
        if args.dir:
            paths, what = sorted(args.dir.rglob("*.txt")), f"pages under {args.dir}"
        else:
            t0 = time.perf_counter()
            paths = _generated_pages(Path(tmpdir), args.outlets)
            if paths:  # the generator's own speed (pages and truth JSON written), once
                took = time.perf_counter() - t0
                print(f"generator: {len(paths)} pages with truth in {took:.2f} s ({len(paths) / took:,.0f} pages/s)")
            what = f"generated corpus (chainwire_synth{', outlets=' + args.outlets if args.outlets else ''})"
            if not paths:
                paths = ([REAL_SAMPLE] if REAL_SAMPLE.exists() else []) + sorted(FIXTURES.glob("*.txt"))
                what = "real sample + invented fixtures"
        if not paths:
            print("no pages to parse", file=sys.stderr)
            return 1
        pages = [(str(p), p.read_bytes()) for p in paths]

    n = max(args.copies, len(pages))
    work = [pages[i % len(pages)] for i in range(n)]
    total_bytes = sum(len(b) for _, b in work)
    best = best_cpu = float("inf")
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        for path, data in work:
            text, _enc = decode_bytes(data)
            parse(text, path)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    print(f"{what}: {len(pages)} distinct pages, {n} parses, {total_bytes / n / 1024:.1f} KiB/page average")
    print(f"best of {args.repeat}: {best:.3f}s  →  {n / best:,.0f} files/s  ({total_bytes / best / 2**20:.1f} MiB/s) on one core")
    # Wall time counts the waits for a core on a busy machine; CPU time is what the parser itself costs.
    print(f"CPU time, best of {args.repeat}: {best_cpu:.3f}s  →  {n / best_cpu:,.0f} files/s per CPU-second "
          f"(load average {os.getloadavg()[0]:.1f})")
    if args.outlets:
        groups: dict[str, list[tuple[str, bytes]]] = {}
        for path, data in pages:
            groups.setdefault(Path(path).name.split("-")[0], []).append((path, data))
        for prefix, group in sorted(groups.items()):
            t0 = time.perf_counter()
            for path, data in group:
                text, _enc = decode_bytes(data)
                parse(text, path)
            dt = time.perf_counter() - t0
            print(f"  {prefix:>5}: {len(group):4d} pages  {len(group) / dt:8,.0f} files/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
