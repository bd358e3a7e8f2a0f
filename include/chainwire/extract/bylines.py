"""Korean wire-style bylines → dateline, reporters, roles, rest of paragraph.

Shapes::

    [세종=뉴스핌] 김가온 기자 = 본문…            dateline 세종, 김가온/기자
    [세종 = 뉴스핌] 김가온 기자 = 본문…          spaces around "=" are tolerated
    [서울=뉴스핌] 김가영·이도훈 기자 = 본문…      two reporters sharing one role
    [워싱턴=뉴스핌] 박민준 특파원 = 본문…
    [부산=뉴스핌] 최영진 선임기자 = 본문…          any role ending in 기자/부장/…
    [뉴스핌=김선엽 기자] 본문…                    old form, no dateline
    (서울=연합뉴스) 홍길동 기자 = 본문…           same grammar, other brands
    [더퍼블릭=이름 기자]본문…                      old form, any brand, glued to the text
    [매체 | 세종=이름 기자] 본문…                  brand | dateline = reporter
    【매체 세종】이름 기자=본문…                    brand and dateline in one bracket

``parse_lead`` adds the bracket-less leads of the wider press (``이름 베이징 특파원=``,
``매체 이름 기자 | 본문``, ``SEOUL, June 27 (Yonhap) -- …``); ``parse_signature`` reads the
sign-off lines after a body (``이름 기자 e-mail``, ``[ 이름 기자 / e-mail ]``,
``지역=이름 기자 e-mail``, ``지역/이름 기자 2024. 6. 11. 23:14``, ``기자ㅣ이름``,
``[뉴스핌 Newspim] 이름 기자 (e-mail)``, ``By NAME``).

Names go to ``reporters`` only; roles are a parallel list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from .crew_credits import is_crew_credit
from .dates import MONTH_NAME
from .firstchars import first_set
from .outlets import OUTLETS
from .press import EN_PRESS_WORDS, EN_ROLE_MODIFIERS, EN_ROLE_NOUNS, FOREIGN_AGENCIES
from .sections import SECTIONS_KO
from .trailers import MEDIA_LABELS

# Brand as printed in the dateline bracket (lower-cased) → outlet id, from the registry.
BRANDS: dict[str, str] = {}
for _o in OUTLETS:
    for _b in _o.brands:
        BRANDS.setdefault(_b.lower(), _o.name)

# Other press names that appear in bylines ("매체 이름 기자 |"); recognised as a brand
# token, never read as a reporter's name. Outlets we route get their entry in outlets.py.
PRESS_NAMES = frozenset({
    "이데일리", "머니투데이", "아시아경제", "한국경제", "매일경제", "서울경제", "헤럴드경제", "데일리안",
    "노컷뉴스", "조선비즈", "뉴데일리", "프레시안", "오마이뉴스", "한겨레", "경향신문", "동아일보",
    "조선일보", "중앙일보", "국민일보", "세계일보", "한국일보", "서울신문", "문화일보", "내일신문",
    "아주경제", "이투데이", "비즈니스포스트", "더팩트", "뉴스웨이", "디지털타임스", "전자신문",
    "지디넷코리아", "블로터", "KBS", "MBC", "SBS", "JTBC", "MBN", "연합뉴스TV", "채널A", "TV조선",
    "한국경제TV", "뉴스토마토", "에너지경제", "이코노미스트", "시사저널", "일요신문", "브릿지경제",
})

# How press names end ("가상일보", "가상경제TV"): a token like this in front of a byline is a brand.
_PRESS_SUFFIX_RE = re.compile(r"..(?:일보|신문|뉴스|경제|방송|TV|타임스|타임즈|데일리|저널|투데이|미디어|닷컴|포스트|비즈|통신|매거진|파이낸스|뉴스웨이|웨이)$")
# A word no Korean name is built like, that a press name can be: five or more syllables, or Hangul mixed with
# Latin letters, digits or "&" ("가람인사이트", "K가람", "가람&뉴스"). In front of "이름 기자" it is the outlet.
_BRAND_SHAPED_RE = re.compile(r"^(?:[가-힣]{5,15}|(?=[^\s]*[가-힣])(?=[^\s]*[A-Za-z0-9&])[가-힣A-Za-z0-9&]{2,15})$")

def is_press_name(token: str) -> bool:
    """A press name as printed (a registered brand, a known press name, or a name built like one)."""
    t = token.strip()
    return bool(t) and (t.lower() in BRANDS or t in PRESS_NAMES or bool(_PRESS_SUFFIX_RE.search(t)))


# Place names written between a name and 특파원/기자 ("이름 베이징 특파원="), or alone in a regional
# paper's dateline bracket ("[아산]본문…"): the cities, counties and capitals datelines name.
PLACES = frozenset({
    "서울", "세종", "부산", "대구", "인천", "광주", "대전", "울산", "수원", "창원", "전주", "춘천",
    "청주", "제주", "포항", "여수", "목포", "안동", "강릉", "원주", "천안", "의정부", "고양", "성남",
    "아산", "서산", "당진", "논산", "공주", "보령", "홍성", "내포", "예산", "계룡", "충주", "제천", "음성", "진천",
    "오송", "오창", "군산", "익산", "정읍", "남원", "김제", "완주", "새만금", "순천", "광양", "나주", "무안", "남악",
    "구미", "경주", "김천", "영주", "상주", "문경", "경산", "칠곡", "김해", "진주", "양산", "거제", "통영", "사천",
    "밀양", "평택", "화성", "용인", "안산", "안양", "부천", "파주", "김포", "시흥", "이천", "오산", "광명", "하남",
    "속초", "동해", "삼척", "태백", "서귀포", "송도", "판교", "과천", "여의도",
    "워싱턴", "뉴욕", "베이징", "상하이", "도쿄", "오사카", "브뤼셀", "런던", "파리", "베를린",
    "모스크바", "홍콩", "타이베이", "하노이", "호찌민", "자카르타", "싱가포르", "뉴델리", "방콕",
    "실리콘밸리", "로스앤젤레스", "제네바", "시드니", "두바이", "마닐라", "프랑크푸르트", "토론토",
})



def brand_after_place(brand: str) -> str:
    """A lead bracket's brand without the regional desk's place before a slash (``[광양/매체]`` → ``매체``): the
    outlet is the name after the place; any other brand is returned as it is."""
    place, slash, rest = brand.partition("/")
    return rest.strip() if slash and place.strip() in PLACES and rest.strip() else brand


# "[사진=산업통상자원부]" and friends are credits, never datelines.
CREDIT_KINDS = frozenset({"사진", "자료", "그래픽", "표", "이미지", "출처", "영상", "제공", "캡처"})

# A role is one whitespace-free token ending in one of these (기자, 선임기자,
# 특파원, 정치부장, 논설위원 …).
ROLE_SUFFIXES = (
    "기자", "특파원", "부장", "차장", "국장", "팀장", "위원", "에디터",
    "리포터", "통신원", "편집장", "데스크", "앵커", "PD", "칼럼니스트",
)
# A CMS's English skin prints the role in English after a Korean name ("홍길동 editor"); after Latin
# words the same token is no role ("South Korea Reporter" is a tag).
EN_ROLES_AFTER_KOREAN_NAME = frozenset({"editor", "reporter"})
# A 본부장 heads a ministry's or company's headquarters (통상교섭본부장): an official's title, never a
# newsroom role, though it ends in 부장.
_ROLE_RE = re.compile(r"^(?![가-힣A-Za-z]*본부장$)[가-힣A-Za-z]{0,8}(?:" + "|".join(ROLE_SUFFIXES) + r")$")
# A byline's task words: what the person named after them did ("글 홍길동 기자 사진 김철수 기자"). The
# writer's task gives the writer's role; the photo and video tasks give a role ``authors_only`` drops.
BYLINE_TASKS = {"글": "기자", "사진": "사진기자", "영상": "영상기자", "촬영": "촬영기자"}
# A task word after a role starts the next person's part of the byline.
_TASK_SPLIT_RE = re.compile(r"(?:(?<=기자)|(?<=특파원))\s+(?=(?:사진|영상|촬영)\s*[=:：]?\s*[가-힣]{2,4}(?:\s|$))")
# Words printed in front of a byline that are no name: stamp labels and credit words.
NOT_NAMES = frozenset({"입력", "수정", "등록", "승인", "송고", "작성", "기사", "사진", "영상", "제공", "출처", "정리", "취재",
                       "진행", "대담", "기사입력", "최종수정", "업데이트"})
# Roles of people a page names who did not write the story: the anchor who reads it, the camera and
# photo desk. They are told apart from the reporters (``authors_only``).
NON_AUTHOR_ROLES = frozenset({"앵커", "아나운서", "사진기자", "영상기자", "촬영기자", "사진부"})


def authors_only(names: list[str], roles: list[str]) -> tuple[list[str], list[str]]:
    """The writers among the people a byline names: anchors and photo/camera crew dropped."""
    keep = [(n, r) for n, r in zip(names, roles, strict=False) if (r or "") not in NON_AUTHOR_ROLES]
    return [n for n, _ in keep], [r for _, r in keep]


# Words before 기자/특파원 that make one role, not a name glued to the role ("선임기자", not "김도현기자").
ROLE_PREFIXES = frozenset({"선임", "수석", "전문", "사진", "취재", "객원", "편집", "영상", "대", "인턴", "수습", "경제",
                           "정치", "사회", "산업", "국제", "문화", "체육", "주재", "상주", "현지", "시민", "명예"})


def _unglue_role(m: re.Match) -> str:
    """``김도현기자`` → ``김도현 기자``; ``선임기자`` stays one role."""
    return m[0] if m[1] in ROLE_PREFIXES else f"{m[1]} {m[2]}"
_NAME_SPLIT_RE = re.compile(r"\s*[·ㆍ・･,/&]\s*|\s+및\s+|\s+and\s+")
_NAME_SEPARATORS = "·ㆍ・･,/&"  # (with "및" and "and": what every _NAME_SPLIT_RE match holds)


def split_names(who: str) -> list[str]:
    """``_NAME_SPLIT_RE.split(who)``, split only when ``who`` holds a separator (else the rule tries its three
    branches at every character to give ``[who]``)."""
    for sep in _NAME_SEPARATORS:
        if sep in who:
            return _NAME_SPLIT_RE.split(who)
    return _NAME_SPLIT_RE.split(who) if "및" in who or "and" in who else [who]
_HANGUL_NAME_RE = re.compile(r"^[가-힣]{2,4}$")

# [dateline=brand] who = rest   |   (dateline=brand) who = rest
_DATELINE_RE = re.compile(
    r"^\s*[\[(（【]\s*(?P<a>[^\]\)）】=\[(]{1,24}?)\s*=\s*(?P<b>[^\]\)）】=\[(]{1,40}?)\s*[\])）】]\s*(?P<tail>.*)$",
    re.S,
)
# "who =" right after the bracket; who is short.
_WHO_RE = re.compile(r"^(?P<who>[^=\n]{0,60}?)\s*=\s*(?P<rest>.*)$", re.S)


@dataclass(frozen=True)
class Byline:
    """Parsed byline. Iterates as ``(dateline, reporters, roles, rest)``."""

    dateline: str | None
    reporters: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    rest: str = ""
    brand: str | None = None  # as printed: 뉴스핌
    emails: tuple[str, ...] = ()  # e-mails printed with a signature
    stamp: str | None = None  # timestamp text printed with a signature ("지역/이름 기자 2024. 6. 11. 23:14")

    @property
    def outlet(self) -> str | None:
        return BRANDS.get((self.brand or "").strip().lower()) if self.brand else None

    def __iter__(self):
        return iter((self.dateline, self.reporters, self.roles, self.rest))


def is_role(token: str) -> bool:
    """``_ROLE_RE.match(token)``: every match ends on one of ``ROLE_SUFFIXES`` (at the end or before a last "\n"),
    so a token ending otherwise (a name: 4 of 5.5 calls a generated page) is answered without the rule."""
    if not token.endswith(ROLE_SUFFIXES) and not (token[-1:] == "\n" and token[:-1].endswith(ROLE_SUFFIXES)):
        return False
    return bool(_ROLE_RE.match(token))


def split_reporters(who: str) -> tuple[list[str], list[str]] | None:
    """``김가영·이도훈 기자`` → (["김가영", "이도훈"], ["기자", "기자"]).

    Returns None when ``who`` does not look like names (+ roles), so a
    sentence is never mistaken for a reporter list. An empty ``who`` gives
    ``([], [])``.
    """
    who = _unglue_roles(who.strip())  # "홍길동기자": the name glued to its role
    if not who:
        return [], []
    if "사진" in who or "영상" in who or "촬영" in who:  # (what every _TASK_SPLIT_RE match is followed by)
        who = _TASK_SPLIT_RE.sub(" / ", who)  # "글 홍길동 기자 사진 김철수 기자": one task per segment
    names: list[str] = []
    roles: list[str | None] = []
    wrote = False  # "글·사진 홍길동 기자": a writer who took the photos too
    for seg in split_names(who):
        toks = seg.split()
        if not toks:
            continue
        if len(toks) == 1 and toks[0] in BYLINE_TASKS:
            wrote = wrote or BYLINE_TASKS[toks[0]] == "기자"
            continue
        if len(toks) >= 2 and toks[0] in BYLINE_TASKS:
            task = "기자" if wrote else BYLINE_TASKS[toks.pop(0)]  # "사진 김철수 기자": the photographer, not a writer
            if wrote:
                toks.pop(0)
            wrote = False
            if len(toks) >= 2 and is_role(toks[-1]):
                toks.pop()
            if len(toks) > 1 or not _HANGUL_NAME_RE.match(toks[0]):
                return None
            names.append(toks[0])
            roles.append(task)
            continue
        role = None
        if len(toks) >= 2 and (is_role(toks[-1]) or (toks[-1].lower() in EN_ROLES_AFTER_KOREAN_NAME
                                                     and all(_HANGUL_NAME_RE.match(t) for t in toks[:-1]))):
            role = toks.pop()
        if len(toks) > 4 or any(len(t) > 12 for t in toks):
            return None
        if len(toks) > 1 and toks[0] in NOT_NAMES:
            toks = toks[1:]  # "입력 홍길동 기자", "진행 홍길동 기자": a stamp label, credit word or task in front, not a name
        if len(toks) > 1 and toks[-1].endswith(DESK_SUFFIXES):
            toks = toks[:-1]  # "홍길동 취재부 기자": the desk the reporter writes for, not a second name
        if len(toks) > 1 and toks[0][-1:] in "부팀" and toks[0][:-1] in SECTIONS_KO:
            toks = toks[1:]  # "경제부 홍길동 기자", "산업팀 홍길동 기자": a section's desk in front, not a name
        if len(toks) > 1 and all(_HANGUL_NAME_RE.match(t) for t in toks):
            # "김가영 이도훈 기자": space-separated Korean names
            for t in toks:
                names.append(t)
                roles.append(None)
            roles[-1] = role
        else:
            names.append(" ".join(toks))
            roles.append(role)
    if not names:
        return None
    if not any(roles) and (len(names) > 1 or len(names[0].split()) > 1):
        return None  # several words and no role anywhere: not a byline
    # A role written once at the end is shared by the names before it.
    out_roles: list[str] = []
    pending = ""
    for r in reversed(roles):
        if r:
            pending = r
        out_roles.append(r or pending)
    out_roles.reverse()
    return names, out_roles


# "[Asia Economy Reporter Kim Min-ji] text": an English bracket byline
_EN_BRACKET_RE = re.compile(
    r"^\s*\[(?P<brand>[A-Z][\w .&'-]{1,40}?)\s+(?P<role>Reporter|Correspondent|Staff Writer|Staff Reporter)\s+"
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Za-z][a-z]*){1,2})\]\s*(?P<rest>.*)$", re.S)  # one-letter syllables: Do-a


# "[매체=(시카고) 이름 특파원]": the dateline in parentheses after the brand's "="
_PAREN_PLACE_RE = re.compile(r"^(?P<head>\s*[\[【]\s*[^\]】=\[(]{1,24}?\s*=)\s*\((?P<place>[가-힣A-Za-z]{1,12})\)\s*")


# A bracket byline whose brand carries its other name in parentheses (k1, session 15): "[GE(가람경제) 홍길동 기자] rest",
# "[누리일보(NR뉴스) 이몽룡 기자] rest" - the name and role read alone
_BRACKET_ALIAS_RE = re.compile(r"^\[(?P<brand>[^\[\]()=]{1,20})\([^()\[\]=]{1,20}\)\s*(?P<who>[^\[\]()=]{2,30}?(?:기자|특파원))\s*\]"
                               r"\s*(?P<rest>\S.*)$", re.S)


def parse_byline(paragraph: str) -> Byline | None:
    """Parse a bracketed byline at the start of ``paragraph``; None if there is none."""
    if not paragraph:
        return None
    paren = _PAREN_PLACE_RE.match(paragraph) if "=(" in paragraph[:40] or "= (" in paragraph[:40] else None
    if paren is not None:
        inner = parse_byline(paren["head"] + paragraph[paren.end():])
        if inner is not None and inner.reporters and inner.dateline is None:
            return Byline(paren["place"], inner.reporters, inner.roles, inner.rest, inner.brand, inner.emails, inner.stamp)
        return inner
    if paragraph.lstrip()[:1] == "[" and ("Reporter" in paragraph[:80] or "Correspondent" in paragraph[:80]):
        m = _EN_BRACKET_RE.match(paragraph)
        if m:
            return Byline(None, [m["name"]], [m["role"].lower()], m["rest"].strip(), m["brand"])
    head = paragraph.lstrip()[:1]
    if not head or head not in "[(（【":
        return None
    if "(" in paragraph[:24]:
        placed_paren = _paren_head(paragraph)
        if placed_paren is not None:
            return placed_paren
        aliased = _BRACKET_ALIAS_RE.match(paragraph) if head == "[" else None
        if aliased is not None:  # "[SRT(가람 타임스) 홍길동 기자] rest": the brand's other name in parentheses
            inner = parse_byline(f"[{aliased['who'].strip()}] {aliased['rest']}")
            if inner is not None and inner.reporters:
                return inner  # (the brand is not read from it: an alias names no registered outlet)
    m = _DATELINE_RE.match(paragraph)
    if not m:
        return _bracket_brand_dateline(paragraph)
    a, b, tail = m["a"].strip(), m["b"].strip(), m["tail"]
    if a in CREDIT_KINDS or a in FOREIGN_AGENCIES:
        return None  # [사진=…] is a photo credit, not a dateline; so is [AP=연합뉴스] (an agency's picture, its distributor)
    placed = _place_head(a)
    if placed is not None:
        # [베이징=이름 특파원] / [세종=매체 이름 기자] / [매체 세종=이름 기자]
        who = split_who(b, brand_first=placed[0] is None)
        if who is not None and who[0] and all(who[1]):
            return Byline(placed[1], who[0], who[1], tail.strip(), placed[0] or who[3])
    if any(b in a for b in BRAND_BARS):
        # [매체 | 세종=이름 기자] rest
        brand, dl = re.split(rf"\s*[{BRAND_BARS}]\s*", a, maxsplit=1)
        parsed = split_reporters(b)
        if parsed is None or not parsed[0] or not all(parsed[1]):
            return None
        return Byline(dl or None, parsed[0], parsed[1], tail.strip(), brand or None)
    a_brand = a.lower() in BRANDS
    b_brand = b.lower() in BRANDS
    if a_brand and not b_brand:
        if b in PLACES or (len(b) <= 4 and " " not in b and not is_role(b) and _WHO_RE.match(tail)):
            # reversed: [충청신문=서울] 이름 기자 = rest
            w = _WHO_RE.match(tail)
            got = split_reporters(w["who"]) if w else None
            if w and got is not None and got[0] and all(got[1]):
                return Byline(b, got[0], got[1], w["rest"].strip(), a)
        # old form: [뉴스핌=김선엽 기자] rest
        parsed = split_reporters(b)
        if parsed is None:
            return None
        names, roles = parsed
        return Byline(None, names, roles, tail.strip(), a)
    if not b_brand and not _looks_like_brand(b):
        # [더퍼블릭=이름 기자]rest: an unknown brand, reporters with their role
        parsed = split_reporters(b)
        if parsed is not None and parsed[0] and all(parsed[1]) and _looks_like_brand(a):
            return Byline(None, parsed[0], parsed[1], tail.strip(), a)
        return None
    # [매체=매체] rest: the brand printed where the place goes is no dateline
    dl = None if a == b or is_press_name(a) else (a or None)
    w = _WHO_RE.match(tail)
    if w:
        parsed = split_reporters(w["who"])
        if parsed is not None:
            names, roles = parsed
            return Byline(dl, names, roles, w["rest"].strip(), b)
    # [서울=뉴스핌] rest  (no reporter)
    return Byline(dl, [], [], tail.strip(), b)


_BRAND_PAREN_PLACE_RE = re.compile(r"^(?P<brand>\S{2,12})\s*\((?P<place>[가-힣]{2,8})\)$")
# "[매체(광주)=이름 기자] …", "[포항(경북)=매체 이름 기자] …": a parenthesis before the "=" names the place
_PAREN_HEAD_RE = re.compile(r"^\s*[\[【]\s*(?P<x>[가-힣A-Za-z]{2,12})\s*\((?P<y>[가-힣]{2,8})\)\s*=\s*(?P<b>[^\]】=\[]{2,40}?)\s*[\]】]\s*(?P<tail>.*)$",
                            re.S)
# The provinces a place name is qualified with: "포항(경북)", "안성(경기)"
PROVINCES = frozenset({"경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남", "제주", "세종"})


def _paren_head(paragraph: str) -> Byline | None:
    """``[매체(광주)=이름 기자] 본문`` (the brand, its place in parentheses) or ``[포항(경북)=매체 이름 기자] 본문``
    (a place qualified by its province, then the brand and the reporter); None for anything else."""
    m = _PAREN_HEAD_RE.match(paragraph)
    if not m:
        return None
    x, y = m["x"], m["y"]
    if is_press_name(x):
        got = split_who(m["b"])
        if got is not None and got[0] and all(got[1]):
            return Byline(y, got[0], got[1], m["tail"].strip(), x)
    elif x in PLACES or y in PROVINCES:
        got = split_who(m["b"], brand_first=True)
        if got is not None and got[0] and all(got[1]):
            return Byline(f"{x}({y})", got[0], got[1], m["tail"].strip(), got[3])
    return None


def _place_head(a: str) -> tuple[str | None, str] | None:
    """What stands before "=" in a bracket byline, read as (brand or None, place): ``베이징``,
    ``매체 세종``, ``매체(세종)``; None when it is not a place (a brand alone, a credit)."""
    if a in PLACES:
        return None, a
    m = _BRAND_PAREN_PLACE_RE.match(a)
    if m and is_press_name(m["brand"]):
        return m["brand"], m["place"]
    toks = a.split()
    if len(toks) == 2 and is_press_name(toks[0]) and (toks[1] in PLACES or _PLACE_TOKEN_RE.match(toks[1])) \
            and not is_press_name(toks[1]):
        return toks[0], toks[1]
    return None


def _looks_like_brand(s: str) -> bool:
    # Unknown outlets still follow "[city=Brand]"; accept a short single token.
    return 0 < len(s) <= 12 and " " not in s and not is_role(s)


# "김도현기자": a role glued to the name (in a bracket byline or a sign-off)
# "홍길동기자", "홍길동선임기자": a name glued to its role (the role may carry its prefix)
_GLUED_ROLES = ("기자", "특파원")  # in every _GLUED_ROLE_ANY_RE match: text without them is left as it is
_GLUED_ROLE_ANY_RE = re.compile(r"(?<![가-힣])([가-힣]{2,4})((?:" + "|".join(sorted(ROLE_PREFIXES, key=len, reverse=True))
                                + r")?(?:" + "|".join(_GLUED_ROLES) + r"))(?=$|\s|[(<@])")


def _unglue_roles(s: str) -> str:
    """``_GLUED_ROLE_ANY_RE.sub(_unglue_role, s)``, skipped for text without a role it reads."""
    return _GLUED_ROLE_ANY_RE.sub(_unglue_role, s) if any(r in s for r in _GLUED_ROLES) else s


# 【매체 세종】이름 기자=rest   [매체] 이름 기자 = rest
_BRACKET_PLAIN_RE = re.compile(r"^\s*[\[(（【]\s*(?P<inner>[^\]\)）】=\[(]{1,30}?)\s*[\])）】]\s*(?P<tail>.*)$", re.S)


# An English wire's tag opening the story without its place ("(Harbor Wire) — rest"): capitalised words, then a dash
_WIRE_TAG_RE = re.compile(r"^[A-Z][A-Za-z.&'-]*(?: [A-Z][A-Za-z.&'-]*){0,3}$")
_WIRE_TAG_DASH_RE = re.compile(r"^(?:--|—|–|-)\s+[A-Z\"“‘']")


# "[광양/매체] 본문", "[목포/매체 이름 기자] 본문": a regional paper's place and its name split by a slash
_PLACE_SLASH_RE = re.compile(r"^(?P<place>[가-힣]{2,6})\s*/\s*(?P<rest>[^/]{2,40})$")
# Tags a story is filed under, printed where a place could stand ("[단독/매체]"): never a dateline
STORY_TAGS = frozenset({"단독", "속보", "종합", "기획", "인터뷰", "포토", "칼럼", "사설", "기고", "특집", "르포", "해설"})


def _place_slash_brand(inner: str, tail: str) -> Byline | None:
    """``광양/매체`` or ``목포/매체 이름 기자`` inside a lead's bracket → the place as the dateline, the brand (and the
    reporters); None when the part before the slash is no place (a press name, a credit or a tag) or the part
    after it no press name."""
    m = _PLACE_SLASH_RE.match(inner)
    if m is None:
        return None
    place, rest = m["place"], m["rest"].strip()
    if is_press_name(place) or place in CREDIT_KINDS or place in NOT_NAMES or place in STORY_TAGS:
        return None
    if place not in PLACES and not (len(tail) >= 60 or tail.endswith(("다.", "."))):
        return None  # a place no list knows only before a story's sentence
    if is_press_name(rest):
        return Byline(place, [], [], tail, rest)
    got = split_who(rest)
    if got is not None and got[0] and all(got[1]) and got[3] and got[2] is None:
        return Byline(place, got[0], got[1], tail, got[3])
    return None


# "[HANOI] Rest", "[KUALA LUMPUR] Rest": a place in capitals alone in square brackets opening an English story (as
# South-East Asian dailies print the dateline); the labels a story is filed under in the same brackets are none
_EN_PLACE_TAG_RE = re.compile(r"^[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+){0,2}$")
EN_STORY_TAGS = frozenset({"BREAKING", "EXCLUSIVE", "UPDATE", "UPDATED", "VIDEO", "PHOTO", "PHOTOS", "GALLERY", "PODCAST",
                           "LISTEN", "WATCH", "LIVE", "OPINION", "EDITORIAL", "COMMENTARY", "COLUMN", "ANALYSIS",
                           "INTERVIEW", "FEATURE", "FEATURES", "REPORT", "EXPLAINER", "FOCUS", "CORRECTION",
                           "SPONSORED", "ADVERTORIAL", "PROMOTION", "NEWS", "LEAD", "URGENT", "FLASH", "ALERT",
                           "INFOGRAPHIC", "GRAPHIC", "GRAPHICS", "FILE", "REVIEW", "PREMIUM", "PREVIEW", "RECAP",
                           "NEWS ANALYSIS", "NEWS FOCUS", "BREAKING NEWS", "FACT CHECK", "SPECIAL REPORT"})


def _bracket_brand_dateline(paragraph: str) -> Byline | None:
    m = _BRACKET_PLAIN_RE.match(paragraph)
    if not m:
        return None
    if "=" not in m["tail"][:64]:
        if "/" in m["inner"]:
            slashed = _place_slash_brand(m["inner"].strip(), m["tail"].strip())
            if slashed is not None:
                return slashed
        # [매체 이름 기자] rest / [이름 특파원] rest: the whole byline inside the bracket
        inner = _unglue_roles(m["inner"].strip())
        got = split_who(inner)
        if got is not None:
            names, roles, dateline, brand = got
            return Byline(dateline, names, roles, m["tail"].strip(), brand)
        tail = m["tail"].strip()
        # the brand alone opens a paragraph (not a headline decorated with the brand)
        if (len(tail) >= 60 or tail.endswith(("다.", "."))) and (inner.lower() in BRANDS or inner in PRESS_NAMES or _PRESS_SUFFIX_RE.search(inner)):
            return Byline(None, [], [], m["tail"].strip(), inner)  # [파이낸셜뉴스] rest: the brand alone
        if (len(tail) >= 60 or tail.endswith(("다.", "."))) and inner.strip() in PLACES:
            return Byline(inner.strip(), [], [], tail, None)  # [아산]본문: a regional paper's dateline alone
        if (paragraph.lstrip()[:1] == "[" and len(tail) >= 60 and tail[:1].isupper() and _EN_PLACE_TAG_RE.match(inner)
                and inner not in EN_STORY_TAGS and inner.lower() not in BRANDS and _VOWEL_RE.search(inner)):
            return Byline(inner, [], [], tail, None)  # "[HANOI] Rest": an English daily's dateline in brackets
        if paragraph.lstrip()[:1] == "(" and _WIRE_TAG_RE.match(inner) and _WIRE_TAG_DASH_RE.match(tail):
            return Byline(None, [], [], tail, inner)  # "(Harbor Wire) — rest": a wire's tag, its dateline cut off
        return None
    w = _WHO_RE.match(m["tail"])
    if not w:
        return None
    parsed = split_reporters(w["who"])
    if parsed is None or not parsed[0] or not all(parsed[1]):
        return None
    toks = m["inner"].split()
    if not toks or len(toks) > 3 or toks[0] in CREDIT_KINDS:
        return None
    if toks[0] in STORY_TAGS:  # "[단독] 이름 기자 = rest": the tag the story is filed under, no outlet and no place
        return Byline(None, parsed[0], parsed[1], w["rest"].strip(), None)
    brand = toks[0]
    dateline = " ".join(toks[1:]) or None
    return Byline(dateline, parsed[0], parsed[1], w["rest"].strip(), brand)


# ---------------------------------------------------------------- the wider press

_EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
EMAIL_RE = re.compile(_EMAIL)
_EMAILS = rf"{_EMAIL}(?:\s*[,;/·]\s*{_EMAIL}|\s+{_EMAIL})*"
_BARS = "|ㅣ│丨"


_PLACE_TOKEN_RE = re.compile(r"^[가-힣]{1,8}(?:\([가-힣]{1,6}\))?$")


# "매체/이름 기자", "매체ㅣ이름 기자": a press name and the reporter, split by a slash or a bar
# What stands between a press name and the rest of a bracket byline: "매체/이름", "매체 | 세종=", "매체ㅣ이름"
BRAND_BARS = "/|│ㅣ"
_BRAND_SLASH_RE = re.compile(rf"^\s*(?P<brand>[^\s{BRAND_BARS}]{{2,20}})\s*[{BRAND_BARS}]\s*(?P<who>\S.*)$")


def split_who(who: str, need_role: bool = True,
              brand_first: bool = False) -> tuple[list[str], list[str], str | None, str | None] | None:
    """``[매체] 이름[·이름] [장소] 역할`` → (names, roles, dateline, brand), or None.

    A known press name in front is the brand (also ``매체/이름 기자``), a known place right
    before the role the dateline: ``더퍼블릭 홍길동 기자``, ``홍길동 베이징 특파원``. With
    ``brand_first`` (the part after a dateline's "=") a word in front of a single ``이름 역할`` is
    the brand even when it is not built like a press name. With ``need_role`` every name must
    carry a role (so a sentence or a lone word is never a byline).
    """
    brand = dateline = None
    slash = _BRAND_SLASH_RE.match(who)
    if slash and is_press_name(slash["brand"]):
        brand, who = slash["brand"], slash["who"]  # "매체/이름 기자": the brand, a slash, the reporter
    toks = who.split()
    if not toks or len(toks) > 8:
        return None
    for k, t in enumerate(toks):
        if "=" in t:  # "안성(경기)=정한결": a dateline glued to the first name
            place, _, name = t.partition("=")
            if place and name and _PLACE_TOKEN_RE.match(place):
                dateline, toks = place, toks[:k] + [name] + toks[k + 1:]
            break
    if brand is None and len(toks) >= 2 and (toks[0].lower() in BRANDS or toks[0] in PRESS_NAMES or _PRESS_SUFFIX_RE.search(toks[0])):
        brand = toks.pop(0)
    if brand is None and len(toks) >= 3 and is_role(toks[-1]) and _BRAND_SHAPED_RE.match(toks[0]) \
            and toks[0] not in PLACES and not is_role(toks[0]) \
            and all(_HANGUL_NAME_RE.match(n) for n in split_names(" ".join(toks[1:-1])) if n):
        brand = toks.pop(0)  # "가람인사이트 홍길동 기자": a word no name is built like, then the names
    if brand is None and brand_first and len(toks) == 3 and is_role(toks[2]) and _HANGUL_NAME_RE.match(toks[1]) \
            and len(toks[0]) <= 12 and toks[0] not in PLACES and not is_role(toks[0]):
        brand = toks.pop(0)  # "[대전=매체 이름 기자]": after a dateline's "=" the brand comes first
    if len(toks) >= 3 and is_role(toks[-1]) and toks[-2] in PLACES:
        dateline = toks.pop(-2)
    if brand is None and len(toks) == 3 and is_role(toks[2]) and _HANGUL_NAME_RE.match(toks[0]) and is_press_name(toks[1]):
        brand = toks.pop(1)  # "홍길동 가상일보 기자": the name, the outlet, the role
    parsed = split_reporters(" ".join(toks))
    if parsed is None or not parsed[0]:
        return None
    names, roles = parsed
    if need_role and not all(roles):
        return None
    if any(n in PLACES or n.lower() in BRANDS or n in PRESS_NAMES for n in names):
        return None
    return names, roles, dateline, brand


# bare lead: 이름 베이징 특파원=rest / 이름 기자 = rest
_BARE_LEAD_RE = re.compile(r"^(?P<who>[^=\[\](){}<>\n\d]{2,40}?)\s*=\s*(?P<rest>.*)$", re.S)
# 매체 이름 기자 | rest
_BAR_LEAD_RE = re.compile(rf"^(?P<who>[^=\n{_BARS}\d]{{2,40}}?)\s*[{_BARS}]\s*(?P<rest>.*)$", re.S)
# 기자ㅣ이름
_ROLE_FIRST_RE = re.compile(rf"^(?P<role>[가-힣]{{0,6}}기자|특파원|글)\s*[{_BARS}]\s*(?P<who>[^{_BARS}\n]{{2,40}}?)\s*(?P<email>\(?{_EMAIL}\)?)?$")
# "By: NAME", "BY : NAME", "By - NAME", "Reported by NAME": an English byline's opener with a mark after it, or
# the reporting named as the task ("(Reporting by A; Editing by B)" credits keep their own rule)
_BY_MARK_RE = re.compile(r"^(?:(?:By|BY)\s*[:：\-–—]\s*|Reported by\s*:?\s+)(?=[A-Z])")
# English: By Kim Min-ji, Lee Jae-won and Park Soo-ah (email)
_EN_NAME = r"[A-Z][a-zA-Z'’.]*(?:[ -][A-Za-z][a-zA-Z'’.]*){1,3}"
_BY_RE = re.compile(rf"^(?:By|BY)\s+(?P<names>{_EN_NAME}(?:\s*(?:,(?:\s*(?:and\b|&))?|&|\band\b|\bAND\b)\s*{_EN_NAME})*)\s*"
                    rf"(?:[,(\[]?\s*(?P<emails>{_EMAILS})\s*[)\]]?|\s*\[\[?[^\[\]]{{0,40}}\]?\]|\s*[|/]\s*[A-Z][A-Za-z.&' ]{{2,40}}"
                    r"|,\s*(?i:(?:staff|senior|chief|contributing)\s+)?(?i:reporter|writer|correspondent|editor|columnist))?\s*$")
# What may close an English byline after the names without a comma: the writer's role ("Staff Reporter") or
# where the story was written ("in Seoul", "in New York")
_BY_TAIL_RE = re.compile(r"\s+(?:(?i:(?:staff|senior|chief|contributing)\s+)?(?i:reporter|writer|correspondent|editor|columnist)"
                         r"|in\s+[A-Z][A-Za-z.'’-]+(?:\s+[A-Z][A-Za-z.'’-]+){0,2})\s*$")
# A mail label between a sign-off's name and its address: "홍길동 기자 Email: gildong@…", "홍길동 기자 이메일 :"
_MAIL_LABEL_TAIL_RE = re.compile(r"\s*(?:(?i:e-?mail)|이메일|메일)\s*[:：]?\s*$")
_STAFF_TAIL_RE = re.compile(r"(?:^|\s)(?:[Ss]taff|STAFF)(?:\s+(?:[Rr]eports?|[Ww]riters?|REPORTS?))?$")
_EN_SPLIT_RE = re.compile(r"\s*(?:,|&|\band\b|\bAND\b)\s*")
# A wire story's closing credits in parentheses: "(Reporting by A and B; Additional reporting by C;
# Editing by D)". The reporters and writers wrote the story; the editors did not.
# The task words a wire's credits name its writers by, one or two joined ("Reporting and writing by A"): EN_WRITER_TASKS
EN_WRITER_TASKS = r"(?:Additional\s+|additional\s+)?(?:[Rr]eporting|[Ww]riting)(?:\s+and\s+(?:[Rr]eporting|[Ww]riting))?"
_EN_CREDITS_RE = re.compile(rf"^(?P<open>\()?(?P<credits>{EN_WRITER_TASKS}\s+by\s+[^()]{{2,200}})(?(open)\))\.?$")
_EN_CREDIT_PART_RE = re.compile(rf"(?:^|;\s*){EN_WRITER_TASKS}\s+by\s+([^;]+)")
# A wire's credits (writers, editors) are no picture's credit: "(Reporting by A; Editing by B)" after a sentence
EN_WIRE_CREDIT_RE = re.compile(rf"^(?:{EN_WRITER_TASKS}|[Ee]diting|[Ee]dited)\s+by\s")
_EN_CREDIT_PLACE_RE = re.compile(r"\s+in\s+[A-Z][A-Za-z .'-]{1,40}$")
# "Reporting by NAME for Brand.": the outlet the reporter wrote for, after the name (not read as the page's outlet:
# a carried story names its first publisher there)
_EN_CREDIT_FOR_RE = re.compile(r"\s+for\s+(?:the\s+|The\s+)?[A-Z][A-Za-z0-9&.' -]{1,40}$")
_EN_NAME_ONLY_RE = re.compile(r"^[A-Z][a-zA-Z'’.]*(?:[ -][A-Za-z][a-zA-Z'’.]*){1,3}$")
# A person's name alone (two to four capitalised words): a writer only where the line says so (an info
# line of a date and a name, "March 5, 2024 • Hong Gil-dong").
EN_BARE_NAME_RE = re.compile(r"^[A-Z][a-z'’.]+(?:[ -][A-Z][a-z'’.]*|-[a-z]+){1,3}$")
# A blog platform's post meta under the headline, an item a line behind a list mark: "- Jane Roe" / "- Mar 4, 2025" /
# "- 2 min read". A name's item is the author only right above the date's item (the caller checks that).
_LIST_ITEM_RE = re.compile(r"^[-•·*]\s+(?P<name>\S.{0,38})$")


def list_item_author(line: str) -> Byline | None:
    """The author of ``- Jane Roe`` or ``- 홍길동`` (a person's name alone behind a list mark); None otherwise."""
    m = _LIST_ITEM_RE.match(line)
    if m is None:
        return None
    name = m["name"].strip()
    if EN_BARE_NAME_RE.match(name) or (_HANGUL_NAME_RE.match(name) and name not in NOT_NAMES and name not in PLACES
                                       and name not in WRITER_BOX_LABELS and not is_press_name(name)):
        return _sig([name], [""])
    return None


# The AP's abbreviations of US states after a dateline ("JACKSON COUNTY, Ga. —", "NEW YORK, N.Y. --"); the eight
# states the AP spells out (Texas, Ohio, …) are plain words the region pattern takes as they are
AP_STATE_ABBREVIATIONS = (
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.",
    "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.",
    "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
    "D.C.",
)
_AP_STATES = "|".join(re.escape(a) for a in sorted(AP_STATE_ABBREVIATIONS, key=len, reverse=True))
_CAPS_MONTH = r"(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEP(?:T(?:EMBER)?)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)"
# SEOUL, June 27 (Yonhap) -- rest     SEJONG -- rest
_WIRE_LEAD_RE = re.compile(
    r"^(?P<dl>[A-Z][A-Z.'’ -]{1,30}?(?:/[A-Z][A-Z.'’ -]{1,30}?)*|[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    # "BUSAN, South Korea —", "SEOUL, SOUTH KOREA —" (the country in capitals too)
    # ("SEOUL, Korea, Republic Of —": a feed's ISO 3166 country name, its comma inside)
    r"(?:,\s*(?P<region>" + _AP_STATES + r"|[A-Z][a-z]+,\s(?:[A-Z][a-z]+\s)?(?:Republic|Province|Federation|State)\s[Oo]f"
    r"(?:\s[A-Z][a-z]+){0,2}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}|[A-Z]{2,}(?: [A-Z]{2,}){0,2})"
    # (the region may stand before the day: "JAKARTA, Indonesia, Jan 2 (Wire) -", "WASHINGTON, D.C., Jan. 2 —")
    r"(?=\s*(?:\(|--|—|–|\s-\s)|,\s*(?:[A-Z][a-z]{2,8}|" + _CAPS_MONTH + r")\.?\s+\d{1,2}(?!\d)))?"
    # (the month in capitals with the rest of the lead: "ULSAN, SOUTH KOREA, JAN. 2 (Wire) -", k3, session 16)
    r"(?:,\s*(?P<md>(?:[A-Z][a-z]{2,8}|" + _CAPS_MONTH + r")\.?\s+\d{1,2}))?\s*"
    # ("SEOUL, - rest": the date between the comma and the dash, cut off by the capture)
    # ("BUSAN, March 4 /Brand Newswire/ -- rest": a release wire between slashes, the year left out)
    # ("KOTA KINABALU (March 31): rest": the day in parentheses after the place, no wire)
    r"(?:\((?P<brand>[A-Z][A-Za-z ]{1,30})(?:\s*/[^()]{0,60})?\)|(?<=\d)\s*/(?P<wire>[A-Z][A-Za-z .-]{1,30})/"
    r"|\((?P<pmd>[A-Z][a-z]{2,8}\.?\s+\d{1,2})\))?,?\s*"
    r"(?:--|—|–|\s-\s|(?<=[A-Z)]):)\s*(?P<rest>.*)$",
    re.S,
)


# A dateline with the full date, the style of press-release wires and trade journals:
#   "SEOUL, South Korea, Feb. 6, 2025 /PRNewswire/ -- rest", "WASHINGTON, March 3, 2024 (Agency) — rest",
#   "April 13, 2023: rest" (the date alone opening the story). The date is the story's; the city (one or
#   several, "HANOI/SEOUL") is the dateline, a region after it ("South Korea") is not.
_DATED_LEAD_RE = re.compile(
    r"^(?:(?P<dl>[A-Z][A-Za-z.'’/ -]{1,30}?)(?:\s*,\s*[A-Z][A-Za-z.'’ -]{1,30}?)?\s*,\s*)?"
    # (or day first, as British and European wires print it: "LONDON, 2 January 2019 - rest")
    r"(?P<date>" + MONTH_NAME + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+" + MONTH_NAME + r",?\s+\d{4})(?!\d)\s*"
    # ("(Client/Wire)": a client's credit and the wire's in one parenthesis; the first is the brand)
    r"(?:\((?P<brand>[A-Z][A-Za-z ]{1,30})(?:\s*/\s*[A-Z][A-Za-z ]{1,30})?\)\s*|/(?P<wire>[A-Za-z][A-Za-z .-]{1,30})/\s*)?"
    r"(?:--|—|–|\s-\s|:)\s*(?P<rest>\S.*)$",
    re.S,
)
# The same dateline alone on its line, its wire and dash on the next ("/PRNewswire/ -- rest")
_DATED_LINE_RE = re.compile(
    r"^(?:[A-Z][A-Za-z.'’/ -]{1,30}?(?:\s*,\s*[A-Z][A-Za-z.'’ -]{1,30}?)?\s*,\s*)"
    + MONTH_NAME + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}$")
_WIRE_TAIL_RE = re.compile(r"^(?:/[A-Za-z][A-Za-z .-]{1,30}/\s*)?(?:--|—|–)\s*\S")


def join_dated_dateline(items: list[str]) -> list[str]:
    """``SEOUL, South Korea, Feb. 6, 2025`` / ``/PRNewswire/ -- rest`` printed on two lines: one lead."""
    for k in range(min(len(items) - 1, 60)):
        s = items[k]
        if s[:1].isupper() and s[-1:].isdigit() and len(s) <= 80 and _WIRE_TAIL_RE.match(items[k + 1]) \
                and _DATED_LINE_RE.match(s):
            return [*items[:k], f"{s} {items[k + 1]}", *items[k + 2:]]
    return items


def _dated_lead(s: str) -> Byline | None:
    m = _DATED_LEAD_RE.match(s)
    if m is None:
        return None
    dl = m["dl"].strip() if m["dl"] else None
    if dl and (dl.split()[0].rstrip(".").lower() in _MONTH_WORDS or len(dl.split()) > 4):
        return None
    return Byline(dl, [], [], m["rest"].strip(), (m["brand"] or m["wire"] or "").strip() or None, stamp=m["date"])


# SEOUL (Brand News / Agency - 24th April, 2023) rest: the brand and the date in parentheses, no dash
_WIRE_PAREN_LEAD_RE = re.compile(
    r"^(?P<dl>[A-Z][A-Z.'’ -]{2,30}?)\s+\((?P<brand>[A-Z][A-Za-z.& ]{1,30}?)\s*(?:/\s*[A-Z][A-Za-z.& ]{1,30}?\s*)?"
    r"-\s*(?=[^)]*\d{4}\))[^)]{4,40}\)\s+(?P<rest>[A-Z\"“‘'].*)$", re.S)


# "Seoul, Dec 12: Rest" and "Seoul, March 5 (Agency) Rest": a city and the day, closed by a colon or by
# the agency in parentheses, no dash (the style of South Asian wires and their clients)
_MONTH_WORDS = frozenset({"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                          "january", "february", "march", "april", "june", "july", "august", "september", "october",
                          "november", "december"})
# ("New Delhi [India], June 3 (ANI): rest": the country in brackets after the city)
_WIRE_DAY_LEAD_RE = re.compile(
    r"^(?P<dl>[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+)?)(?:\s+\[[A-Z][A-Za-z ]{1,30}\])?,\s*(?P<md>(?P<mon>[A-Z][a-z]{2,8})\.?\s+\d{1,2})"
    r"(?:\s*:|\s*\((?P<brand>[A-Z][A-Za-z ]{1,30})\)\s*:?)\s+(?P<rest>[A-Z\"“‘'].*)$", re.S)


# A press-release wire's Korean lead: the place, dashes, the wire in parentheses, the date or not, dashes
# ("서울--(뉴스와이어)-- 본문", "부산–(매체와이어) 2019년 01월 02일 -- 본문")
_KO_WIRE_LEAD_RE = re.compile(r"^(?P<dl>[가-힣]{2,6})\s*(?:--|—|–)\s*\([^()\n]{2,20}\)\s*"
                              r"(?:\d{4}\s*[년.\-/]\s*\d{1,2}\s*[월.\-/]\s*\d{1,2}\s*일?\s*)?(?:--|—|–)\s*(?P<rest>\S.*)$", re.S)
_DIGIT4_RE = re.compile(r"\d{4}")
# What a wire lead's rest is not: a line in capitals, no lowercase letter in its first words (a Hangul story has none
# and no capital either); and a place's name has a vowel, an agency's initials ("VNP") may not
_LOWER_RE = re.compile(r"[a-z\uac00-\ud7a3]")
_CAPS2_RE = re.compile(r"[A-Z]{2}")


def _in_capitals(text: str) -> bool:
    head = text[:40]
    return _LOWER_RE.search(head) is None and _CAPS2_RE.search(head) is not None


_VOWEL_RE = re.compile(r"[AEIOUYaeiouy]")
_BAR_FRAMED_RE = re.compile(r"^\|\s*(?P<inner>[^|\n]{3,40}?=[^|\n]{2,30}?)\s*\|\s*(?P<rest>.*)$", re.S)


def parse_lead(paragraph: str) -> Byline | None:
    """A byline opening the first body paragraph, in any shape the press uses; None if none."""
    if not paragraph:
        return None
    s = paragraph.lstrip()
    c = s[:1]
    if c in "[(（【":
        return parse_byline(s)
    if c == "|" and "=" in s[:40]:
        framed = _BAR_FRAMED_RE.match(s)  # "| 매체=이름 기자 | 본문": the bracket drawn with bars
        return parse_byline(f"[{framed['inner']}] {framed['rest']}") if framed else None
    if c.isascii():
        if c.isupper() and ("--" in s[:90] or "—" in s[:90] or "–" in s[:90] or " - " in s[:90] or ":" in s[:24]
                            or "):" in s[:48]):  # "HANOI (Agency): rest"
            dated = _dated_lead(s) if _DIGIT4_RE.search(s[:80]) else None
            if dated is not None:
                return dated
            m = _WIRE_LEAD_RE.match(s)
            if m and m["dl"] in MEDIA_LABELS:
                m = None  # "VIDEO: headline", "WATCH: headline": a pointer's label, no place
            if m and m["pmd"] and m["pmd"].split()[0].rstrip(".").lower() not in _MONTH_WORDS:
                m = None  # "(Brand 24)": no day in the parenthesis
            if m and (m["brand"] or m["md"] or (len(m["dl"]) >= 3 and m["dl"].isupper())
                      or m["region"] in AP_STATE_ABBREVIATIONS):  # "Sacramento, Calif. —": a US dateline
                rest = m["rest"].strip()
                if _in_capitals(rest):
                    return None  # "WATCH: HOW THE …": a line in capitals (a link, a video's label), no story
                brand = (m["brand"] or m["wire"] or "").strip() or None
                if _VOWEL_RE.search(m["dl"]) is None:
                    return Byline(None, [], [], rest, brand)  # "VNP - rest": initials (no vowel) name no place
                return Byline(m["dl"].strip(), [], [], rest, brand)
        if c.isupper() and "(" in s[:40]:
            m = _WIRE_PAREN_LEAD_RE.match(s)
            if m:
                return Byline(m["dl"], [], [], m["rest"].strip(), m["brand"].strip())
        if c.isupper() and "," in s[:24]:
            m = _WIRE_DAY_LEAD_RE.match(s)
            if m and m["mon"].lower() in _MONTH_WORDS:
                return Byline(m["dl"], [], [], m["rest"].strip(), (m["brand"] or "").strip() or None)
        if c.isascii() and not c.isalpha():
            return None
    if "(" in s[1:12]:
        m = _KO_WIRE_LEAD_RE.match(s)
        if m:  # "서울--(뉴스와이어)-- 본문": a press-release wire's lead; the wire distributes, it is no outlet
            return Byline(m["dl"], [], [], m["rest"].strip(), None)
    head = s[:80]
    # "홍길동 기자 = …" (bare), else "매체 홍길동 기자 | …" (bar): the reporters, then the body.
    for present, lead_re in (("=" in head, _BARE_LEAD_RE), (any(b in head for b in _BARS), _BAR_LEAD_RE)):
        m = lead_re.match(s) if present else None
        got = split_who(m["who"]) if m else None
        if m and got:
            names, roles, dl, brand = got
            return Byline(dl, names, roles, m["rest"].strip(), brand)
        if m and lead_re is _BAR_LEAD_RE and len(m["rest"]) >= 30:
            brand = desk_byline(m["who"])
            if brand is not None:  # "매체 기자 | …", "매체 지역취재본부 | …": the newsroom signs, no name
                return Byline(None, [], [], m["rest"].strip(), brand or None)
    return None


# Where a newsroom signs a story without a reporter's name: "매체 기자", "매체 대전취재본부", "온라인뉴스팀"
DESK_SUFFIXES = ("취재본부", "본부", "취재팀", "취재부", "편집국", "편집부", "보도국", "뉴스팀", "기자단", "데스크")


def desk_byline(who: str) -> str | None:
    """The press name (or "") of a nameless byline such as ``매체 기자`` or ``매체 지역취재본부``; None
    when ``who`` names a person or is no byline at all."""
    toks = who.split()
    if not 1 <= len(toks) <= 3:
        return None
    brand = toks.pop(0) if len(toks) >= 2 and is_press_name(toks[0]) else ""
    if toks and all(t in ("기자", "특파원") or (t.endswith(DESK_SUFFIXES) and len(t) <= 10) for t in toks):
        return brand
    return None


# What a CMS prints after the stamp on the byline's line: counters ("댓글 0", "의견 0", "조회 1,234")
_COUNTER_TAIL_RE = re.compile(r"(?:\s*[|ㅣ│·]?\s*(?:댓글|의견|조회수?|공감|추천)\s*[:：]?\s*[\d,]+)+\s*$")


_NAME_THEN_LABEL_RE = re.compile(r"^[가-힣]{2,4}\s+(?:기사입력|최초입력|입력|기사등록|등록|기사승인|승인|송고시간|송고|작성|게재)\s*[:：]?\s*\d")


def byline_beside_stamp(rest: str, line: str) -> Byline | None:
    """The byline left on a stamp's line once the stamp is read (``scan_stamps``'s rest): "이수민 기자 댓글 0" for
    "이수민 기자 | 승인 2025.03.04 11:15 | 댓글 0"; a lone name too ("홍길동" of "홍길동 입력 2025.03.04 11:15"), as the
    stamp's label right after it marks the name as the byline, unless it is a desk ("산업부"), a place or a press name."""
    s = _COUNTER_TAIL_RE.sub("", rest).strip(" |ㅣ│·")
    if not s or len(s) > 60:
        return None
    sig = parse_signature(s)
    if sig is not None and sig.reporters:
        return sig
    if _HANGUL_NAME_RE.match(s) and s not in NOT_NAMES and s not in PLACES and _NAME_THEN_LABEL_RE.match(line) \
            and line.startswith(s) and not s.endswith((*DESK_SUFFIXES, "부", "팀")) and not is_press_name(s):
        return _sig([s], [""])
    return None


# ---------------------------------------------------------------- sign-offs

_SIG_EMAILS_RE = re.compile(rf"^\(?(?P<emails>{_EMAILS})\)?$")
_SIG_BRACKET_RE = re.compile(rf"^\[\s*(?P<who>[^/\]\[]{{2,40}}?)\s*/\s*(?P<emails>{_EMAILS})\s*\]$")
_SIG_BRAND_RE = re.compile(rf"^[\[【]\s*(?P<brand>[^\]】=]{{1,30}}?)\s*[\]】]\s*(?P<who>[^()\[\]@]{{2,40}}?)\s*(?:\(\s*(?P<emails>{_EMAILS})\s*\))?$")
_SIG_PLACE_RE = re.compile(rf"^(?P<dl>[가-힣]{{1,8}}(?:\([가-힣]{{1,6}}\))?)\s*(?P<sep>[=/])\s*(?P<who>[^=/@\d()]{{2,40}}?)\s*(?P<tail>\(?{_EMAIL}.*|\d{{4}}\s*[.\-/년].*)?$")
_SIG_TAIL_EMAIL_RE = re.compile(rf"^(?P<who>[^@<>\[\]]{{0,40}}?)\s*[(<]?\s*(?P<emails>{_EMAILS})\s*[)>]?$")
# A broadcaster's closing line: "YTN 홍길동입니다.", "KNN 홍길동 입니다." (the name may stand apart),
# "울산MBC 홍길동입니다.", "가상방송 홍길동입니다."
# "KNN 홍길동입니다.", "지금까지 한빛뉴스 홍길동이었습니다.", "가람방송 뉴스 홍길동입니다.": the reporter closes the script
BROADCAST_CLOSER_RE = re.compile(r"^(?:지금까지\s+)?(?P<brand>[가-힣]{0,4}[A-Z][A-Za-z0-9]{1,8}[가-힣]{0,3}|[가-힣]{2,8}(?:TV|뉴스|방송))"
                                 r"(?:\s+뉴스)?\s+(?P<name>[가-힣]{2,4})\s?(?:입니다|이었습니다|였습니다)\.?$")
_NOT_CLOSER_NAMES = frozenset({"뉴스", "보도", "기자", "앵커", "특파원", "소식"})
_EN_NAME_EMAIL_RE = re.compile(rf"^(?P<names>{_EN_NAME})(?:\s+|\s*[(<]\s*)(?P<emails>{_EMAILS})\s*[)>]?$")


# "기자명 홍길동 [기자] [댓글 0]": a CMS's writer field (what is left of its info line without the stamp)
_NAME_LABEL_RE = re.compile(r"^(?:기자명|기자이름|작성자|글쓴이)\s*[:：]?\s*(?P<name>[가-힣]{2,4})(?:\s*(?P<role>기자|특파원))?(?:\s+댓글\s*\d*)?$")
_NAME_LABEL_FIRST = first_set(_NAME_LABEL_RE)  # what a match opens with: other lines skip the rule
# What a profile widget prints where the writer field's name goes ("작성자 이미지": a picture's alt text, "작성자 정보":
# an info box's heading): the labels of a CMS's writer box, never a name
WRITER_BOX_LABELS = frozenset({"정보", "이미지", "사진", "프로필", "소개", "보기", "더보기", "목록", "아이콘", "썸네일", "이름",
                               "기사", "구독", "팔로우", "아바타"})
# "홍길동기자@매체, gildong@…": a sign-off naming the outlet after "@" (the address may be cut)
_AT_BRAND_RE = re.compile(r"^(?P<name>[가-힣]{2,4})\s*(?P<role>기자|특파원)\s*@\s*(?P<brand>[^\s,@()]{2,12})(?:\s*,.*)?$")
# Three-syllable words printed before a contact address that are not a name ("이메일 a@b.kr").
_MAIL_WORDS = frozenset({"이메일", "연락처", "편집국", "보도국", "취재팀", "기사문", "독자팀", "광고팀", "고객팀"})
_SIG_LEAD_JUNK_RE = re.compile(r"^(?:[-–—/·▲△▶▷◆◇■□●○◎☞•]+\s*|\d{4}[-.]\d{1,2}[-.]\d{1,2}\.?\s+(?=[가-힣]))")
_SIG_LEAD_JUNK_FIRST = first_set(_SIG_LEAD_JUNK_RE)  # what a match opens with: other lines skip the rule
# Session 15 (k2): what an English byline may print after its writer that names no author of the story — a photo,
# video or editing credit ("By NAME; Photos by NAME", "Words by NAME, photographs by NAME", "Written by NAME, edited by NAME")
_EN_OTHER_CREDIT_TAIL_RE = re.compile(r"(?:\s*[;,.]\s*|\s+and\s+)(?:[Pp]hotos?|[Pp]hotographs?|[Pp]hotography|[Pp]ictures?|[Ii]mages?"
                                      r"|[Vv]ideos?|[Gg]raphics?|[Ii]llustrations?|[Ee]dited|[Ee]diting)\s+by\s+[A-Z][^;]{1,60}?\.?$")
# a broadcast's credit line led by its writer, the crew after it ("취재기자: 홍길동 / 촬영기자: 김철수 / 영상편집: 이수민",
# "취재 : 홍길동 / 촬영 : 김철수"): the crew's part is ``crew_credits``' own form
_WRITER_THEN_CREW_RE = re.compile(r"^[(\[【<]?\s*(?:취재\s*기자|취재|기자)\s*[:=：]?\s*(?P<name>[가-힣]{2,4})(?:\s?기자)?"
                                  r"\s*[/|,·ㆍ]\s*(?P<crew>[^\n]{4,100}?)\s*[)\]】>]?$")
# What the writer did, in front of the names: "글·사진=", "글 ", "정리=", "취재=", "By " (a task, never a dateline)
_SIG_TASK_RE = re.compile(r"^(?:(?:글\s*[·ㆍ/,]\s*사진|사진\s*[·ㆍ/,]\s*글|글|정리|취재|대담|진행|By|BY|by)\s*[=:：]?\s*)(?=[가-힣]{2,4}\s*(?:기자|특파원|선임기자|[가-힣]{0,6}기자))")
_SIG_TASK_FIRST = first_set(_SIG_TASK_RE)  # what a match opens with: other lines skip the rule
# The reporter page's widgets after a sign-off: "다른 기사 보기", "기자의 다른기사", "구독", "팔로우"
# ("… e-mail 기자의 다른기사" after an address; "홍길동 기자의 다른기사 보기" glued to the role)
_SIG_WIDGET_TAIL_RE = re.compile(r"(?:(?<=[A-Za-z])\s+기자의|(?<=기자)의)?\s*(?:다른\s*기사(?:\s*보기)?|기사\s*더\s*보기|전체\s*기사(?:\s*보기)?"
                                 r"|구독(?:하기)?|\+\s*구독|팔로우(?:하기)?)$")
# The name, then the outlet and the role in brackets: "홍길동(가상일보 기자)", "홍길동 (가람경제 논설위원)"
_NAME_BRACKET_ROLE_RE = re.compile(r"^(?P<name>[가-힣]{2,4})\s*[(（]\s*(?:(?P<brand>[^\s()（）]{2,15})\s+)?"
                                   r"(?P<role>[가-힣]{0,6}(?:기자|특파원|위원))\s*[)）]$")
# The outlet in brackets after a Korean byline: "홍길동 기자 [가상일보]", "홍길동 기자(가상일보)"
_SIG_BRAND_AFTER_RE = re.compile(r"^(?P<who>[^\[\]()（）【】]{2,40}?(?:기자|특파원))\s*[\[(（【]\s*(?P<brand>[^\[\]()（）【】@]{2,20}?)\s*[\])）】]$")
# A whole byline in brackets on its own line: "[홍길동 기자]", "<홍길동 기자 gildong@…>"
_SIG_WRAPPED_RE = re.compile(r"^[\[<〈《(]\s*(?P<inner>[^\[\]<>〈〉《》()]{3,60}?)\s*[\]>〉》)]$")
# English role words a "By" line may list after the names ("By Hong Gil-dong, Staff Reporter")
_EN_ROLE_WORDS = frozenset({"staff reporter", "reporter", "staff writer", "correspondent", "editor", "senior reporter",
                            "contributing writer", "columnist", "staff"})
# "Reporter Hong Gil-dong", "Written by Hong Gil-dong"; "Hong Gil-dong / The Korea Herald", "Hong Gil-dong, Reuters"
_EN_LABEL_NAME_RE = re.compile(rf"^(?:Reporter|Written by|Posted by|Story by|Words by|Contributed by|Writer|Author|Contributor)"
                               rf"\s*:?\s+(?P<name>{_EN_NAME})"
                               r"(?:\s+[|｜]\s+[^|｜]{2,60}){0,3}$")  # "Author: NAME | job title | desk, organisation"
# A contact label in front of an address: "Email: a@b.com", "E-mail : …", "이메일: …"
_MAIL_LABEL_RE = re.compile(r"^(?:E-?mail|Contact|이메일|메일)\s*[:：]\s*(?=\S+@)", re.I)
# "Hong Gil-dong, Staff Writer" / "Hong Gil-dong Staff Reporter": a name and its English role
EN_ROLE_TITLES = ("Staff Writer", "Staff Reporter", "Senior Reporter", "Reporter", "Correspondent", "Senior Writer")
_EN_NAME_ROLE_RE = re.compile(r"^(?!By\s|BY\s)(?P<name>[A-Z][a-zA-Z'’.]*(?:-[a-zA-Z]+)?(?:\s[A-Z][a-zA-Z'’.]*(?:-[a-zA-Z]+)?){1,2})"
                              r"(?:,\s*(?:" + "|".join(EN_ROLE_TITLES) + r")"
                              r"|\s+(?:Staff Writer|Staff Reporter))$")
NAME_ROLE_LINES = 30  # how far down the page a name and its role printed on two lines are joined
# "Hong Gil-dong Business Reporter", "Hong Gil-dong, Senior Editor": a name, then an English role as newsrooms title
# one — a role noun closing it, rank and beat words in front (closed vocabularies, no list of people or outlets)
EN_NAME_ROLE_MAX = 80


def en_name_and_role(s: str) -> str | None:
    """The writer's name of ``Hong Gil-dong Business Reporter`` or ``Hong Gil-dong, Senior Editor`` (two or three
    capitalised words, then rank and beat words of ``EN_ROLE_MODIFIERS`` and a role noun of ``EN_ROLE_NOUNS``; without
    a comma at least one such word); None for anything else."""
    if len(s) > EN_NAME_ROLE_MAX or s.rpartition(" ")[2] not in EN_ROLE_NOUNS or s[:3] in ("By ", "BY "):
        return None  # ("By NAME, Staff Writer" is the By line's)
    # ("NAME | Senior Correspondent", "NAME - Staff Writer", "NAME — Business Reporter": a bar or a dash for the comma)
    toks = s.replace(",", " , ").replace(" | ", " , ").replace(" - ", " , ").replace(" — ", " , ").replace(" – ", " , ").split()
    k = len(toks) - 1
    while k > 0 and toks[k - 1] in EN_ROLE_MODIFIERS:
        k -= 1
    comma = k > 0 and toks[k - 1] == ","
    if comma:
        k -= 1
    elif k == len(toks) - 1:
        return None  # "Paper Names Reporter": no rank or beat word, no comma
    name = " ".join(toks[:k])
    return name if 2 <= k <= 3 and EN_BARE_NAME_RE.match(name) else None
_CARD_EMAIL_RE = re.compile(rf"^(?:(?i:e-?mail)\s*:?\s*)?(?P<email>{_EMAIL})$")


# A blog theme's post meta under the headline, lower-case "by" and bars: "by Jane Roe | Mar 4, 2025 | Business, World",
# "by | 2025-03-04 | News" (the author's name left empty), "by admin | …" (the platform's account, no writer)
_POST_META_RE = re.compile(r"^by\s*(?P<who>[^|\n]{0,40}?)\s*\|\s*(?P<day>[^|\n]*\d{4}[^|\n]*?)\s*(?:\|[^\n]*)?$")


def post_meta_line(s: str) -> str:
    """``by NAME | DATE | categories`` → ``By NAME | DATE`` (the byline and the stamp as the By-line rules read them,
    the categories and the comment count dropped); without a person's name (``by | DATE``, ``by admin | DATE``) the
    line is its date. Other lines come back unchanged. The date is the part after the first bar, asked as one holding
    a year's four digits."""
    m = _POST_META_RE.match(s) if s[:2] == "by" else None
    if m is None:
        return s
    who = m["who"]
    return f"By {who} | {m['day']}" if who and EN_BARE_NAME_RE.match(who) else m["day"]


def join_name_role_lines(items: list[str]) -> list[str]:
    """``Jane Doe`` / ``Staff Reporter``: an English name and its role printed on two lines (a profile box's two
    spans) read as one byline, ``Jane Doe, Staff Reporter`` (only near the top of the page); ``Jane Doe`` /
    ``jdoe@example.com`` (or ``Email: …``), a card's name and address, anywhere: ``Jane Doe jdoe@example.com``."""
    out: list[str] | None = None
    k = 0
    while k < len(items) - 1:
        nxt = items[k + 1]
        if (nxt in EN_ROLE_TITLES and k < NAME_ROLE_LINES or "@" in nxt) and EN_BARE_NAME_RE.match(items[k]):
            card = _CARD_EMAIL_RE.match(nxt) if "@" in nxt else None
            if card is not None or nxt in EN_ROLE_TITLES:
                out = out if out is not None else items[:k]
                out.append(f"{items[k]} {card['email']}" if card is not None else f"{items[k]}, {nxt}")
                k += 2
                continue
        if out is not None:
            out.append(items[k])
        k += 1
    if out is None:
        return items
    out.extend(items[k:])
    return out
_EN_NAME_BRAND_RE = re.compile(rf"^(?!By\s|BY\s)(?P<name>{_EN_NAME})\s*[/,]\s*(?P<brand>[A-Z][A-Za-z.&' ]{{2,40}})$")
# "기자 홍길동", "기자 홍길동 hong@example.com": the role word first, a space (no bar) before the name; the line
# holds nothing else, so "기자 회견을 열었다" never matches
_ROLE_SPACE_FIRST_RE = re.compile(rf"^(?P<role>기자|특파원)\s+(?P<name>[가-힣]{{2,4}})(?=\s*$|\s+[(<]?{_EMAIL}[)>]?$)")
# session 15 (k2): any role word of the vocabulary first ("에디터 홍길동", "객원기자 홍길동"), an author's role only
_ANY_ROLE_FIRST_RE = re.compile(rf"^(?P<role>[가-힣A-Z]{{1,8}})\s+(?P<name>[가-힣]{{2,4}})(?=\s*$|\s+[(<]?{_EMAIL}[)>]?$)")
_NOT_NAMES_AFTER_ROLE = frozenset({"회견", "간담회", "설명회", "수첩", "칼럼", "브리핑", "질문", "명단"})
_EMAIL_FIRST_RE = re.compile(rf"^(?P<email>{_EMAIL})\s+(?P<who>[가-힣]{{2,4}}\s*(?:기자|특파원))$")
_EMAIL_FIRST_FIRST = first_set(_EMAIL_FIRST_RE)  # what a match opens with: other lines skip the rule
# The verbs of an anchor's hand-over, after "이름 기자가"/"이름 특파원이" and up to two words ("현장을", "자세히"):
# "홍길동 기자가 현장을 취재했습니다", "… 기자가 알아봤습니다".
HANDOVER_VERBS = ("보도합니다", "전합니다", "전해드립니다", "취재했습니다", "알아봤습니다", "알아보았습니다",
                  "다녀왔습니다", "짚어봤습니다", "살펴봤습니다", "정리했습니다", "만나봤습니다", "들어봤습니다")
_ANCHOR_INTRO_RE = re.compile(
    r"(?:^|\s)(?:보도에\s*|[가-힣]{2,6}에서\s*)?(?P<name>[가-힣]{2,4})\s*"
    r"(?:[가-힣]{0,6}(?:" + "|".join(DESK_SUFFIXES) + r")\s*)?(?:기자|특파원)"  # "홍길동 취재부 기자입니다": the desk, then the role
    r"(?:의\s*보도입니다|입니다|\s*나왔습니다|\s*연결합니다|[가이]?\s*나가\s*있습니다"  # (session 15: "… 나가 있습니다")
    r"|[가이]\s*(?:[가-힣]{1,8}\s+){0,2}(?:" + "|".join(HANDOVER_VERBS) + r"))\.?\s*$"
)
# The hand-over inside a script captured as one line, followed by the report's marker: "… 살피고 있습니다
# 베이징 홍길동 특파원입니다 [리포트] …" (a sentence's end or the line's start, a place at times, the name)
_HANDOVER_MARKED_RE = re.compile(r"(?:^|[.!?다요]\s+)(?:[가-힣]{2,6}\s+)?(?P<name>[가-힣]{2,4})\s?(?:기자|특파원)"
                                 r"(?:입니다|의\s*보도입니다)\.?\s*\[(?:리포트|기자)\]")
# Where the anchor's last sentence (or its last clause, after a comma) starts inside a longer paragraph.
_LAST_SENTENCE_RE = re.compile(r"[.!?,][\"'”’]?\s+(?=[^.!?,]+[.!?]?\s*$)")


# An English script's hand-over: "Reporter NAME reports from PLACE.", "Our NAME has more.", "NAME has the details from
# PLACE." — a role word or "Our" in front, a "has …" verb, or the place after; "Garam News reports." names nobody
_EN_HANDOVER_RE = re.compile(
    r"^(?P<pre>(?:Our|Reporter|Correspondent|Our correspondent|Our reporter)\s+)?"
    r"(?P<name>[A-Z][a-z'’.]+(?:[ -][A-Z][a-z'’.]*|-[a-z]+){1,2})\s+"
    r"(?P<verb>reports|has (?:more|the story|the details|details))(?P<place>\s+from\s+[A-Z][\w .'’-]{1,40})?\.$")
EN_HANDOVER_MAX = 90


def en_handover(line: str) -> str | None:
    """The reporter an English anchor hands over to ("Reporter Jane Doe reports from Tokyo."), else None."""
    s = line.strip()
    m = _EN_HANDOVER_RE.match(s) if len(s) <= EN_HANDOVER_MAX else None
    if m is None or not (m["pre"] or m["place"] or m["verb"] != "reports") or _is_en_press_name(m["name"]):
        return None
    return m["name"]


def anchor_intro(line: str) -> str | None:
    """The reporter an anchor hands over to ("보도에 홍길동 기자입니다."), else None.

    The hand-over is the anchor's last sentence: a longer paragraph is read from its last
    sentence or clause start ("… 문제가 커지고 있는 건데, 홍길동 기자가 현장을 취재했습니다.").
    """
    if "기자" not in line and "특파원" not in line:
        return en_handover(line) if line[-1:] == "." and ("reports" in line or " has " in line) else None
    if "[리포트]" in line or "[기자]" in line:  # a script run into one line: the hand-over, then the report's marker
        m = _HANDOVER_MARKED_RE.search(line)
        if m and m["name"] not in PLACES and not is_press_name(m["name"]):
            return m["name"]
    s = line.strip()
    if len(s) > 60:
        cuts = list(_LAST_SENTENCE_RE.finditer(s))
        s = s[cuts[-1].end():] if cuts else ""
        if len(s) > 60:
            return None
    m = _ANCHOR_INTRO_RE.search(s)
    return m["name"] if m else None


def _sig(names, roles, dateline=None, emails=(), brand=None, stamp=None) -> Byline:
    return Byline(dateline, list(names), list(roles), "", brand, tuple(emails), stamp)


# "2019-08-28 홍길동 기자": a date in front of the byline is the article's date.
# "2024.05.03 14:22 홍길동 기자": with its time of day too.
_SIG_LEAD_DATE_RE = re.compile(r"^\s*(?P<date>\d{4}[-.]\d{1,2}[-.]\d{1,2}\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s+(?=[가-힣])")


SIGNATURE_MEMO_CHARS = 200  # lines up to this long are remembered (a sign-off is short; a paragraph is not kept)


def parse_signature(line: str) -> Byline | None:
    """A sign-off line (reporters, e-mails, sometimes dateline/time); None for anything else (see
    ``_signature``). A function of the line alone, asked again for the same sign-off and furniture
    lines on page after page (half the calls on a generated day): short lines are remembered. Callers
    copy the lists of the Byline, never change them."""
    return _remembered_signature(line) if len(line) <= SIGNATURE_MEMO_CHARS else _signature(line)


@lru_cache(maxsize=4096)
def _remembered_signature(line: str) -> Byline | None:
    return _signature(line)


def _signature(line: str) -> Byline | None:
    """A sign-off line (reporters, e-mails, sometimes dateline/time); None for anything else.

    Photo credits (``ⓒ 매체 이름 기자``, ``사진=…``) are captions, not sign-offs: the caller
    tests for captions first. A date printed in front of the names is kept as the ``stamp``.
    """
    lead_ts = _SIG_LEAD_DATE_RE.match(line) if line[:1].isdigit() else None
    if lead_ts is not None:  # "2024.05.03 14:22 홍길동 기자 e-mail": the date (and time) first, then the sign-off
        sig = _parse_signature(line[lead_ts.end():])
        if sig is not None and sig.reporters:
            return Byline(sig.dateline, sig.reporters, sig.roles, sig.rest, sig.brand, sig.emails, lead_ts["date"])
    sig = _parse_signature(line)
    if sig is None and line[:3] in ("By ", "BY ") and len(line) <= 140 and (line[-4:].isdigit() or line[-2:] in _MERIDIEM_ENDS):
        sig = _by_line_dated(line)  # "By NAME March 5, 2024": the writer, then the article's date (and its clock)
    if sig is None and line[-1:].isdigit() and ("기자" in line or "특파원" in line):
        sig = _signoff_dated(line)  # "홍길동 기자 2024.05.03 14:22": the sign-off, then the article's time
    if sig is not None and sig.reporters and sig.stamp is None:
        dated = _SIG_LEAD_DATE_RE.match(line)
        if dated:
            return Byline(sig.dateline, sig.reporters, sig.roles, sig.rest, sig.brand, sig.emails, dated["date"])
    return sig


def _is_en_press_name(name: str) -> bool:
    """An English outlet's name as printed: registered, or two to five capitalised words ending on a press word."""
    low = name.strip().lower().removeprefix("the ")
    toks = name.split()
    return low in {b.removeprefix("the ") for b in BRANDS} or (
        2 <= len(toks) <= 5 and all(w[:1].isupper() for w in toks) and toks[-1].lower().strip(".") in EN_PRESS_WORDS)


is_en_press_name = _is_en_press_name


def _is_brand_name(name: str) -> bool:
    """A registered outlet's name as printed in an English byline ("The Korea Times", "Yonhap")."""
    low = name.lower()
    return low in BRANDS or low.removeprefix("the ") in BRANDS


_MERIDIEM_ENDS = ("AM", "PM", "am", "pm", "m.")  # how a byline closed by its date and 12-hour clock ends


def _by_line_dated(line: str) -> Byline | None:
    """``By NAME March 5, 2024``: an English byline closed by the article's date (the line ends on its year)."""
    from .dates import find_timestamp_en

    found = find_timestamp_en(line)
    if not found or found[0] <= 3 or line[found[1]:].strip(" .,"):
        return None
    head = line[: found[0]].rstrip(" ,|-–—•·")
    sig = _parse_signature(head.removesuffix(" on"))  # "By NAME on March 5, 2024"
    if sig is None or not sig.reporters:
        return None
    return Byline(sig.dateline, sig.reporters, sig.roles, sig.rest, sig.brand, sig.emails, line[found[0]:found[1]])


def _signoff_dated(line: str) -> Byline | None:
    """``홍길동 기자 2024.05.03 14:22``: a Korean sign-off closed by the article's date (and time), as
    ``부산/홍길동 기자 2024. 6. 11. 23:14`` is with a place."""
    from .dates import find_timestamp

    found = find_timestamp(line)
    if not found or found[0] == 0 or line[found[1]:].strip():
        return None
    sig = _parse_signature(line[: found[0]].rstrip(" ,|-–—•·"))
    if sig is None or not sig.reporters:
        return None
    return Byline(sig.dateline, sig.reporters, sig.roles, sig.rest, sig.brand, sig.emails, line[found[0]:found[1]])


def _parse_signature(line: str) -> Byline | None:
    s = line.strip()
    if not s or len(s) > 140:
        return None
    if s[:2] in ("by", "By", "BY") and "\uac00" <= s[2:3] <= "\ud7a3":
        s = s[2:]  # "by홍길동 기자": a Latin "by" glued to a Korean byline
    if s[:1] in _SIG_LEAD_JUNK_FIRST:  # (the rule matches only at the start)
        s = _SIG_LEAD_JUNK_RE.sub("", s)  # "- 홍길동 기자", "/홍길동기자 …", "▲ 홍길동 기자", "2019-08-28 홍길동"
    if s[:1] in "BWS" and " by " in s[2:] or s[:3] in ("By ", "BY "):
        s = _EN_OTHER_CREDIT_TAIL_RE.sub("", s)  # "By NAME; Photos by NAME", "Written by NAME, edited by NAME"
    if s[:1] in "BR" and s[:2] in ("By", "BY", "Re"):
        s = _BY_MARK_RE.sub("By ", s)  # "By: NAME", "By - NAME", "Reported by NAME": the writer, as "By NAME"
    s = _unglue_roles(s)
    if s[:1] in "기특":
        rf = _ROLE_SPACE_FIRST_RE.match(s)
        if rf and rf["name"] not in NOT_NAMES and rf["name"] not in _NOT_NAMES_AFTER_ROLE:
            s = f"{rf['name']} {rf['role']}{s[rf.end():]}"  # "기자 홍길동" → "홍길동 기자"
    elif len(s) <= 60 and " " in s[:9]:
        rf = _ANY_ROLE_FIRST_RE.match(s)  # "에디터 홍길동", "객원기자 홍길동": another author's role word first
        if rf and is_role(rf["role"]) and rf["role"] not in NON_AUTHOR_ROLES and rf["name"] not in NOT_NAMES \
                and rf["name"] not in _NOT_NAMES_AFTER_ROLE and not is_role(rf["name"]):
            s = f"{rf['name']} {rf['role']}{s[rf.end():]}"
    if s[:1] in _SIG_TASK_FIRST:  # (the rule matches only at the start)
        s = _SIG_TASK_RE.sub("", s)
    s = s.replace(" ▶ ", " ")  # "글·사진=홍길동 기자", "By 홍길동 기자", "… 기자 ▶ e-mail"
    s = _MAIL_LABEL_RE.sub("", s)  # "Email: a@b.com": the address alone
    if "기자" in s or "특파원" in s:
        s = _SIG_WIDGET_TAIL_RE.sub("", s)  # "홍길동 기자 e-mail 다른 기사 보기", "홍길동 기자 구독"
    if not s:
        return None
    if s[-1] in ")]】）" and ("기자" in s or "특파원" in s):
        m = _SIG_BRAND_AFTER_RE.match(s)
        if m and is_press_name(m["brand"]):  # "홍길동 기자 [가상일보]", "/홍길동 기자(가상일보)": the outlet after the byline
            inner = _parse_signature(m["who"])
            if inner is not None and inner.reporters:
                return _sig(inner.reporters, inner.roles, inner.dateline, inner.emails, inner.brand or m["brand"], inner.stamp)
    wrapped = _SIG_WRAPPED_RE.match(s) if s[0] in "[<〈《(" else None
    if wrapped and ("기자" in s or "특파원" in s) and "=" not in s:  # "[홍길동 기자]", "<홍길동 기자 e-mail>"
        inner = _parse_signature(wrapped["inner"])
        return inner if inner is not None and inner.reporters else None
    if s[:1] in "(ARW" and "by " in s[:40]:
        m = _EN_CREDITS_RE.match(s)  # "(Reporting by NAME; Editing by NAME)", brackets or not: a wire story's credits
        if m:
            # "A in Bengaluru, B and C in Seoul": each name's place stripped, not only the last one's
            pieces = [_EN_CREDIT_PLACE_RE.sub("", _EN_CREDIT_FOR_RE.sub("", n.strip().rstrip(".")))
                      for part in _EN_CREDIT_PART_RE.findall(m["credits"]) for n in _EN_SPLIT_RE.split(part)]
            names = [n for n in pieces if _EN_NAME_ONLY_RE.match(n)]
            return _sig([n.strip() for n in names], [""] * len(names)) if names else None
    if s[0].isupper():
        m = _EN_LABEL_NAME_RE.match(s)
        if m:
            return _sig([m["name"]], [""])
        m = _EN_NAME_ROLE_RE.match(s)
        if m:
            return _sig([m["name"]], [""])
        named = en_name_and_role(s)
        if named is not None:
            return _sig([named], [""])
        m = _EN_NAME_BRAND_RE.match(s)
        if m and _is_en_press_name(m["brand"].strip()):  # "Hong Gil-dong / Garam Journal", "…, Reuters": the writer, the outlet
            return _sig([m["name"]], [""], brand=m["brand"].strip())
    if s[-1] in ")）" and ("기자" in s or "특파원" in s or "위원" in s):
        m = _NAME_BRACKET_ROLE_RE.match(s)
        if m and m["name"] not in NOT_NAMES and not is_press_name(m["name"]) and m["name"] not in PLACES \
                and (m["brand"] is None or is_press_name(m["brand"])):  # "홍길동(가상일보 기자)"
            return _sig([m["name"]], [m["role"]], brand=m["brand"])
    m = _NAME_LABEL_RE.match(s) if s[:1] in _NAME_LABEL_FIRST else None
    if m and not is_press_name(m["name"]) and m["name"] not in PLACES and m["name"] not in WRITER_BOX_LABELS:
        # "기자명 홍길동": the CMS's writer field
        return _sig([m["name"]], [m["role"] or "기자"])
    m = _AT_BRAND_RE.match(s)
    if m and is_press_name(m["brand"]):  # "홍길동 기자@매체, gildong@…": the reporter at the outlet
        return _sig([m["name"]], [m["role"]], emails=EMAIL_RE.findall(s), brand=m["brand"])
    m = _EMAIL_FIRST_RE.match(s) if s[:1] in _EMAIL_FIRST_FIRST else None
    if m:  # "gildong@example.com 홍길동 기자"
        got = split_who(m["who"])
        if got:
            return _sig(got[0], got[1], got[2], [m["email"]], got[3])
    if ("취재" in s or "기자" in s) and len(s) <= 120:
        m = _WRITER_THEN_CREW_RE.match(s)  # "취재기자: 홍길동 / 촬영기자: 김철수 / 영상편집: 이수민": the writer leads the crew
        if m and m["name"] not in NOT_NAMES and is_crew_credit(m["crew"]):
            return _sig([m["name"]], ["기자"])
    anchor = anchor_intro(s) if len(s) <= 60 else None  # a longer hand-over paragraph is script text, not a sign-off
    if anchor:
        return _sig([anchor], ["기자"])
    at = "@" in s
    if at:
        m = _SIG_EMAILS_RE.match(s)
        if m:
            return _sig([], [], emails=EMAIL_RE.findall(m["emails"]))
        m = _SIG_BRACKET_RE.match(s)
        if m:
            got = split_who(m["who"], need_role=False)
            if got:
                return _sig(got[0], got[1], got[2], EMAIL_RE.findall(m["emails"]), got[3])
    if s[0] in "[【" and "=" in s and s[-1] in "]】":
        b = parse_byline(s)  # "【 매체=홍길동 기자 】" alone on its line
        if b is not None and b.reporters and not b.rest:
            return _sig(b.reporters, b.roles, b.dateline, (), b.brand)
    if s[0] in "[【":
        m = _SIG_BRAND_RE.match(s)
        if m and (m["brand"].split()[0].lower() in BRANDS or m["brand"].split()[0] in PRESS_NAMES):
            got = split_who(m["who"])
            if got:
                return _sig(got[0], got[1], got[2], EMAIL_RE.findall(m["emails"] or ""), m["brand"])
        return None
    if s[:3] in ("By ", "BY ") and s[3:4].isupper():
        bare = _BY_TAIL_RE.sub("", s)  # "By NAME Staff Reporter", "By NAME in Seoul": the role or the place after
        if bare != s and len(bare) > 4:
            sig = _signature(bare)
            if sig is not None and sig.reporters:
                return sig
            if _is_brand_name(bare[3:].strip()):
                return None  # "By Yonhap in Seoul": an agency, no writer
        toks = s.split()
        for k in range(2, min(5, len(toks) - 2) + 1):  # "By Garam Journal Hong Gil-dong": the outlet, then its writer
            if toks[k - 1].lower().strip(".") in EN_PRESS_WORDS and all(w[:1].isupper() for w in toks[1:k]):
                sig = _signature(" ".join([toks[0], *toks[k:]]))
                if sig is not None and sig.reporters and not sig.brand:
                    return _sig(list(sig.reporters), list(sig.roles), sig.dateline, list(sig.emails), " ".join(toks[1:k]))
                break
        m = _BY_RE.match(s)
        if m:
            names = [_EN_CREDIT_PLACE_RE.sub("", n.strip()) for n in _EN_SPLIT_RE.split(m["names"])  # "A in Seoul and B in Tokyo"
                     if n.strip() and n.strip().lower() not in _EN_ROLE_WORDS]
            brands = [n for n in names if _is_brand_name(n)]  # "By NAME, The Korea Times": the outlet, no writer
            if not brands and len(names) >= 2 and _is_en_press_name(names[-1]) and f", {names[-1]}" in m["names"]:
                brands = [names[-1]]  # "By NAME, Garam Herald": the last item after a comma, a press name's shape
            # "By Harbor Ledger staff", "By Garam Times Staff Reports": the desk, no person
            names = [n for n in names if n not in brands and not _STAFF_TAIL_RE.search(n)]
            if not names:
                return None
            return _sig(names, [""] * len(names), emails=EMAIL_RE.findall(m["emails"] or ""),
                        brand=brands[0] if brands else None)
        return None
    if ("=" in s or "/" in s) and s[0] >= "가":
        m = _SIG_PLACE_RE.match(s)
        if m and m["dl"] in CREDIT_KINDS:
            return None  # "사진=홍길동 기자": a photo credit, its person no writer of the story
        if m:
            tail = (m["tail"] or "").strip()
            emails = EMAIL_RE.findall(tail) if tail else []
            stamp = None
            if tail and not emails:
                from .dates import find_timestamp

                found = find_timestamp(tail)
                if not found or tail[found[1]:].strip():
                    return None
                stamp = tail
            got = split_who(m["who"])
            if got:
                return _sig(got[0], got[1], m["dl"], emails, got[3], stamp)
    if at:
        m = _SIG_TAIL_EMAIL_RE.match(s)
        if m:
            who = _MAIL_LABEL_TAIL_RE.sub("", m["who"]).strip().strip("-–—|ㅣ/").strip()  # "홍길동 기자 Email: …"
            emails = EMAIL_RE.findall(m["emails"])
            if not who:
                return _sig([], [], emails=emails)
            got = split_who(who)
            if got:
                return _sig(got[0], got[1], got[2], emails, got[3])
            m2 = _EN_NAME_EMAIL_RE.match(s)
            if m2:
                return _sig([m2["names"]], [""], emails=emails)
            if len(who) == 3 and _HANGUL_NAME_RE.match(who) and who not in _MAIL_WORDS and not is_press_name(who) \
                    and who not in PLACES:
                return _sig([who], [""], emails=emails)  # "홍길동(gildong@example.com)": a name and its e-mail
            if len(who) <= 24 and not who.endswith(("다", ".")) and not any(x in who for x in (":", "：", "문의", "제보")):
                return _sig([], [], emails=emails, brand=who)  # "◎공감언론 뉴시스 e-mail"
        return None
    if any(b in s for b in _BARS):
        m = _ROLE_FIRST_RE.match(s)
        if m:
            role = "기자" if m["role"] == "글" else m["role"]
            who = m["who"].strip()
            got = split_who(who if is_role(who.split()[-1]) else f"{who} {role}")
            if got:
                return _sig(got[0], got[1], got[2], EMAIL_RE.findall(m["email"] or ""), got[3])
        m = _BAR_LEAD_RE.match(s)
        tail = m["rest"].strip() if m else ""
        if m and (not tail or len(tail) <= 20 and " " not in tail and is_press_name(tail)):  # ("이름 기자 | 매체")
            got = split_who(m["who"])
            if got:
                return _sig(got[0], got[1], got[2], (), got[3] or tail or None)
        return None
    if len(s) <= 40 and s[-1] != "." or s.endswith(("입니다.", "었습니다.", "였습니다.")):  # "… 이지아였습니다.": a name on a vowel
        m = BROADCAST_CLOSER_RE.match(s)
        if m and m["name"] not in _NOT_CLOSER_NAMES and not is_press_name(m["name"]):
            return _sig([m["name"]], [""], brand=m["brand"])
        if len(s) <= 40:
            got = split_who(s)
            if got:
                return _sig(got[0], got[1], got[2], (), got[3])
    return None


# ---------------------------------------------------------------- the article info bar

# One item of a bulleted info bar: "• 홍길동", "• 홍길동 기자".
_LIST_ITEM_NAME_RE = re.compile(r"^[•·∙◦▪]\s*(?P<name>[가-힣]{2,4})(?:\s*(?P<role>기자|특파원))?$")
_LIST_BULLETS = "•·∙◦▪"


def info_bar_reporters(lines: list[str], is_stamp: Callable[[str], bool],
                       is_widget: Callable[[str], bool]) -> tuple[list[str], list[str]]:
    """The reporter named in a bulleted info bar under the headline, else ``([], [])``.

    Many newsroom CMSs print the article's facts as one bulleted run: the writer's name (often
    without a role), the stamp, the comment counter — ``• 홍길동`` / ``• 승인 2024.01.25 09:20`` /
    ``• 댓글 0``. A lone name is read as the reporter only inside a run that carries a stamp, and
    never when the item is a widget word of the page (``• 스크랩``).
    """
    run: list[str] = []
    for s in [*lines, ""]:
        if s[:1] and s[0] in _LIST_BULLETS:
            run.append(s)
            continue
        if len(run) >= 2 and any(is_stamp(r) for r in run):
            names, roles = [], []
            for r in run:
                m = _LIST_ITEM_NAME_RE.match(r)
                if m and not is_widget(m["name"]) and not is_press_name(m["name"]) and m["name"] not in PLACES:
                    names.append(m["name"])
                    roles.append(m["role"] or "기자")
            if len(names) == 1:
                return names, roles
        run = []
    return [], []


def signoff_after_end(lines: list[str], is_end: Callable[[str], bool]) -> Byline | None:
    """The reporter's sign-off printed after the story's end marker ("관련태그", "관련기사"), else None.

    Some CMSs print the tag box or the related-links head right after the story and the
    sign-off (``매체 홍길동 기자`` / ``gildong@…``) below it, above the copyright footer. Only the
    first lines after the end are read, up to the footer, and the first line that is not a
    sign-off ends the search (a related story's headline, a tag).
    """
    found: Byline | None = None
    emails: list[str] = []
    for s in lines[:3]:
        if is_end(s):
            break
        sig = parse_signature(s)
        if sig is None or not (sig.reporters or sig.emails):
            break
        if sig.reporters and found is None:
            found = sig
        emails.extend(e for e in sig.emails if e not in emails)
    if found is None:
        return None
    return Byline(found.dateline, found.reporters, found.roles, "", found.brand, tuple(emails), found.stamp)


# "Headline – by Hong Gil-dong (Brand – August 5, 2021)": a reposted headline crediting its writer, and often
# its source and date in parentheses (the closing one may be cut)
_CREDIT_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_TITLE_CREDIT_RE = re.compile(
    rf"^(?P<title>.{{6,200}}?)\s+[–—-]\s+[Bb]y\s+(?P<names>{_CREDIT_NAME}(?:\s*(?:,|&|\band\b)\s*{_CREDIT_NAME})*)"
    r"(?:\s*\((?P<src>[^()]{2,80})\)?)?\s*$")
_SOURCE_DATE_SPLIT_RE = re.compile(r"\s+[–—-]\s+(?=[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}$)")


def title_credit(line: str) -> Byline | None:
    """A headline line that credits the story: ``rest`` is the headline alone, ``reporters`` the
    writers named in full (two words or more), ``brand``/``stamp`` the source and date in parentheses."""
    if " by " not in line and " By " not in line:
        return None
    m = _TITLE_CREDIT_RE.match(line)
    if not m:
        return None
    names = [n.strip() for n in _EN_SPLIT_RE.split(m["names"]) if len(n.split()) >= 2]
    brand = date = None
    if m["src"]:
        parts = _SOURCE_DATE_SPLIT_RE.split(m["src"].strip(), maxsplit=1)
        brand = parts[0].strip() or None
        date = parts[1].strip() if len(parts) == 2 else None
    return Byline(None, names, [""] * len(names), m["title"].strip(), brand, (), date)


# A broadcaster's clip reposted on a video page: "헤드라인 [9시 뉴스] / 방송사 2023.07.04." — the
# headline, the programme in brackets, then the broadcaster and the day it aired
_CLIP_TITLE_RE = re.compile(
    r"^(?P<title>\S.{4,150}?)\s*(?:\[[^\[\]]{1,20}\]\s*)?/\s*(?P<brand>[A-Za-z가-힣]{2,10})\s+"
    r"(?P<date>\d{4}\.\s?\d{1,2}\.\s?\d{1,2})\.?$")


def clip_title_credit(line: str) -> Byline | None:
    """A reposted broadcast clip's title line: ``rest`` the headline, ``brand`` the broadcaster,
    ``stamp`` the day it aired; None unless the name after the slash is a press name."""
    if "/" not in line or not line[-1:] in ".0123456789":
        return None
    m = _CLIP_TITLE_RE.match(line)
    if m is None or not is_press_name(m["brand"]):
        return None
    return Byline(None, [], [], m["title"].strip(), m["brand"], (), m["date"])


def section_byline(line: str, sections: frozenset[str]) -> str | None:
    """``경제홍길동``: a section label glued to the writer's name, alone on a line of the article head
    (a broadcaster's web page prints the desk and the reporter as one label). The name is three
    syllables, not itself a section, press name or place."""
    if not 4 <= len(line) <= 10 or not line.isalnum():
        return None
    for sec in sections:
        name = line[len(sec):]
        if (len(sec) >= 2 and line.startswith(sec) and len(name) == 3 and _HANGUL_NAME_RE.match(name)
                and name not in sections and not any(name.startswith(x) for x in sections)
                and not is_press_name(name) and name not in PLACES):
            return name
    return None
