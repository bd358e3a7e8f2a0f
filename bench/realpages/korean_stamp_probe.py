"""How the publish/update time holds on KOREAN stamp forms no rule was written from: made-up stamps on made-up pages.

    PYTHONPATH=include python bench/realpages/korean_stamp_probe.py [--verbose]

The Korean group beside ``stamp_format_probe.py`` and ``english_date_probe.py`` (whose scoring it reuses): stamp
lines as Korean news sites print them — the labels (입력/수정/등록/송고/송고시간/기사입력/최종수정/업데이트/승인/
게재/발행/기사전송/작성/발행일/등록일/기사승인/입력 일시), with and without a colon, glued to the label or spaced;
dotted, dashed, slashed and Korean-unit dates (``2025년 8월 1일 오후 3시 4분``), two-digit years, seconds,
오전/오후 and AM/PM, a weekday in parentheses or written out, brackets, bars and middle dots between the label,
the stamp, the byline and a view counter, both stamps on one line or on two, ``KST``. Each ``top`` variant is put
into every Korean skeleton (under the headline, under a byline, beside the byline, first line of a headless
capture, under the headline of a page whose site bar prints TODAY's date — a date never to be taken); each
``foot`` variant after the story (before and after the copyright line). The ``page`` variants are whole made-up
pages whose decoys must NOT be read as the story's time: a date in the headline, a related list or comments with
dates, a copyright year, a relative time (``3시간 전``) with no absolute date. Right when the publish and update
times both are (``bench_realpages.time_ok``: the same minute, or the same day for a date alone; no label, nothing
read). Every line, name and story is invented; no page of the corpus is read.

The ``CHECK`` variants were written with the others (k1, session 11), before the probe was first run and before
any rule was measured against it; they are never tuned on: a rule that fixes a ``PROBE`` variant and not its
``CHECK`` sibling fits the probe, not the form. Round 2 (``probe2``/``check2``: a board's 작성일, a dot after the
day, tight Korean units, the hour alone, labels of 일자/최초 or in brackets, a slash or nothing between the two
stamps, a print edition's 지면 date, counters and a byline after the stamp, a site bar's clock, dates in the
story's first line and a caption) was written after round 1's first run came out nearly all right, and before its
own first run; its check variants are never tuned on either. Round 3 (``probe3``/``check3``: a portal's glued
labels with 오전/오후, spaced dots on both stamps, no zero padding, a mark before the label, the update in
parentheses or first, ``(KST)``, the label after the stamp, an English label on a Korean page, a footer stamp under
the reporter's e-mail) was written after round 2's rules were measured, before its own first run. Round 4
(``probe4``/``check4``: where the stamp stands — above the headline, under a deck, under a photo caption, under
menus and a breadcrumb, under share widgets, under the reporter's e-mail, in the closing byline, right under the
masthead of a headless capture) was written after round 3, before its own first run. Round 5 (``probe5``/
``check5``: an unlabelled date alone in the head — under the byline, under its e-mail, beside it, after a section
label, in the closing sign-off, with its weekday — and a site bar's date with nothing of the story's own) was
written after round 4, before its own first run.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "include"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from stamp_format_probe import print_totals, probe_main, score_variant  # noqa: E402

TITLE = "가상시, 내년부터 시내버스 노선 전면 개편…환승 거리 줄인다"
HEAD = "한빛일보\n" + TITLE + "\n"
LEAD = "[가상시=한빛일보] 김가상 기자 = "
STORY = ("가상시가 내년부터 시내버스 노선을 전면 개편한다고 밝혔다.\n"
         "시는 노선 120개 가운데 40개를 새로 짜고 환승 정류장 18곳을 새로 만들 계획이다.\n"
         "시 관계자는 \"출퇴근 시간의 환승 거리를 절반으로 줄이는 것이 목표\"라고 말했다.\n"
         "시는 다음 달까지 시민 의견을 들은 뒤 최종안을 확정한다.\n")
COPYRIGHT = "ⓒ 한빛일보 무단전재 및 재배포 금지\n"
TODAY_BAR = "2026년 11월 2일 월요일\n"

# skeleton name → page with {stamp}: the stamp printed above the story
TOP = {
    "under-head": HEAD + "{stamp}\n" + LEAD + STORY + COPYRIGHT,
    "byline-above": HEAD + "김가상 기자\n{stamp}\n" + STORY + COPYRIGHT,
    "beside-byline": HEAD + "김가상 기자 | {stamp}\n" + STORY + COPYRIGHT,
    "headless": "{stamp}\n" + STORY + COPYRIGHT,
    "today-bar": TODAY_BAR + HEAD + "{stamp}\n" + LEAD + STORY + COPYRIGHT,
}
# the stamp printed after the story
FOOT = {
    "before-copyright": HEAD + LEAD + STORY + "{stamp}\n" + COPYRIGHT,
    "after-copyright": HEAD + LEAD + STORY + COPYRIGHT + "{stamp}\n",
}

# (set, shape, where, stamp text, published label, updated label): labels as the index writes them
VARIANTS: tuple[tuple[str, str, str, str, str | None, str | None], ...] = (
    # a colon after the label, spaced or not, full-width
    ("probe", "colon", "top", "입력 : 2025.08.01 15:04", "2025-08-01T15:04+09:00", None),
    ("probe", "colon", "top", "기사입력: 2025-08-01 15:04", "2025-08-01T15:04+09:00", None),
    ("check", "colon", "top", "등록 : 2025.03.14 09:27", "2025-03-14T09:27+09:00", None),
    ("check", "colon", "top", "송고시간：2025-03-14 09:27", "2025-03-14T09:27+09:00", None),
    # the date glued to its label
    ("probe", "glued", "top", "입력2025.08.01 15:04", "2025-08-01T15:04+09:00", None),
    ("check", "glued", "top", "등록일2025.03.14 09:27", "2025-03-14T09:27+09:00", None),
    # labels less common: 송고/게재/발행/승인/기사전송/작성/기사승인
    ("probe", "labels", "top", "송고 2025-08-01 15:04", "2025-08-01T15:04+09:00", None),
    ("probe", "labels", "top", "게재 2025.08.01 15:04", "2025-08-01T15:04+09:00", None),
    ("probe", "labels", "top", "기사전송 2025/08/01 15:04", "2025-08-01T15:04+09:00", None),
    ("probe", "labels", "top", "승인 2025.08.01 15:04", "2025-08-01T15:04+09:00", None),
    ("check", "labels", "top", "발행 2025-03-14 09:27", "2025-03-14T09:27+09:00", None),
    ("check", "labels", "top", "작성 2025.03.14 09:27", "2025-03-14T09:27+09:00", None),
    ("check", "labels", "top", "기사승인 2025-03-14 09:27", "2025-03-14T09:27+09:00", None),
    # a label with 일시 or 일
    ("probe", "label-il", "top", "입력 일시 : 2025.08.01 15:04", "2025-08-01T15:04+09:00", None),
    ("probe", "label-il", "top", "발행일 2025.08.01", "2025-08-01", None),
    ("check", "label-il", "top", "등록 일시 2025-03-14 09:27", "2025-03-14T09:27+09:00", None),
    ("check", "label-il", "top", "등록일 2025-03-14", "2025-03-14", None),
    # slashes, seconds
    ("probe", "slash-sec", "top", "기사입력 2025/08/01 15:04:33", "2025-08-01T15:04:33+09:00", None),
    ("check", "slash-sec", "top", "작성 2025/03/14 09:27:05", "2025-03-14T09:27:05+09:00", None),
    # spaced dots with a trailing dot
    ("probe", "spaced-dots", "top", "입력 2025. 8. 1. 15:04", "2025-08-01T15:04+09:00", None),
    ("check", "spaced-dots", "top", "등록 2025. 3. 14. 오전 9:27", "2025-03-14T09:27+09:00", None),
    # Korean units, 12- and 24-hour
    ("probe", "ko-units", "top", "입력 2025년 8월 1일 오후 3시 4분", "2025-08-01T15:04+09:00", None),
    ("probe", "ko-units", "top", "2025년 08월 01일 15:04", "2025-08-01T15:04+09:00", None),
    ("check", "ko-units", "top", "등록 2025년 3월 14일 오전 9시 27분", "2025-03-14T09:27+09:00", None),
    ("check", "ko-units", "top", "승인 2025년 03월 14일 09시 27분", "2025-03-14T09:27+09:00", None),
    # two-digit years
    ("probe", "short-year", "top", "입력 25.08.01 15:04", "2025-08-01T15:04+09:00", None),
    ("check", "short-year", "top", "등록 25-03-14 09:27", "2025-03-14T09:27+09:00", None),
    # 오전/오후 and AM/PM after a numeric date
    ("probe", "ampm", "top", "입력 2025.08.01 오후 3:04", "2025-08-01T15:04+09:00", None),
    ("probe", "ampm", "top", "입력 2025.08.01 03:04 PM", "2025-08-01T15:04+09:00", None),
    ("check", "ampm", "top", "등록 2025-03-14 오전 9:27", "2025-03-14T09:27+09:00", None),
    ("check", "ampm", "top", "등록 2025-03-14 09:27 AM", "2025-03-14T09:27+09:00", None),
    # a weekday in parentheses or written out
    ("probe", "weekday", "top", "입력 2025.08.01(금) 15:04", "2025-08-01T15:04+09:00", None),
    ("probe", "weekday", "top", "2025년 8월 1일 금요일 15:04", "2025-08-01T15:04+09:00", None),
    ("check", "weekday", "top", "등록 2025.03.14 (금) 09:27", "2025-03-14T09:27+09:00", None),
    ("check", "weekday", "top", "입력 2025년 3월 14일 금요일 오전 9:27", "2025-03-14T09:27+09:00", None),
    # the whole stamp in brackets
    ("probe", "brackets", "top", "[입력 2025.08.01 15:04]", "2025-08-01T15:04+09:00", None),
    ("check", "brackets", "top", "[등록 2025-03-14 09:27]", "2025-03-14T09:27+09:00", None),
    # the label and the stamp split by a bar
    ("probe", "label-bar", "top", "입력 | 2025.08.01 15:04", "2025-08-01T15:04+09:00", None),
    ("check", "label-bar", "top", "등록 | 2025-03-14 09:27", "2025-03-14T09:27+09:00", None),
    # a byline, the stamp and a view counter on one line
    ("probe", "byline-views", "top", "이가상 기자 | 입력 2025.08.01 15:04 | 조회 1,234", "2025-08-01T15:04+09:00", None),
    ("check", "byline-views", "top", "박가상 기자 · 등록 2025-03-14 09:27 · 조회수 87", "2025-03-14T09:27+09:00", None),
    # both stamps on one line
    ("probe", "pub-upd", "top", "입력 2025.08.01 15:04 · 수정 2025.08.01 17:30",
     "2025-08-01T15:04+09:00", "2025-08-01T17:30+09:00"),
    ("probe", "pub-upd", "top", "입력 2025.08.01 15:04 업데이트 2025.08.01 17:30",
     "2025-08-01T15:04+09:00", "2025-08-01T17:30+09:00"),
    ("check", "pub-upd", "top", "등록 2025-03-14 09:27 | 최종수정 2025-03-14 11:02",
     "2025-03-14T09:27+09:00", "2025-03-14T11:02+09:00"),
    ("check", "pub-upd", "top", "기사승인 2025-03-14 09:27 기사수정 2025-03-14 11:02",
     "2025-03-14T09:27+09:00", "2025-03-14T11:02+09:00"),
    # the update printed first
    ("probe", "upd-first", "top", "수정 2025.08.01 17:30 | 입력 2025.08.01 15:04",
     "2025-08-01T15:04+09:00", "2025-08-01T17:30+09:00"),
    ("check", "upd-first", "top", "최종수정 2025-03-14 11:02 · 기사입력 2025-03-14 09:27",
     "2025-03-14T09:27+09:00", "2025-03-14T11:02+09:00"),
    # both stamps on two lines
    ("probe", "two-lines", "top", "입력 2025.08.01 15:04\n수정 2025.08.01 17:30",
     "2025-08-01T15:04+09:00", "2025-08-01T17:30+09:00"),
    ("check", "two-lines", "top", "등록 2025-03-14 09:27\n업데이트 2025-03-14 11:02",
     "2025-03-14T09:27+09:00", "2025-03-14T11:02+09:00"),
    # KST after the time
    ("probe", "kst", "top", "입력 2025.08.01 15:04 KST", "2025-08-01T15:04+09:00", None),
    ("check", "kst", "top", "송고시간 2025-03-14 09:27 KST", "2025-03-14T09:27+09:00", None),
    # a labelled date alone
    ("probe", "date-only", "top", "입력 2025.08.01", "2025-08-01", None),
    ("check", "date-only", "top", "등록 2025-03-14", "2025-03-14", None),
    # a relative time beside the absolute one: the absolute one
    ("probe", "rel-beside", "top", "입력 2025.08.01 15:04 (3시간 전)", "2025-08-01T15:04+09:00", None),
    ("check", "rel-beside", "top", "등록 2025-03-14 09:27 · 5분 전", "2025-03-14T09:27+09:00", None),
    # a relative time alone: nothing to read
    ("probe", "relative", "top", "3시간 전", None, None),
    ("check", "relative", "top", "등록 2일 전", None, None),
    # the stamp after the story
    ("probe", "footer", "foot", "입력 2025.08.01 15:04", "2025-08-01T15:04+09:00", None),
    ("probe", "footer", "foot", "기사입력 2025.08.01 15:04 | 최종수정 2025.08.01 17:30",
     "2025-08-01T15:04+09:00", "2025-08-01T17:30+09:00"),
    ("check", "footer", "foot", "등록 2025-03-14 09:27", "2025-03-14T09:27+09:00", None),
    ("check", "footer", "foot", "송고시간 2025-03-14 09:27 · 수정 2025-03-14 11:02",
     "2025-03-14T09:27+09:00", "2025-03-14T11:02+09:00"),
    # round 2 (k1, session 11): written after round 1 came out nearly all right, before its own first run
    # a board's 작성일 with a two-digit year
    ("probe2", "board", "top", "작성일 25-08-01 15:04", "2025-08-01T15:04+09:00", None),
    ("check2", "board", "top", "작성일 : 25.03.14 09:27", "2025-03-14T09:27+09:00", None),
    # a dot after the day, then the time
    ("probe2", "day-dot", "top", "입력 2025.08.01. 15:04", "2025-08-01T15:04+09:00", None),
    ("check2", "day-dot", "top", "승인 2025.03.14. 09:27", "2025-03-14T09:27+09:00", None),
    # Korean units without spaces
    ("probe2", "units-tight", "top", "입력 2025년08월01일 15시04분", "2025-08-01T15:04+09:00", None),
    ("check2", "units-tight", "top", "등록 2025년03월14일09:27", "2025-03-14T09:27+09:00", None),
    # the hour alone in Korean units
    ("probe2", "hour-only", "top", "입력 2025년 8월 1일 15시", "2025-08-01T15:00+09:00", None),
    ("check2", "hour-only", "top", "등록 2025년 3월 14일 오전 9시", "2025-03-14T09:00+09:00", None),
    # seconds after 오전/오후
    ("probe2", "ampm-sec", "top", "입력 2025-08-01 오후 3:04:22", "2025-08-01T15:04:22+09:00", None),
    ("check2", "ampm-sec", "top", "등록 2025.03.14 오전 9:27:05", "2025-03-14T09:27:05+09:00", None),
    # a weekday in parentheses after Korean units
    ("probe2", "units-weekday", "top", "입력 : 2025년 08월 01일(금) 15:04", "2025-08-01T15:04+09:00", None),
    ("check2", "units-weekday", "top", "등록 2025년 3월 14일 (금) 오전 9:27", "2025-03-14T09:27+09:00", None),
    # labels of 일자/최초
    ("probe2", "label-more", "top", "등록일자 2025.08.01 15:04", "2025-08-01T15:04+09:00", None),
    ("probe2", "label-more", "top", "최초입력 2025.08.01 15:04", "2025-08-01T15:04+09:00", None),
    ("check2", "label-more", "top", "입력일자 2025-03-14 09:27", "2025-03-14T09:27+09:00", None),
    ("check2", "label-more", "top", "최초 등록 2025-03-14 09:27", "2025-03-14T09:27+09:00", None),
    # the label in brackets
    ("probe2", "label-bracket", "top", "[입력] 2025.08.01 15:04", "2025-08-01T15:04+09:00", None),
    ("check2", "label-bracket", "top", "[등록] 2025-03-14 09:27", "2025-03-14T09:27+09:00", None),
    # a slash between the two stamps, or nothing
    ("probe2", "pub-upd-more", "top", "입력 2025.08.01 15:04 / 수정 2025.08.01 17:30",
     "2025-08-01T15:04+09:00", "2025-08-01T17:30+09:00"),
    ("probe2", "pub-upd-more", "top", "기사입력 2025.08.01 15:04:33 최종수정 2025.08.01 17:30:01",
     "2025-08-01T15:04:33+09:00", "2025-08-01T17:30:01+09:00"),
    ("check2", "pub-upd-more", "top", "등록 2025-03-14 09:27 / 업데이트 2025-03-14 11:02",
     "2025-03-14T09:27+09:00", "2025-03-14T11:02+09:00"),
    ("check2", "pub-upd-more", "top", "입력 2025-03-14 09:27:05 최종 수정 2025-03-14 11:02:40",
     "2025-03-14T09:27:05+09:00", "2025-03-14T11:02:40+09:00"),
    # the print edition's date is no update
    ("probe2", "print-date", "top", "입력 2025.08.01 15:04 | 지면 2025.08.02 (A12면)", "2025-08-01T15:04+09:00", None),
    ("check2", "print-date", "top", "승인 2025-03-14 09:27 · 지면게재일 2025-03-15", "2025-03-14T09:27+09:00", None),
    # counters and comments after the stamp
    ("probe2", "counters", "top", "입력 2025.08.01 15:04 조회수 1,234 댓글 0", "2025-08-01T15:04+09:00", None),
    ("check2", "counters", "top", "등록 2025-03-14 09:27 | 댓글 3 | 조회 87", "2025-03-14T09:27+09:00", None),
    # the byline after the stamp
    ("probe2", "byline-after", "top", "입력 2025.08.01 15:04 | 한빛일보 김가상 기자", "2025-08-01T15:04+09:00", None),
    ("check2", "byline-after", "top", "등록 2025-03-14 09:27 · 박가상 기자", "2025-03-14T09:27+09:00", None),
    # round 3 (k1, session 11): written after round 2's rules, before its own first run
    # a portal's glued labels, a dot after the day and 오전/오후, both stamps and a link word
    ("probe3", "portal", "top", "입력2025.08.01. 오후 3:04 수정2025.08.01. 오후 5:30 기사원문",
     "2025-08-01T15:04+09:00", "2025-08-01T17:30+09:00"),
    ("check3", "portal", "top", "입력 2025.03.14. 오전 9:27  수정 2025.03.14. 오전 11:02",
     "2025-03-14T09:27+09:00", "2025-03-14T11:02+09:00"),
    # spaced dots without padding, both stamps
    ("probe3", "spaced-both", "top", "입력 2025. 8. 1. 15:04 수정 2025. 8. 1. 17:30",
     "2025-08-01T15:04+09:00", "2025-08-01T17:30+09:00"),
    ("check3", "spaced-both", "top", "등록 2025. 3. 4. 09:27 | 수정 2025. 3. 4. 11:02",
     "2025-03-04T09:27+09:00", "2025-03-04T11:02+09:00"),
    # single digits without padding
    ("probe3", "no-pad", "top", "입력 2025.8.1 15:04", "2025-08-01T15:04+09:00", None),
    ("check3", "no-pad", "top", "등록 2025-3-4 9:27", "2025-03-04T09:27+09:00", None),
    # a mark or a bar in front of the label
    ("probe3", "lead-mark", "top", "▶ 입력 : 2025.08.01 15:04", "2025-08-01T15:04+09:00", None),
    ("probe3", "lead-mark", "top", "| 입력 2025.08.01 15:04", "2025-08-01T15:04+09:00", None),
    ("check3", "lead-mark", "top", "◆ 등록 2025-03-14 09:27", "2025-03-14T09:27+09:00", None),
    ("check3", "lead-mark", "top", "· 승인 2025.03.14 09:27", "2025-03-14T09:27+09:00", None),
    # the update in parentheses after the publish
    ("probe3", "upd-paren", "top", "입력 2025.08.01 15:04 (최종수정 2025.08.01 17:30)",
     "2025-08-01T15:04+09:00", "2025-08-01T17:30+09:00"),
    ("check3", "upd-paren", "top", "등록 2025-03-14 09:27 (수정 2025-03-14 11:02)",
     "2025-03-14T09:27+09:00", "2025-03-14T11:02+09:00"),
    # the update first, the labels with colons and a slash
    ("probe3", "upd-first-colon", "top", "업데이트 : 2025.08.01 17:30 / 입력 : 2025.08.01 15:04",
     "2025-08-01T15:04+09:00", "2025-08-01T17:30+09:00"),
    ("check3", "upd-first-colon", "top", "수정일 : 2025-03-14 11:02 | 등록일 : 2025-03-14 09:27",
     "2025-03-14T09:27+09:00", "2025-03-14T11:02+09:00"),
    # a zone in parentheses, seconds of zero
    ("probe3", "zone-paren", "top", "입력 : 2025-08-01 15:04:00 (KST)", "2025-08-01T15:04+09:00", None),
    ("check3", "zone-paren", "top", "송고 2025.03.14 09:27 (KST)", "2025-03-14T09:27+09:00", None),
    # the label after the stamp, a bar between
    ("probe3", "label-after-bar", "top", "2025-08-01 15:04 | 송고", "2025-08-01T15:04+09:00", None),
    ("check3", "label-after-bar", "top", "2025.03.14 09:27 등록", "2025-03-14T09:27+09:00", None),
    # an English label on a Korean page
    ("probe3", "en-label", "top", "Posted : 2025-08-01 15:04", "2025-08-01T15:04+09:00", None),
    ("check3", "en-label", "top", "Date : 2025.03.14 09:27", "2025-03-14T09:27+09:00", None),
    # the stamp after the story, under the reporter's e-mail
    ("probe3", "footer-mail", "foot", "김가상 기자 kim@hanbit.example\n입력 2025.08.01 15:04", "2025-08-01T15:04+09:00", None),
    ("check3", "footer-mail", "foot", "박가상 기자(park@hanbit.example)\n등록 2025-03-14 09:27 | 수정 2025-03-14 11:02",
     "2025-03-14T09:27+09:00", "2025-03-14T11:02+09:00"),
)

_RELATED_PROBE = "관련기사\n가상시, 버스 요금 동결 2025.07.20 10:11\n가상시 지하철 연장 개통 2025.07.28 08:40\n"
_RELATED_CHECK = "많이 본 뉴스\n가상군, 농산물 축제 연다 2025-02-20\n가상구 도서관 새 단장 2025-03-02 14:05\n"
_COMMENTS_PROBE = "댓글 2\n가상독자 2025.08.02 10:15\n좋은 소식이네요\n"
_COMMENTS_CHECK = "독자의견\n익명 2025-03-15 18:20\n잘 읽었습니다\n"

# (set, shape, page, published label, updated label): whole made-up pages, a decoy on each
PAGES: tuple[tuple[str, str, str, str | None, str | None], ...] = (
    # a date in the headline
    ("probe", "head-date", "한빛일보\n2025.07.30 개막한 가상축제, 관객 10만 넘었다\n입력 2025.08.01 15:04\n" + STORY,
     "2025-08-01T15:04+09:00", None),
    ("probe", "head-date", "한빛일보\n2025년 7월 30일 개막 가상축제, 관객 10만 돌파\n" + LEAD + STORY, None, None),
    ("check", "head-date", "한빛일보\n2025년 3월 1일 시행 가상법, 무엇이 달라지나\n등록 2025-03-14 09:27\n" + STORY,
     "2025-03-14T09:27+09:00", None),
    ("check", "head-date", "한빛일보\n[포토] 2025.03.10 가상시 봄맞이 풍경\n" + STORY, None, None),
    # a related list after the story
    ("probe", "related", HEAD + "입력 2025.08.01 15:04\n" + STORY + COPYRIGHT + _RELATED_PROBE,
     "2025-08-01T15:04+09:00", None),
    ("probe", "related", HEAD + STORY + COPYRIGHT + _RELATED_PROBE, None, None),
    ("check", "related", HEAD + "등록 2025-03-14 09:27\n" + STORY + COPYRIGHT + _RELATED_CHECK,
     "2025-03-14T09:27+09:00", None),
    ("check", "related", HEAD + STORY + COPYRIGHT + _RELATED_CHECK, None, None),
    # comments after the story
    ("probe", "comments", HEAD + "입력 2025.08.01 15:04\n" + STORY + COPYRIGHT + _COMMENTS_PROBE,
     "2025-08-01T15:04+09:00", None),
    ("check", "comments", HEAD + "등록 2025-03-14 09:27\n" + STORY + COPYRIGHT + _COMMENTS_CHECK,
     "2025-03-14T09:27+09:00", None),
    # a copyright year
    ("probe", "copyright", HEAD + STORY + "Copyright © 2025 한빛일보. All rights reserved.\n", None, None),
    ("check", "copyright", HEAD + STORY + "저작권자 © 2025 한빛일보 무단전재 및 재배포 금지\n", None, None),
    # a relative time and today's date in the site bar, nothing of the story's own
    ("probe", "today-rel", TODAY_BAR + HEAD + "김가상 기자 | 3시간 전\n" + STORY, None, None),
    ("check", "today-rel", "2026.11.02 (월)\n" + HEAD + "김가상 기자 · 어제\n" + STORY, None, None),
    # round 2: a site bar's clock above the masthead, the story's own stamp under the headline
    ("probe2", "bar-clock", "2026년 11월 2일 월요일 14:30\n" + HEAD + "입력 2025.08.01 15:04\n" + STORY,
     "2025-08-01T15:04+09:00", None),
    ("check2", "bar-clock", "2026-11-02 월요일 14:30\n" + HEAD + "등록 2025-03-14 09:27\n" + STORY,
     "2025-03-14T09:27+09:00", None),
    # round 2: a date in the story's first line or in a photo caption
    ("probe2", "body-date", HEAD + "입력 2025.08.01 15:04\n2025년 7월 30일 가상시는 노선 개편안을 발표했다.\n" + STORY,
     "2025-08-01T15:04+09:00", None),
    ("probe2", "body-date", HEAD + "김가상 기자\n2025.07.30 가상시청 앞 정류장 (사진=한빛일보 DB)\n" + STORY, None, None),
    ("check2", "body-date", HEAD + "등록 2025-03-14 09:27\n지난 2025.03.02 열린 회의에서 시는 개편안을 내놨다.\n" + STORY,
     "2025-03-14T09:27+09:00", None),
    ("check2", "body-date", HEAD + "박가상 기자\n가상시청 앞 정류장 2025-03-02 사진=한빛일보 DB\n" + STORY, None, None),
    # round 4 (k1, session 11): where on the page the stamp stands, written after round 3, before its first run
    # above the headline
    ("probe4", "above-head", "한빛일보\n입력 2025.08.01 15:04\n" + TITLE + "\n" + LEAD + STORY,
     "2025-08-01T15:04+09:00", None),
    ("check4", "above-head", "한빛일보\n등록 2025-03-14 09:27 | 수정 2025-03-14 11:02\n" + TITLE + "\n" + STORY,
     "2025-03-14T09:27+09:00", "2025-03-14T11:02+09:00"),
    # under a deck of two or three lines
    ("probe4", "under-deck", HEAD + "- 노선 120개 가운데 40개 새로 짜\n- 환승 정류장 18곳 새로 만든다\n입력 2025.08.01 15:04\n"
     + STORY, "2025-08-01T15:04+09:00", None),
    ("check4", "under-deck", HEAD + "환승 거리 절반으로\n다음 달 최종안 확정\n시민 의견 듣는다\n등록 2025-03-14 09:27\n" + STORY,
     "2025-03-14T09:27+09:00", None),
    # under a photo caption
    ("probe4", "under-caption", HEAD + "가상시청 앞 버스 정류장. 사진=한빛일보 DB\n입력 2025.08.01 15:04\n" + STORY,
     "2025-08-01T15:04+09:00", None),
    ("check4", "under-caption", HEAD + "▲ 가상시 시내버스 (사진=가상시 제공)\n등록 2025-03-14 09:27\n" + STORY,
     "2025-03-14T09:27+09:00", None),
    # menus and a breadcrumb above the headline, the byline and the stamp under it
    ("probe4", "menus", "한빛일보\n전체기사 정치 경제 사회 문화\n홈 > 사회 > 교통\n" + TITLE + "\n김가상 기자\n입력 2025.08.01 15:04\n"
     + STORY, "2025-08-01T15:04+09:00", None),
    ("check4", "menus", "한빛일보\n로그인 회원가입\n사회 > 교통\n" + TITLE + "\n박가상 기자 · 승인 2025.03.14 09:27\n" + STORY,
     "2025-03-14T09:27+09:00", None),
    # share and font-size widgets between the headline and the stamp
    ("probe4", "widgets", HEAD + "공유하기\n글자크기\n입력 2025.08.01 15:04\n" + STORY, "2025-08-01T15:04+09:00", None),
    ("check4", "widgets", HEAD + "페이스북 트위터 카카오톡\n인쇄\n등록 2025-03-14 09:27\n" + STORY,
     "2025-03-14T09:27+09:00", None),
    # the byline and its e-mail above the stamp
    ("probe4", "mail-above", HEAD + "김가상 기자\nkim@hanbit.example\n입력 2025.08.01 15:04\n" + STORY,
     "2025-08-01T15:04+09:00", None),
    ("check4", "mail-above", HEAD + "박가상 기자 park@hanbit.example\n등록 2025-03-14 09:27\n" + STORY,
     "2025-03-14T09:27+09:00", None),
    # the byline closing the story with its unlabelled time
    ("probe4", "signoff-time", HEAD + LEAD + STORY + "김가상 기자 2025.08.01 15:04\n" + COPYRIGHT,
     "2025-08-01T15:04+09:00", None),
    ("check4", "signoff-time", HEAD + STORY + "/박가상 기자 2025-03-14 09:27\n" + COPYRIGHT,
     "2025-03-14T09:27+09:00", None),
    # a capture with the masthead, no headline, then the stamp
    ("probe4", "masthead-only", "한빛일보\n입력 2025.08.01 15:04\n" + STORY, "2025-08-01T15:04+09:00", None),
    ("check4", "masthead-only", "한빛일보\n등록 2025-03-14 09:27\n" + LEAD + STORY, "2025-03-14T09:27+09:00", None),
    # round 5 (k1, session 11): an unlabelled date alone (no time) in the head, written after round 4, before its
    # first run (the byline-and-e-mail placement was seen on one study page first; its check variant differs)
    # under the byline
    ("probe5", "date-under-byline", HEAD + "김가상 기자\n2025.08.01\n" + STORY, "2025-08-01", None),
    ("check5", "date-under-byline", HEAD + "박가상 기자\n2025-03-14\n" + STORY, "2025-03-14", None),
    # under the byline and its e-mail
    ("probe5", "date-under-mail", HEAD + "김가상 기자\nkim@hanbit.example\n2025년 08월 01일\n" + STORY, "2025-08-01", None),
    ("check5", "date-under-mail", HEAD + "박가상 기자 park@hanbit.example\n2025. 3. 14.\n" + STORY, "2025-03-14", None),
    # beside the byline, a dot or a bar between
    ("probe5", "date-beside-byline", HEAD + "김가상 기자 · 2025.08.01\n" + STORY, "2025-08-01", None),
    ("check5", "date-beside-byline", HEAD + "박가상 기자 | 2025년 3월 14일\n" + STORY, "2025-03-14", None),
    # a section label, then the date, under the headline
    ("probe5", "section-date", HEAD + "사회 2025.08.01\n" + STORY, "2025-08-01", None),
    ("check5", "section-date", HEAD + "경제 | 2025-03-14\n" + STORY, "2025-03-14", None),
    # the closing sign-off with the date alone
    ("probe5", "signoff-date", HEAD + STORY + "김가상 기자 2025.08.01\n" + COPYRIGHT, "2025-08-01", None),
    ("check5", "signoff-date", HEAD + STORY + "/박가상 기자 2025-03-14\n" + COPYRIGHT, "2025-03-14", None),
    # a date alone with its weekday under the headline (a story's date, not the site bar's: under the headline)
    ("probe5", "date-weekday", HEAD + "2025년 8월 1일 (금)\n" + STORY, "2025-08-01", None),
    ("check5", "date-weekday", HEAD + "2025.03.14 금요일\n" + STORY, "2025-03-14", None),
    # today's date in the site bar and nothing of the story's own: nothing
    ("probe5", "bar-date-only", "2026.11.02 (월)\n" + HEAD + "김가상 기자\n" + STORY, None, None),
    ("check5", "bar-date-only", "2026년 11월 2일 월요일 | 로그인 | 회원가입\n" + HEAD + "박가상 기자\n" + STORY, None, None),
)


def _top_pages(stamp: str) -> list[tuple[str, str]]:
    """The stamp in every top skeleton (not beside a byline when it carries one or spans two lines)."""
    return [(name, page.replace("{stamp}", stamp)) for name, page in TOP.items()
            if not (name == "beside-byline" and ("\n" in stamp or "기자" in stamp))]


def run(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(right, tried) per probe set ("probe", "check"; round 2: "probe2", "check2"; round 3: "probe3", "check3"; round 4: "probe4", "check4"; round 5: "probe5", "check5")."""
    totals: dict[str, list[int]] = {"probe": [0, 0], "check": [0, 0], "probe2": [0, 0], "check2": [0, 0],
                                   "probe3": [0, 0], "check3": [0, 0], "probe4": [0, 0], "check4": [0, 0],
                                   "probe5": [0, 0], "check5": [0, 0]}
    for kind, shape, where, stamp, pub, upd in VARIANTS:
        pages = _top_pages(stamp) if where == "top" else \
            [(name, page.replace("{stamp}", stamp)) for name, page in FOOT.items()]
        score_variant(totals, kind, shape, stamp, pages, pub, upd, verbose)
    for kind, shape, page, pub, upd in PAGES:
        score_variant(totals, kind, shape, page.split("\n")[1][:40], [("page", page)], pub, upd, verbose)
    return print_totals(totals)


def main(argv: list[str] | None = None) -> int:
    return probe_main(__doc__, run, "what the parser read where a variant is wrong", argv)


if __name__ == "__main__":
    raise SystemExit(main())
