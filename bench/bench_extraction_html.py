"""Article-body extraction quality and speed on the public article-extraction benchmark.

    .venv/bin/python bench/bench_extraction_html.py                 # chainwire vs trafilatura alone, all 181 pages
    .venv/bin/python bench/bench_extraction_html.py --limit 40      # the deterministic subset the tests use
    .venv/bin/python bench/bench_extraction_html.py --json out.json # also write the numbers as JSON
    .venv/bin/python bench/bench_extraction_html.py --worst 15      # list the weakest pages for chainwire
    .venv/bin/python bench/bench_extraction_html.py --ablate        # flip each cleanup rule, measure its effect

Corpus: ``../shared/corpora/article-extraction-benchmark`` (scrapinghub/article-extraction-benchmark,
MIT): ``html/<id>.html.gz`` and ``ground-truth.json`` (``{id: {"articleBody", "url"}}``).

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
the timed loop is the extractor only, one page at a time on one core. trafilatura alone runs as
the benchmark runs it: ``trafilatura.extract(html, include_comments=False)``. chainwire gets the
page URL from the ground truth (it only feeds ``url``/``outlet``; ``--no-url`` drops it).

Last full run (trafilatura 2.3.1): trafilatura P=0.9421 R=0.9784 F1=0.9599;
chainwire P=0.9741 R=0.9826 F1=0.9783, about 32 pages/s against trafilatura's 75 (two
extraction runs per page plus cleanup).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

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


# ---------------------------------------------------------------- corpus and systems


def load_corpus(corpus: Path = CORPUS, limit: int | None = None) -> list[tuple[str, str, str, str]]:
    """``[(id, html, true_body, url)]`` sorted by id; ``limit`` keeps the first N ids."""
    truth = json.loads((corpus / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    if limit:
        ids = ids[:limit]
    pages = []
    for key in ids:
        with gzip.open(corpus / "html" / f"{key}.html.gz", "rt", encoding="utf-8") as fh:
            html = fh.read()
        pages.append((key, html, truth[key].get("articleBody") or "", truth[key].get("url")))
    return pages


def run_trafilatura(html: str, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False) or ""


def run_chainwire(html: str, url: str | None) -> str:
    from chainwire.extract.html import parse_html

    return parse_html(html, source_path="bench.html", url=url).body_text


SYSTEMS = {"trafilatura": run_trafilatura, "chainwire": run_chainwire}


def evaluate(system: str, pages, pass_url: bool = True) -> dict:
    fn = SYSTEMS[system]
    fn(pages[0][1], None)  # warm-up: imports and lazy tables stay out of the timing
    preds = {}
    t0 = time.perf_counter()
    for key, html, _true, url in pages:
        preds[key] = fn(html, url if pass_url else None)
    elapsed = time.perf_counter() - t0
    rows = {key: tp_fp_fn(true, preds[key]) for key, _html, true, _url in pages}
    out = aggregate(list(rows.values()))
    out.update(pages=len(pages), seconds=elapsed, pages_per_s=len(pages) / elapsed if elapsed else 0.0)
    out["per_page"] = {k: (precision_score(*r), recall_score(*r)) for k, r in rows.items()}
    return out


def ablate(pages, base: dict) -> dict:
    """F1 with each switch of ``html_body.RULES`` / ``html.RULES_HEAD`` / ``html.RULES_TAIL`` flipped."""
    from chainwire.extract import html as html_mod
    from chainwire.extract import html_body

    print(f"ablation (chainwire F1={base['f1']:.4f}; delta = flipped - base)")
    out = {}
    for owner, table in (("body", html_body.RULES), ("head", html_mod.RULES_HEAD), ("tail", html_mod.RULES_TAIL)):
        for name in list(table):
            table[name] = not table[name]
            try:
                res = evaluate("chainwire", pages)
            finally:
                table[name] = not table[name]
            state = "on" if not table[name] else "off"
            changed = sum(1 for k in res["per_page"] if res["per_page"][k] != base["per_page"][k])
            out[f"{owner}.{name}={state}"] = {"f1": res["f1"], "delta": res["f1"] - base["f1"], "pages_changed": changed}
            print(
                f"  {owner}.{name:<16} {state:<3}  P={res['precision']:.4f} R={res['recall']:.4f} "
                f"F1={res['f1']:.4f}  ({res['f1'] - base['f1']:+.4f}, {changed} pages changed)"
            )
    return out


def benchmark_f1(limit: int | None = None, corpus: Path = CORPUS) -> dict:
    """chainwire's scores on the corpus (used by the tests)."""
    return evaluate("chainwire", load_corpus(corpus, limit))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--limit", type=int, help="only the first N pages by id (deterministic subset)")
    ap.add_argument("--systems", default="trafilatura,chainwire", help="comma-separated: " + ",".join(SYSTEMS))
    ap.add_argument("--no-url", action="store_true", help="do not pass the page URL to the extractors")
    ap.add_argument("--worst", type=int, default=0, help="list the N weakest pages for the last system")
    ap.add_argument("--json", type=Path, help="write the numbers to this file")
    ap.add_argument("--ablate", action="store_true", help="flip each chainwire cleanup switch in turn and measure")
    args = ap.parse_args(argv)

    if not (args.corpus / "ground-truth.json").exists():
        print(f"corpus absent: {args.corpus}", file=sys.stderr)
        return 1
    pages = load_corpus(args.corpus, args.limit)
    print(f"{len(pages)} pages from {args.corpus}")
    results = {}
    for name in args.systems.split(","):
        res = evaluate(name.strip(), pages, pass_url=not args.no_url)
        results[name] = res
        print(
            f"{name:<12} precision={res['precision']:.4f}  recall={res['recall']:.4f}  "
            f"F1={res['f1']:.4f}  {res['pages_per_s']:.1f} pages/s ({res['seconds']:.1f} s)"
        )
    if args.worst:
        last = results[list(results)[-1]]["per_page"]
        for key, (p, r) in sorted(last.items(), key=lambda kv: min(kv[1]))[: args.worst]:
            print(f"  {key[:12]}  P={p:.3f} R={r:.3f}")
    if args.ablate:
        results["ablation"] = ablate(pages, results.get("chainwire") or evaluate("chainwire", pages))
    if args.json:
        slim = {
            k: {m: v for m, v in res.items() if m != "per_page"} if k != "ablation" else res
            for k, res in results.items()
        }
        args.json.write_text(json.dumps(slim, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
