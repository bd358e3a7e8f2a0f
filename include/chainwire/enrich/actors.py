"""Actors: government bodies and agencies (gazetteer) and people linked to their titles.

Organizations come from ``actors.yaml`` (aliases in Korean, English, hanja/kana).
Names several countries share (상무부, 외교부, Commerce Ministry …) are resolved by the
country qualifier in front of them, else by the last qualified mention in the same
article, else by the gazetteer default; ``외교부장``/``상무부장`` (the Chinese
ministerial titles) resolve to China.

People are found where the text says who they are: ``NAME [affiliation words] TITLE``
(``안덕근 산업부 장관``, ``지나 러몬도 미국 상무장관``, ``정서윤 부총리 겸 기획재정부
장관``) in Korean, ``Commerce Secretary Gina Raimondo`` / ``Ahn Duk-geun, South Korea's
trade minister,`` in English. The name is the word(s) right before the affiliation:
a Korean-shaped name (surname + 1-2 syllables) or foreign words that Kiwi analyses as
nouns (foreign names from the gazetteer are in Kiwi's user dictionary so they stay
whole); a parenthesised Latin name (``지나 러몬도(Gina Raimondo)``) fixes the number of
words. Mentions add later references (``권 장관``, ``러몬도 장관은``, the full name).
People in the gazetteer keep stable ids; everyone else is ``person:<name as written>``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .country_names import find_countries, load_country_gazetteer
from .gazetteers import fold_actor_surface, load_actor_gazetteer, load_company_gazetteer
from .kiwi_nlp import has_proper_noun, is_nominal
from .text import JOSA, Doc, LiteralIndex, TrieScanner, is_hangul, prepare, strip_josa, trie_regex_source


@dataclass
class ActorHit:
    actor_id: str
    name: str
    kind: str  # person | organization
    title: str | None
    mentions: int
    affiliation: str | None = None  # organization actor_id a person is linked to
    country: str | None = None


# ------------------------------------------------------------------------ gazetteer

QUALIFIERS_KO = {
    "US": ("미국", "미", "美"), "CN": ("중국", "중", "中"), "JP": ("일본", "일", "日"), "KR": ("한국", "韓", "우리"),
    "TW": ("대만", "타이완", "臺", "台"), "IN": ("인도",), "EU": ("EU", "유럽연합"),
}
# (code, ((qualifier, "qualifier at the end"), …) longest first) for _qualifier
_QUALIFIERS_KO_LONGEST_FIRST = tuple(
    (code, tuple((q, re.compile(rf"{re.escape(q)}\s?$")) for q in sorted(quals, key=len, reverse=True)))
    for code, quals in QUALIFIERS_KO.items())
QUALIFIERS_EN = {
    "US": ("U.S.", "US", "American", "Washington's", "America's"),
    "CN": ("China's", "Chinese", "Beijing's"),
    "JP": ("Japan's", "Japanese", "Tokyo's"),
    "KR": ("South Korea's", "Korea's", "South Korean", "Korean", "Seoul's"),
    "TW": ("Taiwan's", "Taiwanese"),
    "IN": ("India's", "Indian"),
}
_SECTOR_SUFFIX = tuple("문품분족채담터진처")  # 산업부문, 부품, 에너지부문 … are not ministries


# ---------------------------------------------------------------- organizations

def _qualifier(text: str, start: int, korean_surface: bool) -> str | None:
    before = text[max(0, start - 16) : start]
    if korean_surface:
        for code, ko_quals in _QUALIFIERS_KO_LONGEST_FIRST:
            for q_ko, q_rx in ko_quals:
                if q_ko not in before:  # (the literal must be there: most qualifiers are not, at C speed)
                    continue
                m = q_rx.search(before)
                if m:
                    qs = start - len(before) + m.start()
                    if qs == 0 or not (is_hangul(text[qs - 1]) or len(q_ko) == 1 and text[qs - 1].isdigit()):
                        return code  # (4일 외교부: a date, not 日)
        # Any other country right before (사우디 에너지부): its own body, not one of ours.
        tail = before.rstrip()
        for hit in find_countries(tail, korean=True):
            if hit.end == len(tail) and len(hit.codes) == 1:
                return hit.codes[0]
    else:
        for code, quals in QUALIFIERS_EN.items():
            for q in quals:
                if q in before and re.search(rf"(?<![A-Za-z]){re.escape(q)}\s+(?:the\s+)?$", before):
                    return code
        # Any other country (or its demonym) right before: Vietnam's National Assembly, Russia's Foreign Ministry.
        tail = _EN_QUALIFIER_TAIL.sub("", before)
        if tail != before:
            for hit in find_countries(tail, korean=False):
                if hit.end == len(tail) and len(hit.codes) == 1:
                    return hit.codes[0]
    return None


_EN_QUALIFIER_TAIL = re.compile(r"(?:['’]s)?\s+(?:the\s+)?$")


def _org_left_ok(text: str, start: int) -> bool:
    if start == 0 or not is_hangul(text[start - 1]):
        return True
    # 미상무부, 中상무부: a one-syllable country qualifier glued in front.
    prev = text[start - 1]
    return prev in "미중일한" and (start < 2 or not is_hangul(text[start - 2]))


@lru_cache(maxsize=1)
def _generic_settles() -> dict[str, tuple[str, ...]]:
    """Folded organisation alias -> the generic names (gazetteer order) a mention of it settles: the alias
    ends with the generic name and the generic name can mean its organisation (중국 상무부 -> 상무부).
    A table over the gazetteer, built once (it used to be a loop with two ``_fold`` calls per generic name
    for every organisation match)."""
    g = load_actor_gazetteer()
    table: dict[str, tuple[str, ...]] = {}
    for folded, target in g.surface_to_id.items():
        if not target.startswith("generic:"):
            table[folded] = tuple(gname for gname, options in g.generic.items()
                                  if folded.endswith(fold_actor_surface(gname)) and target in options.values())
    return table


def find_organizations(text: str, memory: dict[str, str] | None = None) -> list[tuple[str, str, int, int]]:
    """(actor_id, surface, start, end) of organization mentions in one text."""
    g = load_actor_gazetteer()
    return _resolve_organizations(text, [(m.group(0), m.start(), m.end()) for m in g.org_rx.finditer(text)], memory)


def _unqualified_generic(options: dict[str, str], named: Callable[[], Counter[str]] | None) -> str:
    """An unqualified generic name with no earlier qualified mention (상무부는 …): the body of the country
    among its options that the article names most, when that country is named more than the default's
    (a story about China's curbs means China's 상무부), else the default. A name that one of Korea's
    bodies bears (외교부, 국방부, the Foreign Ministry) stays Korea's: Korean outlets, and their English
    editions, name Korea's ministries bare while rarely naming Korea (measured on the tune part: a
    translated story's bare "Ministry of Foreign Affairs" went to China's under the count rule)."""
    default = options["default"]
    if named is None or "KR" in options:
        return default
    counts = named()
    default_code = next((c for c, oid in options.items() if oid == default and c != "default"), None)
    best = max((c for c in options if c != "default"), key=lambda c: counts.get(c, 0), default=None)
    if best is not None and counts.get(best, 0) > counts.get(default_code or "", 0):
        return options[best]
    return default


def _resolve_organizations(text: str, found: list[tuple[str, int, int]], memory: dict[str, str] | None = None,
                           named: Callable[[], Counter[str]] | None = None) -> list[tuple[str, str, int, int]]:
    """:func:`find_organizations` on the gazetteer matches (surface, start, end) already found in ``text``.
    ``named``: the countries the whole article names, with counts (computed only when needed)."""
    g = load_actor_gazetteer()
    memory = {} if memory is None else memory
    out = []
    for surface, s, e in found:
        korean = any(is_hangul(ch) for ch in surface)
        if korean:
            if not _org_left_ok(text, s):
                continue
            if surface.endswith("부") and text[e : e + 1] in _SECTOR_SUFFIX:
                continue
        folded = fold_actor_surface(surface)
        target = g.surface_to_id.get(folded)
        if target is None:
            continue
        if target.startswith("generic:"):
            name = target.split(":", 1)[1]
            options = g.generic[name]
            code = _qualifier(text, s, korean)
            if code is None and korean and text[e : e + 1] == "장" and "CN" in options:
                code = "CN"  # 외교부장, 상무부장: Chinese ministerial titles
            if code and code in options:
                target = options[code]
                memory[name] = target
            elif code:
                continue  # another country's ministry that the gazetteer does not list
            elif name in memory:
                target = memory[name]
            elif "default" in options:
                target = _unqualified_generic(options, named)
            else:
                continue
        else:
            # 중국 상무부 (a full name) also settles later bare 상무부 mentions.
            for gname in _generic_settles()[folded]:
                memory[gname] = target
        out.append((target, surface, s, e))
    return out


# ----------------------------------------------------------------------- people

TITLES = sorted(
    """대표이사 부총리 총리 부통령 대통령 상무장관 장관 차관보 차관 부대신 대신 본부장 부위원장 위원장 집행위원 위원 대변인 대표
    청장 처장 원장 이사장 의장 대사 총재 사무총장 주석 실장 국장 교수 부회장 회장 부사장 사장 상원의원 하원의원 의원 주지사
    센터장 소장 조정관 특사 비서관 보좌관 애널리스트 이코노미스트 전무 상무 부장 팀장 단장 경제산업상 외무상 재무상 방위상
    연구위원 선임연구위원 자문위원 수석 정책관 심의관 기획관 담당관 과장""".split(),
    key=len, reverse=True,
)
_TITLE_T = tuple(TITLES)
FOLLOW_OK = ("주재", "등", "겸", "및", "일행", "명의", "측", "내외", "부부", "당시", "시절", "재임", "취임", "앞", "후보자",
             "대행", "직무대행")
SURNAMES = set(
    "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선"
    "설마길연위표명기반왕금옥육인맹제모탁국편용예경봉태목형피두감음빈동온호범좌팽승"
)
COMPOUND_SURNAMES = ("남궁", "선우", "제갈", "황보", "독고", "사공", "서문")
STOP = set(
    """이날 이번 이후 이전 이와 이어 이에 이를 이는 이달 한편 현재 당시 최근 오는 지난 올해 내년 지난해 전날 당일 정부 관계자
    전문가 업계 국내 해외 주요 최대 최고 최초 신임 전임 초대 차기 현직 전직 역대 공동 단독 담당 통상 산업 우리 양국 양측 각국
    주무 소관 가운데 관련 대표단 부처 정책 정상 세계 글로벌 연내 다음 직전 직후 동시 반면 또한 특히 아울러 또 및 겸 등 측 각
    첫 前 現 현 전 제1 제2 제3 제1차 한국인 미국인 당국자 고위 실무 주한 주미 주중 주일 관계부처 한국측 미국측 상대국 협상단
    장관급 차관급 국장급 실무진 간담회 회의 회담 업체 기업 정부측 이사회 경제 안보 외교 무역 회장단 노조 소재 대학 대학교
    학과 교수진 연구진 선임 수석 책임 본부 관계 민간 민관 합동 공식 당국 정부부처 경제산업 상무 국무 재무""".split()
)
PLACES = set(
    """서울 세종 부산 인천 대구 광주 대전 울산 창원 평택 여수 포항 구미 청주 천안 새만금 워싱턴 뉴욕 도쿄 베이징 상하이 브뤼셀
    런던 파리 베를린 제네바 자카르타 하노이 오사카 시드니 멜버른 오타와 토론토 뉴델리 방콕 쿠알라룸푸르 마닐라 타이베이 선전
    충칭 톈진 다롄 텍사스 애리조나 캘리포니아 오하이오 미시간 테네시 켄터키 인디애나 앨라배마 조지아 뉴저지 실리콘밸리
    캠프 데이비드 다보스 스트라스부르 룩셈부르크 헤이그 홍콩 마카오""".split()
)
_PAREN = re.compile(r"\(([^()]*)\)")
# A personal name gloss: capitalised words with lower-case letters (Gina Raimondo, Saito Ken), not USTR.
_LATIN_NAME = re.compile(r"^[A-Z][a-z'’\-\.]*[a-z][A-Za-z'’\-\.]*(?:\s+[A-Z][a-z'’\-\.]*[a-z][A-Za-z'’\-\.]*){0,3}$")
_STRONG_JOSA = ("과", "와", "은", "는", "을", "를", "에서", "의", "에게", "께서", "으로", "로")
_TRAIL_PUNCT = "\"'“”‘’,.;:!?…)]」』·"


@dataclass
class _Person:
    name: str
    title: str | None = None
    affiliation: str | None = None
    actor_id: str | None = None
    korean_name: bool = False
    mentions: int = 0
    first: int = 10**9


@lru_cache(maxsize=1)
def _known_non_names() -> frozenset[str]:
    words = set(STOP) | PLACES
    cg = load_country_gazetteer()
    words |= {k for k in cg.ko}
    for a in load_actor_gazetteer().all_aliases():
        if " " not in a:
            words.add(a)
    for a in load_company_gazetteer().all_aliases():
        if " " not in a:
            words.add(a)
    words |= set(load_actor_gazetteer().generic)
    return frozenset(words)


@lru_cache(maxsize=8192)
def _is_country_word(w: str) -> bool:
    return any(m.start == 0 for m in find_countries(w, korean=True))


def build_tables() -> None:
    """Build the tables this tagger derives from the gazetteers now instead of on first use."""
    _known_non_names()
    _generic_settles()


def clear_memos() -> None:
    """Forget the per-word and per-title memos (country-word checks, title affiliations), keeping the tables."""
    _is_country_word.cache_clear()
    _affiliation.cache_clear()
    _affiliation_en.cache_clear()


def _core(word: str) -> tuple[str, bool]:
    """Word without trailing punctuation and particle; whether anything was stripped."""
    w = word.rstrip(_TRAIL_PUNCT)
    stripped = w != word
    w2 = strip_josa(w, stems=_TITLE_T)
    return w2, stripped or w2 != w


_TITLE_SET = frozenset(TITLES)
_TITLE_LENGTHS = tuple(sorted({len(t) for t in TITLES}, reverse=True))
# Any title anywhere in a sentence: without one there is no "NAME … TITLE" to find.
_ANY_TITLE = re.compile(trie_regex_source([re.escape(ch) for ch in t] for t in TITLES))
# The same matches from the shared Aho-Corasick pass over the joined article (already made for the other
# scanners) instead of one more `re` pass over it, testing each character against the titles' first characters.
_ANY_TITLE_SCAN = TrieScanner([re.escape(ch) for ch in t] for t in TITLES)


def _title_suffix(core: str) -> str | None:
    """The longest title the word ends with (장관 in 상무장관 is shadowed by 상무장관)."""
    n = len(core)
    for k in _TITLE_LENGTHS:
        if k <= n and core[-k:] in _TITLE_SET:
            return core[-k:]
    return None


def _korean_name_shape(w: str) -> bool:
    if not all(is_hangul(c) for c in w):
        return False
    if len(w) == 3 and w[0] in SURNAMES:
        return True
    if len(w) in (3, 4) and w[:2] in COMPOUND_SURNAMES:
        return True
    return False


def _clean_word(w: str) -> str:
    return w.strip("\"'“”‘’,.;:!?…()[]「」『』")


def _word_index(text: str, i: int) -> int:
    """Index in ``text.split()`` of the word at the non-space position ``i``."""
    n = len(text[:i].split())
    return n - 1 if i and not text[i - 1].isspace() else n


def _find_people_ko(text: str, found: dict[str, _Person], sent_index: int, latin_names: dict[str, str],
                    title_at: list[int] | None = None) -> None:

    # Only words with a title inside can end with one (titles have no spaces): find those first
    # (``title_at``: their positions when the caller already has them).
    if title_at is None:
        title_at = [m.start() for m in _ANY_TITLE.finditer(text)]
    if not title_at:
        return
    g = load_actor_gazetteer()
    non_names = _known_non_names()
    words = text.split()  # the \S+ runs; a title's word is found by counting the words before it
    candidates = sorted({_word_index(text, i) for i in title_at})
    per_sentence: dict[str, _Person] = {}
    for t in candidates:
        word = words[t]
        core, stripped = _core(word)
        suffix = _title_suffix(core)
        if not suffix:
            continue
        nxt = words[t + 1] if t + 1 < len(words) else ""
        if not (stripped or not nxt or nxt.startswith(FOLLOW_OK) or nxt[:1] in _TRAIL_PUNCT):
            continue
        phrase: list[str] = []
        name: str | None = None
        korean = False
        j = t - 1
        while j >= 0 and len(phrase) <= 5:
            w = _clean_word(words[j])
            if not w:
                break
            # Multi-word names known from the gazetteer or a Latin gloss, ending at word j.
            for span in (3, 2):
                if j - span + 1 >= 0:
                    cand = " ".join(_clean_word(x) for x in words[j - span + 1 : j + 1])
                    if g.person_id_for(cand) or cand in latin_names:
                        name = cand
                        break
            if name:
                break
            if g.person_id_for(w) or w in latin_names:
                name = w
                break
            if w != words[j].rstrip(_TRAIL_PUNCT) and words[j][-1:] not in "·":
                break  # punctuation inside the phrase: 장관, 차관 … lists
            if strip_josa(w) != w and not _korean_name_shape(w) and not is_nominal(w):
                break
            if (w in non_names or w.isdigit() or "·" in w or _is_country_word(w)
                    or _title_suffix(w) and not _korean_name_shape(w)):
                phrase.insert(0, w)
                j -= 1
                continue
            if _korean_name_shape(w) and (strip_josa(w) == w or is_nominal(w)):  # (Kiwi only when needed)
                name, korean = w, True
                break
            # Foreign name: the word right before a foreign affiliation (미국, USTR …), or a proper noun per
            # Kiwi, or right after an organisation/country in the genitive (중국 외교부의 궈자린 대변인).
            before_word = strip_josa(_clean_word(words[j - 1])) if j > 0 else ""
            foreign_ctx = (any(p in non_names and p not in STOP and p not in PLACES for p in phrase)
                           or (before_word in non_names and before_word not in STOP and before_word not in PLACES)
                           or has_proper_noun(w))
            hangul_word = all(is_hangul(c) for c in w) and len(w) >= 2
            if foreign_ctx and hangul_word and not w.endswith(_STRONG_JOSA) and (phrase != [] or is_nominal(w)):
                parts = [w]
                k = j - 1
                while k >= 0 and len(parts) < 3:
                    prev = _clean_word(words[k])
                    if (not prev or prev != words[k] or prev in non_names
                            or not all(is_hangul(c) for c in prev) or not is_nominal(prev)):
                        break
                    parts.insert(0, prev)
                    k -= 1
                name = " ".join(parts)
                break
            if not is_nominal(w):
                break
            phrase.insert(0, w)
            j -= 1
        if not name or name in non_names:
            continue
        korean = korean or _korean_name_shape(name)
        title = core
        if "겸" in phrase:
            first_title = next((i for i, p in enumerate(phrase) if _title_suffix(p)), None)
            if first_title is not None:
                title = " ".join(phrase[first_title:] + [core])
        affiliation = _affiliation(" ".join(phrase + [core]))
        known = per_sentence.get(name)
        if known is None or len(title) > len(known.title or ""):
            per_sentence[name] = _Person(name, title, affiliation, g.person_id_for(name), korean, first=sent_index)
    for name, p in per_sentence.items():
        cur = found.get(name)
        if cur is None:
            found[name] = p
        else:
            if cur.title is None:
                cur.title = p.title
            cur.affiliation = cur.affiliation or p.affiliation


TITLE_ORG = {"상무장관": "상무부", "상무부장": "상무부", "외교부장": "외교부", "경제산업대신": "jp.meti", "경제산업상": "jp.meti",
             "통상교섭본부장": "kr.motie", "무역대표": "us.ustr"}


# A title phrase's affiliation depends on the phrase alone (the gazetteer, TITLE_ORG, the qualifiers), and a
# day repeats the same few (2,000 generated articles: 2,420 look-ups, 29 distinct phrases): memoised, as
# each look-up is an organisation scan of the phrase (docs/performance.md, *Profiled again*).
@lru_cache(maxsize=4096)
def _affiliation(phrase: str) -> str | None:
    orgs = find_organizations(phrase)
    if orgs:
        return orgs[0][0]
    g = load_actor_gazetteer()
    for key, target in TITLE_ORG.items():
        if key in phrase:
            if target in g.generic:
                options = g.generic[target]
                code = None
                for c, quals in QUALIFIERS_KO.items():
                    if any(q in phrase and re.search(rf"(?<![가-힣]){re.escape(q)}(?![가-힣])", phrase) for q in quals):
                        code = c
                        break
                if key.endswith("부장"):
                    code = code or "CN"
                return options.get(code or "default") or options.get("default")
            return target
    return None


_EN_TITLE = (
    r"(?:Prime Minister|Vice Minister|Deputy Minister|Minister|Secretary|Trade Representative|Representative|Commissioner|"
    r"President|Vice President|Director|Spokesperson|Spokesman|Spokeswoman|Ambassador|Chairman|Chairwoman|Chair|CEO|"
    r"Governor|Premier|Chancellor|Administrator|Undersecretary|Under Secretary)"
)
_EN_NAME = r"[A-Z][a-zA-Z'’\-]+(?:\s+[A-Z][a-zA-Z'’\-]+){0,2}"
_EN_TITLE_FIRST = re.compile(
    rf"((?:[A-Z][A-Za-z.,&]*\s+){{0,5}}{_EN_TITLE}(?:\s+(?:of|for)\s+[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*(?:,?\s+(?:and|&)\s+[A-Z][a-z]+)?)?)"
    rf"\s+({_EN_NAME})"
)
_EN_ROLE = (
    r"(?:minister|secretary|representative|commissioner|president|director|spokesperson|spokesman|spokeswoman|"
    r"ambassador|chairman|chief executive|professor|researcher|analyst|economist|fellow|official)"
)
_EN_APPOSITIVE = re.compile(
    rf"({_EN_NAME}),\s+(?:the\s+|a\s+)?((?:[A-Z][\w.]*(?:'s|’s)?\s+|[a-z\-]+\s+){{0,5}}{_EN_ROLE})\b"
)
# Every match of _EN_TITLE_FIRST holds a title and every match of _EN_APPOSITIVE a role word: the sentences
# holding one are found from the literal prefixes of both lists in the taggers' one pass over the joined
# article (text.LiteralIndex), and only those are searched (the two patterns start with a capital letter:
# re tries them at every one).
_EN_CUES = LiteralIndex.for_patterns([re.compile(_EN_TITLE), re.compile(_EN_ROLE)])
_EN_NOT_NAME = {"The", "A", "An", "On", "In", "At", "He", "She", "It", "They", "We", "This", "That", "But", "And", "Trade",
                "Commerce", "Industry", "Energy", "Finance", "Foreign", "Korea", "China", "Japan", "U.S.", "US"}


def _english_cues(doc: Doc) -> dict[int, set[int]]:
    """Sentence index -> which of the two cue lists (0: titles, 1: role words) occur in it."""
    text, starts = doc.joined()
    out: dict[int, set[int]] = {}
    for p, ids in _EN_CUES.hits(text):
        out.setdefault(bisect_right(starts, p) - 1, set()).update(ids)
    return out


def _find_people_en(text: str, found: dict[str, _Person], sent_index: int,
                    cues: set[int] | frozenset[int] = frozenset({0, 1})) -> None:
    """People named with an English title or role word in one sentence; ``cues``: the lists that occur in it
    (see :func:`_english_cues`; a pattern whose list does not occur cannot match)."""
    g = load_actor_gazetteer()
    for m in (_EN_TITLE_FIRST.finditer(text) if 0 in cues else ()):
        title, name = m.group(1).strip(), m.group(2).strip()
        name_words = name.split()
        while name_words and name_words[-1] in ("said", "says"):
            name_words.pop()
        if not name_words or name_words[0] in _EN_NOT_NAME:
            continue
        name = " ".join(name_words)
        if len(name_words) == 1 and not g.person_id_for(name):
            continue
        title_words = title.split()
        # Keep the title proper (drop sentence-initial words such as "On Monday,").
        while title_words and title_words[0].rstrip(",") in _EN_NOT_NAME - {"Trade", "Commerce", "Industry", "Energy",
                                                                              "Finance", "Foreign", "Korea", "China",
                                                                              "Japan", "U.S.", "US"}:
            title_words.pop(0)
        title = " ".join(title_words)
        _add_en(found, name, title, sent_index)
    for m in (_EN_APPOSITIVE.finditer(text) if 1 in cues else ()):
        name, title = m.group(1).strip(), m.group(2).strip()
        if name.split()[0] in _EN_NOT_NAME or len(name.split()) < 2:
            continue
        _add_en(found, name, title, sent_index)


def _add_en(found: dict[str, _Person], name: str, title: str, sent_index: int) -> None:
    g = load_actor_gazetteer()
    if name not in found:
        found[name] = _Person(name, title, _affiliation_en(title), g.person_id_for(name), first=sent_index)


@lru_cache(maxsize=4096)
def _affiliation_en(title: str) -> str | None:  # (memoised: as ``_affiliation``)
    orgs = find_organizations(title)
    if orgs:
        return orgs[0][0]
    t = title.lower()
    if "commerce secretary" in t:
        return "us.doc"
    if "trade representative" in t:
        return "us.ustr"
    if "treasury secretary" in t:
        return "us.treasury"
    return None


def _is_syllable(ch: str) -> bool:
    return "가" <= ch <= "힣"  # the class [가-힣]


def _is_latin(ch: str) -> bool:
    return "A" <= ch <= "Z" or "a" <= ch <= "z"  # the class [A-Za-z]


# What may follow a person's name, as regexes compiled once (``.match`` at the name's end): a
# surname followed by a title (consumed), a Korean last name followed by a title, a particle or a
# separator (looked at, not consumed).
_TITLE_AFTER = re.compile(rf"\s?(?:{'|'.join(TITLES)})")
_KO_LAST_AFTER = re.compile(rf"(?=\s?(?:{'|'.join(TITLES)})|{'|'.join(JOSA)}|[\s,.\"'])")


@dataclass(frozen=True)
class _NameAlternative:
    """One alternative of a person's mention pattern: ``(?<!before)literal`` + an optional ``after`` rule."""

    literal: str
    before: Any  # a char test: the character in front must not pass it
    after: Any = None  # None, "not-latin" (``(?![A-Za-z])``) or a compiled regex matched at the literal's end

    def end_at(self, text: str, start: int) -> int | None:
        if start > 0 and self.before(text[start - 1]):
            return None
        end = start + len(self.literal)
        if self.after is None:
            return end
        if self.after == "not-latin":
            return None if end < len(text) and _is_latin(text[end]) else end
        m = self.after.match(text, end)
        return None if m is None else m.end()


def _alternation_spans(text: str, alternatives: list[_NameAlternative]):
    """The (start, end) spans ``re.finditer`` of the alternation ``A1|A2|…`` would give: at the leftmost
    position where one alternative matches, the first such alternative in order wins, and the scan goes
    on after the match. Done with ``str.find`` per literal - the names are different in every article,
    and compiling the alternation (with the title list in it) per person cost more than the scan."""
    nxt = [text.find(a.literal) for a in alternatives]
    while True:
        found = [x for x in nxt if x >= 0]
        if not found:
            return
        start = min(found)
        end = None
        for i, alt in enumerate(alternatives):
            if nxt[i] == start:
                end = alt.end_at(text, start)
                if end is not None:
                    break
        resume = start + 1 if end is None else max(end, start + 1)
        if end is not None:
            yield start, end
        for i, alt in enumerate(alternatives):
            if 0 <= nxt[i] < resume:
                nxt[i] = text.find(alt.literal, resume)


def _name_alternatives(p: _Person, surname_unique: bool) -> list[_NameAlternative]:
    g = load_actor_gazetteer()
    surfaces = {p.name}
    if p.actor_id and p.actor_id in g.people:
        person = g.people[p.actor_id]
        surfaces |= {person["name"], *person.get("aliases", [])}
    out = []
    for s in sorted(surfaces, key=len, reverse=True):
        if any(is_hangul(c) for c in s):
            out.append(_NameAlternative(s, _is_syllable))
        else:
            out.append(_NameAlternative(s, _is_latin, "not-latin"))
    words = p.name.split()
    if p.korean_name and surname_unique and p.name[0] != "한":
        out.append(_NameAlternative(p.name[0], _is_syllable, _TITLE_AFTER))
    elif len(words) > 1 and len(words[-1]) >= 2:
        last = words[-1]
        if any(is_hangul(c) for c in last):
            out.append(_NameAlternative(last, _is_syllable, _KO_LAST_AFTER))
        else:
            out.append(_NameAlternative(last, _is_latin, "not-latin"))
    return out


_HANGUL_RUN = re.compile(r"[가-힣]*")


def _hangul_run(text: str) -> str:
    """The Hangul syllables ``text`` starts with ("" if none)."""
    m = _HANGUL_RUN.match(text)
    return m.group(0) if m else ""


def _count_person(p: _Person, texts: list[str], surname_unique: bool) -> int:
    alternatives = _name_alternatives(p, surname_unique)
    n = 0
    for text in texts:
        for start, end in _alternation_spans(text, alternatives):
            rest = text[end : end + 4]
            if any(is_hangul(c) for c in text[start:end]) and rest[:1] and is_hangul(rest[0]):
                # 조현병 is not 조현: a Hangul tail must be a particle or a title.
                tail = _hangul_run(text[end:])
                if not (tail in JOSA or tail.startswith(_TITLE_T) or tail in ("씨", "측")):
                    continue
            n += 1
    return n


def _joined_matches(doc: Doc, rx: Any) -> dict[int, list[tuple[str, int, int]]]:
    """Sentence index -> (surface, start, end) of the matches of ``rx`` (a regex or TrieScanner) in one scan
    of :meth:`Doc.joined`, spans relative to the sentence."""
    text, starts = doc.joined()
    out: dict[int, list[tuple[str, int, int]]] = {}
    for m in rx.finditer(text):
        a = m.start()
        i = bisect_right(starts, a) - 1
        out.setdefault(i, []).append((m.group(0), a - starts[i], m.end() - starts[i]))
    return out


def doc_organizations(doc: Doc) -> list[tuple[int, str, str]]:
    """(sentence index, actor_id, surface) of every organization mention in the article, in order;
    computed once per prepared article (the actor and country taggers share it)."""
    cached = doc.cache.get("organizations")
    if cached is None:
        # One scan of the joined article (no name spans the separator), resolved sentence by sentence
        # in order (qualifiers and the generic-name memory look at the sentence only).
        memory: dict[str, str] = {}
        per_sentence = _joined_matches(doc, load_actor_gazetteer().org_rx)
        named_counts: list[Counter[str]] = []

        def named() -> Counter[str]:
            if not named_counts:
                named_counts.append(Counter(code for m in find_countries(doc.joined()[0], korean=doc.is_korean)
                                            if not m.region for code in m.codes))
            return named_counts[0]

        cached = [(i, oid, surface) for i in sorted(per_sentence)
                  for oid, surface, _s, _e in _resolve_organizations(doc.sentences[i].text, per_sentence[i], memory,
                                                                     named)]
        doc.cache["organizations"] = cached
    return cached


def tag_actors(article: Any) -> list[ActorHit]:
    doc: Doc = prepare(article)
    g = load_actor_gazetteer()
    joined = doc.joined()[0]  # mentions are counted in one scan (no name spans two sentences)
    # ---- organizations
    org_mentions: dict[str, int] = defaultdict(int)
    org_first: dict[str, int] = {}
    for s_index, oid, _surface in doc_organizations(doc):
        org_mentions[oid] += 1
        org_first.setdefault(oid, s_index)
    # ---- people
    people: dict[str, _Person] = {}
    # Korean: only sentences with a title somewhere (one scan of the joined article) or a parenthesis
    # (a gloss removed before the search could bring two halves of a title together) can name someone.
    titled = _joined_matches(doc, _ANY_TITLE_SCAN) if doc.is_korean else None
    cued = None if doc.is_korean else _english_cues(doc)
    for s in doc.sentences:
        if not s.text:
            continue
        text = s.text
        if titled is not None and s.index not in titled and "(" not in text:
            continue
        latin_names: dict[str, str] = {}
        if doc.is_korean:
            # 지나 러몬도(Gina Raimondo): the Latin gloss tells how many words the name has.
            for m in (_PAREN.finditer(text) if "(" in text else ()):  # (no gloss without a parenthesis)
                latin = m.group(1).strip()
                if not _LATIN_NAME.match(latin):
                    continue
                n = len(latin.split())
                before = text[: m.start()].split()
                picked: list[str] = []
                for w in reversed(before):
                    if len(picked) == n:
                        break
                    if w.endswith(_STRONG_JOSA) or w in STOP or not any(is_hangul(c) for c in w):
                        if picked:
                            break
                        else:
                            break
                    picked.insert(0, w)
                if picked:
                    latin_names[" ".join(picked)] = latin
            clean = _PAREN.sub("", text) if "(" in text else text
            title_hits = titled.get(s.index) if titled is not None and "(" not in text else None  # clean == text
            _find_people_ko(clean, people, s.index, latin_names,
                            [a for _, a, _ in title_hits] if title_hits else None)
        elif cued is not None and s.index in cued:
            _find_people_en(text, people, s.index, cued[s.index])
    # Gazetteer people named anywhere (트럼프, Gina Raimondo), even without a title.
    if g.person_rx is not None:
        person_hits = _joined_matches(doc, g.person_rx)
        for s_index in sorted(person_hits):
            s = doc.sentences[s_index]
            for surface, m_start, m_end in person_hits[s_index]:
                rest = s.text[m_end:]
                if any(is_hangul(c) for c in surface):
                    if m_start and is_hangul(s.text[m_start - 1]):
                        continue
                    tail = _hangul_run(rest)
                    if tail and not (tail in JOSA or tail.startswith(_TITLE_T) or tail in ("씨", "측")):
                        continue
                pid = g.person_id_for(surface)
                if pid is None:  # not reached: person_rx matches only the gazetteer's own names
                    continue
                pname = g.people[pid]["name"]
                if not any(p.actor_id == pid for p in people.values()):
                    title = None
                    nxt = rest.split()[:1]
                    if nxt:
                        core, _ = _core(nxt[0])
                        if _title_suffix(core):
                            title = core
                    people[pname] = _Person(pname, title, None, pid, korean_name=False, first=s.index)
    # ---- mentions and ids
    surname_count: dict[str, int] = defaultdict(int)
    for p in people.values():
        if p.korean_name:
            surname_count[p.name[0]] += 1
    # A later short reference (하트먼 for 마틴 하트먼) is the same person, not a new one.
    full_names = [p.name for p in people.values() if " " in p.name]
    for short in [n for n in people if " " not in n]:
        if any(f.split()[-1] == short or f.split()[0] == short for f in full_names):
            people.pop(short)
    hits: list[tuple[int, ActorHit]] = []
    seen_ids: set[str] = set()
    for p in sorted(people.values(), key=lambda x: x.first):
        pid = p.actor_id or g.person_id_for(p.name) or f"person:{p.name}"
        if pid in seen_ids:
            continue
        seen_ids.add(pid)
        p.actor_id = pid
        n = max(1, _count_person(p, [joined], surname_count[p.name[0]] == 1 if p.korean_name else False))
        name = g.people[pid]["name"] if pid in g.people else p.name
        country = g.people[pid].get("country") if pid in g.people else None
        hits.append((p.first, ActorHit(pid, name, "person", p.title, n, p.affiliation, country)))
    for oid, n in org_mentions.items():
        o = g.orgs[oid]
        hits.append((org_first[oid], ActorHit(oid, o["name"], "organization", None, n, None, o.get("country"))))
    hits.sort(key=lambda x: (-x[1].mentions, x[0], x[1].actor_id))
    return [h for _, h in hits]
