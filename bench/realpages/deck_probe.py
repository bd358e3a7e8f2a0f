"""How the DECK (the standfirst or summary lines under the headline) and the BODY'S START hold on deck FORMS no rule
was written from: made-up pages, each read whole as a landed page.

    PYTHONPATH=include python bench/realpages/deck_probe.py [--verbose]

A news page's deck is printed in a closed vocabulary of forms: one to three short lines between the headline and
the byline or stamp, or under them just above the story; with list markers (``-``, ``■``, ``◆``, ``•``) or
without; Korean noun phrases, a clause closing on ``…다`` without a full stop, or whole sentences with one; an
English standfirst with or without its full stop; in markdown as a heading, in italics or in bold; lines with a
blank line between them; a photo and its caption between the deck and the story. Pages printing **no deck** are
the controls: the deck must come out empty and the story's first paragraph must stay the story's (a short first
sentence under the stamp, a lead right under the headline, a subheading inside the story).

Printed per page: whether the deck comes out right (the exact set of lines, without a leading list marker, as
``bench_realpages`` compares it) and whether the body's first 40 characters do (the story's own first words).
Every line, name, outlet and story is invented; no page of the corpus is read.

The ``check`` pages were written with the ``probe`` pages (k3, session 14), before the probe was first run and
before any rule was measured against it; they are never tuned on and never edited: a rule that fixes a ``probe``
page and not its ``check`` sibling fits the probe, not the form. Round 2 (``probe2``/``check2``: the study half's
kinds in other words — a byline line naming a wire or a site, the site's name under the date, a date line printing
the same day several ways, standfirsts opening on "By …") was written after the first rule from the study half,
before its own first run. Round 3 (``probe3``/``check3``, k3, session 16: a deck line right over a Korean
``[place=brand]`` lead or an English wire lead with no byline or stamp between them, a standfirst asking a question,
a quote as the deck, a long Korean deck line without a stop; wire leads with no deck as controls) was written at
the session's start, before its own first run and before any page was read; round 4 (``probe4``/``check4``: a blog
platform's post meta as a list, a ``by · Wire`` line, a standfirst opening on "By the …") after reading the study
half's misses, before its own first run; round 5 (``probe5``/``check5``: credits, notices, sponsor and
kind labels between the headline and the story, no deck) from no page, before its own first run. Round 6
(``probe6``/``check6``, k1, session 17: a standfirst with its full stop right over the story under the byline, an
unmarked caption over the lead, a deck over a caption closed by its credit, a standfirst over a caption printed
twice) from no page, before its own first run; round 7 (``probe7``/``check7``: a Korean deck sentence over a
CMS's bulleted info bar of the writer's bare name and the stamps) and round 8 (``probe8``/``check8``: a blog's post meta list whose
first item shares a word with the story) after reading the study half's misses, each before its own first run.
"""

from __future__ import annotations

import sys
from datetime import date
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "include"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import body_head, deck_line, norm  # noqa: E402
from stamp_format_probe import print_totals, probe_main, score_pages  # noqa: E402

from chainwire.extract.dispatch import extract_raw  # noqa: E402

LANDING = date(2025, 3, 6)
BODY_CHARS = 40

# language → (headline, paragraphs, footer)
STORIES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "ko": ("가람시, 수소버스 충전소 3곳 연내 추가 구축",
           ("가람시가 시내버스 차고지 세 곳에 수소 충전소를 새로 짓는다고 5일 밝혔다.",
            "시는 국비와 시비 120억 원을 들여 하루 버스 150대를 충전할 수 있는 설비를 갖출 계획이다.",
            "시 관계자는 \"충전 대기 시간이 줄면 수소버스 도입도 빨라질 것\"이라고 말했다.",
            "시는 2027년까지 시내버스의 절반을 수소버스로 바꾼다는 목표를 세웠다."),
           "ⓒ 가람일보 무단전재 및 재배포 금지"),
    "en": ("Invented port opens rare earth terminal to cut reliance on a single supplier",
           ("An invented port authority opened a terminal for rare earth concentrates on Tuesday, saying it would let "
            "local magnet makers buy from more suppliers.",
            "The terminal can store about 40,000 tonnes and has rail links to two processing plants inland, the "
            "authority said.",
            "\"Buyers have asked for years for a second route in,\" the authority's chief executive told reporters.",
            "Shipments from three new suppliers are due to arrive before the end of the year."),
           "© Invented Courier. All rights reserved."),
}

# (set, shape, language, page with {T} the headline, {S} the story's paragraphs, {S2} the same with a blank line
# between them, {P1} its first paragraph, {REST} the others, {FOOT} the footer; the deck lines the page prints, as a
# reader labels them)
PAGES: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    # ---------------------------------------------------------------- Korean: two short lines above the byline/stamp
    ("probe", "ko-two-above", "ko", "가람일보\n{T}\n충전소 늘려 수소버스 도입 속도\n하루 150대 충전 가능\n"
     "입력 2025.03.05 10:20\n김가람 기자\n{S}\n{FOOT}", ("충전소 늘려 수소버스 도입 속도", "하루 150대 충전 가능")),
    ("check", "ko-two-above", "ko", "누리신문\n{T}\n차고지 3곳에 120억 투입\n2027년 시내버스 절반 수소로\n"
     "박누리 기자 | 등록 2025-03-05 10:20\n{S}\n{FOOT}", ("차고지 3곳에 120억 투입", "2027년 시내버스 절반 수소로")),
    # Korean: the deck under the byline and stamp, right above the story
    ("probe", "ko-under-byline", "ko", "가람일보\n{T}\n김가람 기자\n입력 2025.03.05 10:20\n충전소 늘려 수소버스 도입 속도\n"
     "하루 150대 충전 가능\n{S}\n{FOOT}", ("충전소 늘려 수소버스 도입 속도", "하루 150대 충전 가능")),
    ("check", "ko-under-byline", "ko", "누리신문\n{T}\n등록 2025-03-05 10:20 | 박누리 기자\n차고지 3곳에 120억 투입\n"
     "2027년 시내버스 절반 수소로\n{S}\n{FOOT}", ("차고지 3곳에 120억 투입", "2027년 시내버스 절반 수소로")),
    # Korean: list markers before each line, three lines
    ("probe", "ko-marked", "ko", "가람일보\n{T}\n- 차고지 3곳에 충전소 추가\n- 하루 150대 충전 설비 갖춰\n"
     "- 2027년 시내버스 절반 수소로\n입력 2025.03.05 10:20\n김가람 기자\n{S}\n{FOOT}",
     ("- 차고지 3곳에 충전소 추가", "- 하루 150대 충전 설비 갖춰", "- 2027년 시내버스 절반 수소로")),
    ("check", "ko-marked", "ko", "누리신문\n{T}\n◆ 국비·시비 120억 원 투입\n◆ 충전 대기 시간 줄어들 듯\n박누리 기자\n"
     "등록 2025-03-05 10:20\n{S}\n{FOOT}", ("◆ 국비·시비 120억 원 투입", "◆ 충전 대기 시간 줄어들 듯")),
    # Korean: a deck line closing a clause on …다 without a full stop, and a quote
    ("probe", "ko-clause", "ko", "가람일보\n{T}\n가람시, 차고지 세 곳에 충전소 짓는다\n시 \"도입 속도 빨라질 것\"\n"
     "입력 2025.03.05 10:20\n김가람 기자\n{S}\n{FOOT}", ("가람시, 차고지 세 곳에 충전소 짓는다", "시 \"도입 속도 빨라질 것\"")),
    ("check", "ko-clause", "ko", "누리신문\n{T}\n충전 대기 줄어 수소버스 도입 빨라진다\n등록 2025-03-05 10:20\n박누리 기자\n"
     "{S}\n{FOOT}", ("충전 대기 줄어 수소버스 도입 빨라진다",)),
    # Korean: deck lines that are whole sentences with their full stop, above the byline and stamp
    ("probe", "ko-sentences", "ko", "가람일보\n{T}\n시가 충전소 세 곳을 연내 새로 짓는다.\n하루 버스 150대를 충전할 수 있다.\n"
     "김가람 기자\n입력 2025.03.05 10:20\n{S}\n{FOOT}", ("시가 충전소 세 곳을 연내 새로 짓는다.", "하루 버스 150대를 충전할 수 있다.")),
    ("check", "ko-sentences", "ko", "누리신문\n{T}\n120억 원을 들여 충전 설비를 갖춘다.\n등록 2025-03-05 10:20 | 박누리 기자\n"
     "{S}\n{FOOT}", ("120억 원을 들여 충전 설비를 갖춘다.",)),
    # Korean: a photo and its caption between the deck and the story
    ("probe", "ko-then-photo", "ko", "가람일보\n{T}\n충전소 늘려 수소버스 도입 속도\n입력 2025.03.05 10:20\n"
     "▲ 가람시 수소버스 차고지 전경. (사진=가람시 제공)\n{S}\n{FOOT}", ("충전소 늘려 수소버스 도입 속도",)),
    ("check", "ko-then-photo", "ko", "누리신문\n{T}\n차고지 3곳에 120억 투입\n등록 2025-03-05 10:20\n박누리 기자\n"
     "사진=누리신문 DB\n{S}\n{FOOT}", ("차고지 3곳에 120억 투입",)),
    # Korean markdown captures: the deck as a heading, in bold
    ("probe", "ko-markdown", "ko", "# {T}\n### 충전소 늘려 수소버스 도입 속도\n입력 2025.03.05 10:20\n{S}\n{FOOT}",
     ("충전소 늘려 수소버스 도입 속도",)),
    ("check", "ko-markdown", "ko", "## {T}\n**차고지 3곳에 120억 투입**\n박누리 기자 | 등록 2025-03-05 10:20\n{S}\n{FOOT}",
     ("차고지 3곳에 120억 투입",)),
    # Korean: every line with a blank line after it (a reader-mode capture)
    ("probe", "ko-blank-lines", "ko", "가람일보\n\n{T}\n\n충전소 늘려 수소버스 도입 속도\n\n하루 150대 충전 가능\n\n"
     "입력 2025.03.05 10:20\n\n{S2}\n\n{FOOT}", ("충전소 늘려 수소버스 도입 속도", "하루 150대 충전 가능")),
    ("check", "ko-blank-lines", "ko", "누리신문\n\n{T}\n\n차고지 3곳에 120억 투입\n\n2027년 시내버스 절반 수소로\n\n"
     "박누리 기자\n\n{S2}\n\n{FOOT}", ("차고지 3곳에 120억 투입", "2027년 시내버스 절반 수소로")),
    # Korean controls: no deck — the stamp then the story; a short first sentence of the story under the stamp; a
    # subheading inside the story
    ("probe", "ko-none", "ko", "가람일보\n{T}\n입력 2025.03.05 10:20\n김가람 기자\n{S}\n{FOOT}", ()),
    ("check", "ko-none", "ko", "누리신문\n{T}\n박누리 기자 | 등록 2025-03-05 10:20\n{S2}\n{FOOT}", ()),
    ("probe", "ko-none-short-lead", "ko", "가람일보\n{T}\n입력 2025.03.05 10:20\n{P1}\n{REST}\n{FOOT}", ()),
    ("check", "ko-none-short-lead", "ko", "누리신문\n{T}\n등록 2025-03-05 10:20\n박누리 기자\n{P1}\n◇ 충전 대기 줄어\n{REST}\n"
     "{FOOT}", ()),
    # ---------------------------------------------------------------- English: a standfirst without its full stop
    ("probe", "en-above-byline", "en", "Invented Courier\n{T}\nThe terminal gives magnet makers a second route for supplies\n"
     "By Ann Lee\nMarch 5, 2025\n{S}\n{FOOT}", ("The terminal gives magnet makers a second route for supplies",)),
    ("check", "en-above-byline", "en", "Harbor Gazette\n{T}\nStorage for 40,000 tonnes and rail links inland\nTom Ray\n"
     "Published: Mar 5, 2025 10:20\n{S}\n{FOOT}", ("Storage for 40,000 tonnes and rail links inland",)),
    # English: the standfirst under the byline and date, right above the story
    ("probe", "en-under-byline", "en", "Invented Courier\n{T}\nBy Ann Lee\nMarch 5, 2025\n"
     "The terminal gives magnet makers a second route for supplies\n{S}\n{FOOT}",
     ("The terminal gives magnet makers a second route for supplies",)),
    ("check", "en-under-byline", "en", "Harbor Gazette\n{T}\nTom Ray | Mar 5, 2025\n"
     "Storage for 40,000 tonnes and rail links inland\n{S}\n{FOOT}", ("Storage for 40,000 tonnes and rail links inland",)),
    # English: a standfirst WITH its full stop, then the byline (the byline closes the head)
    ("probe", "en-stop-byline", "en", "{T}\nThe terminal gives magnet makers a second route for their supplies.\n"
     "By Ann Lee\nMarch 5, 2025\n{S}\n{FOOT}", ("The terminal gives magnet makers a second route for their supplies.",)),
    ("check", "en-stop-byline", "en", "Harbor Gazette\n{T}\nBuyers had asked for another way in for years.\nTom Ray\n"
     "Mar 5, 2025\n{S}\n{FOOT}", ("Buyers had asked for another way in for years.",)),
    # English markdown: the standfirst in italics, as a heading
    ("probe", "en-markdown", "en", "# {T}\n*The terminal gives magnet makers a second route for supplies*\nBy Ann Lee\n"
     "March 5, 2025\n{S}\n{FOOT}", ("The terminal gives magnet makers a second route for supplies",)),
    ("check", "en-markdown", "en", "## {T}\n### Storage for 40,000 tonnes and rail links inland\nTom Ray · Mar 5, 2025\n"
     "{S}\n{FOOT}", ("Storage for 40,000 tonnes and rail links inland",)),
    # English: points with markers and no heading under the headline
    ("probe", "en-points", "en", "{T}\n• Terminal stores 40,000 tonnes\n• Rail links to two plants inland\nBy Ann Lee\n"
     "March 5, 2025\n{S}\n{FOOT}", ("• Terminal stores 40,000 tonnes", "• Rail links to two plants inland")),
    ("check", "en-points", "en", "Harbor Gazette\n{T}\n- Three new suppliers due this year\n- Local magnet makers to benefit\n"
     "Tom Ray\nMar 5, 2025\n{S}\n{FOOT}", ("- Three new suppliers due this year", "- Local magnet makers to benefit")),
    # English: the standfirst, the byline, then a photo and its caption over the story
    ("probe", "en-then-photo", "en", "{T}\nThe terminal gives magnet makers a second route for supplies\nBy Ann Lee\n"
     "March 5, 2025\nCranes at the new terminal. (Photo: Invented Port Authority)\n{S}\n{FOOT}",
     ("The terminal gives magnet makers a second route for supplies",)),
    ("check", "en-then-photo", "en", "Harbor Gazette\n{T}\nStorage for 40,000 tonnes and rail links inland\nTom Ray\n"
     "Mar 5, 2025\nThe terminal's storage shed. Photo: Harbor Gazette\n{S}\n{FOOT}",
     ("Storage for 40,000 tonnes and rail links inland",)),
    # English controls: no deck — byline, date, story; the lead right under the headline
    ("probe", "en-none", "en", "Invented Courier\n{T}\nBy Ann Lee\nMarch 5, 2025\n{S}\n{FOOT}", ()),
    ("check", "en-none", "en", "Harbor Gazette\n{T}\nTom Ray\nPublished: Mar 5, 2025 10:20\n{S2}\n{FOOT}", ()),
    ("probe", "en-none-lead", "en", "{T}\n{S}\n{FOOT}", ()),
    ("check", "en-none-lead", "en", "Harbor Gazette\n{T}\nMar 5, 2025\n{P1}\n{REST}\n{FOOT}", ()),
    # ================================================================ round 2 (k3, session 14): the study half's kinds
    # in other words — a byline line naming a wire or a site instead of a person, the site's name under the date, a
    # date line printing the same day several ways — and standfirsts that open on "By …" (controls: they stay the
    # deck); written after the first "by"-line rule, before its own first run; check2 never tuned on
    ("probe2", "by-wire", "en", "{T}\nby · Harbor Wire\nMarch 5, 2025\n{S}\n{FOOT}", ()),
    ("check2", "by-wire", "en", "Harbor Gazette\n{T}\nBY THE HARBOR PRESS\nMar 5, 2025\n{S}\n{FOOT}", ()),
    ("check2", "by-wire", "en", "{T}\nBy: Invented News Service\nPublished Mar 5, 2025\n{S}\n{FOOT}", ()),
    ("check2", "by-wire", "en", "{T}\nby Courier Staff\nMar 5, 2025 10:20 AM\n{S}\n{FOOT}", ()),
    ("probe2", "site-under-date", "en", "{T}\nMar. 5, 2025\nInvented Korean Post\nBy Ann Lee\n{S}\n{FOOT}", ()),
    ("check2", "site-under-date", "en", "{T}\nMarch 5, 2025\nHarbor Korea Journal\nTom Ray\n{S}\n{FOOT}", ()),
    ("probe2", "many-renderings", "en", "{T}\n2 hours 10 minutes ago Wednesday, March 05 2025 Mar 5, 2025 March 05, 2025 "
     "10:20 AM March 05, 2025 in Business\nBy Ann Lee\n{S}\n{FOOT}", ()),
    ("check2", "many-renderings", "en", "Harbor Gazette\n{T}\n1 day ago Tuesday, March 04 2025 Mar 4, 2025 4:05 PM "
     "in Energy\nTom Ray\n{S}\n{FOOT}", ()),
    ("probe2", "by-standfirst", "en", "{T}\nBy 2030 the port wants a third route for magnet makers\nBy Ann Lee\n"
     "March 5, 2025\n{S}\n{FOOT}", ("By 2030 the port wants a third route for magnet makers",)),
    ("check2", "by-standfirst", "en", "Harbor Gazette\n{T}\nBy the end of the year three new suppliers will ship here\n"
     "Tom Ray\nMar 5, 2025\n{S}\n{FOOT}", ("By the end of the year three new suppliers will ship here",)),
    # ================================================================ round 3 (k3, session 16): written at the session's
    # start, before its own first run and before any page was read; check3 never tuned on. What tells a standfirst
    # from a lead where no byline or stamp stands between them: the lead's own marks (a Korean ``[place=brand]`` lead,
    # an English wire lead) under a deck line; a standfirst asking a question; a deck line that is a quote; a long
    # Korean deck line without a stop; controls with a wire lead and no deck
    ("probe3", "ko-deck-then-lead", "ko", "가람일보\n{T}\n충전소 늘려 수소버스 도입 속도\n"
     "[가람=가람일보] 김가람 기자 = {P1}\n{REST}\n{FOOT}", ("충전소 늘려 수소버스 도입 속도",)),
    ("check3", "ko-deck-then-lead", "ko", "누리신문\n{T}\n차고지 3곳에 120억 투입\n2027년 시내버스 절반 수소로\n"
     "(누리=누리신문) 박누리 기자 = {P1}\n{REST}\n{FOOT}", ("차고지 3곳에 120억 투입", "2027년 시내버스 절반 수소로")),
    ("probe3", "en-deck-then-lead", "en", "{T}\nThe terminal gives magnet makers a second route for supplies\n"
     "BUSAN, March 5 (Invented Wire) -- {P1}\n{REST}\n{FOOT}", ("The terminal gives magnet makers a second route for supplies",)),
    ("check3", "en-deck-then-lead", "en", "Harbor Gazette\n{T}\nStorage for 40,000 tonnes and rail links inland\n"
     "INCHEON (Harbor Wire) — {P1}\n{REST}\n{FOOT}", ("Storage for 40,000 tonnes and rail links inland",)),
    ("probe3", "en-question", "en", "{T}\nCan a second route cut costs for magnet makers?\nBy Ann Lee\nMarch 5, 2025\n"
     "{S}\n{FOOT}", ("Can a second route cut costs for magnet makers?",)),
    ("check3", "en-question", "en", "Harbor Gazette\n{T}\nWhy did buyers wait so long for another way in?\n"
     "Tom Ray | Mar 5, 2025\n{S}\n{FOOT}", ("Why did buyers wait so long for another way in?",)),
    ("probe3", "ko-quote-deck", "ko", "가람일보\n{T}\n\"충전 대기 줄면 도입 빨라질 것\"\n김가람 기자\n"
     "입력 2025.03.05 10:20\n{S}\n{FOOT}", ("\"충전 대기 줄면 도입 빨라질 것\"",)),
    ("check3", "ko-quote-deck", "ko", "누리신문\n{T}\n시 관계자 \"2027년 절반 수소버스로\"\n"
     "등록 2025-03-05 10:20 | 박누리 기자\n{S}\n{FOOT}", ("시 관계자 \"2027년 절반 수소버스로\"",)),
    ("probe3", "ko-long-deck", "ko", "가람일보\n{T}\n충전소 늘려 수소버스 도입 속도\n"
     "가람시, 국비와 시비 120억 원 들여 하루 버스 150대 충전 설비 갖추기로\n입력 2025.03.05 10:20\n김가람 기자\n{S}\n"
     "{FOOT}", ("충전소 늘려 수소버스 도입 속도", "가람시, 국비와 시비 120억 원 들여 하루 버스 150대 충전 설비 갖추기로")),
    ("check3", "ko-long-deck", "ko", "누리신문\n{T}\n누리시, 2027년까지 시내버스 절반을 수소버스로 바꾸는 목표 세우고 충전소 확충 나서\n"
     "박누리 기자 | 등록 2025-03-05 10:20\n{S}\n{FOOT}", ("누리시, 2027년까지 시내버스 절반을 수소버스로 바꾸는 목표 세우고 충전소 확충 나서",)),
    ("probe3", "en-none-wire-lead", "en", "Invented Courier\n{T}\nBy Ann Lee\nSEOUL, March 5 (Invented Wire) -- {P1}\n"
     "{REST}\n{FOOT}", ()),
    ("check3", "en-none-wire-lead", "en", "Harbor Gazette\n{T}\nMar 5, 2025\nBUSAN — {P1}\n{REST}\n{FOOT}", ()),
    ("check3", "ko-none-lead", "ko", "누리신문\n{T}\n[누리=누리신문] 박누리 기자 = {P1}\n{REST}\n{FOOT}", ()),
    # ================================================================ round 4 (k3, session 16): the study half's kinds in
    # other words, written after reading its misses and before this round's first run; check4 never tuned on. A blog
    # platform's post meta as a list under the headline (the site's or the writer's name, the day, the reading time):
    # no deck; a byline line whose "name" is a wire's, after a middle dot: no deck; a standfirst opening on "By the …"
    ("probe4", "list-meta", "en", "{T}\n- Invented Korea Times\n\n- Mar 5\n- 3 min read\n\nBy Ann Lee\n{S}\n{FOOT}", ()),
    ("check4", "list-meta", "en", "{T}\n- Harbor Weekly\n- Mar 5, 2025\n- 2 min read\n{S}\n{FOOT}", ()),
    ("check4", "list-meta", "en", "Harbor Gazette\n{T}\n- Tom Ray\n- Mar 5\n- 4 min read\n{S}\n{FOOT}", ()),
    ("probe4", "by-dot-wire", "en", "{T}\n\nby · Invented Wire\n\nSEOUL, March 5 (Invented Wire) -- {P1}\n{REST}\n{FOOT}", ()),
    ("check4", "by-dot-wire", "en", "{T}\nby · Harbor News Service\nMar 5, 2025\n{S}\n{FOOT}", ()),
    ("check4", "by-dot-wire", "en", "Harbor Gazette\n{T}\nBY · INVENTED WIRE\nMar 5, 2025 10:20 AM\n{S}\n{FOOT}", ()),
    ("check4", "by-standfirst", "en", "{T}\nBy the numbers: 40,000 tonnes and two rail links\nTom Ray\nMar 5, 2025\n{S}\n"
     "{FOOT}", ("By the numbers: 40,000 tonnes and two rail links",)),
    # ================================================================ round 5 (k3, session 16): written before its own
    # first run and before any rule for it, from no page; check5 never tuned on. Lines between the headline and the
    # story that are no deck: an editor's or a translator's credit, a fact-check credit, a story's age notice, a
    # sponsor's line, a press release's label, a staff-report credit, a Korean editing credit and a Korean label of
    # the story's kind; each page prints no deck
    ("probe5", "edited-by", "en", "{T}\nBy Ann Lee\nEdited by Tom Ray\nMarch 5, 2025\n{S}\n{FOOT}", ()),
    ("check5", "edited-by", "en", "Harbor Gazette\n{T}\nTom Ray\nReviewed by Ann Lee\nMar 5, 2025\n{S}\n{FOOT}", ()),
    ("probe5", "fact-checked", "en", "{T}\nFact checked by Tom Ray\nBy Ann Lee\nMarch 5, 2025\n{S}\n{FOOT}", ()),
    ("check5", "fact-checked", "en", "Harbor Gazette\n{T}\nTranslated by Ann Lee\nMar 5, 2025\n{S}\n{FOOT}", ()),
    ("probe5", "age-notice", "en", "{T}\nThis article is more than 2 years old\nBy Ann Lee\nMarch 5, 2025\n{S}\n{FOOT}", ()),
    ("check5", "age-notice", "en", "Harbor Gazette\n{T}\nThis story is over 5 years old\nTom Ray\nMar 5, 2025\n{S}\n{FOOT}", ()),
    ("probe5", "sponsor", "en", "{T}\nSponsored by Invented Bank\nMarch 5, 2025\n{S}\n{FOOT}", ()),
    ("check5", "sponsor", "en", "Harbor Gazette\n{T}\nPresented by Harbor Energy\nMar 5, 2025\n{S}\n{FOOT}", ()),
    ("probe5", "staff-report", "en", "{T}\nInvented Courier Staff Report\nMarch 5, 2025\n{S}\n{FOOT}", ()),
    ("check5", "staff-report", "en", "Harbor Gazette\n{T}\nFrom staff reports\nMar 5, 2025\n{S}\n{FOOT}", ()),
    ("probe5", "release-label", "en", "{T}\nPress Release\nMarch 5, 2025\n{S}\n{FOOT}", ()),
    ("check5", "release-label", "en", "Harbor Gazette\n{T}\nNews release\nMar 5, 2025\n{S}\n{FOOT}", ()),
    ("probe5", "ko-edit-credit", "ko", "가람일보\n{T}\n김가람 기자\n편집 박편집\n입력 2025.03.05 10:20\n{S}\n{FOOT}", ()),
    ("check5", "ko-edit-credit", "ko", "누리신문\n{T}\n박누리 기자\n교열 이교열\n등록 2025-03-05 10:20\n{S}\n{FOOT}", ()),
    ("probe5", "ko-kind-label", "ko", "가람일보\n{T}\n기획\n입력 2025.03.05 10:20\n김가람 기자\n{S}\n{FOOT}", ()),
    ("check5", "ko-kind-label", "ko", "누리신문\n{T}\n심층분석\n박누리 기자 | 등록 2025-03-05 10:20\n{S}\n{FOOT}", ()),
    # ================================================================ round 6 (k1, session 17): written at the session's
    # start, before its own first run and before any page was read this session; check6 never tuned on. Where the
    # deck decides the story's start: a standfirst with its full stop under the byline and date, right over the story;
    # an unmarked caption (a noun phrase) over the lead, no deck; a deck under the stamp over a caption closed by its
    # credit; a standfirst over a picture's alt text and caption printed twice
    ("probe6", "en-stop-under-byline", "en", "Invented Courier\n{T}\nBy Ann Lee\nMarch 5, 2025\nA new terminal gives "
     "local magnet makers a second route for their supplies.\n{S}\n{FOOT}",
     ("A new terminal gives local magnet makers a second route for their supplies.",)),
    ("check6", "en-stop-under-byline", "en", "Harbor Gazette\n{T}\nTom Ray\nMar 5, 2025\nThree new suppliers are due "
     "to ship through the port before the year is out.\n{S}\n{FOOT}",
     ("Three new suppliers are due to ship through the port before the year is out.",)),
    ("probe6", "ko-caption-phrase", "ko", "가람일보\n{T}\n입력 2025.03.05 10:20\n김가람 기자\n가람시 수소버스 차고지 "
     "충전소 조감도\n{S}\n{FOOT}", ()),
    ("check6", "ko-caption-phrase", "ko", "누리신문\n{T}\n박누리 기자 | 등록 2025-03-05 10:20\n수소 충전소 설계도를 "
     "설명하는 누리시 관계자들\n{S}\n{FOOT}", ()),
    ("probe6", "ko-deck-credit-caption", "ko", "가람일보\n{T}\n입력 2025.03.05 10:20\n김가람 기자\n충전소 늘려 수소버스 "
     "도입 속도\n수소버스 차고지 전경 / 가람시 제공\n{S}\n{FOOT}", ("충전소 늘려 수소버스 도입 속도",)),
    ("check6", "ko-deck-credit-caption", "ko", "누리신문\n{T}\n등록 2025-03-05 10:20\n차고지 3곳에 120억 투입\n"
     "누리시 수소버스 충전소 조감도. (사진=누리시)\n{S}\n{FOOT}", ("차고지 3곳에 120억 투입",)),
    ("probe6", "en-deck-doubled-caption", "en", "Invented Courier\n{T}\nThe terminal gives magnet makers a second route "
     "for supplies\nBy Ann Lee\nMarch 5, 2025\nCranes at the new terminal\nCranes at the new terminal. Invented Port "
     "Authority\n{S}\n{FOOT}", ("The terminal gives magnet makers a second route for supplies",)),
    ("check6", "en-deck-doubled-caption", "en", "Harbor Gazette\n{T}\nStorage for 40,000 tonnes and rail links inland\n"
     "Tom Ray | Mar 5, 2025\nThe terminal's storage shed\nThe terminal's storage shed on Tuesday. (Harbor Gazette)\n"
     "{S}\n{FOOT}", ("Storage for 40,000 tonnes and rail links inland",)),
    # ================================================================ round 7 (k1, session 17): written after reading the
    # study half's misses, before its own first run; check7 never tuned on. A Korean deck sentence over a CMS's info
    # bar that lists the writer's bare name, the stamps and the update as bulleted items
    ("probe7", "ko-info-bar-deck", "ko", "{T}\n그러나 도심 차고지는 여전히 대상에서 빠졌다.\n  • 김가람\n"
     "  • 입력 2025.03.05 10:20\n  • 수정 2025.03.05 11:40\n{S}\n{FOOT}", ("그러나 도심 차고지는 여전히 대상에서 빠졌다.",)),
    ("check7", "ko-info-bar-deck", "ko", "누리신문\n{T}\n충전 설비는 내년 상반기에 문을 연다.\n· 박누리\n"
     "· 등록 2025-03-05 10:20\n{S}\n{FOOT}", ("충전 설비는 내년 상반기에 문을 연다.",)),
    ("check7", "ko-info-bar-deck", "ko", "누리신문\n{T}\n시는 국비 지원을 더 요청할 방침이다.\n- 박누리\n"
     "- 승인 2025.03.05 10:20\n{S}\n{FOOT}", ("시는 국비 지원을 더 요청할 방침이다.",)),
    # ================================================================ round 8 (k1, session 17): written after reading the
    # study half's misses, before its own first run; check8 never tuned on. A blog platform's post meta as a list (the
    # site's name, the day, the reading time) whose first item shares a word with the story: no deck
    ("probe8", "list-meta-shared-word", "en", "{T}\n- The Port Daily Star\n\n- Mar 5\n- 5 min read\n\nBy Ann Lee\n{S}\n"
     "{FOOT}", ()),
    ("probe8", "list-meta-shared-word", "en", "{T}\n- Terminal Talk\n- Mar 5, 2025\n- 3 min read\n{S}\n{FOOT}", ()),
    ("check8", "list-meta-shared-word", "en", "Harbor Gazette\n{T}\n- Rare Earth Review\n- Mar 5\n- 4 min read\n{S}\n"
     "{FOOT}", ()),
    ("check8", "list-meta-shared-word", "en", "{T}\n- The Magnet Times\n\n- 5 March 2025\n\n- 2 min read\n\nTom Ray\n"
     "{S}\n{FOOT}", ()),
)


def fill(page: str, story: tuple[str, tuple[str, ...], str]) -> str:
    title, paragraphs, foot = story
    return (page.replace("{T}", title).replace("{S2}", "\n\n".join(paragraphs)).replace("{S}", "\n".join(paragraphs))
            .replace("{P1}", paragraphs[0]).replace("{REST}", "\n".join(paragraphs[1:])).replace("{FOOT}", foot)) + "\n"


@lru_cache(maxsize=8)
def read_page(page: str) -> tuple[tuple[str, ...], str]:
    """(the deck lines in the bench's normal form, sorted; the body's first characters) the parser reads."""
    art = extract_raw(page.encode(), "probe.txt", LANDING, None)[0].article
    if art is None:
        return (), ""
    deck = tuple(sorted(d for d in (deck_line(x) for x in art.subtitle_lines) if d))
    return deck, body_head(norm("\n".join(art.paragraphs)))[:BODY_CHARS]


def run(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(right, tried) per set and field ("probe deck", "probe body", "check deck", "check body"; round 2 likewise)."""
    totals: dict[str, list[int]] = {f"{kind} {field}": [0, 0] for kind in ("probe", "check", "probe2", "check2",
                                                                                   "probe3", "check3", "probe4", "check4",
                                                                                   "probe5", "check5", "probe6", "check6", "probe7", "check7", "probe8", "check8")
                                    for field in ("deck", "body")}
    for kind, shape, lang, page, deck in PAGES:
        story = STORIES[lang]
        text = fill(page, story)
        want_deck = tuple(sorted(d for d in (deck_line(x) for x in deck) if d))
        want_body = body_head(norm("\n".join(story[1])))[:BODY_CHARS]

        def deck_ok(p: str, want: tuple[str, ...] = want_deck) -> tuple[bool, str]:
            got = read_page(p)[0]
            return got == want, f"deck {list(got)!r}"

        def body_ok(p: str, want: str = want_body) -> tuple[bool, str]:
            got = read_page(p)[1]
            return got == want, f"body {got!r}"

        shown = lang + " " + page.split("\n{S")[0].split("\n{P1}")[0].replace("\n", " ⏎ ")[:80]
        score_pages(totals, f"{kind} deck", shape, shown, [("page", text)], deck_ok, verbose)
        score_pages(totals, f"{kind} body", shape, shown, [("page", text)], body_ok, verbose)
    return print_totals(totals)


def main(argv: list[str] | None = None) -> int:
    return probe_main(__doc__, run, "what the parser read where a page is wrong", argv)


if __name__ == "__main__":
    raise SystemExit(main())
