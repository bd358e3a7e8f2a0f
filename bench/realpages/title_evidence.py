"""How often each kind of layout-free headline evidence is present on a real page, and how often it is right.

    PYTHONPATH=include python bench/realpages/title_evidence.py [--dir data/realpages]

A headline can be recognised without knowing the site's layout family: it is printed twice (the page's own
title line and the article's), set right above the stamp / byline block, and it sums up the story (it shares
words with the lead paragraph). (A copy decorated with the outlet's name, "제목 | 매체", is the parser's own rule,
``generic.signed_title``: it asks for the brand printed again where the page names its publisher.) Before a rule
is built on one of these, this probe counts, on the development pages that label a headline (held-out pages
and the pages of the blind batches — ``batches/*-B.jsonl``, ``h3-*-D/E.jsonl`` — are never read), on how
many pages each kind of evidence names a candidate ("present") and on how many that candidate is the
labelled headline ("right"), beside the parser's own figure on the same pages, and how many of the parser's
misses the evidence would have got right. Each kind is scored alone, on the page's lines as captured.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "include"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DIR_HELP, HERE, corpus_dir, dev_pages, norm, page_path, sha1  # noqa: E402

from chainwire.extract.bylines import parse_signature  # noqa: E402
from chainwire.extract.dispatch import extract_raw  # noqa: E402
from chainwire.extract.stamps import bare_stamp, scan_stamps  # noqa: E402

LANDING = date(2026, 11, 2)
HEAD_LINES = 40  # the lines searched for a headline (the story's top; menus above it included)
MIN_HEADLINE = 8  # characters: shorter lines are labels, never headlines
LEAD_CHARS = 400  # the story's opening the headline is compared with
BLIND_BATCHES = ("*-B.jsonl", "h3-*-D.jsonl", "h3-*-E.jsonl")
_WORD_RE = re.compile(r"[가-힣]{2,}|[A-Za-z]{3,}|\d+")


def blind_ids() -> set[str]:
    ids: set[str] = set()
    for pattern in BLIND_BATCHES:
        for path in (HERE / "batches").glob(pattern):
            for line in path.read_text(encoding="utf-8").splitlines():
                rec = json.loads(line) if line.strip() else {}
                if "id" in rec:
                    ids.add(rec["id"])
    return ids


def marker(line: str, english: bool) -> bool:
    """A stamp or byline line: the block a headline sits right above."""
    if scan_stamps(line, english)[0] or bare_stamp(line, english) is not None:
        return True
    sig = parse_signature(line) if len(line) <= 140 else None
    return sig is not None and bool(sig.reporters)


def words(text: str) -> set[str]:
    return {w.lower() for w in _WORD_RE.findall(text)}


def candidates(lines: list[str], lead: str, english: bool) -> dict[str, str | None]:
    head = [s for s in lines[:HEAD_LINES] if len(s) >= MIN_HEADLINE]
    counts = Counter(lines)
    out: dict[str, str | None] = {}
    out["printed twice"] = next((s for s in head if counts[s] > 1), None)
    first = next((k for k, s in enumerate(lines[:HEAD_LINES]) if marker(s, english)), None)
    above = None
    if first is not None:
        above = next((s for s in reversed(lines[:first]) if len(s) >= MIN_HEADLINE and not marker(s, english)), None)
    out["right above the stamp/byline"] = above
    lw = words(lead)
    best, share = None, 0.0
    for s in head:
        if lead.startswith(s[:40]):
            break  # the story itself begins: no headline below this line
        w = words(s)
        if len(w) >= 2 and len(w & lw) / len(w) > share:
            best, share = s, len(w & lw) / len(w)
    out["shares most words with the lead"] = best if share >= 0.3 else None
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", help=DIR_HELP)
    args = ap.parse_args(argv)
    folder = corpus_dir(args.dir)
    blind = blind_ids()
    pages = [r for r in dev_pages(folder) if r["title"] and r["id"] not in blind]
    if not pages:
        print(f"SKIPPED: no development pages under {folder}")
        return 0
    present: Counter[str] = Counter()
    right: Counter[str] = Counter()
    rescued: Counter[str] = Counter()
    parser_right = 0
    for rec in pages:
        data = page_path(folder, rec["id"]).read_bytes()
        art = extract_raw(data, "probe.txt", LANDING, None)[0].article
        ok = bool(art and art.title) and sha1(norm(art.title)) == rec["title"]["sha1"]
        parser_right += ok
        lines = [norm(s) for s in data.decode("utf-8", "replace").splitlines() if norm(s)]
        lead = norm(" ".join(art.paragraphs[:2]))[:LEAD_CHARS] if art else ""
        for kind, cand in candidates(lines, lead, rec["language"] == "en").items():
            if cand is None:
                continue
            present[kind] += 1
            hit = sha1(cand) == rec["title"]["sha1"]
            right[kind] += hit
            rescued[kind] += hit and not ok
    n = len(pages)
    print(f"development pages with a labelled headline, blind batches left out: {n}")
    print(f"  parser                                  right {parser_right:4d} ({100.0 * parser_right / n:.1f} %)")
    for kind in present:
        p, r = present[kind], right[kind]
        print(f"  {kind:38s}  present {p:4d} ({100.0 * p / n:5.1f} %)  right {r:4d} ({100.0 * r / p:5.1f} % of present)"
              f"  right where the parser is wrong: {rescued[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
