"""Build ``bench/realpages/index.jsonl`` (and ``enrich_labels.jsonl``) from the local labels.

    python bench/realpages/build_index.py [--dir data/realpages]

Reads ``<dir>/labels/*.jsonl`` (plain-text labels, gitignored) and the pages they name, and
writes the committed index of facts and hashes. A label whose page is missing is dropped
with a message. Re-running gives the same files.

The committed files are merged into, not replaced: a record whose id no label file names (its
label file was lost; earlier sessions' labels were) is kept byte for byte, with its
``enrich_labels.jsonl`` line, so a new batch can be labelled without the old label files. A
labelled id replaces its record. To drop a page, delete its two lines by hand.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import (  # noqa: E402
    DIR_HELP,
    ENRICH_LABELS,
    HELDOUT_MIN_OUTLETS,
    HELDOUT_MIN_PAGES,
    INDEX,
    body_head,
    corpus_dir,
    deck_line,
    enrich_split,
    fact,
    is_heldout,
    norm,
    page_path,
    page_sha1,
)

TOPIC_IDS = {"semiconductors", "batteries", "critical_minerals", "rare_earths_magnets", "hydrogen_clean_energy",
             "export_controls", "sanctions", "tariffs_trade_remedies", "subsidies_industrial_policy",
             "trade_frameworks", "shipping_logistics", "ai_advanced_tech", "standards"}


def _names(values) -> list[str]:
    return [norm(v) for v in (values or []) if isinstance(v, str) and norm(v)]


def _domain(value: str | None) -> str | None:
    d = norm(value).lower().removeprefix("www.") if value else ""
    return d or None


def outlet_on_page(data: bytes, domain: str, name: str | None) -> bool:
    """Whether the page itself names its publisher (name, domain or domain stem), case-insensitive.

    A reader cannot name an outlet the capture never mentions: for such pages the right answer
    is "unknown", and the bench scores it so.
    """
    text = data.decode("utf-8", "replace").lower()
    stem = domain.split(".")[0]
    probes = [p for p in (name, domain, stem if len(stem) >= 3 else None) if p]
    return any(p.lower() in text for p in probes)


def build_labelled(folder: Path) -> tuple[list[dict], list[dict]]:
    """Index and enrichment records of the pages the local label files name (and that exist)."""
    labels: dict[str, dict] = {}
    for f in sorted((folder / "labels").glob("*.jsonl")):
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except ValueError as exc:
                print(f"{f.name}:{n}: not JSON ({exc}); skipped", file=sys.stderr)
                continue
            pid = rec.get("id")
            if not pid or pid in labels:
                continue
            if not page_path(folder, pid).exists():
                print(f"{f.name}:{n}: page {pid} missing; skipped", file=sys.stderr)
                continue
            labels[pid] = rec
    index, enrich = [], []
    for pid in sorted(labels):
        r = labels[pid]
        data = page_path(folder, pid).read_bytes()
        outlet = _domain(r.get("outlet_domain")) or "unknown"
        index.append({
            "id": pid, "url": r.get("url"), "host": r.get("host"), "outlet_domain": outlet,
            "outlet_name": r.get("outlet_name"), "outlet_on_page": outlet_on_page(data, outlet, r.get("outlet_name")),
            "language": r.get("language"),
            "page_kind": r.get("page_kind"), "format": r.get("format"),
            "split": "heldout" if is_heldout(outlet) else "dev",
            "page_sha1": page_sha1(data), "page_bytes": len(data),
            "title": fact(r.get("title")),
            "deck": [x for x in (fact(deck_line(d)) for d in r.get("deck") or []) if x],
            "published": r.get("published"), "updated": r.get("updated"),
            "dateline": norm(r.get("dateline")) or None,
            "reporters": _names(r.get("reporters")), "photographers": _names(r.get("photographers")),
            "anchors": _names(r.get("anchors")),
            "body_start": fact(body_head(r.get("body_start"))), "body_end": fact(r.get("body_end")),
            "truncated": bool(r.get("truncated")),
            "furniture": [x for x in (fact(d) for d in r.get("furniture") or []) if x],
        })
        topics = [t for t in r.get("topics") or [] if t in TOPIC_IDS]
        enrich.append({"id": pid, "split": enrich_split(pid), "language": r.get("language"),
                       "topics": sorted(set(topics)), "countries": sorted({c.upper() for c in r.get("countries") or []
                                                                          if isinstance(c, str)}),
                       "actors": _names(r.get("actors")), "actions": sorted(set(r.get("actions") or []))})
    return index, enrich


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def merge_kept(kept: list[dict], labelled: list[dict]) -> list[dict]:
    """``labelled`` records plus every ``kept`` record whose id none of them has, ordered by id."""
    by_id = {r["id"]: r for r in kept}
    by_id.update((r["id"], r) for r in labelled)
    return [by_id[pid] for pid in sorted(by_id)]


def build(folder: Path, index_path: Path = INDEX, enrich_path: Path = ENRICH_LABELS) -> tuple[list[dict], list[dict]]:
    """The labelled pages merged into the committed index and enrichment labels."""
    index, enrich = build_labelled(folder)
    return merge_kept(read_jsonl(index_path), index), merge_kept(read_jsonl(enrich_path), enrich)


def write_jsonl(path: Path, rows: list[dict]) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows), encoding="utf-8")
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", help=DIR_HELP)
    args = ap.parse_args(argv)
    folder = corpus_dir(args.dir)
    new_index, new_enrich = build_labelled(folder)
    labelled = len(new_index)
    index, enrich = merge_kept(read_jsonl(INDEX), new_index), merge_kept(read_jsonl(ENRICH_LABELS), new_enrich)
    if not index:
        print(f"no labelled pages under {folder}", file=sys.stderr)
        return 1
    write_jsonl(INDEX, index)
    write_jsonl(ENRICH_LABELS, enrich)
    outlets = Counter(r["outlet_domain"] for r in index)
    held = {r["outlet_domain"] for r in index if r["split"] == "heldout"}
    print(f"{labelled} pages labelled locally, {len(index) - labelled} kept from the committed index")
    print(f"{len(index)} pages, {len(outlets)} outlets; held out: {len(held)} outlets, "
          f"{sum(r['split'] == 'heldout' for r in index)} pages (minimum {HELDOUT_MIN_OUTLETS} outlets, "
          f"{HELDOUT_MIN_PAGES} pages); markdown: {sum(r['format'] == 'markdown' for r in index)}")
    print(f"wrote {INDEX.relative_to(INDEX.parents[2])} and {ENRICH_LABELS.relative_to(INDEX.parents[2])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
