"""Page chrome: the lines of a Newspim page dump that are not the article.

Rules are data: exact lines, bullet-widget words, prefixes and a few
patterns. ``is_chrome`` tests one stripped line; ``END_MARKERS`` are chrome
lines that only ever come after the article body, so the body stops there.
Short words (속보, 더보기, 사진) match whole lines only, so a title such as
``[속보] …`` is never taken for chrome.
"""

from __future__ import annotations

import re

# Whole lines (after strip) that are navigation, widgets or ads.
EXACT_LINES: frozenset[str] = frozenset({
    # top navigation
    "전체기사 최신뉴스 GAM", "전체기사", "최신뉴스", "GAM", "KYD 디데이",
    "속보", "더보기", "로그인", "회원가입", "검색", "메뉴", "닫기", "홈",
    "많이 본 뉴스", "주요뉴스", "최신기사", "관련기사", "인기기사",
    # font-size and translate widgets
    "※ 본문 글자 크기 조정", "본문 글자 크기 조정", "※ 번역할 언어 선택", "번역할 언어 선택",
    "기사 번역", "결과물 출력을 준비하고 있어요.",
    # teaser block pieces
    "[뉴스핌 베스트 기사]", "사진",
    # AI stock widget
    "종목 추적기", "S&P 500 기업 중 기사 내용이 영향을 줄 종목 추적",
    "긍정 영향 종목", "부정 영향 종목",
    # footer
    "안다쇼핑", "Top으로 이동", "TOP", "맨위로",
    # mobile / member captures
    "본문내용", "본문 내용", "PC버전", "전체메뉴", "앱 다운로드", "뉴스핌 모바일", "NEWSPIM",
})

# Bullet items ("• 크게") of the font-size and translate widgets.
BULLET_WORDS: frozenset[str] = frozenset({
    "더 작게", "작게", "보통", "크게", "더 크게",
    "한국어", "English", "日本語", "中文", "中文(简体)", "中文(繁體)", "简体中文", "繁體中文",
    "Español", "Français", "Deutsch", "Tiếng Việt", "ภาษาไทย", "Bahasa Indonesia", "Русский",
})

# Long, distinctive boilerplate lines, matched by their start.
PREFIXES: tuple[str, ...] = (
    "이 내용에 포함된 데이터와 의견은 뉴스핌 AI가 분석한 결과입니다",
    "S&P 500 기업 중 기사 내용이",
    "결과물 출력을 준비하고",
    "Copyright ⓒ", "Copyright ©", "Copyright(c)", "ⓒ 뉴스핌", "© 뉴스핌",
)

PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^[<\[(]?\s*저작권자.{0,60}(?:뉴스핌|무단|전재)"),
    re.compile(r"무단\s*전재.{0,10}재배포\s*금지[>\])]?$"),
)

# Chrome that only appears after the body: the body ends at the first one.
END_MARKERS: frozenset[str] = frozenset({
    "[뉴스핌 베스트 기사]", "기사 번역", "종목 추적기", "S&P 500 기업 중 기사 내용이 영향을 줄 종목 추적",
    "긍정 영향 종목", "부정 영향 종목", "안다쇼핑", "Top으로 이동", "관련기사", "많이 본 뉴스",
})
END_PREFIXES: tuple[str, ...] = (
    "이 내용에 포함된 데이터와 의견은 뉴스핌 AI가 분석한 결과입니다",
)

TEASER_BLOCK = "[뉴스핌 베스트 기사]"
STOCK_POSITIVE = "긍정 영향 종목"
STOCK_NEGATIVE = "부정 영향 종목"
STOCK_WIDGET_LINES: frozenset[str] = frozenset({
    "종목 추적기", "S&P 500 기업 중 기사 내용이 영향을 줄 종목 추적", STOCK_POSITIVE, STOCK_NEGATIVE,
})

# "AI 요약" box under the deck; its items start with "•".
AI_SUMMARY_HEADS: frozenset[str] = frozenset({"AI 요약", "AI요약", "※ AI 요약", "[AI 요약]"})

# A notice that the article was machine-translated ("※ 이 기사는 AI 번역…"):
# a short line naming AI and 번역 that reads as a notice, not a sentence.
AI_TRANSLATION_MARKS = ("※", "*", "[", "(", "<", "▶", "■")
AI_TRANSLATION_LEADS = ("AI 번역", "AI번역", "인공지능 번역", "이 기사는", "본 기사는", "해당 기사는")
_AI_RE = re.compile(r"AI|인공지능")
AI_SUMMARY_LEADS = AI_TRANSLATION_LEADS + ("AI", "인공지능")
AI_SUMMARY_NOTICE_MAX = 120


def bullet_text(line: str) -> str | None:
    """``"  • 크게"`` → ``"크게"``; None if the line is not a bullet."""
    s = line.lstrip()
    if s[:1] and s[0] in "•◦▪∙‧":
        return s[1:].strip()
    return None


def is_chrome(line: str) -> bool:
    """True for a (stripped) line that is page furniture, not article text."""
    if line in EXACT_LINES:
        return True
    if not line:
        return False
    b = bullet_text(line)
    if b is not None and b in BULLET_WORDS:
        return True
    if line.startswith(PREFIXES):
        return True
    return any(p.search(line) for p in PATTERNS) if len(line) < 200 else False


def is_end_marker(line: str) -> bool:
    return line in END_MARKERS or line.startswith(END_PREFIXES)


def _ai_notice(line: str, word: str, limit: int, leads: tuple[str, ...]) -> bool:
    """A short line naming AI and ``word`` that reads as a notice: it opens on a mark or on one of ``leads``."""
    if len(line) >= limit or word not in line or not _AI_RE.search(line):
        return False
    return line.startswith(AI_TRANSLATION_MARKS) or line.startswith(leads)


def is_ai_translation_notice(line: str) -> bool:
    return _ai_notice(line, "번역", 200, AI_TRANSLATION_LEADS)


def is_ai_summary_notice(line: str) -> bool:
    """A notice that a machine summary follows ("AI로 자동 요약된 내용입니다. 자세한 내용은 본문을…"): like "AI 요약"."""
    return _ai_notice(line, "요약", AI_SUMMARY_NOTICE_MAX, AI_SUMMARY_LEADS)

# Lines that close the story on any outlet's page: what follows is another story's teaser, a list or
# the site's footer (the generic parser's body stops at one; outlets.story_end reads brands before it).
COMMON_END_LINES = frozenset({
    "(끝)", "(END)", "<끝>", "[끝]", "관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "많이 본 뉴스", "많이 본 기사",
    "많이본뉴스", "인기기사", "인기 기사", "주요뉴스", "주요 뉴스", "이 시각 주요뉴스", "이 기사와 관련된 기사",
    "다른 기사 보기", "Related Articles", "Related articles", "Related News", "Most Popular",
    "Most popular", "Most Viewed", "Most viewed", "Most Read", "Latest News", "More from this section", "Editor's Picks",
    "Top Stories", "Trending", "관련태그", "이 시각 인기기사", "Related Article", "Editor's Pick", "Editor’s Pick",
    "꼭 봐야할 주요뉴스",
    # other stories' lists and the comment box under an English story (headings no story's paragraph is)
    "Other News", "More News", "More Stories", "You May Also Like", "You may also like", "Read Next",
    "Have your say", "Join the conversation",
    # a blog's share and like widgets under the post ("Share this:", "Like this:")
    "Share this", "Share this:", "Like this", "Like this:",
})
