"""Numeric anchors (amounts, percentages, tonnages in one language-neutral form) and the
translation-notice links: the evidence for AI translations, whose text shares no characters
with their original."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import timedelta
from functools import lru_cache

import numpy as np

from chainwire.dedup.params import DEFAULT_PARAMS, RANK, DedupParams
from chainwire.dedup.records import DedupDoc, Edge
from chainwire.identity import normalize_url

normalized_url = lru_cache(maxsize=1 << 18)(normalize_url)  # URLs repeat across a window

# Korean amounts: up to three "number + 조/억/만" pieces (3조5000억), then the unit.
_KO_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?\s?(?:[조억만]\s?(?:\d[\d,]*(?:\.\d+)?\s?[억만]\s?)?"
                        r"(?:\d[\d,]*\s?만\s?)?)?(?:원|달러|톤|t(?![a-z]))")  # no group first: sre scans fast
_KO_PIECE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?([조억만]?)")
_KO_SCALE = {"조": 10 ** 12, "억": 10 ** 8, "만": 10 ** 4, "": 1}
_KO_KIND = {"원": "won", "달러": "usd", "톤": "ton", "t": "ton"}
_PCT = re.compile(r"\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b|퍼센트)(?!\s?포인트|\s?p)")
_LEAD_NUM = re.compile(r"\d+(?:\.\d+)?")
_EN_SCALE = {"trillion": 10 ** 12, "billion": 10 ** 9, "million": 10 ** 6, "thousand": 10 ** 3}
_EN_WON = re.compile(r"(?:(?:KRW|₩)\s?(\d[\d.,]*)\s?(trillion|billion|million|thousand)?"
                     r"|(\d[\d.,]*)\s?(trillion|billion|million|thousand)?\s?(?:Korean\s)?won\b)", re.I)
_EN_USD = re.compile(r"(?:(?:US)?\$\s?(\d[\d.,]*)\s?(trillion|billion|million|thousand)?"
                     r"|(\d[\d.,]*)\s?(trillion|billion|million|thousand)?\s?(?:US\s)?dollars\b)", re.I)
_EN_TON = re.compile(r"(\d[\d.,]*)\s?(million|thousand)?\s?(?:metric\s)?tons?\b", re.I)
_MIN_VALUE = {"won": 10 ** 8, "usd": 10 ** 4, "ton": 100}


def _num(s: str | None) -> float:
    s = (s or "").replace(",", "").rstrip(".")
    try:
        return float(s) if s else 0.0
    except ValueError:
        return 0.0


def _en_value(num: str | None, scale: str | None) -> int:
    return round(_num(num) * _EN_SCALE.get((scale or "").lower(), 1))


def numeric_anchors(text: str | None) -> frozenset[tuple[str, str]]:
    """Amounts (won, US dollars), percentages and tonnages as language-neutral tokens.

    ``3조5000억원``, ``KRW 3.5 trillion`` and ``3.5 trillion won`` all give ("won", "3500000000000").
    Years, days and small counts are left out: they are shared by unrelated articles.
    """
    if not text:
        return frozenset()
    text = unicodedata.normalize("NFKC", text)
    found: list[tuple[str, int]] = []
    for m in _KO_AMOUNT.finditer(text):
        g = m.group(0)
        unit = "달러" if g.endswith("달러") else g[-1]
        v = sum(_num(p.group(1)) * _KO_SCALE[p.group(2)] for p in _KO_PIECE.finditer(g))
        found.append((_KO_KIND[unit], round(v)))
    low = text.lower()
    for rx, kind, keys in ((_EN_WON, "won", ("won", "krw", "₩")), (_EN_USD, "usd", ("$", "dollar"))):
        if any(k in low for k in keys):  # cheap pre-check: most Korean bodies have none
            for m in rx.finditer(text):
                found.append((kind, _en_value(m.group(1) or m.group(3), m.group(2) or m.group(4))))
    if "ton" in low:
        for m in _EN_TON.finditer(text):
            found.append(("ton", _en_value(m.group(1), m.group(2))))
    out = {(k, str(v)) for k, v in found if v >= _MIN_VALUE[k]}
    for m in _PCT.finditer(text):
        lead = _LEAD_NUM.match(m.group(0))  # _PCT matches start with a number
        if lead is None:
            continue
        v = float(lead.group(0))
        if v != int(v) or v >= 10:  # "3%" is everywhere; "35.2%" is not
            out.add(("pct", f"{v:g}"))
    return frozenset(out)


def outlet_id_of_url(url: str) -> tuple[str, str] | None:
    """(outlet key, outlet article id) of a known outlet's article URL."""
    from chainwire.extract.outlets import outlet_article_id, outlet_for_url

    o = outlet_for_url(url)
    if o is None:
        return None
    oid = outlet_article_id(o, url)
    return (o.name, oid) if oid else None


NOTICE_HINT = re.compile(r"translat|번역", re.I)  # a body that may carry a translation notice


def may_carry_notice(text: str) -> bool:
    """``NOTICE_HINT.search(text) is not None``, without a regex pass over every body (≈ 7 µs a generated body: the
    ``IGNORECASE`` literal gives ``re`` no fast search; 0.14 → 0.045 CPU-s for the 20k-article day's bodies).
    Under ``re.I`` each letter of "translat" matches exactly the characters whose ``lower()`` is that letter, plus
    ``ſ`` for "s", and no character lower-cases to several that include one of them (tests/test_dedup.py
    checks both over every code point): so a match without ``ſ`` is "translat" in the lower-cased text, and a
    body holding ``ſ`` is asked the regex itself. Hangul has no case: 번역 is a plain substring."""
    return "번역" in text or "translat" in text.lower() or ("ſ" in text and NOTICE_HINT.search(text) is not None)
_URL = re.compile(r"https?://[^\s<>\"')\]]+")


def notice_links(text: str | None) -> list[str]:
    """Normalized URLs quoted in a text (a translation notice's link to its original)."""
    return sorted({u for u in (normalized_url(m.group(0).rstrip(".,;")) for m in _URL.finditer(text or "")) if u})


def anchor_edges(docs: list[DedupDoc], feats: Sequence, free: np.ndarray, strong: set[int],
                 params: DedupParams = DEFAULT_PARAMS) -> list[Edge]:
    """AI translations with no identity evidence -> the unique same-outlet original (other
    language, published within anchor_max_days) sharing enough numeric anchors.

    ``feats[i].anchors`` (Features) is read only for the docs that can take part."""
    targets = [i for i in np.flatnonzero(free).tolist()
               if docs[i].ai_translation and i not in strong and len(feats[i].anchors) >= params.anchor_min_shared]
    if not targets:
        return []
    span = timedelta(days=params.anchor_max_days)
    lo = min(docs[i].when for i in targets) - span
    hi = max(docs[i].when for i in targets) + span
    outlets = {docs[i].outlet_key for i in targets}
    postings: dict[tuple, list[int]] = {}
    for j, d in enumerate(docs):
        if d.ai_translation or d.outlet_key not in outlets:
            continue
        if not (lo <= d.when <= hi):
            continue
        for a in feats[j].anchors:
            postings.setdefault(a, []).append(j)
    out = []
    for i in targets:
        d, mine = docs[i], feats[i].anchors
        counts: dict[int, int] = {}
        for a in mine:
            for j in postings.get(a, ()):
                counts[j] = counts.get(j, 0) + 1
        scored = []
        for j, shared in counts.items():
            o = docs[j]
            if (shared < params.anchor_min_shared or o.outlet_key != d.outlet_key
                    or (o.language and d.language and o.language == d.language)
                    or abs(o.when - d.when) > span):
                continue
            scored.append((shared / len(mine), shared, j))
        if not scored:
            continue
        scored.sort(key=lambda t: (-t[0], -t[1], docs[t[2]].article_id))
        top = scored[0]
        if top[0] < params.anchor_min_score or (len(scored) > 1 and scored[1][:2] == top[:2]):
            continue  # too weak, or not unique
        out.append(Edge(RANK["anchors"], top[0], top[2], i, "anchors", top[0]))
    return out
