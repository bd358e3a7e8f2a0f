"""Article-body extraction quality and speed on the public article-extraction benchmark.

    .venv/bin/chainwire bench extraction-html                # both halves, chainwire and bare trafilatura
    .venv/bin/python bench/bench_extraction_html.py --repeat 3      # best-of-3 CPU time per page (speed ratio)
    .venv/bin/python bench/bench_extraction_html.py --half heldout  # one half only
    .venv/bin/python bench/bench_extraction_html.py --json out.json # also write the numbers as JSON
    .venv/bin/python bench/bench_extraction_html.py --worst 15      # the weakest held-out pages for chainwire
    .venv/bin/python bench/bench_extraction_html.py --ablate        # flip each wrapper switch, both halves
    .venv/bin/python bench/bench_extraction_html.py --systems chainwire,trafilatura-precision-nc,...

Corpus: ``../shared/corpora/article-extraction-benchmark`` (scrapinghub/article-extraction-benchmark,
MIT): ``html/<id>.html.gz`` and ``ground-truth.json`` (``{id: {"articleBody", "url"}}``).

Split: every page belongs to the **tuning** or the **held-out** half by a salted SHA-256 of its
site (``half_of``; salt ``SPLIT_SALT``): 98 tuning pages, 83 held-out pages (67 sites). Rules and
settings are chosen on the tuning half; a wrapper rule stays only if switching it off loses on
the held-out half (``--ablate``; table and decisions in ``docs/html-extraction.md``).

Metric, re-implemented from that repository's ``evaluate.py`` (same semantics, checked against
its source rather than recalled; where a recollection of "shingles as sets" differs, the source wins):

* tokens are ``\\w+`` matches, lower-cased; shingles are word 4-grams. A text with fewer than
  four tokens gives one shorter shingle; a text with no token gives none.
* shingles are counted as a **multiset** (``collections.Counter``), not a set: per document
  tp = sum of min(true, pred) counts, fp = surplus predicted, fn = surplus true.
* precision = tp/(tp+fp), recall = tp/(tp+fn), with evaluate.py's edge cases: fp == fn == 0
  gives 1.0 for both; a document with an empty prediction (tp+fp == 0) is **left out of the
  precision average** (it still scores recall 0); a document with an empty ground truth is left
  out of the recall average. (Every ground truth here is non-empty.)
* precision and recall are averaged over documents; F1 is the harmonic mean of the two averages.

Pages are decompressed and decoded (UTF-8, as the benchmark's own runners do) before timing;
the timed part is the extractor only, one page at a time, as CPU time of this process (one core,
not disturbed by other jobs), systems interleaved page by page. chainwire's time is the whole
``parse_html`` (metadata, dates, language included); trafilatura's is ``trafilatura.extract(html)``
(``trafilatura``: the library default, comments included; ``trafilatura-nc``:
``include_comments=False``, as the benchmark runs it). chainwire gets the page URL from the
ground truth (it only feeds ``url``/``outlet``; ``--no-url`` drops it).

Figures of the last run are in README ("Extraction") and ``docs/html-extraction.md``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

CORPUS = ROOT.parent / "shared" / "corpora" / "article-extraction-benchmark"

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


# ---------------------------------------------------------------- metric (evaluate.py semantics)


def shingles(text: str | None, n: int = 4) -> Counter:
    tokens = [t.lower() for t in _TOKEN_RE.findall(text or "")]
    grams = (tuple(tokens[i : i + n]) for i in range(0, max(1, len(tokens) - n + 1)))
    return Counter(g for g in grams if g)


def tp_fp_fn(true: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def precision_score(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall_score(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def aggregate(rows: list[tuple[float, float, float]]) -> dict[str, float]:
    ps = [precision_score(*r) for r in rows if r[0] + r[1] > 0]
    rs = [recall_score(*r) for r in rows if r[0] + r[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1}


# ---------------------------------------------------------------- corpus, split and systems

# The fixed tuning / held-out split. A page's half is decided by a salted SHA-256 of its
# *site* (the URL host without "www."), never by looking at scores: two pages of one site share
# a template, so they always fall in the same half and a rule written for a site's template on
# the tuning half cannot leak into the held-out half. Odd hash → held out (83 pages, 67 sites);
# even → tuning (98 pages). Rules are written and thresholds chosen on the tuning half only; the
# held-out half decides whether a rule stays.
SPLIT_SALT = "chainwire-aeb-split-1"
HALVES = ("tuning", "heldout")


def site_of(url: str | None) -> str:
    host = (urlsplit(url or "").hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def half_of(page_id: str, url: str | None) -> str:
    """``"heldout"`` or ``"tuning"`` for one page (by its site; the page id when there is no URL)."""
    key = site_of(url) or page_id
    digest = hashlib.sha256(f"{SPLIT_SALT}:{key}".encode()).hexdigest()
    return "heldout" if int(digest[:8], 16) % 2 else "tuning"


def load_corpus(
    corpus: Path = CORPUS, limit: int | None = None, half: str | None = None
) -> list[tuple[str, str, str, str]]:
    """``[(id, html, true_body, url)]`` sorted by id; ``half`` keeps one half; ``limit`` the first N ids."""
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    if half in HALVES:
        ids = [k for k in ids if half_of(k, truth[k].get("url")) == half]
    if limit:
        ids = ids[:limit]
    pages = []
    for key in ids:
        with gzip.open(corpus / "html" / f"{key}.html.gz", "rt", encoding="utf-8") as fh:
            html = fh.read()
        pages.append((key, html, truth[key].get("articleBody") or "", truth[key].get("url")))
    return pages


def _trafilatura(**options):
    def run(html: str, url: str | None) -> str:
        import trafilatura

        return trafilatura.extract(html, **options) or ""

    return run


def run_chainwire(html: str, url: str | None) -> str:
    from chainwire.extract.html import parse_html

    return parse_html(html, source_path="bench.html", url=url).body_text


# ``trafilatura`` is the library's default call (comments included); ``trafilatura-nc`` is how the
# benchmark's own runner calls it (comments excluded). Both are the installed version.
SYSTEMS = {
    "chainwire": run_chainwire,
    "trafilatura": _trafilatura(),
    "trafilatura-nc": _trafilatura(include_comments=False),
    "trafilatura-precision": _trafilatura(favor_precision=True),
    "trafilatura-precision-nc": _trafilatura(favor_precision=True, include_comments=False),
    "trafilatura-recall": _trafilatura(favor_recall=True),
    "trafilatura-recall-nc": _trafilatura(favor_recall=True, include_comments=False),
}
run_trafilatura = SYSTEMS["trafilatura-nc"]  # kept for callers of the old name


def run_systems(names: list[str], pages, pass_url: bool = True, repeat: int = 1) -> dict[str, dict]:
    """Every system on every page → ``{name: {"rows": {id: (tp, fp, fn)}, "cpu": {id: s}}}``.

    Timing is CPU time of this process (``time.process_time``: one core, not disturbed by other
    jobs on a shared machine), systems interleaved page by page; with ``repeat`` > 1 each page's
    best time counts.
    """
    fns = {n: SYSTEMS[n] for n in names}
    for fn in fns.values():
        fn(pages[0][1], None)  # warm-up: imports and lazy tables stay out of the timing
    out = {n: {"rows": {}, "cpu": {}} for n in names}
    for key, html, true, url in pages:
        for n, fn in fns.items():
            best = None
            for _ in range(repeat):
                t0 = time.process_time()
                pred = fn(html, url if pass_url else None)
                dt = time.process_time() - t0
                best = dt if best is None else min(best, dt)
            out[n]["rows"][key] = tp_fp_fn(true, pred)
            out[n]["cpu"][key] = best
    return out


def scores(run: dict, ids) -> dict:
    ids = [k for k in ids if k in run["rows"]]
    out = aggregate([run["rows"][k] for k in ids])
    cpu = sum(run["cpu"][k] for k in ids)
    out.update(pages=len(ids), seconds=cpu, pages_per_s=len(ids) / cpu if cpu else 0.0)
    return out


def evaluate(system: str, pages, pass_url: bool = True) -> dict:
    """One system on ``pages`` → P/R/F1, CPU seconds, pages/s and per-page (precision, recall)."""
    run = run_systems([system], pages, pass_url)[system]
    out = scores(run, [p[0] for p in pages])
    out["per_page"] = {k: (precision_score(*r), recall_score(*r)) for k, r in run["rows"].items()}
    return out


def _halves(pages) -> dict[str, list[str]]:
    by = {h: [k for k, _h, _t, url in pages if half_of(k, url) == h] for h in HALVES}
    by["all"] = [p[0] for p in pages]
    return by


def report(results: dict[str, dict], pages) -> dict:
    """Print P/R/F1 per half and system, and chainwire's CPU time relative to each trafilatura call."""
    by = _halves(pages)
    table: dict = {}
    print(f"{'system':<26}{'half':<9}{'pages':>6}  {'P':>6}  {'R':>6}  {'F1':>6}  {'pages/s':>8}")
    for name, run in results.items():
        table[name] = {}
        for h in (*HALVES, "all"):
            sc = scores(run, by[h])
            table[name][h] = sc
            print(
                f"{name:<26}{h:<9}{sc['pages']:>6}  {sc['precision']:.4f}  {sc['recall']:.4f}  {sc['f1']:.4f}"
                f"  {sc['pages_per_s']:>8.1f}"
            )
    for ref in [n for n in table if n.startswith("trafilatura")]:
        for name in [n for n in table if not n.startswith("trafilatura")]:
            ratio = table[ref]["all"]["pages_per_s"] / table[name]["all"]["pages_per_s"]
            table[name]["cpu_ratio_vs_" + ref] = ratio
            print(f"speed: {name} takes {ratio:.2f}x the CPU time of {ref} (one core, all pages)")
    return table


# ---------------------------------------------------------------- ablation


def switches() -> list[tuple[str, dict, str]]:
    """Every wrapper switch: ``(owner, table, name)``."""
    from chainwire.extract import html as html_mod
    from chainwire.extract import html_body

    tables = [("body", html_body.RULES), ("head", html_mod.RULES_HEAD), ("tail", html_mod.RULES_TAIL)]
    if hasattr(html_mod, "RULES_SOURCE"):
        tables.append(("source", html_mod.RULES_SOURCE))
    return [(owner, table, name) for owner, table in tables for name in list(table)]


def ablate(pages, base_run: dict | None = None, repeat: int = 1) -> dict:
    """Flip each switch in turn; F1 change on each half, pages better/worse on the held-out half,
    CPU time change. A rule stays only if switching it off loses on the held-out half."""
    by = _halves(pages)
    base_run = base_run or run_systems(["chainwire"], pages, repeat=repeat)["chainwire"]
    base = {h: scores(base_run, by[h]) for h in by}
    print(
        f"ablation: chainwire F1 tuning {base['tuning']['f1']:.4f}, held out {base['heldout']['f1']:.4f}; "
        "delta = flipped - base"
    )
    print(f"  {'switch':<26}{'now':>4}  {'ΔF1 tune':>9}  {'ΔF1 held':>9}  held +/-  {'Δcpu':>6}")
    out = {}
    for owner, table, name in switches():
        table[name] = not table[name]
        try:
            run = run_systems(["chainwire"], pages, repeat=repeat)["chainwire"]
        finally:
            table[name] = not table[name]
        state = "off" if table[name] else "on"  # the flipped state
        res = {h: scores(run, by[h]) for h in by}
        better = worse = 0
        for k in by["heldout"]:
            f_new = _page_f1(run["rows"][k])
            f_old = _page_f1(base_run["rows"][k])
            better += f_new > f_old + 1e-9
            worse += f_new < f_old - 1e-9
        dcpu = res["all"]["seconds"] / base["all"]["seconds"] - 1 if base["all"]["seconds"] else 0.0
        row = {
            "flipped_to": state,
            "delta_tuning": res["tuning"]["f1"] - base["tuning"]["f1"],
            "delta_heldout": res["heldout"]["f1"] - base["heldout"]["f1"],
            "heldout_better": better,
            "heldout_worse": worse,
            "cpu_change": dcpu,
        }
        out[f"{owner}.{name}"] = row
        print(
            f"  {owner + '.' + name:<26}{'on' if state == 'off' else 'off':>4}  {row['delta_tuning']:+9.4f}  "
            f"{row['delta_heldout']:+9.4f}  {better:>3}/{worse:<3}  {dcpu:+6.0%}"
        )
    return out


def _page_f1(row) -> float:
    p, r = precision_score(*row), recall_score(*row)
    return 2 * p * r / (p + r) if p + r else 0.0


def benchmark_f1(limit: int | None = None, corpus: Path = CORPUS, half: str | None = None) -> dict:
    """chainwire's scores on the corpus, or on one half (used by the tests)."""
    return evaluate("chainwire", load_corpus(corpus, limit, half))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--limit", type=int, help="only the first N pages by id (deterministic subset)")
    ap.add_argument("--half", choices=HALVES, help="only one half of the split (default: both, reported apart)")
    ap.add_argument(
        "--systems", default="chainwire,trafilatura,trafilatura-nc", help="comma-separated: " + ",".join(SYSTEMS)
    )
    ap.add_argument("--repeat", type=int, default=1, help="time each page this many times, keep the best")
    ap.add_argument("--no-url", action="store_true", help="do not pass the page URL to the extractors")
    ap.add_argument("--worst", type=int, default=0, help="list the N weakest held-out pages for chainwire")
    ap.add_argument("--json", type=Path, help="write the numbers to this file")
    ap.add_argument("--ablate", action="store_true", help="flip each chainwire switch in turn and measure both halves")
    args = ap.parse_args(argv)

    if not (args.corpus / "ground-truth.json").exists():
        print(f"corpus absent: {args.corpus}", file=sys.stderr)
        return 1
    pages = load_corpus(args.corpus, args.limit, args.half)
    by = _halves(pages)
    print(
        f"{len(pages)} pages from {args.corpus}: tuning {len(by['tuning'])}, held out {len(by['heldout'])} "
        f"(split by salted site hash, salt {SPLIT_SALT!r})"
    )
    try:
        import trafilatura

        print(f"trafilatura {trafilatura.__version__}")
    except ImportError:
        pass
    names = [n.strip() for n in args.systems.split(",") if n.strip()]
    runs = run_systems(names, pages, pass_url=not args.no_url, repeat=args.repeat)
    results: dict = {"split": {"salt": SPLIT_SALT, **{h: len(by[h]) for h in HALVES}}}
    results["systems"] = report(runs, pages)
    if args.worst and "chainwire" in runs:
        rows = runs["chainwire"]["rows"]
        for key in sorted(by["heldout"], key=lambda k: _page_f1(rows[k]))[: args.worst]:
            print(f"  {key[:12]}  P={precision_score(*rows[key]):.3f} R={recall_score(*rows[key]):.3f}")
    if args.ablate:
        results["ablation"] = ablate(pages, runs.get("chainwire"), repeat=args.repeat)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
