"""Newspim profile: one raw page dump → one ``Article``.

Layout of a dump, top to bottom (every part may be missing)::

    menu chrome, breadcrumb ("경제 경제일반"), 속보/더보기
    title
    기사입력 : …        최종수정 : …      (mobile: 기사등록 : …, then a "본문내용" marker)
    font-size widget, translate widget
    deck lines
    [AI 요약 + "• " lines]
    [세종=뉴스핌] 김가온 기자 = first paragraph
    paragraphs, photo captions "… [사진=X] YYYY.MM.DD e-mail"
    reporter e-mail line(s), or the older "[뉴스핌 Newspim] 이름 기자 (e-mail)" sign-off
    [뉴스핌 베스트 기사]  ("사진" + teaser line) × n
    기사 번역 …, AI stock widget (긍정/부정 영향 종목), disclaimer, footer

The parser walks the lines once per region, uses precompiled patterns and
never raises: junk yields an Article with warnings.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from . import chrome
from .article import Article, PhotoCaption, RelatedTeaser, StockImpact, date_page_dump
from .bylines import Byline, parse_byline, parse_signature, split_reporters
from .common import image_alt, normalize_page_text, parse_guarded, photo_page_story
from .dates import parse_caption_date, parse_timestamp
from .language import detect_language
from .sections import SECTIONS_KO

PARSER_VERSION = "0.2.0"
PARSER = f"chainwire-newspim@{PARSER_VERSION}"
OUTLET = "newspim"

# ---------------------------------------------------------------- rules as data

# Newspim top-level sections; the breadcrumb line starts with one of them.
KNOWN_SECTIONS = frozenset({
    "정치", "경제", "사회", "산업", "증권", "금융", "부동산", "글로벌", "국제", "문화", "연예",
    "스포츠", "오피니언", "전국", "지역", "중국", "북한", "피플", "바이오", "헬스", "IT", "생활",
    "건설", "자동차", "에너지", "기업", "테크", "라이프", "전국/지역", "IT/과학", "GAM", "마켓",
})

# The 11 GICS sectors, matched at the end of a "• Company Sector" line.
GICS_SECTORS = (
    "Information Technology", "Health Care", "Financials", "Consumer Discretionary",
    "Consumer Staples", "Communication Services", "Industrials", "Energy", "Materials",
    "Real Estate", "Utilities",
)

# Credit kinds that make a paragraph a photo caption: "[사진=산업통상자원부]".
CAPTION_CREDIT_KINDS = ("사진",)


# ---------------------------------------------------------------- patterns

_EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
_EMAIL_RE = re.compile(_EMAIL)
_EMAIL_LINE_RE = re.compile(rf"^{_EMAIL}(?:[\s,;/]+{_EMAIL})*$")
_INPUT_RE = re.compile(r"^(?:기사\s*(?:입력|등록)\s*[:：]?|(?:입력|등록)\s*[:：]|입력(?=\s*\d{4}))\s*(?P<v>.*)$")
_UPDATE_RE = re.compile(r"^(?:최종\s*수정\s*[:：]?|수정\s*[:：]|수정(?=\s*\d{4}))\s*(?P<v>.*)$")
_INLINE_UPDATE_RE = re.compile(r"\s*(?:\|\s*)?(?:최종\s*수정|수정)\s*[:：]?\s*")
# Matched on the tail that starts at the line's last "[": "[사진=X] YYYY.MM.DD e-mail".
_CAPTION_CREDIT_RE = re.compile(
    r"\[\s*(?:" + "|".join(map(re.escape, CAPTION_CREDIT_KINDS)) + r")\s*=\s*(?P<credit>[^\]\[]*?)\s*\]"
    rf"\s*(?:(?P<date>\d{{4}}\.\d{{1,2}}\.\d{{1,2}})\.?)?\s*(?P<emails>{_EMAIL}(?:[\s,]+{_EMAIL})*)?[\s,]*$"
)
# Newspim photo-desk captions carry no credit bracket but end "YYYY.MM.DD e-mail".
_CAPTION_TAIL_RE = re.compile(
    rf"\s(?P<date>\d{{4}}\.\d{{2}}\.\d{{2}})\.?\s+(?P<emails>{_EMAIL}(?:[\s,]+{_EMAIL})*)$"
)
_TEASER_RE = re.compile(
    r"^(?P<title>.*?)\s*\[\s*(?P<dl>[^\]\[=]{1,24}?)\s*=\s*뉴스핌\s*\]\s*(?P<who>[^=]{0,60}?)\s*=\s*(?P<text>.*)$"
)
_TEASER_DT_RE = re.compile(r"(?<!\d)(?P<dt>\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*$")
_EMAIL_FULL_RE = re.compile(_EMAIL)
_SIGNOFF_RE = re.compile(r"\[\s*뉴스핌\s*Newspim\s*\]")
_STOCK_RE = re.compile(r"^(?P<company>.+?)\s+(?P<sector>" + "|".join(map(re.escape, GICS_SECTORS)) + r")$")
_BREADCRUMB_SPLIT_RE = re.compile(r"\s*[>›»/|]\s*")
_PLAIN_WORDS_RE = re.compile(r"^[가-힣A-Za-z&/]+(?:\s+[가-힣A-Za-z&/]+){0,3}$")


def parse_page_dump(text: str | bytes, source_path: str, landing_date: date | None = None) -> Article:
    """Parse a Newspim page dump into an ``Article``; never raises on junk text."""
    return parse_guarded(text, source_path, PARSER, lambda t, art: _parse(t, art, landing_date))


# ---------------------------------------------------------------- pieces


# A deck line: 6-100 characters, not ending like a sentence of the story ("…했다.").
_HEADLINE_LIKE_RE = re.compile(r"^(?!.*(?:다|니다|요)\.\s*$).{6,100}$")
# A time printed bare where 기사입력 stands ("2023.09.27 09:34"), and what a copy may put between it and the
# headline: up to three short lines (a poster's name, view and comment counters, a widget's label)
_BARE_STAMP_LINE_RE = re.compile(r"^\d{4}[.\-/]\s?\d{1,2}[.\-/]\s?\d{1,2}\.?\s+\d{1,2}:\d{2}(?::\d{2})?$")
_STAMP_GAP_LINES, _STAMP_GAP_CHARS = 4, 12


def match_caption(line: str) -> PhotoCaption | None:
    """A photo caption paragraph → PhotoCaption, else None. Linear time."""
    k = line.rfind("[")
    m = _CAPTION_CREDIT_RE.match(line, k) if k >= 0 else None
    if m:
        text, credit = line[:k], m["credit"] or None
    else:
        if "@" not in line:
            return None
        m = _CAPTION_TAIL_RE.search(line)
        if not m or not line[: m.start()].strip():
            return None
        text, credit = line[: m.start()], None
    d = parse_caption_date(m["date"]) if m["date"] else None
    emails = _EMAIL_RE.findall(m["emails"] or "")
    text = text.strip()
    if text[:1] in "[(（【":
        # a photo-desk caption with its own byline: the photographer is the credit, not a reporter
        b = parse_byline(text)
        if b is not None and b.rest:
            text = b.rest
            credit = credit or ("·".join(b.reporters) if b.reporters else None)
    return PhotoCaption(
        text=text,
        credit=credit,
        date=d.isoformat() if d else None,
        email=emails[0] if emails else None,
    )


def strip_teaser_tail(body: str) -> tuple[str, datetime | None]:
    """Drop the trailing ``e-mail… YYYY-MM-DD HH:MM`` of a teaser → (text, published_at)."""
    published = None
    m = _TEASER_DT_RE.search(body)
    if m:
        published = parse_timestamp(m["dt"])
        body = body[: m.start()]
    while True:
        parts = body.rstrip().rsplit(None, 1)
        if parts and _EMAIL_FULL_RE.fullmatch(parts[-1]):
            body = parts[0] if len(parts) == 2 else ""
        else:
            return body.strip(), published


def parse_teaser(line: str) -> RelatedTeaser | None:
    """``title [도시=뉴스핌] 이름 기자 = text … email YYYY-MM-DD HH:MM``."""
    m = _TEASER_RE.match(line)
    if not m:
        return None
    text, published = strip_teaser_tail(m["text"])
    parsed = split_reporters(m["who"])
    reporters = parsed[0] if parsed else ([m["who"].strip()] if m["who"].strip() else [])
    return RelatedTeaser(
        title=m["title"].strip(),
        text=text,
        dateline=m["dl"].strip() or None,
        reporters=reporters,
        published_at=published,
    )


def parse_stock_line(bullet: str, direction: str) -> StockImpact:
    m = _STOCK_RE.match(bullet)
    if m:
        return StockImpact(company=m["company"].strip(), sector=m["sector"], direction=direction)
    return StockImpact(company=bullet.strip(), sector=None, direction=direction)


def split_breadcrumb(line: str) -> tuple[str, str | None]:
    parts = [p for p in _BREADCRUMB_SPLIT_RE.split(line) if p] if _BREADCRUMB_SPLIT_RE.search(line) else []
    if len(parts) < 2:
        parts = line.split(None, 1)
    return parts[0], (" ".join(parts[1:]).strip() or None) if len(parts) > 1 else None


def _find_breadcrumb(candidates: list[str]) -> str | None:
    for c in candidates:
        first = c.split(None, 1)[0] if c.strip() else ""
        first = _BREADCRUMB_SPLIT_RE.split(first)[0]
        if first in KNOWN_SECTIONS and len(c) <= 40 and len(c.split()) <= 4:
            return c
    for c in reversed(candidates):
        if len(c) <= 30 and _PLAIN_WORDS_RE.match(c):
            return c
    return None


# ---------------------------------------------------------------- the walk


def _parse(text: str, art: Article, landing_date: date | None) -> None:
    warn = art.warnings.append
    text = normalize_page_text(text, warn)
    if not text.strip():
        warn("empty page")
        _finish(art, text, None, landing_date, [])
        return

    raw = text.split("\n")
    lines = [r.strip() for r in raw]
    n = len(lines)

    # -- 1. head: title right before 기사입력, breadcrumb above it
    inp = None
    for i, s in enumerate(lines):
        if s[:2] in ("기사", "입력", "등록") and _INPUT_RE.match(s):
            inp = i
            break

    published_field = updated_field = None
    pos = 0
    if inp is not None:
        header = [s for s in lines[:inp] if s and not chrome.is_chrome(s)]
        if header:
            art.title = header[-1]
            crumb = _find_breadcrumb(header[:-1])
            if crumb:
                art.section, art.subsection = split_breadcrumb(crumb)
        head_field = _INPUT_RE.match(lines[inp])  # inp is the line it matched
        value = head_field["v"] if head_field else None
        inline_upd = None
        if value:
            parts = _INLINE_UPDATE_RE.split(value, maxsplit=1)
            if len(parts) == 2:
                value, inline_upd = parts
        pos = inp + 1
        if not value:
            nxt = _next_nonblank(lines, pos)
            if nxt is not None and len(lines[nxt]) < 40 and not _UPDATE_RE.match(lines[nxt]) and parse_timestamp(lines[nxt]):
                value, pos = lines[nxt], nxt + 1
        published_field = parse_timestamp(value) if value else None
        if value and published_field is None:
            warn(f"unparsed 기사입력 value: {value[:40]!r}")
        if inline_upd is not None:
            updated_field = parse_timestamp(inline_upd)
        nxt = _next_nonblank(lines, pos)
        if (nxt is not None and nxt - pos <= 3 and lines[nxt][:2] in ("최종", "수정")
                and (upd := _UPDATE_RE.match(lines[nxt]))):
            uval = upd["v"]
            pos = nxt + 1
            if not uval:
                nxt2 = _next_nonblank(lines, pos)
                if nxt2 is not None and len(lines[nxt2]) < 40 and parse_timestamp(lines[nxt2]):
                    uval, pos = lines[nxt2], nxt2 + 1
            if uval:
                updated_field = parse_timestamp(uval)
                if updated_field is None:
                    warn(f"unparsed 최종수정 value: {uval[:40]!r}")
        if not art.title:
            warn("no title")
    else:
        warn("no title: no 기사입력 line")

    # -- 2. pre-body: deck lines, AI summary, until the byline paragraph
    mg = art.machine_generated
    captions: list[PhotoCaption] = []
    byline: Byline | None = None
    byline_idx = -1  # the byline's line (-1: none)
    deck: list[tuple[int, str]] = []
    i = pos
    end = n
    while i < n:
        s = lines[i]
        if not s or chrome.is_chrome(s):
            if s and chrome.is_end_marker(s):
                end = i
                break
            i += 1
            continue
        if chrome.is_end_marker(s):
            end = i
            break
        if s in chrome.AI_SUMMARY_HEADS:
            mg["ai_summary"] = True
            i += 1
            while i < n and (not lines[i] or chrome.bullet_text(lines[i]) is not None):
                i += 1
            continue
        if s[0] in "[(（【":
            b = parse_byline(s)
            if b is not None and match_caption(s) is None:
                byline, byline_idx = b, i
                break
        if chrome.is_ai_translation_notice(s):
            mg["ai_translation"] = True
            i += 1
            continue
        if s[:2] == "![" and (alt := image_alt(s)) is not None:
            if alt:  # an image above the story: a caption, never a deck line
                captions.append(match_caption(alt) or PhotoCaption(text=alt))
            i += 1
            continue
        deck.append((i, s))
        i += 1

    if byline is not None:
        if inp is not None:
            art.subtitle_lines = [s for _, s in deck if match_caption(s) is None and not _EMAIL_LINE_RE.match(s)]
        else:
            # A capture cut above the headline starts with the deck: short headline-like lines, no
            # sentences, right before the byline.
            lines_before = [s for _, s in deck if match_caption(s) is None and not _EMAIL_LINE_RE.match(s)]
            first_line = _next_nonblank(lines, 0)
            stamp_at = next((j for j, (_, s) in enumerate(deck) if _BARE_STAMP_LINE_RE.match(s)), None)
            head_at = -1 if stamp_at is None else stamp_at - 1
            while 0 <= head_at and stamp_at is not None and stamp_at - head_at <= _STAMP_GAP_LINES \
                    and len(deck[head_at][1]) <= _STAMP_GAP_CHARS:
                head_at -= 1
            if (head_at >= 0 and stamp_at is not None and len(deck[head_at][1]) > _STAMP_GAP_CHARS
                    and _HEADLINE_LIKE_RE.match(deck[head_at][1]) and not _EMAIL_LINE_RE.match(deck[head_at][1])
                    and (stamped := parse_timestamp(deck[stamp_at][1])) is not None):
                # a copy that prints the time bare in 기사입력's place (headline / poster, counters / time / lead):
                # the headline is the line above the short ones over the time, the time its publish time
                art.title, published_field = deck[head_at][1], stamped
                art.warnings[art.warnings.index("no title: no 기사입력 line")] = "no 기사입력 line: a bare time above the lead"
            elif (0 < len(lines_before) <= 4 and deck[0][0] == first_line
                    and all(_HEADLINE_LIKE_RE.match(s) and not set(s.split()) <= SECTIONS_KO for s in lines_before)):
                art.subtitle_lines = lines_before  # a page with its breadcrumb kept its headline: not cut
        captions.extend(c for _, s in deck if (c := match_caption(s)) is not None)
        body_start = byline_idx
    else:
        warn("no byline")
        if inp is None and _photo_page(art, deck, captions):
            _finish(art, text, None, landing_date, captions, published_field, updated_field)
            return
        if inp is None:
            # neither head nor byline: nothing here reads as an article
            warn("no article structure")
            _finish(art, text, None, landing_date, captions, published_field, updated_field)
            return
        # deck = the first block of short lines, when more text follows it
        k = 0
        if deck:
            first_block_end = 0
            while first_block_end + 1 < len(deck) and deck[first_block_end + 1][0] == deck[first_block_end][0] + 1:
                first_block_end += 1
            block = deck[: first_block_end + 1]
            if len(deck) > len(block) and all(len(s) <= 100 for _, s in block):
                art.subtitle_lines = [s for _, s in block]
                k = len(block)
        body_start = deck[k][0] if k < len(deck) else end

    # -- 3. body: up to the first end marker
    paragraphs = art.paragraphs
    emails: list[str] = []
    signoffs: list[Byline] = []
    j = body_start
    while j < end:
        s = lines[j]
        if not s:
            j += 1
            continue
        if chrome.is_end_marker(s):
            end = j
            break
        j += 1
        if chrome.is_chrome(s):
            continue
        if byline is not None and j - 1 == byline_idx:
            s = byline.rest
            if not s:
                continue
        if "@" in s and _EMAIL_LINE_RE.match(s):
            emails.extend(e for e in _EMAIL_RE.findall(s) if e not in emails)
            continue
        if "Newspim" in s:
            so = _SIGNOFF_RE.search(s)
            if so is not None:
                sig = parse_signature(s[so.start():])
                if sig is not None and (sig.reporters or sig.emails):
                    signoffs.append(sig)
                    s = s[: so.start()].rstrip()
                    if not s:
                        continue
        if s[:2] == "![" and (alt := image_alt(s)) is not None:
            if alt:  # an image: its alt text is its caption ("설명 [사진=X]"), never story text
                captions.append(match_caption(alt) or PhotoCaption(text=alt))
            continue
        cap = match_caption(s)
        if cap is None and byline is not None and s[:1] in "[(（【":
            cap = _desk_caption(s)
        if cap is not None:
            captions.append(cap)
            continue
        if chrome.is_ai_translation_notice(s):
            mg["ai_translation"] = True
            continue
        if s in chrome.AI_SUMMARY_HEADS:
            mg["ai_summary"] = True
            while j < end and (not lines[j] or chrome.bullet_text(lines[j]) is not None):
                j += 1
            continue
        paragraphs.append(s)

    if byline is not None:
        art.dateline = byline.dateline
        art.reporters = list(byline.reporters)
        art.reporter_roles = list(byline.roles)
    for sig in signoffs:  # "[뉴스핌 Newspim] 이름 기자 (e-mail)" at the end of older stories
        if not art.reporters and sig.reporters:
            art.reporters, art.reporter_roles = list(sig.reporters), list(sig.roles)
        emails.extend(e for e in sig.emails if e not in emails)
    art.reporter_emails = emails
    art.photo_captions = captions

    # -- 4. tail: teaser block, AI stock widget
    state = None
    cur: StockImpact | None = None
    for k in range(end, n):
        s = lines[k]
        if not s:
            continue
        if s == chrome.TEASER_BLOCK:
            state = "teaser"
            continue
        if s in chrome.STOCK_WIDGET_LINES:
            mg["ai_stock_analysis"] = True
            cur = None
            state = {"긍정 영향 종목": "positive", "부정 영향 종목": "negative"}.get(s)
            continue
        if state == "teaser":
            if s == "사진":
                continue
            t = parse_teaser(s)
            if t is not None:
                art.related_teasers.append(t)
            elif chrome.is_chrome(s) or chrome.is_end_marker(s):
                state = None
            continue
        if state in ("positive", "negative"):
            bullet = chrome.bullet_text(s)
            if bullet is not None:
                cur = parse_stock_line(bullet, state)
                art.stock_impacts.append(cur)
                continue
            if cur is not None and not chrome.is_chrome(s) and (raw[k][:1].isspace() or not cur.reason):
                cur.reason = f"{cur.reason} {s}".strip() if cur.reason else s
                continue
            state = None
            cur = None
            continue

    _finish(art, text, byline, landing_date, captions, published_field, updated_field)


def _desk_caption(line: str) -> PhotoCaption | None:
    """A second dateline byline inside a story ("[서울=뉴스핌] 이름 기자 = 설명…") opens a photo-desk caption,
    also when the capture cut it before its date and e-mail: the story has one byline, at its top."""
    b = parse_byline(line)
    if b is None or not b.rest or not b.dateline:
        return None
    return PhotoCaption(text=b.rest, credit="·".join(b.reporters) if b.reporters else None)


def _photo_page(art: Article, lines: list[tuple[int, str]], captions: list[PhotoCaption]) -> bool:
    """A photo page: no head, no story byline, every line a photo-desk caption ("[서울=뉴스핌] 이름 기자 =
    설명 YYYY.MM.DD e-mail"). The captions are the story (the photographer is their credit, not a
    reporter); the dateline is the caption byline's."""
    found = [(s, match_caption(s)) for _, s in lines]
    caps = [c for _, c in found if c is not None]
    if not caps or len(caps) < len(found):
        return False
    first = parse_byline(found[0][0]) if found[0][0][:1] in "[(（【" else None
    story = photo_page_story(caps)
    if first is None or not story:
        return False
    art.paragraphs.extend(story)
    captions.extend(caps)
    art.photo_captions = captions
    art.dateline = first.dateline
    art.warnings.append("photo page: the story is its photo captions")
    return True


def _next_nonblank(lines: list[str], start: int) -> int | None:
    for k in range(start, min(len(lines), start + 6)):
        if lines[k]:
            return k
    return None


def _finish(art, text, byline, landing_date, captions, published_field=None, updated_field=None) -> None:
    warn = art.warnings.append
    # outlet
    if (byline is not None and byline.outlet == OUTLET) or "newspim.com" in text or chrome.TEASER_BLOCK in text \
            or "=뉴스핌]" in text or "= 뉴스핌]" in text or "뉴스핌=" in text:
        art.outlet = OUTLET
    else:
        warn("outlet not recognized")
    if art.title and art.section is None:
        warn("no breadcrumb section")

    art.updated_at = updated_field
    date_page_dump(art, published_field, captions=captions, lead_paragraphs=art.paragraphs,
                   landing_date=landing_date, stamp_name="기사입력", blank_note="기사입력 blank")

    if not art.paragraphs and (art.title or byline is not None):
        warn("no body paragraphs")
    sample = " ".join([art.title or "", *art.subtitle_lines, *art.paragraphs[:6]])
    art.language = detect_language(sample)
