"""How the story's end holds on FURNITURE no rule was written from: made-up endings on made-up pages.

    PYTHONPATH=include python bench/realpages/furniture_probe.py [--verbose]

What follows a story on a news page is a closed vocabulary of furniture KINDS that every site prints in some
wording: a copyright notice, the reporter's sign-off card, a tip-off or subscription prompt, share/print/font
widgets, related and popular lists, tags, a comment box, ad markers, previous/next navigation, an image credit,
reading-time and like counters, the site's footer. Each variant below is one kind in one wording, put after (or,
for ad markers, between) the four paragraphs of a made-up story, in a Korean or English page skeleton of the
same form (a text dump, or a reader-mode markdown capture: links ``[text](url)``, images ``![…](…)``); a
``glued`` variant joins its first line to the story's last line, as a capture that runs the next element into
the paragraph does. ``keep`` variants are the other side: a real last paragraph that LOOKS like furniture (a
sentence quoting copyright law, a story about subscriptions, a paragraph mentioning a reporter) and must stay.
Right when the body is exactly the story's paragraphs (and the kept one): the end right, no furniture left.
Printed: per variant, in how many skeletons it is right; per set and per kind, the totals. Every line, name
and story is invented; no page of the corpus is read.

The ``CHECK`` variants were written with the others (k2, session 11), before the probe was first run and before
any rule was measured against it (rounds 2–9's ``check-2``…``check-9``: before their round's first run; round 5 in session 12, rounds 6–7 in session
13, rounds 8–9 in session 14, rounds 10–11 in session 15, rounds 12–17 in session 16, rounds 18–19 in session 17); they are never tuned on: a rule that fixes a ``PROBE`` variant and not its
``CHECK`` sibling fits the probe, not the form. A ``control`` (no furniture) must be right everywhere: it shows
that the skeletons themselves parse.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "include"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import norm  # noqa: E402
from stamp_format_probe import print_totals, probe_main  # noqa: E402

from chainwire.extract.dispatch import extract_raw  # noqa: E402

LANDING = date(2026, 11, 2)

STORY_KO = (
    "한빛 소재기업이 새만금 산업단지에 음극재 공장을 짓는다고 4일 밝혔다.",
    "회사는 내년부터 공장을 지어 2027년까지 모두 2천억 원을 투자하고 직원 190명을 채용할 계획이다.",
    "가상시는 이번 투자로 지역 이차전지 공급망이 한층 두터워질 것으로 기대했다.",
    "회사 관계자는 \"원료 조달부터 생산까지 한곳에서 하는 체계를 갖추겠다\"고 말했다.",
)
STORY_EN = (
    "An invented materials maker said on Tuesday it would build an anode plant in the Saemangeum industrial park.",
    "The company plans to invest 200 billion won by 2027 and hire about 190 workers, it said in a statement.",
    "Officials of the invented city said the plant would deepen the region's battery supply chain.",
    "\"We will handle everything from raw materials to production in one place,\" a company official said.",
)
_HEAD = {
    ("ko", "text"): "한빛일보\n전체메뉴\n한빛 소재기업, 새만금에 음극재 공장 착공\n입력 2025.03.04 15:20 | 수정 2025.03.04 16:05\n"
                    "홍길동 기자\n",
    ("en", "text"): "Harbor Ledger\nMenu\nInvented materials maker breaks ground on anode plant\nBy Jane Roe\n"
                    "March 4, 2025 3:20 PM\n",
    ("ko", "md"): "# 한빛 소재기업, 새만금에 음극재 공장 착공\n\n[한빛일보](https://www.hanbit.example/)\n\n"
                  "입력 2025.03.04 15:20\n\n홍길동 기자\n\n",
    ("en", "md"): "# Invented materials maker breaks ground on anode plant\n\n[Harbor Ledger](https://harborledger.example/)\n\n"
                  "By Jane Roe\n\nPublished March 4, 2025\n\n",
}

# (set, kind, language, form, furniture, kept paragraph): form "text"/"md" puts the furniture under the story in
# that skeleton, "glued" joins its first line to the story's last line (text skeleton), "mid"/"mid-md" puts it
# between the second and third paragraphs, "top" above the first; "any" tries both skeletons of the language
VARIANTS: tuple[tuple[str, str, str, str, str, str | None], ...] = (
    ("control", "control", "ko", "any", "", None),
    ("control", "control", "en", "any", "", None),
    # copyright notices
    ("probe", "copyright", "ko", "any", "ⓒ 한빛일보 무단전재 및 재배포 금지", None),
    ("probe", "copyright", "ko", "any", "<저작권자 © 한빛일보, 무단 전재 및 재배포 금지>", None),
    ("probe", "copyright", "ko", "text", "Copyright © 한빛일보. All rights reserved. 무단 전재, 재배포 및 AI 학습 이용 금지", None),
    ("probe", "copyright", "en", "any", "© 2025 Harbor Ledger. All rights reserved.", None),
    ("probe", "copyright", "en", "text", "Copyright 2025 Harbor Ledger Media Group. This material may not be published, "
     "broadcast, rewritten or redistributed.", None),
    ("probe", "copyright", "ko", "glued", "ⓒ 한빛일보 무단전재 및 재배포 금지", None),
    ("check", "copyright", "ko", "any", "저작권자 ⓒ 한빛일보 (www.hanbit.example) 무단전재·재배포 금지", None),
    ("check", "copyright", "ko", "text", "[ⓒ 한빛일보, 무단 전재 및 재배포, AI 학습 및 활용 금지]", None),
    ("check", "copyright", "en", "any", "Copyright © Harbor Ledger 2025. All Rights Reserved.", None),
    ("check", "copyright", "en", "text", "(c) 2025 Harbor Ledger LLC. All rights reserved. Reproduction without "
     "permission is prohibited.", None),
    ("check", "copyright", "en", "glued", "© 2025 Harbor Ledger. All rights reserved.", None),
    # the reporter's sign-off card
    ("probe", "signoff", "ko", "text", "홍길동 기자 hong@hanbit.example", None),
    ("probe", "signoff", "ko", "text", "홍길동 기자\nhong@hanbit.example\n홍길동 기자의 다른 기사 보기\n기자 구독하기", None),
    ("probe", "signoff", "ko", "any", "한빛일보 홍길동 기자\n구독\n팔로우", None),
    ("probe", "signoff", "en", "text", "By Jane Roe\njane.roe@harborledger.example", None),
    ("probe", "signoff", "en", "text", "Jane Roe\nJane Roe covers energy and industry for the Harbor Ledger.\nFollow", None),
    ("check", "signoff", "ko", "text", "김하늘 기자 sky@hanbit.example\n김하늘 기자의 다른 기사\n구독하기", None),
    ("check", "signoff", "ko", "any", "글·사진=김하늘 기자\n기자 페이지 바로가기", None),
    ("check", "signoff", "en", "text", "Jane Roe, Staff Writer\nMore by Jane Roe", None),
    ("check", "signoff", "en", "any", "Jane Roe\nReporter\njroe@harborledger.example", None),
    # tip-off and subscription prompts
    ("probe", "prompt", "ko", "text", "※ 한빛일보는 여러분의 제보를 기다립니다. 카카오톡 @한빛일보 / 이메일 tip@hanbit.example", None),
    ("probe", "prompt", "ko", "text", "▶ 제보하기: 카카오톡 한빛일보 검색\n▶ 한빛일보 뉴스레터 구독하기", None),
    ("probe", "prompt", "en", "any", "Sign up for our free morning newsletter\nSubscribe", None),
    ("probe", "prompt", "en", "text", "Got a tip? Email us at tips@harborledger.example", None),
    ("check", "prompt", "ko", "text", "[제보] 카카오톡 '한빛일보' 채널 / 전화 02-123-4567 / 이메일 tip@hanbit.example", None),
    ("check", "prompt", "ko", "any", "■ 제보를 기다립니다\n한빛일보 뉴스레터를 구독하시면 매일 아침 주요 소식을 받아보실 수 있습니다.", None),
    ("check", "prompt", "en", "text", "Get the Harbor Ledger's top stories in your inbox every morning. Sign up here.", None),
    ("check", "prompt", "en", "text", "Have a news tip? Contact our newsroom at news@harborledger.example", None),
    ("check", "prompt", "en", "any", "Subscribe to Harbor Ledger for unlimited access", None),
    # share, print and font widgets
    ("probe", "share", "ko", "text", "공유하기\n페이스북\n카카오톡\n링크복사\n인쇄\n스크랩\n글자크기", None),
    ("probe", "share", "ko", "text", "가 가", None),
    ("probe", "share", "en", "text", "Share\nFacebook\nTwitter\nEmail\nPrint", None),
    ("check", "share", "ko", "text", "기사공유\n페이스북 트위터 카카오톡 URL복사\n프린트\n글씨 크기 조절", None),
    ("check", "share", "ko", "text", "가 가 가 가", None),
    ("check", "share", "en", "text", "Share this article\nShare on Facebook Share on X Share via Email\nPrint this page", None),
    ("check", "share", "en", "text", "Text size\nA A A", None),
    # related and popular lists
    ("probe", "related", "ko", "text", "관련기사\n한빛시, 이차전지 특구 지정 추진\n새만금 산단 입주 기업 20곳 넘어", None),
    ("probe", "related", "ko", "text", "많이 본 뉴스\n1\n가상 배우, 새 드라마 주연 확정\n2\n가상구 아파트값 3주째 상승", None),
    ("probe", "related", "ko", "text", "[관련기사]\n▶ 한빛시, 이차전지 특구 지정 추진\n▶ 새만금 산단 입주 기업 20곳 넘어", None),
    ("probe", "related", "en", "text", "Related\nInvented port city bets on battery recycling\nWhy anode makers are heading west",
     None),
    ("probe", "related", "en", "text", "Most Read\n1. Invented mayor unveils housing plan\n2. Storm closes coastal road", None),
    ("probe", "related", "ko", "md", "**관련기사**\n\n[한빛시, 이차전지 특구 지정 추진](https://www.hanbit.example/news/1)\n\n"
     "[새만금 산단 입주 기업 20곳 넘어](https://www.hanbit.example/news/2)", None),
    ("probe", "related", "en", "md", "## Related stories\n\n- [Invented port city bets on battery recycling]"
     "(https://harborledger.example/a/1)\n- [Why anode makers are heading west](https://harborledger.example/a/2)", None),
    ("check", "related", "ko", "text", "이 기사와 함께 많이 본 뉴스\n가상 배우, 새 드라마 주연 확정\n가상구 아파트값 3주째 상승", None),
    ("check", "related", "ko", "text", "[인기기사]\n· 가상 가수 새 앨범 발매\n· 가상 구단 감독 교체", None),
    ("check", "related", "ko", "text", "추천기사\n가상 소재기업 주가 급등\n가상 이차전지 협회 출범", None),
    ("check", "related", "en", "text", "More from Harbor Ledger\nInvented port city bets on battery recycling\n"
     "Why anode makers are heading west", None),
    ("check", "related", "en", "text", "Read more:\nInvented port city bets on battery recycling", None),
    ("check", "related", "en", "text", "Recommended Stories\nStorm closes coastal road\nInvented mayor unveils housing plan",
     None),
    ("check", "related", "ko", "md", "### 많이 본 뉴스\n\n- [가상 배우, 새 드라마 주연 확정](https://www.hanbit.example/news/3)\n"
     "- [가상구 아파트값 3주째 상승](https://www.hanbit.example/news/4)", None),
    ("check", "related", "en", "md", "### Most popular\n\n1. [Invented mayor unveils housing plan](https://harborledger.example/a/3)"
     "\n2. [Storm closes coastal road](https://harborledger.example/a/4)", None),
    # tags
    ("probe", "tags", "ko", "any", "#새만금 #음극재 #이차전지", None),
    ("probe", "tags", "ko", "text", "태그\n#새만금\n#음극재", None),
    ("probe", "tags", "en", "text", "Tags: batteries, Saemangeum, anode", None),
    ("probe", "tags", "en", "md", "Tags: [batteries](https://harborledger.example/tag/batteries) "
     "[anode](https://harborledger.example/tag/anode)", None),
    ("check", "tags", "ko", "text", "키워드 : 새만금, 음극재, 이차전지", None),
    ("check", "tags", "ko", "text", "#새만금  #음극재  #한빛시", None),
    ("check", "tags", "en", "text", "Tags\n#batteries #manufacturing", None),
    ("check", "tags", "ko", "md", "[#새만금](https://www.hanbit.example/tag/1) [#음극재](https://www.hanbit.example/tag/2)", None),
    # comment blocks
    ("probe", "comments", "ko", "text", "댓글 0\n댓글쓰기\n로그인 후 댓글을 작성할 수 있습니다.", None),
    ("probe", "comments", "ko", "text", "0개의 댓글", None),
    ("probe", "comments", "en", "any", "Comments (0)\nLeave a comment", None),
    ("check", "comments", "ko", "text", "댓글 (0)\n첫 번째 댓글을 남겨주세요.", None),
    ("check", "comments", "ko", "text", "전체 댓글 0개\n등록순 최신순", None),
    ("check", "comments", "en", "text", "0 Comments\nBe the first to comment", None),
    ("check", "comments", "en", "any", "Join the discussion\nLog in to comment", None),
    # ad markers between paragraphs
    ("probe", "ad", "ko", "mid", "광고", None),
    ("probe", "ad", "en", "mid", "Advertisement", None),
    ("probe", "ad", "en", "mid-md", "![Advertisement](https://ads.harborledger.example/1.gif)", None),
    ("check", "ad", "ko", "mid", "- 광고 -", None),
    ("check", "ad", "en", "mid", "ADVERTISEMENT\nScroll to continue reading", None),
    ("check", "ad", "ko", "mid", "AD", None),
    # previous / next navigation
    ("probe", "navigation", "ko", "text", "이전기사\n가상시, 새 청사 착공\n다음기사\n가상구 축제 개막\n목록\n맨위로", None),
    ("probe", "navigation", "en", "text", "Previous article\nInvented mayor unveils housing plan\nNext article\n"
     "Storm closes coastal road\nBack to top", None),
    ("check", "navigation", "ko", "text", "◀ 이전 기사 | 다음 기사 ▶\n목록보기\nTOP", None),
    ("check", "navigation", "en", "text", "« Previous Post\nNext Post »\nBack to Top", None),
    # image credits and captions under the story
    ("probe", "credit", "ko", "text", "사진=한빛일보 DB", None),
    ("probe", "credit", "ko", "text", "[사진 제공=가상시]", None),
    ("probe", "credit", "en", "text", "Photo: Harbor Ledger", None),
    ("probe", "credit", "ko", "md", "![공장 조감도](https://img.hanbit.example/2.jpg)\n\n공장 조감도. 사진=가상시 제공", None),
    ("check", "credit", "ko", "text", "(사진=가상시 제공)", None),
    ("check", "credit", "ko", "text", "자료사진=한빛일보", None),
    ("check", "credit", "en", "text", "(Photo by Jane Roe/Harbor Ledger)", None),
    ("check", "credit", "en", "text", "Image: Getty Images", None),
    ("check", "credit", "en", "md", "![The plant's site](https://img.harborledger.example/2.jpg)\n\n"
     "*The plant's site in March. Photo: Invented City*", None),
    # reading-time and like counters
    ("probe", "counter", "ko", "text", "좋아요 0\n슬퍼요 0\n화나요 0", None),
    ("probe", "counter", "en", "text", "5 min read", None),
    ("check", "counter", "ko", "text", "좋아요 12 · 싫어요 0", None),
    ("check", "counter", "en", "text", "3 minute read", None),
    # the site's footer
    ("probe", "footer", "ko", "text", "한빛일보\n주소: 서울특별시 가상구 가상로 12 | 대표전화: 02-123-4567\n"
     "등록번호: 서울 아00000 | 등록일: 2010.01.01 | 발행인·편집인: 김가상\n청소년보호책임자: 박가상", None),
    ("probe", "footer", "en", "text", "Harbor Ledger\n123 Harbor Street, Port Town\n"
     "About Us | Contact | Privacy Policy | Terms of Use", None),
    ("check", "footer", "ko", "text", "(주)한빛일보 | 서울시 가상구 한빛대로 45 | Tel. 02-765-4321 | Fax. 02-765-4322\n"
     "발행·편집인 이가상 | 청소년보호책임자 최가상 | 사업자등록번호 123-45-67890", None),
    ("check", "footer", "en", "text", "About us\nContact us\nPrivacy policy\nTerms and conditions\n© 2025 Harbor Ledger", None),
    # a real last paragraph that looks like furniture: it stays
    ("probe", "keep", "ko", "any", "", "저작권법은 무단 전재와 재배포를 금지하고 있어 업계는 이번 판결이 미칠 영향에 주목하고 있다."),
    ("probe", "keep", "ko", "any", "", "한빛시는 주민들이 카카오톡 채널을 구독하면 공장 건설 소식을 받아볼 수 있도록 할 계획이다."),
    ("probe", "keep", "ko", "any", "", "이 공장은 지난해 한빛일보 기자들이 처음 보도한 투자 계획의 첫 단계다."),
    ("probe", "keep", "ko", "text", "", "광고 업계도 공장 착공에 맞춰 지역 홍보 캠페인을 준비하고 있다."),
    ("probe", "keep", "en", "any", "", "The court said the studio's notice, which read \"all rights reserved,\" did not "
     "cover the fan videos."),
    ("probe", "keep", "en", "any", "", "The company said subscribers to its newsletter would be the first to hear when "
     "the plant opens."),
    ("probe", "keep", "en", "text", "", "A reporter who visited the site on Tuesday saw cranes already at work."),
    ("probe", "keep", "en", "text", "", "Officials said the hashtag #SaveTheBay had been shared more than 10,000 times."),
    ("check", "keep", "ko", "any", "", "재판부는 \"무단 전재 및 재배포 금지 조항을 어긴 책임이 있다\"고 판단했다."),
    ("check", "keep", "ko", "any", "", "회사는 뉴스레터 구독자 10만 명을 넘긴 뒤 유료 구독 서비스도 내놓을 예정이다."),
    ("check", "keep", "ko", "any", "", "현장을 찾은 기자에게 한 직원은 \"공장이 서면 고향으로 돌아올 생각\"이라고 말했다."),
    ("check", "keep", "ko", "text", "", "사진 작가들도 공장 부지를 기록하기 위해 현장을 찾았다."),
    ("check", "keep", "en", "any", "", "Under the act, copyright holders keep all rights reserved to them for 70 years "
     "after the author's death, the ministry said."),
    ("check", "keep", "en", "any", "", "Readers can sign up for the city's newsletter to follow the construction, "
     "officials said."),
    ("check", "keep", "en", "text", "", "Related talks with two other cities are expected to start next month."),
    ("check", "keep", "en", "text", "", "Comments from residents will be collected until the end of the month, the city said."),
    # Round 2 (k2, session 11, written after round 1's rules and before round 2's first run): more wordings of the
    # kinds — wire and blog sign-offs, notices of where a story first ran or who funded it, channel prompts, a
    # blog's post footer, reaction bars, app prompts — in sets "probe-2" (tuned on) and "check-2" (never)
    ("probe-2", "signoff", "ko", "text", "/홍길동 기자 hong@hanbit.example", None),
    ("probe-2", "signoff", "ko", "text", "홍길동 기자(hong@hanbit.example)", None),
    ("probe-2", "signoff", "en", "text", "Reporting by Jane Roe; Editing by John Doe", None),
    ("probe-2", "signoff", "en", "text", "Write to Jane Roe at jane.roe@harborledger.example", None),
    ("check-2", "signoff", "ko", "text", "글·사진 김하늘 기자 sky@hanbit.example", None),
    ("check-2", "signoff", "ko", "text", "[한빛일보] 김하늘 기자", None),
    ("check-2", "signoff", "en", "text", "Additional reporting by John Doe in Busan; Editing by Mary Major", None),
    ("check-2", "signoff", "en", "text", "Contact the reporter: jroe@harborledger.example", None),
    ("probe-2", "notice", "ko", "text", "<이 기사는 가상재단의 지원을 받아 작성됐습니다>", None),
    ("probe-2", "notice", "ko", "text", "※ 이 기사는 한빛일보 유료 구독 서비스에 먼저 게재됐습니다.", None),
    ("probe-2", "notice", "en", "text", "This story was originally published by the Harbor Ledger.", None),
    ("probe-2", "notice", "en", "text", "This article first appeared on Invented Wire and is republished here with permission.",
     None),
    ("check-2", "notice", "ko", "text", "[본 기사는 가상진흥원의 지원으로 제작되었습니다]", None),
    ("check-2", "notice", "en", "text", "This story was first published by Invented Wire and is republished under a "
     "Creative Commons license.", None),
    ("check-2", "notice", "en", "text", "Our Standards: The Harbor Ledger Trust Principles.", None),
    ("probe-2", "prompt", "ko", "text", "네이버에서 한빛일보를 구독하세요\n한빛일보 앱 설치하기", None),
    ("probe-2", "prompt", "ko", "text", "▷ 전화 02-123-4567 ▷ 이메일 tip@hanbit.example ▷ 카카오톡 @한빛일보", None),
    ("probe-2", "prompt", "en", "text", "Follow Harbor Ledger on X and Facebook", None),
    ("check-2", "prompt", "ko", "text", "기사제보 및 보도자료 news@hanbit.example", None),
    ("check-2", "prompt", "ko", "text", "카카오톡 채널 추가하고 한빛일보 소식 받기", None),
    ("check-2", "prompt", "en", "text", "Download the Harbor Ledger app", None),
    ("probe-2", "blog", "en", "text", "Share this:\nFacebook\nX\nLike this:\nLike Loading...", None),
    ("probe-2", "blog", "en", "text", "Posted in Business | Tagged batteries, anode | Leave a comment", None),
    ("probe-2", "blog", "en", "text", "Filed Under: Business, Energy", None),
    ("check-2", "blog", "en", "text", "Categories: Business, Energy\nTags: anode, batteries", None),
    ("check-2", "blog", "en", "text", "Filed under: Energy\nShare this:\nEmail\nPrint", None),
    ("probe-2", "reactions", "ko", "text", "좋아요 0 훈훈해요 0 슬퍼요 0 화나요 0 후속요청 0", None),
    ("probe-2", "reactions", "en", "text", "Was this article helpful?\nYes\nNo", None),
    ("check-2", "reactions", "ko", "text", "추천 0 비추천 0", None),
    ("check-2", "reactions", "en", "text", "Did you find this article useful?\nYes No", None),
    ("probe-2", "related", "ko", "text", "오늘의 주요뉴스\n가상시, 새 청사 착공\n가상구 축제 개막", None),
    ("probe-2", "related", "en", "text", "You might also like\nStorm closes coastal road\nInvented mayor unveils housing plan", None),
    ("check-2", "related", "ko", "text", "함께 보면 좋은 기사\n가상시, 새 청사 착공\n가상구 축제 개막", None),
    ("check-2", "related", "en", "text", "More stories\nStorm closes coastal road\nInvented mayor unveils housing plan", None),
    ("probe-2", "keep", "ko", "text", "", "가상재단의 지원을 받아 작성된 이 보고서는 내년 초 공개될 예정이다."),
    ("probe-2", "keep", "en", "text", "", "The report was originally published by the ministry in 2019, officials said."),
    ("check-2", "keep", "ko", "text", "", "주민들은 \"좋아요를 누르는 것만으로는 부족하다\"며 서명 운동에 나섰다."),
    ("check-2", "keep", "en", "text", "", "Residents were asked whether the plan was helpful, and most said yes."),
    # Round 3 (k2, session 11, written before round 3's first run): a related box put BETWEEN the story's paragraphs
    # (its heading, its headlines, the story going on under it), and the story's own subheadings there, which stay
    # ("mid-keep": the line must come out between the second and third paragraphs)
    ("probe-3", "related-mid", "en", "mid", "Most Read from Harbor Ledger\nStorm closes coastal road\n"
     "Invented mayor unveils housing plan\nWhy anode makers are heading west", None),
    ("probe-3", "related-mid", "en", "mid", "Read also: Invented port city bets on battery recycling", None),
    ("probe-3", "related-mid", "ko", "mid", "[함께 읽기] 한빛시, 이차전지 특구 지정 추진", None),
    ("probe-3", "related-mid", "ko", "mid", "관련기사\n한빛시, 이차전지 특구 지정 추진\n새만금 산단 입주 기업 20곳 넘어", None),
    ("probe-3", "related-mid", "en", "mid-md", "**Read more:** [Invented port city bets on battery recycling]"
     "(https://harborledger.example/a/1)", None),
    ("probe-3", "related-mid", "ko", "mid", "▶ 관련기사: 한빛시, 이차전지 특구 지정 추진", None),
    ("check-3", "related-mid", "en", "mid", "More from Harbor Ledger\nStorm closes coastal road\nInvented mayor unveils housing plan",
     None),
    ("check-3", "related-mid", "en", "mid", "READ MORE: Storm closes coastal road", None),
    ("check-3", "related-mid", "ko", "mid", "[관련기사] 새만금 산단 입주 기업 20곳 넘어", None),
    ("check-3", "related-mid", "ko", "mid", "함께 보면 좋은 뉴스\n가상 배우, 새 드라마 주연 확정\n가상구 아파트값 3주째 상승", None),
    ("check-3", "related-mid", "en", "mid", "Also read: Why anode makers are heading west", None),
    ("check-3", "related-mid", "ko", "mid-md", "[▶ 한빛시, 이차전지 특구 지정 추진](https://www.hanbit.example/news/1)", None),
    ("probe-3", "keep-mid", "en", "mid-keep", "The plant and the region's battery supply chain", None),
    ("probe-3", "keep-mid", "ko", "mid-keep", "이차전지 공급망 효과", None),
    ("check-3", "keep-mid", "en", "mid-keep", "Where the company's investment goes", None),
    ("check-3", "keep-mid", "ko", "mid-keep", "공장 투자 계획과 채용", None),
    # Round 4 (k2, session 11, written before round 4's first run): donation and membership prompts, a gallery's
    # image counter, a share widget's toast and labels — and last paragraphs of those words that stay
    ("probe-4", "support", "ko", "text", "기사가 유익하셨나요? 독자 후원으로 한빛일보를 응원해 주세요\n후원하기", None),
    ("probe-4", "support", "en", "text", "Support independent journalism\nDonate", None),
    ("probe-4", "support", "en", "text", "Become a member\nJoin Harbor Ledger today and get unlimited access.", None),
    ("check-4", "support", "ko", "text", "한빛일보를 후원해 주세요\n정기후원 일시후원", None),
    ("check-4", "support", "en", "text", "Support our work\nMake a contribution", None),
    ("probe-4", "gallery", "ko", "text", "사진 1 / 5", None),
    ("probe-4", "gallery", "en", "text", "1 of 5", None),
    ("check-4", "gallery", "en", "text", "Image 2 of 6", None),
    ("check-4", "gallery", "ko", "text", "1/5", None),
    ("probe-4", "toast", "ko", "text", "기사 URL이 복사되었습니다.\n이메일 보내기", None),
    ("probe-4", "toast", "en", "text", "Link copied to clipboard\nPrint this article", None),
    ("check-4", "toast", "ko", "text", "주소가 복사되었습니다.\n프린트하기", None),
    ("check-4", "toast", "en", "text", "Copied!\nEmail this story", None),
    ("probe-4", "keep", "ko", "text", "", "시민단체는 독자 후원으로 운영되는 지역 언론을 응원해 달라고 호소했다."),
    ("probe-4", "keep", "en", "text", "", "The union urged members to donate to a fund for the laid-off workers, it said."),
    ("check-4", "keep", "ko", "text", "", "회사는 주소가 복사된 가짜 고지서를 받았다면 신고해 달라고 당부했다."),
    ("check-4", "keep", "en", "text", "", "Visitors can print this year's festival map at the library, organisers said."),
    # Round 5 (k2, session 12, written before round 5's first run, from the kinds of the development misses): a
    # story's sentence about a newsletter that stays; a newsletter box between the paragraphs; a question to the
    # reader with a call to write in; a share or sources heading with the list under it; a sign-off whose e-mail
    # the capture cut; an image's markup tail the capture left alone on a line
    ("probe-5", "keep", "ko", "any", "", "이 단체는 뉴스레터를 구독하는 회원이 지난해 두 배로 늘었다고 설명했다."),
    ("probe-5", "keep", "en", "any", "", "Analysts said the bank's newsletter, which traders subscribe to for free, "
     "often moved prices."),
    ("probe-5", "keep", "en", "text", "", "\"Scam messages now reach your inbox faster than filters can learn them,\" "
     "the agency said."),
    ("check-5", "keep", "ko", "any", "", "시청은 뉴스레터 신청을 받아 공사 일정을 주민들에게 알리기로 했다."),
    ("check-5", "keep", "en", "any", "", "Residents who sign up for the district newsletter will get alerts when the road "
     "reopens."),
    ("check-5", "keep", "en", "text", "", "More than 40,000 people subscribe to the council's weekly newsletter, according "
     "to its annual report."),
    ("probe-5", "newsletter", "en", "mid", "The Morning Brief in your inbox\nOur editors' picks, delivered to your inbox "
     "every weekday.", None),
    ("check-5", "newsletter", "en", "mid", "Get the Daily Dispatch\nThe day's top stories, straight to your inbox.", None),
    ("check-5", "newsletter", "en", "text", "Never miss a story: Harbor Ledger's briefing lands in your inbox at 7am.", None),
    ("probe-5", "ask", "en", "mid", "Spotted an error? Let us know.", None),
    ("probe-5", "ask", "en", "text", "Got a story idea? Contact our newsroom.", None),
    ("probe-5", "ask", "ko", "text", "기사에 잘못된 내용이 있나요? 알려주세요", None),
    ("check-5", "ask", "en", "mid", "Notice a typo? Email us.", None),
    ("check-5", "ask", "en", "text", "Have a question about this story? Write to us.", None),
    ("check-5", "ask", "ko", "text", "궁금한 점이 있으신가요? 문의해 주세요.", None),
    ("probe-5", "end-head", "en", "text", "Share post:\nStorm closes coastal road\nInvented mayor unveils housing plan", None),
    ("probe-5", "end-head", "en", "text", "References:\nInvented Wire: Invented port city bets on battery recycling", None),
    ("check-5", "end-head", "en", "text", "Share article:\nWhy anode makers are heading west", None),
    ("check-5", "end-head", "en", "text", "Source(s):\nInvented Ministry of Energy, anode supply report", None),
    ("probe-5", "signoff", "ko", "text", "홍길동 기자 hong@", None),
    ("check-5", "signoff", "ko", "text", "김하늘 기자 sky@hanb", None),
    ("probe-5", "md-tail", "ko", "text", ".png)", None),
    ("check-5", "md-tail", "en", "text", "plant-site.jpg)", None),
    # Round 6 (k2, session 13, written before round 6's first run and before the corpus was read this session): a
    # picture's caption closed by a bar and its credit (``caption | Credit``) between the paragraphs or above the
    # first one ("top"); another story's headline in Title Case with a colon, or a run of headlines, alone between
    # the paragraphs; a video or photo pointer's capitals label (``WATCH:``); a paywall's or an advert's line inside
    # the story; a notice that a machine helped write or translate it; a writer's card in sentences under it; a
    # trending list's head; and the story's own short subheadings with a colon, which stay
    ("probe-6", "caption-bar", "en", "mid", "Cranes stand over the plant site in March. | Invented City", None),
    ("probe-6", "caption-bar", "ko", "mid", "새만금 음극재 공장 부지 전경 | 가상시 제공", None),
    ("probe-6", "caption-bar", "en", "top", "The plant's site seen from above | Jane Roe/Harbor Ledger", None),
    ("check-6", "caption-bar", "en", "mid", "An invented worker checks a battery cell line | Courtesy of Invented Materials", None),
    ("check-6", "caption-bar", "ko", "mid", "가상시 산업단지 입구 모습 | 한빛일보 DB", None),
    ("check-6", "caption-bar", "en", "top", "Workers at the groundbreaking ceremony on Tuesday. | Photo: Invented City", None),
    ("probe-6", "headline-mid", "en", "mid", "Invented Port City Votes to Fund a Battery Recycling Hub Despite Objections: "
     "Council Report", None),
    ("probe-6", "headline-mid", "en", "mid", "Storm closes coastal road\nInvented mayor unveils housing plan\n"
     "Why anode makers are heading west\nPort town bets on recycling", None),
    ("check-6", "headline-mid", "en", "mid", "Coastal Road Closed for the Third Time This Month as Residents Demand a "
     "Lasting Fix: Officials", None),
    ("check-6", "headline-mid", "en", "mid", "Invented mayor unveils housing plan\nStorm closes coastal road\n"
     "Port town bets on recycling", None),
    ("probe-6", "keep-mid", "en", "mid-keep", "Jobs: What the Plant Means for the Region", None),
    ("check-6", "keep-mid", "en", "mid-keep", "Supply Chain: Where the Raw Materials Come From", None),
    ("probe-6", "media-pointer", "en", "mid", "WATCH: Invented mayor tours the anode plant site", None),
    ("probe-6", "media-pointer", "ko", "mid", "▶ 관련 영상 보기", None),
    ("check-6", "media-pointer", "en", "mid", "VIDEO: Storm closes coastal road", None),
    ("check-6", "media-pointer", "ko", "mid", "☞ 영상으로 보기", None),
    ("probe-6", "paywall", "en", "mid", "Story continues below advertisement", None),
    ("probe-6", "paywall", "en", "mid", "Already a subscriber? Log in to keep reading.", None),
    ("check-6", "paywall", "en", "mid", "Article continues after this advertisement", None),
    ("check-6", "paywall", "en", "mid", "Already have an account? Sign in to continue reading.", None),
    ("probe-6", "ai-notice", "en", "text", "This article was produced with the help of AI tools and reviewed by our editors.",
     None),
    ("probe-6", "ai-notice", "ko", "text", "이 기사는 AI 번역을 거쳐 작성됐습니다.", None),
    ("check-6", "ai-notice", "en", "text", "This story was translated by an AI tool and edited by Harbor Ledger staff.", None),
    ("check-6", "ai-notice", "ko", "text", "이 기사는 인공지능(AI) 기술을 활용해 작성되었습니다.", None),
    ("probe-6", "bio", "en", "text", "Jane Roe is a reporter at the Harbor Ledger. Reach her at jroe@harborledger.example.",
     None),
    ("check-6", "bio", "en", "text", "Jane Roe writes about energy and industry. Contact her at jroe@harborledger.example.",
     None),
    ("probe-6", "related", "en", "text", "Trending Now\nStorm closes coastal road\nInvented mayor unveils housing plan", None),
    ("probe-6", "related", "ko", "text", "실시간 인기기사\n가상 배우, 새 드라마 주연 확정\n가상구 아파트값 3주째 상승", None),
    ("check-6", "related", "en", "text", "Top Stories\nStorm closes coastal road\nWhy anode makers are heading west", None),
    ("check-6", "related", "ko", "text", "최신기사\n가상시, 새 청사 착공\n가상구 축제 개막", None),
    ("probe-6", "keep", "en", "text", "", "The banner over the gate read \"Jobs | Growth | Future\" as the mayor spoke, "
     "officials said."),
    ("check-6", "keep", "ko", "text", "", "공장 입구에는 '일자리 | 성장 | 미래'라고 적힌 현수막이 걸렸다."),
    # Round 7 (k2, session 13, written after the rules taken from the study half's misses and before this round's first
    # run, in other words than those pages': the CHECK variants say whether those rules hold beyond their pages): an
    # archive picture's credit closing its caption, a credit's label and a dash alone on a line, a list's heading cut
    # under the story, a machine-written block's notice, a subscription offer's box, the post navigation, a capitals
    # line with a colon between the paragraphs (no lead); and story lines of those words that stay
    ("probe-7", "file-credit", "en", "mid", "Dockworkers unload coils at the port in 2021. [File photo: Invented Wire]", None),
    ("check-7", "file-credit", "en", "mid", "The plant's main gate, archive image/ Jane Roe.", None),
    ("check-7", "file-credit", "en", "mid", "A battery line in an invented factory (Stock photo by Invented Images)", None),
    ("probe-7", "credit-line", "en", "text", "Image Credit – invented-images.example", None),
    ("check-7", "credit-line", "en", "text", "Featured image: Invented City Council", None),
    ("check-7", "credit-line", "en", "text", "Photo credit - Jane Roe", None),
    ("probe-7", "cut-heading", "en", "text", "In other news:", None),
    ("check-7", "cut-heading", "en", "text", "Across the region:", None),
    ("check-7", "cut-heading", "en", "text", "More on batteries:", None),
    ("probe-7", "ai-block", "en", "text", "AI-generated summary of reader perspectives. Not reviewed by our editors.\n"
     "Supporters say the plant brings jobs.", None),
    ("check-7", "ai-block", "en", "text", "AI-generated insights\nThe plant may lift local suppliers.", None),
    ("probe-7", "offer", "en", "mid", "Try Ledger Plus for just $1\n- Unlimited articles for a month\n"
     "- Cancel anytime\nOr continue reading this article for free", None),
    ("check-7", "offer", "en", "mid", "Unlock unlimited access\n- Every story, every device\n- Only $2 a month\n"
     "Subscribe now", None),
    ("check-7", "offer", "en", "text", "Start your free trial\n- Full digital access\n- Newsletters and podcasts\n"
     "Already a subscriber? Sign in", None),
    ("probe-7", "navigation", "en", "text", "Previous article\nStorm closes coastal road\nNext article\n"
     "Invented mayor unveils housing plan", None),
    ("probe-7", "navigation", "ko", "text", "이전기사\n가상시, 새 청사 착공\n다음기사\n가상구 축제 개막", None),
    ("check-7", "navigation", "en", "text", "Previous Post\nWhy anode makers are heading west\nNext Post\n"
     "Port town bets on recycling", None),
    ("check-7", "navigation", "ko", "text", "이전 기사\n가상 배우, 새 드라마 주연 확정\n다음 기사\n가상구 아파트값 3주째 상승",
     None),
    ("probe-7", "caps-pointer", "en", "mid", "RELATED COVERAGE: INVENTED PORT CITY BETS ON BATTERY RECYCLING", None),
    ("check-7", "caps-pointer", "en", "mid", "TRENDING: WHY ANODE MAKERS ARE HEADING WEST", None),
    ("probe-7", "keep", "en", "text", "", "Premium gasoline prices rose 4% last month, while subscriptions to car-sharing "
     "services fell, the agency said."),
    ("check-7", "keep", "en", "text", "", "The archive photo, taken in 1998, shows the same gate before the first plant "
     "was built."),
    ("check-7", "keep", "en", "any", "", "Officials said the next article of the agreement covers water use."),
    # round 8 (k2, session 14), written with its CHECK siblings before its first run: copyright notices in forms round 1
    # lacks (no mark, the notice on the line after the mark, a sentence naming the rights' owner, "by", "(C)", the
    # brand before the mark), and story sentences about copyright that stay
    ("probe-8", "notice-only", "ko", "any", "한빛일보 무단전재 및 재배포 금지", None),
    ("check-8", "notice-only", "ko", "any", "[한빛일보 무단 전재-재배포, AI 학습 이용 금지]", None),
    ("check-8", "notice-only", "ko", "text", "<무단전재 및 재배포 금지 / 한빛일보>", None),
    ("probe-8", "mark-then-notice", "ko", "text", "ⓒ 한빛일보\n무단전재 및 재배포 금지", None),
    ("check-8", "mark-then-notice", "en", "text", "© 2025 Harbor Ledger\nAll rights reserved.", None),
    ("check-8", "mark-then-notice", "ko", "text", "ⓒ 한빛일보\n본 기사의 무단 전재 및 재배포를 금합니다.", None),
    ("probe-8", "rights-sentence", "ko", "any", "이 기사의 저작권은 한빛일보에 있습니다.", None),
    ("check-8", "rights-sentence", "ko", "any", "본 콘텐츠의 저작권은 한빛일보에 있으며, 무단 복제·배포를 금합니다.", None),
    ("probe-8", "footer-3", "en", "any", "Copyright © 2025 by Harbor Ledger. All rights reserved.", None),
    ("check-8", "footer-3", "en", "text", "(c) Harbor Ledger 2025", None),
    ("check-8", "footer-3", "en", "any", "Harbor Ledger © 2025", None),
    ("check-8", "footer-3", "en", "text", "All rights reserved by Harbor Ledger.", None),
    ("probe-8", "keep", "ko", "text", "", "법원은 해당 사진의 저작권은 촬영한 작가에게 있다고 판단했다."),
    ("check-8", "keep", "ko", "text", "", "협회는 무단 전재와 재배포를 막기 위한 기술을 도입하겠다고 밝혔다."),
    ("check-8", "keep", "en", "text", "", "The court ruled that all rights to the photograph were reserved by its author."),
    # round 9 (k2, session 14), written with its CHECK siblings after reading the study half's misses (another story's
    # headline between the paragraphs, its source after a colon) and before its first run; the story's own subheadings stay
    ("probe-9", "headline-attrib", "en", "mid", "Invented Battery Maker Will Double Output Within Two Years: Chairman", None),
    ("check-9", "headline-attrib", "en", "mid", "Port Authority Expects Record Container Volumes as the Plant Opens: Officials",
     None),
    ("check-9", "headline-attrib", "en", "mid", "Anode Prices Could Fall Further Once the New Lines Start Up: Analysts Say",
     None),
    ("probe-9", "keep-mid", "en", "mid-keep", "Looking Ahead: Next Steps", None),
    ("check-9", "keep-mid", "en", "mid-keep", "What the Investment Means for the Region's Suppliers: The Road Ahead", None),
    ("check-9", "keep-mid", "en", "mid-keep", "Why It Matters: What Comes Next", None),
    # Round 10 (k1, session 15, written after reading the study half's misses and before this round's first run and
    # any rule): another story's headline or a promotion printed in capitals between an English story's paragraphs;
    # the story's own short subheadings in capitals stay
    ("probe-10", "caps-headline", "en", "mid", "INVENTED PORT CITY BETS BIG ON BATTERY RECYCLING AS DEMAND GROWS", None),
    ("probe-10", "caps-headline", "en", "mid", "DOWNLOAD THE HARBOR LEDGER APP FOR THE LATEST NEWS", None),
    ("check-10", "caps-headline", "en", "mid", "STORM CLOSES COASTAL ROAD FOR THE THIRD TIME THIS MONTH", None),
    ("check-10", "caps-headline", "en", "mid", "READ HARBOR LEDGER ON YOUR PHONE BY CLICKING HERE", None),
    ("check-10", "caps-headline", "en", "mid-md", "EXCLUSIVE: WHY ANODE MAKERS ARE HEADING WEST", None),
    ("probe-10", "keep-mid", "en", "mid-keep", "WHAT COMES NEXT", None),
    ("check-10", "keep-mid", "en", "mid-keep", "THE ROAD AHEAD FOR SUPPLIERS", None),
    ("check-10", "keep-mid", "en", "mid-keep", "JOBS AND WAGES", None),
    # Round 11 (k1, session 15, written after reading the study half of the pages added this session and before this
    # round's first run and any rule): another story pointed at by a bare "Read:" label between the paragraphs
    ("probe-11", "read-pointer", "en", "mid", "Read: Invented Port City Bets on Battery Recycling", None),
    ("check-11", "read-pointer", "en", "mid", "READ: Storm Closes Coastal Road for the Third Time", None),
    ("check-11", "read-pointer", "en", "mid-md", "**Read:** [Why anode makers are heading west](https://harborledger.example/a/2)",
     None),
    # Round 12 (k3, session 16, written at the session's start before its first run and before any page was read):
    # each kind of furniture in wordings rounds 1-11 lack — a font-size bar, share bars with counts, a reporter's
    # card with a picture or an "about the author" box, a subscription box, sponsored and promoted blocks, ranked
    # most-read lists, keyword lines, a reproduction notice without a mark — and story sentences of those words that stay
    ("probe-12", "font-bar", "ko", "text", "글자크기 작게 보통 크게", None),
    ("check-12", "font-bar", "ko", "text", "본문 글자 크기\n작게\n크게", None),
    ("check-12", "font-bar", "en", "text", "Font size: Small Medium Large", None),
    ("probe-12", "share-counts", "en", "text", "Share 12\nTweet\nPin 3\nEmail", None),
    ("check-12", "share-counts", "ko", "text", "공유 15 | 스크랩 2 | 인쇄", None),
    ("probe-12", "reporter-card", "ko", "md", "![홍길동 기자](https://img.hanbit.example/reporter/1.jpg)\n\n홍길동 기자\n\n"
     "산업부 | hong@hanbit.example", None),
    ("check-12", "reporter-card", "en", "text", "About the author\nJane Roe is the Ledger's energy reporter.\nView all posts",
     None),
    ("check-12", "reporter-card", "ko", "text", "김하늘 기자\n경제부 산업팀\n기자의 다른 기사 더보기", None),
    ("probe-12", "subscribe-box", "ko", "text", "한빛일보 구독하고 매일 아침 경제 뉴스 받기\n구독하기", None),
    ("check-12", "subscribe-box", "ko", "text", "지금 무료로 구독하세요\n이메일 주소 입력\n신청", None),
    ("check-12", "subscribe-box", "en", "text", "Enjoying this story? Subscribe for $1 a week\nSubscribe now", None),
    ("probe-12", "sponsored", "en", "text", "Sponsored\nInvented Bank: open an account in five minutes", None),
    ("check-12", "sponsored", "en", "text", "Promoted Content\nThe one gadget every traveller needs", None),
    ("check-12", "sponsored", "ko", "text", "[AD] 가상은행 적금 연 5% 특판\n[AD] 가상보험 다이렉트 가입", None),
    ("probe-12", "ranked", "ko", "text", "가장 많이 본 기사\n1 가상 배우, 새 드라마 주연 확정\n2 가상구 아파트값 3주째 상승", None),
    ("check-12", "ranked", "en", "text", "Most Viewed\n01 Storm closes coastal road\n02 Invented mayor unveils housing plan", None),
    ("check-12", "ranked", "ko", "text", "주간 인기기사\n① 가상시, 새 청사 착공\n② 가상구 축제 개막", None),
    ("probe-12", "keywords", "ko", "text", "관련키워드 #새만금 #음극재", None),
    ("check-12", "keywords", "en", "text", "Topics: Batteries · Manufacturing · Korea", None),
    ("check-12", "keywords", "ko", "text", "#새만금#음극재#이차전지", None),
    ("probe-12", "no-mark-notice", "ko", "text", "한빛일보의 허락 없이 기사를 전재·복사·배포할 수 없습니다.", None),
    ("check-12", "no-mark-notice", "en", "text", "No part of this article may be reproduced without the written permission of "
     "Harbor Ledger.", None),
    ("probe-12", "keep", "ko", "text", "", "주민들은 해시태그를 달아 공장 유치를 반기는 글을 올렸다."),
    ("check-12", "keep", "en", "text", "", "Tags on the recalled packs show they were made in 2021, the agency said."),
    ("check-12", "keep", "ko", "text", "", "회사는 구독형 배터리 교체 서비스도 내년에 내놓을 계획이다."),
    # Round 13 (k3, session 16, written after reading the study half's misses, before this round's first run and any
    # rule): a related label in title case pointing at another story (under the story or between its paragraphs); a
    # labelled line of the story's own that stays
    ("probe-13", "title-case-pointer", "en", "text", "Also Read: Invented Port City Bets on Battery Recycling", None),
    ("check-13", "title-case-pointer", "en", "text", "Read More: Storm Closes Coastal Road for the Third Time", None),
    ("check-13", "title-case-pointer", "en", "mid", "See Also: Why Anode Makers Are Heading West", None),
    ("check-13", "title-case-pointer", "en", "mid", "Read Also: Invented Mayor Unveils Housing Plan", None),
    ("check-13", "keep", "en", "text", "", "Related: The council also approved a new bus depot on Tuesday."),
    # Round 14 (k3, session 16, written after reading the study half of k4's new outlets and before this round's first
    # run and any rule): an investment site's disclosure note under the story; a "you might also like" box in capitals
    # or title case between the paragraphs; story sentences of those words that stay
    ("probe-14", "disclosure", "en", "text", "Information for this story was found via Invented Wire and the companies "
     "mentioned. The author has no holdings in the companies discussed. Not investment advice.", None),
    ("check-14", "disclosure", "en", "text", "This article is for informational purposes only and is not financial advice. "
     "The writer owns no shares in any company named.", None),
    ("check-14", "disclosure", "en", "text", "Disclosure: The author holds no position in the stocks mentioned above.", None),
    ("probe-14", "also-like", "en", "mid", "YOU MIGHT ALSO LIKE\nInvented port city bets on recycling", None),
    ("check-14", "also-like", "en", "mid", "You Might Also Enjoy\nWhy anode makers are heading west", None),
    ("check-14", "also-like", "en", "mid", "RECOMMENDED FOR YOU\nStorm closes coastal road", None),
    ("check-14", "keep", "en", "text", "", "Analysts said the note was not a recommendation to buy the shares, according "
     "to the filing."),
    ("check-14", "keep", "en", "text", "", "Investors who might also like the plan include two pension funds, the report "
     "said."),
    # Round 15 (k3, session 16, written before its first run and before any rule for it, from no page: the furniture a
    # Korean or English CMS prints under every story, in wordings rounds 1-14 lack): a share bar that "sends" the story
    # to each network, a portal subscription prompt, a reporter's "more articles" link with its count, a tip-off box
    # addressed to the readers, a related-topics or "more in" heading, a follow-on-news-aggregator prompt, a print and
    # close pair, a comment count with its sort buttons; and story sentences of those words that stay
    ("probe-15", "send-bar", "ko", "text", "페이스북(으)로 기사보내기\n트위터(으)로 기사보내기\nURL복사(으)로 기사보내기", None),
    ("check-15", "send-bar", "ko", "text", "카카오톡으로 기사 보내기\n이메일로 기사 보내기\n다른 공유 찾기", None),
    ("check-15", "send-bar", "en", "text", "Send this story by email\nSend to a friend", None),
    ("probe-15", "portal-prompt", "ko", "text", "네이버 메인에서 한빛일보를 받아보세요", None),
    ("check-15", "portal-prompt", "ko", "text", "다음에서 한빛일보 채널을 추가하고 소식을 받아보세요", None),
    ("check-15", "portal-prompt", "en", "text", "Add Harbor Ledger as a preferred source on Google", None),
    ("probe-15", "more-by", "ko", "text", "홍길동 기자의 기사 더보기 (125)", None),
    ("check-15", "more-by", "ko", "text", "김하늘 기자 다른기사 보기", None),
    ("check-15", "more-by", "en", "text", "More articles by Jane Roe (42)", None),
    ("probe-15", "tip-box", "ko", "text", "독자 여러분의 소중한 제보를 기다립니다.", None),
    ("check-15", "tip-box", "ko", "text", "여러분의 제보가 뉴스가 됩니다.", None),
    ("check-15", "tip-box", "en", "text", "We want to hear from you. Send us your story ideas.", None),
    ("probe-15", "topics-head", "en", "text", "Related Topics\nBatteries\nManufacturing", None),
    ("check-15", "topics-head", "en", "text", "More in Business\nStorm closes coastal road\nInvented mayor unveils housing plan", None),
    ("check-15", "topics-head", "ko", "text", "이 기사의 관련 주제\n이차전지\n새만금", None),
    ("probe-15", "print-close", "ko", "text", "인쇄하기 닫기", None),
    ("check-15", "print-close", "en", "text", "Print | Close", None),
    ("probe-15", "comment-sort", "ko", "text", "댓글 0\n최신순 추천순 답글순", None),
    ("check-15", "comment-sort", "en", "text", "0 Comments\nNewest | Oldest | Most voted", None),
    ("probe-15", "keep", "ko", "text", "", "시는 주민 제보를 바탕으로 공장 주변 도로의 안전 점검을 벌이기로 했다."),
    ("check-15", "keep", "ko", "text", "", "회사는 완성된 음극재를 페이스북 광고로 홍보하는 대신 고객사에 직접 보내기로 했다."),
    ("check-15", "keep", "en", "text", "", "Readers sent more than 300 story ideas to the council in a week, it said."),
    # Round 16 (k3, session 16, written before its first run and before any rule for it, from no page: what blog and
    # small-site themes print under a post): the comment form's notice and buttons, the theme's "discover more" and
    # subscription form, the author box's link to their posts, recent/popular posts lists, a "continue reading" link,
    # a search box's label; and story sentences of those words that stay
    ("probe-16", "comment-form", "en", "text", "Leave a Reply\nYour email address will not be published. Required fields are "
     "marked *\nPost Comment", None),
    ("check-16", "comment-form", "en", "text", "Cancel reply\nYour email address will not be shared. Required fields are "
     "marked *", None),
    ("check-16", "comment-form", "ko", "text", "이메일 주소는 공개되지 않습니다. 필수 필드는 *로 표시됩니다\n댓글 달기", None),
    ("probe-16", "discover-more", "en", "text", "Discover more from Harbor Ledger\nSubscribe to get the latest posts sent to "
     "your email.\nType your email…\nSubscribe", None),
    ("check-16", "discover-more", "en", "text", "Subscribe to get the latest posts to your email.\nEnter your email address\n"
     "Sign me up", None),
    ("probe-16", "author-posts", "en", "text", "Jane Roe\nView all posts by Jane Roe", None),
    ("check-16", "author-posts", "en", "text", "See all articles by Jane Roe", None),
    ("check-16", "author-posts", "en", "text", "Posts by Jane Roe →", None),
    ("probe-16", "recent-posts", "en", "text", "Recent Posts\nStorm closes coastal road\nInvented mayor unveils housing plan", None),
    ("check-16", "recent-posts", "en", "text", "Popular Posts\nWhy anode makers are heading west\nPort town bets on recycling",
     None),
    ("check-16", "recent-posts", "en", "text", "Latest Posts\nStorm closes coastal road", None),
    ("probe-16", "continue", "en", "text", "Continue reading →", None),
    ("check-16", "continue", "en", "text", "Read the full story »", None),
    ("probe-16", "search-box", "en", "text", "Search for:\nSearch", None),
    ("check-16", "search-box", "en", "text", "Search …\nGo", None),
    ("probe-16", "keep", "en", "text", "", "Residents can leave a reply to the consultation until Friday, the council said."),
    ("check-16", "keep", "en", "text", "", "The recent posts on the company's website did not mention the plant, analysts "
     "noted."),
    # Round 17 (k3, session 16, written before its first run and before any rule for it, from no page: Korean sites'
    # furniture in wordings rounds 1-16 lack): a readers' opinion box's head and button, the list-back buttons, a
    # reporter's profile labels, links to the site's social channels; and story sentences of those words that stay
    ("probe-17", "opinion-box", "ko", "text", "독자의견 (0)\n의견쓰기", None),
    ("check-17", "opinion-box", "ko", "text", "네티즌 의견 0건\n의견 남기기", None),
    ("check-17", "opinion-box", "ko", "text", "이 기사에 대한 의견 (3)", None),
    ("probe-17", "list-back", "ko", "text", "목록으로\n맨 위로", None),
    ("check-17", "list-back", "ko", "text", "기사 목록 보기\n위로가기", None),
    ("probe-17", "reporter-labels", "ko", "text", "기자 프로필\n홍길동 기자\n기자 이메일 보내기", None),
    ("check-17", "reporter-labels", "ko", "text", "기자정보\n김하늘 기자\n기자의 다른 기사 보기", None),
    ("probe-17", "sns-links", "ko", "text", "한빛일보 유튜브 바로가기\n한빛일보 인스타그램 바로가기", None),
    ("check-17", "sns-links", "ko", "text", "공식 페이스북 바로가기\n카카오 채널 바로가기", None),
    ("probe-17", "keep", "ko", "text", "", "시는 주민 의견을 모아 공장 주변 도로 계획에 반영하기로 했다."),
    ("check-17", "keep", "ko", "text", "", "회사 관계자는 \"목록에 오른 부지 가운데 새만금이 가장 유리했다\"고 말했다."),
    # Round 18 (k2, session 17, written before its first run and before any corpus page was read this session, in wordings
    # rounds 1-17 lack, from the kinds issue #12 names): a cookie or consent box under the story, an app prompt, a comment
    # count with a link to the thread, a "More from" pointer with its headline on the same line, a most-read list whose
    # ranks are glued to the headlines, a follow button for a series or topic, an image's source line, a tag line with a
    # label, a paid-content label between the paragraphs, a reaction question with counts; story sentences of those words
    # that stay
    ("probe-18", "cookie-box", "en", "text", "We use cookies to personalise content and ads.\nAccept all\nManage preferences",
     None),
    ("check-18", "cookie-box", "en", "text", "This site uses cookies. By continuing to browse you agree to our use of "
     "cookies.\nOK", None),
    ("check-18", "cookie-box", "ko", "text", "이 사이트는 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주합니다.\n확인",
     None),
    ("probe-18", "app-prompt", "ko", "text", "한빛일보 앱에서 보기", None),
    ("check-18", "app-prompt", "ko", "text", "앱으로 보기 | 앱 설치", None),
    ("check-18", "app-prompt", "en", "text", "Get the app\nRead this story in the Harbor Ledger app", None),
    ("probe-18", "comment-link", "en", "text", "View 12 comments", None),
    ("check-18", "comment-link", "en", "text", "Show comments (27)", None),
    ("check-18", "comment-link", "ko", "text", "댓글 5개 보기", None),
    ("probe-18", "more-from-line", "en", "text", "More from Harbor Ledger: Storm closes coastal road", None),
    ("check-18", "more-from-line", "en", "mid", "More From Our Newsroom: Why anode makers are heading west", None),
    ("probe-18", "glued-ranks", "ko", "text", "많이 본 뉴스\n1가상 배우, 새 드라마 주연 확정\n2가상구 아파트값 3주째 상승", None),
    ("check-18", "glued-ranks", "ko", "text", "많이본뉴스\n01가상시, 새 청사 착공\n02가상구 축제 개막", None),
    ("check-18", "glued-ranks", "en", "text", "Most Read\n1Storm closes coastal road\n2Invented mayor unveils housing plan", None),
    ("probe-18", "follow-series", "ko", "text", "연재 구독하기\n연재 목록 보기", None),
    ("check-18", "follow-series", "en", "text", "Follow this topic\n+ Follow", None),
    ("check-18", "follow-series", "ko", "text", "이 연재의 새 글 알림 받기", None),
    ("probe-18", "image-source", "ko", "text", "이미지 출처=게티이미지뱅크", None),
    ("check-18", "image-source", "ko", "text", "[이미지=가상시 제공]", None),
    ("check-18", "image-source", "en", "text", "(Image credit: Invented Images)", None),
    ("probe-18", "tag-label", "ko", "text", "관련 태그 : 새만금 음극재 이차전지", None),
    ("check-18", "tag-label", "en", "text", "Tagged: anode · batteries · Korea", None),
    ("check-18", "tag-label", "ko", "text", "태그 : 새만금, 음극재", None),
    ("probe-18", "paid-label", "en", "mid", "Sponsored message", None),
    ("check-18", "paid-label", "en", "mid", "Paid Content", None),
    ("check-18", "paid-label", "ko", "mid", "[광고]", None),
    ("probe-18", "reaction-ask", "ko", "text", "이 기사 어떠셨나요?\n좋아요 3\n싫어요 0", None),
    ("check-18", "reaction-ask", "en", "text", "How did this story make you feel?\nInformed 4\nAngry 1", None),
    ("probe-18", "keep", "en", "text", "", "The app lets residents watch the plant's construction cameras, the company said."),
    ("check-18", "keep", "ko", "text", "", "회사는 앱 설치 이용자에게 공장 견학 신청을 받을 예정이다."),
    ("check-18", "keep", "en", "text", "", "Twelve comments were submitted to the council before the vote, officials said."),
    ("check-18", "keep", "en", "text", "", "Browsers that block cookies can still use the city's permit portal, it said."),
    # Round 19 (k2, session 17, written after reading the study half's furniture misses and before this round's first run,
    # in other words than the pages'): a content-protection plugin's message, the site's coverage promoted with a link,
    # a carrier's feed note under a wire's story; story sentences of those words that stay
    ("probe-19", "protect-msg", "en", "text", "Alert: Content is protected !!", None),
    ("check-19", "protect-msg", "en", "text", "Warning: Content is protected !!", None),
    ("check-19", "protect-msg", "ko", "text", "error: Content is protected !!", None),
    ("probe-19", "coverage-promo", "en", "text", "Read more of Harbor Ledger's battery coverage by following this link.", None),
    ("check-19", "coverage-promo", "en", "text", "Check out all of the Harbor Ledger's energy coverage here.", None),
    ("check-19", "coverage-promo", "en", "text", "For more of our trade reporting, follow this link.", None),
    ("probe-19", "feed-note", "en", "text", "(This story has not been edited by Harbor Ledger staff and is published from a "
     "syndicated feed.)", None),
    ("check-19", "feed-note", "en", "text", "Disclaimer: No Harbor Ledger journalist was involved in writing this story.", None),
    ("check-19", "feed-note", "en", "text", "(Only the headline may have been reworked by our staff; the rest is "
     "auto-generated from a syndicated feed.)", None),
    ("probe-19", "keep", "en", "text", "", "The content of the deal is protected by a confidentiality clause, the company said."),
    ("check-19", "keep", "en", "text", "", "Officials said more of the region's coverage of the plan would follow next week."),
    ("check-19", "keep", "en", "text", "", "No journalist was allowed into the plant, which remained closed to visitors."),
)


def page_with(lang: str, form: str, furniture: str, kept: str | None) -> tuple[str, list[str]]:
    """The made-up page of one variant in one skeleton form, and the body it must come out with."""
    story = list(STORY_KO if lang == "ko" else STORY_EN)
    want = story + ([kept] if kept else [])
    md = form in ("md", "mid-md")
    sep = "\n\n" if md else "\n"
    paras = list(want)
    if form == "glued":
        paras[-1] = paras[-1] + " " + furniture.split("\n", 1)[0]
        furniture = furniture.split("\n", 1)[1] if "\n" in furniture else ""
    if form in ("mid", "mid-md", "mid-keep", "top"):
        at = 0 if form == "top" else 2  # "top": above the story's first paragraph
        paras[at:at] = [furniture]
        if form == "mid-keep":  # the story's own subheading: it stays where it is
            want = list(paras)
        furniture = ""
    body = sep.join(paras + ([furniture] if furniture else []))
    return _HEAD[(lang, "md" if md else "text")] + body + "\n", want


def body_of(page: str) -> list[str]:
    art = extract_raw(page.encode(), "probe.txt", LANDING, None)[0].article
    return [norm(p) for p in art.paragraphs] if art is not None else []


def score_ending(totals: dict[str, list[int]], kinds: dict[str, list[int]], variant: tuple, verbose: bool) -> None:
    """One variant in each skeleton form it names: add (right, tried) to its set and kind, print one line."""
    group, kind, lang, form, furniture, kept = variant
    forms = ("text", "md") if form == "any" else (form,)
    right, wrong = 0, []
    for f in forms:
        page, want = page_with(lang, f, furniture, kept)
        got = body_of(page)
        ok = got == [norm(p) for p in want]
        right += ok
        if not ok:
            extra = [p for p in got if p not in want]
            wrong.append(f"{f}: {len(got)} paragraphs, ends {got[-1][-40:] if got else None!r}, not the story's {extra[:3]}")
    for acc in (totals[group], kinds[f"{group} {kind}"]):
        acc[0] += right
        acc[1] += len(forms)
    shown = (kept or furniture).replace("\n", " ⏎ ")
    print(f"  {group:<7} {kind:<10} {lang} {form:<6} {right}/{len(forms)}  {shown[:90]}")
    if verbose:
        for w in wrong:
            print(f"      wrong in {w}")


def run(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(right, tried) per set ("control", "probe", "check", "probe-2", "check-2", …, "probe-6", "check-6")."""
    totals: dict[str, list[int]] = {"control": [0, 0], "probe": [0, 0], "check": [0, 0], "probe-2": [0, 0],
                                    "check-2": [0, 0], "probe-3": [0, 0], "check-3": [0, 0],
                                    "probe-4": [0, 0], "check-4": [0, 0], "probe-5": [0, 0], "check-5": [0, 0],
                                    "probe-6": [0, 0], "check-6": [0, 0],
                                    "probe-7": [0, 0], "check-7": [0, 0], "probe-8": [0, 0], "check-8": [0, 0],
                                    "probe-9": [0, 0], "check-9": [0, 0],
                                    "probe-10": [0, 0], "check-10": [0, 0],
                                    "probe-11": [0, 0], "check-11": [0, 0],
                                    "probe-12": [0, 0], "check-12": [0, 0],
                                    "probe-13": [0, 0], "check-13": [0, 0],
                                    "probe-14": [0, 0], "check-14": [0, 0],
                                    "probe-15": [0, 0], "check-15": [0, 0],
                                    "probe-16": [0, 0], "check-16": [0, 0],
                                    "probe-17": [0, 0], "check-17": [0, 0],
                                    "probe-18": [0, 0], "check-18": [0, 0],
                                    "probe-19": [0, 0], "check-19": [0, 0]}
    kinds: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for variant in VARIANTS:
        score_ending(totals, kinds, variant, verbose)
    for name, (right, tried) in sorted(kinds.items()):
        print(f"  {name:<22} {right}/{tried}")
    return print_totals(totals)


def main(argv: list[str] | None = None) -> int:
    return probe_main(__doc__, run, "what the body holds where a variant is wrong", argv)


if __name__ == "__main__":
    raise SystemExit(main())
