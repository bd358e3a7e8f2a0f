"""Korean-language layouts: Newspim desktop and mobile, Yonhap-, Newsis- and small-outlet style.

Every layout takes the words of a story from :func:`chainwire_synth.generator.compose`
(the same content model and date rules as the Newspim desktop pages) written by the
outlet's own staff, and prints them the way that outlet's pages do. The truth is what a
correct parser reads off the page: a field that is not printed is None / empty.
"""

from __future__ import annotations

import random
from datetime import date, datetime

from chainwire.extract.article import Article, PhotoCaption
from chainwire_synth.generator import Content, PageSpec, _caption_line, _fmt_field, compose, make_spec, render_page

from .people import Env

JOB_TITLES = ("정치부장", "경제부장", "산업부장", "국제부장", "선임기자", "전문기자")
WEEKDAYS_KO = "월화수목금토일"
NO_RESALE = "재판매 및 DB 금지"


def _mg() -> dict[str, bool]:
    return {"ai_summary": False, "ai_translation": False, "ai_stock_analysis": False}


def render_newspim_desktop(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                           avoid: frozenset[str]) -> tuple[str, Article]:
    spec = make_spec(env.casts["newspim"], landing, index, mode, rng)
    spec.avoid = avoid
    return render_page(spec, rng)


def _content(env: Env, outlet: str, prefix: str, landing: date, index: int, mode: str, rng: random.Random,
             avoid: frozenset[str], n_deck: int | None = None) -> tuple[PageSpec, Content]:
    spec = make_spec(env.casts[outlet], landing, index, mode, rng)
    spec.name = f"{prefix}-{landing:%Y%m%d}-{index:03d}"
    spec.source_path = f"raw/{landing.isoformat()}/{spec.name}.txt"
    spec.avoid = avoid
    spec.n_teasers, spec.widget, spec.ai_summary = 0, False, False
    if n_deck is not None:
        spec.n_deck = n_deck
    return spec, compose(spec, rng)


def _who(spec: PageSpec, sep: str = "·") -> tuple[list[str], list[str], str]:
    names = [r.name for r in spec.reporters]
    role = spec.reporters[0].role if len(names) == 1 else "기자"
    return names, [role] * len(names), f"{sep.join(names)} {role}"


def _with_seconds(dt: datetime | None, rng: random.Random) -> datetime | None:
    return dt.replace(second=rng.randint(0, 59)) if dt is not None else None


def _article(spec: PageSpec, c: Content, outlet: str, **fields) -> Article:
    base = dict(
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


def _assemble(blocks_before: list[str], byline: str, paragraphs: list[str],
              captions: list[tuple[int, str]], top: list[str]) -> list[str]:
    """Top captions, the byline glued to the first paragraph, captions after paragraph ``pos``."""
    lines = list(blocks_before)
    for t in top:
        lines += [t, ""]
    for i, para in enumerate(paragraphs):
        lines += [byline + para if i == 0 else para, ""]
        lines += [x for pos, line in captions if pos == i + 1 for x in (line, "")]
    return lines


# ------------------------------------------------------------------ Newspim mobile / member capture

def render_newspim_mobile(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                          avoid: frozenset[str]) -> tuple[str, Article]:
    headless = mode.startswith("blank") and rng.random() < 0.4  # a capture without title or dates
    spec, c = _content(env, "newspim", "npm", landing, index, mode, rng, avoid, n_deck=0 if headless else None)
    names, roles, who = _who(spec)
    variant = rng.choice(("old", "old", "spaced", "job", "plain"))
    if variant == "job" and len(names) == 1:
        roles = [rng.choice(JOB_TITLES)]
        who = f"{names[0]} {roles[0]}"
    dateline: str | None = spec.dateline
    if variant == "old":
        byline = f"[뉴스핌={who}]" + ("" if rng.random() < 0.3 else " ")
        dateline = None
    elif variant == "spaced":
        byline = f"[{spec.dateline} = 뉴스핌] {who} = "
    else:
        byline = f"[{spec.dateline}=뉴스핌] {who} = "

    captions: list[PhotoCaption] = []
    placed: list[tuple[int, str]] = []
    top: list[str] = []
    for pos, cap in c.placed:
        if rng.random() < 0.4:  # the photo desk's caption, with its own byline
            ph = rng.choice(env.photographers["newspim"])
            cap = PhotoCaption(text=cap.text, credit=ph.name, date=cap.date, email=ph.email)
            line = f"[서울=뉴스핌] {ph.name} 기자 = {cap.text} {date.fromisoformat(cap.date):%Y.%m.%d} {ph.email}"
        else:
            line = _caption_line(cap)
        captions.append(cap)
        if pos == 1 and not placed and not top and rng.random() < 0.3:
            top.append(line)
        else:
            placed.append((pos, line))

    emails = [r.email for r in spec.reporters]
    lines: list[str] = []
    if not headless:
        lines += ["메뉴", "", "검색", "", f"{spec.section} > {spec.subsection}", "", c.title, ""]
        lines += ["기사등록 :" + (f" {_fmt_field(c.published_at)}" if c.filled else ""), ""]
        if c.updated_at is not None:
            lines += [f"최종수정 : {_fmt_field(c.updated_at)}", ""]
    lines += ["본문내용", ""]
    if c.decks:
        lines += list(c.decks) + [""]
    lines = _assemble(lines, byline, c.paragraphs, placed, top)
    if rng.random() < (0.7 if variant == "old" else 0.35):
        lines += [f"[뉴스핌 Newspim] {who} ({', '.join(emails)})", ""]
    else:
        lines += emails + [""]
    lines += ["ⓒ 뉴스핌 무단전재 및 재배포 금지", "PC버전"]
    text = "\n".join(lines) + "\n"
    art = _article(
        spec, c, "newspim",
        title=None if headless else c.title,
        section=None if headless else spec.section,
        subsection=None if headless else spec.subsection,
        subtitle_lines=[] if headless else list(c.decks),
        dateline=dateline, reporter_roles=roles, reporter_emails=emails, photo_captions=captions,
    )
    return text, art


# ------------------------------------------------------------------ Yonhap-style wire

DECOY_HEADLINES = ("환율, 장 초반 강보합…수출주 혼조", "주간 날씨 전망…전국 대체로 맑아", "내주 주요 경제지표 발표 일정",
                   "여야, 예산안 심사 일정 합의", "주요 증시 일제히 하락 마감")


def _related(rng: random.Random, landing: date, fmt: str) -> list[str]:
    """Decoy "related news" lines after the end marker: other headlines with their own times."""
    out = []
    for head in rng.sample(DECOY_HEADLINES, rng.randint(1, 3)):
        when = datetime.combine(landing, datetime.min.time()).replace(hour=rng.randint(6, 22), minute=rng.randint(0, 59))
        out.append(f"{head} {when:{fmt}}")
    return out


def render_yonhap(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                  avoid: frozenset[str]) -> tuple[str, Article]:
    spec, c = _content(env, "yonhap", "yna", landing, index, mode, rng, avoid, n_deck=0)
    names, roles, who = _who(spec, sep=" ")
    byline = f"({spec.dateline}=연합뉴스) {who}{rng.choice((' = ', ' = ', '= ', '='))}"
    seconds = rng.random() < 0.3
    published = _with_seconds(c.published_at, rng) if seconds else c.published_at
    stamp_fmt = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
    updated = c.updated_at if (c.updated_at is not None and rng.random() < 0.6) else None

    captions: list[PhotoCaption] = []
    placed: list[tuple[int, str]] = []
    top: list[str] = []
    for pos, cap in c.placed:
        d = date.fromisoformat(cap.date)
        stamp = f"{d.year}.{d.month}.{d.day}"
        ph = rng.choice(env.photographers["yonhap"])
        if cap.credit.endswith(("DB", "뉴스핌")):
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
    lines = _assemble(lines, byline, c.paragraphs, placed, top)
    emails = [r.email for r in spec.reporters]
    lines += emails
    if rng.random() < 0.85:
        lines += ["(끝)"]
    lines += ["", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "제보는 카카오톡 okjebo", "",
              "관련 뉴스"] + _related(rng, landing, "%Y-%m-%d %H:%M")
    text = "\n".join(lines) + "\n"
    art = _article(spec, c, "yonhap", subsection=None, subtitle_lines=[], published_at=published, updated_at=updated,
                   reporter_roles=roles, reporter_emails=emails, photo_captions=captions)
    return text, art


# ------------------------------------------------------------------ Newsis-style wire

def render_newsis(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                  avoid: frozenset[str]) -> tuple[str, Article]:
    spec, c = _content(env, "newsis", "nsis", landing, index, mode, rng, avoid)
    names, roles, who = _who(spec)
    byline = f"[{spec.dateline}=뉴시스]{who} = "
    published = _with_seconds(c.published_at, rng)
    updated = _with_seconds(c.updated_at, rng)
    fmt = "%Y.%m.%d %H:%M:%S"

    captions: list[PhotoCaption] = []
    placed: list[tuple[int, str]] = []
    top: list[str] = []
    for pos, cap in c.placed:
        stamp = f"{date.fromisoformat(cap.date):%Y.%m.%d}."
        ph = rng.choice(env.photographers["newsis"])
        if cap.credit.endswith(("DB", "뉴스핌")) or rng.random() < 0.5:
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
    lines = _assemble(lines, byline, c.paragraphs, placed, top)
    emails = [r.email for r in spec.reporters]
    lines += [f"◎공감언론 뉴시스 {', '.join(emails)}", ""]
    lines += [rng.choice(("Copyright © NEWSIS.COM, All rights reserved.",
                          "<ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 및 AI학습 이용 금지>")), "", "관련기사"]
    lines += _related(rng, landing, "%Y.%m.%d %H:%M")
    text = "\n".join(lines) + "\n"
    art = _article(spec, c, "newsis", section=spec.section if with_section else None, subsection=None,
                   published_at=published, updated_at=updated, reporter_roles=roles, reporter_emails=emails,
                   photo_captions=captions)
    return text, art


# ------------------------------------------------------------------ a small outlet (ndsoft-like CMS)

def render_thepublic(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                     avoid: frozenset[str]) -> tuple[str, Article]:
    spec, c = _content(env, "thepublic", "tp", landing, index, mode, rng, avoid)
    names, roles, who = _who(spec)
    byline = f"[더퍼블릭={who}]" + (" " if rng.random() < 0.3 else "")
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
            published = _with_seconds(published, rng)
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
    lines = _assemble(lines, byline, c.paragraphs, placed, [])
    emails = []
    for r, role in zip(spec.reporters, roles):
        shape = rng.choice(("name_email", "name_email", "bracket", "email"))
        lines += [{"name_email": f"{r.name} {role} {r.email}", "bracket": f"[ {r.name} {role} / {r.email} ]",
                   "email": r.email}[shape]]
        emails.append(r.email)
    lines += ["", "<저작권자 © 더퍼블릭 무단전재 및 재배포 금지>"]
    text = "\n".join(lines) + "\n"
    art = _article(spec, c, "thepublic", section=spec.section if crumb else None,
                   subsection=spec.subsection if deep else None, published_at=published, updated_at=updated,
                   dateline=None, reporter_roles=roles, reporter_emails=emails, photo_captions=captions)
    return text, art
