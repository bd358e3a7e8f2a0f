"""Korean-language layouts: Yonhap-, Newsis- and small-outlet style, and the helpers every
Korean layout shares (Newspim's in :mod:`.newspim`, the families in :mod:`.families`).

Every layout takes the words of a story from :func:`chainwire_synth.story.compose` (the
same content model and date rules for every outlet) written by the outlet's own staff, and
prints them the way that outlet's pages do. The truth is what a correct parser reads off
the page: a field that is not printed is None / empty.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from typing import Any, overload

from chainwire.extract.article import Article, PhotoCaption
from chainwire_synth.story import Content, PageSpec, caption_day, compose, make_spec

from .people import Env

WEEKDAYS_KO = "월화수목금토일"
NO_RESALE = "재판매 및 DB 금지"


def _mg() -> dict[str, bool]:
    return {"ai_summary": False, "ai_translation": False, "ai_stock_analysis": False}


def outlet_story(env: Env, outlet: str, prefix: str, landing: date, index: int, mode: str, rng: random.Random,
                 avoid: frozenset[str], n_deck: int | None = None) -> tuple[PageSpec, Content]:
    """A story by ``outlet``'s staff for a page without teasers, stock widget or AI summary."""
    spec = make_spec(env.casts[outlet], landing, index, mode, rng, prefix=prefix)
    spec.avoid = avoid
    spec.n_teasers, spec.widget, spec.ai_summary = 0, False, False
    if n_deck is not None:
        spec.n_deck = n_deck
    return spec, compose(spec, rng)


def byline_names(spec: PageSpec, sep: str = "·") -> tuple[list[str], list[str], str]:
    """(names, roles, "이름·이름 기자"): several reporters share the plain role."""
    names = [r.name for r in spec.reporters]
    role = spec.reporters[0].role if len(names) == 1 else "기자"
    return names, [role] * len(names), f"{sep.join(names)} {role}"


@overload
def with_seconds(dt: datetime, rng: random.Random) -> datetime: ...
@overload
def with_seconds(dt: None, rng: random.Random) -> None: ...
@overload
def with_seconds(dt: datetime | None, rng: random.Random) -> datetime | None: ...
def with_seconds(dt: datetime | None, rng: random.Random) -> datetime | None:
    """The time with random seconds, as pages that print seconds show it."""
    return dt.replace(second=rng.randint(0, 59)) if dt is not None else None


def truth_article(spec: PageSpec, c: Content, outlet: str, **fields) -> Article:
    """The ground truth of a page made from ``c``; ``fields`` are what the layout prints otherwise."""
    base: dict[str, Any] = dict(
        source_path=spec.source_path, title=c.title, title_source="page" if c.title else None, outlet=outlet, url=None, outlet_article_id=None,
        section=spec.section, subsection=spec.subsection, subtitle_lines=list(c.decks),
        published_at=c.published_at, updated_at=c.updated_at, published_at_source=c.source,
        published_at_confidence=c.confidence, dateline=spec.dateline, reporters=[r.name for r in spec.reporters],
        reporter_roles=[], reporter_emails=[r.email for r in spec.reporters], paragraphs=list(c.paragraphs),
        photo_captions=[], related_teasers=[], stock_impacts=[], machine_generated=_mg(), language="ko",
        warnings=[], parser=None,
    )
    base.update(fields)
    return Article(**base)


def assemble_body(blocks_before: list[str], byline: str, paragraphs: list[str],
                  captions: list[tuple[int, str]], top: list[str]) -> list[str]:
    """Top captions, the byline glued to the first paragraph, captions after paragraph ``pos``."""
    lines = list(blocks_before)
    for t in top:
        lines += [t, ""]
    for i, para in enumerate(paragraphs):
        lines += [byline + para if i == 0 else para, ""]
        lines += [x for pos, line in captions if pos == i + 1 for x in (line, "")]
    return lines


# ------------------------------------------------------------------ Yonhap-style wire

DECOY_HEADLINES = ("환율, 장 초반 강보합…수출주 혼조", "주간 날씨 전망…전국 대체로 맑아", "내주 주요 경제지표 발표 일정",
                   "여야, 예산안 심사 일정 합의", "주요 증시 일제히 하락 마감")


def related_lines(rng: random.Random, landing: date, fmt: str) -> list[str]:
    """Decoy "related news" lines after the end marker: other headlines with their own times."""
    out = []
    for head in rng.sample(DECOY_HEADLINES, rng.randint(1, 3)):
        when = datetime.combine(landing, datetime.min.time()).replace(hour=rng.randint(6, 22), minute=rng.randint(0, 59))
        out.append(f"{head} {when:{fmt}}")
    return out


def render_yonhap(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                  avoid: frozenset[str]) -> tuple[str, Article]:
    spec, c = outlet_story(env, "yonhap", "yna", landing, index, mode, rng, avoid, n_deck=0)
    names, roles, who = byline_names(spec, sep=" ")
    byline = f"({spec.dateline}=연합뉴스) {who}{rng.choice((' = ', ' = ', '= ', '='))}"
    seconds = rng.random() < 0.3
    published = with_seconds(c.published_at, rng) if seconds else c.published_at
    stamp_fmt = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
    updated = c.updated_at if (c.updated_at is not None and rng.random() < 0.6) else None

    captions: list[PhotoCaption] = []
    placed: list[tuple[int, str]] = []
    top: list[str] = []
    for pos, cap in c.placed:
        d = caption_day(cap)
        stamp = f"{d.year}.{d.month}.{d.day}"
        ph = rng.choice(env.photographers["yonhap"])
        if (cap.credit or "").endswith(("DB", "뉴스핌")):
            cap = PhotoCaption(text=cap.text, credit="연합뉴스 자료사진", date=cap.date)
            line = f"({spec.dateline}=연합뉴스) {cap.text} {stamp} [연합뉴스 자료사진]"
        elif rng.random() < 0.5:
            cap = PhotoCaption(text=cap.text, credit=ph.name, date=cap.date, email=ph.email)
            line = f"(서울=연합뉴스) {ph.name} 기자 = {cap.text} {stamp} / {ph.email}"
        else:
            cap = PhotoCaption(text=cap.text, credit=cap.credit, date=cap.date)
            line = f"({spec.dateline}=연합뉴스) {ph.name} 기자 = {cap.text} {stamp} [{cap.credit} 제공. {NO_RESALE}]"
        captions.append(cap)
        if pos == 1 and not placed and not top and rng.random() < 0.6:
            top.append(line)
        else:
            placed.append((pos, line))

    lines: list[str] = []
    if rng.random() < 0.5:
        lines += [f"{c.title} | 연합뉴스", ""]
    lines += ["연합뉴스", "전체메뉴", "검색", ""]
    glued = rng.random() < 0.3
    if not glued:
        lines += [spec.section, ""]
    lines += [c.title, ""]
    if updated is not None:
        lines += [f"업데이트{updated:%Y-%m-%d %H:%M}", ""]  # printed before the 송고시간
    lines += [f"{spec.section if glued else ''}송고시간{' ' if rng.random() < 0.3 else ''}{published:{stamp_fmt}}", ""]
    lines = assemble_body(lines, byline, c.paragraphs, placed, top)
    emails = [r.email for r in spec.reporters]
    lines += emails
    if rng.random() < 0.85:
        lines += ["(끝)"]
    lines += ["", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "제보는 카카오톡 okjebo", "",
              "관련 뉴스"] + related_lines(rng, landing, "%Y-%m-%d %H:%M")
    text = "\n".join(lines) + "\n"
    art = truth_article(spec, c, "yonhap", subsection=None, subtitle_lines=[], published_at=published, updated_at=updated,
                   reporter_roles=roles, reporter_emails=emails, photo_captions=captions)
    return text, art


# ------------------------------------------------------------------ Newsis-style wire

def render_newsis(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                  avoid: frozenset[str]) -> tuple[str, Article]:
    spec, c = outlet_story(env, "newsis", "nsis", landing, index, mode, rng, avoid)
    names, roles, who = byline_names(spec)
    byline = f"[{spec.dateline}=뉴시스]{who} = "
    published = with_seconds(c.published_at, rng)
    updated = with_seconds(c.updated_at, rng)
    fmt = "%Y.%m.%d %H:%M:%S"

    captions: list[PhotoCaption] = []
    placed: list[tuple[int, str]] = []
    top: list[str] = []
    for pos, cap in c.placed:
        stamp = f"{caption_day(cap):%Y.%m.%d}."
        ph = rng.choice(env.photographers["newsis"])
        if (cap.credit or "").endswith(("DB", "뉴스핌")) or rng.random() < 0.5:
            cap = PhotoCaption(text=cap.text, credit=ph.name, date=cap.date, email=ph.email)
            line = f"[서울=뉴시스] {ph.name} 기자 = {cap.text} {stamp} {ph.email} *{NO_RESALE}"
        else:
            cap = PhotoCaption(text=cap.text, credit=cap.credit, date=cap.date, email=ph.email)
            line = f"[{spec.dateline}=뉴시스] {cap.text} (사진={cap.credit} 제공) {stamp} {ph.email} *{NO_RESALE}"
        captions.append(cap)
        if pos == 1 and not placed and not top and rng.random() < 0.5:
            top.append(line)
        else:
            placed.append((pos, line))

    with_section = rng.random() < 0.5
    lines = ["NEWSIS", "로그인", "회원가입", ""]
    if with_section:
        lines += [spec.section, ""]
    lines += [c.title, ""]
    if c.decks:
        lines += list(c.decks) + [""]
    if updated is None:
        lines += [f"등록 {published:{fmt}}"]
    else:
        shape = rng.choice(("glued", "glued", "lines", "reversed"))
        if shape == "glued":
            lines += [f"등록 {published:{fmt}}수정 {updated:{fmt}}"]
        elif shape == "lines":
            lines += [f"등록 {published:{fmt}}", f"수정 {updated:{fmt}}"]
        else:
            lines += [f"수정 {updated:{fmt}}", f"등록 {published:{fmt}}"]
    lines += ["", "공유하기", "글자크기", ""]
    lines = assemble_body(lines, byline, c.paragraphs, placed, top)
    emails = [r.email for r in spec.reporters]
    lines += [f"◎공감언론 뉴시스 {', '.join(emails)}", ""]
    lines += [rng.choice(("Copyright © NEWSIS.COM, All rights reserved.",
                          "<ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 및 AI학습 이용 금지>")), "", "관련기사"]
    lines += related_lines(rng, landing, "%Y.%m.%d %H:%M")
    text = "\n".join(lines) + "\n"
    art = truth_article(spec, c, "newsis", section=spec.section if with_section else None, subsection=None,
                   published_at=published, updated_at=updated, reporter_roles=roles, reporter_emails=emails,
                   photo_captions=captions)
    return text, art


# ------------------------------------------------------------------ a small outlet (ndsoft-like CMS)

ABROAD = ("시카고", "워싱턴", "뉴욕", "베이징", "도쿄")  # where a correspondent files from

def render_thepublic(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                     avoid: frozenset[str]) -> tuple[str, Article]:
    spec, c = outlet_story(env, "thepublic", "tp", landing, index, mode, rng, avoid)
    names, roles, who = byline_names(spec)
    byline = f"[더퍼블릭={who}]" + (" " if rng.random() < 0.3 else "")
    # One page in six files from abroad: "[더퍼블릭=(시카고) 이름 특파원]", the dateline in parentheses
    # (drawn from its own stream so the other pages keep their bytes).
    abroad = random.Random(f"{env.seed}:tp-abroad:{landing}:{index}").randrange(6 * len(ABROAD))
    place = ABROAD[abroad] if abroad < len(ABROAD) else None
    if place:
        byline = f"[더퍼블릭=({place}) {who}]" + (" " if rng.random() < 0.3 else "")
    published = c.published_at
    updated = c.updated_at

    captions: list[PhotoCaption] = []
    placed: list[tuple[int, str]] = []
    for pos, cap in c.placed:
        url = (f"https://cdn.thepublic.kr/news/photo/{landing:%Y%m}/"
               f"{rng.randint(10000, 99999)}_{rng.randint(10000, 99999)}_{rng.randint(1000, 9999)}.jpg")
        placed.append((pos, f"![{cap.text}]({url})"))
        if rng.random() < 0.7:
            ph = rng.choice(env.photographers["thepublic"])
            credit = f"더퍼블릭 {ph.name} 기자"
            placed.append((pos, f"{cap.text} ⓒ{credit}" if rng.random() < 0.5 else f"{cap.text} ⓒ {credit}"))
        else:
            credit = None
        captions.append(PhotoCaption(text=cap.text, credit=credit))

    crumb = rng.random() < 0.7
    deep = crumb and rng.random() < 0.5
    lines = ["더퍼블릭", "로그인", "회원가입", "", f"{landing:%Y년 %m월 %d일} ({WEEKDAYS_KO[landing.weekday()]})", ""]
    if rng.random() < 0.5:
        lines += [f"{c.title} < {spec.section} < 기사본문 - 더퍼블릭", ""]
    if crumb:
        lines += [f"HOME > {spec.section}" + (f" > {spec.subsection}" if deep else ""), ""]
    lines += [c.title, ""]
    if c.decks:
        lines += list(c.decks) + [""]
    if c.filled:
        seconds = rng.random() < 0.4
        if seconds:
            published = with_seconds(published, rng)
            pub = f"승인 {published:%Y-%m-%d %H:%M:%S}"
        else:
            pub = f"기사승인 {published:%Y.%m.%d %H:%M}"
        if updated is None:
            lines += [pub]
        elif rng.random() < 0.5:
            lines += [f"최종수정 {updated:%Y.%m.%d %H:%M} | {pub}"]  # the update printed first
        else:
            lines += [pub, f"최종수정 {updated:%Y.%m.%d %H:%M}"]
        lines += [""]
    lines += ["공유하기", "글씨크기", ""]
    lines = assemble_body(lines, byline, c.paragraphs, placed, [])
    emails = []
    for r, role in zip(spec.reporters, roles, strict=True):
        shape = rng.choice(("name_email", "name_email", "bracket", "email"))
        lines += [{"name_email": f"{r.name} {role} {r.email}", "bracket": f"[ {r.name} {role} / {r.email} ]",
                   "email": r.email}[shape]]
        emails.append(r.email)
    lines += ["", "<저작권자 © 더퍼블릭 무단전재 및 재배포 금지>"]
    text = "\n".join(lines) + "\n"
    art = truth_article(spec, c, "thepublic", section=spec.section if crumb else None,
                   subsection=spec.subsection if deep else None, published_at=published, updated_at=updated,
                   dateline=place, reporter_roles=roles, reporter_emails=emails, photo_captions=captions)
    return text, art
