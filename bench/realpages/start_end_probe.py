"""How the TITLE, the BODY'S FIRST 40 and its LAST 40 characters hold on page forms no rule was written from.

    PYTHONPATH=include python bench/realpages/start_end_probe.py [--verbose]

The three fields a private set of real pages counts most are the title, where the story starts and where it ends.
The forms probed are how news pages are built, not any site's words: a short first sentence (Korean under 20
characters, English under 30) over the story with a site line, a photo or an advert marker under it; a quoted
first sentence; a caption wrapped over two lines above the story; a short last sentence above the sign-off; an
end-of-release mark (``###``, ``(끝)``); tags and a caption under the story; a title bar that cuts the headline
short; a site's name after an en dash or a guillemet; a kicker label above the headline; a photo above it; a page
with no stamp and no byline. Each form is put over each made-up story of its language (two each). Printed per form:
in how many stories the title, the body's first 40 characters (a leading speaker mark not counted, as in the bench)
and its last 40 characters come out right.

Every line, name, outlet and story is invented; no page of the corpus is read. The ``check`` forms were written with
the ``probe`` forms (k1, session 14), before the probe was first run and before any rule was measured against it;
they are never tuned on: a rule that fixes a ``probe`` form and not its ``check`` sibling fits the probe, not the form.
Round 16 (``probe16``/``check16``, k1, session 17: a caption printed twice or again with its credit, a caption closed
by its credit, a dateline alone, an audio label, a summary box, a newsletter teaser over the story; a dash sign-off
under it) was written from no page, before its first run. Round 17 (``probe17``/``check17``: captions placing the
people in the picture, once or printed twice) after reading the study half's misses, before its first run. Round 18 (``probe18``/``check18``: a date line with its clock after a
dash) after reading the study half of k3's new outlets, before its first run. Round 19 (``probe19``/``check19``: English
captions in the captions' present tense over the story, and present-tense leads that stay) after reading the study
half's misses, before its first run.
"""

from __future__ import annotations

import sys
from datetime import date
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "include"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import body_head, norm  # noqa: E402
from stamp_format_probe import print_totals, probe_main, score_pages  # noqa: E402

from chainwire.extract.dispatch import extract_raw  # noqa: E402

LANDING = date(2019, 1, 3)
CHARS = 40

# language → stories: (headline, paragraphs, footer)
STORIES: dict[str, tuple[tuple[str, tuple[str, ...], str], ...]] = {
    "ko": (
        ("가상전지, 폐배터리 재활용 공장 가동…연 3만t 처리",
         ("가상전지가 경북 가상시에 폐배터리 재활용 공장을 완공하고 시험 가동에 들어갔다고 3일 밝혔다.",
          "공장은 한 해 3만t의 폐배터리에서 리튬과 니켈, 코발트를 뽑아낼 수 있는 규모다.",
          "회사는 추출한 금속을 양극재 협력사에 공급해 원료 수입 의존도를 낮출 계획이다.",
          "업계는 재활용 원료가 공급망 위험을 줄이는 데 보탬이 될 것으로 보고 있다."),
         "Copyright ⓒ 가람경제 All rights reserved."),
        ("가상화학, 희토류 영구자석 국산화 착수…정부 과제 선정",
         ("가상화학이 정부의 핵심광물 공급망 과제에 선정돼 희토류 영구자석 국산화에 나선다고 3일 발표했다.",
          "과제에는 앞으로 4년 동안 정부 출연금 180억 원이 들어간다.",
          "회사는 전기차 구동 모터에 들어가는 자석을 2027년까지 시제품으로 내놓을 계획이다.",
          "정부는 특정 국가에 쏠린 희토류 의존을 줄이는 것이 목표라고 설명했다."),
         "무단전재 및 재배포 금지 ⓒ 누리일보"),
    ),
    "en": (
        ("Invented battery maker opens recycling plant for spent cells",
         ("An invented battery maker said on Thursday it had started trial runs at a plant that recovers metals "
          "from spent cells.",
          "The plant can process 30,000 tonnes of used batteries a year, extracting lithium, nickel and cobalt.",
          "The company plans to sell the recovered metals to cathode suppliers to cut its reliance on imports.",
          "Industry watchers said recycled feedstock could ease supply-chain risks."),
         "© 2019 Garam Gazette. All rights reserved."),
        ("Invented chemicals firm wins state grant to make rare earth magnets",
         ("An invented chemicals firm has been picked for a government project to make rare earth magnets at "
          "home, it said on Thursday.",
          "The project will receive 18 billion won in state funding over four years.",
          "The firm aims to produce prototype magnets for electric vehicle motors by 2027.",
          "Officials said the goal was to reduce dependence on a single country for rare earths."),
         "Copyright Nuri Times. All rights reserved."),
    ),
}

# (set, shape, language, page, lead, last): the page's lines top to bottom, with {T} the headline, {T20} its first
# 20 characters, {S} the story's paragraphs (with ``lead`` before them and ``last`` after them when given: both are
# the story's own sentences), {P1} its first paragraph, {REST} the others, {FOOT} the footer.
FORMS: tuple[tuple[str, str, str, str, str | None, str | None], ...] = (
    # body start: a short first sentence of its own, a site line, a photo or an advert marker under it
    ("probe", "short-lead-site", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n{P1}\n추천 여행지 보기\n{REST}\n{FOOT}",
     "가상 부품주가 급등했다.", None),
    ("check", "short-lead-site", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{P1}\n오늘의 퀴즈 풀기\n{REST}\n{FOOT}",
     "원자재 값이 또 올랐다.", None),
    ("probe", "short-lead-photo", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n{P1}\n"
     "▲ 가상전지 재활용 공장 전경 (사진=가상전지)\n{REST}\n{FOOT}", "공장이 돌기 시작했다.", None),
    ("check", "short-lead-photo", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{P1}\n"
     "가상화학 연구소 전경. 사진제공=가상화학\n{REST}\n{FOOT}", "자석 국산화가 시작됐다.", None),
    ("probe", "short-lead", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\n{FOOT}",
     "The wait is over.", None),
    ("check", "short-lead", "en", "Nuri Times\n{T}\nJohn Doe\nJan 3, 2019 10:20 KST\n{S}\n{FOOT}",
     "Prices are climbing again.", None),
    ("probe", "quote-lead", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n{S}\n{FOOT}",
     "\"올 것이 왔다.\"", None),
    ("check", "quote-lead", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n{FOOT}",
     "“이제 시작일 뿐이다.”", None),
    ("probe", "advert-above", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nAdvertisement\n{S}\n{FOOT}",
     None, None),
    ("check", "advert-above", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n광고\n{S}\n{FOOT}", None, None),
    ("probe", "caption-wrapped", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n가상전지 재활용 공장의 시험 가동 모습.\n"
     "사진=가상전지\n{S}\n{FOOT}", None, None),
    ("check", "caption-wrapped", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\nThe firm's research lab in an undated "
     "photo.\nPhoto: Invented Chemicals\n{S}\n{FOOT}", None, None),
    # body end: a short last sentence, an end-of-release mark, tags or a caption under the story
    ("probe", "short-last", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n{S}\n홍길동 기자 hong@garam.example\n{FOOT}",
     None, "회사는 답하지 않았다."),
    ("check", "short-last", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n{S}\n이몽룡 기자\n{FOOT}",
     None, "결과는 다음 달 나온다."),
    ("probe", "short-last", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\n{FOOT}",
     None, "No one was hurt."),
    ("check", "short-last", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\nShare this article\n{FOOT}",
     None, "Talks resume Monday."),
    ("probe", "end-mark", "en", "Garam Gazette\n{T}\nJanuary 3, 2019\n{S}\n###\nMedia contact: press@garam.example\n"
     "{FOOT}", None, None),
    ("check", "end-mark", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n{S}\n(끝)\n문의: 가상화학 홍보팀\n{FOOT}", None, None),
    ("probe", "tags-under", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n{S}\n#폐배터리 #재활용 #가상전지\n{FOOT}",
     None, None),
    ("check", "tags-under", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\nTopics: magnets, rare earths, grants\n"
     "{FOOT}", None, None),
    ("probe", "caption-under", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\n"
     "A worker at the recycling plant. (Invented Battery Co.)\n{FOOT}", None, None),
    ("check", "caption-under", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n▲ 가상화학 본사 (사진=누리일보 DB)\n"
     "{FOOT}", None, None),
    # the title: a title bar that cuts the headline, a site after an en dash or a guillemet, a kicker, a photo above,
    # no stamp and no byline
    ("probe", "title-cut-bar", "ko", "{T20}…\n가람경제\n{T}\n입력 2019.01.03 10:20\n{S}\n{FOOT}", None, None),
    ("check", "title-cut-bar", "en", "{T20}...\nNuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\n{FOOT}", None, None),
    ("probe", "title-site-dash", "en", "{T} – Garam Gazette\nBy Jane Roe\nJanuary 3, 2019\n{S}\n{FOOT}", None, None),
    ("check", "title-site-dash", "ko", "{T} » 누리일보\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n{FOOT}", None, None),
    ("probe", "kicker", "ko", "가람경제\n단독\n{T}\n입력 2019.01.03 10:20\n{S}\n{FOOT}", None, None),
    ("check", "kicker", "en", "Nuri Times\nEXCLUSIVE\n{T}\nBy John Doe\nJan 3, 2019\n{S}\n{FOOT}", None, None),
    ("probe", "photo-above-title", "en", "Garam Gazette\n![](https://garam.example/img/7.jpg)\n"
     "The recycling plant in an undated photo. (Invented Battery Co.)\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\n{FOOT}",
     None, None),
    ("check", "photo-above-title", "ko", "누리일보\n▲ 가상화학 연구소 (사진=가상화학)\n{T}\n등록 2019-01-03 10:20\n{S}\n{FOOT}",
     None, None),
    ("probe", "bare-page", "ko", "{T}\n{S}\n{FOOT}", None, None),
    ("check", "bare-page", "en", "{T}\n{S}\n{FOOT}", None, None),
    # round 2 (k1, session 14), written after reading the study half's misses and before its own first run: the
    # story's source credited alone on a line under it, by a site's address or by a wire's name with "The" or a dash
    ("probe2", "source-address", "en", "Garam Gazette\n{T}\nJanuary 3, 2019\n{S}\nSource: garamgazette.example\n"
     "{FOOT}", None, None),
    ("check2", "source-address", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\nSource: www.nuri-times.example\n"
     "Related stories\n{FOOT}", None, None),
    ("probe2", "wire-credit", "en", "Garam Gazette\n{T}\nJanuary 3, 2019\n{S}\nThe Associated Press\n{FOOT}", None, None),
    ("check2", "wire-credit", "en", "Nuri Times\n{T}\nJan 3, 2019\n{S}\n— Yonhap\n{FOOT}", None, None),
    # round 3 (k1, session 14), written after round 2's first run (every round-2 form right at main's head: a footer
    # under the credit ends the story above it) and before its own: the credit closing the capture, no footer under it
    ("probe3", "source-address-last", "en", "Garam Gazette\n{T}\nJanuary 3, 2019\n{S}\nSource: garamgazette.example",
     None, None),
    ("check3", "source-address-last", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\n"
     "Source: https://www.nuri-times.example/", None, None),
    ("probe3", "wire-credit-last", "en", "Garam Gazette\n{T}\nJanuary 3, 2019\n{S}\nThe Associated Press", None, None),
    ("check3", "wire-credit-last", "en", "Nuri Times\n{T}\nJan 3, 2019\n{S}\n- The Korea Herald", None, None),
    # round 4 (k1, session 14), written after the rules above and before its own first run: what sites print under
    # the story's last sentence (editing credits, contact lines, long copyright notices, tip boxes, reaction
    # counters, a writer's bio, a sign-off in brackets or after a slash, a notice of the story's source) and a date
    # and a bullet in front of the headline
    ("probe4", "editing-credit", "en", "Garam Gazette\n{T}\nJanuary 3, 2019\n{S}\n(Reporting by Jane Roe; Editing by "
     "John Doe)\n{FOOT}", None, None),
    ("check4", "editing-credit", "en", "Nuri Times\n{T}\nJan 3, 2019\n{S}\nReporting by John Doe in Busan; editing by "
     "Jane Roe\n{FOOT}", None, None),
    ("probe4", "contact-line", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\n"
     "Contact Jane Roe at jroe@garam.example.\n{FOOT}", None, None),
    ("check4", "contact-line", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\nWrite to John Doe at "
     "jdoe@nuri.example\n{FOOT}", None, None),
    ("probe4", "long-copyright", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\nCopyright 2019 Garam "
     "Gazette. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
     None, None),
    ("check4", "long-copyright", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\n© Nuri Times 2019. This "
     "article may not be reproduced without permission.", None, None),
    ("probe4", "tip-box", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n{S}\n■ 제보하기\n▷ 전화 02-000-0000\n"
     "▷ 이메일 tip@garam.example\n{FOOT}", None, None),
    ("check4", "tip-box", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n[제보] 카카오톡에서 누리일보를 "
     "검색하세요\n이메일 tip@nuri.example\n{FOOT}", None, None),
    ("probe4", "reactions", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n{S}\n좋아요 0\n훈훈해요 0\n슬퍼요 0\n"
     "{FOOT}", None, None),
    ("check4", "reactions", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n추천 3\n비추천 0\n{FOOT}",
     None, None),
    ("probe4", "bio-line", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\nJane Roe covers energy for "
     "Garam Gazette.\n{FOOT}", None, None),
    ("check4", "bio-line", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\nJohn Doe is the Seoul correspondent "
     "of Nuri Times.\n{FOOT}", None, None),
    ("probe4", "signoff-end", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n{S}\n[가람경제 홍길동 기자]\n{FOOT}", None, None),
    ("check4", "signoff-end", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n{S}\n/이몽룡 기자 lee@nuri.example\n{FOOT}",
     None, None),
    ("probe4", "source-notice", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n{S}\n※ 이 기사는 가상전지의 "
     "보도자료를 바탕으로 작성됐습니다.\n{FOOT}", None, None),
    ("check4", "source-notice", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n* 이 기사는 인공지능이 "
     "정리한 내용을 기자가 검토해 작성했습니다.\n{FOOT}", None, None),
    ("probe4", "date-bullet-title", "en", "Garam Gazette\nJan 3, 2019 • {T}\nBy Jane Roe\n{S}\n{FOOT}", None, None),
    ("check4", "date-bullet-title", "ko", "누리일보\n2019.01.03 · {T}\n이몽룡 기자\n{S}\n{FOOT}", None, None),
    # round 5 (k1, session 14), written after round 4's rule and before its own first run: what sites print under an
    # opinion or a market story (a views disclaimer, an investment disclaimer), follow-us and channel promotions, a
    # note of where the story first ran, a tip prompt; and a section glued before the headline with a bar
    ("probe5", "views-disclaimer", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\nThe views expressed "
     "in this article are the author's own and do not necessarily reflect those of Garam Gazette.\n{FOOT}", None, None),
    ("check5", "views-disclaimer", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\nOpinions expressed here are "
     "the writer's and not necessarily the views of Nuri Times.\n{FOOT}", None, None),
    ("probe5", "invest-disclaimer", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\nDisclaimer: This "
     "article is for information only and is not investment advice.\n{FOOT}", None, None),
    ("check5", "invest-disclaimer", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n※ 본 기사는 투자 "
     "권유를 목적으로 하지 않으며, 투자 판단의 책임은 투자자 본인에게 있습니다.\n{FOOT}", None, None),
    ("probe5", "follow-us", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\nFollow Garam Gazette on "
     "Facebook and X for the latest news.\n{FOOT}", None, None),
    ("check5", "follow-us", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n▶ 누리일보 유튜브 채널 "
     "구독하기\n{FOOT}", None, None),
    ("probe5", "first-ran", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\nThis story was originally "
     "published by Harbor Review.\n{FOOT}", None, None),
    ("check5", "first-ran", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\nA version of this article first "
     "appeared in Nuri Weekly.\n{FOOT}", None, None),
    ("probe5", "tip-prompt", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\nHave a tip? Email "
     "tips@garam.example.\n{FOOT}", None, None),
    ("check5", "tip-prompt", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n기사 제보는 "
     "tip@nuri.example 로 보내주세요.\n{FOOT}", None, None),
    ("probe5", "section-bar-title", "en", "Garam Gazette\nOpinion | {T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\n{FOOT}",
     None, None),
    ("check5", "section-bar-title", "ko", "누리일보\n산업 | {T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n{FOOT}",
     None, None),
    # round 6 (k1, session 14), written after round 5's rules and before its own first run: a title bar printed once
    # with two tails (the site and its section), a reading-time line and an image placeholder above the story, a
    # "continue reading" link and a "more from the writer" line under it
    ("probe6", "two-tails", "ko", "{T} | 가람경제 | 산업\n입력 2019.01.03 10:20\n홍길동 기자\n{S}\n{FOOT}", None, None),
    ("check6", "two-tails", "en", "{T} - Nuri Times - Business News\nBy John Doe\nJan 3, 2019\n{S}\n{FOOT}", None, None),
    ("probe6", "reading-time", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n4 min read\n{S}\n{FOOT}",
     None, None),
    ("check6", "reading-time", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n읽는 데 2분 걸려요\n{S}\n{FOOT}",
     None, None),
    ("probe6", "image-placeholder", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n[Image]\n{S}\n{FOOT}",
     None, None),
    ("check6", "image-placeholder", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n[이미지]\n{S}\n{FOOT}",
     None, None),
    ("probe6", "continue-reading", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\nContinue reading\n"
     "{FOOT}", None, None),
    ("check6", "continue-reading", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n기사 전문 보기\n{FOOT}",
     None, None),
    ("probe6", "more-from-writer", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\nMore articles by "
     "Jane Roe\n{FOOT}", None, None),
    ("check6", "more-from-writer", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n이몽룡 기자의 다른 "
     "기사\n{FOOT}", None, None),
    # round 7 (k1, session 14), written after round 6's rule and before its own first run: a markdown capture's
    # standfirst wholly in italics over the story, a wire's name in parentheses opening the story with no place, a date
    # and a wire's name with no place
    ("probe7", "md-italic-standfirst", "en", "Garam Gazette\n# {T}\n*The plant is the first of its kind in the "
     "region, the company says.*\nBy Jane Roe\nJanuary 3, 2019\n{S}\n{FOOT}", None, None),
    ("check7", "md-italic-standfirst", "en", "Nuri Times\n# {T}\n_Officials hope the grant will cut reliance on "
     "imports._\nBy John Doe | Jan 3, 2019\n{S}\n{FOOT}", None, None),
    ("probe7", "wire-paren-lead", "en", "Garam Gazette\n{T}\nJanuary 3, 2019\n(Garam Wire) — {S}\n{FOOT}", None, None),
    ("check7", "wire-paren-lead", "en", "Nuri Times\n{T}\nJan 3, 2019\n(Nuri Newswire) -- {S}\n{FOOT}", None, None),
    ("probe7", "date-wire-lead", "en", "Garam Gazette\n{T}\nJanuary 3, 2019\nJan. 3 (Garam Wire) - {S}\n{FOOT}",
     None, None),
    ("check7", "date-wire-lead", "en", "Nuri Times\n{T}\nJan 3, 2019\nJanuary 3, 2019 (Nuri Newswire) — {S}\n{FOOT}",
     None, None),
    # round 8 (k1, session 14), written after the session's landing and before its own first run: a markdown capture
    # whose first heading is the site's name and the second the headline, the brand in brackets opening an English
    # story, a box of key points under its own Korean heading above the story, a sponsored-content label over the head
    ("probe8", "md-site-heading", "en", "# Garam Gazette\n## {T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\n{FOOT}", None, None),
    ("check8", "md-site-heading", "ko", "# 누리일보\n## {T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n{FOOT}", None, None),
    ("probe8", "en-brand-lead", "en", "Garam Gazette\n{T}\nJanuary 3, 2019\n[Garam Gazette] {S}\n{FOOT}", None, None),
    ("check8", "en-brand-lead", "en", "Nuri Times\n{T}\nJan 3, 2019\n[NURI TIMES] {S}\n{FOOT}", None, None),
    ("probe8", "key-points-ko", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n핵심 요약\n- 연 3만t 처리 규모\n"
     "- 금속은 양극재 협력사에 공급\n{S}\n{FOOT}", None, None),
    ("check8", "key-points-ko", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n주요 내용\n· 4년간 180억 원 지원\n"
     "· 2027년 시제품 목표\n{S}\n{FOOT}", None, None),
    ("probe8", "sponsored", "en", "Sponsored content\nGaram Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\n{FOOT}",
     None, None),
    ("check8", "sponsored", "ko", "AD\n누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n{FOOT}", None, None),
    # round 9 (k1, session 14), written after reading a study page whose caption sits over a credit line and before
    # its own first run: an English photo caption (one line, or wrapped over two) with its credit on the next line
    ("probe9", "caption-credit-line", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nWorkers sort spent cells "
     "at the plant in an undated photo.\nSource: Invented Battery Co.\n{S}\n{FOOT}", None, None),
    ("check9", "caption-credit-line", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\nThe research lab of the invented "
     "firm in an undated handout photo.\nCredit: Invented Chemicals\n{S}\n{FOOT}", None, None),
    ("probe9", "caption-wrapped-credit", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nOfficials of the "
     "invented city and company executives pose at the plant's opening\nceremony on Jan. 2.\nPhoto: Invented City\n{S}\n"
     "{FOOT}", None, None),
    ("check9", "caption-wrapped-credit", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\nExecutives of the invented "
     "firm and government officials sign the grant deal in\nSeoul on Jan. 2.\nImage: Invented Ministry\n{S}\n{FOOT}",
     None, None),
    # round 10 (k1, session 14), written after round 9's rule and before its own first run: what sits between the
    # head and the story on other sites - an archive's age notice, a box of the companies or tickers the story names,
    # a caption over a bare agency credit, app and gift buttons, a Korean machine summary box
    ("probe10", "age-notice", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nThis article is more than 5 "
     "years old\n{S}\n{FOOT}", None, None),
    ("check10", "age-notice", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\nThis story is over a year old.\n{S}\n"
     "{FOOT}", None, None),
    ("probe10", "tickers-box", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nIn this article\nGRMB\nNRCH\n"
     "{S}\n{FOOT}", None, None),
    ("check10", "tickers-box", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\nCompanies in this story\n"
     "Invented Chemicals\n{S}\n{FOOT}", None, None),
    ("probe10", "bare-agency-credit", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nWorkers sort spent cells "
     "at the plant in an undated photo.\nGetty Images\n{S}\n{FOOT}", None, None),
    ("check10", "bare-agency-credit", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\nA researcher checks a magnet "
     "sample at the firm's lab.\nAFP via Getty Images\n{S}\n{FOOT}", None, None),
    ("probe10", "app-buttons", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nOpen in app\n{S}\n{FOOT}",
     None, None),
    ("check10", "app-buttons", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\nGift this article\n{S}\n{FOOT}",
     None, None),
    ("probe10", "ai-summary-ko", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\nAI 요약\n- 연 3만t 처리 공장 "
     "가동\n- 금속은 협력사에 공급\n{S}\n{FOOT}", None, None),
    ("check10", "ai-summary-ko", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n3줄 요약\n1. 정부 과제 선정\n"
     "2. 4년간 180억 원\n3. 2027년 시제품\n{S}\n{FOOT}", None, None),
    # round 11 (k1, session 15), written before its own first run and before any corpus page was read this session:
    # page furniture of other kinds between the head and the story (an audio player, a breadcrumb over the headline,
    # a share and font bar, a markdown picture with its caption, an English key-points box, a relative time) and under
    # it (a feed's "appeared first on" line, a last-updated stamp, a bare e-mail line, a promoted-links box)
    ("probe11", "listen-bar", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nListen to this article\n"
     "00:00\n{S}\n{FOOT}", None, None),
    ("check11", "listen-bar", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n기사 읽어주기\n"
     "재생 속도\n{S}\n{FOOT}", None, None),
    ("probe11", "breadcrumb", "en", "Home > Business > Energy\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\n{FOOT}",
     None, None),
    ("check11", "breadcrumb", "ko", "홈 > 경제 > 산업\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n{FOOT}",
     None, None),
    ("probe11", "share-bar-top", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n공유\n스크랩\n인쇄\n"
     "글자크기\n{S}\n{FOOT}", None, None),
    ("check11", "share-bar-top", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\nShare\nSave\nPrint\n"
     "Text size\n{S}\n{FOOT}", None, None),
    ("probe11", "md-caption-top", "en", "Garam Gazette\n# {T}\nBy Jane Roe\nJanuary 3, 2019\n"
     "![Workers at the plant](https://garam.example/img/1.jpg)\n*Workers at the recycling plant. (Invented Battery "
     "Co.)*\n{S}\n{FOOT}", None, None),
    ("check11", "md-caption-top", "ko", "누리일보\n# {T}\n등록 2019-01-03 10:20\n이몽룡 기자\n"
     "![연구소 전경](https://nuri.example/img/2.jpg)\n가상화학 연구소 전경 /사진=가상화학\n{S}\n{FOOT}", None, None),
    ("probe11", "key-points-en", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nKey takeaways\n"
     "- 30,000 tonnes a year\n- Metals go to cathode suppliers\n{S}\n{FOOT}", None, None),
    ("check11", "key-points-en", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\nHighlights\n"
     "• 18 billion won over four years\n• Prototypes by 2027\n{S}\n{FOOT}", None, None),
    ("probe11", "relative-time", "en", "Garam Gazette\n{T}\nBy Jane Roe\n2 hours ago\n{S}\n{FOOT}", None, None),
    ("check11", "relative-time", "ko", "누리일보\n{T}\n이몽룡 기자\n3시간 전\n{S}\n{FOOT}", None, None),
    ("probe11", "feed-footer", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\nThe post {T} appeared "
     "first on Garam Gazette.", None, None),
    ("check11", "feed-footer", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\nThe article {T} was first "
     "published on Nuri Times.", None, None),
    ("probe11", "updated-under", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n{S}\n"
     "최종수정 2019.01.03 11:40\n{FOOT}", None, None),
    ("check11", "updated-under", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\nLast updated: January 3, "
     "2019 at 11:40 a.m.\n{FOOT}", None, None),
    ("probe11", "bare-email", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n{S}\nhong@garam.example\n"
     "{FOOT}", None, None),
    ("check11", "bare-email", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\nEmail: jdoe@nuri.example\n"
     "{FOOT}", None, None),
    ("probe11", "promoted", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\nRecommended by our "
     "partners\nSponsored\nThis one trick lowers your power bill\n{FOOT}", None, None),
    ("check11", "promoted", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n오늘의 추천 광고\n"
     "가상 보험 비교하고 할인 받기\n{FOOT}", None, None),
    # round 12 (k1, session 15), written after reading the study half's misses and before its own first run and any
    # rule: what a theme prints under the story - the post navigation (previous / next with the other stories'
    # headlines), a list's heading in capitals, a newsletter platform's free-trial paywall
    ("probe12", "post-nav", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\nPrevious article\n"
     "Storm closes coastal road\nNext article\nPort town bets on recycling\nJane Roe\n{FOOT}", None, None),
    ("check12", "post-nav", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\n« Previous Post\n"
     "Invented mayor unveils housing plan\nNext Post »\nWhy anode makers are heading west\n{FOOT}", None, None),
    ("probe12", "post-nav", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n{S}\n이전기사\n가상시, 새 청사 착공\n"
     "다음기사\n가상구 축제 개막\n{FOOT}", None, None),
    ("check12", "post-nav", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n◀ 이전글\n가상 배우, 새 드라마 "
     "주연 확정\n다음글 ▶\n가상구 아파트값 3주째 상승\n{FOOT}", None, None),
    ("probe12", "caps-end-head", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\nRELATED ARTICLES\n"
     "Storm closes coastal road\nPort town bets on recycling\n{FOOT}", None, None),
    ("check12", "caps-end-head", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\nMOST READ\n"
     "Invented mayor unveils housing plan\nWhy anode makers are heading west\n{FOOT}", None, None),
    ("probe12", "trial-paywall", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\nKeep reading with a "
     "7-day free trial\nSubscribe to Garam Gazette to keep reading this post and get 7 days of free access to the full "
     "post archives.", None, None),
    ("check12", "trial-paywall", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\nContinue reading with a "
     "free trial\nSubscribe to Nuri Times to unlock the rest of this story and the full archive.", None, None),
    ("check12", "trial-paywall", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n이 기사는 유료 "
     "회원 전용입니다\n구독하고 전문 읽기", None, None),
    # round 13 (k1, session 15), a LATE check: written after the post-navigation rule (round 12's navigation forms were
    # right at main because the probe's copyright footer ended the story above them) and before this round's first
    # run; the theme's footer under the navigation carries a sentence of the site's, so nothing below ends the story
    ("check13", "post-nav-footer", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\nOlder Post\nStorm closes "
     "coastal road\nNewer Post\nPort town bets on recycling\nABOUT US\nNuri Times is an online newspaper for the port "
     "town area.\nFOLLOW US", None, None),
    ("check13", "post-nav-footer", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\nPREVIOUS ARTICLE\n"
     "Invented mayor unveils housing plan\nNEXT ARTICLE\nWhy anode makers are heading west\nNuri Times is an online "
     "newspaper for the port town area.\nContact us: desk@nuri.example", None, None),
    ("check13", "post-nav-footer", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n{S}\n이전 글\n가상 배우, 새 "
     "드라마 주연 확정\n다음 글\n가상구 아파트값 3주째 상승\n누리일보는 가상시 지역 소식을 전하는 인터넷 신문입니다.", None, None),
    ("check13", "caps-end-footer", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\nLATEST NEWS\nStorm closes "
     "coastal road\nNuri Times is an online newspaper for the port town area.", None, None),
    ("check13", "caps-end-footer", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\nEDITOR'S PICKS\n"
     "Invented mayor unveils housing plan\nNuri Times is an online newspaper for the port town area.", None, None),
    # round 14 (k1, session 15), written after reading the study half of the pages k4 and k5 added this session (scored
    # before they were read) and before this round's first run and any rule: a caption over a courtesy credit, a
    # Korean screenshot's caption (캡처, 갈무리) above the story, a note of the story's sources under it
    ("probe14", "caption-courtesy", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nWorkers sort spent cells "
     "at the plant in an undated photo.\nCourtesy of Invented Battery Co.\n{S}\n{FOOT}", None, None),
    ("check14", "caption-courtesy", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\nThe research lab of the invented "
     "firm, where the magnets will be made.\nPhoto courtesy of Invented Chemicals\n{S}\n{FOOT}", None, None),
    ("probe14", "screenshot-caption", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n가상전지 재활용 공장 "
     "소식을 전한 현지 매체 홈페이지 캡처.\n{S}\n{FOOT}", None, None),
    ("check14", "screenshot-caption", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n가상화학의 희토류 "
     "자석 사업을 소개한 누리일보 유튜브 화면 갈무리\n{S}\n{FOOT}", None, None),
    ("check14", "screenshot-caption", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n정부 과제 선정 결과 "
     "공고문. /가상부 홈페이지 캡처\n{S}\n{FOOT}", None, None),
    ("probe14", "source-note", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\nThe Source: Information "
     "from reporting by Jane Roe and an interview with a company spokesperson.\n{FOOT}", None, None),
    ("check14", "source-note", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\nThe Sources: Details in this "
     "story come from a company statement and state records.\n{FOOT}", None, None),
    # round 15 (k1, session 15), written after reading the study half of the session's new pages and before this
    # round's first run and any rule: leads the parser keeps in the story - a wire's lead crediting two agencies with
    # a slash, a city and its date in parentheses before a colon, a Korean bracket byline whose brand carries its
    # alias in parentheses
    ("probe15", "co-credit-lead", "en", "Garam Gazette\n{T}\nJanuary 3, 2019\nSEOUL, Jan. 3, 2019 (GW/AFP) - {S}\n"
     "{FOOT}", None, None),
    ("check15", "co-credit-lead", "en", "Nuri Times\n{T}\nJan 3, 2019\nBUSAN, January 3 (NT/Reuters) — {S}\n{FOOT}",
     None, None),
    ("probe15", "city-paren-date", "en", "Garam Gazette\n{T}\nJanuary 3, 2019\nPORT GARAM (Jan 3): {S}\n{FOOT}",
     None, None),
    ("check15", "city-paren-date", "en", "Nuri Times\n{T}\nJan 3, 2019\nNURI CITY (January 3): {S}\n{FOOT}", None, None),
    ("probe15", "bracket-alias", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n[GE(가람경제) 홍길동 기자] {S}\n{FOOT}",
     None, None),
    ("check15", "bracket-alias", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n[누리일보(NR뉴스) 이몽룡 기자] {S}\n{FOOT}",
     None, None),
    # round 16 (k1, session 17), written at the session's start before its own first run and before any corpus page
    # was read this session: what sits between the head's markers and the story's first line on other sites - a
    # picture's alt text and caption printed twice (or again with a credit), a caption closed by its credit on the same
    # line, a dateline alone on its line, an audio player's label, a summary box under a heading (points with markers
    # or none), a newsletter teaser; and an English dash sign-off under the story
    ("probe16", "doubled-caption", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n가상전지 재활용 공장 내부\n"
     "가상전지 재활용 공장 내부 (가상전지 제공)\n{S}\n{FOOT}", None, None),
    ("probe16", "doubled-caption", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nSpent cells wait to be "
     "sorted at the plant.\nSpent cells wait to be sorted at the plant.\n{S}\n{FOOT}", None, None),
    ("check16", "doubled-caption", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\nA technician tests a magnet "
     "sample\nA technician tests a magnet sample at the firm's lab. Invented Chemicals\n{S}\n{FOOT}", None, None),
    ("check16", "doubled-caption", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n가상화학 연구원이 자석 "
     "시제품을 살펴보고 있다.\n가상화학 연구원이 자석 시제품을 살펴보고 있다. /누리일보 DB\n{S}\n{FOOT}", None, None),
    ("probe16", "credit-closed-caption", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n가상전지 재활용 공장 "
     "전경 / 가상전지 제공\n{S}\n{FOOT}", None, None),
    ("probe16", "credit-closed-caption", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nWorkers at the "
     "recycling plant. Photo: Invented Battery Co.\n{S}\n{FOOT}", None, None),
    ("check16", "credit-closed-caption", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n자석 시제품을 "
     "살펴보는 연구원들 (사진=가상화학)\n{S}\n{FOOT}", None, None),
    ("check16", "credit-closed-caption", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\nThe firm's magnet lab in "
     "Seoul. (Photo: Invented Chemicals)\n{S}\n{FOOT}", None, None),
    ("probe16", "dateline-alone", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nPORT GARAM —\n{S}\n{FOOT}",
     None, None),
    ("probe16", "dateline-alone", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n[가상시=홍길동 기자]\n{S}\n{FOOT}",
     None, None),
    ("check16", "dateline-alone", "en", "Nuri Times\n{T}\nJan 3, 2019\nNURI CITY, Jan. 3 (Nuri Newswire) -\n{S}\n"
     "{FOOT}", None, None),
    ("check16", "dateline-alone", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n(가상시=누리일보) 이몽룡 기자\n{S}\n"
     "{FOOT}", None, None),
    ("probe16", "audio-label", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nListen to this story · 3 min"
     "\n{S}\n{FOOT}", None, None),
    ("probe16", "audio-label", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n기사 듣기\n{S}\n{FOOT}",
     None, None),
    ("check16", "audio-label", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\nHear this article read aloud\n{S}\n"
     "{FOOT}", None, None),
    ("check16", "audio-label", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\nAI 음성으로 듣기 ▶\n{S}\n"
     "{FOOT}", None, None),
    ("probe16", "summary-box", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nSummary\nTrial runs have "
     "started at the plant.\nIt handles 30,000 tonnes a year.\n{S}\n{FOOT}", None, None),
    ("probe16", "summary-box", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n요약\n- 재활용 공장 시험 가동\n"
     "- 연 3만t 처리\n{S}\n{FOOT}", None, None),
    ("check16", "summary-box", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\nKey Points\n• A state grant for "
     "magnets\n• Prototypes due by 2027\n{S}\n{FOOT}", None, None),
    ("check16", "summary-box", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\nAI 요약\n가상화학이 정부 과제에 "
     "선정됐다.\n4년간 180억 원이 지원된다.\n{S}\n{FOOT}", None, None),
    ("probe16", "newsletter-teaser", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nSign up for our free "
     "morning newsletter\n{S}\n{FOOT}", None, None),
    ("probe16", "newsletter-teaser", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n매일 아침 경제 소식을 메일로 "
     "받아보세요\n{S}\n{FOOT}", None, None),
    ("check16", "newsletter-teaser", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\nGet stories like this in your "
     "inbox. Subscribe now.\n{S}\n{FOOT}", None, None),
    ("check16", "newsletter-teaser", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n누리일보 뉴스레터를 무료로 "
     "받아보세요\n{S}\n{FOOT}", None, None),
    ("probe16", "dash-signoff", "en", "Garam Gazette\n{T}\nJanuary 3, 2019\n{S}\n— Jane Roe\n{FOOT}", None, None),
    ("check16", "dash-signoff", "en", "Nuri Times\n{T}\nJan 3, 2019\n{S}\n- John Doe, Busan\n{FOOT}", None, None),
    # round 17 (k1, session 17), written after reading the study half's misses and before its own first run and any
    # rule: a photo's caption that places the people in it - "(왼쪽)", "(가운데)", "(앞줄 왼쪽 세 번째)", "(left)",
    # "(from left)" - over the story, once or printed twice in a row
    ("probe17", "position-caption", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n김가람 가상전지 대표(왼쪽)가 "
     "2일 가상시 공장에서 시장과 악수하고 있다.\n{S}\n{FOOT}", None, None),
    ("probe17", "position-caption", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nThe company's chief "
     "executive (left) and the city's mayor tour the plant on Wednesday.\n{S}\n{FOOT}", None, None),
    ("probe17", "position-caption-doubled", "ko", "가람경제\n{T}\n입력 2019.01.03 10:20\n홍길동 기자\n박가상 가상전지 "
     "부사장(가운데)이 2일 준공식에서 테이프를 자르고 있다.\n박가상 가상전지 부사장(가운데)이 2일 준공식에서 테이프를 자르고 "
     "있다.\n{S}\n{FOOT}", None, None),
    ("check17", "position-caption", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n이누리 가상화학 사장(오른쪽)과 "
     "정부 관계자들이 2일 협약식에서 기념사진을 찍고 있다.\n{S}\n{FOOT}", None, None),
    ("check17", "position-caption", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\nOfficials of the ministry and "
     "the firm (from left) pose with a magnet prototype in Seoul.\n{S}\n{FOOT}", None, None),
    ("check17", "position-caption-doubled", "ko", "누리일보\n{T}\n등록 2019-01-03 10:20\n이몽룡 기자\n최가상 "
     "장관(앞줄 왼쪽 세 번째)이 2일 협약식에서 참석자들과 기념 촬영을 하고 있다.\n최가상 장관(앞줄 왼쪽 세 번째)이 2일 "
     "협약식에서 참석자들과 기념 촬영을 하고 있다.\n{S}\n{FOOT}", None, None),
    ("check17", "position-caption-doubled", "en", "Nuri Times\n{T}\nJan 3, 2019\nThe minister (center) visits the "
     "lab on Wednesday.\nThe minister (center) visits the lab on Wednesday.\n{S}\n{FOOT}", None, None),
    # round 18 (k1, session 17), written after scoring and reading the study half (by this session's salt) of k3's new
    # outlets and before its own first run and any rule: a date line whose clock follows the date after a dash, over
    # the story
    ("probe18", "date-dash-clock", "en", "Garam Gazette\n{T}\nJanuary 3, 2019 — 10:20 am EST\n{S}\n{FOOT}", None, None),
    ("probe18", "date-dash-clock", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJan. 3, 2019 – 9:05 a.m. ET\n{S}\n{FOOT}",
     None, None),
    ("check18", "date-dash-clock", "en", "Nuri Times\n{T}\nJanuary 3, 2019 - 10:20 PM KST\n{S}\n{FOOT}", None, None),
    ("check18", "date-dash-clock", "en", "Nuri Times\n{T}\nBy John Doe\n3 January 2019 — 22:20 GMT\n{S}\n{FOOT}",
     None, None),
    ("check18", "date-dash-clock", "en", "Nuri Times\n{T}\nJan 3, 2019 — 10:20\n{S}\n{FOOT}", None, None),
    # round 19 (k1, session 17), written after reading the study half's misses and before its own first run and any
    # rule: an English photo caption in the captions' present tense (people pose, speak during, look on, shake hands;
    # a thing is seen in a photo) over the story, no mark and no credit; and leads in the present tense that stay
    ("probe19", "caption-verb", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nWorkers pose for a photo at "
     "the recycling plant in Port Garam on Jan. 2.\n{S}\n{FOOT}", None, None),
    ("probe19", "caption-verb", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\nThe plant's chief executive "
     "speaks during the opening ceremony on Wednesday.\n{S}\n{FOOT}", None, None),
    ("probe19", "present-lead", "en", "Garam Gazette\n{T}\nBy Jane Roe\nJanuary 3, 2019\n{S}\n{FOOT}",
     "The plant is seen as a test of the region's plans to recycle more of its spent batteries.", None),
    ("check19", "caption-verb", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\nA worker looks on as spent cells "
     "are sorted at the plant.\n{S}\n{FOOT}", None, None),
    ("check19", "caption-verb", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\nThe new magnet lab is seen in this "
     "undated handout photo.\n{S}\n{FOOT}", None, None),
    ("check19", "caption-verb", "en", "Nuri Times\n{T}\nJan 3, 2019\nOfficials shake hands after signing the grant "
     "deal in Seoul on Jan. 2.\n{S}\n{FOOT}", None, None),
    ("check19", "present-lead", "en", "Nuri Times\n{T}\nBy John Doe\nJan 3, 2019\n{S}\n{FOOT}",
     "The minister speaks for many in the industry when she says supply chains now decide who wins.", None),
)


def truth(story: tuple[str, tuple[str, ...], str], lead: str | None, last: str | None) -> tuple[str, ...]:
    """The story's paragraphs as the page prints them: the form's own first and last sentences around the story's."""
    return (*((lead,) if lead else ()), *story[1], *((last,) if last else ()))


def fill(page: str, story: tuple[str, tuple[str, ...], str], lead: str | None, last: str | None) -> str:
    paragraphs = truth(story, lead, last)
    return (page.replace("{T20}", story[0][:20]).replace("{T}", story[0]).replace("{S}", "\n".join(paragraphs))
            .replace("{P1}", paragraphs[0]).replace("{REST}", "\n".join(paragraphs[1:]))
            .replace("{FOOT}", story[2])) + "\n"


@lru_cache(maxsize=8)
def read_page(page: str) -> tuple[str, str, str]:
    """(title, the body's first and last characters in the bench's normal form) the parser reads from a page."""
    art = extract_raw(page.encode(), "probe.txt", LANDING, None)[0].article
    if art is None:
        return "", "", ""
    body = norm("\n".join(art.paragraphs))
    return norm(art.title), body_head(body)[:CHARS], body[-CHARS:]


def run(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(right, tried) per set and field ("probe title", "probe start", "probe end", "check …")."""
    fields = ("title", "start", "end")
    kinds = tuple(f"{kind}{n}" for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19") for kind in ("probe", "check"))
    totals: dict[str, list[int]] = {f"{kind} {field}": [0, 0] for kind in kinds for field in fields}
    want: dict[str, tuple[str, str, str]] = {}

    def judge(i: int, name: str):
        def ok(page: str) -> tuple[bool, str]:
            got = read_page(page)[i]
            return got == want[page][i], f"{name} {got!r}"
        return ok

    for kind, shape, lang, form, lead, last in FORMS:
        pages = []
        for k, story in enumerate(STORIES[lang]):
            page = fill(form, story, lead, last)
            body = norm("\n".join(truth(story, lead, last)))
            want[page] = (norm(story[0]), body_head(body)[:CHARS], body[-CHARS:])
            pages.append((f"{lang}-story{k + 1}", page))
        shown = f"{lang} " + form.replace("\n", " ⏎ ")[:90]
        for i, field in enumerate(fields):
            score_pages(totals, f"{kind} {field}", shape, shown, pages, judge(i, field), verbose)
    return print_totals({kind: v for kind, v in totals.items() if v[1]})  # (round 13 has no probe group)


def main(argv: list[str] | None = None) -> int:
    return probe_main(__doc__, run, "what the parser read where a form is wrong", argv)


if __name__ == "__main__":
    raise SystemExit(main())
