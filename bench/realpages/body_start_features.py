"""Features of the lines around where the generic parser starts a story, for a small learned model of
the body's first line (issue #12, session 16; ``train_body_start_model.py`` trains and judges it).

The generic parser (``include/chainwire/extract/generic.py``) cuts a page into lines (``items``) and picks
the line the story starts on (``start``: a lead byline, else the first paragraph under the head's markers,
then a few shape rules). The candidates are the lines from ``BEFORE`` lines above the rules' choice to
``AFTER`` lines below it (never past the story's end marker, chrome lines left out). Each is described by
numbers about the line itself (length against the page's median paragraph, scripts, sentence endings,
brackets and leads, the parser's own predicates: chrome, caption, stamp, byline, paragraph, headline
shape), about its neighbours (a stamp, byline, caption or image line right above it; a paragraph under
it), about where it sits (after the last head marker, paragraphs already passed) and, in the stacked
form, about the rules' choice (the same line, above or below it).

Plain Python (no numpy): a page has a dozen candidates.
"""

from __future__ import annotations

import math
import re
from statistics import median

from chainwire.extract import generic as g
from chainwire.extract.bylines import parse_lead, parse_signature
from chainwire.extract.stamps import bare_stamp

BEFORE, AFTER = 3, 8  # candidates: the rules' start - BEFORE … the rules' start + AFTER (end excluded)

_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
_LATIN_RE = re.compile(r"[A-Za-z]")
_DIGIT_RE = re.compile(r"[0-9]")
_KO_BREAK_RE = re.compile(r"[가-힣]다\.\s+\S")  # a Korean sentence closing inside the line
_IMAGE_RE = re.compile(r"!\[|\]\(https?:|\.(?:jpe?g|png|gif|webp)\b", re.I)
_OPEN = "[(（【<〈《「『"
_QUOTES = "\"“‘'"
_LEAD_GUARD_RE = re.compile(r"^[\[(（【]|=|\s[-–—]\s|--|—|:\s")
_CREDIT_RE = re.compile(r"[ⓒ©]|사진\s*=|\bphoto\b|\bcourtesy\b|\bcredit\b|\bimage\b|\bfile\b|캡처|제공", re.I)
_CAPS_TAIL_RE = re.compile(r"[\[(][A-Z0-9 /.&-]{2,30}[\])]\.?$")
_WORD_RE = re.compile(r"[\w가-힣]{2,}")


class LineFacts:
    """What the parser's predicates say of one line (computed once per line)."""

    __slots__ = ("text", "chrome", "caption", "marker", "byline", "para", "full", "head", "title", "image",
                 "lead", "end")

    def __init__(self, page, s: str) -> None:
        en = page.en
        self.text = s
        self.chrome = page.is_chrome(s)
        self.caption = page.caption(s) not in (None, False)
        self.marker = bool(page.stamps(s)[0]) or bare_stamp(s, en) is not None
        sig = parse_signature(s) if len(s) <= 140 and ("기자" in s or s[:3] in ("By ", "BY ") or "@" in s
                                                       or "특파원" in s) else None
        self.byline = sig is not None and bool(sig.reporters)
        self.para = g._paragraph_like(s, en)
        self.full = g._full_paragraph(s, en)
        self.head = g._head_shaped(s, en)
        self.title = page.title_like(s) if len(s) <= 200 else False
        self.image = bool(_IMAGE_RE.search(s)) if len(s) <= 600 else False
        lead = parse_lead(s) if _LEAD_GUARD_RE.search(s[:90]) else None
        self.lead = lead is not None and bool(lead.rest)
        self.end = g.full_stop(s) if en else bool(g._SENTENCE_END_RE.search(s))


def _words(s: str) -> set[str]:
    return {w[:4].lower() for w in _WORD_RE.findall(s)}


def _own(f: LineFacts, med: float, counts: dict[str, int], later: str, prev: str, nxt: str,
         headline: set[str]) -> list[float]:
    s = f.text
    n = max(len(s), 1)
    words = _words(s)
    return [
        1.0 if len(s) >= 20 and (nxt == s or nxt.startswith(s)) else 0.0,  # an image's alt text over its caption
        1.0 if len(prev) >= 20 and (prev == s or s.startswith(prev)) else 0.0,
        1.0 if _CREDIT_RE.search(s) else 0.0,
        1.0 if _CAPS_TAIL_RE.search(s) else 0.0,
        len(words & headline) / max(len(words), 1),
        min(len(nxt) / n, 4.0) / 4.0,
        1.0 if 0 < len(nxt) <= 40 and not g.full_stop(nxt) else 0.0,  # a credit or a label under it
        1.0 if 0 < len(prev) <= 40 and not g.full_stop(prev) else 0.0,
        math.log1p(len(s)) / 6.0,
        1.0 if len(s) < 20 else 0.0,
        1.0 if len(s) >= 80 else 0.0,
        1.0 if len(s) >= 200 else 0.0,
        min(len(s) / med, 3.0) / 3.0,
        len(_HANGUL_RE.findall(s)) / n,
        len(_LATIN_RE.findall(s)) / n,
        len(_DIGIT_RE.findall(s)) / n,
        1.0 if f.end else 0.0,
        1.0 if (g._EN_SENTENCE_BREAK_RE.search(s) or _KO_BREAK_RE.search(s)) else 0.0,
        1.0 if s[:1] in _OPEN else 0.0,
        1.0 if "=" in s[:40] else 0.0,
        1.0 if f.lead else 0.0,
        1.0 if s[:1] in _QUOTES else 0.0,
        1.0 if s[-1:] == ":" else 0.0,
        1.0 if s[-1:] in "?!" else 0.0,
        1.0 if f.caption else 0.0,
        1.0 if f.marker else 0.0,
        1.0 if f.byline else 0.0,
        1.0 if f.para else 0.0,
        1.0 if f.full else 0.0,
        1.0 if f.head else 0.0,
        1.0 if f.title else 0.0,
        1.0 if f.image else 0.0,
        1.0 if counts.get(s, 0) > 1 else 0.0,
        1.0 if len(s) >= 30 and s[:30] in later else 0.0,  # a later line repeats its opening (a standfirst echoed)
    ]


OWN = 34
PREV = 8
NEXT = 5
PLACE = 6
RULE = 6


def _prev(f: LineFacts | None) -> list[float]:
    if f is None:
        return [0.0] * PREV
    return [1.0 if x else 0.0 for x in (f.marker, f.byline, f.caption, f.chrome, f.image, f.para, f.title, f.head)]


def _next(f: LineFacts | None) -> list[float]:
    if f is None:
        return [0.0] * NEXT
    return [1.0 if x else 0.0 for x in (f.para, f.full, f.caption, f.marker, f.image)]


def candidates(page, items: list[str], start: int, end: int) -> tuple[list[int], list[list[float]], list[list[float]]]:
    """The candidate lines' indices, their rows without the rules' choice, and the rules' columns for them
    (the rules' start is always a candidate)."""
    lo, hi = max(0, start - BEFORE), min(end, start + AFTER + 1)
    facts: dict[int, LineFacts] = {}

    def fact(k: int) -> LineFacts:
        f = facts.get(k)
        if f is None:
            f = facts[k] = LineFacts(page, items[k])
        return f

    ks = [k for k in range(lo, hi) if k == start or not fact(k).chrome]
    paras = [len(items[k]) for k in range(start, min(end, start + 30)) if g._paragraph_like(items[k], page.en)]
    med = float(median(paras)) if paras else 100.0
    window = items[max(0, lo - 2):min(len(items), hi + 12)]
    counts: dict[str, int] = {}
    for s in window:
        counts[s] = counts.get(s, 0) + 1
    # the last stamp / byline above each candidate (the head's markers) and the paragraphs since
    last_marker = None
    for k in range(max(0, lo - 12), lo):
        f = fact(k)
        if f.marker or f.byline:
            last_marker = k
    head = next((items[k] for k in range(start - 1, max(-1, start - 15), -1) if fact(k).title and not fact(k).para), "")
    headline = _words(head)
    rows: list[list[float]] = []
    rule_rows: list[list[float]] = []
    paras_since = 0
    paras_before = 0
    k_prev = lo
    for k in ks:
        for j in range(k_prev, k):
            f = fact(j)
            if f.marker or f.byline:
                last_marker, paras_since = j, 0
            elif f.para:
                paras_since += 1
                paras_before += 1
        k_prev = k
        f = fact(k)
        later = "\n".join(items[k + 1:min(end, k + 40)])
        above = k - 1
        while above >= 0 and fact(above).chrome and k - above < 4:
            above -= 1
        below = k + 1 if k + 1 < end else None
        dist = (k - last_marker) if last_marker is not None else 12
        place = [
            1.0 if last_marker is not None else 0.0,
            min(dist, 12) / 12.0,
            1.0 if last_marker is not None and paras_since == 0 else 0.0,
            min(paras_before, 4) / 4.0,
            1.0 if k == ks[0] else 0.0,
            1.0 if page.en else 0.0,
        ]
        prev_s = items[k - 1] if k > 0 else ""
        next_s = items[k + 1] if k + 1 < end else ""
        rows.append([1.0, *_own(f, med, counts, later, prev_s, next_s, headline), *_prev(fact(above) if above >= 0 else None),
                     *_next(fact(below) if below is not None else None), *place])
        d = k - start
        rule_rows.append([1.0 if d == 0 else 0.0, 1.0 if d < 0 else 0.0, 1.0 if d == 1 else 0.0,
                          1.0 if d == 2 else 0.0, 1.0 if d > 2 else 0.0, max(-3, min(8, d)) / 8.0])
    return ks, rows, rule_rows


WIDTH = 1 + OWN + PREV + NEXT + PLACE


def softmax_scores(weights: list[float], rows: list[list[float]]) -> list[float]:
    """A conditional logit over one page's candidates: P(candidate is the start)."""
    z = [sum(w * x for w, x in zip(weights, row, strict=True)) for row in rows]
    top = max(z)
    e = [math.exp(v - top) for v in z]
    total = sum(e)
    return [v / total for v in e]
