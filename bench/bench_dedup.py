"""Dedup quality and speed on planted corpora (chainwire_synth.copies).

    .venv/bin/python bench/bench_dedup.py                    # sweep + 100k speed run
    .venv/bin/python bench/bench_dedup.py --skip-speed       # sweep only
    .venv/bin/python bench/bench_dedup.py --skip-sweep --skip-dense --speed-docs 20000

(a) Sweep: pairwise precision/recall of "same story" (same cluster_id) against the planted
    truth, per shingle length n and Jaccard threshold, on a corpus of a few thousand docs
    processed day by day with a 7-day window, as the pipeline does. One extra table shows
    the same at the chosen n without the order/fact gates (text Jaccard alone). A second
    sweep runs at pipeline density (~10,000 docs per landing day), where the hard
    negatives are ~20x denser per pair of days; the module's threshold is chosen there.
(b) Speed: ~100,000 docs over 10 landing days, day by day with a 7-day window, with a
    FeatureCache (a long-running worker) - wall-clock seconds and peak RSS - plus one day
    with the window full and no cache (a fresh process per day, as an Airflow task runs),
    and precision/recall at the chosen parameters on that corpus.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

from chainwire import dedup as D  # noqa: E402
from chainwire_synth.copies import CopyRates, planted_corpus, score_clusters  # noqa: E402


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def cpu_s() -> tuple[float, float]:
    """(user, system) CPU seconds of this process so far (numpy's threads included)."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime, r.ru_stime


def load_average() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def run(corpus, params: D.DedupParams, cache: D.FeatureCache | None = None) -> tuple[dict, float]:
    t0 = time.perf_counter()
    res = D.dedup_days(corpus.docs, D.WINDOW_DAYS, params=params, cache=cache)
    dt = time.perf_counter() - t0
    score = score_clusters({r.article_id: r.cluster_id for r in res}, corpus.truth, corpus.siblings)
    canon = sum(r.is_canonical for r in res)
    score["clusters"] = canon
    return score, dt


def fmt_row(n, thr, s, dt, extra="") -> str:
    k = {kind: f"{v:.3f}" for kind, v in s["recall_by_kind"].items()}
    return (f"| {n} | {thr:.2f} | {s['precision']:.4f} | {s['recall']:.4f} | {s['f1']:.4f} | {s['fp']} | {s['fn']} "
            f"| {k.get('rescrape', '-')} | {k.get('host_alias', '-')} | {k.get('syndicated', '-')} "
            f"| {k.get('machine_translation', '-')} | {s['siblings_merged']:.3f} | {dt:.1f} |{extra}")


HEADER = ("| n | threshold | precision | recall | F1 | FP pairs | FN pairs | rescrape | host_alias | syndicated "
          "| translation | siblings merged | s |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|")


def sweep(args) -> None:
    corpus = planted_corpus(args.sweep_days, args.sweep_per_day, seed=args.seed)
    counts = corpus.counts()
    print(f"## sweep corpus: {len(corpus.docs)} docs over {args.sweep_days} days, seed {args.seed}: "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    thresholds = [float(t) for t in args.thresholds.split(",")]
    best = None
    for gates in (True, False):
        ns = [int(x) for x in args.ns.split(",")] if gates else [D.NGRAM]
        print("\n### " + ("text Jaccard + order gate + fact gate (the method)" if gates
                          else f"text Jaccard alone (no order/fact gates), n={D.NGRAM}"))
        print(HEADER)
        for n in ns:
            cache = D.FeatureCache()
            for thr in thresholds:
                p = D.DedupParams(ngram=n, threshold=thr)
                if not gates:
                    p = replace(p, order_min=None, fact_gate=False)
                s, dt = run(corpus, p, cache)
                print(fmt_row(n, thr, s, dt), flush=True)
                if gates and (best is None or s["f1"] > best[0]):
                    best = (s["f1"], n, thr)
    print(f"\nbest F1 {best[0]:.4f} at n={best[1]}, threshold={best[2]:.2f}")


def dense_sweep(args) -> None:
    """The same at pipeline density (~10,000 docs per landing day): hard negatives grow with
    the square of the docs per day and topic, copies only linearly, so the threshold that
    is best on a few thousand docs is too low for a full day."""
    corpus = planted_corpus(args.dense_days, args.dense_per_day, seed=args.seed + 2)
    print(f"\n## dense sweep corpus: {len(corpus.docs)} docs over {args.dense_days} days "
          f"({args.dense_per_day} generated pages/day + copies), seed {args.seed + 2}")
    print(HEADER)
    best = None
    for n in [int(x) for x in args.dense_ns.split(",")]:
        cache = D.FeatureCache()
        for thr in [float(t) for t in args.dense_thresholds.split(",")]:
            s, dt = run(corpus, D.DedupParams(ngram=n, threshold=thr), cache)
            print(fmt_row(n, thr, s, dt), flush=True)
            if best is None or s["f1"] > best[0]:
                best = (s["f1"], n, thr)
    print(f"\nbest F1 {best[0]:.4f} at n={best[1]}, threshold={best[2]:.2f}; "
          f"module defaults: n={D.NGRAM}, threshold={D.THRESHOLD}")


def speed(args) -> None:
    per_day = args.speed_per_day or max(1, round(args.speed_docs / args.speed_days / 1.37))
    t0 = time.perf_counter()
    corpus = planted_corpus(args.speed_days, per_day, seed=args.seed + 1, rates=CopyRates())
    gen_s = time.perf_counter() - t0
    gc.collect()
    rss_gen = rss_mib()
    print(f"\n## speed corpus: {len(corpus.docs)} docs ({per_day} generated pages/day + planted copies) over "
          f"{args.speed_days} landing days, generated in {gen_s:.1f} s; peak RSS after generation {rss_gen:.0f} MiB")
    print("   " + ", ".join(f"{k} {v}" for k, v in sorted(corpus.counts().items())))

    params = D.DedupParams()
    cache = D.FeatureCache()
    print(f"load average before: {load_average()} (2 cores: figures under load are slower)")
    t0, c0 = time.perf_counter(), cpu_s()
    res = D.dedup_days(corpus.docs, D.WINDOW_DAYS, params=params, cache=cache)
    wall, c1 = time.perf_counter() - t0, cpu_s()
    rss_all = rss_mib()
    s = score_clusters({r.article_id: r.cluster_id for r in res}, corpus.truth, corpus.siblings)
    print(f"dedup {len(res)} docs day by day, 7-day window, FeatureCache: {wall:.1f} s wall-clock "
          f"({len(res) / wall:.0f} docs/s); peak RSS {rss_all:.0f} MiB (dedup added "
          f"{rss_all - rss_gen:.0f} MiB over the corpus); CPU {c1[0] - c0[0]:.1f} user + {c1[1] - c0[1]:.1f} system s; "
          f"load average after {load_average()}")
    print(f"n={params.ngram} threshold={params.threshold}: precision {s['precision']:.4f} recall {s['recall']:.4f} "
          f"F1 {s['f1']:.4f} (FP pairs {s['fp']}, FN pairs {s['fn']}); recall by kind "
          + ", ".join(f"{k} {v:.3f} (n={s['n_by_kind'][k]})" for k, v in s["recall_by_kind"].items())
          + f"; siblings merged {s['siblings_merged']:.3f} of {s['n_siblings']}")
    print("recall by edit: " + ", ".join(f"{k} {v:.3f}" for k, v in s["recall_by_edit"].items()))

    # One day with the window full, no cache: what a fresh process per day pays.
    days = corpus.days()
    last = days[-1]
    today = [d for d in corpus.docs if d.landing_date == last]
    window = [d for d in corpus.docs if 0 < (last - d.landing_date).days <= D.WINDOW_DAYS]
    today_ids = {d.article_id for d in today}
    existing = D.update_existing({}, [r for r in res if r.article_id not in today_ids])
    del cache
    gc.collect()
    t0, c0 = time.perf_counter(), cpu_s()
    D.assign_clusters(today, window, existing, params=params)
    cold, c1 = time.perf_counter() - t0, cpu_s()
    print(f"one day cold (no cache): {len(today)} today + {len(window)} window docs in {cold:.1f} s "
          f"(CPU {c1[0] - c0[0]:.1f} user + {c1[1] - c0[1]:.1f} system s); peak RSS {rss_mib():.0f} MiB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--sweep-days", type=int, default=5)
    ap.add_argument("--sweep-per-day", type=int, default=600)
    ap.add_argument("--ns", default="3,4,5,6")
    ap.add_argument("--thresholds", default="0.35,0.4,0.45,0.5,0.55,0.6,0.65,0.7,0.8")
    ap.add_argument("--dense-days", type=int, default=3)
    ap.add_argument("--dense-per-day", type=int, default=7300)
    ap.add_argument("--dense-ns", default="4,5,6")
    ap.add_argument("--dense-thresholds", default="0.45,0.5,0.55,0.6,0.65,0.7")
    ap.add_argument("--skip-dense", action="store_true")
    ap.add_argument("--speed-docs", type=int, default=100_000)
    ap.add_argument("--speed-days", type=int, default=10)
    ap.add_argument("--speed-per-day", type=int, default=0, help="generated pages per day (default: from --speed-docs)")
    ap.add_argument("--skip-sweep", action="store_true")
    ap.add_argument("--skip-speed", action="store_true")
    args = ap.parse_args()
    if not args.skip_sweep:
        sweep(args)
    if not args.skip_dense:
        dense_sweep(args)
    if not args.skip_speed:
        if args.skip_sweep and args.skip_dense:
            speed(args)
        else:  # a fresh process, so that peak RSS is the speed run's own
            import subprocess

            sys.stdout.flush()
            cmd = [sys.executable, __file__, "--skip-sweep", "--skip-dense", "--seed", str(args.seed),
                   "--speed-docs", str(args.speed_docs), "--speed-days", str(args.speed_days),
                   "--speed-per-day", str(args.speed_per_day)]
            subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
