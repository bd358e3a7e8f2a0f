"""Newspim's layouts: the desktop page dump (the generator's first layout) and the mobile /
member capture.

Desktop: chrome, ``section subsection``, headline, ``기사입력 :`` / ``최종수정 :`` (blank when
the page shows no time), font widget, deck lines, the AI summary box, ``[서울=뉴스핌] 이름 기자 =``
glued to the lead, photo captions ``… [사진=credit] YYYY.MM.DD e-mail`` between paragraphs,
the reporters' e-mails, best-article teasers, the translation footer and the AI stock widget.

Mobile / member capture: ``기사등록`` stamp, ``본문내용`` marker, old ``[뉴스핌=이름 기자]``
bylines, ``[세종 = 뉴스핌]``, job titles, ``[뉴스핌 Newspim]`` sign-off, photo-desk captions
with their own byline, captures without title or dates.
"""

from __future__ import annotations

import random
from datetime import date, datetime

from chainwire.extract.article import PUBLISHED_AT_CONFIDENCE, Article, PhotoCaption, StockImpact
from chainwire_synth import vocab as V
from chainwire_synth.story import PageSpec, Teaser, caption_day, compose, make_spec

from .korean import assemble_body, byline_names, outlet_story, truth_article
from .people import Env

OUTLET = "newspim"
JOB_TITLES = ("정치부장", "경제부장", "산업부장", "국제부장", "선임기자", "전문기자")  # printed in place of 기자


def caption_line(c: PhotoCaption) -> str:
    """A photo caption as Newspim prints it between paragraphs."""
    return f"{c.text} [사진={c.credit}] {caption_day(c):%Y.%m.%d} {c.email}"


def _fmt_field(dt: datetime) -> str:
    return f"{dt:%Y}년{dt:%m}월{dt:%d}일 {dt:%H:%M}"


def _teaser_line(t: Teaser) -> str:
    r, rt = t.reporter, t.related
    return f"{rt.title} [{rt.dateline}=뉴스핌] {r.name} {r.role} = {rt.text} {r.email} {rt.published_at:%Y-%m-%d %H:%M}"


def _widget_lines(impacts: list[StockImpact]) -> list[str]:
    lines = list(V.WIDGET_HEADER)
    groups = [(V.WIDGET_POSITIVE, [s for s in impacts if s.direction == "positive"]),
              (V.WIDGET_NEGATIVE, [s for s in impacts if s.direction == "negative"])]
    groups = [g for g in groups if g[1]]
    for gi, (label, items) in enumerate(groups):
        lines += [label, ""]
        for s in items:
            lines += [f"  • {s.company} {s.sector}", f"    {s.reason}"]
        if gi < len(groups) - 1:
            lines.append("")
    lines.append(V.WIDGET_DISCLAIMER)
    return lines


# ------------------------------------------------------------------ desktop

def render_newspim_page(spec: PageSpec, rng: random.Random) -> tuple[str, Article]:
    """The desktop page dump of ``spec`` and the Article a correct parser extracts from it."""
    c = compose(spec, rng)
    title, decks, summary, paragraphs, placed = c.title, c.decks, c.summary, c.paragraphs, c.placed
    captions = c.captions
    published_at, updated_at, source, confidence, filled = c.published_at, c.updated_at, c.source, c.confidence, c.filled
    teasers, impacts = c.teasers, c.impacts

    names = [r.name for r in spec.reporters]
    role = spec.reporters[0].role if len(spec.reporters) == 1 else "기자"
    roles = [r.role for r in spec.reporters] if len(spec.reporters) == 1 else ["기자"] * len(spec.reporters)
    byline = f"[{spec.dateline}=뉴스핌] {'·'.join(names)} {role} = "

    # ---- assemble the dump
    lines: list[str] = list(V.CHROME_TOP) + [f"{spec.section} {spec.subsection}"] + list(V.CHROME_AFTER_SECTION)
    lines += [title, ""]
    lines += ["기사입력 :" + (f" {_fmt_field(published_at)}" if filled else ""), ""]
    lines += ["최종수정 :" + (f" {_fmt_field(updated_at)}" if updated_at else ""), ""]
    lines += list(V.FONT_WIDGET) + [""]
    if decks:
        lines += decks + [""]
    if summary:
        lines += [V.AI_SUMMARY_HEADER] + [f"• {s}" for s in summary] + [""]
    blocks: list[str] = []
    for i, para in enumerate(paragraphs):
        blocks.append(byline + para if i == 0 else para)
        blocks += [caption_line(c) for pos, c in placed if pos == i + 1]
    for b in blocks:
        lines += [b, ""]
    lines += [r.email for r in spec.reporters] + [""]
    if teasers:
        lines += [V.BEST_HEADER, ""]
        for teaser in teasers:
            lines += [V.TEASER_PHOTO, _teaser_line(teaser)]
    lines += list(V.TRANSLATE_FOOTER)
    if impacts:
        lines += _widget_lines(impacts)
    lines += list(V.CHROME_BOTTOM)
    text = "\n".join(lines) + ("\n" if spec.trailing_newline else "")

    article = Article(
        source_path=spec.source_path,
        title=title,
        title_source="page" if title else None,
        outlet=OUTLET,
        url=None,
        outlet_article_id=None,
        section=spec.section,
        subsection=spec.subsection,
        subtitle_lines=decks,
        published_at=published_at,
        updated_at=updated_at,
        published_at_source=source,
        published_at_confidence=confidence,
        dateline=spec.dateline,
        reporters=names,
        reporter_roles=roles,
        reporter_emails=[r.email for r in spec.reporters],
        paragraphs=paragraphs,
        photo_captions=captions,
        related_teasers=[t.related for t in teasers],
        stock_impacts=impacts,
        machine_generated={"ai_summary": bool(summary), "ai_translation": False,
                           "ai_stock_analysis": bool(impacts)},
        language="ko",
        warnings=[],
        parser=None,
    )
    return text, article


def render_newspim_desktop(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                           avoid: frozenset[str]) -> tuple[str, Article]:
    spec = make_spec(env.casts[OUTLET], landing, index, mode, rng, prefix="np")
    spec.avoid = avoid
    return render_newspim_page(spec, rng)


# ------------------------------------------------------------------ mobile / member capture

def render_newspim_mobile(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                          avoid: frozenset[str]) -> tuple[str, Article]:
    headless = mode.startswith("blank") and rng.random() < 0.4  # a capture without title or dates
    spec, c = outlet_story(env, OUTLET, "npm", landing, index, mode, rng, avoid, n_deck=0 if headless else None)
    names, roles, who = byline_names(spec)
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
            ph = rng.choice(env.photographers[OUTLET])
            cap = PhotoCaption(text=cap.text, credit=ph.name, date=cap.date, email=ph.email)
            line = f"[서울=뉴스핌] {ph.name} 기자 = {cap.text} {caption_day(cap):%Y.%m.%d} {ph.email}"
        else:
            line = caption_line(cap)
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
    lines = assemble_body(lines, byline, c.paragraphs, placed, top)
    if rng.random() < (0.7 if variant == "old" else 0.35):
        lines += [f"[뉴스핌 Newspim] {who} ({', '.join(emails)})", ""]
    else:
        lines += emails + [""]
    lines += ["ⓒ 뉴스핌 무단전재 및 재배포 금지", "PC버전"]
    text = "\n".join(lines) + "\n"
    art = truth_article(
        spec, c, "newspim",
        title=None if headless else c.title,
        section=None if headless else spec.section,
        subsection=None if headless else spec.subsection,
        subtitle_lines=[] if headless else list(c.decks),
        dateline=dateline, reporter_roles=roles, reporter_emails=emails, photo_captions=captions,
    )
    return text, art


# ------------------------------------------------------------------ photo page

def render_newspim_photo(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                         avoid: frozenset[str]) -> tuple[str, Article]:
    """A photo page: nothing but the photo desk's caption(s), each with its own byline, the
    description running on for a few sentences, then the day and the photographer's e-mail.
    Truth: the captions are the story (one paragraph each), the photographer is their credit and
    never a reporter, the dateline is the first caption's, the date is the caption's."""
    spec, c = outlet_story(env, OUTLET, "npp", landing, index, mode, rng, avoid, n_deck=0)
    day = c.published_at.date() if c.published_at is not None else landing
    shots = 2 if rng.random() < 0.3 else 1
    lines: list[str] = []
    paragraphs: list[str] = []
    captions: list[PhotoCaption] = []
    leads = [cap.text for cap in c.captions][:shots] or [c.paragraphs[0]]
    for k in range(shots):
        ph = rng.choice(env.photographers[OUTLET])
        text = " ".join([leads[k % len(leads)], c.paragraphs[k]])
        place = spec.dateline if k == 0 else rng.choice(("서울", spec.dateline))
        lines += [f"[{place}=뉴스핌] {ph.name} 기자 = {text} {day:%Y.%m.%d} {ph.email}", ""]
        paragraphs.append(text)
        captions.append(PhotoCaption(text=text, credit=ph.name, date=day.isoformat(), email=ph.email))
    text_out = "\n".join(lines)
    art = truth_article(spec, c, OUTLET, title=None, title_source=None, section=None, subsection=None,
                        subtitle_lines=[], updated_at=None, dateline=spec.dateline, reporters=[], reporter_roles=[],
                        reporter_emails=[], paragraphs=paragraphs, photo_captions=captions)
    if art.published_at_source == "caption_date":  # the photo page's own date stamp (article.date_page_dump)
        art.published_at_source, art.published_at_confidence = "page_field", PUBLISHED_AT_CONFIDENCE["page_field"]
    return text_out, art
