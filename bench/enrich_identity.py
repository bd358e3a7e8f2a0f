"""Enrichment identity check and the taggers' CPU cost per article.

Proves that a change to ``chainwire.enrich`` changed no result, and measures what the taggers
cost per article the way the pipeline calls them (one process, after warm-up, memos kept
between the articles of a round):

    .venv/bin/python bench/enrich_identity.py --dump /tmp/before.jsonl      # on the old code
    .venv/bin/python bench/enrich_identity.py --dump /tmp/after.jsonl       # on the new code
    .venv/bin/python bench/enrich_identity.py --compare /tmp/before.jsonl /tmp/after.jsonl
    .venv/bin/python bench/enrich_identity.py --cpu [--repeat 3]            # CPU-s per 1,000 articles
    .venv/bin/python bench/enrich_identity.py --profile generated           # cProfile, top functions

Corpora (the same articles for every run of the same code base):

* ``gold``: the 60 hand-written gold articles (tests/fixtures/enrich/gold.jsonl);
* ``generated``: ``--generated`` pages (default 3,000) of one generated day, every layout
  (``chainwire_synth``, seed 3), parsed from their raw page dumps as the pipeline parses them;
* ``real``: every page of the real-page corpus folder (``--dir``, default data/realpages, or
  ``CHAINWIRE_REALPAGES_DIR``), parsed the same way; skipped with a message when absent. Page text
  is third-party: the dump holds the enrichment output (evidence sentences included), so keep dumps
  out of the repository (write them under /tmp).

A dump line is ``{"corpus", "key", "input", "output"}``: ``input`` is a SHA-1 of the article fed
in (so a parser change between two dumps shows as a changed input, not as an enrichment
difference) and ``output`` every field of the ``Enrichment`` (topics with scores, matched terms and
evidence, countries with mentions/role/surfaces/basis, actors, companies, actions, taxonomy version).
``--compare`` exits 1 when any article with the same input has a different output.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import hashlib
import json
import os
import pickle
import pstats
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

from chainwire.enrich import clear_caches, enrich_article, warm_up  # noqa: E402

GOLD = ROOT / "tests" / "fixtures" / "enrich" / "gold.jsonl"


def _input_sha(article) -> str:
    d = article.to_dict() if hasattr(article, "to_dict") else article
    return hashlib.sha1(json.dumps(d, ensure_ascii=False, sort_keys=True, default=str).encode()).hexdigest()


def gold_corpus() -> list[tuple[str, object]]:
    from chainwire_synth.enrich_evaluate import gold_article, load_gold

    return [(str(r.get("id")), gold_article(r)) for r in load_gold(GOLD)]


def generated_corpus(pages: int) -> list[tuple[str, object]]:
    from chainwire.extract.dispatch import extract_raw
    from chainwire_synth.generator import iter_pages

    out = []
    for ref, text, _truth in iter_pages(1, pages, 3, outlets="all"):
        for i, ex in enumerate(extract_raw(text.encode("utf-8"), f"{ref.name}.txt", ref.landing)):
            if ex.error is None:
                out.append((f"{ref.name}#{i}", ex.article))
    return out


def real_corpus(folder: str | None) -> list[tuple[str, object]]:
    from chainwire.extract.dispatch import extract_raw

    d = Path(folder or os.environ.get("CHAINWIRE_REALPAGES_DIR") or ROOT / "data" / "realpages") / "pages"
    if not d.is_dir():
        print(f"(real pages absent: {d}; corpus skipped)")
        return []
    out = []
    for p in sorted(d.glob("*.txt")):
        for i, ex in enumerate(extract_raw(p.read_bytes(), p.name, date(2026, 11, 2))):
            if ex.error is None:
                out.append((f"{p.stem}#{i}", ex.article))
    return out


def corpora(args) -> dict[str, list[tuple[str, object]]]:
    wanted = args.corpus or ["gold", "generated", "real"]
    if args.cache and args.cache.exists():  # parsed articles of an earlier run (same corpora arguments)
        with args.cache.open("rb") as fh:
            cached = pickle.load(fh)
        return {k: v for k, v in cached.items() if k in wanted}
    out = {}
    if "gold" in wanted:
        out["gold"] = gold_corpus()
    if "generated" in wanted:
        out["generated"] = generated_corpus(args.generated)
    if "real" in wanted:
        out["real"] = real_corpus(args.dir)
    if args.cache:
        tmp = args.cache.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump(out, fh)
        tmp.replace(args.cache)
    return out


def dump(args) -> int:
    warm_up()
    n = 0
    with open(args.dump, "w", encoding="utf-8") as fh:
        for name, items in corpora(args).items():
            clear_caches()
            for key, art in items:
                out = dataclasses.asdict(enrich_article(art))
                fh.write(json.dumps({"corpus": name, "key": key, "input": _input_sha(art), "output": out},
                                    ensure_ascii=False, sort_keys=True) + "\n")
                n += 1
    print(f"{n} enrichments written to {args.dump}")
    return 0


def compare(before: Path, after: Path) -> int:
    def load(p: Path) -> dict[tuple[str, str], dict]:
        with p.open(encoding="utf-8") as fh:
            return {(r["corpus"], r["key"]): r for r in map(json.loads, fh)}

    a, b = load(before), load(after)
    same = changed_input = differ = 0
    for k in sorted(set(a) | set(b)):
        x, y = a.get(k), b.get(k)
        if x is None or y is None:
            print(f"only in {'after' if x is None else 'before'}: {k[0]} {k[1]}")
            changed_input += 1
        elif x["input"] != y["input"]:
            changed_input += 1
        elif x["output"] != y["output"]:
            differ += 1
            if differ <= 20:
                for f in x["output"]:
                    if x["output"][f] != y["output"].get(f):
                        print(f"DIFF {k[0]} {k[1]} {f}:\n  before {x['output'][f]}\n  after  {y['output'].get(f)}")
        else:
            same += 1
    per = {}
    for c, _ in a:
        per[c] = per.get(c, 0) + 1
    print(f"{same} identical, {differ} different, {changed_input} with a different or missing input "
          f"(articles per corpus before: {per})")
    return 1 if differ else 0


def cpu(args) -> int:
    t = time.process_time()
    warm_up()
    warm = time.process_time() - t
    print(f"warm-up: {warm:.2f} CPU-s (Kiwi load + first analysis, taxonomy, gazetteers, compiled patterns)")
    print(f"{'corpus':<10} {'articles':>8} {'body chars':>10} {'CPU-s / 1,000 articles':>24} {'(median)':>9}  rounds")
    for name, items in corpora(args).items():
        if not items:
            continue
        arts = [a for _, a in items]
        rounds = []
        for _ in range(args.repeat):
            clear_caches()  # each round starts like a fresh worker: memos fill up over the round
            t = time.process_time()
            for a in arts:
                enrich_article(a)
            rounds.append(time.process_time() - t)
        chars = sum(len(" ".join(a.paragraphs or [])) for a in arts) / len(arts)
        per = [r / len(arts) * 1000 for r in sorted(rounds)]
        print(f"{name:<10} {len(arts):>8} {chars:>10.0f} {per[0]:>24.3f} {per[len(per) // 2]:>9.3f}  "
              + " ".join(f"{p:.3f}" for p in per))
    print(f"(load average {' '.join(f'{x:.2f}' for x in os.getloadavg())})")
    return 0


def profile(args) -> int:
    warm_up()
    items = [a for name, its in corpora(args).items() for _, a in its]
    for a in items[:50]:
        enrich_article(a)
    clear_caches()
    pr = cProfile.Profile(time.process_time)
    pr.enable()
    for a in items:
        enrich_article(a)
    pr.disable()
    st = pstats.Stats(pr)
    st.sort_stats(args.sort).print_stats(args.top)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dump", type=Path, help="write every enrichment output of the corpora to this JSONL file")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    ap.add_argument("--cpu", action="store_true", help="CPU-s per 1,000 articles per corpus")
    ap.add_argument("--profile", nargs="*", metavar="CORPUS", help="cProfile over these corpora (default all)")
    ap.add_argument("--corpus", action="append", choices=("gold", "generated", "real"),
                    help="restrict to a corpus (repeatable; default all three)")
    ap.add_argument("--generated", type=int, default=3000, help="generated pages (every layout, seed 3)")
    ap.add_argument("--dir", help="real-page corpus folder (default data/realpages)")
    ap.add_argument("--cache", type=Path, help="pickle of the parsed corpora: written when absent, read when present "
                    "(keep it under /tmp: it holds real page text; delete it after a parser change)")
    ap.add_argument("--repeat", type=int, default=3, help="--cpu rounds; the best and the median are printed")
    ap.add_argument("--sort", default="tottime", help="--profile sort key")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if args.dump:
        return dump(args)
    if args.profile is not None:
        args.corpus = args.profile or args.corpus
        return profile(args)
    if args.cpu:
        return cpu(args)
    ap.print_help()
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
