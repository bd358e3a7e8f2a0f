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

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .reference import sp500_rows

if TYPE_CHECKING:
    from .text import TrieScanner
from .text import Doc, fast_alternation, is_hangul, prepare

COMPANIES_PATH = Path(__file__).with_name("companies.yaml")

# Reference names that are ordinary English words: matched only through explicit aliases.
EN_COMMON_WORDS = {
    "Target", "Visa", "Ball", "Block", "Match", "Fox", "Dow", "Progressive", "Southern", "Mosaic", "Booking", "Expand",
    "Gen", "Jacobs", "Carrier", "Coherent", "Flex", "Intuit", "Chubb",
    "Ciena", "Cintas", "Equifax", "Welltower", "Loews", "Citizens", "Evergy", "Insulet", "Ventas", "Allegion", "Aptiv",
    "Centene", "Lennox", "Generac", "Dover", "Masco", "Nordson", "Pentair", "Fortive", "Hubbell", "Ametek", "Leidos",
    "Gartner", "Garmin", "Paychex", "Clorox", "Salesforce", "Moderna", "Humana", "Entergy", "Exelon", "Ecolab",
    "Amcor", "Ameren", "Emcor", "Cencora", "Corpay", "Regency", "Textron", "Edison", "Delta", "Lowe's", "Kroger",
}
_SUFFIXES = re.compile(
    r"\b(?:incorporated|inc|corporation|corp|company|co|plc|ltd|limited|holdings|group|n\.?v|s\.?a|ag|se|llc|the|class [abc])\b\.?",
    re.IGNORECASE,
)


@dataclass
class CompanyHit:
    company_id: str
    name: str
    ticker: str | None
    exchange: str | None
    mentions: int
    source: str  # body | stock_widget


@dataclass
class Company:
    company_id: str
    name: str
    ticker: str | None
    exchange: str | None
    aliases: list[str]
    not_before: tuple[str, ...] = ()


@dataclass
class CompanyGazetteer:
    companies: dict[str, Company]
    body_rx: TrieScanner
    surface_to_id: dict[str, str]
    widget_key_to_id: dict[str, str]
    widget_overrides: dict[str, str]

    def all_aliases(self) -> list[str]:
        return [a for c in self.companies.values() for a in c.aliases]


def norm_key(name: str) -> str:
    """Normalised company key: ``Lockheed Martin Corp.`` -> ``lockheedmartin``."""
    s = name.replace("&", " and ").replace("’", "'")
    s = re.sub(r"\([^)]*\)", " ", s)
    s = _SUFFIXES.sub(" ", s)
    return re.sub(r"[^0-9a-z가-힣]", "", s.lower())


def _display(security: str) -> str:
    s = re.sub(r"\s*\((?:The|Class [A-C])\)", "", security)
    return s.strip()


def _short_name(security: str) -> str:
    s = _display(security)
    s = re.sub(r",?\s+(?:Inc\.|Incorporated|Corporation|Corp\.|plc|Ltd\.|Company)$", "", s)
    return s.strip()


_FOLD = re.compile(r"\s")


def _fold(s: str) -> str:
    return _FOLD.sub("", s).lower()


@lru_cache(maxsize=2)
def load_company_gazetteer(path: str | None = None) -> CompanyGazetteer:
    raw = yaml.safe_load(Path(path or COMPANIES_PATH).read_text(encoding="utf-8"))
    sp_extra = {str(k): dict(v or {}) for k, v in (raw.get("sp500") or {}).items()}
    companies: dict[str, Company] = {}
    widget_key_to_id: dict[str, str] = {}
    for row in sp500_rows():
        sym = row["Symbol"].strip()
        cid = f"us:{sym}"
        extra = sp_extra.get(sym, {})
        short = _short_name(row["Security"])
        aliases = [str(a) for a in extra.get("aliases", [])]
        if short not in EN_COMMON_WORDS and len(short) >= 4:
            aliases.append(short)
        companies[cid] = Company(cid, _display(row["Security"]), sym, str(extra.get("exchange", "US")), aliases,
                                 tuple(str(x) for x in extra.get("not_before", [])))
        key = norm_key(row["Security"])
        if key and key not in widget_key_to_id:  # Alphabet class A before class C
            widget_key_to_id[key] = cid
    for sym, extra in sp_extra.items():
        # Without the reference table (or for a symbol it lacks) keep the curated aliases alive.
        cid = f"us:{sym}"
        if cid not in companies:
            aliases = [str(a) for a in extra.get("aliases", [])]
            latin = [a for a in aliases if not any(is_hangul(ch) for ch in a)]
            companies[cid] = Company(cid, latin[0] if latin else sym, sym, str(extra.get("exchange", "US")), aliases,
                                     tuple(str(x) for x in extra.get("not_before", [])))
            for a in latin:
                widget_key_to_id.setdefault(norm_key(a), cid)
    for cid, spec in (raw.get("companies") or {}).items():
        spec = dict(spec)
        aliases = [str(a) for a in spec.get("aliases", [])]
        ticker = spec.get("ticker")
        companies[str(cid)] = Company(str(cid), str(spec["name"]), str(ticker) if ticker is not None else None,
                                      spec.get("exchange"), aliases, tuple(str(x) for x in spec.get("not_before", [])))
        for a in aliases + [str(spec["name"])]:
            k = norm_key(a)
            if k and not any(is_hangul(c) for c in a):
                widget_key_to_id.setdefault(k, str(cid))
    surface_to_id: dict[str, str] = {}
    surfaces: list[str] = []
    for cid, c in companies.items():
        for a in c.aliases:
            if _fold(a) in surface_to_id and surface_to_id[_fold(a)] != cid:
                continue  # first owner wins (explicit aliases are listed before reference names)
            surface_to_id[_fold(a)] = cid
            surfaces.append(a)
    reference_names = {c.aliases[-1] for c in companies.values() if c.company_id.startswith("us:") and c.aliases}
    # Reference names can be common words (case matters); curated Latin aliases are case-insensitive
    # unless they are short all-caps acronyms.
    insensitive = {
        s for s in surfaces
        if s not in reference_names and not (s.replace(".", "").replace("-", "").isupper() and len(s) <= 6)
    }
    body_rx = fast_alternation(surfaces, insensitive)
    overrides = {str(k): str(v) for k, v in (raw.get("widget_names") or {}).items()}
    return CompanyGazetteer(companies, body_rx, surface_to_id, widget_key_to_id, overrides)


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
    return g.surface_to_id.get(_fold(name))


def find_companies(text: str) -> list[tuple[str, str, int, int]]:
    g = load_company_gazetteer()
    out = []
    for m in g.body_rx.finditer(text):
        surface = m.group(0)
        s, e = m.span()
        if is_hangul(surface[0]) and s and is_hangul(text[s - 1]):
            continue
        cid = g.surface_to_id.get(_fold(surface))
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
