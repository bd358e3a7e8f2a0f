"""How the TITLE and the BODY'S START hold on page-head FORMS no rule was written from: made-up heads on made-up stories.

    PYTHONPATH=include python bench/realpages/head_probe.py [--verbose]

The head of a news page is a closed vocabulary of kinds: skip links, menus, section names, breadcrumbs, site
slogans, login and subscription bars, the date-of-today line, the headline (often printed twice: a ``<title>``-like
line with the site's name after `` - ``, `` | ``, `` : ``, `` < ``, then the headline), decks, stamp and byline
lines, share and font widgets, photos and their captions (``▲``, ``▶``, ``사진=``, markdown images), the dateline
formula that opens the story (``(서울=통신) 이름 기자 =``, ``[매체=이름 기자]``, ``【서울=통신】``, ``SEOUL, Aug 1
(Wire) -``), broadcast marks (``[앵커]``, ``[리포트]``), audio widgets (``기사를 읽어드립니다``, ``Listen to this
article``), ``Advertisement`` and summary boxes (``요약``, ``Key points``). Each head below combines some of these
kinds in its own order, in Korean or English, as a text dump or a markdown capture, and is put over each made-up
story of its language (two each). Printed per head: in how many stories the title comes out right (the headline, as
``bench_realpages`` compares it) and in how many the body's first 40 characters do (the story's own first words: no
formula, caption, widget or summary line before them; a leading speaker mark is not counted, as in the bench).

Every line, name, outlet and story is invented; no page of the corpus is read. The ``check`` heads were written with
the ``probe`` heads (k3, session 11), before the probe was first run and before any rule was measured against it;
they are never tuned on: a rule that fixes a ``probe`` head and not its ``check`` sibling fits the probe, not the form.
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
BODY_CHARS = 40

# language → stories: (headline, paragraphs, footer)
STORIES: dict[str, tuple[tuple[str, tuple[str, ...], str], ...]] = {
    "ko": (
        ("가상 소재기업, 새만금에 음극재 공장 착공…2천억 투자",
         ("가상 소재기업이 새만금 국가산업단지에 이차전지 음극재 공장을 짓는다고 2일 밝혔다.",
          "회사는 내년부터 공장을 지어 2026년까지 모두 2천억 원을 투자하고 직원 190명을 채용할 계획이다.",
          "가상시는 이번 투자로 지역 이차전지 공급망이 한층 두터워질 것으로 기대했다.",
          "회사 관계자는 \"원료 조달부터 생산까지 한곳에서 하는 체계를 갖추겠다\"고 말했다."),
         "ⓒ 가상일보 무단전재 및 재배포 금지"),
        ("가상반도체, 수출규제 대응해 전력반도체 라인 증설 검토",
         ("가상반도체가 해외 수출규제 강화에 대응해 국내 전력반도체 생산라인 증설을 검토하고 있는 것으로 2일 알려졌다.",
          "업계에 따르면 회사는 이르면 상반기 안에 투자 규모와 일정을 확정할 방침이다.",
          "회사 측은 \"고객사 수요와 공급망 상황을 함께 보고 있다\"며 \"정해진 것은 없다\"고 설명했다.",
          "증권가는 증설이 확정되면 연간 매출이 크게 늘 것으로 내다봤다."),
         "저작권자 © 한빛일보 무단전재 및 재배포 금지"),
    ),
    "en": (
        ("Invented materials maker breaks ground on anode plant in Saemangeum",
         ("An invented materials maker said on Wednesday it would build a battery anode plant in the Saemangeum "
          "industrial complex.",
          "The company plans to invest 200 billion won by 2026 and hire about 190 workers, it said.",
          "Officials of the invented city said the plant would deepen the region's battery supply chain.",
          "\"We will handle everything from raw materials to production in one place,\" a company official said."),
         "© 2019 Harbor Ledger. All rights reserved."),
        ("Invented chipmaker weighs new power chip line as export curbs tighten",
         ("An invented chipmaker is weighing a new power semiconductor line at home as overseas export curbs "
          "tighten, people familiar with the matter said on Wednesday.",
          "The company could settle the size and timing of the investment as early as the first half, they said.",
          "\"Nothing has been decided,\" a company spokesperson said, adding that it was watching customer demand.",
          "Analysts said sales could rise sharply if the expansion goes ahead."),
         "Copyright Invented Herald. All rights reserved."),
    ),
}

# (set, shape, language, head): {T} the headline, {P1} the story's first paragraph, {REST} the others,
# {S} all of them, {FOOT} the footer. Each head's lines are one page's, top to bottom.
HEADS: tuple[tuple[str, str, str, str], ...] = (
    # skip links, menus, the site's name above the headline
    ("probe", "skip-menu", "ko", "본문 바로가기\n주메뉴 바로가기\n가상일보\n전체메뉴\n정치 경제 사회 국제 문화 스포츠\n{T}\n"
     "입력 2019.01.02 15:20 | 수정 2019.01.02 16:05\n홍길동 기자\n{S}\n{FOOT}"),
    ("probe", "skip-menu", "en", "Skip to content\nHarbor Ledger\nMenu\nNews Business Opinion Sport Culture\nSearch\n{T}\n"
     "By Jane Roe\nJanuary 2, 2019 3:20 PM\n{S}\n{FOOT}"),
    ("check", "skip-menu", "ko", "스킵 네비게이션\n본문영역 바로가기\n한빛일보\n뉴스 | 오피니언 | 연예 | 스포츠 | 포토\n검색\n{T}\n"
     "등록 2019-01-02 15:20\n이몽룡 기자\n{S}\n{FOOT}"),
    ("check", "skip-menu", "en", "Jump to main content\nMain navigation\nInvented Herald\nWorld | Economy | Tech | Life\n{T}\n"
     "By John Doe\nPublished: Jan 2, 2019 15:20\n{S}\n{FOOT}"),
    # the headline printed twice: a title line with the site's name appended, then the headline
    ("probe", "title-site", "ko", "{T} - 가상일보\n가상일보\n{T}\n입력 2019.01.02 15:20\n홍길동 기자\n{S}\n{FOOT}"),
    ("probe", "title-site", "ko", "{T} | 한빛일보\n한빛일보\n산업\n{T}\n홍길동 기자 입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("probe", "title-site", "en", "{T} - Harbor Ledger\nHarbor Ledger\n{T}\nBy Jane Roe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("check", "title-site", "ko", "{T} : 가상일보\n가상일보\n{T}\n기자명 홍길동 기자 | 입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check", "title-site", "ko", "{T} < 산업 < 기사본문 - 한빛일보\n한빛일보\n{T}\n이몽룡 기자 | 승인 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check", "title-site", "en", "{T} | Invented Herald\nInvented Herald\n{T}\nBy John Doe | Jan 2, 2019\n{S}\n{FOOT}"),
    # breadcrumbs
    ("probe", "breadcrumb", "ko", "가상일보\n홈 > 경제 > 산업\n{T}\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("probe", "breadcrumb", "en", "Harbor Ledger\nHome > Business > Industry\n{T}\nBy Jane Roe\nJan 2, 2019\n{S}\n{FOOT}"),
    ("check", "breadcrumb", "ko", "한빛일보\nHOME > 뉴스 > 산업·기업\n{T}\n등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check", "breadcrumb", "en", "Invented Herald\nHome / News / Economy\n{T}\nBy John Doe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    # the date of today in a site bar, a slogan
    ("probe", "today-slogan", "ko", "2019년 1월 3일 목요일\n정직한 언론, 가상일보\n{T}\n입력 2019.01.02 15:20\n홍길동 기자\n{S}\n{FOOT}"),
    ("probe", "today-slogan", "en", "Thursday, January 3, 2019\nIndependent news since 1962\nHarbor Ledger\n{T}\n"
     "By Jane Roe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("check", "today-slogan", "ko", "2019.01.03 (목)\n독자와 함께하는 지역 대표 신문\n한빛일보\n{T}\n승인 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check", "today-slogan", "en", "Thu, Jan 3, 2019\nThe voice of the harbor since 1899\n{T}\nBy John Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # login and subscription bars
    ("probe", "login-bar", "ko", "로그인 | 회원가입 | 구독신청\n가상일보\n{T}\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("probe", "login-bar", "en", "Subscribe | Sign in\nHarbor Ledger\n{T}\nBy Jane Roe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("check", "login-bar", "ko", "구독\n로그인\n한빛일보\n{T}\n등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check", "login-bar", "en", "Log in\nSubscribe now\nInvented Herald\n{T}\nBy John Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # a section label right above the headline
    ("probe", "section", "ko", "가상일보\n산업\n{T}\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("probe", "section", "en", "Harbor Ledger\nBUSINESS\n{T}\nBy Jane Roe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("check", "section", "ko", "한빛일보\n경제일반\n{T}\n등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check", "section", "en", "Invented Herald\nIndustry\n{T}\nBy John Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # a deck under the headline
    ("probe", "deck", "ko", "가상일보\n{T}\n소재 국산화 속도…지역 일자리 190개 기대\n입력 2019.01.02 15:20\n홍길동 기자\n{S}\n{FOOT}"),
    ("probe", "deck", "en", "Harbor Ledger\n{T}\nThe plant will be the region's first to make battery anodes\nBy Jane Roe\n"
     "January 2, 2019\n{S}\n{FOOT}"),
    ("check", "deck", "ko", "한빛일보\n{T}\n- 2026년까지 2천억 원 투입\n- 직원 190명 채용 계획\n등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check", "deck", "en", "Invented Herald\n{T}\nCompany says the decision hinges on customer demand\nBy John Doe\n"
     "Jan 2, 2019\n{S}\n{FOOT}"),
    # the stamp or the byline above the headline
    ("probe", "stamp-above", "ko", "가상일보\n입력 2019.01.02 15:20\n{T}\n홍길동 기자\n{S}\n{FOOT}"),
    ("probe", "stamp-above", "en", "Harbor Ledger\nJanuary 2, 2019\n{T}\nBy Jane Roe\n{S}\n{FOOT}"),
    ("check", "stamp-above", "ko", "한빛일보\n산업 | 2019-01-02 15:20\n{T}\n이몽룡 기자\n{S}\n{FOOT}"),
    ("check", "stamp-above", "en", "Invented Herald\nBusiness | Jan 2, 2019\n{T}\nJohn Doe\n{S}\n{FOOT}"),
    # share and font-size widgets between the stamp and the story
    ("probe", "share-font", "ko", "가상일보\n{T}\n입력 2019.01.02 15:20\n홍길동 기자\n공유하기\n페이스북\n트위터\n카카오톡\n"
     "글자크기 설정\n가\n가\n{S}\n{FOOT}"),
    ("probe", "share-font", "en", "Harbor Ledger\n{T}\nBy Jane Roe\nJanuary 2, 2019\nShare\nFacebook\nTwitter\nEmail\n"
     "Print\n{S}\n{FOOT}"),
    ("check", "share-font", "ko", "한빛일보\n{T}\n등록 2019.01.02 15:20\n이몽룡 기자\nSNS 기사보내기\n인쇄\n스크랩\n"
     "글씨키우기\n글씨줄이기\n{S}\n{FOOT}"),
    ("check", "share-font", "en", "Invented Herald\n{T}\nBy John Doe\nJan 2, 2019\nShare this article\nCopy link\n"
     "Text size\n{S}\n{FOOT}"),
    # a photo and its caption above the story
    ("probe", "photo-top", "ko", "가상일보\n{T}\n입력 2019.01.02 15:20\n홍길동 기자\n"
     "▲ 가상 소재기업의 음극재 공장 조감도. (사진=가상 소재기업 제공)\n{S}\n{FOOT}"),
    ("probe", "photo-top", "ko", "가상일보\n{T}\n입력 2019.01.02 15:20\n[사진=가상일보 DB]\n{S}\n{FOOT}"),
    ("probe", "photo-top", "en", "Harbor Ledger\n{T}\nBy Jane Roe\nJanuary 2, 2019\n"
     "An artist's rendering of the planned plant. (Invented Corp.)\n{S}\n{FOOT}"),
    ("check", "photo-top", "ko", "한빛일보\n{T}\n등록 2019.01.02 15:20\n이몽룡 기자\n"
     "▶ 가상반도체 생산라인 전경 [사진=가상반도체]\n{S}\n{FOOT}"),
    ("check", "photo-top", "ko", "한빛일보\n{T}\n등록 2019.01.02 15:20\n사진=한빛일보 DB\n{S}\n{FOOT}"),
    ("check", "photo-top", "en", "Invented Herald\n{T}\nBy John Doe\nJan 2, 2019\n"
     "Workers at a production line. / Photo by Invented Corp.\n{S}\n{FOOT}"),
    # the dateline formula opening the story
    ("probe", "lead-formula", "ko", "가상일보\n{T}\n입력 2019.01.02 15:20\n(서울=가상통신) 홍길동 기자 = {S}\n{FOOT}"),
    ("probe", "lead-formula", "ko", "한빛일보\n{T}\n입력 2019.01.02 15:20\n[한빛일보=홍길동 기자] {S}\n{FOOT}"),
    ("probe", "lead-formula", "en", "Harbor Ledger\n{T}\nJanuary 2, 2019\nSEOUL, Jan. 2 (Invented Wire) - {S}\n{FOOT}"),
    ("check", "lead-formula", "ko", "가상일보\n{T}\n등록 2019.01.02 15:20\n【서울=가상통신】이몽룡 기자 = {S}\n{FOOT}"),
    ("check", "lead-formula", "ko", "한빛일보\n{T}\n등록 2019.01.02 15:20\n[세종=한빛일보] 이몽룡 기자 = {S}\n{FOOT}"),
    ("check", "lead-formula", "en", "Invented Herald\n{T}\nJan 2, 2019\nSEOUL, Jan 2 (Invented Wire) -- {S}\n{FOOT}"),
    # broadcast scripts: speaker marks
    ("probe", "broadcast", "ko", "가상방송\n{T}\n입력 2019.01.02 15:20\n[앵커]\n{P1}\n[리포트]\n{REST}\n가상방송 홍길동입니다.\n{FOOT}"),
    ("check", "broadcast", "ko", "한빛방송\n{T}\n등록 2019.01.02 15:20\n◀ 앵커 ▶\n{P1}\n◀ 리포트 ▶\n{REST}\n한빛방송 이몽룡입니다.\n{FOOT}"),
    # audio and TTS widgets
    ("probe", "audio", "ko", "가상일보\n{T}\n입력 2019.01.02 15:20\n기사를 읽어드립니다\n0:00 / 2:31\n{S}\n{FOOT}"),
    ("probe", "audio", "en", "Harbor Ledger\n{T}\nBy Jane Roe\nJanuary 2, 2019\nListen to this article\n3 min\n{S}\n{FOOT}"),
    ("check", "audio", "ko", "한빛일보\n{T}\n등록 2019.01.02 15:20\n음성으로 듣기\n재생\n00:00\n{S}\n{FOOT}"),
    ("check", "audio", "en", "Invented Herald\n{T}\nBy John Doe\nJan 2, 2019\nListen · 4:12\n{S}\n{FOOT}"),
    # an advertisement slot between the head and the story
    ("probe", "advert", "en", "Harbor Ledger\n{T}\nBy Jane Roe\nJanuary 2, 2019\nAdvertisement\n{S}\n{FOOT}"),
    ("probe", "advert", "ko", "가상일보\n{T}\n입력 2019.01.02 15:20\n광고\n{S}\n{FOOT}"),
    ("check", "advert", "en", "Invented Herald\n{T}\nBy John Doe\nJan 2, 2019\nADVERTISEMENT\nSKIP ADVERTISEMENT\n{S}\n{FOOT}"),
    ("check", "advert", "ko", "한빛일보\n{T}\n등록 2019.01.02 15:20\nAD\n{S}\n{FOOT}"),
    # a summary box above the story
    ("probe", "summary", "ko", "가상일보\n{T}\n입력 2019.01.02 15:20\nAI 요약\n- 새만금에 음극재 공장 착공\n"
     "- 2천억 투자, 190명 채용\n{S}\n{FOOT}"),
    ("probe", "summary", "en", "Harbor Ledger\n{T}\nBy Jane Roe\nJanuary 2, 2019\nKey points\n- A new plant is planned\n"
     "- About 190 jobs are expected\n{S}\n{FOOT}"),
    ("check", "summary", "ko", "한빛일보\n{T}\n등록 2019.01.02 15:20\n요약\n· 수출규제 대응 증설 검토\n· 상반기 중 확정 방침\n"
     "{S}\n{FOOT}"),
    ("check", "summary", "en", "Invented Herald\n{T}\nBy John Doe\nJan 2, 2019\nSummary\n• Company weighs a new line\n"
     "• Decision due in the first half\n{S}\n{FOOT}"),
    # added after the first run (probe only, never check): a summary box under a heading no list knows, points
    # alone above the story, an audio vendor's loading line
    ("probe", "summary-unnamed", "ko", "가상일보\n{T}\n입력 2019.01.02 15:20\n📌 세 줄로 읽기\n• 새만금에 음극재 공장 착공\n"
     "• 2천억 투자, 190명 채용\n• 2026년 완공 목표\n{S}\n{FOOT}"),
    ("probe", "summary-unnamed", "en", "Harbor Ledger\n{T}\nBy Jane Roe\nJanuary 2, 2019\nWhat you need to know\n"
     "• A new plant is planned\n• About 190 jobs are expected\n{S}\n{FOOT}"),
    ("probe", "summary-points", "ko", "가상일보\n{T}\n홍길동 기자\n입력 2019.01.02 15:20\n- 새만금에 음극재 공장 착공\n"
     "- 2천억 투자, 190명 채용\n{S}\n{FOOT}"),
    ("probe", "audio-vendor", "en", "Harbor Ledger\n{T}\nBy Jane Roe\nJanuary 2, 2019\n"
     "Getting your Trinity Audio player ready...\n{S}\n{FOOT}"),
    # a breadcrumb glued to the headline's copy above the bare headline (added after the first run, probe only)
    ("probe", "crumb-glued", "en", "Harbor Ledger\nHomeBusiness{T}\n{T}\nBy Jane Roe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("probe", "crumb-glued", "en", "Harbor Ledger\nHome › Business › {T}\n{T}\nBy Jane Roe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("probe", "crumb-glued", "ko", "가상일보\n홈경제산업{T}\n{T}\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("probe", "crumb-glued", "ko", "가상일보\n홈 > 경제 > {T}\n{T}\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    # the title bar's copy with the site's name AND its slogan after the headline (added later, probe only)
    ("probe", "title-slogan", "ko", "{T} | 가상일보 - 세상을 보는 창\n가상일보\n{T}\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("probe", "title-slogan", "en", "{T} | Harbor Ledger - News from the harbor\n{T}\nBy Jane Roe\nJanuary 2, 2019\n"
     "{S}\n{FOOT}"),
    # a lead formula whose opening bracket the capture cut onto its own line (added later, probe only)
    ("probe", "lead-cut-bracket", "ko", "가상일보\n{T}\n입력 2019.01.02 15:20\n[\n가상일보=홍길동 기자] {S}\n{FOOT}"),
    ("probe", "lead-cut-bracket", "ko", "가상일보\n{T}\n입력 2019.01.02 15:20\n(\n서울=가상통신) 홍길동 기자 = {S}\n{FOOT}"),
    # the lead formula in angle brackets (added later, probe only)
    ("probe", "lead-angle", "ko", "가상일보\n{T}\n입력 2019.01.02 15:20\n<가상일보=홍길동 기자> {S}\n{FOOT}"),
    ("probe", "lead-angle", "ko", "가상일보\n{T}\n입력 2019.01.02 15:20\n〈가상일보 홍길동 기자〉 {S}\n{FOOT}"),
    # English caption credits no rule knew (added later, probe only)
    ("probe", "photo-credit", "en", "Harbor Ledger\n{T}\nBy Jane Roe\nJanuary 2, 2019\n"
     "FILE PHOTO: Workers at the plant site, Jan. 2, 2019. REUTERS/Jane Roe\n{S}\n{FOOT}"),
    ("probe", "photo-credit", "en", "Harbor Ledger\n{T}\nBy Jane Roe\nJanuary 2, 2019\n"
     "Workers at the plant site in Saemangeum on Jan. 2. Image: Invented Corp.\n{S}\n{FOOT}"),
    ("probe", "photo-credit", "en", "Harbor Ledger\n{T}\nBy Jane Roe\nJanuary 2, 2019\n"
     "Workers at the plant site in Saemangeum on Jan. 2. Credit: Invented Corp.\n{S}\n{FOOT}"),
    # a one-sentence standfirst WITH its full stop under the headline, then no story line (the photo with more than a
    # bare caption, its own copy, a summary box, a subheading), then the story (k1, session 12: probe and check
    # written together before the first run; the last two check heads are controls whose first paragraph stays)
    ("probe", "standfirst-stop", "en", "Harbor Ledger\n{T}\nThe region gets its first battery anode plant.\n"
     "Workers at the plant site on Jan. 2. (Photo: Invented Corp.)\nJane Roe\n{S}\n{FOOT}"),
    ("probe", "standfirst-stop", "en", "{T}\nThe region gets its first battery anode plant.\n"
     "The region gets its first battery anode plant.\nInvented Corp.\n{S}\n{FOOT}"),
    ("probe", "standfirst-stop", "en", "{T}\nThe region gets its first battery anode plant.\nKey Takeaways:\n"
     "  • A new plant is planned in the industrial complex.\n  • About 190 jobs are expected by 2026.\n"
     "Spotted an error? Tell us.\n{S}\n{FOOT}"),
    ("check", "standfirst-stop", "en", "Invented Herald\n{T}\nDemand from customers will decide the timing.\n"
     "A production line at the plant, Jan. 2. Photo: Invented Herald\nJohn Doe\n{S}\n{FOOT}"),
    ("check", "standfirst-stop", "en", "{T}\nDemand from customers will decide the timing.\n"
     "Demand from customers will decide the timing.\nJohn Doe\n{S}\n{FOOT}"),
    ("check", "standfirst-stop", "en", "{T}\nDemand from customers will decide the timing.\nWhat we know:\n"
     "- The line would make power chips at home.\n- The size of the investment is not settled yet.\n{S}\n{FOOT}"),
    ("check", "standfirst-stop", "en", "Invented Herald\n{T}\n{P1}\n"
     "A production line at the plant, Jan. 2. Photo: Invented Herald\n{REST}\n{FOOT}"),
    ("check", "standfirst-stop", "en", "{T}\n{P1}\n{REST}\n{FOOT}"),
    # the standfirst's sentence opening a later paragraph of the story (a deck drawn from the story), and a lead
    # printed twice by the capture (a control that stays); k1, session 12, written together before their first run
    ("probe", "standfirst-echo", "en", "{T}\nThe anode plant will add 190 jobs by 2026, the company says.\n{P1}\n"
     "The anode plant will add 190 jobs by 2026, the company says. Hiring starts next year.\n{REST}\n{FOOT}"),
    ("check", "standfirst-echo", "en", "Invented Herald\n{T}\nCustomer demand will decide the timing, the company "
     "says.\n{P1}\n{REST}\nCustomer demand will decide the timing, the company says. It gave no date.\n{FOOT}"),
    ("check", "standfirst-echo", "en", "{T}\n{P1}\n{P1}\n{REST}\n{FOOT}"),
    # markdown captures: links for menus, a '#' headline, an image line
    ("probe", "markdown", "ko", "[본문 바로가기](#content)\n* [정치](https://www.gasang.example/politics)\n"
     "* [경제](https://www.gasang.example/economy)\n# {T}\n입력 2019.01.02 15:20\n"
     "![공장 조감도](https://img.gasang.example/2019/01/02/1.jpg)\n{S}\n{FOOT}"),
    ("probe", "markdown", "en", "[Skip to main content](#main)\n[Harbor Ledger](https://harbor.example/)\n"
     "* [Business](https://harbor.example/business)\n# {T}\nBy [Jane Roe](https://harbor.example/staff/jane-roe)\n"
     "January 2, 2019\n![An artist's rendering](https://harbor.example/img/1.jpg)\n{S}\n{FOOT}"),
    ("check", "markdown", "ko", "[한빛일보](https://hanbit.example/)\n[홈](https://hanbit.example/) > "
     "[경제](https://hanbit.example/economy)\n## {T}\n이몽룡 기자 | 등록 2019.01.02 15:20\n"
     "![](https://img.hanbit.example/a/2.jpg)\n{S}\n{FOOT}"),
    ("check", "markdown", "en", "[Invented Herald](https://herald.example/)\n- [World](https://herald.example/world)\n"
     "- [Economy](https://herald.example/economy)\n## {T}\nJohn Doe\nJan 2, 2019\n"
     "![Workers on a production line](https://herald.example/i/2.jpg)\n{S}\n{FOOT}"),
    # a reader capture's header carrying the page's first line
    ("probe", "capture-header", "ko", " date 2019-01-02 가상일보\n\n{T}\n\n[홈](https://www.gasang.example/)\n"
     "[산업](https://www.gasang.example/list/11)\n\n입력2019.01.02 15:20\n\n{S}\n{FOOT}"),
    ("check", "capture-header", "ko", " date 2019-01-02 {T}\n\n[홈](https://hanbit.example/)\n"
     "[경제](https://hanbit.example/list/12)\n\n등록 2019.01.02 15:20\n\n{S}\n{FOOT}"),
    # everything at once, in an order of its own
    ("probe", "mixed", "ko", "본문 바로가기\n로그인 | 회원가입\n2019년 1월 3일 목요일\n가상일보\n홈 > 경제\n{T} - 가상일보\n"
     "{T}\n소재 국산화 속도…지역 일자리 190개 기대\n홍길동 기자\n입력 2019.01.02 15:20\n공유하기\n"
     "기사를 읽어드립니다\n▲ 공장 조감도. (사진=가상 소재기업 제공)\n(서울=가상통신) 홍길동 기자 = {S}\n{FOOT}"),
    ("probe", "mixed", "en", "Skip to content\nSubscribe | Sign in\nHarbor Ledger\nHome > Business\n{T} | Harbor Ledger\n"
     "{T}\nThe plant will be the region's first to make battery anodes\nBy Jane Roe\nJanuary 2, 2019 3:20 PM\n"
     "Listen to this article\nShare\nAdvertisement\n{S}\n{FOOT}"),
    ("check", "mixed", "ko", "메뉴\n검색\n한빛일보\n2019.01.03 (목)\n산업\n{T}\n- 상반기 중 확정 방침\n이몽룡 기자\n"
     "등록 2019.01.02 15:20 | 수정 2019.01.02 16:00\n글자크기\n인쇄\n[사진=한빛일보 DB]\n"
     "【서울=가상통신】이몽룡 기자 = {S}\n{FOOT}"),
    ("check", "mixed", "en", "Menu\nSearch\nInvented Herald\nThu, Jan 3, 2019\nWorld / Economy\n{T}\n"
     "Company says the decision hinges on customer demand\nJohn Doe\nPublished: Jan 2, 2019 15:20\nListen · 4:12\n"
     "Copy link\nADVERTISEMENT\nSEOUL, Jan 2 (Invented Wire) -- {S}\n{FOOT}"),
    # --- k4, session 12: the headline printed once with its brand in brackets after it (a copy's or the site's own),
    # written before its first run; the check heads are never tuned on
    ("probe-k4", "title-brand-bracket", "ko", "가상일보\n{T} [가상일보]\n홍길동 기자\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("probe-k4", "title-brand-bracket", "en", "Harbor Ledger\n{T} [Harbor Ledger]\nBy Jane Roe\nJanuary 2, 2019 3:20 PM\n"
     "{S}\n{FOOT}"),
    ("check-k4", "title-brand-bracket", "ko", "한빛일보\n{T} [한빛경제]\n이몽룡 기자\n등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k4", "title-brand-bracket", "ko", "{T} (한빛뉴스)\n이몽룡 기자 | 등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k4", "title-brand-bracket", "en", "Invented Herald\n{T} [Invented Herald]\nJohn Doe\nPublished: Jan 2, 2019 15:20\n"
     "{S}\n{FOOT}"),
    # --- k1, session 13: more forms of the head, PROBE and CHECK written together before their first run; the check
    # heads are never tuned on. The headline printed once with a site's name after it (no bare copy under it)
    ("probe-k1", "title-once-site", "ko", "{T} - 가상일보\n입력 2019.01.02 15:20\n홍길동 기자\n{S}\n{FOOT}"),
    ("probe-k1", "title-once-site", "en", "{T} | Harbor Ledger\nBy Jane Roe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("check-k1", "title-once-site", "ko", "{T} : 한빛일보\n이몽룡 기자 | 등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k1", "title-once-site", "en", "{T} - Invented Herald\nJohn Doe\nPublished: Jan 2, 2019 15:20\n{S}\n{FOOT}"),
    # the site's name before the headline on its line
    ("probe-k1", "site-then-title", "ko", "가상일보 | {T}\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k1", "site-then-title", "en", "Invented Herald - {T}\nBy John Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # a reader tool's capture header (Title / URL Source / Published Time / Markdown Content)
    ("probe-k1", "reader-header", "en", "Title: {T}\n\nURL Source: https://harbor.example/news/1\n\n"
     "Published Time: 2019-01-02T15:20:00+09:00\n\nMarkdown Content:\n{S}\n{FOOT}"),
    ("check-k1", "reader-header", "ko", "Title: {T}\n\nURL Source: https://hanbit.example/article/2\n\nMarkdown Content:\n"
     "등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    # markdown headlines: underlined (setext) or bold
    ("probe-k1", "md-setext", "en", "Harbor Ledger\n\n{T}\n=====================\n\nBy Jane Roe\nJanuary 2, 2019\n\n{S}\n{FOOT}"),
    ("probe-k1", "md-bold", "ko", "가상일보\n**{T}**\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k1", "md-setext", "ko", "한빛일보\n\n{T}\n----------\n\n등록 2019.01.02 15:20\n\n{S}\n{FOOT}"),
    ("check-k1", "md-bold", "en", "Invented Herald\n__{T}__\nBy John Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # broadcast speaker marks of other shapes
    ("probe-k1", "speaker-marks", "ko", "가상방송\n{T}\n입력 2019.01.02 15:20\n앵커멘트>\n{P1}\n기자>\n{REST}\n{FOOT}"),
    ("probe-k1", "speaker-marks", "ko", "가상방송\n{T}\n입력 2019.01.02 15:20\n(앵커)\n{P1}\n(기자)\n{REST}\n{FOOT}"),
    ("check-k1", "speaker-marks", "ko", "한빛방송\n{T}\n등록 2019.01.02 15:20\n<앵커 멘트>\n{P1}\n<리포트>\n{REST}\n{FOOT}"),
    ("check-k1", "speaker-marks", "ko", "한빛방송\n{T}\n등록 2019.01.02 15:20\n앵커: {P1}\n기자: {REST}\n{FOOT}"),
    # lead formulas: the brand alone in brackets, an English wire lead without a date, a press release's lead
    ("probe-k1", "brand-lead", "ko", "가상일보\n{T}\n입력 2019.01.02 15:20\n[가상일보] {S}\n{FOOT}"),
    ("check-k1", "brand-lead", "ko", "한빛일보\n{T}\n등록 2019.01.02 15:20\n【한빛일보】 {S}\n{FOOT}"),
    ("probe-k1", "wire-lead-nodate", "en", "Harbor Ledger\n{T}\nJanuary 2, 2019\nSEOUL (Invented Wire) — {S}\n{FOOT}"),
    ("check-k1", "wire-lead-nodate", "en", "Invented Herald\n{T}\nJan 2, 2019\nBUSAN (Harbor Wire) -- {S}\n{FOOT}"),
    ("probe-k1", "release-lead", "en", "Harbor Ledger\n{T}\nJanuary 2, 2019\n"
     "SEOUL, South Korea, Jan. 2, 2019 /Invented Newswire/ -- {S}\n{FOOT}"),
    ("check-k1", "release-lead", "ko", "한빛일보\n{T}\n등록 2019.01.02 15:20\n(서울=가람뉴스와이어) 2019년 01월 02일 -- {S}\n{FOOT}"),
    # a photo caption above the story, closed by a credit of another shape
    ("probe-k1", "caption-credit", "en", "Harbor Ledger\n{T}\nBy Jane Roe\nJanuary 2, 2019\n"
     "Workers at the plant site in Saemangeum on Jan. 2. [HARBOR WIRE]\n{S}\n{FOOT}"),
    ("probe-k1", "caption-credit", "en", "Harbor Ledger\n{T}\nBy Jane Roe\nJanuary 2, 2019\n"
     "The plant site in Saemangeum. Harbor Ledger photo by Jane Roe\n{S}\n{FOOT}"),
    ("probe-k1", "caption-credit", "en", "Harbor Ledger\n{T}\nBy Jane Roe\nJanuary 2, 2019\n"
     "Workers at the plant site. Courtesy of Invented Corp.\n{S}\n{FOOT}"),
    ("probe-k1", "caption-credit", "ko", "가상일보\n{T}\n입력 2019.01.02 15:20\n홍길동 기자\n"
     "가상 소재기업의 음극재 공장 조감도. 가상 소재기업 제공\n{S}\n{FOOT}"),
    ("probe-k1", "caption-credit", "ko", "가상일보\n{T}\n입력 2019.01.02 15:20\n홍길동 기자\n"
     "가상 소재기업 공장 전경 ⓒ가상일보\n{S}\n{FOOT}"),
    ("check-k1", "caption-credit", "en", "Invented Herald\n{T}\nBy John Doe\nJan 2, 2019\n"
     "A production line at the chipmaker's plant. [INVENTED HERALD PHOTO]\n{S}\n{FOOT}"),
    ("check-k1", "caption-credit", "en", "Invented Herald\n{T}\nBy John Doe\nJan 2, 2019\n"
     "A production line at the plant. (Invented Wire Photo/John Doe)\n{S}\n{FOOT}"),
    ("check-k1", "caption-credit", "en", "Invented Herald\n{T}\nBy John Doe\nJan 2, 2019\n"
     "The company's headquarters. Photo courtesy of Invented Corp.\n{S}\n{FOOT}"),
    ("check-k1", "caption-credit", "ko", "한빛일보\n{T}\n등록 2019.01.02 15:20\n이몽룡 기자\n"
     "가상반도체 생산라인 전경. /사진제공=가상반도체\n{S}\n{FOOT}"),
    ("check-k1", "caption-credit", "ko", "한빛일보\n{T}\n등록 2019.01.02 15:20\n이몽룡 기자\n"
     "가상반도체 본사 전경 <사진=한빛일보 DB>\n{S}\n{FOOT}"),
    # a markdown image with its caption in italics under it
    ("probe-k1", "md-image-caption", "en", "Harbor Ledger\n# {T}\nBy Jane Roe\n"
     "![Plant site](https://harbor.example/i/1.jpg)\n*The plant site in Saemangeum. (Invented Corp.)*\n{S}\n{FOOT}"),
    ("check-k1", "md-image-caption", "ko", "한빛일보\n# {T}\n등록 2019.01.02 15:20\n"
     "![](https://img.hanbit.example/b/3.jpg)\n_가상반도체 생산라인 전경. (사진=가상반도체)_\n{S}\n{FOOT}"),
    # a relative time in the head
    ("probe-k1", "relative-time", "en", "Harbor Ledger\n{T}\nBy Jane Roe\nUpdated 2 hours ago\n{S}\n{FOOT}"),
    ("probe-k1", "relative-time", "ko", "가상일보\n{T}\n홍길동 기자\n5시간 전\n{S}\n{FOOT}"),
    ("check-k1", "relative-time", "en", "Invented Herald\n{T}\nJohn Doe\n3 hours ago\n{S}\n{FOOT}"),
    ("check-k1", "relative-time", "ko", "한빛일보\n{T}\n이몽룡 기자\n업데이트 1시간 전\n{S}\n{FOOT}"),
    # the writer's card above the story: a follow or subscribe button, a role line
    ("probe-k1", "byline-card-top", "ko", "가상일보\n{T}\n홍길동 기자\n구독\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("probe-k1", "byline-card-top", "en", "Harbor Ledger\n{T}\nJane Roe\nFollow\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("check-k1", "byline-card-top", "ko", "한빛일보\n{T}\n이몽룡 기자\n기자 구독하기\n등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k1", "byline-card-top", "en", "Invented Herald\n{T}\nJohn Doe\nSenior Reporter\nFollow author\nJan 2, 2019\n"
     "{S}\n{FOOT}"),
    # a notice about the text above the story (a machine translation)
    ("probe-k1", "notice-top", "en", "Harbor Ledger\n{T}\nBy Jane Roe\nJanuary 2, 2019\n"
     "This article was translated from Korean by an AI tool.\n{S}\n{FOOT}"),
    ("check-k1", "notice-top", "ko", "한빛일보\n{T}\n등록 2019.01.02 15:20\n※ 이 기사는 인공지능(AI) 번역을 거쳤습니다.\n{S}\n{FOOT}"),
    # --- k3, session 15: head forms of outlets nobody has read (issue #12: titles by structure — the line right
    # above the byline/stamps, not a list of other stories, a label, a site or a section), PROBE and CHECK written
    # together before their first run; the check heads are never tuned on. Another story list above the headline
    # (most-read, trending), its items short headline-like lines:
    ("probe-k3s15", "list-above", "ko", "가상일보\n많이 본 뉴스\n가상전자, 새 공장 부지 확정\n항만 물동량 석 달째 늘어\n"
     "가상시 버스 노선 전면 개편\n{T}\n홍길동 기자\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("probe-k3s15", "list-above", "en", "Harbor Ledger\nMost Read\nPort traffic rises for a third month\n"
     "Council backs new bus routes\n{T}\nBy Jane Roe\nJanuary 2, 2019 3:20 PM\n{S}\n{FOOT}"),
    ("check-k3s15", "list-above", "en", "Invented Herald\nTrending Now\nCity opens a second ferry terminal\n"
     "Lawmakers delay the budget vote again\nA new museum wing opens downtown\n{T}\nJohn Doe\nPublished: Jan 2, 2019 15:20\n"
     "{S}\n{FOOT}"),
    ("check-k3s15", "list-above", "ko", "한빛일보\n실시간 인기기사\n한빛시 청년 주택 500가구 공급\n여객선 운항 재개\n"
     "{T}\n이몽룡 기자 | 등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    # a label line alone above the headline (breaking, exclusive, a series' name)
    ("probe-k3s15", "label-above", "ko", "가상일보\n[속보]\n{T}\n홍길동 기자\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("probe-k3s15", "label-above", "en", "Harbor Ledger\nBREAKING NEWS\n{T}\nBy Jane Roe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("check-k3s15", "label-above", "ko", "한빛일보\n단독\n{T}\n이몽룡 기자\n등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k3s15", "label-above", "en", "Invented Herald\nEXCLUSIVE\n{T}\nJohn Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # the stamp printed above the headline, the byline under it
    ("probe-k3s15", "stamp-above", "ko", "가상일보\n입력 2019.01.02 15:20\n{T}\n홍길동 기자\n{S}\n{FOOT}"),
    ("probe-k3s15", "stamp-above", "en", "Harbor Ledger\nJanuary 2, 2019 3:20 PM\n{T}\nBy Jane Roe\n{S}\n{FOOT}"),
    ("check-k3s15", "stamp-above", "en", "Invented Herald\nPublished: Jan 2, 2019 15:20\n{T}\nJohn Doe\n{S}\n{FOOT}"),
    ("check-k3s15", "stamp-above", "ko", "한빛일보\n2019-01-02 15:20\n{T}\n이몽룡 기자 lee@hanbit.example\n{S}\n{FOOT}"),
    # the byline above the headline
    ("probe-k3s15", "byline-above", "en", "Harbor Ledger\nBy Jane Roe\n{T}\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("check-k3s15", "byline-above", "ko", "한빛일보\n이몽룡 기자\n{T}\n등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    # the headline printed once with the site after an em dash or a guillemet, and a section then the site
    ("probe-k3s15", "title-site-dash", "en", "{T} — Harbor Ledger\nBy Jane Roe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("probe-k3s15", "title-site-dash", "ko", "{T} < 산업 < 가상일보\n홍길동 기자\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k3s15", "title-site-dash", "en", "{T} « Invented Herald\nJohn Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    ("check-k3s15", "title-site-dash", "ko", "{T} > 경제 > 한빛일보\n이몽룡 기자\n등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    # two markdown headings: the site's, then the headline's
    ("probe-k3s15", "md-two-h1", "en", "# Harbor Ledger\n\n# {T}\n\nBy Jane Roe\n\nJanuary 2, 2019\n\n{S}\n{FOOT}"),
    ("check-k3s15", "md-two-h1", "ko", "# 한빛일보\n\n## 경제\n\n# {T}\n\n이몽룡 기자\n\n등록 2019.01.02 15:20\n\n{S}\n{FOOT}"),
    # counters and reactions right under the headline
    ("probe-k3s15", "counter-under", "ko", "가상일보\n{T}\n조회수 1,204\n댓글 3\n홍길동 기자\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k3s15", "counter-under", "en", "Invented Herald\n{T}\n12 comments\n1.2K views\nJohn Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # --- k3, session 15, round 2 (probe-k3s15b / check-k3s15b): written after the first three rules of the session
    # and before its own first run; the check heads are never tuned on. The site's press-shaped name before the
    # headline with a dash:
    ("probe-k3s15b", "site-dash-title", "ko", "가상일보 - {T}\n홍길동 기자\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k3s15b", "site-dash-title", "en", "Invented Herald — {T}\nJohn Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # keyword tags printed above the headline
    ("probe-k3s15b", "tags-above", "ko", "가상일보\n#소재 #음극재 #반도체 #투자\n{T}\n홍길동 기자\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k3s15b", "tags-above", "en", "Invented Herald\nTags: materials, batteries, chips, investment\n{T}\nJohn Doe\n"
     "Jan 2, 2019\n{S}\n{FOOT}"),
    # a label naming the field before the headline
    ("probe-k3s15b", "headline-label", "en", "Harbor Ledger\nHeadline: {T}\nBy Jane Roe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("check-k3s15b", "headline-label", "ko", "한빛일보\n기사제목 : {T}\n이몽룡 기자\n등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    # a weather or market line above the masthead, then the headline
    ("probe-k3s15b", "ticker-top", "ko", "서울 맑음 3℃ | 코스피 2,480.12 ▲0.5%\n가상일보\n{T}\n홍길동 기자\n"
     "입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k3s15b", "ticker-top", "en", "KOSPI 2,480.12 +0.5% | USD/KRW 1,180.5\nInvented Herald\n{T}\nJohn Doe\n"
     "Jan 2, 2019\n{S}\n{FOOT}"),
    # the section's name printed right under the headline
    ("probe-k3s15b", "section-under", "en", "Harbor Ledger\n{T}\nBusiness\nBy Jane Roe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("check-k3s15b", "section-under", "ko", "한빛일보\n{T}\n산업\n이몽룡 기자\n등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    # --- k3, session 15, round 3 (probe-k3s15c / check-k3s15c): written after the second landing, before its own first
    # run; the check heads are never tuned on. A title bar with the section then the site after dashes:
    ("probe-k3s15c", "section-site-dash", "ko", "{T} - 경제 - 가상일보\n홍길동 기자\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k3s15c", "section-site-dash", "en", "{T} - Business - Invented Herald\nJohn Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # a title bar with the site and the date after it
    ("probe-k3s15c", "site-date-tail", "ko", "{T} | 가상일보 | 2019.01.02\n홍길동 기자\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k3s15c", "site-date-tail", "en", "{T} | Invented Herald | Jan 2, 2019\nJohn Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # the site's name in brackets before a headline printed once
    ("probe-k3s15c", "bracket-site-once", "ko", "[가상일보] {T}\n홍길동 기자\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k3s15c", "bracket-site-once", "ko", "【한빛일보】 {T}\n이몽룡 기자\n등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    # the site's press-shaped name and a colon before the headline
    ("probe-k3s15c", "site-colon", "en", "Harbor Times: {T}\nBy Jane Roe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("check-k3s15c", "site-colon", "en", "Invented Herald: {T}\nJohn Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # a gallery's counter above the headline
    ("probe-k3s15c", "gallery-counter", "ko", "가상일보\n1/5\n{T}\n홍길동 기자\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k3s15c", "gallery-counter", "en", "Invented Herald\nPhoto 1 of 4\n{T}\nJohn Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # --- k3, session 16 (probe-k3s16 / check-k3s16): written at the session's start, before its own first run and
    # before any page was read; the check heads are never tuned on. A print view's bar above the headline:
    ("probe-k3s16", "print-view", "ko", "가상일보\n인쇄하기 닫기\n{T}\n홍길동 기자\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k3s16", "print-view", "en", "Print | Close window\nInvented Herald\n{T}\nJohn Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # a portal's copy: its title bar (the headline, a colon and the portal's name), then the headline printed again
    ("probe-k3s16", "portal-colon-bar", "ko", "{T} : 누리포털 뉴스\n가상일보\n{T}\n홍길동 기자\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k3s16", "portal-colon-bar", "en", "{T} : Harbor Portal News\nInvented Herald\n{T}\nJohn Doe\nJan 2, 2019\n{S}\n"
     "{FOOT}"),
    # the site's name in brackets after a headline printed once
    ("probe-k3s16", "bracket-site-after", "ko", "{T} [가상일보]\n홍길동 기자\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k3s16", "bracket-site-after", "en", "{T} (Invented Herald)\nJohn Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # a reading-progress or listening line above the headline
    ("probe-k3s16", "listen-above", "en", "Harbor Ledger\nListen to this article · 4 min\n{T}\nBy Jane Roe\nJanuary 2, 2019\n"
     "{S}\n{FOOT}"),
    ("check-k3s16", "listen-above", "ko", "한빛일보\n기사 듣기 00:00\n{T}\n이몽룡 기자\n등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    # a column's kicker and the writer's name above the headline
    ("probe-k3s16", "column-kicker", "ko", "가상일보\n[가상칼럼] 홍길동의 산업 읽기\n{T}\n홍길동 논설위원\n입력 2019.01.02 15:20\n"
     "{S}\n{FOOT}"),
    ("check-k3s16", "column-kicker", "en", "Invented Herald\nOPINION | Jane Roe's Industry Notes\n{T}\nJane Roe\n"
     "Jan 2, 2019\n{S}\n{FOOT}"),
    # --- k3, session 16, round 2 (probe-k3s16b / check-k3s16b): written after the first round's rule, before its own
    # first run; the check heads are never tuned on. A CMS title bar: the headline, its section path and the page kind
    # before the site:
    ("probe-k3s16b", "cms-path-kind", "ko", "{T} < 산업 < 기사본문 - 가상일보\n홍길동 기자\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k3s16b", "cms-path-kind", "ko", "{T} < 경제 < 뉴스 - 한빛신문\n이몽룡 기자\n등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    # the site's mobile edition named after the headline
    ("probe-k3s16b", "mobile-site", "ko", "{T} - 가상일보 모바일 사이트\n홍길동 기자\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k3s16b", "mobile-site", "en", "{T} | Invented Herald Mobile\nJohn Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # a double colon before the site
    ("probe-k3s16b", "double-colon", "ko", "{T} :: 가상일보\n홍길동 기자\n입력 2019.01.02 15:20\n{S}\n{FOOT}"),
    ("check-k3s16b", "double-colon", "en", "{T} :: Invented Herald\nJohn Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # the date and the section glued before the headline on its line
    ("probe-k3s16b", "date-section-before", "ko", "가상일보\n2019.01.02 경제 | {T}\n홍길동 기자\n입력 2019.01.02 15:20\n{S}\n"
     "{FOOT}"),
    ("check-k3s16b", "date-section-before", "en", "Invented Herald\nJan 2, 2019 · Business · {T}\nJohn Doe\n{S}\n{FOOT}"),
    # --- k4, session 17 (probe-k4s17 / check-k4s17): English title bars and heads of US regional papers, trade sites
    # and Asian English dailies; written before their first run and before any page was read; check never tuned on.
    # the title bar with an en dash and the site
    ("probe-k4s17", "en-dash-site", "en", "{T} – Harbor Ledger\nBy Jane Roe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("check-k4s17", "en-dash-site", "en", "{T} – The Invented Herald\nThe Invented Herald\n{T}\nBy John Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # the site's slogan after its name in the title bar
    ("probe-k4s17", "site-slogan", "en", "{T} | Harbor Ledger | Local news since 1899\nBy Jane Roe\nJanuary 2, 2019\n{S}\n"
     "{FOOT}"),
    ("check-k4s17", "site-slogan", "en", "{T} - Invented Herald - Breaking News, Sports, Weather\nInvented Herald\n{T}\n"
     "By John Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # the site's domain after the headline
    ("probe-k4s17", "site-domain", "en", "{T} | harborledger.com\nBy Jane Roe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("check-k4s17", "site-domain", "en", "{T} - InventedHerald.com\nBy John Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    # a breadcrumb ending on the headline, then the headline
    ("probe-k4s17", "crumb-title", "en", "Harbor Ledger\nHome » Business » {T}\n{T}\nBy Jane Roe\nJanuary 2, 2019\n{S}\n"
     "{FOOT}"),
    ("check-k4s17", "crumb-title", "en", "Invented Herald\nHome / Economy / {T}\n{T}\nBy John Doe\nJan 2, 2019\n{S}\n"
     "{FOOT}"),
    # the site first, a bar, the headline printed once
    ("probe-k4s17", "site-bar-title", "en", "Harbor Ledger | {T}\nBy Jane Roe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("check-k4s17", "site-bar-title", "ko", "한빛일보 | {T}\n이몽룡 기자\n등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    # a section kicker in capitals right above the headline and a byline with a date under it
    ("probe-k4s17", "kicker-caps", "en", "Harbor Ledger\nSUPPLY CHAIN\n{T}\nJane Roe | Jan 2, 2019\n{S}\n{FOOT}"),
    ("check-k4s17", "kicker-caps", "en", "Invented Herald\nTRADE & POLICY\n{T}\nJohn Doe · Jan 2, 2019\n{S}\n{FOOT}"),
    # --- k4, session 17, round 2 (probe-k4s17b / check-k4s17b): written after the first landing, before its own first
    # run; check never tuned on. A bullet or a slash before the site in the title bar:
    ("probe-k4s17b", "bullet-site", "en", "{T} • Invented Times\nBy Jane Roe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("check-k4s17b", "bullet-site", "en", "{T} · The Invented Post\nBy John Doe\nJan 2, 2019\n{S}\n{FOOT}"),
    ("probe-k4s17b", "slash-site", "en", "{T} / Invented Herald\nBy Jane Roe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("check-k4s17b", "slash-site", "ko", "{T} / 한빛일보\n이몽룡 기자\n등록 2019.01.02 15:20\n{S}\n{FOOT}"),
    # a section alone after the headline in the title bar, no site
    ("probe-k4s17b", "section-only", "en", "{T} | Business\nBy Jane Roe\nJanuary 2, 2019\n{S}\n{FOOT}"),
    ("check-k4s17b", "section-only", "en", "{T} - Opinion\nBy John Doe\nJan 2, 2019\n{S}\n{FOOT}"),
)


def fill(head: str, story: tuple[str, tuple[str, ...], str]) -> str:
    title, paragraphs, foot = story
    return (head.replace("{T}", title).replace("{S}", "\n".join(paragraphs)).replace("{P1}", paragraphs[0])
            .replace("{REST}", "\n".join(paragraphs[1:])).replace("{FOOT}", foot)) + "\n"


@lru_cache(maxsize=8)
def read_head(page: str) -> tuple[str, str]:
    """(title, the body's first characters in the bench's normal form) the parser reads from a made-up page."""
    art = extract_raw(page.encode(), "probe.txt", LANDING, None)[0].article
    if art is None:
        return "", ""
    return norm(art.title), body_head(norm("\n".join(art.paragraphs)))[:BODY_CHARS]


def run(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(right, tried) per set and field ("probe title", "probe body", "check title", "check body")."""
    kinds = ("probe", "check", "probe-k4", "check-k4", "probe-k1", "check-k1", "probe-k3s15", "check-k3s15",
             "probe-k3s15b", "check-k3s15b", "probe-k3s15c", "check-k3s15c", "probe-k3s16", "check-k3s16",
             "probe-k3s16b", "check-k3s16b", "probe-k4s17", "check-k4s17", "probe-k4s17b",
             "check-k4s17b")
    totals: dict[str, list[int]] = {f"{kind} {field}": [0, 0] for kind in kinds for field in ("title", "body")}
    want: dict[str, tuple[str, str]] = {}  # page → (headline, the story's first characters)

    def title_ok(page: str) -> tuple[bool, str]:
        got = read_head(page)[0]
        return got == want[page][0], f"title {got!r}"

    def body_ok(page: str) -> tuple[bool, str]:
        got = read_head(page)[1]
        return got == want[page][1], f"body {got!r}"

    for kind, shape, lang, head in HEADS:
        stories = STORIES[lang]
        pages = [(f"{lang}-story{k + 1}", fill(head, story)) for k, story in enumerate(stories)]
        want.update({fill(head, story): (norm(story[0]), body_head(norm("\n".join(story[1])))[:BODY_CHARS])
                     for story in stories})
        shown = f"{lang} " + head.split("\n{S}")[0].split("\n{P1}")[0].replace("\n", " ⏎ ")[:90]
        score_pages(totals, f"{kind} title", shape, shown, pages, title_ok, verbose)
        score_pages(totals, f"{kind} body", shape, shown, pages, body_ok, verbose)
    return print_totals(totals)


def main(argv: list[str] | None = None) -> int:
    return probe_main(__doc__, run, "what the parser read where a head is wrong", argv)


if __name__ == "__main__":
    raise SystemExit(main())
