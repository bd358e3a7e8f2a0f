"""Layout families met on real pages, written in the generator's own words.

* :func:`render_broadcast` - a TV news script captured line by line (YTN-style brand):
  headline, an anchor marker (``[앵커]`` / ``◀ 앵커 ▶`` / ``【 앵커멘트 】``), the anchor's
  sentences broken over short lines that stop on a particle or a comma, the hand-over
  (``보도에 이름 기자입니다.`` / ``이름 기자의 보도입니다.``), a reporter marker, the
  reporter's lines, interview markers (``◀ INT ▶ 이름 / 소속``), the closing
  ``YTN 이름입니다.``, a copyright line. Truth: the reporter of the hand-over; one paragraph
  per sentence (the lines of a sentence joined with spaces), the hand-over included.
* :func:`render_portal` - a portal copy (Daum/Zum-like) of a News1 story: font-size widget
  lines, an example line, share/scrap widgets, ``이름 2026. 11. 2. 16:45`` or
  ``입력 …``/``수정 …`` stamps, the original ``(서울=뉴스1) 이름 기자 =`` or ``[뉴스1]``
  lead, ``/뉴스1`` sign-off.
* :func:`render_reader` - a reader-mode markdown capture of an Asia Economy-style page:
  `` date YYYY-MM-DD <headline>`` capture header, ``[text](url)`` link lines, ``![](url) |``
  image cells followed by ``caption [사진=출처] |`` caption cells, ``![설명 [사진=출처]](url)``
  images, a ``[아시아경제 이름 기자]`` bracket lead.
* :func:`render_english_wire` - an Aju Press-style English page: ``SEOUL, Nov. 2 (Aju Press) -``,
  ``SEOUL:``, ``Seoul, Nov. 2 (Aju Press)--`` and ``[Aju Press Reporter Name]`` leads,
  ``Written: … Updated: …`` glued stamps, ``Text. [CREDIT]`` captions,
  ``BY NAME SURNAME [[email protected]]`` sign-offs; one page in four is a foreign outlet's (Singapore,
  Manila, Taipei) printing ``Published Nov 2, 2026 03:28 pm | Updated …`` in its own zone, no zone named;
  half of those print no stamp but an author card under the story (``Name`` / ``November 2, 2026`` /
  ``06:28 GMT`` / ``Singapore``); one in six opens ``SEOUL (Aju Press / Yonhap - 2nd November, 2026) …``.
* :func:`render_headline_first` - a bare capture that opens on its headline: deck lines, the
  story with no stamp and no lead byline, an image whose alt text is the headline with a credit,
  a caption glued to an image's enlarge widget (``설명이미지 확대보기``, then ``설명`` again),
  a ``이름 기자`` sign-off or none (then its e-mail and promotion lines), other stories' headlines
  with no heading, a related story's
  markdown image cut off by the capture (``![[포토] …](https://…`` or ``![[단독] …``), a footer.
* :func:`render_business` - an Edaily-style business daily: ``이름 기자I 2026.11.02 14:11:10``,
  ``이데일리 이름 기자, 이름 기자 2026.11.02 10:50``, ``입력 | … 수정 | …``,
  ``입력 2026.11.02 (11:01)`` head lines, ``e-mail 이름 기자`` sign-offs, hashtag lines; and the head
  lines of other CMSs: ``이데일리 2026.11.02 15:23 댓글0`` (a stamp line ending in the comment
  counter), a bulleted info bar ``• 이름`` / ``• 승인 …`` / ``• 댓글 0`` naming the reporter alone,
  labels after their times (``2026.11.02 10:50 입력 2026.11.02 11:20 수정``) and a writer field
  (``기자명 이름 기사전송 2026-11-02 10:50 댓글 0``), a desk-and-reporter label above the headline
  (``경제홍길동``, the reporter named nowhere else);
  sign-offs ``이름기자@이데일리, e-mail`` and, below a ``관련태그`` end line, ``이데일리 이름 기자`` / e-mail.

Every word of the stories comes from :mod:`chainwire_synth.vocab` / ``vocab_en``; furniture
strings are generic widget labels.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from chainwire.extract.article import PUBLISHED_AT_CONFIDENCE, Article, PhotoCaption
from chainwire.extract.press import HOME_TIMEZONES
from chainwire_synth import vocab as V
from chainwire_synth import vocab_en as E
from chainwire_synth.story import KST

from .english import english_story, english_truth
from .korean import (
    DECOY_HEADLINES,
    assemble_body,
    byline_names,
    outlet_story,
    related_lines,
    truth_article,
    with_seconds,
)
from .people import Env, korean_name

# ------------------------------------------------------------------ broadcast script

# A line that closes a sentence / a line that stops on a particle, a connective or a comma.
_FINAL_RE = re.compile(r"(?:[다요까죠][.?!]?|[.?!…])[\"'”’)\]]*$")
_PARTICLE_RE = re.compile(r"(?:[이가을를은는의에로와과도고며서면데지게한된될할던인해써]|에서|으로|부터|까지|처럼|보다|,)$")
_SENTENCE_SPLIT_RE = re.compile(r"(?<=다\.)\s+(?=[^\s\"”'])")
MAX_SCRIPT_LINE = 40

BROADCAST_STYLES = (
    # anchor marker, reporter marker, interview marker prefix
    ("[앵커]", "[기자]", "[인터뷰]"),
    ("◀ 앵커 ▶", "◀ 리포트 ▶", "◀ INT ▶"),
    ("【 앵커멘트 】", "【 기자 】", "<인터뷰>"),
)


def _sentences(paragraphs: list[str]) -> list[str]:
    """Quotes open across a sentence end are kept whole (the split needs an even number of quotes)."""
    out: list[str] = []
    for p in paragraphs:
        buf = ""
        for piece in _SENTENCE_SPLIT_RE.split(p):
            buf = f"{buf} {piece}" if buf else piece
            if buf.count('"') % 2 == 0:
                out.append(buf)
                buf = ""
        if buf:
            out.append(buf)
    return out


def script_lines(sentence: str, rng: random.Random, first: bool = False) -> list[str]:
    """One sentence as a script prints it: short lines, each but the last stopping mid-sentence.

    The script's ``first`` line stops on a particle (that is what shows a reader, and the
    parser, that the lines are broken). Falls back to the whole sentence on one line when it
    cannot be broken that way (the parser then reads it as one line too)."""
    for _attempt in range(6):
        lines = _break(sentence, rng)
        if not first or len(lines) == 1 or _PARTICLE_RE.search(lines[0]):
            return lines
    return [sentence]


def _break(sentence: str, rng: random.Random) -> list[str]:
    toks = sentence.split(" ")
    lines: list[str] = []
    cur: list[str] = []
    target = rng.randint(14, 30)
    for i, t in enumerate(toks):
        cur.append(t)
        line = " ".join(cur)
        last = i == len(toks) - 1
        if last:
            lines.append(line)
            break
        nxt = len(line) + 1 + len(toks[i + 1])
        if _FINAL_RE.search(line):
            continue  # never break after a word that looks like a sentence end
        if (len(line) >= target and _PARTICLE_RE.search(line)) or nxt > MAX_SCRIPT_LINE:
            lines.append(line)
            cur = []
            target = rng.randint(14, 30)
    ok = (all(len(x) <= MAX_SCRIPT_LINE + 5 for x in lines) and _FINAL_RE.search(lines[-1])
          and not any(_FINAL_RE.search(x) for x in lines[:-1]))
    return lines if ok else [sentence]


def render_broadcast(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                     avoid: frozenset[str]) -> tuple[str, Article]:
    spec, c = outlet_story(env, "ytn", "tv", landing, index, mode, rng, avoid, n_deck=0)
    reporter = spec.reporters[0]
    spec.reporters = (reporter,)
    anchor_m, reporter_m, int_m = rng.choice(BROADCAST_STYLES)
    sents = _sentences(c.paragraphs)
    n_anchor = 1 if len(sents) < 4 else rng.choice((1, 2))
    handover = rng.choice((f"보도에 {reporter.name} 기자입니다.", f"{reporter.name} 기자의 보도입니다.",
                           f"{reporter.name} 기자가 보도합니다."))
    anchor, rest = sents[:n_anchor], sents[n_anchor:]

    lines = ["YTN", "전체메뉴", "검색", "", c.title, ""]
    if c.filled:
        pub = c.published_at
        half = "오전" if pub.hour < 12 else "오후"
        h12 = pub.hour % 12 or 12
        if c.updated_at is not None:
            lines += [f"입력 {pub:%Y.%m.%d}. {half} {h12}:{pub:%M} | 수정 {c.updated_at:%Y.%m.%d}. "
                      f"{'오전' if c.updated_at.hour < 12 else '오후'} {c.updated_at.hour % 12 or 12}:{c.updated_at:%M}", ""]
        else:
            lines += [rng.choice((f"입력 {pub:%Y.%m.%d}. {half} {h12}:{pub:%M}", f"{pub:%Y-%m-%d %H:%M}")), ""]
    lines += ["동영상 표시하기", "", anchor_m]
    paragraphs: list[str] = []
    for i, s in enumerate(anchor):
        lines += script_lines(s, rng, first=i == 0)
        paragraphs.append(s)
    lines += [handover, "", reporter_m]
    paragraphs.append(handover)
    interviews = 0
    for s in rest:
        if '"' in s and interviews < 2 and rng.random() < 0.7:
            name = korean_name(rng, set(V.FORBIDDEN_NAMES) | {reporter.name})[0]
            affil = rng.choice(V.EXPERT_AFFILIATIONS)[0]
            lines += ["", f"{int_m} {name} / {affil}" if int_m != "◀ INT ▶" else f"{int_m} {name}/{affil}"]
            interviews += 1
        lines += script_lines(s, rng)
        paragraphs.append(s)
    closing = f"YTN {reporter.name}입니다."
    lines += ["", closing]
    paragraphs.append(closing)
    emails: list[str] = []
    if rng.random() < 0.5:
        emails = [reporter.email]
        lines += [f"YTN {reporter.name} ({reporter.email})"]
    lines += ["", rng.choice(("ⓒ YTN 기사·영상 허락 없는 복제 및 AI 학습 사용 금지", "Copyright ⓒ YTN. 허락 없는 복제·배포 금지")),
              "", "많이 본 뉴스"] + related_lines(rng, landing, "%Y-%m-%d %H:%M")
    text = "\n".join(lines) + "\n"
    paragraphs.pop()  # the closing "YTN 이름입니다." is a sign-off, not story text
    art = truth_article(spec, c, "ytn", section=None, subsection=None, subtitle_lines=[], dateline=None,
                   reporters=[reporter.name], reporter_roles=["기자"], reporter_emails=emails,
                   paragraphs=paragraphs, photo_captions=[])
    return text, art


# ------------------------------------------------------------------ portal copy

def render_portal(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                  avoid: frozenset[str]) -> tuple[str, Article]:
    spec, c = outlet_story(env, "news1", "ptl", landing, index, mode, rng, avoid, n_deck=0)
    names, roles, who = byline_names(spec)
    r0 = spec.reporters[0]
    wire = rng.random() < 0.6
    byline = f"({spec.dateline}=뉴스1) {who} = " if wire else "[뉴스1] "
    stamp_shape = rng.choice(("name", "labels"))
    pub, upd = c.published_at, c.updated_at

    def portal_ts(dt: datetime) -> str:
        return f"{dt.year}. {dt.month}. {dt.day}. {dt:%H:%M}"

    captions: list[PhotoCaption] = []
    placed: list[tuple[int, str]] = []
    for pos, cap in c.placed:
        credit = cap.credit if "뉴스핌" not in (cap.credit or "") else "뉴스1"
        captions.append(PhotoCaption(text=cap.text, credit=credit))
        placed.append((pos, f"{cap.text} (사진={credit})" if rng.random() < 0.5 else f"{cap.text} /사진={credit}"))

    lines = ["전체메뉴", "검색", "", c.title, ""]
    head_names: list[str] = []
    if stamp_shape == "name":
        lines += [f"{r0.name} {portal_ts(pub)}"]
        head_names = [r0.name]
        upd = None
    else:
        lines += [f"입력 {portal_ts(pub)}"] + ([f"수정 {portal_ts(upd)}"] if upd is not None else [])
    lines += ["", "음성으로 듣기", "번역", "", "글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.", "",
              "이 글자크기로 변경됩니다.", "", "(예시) 글자 크기를 바꾸면 기사 본문이 이만한 크기로 보입니다.", "",
              "기사 스크랩", "공유", ""]
    lines = assemble_body(lines, byline, c.paragraphs, placed, [])
    emails: list[str] = []
    if not wire:
        lines += [f"{r0.name} 기자 {r0.email}"]
        emails = [r0.email]
    elif rng.random() < 0.5:
        lines += [" ".join(r.email for r in spec.reporters)]
        emails = [r.email for r in spec.reporters]
    if rng.random() < 0.7:
        lines += ["/뉴스1"]
    lines += ["", "Copyright ⓒ 뉴스1. 허락 없는 전재·배포와 AI 학습 이용을 금합니다.", "",
              "많이 본 뉴스"] + related_lines(rng, landing, "%Y.%m.%d %H:%M")
    text = "\n".join(lines) + "\n"
    if wire:
        reporters, rroles, dateline = names, roles, spec.dateline
    else:
        reporters, rroles, dateline = [r0.name], ["기자"], None
        if head_names:
            rroles = [""]  # the portal's name line comes first and prints no role
    art = truth_article(spec, c, "news1", section=None, subsection=None, subtitle_lines=[], published_at=pub,
                   updated_at=upd, dateline=dateline, reporters=reporters, reporter_roles=rroles,
                   reporter_emails=emails, photo_captions=captions)
    return text, art


# ------------------------------------------------------------------ reader-mode markdown capture

def render_reader(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                  avoid: frozenset[str]) -> tuple[str, Article]:
    spec, c = outlet_story(env, "asiae", "rdr", landing, index, mode, rng, avoid, n_deck=0)
    r0 = spec.reporters[0]
    spec.reporters = (r0,)
    host = "https://www.asiae.example"
    captions: list[PhotoCaption] = []
    placed: list[tuple[int, str]] = []
    for pos, cap in c.placed:
        url = f"{host}/img/{landing:%Y%m%d}/{rng.randint(10**7, 10**8 - 1)}.jpg"
        credit = cap.credit if "뉴스핌" not in (cap.credit or "") else "아시아경제 DB"
        if rng.random() < 0.5:  # an image table: an empty image cell, then the caption cell
            placed.append((pos, f"![]({url}) |"))
            placed.append((pos, f"{cap.text} [사진={credit}] |"))
        else:  # the caption in the alt text, credit bracket and all
            placed.append((pos, f"![{cap.text} [사진={credit}]]({url})"))
        captions.append(PhotoCaption(text=cap.text, credit=credit))
    pub = c.published_at
    if rng.random() < 0.5:  # the capture header carries the page's first line: the headline or the site name
        lines = [f" date {landing:%Y-%m-%d} {c.title}", ""]
    else:
        lines = [f" date {landing:%Y-%m-%d} 아시아경제", "", c.title, ""]
    lines += [f"[홈]({host}/)", f"[{spec.section}]({host}/list/{rng.randint(10, 99)})", ""]
    if c.updated_at is not None:
        lines += [f"입력{pub:%Y.%m.%d %H:%M}수정{c.updated_at:%Y.%m.%d %H:%M}", ""]
    else:
        lines += [f"입력{pub:%Y.%m.%d %H:%M}", ""]
    lines = assemble_body(lines, f"[아시아경제 {r0.name} 기자] ", c.paragraphs, placed, [])
    lines += [f"{r0.name} 기자 {r0.email}", "", "ⓒ 아시아경제 허락 없는 전재·배포 금지", ""]
    lines += [f"[{h}]({host}/article/{rng.randint(10**9, 10**10 - 1)})" for h in rng.sample(
        ("다음 주 경제지표 발표 일정 정리", "주간 증시 전망과 업종별 점검", "원자재 가격 동향 한눈에 보기"), 2)]
    text = "\n".join(lines) + "\n"
    art = truth_article(spec, c, "asiae", section=None, subsection=None, subtitle_lines=[], dateline=None,
                   reporters=[r0.name], reporter_roles=["기자"], reporter_emails=[r0.email],
                   photo_captions=captions)
    return text, art


# ------------------------------------------------------------------ English wire variants

def render_english_wire(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                        avoid: frozenset[str]) -> tuple[str, Article]:
    name = f"aju-{landing:%Y%m%d}-{index:03d}"
    source_path = f"raw/{landing.isoformat()}/{name}.txt"
    # One page in four is a foreign outlet's (press.HOME_TIMEZONES): its stamps are its own wall clock with
    # no zone printed. Drawn from its own stream so the other pages keep their bytes.
    pick = random.Random(f"{env.seed}:aju-foreign:{landing}:{index}").randrange(4 * len(FOREIGN_WIRES))
    foreign = FOREIGN_WIRES[pick] if pick < len(FOREIGN_WIRES) else None
    brand = foreign[1] if foreign else "Aju Press"
    s = english_story(landing, mode, rng, avoid, brand)
    s["subtitle"] = None
    reporter = rng.choice(env.casts["ajupress"].reporters)
    pub_day = s["pub"]
    md = f"{E.MONTHS_AP[pub_day.month - 1]} {pub_day.day}"
    city = E.WIRE_DATELINES[reporter.desk]
    lead_kind = rng.choice(("dash", "colon", "glued", "bracket"))
    if random.Random(f"{env.seed}:aju-lead:{landing}:{index}").randrange(6) == 0:
        lead_kind = "paren"  # "SEOUL (Brand / Yonhap - 2nd November, 2026) text": brand and date, no dash
    lead, dateline = {
        "dash": (f"{city}, {md} ({brand}) - ", city),
        "colon": (f"{city}: ", city),
        "glued": (f"{city.title()}, {md} ({brand})--", city.title()),
        "bracket": (f"[{brand} Reporter {reporter.name}] ", None),
        "paren": (f"{city} ({brand} / Yonhap - {_ordinal(pub_day.day)} {pub_day:%B}, {pub_day.year}) ", city),
    }[lead_kind]
    published = with_seconds(s["published"], rng)
    updated = with_seconds(s["updated"], rng)
    captions = []
    for pos, cap in s["captions"]:
        captions.append((pos, PhotoCaption(text=cap.text, credit=cap.credit.upper().replace(",", ""))))
    lines = [brand, "Menu", "Search", "", s["title"], ""]
    # a foreign page may print no stamp under the headline but an author card under the story:
    # "Name" / "November 2, 2026" / "06:28 GMT" / "Singapore" (own stream, as above)
    card = bool(foreign) and random.Random(f"{env.seed}:aju-card:{landing}:{index}").randrange(2) == 0
    if card:
        published = published.replace(second=0).astimezone(UTC)
        updated = None
    elif foreign:
        # "Published Nov 2, 2026 03:28 pm": the outlet's own wall clock, 12-hour, no zone printed
        zone = ZoneInfo(HOME_TIMEZONES[foreign[2]])
        published = published.replace(second=0, tzinfo=zone)
        updated = updated.replace(second=0, tzinfo=zone) if updated is not None else None
        stamp = f"Published {_clock12(published)}" + (f" | Updated {_clock12(updated)}" if updated is not None else "")
    else:
        stamp = f"Written: {published:%Y-%m-%d %H:%M:%S}"
        if updated is not None:
            stamp += f" Updated: {updated:%Y-%m-%d %H:%M:%S}"
    lines += ([] if card else [stamp, ""]) + ["Share", "Print", ""]
    for i, p in enumerate(s["paragraphs"]):
        lines += [lead + p if i == 0 else p, ""]
        lines += [x for pos, cp in captions if pos == i + 1 for x in (f"{cp.text} [{cp.credit}]", "")]
    reporters, roles, emails = [], [], []
    if card and foreign:
        reporters, roles = [reporter.name], ["reporter" if lead_kind == "bracket" else ""]
        lines += [reporter.name, "", f"{published:%B} {published.day}, {published.year}", "",
                  f"{published:%H:%M} GMT", "", foreign[3], ""]
    elif lead_kind == "bracket":
        reporters, roles = [reporter.name], ["reporter"]
    elif rng.random() < 0.8:
        reporters, roles = [reporter.name.upper()], [""]
        lines += [f"BY {reporter.name.upper()} [[email protected]]", ""]
    if rng.random() < 0.4 and not foreign:  # the cast's addresses are Aju Press's
        emails = [reporter.email]
        lines += [reporter.email, ""]
    lines += [f"ⓒ {brand}. All rights reserved.", "", "Most Popular"] + rng.sample(E.DECOY_HEADLINES, 2)
    text = "\n".join(lines) + "\n"
    outlet = foreign[0] if foreign else "ajupress"
    return text, english_truth(source_path, s, outlet, section=None, published_at=published, updated_at=updated,
                        dateline=dateline, reporters=reporters, reporter_roles=roles, reporter_emails=emails,
                        photo_captions=[cp for _, cp in captions])


# Foreign English outlets that cover Korea from another time zone: (outlet key, brand, home domain).
# (outlet key, brand, home domain, the city its writers' cards name)
FOREIGN_WIRES = (("straitstimes", "The Straits Times", "straitstimes.com", "Singapore"),
                 ("mb", "Manila Bulletin", "mb.com.ph", "Manila"), ("taipeitimes", "Taipei Times", "taipeitimes.com", "Taipei"))


def _ordinal(day: int) -> str:
    """2 → ``2nd``"""
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _clock12(dt: datetime) -> str:
    """``Nov 2, 2026 03:28 pm``"""
    return f"{E.MONTHS_ABBR[dt.month - 1]} {dt.day}, {dt.year} {dt:%I:%M} {'am' if dt.hour < 12 else 'pm'}"


# ------------------------------------------------------------------ Korean business daily

HASHTAG_POOL = ("#공급망", "#수출규제", "#반도체", "#배터리", "#핵심광물", "#통상", "#산업정책", "#관세")


def render_business(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                    avoid: frozenset[str]) -> tuple[str, Article]:
    spec, c = outlet_story(env, "edaily", "edl", landing, index, mode, rng, avoid)
    names = [r.name for r in spec.reporters]
    head = rng.choice(("bar_i", "brand_names", "labels_bar", "paren_time"))
    # Head lines of other newsroom CMSs, drawn from their own stream so the pages above keep their bytes.
    head = {0: "brand_comments", 1: "info_bar", 2: "labels_after", 3: "writer_field", 4: "section_name"}.get(
        random.Random(f"{env.seed}:edl-head:{landing}:{index}").randrange(8), head)
    if head in ("bar_i", "paren_time", "labels_bar", "info_bar", "writer_field", "section_name") and len(names) > 1:
        spec.reporters = spec.reporters[:1]
        names = names[:1]
    pub, upd = c.published_at, c.updated_at
    lines = ["이데일리", "전체메뉴", "검색", ""]
    with_section = rng.random() < 0.5
    if with_section:
        lines += [f"HOME > {spec.section}", ""]
    if head == "section_name":  # "경제홍길동": the desk and the reporter as one label above the headline
        lines += [f"{spec.section}{names[0]}", ""]
    lines += [c.title, ""]
    if c.decks:
        lines += list(c.decks) + [""]
    if head == "bar_i":
        pub = with_seconds(pub, rng)
        upd = None
        lines += [f"{names[0]} 기자I {pub:%Y.%m.%d %H:%M:%S}"]
    elif head == "brand_names":
        upd = None
        lines += [f"이데일리 {', '.join(n + ' 기자' for n in names)} {pub:%Y.%m.%d %H:%M}"]
    elif head == "labels_bar":
        lines += [f"입력 | {pub:%Y-%m-%d %H:%M}" + (f" 수정 | {upd:%Y-%m-%d %H:%M}" if upd is not None else "")]
    elif head == "brand_comments":
        upd = None  # "이데일리 2026.11.02 15:23 댓글0": the stamp line ends in the comment counter
        lines += [f"이데일리 {pub:%Y.%m.%d %H:%M} 댓글{rng.randint(0, 9)}"]
    elif head == "section_name":
        lines += [f"입력 | {pub:%Y-%m-%d %H:%M}   수정 | {(upd or pub):%Y-%m-%d %H:%M}"]
        upd = upd or pub
    elif head == "labels_after":  # "2026.11.02 10:50 입력 2026.11.02 11:20 수정": each label after its time
        lines += [f"{pub:%Y.%m.%d %H:%M} 입력" + (f" {upd:%Y.%m.%d %H:%M} 수정" if upd is not None else "")]
    elif head == "writer_field":  # "기자명 이름 기사전송 2026-11-02 10:50 댓글 0": the CMS's writer field
        upd = None
        lines += [f"기자명 {names[0]} 기사전송 {pub:%Y-%m-%d %H:%M} 댓글 {rng.randint(0, 9)}"]
    elif head == "info_bar":
        upd = None  # "• 이름 / • 승인 … / • 댓글 0": the name alone, no role, in the CMS's info bar
        lines += [f"  • {names[0]}", f"  • 승인 {pub:%Y.%m.%d %H:%M}", f"  • 댓글 {rng.randint(0, 9)}", "이 기사를 공유합니다"]
    else:
        lines += [f"입력 {pub:%Y.%m.%d} ({pub:%H:%M})"] + ([f"수정 {upd:%Y.%m.%d} ({upd:%H:%M})"] if upd else [])
    lines += ["", "글자크기", "공유하기", ""]
    placed = []
    captions = []
    for pos, cap in c.placed:
        credit = cap.credit if "뉴스핌" not in (cap.credit or "") else "이데일리DB"
        captions.append(PhotoCaption(text=cap.text, credit=credit))
        placed.append((pos, f"{cap.text} (사진={credit})"))
    lines = assemble_body(lines, "", c.paragraphs, placed, [])
    signed = head not in ("info_bar", "writer_field", "section_name")  # these pages name the reporter in the head alone
    # Sign-offs of other CMSs, from their own stream: "이름기자@매체, e-mail" under the story, or the
    # tag box first and the sign-off below it ("관련태그" / "매체 이름 기자" / e-mail), above the footer.
    sign = {0: "at_brand", 1: "after_tags"}.get(random.Random(f"{env.seed}:edl-sign:{landing}:{index}").randrange(6))
    if head in ("bar_i", "brand_names", "info_bar", "writer_field", "section_name"):
        sign = None  # these heads name the reporters already
    if sign == "after_tags":
        lines += ["", "관련태그"] + [f"이데일리 {r.name} 기자\n{r.email}" for r in spec.reporters[:1]]
        spec.reporters, names = spec.reporters[:1], names[:1]
    for r in spec.reporters if signed and sign != "after_tags" else ():
        lines += [f"{r.name}기자@이데일리, {r.email}" if sign == "at_brand" else f"{r.email} {r.name} 기자"]
    lines += ["", " ".join(rng.sample(HASHTAG_POOL, rng.randint(2, 4))), "",
              "<ⓒ 이데일리 - 허락 없는 전재·배포 금지>", "", "관련기사"]
    lines += related_lines(rng, landing, "%Y.%m.%d %H:%M")
    text = "\n".join(lines) + "\n"
    art = truth_article(spec, c, "edaily", section=spec.section if with_section else None, subsection=None,
                   published_at=pub, updated_at=upd, dateline=None, reporters=names,
                   reporter_roles=["기자"] * len(names),
                   reporter_emails=[r.email for r in spec.reporters] if signed else [],
                   photo_captions=captions)
    return text, art


# ------------------------------------------------------------------ a capture that opens on its headline

CUT_IMAGE_HEADS = ("[포토]", "[단독]", "[화보]", "[영상]")


def render_headline_first(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                          avoid: frozenset[str]) -> tuple[str, Article]:
    """A bare capture of a small daily's page: the headline on the first line, up to two deck
    lines, the story (no stamp, no lead byline), sometimes a sign-off and a headless list of other
    stories' headlines, a related story's image cut
    off mid-address by the capture tool, the copyright footer. Truth: headline and deck from the
    top lines, nothing of the image, the sign-off's reporter (none without it)."""
    spec, c = outlet_story(env, "thepublic", "hf", landing, index, mode, rng, avoid, n_deck=rng.choice((0, 1, 1, 2)))
    r0 = spec.reporters[0]
    lines = [c.title, ""]
    if c.decks:
        lines += list(c.decks) + [""]
    captions: list[PhotoCaption] = []
    for k, para in enumerate(c.paragraphs):
        lines += [para, ""]
        if k == 0 and rng.random() < 0.3:  # an image whose alt text is the headline, with its credit
            credit = rng.choice(("더퍼블릭 DB", "가상 포토", "자료 사진"))
            lines += [f'"{c.title}" {credit}' if rng.random() < 0.5 else f"{c.title} {credit}", ""]
            captions.append(PhotoCaption(text=c.title.strip("\"'“”‘’ "), credit=credit))
        if k == 1 and rng.random() < 0.4:  # a caption glued to the image's enlarge widget, then again
            cap = rng.choice(("신규 생산라인 전경.", "간담회 현장 모습.", "항만 물류센터 전경."))
            lines += [f"{cap}이미지 확대보기", ""] + ([cap, ""] if rng.random() < 0.7 else [])
            captions.append(PhotoCaption(text=cap))
    signoff = rng.random() < 0.5
    emails: list[str] = []
    if signoff:
        lines += [f"{r0.name} 기자", ""]
        if rng.random() < 0.5:  # the e-mail on its own line, then the outlet's promotion lines
            lines += [r0.email, "", "기자의 전체기사 보기", "", "더퍼블릭 뉴스를 구독하고 새 기사 알림을 받아보세요", ""]
            emails = [r0.email]
    if rng.random() < 0.4:  # other stories' headlines, no heading above them
        lines += [x for h in rng.sample(DECOY_HEADLINES, 3) for x in (h, "")]
    if rng.random() < 0.6:
        head = f"{rng.choice(CUT_IMAGE_HEADS)} {rng.choice(DECOY_HEADLINES)}"
        url = f"https://cdn.thepublic.example/news/photo/{landing:%Y%m}/{rng.randint(10000, 99999)}_{rng.randint(1000, 9999)}.jpg"
        lines += [f"![{head}]({url[:rng.randint(30, len(url) - 1)]}" if rng.random() < 0.5 else f"![{head[:rng.randint(6, len(head) - 1)]}", ""]
    lines += ["저작권자 © 더퍼블릭 무단전재 및 재배포 금지"]
    text = "\n".join(lines) + "\n"
    art = truth_article(spec, c, "thepublic", section=None, subsection=None, dateline=None,
                        reporters=[r0.name] if signoff else [], reporter_roles=["기자"] if signoff else [],
                        reporter_emails=emails, photo_captions=captions)
    return text, art


# ------------------------------------------------------------------ a regional or small daily's CMS page

REGIONAL_LEADS = ("slash", "place_brand", "desk", "region_desk", "bracket_place", "bar", "brand_paren", "place_paren",
                  "glued", "dated_byline")
REGIONAL_PROVINCES = ("경기", "충남", "경북", "전남")
REGIONAL_CAPTIONS = ("협약식 참석자들이 기념촬영을 하고 있다.", "신규 생산라인이 가동되고 있다.", "항만 야적장에 컨테이너가 쌓여 있다.")


def render_regional(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                    avoid: frozenset[str]) -> tuple[str, Article]:
    """A regional or small daily's page: a bulleted info bar (``• 등록 2026.11.02 10:49:29`` /
    ``• 조회수 12`` / ``크게보기``) under the headline, then one of eight leads: the brand and the
    reporter split by a slash or a bar (``[매체/이름 기자]본문``, ``[매체ㅣ이름 기자] 본문``), the
    dateline and then the brand inside one bracket (``[세종=매체 이름 기자] 본문``), the brand with its
    place in parentheses (``[매체(세종)=이름 기자]``), a place qualified by its province
    (``[세종(충남)=매체 이름 기자]``), the newsroom signing without a name (``매체 기자 | 본문``,
    ``매체 세종취재본부 | 본문``), or the dateline alone in brackets glued to the story (``[세종]본문``)
    with the sign-off ``이름 기자(e-mail)`` and a ``기사 보기`` link under it; a photo caption under the
    lead closed by ``/이름 기자`` or ``/ 뉴시스`` (own stream); a comment prompt
    (``댓글을 작성하려면로그인해주세요.``) and the footer close the page. Two more leads: the reporter
    glued to the role and the story glued to the bracket (``[매체=이름기자]본문``), and a CMS in an
    English skin that prints, instead of the info bar, the day then the writer with an English role
    (``2026-11-02     이름 editor``, no time). Truth: the reporter the lead or the sign-off names (none
    for a newsroom's signature), the bracket's dateline, the caption and its credit (the photographer,
    or the agency); the day alone for the dated byline."""
    spec, c = outlet_story(env, "thepublic", "rgn", landing, index, mode, rng, avoid, n_deck=rng.choice((0, 1, 1)))
    r0 = spec.reporters[0]
    lead = REGIONAL_LEADS[index % len(REGIONAL_LEADS)]
    pub = with_seconds(c.published_at, rng)
    lines = ["더퍼블릭", "로그인", "", c.title, ""]
    if c.decks:
        lines += list(c.decks) + [""]
    if lead == "dated_byline":
        pub = pub.replace(hour=0, minute=0, second=0)
        lines += [f"{pub:%Y-%m-%d}     {r0.name} editor", ""]
    else:
        views = rng.randint(2, 999)
        # own stream (the other pages keep their bytes): a CMS info line instead of the bar, the time first,
        # then the section and the reporter ("2026-11-02 10:49 | 경제 | 이름 기자 | 조회 12")
        info = random.Random(f"{env.seed}:rgn-info:{landing}:{index}")
        draw = info.random()
        if draw < 0.3 and lead not in ("desk", "region_desk"):
            pub = pub.replace(second=0)
            lines += [f"{pub:%Y-%m-%d %H:%M} | 경제 | {r0.name} {r0.role} | 조회 {views}", ""]
        elif draw < 0.45 and lead not in ("desk", "region_desk"):
            # the byline and the day alone ("이름 기자 | 2026.11.02"), or the stamp's day and time on two lines
            if info.random() < 0.5:
                pub = pub.replace(hour=0, minute=0, second=0)
                lines += [f"{r0.name} {r0.role} | {pub:%Y.%m.%d}", ""]
            else:
                pub = pub.replace(second=0)
                lines += [f"입력 {pub:%Y.%m.%d}", f"{pub:%H:%M}", ""]
        else:
            lines += [f"  • 등록 {pub:%Y.%m.%d %H:%M:%S}", f"  • 조회수 {views}", "크게보기", ""]
    who = f"{r0.name} {r0.role}"
    province = REGIONAL_PROVINCES[index % len(REGIONAL_PROVINCES)]
    prefix = {"slash": f"[더퍼블릭/{who}]", "place_brand": f"[{spec.dateline}=더퍼블릭 {who}] ",
              "desk": "더퍼블릭 기자 | ", "region_desk": f"더퍼블릭 {spec.dateline}취재본부 | ",
              "bracket_place": f"[{spec.dateline}]", "bar": f"[더퍼블릭ㅣ{who}] ",
              "brand_paren": f"[더퍼블릭({spec.dateline})={who}] ", "place_paren": f"[{spec.dateline}({province})=더퍼블릭 {who}] ",
              "glued": f"[더퍼블릭={r0.name}{r0.role}]", "dated_byline": ""}[lead]
    dateline = {"place_brand": spec.dateline, "bracket_place": spec.dateline, "brand_paren": spec.dateline,
                "place_paren": f"{spec.dateline}({province})"}.get(lead)
    # a photo under the lead, its caption closed by the photographer or the agency after a slash
    shot = random.Random(f"{env.seed}:rgn-photo:{landing}:{index}")
    captions: list[PhotoCaption] = []
    caption_line = None
    if shot.random() < 0.6:
        text = shot.choice(REGIONAL_CAPTIONS)
        if shot.random() < 0.5:
            ph = shot.choice(env.photographers["thepublic"]).name
            caption_line, credit = f"{text} /{ph} 기자", ph
        else:
            caption_line, credit = f"{text} / 뉴시스", "뉴시스"
        captions.append(PhotoCaption(text=text, credit=credit))
    for k, para in enumerate(c.paragraphs):
        lines += [prefix + para if k == 0 else para, ""]
        if k == 0 and caption_line:
            lines += [caption_line, ""]
    named = lead in ("slash", "place_brand", "bracket_place", "bar", "brand_paren", "place_paren", "glued", "dated_byline")
    role = "editor" if lead == "dated_byline" else r0.role
    if lead == "bracket_place":
        lines += [f"{who}({r0.email})", "", "기사 보기", ""]
    lines += ["댓글을 작성하려면로그인해주세요.", "", "저작권자 © 더퍼블릭 무단전재 및 재배포 금지"]
    text = "\n".join(lines) + "\n"
    art = truth_article(spec, c, "thepublic", section=None, subsection=None, published_at=pub, updated_at=None,
                        dateline=dateline, reporters=[r0.name] if named else [], reporter_roles=[role] if named else [],
                        reporter_emails=[r0.email] if lead == "bracket_place" else [], photo_captions=captions)
    return text, art


# ------------------------------------------------------------------ a photo credit that runs into the story

# Made-up sources of a picture, and what the pictures show (a scene named by a noun, no sentence)
CREDIT_SOURCES = ("누리시청", "바른소재연구원", "가람물류협회")
CREDIT_LEADS = ("bracket", "bare", "caption")
CREDIT_TOP_CAPTIONS = ("시험 가동에 들어간 소재 공장.", "새로 문을 연 물류센터 입구.", "협약식이 열린 회의실.")
SCENE_CAPTIONS = ("항만 야적장에 쌓인 컨테이너 모습.", "시험 라인이 돌아가는 공장 내부 전경", "부두에 접안한 화물선 모습")
# a lone caption pointing up at the picture above it (a noun phrase, no scene word), its credit line under it
POINTER_CAPTIONS = ("▲ 시험 가동에 들어간 누리소재 공장.", "↑↑ 홍가람 누리시의회 의원", "▲ 가람항 3부두 하역 설비")
CLOSING_QUOTES = ("현장의 목소리를 더 듣겠다", "지원 대상을 넓히는 방안을 검토하겠다", "일정대로 준비를 마치겠다")
LINK_LINES = ("(www.nuri-ilbo.kr/news/view/10482)", "(https://nuri-ilbo.kr/article/20261102)")


def render_credit_glued(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                        avoid: frozenset[str]) -> tuple[str, Article]:
    """A small daily whose photo credit runs into the story: the credit alone in brackets before the lead
    (``[사진=기관] 본문``), bare (``사진=기관 본문``), or closing the top photo's caption with no space after it
    (``설명. [사진=기관]본문``); under the lead a picture named by its scene (``… 모습.``, ``… 전경``), a caption
    closed by ``(c)기관``, or (one page in three) a lone line pointing up at it (``▲ 설명.``, ``↑↑ 이름 직함``) over
    ``[사진 제공 = 기관]``; on every other page a closing quote signed by the wire after its full stop (``…"라고
    말했다. /뉴시스``); the story's source link alone in parentheses under it; the info bar, no byline, the footer.
    Truth: the paragraphs without any credit, the captions with theirs."""
    spec, c = outlet_story(env, "thepublic", "cgl", landing, index, mode, rng, avoid, n_deck=0)
    lead = CREDIT_LEADS[index % len(CREDIT_LEADS)]
    pick = random.Random(f"{env.seed}:cgl-photo:{landing}:{index}")
    source = pick.choice(CREDIT_SOURCES)
    pub = with_seconds(c.published_at, rng)
    lines = ["더퍼블릭", "로그인", "", c.title, "", f"  • 등록 {pub:%Y.%m.%d %H:%M:%S}", f"  • 조회수 {rng.randint(2, 999)}", ""]
    captions: list[PhotoCaption] = []
    top = pick.choice(CREDIT_TOP_CAPTIONS)
    prefix = {"bracket": f"[사진={source}] ", "bare": f"사진={source} ", "caption": f"{top} [사진={source}]"}[lead]
    if lead == "caption":
        captions.append(PhotoCaption(text=top, credit=source))
    wire = index % 2 == 1
    paragraphs = list(c.paragraphs)
    if wire:  # the story closes on a reported quote, the wire's name after its full stop
        paragraphs.append(f"{source} 관계자는 \"{pick.choice(CLOSING_QUOTES)}\"라고 말했다.")
        c.paragraphs = paragraphs
    for k, para in enumerate(paragraphs):
        last = k == len(paragraphs) - 1
        lines += [(prefix if k == 0 else "") + para + (" /뉴시스" if wire and last else ""), ""]
        if k == 0:
            if index % 3 == 2:  # (its own draw: the other pages keep their bytes)
                pointed = POINTER_CAPTIONS[index // 3 % len(POINTER_CAPTIONS)]
                lines += [pointed, f"[사진 제공 = {source}]", ""]
                captions.append(PhotoCaption(text=pointed.lstrip("▲↑ ")))
            elif pick.random() < 0.5:
                scene = pick.choice(SCENE_CAPTIONS)
                lines += [scene, ""]
                captions.append(PhotoCaption(text=scene))
            else:
                other = pick.choice([x for x in CREDIT_SOURCES if x != source])
                text = pick.choice([x for x in CREDIT_TOP_CAPTIONS if x != top])
                lines += [f"{text} (c){other}", ""]
                captions.append(PhotoCaption(text=text, credit=other))
    lines += [pick.choice(LINK_LINES), "", "댓글을 작성하려면로그인해주세요.", "", "저작권자 © 더퍼블릭 무단전재 및 재배포 금지"]
    text = "\n".join(lines) + "\n"
    art = truth_article(spec, c, "thepublic", section=None, subsection=None, published_at=pub, updated_at=None,
                        dateline=None, reporters=[], reporter_roles=[], reporter_emails=[], photo_captions=captions)
    return text, art


# ------------------------------------------------------------------ a small outlet the registry does not know

# Made-up press names, built like the press's (none registered: tests/test_extract_synth.py checks)
UNREGISTERED_BRANDS = ("누리일보", "새벽경제신문", "바른목소리뉴스", "가람타임스", "가람인사이트", "K누리")
UNREGISTERED_LEADS = ("place_brand", "brand_eq", "slash", "footer_only", "copy", "brand_space")
# A related list under the story: a registered agency's teasers (its lead byline, its bracketed brand), which
# name another story's outlet, never this page's
UNREGISTERED_RELATED = ("관련기사", "[{place}=뉴시스] {name} 기자 = 가람시 누리소재 기업들이 원료 확보에 나섰다.",
                        "[연합뉴스] 누리소재 값 석 달째 올라")


def render_unregistered(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                        avoid: frozenset[str]) -> tuple[str, Article]:
    """A small outlet the press table does not know, named only by what its page prints: the info bar
    (``• 등록 …`` / ``• 조회수 N``), then one of five leads — the brand after the dateline's ``=``
    (``[세종=매체 이름 기자] 본문``), before the reporter's (``[매체=이름기자]본문``), split from the reporter by
    a slash (``[매체/이름 기자]본문``), no lead byline at all, or a copy: one outlet's lead byline over another
    outlet's footer, or the brand and the reporter in one bracket (``[가람인사이트 이름 기자]``: a brand built like
    no name, with no press word at its end) — and the footer ``저작권자 © 매체 무단전재 및 재배포 금지``. No e-mail
    domain on the page. One page in three carries a related list under the story (``관련기사``, a registered
    agency's teaser with its lead byline, ``[연합뉴스] 제목``).
    Truth: the outlet is the brand as printed (the lead's, else the footer's); a copy names none (whose
    page it is, the page does not settle); the lead's reporter and dateline; the related list names no outlet."""
    spec, c = outlet_story(env, "thepublic", "unr", landing, index, mode, rng, avoid, n_deck=0)
    r0 = spec.reporters[0]
    lead = UNREGISTERED_LEADS[index % len(UNREGISTERED_LEADS)]
    pick = random.Random(f"{env.seed}:unr-brand:{landing}:{index}")
    brand, other = pick.sample(UNREGISTERED_BRANDS, 2)
    pub = with_seconds(c.published_at, rng)
    lines = ["로그인", "", c.title, "", f"  • 등록 {pub:%Y.%m.%d %H:%M:%S}", f"  • 조회수 {rng.randint(2, 999)}", ""]
    who = f"{r0.name} {r0.role}"
    prefix = {"place_brand": f"[{spec.dateline}={brand} {who}] ", "brand_eq": f"[{brand}={r0.name}{r0.role}]",
              "slash": f"[{brand}/{who}]", "footer_only": "", "copy": f"[{other}={r0.name}{r0.role}]",
              "brand_space": f"[{brand} {who}] "}[lead]
    for k, para in enumerate(c.paragraphs):
        lines += [prefix + para if k == 0 else para, ""]
    if index % 3 == 0:
        teaser = pick.choice(env.photographers["thepublic"]).name  # a made-up name of the cast
        lines += [s.format(place=spec.dateline or "서울", name=teaser) for s in UNREGISTERED_RELATED] + [""]
    lines += ["댓글을 작성하려면로그인해주세요.", "", f"저작권자 © {brand} 무단전재 및 재배포 금지"]
    text = "\n".join(lines) + "\n"
    named = lead != "footer_only"
    art = truth_article(spec, c, brand, section=None, subsection=None, published_at=pub,
                        updated_at=None, dateline=spec.dateline if lead == "place_brand" else None,
                        reporters=[r0.name] if named else [], reporter_roles=[r0.role] if named else [],
                        reporter_emails=[], photo_captions=[])
    if lead == "copy":
        art.outlet = None
    return text, art


# ------------------------------------------------------------------ a small outlet named only by its site's notice

# The forms a site prints its name in around the story, none of them a byline (k2, session 14): the copyright notice
# without its mark first (the brand before it, or after a bar), the mark and the brand over the notice's line, a
# sentence naming the rights' owner, a pledge to a press ethics code, and the browser title with a CMS's section path
# Session 15 (k2): two more of the site's own marks — its promotion of its own channel under the story, and its footer
# line of the name, an address and a telephone number. Session 16 (k2): the notice as a sentence about the site's contents
# and copyright law, and the site's name as an item of the info bar beside the stamp ("bar")
SITE_NOTICE_FORMS = ("{brand} 무단전재 및 재배포 금지", "<무단전재 및 재배포 금지 / {brand}>", "ⓒ {brand}\n무단 전재 및 재배포 금지",
                     "이 기사의 저작권은 {brand}에 있습니다.", "{brand}는 인터넷신문위원회의 윤리강령을 준수합니다.",
                     "title", "▶ 네이버에서 {brand} 구독하기", "{brand} | 경기도 가상시 누리로 45 | 대표전화 031-555-0188",
                     "{brand}의 모든 콘텐츠(기사)는 저작권법의 보호를 받습니다.", "bar")
SITE_NOTICE_BRANDS = ("누리일보", "새벽경제신문", "바른목소리뉴스", "가람타임스")  # press-shaped names of made-up outlets


def render_site_notice(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                       avoid: frozenset[str]) -> tuple[str, Article]:
    """A small outlet the press table does not know whose page names it only where the site speaks of itself, in one
    of ten forms (``SITE_NOTICE_FORMS``): ``매체 무단전재 및 재배포 금지``, ``<무단전재 및 재배포 금지 / 매체>``, ``ⓒ 매체`` over
    the notice's line, ``이 기사의 저작권은 매체에 있습니다.``, ``매체는 인터넷신문위원회의 윤리강령을 준수합니다.``, the browser
    title printed first (``헤드라인 < 섹션 < 기사본문 - 매체``), ``▶ 네이버에서 매체 구독하기`` or the footer line ``매체 | 주소 |
    대표전화 …``, ``매체의 모든 콘텐츠(기사)는 저작권법의 보호를 받습니다.`` or the name as the info bar's item above the stamp
    (``  • 매체``). No lead byline, no e-mail, no ©-opened footer.
    Truth: the outlet is the brand as printed; the notice lines are no part of the story."""
    spec, c = outlet_story(env, "thepublic", "snt", landing, index, mode, rng, avoid, n_deck=0)
    form = SITE_NOTICE_FORMS[index % len(SITE_NOTICE_FORMS)]
    brand = SITE_NOTICE_BRANDS[index // len(SITE_NOTICE_FORMS) % len(SITE_NOTICE_BRANDS)]
    pub = with_seconds(c.published_at, rng)
    top = [f"{c.title} < 산업 < 기사본문 - {brand}", ""] if form == "title" else []
    bar = [f"  • {brand}"] if form == "bar" else []
    lines = [*top, "로그인", "", c.title, "", *bar, f"  • 등록 {pub:%Y.%m.%d %H:%M:%S}", f"  • 조회수 {rng.randint(2, 999)}", ""]
    for para in c.paragraphs:
        lines += [para, ""]
    lines += ["댓글을 작성하려면로그인해주세요.", ""]
    if form not in ("title", "bar"):
        lines += [form.format(brand=brand)]
    text = "\n".join(lines) + "\n"
    art = truth_article(spec, c, brand, section=None, subsection=None, published_at=pub,
                        updated_at=None, dateline=None, reporters=[], reporter_roles=[],
                        reporter_emails=[], photo_captions=[])
    return text, art


# ------------------------------------------------------------------ a regional TV station's web page

WRAP_WIDTH = 24  # characters per line of a fixed-width capture


def _fixed_width(sentence: str) -> list[str]:
    """A sentence cut into lines of at most WRAP_WIDTH characters at spaces, wherever the width runs out
    (after a noun as well as after a particle), as a fixed-width capture prints it."""
    out: list[str] = []
    line = ""
    for word in sentence.split():
        if line and len(line) + 1 + len(word) > WRAP_WIDTH:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return out


def render_broadcast_web(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                         avoid: frozenset[str]) -> tuple[str, Article]:
    """A regional TV station's web page (or an app's copy of it): the headline, the broadcast date
    alone on the next line or as ``방송일자`` with the date on the line below, ``<앵커>``, the anchor's
    sentences, the hand-over (``이름 기자입니다.``), ``<기자>``, the reporter's sentences, the closer
    with the name set apart (``YTN 이름 입니다.``), then the app's menu and a cut promotion line. One page
    in three is captured at a fixed width: the sentences' lines cut wherever the width runs out, no blank
    line between them. About one page in three is a video site's repost instead: its one title line
    ``헤드라인 [저녁 뉴스] / YTN YYYY.MM.DD.`` carries the headline and the day (own stream).
    Truth: the broadcast date (a date, no time), the reporter of the hand-over; the closer and the
    app's lines are no story text."""
    spec, c = outlet_story(env, "ytn", "tvw", landing, index, mode, rng, avoid, n_deck=0)
    reporter = spec.reporters[0]
    spec.reporters = (reporter,)
    sents = _sentences(c.paragraphs)
    n_anchor = 1 if len(sents) < 4 else 2
    handover = f"{reporter.name} 기자입니다."
    day = c.published_at.date()
    if random.Random(f"{env.seed}:tvw-clip:{landing}:{index}").random() < 0.3:
        # a video site's repost of the clip (own stream): one title line carries the headline, the programme,
        # the broadcaster and the day it aired
        lines = [f"{c.title} [저녁 뉴스] / YTN {day:%Y.%m.%d}.", ""]
    else:
        lines = ["YTN", "", c.title, ""]
        lines += [f"{day:%Y-%m-%d}", ""] if index % 2 == 0 else ["방송일자", f"{day:%Y-%m-%d}", ""]
    wrapped = index % 3 == 2  # one page in three captured at a fixed width: no blank lines, lines cut anywhere
    lines += ["<앵커>", ""]
    for s in sents[:n_anchor]:
        lines += _fixed_width(s) if wrapped else [s, ""]
    lines += ["", handover, "", "<기자>", ""]
    for s in sents[n_anchor:]:
        lines += _fixed_width(s) if wrapped else [s, ""]
    lines += ["", f"YTN {reporter.name} 입니다.", "", "Menu", "", "앱을 통해 내 지역 속보, 날씨, 교통 소식을 받아 보세"]
    text = "\n".join(lines) + "\n"
    art = truth_article(spec, c, "ytn", section=None, subsection=None, subtitle_lines=[], dateline=None,
                        published_at=datetime.combine(day, datetime.min.time(), tzinfo=c.published_at.tzinfo),
                        updated_at=None, reporters=[reporter.name], reporter_roles=["기자"], reporter_emails=[],
                        paragraphs=[*sents[:n_anchor], handover, *sents[n_anchor:]], photo_captions=[])
    return text, art


# ------------------------------------------------------------------ a portal's machine summary over its copy

PORTAL_TAGS = ("[산업]", "[공급망]", "[경제 일반]")  # a tag the portal prints above the copied story
PORTAL_LABELS = ("음성으로 듣기 켜기", "글씨 키우기 설정", "스크랩 담아두기")
PORTAL_WIDGETS = ("앱에서 편하게 읽기 설정", "오늘 놓친 소식 모아 보기", "글꼴 바꾸기 도움말")


def render_portal_summary(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                          avoid: frozenset[str]) -> tuple[str, Article]:
    """A portal's copy of a News1 story under the portal's own machine summary: the headline, the
    portal's ``이름 2026. 11. 2. 16:45`` line, the notice ``전체 맥락을 이해하기 위해서는 본문 보기를
    권장합니다.`` over three sentences the portal drew from the story, the font-size widget, then the
    outlet's copy: its deck lines (none to three), at times a bracketed tag alone on a line, the
    ``(서울=뉴스1) 이름 기자 =`` lead and the story (half the copies open straight on the story).
    Truth: the deck lines under the widget are the deck (the tag is not); the summary is no story text
    (the story's sentences appear once, in the story) and the page is flagged as carrying an AI summary."""
    spec, c = outlet_story(env, "news1", "pts", landing, index, mode, rng, avoid)
    names, roles, who = byline_names(spec)
    r0 = spec.reporters[0]
    pub = c.published_at
    summary = _sentences(c.paragraphs)[:3]
    # one page in two shows a widget line of the portal above the headline that no chrome list knows (on pages
    # whose headline echoes its story in two words or more, as real headlines do)
    story_words = {w.strip("\"'“”‘’…,.") for w in " ".join(c.paragraphs).split()}
    echoes = len({w.strip("\"'“”‘’…,.") for w in c.title.split()} & story_words) >= 2
    top = [rng.choice(PORTAL_WIDGETS), ""] if index % 4 in (0, 3) and echoes else []
    under = [rng.choice(PORTAL_LABELS), ""] if index % 4 == 1 else []  # a button label of the portal under the headline
    lines = ["전체메뉴", "", *top, c.title, "", *under, f"{r0.name} {pub.year}. {pub.month}. {pub.day}. {pub:%H:%M}", "",
             "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.", ""]
    lines += [x for s in summary for x in (s, "")]
    lines += ["글자크기 설정 파란원을 좌우로 움직이시면 글자크기가 변경 됩니다.", "", "이 글자크기로 변경됩니다.", "",
              "(예시) 가장 빠른 뉴스가 있고 다양한 정보를 한곳에서 만나는 포털 뉴스입니다.", ""]
    lines += [x for d in c.decks for x in (d, "")]
    if index % 3 == 1:
        lines += [rng.choice(PORTAL_TAGS), ""]
    lead = index % 2 == 1  # half the copies keep the outlet's lead byline, half open straight on the story
    lines = assemble_body(lines, f"({spec.dateline}=뉴스1) {who} = " if lead else "", c.paragraphs, [], [])
    lines += ["", "Copyright ⓒ 뉴스1. 무단 전재 및 재배포 금지.", ""]
    text = "\n".join(lines) + "\n"
    mg = {"ai_summary": True, "ai_translation": False, "ai_stock_analysis": False}
    people = dict(reporters=names, reporter_roles=roles) if lead else \
        dict(reporters=[r0.name], reporter_roles=[""], dateline=None)  # the portal's name line prints no role
    art = truth_article(spec, c, "news1", section=None, subsection=None, published_at=pub, updated_at=None,
                        reporter_emails=[], photo_captions=[], machine_generated=mg, **people)
    return text, art


# ------------------------------------------------------------------ English: a list of other stories between two headline copies

RELATED_LABELS = ("Report", "Blog", "Case Study", "Podcast")
# the second copy of the headline printed behind the page's path or its section's name, glued on (no space)
RELATED_CRUMBS = ("Home › Metals › ", "Markets")
RELATED_BUTTONS = ("Email this to a friend", "Toggle night theme", "Larger print mode")
RELATED_DESKS = ("Harbor Metals Desk", "Corridor Research", "Inland Supply Monitor")
# a site's own label left between the story's paragraphs (names nothing the story names), and a summary box's heading
RELATED_INLINE_LABELS = ("Tip Jar Corner", "Image Gallery", "Quirky Kitten Wins Regional Yodelling Contest Again")
RELATED_SUMMARY_HEADS = ("Synopsis", "Summary")
RELATED_SUMMARY = "A short account of the plan and what comes next for the firms it names."
# a one-sentence standfirst with its full stop, then the site's summary box of points under a heading ending on ":"
RELATED_STANDFIRST = "The desk expects the plan to reach the firms it names within the year."
RELATED_TAKEAWAYS = ("Key Takeaways:", "  • The plan names three invented firms.", "  • Work starts next quarter.")
# under the story at times: the desk's card (an avatar's label over what the desk is) or an agency's tag alone
RELATED_CARD = ("Avatar photo", "{desk} is the region's leading invented metals newspaper - news for buyers and mills")
RELATED_TAGS = ("MTI", "(AFP)", "— Anadolu")
# the site's trailer glued after the story's last sentence on the same line (a copyright notice, the story's tags)
RELATED_TRAILERS = ("© {year} {desk}", "Copyright © {desk} {year}. All rights reserved.", "#InventedMetals #SupplyChain")
RELATED_TAILS = ("and what it could mean for suppliers over the months ahead",
                 "as buyers weigh longer contracts against a run of price swings",
                 "with analysts split on how quickly the backlog can clear")


def render_english_related(env: Env, landing: date, index: int, mode: str, rng: random.Random,
                           avoid: frozenset[str]) -> tuple[str, Article]:
    """A research desk's news page captured with its sidebar first: the page's path line, at times a skip link
    no chrome list knows, the headline
    (the document title, in one page of two decorated with the desk's name: ``Headline | Desk``), a list of
    other items, each a label (``Report``, ``Blog``, …) over a long
    headline that stops without a full stop, the headline again (behind the page's path or its section's name,
    glued on, on one page in six whose first copy is bare: ``Home › Metals › Headline``, ``MarketsHeadline``), at
    times a button label and a deck under it, then the story
    (no stamp, no byline); one page in four shows, instead of a deck, the site's summary box (``Synopsis`` or
    ``Summary`` over a sentence), one in eight (own stream) a one-sentence standfirst with its full stop over a
    ``Key Takeaways:`` box of points (the standfirst is the deck, the box neither deck nor story), one in three a site label between the first two paragraphs; under the story, one
    page in five the desk's card (``Avatar photo`` over ``Desk is the region's leading … newspaper``), another one
    in five an agency's tag alone (``MTI``, ``(AFP)``), another one in five the site's trailer glued after the story's
    last sentence (``… © 2024 Desk``, ``#Tag #Tag``) with a site line under it. Truth: the headline; the deck only when one sits right under
    the second copy (the summary box's sentence is one); the list, the label, the card and the tag are neither
    deck nor story, and name no writer; the card names the outlet (the desk, as it describes itself), nothing else does."""
    name = f"enr-{landing:%Y%m%d}-{index:03d}"
    source_path = f"raw/{landing.isoformat()}/{name}.txt"
    s = english_story(landing, "filled_no_update", rng, avoid, "Yonhap")
    if index % 2 == 0:
        s["subtitle"] = None
    items = [(rng.choice(RELATED_LABELS), f"{h} {rng.choice(RELATED_TAILS)}")
             for h in rng.sample(E.DECOY_HEADLINES, rng.choice((2, 3)))]
    # one page in two shows the document title decorated with the desk's name (no list of known brands names it)
    top = f"{s['title']} {rng.choice(('|', '-', '–'))} {rng.choice(RELATED_DESKS)}" if index % 4 >= 2 else s["title"]
    lines = [f"news-insights latest-news /news-insights/latest-news/{landing:%Y%m%d}-{index:03d} content",
             *(["Skip straight to the reading pane"] if index % 3 == 0 else []), "In This List", "", top, ""]
    for label, headline in items:
        lines += [label, "", headline, ""]
    crumb = RELATED_CRUMBS[index // 3 % len(RELATED_CRUMBS)] if index % 4 < 2 and index % 3 == 1 else ""
    lines += ["", crumb + s["title"], ""]  # one bare first copy in six: the second glued behind a path or a section
    if index % 4 == 1:  # a button label of the site under the headline: a reader action, or a label naming
        lines += [RELATED_BUTTONS[index // 4 % len(RELATED_BUTTONS)], ""]  # nothing the story names
    if index % 4 == 0:  # no deck: the site's summary box under its heading (the summary is the page's deck)
        s["subtitle"] = RELATED_SUMMARY
        lines += [RELATED_SUMMARY_HEADS[index // 4 % len(RELATED_SUMMARY_HEADS)], s["subtitle"], ""]
    elif s["subtitle"]:
        lines += [s["subtitle"], ""]
    elif index % 4 == 2 and random.Random(f"{env.seed}:enr-standfirst:{landing}:{index}").random() < 0.5:
        # own stream (the other pages keep their bytes): a standfirst with its full stop over a summary box of points
        s["subtitle"] = RELATED_STANDFIRST
        lines += [s["subtitle"], "", *RELATED_TAKEAWAYS, ""]
    story = [x for p in s["paragraphs"] for x in (p, "")]
    if index % 3 == 2 and len(s["paragraphs"]) > 2:  # a site label between the first two paragraphs
        story[2:2] = [RELATED_INLINE_LABELS[index // 3 % len(RELATED_INLINE_LABELS)], ""]
    lines += story
    if index % 5 == 1:
        lines += [RELATED_CARD[0], "", RELATED_CARD[1].format(desk=RELATED_DESKS[index % len(RELATED_DESKS)]), ""]
    elif index % 5 == 3:
        lines += [RELATED_TAGS[index // 5 % len(RELATED_TAGS)], ""]
    elif index % 5 == 4:  # the trailer glued to the story's last line, then the site's next line
        trailer = RELATED_TRAILERS[index // 5 % len(RELATED_TRAILERS)]
        lines[-2] += " " + trailer.format(year=landing.year, desk=RELATED_DESKS[index % len(RELATED_DESKS)])
        lines += ["Most shared this week", ""]
    text = "\n".join(lines) + "\n"
    dates = dict(published_at=datetime.combine(landing, datetime.min.time(), tzinfo=KST),
                 published_at_source="landing_date", published_at_confidence=PUBLISHED_AT_CONFIDENCE["landing_date"])
    # the desk's card calls the desk a newspaper: the site describing itself names the outlet (k2, session 14)
    outlet = RELATED_DESKS[index % len(RELATED_DESKS)] if index % 5 == 1 else None
    return text, english_truth(source_path, s, outlet, section=None, updated_at=None, photo_captions=[], **dates)
