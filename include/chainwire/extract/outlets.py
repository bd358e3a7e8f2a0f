"""Outlet registry: which outlet a URL or page belongs to, its article id, and its profile.

Rules as data: adding an outlet is one ``Outlet`` entry here (domains, how the outlet
names itself on the page, its e-mail domains, optional extra chrome/end-marker lines,
which page-dump profile reads it) plus fixtures; a module under ``chainwire.extract`` is
only needed when its layout fits none of the profiles in :mod:`chainwire.extract.profiles`.

Page recognition (``outlet_for_page``) weighs three kinds of evidence printed on the
page, strongest first:

* the brand in a byline/dateline bracket at a line start: ``[세종=뉴스핌]``,
  ``(서울=연합뉴스)``, ``[서울=뉴시스]``, ``[더퍼블릭=이름 기자]``, ``【파이낸셜뉴스 세종】``,
  or an English wire dateline ``SEOUL, June 27 (Yonhap) --``;
* a copyright/footer line naming the brand: ``ⓒ 뉴시스``, ``Copyright ⓒ Yonhap``,
  ``<저작권자 ⓒ 더퍼블릭 무단전재 및 재배포 금지>``, ``[ⓒ The Korea Herald]``;
* reporter e-mail domains (``@yna.co.kr``).

Ties go to the outlet whose language matches the page (``@yna.co.kr`` is both Yonhap
and Yonhap English).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from .chrome import COMMON_END_LINES
from .language import page_dump_language
from .press import (
    ABROAD_EDITION_PLACES,
    EN_DESK_UNITS,
    EN_PRESS_WORDS,
    EN_ROLE_MODIFIERS,
    EN_ROLE_NOUNS,
    FOREIGN_AGENCIES,
    HOME_TIMEZONES,
    IMAGE_BANKS,
    KOREAN_PRESS,
    NEWSROOM_UNITS,
    WEBMAIL_DOMAINS,
)
from .site_marks import masthead_names, own_site_hosts, title_suffix_names

PROFILE_NEWSPIM = "newspim"
PROFILE_KO = "generic_ko"
PROFILE_EN = "english_ko"


@dataclass(frozen=True)
class Outlet:
    name: str  # our outlet key, e.g. newspim
    domains: tuple[str, ...]  # registrable domains (host aliases www./m./member./… fold onto these)
    article_id: re.Pattern | None = None  # group 1 = the outlet's article id, searched in path+query
    brands: tuple[str, ...] = ()  # how the outlet names itself on the page (dateline brand, copyright)
    language: str = "ko"
    profile: str = PROFILE_KO  # page-dump profile key (chainwire.extract.profiles.PROFILES)
    email_domains: tuple[str, ...] = ()  # reporter e-mail domains; defaults to ``domains``
    chrome: frozenset[str] = frozenset()  # extra whole lines that are this outlet's page furniture
    end_markers: frozenset[str] = frozenset()  # extra whole lines after which the body never continues
    timezone: str | None = None  # IANA zone its stamps are printed in when not Korean time (press.HOME_TIMEZONES)

    @property
    def mail_domains(self) -> tuple[str, ...]:
        return self.email_domains or self.domains


OUTLETS: tuple[Outlet, ...] = (
    Outlet("newspim", ("newspim.com",), re.compile(r"(?:newsId=|/view/|/news/)(\d{14})"),
           ("뉴스핌", "Newspim", "NEWSPIM"), profile=PROFILE_NEWSPIM),
    Outlet("yonhap", ("yna.co.kr",), re.compile(r"/view/(AKR\d{14,})"), ("연합뉴스",),
           chrome=frozenset({"연합뉴스", "전체메뉴", "핵심요약", "기사 요약", "프린트"}),
           end_markers=frozenset({"관련 뉴스", "이 시각 헤드라인", "제보는 카카오톡 okjebo"})),
    Outlet("newsis", ("newsis.com",), re.compile(r"(NISX\d{8}_\d{10})"), ("뉴시스", "NEWSIS", "newsis.com"),
           chrome=frozenset({"NEWSIS", "공감언론 뉴시스", "뉴시스 Pic"})),
    Outlet("news1", ("news1.kr",), re.compile(r"/(\d{6,})(?:$|[/?#])"), ("뉴스1", "News1")),
    Outlet("fnnews", ("fnnews.com",), re.compile(r"/news/(\d{12,})"), ("파이낸셜뉴스",)),
    Outlet("ytn", ("ytn.co.kr",), re.compile(r"key=(\d{12,})"), ("YTN",)),
    Outlet("yonhap_en", ("en.yna.co.kr",), re.compile(r"/view/(AEN\d{14,})"), ("Yonhap", "Yonhap News Agency"), "en",
           profile=PROFILE_EN, email_domains=("yna.co.kr",)),
    Outlet("koreaherald", ("koreaherald.com",), re.compile(r"(?:ud=|/article/)(\d{7,})"),
           ("The Korea Herald", "Korea Herald", "koreaherald.com"), "en", profile=PROFILE_EN,
           email_domains=("heraldcorp.com", "koreaherald.com")),
    Outlet("koreatimes", ("koreatimes.co.kr",), re.compile(r"/(\d{8,})\.html|/(\d{8,})$"),
           ("The Korea Times", "Korea Times", "koreatimes.co.kr"), "en", profile=PROFILE_EN),
    Outlet("thepublic", ("thepublic.kr",), re.compile(r"idxno=(\d+)"), ("더퍼블릭",)),
    Outlet("joongangdaily", ("koreajoongangdaily.joins.com",), re.compile(r"/(\d{4}/\d{2}/\d{2}/[\w-]+/[\w-]+/\d+)"),
           ("Korea JoongAng Daily", "JoongAng Daily"), "en", profile=PROFILE_EN, email_domains=("joongang.co.kr",)),
)

OUTLETS = OUTLETS + tuple(
    Outlet(key, (domain,), None, brands, lang, PROFILE_EN if lang == "en" else PROFILE_KO,
           email_domains=(domain, *mail), timezone=HOME_TIMEZONES.get(domain))
    for key, domain, brands, lang, mail in KOREAN_PRESS
)

_HOST_PREFIX = re.compile(r"^(?:www|m|member|ir|search|mobile|amp)\.")


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url.strip()).hostname or "").lower()
    return _HOST_PREFIX.sub("", host) or None


@lru_cache(maxsize=1)
def _by_domain_length() -> tuple[Outlet, ...]:
    # Longest domain first so en.yna.co.kr wins over yna.co.kr.
    return tuple(sorted(OUTLETS, key=lambda o: -max(len(d) for d in o.domains)))


@lru_cache(maxsize=1)
def _domain_ranks() -> dict[str, int]:
    """Each registered domain → the rank in ``_by_domain_length()`` of the first outlet that has it."""
    ranks: dict[str, int] = {}
    for rank, o in enumerate(_by_domain_length()):
        for d in o.domains:
            ranks.setdefault(d, rank)
    return ranks


def host_suffixes(host: str) -> Iterator[str]:
    """``host`` and what follows each of its dots: the ``d`` for which ``host == d or host.endswith("." + d)``."""
    yield host
    dot = host.find(".")
    while dot >= 0:
        yield host[dot + 1:]
        dot = host.find(".", dot + 1)


def outlet_for_url(url: str | None) -> Outlet | None:
    """The first outlet of ``_by_domain_length()`` with a domain the host equals or ends on after a dot, found by
    looking up the host's suffixes (a walk over the 374 outlets took ≈ 170 µs for an unknown host)."""
    host = host_of(url)
    if not host:
        return None
    ranks = _domain_ranks()
    found = [r for r in map(ranks.get, host_suffixes(host)) if r is not None]
    return _by_domain_length()[min(found)] if found else None


def outlet_by_name(name: str | None) -> Outlet | None:
    return _by_name().get(name or "")


def outlet_article_id(outlet: Outlet | None, url: str | None) -> str | None:
    if outlet is None or outlet.article_id is None or not url:
        return None
    parts = urlsplit(url)
    m = outlet.article_id.search(f"{parts.path}?{parts.query}")
    if not m:
        return None
    return next(g for g in m.groups() if g)


def outlet_name_for_url(url: str | None) -> str | None:
    """Known outlet key, else the host's registrable name (news.example.co.kr → example)."""
    o = outlet_for_url(url)
    if o:
        return o.name
    host = host_of(url)
    if not host:
        return None
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in {"co", "or", "go", "ac", "ne", "com"}:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else labels[0]


# ---------------------------------------------------------------- recognition from the page

@lru_cache(maxsize=1)
def _by_name() -> dict[str, Outlet]:
    return {o.name: o for o in OUTLETS}


@lru_cache(maxsize=1)
def brand_map() -> dict[str, tuple[Outlet, ...]]:
    """Lower-cased brand as printed → outlets using it."""
    out: dict[str, list[Outlet]] = {}
    for o in OUTLETS:
        for b in o.brands:
            out.setdefault(b.lower(), []).append(o)
    return {k: tuple(v) for k, v in out.items()}


def _is_syllable(c: str) -> bool:
    return "\uac00" <= c <= "\ud7a3"


@lru_cache(maxsize=1)
def _brand_re() -> re.Pattern:
    """Any registered brand; a Latin brand only as a word of its own ("EBS", never the "ebs" of "webs"),
    a Korean one never glued to the syllables of a longer name (the "매일신문" inside "경상매일신문" is
    another paper: Korean press names are compounds, and a brand's own syllables stand after a space,
    a bracket, "=", "ⓒ" or a line start)."""
    brands = sorted({b for o in OUTLETS for b in o.brands}, key=len, reverse=True)

    def word(b: str) -> str:
        head = (r"(?<![A-Za-z0-9])" if b[0].isascii() and b[0].isalnum()
                else r"(?<![\uac00-\ud7a3])" if _is_syllable(b[0]) else "")
        tail = r"(?![A-Za-z])" if b[-1].isascii() and b[-1].isalnum() else ""
        return head + re.escape(b) + tail

    return re.compile("|".join(word(b) for b in brands), re.I)


# The characters whose case mappings reach ASCII (lower, upper or casefold: "ſ" folds to "s", the
# Kelvin sign to "k", "ﬁ" to "fi") or whose lower() is not one character ("İ"). Under re.IGNORECASE
# these can match ASCII letters where ``str.lower()`` equality does not; every other character
# matches an ASCII or Hangul brand character exactly when its lower() equals it. Listed, not
# computed at import (a scan of all of Unicode); tests/test_extract_fastpaths.py recomputes it.
CASE_UNSAFE_CHARS = ("\u00df\u0130\u0131\u0149\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9e\u212a"
                     "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06")
_CASE_UNSAFE_RE = re.compile(f"[{CASE_UNSAFE_CHARS}]")
_ASCII_HANGUL_RE = re.compile(r"[\x00-\x7f\uac00-\ud7a3\u3131-\u318e]*")


@lru_cache(maxsize=1)
def _brand_index() -> dict[str, tuple[tuple[str, str, bool], ...]] | None:
    """Registered brands by their first lower-cased character, longest first, each with the boundary it
    needs before it ("latin": no Latin letter or digit, "hangul": no Hangul syllable, "": none) and
    whether it needs one after it (``_brand_re``'s word rules); None when a brand is not all
    ASCII/Hangul (then only the regex answers)."""
    brands = sorted({b for o in OUTLETS for b in o.brands}, key=len, reverse=True)
    if not all(_ASCII_HANGUL_RE.fullmatch(b) for b in brands):
        return None
    index: dict[str, list[tuple[str, str, bool]]] = {}
    for b in brands:
        head = "latin" if b[0].isascii() and b[0].isalnum() else "hangul" if _is_syllable(b[0]) else ""
        index.setdefault(b[0].lower(), []).append((b.lower(), head, b[-1].isascii() and b[-1].isalnum()))
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=4096)
def find_brand(text: str) -> str | None:
    """The first registered brand in ``text``, as printed: what ``_brand_re().search(text)`` finds.

    Remembered (a function of the text and the registry): ``outlet_for_page`` asks it about a line-start
    bracket's inside (≤ 48 characters) and a copyright line's head (≤ ≈ 90), which repeat from page to page
    of an outlet ("세종=뉴스핌", "ⓒ 매체 무단전재 및 재배포 금지": 147 distinct texts in 1,480 calls on 600
    pages of a generated day).

    The leftmost position where a brand starts, the longest brand there. A dictionary walk over the
    text's characters answers instead of the regex, which tries each of its hundreds of
    alternatives at every position (≈ 3 µs per character); text with a ``CASE_UNSAFE_CHARS``
    character (or a registry with a brand that is not all ASCII/Hangul) goes to the regex.
    """
    index = _brand_index()
    if index is None or _CASE_UNSAFE_RE.search(text):
        m = _brand_re().search(text)
        return m.group(0) if m else None
    low = text.lower()
    n = len(low)
    for i, c in enumerate(low):
        cands = index.get(c)
        if cands is None:
            continue
        for b, head, tail in cands:
            end = i + len(b)
            if end > n or not low.startswith(b, i):
                continue
            if head and i > 0 and (_is_syllable(low[i - 1]) if head == "hangul"
                                   else low[i - 1].isascii() and low[i - 1].isalnum()):
                continue
            if tail and end < n and (low[end].isascii() and low[end].isalpha()):
                continue
            return text[i:end]
    return None


def outlet_for_brand(brand: str | None, language: str | None = None) -> Outlet | None:
    """The outlet printing ``brand`` (exact, case-insensitive), preferring ``language``."""
    if not brand:
        return None
    cands = brand_map().get(brand.strip().lower())
    if not cands:
        return None
    if language:
        for o in cands:
            if o.language == language:
                return o
    return cands[0]


# A bracket at a line start: "[세종=뉴스핌]", "(서울=연합뉴스)", "【파이낸셜뉴스 세종】", "[더퍼블릭=…]".
_LINE_BRACKET_RE = re.compile(r"^[ \t]*(?:[\[(（【]([^\]\)）】\n]{1,48})[\])）】]|\|[ \t]*([^|\n]{1,48}?=[^|\n]{1,30}?)[ \t]*\|)", re.M)
# An English wire dateline: "SEOUL, June 27 (Yonhap) --".
_WIRE_RE = re.compile(r"\(([A-Z][A-Za-z ]{1,30})\)\s*(?:--|—|–)")
_COPYRIGHT_MARKS = r"ⓒ|©|\([cC]\)|Copyright|저작권자|공감언론"  # a copyright line starts at one
_COPYRIGHT_LABELS = r"기사문의|제보"  # a contact line has one in its first 30 characters
_COPYRIGHT_RE = re.compile(r"(?:" + _COPYRIGHT_MARKS + r")[^\n]{0,80}|^[^\n]{0,30}(?:" + _COPYRIGHT_LABELS + r")[^\n]{0,60}",
                           re.M)
# What every _COPYRIGHT_RE match contains, found fast (literals): no match starts before the line of
# the first one, so the scan starts there (the whole page when none: no scan)
_COPYRIGHT_HINT_RE = re.compile(_COPYRIGHT_MARKS + "|" + _COPYRIGHT_LABELS)
# an address, also as written so that harvesting robots miss it ("id＠example.co.kr", "id(at)example.co.kr",
# "id [at] example.com": the full-width sign and the bracketed word are how sites mask the "@")
_EMAIL_DOMAIN_RE = re.compile(r"@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_MASKED_EMAIL_DOMAIN_RE = re.compile(r"(?:＠|[ \t]?[\[(]at[\])][ \t]?)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
# one of "＠", "(at)", "[at]" in every _MASKED_EMAIL_DOMAIN_RE match
_CREDIT_HEADS = ("사진", "자료", "그래픽", "표", "이미지", "출처", "영상", "제공", "캡처")
# A credit word closing a word of a bracket ("[매체 자료사진]", "[매체 제공]", "[매체 그래픽]"): the bracket credits a
# picture to an agency, it is no byline of the story
_BRACKET_CREDIT_RE = re.compile(r"(?:사진|자료|그래픽|이미지|제공|캡처|영상)(?:\s|$)|(?<![A-Za-z])(?i:photos?|images?|graphics?|courtesy)(?![A-Za-z])")
# A line of prose: a Korean sentence ending, or a long line closing on a full stop. The story has begun
# once one is printed (a site's menu above it may carry "많이 본 뉴스" or "Latest News" as an item).
_PROSE_LINE_RE = re.compile(r"^[^\n]{30,}(?:다|요)[.\"”’']*[ \t]*$|^[^\n]{60,}[.!?][\"”’']?[ \t]*$", re.M)
_END_LINE_RE = re.compile(r"^[ \t]*(?:" + "|".join(re.escape(s) for s in sorted(COMMON_END_LINES, key=len, reverse=True))
                          + r")[ \t]*$", re.M)


def story_end(text: str) -> int:
    """Where the story's own part of a page ends: the first line that closes a story (``관련기사``, ``많이 본
    뉴스``, ``Related Articles``, ``(END)``: ``chrome.COMMON_END_LINES``) after a line of prose; the text's
    length when there is none. A lead byline, a wire's dateline or a bracketed brand below it belongs to
    another story's teaser (``[서울=다른매체] 이름 기자 = …``, ``[다른매체] 제목``), never to this page's
    publisher; the site's copyright footer, its e-mail and its credits are read anywhere."""
    return _StoryBound(text).end_at()


class _StoryBound:
    """``story_end`` asked position by position: a position up to the first line of prose is above the end
    without looking further, so the page below it is searched only when evidence lies there."""

    __slots__ = ("text", "lined", "prose_end", "end")

    def __init__(self, text: str) -> None:
        self.text = text
        self.lined = "\n" + text  # both rules searched from the line breaks (``_from_line_breaks``)
        prose = _PROSE_LINE_AT_BREAK.search(self.lined)
        self.prose_end = prose.end() - 1 if prose is not None else len(text)  # (``lined``'s offsets are one further on)
        self.end: int | None = None if prose is not None else len(text)

    def end_at(self) -> int:
        if self.end is None:  # a line starting at prose_end or after it: its "\n" in lined at prose_end or after it
            m = _END_LINE_AT_BREAK.search(self.lined, self.prose_end)
            self.end = m.start() if m is not None else len(self.text)
        return self.end

    def above(self, pos: int) -> bool:
        return pos < self.prose_end or pos < self.end_at()


@lru_cache(maxsize=1)
def _mail_domain_outlets() -> dict[str, tuple[int, ...]]:
    """Each registered mail domain → the positions in ``OUTLETS`` of the outlets that have it."""
    found: dict[str, list[int]] = {}
    for i, o in enumerate(OUTLETS):
        for d in o.mail_domains:
            found.setdefault(d, []).append(i)
    return {d: tuple(ix) for d, ix in found.items()}


@lru_cache(maxsize=4096)
def outlets_for_mail_domain(domain: str) -> tuple[Outlet, ...]:
    """The outlets with a mail domain ``domain`` equals or ends on after a dot, in ``OUTLETS``' order."""
    index = _mail_domain_outlets()
    return tuple(OUTLETS[i] for i in sorted({i for d in host_suffixes(domain) for i in index.get(d, ())}))


@lru_cache(maxsize=64)
def outlet_for_page(text: str, language: str | None = None) -> Outlet | None:
    """Recognise the outlet from what the page prints about itself; None if nothing does.

    Cached: profile selection and the profile itself ask about the same page text.
    """
    if not text:
        return None
    score: dict[str, float] = {}
    first: dict[str, int] = {}

    def vote(outlet: Outlet, weight: float, pos: int) -> None:
        score[outlet.name] = score.get(outlet.name, 0.0) + weight
        first.setdefault(outlet.name, pos)

    lang = language
    brand_names = brand_map()
    brands_seen: list[tuple[str, float, int]] = []
    bound = _StoryBound(text)  # lead-like evidence below the story's end is another story's (a teaser, a list)
    # the line-anchored rules run on "\n" + text (_from_line_breaks): a match's start() is the rule's in text;
    # its end() and group offsets are one further on (offsets in ``lined``)
    lined = bound.lined
    for n, m in enumerate(_LINE_BRACKET_AT_BREAK.finditer(lined)):
        if n >= 40 or not bound.above(m.start()):
            break
        inner = (m.group(1) or m.group(2)).strip()  # "[…]", or "| 매체=이름 기자 |" drawn with bars
        if inner.startswith(_CREDIT_HEADS) or _BRACKET_CREDIT_RE.search(inner) \
                or ("=" in inner and inner.split("=", 1)[0].strip() in FOREIGN_AGENCIES) \
                or (m.group(0).lstrip()[:1] in "(（" and not _rest_of_line(lined, m.end()).strip()):
            continue  # a picture's credit: "[연합뉴스 자료사진]", "[AP=연합뉴스]", "(연합뉴스)" alone on its line
        b = find_brand(inner)
        if b:
            brands_seen.append((b, 3.0, m.start()))
    for n, m in enumerate(_WIRE_RE.finditer(text)):
        if n >= 5 or not bound.above(m.start()):
            break
        brands_seen.append((m.group(1), 3.0, m.start()))
    copyrights = _copyright_matches(text)
    for n, m in enumerate(copyrights):
        if n >= 10:
            break
        if _photo_credit_notice(text, m.start()):
            continue
        b = find_brand(m.group(0))
        if b:
            brands_seen.append((b, 3.0, m.start()))
    for start, line in short_lines(text):
        found = _short_line_brand(line)
        if found is not None:
            brands_seen.append((*found, start))
    for m in _SIGN_OFF_TAIL_RE.finditer(text) if _SIGN_OFF_TAIL_HINT_RE.search(text) else ():  # "… 캠프 인근에서 MBN뉴스 홍길동입니다."" at a quote's end
        brand = m.group("brand")
        if brand.lower() in brand_names:
            brands_seen.append((brand, 3.0, m.start()))
    role_breaks = line_breaks_holding(lined, _ROLE_WORDS)  # the lines the two bylines' rules can match on
    for n, m in enumerate(matches_at_breaks(_BRAND_EQ_BYLINE_AT_BREAK, lined, role_breaks) if "=" in text else ()):  # "매체=홍길동 기자 e-mail"
        if n >= 5 or not bound.above(m.start()):
            break
        if m.group("brand").lower() in brand_names:
            brands_seen.append((m.group("brand"), 3.0, m.start()))
    for n, m in enumerate(matches_at_breaks(_BRAND_BYLINE_AT_BREAK, lined, role_breaks)):  # "매체 홍길동 기자, 김철수 기자 2023.04.18 10:50"
        if n >= 5 or not bound.above(m.start()):
            break
        if m.group("brand").lower() in brand_names:
            brands_seen.append((m.group("brand"), 3.0, m.start()))
    for n, m in enumerate(_DESK_BYLINE_AT_BREAK.finditer(lined) if _desk_hint(text) else ()):  # "매체 온라인뉴스팀"
        if n >= 3 or not bound.above(m.start()):
            break
        if m.group("brand").lower() in brand_names:
            brands_seen.append((m.group("brand"), 3.0, m.start()))
    for n, m in enumerate(_ALT_BRAND_RE.finditer(text)):  # "![[매체] 뉴스 멤버십 이벤트](…)": its own banner
        if n >= 5:
            break
        if m.group("brand").lower() in brand_names:
            brands_seen.append((m.group("brand"), 0.5, m.start()))
    brand_heads = [(m.group("brand"), m.group("rest"), m.start()) for m in _BRAND_HEAD_LINE_AT_BREAK.finditer(lined)
                   if m.group("brand").lower() in brand_names]
    if brand_heads:
        lines = {ln.strip() for ln in text.splitlines()}
        for brand, rest, pos in brand_heads[:5]:
            if rest.strip() in lines:  # "매체 헤드라인" next to the headline alone: the site's title bar
                brands_seen.append((brand, 2.0, pos))
    for name, pos in masthead_names(text) + title_suffix_names(text):  # "제호 : 매체", "헤드라인 - 매체": the site's name
        if name.lower() in brand_names:
            brands_seen.append((name, 2.0, pos))
    for host in own_site_hosts(text, bound.prose_end):  # "URL Source: https://…", a link to the site's home
        known = outlet_for_url(f"http://{host}")
        if known is not None:
            brands_seen.extend((b, 2.0, 0) for b in known.brands[:1])
    for n, m in enumerate(_AT_BRAND_RE.finditer(text) if "@" in text and _at_role_hint(text) else ()):  # "홍길동기자@매체": the reporter at the outlet
        if n >= 5:
            break
        brands_seen.append((m.group("brand"), 3.0, m.start()))
    for n, m in enumerate(_SOURCE_DATE_RE.finditer(text)):  # "(Korea Herald – August 5, 2021)": the story's source
        if n >= 3:
            break
        brands_seen.append((m.group("brand"), 3.0, m.start()))
    for m in _WITH_BRAND_AT_BREAK.finditer(lined) if _WITH in text else ():  # "with the Korea JoongAng Daily" under a byline
        brands_seen.append((m.group("brand"), 2.0, m.start()))
    for n, m in enumerate(_BY_BRAND_AT_BREAK.finditer(lined) if "By " in text or "BY " in text else ()):
        if n >= 3 or not bound.above(m.start()):  # "By NAME, The Korea Times": the writer's outlet closing an English byline
            break
        if m.group("brand").lower() in brand_names:
            brands_seen.append((m.group("brand"), 3.0, m.start()))
    for n, m in enumerate(_REPORTED_FOR_RE.finditer(text) if _REPORTED_FOR_HINT in text else ()):
        if n >= 3:  # "Reporting by NAME for Brand": whom the writer reported for
            break
        reported = m.group("brand").rstrip(".")
        if reported.lower() in brand_names:
            brands_seen.append((reported, 3.0, m.start()))
    url = _OWN_URL_HINT_RE.search(text)  # scanned from the line break before its line (``lined`` offsets)
    for n, m in enumerate(_OWN_URL_LINE_AT_BREAK.finditer(lined, lined.rfind("\n", 0, url.start() + 1)) if url else ()):
        if n >= 3:
            break
        known = outlet_for_url(f"http://{m.group(1)}")
        if known is not None:
            brands_seen.extend((b, 1.5, m.start()) for b in known.brands[:1])
    for n, m in enumerate(_STAFF_CREDIT_RE.finditer(text)):  # "(Hong Gil-dong/The Korea Herald)": a staff photo
        if n >= 5:
            break
        if m.group("brand").lower() in brand_names:
            brands_seen.append((m.group("brand"), 1.0, m.start()))
    for n, m in enumerate(SUMMARY_CREDIT_RE.finditer(text) if SUMMARY_MARK in text else ()):  # "“매체” 기사 내용을 요약": a digest's source
        if n >= 2:
            break
        brands_seen.append((m.group("brand"), 3.0, m.start()))
    for n, m in enumerate(_PROVIDER_LINE_AT_BREAK.finditer(lined) if "제공" in text or "기사출처" in text else ()):
        if n >= 3:  # "기사제공 매체": a portal copy names the outlet that provided the story
            break
        brands_seen.append((m.group("brand"), 3.0, m.start()))
    tail_source = _TAIL_SOURCE_RE.search(text[-400:]) if "Source" in text[-400:] or "Via" in text[-400:] else None
    if tail_source is not None:  # "Source: Yonhap News Agency" closing a reposted story
        brands_seen.append((tail_source.group("brand"), 2.0, len(text) - 400 + tail_source.start()))
    for n, m in enumerate(_SOURCE_CREDIT_AT_BREAK.finditer(lined) if _source_label_hint(text) else ()):  # "Source: Brand | date | By NAME": a repost's source
        if n >= 3:
            break
        brands_seen.append((m.group("brand"), 3.0, m.start()))
    # "매체CP-0212@distributor.com": a brand glued to a syndication address names the outlet; the
    # address's domain is the distributor's, never the publisher's
    relayed = set()
    for n, m in enumerate(_GLUED_MAIL_BRAND_RE.finditer(text) if "@" in text and _glued_mail_hint(text) else ()):
        if n >= 5:
            break
        brands_seen.append((m.group("brand"), 3.0, m.start()))
        relayed.add(m.group("domain").lower())
    domains: list[tuple[str, int]] = [(m.group(1).lower(), m.start()) for m in _EMAIL_DOMAIN_RE.finditer(text)
                                      if m.group(1).lower() not in relayed]
    masked: list[tuple[str, int]] = []
    for late in (False, True):
        if late:
            # The forms asked only when nothing above named a registered outlet (k2, session 14; a page that names its
            # outlet otherwise does not pay for them): a copyright notice without its mark first ("가상일보 무단전재 및
            # 재배포 금지", "이 기사의 저작권은 가상일보에 있습니다"), the site describing itself ("Example Times is the
            # valley's leading newspaper", "…윤리강령을 준수합니다"), an address masked from robots ("id＠example.co.kr")
            brands_seen = [(b, 3.0, pos) for printed, pos in notice_brands(text)
                           if (b := normalise_brand(printed)) is not None and b.lower() in brand_names]
            brands_seen += [(b, 2.0, pos) for b, pos in self_descriptions(text) if b.lower() in brand_names]
            brands_seen += [(b, 2.0, pos) for b, pos in own_marks(text) if b.lower() in brand_names]
            brands_seen += [(b, 3.0, pos) for b, pos in role_brands(text) if b.lower() in brand_names]
            brands_seen += [(b, 3.0 if kind == "feed" else 2.0, pos) for b, pos, kind in site_notes(text)
                            if b.lower() in brand_names]
            masked = [(m.group(1).lower(), m.start()) for m in _MASKED_EMAIL_DOMAIN_RE.finditer(text)] \
                if "＠" in text or "(at)" in text or "[at]" in text else []
            domains = sorted(domains + masked, key=lambda d: d[1])
            if not brands_seen and not masked:
                break
        elif not brands_seen and not domains:
            continue
        if lang is None:
            lang = page_dump_language(text)
        for brand, weight, pos in brands_seen:
            o = outlet_for_brand(brand, lang)
            if o is not None:
                vote(o, weight, pos)
        for dom, pos in (masked if late else domains)[:30]:
            owners = outlets_for_mail_domain(dom)
            same_language = [o for o in owners if o.language == lang]
            if len(same_language) > 1:
                continue  # one group's mail domain for several outlets (heraldcorp.com): says nothing about which
            for o in same_language or owners:
                vote(o, 1.0 if o.language == lang else 0.5, pos)
        if score:
            break
    if not score:
        return _outlet_from_domains(text, [d for d, pos in domains if not contact_address(text, pos)], lang, copyrights)
    by_name = _by_name()
    best = max(score, key=lambda k: (score[k], by_name[k].language == lang, -first[k]))
    return by_name[best]


@lru_cache(maxsize=8192)
def _short_line_brand(line: str) -> tuple[str, float] | None:
    """The brand a short line prints and its weight, else None. A function of the line alone (the
    registry is fixed): remembered across pages, whose furniture lines repeat."""
    brand_names = brand_map()
    core = line.strip(_BRAND_LINE_STRIP)
    if core and core.lower() in brand_names:
        if line.strip()[:1] in "ⓒ©(（":
            return None  # "ⓒ연합뉴스", "(연합뉴스)", "(Yonhap)" alone on a line: a picture's credit under it
        return core, 2.0  # a sign-off or logo line: "/연합뉴스", "연합뉴스"
    titled = _SITE_TITLE_RE.match(core) if any(mark in core for mark in _SITE_TITLE_MARKS) else None
    if titled and titled.group(1).lower() in brand_names:
        return titled.group(1), 2.0  # "매체 – 구호": the site's title bar
    head = core.split(" ", 1)[0] if core else ""
    if len(core) <= 20 and head != core and head.lower() in brand_names and not _BRACKET_CREDIT_RE.search(core):
        if core.split()[1] in ABROAD_EDITION_PLACES:
            return None  # "매체 애틀랜타 전자신문": an edition abroad's masthead (edition_masthead), not the daily's
        return head, 1.0  # "SBS 뉴스 상단 메뉴": the site's own furniture ("매체 자료사진" credits a picture)
    sign = _SIGN_OFF_RE.match(line) if _SIGN_OFF_END in line else None
    if sign:
        brand = sign.group("brand").strip()
        if brand.lower() not in brand_names and line[sign.end("brand"):].lstrip().startswith("뉴스"):
            brand += "뉴스"  # "가람뉴스 홍길동입니다": the shortest brand left the kind word to the optional "뉴스"
        if brand.lower() in brand_names:
            return brand, 3.0  # "KBS 뉴스 홍길동입니다.", "지금까지 가람뉴스 홍길동이었습니다."
    en_sign = _EN_SIGN_OFF_RE.match(core) if core.count(",") == 2 else None
    if en_sign and en_sign.group("brand").lower() in brand_names:
        return en_sign.group("brand"), 3.0  # "Jane Roe, Brand News, Seoul.": a correspondent's sign-off
    slogan = _SLOGAN_BRAND_RE.match(line) if line[:1] in "<《〈" else None
    if slogan and slogan.group("brand").lower() in brand_names and _PRESS_WORD_RE.search(line, 0, slogan.start("brand")):
        return slogan.group("brand"), 2.0  # "<세상을 보는 눈, 글로벌 미디어 매체>": the site's slogan and name
    return None


_SHORT_LINE_RE = re.compile(r"^[ \t]*([^\n]{2,40}?)[ \t]*$", re.M)
SHORT_LINE_MAX = 40  # the rule's longest group


def short_lines(text: str) -> Iterator[tuple[int, str]]:
    """(start, group) of each match of ``_SHORT_LINE_RE`` in ``text``, by a loop over the lines: the regex tries
    each of the group's lengths on every line (≈ 24 µs a generated page; the loop ≈ 6). The group is the line
    without its blanks (spaces, tabs) around it when that is 2–40 characters long; one character takes a blank beside
    it (the one after it, else the one before); a line of blanks only, its last two."""
    pos = 0
    for line in text.split("\n"):
        n = len(line)
        if n > SHORT_LINE_MAX and line[0] not in " \t" and line[-1] not in " \t":
            pos += n + 1  # nothing to strip: too long
            continue
        core = line.strip(" \t")
        k = len(core)
        if 2 <= k <= SHORT_LINE_MAX:
            yield pos, core
        elif k == 1:
            lead = n - len(line.lstrip(" \t"))
            if lead + 1 < n:
                yield pos, line[lead:lead + 2]
            elif lead:
                yield pos, line[lead - 1:lead + 1]
        elif k == 0 and n >= 2:
            yield pos, line[-2:]
        pos += n + 1
# The site's slogan closed by its name, in angle brackets: "<세상을 보는 눈, 글로벌 미디어 매체>", "《분야 전문미디어 매체》"
# (at least two words before the name, the first no credit word: "<사진 매체>" credits a photo; the slogan
# describes a press outlet: "미디어", "언론", "신문", "뉴스", "방송", "저널", "매체")
_PRESS_WORD_RE = re.compile(r"미디어|언론|신문|뉴스|방송|저널|매체")
_SLOGAN_BRAND_RE = re.compile(r"^[<《〈]\s*(?!(?:사진|자료|그래픽|이미지|출처|영상|제공|캡처)\b)[^<>《》〈〉\s]+\s[^<>《》〈〉]{1,34}?\s"
                              r"(?P<brand>[A-Za-z가-힣][A-Za-z0-9가-힣]{1,15})\s*[>》〉]$")
_BRAND_LINE_STRIP = " \t/ⓒ©()[]<>〈〉《》【】-—–·|:="
_SIGN_OFF_RE = re.compile(r"^(?:지금까지\s+)?(?P<brand>[A-Za-z가-힣][A-Za-z0-9가-힣 ]{0,10}?)\s*(?:뉴스\s*)?[가-힣]{2,4}\s?(?:기자)?"
                          r"(?:입니다|이었습니다|였습니다)\.?$")
# An English correspondent's sign-off: the reporter's name, the outlet, the place ("Jane Roe, Brand News, Seoul.")
_EN_SIGN_OFF_RE = re.compile(r"^[A-Z][a-z]+(?: [A-Z][A-Za-z'-]+){1,2}, (?P<brand>[A-Z][A-Za-z.&' -]{1,30}?), [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?\.?$")
_SIGN_OFF_END = "니다"  # how every _SIGN_OFF_RE ending ends: a line without it is not tried
_SIGN_OFF_TAIL_END = "입니다"
_SIGN_OFF_TAIL_CORE = r"뉴스\s*[가-힣]{2,4}" + _SIGN_OFF_TAIL_END  # "뉴스 홍길동입니다"
_SIGN_OFF_TAIL_RE = re.compile(r"(?:^|\s)(?P<brand>[A-Z]{2,5}|[가-힣]{2,8})\s*" + _SIGN_OFF_TAIL_CORE
                               + r"\.?[\"”']?\s*$", re.M)
# What every _SIGN_OFF_TAIL_RE match contains, found fast (a literal head): a page without it skips the scan.
_SIGN_OFF_TAIL_HINT_RE = re.compile(_SIGN_OFF_TAIL_CORE)
# A byline line led by the outlet's name: brand, an optional "place=" (안성(경기)=), a Korean name, a role
# (the rest of the line is free): "매체 홍길동 기자, 김철수 기자 2023.04.18 10:50".
_BRAND_BYLINE_RE = re.compile(
    r"^[ \t]*(?P<brand>[A-Za-z가-힣][A-Za-z0-9가-힣]{1,11}(?: ?TV)?)[ \t]+(?:[가-힣]{1,8}(?:\([가-힣]{1,6}\))?[ \t]*=[ \t]*)?"
    r"[가-힣]{2,4}[ \t]?(?:기자|특파원|선임기자)(?=$|[\s,·])", re.M)
# A bracketless byline or sign-off "매체=홍길동 기자 (e-mail)" at a line start: the outlet, "=", the reporter
# (a place before "=" names no outlet: only a registered brand counts)
_BRAND_EQ_BYLINE_RE = re.compile(r"^[ \t]*(?P<brand>[A-Za-z가-힣][A-Za-z0-9가-힣&]{1,15})[ \t]*=[ \t]*[가-힣]{2,4}[ \t]?(?:기자|특파원|선임기자)(?=$|[\s,(<])", re.M)
# A byline that is the outlet's name and one of its desks, alone on its line or before a bar and the date:
# "매체 온라인뉴스팀", "/매체 디지털뉴스팀", "By Example Times Staff", "Example TV Video Team | Updated …"
DESK_UNITS = NEWSROOM_UNITS + EN_DESK_UNITS
_DESK_BYLINE_RE = re.compile(r"^[ \t]*(?:(?:By|BY)[ \t]+(?:the[ \t]+)?|[/—–][ \t]*)?(?P<brand>[A-Za-z가-힣][A-Za-z0-9가-힣&.' -]{0,30}?)[ \t]*(?:"
                             + "|".join(re.escape(u) for u in sorted(DESK_UNITS, key=len, reverse=True))
                             + r")[ \t]*(?:$|[|·][^\n]{0,80}$)", re.M)


# One scan of the page for every desk's name (a test per name scanned the page 23 times: ≈ 3 % of a generated page)
_DESK_HINT_RE = re.compile("|".join(map(re.escape, DESK_UNITS)))


def _desk_hint(text: str) -> bool:
    """Whether a desk's name (``DESK_UNITS``) is printed anywhere: most pages have none and skip the scan."""
    return _DESK_HINT_RE.search(text) is not None


def desk_byline_brand(text: str) -> str | None:
    """The outlet's name in a desk byline above the story's end (``가상일보 온라인뉴스팀``, ``By Example Times
    Staff``), when press-shaped: a company's or a place's desk (``Example Corp Newsroom``, ``Seoul Bureau``) is none."""
    if not _desk_hint(text):
        return None
    end = story_end(text)
    for m in _DESK_BYLINE_RE.finditer(text):
        if m.start() >= end:
            break
        brand = normalise_brand(m.group("brand"))
        if brand is not None and _name_like(brand) and _press_shaped(brand):
            return brand
    return None




@lru_cache(maxsize=64)
def role_brands(text: str) -> tuple[tuple[str, int], ...]:
    """(outlet's name, position) of each English byline naming the outlet inside the writer's role (the form above;
    cached: the vote and the signed brand ask about the same page)."""
    if _KO_PAGE_MARK in text or not any(n in text for n in ("riter", "eporter", "orrespondent", "ditor", "olumnist",
                                                             "ournalist", "ontributor", "RITER", "EPORTER")):
        return ()  # (a Korean page prints no English role byline of this form)
    found = []
    for m in _BRAND_ROLE_AT_BREAK.finditer("\n" + text):  # from the line breaks: re jumps from one to the next
        words = m.group("words").split()
        while len(words) > 1 and words[-1].lower() in _ROLE_MODIFIERS_LOWER:
            rest = " ".join(words[:-1])  # a beat word may be a press word too ("Business"): the shortest name wins
            if not (_press_shaped(rest) or rest.lower() in brand_map()) and (_press_shaped(" ".join(words))
                                                                            or " ".join(words).lower() in brand_map()):
                break
            words.pop()
        name = " ".join(words)
        if name[:1].isupper() and all(w[:1].isupper() for w in words):
            found.append((name, m.start()))
    return tuple(found)


def signed_brand(text: str) -> str | None:
    """The outlet's name the writer signs the story with (``By NAME, Brand``, ``NAME | Brand``, ``By NAME / Brand``,
    ``NAME (Brand)``, ``이름 기자 / 매체``, ``Reporting by NAME for Brand``, ``지금까지 매체 이름 기자였습니다``), when press-shaped and no registered outlet or
    agency (those vote in ``outlet_for_page``); else None."""
    rules = [rule for rule, hint in ((_SIGNED_BYLINE_AT_BREAK, "By " in text or "BY " in text or "|" in text),
                                     (_REPORTED_FOR_RE, _REPORTED_FOR_HINT in text),
                                     (_CLOSER_BRAND_AT_BREAK, _CLOSER_HINT in text)) if hint]
    lined = "\n" + text
    printed = [m.group("brand") for rule in rules for m in rule.finditer(text if rule is _REPORTED_FOR_RE else lined)]
    # "By NAME / Brand", "NAME (Brand)", "이름 기자 / 매체": matched on the lines holding a slash or a bracket after a space
    for a, b in _lines_holding(text, ("/", " ("), 0, 20):
        m = _BRAND_AFTER_BYLINE_RE.match(text, a, b) if b - a <= 80 else None  # a byline's line is short
        if m is not None:
            printed.append(m.group("brand") or m.group("brand2") or m.group("brand3"))
    for name in printed + [name for name, _ in role_brands(text)]:
        brand = normalise_brand(name)
        if brand is not None and _name_like(brand) and _press_shaped(brand) and not _registered_or_agency(brand):
            return brand
    return None


# "홍길동기자@매체, gildong@…": a sign-off naming the outlet after "@" (not an e-mail: no dot follows)
_AT_ROLES = ("기자", "특파원")
_AT_ROLE = r"(?:" + "|".join(_AT_ROLES) + r")\s*@"
_AT_BRAND_RE = re.compile(r"[가-힣]{2,4}\s*" + _AT_ROLE + r"\s*(?P<brand>[가-힣A-Za-z]{2,12})(?=$|[\s,])", re.M)
# What every _AT_BRAND_RE match contains, found fast (a literal head): pages without it skip the scan
# (and pages without an "@", which every match has, skip the hint's own scan: one memchr-like look).
_AT_BRAND_HINT_RE = re.compile(_AT_ROLE)


def _at_role_hint(text: str) -> bool:
    """``_AT_BRAND_HINT_RE.search(text) is not None``, read back from each "@" (a page has a few; the regex
    stops at every "기" and "특" of the page): ``rstrip()`` strips what ``\\s`` matches (``str.isspace``)."""
    at = text.find("@")
    while at >= 0:
        if text[:at].rstrip().endswith(_AT_ROLES):
            return True
        at = text.find("@", at + 1)
    return False


# "(Korea Herald – August 5, 2021)": a digest's credit of the story's outlet and date
_SOURCE_DATE_RE = re.compile(r"\((?P<brand>[A-Z][A-Za-z.&' ]{1,40}?)\s+[–—-]\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}\)?")
# "Source: The Hankyoreh | November 18th, 2019 | By NAME, staff reporter": a reposting site credits the
# story's outlet; the separator after the brand (a date or a byline follows) tells it from a chart's data source
_SOURCE_WORDS = ("Source", "출처")
_SOURCE_LABEL = r"(?:" + "|".join(_SOURCE_WORDS) + r")[ \t]*:"
_SOURCE_CREDIT_RE = re.compile(r"^[ \t]*" + _SOURCE_LABEL + r"[ \t]*(?P<brand>[^|\n]{2,60}?)[ \t]*\|", re.M)
_SOURCE_LABEL_RE = re.compile(_SOURCE_LABEL)  # in every _SOURCE_CREDIT_RE match: without it, no scan


def _source_label_hint(text: str) -> bool:
    """``_SOURCE_LABEL_RE.search(text) is not None``; a page without either word (most) answered by ``in``."""
    return any(word in text for word in _SOURCE_WORDS) and _SOURCE_LABEL_RE.search(text) is not None


# "기사제공 매체" / "기사 제공 : 매체" / "기사출처: 매체" alone on a line: the portal's credit of the story's outlet
# (a photo's "사진 제공" or "(매체 제공)" is no such line: the label opens the line and names the story)
_PROVIDER_LINE_RE = re.compile(r"^[ \t]*(?:기사\s*제공|기사\s*출처)\s*[:：=|]?\s*(?P<brand>[^\s|:：][^\n|]{0,30}?)[ \t]*$", re.M)
# "Source: Brand" alone on one of the last lines of the page: a reposting site's credit of the story (a chart's
# source stands under the chart, inside the story, and its bar form is read by _SOURCE_CREDIT_RE)
_TAIL_SOURCE_RE = re.compile(r"^[ \t]*(?:Source|Via)\s*:\s*(?P<brand>[A-Z][A-Za-z.&' ]{1,40}?)[ \t.]*\s*(?:\n[ \t]*[^\n]{0,60}){0,3}\s*\Z", re.M)
# A summary service's note under its digest: "… “매체” 기사 내용을 3줄로 요약한 결과입니다": the story's outlet
SUMMARY_MARK = "요약"  # in every SUMMARY_CREDIT_RE match: without it, no scan
SUMMARY_CREDIT_RE = re.compile(r"[“\"‘'](?P<brand>[^”\"’'\n]{2,24})[”\"’']\s*기사\s*(?:내용|본문)?\s*을?\s*[^\n]{0,12}" + SUMMARY_MARK)
# "글로벌오토뉴스CP-2022-0212@fastviewkorea.com": a press name glued to the address of a content distributor
_PRESS_SUFFIXES = ("뉴스", "신문", "일보", "경제", "방송", "미디어", "타임스", "타임즈", "저널", "투데이")
_PRESS_SUFFIX = r"(?:" + "|".join(_PRESS_SUFFIXES) + ")"
_MAIL_LOCAL_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-"
_MAIL_LOCAL_AT = r"[A-Za-z0-9._%+-]*@"  # (_MAIL_LOCAL_CHARS, any number, then "@")
_GLUED_MAIL_BRAND_RE = re.compile(
    r"(?P<brand>[가-힣]{1,10}" + _PRESS_SUFFIX + ")" + _MAIL_LOCAL_AT + r"(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
# What every _GLUED_MAIL_BRAND_RE match contains, found fast (a literal head): pages without it skip the scan
# (and pages without an "@", which every match has, skip the hint's own scan).
_GLUED_MAIL_HINT_RE = re.compile(_PRESS_SUFFIX + _MAIL_LOCAL_AT)


def _glued_mail_hint(text: str) -> bool:
    """``_GLUED_MAIL_HINT_RE.search(text) is not None``, read back from each "@" like ``_at_role_hint``."""
    at = text.find("@")
    while at >= 0:
        if text[:at].rstrip(_MAIL_LOCAL_CHARS).endswith(_PRESS_SUFFIXES):
            return True
        at = text.find("@", at + 1)
    return False


# "with the Korea JoongAng Daily": the affiliation line under an English byline
_WITH = "with "  # in every _WITH_BRAND_RE match: without it, no scan
_WITH_BRAND_RE = re.compile(r"^[ \t]*" + _WITH + r"(?:the )?(?P<brand>[A-Z][A-Za-z.&' -]{2,40}?)[ \t]*$", re.M)
# "By Hong Gil-dong, The Korea Times": an English byline closed by the writer's outlet
_BY_BRAND_RE = re.compile(r"^[ \t]*(?:By|BY)\s+[A-Z][^,\n]{2,40},\s*(?P<brand>(?:The\s+)?[A-Z][A-Za-z.&' ]{1,40}?)[ \t]*$", re.M)
# The writer and the outlet on one line, what a page signs its own story with (``signed_brand``): an English byline
# closed by the outlet after a comma or a bar ("By Jane Roe, Example Times", "Jane Roe | Example Daily"), a wire's
# credit line naming whom the writer reported for ("Reporting by Jane Roe for Example Times"), a broadcast's closing
# line with its lead-in and role ("지금까지 가상방송 홍길동 기자였습니다.")
_EN_WRITER = r"[A-Z][a-z'-]+(?:[ \t][A-Z][A-Za-z'-]+){1,2}"
_EN_OUTLET = r"(?:[Tt]he[ \t]+)?(?P<brand>[A-Z][A-Za-z.&'-]*(?:[ \t][A-Z][A-Za-z.&'-]*){0,4})"
_SIGNED_BYLINE_RE = re.compile(r"^[ \t]*(?:(?:By|BY)[ \t]+" + _EN_WRITER + r",|" + _EN_WRITER + r"[ \t]*\|)[ \t]*" + _EN_OUTLET
                               + r"[ \t]*$", re.M)
# the writer's byline with the outlet after a slash or in brackets, alone on a line (session 16, k2): "By NAME / Brand",
# "NAME (Brand)", "이름 기자 / 매체"
_BRAND_AFTER_BYLINE_RE = re.compile(r"^[ \t]*(?:(?:(?:By|BY)[ \t]+)?" + _EN_WRITER + r"[ \t]*(?:/[ \t]*" + _EN_OUTLET
                                    + r"|\([ \t]*" + _EN_OUTLET.replace("brand>", "brand2>") + r"[ \t]*\))"
                                    r"|[가-힣]{2,4}[ \t]?(?:기자|특파원)[ \t]*[/|][ \t]*(?P<brand3>[가-힣A-Za-z][가-힣A-Za-z0-9 ]{1,15}?))"
                                    r"[ \t]*$", re.M)
_REPORTED_FOR_RE = re.compile(r"(?:^|[;(])[ \t]*(?:Additional[ \t]+)?[Rr]eporting[ \t]+by[ \t]+" + _EN_WRITER
                              + r"(?:[ \t]+in[ \t]+[A-Z][a-z]+)?[ \t]+for[ \t]+" + _EN_OUTLET + r"(?=[ \t]*(?:[.;)]|$))", re.M)
_CLOSER_BRAND_RE = re.compile(r"^[ \t]*지금까지[ \t]+(?P<brand>[A-Za-z가-힣][A-Za-z0-9가-힣]{1,15})[ \t]+[가-힣]{2,4}[ \t]?(?:기자)?"
                              r"(?:이었습니다|였습니다|입니다)\.?[ \t]*$", re.M)
_REPORTED_FOR_HINT = "eporting by"
_CLOSER_HINT = "지금까지"
# "Jane Roe, Example Times staff writer", "By Jane Roe, Example Daily Business Reporter": the outlet inside the writer's
# English role (k2, session 15) — the words between the comma and a role noun, rank and beat words (``EN_ROLE_MODIFIERS``)
# taken off their end while what is left is still built like a press name or registered (or not yet one)
_ROLE_NOUN_ALT = "|".join(sorted(EN_ROLE_NOUNS))
_BRAND_ROLE_RE = re.compile(r"^[ \t]*(?:(?:By|BY)[ \t]+)?" + _EN_WRITER + r",[ \t]*(?:[Tt]he[ \t]+)?(?P<words>[A-Z][A-Za-z.&'-]*"
                            r"(?:[ \t]+[A-Za-z.&'-]+){0,6}?)(?:'s|’s)?[ \t]+(?i:" + _ROLE_NOUN_ALT + r")[ \t]*$", re.M)
_ROLE_MODIFIERS_LOWER = frozenset(w.lower() for w in EN_ROLE_MODIFIERS)
# "SundayWeekly – 구호": a short line, the brand, a dash or bar, the site's slogan
_SITE_TITLE_MARKS = "–—|"
_SITE_TITLE_RE = re.compile(r"^([^\s–—|-][^–—|]{1,24}?)\s+[" + _SITE_TITLE_MARKS + r"]\s+\S.{1,30}$")
# A line that is only an address on a site: "(www.outlet.com/News/Read/A2023…)", the article's own short link
_OWN_URL_LINE_RE = re.compile(r"^[ \t]*\(?(?:https?://)?(?:www\.|m\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})/[^\s()]{4,200}\)?[ \t]*$", re.M | re.I)
# What every _OWN_URL_LINE_RE match holds (its domain's last dot, top-level name and "/"): no match starts
# before the line of the first one, so the scan starts there (none on most pages: no scan)
_OWN_URL_HINT_RE = re.compile(r"\.[a-z]{2,}/", re.I)
# A markdown image whose alt text opens with a bracketed brand: the outlet's own promotion banner.
_ALT_BRAND_RE = re.compile(r"!\[\[(?P<brand>[^\[\]\n]{2,20})\][^\n]{0,200}?\]\(")
# A line "brand headline" (the site's title bar), read with the headline's own line elsewhere on the page.
_BRAND_HEAD_LINE_RE = re.compile(r"^[ \t]*(?P<brand>[A-Za-z가-힣][A-Za-z0-9가-힣]{1,11}(?: ?TV)?)[ \t]+(?P<rest>[^\n]{8,160})$", re.M)
# An English photo credit naming a person and the outlet they work for: "(Hong Gil-dong/The Korea Herald)".
_STAFF_CREDIT_RE = re.compile(r"\((?:[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){1,2})\s*/\s*(?P<brand>[A-Z][A-Za-z.&' -]{2,40}?)\)")
# markdown images only; an image served through an image CDN that keeps the origin host in its path
# (WordPress's i0.wp.com/<host>/…) counts for that host
_URL_HOST_RE = re.compile(r"!\[[^\n]{0,400}?\]\(https?://(?:i\d\.wp\.com/)?([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
_SITE_DOMAIN_RE = re.compile(r"(?:www\.)?((?:[a-z0-9-]+\.)+(?:co\.kr|or\.kr|kr|com|net))\b", re.I)


def _copyright_matches(text: str) -> list[re.Match]:
    """Every ``_COPYRIGHT_RE`` match in ``text``: what its ``finditer`` gives, scanned from the line of
    the first mark or label (``^`` still matches there: the scan starts right after a newline)."""
    hint = _COPYRIGHT_HINT_RE.search(text)
    if hint is None:
        return []
    return list(_COPYRIGHT_RE.finditer(text, text.rfind("\n", 0, hint.start()) + 1))


def _from_line_breaks(rule: re.Pattern) -> re.Pattern:
    """A line-anchored rule (``^…`` under ``re.M``) as searched from the line break before each line.

    Run on ``"\n" + text``, its matches start where ``rule``'s start in ``text`` (the "\n" standing for
    ``^``: at 0 or after a line break) and have the same groups (their own offsets one further on): re
    jumps from one "\n" to the next instead of trying ``^`` at every character (2–3× faster on a page).
    Exact for a rule with no match that ends on a consumed "\n" (the next line's match needs that "\n"):
    each rule given here ends in ``$``, a lookahead or a closing bracket, and its only "\n" is its ``^``.
    """
    if not (rule.pattern.startswith("^") and rule.flags & re.M):
        raise ValueError(f"not a line-anchored rule: {rule.pattern!r}")
    return re.compile("\n(?:" + rule.pattern[1:] + ")", rule.flags)


# outlet_for_page's line-anchored rules, run on "\n" + text (their matches' ``start()`` as the rules')
_LINE_BRACKET_AT_BREAK = _from_line_breaks(_LINE_BRACKET_RE)
_BRAND_EQ_BYLINE_AT_BREAK = _from_line_breaks(_BRAND_EQ_BYLINE_RE)
_DESK_BYLINE_AT_BREAK = _from_line_breaks(_DESK_BYLINE_RE)
_BRAND_BYLINE_AT_BREAK = _from_line_breaks(_BRAND_BYLINE_RE)
_BRAND_HEAD_LINE_AT_BREAK = _from_line_breaks(_BRAND_HEAD_LINE_RE)
_WITH_BRAND_AT_BREAK = _from_line_breaks(_WITH_BRAND_RE)
_BY_BRAND_AT_BREAK = _from_line_breaks(_BY_BRAND_RE)
_SIGNED_BYLINE_AT_BREAK = _from_line_breaks(_SIGNED_BYLINE_RE)
_CLOSER_BRAND_AT_BREAK = _from_line_breaks(_CLOSER_BRAND_RE)
_OWN_URL_LINE_AT_BREAK = _from_line_breaks(_OWN_URL_LINE_RE)
_PROVIDER_LINE_AT_BREAK = _from_line_breaks(_PROVIDER_LINE_RE)
_SOURCE_CREDIT_AT_BREAK = _from_line_breaks(_SOURCE_CREDIT_RE)
_BRAND_ROLE_AT_BREAK = _from_line_breaks(_BRAND_ROLE_RE)
_PROSE_LINE_AT_BREAK = _from_line_breaks(_PROSE_LINE_RE)  # (its second branch's "^" holds after the "\n")
_END_LINE_AT_BREAK = _from_line_breaks(_END_LINE_RE)


# What every match of _BRAND_BYLINE_RE and _BRAND_EQ_BYLINE_RE holds on its line: a role ("선임기자" holds "기자")
_ROLE_WORDS = ("기자", "특파원")


def line_breaks_holding(lined: str, words: tuple[str, ...]) -> list[int]:
    """The line breaks of ``lined`` (``"\n" + text``) that open a line holding one of ``words``, in order."""
    found = set()
    for w in words:
        at = lined.find(w)
        while at >= 0:
            found.add(lined.rfind("\n", 0, at))  # lined opens on "\n": always one
            end = lined.find("\n", at)  # on to the next line
            at = lined.find(w, end) if end >= 0 else -1
    return sorted(found)


def matches_at_breaks(rule: re.Pattern, lined: str, breaks: list[int]) -> Iterator[re.Match]:
    """``rule.finditer(lined)`` (a ``_from_line_breaks`` rule) when only the lines opened by ``breaks`` can hold a
    match: the rule tried at each of them alone (its matches start at a "\n" and end on its line, so the scan of
    the page finds each line's match and nothing else), not at every line break of the page."""
    for at in breaks:
        m = rule.match(lined, at)
        if m is not None:
            yield m


def _rest_of_line(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[pos:end if end >= 0 else len(text)]


def _photo_credit_notice(text: str, pos: int) -> bool:
    """A copyright mark that credits a picture, not the page's publisher: in parentheses closing a long line
    ("… 2025.12.4 (ⓒ매체, 무단 전재 금지)"), or closing a caption with its photographer ("시청 전경. 2021.11.8/매체
    ⓒ 매체 홍길동 기자": the mark after the caption's text, a name and its role after the brand)."""
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos].rstrip()
    if len(before) > 20 and before.endswith(("(", "（")):
        return True
    if not before.strip(" \t<[(【《〈"):
        line = _rest_of_line(text, pos)
        if len(line) <= 24 and not _NOTICE_RE.search(line) and not _FOOTER_WORD_RE.search(line) \
                and not _YEAR_RE.search(line) and not notice_follows(text, pos):
            return True  # "ⓒ연합뉴스" alone on its line: a picture's credit (a footer carries its notice)
    else:
        mark = _rest_of_line(text, pos)
        if len(mark) <= 24 and not _NOTICE_RE.search(mark) and not _FOOTER_WORD_RE.search(mark) \
                and not _YEAR_RE.search(mark) and not _FOOTER_SEPARATOR_RE.search(before):
            return True  # "공장 전경 ⓒ매체": a caption closed by its picture's credit (a footer has its notice, labels,
            # bars or year: "— NAME, (c) 2023 Brand LP" closing a story is the publisher's)
    if len(before) <= 20:
        return False
    return bool(_PHOTOGRAPHER_TAIL_RE.search(_rest_of_line(text, pos)))


# What a site's footer line prints before its copyright mark and a caption does not: labels and separators
# ("회사소개 | 광고문의 | ⓒ 매체", "발행인 이름 · 편집인 이름 · ⓒ 매체", "주소: … ⓒ 매체")
_FOOTER_SEPARATOR_RE = re.compile(r"[|｜·:：]")
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A photographer closing a credit: "… ⓒ 매체 홍길동 기자" (the name and its role end the line)
_PHOTOGRAPHER_TAIL_RE = re.compile(r"\s[가-힣]{2,4}\s?(?:기자|사진기자)[ \t]*$", re.M)


def registrable_domain(host: str) -> str:
    """news.example.co.kr -> example.co.kr; www.example.com -> example.com."""
    labels = host.lower().strip(".").split(".")
    if len(labels) >= 3 and labels[-2] in {"co", "or", "go", "ac", "ne", "re", "pe"}:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


# A company's or a source's contact printed with its address ("문의: 가상기업 홍보팀 pr@…", "Media contact: …"): the
# address is the source's, not the publisher's; the site's own lines (a writer, a tip or subscription desk) are not
_CONTACT_LABEL_RE = re.compile(r"문의|홍보|(?i:(?:media|press|investor)[ \t]+(?:contacts?|inquir|relations)|for more information)")
_OWN_DESK_RE = re.compile(r"기자|제보|기사\s*문의|구독|광고|편집|독자|(?i:writer|reporter|author|editor|newsroom|news ?desk|tips?\b|correspondent)")


def contact_address(text: str, pos: int) -> bool:
    """Whether the address at ``pos`` closes a contact of the story's source: its line, up to it, carries a contact
    label (``문의``, ``홍보``, ``Media contact``, ``Press inquiries``, ``For more information``; a bare ``Contact`` may
    be the writer's) and no word of the site's own desks (a writer, a tip line)."""
    line = text[text.rfind("\n", 0, pos) + 1:pos]
    return bool(_CONTACT_LABEL_RE.search(line)) and not _OWN_DESK_RE.search(line)


def _outlet_from_domains(text: str, mail_domains: list[str], language: str | None = None,
                         copyrights: list[re.Match] | None = None) -> Outlet | None:
    """An outlet not in the registry, named by its own domain: reporters' e-mail, then a copyright line.

    Webmail addresses say nothing about the publisher and are skipped. The key follows
    ``outlet_name_for_url`` so URL- and page-based recognition agree.
    """
    # the capture's own address first ("URL Source:", the site's home links above the story), then a mail domain
    # (one several registered outlets share, heraldcorp.com, names none of them)
    candidates = [registrable_domain(h) for h in own_site_hosts(text, _StoryBound(text).prose_end)]
    candidates += [registrable_domain(d) for d in mail_domains if len(outlets_for_mail_domain(d)) <= 1]
    for m in _copyright_matches(text) if copyrights is None else copyrights:  # outlet_for_page's, when it has them
        if _photo_credit_notice(text, m.start()):
            continue
        candidates.extend(registrable_domain(d.group(1)) for d in _SITE_DOMAIN_RE.finditer(m.group(0)))
    # Last: the host serving the page's own images, only when it is a registered outlet (reader-mode
    # captures keep "![…](https://image.outlet.co.kr/…)"; a link in the text may cite another outlet).
    # The full host first: an outlet may live on a sub-domain of another's (koreajoongangdaily.joins.com).
    hosts = Counter(_HOST_PREFIX.sub("", h.lower()) for h in _URL_HOST_RE.findall(text))
    for h, _ in hosts.most_common(3):
        for cand in (h, registrable_domain(h)):
            if outlet_for_url(f"http://{cand}") is not None:
                candidates.append(cand)
                break
    for dom in candidates:
        if dom in WEBMAIL_DOMAINS or dom.endswith(".go.kr") or dom.endswith(".ac.kr"):
            continue
        known = outlet_for_url(f"http://{dom}")
        if known is not None:
            return known
        key = outlet_name_for_url(f"http://{dom}")
        if key:
            lang = language or page_dump_language(text)
            return Outlet(key, (dom,), None, (), lang, PROFILE_EN if lang == "en" else PROFILE_KO,
                          timezone=HOME_TIMEZONES.get(dom))
    return None


# ---------------------------------------------------------------- an outlet the registry does not know

# Korean web portals: a copy carried by one prints the portal's own copyright under the story's outlet,
# so a portal's copyright line never names the story's publisher (knowledge of the portals, not pages)
PORTAL_BRANDS = frozenset({"daum", "다음", "kakao", "카카오", "nate", "네이트", "zum", "줌", "naver", "네이버",
                           "msn", "microsoft",
                           # the portals' operators by their legal names, as their footers print them
                           "daum communications", "daumkakao", "daum kakao", "nhn", "sk communications",
                           "sk커뮤니케이션즈", "zum internet", "줌인터넷", "네이버 주식회사"})
# A copyright footer: the mark opens the line (in brackets or not), the brand, then the notice or nothing.
_FOOTER_MARK_RE = re.compile(r"^[ \t<\[(【《〈]*(?:(?:저작권자|Copyrights?(?![A-Za-z])|ⓒ|©|\([cC]\))[ \t]*)+"
                             r"(?:(?:19|20)\d\d(?:[ \t]*[-–~][ \t]*(?:19|20)\d\d)?[ \t,.]*)?(?:[Bb]y[ \t]+)?", re.M)
# The words that make a mark a publisher's notice ("저작권자 ⓒ …", "Copyright © …"), not a photo's credit
_FOOTER_WORD_RE = re.compile(r"저작권자|Copyright", re.I)
# Where the brand ends in a footer: the notice ("무단전재 및 재배포 금지", "All rights reserved", "AI 학습 …")
_NOTICE_RE = re.compile(r"(?:무단|전재|재배포|배포\s*금지|all\s+rights|rights\s+reserved|ai\s*학습|이용\s*금지)", re.I)
# How a company's legal form is printed around its name: "(주)", "㈜", "주식회사", "Co., Ltd.", "Inc."
_LEGAL_FORM_RE = re.compile(r"\(주\)|㈜|주식회사|\b(?:Co\.?,?\s*Ltd\.?|Ltd\.?|Inc\.?|Corp\.?|LLC|Limited|Co\.)(?![A-Za-z])", re.I)
_TRAILING_YEAR_RE = re.compile(r"[ \t,]+(?:19|20)\d\d$")
# "로컬(LOCAL)세계": a Latin gloss in brackets inside a Hangul name is not part of the name as compared
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
_LATIN_GLOSS_RE = re.compile(r"\s*\([A-Za-z][A-Za-z .&'-]*\)\s*")
_BRAND_EDGE = " \t,.;:·|/-–—<>[]()【】《》〈〉\"'“”‘’ⓒ©"


def normalise_brand(printed: str | None) -> str | None:
    """An outlet's name as a page prints it, without what surrounds it: copyright marks and words, a
    year, the notice ("무단전재 및 재배포 금지", "All rights reserved"), the company's legal form ("(주)",
    "Co., Ltd."), a Latin gloss in brackets inside a Hangul name ("로컬(LOCAL)세계"), a newsroom unit
    after the name (press.NEWSROOM_UNITS: "취재팀", "편집국") and edge punctuation; inner spaces
    collapsed. None when nothing name-like is left.

    ``<저작권자 ⓒ 가상일보, 무단전재 및 재배포 금지>`` → ``가상일보``; ``Copyright © 2024 Example News Co.,
    Ltd. All rights reserved.`` → ``Example News``."""
    if not printed:
        return None
    s = unicodedata.normalize("NFKC", printed.replace("ⓒ", "©"))  # NFKC reads "ⓒ" as the letter c
    m = _FOOTER_MARK_RE.match(s)
    if m:
        s = s[m.end():]
    notice = _NOTICE_RE.search(s)
    if notice:
        s = s[:notice.start()]
    s = _LEGAL_FORM_RE.sub(" ", s)
    if _HANGUL_RE.search(_LATIN_GLOSS_RE.sub("", s)):
        s = _LATIN_GLOSS_RE.sub("", s)
    s = " ".join(s.split()).strip(_BRAND_EDGE)
    if s[-1:].isdigit():
        s = _TRAILING_YEAR_RE.sub("", s).strip(_BRAND_EDGE)  # "(C) Example Times 2026" → "Example Times"
    for unit in NEWSROOM_UNITS:  # "가상일보 취재팀" / "가상일보취재팀" → "가상일보"
        if s.endswith(unit) and len(s) > len(unit) + 1:
            s = s[:-len(unit)].strip(_BRAND_EDGE)
            break
    if not s or not any(c.isalpha() for c in s):
        return None
    return s


def brand_key(name: str | None) -> str:
    """The form two printed names are compared in: normalised, lower-cased, a leading "The" and every
    space and dot dropped ("The Korea Herald" and "KOREA HERALD" agree)."""
    s = (normalise_brand(name) or "").lower()
    s = s.removeprefix("the ")
    return "".join(c for c in s if c not in " .·")


# What an outlet's full name may add to the short form its copyright footer prints (lead "[가상경제신문 이름
# 기자]", footer "저작권자 © 가상경제"): the kind of outlet, never a word of its own name
OUTLET_KIND_SUFFIXES = frozenset({"신문", "일보", "뉴스", "news", "타임스", "타임즈", "방송", "tv", "미디어", "media"})


def same_brand(a: str | None, b: str | None) -> bool:
    """Two printed names of one outlet: the same ``brand_key``, or one the other plus a kind word
    (``OUTLET_KIND_SUFFIXES``: ``가상경제`` / ``가상경제신문``)."""
    ka, kb = brand_key(a), brand_key(b)
    if not ka or not kb:
        return False
    short, full = sorted((ka, kb), key=len)
    return full == short or (len(short) >= 2 and full.startswith(short) and full[len(short):] in OUTLET_KIND_SUFFIXES)


def self_named_brand(text: str, lead_brand: str | None) -> str | None:
    """The brand a page names itself by twice — in the story's lead byline (``[가상일보 이름 기자]``) and in
    the site's copyright footer (``저작권자 © 가상일보 무단전재 …``), the footer perhaps without its kind word
    (``same_brand``) — else None. Two places of the template agreeing settle whose page it is, over a
    registered outlet the page only mentions (a photo's credit, an agency quoted)."""
    lead = normalise_brand(lead_brand)
    if not _name_like(lead):
        return None
    site = footer_brand(text)
    return lead if site is not None and same_brand(lead, site) else None


def _name_like(brand: str | None) -> bool:
    """A printed name that can be an outlet's: 2–30 characters, at most five words, no sentence (no
    reporter role, e-mail, "=" or sentence ending), never a portal's own name."""
    if not brand or not 2 <= len(brand) <= 30 or len(brand.split()) > 5:
        return False
    if any(c in brand for c in "@=:|?!") or brand.endswith(("기자", "특파원", "다")):
        return False
    return brand.lower() not in PORTAL_BRANDS


_IMAGE_BANK_KEYS = frozenset(brand_key(b) for b in IMAGE_BANKS)


@lru_cache(maxsize=64)
def footer_brand(text: str) -> str | None:
    """The brand the page's copyright footer prints, normalised (``normalise_brand``), else None.

    Only a line that opens on the mark and carries the notice or the word (``저작권자 ⓒ 가상일보 무단전재 …``,
    ``<저작권자 © 가상일보, …>``, ``Copyright © 2024 Example News. All rights reserved.``, ``ⓒ 가상일보. 무단
    전재 금지``): a bare ``ⓒ 이름`` line credits a photo's agency, a mark inside a longer line credits a photo
    (``… ⓒ이름 기자``, ``(ⓒ매체, 무단 전재 금지)`` under a caption); a domain in the line is
    read by ``_outlet_from_domains``; a portal's own line (``Copyright © Daum``) names no publisher. The
    first such line wins (a portal copy prints the story's outlet above the portal's footer)."""
    for m in _FOOTER_MARK_RE.finditer(text) if _COPYRIGHT_HINT_RE.search(text) else ():
        line_end = text.find("\n", m.start())
        line = text[m.start():line_end if line_end >= 0 else len(text)]
        if len(line) > 120 or not (_NOTICE_RE.search(line) or _FOOTER_WORD_RE.search(m.group(0))
                                   or _YEAR_RE.search(line) or notice_follows(text, m.start())):
            continue  # a bare "ⓒ 이름" line credits a photo ("ⓒ 사진 에이전시" under an image)
        brand = normalise_brand(line)
        if brand is None or _SITE_DOMAIN_RE.search(brand) or brand_key(brand) in _IMAGE_BANK_KEYS:
            continue  # an image library's line credits a picture ("Copyright © Getty Images …")
        if _name_like(brand):
            return brand
    for printed, _ in notice_brands(text):
        brand = _notice_brand(printed)
        if brand is not None:
            return brand
    return None


# ---- the notice's other forms (k2, session 14): the same closed vocabulary of a copyright notice, printed without
# the mark opening the line. The Korean notice with the brand before it or after a bar ("가상일보 무단전재 및 재배포
# 금지", "<무단전재 및 재배포 금지 / 가상일보>"), a sentence naming the rights' owner ("이 기사의 저작권은 가상일보에
# 있습니다"), "All rights reserved by Brand", the brand before the mark and a year ("Example Times © 2026"), and the mark
# and brand alone with the notice on the next line ("ⓒ 가상일보" ⏎ "무단전재 및 재배포 금지"; ``notice_follows``)
_KO_NOTICE = r"무단[ \t]*(?:전재|복제|배포|게재|사용)[^\n]{0,50}?금"  # "무단 … 금지" / "… 금합니다"
_NAME_CHARS = r"[^\n<>\[\]()【】《》〈〉=/|:,ⓒ©]"
_NOTICE_ONLY_RE = re.compile(
    r"^[ \t<\[(【《〈]*(?P<brand>[^\s<>\[\]()【】《》〈〉=/|:,ⓒ©]" + _NAME_CHARS + r"{0,28}?)[ \t,.·-]*" + _KO_NOTICE + r"[^\n]{0,40}$"
    r"|^[ \t<\[(【《〈]*" + _KO_NOTICE + r"[^\n/|]{0,30}?[ \t]*[/|][ \t]*(?P<brand2>[^\s<>\[\]()【】《》〈〉=/|:,ⓒ©]"
    + _NAME_CHARS + r"{0,28}?)[ \t>\])】》〉.]*$", re.M)
_RIGHTS_OWNER_RE = re.compile(r"(?:^|[\s<\[(【])(?:이|본|모든|해당)?[ \t]*(?:기사|콘텐츠|컨텐츠|게시물)(?:의)?[ \t]*저작권은[ \t]*"
                              r"(?P<brand>\S[^\n]{0,24}?)에(?:게)?[ \t]*있", re.M)
_RESERVED_BY_RE = re.compile(r"(?i:all[ \t]+rights[ \t]+reserved)[ \t]+by[ \t]+(?P<brand>[^\n.,;]{2,40}?)[ \t]*[.;]?[ \t]*$", re.M)
# The notice in sentences (k2, session 16): the site's contents protected by copyright law ("가상일보의 모든 콘텐츠(기사)는
# 저작권법의 보호를 받은바 …", "가상경제가 제공하는 모든 기사는 저작권법에 따라 …"), and no copy without its permission
# ("… may not be reproduced or redistributed without the written permission of Example Times")
_CONTENTS_LAW_RE = re.compile(r"^[ \t<\[(【]*(?P<brand>[가-힣A-Za-z][가-힣A-Za-z0-9&. ]{1,20}?)(?:의|이|가|에서)[ \t]+"
                              r"(?:제공하는[ \t]+|게재(?:된|되는|하는)[ \t]+)?모든[ \t]+[^\n]{0,20}?(?:콘텐츠|컨텐츠|기사|게시물)"
                              r"[^\n]{0,30}?저작권법", re.M)
_PERMISSION_RE = re.compile(r"(?i:reproduc|republish|redistribut|copied|rewritten|broadcast)[^\n]{0,60}?\bwithout[ \t]+"
                            r"(?:the[ \t]+)?(?:express[ \t]+|prior[ \t]+)?(?:written[ \t]+)?(?:consent|permission)[ \t]+"
                            r"(?:of|from)[ \t]+(?:the[ \t]+)?(?P<brand>[A-Z][A-Za-z0-9&.'-]*(?:[ \t]+[A-Z][A-Za-z0-9&.'-]*){0,4})")
# The site's cookie or privacy notice naming it (k2, session 16): "… consent to … the policy of Brand", "Brand uses
# cookies …", "… agree to the Brand Privacy Policy": asked of the lines holding "cookie" or "privacy" in the lower half
_NOTICE_NAME = r"(?:[Tt]he[ \t]+)?(?P<{}>[A-Z][A-Za-z0-9&.'-]*(?:[ \t]+[A-Z][A-Za-z0-9&.'-]*){{0,4}}?)"
_COOKIE_NOTICE_RE = re.compile(r"(?:polic(?:y|ies)|terms)[ \t]+of[ \t]+" + _NOTICE_NAME.format("brand") + r"[ \t]*(?:[.,;]|$)"
                               r"|^[ \t]*" + _NOTICE_NAME.format("brand2") + r"[ \t]+uses[ \t]+cookies"
                               r"|\b(?:to|with)[ \t]+the[ \t]+" + _NOTICE_NAME.format("brand3")
                               + r"[ \t]+(?:Privacy|Cookie)[ \t]+(?:Policy|Notice)", re.M)
_COOKIE_HINTS = ("cookie", "Cookie", "rivacy")
# "Example Times. All rights reserved." / "가상경제 All Rights Reserved.": the reservation after the name, no mark and no
# "Copyright" (k2, session 15)
_RESERVED_AFTER_RE = re.compile(r"^[ \t]*(?!(?i:copyright))(?P<brand>[A-Za-z가-힣][^\n©ⓒ|:]{1,29}?)[ \t]*[.,]?[ \t]+"
                                r"(?i:all[ \t]+rights[ \t]+reserved)\.?[ \t]*$", re.M)
_RESERVED_HINTS = ("ights reserved", "ights Reserved", "IGHTS RESERVED")
_BRAND_MARK_YEAR_RE = re.compile(r"^[ \t]*(?P<brand>[A-Za-z가-힣][^\n©ⓒ|:·]{1,29}?)[ \t]*(?:ⓒ|©|\([cC]\))[ \t]*(?:19|20)\d\d(?!\d)", re.M)
# what opens a notice printed on the line after the mark and the brand
_NOTICE_NEXT_RE = re.compile(r"^[ \t<\[(【《〈]*(?:(?:본|이)[ \t]*(?:기사|콘텐츠)의?[ \t]*)?(?:무단|(?i:all[ \t]+rights))", re.M)


def notice_follows(text: str, pos: int) -> bool:
    """The line after the one holding ``pos`` opens with a copyright notice (``무단전재 및 재배포 금지``, ``본 기사의 무단
    전재 …``, ``All rights reserved.``): the mark's line above it is the site's footer, not a picture's credit."""
    end = text.find("\n", pos)
    if end < 0:
        return False
    nxt = text.find("\n", end + 1)
    return _NOTICE_NEXT_RE.match(text, end + 1, nxt if nxt >= 0 else len(text)) is not None


def _lines_holding(text: str, needles: tuple[str, ...], start: int = 0, limit: int = 10) -> list[tuple[int, int]]:
    """(start, end) of the first ``limit`` lines from ``start`` on that hold one of ``needles``, in the page's order:
    a line-anchored rule is then matched on those lines only (``rule.match(text, start, end)``), never scanned over the
    whole page (``^`` under ``re.M`` gives re no literal to jump to: it would try every character)."""
    found: set[tuple[int, int]] = set()
    for needle in needles:
        at = text.find(needle, start)
        n = 0
        while at >= 0 and n < limit:
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            found.add((line_start, line_end))
            at = text.find(needle, line_end)
            n += 1
    return sorted(found)[:limit]


_MARKS = ("ⓒ", "©", "(c)", "(C)")


@lru_cache(maxsize=64)
def notice_brands(text: str) -> tuple[tuple[str, int], ...]:
    """(brand as printed, position) of each copyright notice of the forms above, in the page's order (cached: the
    outlet's vote, the site's footer and the printed brand ask about the same page)."""
    found: list[tuple[str, int]] = []
    lower = text.rfind("\n", 0, len(text) // 2) + 1  # a site's notice closes the page: the lines of its lower half
    for a, b in _lines_holding(text, ("무단",), lower):
        m = _NOTICE_ONLY_RE.match(text, a, b)
        if m is not None:
            found.append(((m.group("brand") or m.group("brand2")).strip(), m.start()))
    for needles, rule in ((("저작권은",), _RIGHTS_OWNER_RE), (("eserved by",), _RESERVED_BY_RE), (("저작권법",), _CONTENTS_LAW_RE),
                          (("permission", "consent"), _PERMISSION_RE)):
        for a, b in _lines_holding(text, needles, lower, 3):
            found.extend((m.group("brand"), m.start()) for m in rule.finditer(text, a, b))
    for a, b in _lines_holding(text, _COOKIE_HINTS, lower, 3):
        for m in _COOKIE_NOTICE_RE.finditer(text, a, b):
            found.append(((m.group("brand") or m.group("brand2") or m.group("brand3")), m.start()))
    for a, b in _lines_holding(text, _RESERVED_HINTS, lower, 3):
        m = _RESERVED_AFTER_RE.match(text, a, b)
        if m is not None:
            found.append((m.group("brand"), m.start()))
    for a, b in _lines_holding(text, _MARKS, lower):
        m = _BRAND_MARK_YEAR_RE.match(text, a, b)
        if m is not None:
            found.append((m.group("brand"), m.start()))
    found.sort(key=lambda f: f[1])
    return tuple(found)


def _notice_brand(printed: str) -> str | None:
    """A notice's brand as the site's name: name-like, no address, image library or portal, and registered or
    built like a press name (a caption's photographer or a company closing a notice names no publisher)."""
    brand = normalise_brand(printed)
    if brand is None or not _name_like(brand) or _SITE_DOMAIN_RE.search(brand) or _NOTICE_RE.search(brand) \
            or brand_key(brand) in _IMAGE_BANK_KEYS or _portal_named(brand):
        return None
    return brand if _press_shaped(brand) or outlet_for_brand(brand) is not None else None


# ---- a site describing itself (k2, session 14): an English site's line about itself, the name opening a sentence that
# calls it a newspaper, a news site or a magazine ("Example Times is the valley's leading daily newspaper - …",
# "Example Online is a digital newspaper for …"), in the page's lower half (a site's card or "About us" under the
# story; a story about a newspaper names it in its first paragraphs); and a Korean site's pledge to a press ethics
# code ("가상일보는 인터넷신문위원회의 윤리강령을 준수합니다": the outlet speaking of itself, "…합니다")
_PRESS_NOUNS = (r"(?:newspaper|news[ \t]?paper|magazine|news[ \t]+(?:site|website|outlet|service|portal|publication|"
                r"organi[sz]ation|source))")
_SELF_DESCRIPTION_RE = re.compile(
    r"^[ \t]*(?P<brand>(?:The[ \t]+)?[A-Z][A-Za-z0-9&.'-]*(?:[ \t]+[A-Z][A-Za-z0-9&.'-]*){0,4})[ \t]+is[ \t]+"
    r"(?:a|an|the|[A-Z][A-Za-z]+(?:'s|’s))[ \t][^\n.;]{0,60}?\b" + _PRESS_NOUNS + r"\b", re.M)
# in every _SELF_DESCRIPTION_RE match: the press noun (its words as printed, lower case)
_PRESS_NOUN_HINTS = ("newspaper", "magazine", "news ")
_KO_ETHICS_RE = re.compile(r"^[ \t]*(?P<brand>[A-Za-z가-힣][A-Za-z0-9가-힣]{1,15}?)(?:은|는)[ \t]+[^\n]{0,40}?윤리[ \t]?강령"
                           r"[^\n]{0,30}?준수합니다", re.M)
_KO_ETHICS_HINT = "준수합니다"
_SELF_DESCRIPTION_HINTS = (*_PRESS_NOUN_HINTS, _KO_ETHICS_HINT)  # in every line one of the two rules matches
# the words such a sentence opens on that are no name: a pronoun, "our paper"
_NOT_SELF_NAMES = frozenset({"this", "that", "it", "there", "here", "he", "she", "they", "we", "who", "what", "which",
                             "본지", "본사", "당사", "우리", "저희", "이"})


@lru_cache(maxsize=64)
def self_descriptions(text: str) -> tuple[tuple[str, int], ...]:
    """(name as printed, position) of each line where a site describes itself (the forms above; cached)."""
    found: list[tuple[str, int]] = []
    lower = text.find("\n", len(text) // 2)  # the lines that start in the page's lower half
    if lower >= 0:
        for a, b in _lines_holding(text, _SELF_DESCRIPTION_HINTS, lower + 1):
            m = _SELF_DESCRIPTION_RE.match(text, a, b) or _KO_ETHICS_RE.match(text, a, b)
            if m is not None:
                found.append((m.group("brand"), m.start()))
    return tuple((b, pos) for b, pos in found if b.lower() not in _NOT_SELF_NAMES)


def self_description_brand(text: str) -> str | None:
    """The name of an outlet the registry does not know as the site describes itself (``self_descriptions``), else None;
    a registered outlet or a news agency is named by ``outlet_for_page``'s vote, never here."""
    for printed, _ in self_descriptions(text):
        brand = normalise_brand(printed)
        if brand is not None and _name_like(brand) and not _registered_or_agency(brand) and not _portal_named(brand):
            return brand
    return None


# ---- the site's own marks (k2, session 15): three more forms of a site naming itself outside the story, the same on
# every site. Its promotion of its own channels under the story — a portal's channel, a messenger or video channel, an
# app, a newsletter, a social account ("▶ 네이버에서 가상일보 구독하기", "[가상일보 텔레그램 채널 바로가기]", "Sign up for the
# Example Times newsletter", "Follow Example Daily on Facebook"): a site promotes its own, never another outlet's; its
# footer line of the name, the address and the telephone ("가상일보 | 서울특별시 중구 가상로 12 | 대표전화 02-…"), with no
# mark or label; and a markdown capture's logo image above the story ("![가상일보 로고](https://…/logo.png)"), its alt
# text the name
_PROMO_CHANNELS = r"(?:네이버|다음|카카오톡|카카오|카톡|유튜브|텔레그램|인스타그램|페이스북|구글|네이트|줌)"
_PROMO_LEAD = r"^[ \t▶▷►☞※\[<(【·•*-]*"
_PROMO_NAME = r"[A-Za-z가-힣][A-Za-z0-9가-힣 ]{1,20}?"
_KO_PROMO_RE = re.compile(
    _PROMO_LEAD + _PROMO_CHANNELS + r"[ \t]*(?:메인|뉴스(?:스탠드)?|채널)?[ \t]*에서[ \t]+(?P<brand>" + _PROMO_NAME
    + r")[ \t]*(?:을|를)?[ \t]*(?:구독|받아[ \t]?보|팔로우|친구[ \t]*추가)"
    r"|" + _PROMO_LEAD + r"(?P<brand2>" + _PROMO_NAME + r")[ \t]*(?:공식[ \t]*)?" + _PROMO_CHANNELS
    + r"[ \t]*(?:채널|포스트|밴드|계정)?[ \t]*(?:구독|바로가기|친구[ \t]*추가|팔로우)"
    # the site's own app or newsletter (k2, session 17): "가상일보 앱 다운로드", "가상일보 뉴스레터 신청하기"
    r"|" + _PROMO_LEAD + r"(?P<brand3>" + _PROMO_NAME + r")[ \t]*(?:앱|어플|뉴스레터)[ \t]*(?:다운로드|설치|구독|신청)(?:하기)?[ \t]*$", re.M)
_EN_PROMO_NAME = r"(?:[Tt]he[ \t]+)?(?P<{}>[A-Z][A-Za-z0-9.&'-]*(?:[ \t]+[A-Z][A-Za-z0-9.&'-]*){{0,4}}?)"
_EN_PROMO_RE = re.compile(
    r"^[ \t>*•·-]*(?:Sign[ \t]+up[ \t]+for|Subscribe[ \t]+to|Get|Download|Install)[ \t]+" + _EN_PROMO_NAME.format("brand")
    + r"(?:'s|’s)?[ \t]+(?:(?:daily|weekly|free|morning|evening|breaking[ \t]+news)[ \t]+){0,2}"
    r"(?:newsletters?|app|alerts|e-?edition|podcast|briefing|bulletin|digest)\b"
    r"|^[ \t>*•·-]*Follow[ \t]+" + _EN_PROMO_NAME.format("brand2") + r"[ \t]+on[ \t]+(?:Facebook|X|Twitter|Instagram|LinkedIn"
    r"|Threads|YouTube|Google[ \t]+News|Telegram|WhatsApp|Bluesky)\b", re.M)
_KO_PROMO_HINTS = ("구독", "바로가기", "받아보", "팔로우", "친구 추가", "친구추가", "앱", "어플", "뉴스레터")  # a line _KO_PROMO_RE matches holds one
_EN_PROMO_HINTS = ("Sign up", "Subscribe to", "Get ", "Follow ", "Download ", "Install ")  # and one of these every _EN_PROMO_RE line
_KO_PAGE_MARK = "다."  # a Korean story's sentence end: a page without one is read by the English forms only
_POSSESSIVE_RE = re.compile(r"(?:'s|’s|')$")  # "Get Example Times's newsletter": the name without its possessive
# the footer line: the name first, a separator (or the postal code in brackets), then an address and a telephone number
_PHONE_RE = re.compile(r"(?<!\d)\(?\d{2,4}\)?[-. )][ \t]?\d{3,4}[-.]\d{4}(?!\d)")
_STREET_RE = re.compile(r"[가-힣0-9]+(?:로|길)[ \t]*\d|[가-힣](?:시|도)[ \t]+[가-힣]+(?:구|군|시)\b"
                        r"|\b\d{1,5}[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard"
                        r"|Blvd\.?|Drive|Dr\.|Lane|Way|Plaza)(?![A-Za-z])")
_ADDRESS_LINE_RE = re.compile(r"^[ \t]*(?P<brand>[A-Za-z가-힣][A-Za-z0-9가-힣&.' ]{1,30}?)[ \t]*(?:[|·•,]|(?=\(\d{5}\)))[^\n]{8,200}$",
                              re.M)
# a logo image: the alt text naming it a logo, or the image's address naming it a logo or the masthead
_LOGO_IMAGE_RE = re.compile(r"!\[(?P<alt>[^\[\]\n]{2,40})\]\((?P<url>https?://[^)\s]{4,300})\)")
_LOGO_WORD_RE = re.compile(r"[ \t]*(?:로고|(?i:logo))[ \t]*$")
_LOGO_PATH_RE = re.compile(r"logo|masthead", re.I)
_FOOTER_TAIL = 2000  # the footer's lines: the last characters of the page


@lru_cache(maxsize=64)
def own_marks(text: str) -> tuple[tuple[str, int], ...]:
    """(name as printed, position) of each of the site's own marks (the forms above; cached): its channel promotions
    and footer address lines in the page's lower half, its logo images above the story's first line."""
    found: list[tuple[str, int]] = []
    lower = text.find("\n", len(text) // 2)
    if lower >= 0:
        korean = _KO_PAGE_MARK in text
        promo = _KO_PROMO_RE if korean else _EN_PROMO_RE
        for a, b in _lines_holding(text, _KO_PROMO_HINTS if korean else _EN_PROMO_HINTS, lower + 1):
            m = promo.match(text, a, b)
            if m is not None:
                name = (m.group("brand") or m.group("brand2") or (m.group("brand3") if korean else None) or "").strip()
                found.append((_POSSESSIVE_RE.sub("", name), m.start()))
        # a telephone number holds a dash ("02-123-4567", "(555) 010-0142"): only such lines of the footer are read
        for a, b in _lines_holding(text, ("-",), max(lower + 1, len(text) - _FOOTER_TAIL), 40):
            m = _ADDRESS_LINE_RE.match(text, a, b)
            if m is not None and _PHONE_RE.search(text, a, b) and _STREET_RE.search(text, a, b):
                found.append((m.group("brand").strip(), m.start()))
    if "![" in text:
        head_end = _StoryBound(text).prose_end
        for m in _LOGO_IMAGE_RE.finditer(text, 0, head_end):
            alt = m.group("alt")
            name = _LOGO_WORD_RE.sub("", alt)
            if name != alt or _LOGO_PATH_RE.search(m.group("url").split("//", 1)[1].partition("/")[2]):
                found.append((name.strip(), m.start()))
    found.sort(key=lambda f: f[1])
    return tuple(found)


def own_mark_brand(text: str) -> str | None:
    """The name of an outlet the registry does not know as the site's own marks print it (``own_marks``), when built
    like a press name; a registered outlet or an agency is named by ``outlet_for_page``'s vote, never here."""
    for printed, _ in own_marks(text):
        brand = normalise_brand(printed)
        if brand is not None and _name_like(brand) and _press_shaped(brand) and not _registered_or_agency(brand) \
                and not _portal_named(brand) and brand_key(brand) not in _IMAGE_BANK_KEYS:
            return brand
    return None


# ---- the site's notes about itself under the story (k2, session 17), forms the same on every site: a carrier's note
# that a wire's story reached it from a feed and its own staff neither wrote nor edited it ("No Example Times journalist
# was involved in writing this story", "… has not been edited by Example Daily staff and is published from a syndicated
# feed"): the note names the carrier, whatever wire the lead credits; the site's coverage promoted with a possessive
# ("Check out more of Example's energy coverage by following this link"); a note that the story ran in its print
# edition ("A version of this article appears in print … in the Example Times", "이 기사는 … 가상일보 지면에 실렸습니다");
# its staff signing without "By" ("Example Times staff", "— Example Daily staff and wire reports"); a byline "for" the
# outlet ("By NAME for Example Times"). Traps: a company's staff or report, "our staff" (no name)
_NOTE_NAME = r"(?:[Tt]he[ \t]+)?(?P<{}>[A-Z][A-Za-z0-9&.'’-]*(?:[ \t]+[A-Z][A-Za-z0-9&.'’-]*){{0,3}}?)"
_FEED_NOTE_RE = re.compile(r"\bNo[ \t]+" + _NOTE_NAME.format("brand") + r"[ \t]+(?i:journalists?|reporters?|staff(?:ers)?|editors?)"
                           r"[ \t]+(?:(?:was|were|has[ \t]+been|have[ \t]+been)[ \t]+involved|edited|wrote|has[ \t]+edited)\b"
                           r"|\b(?:edited|reworked|written|modified)[ \t]+by[ \t]+" + _NOTE_NAME.format("brand2")
                           + r"[ \t]+(?i:staff|editors?|team|newsroom|desk)\b")
_FEED_NOTE_HINTS = (" involved", "edited", "reworked", " wrote", "written by", "modified by")  # one in every match
_COVERAGE_PROMO_RE = re.compile(r"^[ \t>*•·-]*(?:Check[ \t]+out|Read|See|Find|Get|For|Explore)[ \t]+(?:more|all)[ \t]+of[ \t]+"
                                + _NOTE_NAME.format("brand") + r"(?:'s|’s)[ \t]+(?:[\w-]+[ \t]+){0,5}?"
                                r"(?:coverage|reporting|journalism)\b[^\n.!?]{0,60}[.!]?[ \t]*$", re.M)
_COVERAGE_HINTS = ("more of", "all of")
_PRINT_NOTE_RE = re.compile(r"^[ \t※*]*(?:A[ \t]+version[ \t]+of[ \t]+this[ \t]+(?:article|story)[ \t]+(?:appears|appeared|ran)[ \t]+"
                            r"in[ \t]+print\b[^\n]{0,80}?[ \t]in[ \t]+" + _NOTE_NAME.format("brand")
                            + r"|This[ \t]+(?:article|story)[ \t]+(?:appeared|appears|ran)[ \t]+in[ \t]+(?:the[ \t]+)?[^\n]{0,30}?"
                            r"print[ \t]+edition[ \t]+of[ \t]+" + _NOTE_NAME.format("brand2") + r")[ \t]*[.,;]?[ \t]*$", re.M)
_KO_DATE_PART = r"(?:(?:\d{4}[ \t]*년[ \t]*)?\d{1,2}[ \t]*월[ \t]*\d{1,2}[ \t]*일[ \t]*자?[ \t]*)?"
_KO_PRINT_NOTE_RE = re.compile(r"^[ \t※*\[<(]*(?:이[ \t]+기사는[ \t]+)?" + _KO_DATE_PART
                               + r"(?P<brand>[가-힣A-Za-z][가-힣A-Za-z0-9]{1,14})[ \t]+" + _KO_DATE_PART
                               + r"(?:지면|[A-Z]?\d{1,2}[ \t]*면)(?:에)?[^\n]{0,20}$", re.M)
_PRINT_HINTS = ("in print", "print edition")
_KO_PRINT_HINTS = ("지면", "면에")
_STAFF_CREDIT_LINE_RE = re.compile(r"^[ \t]*(?:[—–-][ \t]*)?" + _NOTE_NAME.format("brand")
                                   + r"[ \t]+staff(?:[ \t]+(?:and|&)[ \t]+wire[ \t]+reports?|[ \t]+reports?)?[ \t.]*$", re.M)
_BYLINE_FOR_RE = re.compile(r"^[ \t]*(?:(?:By|BY)[ \t]+)?" + _EN_WRITER + r"[ \t]+for[ \t]+" + _NOTE_NAME.format("brand") + r"[ \t.]*$",
                            re.M)
SITE_NOTE_LINE_MAX = 260


@lru_cache(maxsize=64)
def site_notes(text: str) -> tuple[tuple[str, int, str], ...]:
    """(name as printed, position, kind) of each of the site's notes about itself (the forms above; cached): ``feed``
    and ``coverage`` and ``print`` in the page's lower half, ``staff`` and ``byline`` on short lines anywhere above
    the footer."""
    found: list[tuple[str, int, str]] = []
    lower = text.rfind("\n", 0, len(text) // 2) + 1
    if _KO_PAGE_MARK in text:  # a Korean page: its print note only (the other forms are English)
        for a, b in _lines_holding(text, _KO_PRINT_HINTS, lower, 4):
            m = _KO_PRINT_NOTE_RE.match(text, a, b) if b - a <= SITE_NOTE_LINE_MAX else None
            if m is not None:
                found.append((m.group("brand"), m.start(), "print"))
        return tuple(found)
    for kind, hints, rule in (("feed", _FEED_NOTE_HINTS, _FEED_NOTE_RE), ("coverage", _COVERAGE_HINTS, _COVERAGE_PROMO_RE),
                              ("print", _PRINT_HINTS, _PRINT_NOTE_RE)):
        if not any(text.find(h, lower) >= 0 for h in hints):
            continue  # (most pages hold none of a kind's words)
        for a, b in _lines_holding(text, hints, lower, 3):
            if b - a > SITE_NOTE_LINE_MAX:
                continue
            m = rule.search(text, a, b) if kind == "feed" else rule.match(text, a, b)
            if m is not None:
                name = next((m.group(g) for g in ("brand", "brand2") if g in m.re.groupindex and m.group(g)), None)
                if name:
                    found.append((name, m.start(), kind))
    head = text.find("\n", len(text) // 3)  # a byline "for" the outlet stands in the page's first third
    for a, b in _lines_holding(text, (" staff",), 0, 3) + _lines_holding(text[:head] if head > 0 else text, (" for ",), 0, 3):
        if b - a > 70 or text[a:b].rstrip()[-1:] in ".!?\"”":
            continue  # a sentence, no credit line
        m = _STAFF_CREDIT_LINE_RE.match(text, a, b) or _BYLINE_FOR_RE.match(text, a, b)
        if m is not None:
            found.append((m.group("brand"), m.start(), "staff" if m.re is _STAFF_CREDIT_LINE_RE else "byline"))
    found.sort(key=lambda f: f[1])
    return tuple((_POSSESSIVE_RE.sub("", name.strip()), pos, kind) for name, pos, kind in found)


def site_note_brand(text: str, kinds: tuple[str, ...] = ("feed", "coverage", "print", "staff", "byline")) -> str | None:
    """The name of an outlet the registry does not know as the site's notes print it (``site_notes``): a feed note's or
    a coverage promotion's name when it can be an outlet's, the others when built like a press name; a registered
    outlet or an agency is named by ``outlet_for_page``'s vote, never here."""
    for printed, _, kind in site_notes(text):
        if kind not in kinds:
            continue
        brand = normalise_brand(printed)
        if brand is None or not _name_like(brand) or _registered_or_agency(brand) or _portal_named(brand) \
                or _SITE_DOMAIN_RE.search(brand):
            continue
        if kind in ("feed", "coverage") or _press_shaped(brand):
            return brand
    return None


# The site's own address under the story (k2, session 17): alone on one of the page's last lines ("example.com"), or in
# a line sending the reader to it ("For more local news, visit ExampleTimes.com.", "더 많은 소식은 www.example.co.kr 에서
# 확인하세요", "가상일보 홈페이지 바로가기 www.example.co.kr"); an address in a story's sentence ("… posted at example.com, the
# company said", "…에서 볼 수 있다.") or of a public body is the trap
_DOMAIN_TOKEN_RE = re.compile(r"(?<![@\w.-])(?:https?://)?(?:www\.)?((?:[A-Za-z0-9-]+\.)+(?:com|net|co\.kr|kr|tv|news|ca|co\.uk|com\.au|in))"
                              r"(?![\w/@-])/?")
_VISIT_LINE_RE = re.compile(r"^[ \t>*•·▶▷☞※-]*(?:(?:For|To read)[ \t]+more[^\n,]{0,40},[ \t]*)?(?:[Vv]isit|[Rr]ead|[Ff]ind|[Gg]o[ \t]+to|[Cc]heck[ \t]+out|[Mm]ore)\b"
                            r"|홈페이지|확인하세요|방문하세요|바로가기", re.M)
_NOT_OWN_DOMAIN_RE = re.compile(r"\b(?:said|says|told|according|reported)\b|다\.|\.(?:go|ac|or)\.kr\b|\.(?:gov|edu|org)\b")
# a byline closed by the site's address instead of its name ("By Jane Roe, ExampleTimes.com", "Jane Roe | ExampleDaily.com")
_SIGNED_DOMAIN_RE = re.compile(r"^[ \t]*(?:(?:By|BY)[ \t]+" + _EN_WRITER + r"[ \t]*[,|]|" + _EN_WRITER + r"[ \t]*\|)[ \t]*"
                               r"(?:www\.)?(?P<host>(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})[ \t]*$", re.M)
_OWN_DOMAIN_HINT_RE = re.compile(r"\.(?:com|net|kr|tv|news|ca|uk|au|in)\b")  # the ends _DOMAIN_TOKEN_RE knows
OWN_DOMAIN_HINTS_MAX = 8
OWN_DOMAIN_LINE_MAX = 100
OWN_DOMAIN_LAST_LINES = 3


def own_domain(text: str) -> str | None:
    """The outlet key (a registered outlet's, else the host's registrable name) of the site's own address printed under
    the story in one of the forms above; None when there is none or more than one."""
    lower = text.rfind("\n", 0, len(text) // 2) + 1
    last: list[str] | None = None
    found: set[str] = set()
    seen: set[int] = set()
    for n, hint in enumerate(_OWN_DOMAIN_HINT_RE.finditer(text)):  # one scan: re jumps from one "." to the next
        if n >= OWN_DOMAIN_HINTS_MAX:
            break
        a = text.rfind("\n", 0, hint.start()) + 1
        if a in seen:
            continue
        seen.add(a)
        b = text.find("\n", hint.end())
        b = len(text) if b < 0 else b
        m = _SIGNED_DOMAIN_RE.match(text, a, b) if b - a <= 80 else None
        if m is not None or a < lower:  # above the lower half: only a byline closed by the address
            if m is not None:
                found.add(m.group("host").lower())
            continue
        line = text[a:b].strip()
        if not line or len(line) > OWN_DOMAIN_LINE_MAX or _NOT_OWN_DOMAIN_RE.search(line):
            continue
        hosts = [m.group(1).lower() for m in _DOMAIN_TOKEN_RE.finditer(line)]
        if len(hosts) != 1:
            continue
        alone = _DOMAIN_TOKEN_RE.fullmatch(line) is not None
        if alone and last is None:
            last = [ln.strip() for ln in text[lower:].splitlines() if ln.strip()][-OWN_DOMAIN_LAST_LINES:]
        if (alone and last is not None and line in last) or (not alone and _VISIT_LINE_RE.search(line)):
            found.add(hosts[0])
    return outlet_name_for_url(f"http://{found.pop()}") if len(found) == 1 else None


def site_name(text: str) -> str | None:
    """The name the site prints for itself outside the story, normalised: its legal footer's masthead title
    (``제호 : 가상일보``), else its browser title's suffix when press-shaped (``헤드라인 - 가상일보``; ``site_marks``);
    a portal's, an image library's or an address-like name is none."""
    marks = [(printed, True) for printed, _ in masthead_names(text)]
    marks += [(printed, False) for printed, _ in title_suffix_names(text)]
    for printed, labelled in marks:
        brand = normalise_brand(printed)
        if brand is not None and _name_like(brand) and not _SITE_DOMAIN_RE.search(brand) \
                and brand_key(brand) not in _IMAGE_BANK_KEYS and (labelled or _press_shaped(brand) and not _portal_named(brand)):
            return brand
    return None


# Portals and aggregators as a copy's title names them ("헤드라인 | 다음뉴스", "Headline - Yahoo News"): the portal's
# own service, never the story's outlet (knowledge of the portals, as PORTAL_BRANDS)
_TITLE_PORTALS = PORTAL_BRANDS | {"yahoo", "야후", "google", "구글"}


def _portal_named(name: str) -> bool:
    """A portal's news service by its name: the portal's brand as the first word, or with a kind word glued after it
    (``다음뉴스``, ``Daum 뉴스``, ``Yahoo News``)."""
    low = name.lower()
    first = low.split()[0] if low.split() else low
    return first in _TITLE_PORTALS or any(low.startswith(p) and low[len(p):].strip() in OUTLET_KIND_SUFFIXES
                                          for p in _TITLE_PORTALS)


# An edition abroad's masthead alone on its line: a registered daily's name, a place abroad, perhaps the kind of
# edition ("가상일보 애틀랜타", "가상일보 시카고 전자신문"); never a role after the place ("… 뉴욕 특파원" is a byline)
_EDITION_LINE_RE = re.compile(r"^[ \t]*(?P<brand>[A-Za-z가-힣][A-Za-z0-9가-힣]{1,15})[ \t]+(?P<place>"
                              + "|".join(sorted(ABROAD_EDITION_PLACES, key=len, reverse=True))
                              + r")(?:[ \t]*(?:전자신문|전자판|신문|판|온라인))?[ \t]*$", re.M)


def edition_masthead(text: str) -> str | None:
    """The name an edition abroad of a registered daily prints for itself (``가상일보 애틀랜타``), else None."""
    for m in _EDITION_LINE_RE.finditer(text):
        if m.group("brand").lower() in brand_map():
            return f"{m.group('brand')} {m.group('place')}"
    return None


def _press_shaped(name: str) -> bool:
    """A name built like a press outlet's: a Korean one ending on a press word (``가상일보``, ``가상경제``), an English
    one whose last word is one (``Example Valley News``). A title's suffix is often a section, a desk or a
    company; only a press-shaped one is taken for the site's name when the registry does not know it."""
    words = name.split()
    if all(w.lower() in EN_PRESS_WORDS for w in words) or not _without_kind_words(name.replace(" ", "")):
        return False  # a kind word alone ("경제", "Business", "뉴스"): a section's name, not an outlet's
    return name.endswith(_PRESS_SUFFIXES) or bool(words) and words[-1].lower() in EN_PRESS_WORDS


def _without_kind_words(name: str) -> str:
    """``name`` with the press words at its end taken off, one after another (``경제뉴스`` → ``""``)."""
    while True:
        cut = next((w for w in _PRESS_SUFFIXES if name.endswith(w)), None)
        if cut is None:
            return name
        name = name[:-len(cut)]


# A line of the article's head that is only a site's address, no path ("• example.tv" among the writer, the
# date and the reading time of a blog-style info bar): the site printing its own name where a writer's goes
_INFO_DOMAIN_RE = re.compile(r"^[•·▪∙-]?\s*(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})/?$", re.I)


# The site's name as an item of the info bar (k2, session 16): a press-shaped name alone on a head line (a bullet or a
# bar in front allowed: "• 가상일보", "· Example Times") right above or under the story's stamp — a line with a clock or
# a stamp's label ("• 승인 2026.03.06 10:20"), not a date bar's day alone — where a writer's name stands on other pages
_BAR_ITEM_STRIP = " \t•·▪∙‧-–|"
_BAR_NAME_RE = re.compile(r"^[A-Za-z가-힣][A-Za-z0-9가-힣&.' -]*$")
_STAMP_ITEM_RE = re.compile(r"\d{1,2}:\d{2}|입력|승인|등록|수정|게재|송고|(?i:published|updated|posted)")


def info_bar_brand(head: list[str]) -> str | None:
    """The press-shaped name printed alone as an item of the head's info bar, beside the stamp's line; None when there
    is none or more than one."""
    found: set[str] = set()
    for i, line in enumerate(head):
        if len(line) > 40:
            continue
        core = line.strip(_BAR_ITEM_STRIP)
        if not core or not core[:1].isalpha() or not _name_like(core) or not _press_shaped(core):
            continue
        words = core.split()
        if not all(w[:1].isupper() or not w[:1].isascii() for w in words) or not _BAR_NAME_RE.match(core) \
                or (len(words) > 2 and not core.isascii()):
            continue  # a caption ("… 전경 ⓒ매체"), a sentence: no name alone
        if words[0] in ("By", "BY", "by") or _registered_or_agency(core) and outlet_for_brand(core) is None:
            continue  # a byline ("By The Associated Press"), a wire or an arm of a registered outlet
        if any(0 <= j < len(head) and _STAMP_ITEM_RE.search(head[j]) for j in (i - 1, i + 1)):
            found.add(core)
    return found.pop() if len(found) == 1 else None


def info_bar_domain(head: list[str]) -> str | None:
    """The outlet key (a registered outlet's, else the host's registrable name) of a bare address printed
    among the head lines between the headline and the story; None when there is none or more than one."""
    found = {m[1].lower() for s in head if len(s) <= 60 and "." in s and (m := _INFO_DOMAIN_RE.match(s.strip()))}
    return outlet_name_for_url(f"http://{found.pop()}") if len(found) == 1 else None


def printed_brand(text: str, lead_brand: str | None = None) -> tuple[str, str] | None:
    """(brand, where it was printed) naming an outlet the registry does not know, else None.

    Asked only when no registered outlet and no publisher's domain was found. Two kinds of evidence:
    the story's own — the brand of its lead byline (``[지역=가상일보 이름 기자]``, ``[가상일보/이름 기자]``: the
    parser's byline grammar tells it from a place) or a portal's or reposting site's credit of the story's
    outlet (``기사제공 가상일보``, ``Source: Example News | date``, a digest's ``“가상일보” 기사 내용을 3줄로
    요약한 결과입니다``; a bare ``Source: X`` closing the page may be
    a chart's or a study's source, and counts only for a registered brand) — and the site's: its copyright
    footer (``footer_brand``). When both name an outlet and not the same one, or a registered agency's
    credit closes the story (``… 말했다. /뉴시스``) above the site's footer, the page is a copy of another
    outlet's story and does not settle whose page it is: None (``unknown``), never a guess. A photo
    credit, a brand quoted inside the story or a news agency cited by it is in none of these positions."""
    story = normalise_brand(lead_brand)
    where = "lead byline"
    if not _name_like(story):
        story = None
        credits = [m.group("brand") for m in _PROVIDER_LINE_RE.finditer(text)] if "제공" in text or "기사출처" in text else []
        if _source_label_hint(text):
            credits += [m.group("brand") for m in _SOURCE_CREDIT_RE.finditer(text)]
        if SUMMARY_MARK in text:  # a summary service's note: "… “매체” 기사 내용을 3줄로 요약한 결과입니다"
            credits += [m.group("brand") for m in SUMMARY_CREDIT_RE.finditer(text)]
        for printed in credits:
            brand = normalise_brand(printed)
            if _name_like(brand) and not _SITE_DOMAIN_RE.search(brand or ""):
                story, where = brand, "source credit"
                break
        if story is None:
            desk = desk_byline_brand(text)
            if desk is not None:
                story, where = desk, "desk byline"
        if story is None:
            signed = signed_brand(text)
            if signed is not None:
                story, where = signed, "signed byline"
    site, site_where = footer_brand(text) or site_name(text), "copyright line"
    if site is None:  # "Example Times is the valley's leading newspaper": the site describing itself
        site, site_where = self_description_brand(text), "own description"
    if site is None:  # "▶ 네이버에서 가상일보 구독하기", "가상일보 | 주소 | 전화", "![가상일보 로고](…)": the site's own marks
        site, site_where = own_mark_brand(text), "own mark"
    if site is None:  # "No Example Times journalist was involved …", "A version of this article appears in print …"
        site, site_where = site_note_brand(text), "own note"
    if site is not None and any(m.group("brand").lower() in brand_map() for m in _CLOSING_CREDIT_RE.finditer(text)):
        return None  # a reprinted agency story under the host's footer
    if story is not None and site is not None and not same_brand(story, site):
        if is_wire(story) and site_where in ("copyright line", "own note") and wire_carrier(text, story) == site:
            return site, site_where  # a wire's story under the site's own notice: the site carries it (k2, session 16)
        return None  # the story's outlet and the site's differ: a copy
    if story is not None:
        return story, where
    if site is not None:
        return site, site_where
    edition = edition_masthead(text)
    if edition is not None:
        return edition, "edition masthead"
    own = self_reference_brand(text)
    return (own, "own reporting") if own is not None else None


# The wires whose stories other sites carry under their own notice: the agencies' printed names
WIRE_NAMES = frozenset(FOREIGN_AGENCIES) | frozenset({
    "연합뉴스", "연합", "뉴시스", "뉴스1", "Yonhap", "Yonhap News Agency", "NEWSIS", "News1",
    "Associated Press", "The Associated Press", "Reuters", "Agence France-Presse",
})
_WIRE_KEYS = frozenset(k for k in (brand_key(n) for n in WIRE_NAMES) if k)


@lru_cache(maxsize=1)
def _wire_outlets() -> frozenset[str]:
    """The keys of the registered outlets that are news agencies (one of their brands in ``WIRE_NAMES``)."""
    return frozenset(o.name for o in OUTLETS if any(brand_key(b) in _WIRE_KEYS for b in o.brands))


def is_wire(outlet_or_name: Outlet | str | None) -> bool:
    """A news agency (a registered one by any of its brands, or a name of ``WIRE_NAMES``): whose story a site carries."""
    if outlet_or_name is None:
        return False
    if isinstance(outlet_or_name, str):
        return brand_key(outlet_or_name) in _WIRE_KEYS
    return outlet_or_name.name in _wire_outlets()


_NOTICE_MARKS = ("ⓒ", "©", "Copyright", "COPYRIGHT", "저작권자", "(c)", "(C)")


def _notice_without(text: str, names: tuple[str, ...]) -> bool:
    """Whether a line of the page's lower half holding a copyright mark (``_NOTICE_MARKS``) names none of ``names``:
    the cheap test before ``footer_brand`` on a wire's page, whose own notice names the wire."""
    lower = text.rfind("\n", 0, len(text) // 2) + 1
    return any(not any(name in text[a:b] for name in names) for a, b in _lines_holding(text, _NOTICE_MARKS, lower, 6))


def wire_carrier(text: str, wire: Outlet | str, language: str | None = None) -> Outlet | str | None:
    """The site carrying a wire's story: when the page's own copyright footer (``footer_brand``: a line opening on
    the mark and carrying the notice) names an outlet other than the wire its lead or byline credits, that outlet — a
    registered one, else the printed name when it can be an outlet's (``_name_like``); None when the footer is the
    wire's own or there is none. The wire is the story's source; the notice is the site speaking of itself."""
    names = (wire,) if isinstance(wire, str) else (wire.name, *wire.brands)
    for printed, _, kind in site_notes(text):  # the carrier's feed note: "No Example Times journalist was involved …"
        if kind != "feed" or any(same_brand(n, printed) for n in names):
            continue
        known = outlet_for_brand(printed, language)
        if known is not None:
            return None if is_wire(known) else known
        brand = normalise_brand(printed)
        if brand is not None and _name_like(brand) and not is_wire(brand) and not _portal_named(brand):
            return brand
    if not _notice_without(text, names):
        return None  # no notice, or only the wire's own
    site = footer_brand(text)
    if site is None or is_wire(site):
        return None
    if any(n.lower() in site.lower() or same_brand(n, site) for n in names):
        return None  # the wire's own notice ("공감언론 뉴시스통신사", "뉴스1. 허락 없는 …")
    inner = find_brand(site)  # a registered brand inside the printed name
    known = outlet_for_brand(site, language) or (outlet_for_brand(inner, language) if inner else None)
    if known is not None:
        return None if is_wire(known) else known
    return site if _name_like(site) and _press_shaped(site) else None


# The story reporting its own newsroom's work, the outlet as the one told or asking: "… told Garam Journal:
# “…”" (a statement given to it, a quote following) and "… did not respond to a request for comment from
# Garam Journal". Another outlet's interview is cited otherwise ("told Garam Journal that …", "told
# Garam Journal in an interview", "Garam Journal's request"), so the colon and the request are what mark the
# page's own. The name must be built like a press name (capitalised words ending on a press word, the
# last one of ``EN_PRESS_WORDS``): "told President Kim:" names a person, not an outlet.
_NAME_WORDS = r"(?:[Tt]he[ \t]+)?[A-Z][A-Za-z&'-]*(?:[ \t]+[A-Z][A-Za-z&'-]*){0,4}"
_SELF_REFERENCE_RE = re.compile(r"\btold\s+(?P<told>" + _NAME_WORDS + r")\s*:"
                                r"|\brequests?\s+for\s+comments?\s+from\s+(?P<asked>" + _NAME_WORDS + r")")
_SELF_REFERENCE_HINT = ("told", "comment")  # one of them in every _SELF_REFERENCE_RE match
# Any "told <Name>" of the page, colon or not: a registered outlet or an agency told anything ("… told Reuters
# it agreed") makes the page one quoting other outlets' work, whose told-names are no evidence of its own
_TOLD_ANY_RE = re.compile(r"\btold[ \t]+(?P<told>" + _NAME_WORDS + r")")


def _registered_or_agency(name: str) -> bool:
    """A registered outlet or a news agency, or an arm of one printed as its brand and more words
    ("Bloomberg TV", "Reuters Breakingviews"): quoted by others, never evidence of an unregistered page."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return any(outlet_for_brand(" ".join(words[:k])) is not None or " ".join(words[:k]) in FOREIGN_AGENCIES
               for k in range(1, len(words) + 1))


def self_reference_brand(text: str) -> str | None:
    """The press name an English story names as the one told a statement or asking for comment
    (``_SELF_REFERENCE_RE``), when it is one name, press-shaped and not a registered outlet or a news
    agency (those are quoted by others: a registered one names its own pages by other evidence); else None."""
    if not any(h in text for h in _SELF_REFERENCE_HINT):
        return None
    if "told" in text and any(_registered_or_agency(m.group("told")) for m in _TOLD_ANY_RE.finditer(text)):
        return None  # a registered outlet or an agency told: a page quoting other outlets' work
    names: dict[str, str] = {}
    for m in _SELF_REFERENCE_RE.finditer(text):
        name = " ".join((m.group("told") or m.group("asked")).split())
        words = name.split()
        core = " ".join(words[1:] if words[0].lower() == "the" else words)
        name = core if words[0] == "the" else name  # "told the Garam Journal:": the name without the article
        if _registered_or_agency(name):
            return None  # a registered outlet or an agency asking: a quote of another outlet's work
        if len(core.split()) >= 2 and core.split()[-1].lower() in EN_PRESS_WORDS:
            names.setdefault(brand_key(name), name)
    if len(names) != 1:
        return None
    (name,) = names.values()
    return name if _name_like(name) else None


# A brand after a slash closing a sentence ("… 말했다. /뉴시스", "… said. /Yonhap"): the news agency whose
# story a site reprints; with a registered agency there, the site's own copyright footer names the host, not
# the story's outlet, and labellers read such pages either way
_CLOSING_CREDIT_RE = re.compile(r"[.!?][\"”’']?[ \t]*/[ \t]?(?P<brand>[A-Za-z가-힣][A-Za-z0-9가-힣 ]{1,14}?)[ \t]*$", re.M)
