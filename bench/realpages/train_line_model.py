#!/usr/bin/env python3
"""Train and judge the head-line classifier (title / deck / other), issue #12.

    python bench/realpages/train_line_model.py            # CV table + write the model file
    python bench/realpages/train_line_model.py --no-write # CV table only

Data: the **development** pages of the real-page corpus (``split == "dev"`` in the index; held-out
pages are never read) and generated pages of every layout (``chainwire_synth``, truth known). Each
page is parsed by the real parser; the head lines its generic profile hands to the title/deck rules
(``title_and_deck``) are recorded with the rules' choice, and labelled title / deck / other from
the index's hashes (the corpus module's normal form).

Judged by leave-outlets-out cross-validation on the development pages: the development outlets
fall into 10 folds by a hash of their domain; for each fold a model is trained on the other folds'
outlets plus all generated pages and scored on that fold's pages (outlets it never saw), per field, as ``chainwire bench realpages`` scores them (title: the same
text; deck: exactly the same set of lines). Rows: the rules alone; the model alone (no rule
features); the model stacked on the rules (the rules' choice as features); the rules overridden
only where the model-alone is confident (fixed thresholds, not tuned). Fixed seeds, full-batch
training: the run is reproducible.

The script reads the parser's private ``_Page.title_and_deck`` to record what it sees; it is a
measuring tool outside the package and changes nothing in the parser.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "include"))
sys.path.insert(0, str(HERE))
# This tool hooks the parser's internals, which only its pure-Python modules take (the compiled parser, `make
# native`, calls its own functions directly): chainwire.extract.native runs the pure modules under this switch.
os.environ.setdefault("CHAINWIRE_PURE_PARSER", "1")

import line_features as lm  # noqa: E402
from corpus import corpus_dir, deck_line, load_index, norm, page_path, sha1  # noqa: E402

from chainwire.extract import generic  # noqa: E402
from chainwire.extract.dispatch import extract_raw  # noqa: E402

LANDING = date(2026, 11, 2)
SEED = 12
SYNTH_DAYS, SYNTH_PER_DAY = 3, 24
L2 = 1e-2
STEPS = 400
FOLDS = 10  # outlets per fold: about a tenth of the development outlets, none seen in training
OVERRIDE_TITLE_P = 0.8  # rules overridden: the model-alone's line has P(title) >= this
OVERRIDE_RULE_P = 0.2  # ... and the rules' line has P(title) < this


# ------------------------------------------------------------------ recording the parser's head

class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[list, tuple, object, list[str]]] = []
        self.items: list[str] = []
        self.page_cls = generic._Page
        self.orig = self.page_cls.title_and_deck
        # the page's lines as the head walk sees them: after each step that rewrites them (the last one wins)
        self.orig_fns = {name: getattr(generic, name)
                         for name in ("_name_widget_images", "join_script_fragments", "_past_portal_summary")}

    def __enter__(self):
        rec, orig = self, self.orig

        def wrapped(page, content):
            out = orig(page, content)
            rec.calls.append((list(content), out, page, rec.items))
            return out

        def keep(fn):
            def kept(*a, **kw):
                rec.items = list(fn(*a, **kw))
                return rec.items
            return kept

        self.page_cls.title_and_deck = wrapped
        for name, fn in self.orig_fns.items():
            setattr(generic, name, keep(fn))
        return self

    def __exit__(self, *exc):
        self.page_cls.title_and_deck = self.orig
        for name, fn in self.orig_fns.items():
            setattr(generic, name, fn)


WIDE = 4  # lines below the head that are candidates too (a head cut too early)
MAX_LINES = 60


def head_of(content, out, page, items) -> tuple[list[lm.HeadLine], int | None, frozenset[int]]:
    """Candidates: every line of the page from its top to WIDE lines below the rules' head, each with
    what the parser made of it (content, chrome, stamp/byline, set aside, below the head)."""
    rules_title, rules_deck = out
    deck_norm = {deck_line(d) for d in rules_deck}
    status: dict[int, int] = {}
    for k, s in content:
        status[k] = 1 if s is None else 2 if s[:1] == "\x00" else 0
    first_marker = min((k for k, v in status.items() if v == 2), default=None)
    barriers = frozenset(k for k, v in status.items() if v == 1)
    head_end = max(status, default=-1) + 1
    lines: list[lm.HeadLine] = []
    title_done = False
    for k in range(min(len(items), head_end + WIDE, MAX_LINES)):
        s = items[k]
        st = status.get(k, 3 if k < head_end else 4)
        is_title = False
        if st == 0 and rules_title and not title_done and (s == rules_title or rules_title in s):
            is_title = title_done = True
        lines.append(lm.HeadLine(s, k, page.title_like(s), page.deck_like(s), is_title,
                                 st == 0 and deck_line(s) in deck_norm and not is_title, st))
    return lines, first_marker, barriers


def page_record(group: str, data: bytes, name: str, title_sha: str | None, deck_shas: list[str],
                split: str) -> dict | None:
    with Recorder() as r:
        ex = extract_raw(data, name, LANDING, None)[0]
    art = ex.article if ex.error is None else None
    rec = {"group": group, "split": split, "title_sha": title_sha, "deck_shas": sorted(deck_shas),
           "final_title": art.title if art else None,
           "final_deck": list(art.subtitle_lines) if art else [], "head": None}
    if r.calls:
        content, out, page, items = r.calls[-1]
        lines, fm, barriers = head_of(content, out, page, items)
        labels = []
        for h in lines:
            t = norm(h.text)
            if title_sha and (sha1(t) == title_sha or (h.rule_title and sha1(norm(out[0])) == title_sha)):
                labels.append(1)
            elif sha1(deck_line(h.text)) in deck_shas:
                labels.append(2)
            else:
                labels.append(0)
        rec["head"] = {"lines": lines, "first_marker": fm, "barriers": barriers, "labels": labels,
                       "rules_title": out[0], "rules_deck": list(out[1])}
    return rec


def real_pages(folder: Path) -> list[dict]:
    out = []
    for rec in load_index():
        if rec["split"] != "dev":
            continue  # held-out pages are never read
        path = page_path(folder, rec["id"])
        if not path.exists():
            continue
        title = rec["title"]["sha1"] if rec["title"] else None
        out.append(page_record(rec["outlet_domain"], path.read_bytes(), f"{rec['id']}.txt", title,
                               [d["sha1"] for d in rec["deck"]], "dev"))
    return out


def synth_pages() -> list[dict]:
    from chainwire_synth.generator import iter_pages
    from chainwire_synth.layouts import SHAPE_LAYOUTS

    out = []
    mix = "all," + ",".join(SHAPE_LAYOUTS)
    for ref, text, truth in iter_pages(SYNTH_DAYS, SYNTH_PER_DAY, SEED, outlets=mix):
        title = sha1(norm(truth.title)) if truth.title else None
        decks = [sha1(deck_line(d)) for d in truth.subtitle_lines if deck_line(d)]
        out.append(page_record(f"synth:{ref.layout}", text.encode("utf-8"), f"{ref.name}.txt", title, decks,
                               "synth"))
    return out


# ------------------------------------------------------------------ model

def matrix(pages: list[dict], with_rules: bool) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for p in pages:
        h = p["head"]
        if not h or not h["lines"]:
            continue
        xs += lm.features(h["lines"], h["first_marker"], h["barriers"], with_rules)
        ys += h["labels"]
    return np.asarray(xs, dtype=float), np.asarray(ys, dtype=int)


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Multinomial logistic regression, L2 (not on the bias), full-batch Adam from zeros: deterministic."""
    k, d = len(lm.CLASSES), x.shape[1]
    w = np.zeros((k, d))
    onehot = np.eye(k)[y]
    # classes weighted inversely to their frequency: a head has one title and few deck lines
    cw = len(y) / (k * np.maximum(np.bincount(y, minlength=k), 1))
    sw = cw[y][:, None]
    m, v = np.zeros_like(w), np.zeros_like(w)
    reg = np.ones(d)
    reg[0] = 0.0
    for t in range(1, STEPS + 1):
        z = x @ w.T
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = ((p - onehot) * sw).T @ x / len(y) + L2 * w * reg
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= 0.05 * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return w


def predict(w: np.ndarray, page: dict, with_rules: bool) -> np.ndarray:
    h = page["head"]
    x = np.asarray(lm.features(h["lines"], h["first_marker"], h["barriers"], with_rules), dtype=float)
    z = x @ w.T
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)


def decode(page: dict, p: np.ndarray) -> tuple[str | None, list[str]]:
    """Title: the line most likely a title; deck: the lines after it whose likeliest class is deck."""
    h = page["head"]
    lines = h["lines"]
    j = int(np.argmax(p[:, 1]))
    title = h["rules_title"] if lines[j].rule_title else lines[j].text
    deck = [lines[i].text for i in range(j + 1, len(lines)) if int(np.argmax(p[i])) == 2]
    return title, deck


def override(page: dict, p: np.ndarray) -> tuple[str | None, list[str]]:
    h = page["head"]
    lines = h["lines"]
    j = int(np.argmax(p[:, 1]))
    rule = next((i for i, ln in enumerate(lines) if ln.rule_title), None)
    if not lines[j].rule_title and p[j, 1] >= OVERRIDE_TITLE_P and (rule is None or p[rule, 1] < OVERRIDE_RULE_P):
        return lines[j].text, h["rules_deck"]
    return h["rules_title"], h["rules_deck"]


def final(page: dict, head_out: tuple[str | None, list[str]] | None) -> tuple[str | None, list[str]]:
    """The article's title and deck with the head's choice swapped in where the parser kept the rules' own."""
    t, d = page["final_title"], page["final_deck"]
    h = page["head"]
    if head_out is None or h is None:
        return t, d
    if t == h["rules_title"]:
        t = head_out[0]
    if d == h["rules_deck"]:
        d = head_out[1]
    return t, d


def score(page: dict, title: str | None, deck: list[str]) -> tuple[int | None, int]:
    t_ok = None if page["title_sha"] is None else int(bool(title) and sha1(norm(title)) == page["title_sha"])
    d_ok = int(sorted(sha1(deck_line(x)) for x in deck if deck_line(x)) == page["deck_shas"])
    return t_ok, d_ok


# ------------------------------------------------------------------ CV

def fold_of(outlet: str) -> int:
    return int(sha1(f"line-model-fold:{outlet}"), 16) % FOLDS


def cross_validate(dev: list[dict], synth: list[dict]) -> dict[str, list[int]]:
    """Leave-outlets-out over the development outlets (each outlet wholly in one of FOLDS folds, fixed by
    its domain's hash): per method, [title ok, title n, deck ok, deck n, titles fixed and broken against
    the rules, decks fixed and broken]."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0] * 8)
    fits = {}
    for f in range(FOLDS):
        train = [p for p in dev if fold_of(p["group"]) != f] + synth
        test = [p for p in dev if fold_of(p["group"]) == f]
        for wr in (False, True):
            x, y = matrix(train, wr)
            fits[wr] = fit(x, y)
        for p in test:
            outs = {"rules only": None}
            if p["head"] and p["head"]["lines"]:
                alone = predict(fits[False], p, False)
                outs["model only"] = decode(p, alone)
                outs["rules + model (stacked)"] = decode(p, predict(fits[True], p, True))
                outs["rules, model overrides title"] = override(p, alone)
            base = score(p, *final(p, None))
            for name in ("rules only", "model only", "rules + model (stacked)", "rules, model overrides title"):
                t_ok, d_ok = score(p, *final(p, outs.get(name)))
                row = tally[name]
                if t_ok is not None:
                    row[0] += t_ok
                    row[1] += 1
                    row[4] += int(t_ok > (base[0] or 0))
                    row[5] += int(t_ok < (base[0] or 0))
                row[2] += d_ok
                row[3] += 1
                row[6] += int(d_ok > base[1])
                row[7] += int(d_ok < base[1])
    return tally


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", help="the corpus folder (default data/realpages)")
    ap.add_argument("--no-write", action="store_true", help="print the CV table only")
    args = ap.parse_args(argv)
    folder = corpus_dir(args.dir)
    if not (folder / "pages").is_dir():
        print(f"SKIPPED: no corpus folder at {folder}")
        return 0
    t0 = time.process_time()
    dev = real_pages(folder)
    synth = synth_pages()
    heads = sum(1 for p in dev if p["head"])
    lines = sum(len(p["head"]["lines"]) for p in dev if p["head"])
    print(f"development pages {len(dev)} ({len({p['group'] for p in dev})} outlets, {heads} with a generic head, "
          f"{lines} head lines); generated pages {len(synth)}")
    reach_t = sum(1 for p in dev if p["title_sha"] and p["head"] and 1 in p["head"]["labels"])
    print(f"labelled titles found among the head lines: {reach_t} of {sum(1 for p in dev if p['title_sha'])}")
    tally = cross_validate(dev, synth)
    print("\nleave-outlets-out CV (10 folds by outlet) on development pages (title: same text; deck: same set of lines)")
    print(f"{'method':32s} {'title':>16s} {'deck':>16s}   against the rules: titles +fixed/-broken, decks")
    for name, (to, tn, do, dn, tf, tb, df, db) in tally.items():
        print(f"{name:32s} {to:4d}/{tn:<4d} {100 * to / max(tn, 1):5.1f}% {do:4d}/{dn:<4d} {100 * do / max(dn, 1):5.1f}%"
              f"   +{tf}/-{tb}, +{df}/-{db}")
    print(f"\nCPU {time.process_time() - t0:.1f} s")
    if not args.no_write:
        figures = {name: {"title": r[0:2], "deck": r[2:4], "title_fixed_broken": r[4:6], "deck_fixed_broken": r[6:8]}
                   for name, r in tally.items()}
        out = {}
        for wr, key in ((False, "alone"), (True, "stacked")):
            x, y = matrix(dev + synth, wr)
            out[key] = np.round(fit(x, y), 5).tolist()
        model = {"classes": list(lm.CLASSES), "weights": out,
                 "training": {"dev_pages": len(dev), "dev_outlets": len({p["group"] for p in dev}),
                              "synth_pages": len(synth), "seed": SEED, "l2": L2, "steps": STEPS,
                              "cv_leave_outlets_out_10_folds": figures}}
        lm.MODEL_PATH.write_text(json.dumps(model, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {lm.MODEL_PATH.relative_to(ROOT)} ({lm.MODEL_PATH.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
