"""Score the parser on the real-page development corpus.

    chainwire bench realpages [--dir DIR] [--with-url] [--verbose] [--load] [--ids FILE] [--dev-only] [--by-template]

Each page in ``bench/realpages/index.jsonl`` is read from ``<dir>/pages/<id>.txt`` (default
``data/realpages``; see ``bench/realpages/corpus.py``) and parsed as a landing-zone page dump
would be: bytes in, no URL (``--with-url`` adds the page's URL as a sidecar would). Checks per
page, each right or wrong:

* ``title``, ``deck`` (the exact set of lines, without a leading list marker), ``body_start``,
  ``body_end``: normalised text compared through the index's hashes;
* ``published``/``updated``: the labelled instant at the labelled precision (date, minute or
  second; an unlabelled update stamp must come out empty);
* ``dateline``, ``reporters`` (the set of names), ``outlet`` (the outlet's domain, or its name for
  an outlet the registry does not know, named by the brand the page prints; when the
  capture never names its publisher — ``outlet_on_page`` false in the index — "unknown" is the
  right answer; a wrong name is always wrong, and misses are shown as unnamed vs named wrongly);
* ``furniture``: none of the labelled furniture lines is left in the body.

Printed: per field and overall for the development outlets, per outlet, and the
leave-outlet-out split (outlets set aside before rules were written against them).
``--load`` also lands every page as one day in a temporary folder, runs the pipeline
(``chainwire run``) and prints how many were parsed / quarantined / rejected.
Skips with a clear message when the corpus folder is absent.
``--ids FILE`` scores only the pages named in FILE (a ``.jsonl`` of ``{"id": …}`` objects as in
``bench/realpages/batches/``, or one page id per line, ``#`` starting a comment),
e.g. a batch of new outlets scored before any rule is written from it; ``--dev-only`` never parses
a held-out page (rules are written with it on; the held-out aggregate is run apart).
``--by-template`` adds the checks per template family (the CMS the page's URL shows,
``bench/realpages/templates.py``): per field for development pages, one total per family for held-out pages.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))
sys.path.insert(0, str(ROOT / "bench" / "realpages"))

from corpus import DIR_HELP, body_head, corpus_dir, deck_line, load_index, norm, page_path, sha1  # noqa: E402
from templates import template_of  # noqa: E402

from chainwire.extract.dispatch import extract_raw  # noqa: E402
from chainwire.extract.outlets import brand_key, outlet_by_name, outlet_name_for_url  # noqa: E402

FIELDS = ("title", "deck", "published", "updated", "dateline", "reporters", "body_start", "body_end",
          "furniture", "outlet")
LANDING = date(2026, 11, 2)  # pages are dated years earlier: the landing day must not be their source


def _hash_eq(text: str | None, label: dict | None) -> bool:
    t = norm(text)
    return bool(label) and sha1(t) == label["sha1"]


def _parse_label_time(value: str) -> tuple[datetime | date, str]:
    if len(value) == 10:
        return date.fromisoformat(value), "date"
    ts = datetime.fromisoformat(value)
    return ts, ("second" if len(value.split("T")[1].split("+")[0].split("-")[0].rstrip("Z")) > 5 else "minute")


def time_ok(parsed: datetime | None, label: str | None) -> bool:
    if not label:
        return parsed is None
    if parsed is None:
        return False
    want, precision = _parse_label_time(label)
    if precision == "date":
        return parsed.date() == want
    got = parsed.astimezone(want.tzinfo) if want.tzinfo else parsed.replace(tzinfo=None)
    if precision == "minute":
        return got.replace(second=0, microsecond=0) == want.replace(second=0, microsecond=0)
    return got.replace(microsecond=0) == want.replace(microsecond=0)


def _outlet_domain(key: str | None) -> str | None:
    if not key:
        return None
    o = outlet_by_name(key)
    return o.domains[0] if o else key


def outlet_ok(key: str | None, domain: str, name: str | None = None) -> bool:
    """The parser's outlet against the label's: the same domain (a registered key stands for its
    domain; an unregistered key for the registrable name of the domain it came from), or the same
    name — an outlet the registry does not know is named by the brand the page prints
    (``outlets.printed_brand``), compared with the label's ``outlet_name`` in ``outlets.brand_key``'s
    form (marks, legal forms, case, spaces and a leading "The" aside)."""
    got = _outlet_domain(key)
    if not got:
        return False
    if name and brand_key(key) and brand_key(key) == brand_key(name):
        return True
    if "." in got:
        return got == domain or domain.endswith("." + got) or got.endswith("." + domain)
    return got == outlet_name_for_url(f"http://{domain}")


def _name(n: str) -> str:
    return norm(n).removesuffix(" 기자").removesuffix("기자").strip()


def _furniture_left(body: str, items: list[dict]) -> bool:
    if not items:
        return False
    want: dict[int, set[str]] = defaultdict(set)
    for it in items:
        want[it["len"]].add(it["sha1"])
    for n, hashes in want.items():
        for i in range(0, max(0, len(body) - n) + 1):
            if sha1(body[i:i + n]) in hashes:
                return True
    return False


def score_page(rec: dict, art, with_url: bool = False) -> dict[str, bool]:
    """Field → right/wrong for one page (fields the label leaves open are not scored)."""
    out: dict[str, bool] = {}
    body = norm("\n".join(art.paragraphs)) if art else ""
    if rec["title"]:
        out["title"] = bool(art) and _hash_eq(art.title, rec["title"])
    want_deck = sorted(d["sha1"] for d in rec["deck"])
    out["deck"] = bool(art) and sorted(sha1(deck_line(d)) for d in art.subtitle_lines if deck_line(d)) == want_deck
    if rec["published"]:
        out["published"] = bool(art) and art.published_at_source == "page_field" and time_ok(art.published_at, rec["published"])
    out["updated"] = bool(art) and time_ok(art.updated_at, rec["updated"])
    got_dl = norm(art.dateline).lower() if art and art.dateline else None
    out["dateline"] = got_dl == (rec["dateline"].lower() if rec["dateline"] else None)
    out["reporters"] = bool(art) and sorted({_name(r) for r in art.reporters}) == sorted({_name(r) for r in rec["reporters"]})
    if rec["body_start"]:
        n = rec["body_start"]["len"]
        out["body_start"] = sha1(body_head(body)[:n]) == rec["body_start"]["sha1"]
    if rec["body_end"]:
        n = rec["body_end"]["len"]
        out["body_end"] = sha1(body[-n:]) == rec["body_end"]["sha1"]
    out["furniture"] = bool(art) and not _furniture_left(body, rec["furniture"])
    if rec.get("outlet_on_page", True) or with_url:
        out["outlet"] = bool(art) and outlet_ok(art.outlet, rec["outlet_domain"], rec.get("outlet_name"))
    else:  # the capture never names its publisher: "unknown" is right, a guess must still be right
        out["outlet"] = bool(art) and (not art.outlet or outlet_ok(art.outlet, rec["outlet_domain"], rec.get("outlet_name")))
    return out


def parse_pages(index: list[dict], folder: Path, with_url: bool) -> tuple[dict[str, object], tuple[float, float]]:
    """The parsed articles by page id, and the parse's (wall, CPU) seconds."""
    parsed = {}
    t0, c0 = time.perf_counter(), time.process_time()
    for rec in index:
        data = page_path(folder, rec["id"]).read_bytes()
        sidecar = {"url": rec["url"]} if with_url and rec.get("url") else None
        ex = extract_raw(data, f"{rec['id']}.txt", LANDING, sidecar)[0]
        parsed[rec["id"]] = ex.article if ex.error is None else None
    return parsed, (time.perf_counter() - t0, time.process_time() - c0)


def _pct(right: int, total: int) -> str:
    return f"{100.0 * right / total:5.1f}% ({right}/{total})" if total else "   n/a"


def report(index: list[dict], parsed: dict, verbose: bool, with_url: bool = False) -> dict[str, float]:
    by_split: dict[str, Counter] = defaultdict(Counter)
    totals: dict[str, Counter] = defaultdict(Counter)
    per_outlet: dict[str, Counter] = defaultdict(Counter)
    wrong_outlet = Counter()
    for rec in index:
        art = parsed[rec["id"]]
        checks = score_page(rec, art, with_url)
        split = rec["split"]
        for f, ok in checks.items():
            by_split[split][f + ":n"] += 1
            by_split[split][f + ":ok"] += ok
            totals[split]["n"] += 1
            totals[split]["ok"] += ok
            if split == "dev":
                per_outlet[rec["outlet_domain"]]["n"] += 1
                per_outlet[rec["outlet_domain"]]["ok"] += ok
        if not checks["outlet"]:
            wrong_outlet["unknown" if not (art and art.outlet) else "wrong"] += 1
        if verbose and split == "dev":
            bad = [f for f, ok in checks.items() if not ok]
            if bad:
                print(f"  {rec['id']} {rec['outlet_domain']:<24} wrong: {', '.join(bad)}")
    print(f"\n{'field':<12} {'development outlets':>26} {'held-out outlets':>26}")
    for f in FIELDS:
        d, h = by_split["dev"], by_split["heldout"]
        print(f"{f:<12} {_pct(d[f + ':ok'], d[f + ':n']):>26} {_pct(h[f + ':ok'], h[f + ':n']):>26}")
    d, h = totals["dev"], totals["heldout"]
    print(f"{'ALL':<12} {_pct(d['ok'], d['n']):>26} {_pct(h['ok'], h['n']):>26}")
    print(f"\noutlet misses: {wrong_outlet['unknown']} unnamed, {wrong_outlet['wrong']} named wrongly")
    # A rule that raised leaves a half-filled article that still scores: count those pages apart,
    # so a crash is never read as a few wrong fields (the ids only for development pages).
    crashed = {split: [rec["id"] for rec in index if rec["split"] == split and parsed.get(rec["id"]) is not None
                       and parsed[rec["id"]].parser_error] for split in ("dev", "heldout")}
    print(f"parser errors: {len(crashed['dev'])} development, {len(crashed['heldout'])} held-out pages"
          + (f" (development: {', '.join(crashed['dev'])})" if crashed["dev"] else ""))
    print("\nper development outlet (field checks right):")
    for outlet, c in sorted(per_outlet.items(), key=lambda kv: (-kv[1]["n"], kv[0])):
        print(f"  {outlet:<28} {_pct(c['ok'], c['n'])}")
    news = per_outlet.get("newspim.com", Counter())
    return {"dev": d["ok"] / d["n"] if d["n"] else 0.0, "heldout": h["ok"] / h["n"] if h["n"] else 0.0,
            "newspim": news["ok"] / news["n"] if news["n"] else 0.0}


def report_by_template(index: list[dict], parsed: dict, with_url: bool = False) -> None:
    """Per template family (``bench/realpages/templates.py``, read off the URL): the development pages'
    checks per field and overall, and only the held-out total of each family (no held-out field or page)."""
    dev: dict[str, Counter] = defaultdict(Counter)
    held: dict[str, Counter] = defaultdict(Counter)
    outlets: dict[str, set[str]] = defaultdict(set)
    for rec in index:
        family = template_of(rec.get("url"))
        checks = score_page(rec, parsed[rec["id"]], with_url)
        if rec["split"] == "dev":
            c = dev[family]
            c["pages"] += 1
            outlets[family].add(rec["outlet_domain"])
            for f, ok in checks.items():
                c[f + ":n"] += 1
                c[f + ":ok"] += ok
        else:
            held[family]["pages"] += 1
        tally = dev[family] if rec["split"] == "dev" else held[family]
        tally["n"] += len(checks)
        tally["ok"] += sum(checks.values())
    short = {"body_start": "start", "body_end": "end", "furniture": "furn", "reporters": "reprt", "published": "publ",
             "dateline": "dateln"}
    print("\nper template family (development: pages, outlets, per field right/scored, all; held-out: total only):")
    head = " ".join(f"{short.get(f, f):>7}" for f in FIELDS)
    print(f"  {'family':<18} {'pages':>5} {'outl':>4} {head} {'development':>20} {'held-out':>20}")
    for family in sorted(set(dev) | set(held), key=lambda k: (-(dev[k]["pages"] + held[k]["pages"]), k)):
        d, h = dev[family], held[family]
        cells = " ".join(f"{d[f + ':ok']:>3}/{d[f + ':n']:<3}" if d[f + ":n"] else f"{'-':>7}" for f in FIELDS)
        print(f"  {family:<18} {d['pages']:>5} {len(outlets[family]):>4} {cells} {_pct(d['ok'], d['n']):>20} "
              f"{_pct(h['ok'], h['n']):>20}")


def load_as_day(index: list[dict], folder: Path) -> int:
    """Land every page as one day in a temporary folder and run the pipeline on it."""
    with tempfile.TemporaryDirectory(prefix="realpages-day-") as tmp:
        raw = Path(tmp) / "raw" / LANDING.isoformat()
        raw.mkdir(parents=True)
        for rec in index:
            (raw / f"{rec['id']}.txt").write_bytes(page_path(folder, rec["id"]).read_bytes())
        # The pages were just written: no settle window, or every file would wait for the next run.
        env = dict(os.environ, CHAINWIRE_RAW_DIR=str(Path(tmp) / "raw"), CHAINWIRE_DATA_DIR=str(Path(tmp) / "data"),
                   CHAINWIRE_SETTLE_SECONDS="0")
        cli = [sys.executable, "-m", "chainwire", "run", "--date", LANDING.isoformat()]
        env["PYTHONPATH"] = str(ROOT / "include") + os.pathsep + env.get("PYTHONPATH", "")
        run = subprocess.run(cli, env=env, capture_output=True, text=True)
        print(run.stdout[-3000:])
        if run.returncode:
            print(run.stderr[-3000:], file=sys.stderr)
        q = subprocess.run([sys.executable, "-m", "chainwire", "sql", "--format", "json",
                            "select status, count(*) as n from core.raw_files group by 1 order by 1"],
                           env=env, capture_output=True, text=True)
        rows = json.loads(q.stdout or "[]") if q.returncode == 0 else []
        counts = {r["status"]: r["n"] for r in rows}
        total = sum(counts.values())
        held = counts.get("quarantined", 0) + counts.get("rejected", 0)
        print(f"landing day of {len(index)} real pages: exit {run.returncode}; raw_files {counts}; "
              f"quarantined or rejected {_pct(held, total)}")
        return run.returncode


def read_ids(path: Path) -> set[str]:
    """Page ids listed in a file: a ``.jsonl`` file's ``"id"`` values (``bench/realpages/batches/``; an
    object without one is a note), else one id per line, ``#`` starting a comment, blank lines ignored."""
    ids = set()
    if path.suffix == ".jsonl":
        rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        return {row["id"] for row in rows if "id" in row}
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            ids.add(word)
    return ids


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", help=DIR_HELP)
    ap.add_argument("--with-url", action="store_true", help="give the parser each page's URL, as a sidecar would")
    ap.add_argument("--verbose", action="store_true", help="list the wrong fields of each development page")
    ap.add_argument("--load", action="store_true", help="also run the pipeline on the pages as one landing day")
    ap.add_argument("--ids", metavar="FILE", help="score only the page ids listed in FILE (.jsonl of {\"id\": ...}, or one per line, # comments)")
    ap.add_argument("--dev-only", action="store_true", help="leave the held-out pages out (never parsed)")
    ap.add_argument("--by-template", action="store_true",
                    help="also print the checks per template family of the URL (bench/realpages/templates.py); "
                         "held-out pages only as one total per family")
    args = ap.parse_args(argv)
    folder = corpus_dir(args.dir)
    index = load_index()
    if args.ids:
        wanted = read_ids(Path(args.ids))
        unknown = wanted - {r["id"] for r in index}
        if unknown:
            print(f"note: {len(unknown)} id(s) of {args.ids} are not in the index: {', '.join(sorted(unknown))}")
        index = [r for r in index if r["id"] in wanted]
    if args.dev_only:
        index = [r for r in index if r["split"] == "dev"]
    if not index:
        print("bench realpages: no indexed page to score (bench/realpages/index.jsonl empty or filtered out)")
        return 0
    present = [r for r in index if page_path(folder, r["id"]).exists()]
    if not present:
        print(f"SKIPPED: the real-page corpus is not at {folder} (page text is never committed; rebuild it as "
              "README 'Real-page corpus' says, then check it with bench/realpages/check_corpus.py)")
        return 0
    if len(present) < len(index):
        print(f"note: {len(index) - len(present)} of {len(index)} indexed pages are missing from {folder}; scoring the rest")
    outlets = {r["outlet_domain"] for r in present}
    held = {r["outlet_domain"] for r in present if r["split"] == "heldout"}
    print(f"real pages: {len(present)} pages, {len(outlets)} outlets "
          f"(held out: {len(held)} outlets, {sum(r['split'] == 'heldout' for r in present)} pages)"
          f"{'; URL given' if args.with_url else '; no URL (page text only)'}")
    parsed, (seconds, cpu_seconds) = parse_pages(present, folder, args.with_url)
    figures = report(present, parsed, args.verbose, args.with_url)
    if args.by_template:
        report_by_template(present, parsed, args.with_url)
    def share(key: str, scored: bool) -> str:
        return f"{100 * figures[key]:.1f}%" if scored else "not scored"

    print(f"\nfield checks right: development {share('dev', any(r['split'] == 'dev' for r in present))} (target 97%), "
          f"Newspim {share('newspim', any(r['outlet_domain'] == 'newspim.com' for r in present))} (target 99%), "
          f"leave-outlet-out {share('heldout', bool(held))} (target 92%)")
    print(f"parse: {len(present) / seconds:,.0f} pages/s on one core ({seconds:.2f} s wall), "
          f"{len(present) / cpu_seconds:,.0f} pages per CPU-second ({cpu_seconds:.2f} s CPU)")
    if args.load:
        return load_as_day(present, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
