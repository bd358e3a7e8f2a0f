"""The actor and company gazetteers, loaded once per process and shared.

The actor gazetteer (``actors.yaml``: organisations, generic names, people) is read by the actor
tagger, by the country tagger (national institutions, organisation names that start with a glued
country name) and by the Kiwi wrapper (people's names go into its user dictionary); the company
gazetteer (``companies.yaml`` joined with the S&P 500 reference table) by the company tagger,
the country tagger and the actor tagger (company names are not people). Loading lives here,
apart from the taggers, so none of them imports another to get at a gazetteer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from chainwire.yamlfile import read_yaml

from .reference import sp500_rows
from .text import TrieScanner, fast_alternation, is_hangul, term_is_insensitive

ACTORS_PATH = Path(__file__).with_name("actors.yaml")
COMPANIES_PATH = Path(__file__).with_name("companies.yaml")

# ------------------------------------------------------------------------ actors

@dataclass
class ActorGazetteer:
    version: str
    orgs: dict[str, dict[str, Any]]
    generic: dict[str, dict[str, str]]
    people: dict[str, dict[str, Any]]
    org_rx: TrieScanner
    surface_to_id: dict[str, str]  # folded alias -> actor id or "generic:<name>"
    person_rx: TrieScanner | None
    person_surface_to_id: dict[str, str]

    def all_aliases(self) -> list[str]:
        out = []
        for o in self.orgs.values():
            out += [o["name"], *o.get("aliases", [])]
        return out

    def person_id_for(self, name: str) -> str | None:
        return self.person_surface_to_id.get(fold_actor_surface(name))


_ACTOR_FOLD = re.compile(r"[\s·]")


def fold_actor_surface(s: str) -> str:
    """Gazetteer key of an actor alias: spaces and middle dots removed, lower case (산업 통상 자원부 = 산업통상자원부).

    ``_ACTOR_FOLD.sub("", s)`` without the regex call (≈ 10 calls an article): ``str.split()`` cuts at the characters
    ``\\s`` matches (``tests/test_enrich.py`` checks every code point)."""
    return "".join(s.split()).replace("·", "").lower()


def _insensitive(surfaces: list[str]) -> set[str]:
    """Latin names matched case-insensitively (all but short all-caps acronyms such as BIS, DOE)."""
    return {s for s in surfaces if term_is_insensitive(s)}


@lru_cache(maxsize=2)
def load_actor_gazetteer(path: str | None = None) -> ActorGazetteer:
    raw = read_yaml(path or ACTORS_PATH)
    orgs = {str(k): dict(v) for k, v in (raw.get("organizations") or {}).items()}
    generic = {str(k): {str(q): str(i) for q, i in v.items()} for k, v in (raw.get("generic") or {}).items()}
    people = {str(k): dict(v) for k, v in (raw.get("people") or {}).items()}
    surface_to_id: dict[str, str] = {}
    surfaces: list[str] = []
    for oid, o in orgs.items():
        o.setdefault("aliases", [])
        for a in [o["name"], *o["aliases"]]:
            a = str(a)
            surface_to_id.setdefault(fold_actor_surface(a), oid)
            surfaces.append(a)
    for g in generic:
        surface_to_id[fold_actor_surface(g)] = f"generic:{g}"
        surfaces.append(g)
    org_rx = fast_alternation(surfaces, _insensitive(surfaces))
    person_surface_to_id: dict[str, str] = {}
    psurf: list[str] = []
    for pid, p in people.items():
        p.setdefault("aliases", [])
        for a in [p["name"], *p["aliases"]]:
            person_surface_to_id[fold_actor_surface(str(a))] = pid
            psurf.append(str(a))
    person_rx = fast_alternation(psurf, _insensitive(psurf)) if psurf else None
    return ActorGazetteer(str(raw.get("version", "")), orgs, generic, people, org_rx, surface_to_id, person_rx,
                          person_surface_to_id)


# ------------------------------------------------------------------------ companies

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


_COMPANY_FOLD = re.compile(r"\s")


def fold_company_surface(s: str) -> str:
    """Gazetteer key of a company alias: spaces removed, lower case."""
    return _COMPANY_FOLD.sub("", s).lower()


@lru_cache(maxsize=2)
def load_company_gazetteer(path: str | None = None) -> CompanyGazetteer:
    raw = read_yaml(path or COMPANIES_PATH)
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
            if fold_company_surface(a) in surface_to_id and surface_to_id[fold_company_surface(a)] != cid:
                continue  # first owner wins (explicit aliases are listed before reference names)
            surface_to_id[fold_company_surface(a)] = cid
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
