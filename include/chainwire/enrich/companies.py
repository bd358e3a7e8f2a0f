"""Companies named in the body and in the page's AI stock-impact widget.

The gazetteer joins the S&P 500 constituents (``sp500_constituents.csv``, read at run
time; ids ``us:<symbol>``), the Korean aliases and exchanges of ``companies.yaml`` and
its Korean (``krx:<code>``, unlisted ``kr:<slug>``) and other companies.

Widget names such as ``Lockheed Martin Corp.`` are matched by a normalised key (case,
punctuation and corporate suffixes removed: ``lockheedmartin``), then by the longest
reference key that prefixes it (``chrobinsonworldwide`` -> ``chrobinson``), then by the
``widget_names`` overrides. Body mentions need word boundaries; Korean aliases may not
follow a Hangul syllable and respect their ``not_before`` continuations.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .gazetteers import fold_company_surface, load_company_gazetteer, norm_key
from .text import Doc, is_hangul, prepare


@dataclass
class CompanyHit:
    company_id: str
    name: str
    ticker: str | None
    exchange: str | None
    mentions: int
    source: str  # body | stock_widget


@lru_cache(maxsize=4096)
def resolve_widget_company(name: str) -> str | None:
    """Company id for a stock-widget name, or None (memoised: the same names recur all day)."""
    g = load_company_gazetteer()
    name = name.strip()
    if name in g.widget_overrides:
        sym = g.widget_overrides[name]
        return f"us:{sym}" if f"us:{sym}" in g.companies else (sym if sym in g.companies else None)
    key = norm_key(name)
    if not key:
        return None
    if key in g.widget_key_to_id:
        return g.widget_key_to_id[key]
    best = None
    for ref_key, cid in g.widget_key_to_id.items():
        if len(ref_key) >= 5 and key.startswith(ref_key) and (best is None or len(ref_key) > len(best[0])):
            best = (ref_key, cid)
    if best:
        return best[1]
    return g.surface_to_id.get(fold_company_surface(name))


def find_companies(text: str) -> list[tuple[str, str, int, int]]:
    g = load_company_gazetteer()
    out = []
    for m in g.body_rx.finditer(text):
        surface = m.group(0)
        s, e = m.span()
        if is_hangul(surface[0]) and s and is_hangul(text[s - 1]):
            continue
        cid = g.surface_to_id.get(fold_company_surface(surface))
        if cid is None:
            continue
        company = g.companies[cid]
        if company.not_before and text.startswith(company.not_before, e):
            continue
        if surface == "마이크론" and s and text[s - 1 : s].isdigit():
            continue
        out.append((cid, surface, s, e))
    return out


def tag_companies(article: Any) -> list[CompanyHit]:
    doc: Doc = prepare(article)
    g = load_company_gazetteer()
    body: dict[str, int] = defaultdict(int)
    first: dict[str, int] = {}
    # One scan of the joined article (no name spans the separator; the checks look one character
    # around a match, and the separator is neither Hangul nor a digit).
    text, starts = doc.joined()
    for cid, _surface, start, _e in find_companies(text):
        body[cid] += 1
        if cid not in first:
            first[cid] = doc.sentences[bisect_right(starts, start) - 1].index
    widget: dict[str, int] = defaultdict(int)
    widget_order: dict[str, int] = {}
    for i, name in enumerate(doc.stock_companies):
        wid = resolve_widget_company(name)
        if wid:
            widget[wid] += 1
            widget_order.setdefault(wid, i)
    hits = []
    for cid, n in sorted(body.items(), key=lambda kv: (-kv[1], first[kv[0]])):
        c = g.companies[cid]
        hits.append(CompanyHit(cid, c.name, c.ticker, c.exchange, n, "body"))
    for cid, n in sorted(widget.items(), key=lambda kv: widget_order[kv[0]]):
        c = g.companies[cid]
        hits.append(CompanyHit(cid, c.name, c.ticker, c.exchange, n, "stock_widget"))
    return hits
