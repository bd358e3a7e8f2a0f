"""Enrichment quality on the hand-labelled gold set, and throughput on one core.

    .venv/bin/python bench/bench_enrichment.py                 # quality (all, dev, test) + throughput
    .venv/bin/python bench/bench_enrichment.py --errors        # also list every false positive / negative
    .venv/bin/python bench/bench_enrichment.py --split test    # quality on one split only
    .venv/bin/python bench/bench_enrichment.py --no-speed      # skip the throughput run

Quality: precision / recall / F1 per label and micro-F1 per dimension (topics, countries,
actors, companies, actions) on tests/fixtures/enrich/gold.jsonl. The gold articles are
split dev (used while developing the rules) and test (every third article, held out:
its errors were not looked at while tuning). Targets: micro-F1 >= 0.90 for topics and
countries, >= 0.85 for actors.

Throughput: articles/s of enrich_article on the gold set plus the generated sample
truth (sample/truth/*/*.json), after the one-off Kiwi load, which is timed separately.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

from chainwire.enrich import enrich_article  # noqa: E402
from chainwire.enrich.evaluate import DIMENSIONS, gold_article, load_gold, predict_all, score  # noqa: E402
from chainwire.enrich.kiwi_nlp import get_kiwi  # noqa: E402

GOLD = ROOT / "tests" / "fixtures" / "enrich" / "gold.jsonl"
TARGETS = {"topics": 0.90, "countries": 0.90, "actors": 0.85}


def _report(records, preds, label: str, per_label: bool, errors: bool) -> dict[str, float]:
    scores = score(records, preds)
    print(f"\n=== {label}: {len(records)} articles")
    out = {}
    for dim in DIMENSIONS:
        ds = scores[dim]
        m = ds.micro
        target = TARGETS.get(dim)
        flag = "" if target is None else (f"  (target {target:.2f}: {'met' if m.f1 >= target else 'NOT met'})")
        print(f"{dim:<10} micro P={m.precision:.3f} R={m.recall:.3f} F1={m.f1:.3f}  tp={m.tp} fp={m.fp} fn={m.fn}{flag}")
        out[dim] = m.f1
        if per_label:
            for lab, c in sorted(ds.per_label.items(), key=lambda kv: (-(kv[1].tp + kv[1].fn), kv[0])):
                print(f"    {lab:<32} P={c.precision:.2f} R={c.recall:.2f} F1={c.f1:.2f}  (tp={c.tp} fp={c.fp} fn={c.fn})")
        if errors and ds.errors:
            print("    errors: " + ", ".join(f"{a}:{k}:{lab}" for a, k, lab in ds.errors))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--split", choices=("all", "dev", "test"), default=None)
    ap.add_argument("--errors", action="store_true", help="list false positives and negatives")
    ap.add_argument("--no-per-label", action="store_true")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--repeat", type=int, default=3, help="throughput rounds; the best is reported")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    get_kiwi()
    kiwi_s = time.perf_counter() - t0
    records = load_gold(args.gold)
    preds = predict_all(records)
    splits = [args.split] if args.split else ["all", "dev", "test"]
    for sp in splits:
        recs = records if sp == "all" else [r for r in records if r.get("split") == sp]
        _report(recs, preds, f"gold {sp}", per_label=not args.no_per_label and sp == (args.split or "all"),
                errors=args.errors)

    if not args.no_speed:
        articles = [gold_article(r) for r in records]
        articles += [json.loads(Path(p).read_text(encoding="utf-8"))
                     for p in sorted(glob.glob(str(ROOT / "sample" / "truth" / "*" / "*.json")))]
        best = None
        for _ in range(args.repeat):
            t = time.perf_counter()
            for a in articles:
                enrich_article(a)
            dt = time.perf_counter() - t
            best = dt if best is None else min(best, dt)
        n_chars = sum(len(" ".join((a.paragraphs if hasattr(a, "paragraphs") else a["paragraphs"]) or [])) for a in articles)
        print(f"\nthroughput: {len(articles)} articles ({n_chars / len(articles):.0f} body chars avg) in {best:.2f}s "
              f"-> {len(articles) / best:.1f} articles/s on one core (Kiwi load {kiwi_s:.1f}s, once per process)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
