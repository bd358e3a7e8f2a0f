"""Country tagging: which countries an article talks about, and how prominently.

Country names are found by :mod:`chainwire.enrich.country_names` (the gazetteer and its
decisions are documented there). On top of the names, a country counts when the article speaks
of it without naming it: a national institution (산업통상자원부 -> KR, USTR -> US), a capital or
leader standing for the state (Beijing announced…, 트럼프 행정부), and in a Korean outlet 국내,
우리 정부, 정부 (the article's own country). A country named in the title, deck or lead is a
``subject``, else ``mentioned``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .actors import doc_organizations
from .country_names import CountryMatch, find_countries, has_kana, load_country_gazetteer
from .gazetteers import load_actor_gazetteer
from .text import (
    HEAD_ZONES,
    Doc,
    MultiScan,
    contains_any,
    guarded,
    is_hangul,
    literal_alternation,
    literal_alternation_after,
    prepare,
)


@dataclass
class CountryHit:
    iso2: str
    mentions: int
    role: str  # subject | mentioned
    surfaces: list[str] = field(default_factory=list)
    # How the article speaks of the country: "named" (its name, a short form, a compound),
    # "region" (only through a region that expands to it: 동남아 -> ASEAN members, 북미 -> US/CA/MX)
    # or "implied" (only through one of its national institutions, or 국내/우리 정부/정부 in a
    # Korean outlet). Not stored in article_countries (whose schema is shared); the gold set
    # and the analyst labels count different bases (see chainwire_synth.enrich_evaluate).
    basis: str = "named"


# ------------------------------------------------ domestic self-reference, institutions

# In a Korean-language (domestic) outlet the article speaks of Korea without naming it:
# 국내, 우리 정부/우리나라/우리 기업, the government (정부 with no other country in front),
# the National Assembly, the presidential office (docs/labelling.md, Countries).
_DOMESTIC_RX = re.compile(
    r"국내|우리\s?(?:나라|정부|기업|경제|측|국민|산업|수출|업계|업체)|국회|청와대|대통령실|국무총리|당정|정부"
)
# 정부 glued to one of these is the Korean government (범정부, 윤석열정부); glued to anything
# else it is not (주정부, 연방정부, 미정부, 지방정부).
_GOV_GLUED_OK = ("범", "현", "중앙", "새", "윤석열", "문재인", "이재명", "박근혜", "이명박", "노무현")
# A word right before 정부 that makes it another country's government (besides country names).
_GOV_OTHER = frozenset("""각국 외국 해외 현지 연방 주 자국 상대국 상대 양국 3국 제3국 타국 트럼프 바이든 오바마 시진핑 기시다 이시바
    스가 아베 푸틴 모디 행정부 당국 중앙 지방 주요국 일부 여러 각 해당 외국의 다른 인도네시아 칠레 아르헨티나 호주""".split())


# Capitals and leaders standing for their state (docs/labelling.md: a capital used as a stand-in for
# the government counts): "Beijing announced …", 워싱턴과 베이징, 트럼프 행정부. Basis "implied" (the
# gold set's convention does not count them). Not: a dateline ([베이징=뉴스핌], BEIJING, Oct 9,
# Seoul, Nov. 11 (Korea Bizwire) --), a
# company or newspaper (Tokyo Electron, 도쿄일렉트론, Washington Post), the US state (Washington
# state, 워싱턴주), an event (베이징 올림픽).
CAPITALS_EN: dict[str, str] = {
    "Beijing": "CN", "Washington": "US", "Tokyo": "JP", "Seoul": "KR", "Moscow": "RU", "Pyongyang": "KP",
    "Taipei": "TW", "New Delhi": "IN", "Canberra": "AU", "Ottawa": "CA", "Hanoi": "VN", "Jakarta": "ID",
    "Kremlin": "RU", "Kyiv": "UA", "Tehran": "IR",
}
CAPITALS_KO: dict[str, str] = {
    "베이징": "CN", "워싱턴": "US", "도쿄": "JP", "모스크바": "RU", "평양": "KP", "타이베이": "TW", "뉴델리": "IN",
    "캔버라": "AU", "오타와": "CA", "하노이": "VN", "자카르타": "ID", "크렘린": "RU", "키이우": "UA", "테헤란": "IR",
}
LEADERS_KO: dict[str, str] = {
    "트럼프": "US", "바이든": "US", "오바마": "US", "시진핑": "CN", "리창": "CN", "기시다": "JP", "이시바": "JP",
    "다카이치": "JP", "아베": "JP", "푸틴": "RU", "모디": "IN", "마크롱": "FR", "숄츠": "DE", "메르츠": "DE",
    "젤렌스키": "UA", "김정은": "KP",
}
LEADERS_EN: dict[str, str] = {
    "Trump": "US", "Biden": "US", "Obama": "US", "Xi": "CN", "Kishida": "JP", "Ishiba": "JP", "Takaichi": "JP",
    "Putin": "RU", "Modi": "IN", "Macron": "FR", "Scholz": "DE", "Zelensky": "UA", "Zelenskyy": "UA",
    "Kim Jong Un": "KP", "Kim Jong-un": "KP",
}
_CAPITAL_EN_RX = re.compile(
    rf"(?P<name>{literal_alternation_after(list(CAPITALS_EN), '[A-Za-z0-9]')})(?![A-Za-z0-9])"
    r"(?!\s?(?:Post|Times|Electron|Stock|Metal|University|Olympics|Consensus|state|State|D\.?C|National|Institute|"
    r"time|-based|Capitals|Commanders|Nationals|Wizards))"
    # a dateline in title case: "Seoul, Nov. 11 (Korea Bizwire) --", "Beijing (Reuters) -"
    r"(?!,?\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d|\s?\([A-Z][A-Za-z .]{1,30}\)\s?[-–—])"
)
_CAPITAL_KO_RX = re.compile(
    rf"(?P<name>{literal_alternation_after(list(CAPITALS_KO), '[가-힣=]')})(?![가-힣]*\s?=)"
    r"(?!일렉트론|\s?(?:일렉트론|포스트|타임스|주(?![가-힣])|주립|올림픽|증시|증권|대학|공항|지사|사무소|무역관|특파원|국제|모터쇼|"
    r"전력|해상|[A-Z]))"
)
_LEADER_KO_RX = re.compile(
    rf"(?P<name>{literal_alternation_after(list(LEADERS_KO), '[가-힣]')})\s?(?:[가-힣]{{1,4}}\s)?(?:행정부|정부|정권|대통령|주석|총리|국무원)"
)
_LEADER_EN_RX = guarded(
    rf"(?:(?<![A-Za-z])(?P<name>{literal_alternation(list(LEADERS_EN))})(?:’s|'s)?\s(?:administration|government|White House|regime)"
    rf"|(?:President|Premier|Prime Minister|Chancellor|Chairman|leader)\s(?:[A-Z][a-z]+\s)?(?P<name2>{literal_alternation(list(LEADERS_EN))}))"
    r"(?![A-Za-z])"
)


# A capital named as the place where something happens or stands is a city, not the state speaking
# (docs/labelling.md counts a capital "as a stand-in for the government"): talks in Washington, a fair
# held at Tokyo, 워싱턴에서 열린 회의, 베이징을 방문, 도쿄 소재 본사.
_CAPITAL_EN_PLACE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:in|at|near|outside|around|across|visit|visits|visited|visiting|based in|held in)\s$")
_CAPITAL_KO_PLACE_AFTER = re.compile(
    r"(?:에서|에\s?(?:도착|위치|있는|있던|머물|본사|본부|거주)|[을를]\s?(?:방문|찾|떠나)|으?로\s?(?:향|출국|출장|날아|떠나|이동)"
    r"|\s?(?:주재|소재|현지|시내|시장|인근|근교|외곽|공항|DC|D\.C))"
)


# The four capital/leader patterns from one scan (candidates from their literal prefixes, up to 3 characters).
_STAND_INS = MultiScan((_CAPITAL_KO_RX, _LEADER_KO_RX, _CAPITAL_EN_RX, _LEADER_EN_RX))


def _stand_in_mentions(text: str, korean: bool) -> list[tuple[int, str, str]]:
    """(position, country, surface) for capitals and leaders that stand for their state in ``text``."""
    out = []
    capitals_ko, leaders_ko, capitals_en, leaders_en = _STAND_INS.finditer_all(text)
    if korean:
        for m in capitals_ko:
            if _CAPITAL_KO_PLACE_AFTER.match(text, m.end()):
                continue  # 워싱턴에서 열린 회의: the city
            out.append((m.start(), CAPITALS_KO[m.group("name")], m.group("name")))
        for m in leaders_ko:
            out.append((m.start(), LEADERS_KO[m.group("name")], m.group(0)))
    for m in capitals_en:
        name = m.group("name")
        if name == "Washington" and re.search(r"(?:George|Denzel|Booker T\.|Mount|Lake)\s$",
                                              text[max(0, m.start() - 12): m.start()]):
            continue
        if (_CAPITAL_EN_PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                and text[m.end(): m.end() + 2] not in ("'s", "’s")):
            continue  # talks in Washington: the city
        out.append((m.start(), CAPITALS_EN[name], name))
    for m in leaders_en:
        name = m.group("name") or m.group("name2")
        out.append((m.start(), LEADERS_EN[name], m.group(0)))
    return out


_LEADER_BARE_KO_RX = re.compile(rf"(?<![가-힣])(?:{literal_alternation(list(LEADERS_KO))})(?:\s?(?:대통령|총리|주석))?(?:은|는|이|가)(?![가-힣])")


def _foreign_subject_before(prefix: str, before: list[CountryMatch]) -> bool:
    """The part of a sentence before 국내 (``prefix``, with the country matches ``before`` it) names
    another country (and not Korea) or a foreign leader: then 국내 is that country's home, not Korea."""
    if not prefix.strip():
        return False
    if any("KR" in m.codes for m in before) or "우리" in prefix:
        return False
    return any(len(m.codes) == 1 for m in before) or bool(_LEADER_BARE_KO_RX.search(prefix))


def _domestic_mentions(text: str, matches: list[CountryMatch] | None = None) -> list[str]:
    """Surfaces in ``text`` (one sentence; ``matches``: its country matches, found when not given)
    by which a Korean domestic outlet refers to Korea itself."""
    out = []
    for m in _DOMESTIC_RX.finditer(text):
        w = m.group(0)
        if w.startswith("우리"):
            out.append(w)
            continue
        if w == "국내":
            if (text[m.end(): m.end() + 3].startswith("총생산")
                    or m.start() and is_hangul(text[m.start() - 1]) and text[m.start() - 1] != "한"):
                continue  # 미국내, 중국내: inside another country; 국내총생산 is a statistic
            if _foreign_subject_before(
                    text[: m.start()],
                    [c for c in (find_countries(text) if matches is None else matches) if c.end <= m.start()]):
                continue  # 미국 국방부가 … 국내 공급망, 트럼프는 … 국내 제조업체: that country's home market
            out.append(w)
            continue
        s = m.start()
        # glued prefix
        j = s
        while j > 0 and is_hangul(text[j - 1]):
            j -= 1
        glued = text[j:s]
        if glued:
            if w == "정부" and (glued in _GOV_GLUED_OK or glued.endswith(("범",))):
                out.append(glued + w)
            continue  # 주정부, 중국회사 (국회 inside a word), 전국회의: not Korea's
        # 정부, 국회, 청와대, 대통령실, 국무총리, 당정 after another country's name or a foreign word
        # (일본 국회, 베트남 정부, 테네시주 정부) are that country's
        prev = text[:s].rstrip()
        k = len(prev)
        while k > 0 and (is_hangul(prev[k - 1]) or prev[k - 1].isalnum() or prev[k - 1] in "美中日韓"):
            k -= 1
        word = prev[k:]
        if word:
            core = word[:-1] if word.endswith(("의", "측")) and len(word) > 1 else word
            if (core in _GOV_OTHER or word in _GOV_OTHER or core in "美中日" or core.endswith("국") and core != "한국"
                    or len(core) >= 3 and core.endswith(("주", "성", "시"))):
                continue  # 테네시주 정부, 광둥성 정부, 테일러시 정부: a state, province or city
            codes = load_country_gazetteer().ko.get(core) or ()
            if codes and codes != ("KR",) or any(len(mm.codes) == 1 and mm.codes != ("KR",)
                                                 for mm in find_countries(core, korean=True)):
                continue
        out.append(w)
    return out


_GOVERNMENT_AFTER_RX = re.compile(r"\s?(?:연방\s?)?(?:정부|행정부|당국)")


def _foreign_government_at(text: str, matches: list[CountryMatch], end: int) -> bool:
    """``text[:end]`` names another country's government (미국 정부, 미 연방정부, 中 당국, 트럼프 행정부):
    a bare 정부 in the next sentence of the same paragraph is that government, not Korea's (a translated
    story: "미 연방정부는 … 지분을 확보했다. 당시 정부는 주식을 매입했다"). Measured on the tune part:
    the one page where this fires had KR wrongly; no Korean 정부 was lost (other Korean cues — 국내,
    산업부, 우리 — carry Korea in the stories where the government answers a foreign one)."""
    if "정부" not in text[:end] and "당국" not in text[:end]:
        return False
    for m in matches:
        if m.end <= end and len(m.codes) == 1 and m.codes != ("KR",) and _GOVERNMENT_AFTER_RX.match(text, m.end):
            return True
    return any(m.start() < end and LEADERS_KO[m.group("name")] != "KR" for m in _LEADER_KO_RX.finditer(text[:end]))


def _institution_countries(doc: Doc) -> list[tuple[int, str, str]]:
    """(sentence index, country, surface) for every national institution named (산업통상자원부 -> KR,
    USTR -> US): a country counts when one of its national institutions is named. International
    bodies (country INT), associations and local bodies (``national: false`` in actors.yaml) do not."""
    orgs = load_actor_gazetteer().orgs
    out = []
    for s_index, oid, surface in doc_organizations(doc):
        org = orgs.get(oid, {})
        code = str(org.get("country") or "")
        if len(code) == 2 and org.get("national", True):
            out.append((s_index, code, surface))
    return out


# A sentence can hold a domestic mention (_DOMESTIC_RX) only if it holds one of these (당정 holds 정).
_DOMESTIC_HINTS = ("정", "국", "우리", "청와대", "대통령실")


def _doc_country_matches(doc: Doc) -> list[list[CountryMatch]]:
    """Country matches per sentence, from one scan of the joined article (no pattern crosses the
    separator; right-context checks treat it as a sentence end). Korean articles with kana in them
    are scanned sentence by sentence (CJK names are only looked for in sentences with kana)."""
    korean = doc.is_korean
    per: list[list[CountryMatch]] = [[] for _ in doc.sentences]
    text, starts = doc.joined()
    kana = korean and has_kana(text)
    if kana:
        for i, sent in enumerate(doc.sentences):
            if sent.text:
                per[i] = find_countries(sent.text, korean=True)
        return per
    for m in find_countries(text, korean=korean, kana=kana):  # (kana known: not searched for again)  # firm matches in order, then the resolved ambiguous ones
        i = bisect_right(starts, m.start) - 1
        off = starts[i]
        m.start -= off
        m.end -= off
        per[i].append(m)
    return per


def _doc_stand_ins(doc: Doc) -> list[tuple[int, str, str]]:
    """(sentence index, country, surface) of capitals and leaders standing for their state."""
    text, starts = doc.joined()
    found = _stand_in_mentions(text, doc.is_korean)
    if not found:
        return []
    out = [(doc.sentences[bisect_right(starts, pos) - 1].index, code, surface) for pos, code, surface in found]
    out.sort(key=lambda t: t[0])  # stable: per sentence, the order of a per-sentence scan
    return out


def tag_countries(article: Any) -> list[CountryHit]:
    doc: Doc = prepare(article)
    korean = doc.is_korean
    mentions: dict[str, int] = defaultdict(int)
    subject: set[str] = set()
    surfaces: dict[str, list[str]] = defaultdict(list)
    first_seen: dict[str, int] = {}
    named: set[str] = set()
    regional: set[str] = set()
    per_sentence = _doc_country_matches(doc)
    for s, found in zip(doc.sentences, per_sentence, strict=True):
        for m in found:
            for code in m.codes:
                (regional if code in m.region else named).add(code)
                mentions[code] += 1
                first_seen.setdefault(code, s.index)
                if m.surface not in surfaces[code]:
                    surfaces[code].append(m.surface)
                if s.zone in HEAD_ZONES:
                    subject.add(code)
    extra: list[tuple[int, str, str]] = list(_institution_countries(doc))
    extra += _doc_stand_ins(doc)
    if korean:
        prev: tuple[int | None, bool] = (None, False)  # (paragraph, named a foreign government) of the last sentence
        for s, found in zip(doc.sentences, per_sentence, strict=True):
            if s.text and contains_any(s.text, _DOMESTIC_HINTS):
                words = _domestic_mentions(s.text, found)
                if "정부" in words and s.paragraph is not None and prev == (s.paragraph, True):
                    words = [w for w in words if w != "정부"]  # 미 연방정부는 … 당시 정부는: that government again
                extra += [(s.index, "KR", w) for w in words]
            prev = (s.paragraph, bool(s.text) and _foreign_government_at(s.text, found, len(s.text)))
    zone_of = {s.index: s.zone for s in doc.sentences}
    for s_index, code, surface in extra:
        mentions[code] += 1
        first_seen.setdefault(code, s_index)
        if surface not in surfaces[code]:
            surfaces[code].append(surface)
        if zone_of.get(s_index) in HEAD_ZONES:
            subject.add(code)
    hits = [
        CountryHit(code, n, "subject" if code in subject else "mentioned", surfaces[code],
                   "named" if code in named else ("region" if code in regional else "implied"))
        for code, n in mentions.items()
    ]
    hits.sort(key=lambda h: (h.role != "subject", -h.mentions, first_seen[h.iso2]))
    return hits
