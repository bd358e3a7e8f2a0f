"""Country names in text: the country gazetteer and ``find_countries`` (no zones, no roles).

Names come from ``countries_world.csv`` (ko/en/ja/zh -> ISO 3166-1 alpha-2, loaded at
run time, see :mod:`chainwire.enrich.reference`) plus the forms Korean press uses:

* short names and aliases: 한국, 북한, 호주, 사우디, 남아공, 타이완 …; English
  aliases and demonyms (U.S., South Korea, Chinese, Japanese …);
* headline hanja: 美 中 日 韓 北 露 英 獨 佛 印 濠 - only as stand-alone abbreviations
  (not inside 北京, 中企 …);
* compounds of one-syllable abbreviations, with or without a dot: 한미, 한·미·일,
  미중, 한중일, 미·러, 남북, 러우 …, and ``한·`` + a full name (한·인도, 한·EU);
* ``대미/대중/대일/대러/대북`` (對-) before a trade word, ``방미/방중/방일/방한``,
  ``주미/주중/주일/주한`` before 대사(관);
* regions: 동남아(시아)/아세안/ASEAN/Southeast Asia -> the 11 ASEAN members;
  EU/유럽연합/European Union -> the pseudo-code ``EU`` (ISO 3166 "exceptionally
  reserved" code; members are not expanded); 북미/North America -> US, CA, MX.

Decisions: ``북미`` is North America (US, CA, MX) unless followed by a word of the
US-North Korea relationship (정상회담, 대화, 협상, 회담, 관계, 비핵화 …) or written
with a dot (``북·미``) - then it is US + KP. ``유럽`` alone, 중동, 남미, 아프리카 are
not countries and are not tagged. Cities (워싱턴, 베이징) are not countries.
A country name glued to the front of an organisation or company name
(한국무역협회, 한국전력) is not a country mention; a separate qualifier word
(미국 상무부) is. ``조지아``/Georgia is dropped (in this press it is the US state).

Substring traps handled: 인도 in 인도네시아/인도양/인도·태평양 and 인도(引渡, delivery)
verbs, 중국어/일본어/한국어, 남중국해/동중국해, 남미 국가, 한미반도체, 대만족, 호주머니,
부탄가스 …; a name glued to 어 (a language: 스페인어로) or to a newspaper/broadcaster word
(한국경제신문, 중국중앙TV), an English country word beginning a newspaper's, agency's or airline's
name (the Korea Herald, China Daily, Japan Airlines) or "… of America" (Bank of America) is not the
country; names that are also common words (수단, 가나, 오만, 말리, 차드, 기니, 통가,
Chad, Jordan) only count next to government words or in a list with another country.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .gazetteers import load_actor_gazetteer, load_company_gazetteer
from .reference import countries_rows
from .text import JOSA, TrieScanner, fast_alternation, is_hangul, literal_alternation, trie_regex_source

log = logging.getLogger(__name__)

ASEAN = ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL")
NORTH_AMERICA = ("US", "CA", "MX")
EU = "EU"


# ------------------------------------------------------------------ built-in forms

# Korean short forms and aliases not (or not in this form) in the reference table.
KO_ALIASES: dict[str, tuple[str, ...]] = {
    "한국": ("KR",), "대한민국": ("KR",), "남한": ("KR",), "북한": ("KP",), "미국": ("US",), "중국": ("CN",),
    "중화인민공화국": ("CN",), "일본": ("JP",), "호주": ("AU",), "오스트레일리아": ("AU",), "사우디": ("SA",),
    "사우디아라비아": ("SA",), "터키": ("TR",), "튀르키예": ("TR",), "남아공": ("ZA",), "민주콩고": ("CD",),
    "콩고민주공화국": ("CD",), "타이완": ("TW",), "대만": ("TW",), "아랍에미리트": ("AE",),
    "러시아": ("RU",), "영국": ("GB",), "타이": ("TH",), "인니": ("ID",), "베트남": ("VN",), "체코": ("CZ",), "뉴질랜드": ("NZ",),
    "인도": ("IN",), "인도네시아": ("ID",), "캐나다": ("CA",), "멕시코": ("MX",), "독일": ("DE",),
    "프랑스": ("FR",), "칠레": ("CL",), "아르헨티나": ("AR",), "브라질": ("BR",), "네덜란드": ("NL",),
    "싱가포르": ("SG",), "말레이시아": ("MY",), "태국": ("TH",), "필리핀": ("PH",), "미얀마": ("MM",),
    "캄보디아": ("KH",), "라오스": ("LA",), "브루나이": ("BN",), "동티모르": ("TL",), "우크라이나": ("UA",),
    "이스라엘": ("IL",), "이란": ("IR",), "카타르": ("QA",), "몽골": ("MN",), "카자흐스탄": ("KZ",),
    "이탈리아": ("IT",), "스페인": ("ES",), "폴란드": ("PL",), "스웨덴": ("SE",), "노르웨이": ("NO",),
    "벨기에": ("BE",), "스위스": ("CH",), "헝가리": ("HU",), "페루": ("PE",), "짐바브웨": ("ZW",),
    "홍콩": ("HK",), "마카오": ("MO",), "파나마": ("PA",), "이집트": ("EG",), "예멘": ("YE",),
}
KO_REGIONS: dict[str, tuple[str, ...]] = {
    "동남아시아": ASEAN, "동남아": ASEAN, "아세안": ASEAN, "유럽연합": (EU,), "유럽 연합": (EU,),
    "북미": NORTH_AMERICA,
}
# Common-word homographs: only with government context or next to another country.
AMBIGUOUS_KO = {"타이", "수단", "가나", "오만", "말리", "차드", "기니", "통가", "부탄", "요르단", "토고", "나우루", "가봉", "피지", "아이티"}
DROPPED_KO = {"조지아", "남극"}
# Glued words that contain a country name without meaning the country.
KO_BLOCKERS = [
    "인도·태평양", "인도태평양", "인도 태평양", "인태", "인도양", "인도차이나", "영국식 영어",
    "남중국해", "동중국해", "중국해", "남미", "중남미", "한미반도체", "한일시멘트", "한중엔시에스", "대만족", "호주머니",
    "호주제", "부탄가스", "이란성", "오만한", "오만함", "수단과 방법", "가나다", "말리는", "말리고", "터키석",
    "미국선물", "조지아주", "조지아 주", "중국집", "북미자유무역협정",
    "인도적", "인도주의", "러시아워",
]
# A country name glued to what follows it is not the country when the whole is a language
# (스페인어로, 베트남어 통역; not 중국어선 or 중국어민, a fishing boat and fishermen), the
# name of a newspaper, agency or broadcaster (한국경제신문, 일본경제신문, 중국중앙TV, 한국해운신문)
# or of a broker, rating agency, chamber or association (한국투자증권, 한국기업평가, 한국배터리산업협회),
# as for the organisations of the gazetteers (below): one rule for what used to be listed word by word.
KO_GLUED_NOT_COUNTRY = re.compile(
    rf"어(?:{literal_alternation(JOSA)})?(?![가-힣])|어(?=권|판|학|교육|통역|번역|자막|회화|능력|사용|화자|공부|실력)"
    r"|[가-힣]{0,4}?(?:신문|일보|방송|TV|타임스|헤럴드|데일리|통신(?![가-힣])|통신(?=사|[은는이가을를의에와과도]))"
    r"|[가-힣]{0,6}?(?:투자증권|자산운용|신용평가|기업평가|상공회의소|협회|연합회|협의회|학회)"
)
# 인도 = delivery (引渡) when followed by these.
INDO_DELIVERY = re.compile(r"\s?(?:하|했|한다|할|함|해|된|될|됐|돼|되|받|분|물량|시점|일정|기한|조건|예정|량|식|계약)")
INDO_DELIVERY_BEFORE = ("선적 및 ", "선적과 ", "선적·", "납품 및 ", "생산 및 ", "인수 및 ", "인수·")
KO_PREFIXES = set("대탈친반주재방비범전對脫親反駐訪在汎非")
AMBIG_CONTEXT = re.compile(r"\s?(?:정부|당국|대통령|총리|국왕|왕국|공화국|대사관|외교부|현지|정상|산(?![업림])|의회|중앙은행)")

ABBR: dict[str, str] = {
    "한": "KR", "미": "US", "일": "JP", "중": "CN", "러": "RU", "북": "KP", "독": "DE", "영": "GB", "프": "FR",
    "불": "FR", "캐": "CA", "호": "AU", "인": "IN", "베": "VN", "우": "UA", "남": "KR",
}
# Undotted compounds that are words of international relations (남 only with 북).
COMPOUNDS = [
    "한미일", "한중일", "한일중", "미중일", "한미중", "북중러", "미영호", "한미", "한일", "한중", "미중", "미일", "중일",
    "북중", "북러", "한러", "미러", "중러", "러우", "남북", "한독", "한영", "한불", "한캐", "한호", "한베", "미영",
    "북미",
]
COMPOUND_SUFFIX = re.compile(
    r"(?:[\s\d\"'“”‘’()\[\],.·…!?~/:;\x00-]|$|간|관계|정상|3국|3자|양국|FTA|동맹|공조|협력|갈등|경쟁|무역|통상|관세|회담|회의|"
    r"외교|연합|공동|합의|협정|안보|경제|산업|기업|전쟁|패권|대화|협상|은|는|이|가|을|를|의|에|도|와|과|로|뿐|사이|측)"
)
NK_RELATION = re.compile(r"[\s]?(?:정상|대화|협상|회담|관계|비핵화|접촉|수교|공동성명|싱가포르\s?합의|간)")
HANJA: dict[str, str] = {
    "美": "US", "中": "CN", "日": "JP", "韓": "KR", "北": "KP", "露": "RU", "英": "GB", "獨": "DE", "独": "DE",
    "佛": "FR", "印": "IN", "濠": "AU", "豪": "AU", "臺": "TW", "越": "VN", "加": "CA",
}
# What may follow 中 meaning "in progress" after a word (검토 中, 협상 中…): the end, an ellipsis, a closing
# quote or bracket (a comma or a noun after it is China: 美 압박에 中, 보복; 中 공장).
HANJA_DURING_NEXT = frozenset("…'\"’”」』)]\x00")
# ... and the verbal nouns it follows then (비상 걸린 中 is China).
HANJA_DURING_AFTER = tuple("""검토 협상 논의 조사 진행 개발 추진 공사 운영 준비 협의 수사 심사 건설 시행 고민 모색 조율 작업 점검
    시험 판매 생산 통화 회의 방문 출장 수입 수출 교섭 대화 재판 심의 구상 타진 저울질""".split())
DAE_TRADE = re.compile(
    r"\s?(?:수출|수입|무역|투자|관세|통상|협상|제재|압박|견제|의존|외교|정책|흑자|적자|협력|관계|전략|리스크|경제|공세|"
    r"강경|유화|교역|특사|라인|채널|메시지|보복|반도체|배터리|규제)"
)
BANG_OK = re.compile(r"(?:$|[\s\"'”’),.·…\x00]|을|은|는|이|의|에|길|중|기간|일정|때|당시|했|하|한|해|으로|을 앞두)")
JU_EMBASSY = re.compile(r"\s?(?:(?:한국|미국|중국|일본|러시아)\s?)?(?:대사|공사|특파원|상공회의소|미군|총영사)")

EN_ALIASES: dict[str, tuple[str, ...]] = {
    "United States": ("US",), "U.S.": ("US",), "US": ("US",), "USA": ("US",), "U.S.A.": ("US",), "America": ("US",),
    "American": ("US",), "Americans": ("US",), "South Korea": ("KR",), "Korea": ("KR",), "Republic of Korea": ("KR",),
    "ROK": ("KR",), "South Korean": ("KR",), "Korean": ("KR",), "Koreans": ("KR",), "North Korea": ("KP",),
    "North Korean": ("KP",), "DPRK": ("KP",), "China": ("CN",), "Chinese": ("CN",), "Japan": ("JP",),
    "Japanese": ("JP",), "Taiwan": ("TW",), "Taiwanese": ("TW",), "Russia": ("RU",), "Russian": ("RU",),
    "Vietnam": ("VN",), "Vietnamese": ("VN",), "India": ("IN",), "Indian": ("IN",), "Indonesia": ("ID",),
    "Indonesian": ("ID",), "United Kingdom": ("GB",), "UK": ("GB",), "U.K.": ("GB",), "Britain": ("GB",),
    "British": ("GB",), "Great Britain": ("GB",), "Germany": ("DE",), "German": ("DE",), "France": ("FR",),
    "French": ("FR",), "Australia": ("AU",), "Australian": ("AU",), "Canada": ("CA",), "Canadian": ("CA",),
    "Mexico": ("MX",), "Mexican": ("MX",), "Netherlands": ("NL",), "Dutch": ("NL",), "Iran": ("IR",),
    "Iranian": ("IR",), "Turkey": ("TR",), "Czech Republic": ("CZ",), "Saudi Arabia": ("SA",), "Saudi": ("SA",),
    "UAE": ("AE",), "Emirati": ("AE",), "Chile": ("CL",), "Chilean": ("CL",), "Argentina": ("AR",),
    "Brazil": ("BR",), "Brazilian": ("BR",), "Philippines": ("PH",), "Philippine": ("PH",), "Filipino": ("PH",),
    "Thailand": ("TH",), "Thai": ("TH",), "Malaysia": ("MY",), "Malaysian": ("MY",), "Singapore": ("SG",),
    "Singaporean": ("SG",), "Ukraine": ("UA",), "Ukrainian": ("UA",), "Israel": ("IL",), "Israeli": ("IL",),
    "Italy": ("IT",), "Italian": ("IT",), "Spain": ("ES",), "Spanish": ("ES",), "Poland": ("PL",), "Polish": ("PL",),
    "Sweden": ("SE",), "Swedish": ("SE",), "Swiss": ("CH",), "Laos": ("LA",), "Bolivia": ("BO",),
    "Venezuela": ("VE",), "Tanzania": ("TZ",), "Moldova": ("MD",), "Syria": ("SY",), "Brunei": ("BN",),
    "Myanmar": ("MM",), "Cambodia": ("KH",), "Congo": ("CD",), "DR Congo": ("CD",), "DRC": ("CD",),
    "Hong Kong": ("HK",), "Macau": ("MO",), "Mongolia": ("MN",), "Kazakhstan": ("KZ",), "New Zealand": ("NZ",),
    "South Africa": ("ZA",), "Egypt": ("EG",), "Panama": ("PA",), "Qatar": ("QA",), "Peru": ("PE",),
    "European Union": (EU,), "EU": (EU,), "E.U.": (EU,), "Southeast Asia": ASEAN, "Southeast Asian": ASEAN,
    "ASEAN": ASEAN, "North America": NORTH_AMERICA, "North American": NORTH_AMERICA,
}
EN_BLOCKERS = [
    "New Mexico", "New Jersey", "Indian Ocean", "South China Sea", "East China Sea", "Latin America",
    "South America", "Central America", "Americas", "Korea Zinc", "Korea Electric Power", "Indo-Pacific",
    "Turkish Airlines", "Papua New Guinea", "Guinea-Bissau", "Equatorial Guinea", "Georgia", "Korean Air",
    "Hanmi Semiconductor", "Japan Steel Works", "China Mobile", "Taiwan Semiconductor", "Bank of America", "American Express",
    "American Electric Power", "American Tower", "American Water Works", "American International Group",
    "America First", "Business Korea", "USA Rare Earth", "American Rare Earths", "American Battery Technology",
    "Guinea pig", "Guinea pigs", "New Guinea",
]
AMBIGUOUS_EN = {"Chad", "Jordan", "Jersey"}
# A country word that begins the name of a newspaper, agency, broadcaster or airline is not the
# country: the Korea Herald, Korea JoongAng Daily, China Daily, the Japan Times, South China Morning
# Post, Korean Central News Agency, Japan Airlines, China Airlines (Taiwan's carrier). Up to two
# capitalised words may come between (Korea Economic Daily). Not the U.S. Air Force, "Korea air quality".
EN_NAME_HEAD_AFTER = re.compile(
    r"\s(?:[A-Z][A-Za-z]+\s){0,2}?(?:Times|Herald|Daily|Bizwire|Broadcasting|Broadcasting System|Morning Post|"
    r"Post(?![-A-Za-z])|News Agency|Airlines|Airways|Air(?!\s(?:Force|[Qq]uality|[Pp]ollution|[Dd]efen[cs]e|[Bb]ase)))"
    r"(?![A-Za-z])"
)
# "<Name> of America" is a company or association (Bank of America, Panasonic Energy of America),
# except the country's own name.
EN_OF_AMERICA_BEFORE = re.compile(r"\b(?!States\b)[A-Z][A-Za-z&.]*\s+of\s+$")

CJK_ALIASES: dict[str, tuple[str, ...]] = {
    "米国": ("US",), "アメリカ": ("US",), "韓国": ("KR",), "中国": ("CN",), "日本": ("JP",), "台湾": ("TW",),
    "欧州連合": (EU,), "欧盟": (EU,), "东盟": ASEAN, "東南アジア": ASEAN, "东南亚": ASEAN, "北朝鮮": ("KP",),
    "朝鲜": ("KP",), "美国": ("US",), "韩国": ("KR",), "俄罗斯": ("RU",), "ロシア": ("RU",),
}


@dataclass
class _Gazetteer:
    ko: dict[str, tuple[str, ...]]
    en: dict[str, tuple[str, ...]]
    cjk: dict[str, tuple[str, ...]]
    ko_rx: TrieScanner
    en_rx: TrieScanner
    cjk_rx: re.Pattern[str]
    compound_rx: re.Pattern[str]
    hanja_rx: re.Pattern[str]
    special_rx: re.Pattern[str]
    ko_block: frozenset[str] = frozenset()  # surfaces of ko_rx that are blockers, not names


def _literal_trie(surfaces: list[str]) -> str:
    """Exact strings as one prefix-trie regex: the longest string wins at a position."""
    return trie_regex_source([re.escape(ch) for ch in w] for w in set(surfaces) if w)


def _blockers_from_gazetteers() -> list[str]:
    """Organisation/company aliases that start with a glued country name (한국무역협회)."""
    out: list[str] = []
    try:
        aliases = list(load_actor_gazetteer().all_aliases()) + list(load_company_gazetteer().all_aliases())
    except OSError as exc:  # a gazetteer file missing or unreadable: names still match, only these blockers go
        log.warning("country blockers from the gazetteers skipped: %s", exc)
        return out
    names = sorted(KO_ALIASES, key=len, reverse=True)
    for a in aliases:
        for n in names:
            if a.startswith(n) and len(a) > len(n) and is_hangul(a[len(n)]):
                out.append(a)
                break
    return out


@lru_cache(maxsize=2)
def load_country_gazetteer() -> _Gazetteer:
    ko: dict[str, set[str]] = defaultdict(set)
    en: dict[str, set[str]] = defaultdict(set)
    cjk: dict[str, set[str]] = defaultdict(set)
    for row in countries_rows():
        iso = (row.get("alpha2") or "").upper()
        if not iso:
            continue
        for col, target in (("ko", ko), ("en", en), ("ja", cjk), ("zh", cjk), ("zh-tw", cjk)):
            name = (row.get(col) or "").strip()
            if not name:
                continue
            if col == "en" and ("," in name or "(" in name):
                name = name.split(",")[0].split("(")[0].strip()
            target[name].add(iso)
            if col == "ko" and " " in name:
                target[name.replace(" ", "")].add(iso)
    for name, codes in KO_ALIASES.items():
        ko[name] |= set(codes)
    for name, codes in KO_REGIONS.items():
        ko[name] = set(codes)
    for name, codes in EN_ALIASES.items():
        en[name] |= set(codes)
    for name, codes in CJK_ALIASES.items():
        cjk[name] |= set(codes)
    for d in DROPPED_KO:
        ko.pop(d, None)
    en.pop("Georgia", None)
    # "Korea" alone means KR here (the table's "Korea, Democratic People's Republic of" and
    # "Korea, Republic of" both shorten to "Korea"); the DPRK keeps North Korea / DPRK.
    en["Korea"] = {"KR"}
    ko_map = {k: tuple(sorted(v)) for k, v in ko.items()}
    en_map = {k: tuple(sorted(v)) for k, v in en.items()}
    cjk_map = {k: tuple(sorted(v)) for k, v in cjk.items() if len(k) >= 2}
    blockers_ko = KO_BLOCKERS + _blockers_from_gazetteers()
    # Blockers and names in one trie (a blocker is told apart by its surface). A blocker wins over a
    # name at the same position: the trie prefers the longer string, and names that start with a
    # blocker (so could only ever match where the blocker does) are left out.
    block = frozenset(blockers_ko)
    names = [n for n in ko_map if not any(n.startswith(b) for b in block)]
    ko_rx = TrieScanner([re.escape(ch) for ch in w] for w in set(list(block) + names) if w)
    en_rx = fast_alternation(list(set(en_map) | set(EN_BLOCKERS)))
    cjk_rx = re.compile(_literal_trie(list(cjk_map)))
    ab = "".join(ABBR)
    elem = rf"(?:[{ab}]|EU|아세안)"
    # Every alternative starts with the abbreviation syllable (group "head"), and the "no Hangul or
    # Latin letter before it" checks come right after it, so the engine only stops at those syllables.
    plain = "|".join(
        f"(?<={re.escape(first)})(?:{literal_alternation([c[1:] for c in COMPOUNDS if c[0] == first])})"
        for first in dict.fromkeys(c[0] for c in COMPOUNDS)
    )
    compound_rx = re.compile(
        rf"(?P<head>[{ab}])(?:"
        rf"(?<![가-힣A-Za-z].)(?P<dotted>(?:[·\-]{elem})+)"
        rf"|(?<![가-힣].)(?P<plain>{plain})"
        rf"|(?<![가-힣A-Za-z].)(?P<pre>)(?=[·\-][가-힣]))"
    )
    hanja_rx = re.compile(f"[{''.join(HANJA)}]")
    special_rx = re.compile(r"(?P<kind>[대방주])(?<![가-힣].)(?P<abbr>[미중일러북한])")
    return _Gazetteer(ko_map, en_map, cjk_map, ko_rx, en_rx, cjk_rx, compound_rx, hanja_rx, special_rx, block)


# ------------------------------------------------------------------------ matching

@dataclass
class CountryMatch:
    codes: tuple[str, ...]
    start: int
    end: int
    surface: str
    ambiguous: bool = False
    region: frozenset[str] = frozenset()  # codes reached only through a region name (동남아 -> ASEAN members)


# A name whose codes are several countries is a region (동남아 -> ASEAN, 북미 -> North America):
# its members are reached through the region, not named (compounds like 한미일 are named).
_REGION_SETS = (frozenset(ASEAN), frozenset(NORTH_AMERICA))
TAI_NEXT_OK = frozenset("산의와과는은에가도를로이·")


def _region_codes(codes: tuple[str, ...]) -> frozenset[str]:
    return frozenset(codes) if frozenset(codes) in _REGION_SETS else frozenset()


def _ko_left_ok(text: str, start: int) -> bool:
    if start == 0 or not is_hangul(text[start - 1]):
        return True
    prev = text[start - 1]
    return prev in KO_PREFIXES and (start < 2 or not is_hangul(text[start - 2]))


def _match_ko_names(g: _Gazetteer, text: str, blocked: list[int] | None = None) -> list[CountryMatch]:
    out: list[CountryMatch] = []
    for m in g.ko_rx.finditer(text):
        name = m.group(0)
        if name in g.ko_block:
            if blocked is not None:
                blocked.append(m.start())
            continue
        s, e = m.span()
        if not _ko_left_ok(text, s):
            continue
        if name == "인도" and (INDO_DELIVERY.match(text, e) or text.endswith(INDO_DELIVERY_BEFORE, 0, s)):
            continue
        if name == "북미":
            if NK_RELATION.match(text, e):
                out.append(CountryMatch(("KP", "US"), s, e, name))
                continue
        if name == "타이" and e < len(text) and is_hangul(text[e]) and text[e] not in TAI_NEXT_OK:
            continue  # 타이어, 타이밍, 타이틀: not Thailand
        if e < len(text) and KO_GLUED_NOT_COUNTRY.match(text, e):
            continue  # 스페인어, 한국경제신문: a language or a newspaper
        codes = g.ko[name]
        out.append(CountryMatch(codes, s, e, name, ambiguous=name in AMBIGUOUS_KO and not AMBIG_CONTEXT.match(text, e),
                          region=_region_codes(codes)))
    return out


def _match_compounds(g: _Gazetteer, text: str, names: list[CountryMatch], blocked: list[int]) -> list[CountryMatch]:
    out: list[CountryMatch] = []
    name_starts = {n.start for n in names} | set(blocked)
    for m in g.compound_rx.finditer(text):
        s, e = m.span()
        if m.group("dotted") is not None:
            raw = m.group(0)
            parts, pos, offset = [], [], s
            for p in re.split(r"([·\-])", raw):
                if p not in ("·", "-"):
                    parts.append(p)
                    pos.append(offset)
                offset += len(p)
            if pos[-1] in name_starts and len(parts[-1]) == 1:
                # 한·인도, 한·베트남: the last syllable starts a full name, matched on its own.
                parts, pos = parts[:-1], pos[:-1]
                e = pos[-1] + len(parts[-1])
            elif not COMPOUND_SUFFIX.match(text, e) and e < len(text) and is_hangul(text[e]):
                continue  # 영·호남: the last syllable starts another word
            codes: list[str] = []
            for p in parts:
                if p == "EU":
                    codes.append(EU)
                elif p == "아세안":
                    codes.extend(ASEAN)
                elif p == "남" and "북" not in parts:
                    codes = []
                    break
                else:
                    codes.append(ABBR[p])
            if sorted(parts) == ["미", "북"]:
                codes = ["KP", "US"]
            if codes:
                out.append(CountryMatch(tuple(dict.fromkeys(codes)), s, e, text[s:e],
                                  region=frozenset(ASEAN) if "아세안" in parts else frozenset()))
        elif m.group("pre") is not None:
            # 한·사우디, 미·멕시코: an abbreviation, a dot, then a full name matched on its own.
            if e + 1 in name_starts and e + 1 not in set(blocked):
                out.append(CountryMatch((ABBR[m.group("head")],), s, e, m.group(0)))
        elif m.group("plain") is not None:
            word = m.group(0)
            if not COMPOUND_SUFFIX.match(text, e):
                continue
            if word == "북미":
                continue  # handled with the names (region vs US-North Korea)
            codes = [ABBR[ch] for ch in word if ch in ABBR]
            out.append(CountryMatch(tuple(dict.fromkeys(codes)), s, e, word))
    return out


def _match_special(g: _Gazetteer, text: str) -> list[CountryMatch]:
    out = []
    for m in g.special_rx.finditer(text):
        kind, abbr = m.group("kind"), m.group("abbr")
        e = m.end()
        if kind == "대" and abbr != "한" and DAE_TRADE.match(text, e):
            out.append(CountryMatch((ABBR[abbr],), m.start(), m.end(), m.group(0)))
        elif kind == "방" and BANG_OK.match(text, e):
            out.append(CountryMatch((ABBR[abbr],), m.start(), m.end(), m.group(0)))
        elif kind == "주" and JU_EMBASSY.match(text, e):
            out.append(CountryMatch((ABBR[abbr],), m.start(), m.end(), m.group(0)))
    return out


# 미 정부, 미 상무부, 미 반도체 산업: a one-syllable abbreviation standing alone before a noun. 미 before
# any Hangul word except the 未- words written apart; 북 and 러 only before a few state words.
_ABBR_SPACE_RX = re.compile(r"(?P<abbr>[미북러])(?<![가-힣A-Za-z0-9·\-].)\s(?P<next>[가-힣]+)")  # (look-behind after the first character: see _alt_after)
_MI_NOT = ("확인", "포함", "지급", "해결", "반영", "가입", "상환", "납", "정", "준수", "충족", "달", "흡", "비", "완성")
_ABBR_SPACE_NEXT = {
    "북": ("미사일", "핵", "도발", "정권", "당국", "김정은", "노동당", "군"),
    "러": ("제재", "수출", "정부", "대통령", "군", "외무", "국방", "당국", "경제", "원유"),
}


def _match_abbr_space(text: str) -> list[CountryMatch]:
    out = []
    for m in _ABBR_SPACE_RX.finditer(text):
        abbr, nxt = m.group("abbr"), m.group("next")
        if abbr == "미" and nxt.startswith(_MI_NOT) or abbr != "미" and not nxt.startswith(_ABBR_SPACE_NEXT[abbr]):
            continue
        out.append(CountryMatch((ABBR[abbr],), m.start(), m.start() + 1, abbr))
    return out


def _match_hanja(g: _Gazetteer, text: str) -> list[CountryMatch]:
    out = []
    for m in g.hanja_rx.finditer(text):
        s, e = m.span()
        prev = text[s - 1] if s else ""
        nxt = text[e] if e < len(text) else ""

        def cjk(ch: str) -> bool:
            return bool(ch) and "\u4e00" <= ch <= "\u9fff" and ch not in HANJA

        if cjk(prev) or cjk(nxt) or (prev.isdigit()):
            continue
        if m.group(0) == "加" and not (prev in "·" or nxt in "·"):
            continue  # 加 is "add" unless inside 美·加
        if (m.group(0) == "中" and prev == " " and (not nxt or nxt in HANJA_DURING_NEXT)
                and text.endswith(HANJA_DURING_AFTER, 0, s - 1)):
            continue  # 검토 中, 협상 中…: "in progress", a headline idiom, not China
        out.append(CountryMatch((HANJA[m.group(0)],), s, e, m.group(0)))
    return out


def _match_en(g: _Gazetteer, text: str) -> list[CountryMatch]:
    out = []
    for m in g.en_rx.finditer(text):
        surface = m.group(0)
        if surface in EN_BLOCKERS or surface not in g.en:
            continue
        if surface == "US" and text[m.end():m.end() + 1] == "$":
            continue  # US$2 billion: a currency
        if EN_NAME_HEAD_AFTER.match(text, m.end()):
            continue  # the Korea Herald, China Daily, Japan Airlines
        if surface == "America" and EN_OF_AMERICA_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # Bank of America
        codes = g.en[surface]
        out.append(CountryMatch(codes, m.start(), m.end(), surface, ambiguous=surface in AMBIGUOUS_EN,
                          region=_region_codes(codes)))
    return out


_GAP_RX = re.compile(r"[\s·,과와및and&]*")


def _resolve_ambiguous(matches: list[CountryMatch], text: str) -> list[CountryMatch]:
    firm = [m for m in matches if not m.ambiguous]
    out = list(firm)
    for m in matches:
        if not m.ambiguous:
            continue
        for f in firm:
            a, b = (f.end, m.start) if f.end <= m.start else (m.end, f.start)
            if b - a > 5:
                continue
            if _GAP_RX.fullmatch(text[a:b] if b > a else ""):
                out.append(m)
                break
    return out


_KANA_RX = re.compile(r"[\u3040-\u30ff]")


def has_kana(text: str) -> bool:
    """Whether ``text`` holds Japanese kana (then CJK names are looked for in a Korean text)."""
    return _KANA_RX.search(text) is not None


def find_countries(text: str, korean: bool = True, kana: bool | None = None) -> list[CountryMatch]:
    """All country matches in one piece of text (no zone logic). ``kana``: :func:`has_kana` of ``text``
    when the caller knows it (a pass over the text less)."""
    g = load_country_gazetteer()
    matches: list[CountryMatch] = []
    if korean:
        blocked: list[int] = []
        names = _match_ko_names(g, text, blocked)
        matches += names
        matches += _match_compounds(g, text, names, blocked)
        matches += _match_special(g, text)
        matches += _match_hanja(g, text)
        if "미 " in text or "북 " in text or "러 " in text:
            matches += _match_abbr_space(text)
    matches += _match_en(g, text)
    if not korean or (has_kana(text) if kana is None else kana):
        matches += [CountryMatch(g.cjk[m.group(0)], m.start(), m.end(), m.group(0), region=_region_codes(g.cjk[m.group(0)]))
                    for m in g.cjk_rx.finditer(text)]
    # Drop matches nested inside a longer (or identical) one: EU inside 한·EU, 아세안 inside 한·아세안.
    matches.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[CountryMatch] = []
    max_end = -1  # kept matches start at or before m.start: m is nested iff one of them ends at or after it
    for m in matches:
        if m.end <= max_end:
            continue
        kept.append(m)
        max_end = m.end
    return _resolve_ambiguous(kept, text)
