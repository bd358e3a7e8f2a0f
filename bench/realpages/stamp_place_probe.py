"""Where the stamp sits, foreign outlets' date lines, and pages printing no stamp at all: made-up whole pages.

    PYTHONPATH=include python bench/realpages/stamp_place_probe.py [--verbose]

Session 11 found that the held-out publish misses are not Korean stamp *formats* (``korean_stamp_probe.py`` reads
almost all of them) but where a date sits, the date lines of foreign outlets, and pages that print no stamp (the
label is then empty, and any date read is wrong: a wrong date is worse than none). This probe asks those three
questions on whole made-up pages (Korean and English), each parsed as a landed page (bytes only):

- **place**: the stamp far below the top (a masthead, a menu, a breadcrumb, the headline, a deck, a photo caption
  and share widgets above it), under a byline card (name, role line, e-mail or handle, then the date), and at the
  foot (under the story, before or after the copyright line, under a profile card's links);
- **foreign**: English date lines of foreign and English-language Korean outlets — a zone written as an offset
  (``GMT+9``, ``UTC+08:00``), ``Published :`` / ``Updated :`` pairs with a dash between date and time, ordinal days
  (``March 4th, 2025``), upper-case months, a section or a reading time after the date, a relative update beside
  an absolute publish, the update printed first on its own line;
- **empty**: pages that print no stamp of their own and carry a decoy that must NOT be read: a date in the story's
  first sentence, an event box or an application window under the story, a related list or comments with dates,
  a copyright year, a site bar with today's date or a market ticker's clock, a dated photo note; and pages that
  print their stamp far down with such a decoy higher up (the stamp must win).

Right when the publish and update times both are (``bench_realpages.time_ok``: the same minute, or the same day
for a date alone; no label, nothing read from the page). A zone the line names is its offset; no zone, KST (as the
index labels an outlet without a home zone). Every line, name, place of business and story is invented; no page of
the corpus is read.

The ``check`` pages were written with the ``probe`` pages (k3, session 13), before the probe was first run and
before any rule was measured against it; they are never tuned on and never edited: a rule that fixes a ``probe``
page and not its ``check`` sibling fits the probe, not the form. Round 2 (``probe2``/``check2``: an info line
captured element by element, each part and each separator on its own line, under the headline or after the story;
and such lines holding no date) was written after round 1's first run and after the study half's misses were read,
before its own first run. Round 3 (``probe3``/``check3``: English date lines of blogs, trade sites and British and
European outlets — ``By NAME on DATE``, ``DATE by NAME``, the time and zone first then a comma and a day-first date,
a dash between date and time, no comma and a glued meridiem, a European dotted date, a name and a date between bars,
a writer label and a date label on one line, the stamp under the story's tags) was written after round 2's rules,
before its own first run. Round 4 (``probe4``/``check4``: reader-mode/markdown captures — the date as a link to the
day's archive, the author as a link, a bold label, the date under a markdown image and caption, a markdown headline)
was written after round 3's rules, before its own first run. Round 5 (``probe5``/``check5``: another story's dated
line above the headline of a page printing no stamp of its own, and pages whose own unlabelled stamp stands above
the headline) was written after round 4's rule, before its own first run. Round 6 (``probe6``/``check6``, k3, session
14: the stamp between two deck lines, the label after the date, a machine timestamp on its own line, a bare ``Date:``
label, a markdown table's row, a two-digit year, the update before the publish on one line, ``…일자`` labels, seconds
with a fraction) was written at the session's start, before its own first run and before any page was read. Round 7
(``probe7``/``check7``: a date bar printing the same day several ways, one with its clock; labels glued to each
other without a separator) was written after reading the study half's misses, before its own first run.
Rounds 8-10 (k3, session 15) are described at their pages. Round 11 (``probe11``/``check11``, k3, session 16: a
weekday in parentheses glued to a Korean date, ``최초 입력``/``최종 수정`` spelt with a space, capitals labels, no comma
before the year, a weekday and a day-first date after a label, 오전/오후 with seconds, a zone's name after the clock,
a foot line saying when the story first ran) was written at the session's start, before its own first run; round 12
(``probe12``/``check12``: Korean units with a weekday and 시·분, ``등록일시`` labels, weekday and day-first dates, a
comma after a day-first month, JST, a label, the date and the clock on three lines) after round 11's first run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "include"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from stamp_format_probe import print_totals, probe_main, score_variant  # noqa: E402

# --- English parts (an invented outlet and story)
EN_MAST = "Invented Ledger\n"
EN_MENU = "Home\nNews\nBusiness\nTechnology\nOpinion\nSubscribe\nSign in\n"
EN_MENU2 = "World\nMarkets\nEnergy\nClimate\nPodcasts\nNewsletters\nMy account\n"
EN_CRUMB = "Home > Business > Energy\n"
EN_TITLE = "Invented grid operator plans new storage sites along the coast\n"
EN_DECK = "The operator says four sites could be running within two years\n"
EN_CAPTION = "A battery container at an invented test site. (Invented Ledger file photo)\n"
EN_SHARE = "Share\nFacebook\nX\nLinkedIn\nEmail\n"
EN_WIDGETS = "Text size\nA\nA\nListen to this article\nPrint\n"
EN_STORY = ("An invented grid operator said it would build battery storage at four coastal sites, its largest such plan.\n"
            "The sites would hold enough power to supply about 300,000 homes for four hours at peak demand, it said.\n"
            "Officials of the operator said permits for two of the sites were expected before the end of the year.\n"
            "\"Storage is what lets the coast take more wind power without curbing it,\" a spokesperson said.\n")
EN_COPY = "© Invented Ledger. All rights reserved.\n"
EN_HEAD = EN_MAST + EN_TITLE
EN_BY = "By Jane Roe\n"

# --- Korean parts
KO_MAST = "한빛일보\n"
KO_MENU = "전체기사\n정치\n경제\n사회\n국제\n오피니언\n로그인\n회원가입\n"
KO_MENU2 = "뉴스\n산업\n금융\n부동산\n기획\n포토\n구독신청\n"
KO_CRUMB = "홈 > 경제 > 에너지\n"
KO_TITLE = "가상전력, 해안 4곳에 대규모 저장장치 짓는다\n"
KO_DECK = "2년 안에 4곳 모두 가동 목표\n풍력 출력 제한 줄일 듯\n"
KO_CAPTION = "가상전력 시험장에 놓인 배터리 컨테이너. (사진=한빛일보 DB)\n"
KO_SHARE = "공유하기\n페이스북\n카카오톡\n링크복사\n글자크기\n인쇄\n"
KO_STORY = ("가상전력이 해안 4곳에 대규모 에너지저장장치를 짓는다고 밝혔다.\n"
            "저장장치가 모두 들어서면 30만 가구가 네 시간 동안 쓸 수 있는 전력을 담을 수 있다.\n"
            "회사 관계자는 \"저장장치가 있어야 해안 풍력의 출력 제한을 줄일 수 있다\"고 말했다.\n"
            "회사는 연말까지 두 곳의 인허가를 마칠 계획이다.\n")
KO_COPY = "ⓒ 한빛일보 무단전재 및 재배포 금지\n"
KO_HEAD = KO_MAST + KO_TITLE

# (set, shape, page, published label, updated label): labels as the index writes them
PAGES: tuple[tuple[str, str, str, str | None, str | None], ...] = (
    # ---------------------------------------------------------------- place: far below the top
    ("probe", "far-en", EN_MAST + EN_MENU + EN_CRUMB + EN_TITLE + EN_DECK + EN_CAPTION + EN_SHARE + EN_BY
     + "Published March 4, 2025 11:15 AM\n" + EN_STORY + EN_COPY, "2025-03-04T11:15+09:00", None),
    ("check", "far-en", EN_MAST + EN_MENU2 + EN_CRUMB + EN_TITLE + EN_DECK + EN_WIDGETS + EN_CAPTION
     + "By Tom Vale\nPosted: Aug. 1, 2025 3:48 p.m.\n" + EN_STORY + EN_COPY, "2025-08-01T15:48+09:00", None),
    ("probe", "far-ko", KO_MAST + KO_MENU + KO_CRUMB + KO_TITLE + KO_DECK + KO_CAPTION + KO_SHARE
     + "김가상 기자\n입력 2025.03.04 11:15\n" + KO_STORY + KO_COPY, "2025-03-04T11:15+09:00", None),
    ("check", "far-ko", KO_MAST + KO_MENU2 + KO_CRUMB + KO_TITLE + KO_DECK + KO_SHARE + KO_CAPTION
     + "박가상 기자 · 승인 2025-08-01 15:48\n" + KO_STORY + KO_COPY, "2025-08-01T15:48+09:00", None),
    # ---------------------------------------------------------------- place: under a byline card
    ("probe", "card-en", EN_HEAD + "Jane Roe\nSenior Energy Correspondent\njane.roe@ledger.example\nMarch 4, 2025\n"
     + EN_STORY + EN_COPY, "2025-03-04", None),
    ("check", "card-en", EN_HEAD + "By Tom Vale\nStaff Writer\n@tomvale\nAug 1, 2025 3:48 PM\n" + EN_STORY + EN_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe", "card-ko", KO_HEAD + "김가상 기자\n에너지 담당\nkim@hanbit.example\n입력 2025.03.04 11:15\n" + KO_STORY + KO_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check", "card-ko", KO_HEAD + "박가상 기자\n산업부\n구독\npark@hanbit.example\n등록 2025-08-01 15:48\n" + KO_STORY + KO_COPY,
     "2025-08-01T15:48+09:00", None),
    # ---------------------------------------------------------------- place: at the foot
    ("probe", "foot-en", EN_HEAD + EN_BY + EN_STORY + "Published on March 4, 2025\n" + EN_COPY, "2025-03-04", None),
    ("probe", "foot-en", EN_HEAD + EN_BY + EN_STORY + "Filed under Energy on March 4, 2025 11:15 AM\n" + EN_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check", "foot-en", EN_HEAD + EN_BY + EN_STORY + "Originally published Aug. 1, 2025\n" + EN_COPY, "2025-08-01", None),
    ("check", "foot-en", EN_HEAD + EN_BY + EN_STORY + EN_COPY + "Posted in Energy on Aug 1, 2025 3:48 PM\n",
     "2025-08-01T15:48+09:00", None),
    ("probe", "foot-ko", KO_HEAD + KO_STORY + "김가상 기자\n기자의 다른 기사 보기\n입력 2025.03.04 11:15\n" + KO_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check", "foot-ko", KO_HEAD + KO_STORY + "박가상 기자 park@hanbit.example\n다른기사 보기\n"
     "등록 2025-08-01 15:48 | 수정 2025-08-01 17:30\n" + KO_COPY, "2025-08-01T15:48+09:00", "2025-08-01T17:30+09:00"),
    # the stamp at the foot, a decoy date higher up (the story's first sentence): the stamp wins
    ("probe", "foot-decoy", EN_HEAD + EN_BY + "On March 2, 2025, an invented grid operator said it would build storage.\n"
     + EN_STORY + "Published March 4, 2025\n" + EN_COPY, "2025-03-04", None),
    ("check", "foot-decoy", KO_HEAD + "지난 2025년 7월 28일 가상전력은 저장장치 계획을 처음 내놨다.\n" + KO_STORY
     + "박가상 기자\n입력 2025.08.01 15:48\n" + KO_COPY, "2025-08-01T15:48+09:00", None),
    # ---------------------------------------------------------------- foreign: a zone written as an offset
    ("probe", "offset-zone", EN_HEAD + EN_BY + "Mar 4, 2025 11:15 AM (GMT+9)\n" + EN_STORY, "2025-03-04T11:15+09:00", None),
    ("probe", "offset-zone", EN_HEAD + EN_BY + "Published: 2025-03-04 11:15 GMT+8\n" + EN_STORY, "2025-03-04T11:15+08:00", None),
    ("check", "offset-zone", EN_HEAD + EN_BY + "Aug 1, 2025 3:48 PM UTC+8\n" + EN_STORY, "2025-08-01T15:48+08:00", None),
    ("check", "offset-zone", EN_HEAD + EN_BY + "Posted 2025-08-01 15:48 (UTC+09:00)\n" + EN_STORY, "2025-08-01T15:48+09:00", None),
    # ---------------------------------------------------------------- foreign: Published : / Updated : pairs
    ("probe", "pub-upd-colon", EN_HEAD + EN_BY + "Published : 2025-03-04 11:15 Updated : 2025-03-04 13:02\n" + EN_STORY,
     "2025-03-04T11:15+09:00", "2025-03-04T13:02+09:00"),
    ("check", "pub-upd-colon", EN_HEAD + EN_BY + "Posted : Aug. 1, 2025 - 15:48 Updated : Aug. 1, 2025 - 17:30\n" + EN_STORY,
     "2025-08-01T15:48+09:00", "2025-08-01T17:30+09:00"),
    # ---------------------------------------------------------------- foreign: ordinal days, upper-case months
    ("probe", "ordinal", EN_HEAD + EN_BY + "March 4th, 2025\n" + EN_STORY, "2025-03-04", None),
    ("check", "ordinal", EN_HEAD + EN_BY + "Published August 1st, 2025 at 3:48 pm\n" + EN_STORY, "2025-08-01T15:48+09:00", None),
    ("probe", "upper-month", EN_HEAD + EN_BY + "MAR 04, 2025\n" + EN_STORY, "2025-03-04", None),
    ("check", "upper-month", EN_HEAD + EN_BY + "AUG 01, 2025 15:48\n" + EN_STORY, "2025-08-01T15:48+09:00", None),
    # ---------------------------------------------------------------- foreign: a section or a reading time after
    ("probe", "date-section", EN_HEAD + EN_BY + "March 4, 2025 | Energy\n" + EN_STORY, "2025-03-04", None),
    ("check", "date-section", EN_HEAD + EN_BY + "Aug 1, 2025 | Markets | 4 min read\n" + EN_STORY, "2025-08-01", None),
    # ---------------------------------------------------------------- foreign: a relative update beside the publish
    ("probe", "rel-update", EN_HEAD + EN_BY + "Published Mar 4, 2025 · Updated 2 hours ago\n" + EN_STORY, "2025-03-04", None),
    ("check", "rel-update", EN_HEAD + EN_BY + "Posted Aug 1, 2025 | Updated 3 days ago\n" + EN_STORY, "2025-08-01", None),
    # ---------------------------------------------------------------- foreign: the update first, on its own line
    ("probe", "upd-first-lines", EN_HEAD + EN_BY + "Updated: March 4, 2025 at 1:02 PM\nPublished: March 4, 2025 at 11:15 AM\n"
     + EN_STORY, "2025-03-04T11:15+09:00", "2025-03-04T13:02+09:00"),
    ("check", "upd-first-lines", EN_HEAD + EN_BY + "Last modified on Aug 1, 2025 5:30 PM\nFirst published on Aug 1, 2025 3:48 PM\n"
     + EN_STORY, "2025-08-01T15:48+09:00", "2025-08-01T17:30+09:00"),
    # ---------------------------------------------------------------- foreign: a relative time alone: nothing
    ("probe", "rel-only", EN_HEAD + EN_BY + "2 days ago\n" + EN_STORY, None, None),
    ("check", "rel-only", EN_HEAD + "By Tom Vale · Updated 45 minutes ago\n" + EN_STORY, None, None),
    # ---------------------------------------------------------------- empty: a date in the story's first sentence
    ("probe", "empty-lead-date", EN_HEAD + EN_BY + "On March 4, 2025, an invented grid operator said it would build storage.\n"
     + EN_STORY + EN_COPY, None, None),
    ("check", "empty-lead-date", EN_HEAD + "By Tom Vale\nThe plan, announced Aug. 1, 2025, would add storage at four sites.\n"
     + EN_STORY + EN_COPY, None, None),
    # ---------------------------------------------------------------- empty: an event box or a window under the story
    ("probe", "empty-event", EN_HEAD + EN_BY + EN_STORY + "Upcoming: Invented Energy Forum, March 20, 2025, 9:00 AM\n" + EN_COPY,
     None, None),
    ("check", "empty-event", EN_HEAD + EN_BY + EN_STORY + "Webinar | Aug 20, 2025 | Register now\n" + EN_COPY, None, None),
    ("probe", "empty-event", KO_HEAD + "김가상 기자\n" + KO_STORY + "■ 설명회 개요\n일시: 2025년 8월 20일(수) 14:00\n"
     "장소: 가상컨벤션센터\n" + KO_COPY, None, None),
    ("check", "empty-event", KO_HEAD + "박가상 기자\n" + KO_STORY + "▶ 접수 기간: 2025.08.04 ~ 2025.08.29\n" + KO_COPY,
     None, None),
    # ---------------------------------------------------------------- empty: a related list or comments with dates
    ("probe", "empty-related", EN_HEAD + EN_BY + EN_STORY + EN_COPY + "More from Invented Ledger\n"
     "Grid tender delayed again\nFeb 20, 2025\nNew port crane order placed\nFeb 27, 2025\n", None, None),
    ("check", "empty-related", EN_HEAD + EN_BY + EN_STORY + EN_COPY + "Related\n"
     "Invented utility raises rates — Jul 28, 2025\nCoastal wind farm approved — Jul 30, 2025\n", None, None),
    ("probe", "empty-comments", EN_HEAD + EN_BY + EN_STORY + "Comments (2)\nreader42 · Mar 5, 2025 8:02 AM\n"
     "Good news for the coast.\n", None, None),
    ("check", "empty-comments", EN_HEAD + EN_BY + EN_STORY + "2 Comments\nJohn D. says:\nAugust 2, 2025 at 9:14 am\n"
     "About time.\n", None, None),
    # ---------------------------------------------------------------- empty: a copyright year
    ("probe", "empty-copyright", EN_HEAD + EN_BY + EN_STORY + "© 2025 Invented Ledger Media Inc.\n", None, None),
    ("check", "empty-copyright", EN_HEAD + EN_BY + EN_STORY + "Copyright 2024-2025 Invented Ledger\n", None, None),
    # ---------------------------------------------------------------- empty: today's date or a ticker above the masthead
    ("probe", "empty-bar", "Monday, November 2, 2026 | 14:30 KST\n" + EN_HEAD + EN_BY + EN_STORY, None, None),
    ("check", "empty-bar", "Today's paper | Monday, 2 November 2026\n" + EN_HEAD + EN_BY + EN_STORY, None, None),
    ("probe", "empty-bar", "코스피 2,650.12 ▲0.5% (11.02 15:30)\n" + KO_HEAD + "김가상 기자\n" + KO_STORY, None, None),
    ("check", "empty-bar", "[오늘의 날씨] 11월 2일 월요일 맑음\n" + KO_HEAD + "박가상 기자\n" + KO_STORY, None, None),
    # ---------------------------------------------------------------- empty: a dated photo note
    ("probe", "empty-photo", EN_HEAD + EN_BY + "Storage containers at a test site (Photo taken March 3, 2025)\n"
     + EN_STORY, None, None),
    ("check", "empty-photo", KO_HEAD + "박가상 기자\n시험장 전경. 2025.07.30 촬영\n" + KO_STORY, None, None),
    # ================================================================ round 2 (k3, session 13): written after round 1's
    # first run and after reading the study half's misses, before its own first run; check2 never tuned on.
    # An info line captured element by element: the byline, a lone separator, the date, a separator, a counter
    ("probe2", "split-info", KO_HEAD + "김가상 기자\n|\n2025.03.04\n|\n조회 12\n" + KO_STORY + KO_COPY, "2025-03-04", None),
    ("probe2", "split-info", EN_HEAD + "By Jane Roe\n|\nMarch 4, 2025\n|\n3 min read\n" + EN_STORY + EN_COPY,
     "2025-03-04", None),
    ("check2", "split-info", KO_HEAD + "박가상 기자\n·\n2025-08-01 15:48\n·\n댓글 0\n" + KO_STORY + KO_COPY,
     "2025-08-01T15:48+09:00", None),
    ("check2", "split-info", EN_HEAD + "Tom Vale\n•\nAug 1, 2025\n•\nMarkets\n" + EN_STORY + EN_COPY, "2025-08-01", None),
    # the same after the story
    ("probe2", "split-info-foot", KO_HEAD + KO_STORY + "김가상 기자\n|\n2025.03.04\n|\n조회 5\n" + KO_COPY, "2025-03-04", None),
    ("check2", "split-info-foot", KO_HEAD + KO_STORY + "박가상 기자\n|\n2025-08-01 15:48\n" + KO_COPY,
     "2025-08-01T15:48+09:00", None),
    # lone separators between lines that are no stamp: nothing
    ("probe2", "split-empty", KO_HEAD + "김가상 기자\n|\n에너지\n|\n조회 12\n" + KO_STORY + KO_COPY, None, None),
    ("check2", "split-empty", EN_HEAD + "By Tom Vale\n|\nEnergy\n|\n4 min read\n" + EN_STORY + EN_COPY, None, None),
    # ================================================================ round 3 (k3, session 13): English date lines of
    # blogs, trade sites and British and European outlets, written after round 2's rules, before its own first run;
    # check3 never tuned on. The byline, then "on" and the date, no label
    ("probe3", "by-on", EN_HEAD + "By Jane Roe on March 4, 2025\n" + EN_STORY, "2025-03-04", None),
    ("check3", "by-on", EN_HEAD + "by Tom Vale on Aug 1, 2025 at 3:48 pm\n" + EN_STORY, "2025-08-01T15:48+09:00", None),
    # the date, then "by" and the byline
    ("probe3", "date-by", EN_HEAD + "March 4, 2025 by Jane Roe\n" + EN_STORY, "2025-03-04", None),
    ("check3", "date-by", EN_HEAD + "Aug 1, 2025 · by Tom Vale\n" + EN_STORY, "2025-08-01", None),
    # a capital label, the time and zone first, a comma, the date day first
    ("probe3", "time-comma-date", EN_HEAD + EN_BY + "PUBLISHED: 11:15 GMT, 4 March 2025\n" + EN_STORY,
     "2025-03-04T11:15+00:00", None),
    ("check3", "time-comma-date", EN_HEAD + EN_BY + "Published: 15:48 BST, 1 August 2025\n" + EN_STORY,
     "2025-08-01T15:48+01:00", None),
    # a dash between the date and the time
    ("probe3", "date-dash-time", EN_HEAD + EN_BY + "4 March 2025 – 11:15\n" + EN_STORY, "2025-03-04T11:15+09:00", None),
    ("check3", "date-dash-time", EN_HEAD + EN_BY + "Aug 1, 2025 — 15:48\n" + EN_STORY, "2025-08-01T15:48+09:00", None),
    # no comma, the meridiem glued to the time
    ("probe3", "no-comma", EN_HEAD + EN_BY + "March 4 2025 11:15AM\n" + EN_STORY, "2025-03-04T11:15+09:00", None),
    ("check3", "no-comma", EN_HEAD + EN_BY + "Aug 01 2025 3:48PM\n" + EN_STORY, "2025-08-01T15:48+09:00", None),
    # a European dotted date, day first, with a label
    ("probe3", "eu-dotted", EN_HEAD + EN_BY + "Published: 04.03.2025\n" + EN_STORY, "2025-03-04", None),
    ("check3", "eu-dotted", EN_HEAD + EN_BY + "Posted 01.08.2025 15:48\n" + EN_STORY, "2025-08-01T15:48+09:00", None),
    # a name and the date split by bars, no "By"
    ("probe3", "name-bar-date", EN_HEAD + "Jane Roe | 4 March 2025\n" + EN_STORY, "2025-03-04", None),
    ("check3", "name-bar-date", EN_HEAD + "Tom Vale | Aug 1, 2025 | 3:48 PM\n" + EN_STORY, "2025-08-01T15:48+09:00", None),
    # a writer label and a date label on one line
    ("probe3", "written-published", EN_HEAD + "Written by Jane Roe | Published March 4, 2025\n" + EN_STORY, "2025-03-04", None),
    ("check3", "written-published", EN_HEAD + "Reporter: Tom Vale · Posted: Aug 1, 2025\n" + EN_STORY, "2025-08-01", None),
    # the stamp under the story's tags
    ("probe3", "after-tags", EN_HEAD + EN_BY + EN_STORY + "Tags: storage, grid, coast\nPublished March 4, 2025 11:15 AM\n"
     + EN_COPY, "2025-03-04T11:15+09:00", None),
    ("check3", "after-tags", EN_HEAD + EN_BY + EN_STORY + "Topics: Energy, Markets\nPosted: Aug 1, 2025 3:48 PM\n" + EN_COPY,
     "2025-08-01T15:48+09:00", None),
    # ================================================================ round 4 (k3, session 13): reader-mode / markdown
    # captures of a blog platform, written after round 3's rules, before its own first run; check4 never tuned on.
    # the date as a link to the day's archive
    ("probe4", "md-date-link", EN_HEAD + EN_BY + "[March 4, 2025](https://ledger.example/2025/03/04/)\n" + EN_STORY,
     "2025-03-04", None),
    ("check4", "md-date-link", EN_HEAD + "Posted on [Aug 1, 2025](https://ledger.example/2025/08/01/) by "
     "[Tom Vale](https://ledger.example/author/tom/)\n" + EN_STORY, "2025-08-01", None),
    # the author as a link, a bar, the date
    ("probe4", "md-author-link", EN_HEAD + "By [Jane Roe](https://ledger.example/author/jane/) | March 4, 2025\n" + EN_STORY,
     "2025-03-04", None),
    ("check4", "md-author-link", EN_HEAD + "[Tom Vale](https://ledger.example/author/tom/) · Aug 1, 2025 3:48 PM\n" + EN_STORY,
     "2025-08-01T15:48+09:00", None),
    # a bold label
    ("probe4", "md-bold-label", EN_HEAD + EN_BY + "**Published:** March 4, 2025 11:15 AM\n" + EN_STORY,
     "2025-03-04T11:15+09:00", None),
    ("check4", "md-bold-label", EN_HEAD + EN_BY + "**Posted** Aug 1, 2025 3:48 PM\n" + EN_STORY, "2025-08-01T15:48+09:00", None),
    # the date under a markdown image and its caption
    ("probe4", "md-under-image", EN_HEAD + "![Battery containers](https://ledger.example/img/a.jpg)\n"
     "Battery containers at an invented site.\n" + EN_BY + "Published March 4, 2025 11:15 AM\n" + EN_STORY,
     "2025-03-04T11:15+09:00", None),
    ("check4", "md-under-image", EN_HEAD + "![A crane](https://ledger.example/img/c.jpg)\n*A crane at an invented port.*\n"
     "Aug 1, 2025\n" + EN_STORY, "2025-08-01", None),
    # a markdown headline, then the byline and the date
    ("probe4", "md-heading", EN_MAST + "# " + EN_TITLE + EN_BY + "March 4, 2025\n" + EN_STORY, "2025-03-04", None),
    ("check4", "md-heading", EN_MAST + "## " + EN_TITLE + "*Tom Vale* · Aug 1, 2025\n" + EN_STORY, "2025-08-01", None),
    # ================================================================ round 5 (k3, session 13): another story's dated
    # line ABOVE the headline of a page that prints no stamp of its own (nothing may be read), beside pages whose own
    # unlabelled stamp stands above the headline (it must be read); written after round 4's rule, before its own first
    # run; check5 never tuned on
    ("probe5", "above-empty", "Latest: Invented port reopens after storm — Mar 3, 2025 9:10 AM\n" + EN_HEAD + EN_BY
     + EN_STORY, None, None),
    ("check5", "above-empty", "Breaking | Coastal ferry service resumes | Aug 2, 2025 07:55\n" + EN_HEAD + EN_BY + EN_STORY,
     None, None),
    ("probe5", "above-empty", "속보 가상항 운항 재개 2025.03.03 09:10\n" + KO_HEAD + "김가상 기자\n" + KO_STORY, None, None),
    ("check5", "above-empty", "[최신기사] 가상시 여객선 운항 재개 2025-08-02 07:55\n" + KO_HEAD + "박가상 기자\n" + KO_STORY,
     None, None),
    ("probe5", "above-own", EN_MAST + "March 4, 2025 11:15 AM\n" + EN_TITLE + EN_BY + EN_STORY, "2025-03-04T11:15+09:00", None),
    ("check5", "above-own", KO_MAST + "2025.08.01 15:48\n" + KO_TITLE + "박가상 기자\n" + KO_STORY, "2025-08-01T15:48+09:00", None),
    # ================================================================ round 6 (k3, session 14): stamp forms and
    # places no round asked — the stamp between two deck lines, the label after the date, a machine timestamp on its
    # own line, a bare ``Date:`` label, a markdown table's row, a two-digit year, the update and the publish on one
    # line with the update first, ``…일자`` labels, seconds with a fraction; written before its own first run; check6
    # never tuned on
    ("probe6", "between-deck", KO_HEAD + "2년 안에 4곳 모두 가동 목표\n입력 2025.03.04 11:15\n풍력 출력 제한 줄일 듯\n"
     + "김가상 기자\n" + KO_STORY + KO_COPY, "2025-03-04T11:15+09:00", None),
    ("check6", "between-deck", EN_HEAD + EN_DECK + "Aug 1, 2025 3:48 PM\nThe plan still needs the regulator's approval\n"
     + "By Tom Vale\n" + EN_STORY + EN_COPY, "2025-08-01T15:48+09:00", None),
    ("probe6", "label-after", KO_HEAD + "김가상 기자\n2025.03.04 11:15 입력\n" + KO_STORY + KO_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check6", "label-after", KO_HEAD + "박가상 기자\n2025-08-01 15:48 등록 | 2025-08-02 09:10 수정\n" + KO_STORY + KO_COPY,
     "2025-08-01T15:48+09:00", "2025-08-02T09:10+09:00"),
    ("probe6", "iso-line", EN_HEAD + EN_BY + "2025-03-04T11:15:00+09:00\n" + EN_STORY + EN_COPY, "2025-03-04T11:15+09:00", None),
    ("check6", "iso-line", KO_HEAD + "박가상 기자\n2025-08-01T15:48:00+09:00\n" + KO_STORY + KO_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe6", "date-label", EN_HEAD + EN_BY + "Date: 04 Mar 2025\n" + EN_STORY + EN_COPY, "2025-03-04", None),
    ("check6", "date-label", EN_HEAD + "Author: Tom Vale\nDATE: Aug 1, 2025\n" + EN_STORY + EN_COPY, "2025-08-01", None),
    ("probe6", "md-table", KO_HEAD + "| 기자 | 김가상 |\n|---|---|\n| 입력 | 2025.03.04 11:15 |\n" + KO_STORY + KO_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check6", "md-table", EN_HEAD + "| By | Published |\n|---|---|\n| Tom Vale | Aug 1, 2025 |\n" + EN_STORY + EN_COPY,
     "2025-08-01", None),
    ("probe6", "two-digit-year", KO_HEAD + "김가상 기자\n입력 25.03.04 11:15\n" + KO_STORY + KO_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check6", "two-digit-year", KO_HEAD + "박가상 기자 | 등록 25-08-01 15:48\n" + KO_STORY + KO_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe6", "update-first-line", EN_HEAD + EN_BY + "Last updated: March 5, 2025 09:00 | First published: March 4, 2025 "
     "11:15\n" + EN_STORY + EN_COPY, "2025-03-04T11:15+09:00", "2025-03-05T09:00+09:00"),
    ("check6", "update-first-line", EN_HEAD + "By Tom Vale · Updated Aug 2, 2025 9:10 AM · Published Aug 1, 2025 3:48 PM\n"
     + EN_STORY + EN_COPY, "2025-08-01T15:48+09:00", "2025-08-02T09:10+09:00"),
    ("probe6", "ilja-label", KO_HEAD + "김가상 기자\n작성일자 2025-03-04 11:15\n" + KO_STORY + KO_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check6", "ilja-label", KO_HEAD + "박가상 기자\n게재일자 2025.08.01\n" + KO_STORY + KO_COPY, "2025-08-01", None),
    ("probe6", "fraction-seconds", KO_HEAD + "김가상 기자\n입력 2025-03-04 11:15:07.0\n" + KO_STORY + KO_COPY,
     "2025-03-04T11:15:07+09:00", None),
    ("check6", "fraction-seconds", EN_HEAD + EN_BY + "Published 2025-08-01 15:48:22.123\n" + EN_STORY + EN_COPY,
     "2025-08-01T15:48:22+09:00", None),
    # ================================================================ round 7 (k3, session 14): the study half's
    # publish-time kinds in other words — a date bar printing the same day several ways (a relative age, the weekday
    # form, short and long forms, one of them with its clock), and labels glued to each other without a separator
    # (``Category: XDate: …Source: …``); written after reading the study half's misses, before its own first run;
    # check7 never tuned on
    ("probe7", "many-renderings", EN_HEAD + "2 hours 5 minutes ago Tuesday, March 04 2025 Mar 4, 2025 March 04, 2025 "
     "11:15 AM March 04, 2025 in Energy\n" + EN_BY + EN_STORY + EN_COPY, "2025-03-04T11:15", None),
    ("check7", "many-renderings", EN_HEAD + "5 days ago Friday, August 01 2025 Aug 1, 2025 3:48 PM in Markets\n"
     + "By Tom Vale\n" + EN_STORY + EN_COPY, "2025-08-01T15:48", None),
    ("probe7", "many-renderings", KO_HEAD + "1시간 전 2025년 3월 4일 화요일 2025.03.04 11:15\n김가상 기자\n" + KO_STORY + KO_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check7", "many-renderings", KO_HEAD + "어제 2025.08.01 (금) 2025-08-01 15:48\n박가상 기자\n" + KO_STORY + KO_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe7", "glued-labels", EN_HEAD + "Category: EnergyDate: March 4, 2025 11:15Source: Invented Wire\n" + EN_STORY
     + EN_COPY, "2025-03-04T11:15+09:00", None),
    ("check7", "glued-labels", EN_HEAD + "Section: MarketsPosted: Aug 1, 2025 3:48 PMAuthor: Tom Vale\n" + EN_STORY
     + EN_COPY, "2025-08-01T15:48+09:00", None),
    # ================================================================ round 8 (k3, session 15): stamp shapes of outlets
    # nobody has read — Korean dates with spaces after the dots, Korean units down to the minute, slashed dates,
    # ``기사전송``, an update in parentheses after the publish, a relative age beside the date, English ``at`` before the
    # clock with a named zone, a day-first date and a bullet before the clock, the clock before the date, a machine
    # timestamp in UTC (``Z``); probe8 and check8 written together at the session's start, before their first run and
    # before any page was read; check8 never tuned on
    ("probe8", "dotted-spaces", KO_HEAD + "김가상 기자\n입력 2025. 3. 4. 11:15\n" + KO_STORY + KO_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check8", "dotted-spaces", KO_HEAD + "박가상 기자\n2025. 8. 1. 오후 3:48\n" + KO_STORY + KO_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe8", "ko-units-minute", KO_HEAD + "김가상 기자\n2025년 03월 04일 11시 15분\n" + KO_STORY + KO_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check8", "ko-units-minute", KO_HEAD + "등록 : 2025년 8월 1일 15시 48분\n박가상 기자\n" + KO_STORY + KO_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe8", "slashed", KO_HEAD + "김가상 기자\n입력 2025/03/04 11:15\n" + KO_STORY + KO_COPY, "2025-03-04T11:15+09:00", None),
    ("check8", "slashed", KO_HEAD + "박가상 기자 | 등록일 2025/08/01 15:48\n" + KO_STORY + KO_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe8", "sent-label", KO_HEAD + "김가상 기자\n기사전송 2025-03-04 11:15\n" + KO_STORY + KO_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check8", "sent-label", KO_HEAD + "박가상 기자\n기사전송 : 2025.08.01 오후 3:48\n" + KO_STORY + KO_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe8", "update-in-parens", KO_HEAD + "김가상 기자\n입력 2025-03-04 11:15 (수정 2025-03-04 13:20)\n" + KO_STORY
     + KO_COPY, "2025-03-04T11:15+09:00", "2025-03-04T13:20+09:00"),
    ("check8", "update-in-parens", EN_HEAD + EN_BY + "Published Aug 1, 2025 3:48 PM (Updated Aug 2, 2025 9:10 AM)\n"
     + EN_STORY + EN_COPY, "2025-08-01T15:48+09:00", "2025-08-02T09:10+09:00"),
    ("probe8", "age-beside", EN_HEAD + EN_BY + "March 4, 2025 11:15 AM (3 hours ago)\n" + EN_STORY + EN_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check8", "age-beside", KO_HEAD + "박가상 기자\n2025.08.01 15:48 (5시간 전)\n" + KO_STORY + KO_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe8", "at-zone", EN_HEAD + EN_BY + "March 4, 2025 at 11:15 a.m. EST\n" + EN_STORY + EN_COPY,
     "2025-03-04T11:15-05:00", None),
    ("check8", "at-zone", EN_HEAD + "By Tom Vale\nAug. 1, 2025 at 3:48 p.m. ET\n" + EN_STORY + EN_COPY,
     "2025-08-01T15:48-04:00", None),
    ("probe8", "dayfirst-bullet", EN_HEAD + EN_BY + "4 March 2025 • 11:15\n" + EN_STORY + EN_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check8", "dayfirst-bullet", EN_HEAD + "By Tom Vale\n01 Aug 2025 | 15:48\n" + EN_STORY + EN_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe8", "clock-first", EN_HEAD + EN_BY + "11:15, 04 Mar 2025\n" + EN_STORY + EN_COPY, "2025-03-04T11:15+09:00", None),
    ("check8", "clock-first", EN_HEAD + "By Tom Vale\n3:48 PM, Aug 1, 2025\n" + EN_STORY + EN_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe8", "utc-z", EN_HEAD + EN_BY + "2025-03-04T02:15:00Z\n" + EN_STORY + EN_COPY, "2025-03-04T11:15+09:00", None),
    ("check8", "utc-z", EN_HEAD + "By Tom Vale\nPublished 2025-08-01T06:48Z\n" + EN_STORY + EN_COPY,
     "2025-08-01T15:48+09:00", None),
    # ================================================================ round 9 (k3, session 15): written after the
    # session's first three rules, before its own first run; check9 never tuned on. Stamp labels of other words
    # (``Date Posted``, ``Publication date``, ``Release date``, ``게시일``, ``작성일``), CJK dates, a time in brackets after
    # a slashed date, a two-digit date alone after a label
    ("probe9", "other-labels", EN_HEAD + EN_BY + "Date Posted: March 4, 2025\n" + EN_STORY + EN_COPY, "2025-03-04", None),
    ("check9", "other-labels", EN_HEAD + "By Tom Vale\nPublication date: 1 August 2025\n" + EN_STORY + EN_COPY,
     "2025-08-01", None),
    ("probe9", "other-labels", KO_HEAD + "김가상 기자\n게시일 2025-03-04 11:15\n" + KO_STORY + KO_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check9", "other-labels", KO_HEAD + "박가상 기자\n작성일 : 2025.08.01 15:48\n" + KO_STORY + KO_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe9", "release-date", EN_HEAD + "Release date: March 4, 2025 11:15 AM\n" + EN_STORY + EN_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check9", "release-date", EN_HEAD + "By Tom Vale\nIssued: Aug 1, 2025 3:48 PM\n" + EN_STORY + EN_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe9", "cjk-date", EN_HEAD + EN_BY + "2025年03月04日 11:15\n" + EN_STORY + EN_COPY, "2025-03-04T11:15+09:00", None),
    ("check9", "cjk-date", KO_HEAD + "박가상 기자\n2025年8月1日 15:48\n" + KO_STORY + KO_COPY, "2025-08-01T15:48+09:00", None),
    ("probe9", "bracket-clock", KO_HEAD + "김가상 기자\n기사입력 2025/03/04 [11:15]\n" + KO_STORY + KO_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check9", "bracket-clock", KO_HEAD + "박가상 기자\n등록 2025-08-01 (15:48)\n" + KO_STORY + KO_COPY,
     "2025-08-01T15:48+09:00", None),
    # ================================================================ round 10 (k3, session 15): written after the
    # second landing, before its own first run; check10 never tuned on. ``Posted on DATE by NAME``, a bar or a slash
    # between the date and the clock, the clock and zone first then a comma and the date, the label after the date
    # inside brackets
    ("probe10", "on-date-by", EN_HEAD + "Posted on March 4, 2025 by Jane Roe\n" + EN_STORY + EN_COPY, "2025-03-04", None),
    ("check10", "on-date-by", EN_HEAD + "Published on Aug 1, 2025 by Tom Vale\n" + EN_STORY + EN_COPY, "2025-08-01", None),
    ("probe10", "bar-clock", KO_HEAD + "김가상 기자\n2025-03-04 | 11:15\n" + KO_STORY + KO_COPY, "2025-03-04T11:15+09:00", None),
    ("check10", "bar-clock", EN_HEAD + "By Tom Vale\nAug 1, 2025 | 3:48 PM\n" + EN_STORY + EN_COPY, "2025-08-01T15:48+09:00", None),
    ("probe10", "slash-clock", EN_HEAD + EN_BY + "March 4, 2025 / 11:15 AM\n" + EN_STORY + EN_COPY, "2025-03-04T11:15+09:00", None),
    ("check10", "slash-clock", KO_HEAD + "박가상 기자\n2025.08.01 / 15:48\n" + KO_STORY + KO_COPY, "2025-08-01T15:48+09:00", None),
    ("probe10", "clock-zone-first", EN_HEAD + EN_BY + "Published: 11:15 AM KST, Mar 4, 2025\n" + EN_STORY + EN_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check10", "clock-zone-first", EN_HEAD + "By Tom Vale\nPosted 3:48 PM ET, Aug 1, 2025\n" + EN_STORY + EN_COPY,
     "2025-08-01T15:48-04:00", None),
    ("probe10", "label-inside-brackets", KO_HEAD + "김가상 기자\n[2025-03-04 11:15 송고]\n" + KO_STORY + KO_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check10", "label-inside-brackets", KO_HEAD + "박가상 기자\n(2025.08.01 15:48 입력)\n" + KO_STORY + KO_COPY,
     "2025-08-01T15:48+09:00", None),
    # ================================================================ round 11 (k3, session 16): written at the
    # session's start, before its own first run and before any page was read; check11 never tuned on. A weekday in
    # parentheses glued to a Korean date, first and last stamps spelt with a space (``최초 입력``), a capitals label and
    # month, a month and day with no comma before the year, a label then the weekday and a day-first date, 오전/오후
    # with seconds after a dotted date, a zone's name after the clock, a foot line saying where and when the story
    # first ran
    ("probe11", "weekday-parens", KO_HEAD + "김가상 기자\n입력 2025.03.04(화) 11:15\n" + KO_STORY + KO_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check11", "weekday-parens", KO_HEAD + "박가상 기자\n등록일 2025-08-01(금) 오후 3:48\n" + KO_STORY + KO_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe11", "first-last-spaced", KO_HEAD + "김가상 기자\n최초 입력 2025.03.04 11:15 | 최종 수정 2025.03.04 13:20\n"
     + KO_STORY + KO_COPY, "2025-03-04T11:15+09:00", "2025-03-04T13:20+09:00"),
    ("check11", "first-last-spaced", KO_HEAD + "박가상 기자\n최초 등록 2025-08-01 15:48\n최종 업데이트 2025-08-02 09:10\n"
     + KO_STORY + KO_COPY, "2025-08-01T15:48+09:00", "2025-08-02T09:10+09:00"),
    ("probe11", "caps-label", EN_HEAD + EN_BY + "PUBLISHED MARCH 4, 2025 11:15 AM\n" + EN_STORY + EN_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check11", "caps-label", EN_HEAD + "BY TOM VALE\nPOSTED AUG 1, 2025 3:48 PM\n" + EN_STORY + EN_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe11", "no-comma-year", EN_HEAD + EN_BY + "Mar 4 2025 11:15 AM\n" + EN_STORY + EN_COPY, "2025-03-04T11:15+09:00",
     None),
    ("check11", "no-comma-year", EN_HEAD + "By Tom Vale\nUpdated Aug. 1 2025, 3:48 p.m.\n" + EN_STORY + EN_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe11", "label-weekday-dayfirst", EN_HEAD + EN_BY + "Published Tuesday 4 March 2025 11:15\n" + EN_STORY + EN_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check11", "label-weekday-dayfirst", EN_HEAD + "By Tom Vale\nPosted Friday, 1st August 2025 at 15:48\n" + EN_STORY
     + EN_COPY, "2025-08-01T15:48+09:00", None),
    ("probe11", "ampm-seconds", KO_HEAD + "김가상 기자\n입력 2025.03.04. 오전 11:15:30\n" + KO_STORY + KO_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check11", "ampm-seconds", KO_HEAD + "박가상 기자\n2025. 08. 01. 오후 03:48:10\n" + KO_STORY + KO_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe11", "zone-name", KO_HEAD + "김가상 기자\n2025-03-04 11:15 KST\n" + KO_STORY + KO_COPY, "2025-03-04T11:15+09:00",
     None),
    ("check11", "zone-name", EN_HEAD + "By Tom Vale\nAug 1, 2025 15:48 (KST)\n" + EN_STORY + EN_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe11", "first-ran-foot", EN_HEAD + EN_BY + EN_STORY + "Originally published March 4, 2025.\n" + EN_COPY,
     "2025-03-04", None),
    ("check11", "first-ran-foot", EN_HEAD + "By Tom Vale\n" + EN_STORY + "This article was first published on Aug 1, 2025.\n"
     + EN_COPY, "2025-08-01", None),
    # ================================================================ round 12 (k3, session 16): written after round 11's
    # first run, before its own first run and before any rule for it; check12 never tuned on. Korean units with a
    # weekday and 오전/오후 시·분, ``등록일시``-style labels, an abbreviated weekday before a day-first date, a comma after
    # a day-first month, a Japanese zone, the date and clock on two lines under one label, a stamp in a markdown
    # bold label with the clock in italics
    ("probe12", "ko-units-weekday", KO_HEAD + "김가상 기자\n2025년 3월 4일 화요일 오전 11시 15분\n" + KO_STORY + KO_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check12", "ko-units-weekday", KO_HEAD + "박가상 기자\n입력 2025년 08월 01일(금) 오후 3시 48분\n" + KO_STORY + KO_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe12", "ilsi-label", KO_HEAD + "김가상 기자\n등록일시 : 2025-03-04 11:15\n" + KO_STORY + KO_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check12", "ilsi-label", KO_HEAD + "박가상 기자\n게재일시 2025.08.01 15:48\n" + KO_STORY + KO_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe12", "wkday-dayfirst", EN_HEAD + EN_BY + "Published: Tue 04 Mar 2025, 11:15 AM\n" + EN_STORY + EN_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check12", "wkday-dayfirst", EN_HEAD + "By Tom Vale\nFri, 01 Aug 2025 15:48\n" + EN_STORY + EN_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe12", "dayfirst-comma", EN_HEAD + EN_BY + "04 Mar, 2025 11:15\n" + EN_STORY + EN_COPY, "2025-03-04T11:15+09:00",
     None),
    ("check12", "dayfirst-comma", EN_HEAD + "By Tom Vale\nUpdated: 1 August, 2025 3:48 PM\n" + EN_STORY + EN_COPY,
     "2025-08-01T15:48+09:00", None),
    ("probe12", "jst", EN_HEAD + EN_BY + "2025/03/04 11:15 JST\n" + EN_STORY + EN_COPY, "2025-03-04T11:15+09:00", None),
    ("check12", "jst", EN_HEAD + "By Tom Vale\nAug 1, 2025 3:48 PM JST\n" + EN_STORY + EN_COPY, "2025-08-01T15:48+09:00",
     None),
    ("probe12", "label-two-lines", KO_HEAD + "김가상 기자\n입력\n2025.03.04\n11:15\n" + KO_STORY + KO_COPY,
     "2025-03-04T11:15+09:00", None),
    ("check12", "label-two-lines", EN_HEAD + "By Tom Vale\nPublished\nAug 1, 2025\n3:48 PM\n" + EN_STORY + EN_COPY,
     "2025-08-01T15:48+09:00", None),
)


def run(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(right, tried) per set ("probe", "check"; rounds 2-7: "probe2"…"check7"): one made-up page each."""
    totals: dict[str, list[int]] = {"probe": [0, 0], "check": [0, 0], "probe2": [0, 0], "check2": [0, 0],
                                   "probe3": [0, 0], "check3": [0, 0], "probe4": [0, 0], "check4": [0, 0],
                                   "probe5": [0, 0], "check5": [0, 0],
                                   "probe6": [0, 0], "check6": [0, 0], "probe7": [0, 0], "check7": [0, 0],
                                   "probe8": [0, 0], "check8": [0, 0], "probe9": [0, 0], "check9": [0, 0],
                                   "probe10": [0, 0], "check10": [0, 0], "probe11": [0, 0], "check11": [0, 0],
                                   "probe12": [0, 0], "check12": [0, 0]}
    for kind, shape, page, pub, upd in PAGES:
        shown = next((line for line in page.split("\n") if any(y in line for y in ("2024", "2025", "2026", "ago"))), "")
        score_variant(totals, kind, shape, shown[:48], [("page", page)], pub, upd, verbose)
    return print_totals(totals)


def main(argv: list[str] | None = None) -> int:
    return probe_main(__doc__, run, "what the parser read where a page is wrong", argv)


if __name__ == "__main__":
    raise SystemExit(main())
