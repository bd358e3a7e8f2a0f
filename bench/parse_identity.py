"""Every field the parser gives, for a fixed corpus, as JSON: proof that a parser change is
performance-only (or a record of exactly which pages a rule change moved).

    PYTHONPATH=include python3 bench/parse_identity.py --out /tmp/before.json   # on the old code
    PYTHONPATH=include python3 bench/parse_identity.py --out /tmp/after.json    # on the new code
    PYTHONPATH=include python3 bench/parse_identity.py --compare /tmp/before.json /tmp/after.json

The corpus: a generated landing zone with every layout of ``chainwire_synth.layouts``, those
outside "all" included (``--synth DAYSxPER_DAY``, seed ``--seed``; default 3x700 = 2,100 pages), plus every real page under
``<realpages>/pages/*.txt`` when that folder exists (``data/realpages``, gitignored). Each page
goes through ``extract_raw`` as the pipeline calls it (bytes in, sidecar read when present) and
every record's ``Article.to_dict()`` (or its error) is written, keyed by the page's path
relative to its corpus root. ``--dev-only`` keeps only the real pages the committed index marks
as development pages (held-out pages are never parsed by a tool used while writing rules; a page
the index does not name is left out too). ``--compare`` prints the pages and fields that differ and exits 1
when any does. Nothing of the real pages' text is printed unless ``--show`` is given.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))
sys.path.insert(0, str(ROOT / "bench" / "realpages"))

from corpus import dev_pages, page_path  # noqa: E402

from chainwire.extract.dispatch import extract_raw, read_sidecar  # noqa: E402

LANDING = date(2026, 11, 2)


def _records(root: Path, paths: list[Path], prefix: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for p in paths:
        rel = f"{prefix}/{p.relative_to(root).as_posix()}"
        recs = []
        for e in extract_raw(p.read_bytes(), rel, landing_date=LANDING, sidecar=read_sidecar(p)):
            recs.append({"source_path": e.source_path, "error": e.error,
                         "article": e.article.to_dict() if e.article is not None else None})
        out[rel] = recs
    return out


def dump(synth: str, seed: int, realpages: Path, dev_only: bool = False) -> dict[str, list[dict]]:
    from chainwire_synth.generator import generate_corpus
    from chainwire_synth.layouts import layouts

    days, per_day = (int(x) for x in synth.lower().split("x"))
    result: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        generate_corpus(Path(tmp), days=days, per_day=per_day, seed=seed, start_date=LANDING,
                        outlets=",".join(layouts()))
        raw = Path(tmp) / "raw"
        result.update(_records(raw, sorted(raw.rglob("*.txt")), "synth"))
    pages = realpages / "pages"
    if pages.is_dir():
        paths = ([page_path(realpages, r["id"]) for r in dev_pages(realpages)] if dev_only
                 else list(pages.glob("*.txt")))
        result.update(_records(pages, sorted(paths), "real"))
    return result


def compare(before: dict, after: dict, show: bool) -> int:
    differ = 0
    for key in sorted(set(before) | set(after)):
        a, b = before.get(key), after.get(key)
        if a == b:
            continue
        differ += 1
        if a is None or b is None or len(a) != len(b):
            print(f"{key}: record count {len(a or [])} → {len(b or [])}")
            continue
        for ra, rb in zip(a, b, strict=True):
            fields = sorted(k for k in set(ra.get("article") or {}) | set(rb.get("article") or {})
                            if (ra.get("article") or {}).get(k) != (rb.get("article") or {}).get(k))
            if ra["error"] != rb["error"]:
                fields.append("error")
            print(f"{key}: {', '.join(fields)}")
            if show:
                for f in fields:
                    src = ra if f == "error" else (ra.get("article") or {})
                    dst = rb if f == "error" else (rb.get("article") or {})
                    print(f"    {f}: {src.get(f)!r}\n  → {dst.get(f)!r}")
    n_synth = sum(k.startswith("synth/") for k in after)
    print(f"{len(after)} pages ({n_synth} generated, {len(after) - n_synth} real): {differ} differ")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--synth", default="3x700", help="DAYSxPER_DAY generated pages, every layout")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--realpages", type=Path, default=ROOT / "data" / "realpages")
    ap.add_argument("--dev-only", action="store_true",
                    help="real pages: only the index's development pages (never parse a held-out page)")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    ap.add_argument("--show", action="store_true", help="with --compare: print the differing values")
    args = ap.parse_args(argv)
    if args.compare:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        return compare(before, after, args.show)
    if not args.out:
        ap.error("--out or --compare is required")
    result = dump(args.synth, args.seed, args.realpages, args.dev_only)
    tmp = args.out.with_name(args.out.name + ".tmp")
    tmp.write_text(json.dumps(result, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    tmp.replace(args.out)
    print(f"{len(result)} pages → {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
