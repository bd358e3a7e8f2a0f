"""A rule change measured the way issue #12's protocol asks: development pages only, the study half page by page,
the blind half as totals.

    python bench/realpages/compare_rules.py --before main --study batches/X-A.jsonl --blind batches/X-B.jsonl
    python bench/realpages/compare_rules.py --before main --after HEAD~1 --study … --blind …

The development pages of the corpus folder (held-out pages are never parsed) go through two versions of the
parser — ``--before`` and ``--after``, each a git revision (its ``include/`` taken with ``git archive``) or the
working tree (``--after`` by default) — and are scored with this tree's ``bench_realpages.score_page``. Printed:
field checks right before → after for the study half, the blind half and every development page; the outcomes
that changed (wrong → right, right → wrong) per field with the number of distinct outlets; and, for the study
half only, which pages and fields changed. Blind pages are never listed: their changes are counted only.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "include"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "bench" / "realpages"))

from corpus import DIR_HELP, corpus_dir, dev_pages, page_path  # noqa: E402

from bench_realpages import FIELDS, LANDING, read_ids, score_page  # noqa: E402

# Run by the interpreter with the version's include/ first on sys.path: page paths on stdin, one
# Article.to_dict() per line out (None for a page the parser refused).
_WORKER = """
import json, sys
from datetime import date
sys.path.insert(0, sys.argv[1])
from chainwire.extract.dispatch import extract_raw
landing = date.fromisoformat(sys.argv[2])
for line in sys.stdin:
    path = line.rstrip("\\n")
    ex = extract_raw(open(path, "rb").read(), path.rsplit("/", 1)[-1], landing, None)[0]
    print(json.dumps(ex.article.to_dict() if ex.error is None else None, ensure_ascii=False))
"""


def _include_of(rev: str | None, tmp: Path) -> Path:
    """The include/ folder of a git revision (exported to ``tmp``), or this tree's for None."""
    if rev is None:
        return ROOT / "include"
    out = tmp / rev.replace("/", "_").replace("~", "-").replace("^", "-")
    out.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "include"], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(out)], input=archive.stdout, check=True)
    return out / "include"


def _article(d: dict | None):
    """What score_page reads of an article, from its to_dict() form."""
    if d is None:
        return None
    art = SimpleNamespace(**d)
    for key in ("published_at", "updated_at"):
        value = getattr(art, key, None)
        setattr(art, key, datetime.fromisoformat(value) if value else None)
    return art


def parse_with(include: Path, paths: list[Path]) -> list[object]:
    done = subprocess.run([sys.executable, "-c", _WORKER, str(include), LANDING.isoformat()],
                          input="".join(f"{p}\n" for p in paths), capture_output=True, text=True, check=True)
    return [_article(json.loads(line)) for line in done.stdout.splitlines()]


def _totals(checks: dict[str, dict[str, bool]], ids: list[str]) -> Counter:
    c: Counter = Counter()
    for pid in ids:
        for field, ok in checks[pid].items():
            c[field, "n"] += 1
            c[field, "ok"] += ok
    return c


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", help=DIR_HELP)
    ap.add_argument("--before", required=True, help="git revision of the parser before the change")
    ap.add_argument("--after", help="git revision after it (default: the working tree)")
    ap.add_argument("--study", type=Path, required=True, help="ids of the study half (changes listed page by page)")
    ap.add_argument("--blind", type=Path, required=True, help="ids of the blind half (changes only counted)")
    args = ap.parse_args(argv)
    folder = corpus_dir(args.dir)
    study, blind = read_ids(args.study), read_ids(args.blind)
    pages = dev_pages(folder)
    if not pages:
        print(f"SKIPPED: no development pages under {folder}")
        return 0
    paths = [page_path(folder, r["id"]) for r in pages]
    with tempfile.TemporaryDirectory(prefix="compare-rules-") as tmp:
        arts = {name: parse_with(_include_of(rev, Path(tmp)), paths)
                for name, rev in (("before", args.before), ("after", args.after))}
    checks = {name: {r["id"]: score_page(r, a) for r, a in zip(pages, arts[name], strict=True)} for name in arts}
    halves = {"study": [r["id"] for r in pages if r["id"] in study],
              "blind": [r["id"] for r in pages if r["id"] in blind],
              "development": [r["id"] for r in pages]}
    print(f"{len(pages)} development pages present ({len(halves['study'])} study, {len(halves['blind'])} blind); "
          f"before {args.before}, after {args.after or 'the working tree'}")
    print(f"\n{'field':<12}" + "".join(f"{h + ' before → after':>30}" for h in halves))
    before = {h: _totals(checks["before"], ids) for h, ids in halves.items()}
    after = {h: _totals(checks["after"], ids) for h, ids in halves.items()}
    for field in (*FIELDS, "ALL"):
        cells = []
        for h in halves:
            if field == "ALL":
                n = sum(v for (f, k), v in before[h].items() if k == "n")
                b = sum(v for (f, k), v in before[h].items() if k == "ok")
                a = sum(v for (f, k), v in after[h].items() if k == "ok")
            else:
                n, b, a = before[h][field, "n"], before[h][field, "ok"], after[h][field, "ok"]
            cells.append(f"{b:,} → {a:,} / {n:,}")
        print(f"{field:<12}" + "".join(f"{c:>30}" for c in cells))
    outlet = {r["id"]: r["outlet_domain"] for r in pages}
    print("\nchanged outcomes (wrong → right / right → wrong, distinct outlets):")
    for h, ids in halves.items():
        gained = [(pid, f) for pid in ids for f, ok in checks["after"][pid].items() if ok and not checks["before"][pid][f]]
        lost = [(pid, f) for pid in ids for f, ok in checks["after"][pid].items() if not ok and checks["before"][pid][f]]
        print(f"  {h:<12} {len(gained)} / {len(lost)} field checks, "
              f"{len({outlet[p] for p, _ in gained})} / {len({outlet[p] for p, _ in lost})} outlets")
        if h == "study":
            for pid, f in gained:
                print(f"    + {pid} {outlet[pid]:<24} {f}")
            for pid, f in lost:
                print(f"    - {pid} {outlet[pid]:<24} {f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
