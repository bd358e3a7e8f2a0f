"""Korean wire-style bylines → dateline, reporters, roles, rest of paragraph.

Shapes::

    [세종=뉴스핌] 김기랑 기자 = 본문…            dateline 세종, 김기랑/기자
    [세종 = 뉴스핌] 김기랑 기자 = 본문…          spaces around "=" are tolerated
    [서울=뉴스핌] 김가영·이도훈 기자 = 본문…      two reporters sharing one role
    [워싱턴=뉴스핌] 박민준 특파원 = 본문…
    [부산=뉴스핌] 최영수 선임기자 = 본문…          any role ending in 기자/부장/…
    [뉴스핌=김선엽 기자] 본문…                    old form, no dateline
    (서울=연합뉴스) 홍길동 기자 = 본문…           same grammar, other brands

Names go to ``reporters`` only; roles are a parallel list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Brand as printed in the dateline bracket → outlet id.
BRANDS: dict[str, str] = {
    "뉴스핌": "newspim",
    "newspim": "newspim",
    "연합뉴스": "yonhap",
    "뉴스1": "news1",
    "뉴시스": "newsis",
}

# "[사진=산업통상자원부]" and friends are credits, never datelines.
CREDIT_KINDS = frozenset({"사진", "자료", "그래픽", "표", "이미지", "출처", "영상", "제공", "캡처"})

# A role is one whitespace-free token ending in one of these (기자, 선임기자,
# 특파원, 정치부장, 논설위원 …).
ROLE_SUFFIXES = (
    "기자", "특파원", "부장", "차장", "국장", "팀장", "위원", "에디터",
    "리포터", "통신원", "편집장", "데스크", "앵커", "PD", "칼럼니스트",
)
_ROLE_RE = re.compile(r"^[가-힣A-Za-z]{0,8}(?:" + "|".join(ROLE_SUFFIXES) + r")$")
_NAME_SPLIT_RE = re.compile(r"\s*[·ㆍ・･,/&]\s*|\s+및\s+|\s+and\s+")
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

    @property
    def outlet(self) -> str | None:
        return BRANDS.get((self.brand or "").strip().lower()) if self.brand else None

    def __iter__(self):
        return iter((self.dateline, self.reporters, self.roles, self.rest))


def is_role(token: str) -> bool:
    return bool(_ROLE_RE.match(token))


def split_reporters(who: str) -> tuple[list[str], list[str]] | None:
    """``김가영·이도훈 기자`` → (["김가영", "이도훈"], ["기자", "기자"]).

    Returns None when ``who`` does not look like names (+ roles), so a
    sentence is never mistaken for a reporter list. An empty ``who`` gives
    ``([], [])``.
    """
    who = who.strip()
    if not who:
        return [], []
    names: list[str] = []
    roles: list[str | None] = []
    for seg in _NAME_SPLIT_RE.split(who):
        toks = seg.split()
        if not toks:
            continue
        role = None
        if len(toks) >= 2 and is_role(toks[-1]):
            role = toks.pop()
        if len(toks) > 4 or any(len(t) > 12 for t in toks):
            return None
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


def parse_byline(paragraph: str) -> Byline | None:
    """Parse a byline at the start of ``paragraph``; None if there is none."""
    if not paragraph:
        return None
    head = paragraph.lstrip()[:1]
    if not head or head not in "[(（【":
        return None
    m = _DATELINE_RE.match(paragraph)
    if not m:
        return None
    a, b, tail = m["a"].strip(), m["b"].strip(), m["tail"]
    if a in CREDIT_KINDS:
        return None  # [사진=…] is a photo credit, not a dateline
    a_brand = a.lower() in BRANDS
    b_brand = b.lower() in BRANDS
    if a_brand and not b_brand:
        # old form: [뉴스핌=김선엽 기자] rest
        parsed = split_reporters(b)
        if parsed is None:
            return None
        names, roles = parsed
        return Byline(None, names, roles, tail.strip(), a)
    if not b_brand and not _looks_like_brand(b):
        return None
    w = _WHO_RE.match(tail)
    if w:
        parsed = split_reporters(w["who"])
        if parsed is not None:
            names, roles = parsed
            return Byline(a or None, names, roles, w["rest"].strip(), b)
    # [서울=뉴스핌] rest  (no reporter)
    return Byline(a or None, [], [], tail.strip(), b)


def _looks_like_brand(s: str) -> bool:
    # Unknown outlets still follow "[city=Brand]"; accept a short single token.
    return 0 < len(s) <= 12 and " " not in s and not is_role(s)
