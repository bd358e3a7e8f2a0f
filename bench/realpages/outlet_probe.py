"""How the OUTLET holds on the forms a page names its publisher by, and on the traps: made-up pages, made-up outlets.

    PYTHONPATH=include python bench/realpages/outlet_probe.py [--verbose]

The evidence a page carries about its outlet is a closed vocabulary of forms, the same on every site: a copyright
footer (``저작권자 © 매체 무단전재 …``, ``Copyright © 2026 Brand. All rights reserved.``), the lead formula
(``(서울=매체)``, ``[매체=이름 기자]``), a reporter's e-mail domain, a broadcast sign-off (``매체 이름입니다``), the
site's legal footer (``제호``, ``등록번호``, ``발행인``), the browser title's suffix (``헤드라인 - 매체``), a
capture's own site links (a logo link, a menu of the site's addresses, ``URL Source:``). And the traps, which must
never name an outlet: a wire credited inside another outlet's story (``연합뉴스에 따르면``, ``according to
Reuters``), a photo's credit (``[사진=연합뉴스]``, ``(Yonhap)``), a portal's own footer on a copy (``Copyright ©
Kakao Corp.``), another story's outlet in a related list, an outlet the story quotes, an image library, a webmail
address. Each variant below fills the slots of a made-up Korean or English page (a site menu above the headline or
not) and is parsed as a landed page (bytes only, no URL). Right: the outlet the variant names
(``bench_realpages``' own check: the registered outlet's domain, or the printed name of one the registry does not
know), or ``unknown`` where the page names none of its own. A wrong name is counted apart: ``unknown`` with a
warning is better than a wrong outlet.

Made-up outlets: three registered for this probe only (``register_made_up``, never in the shipped registry:
한빛일보 ``hanbitilbo.co.kr``; Harbor Ledger ``harborledger.com``; 가람뉴스 / Garam News ``garamnews.co.kr``, one
outlet known by a Korean and an English name) and four the registry does not know (새솔신문 ``saesol.co.kr``,
누리경제 ``nurieconomy.kr``, Pinecrest Times ``pinecresttimes.com``, Lakeview Daily ``lakeviewdaily.com``). The
real agencies and outlets of the traps (연합뉴스, 뉴시스, Reuters, Bloomberg, …) are the registry's own. Every line,
name, address and story is invented; no page of the corpus is read.

The ``CHECK`` variants were written with the others (k4, session 11), before the probe was first run and before
any rule was measured against it; they are never tuned on: a rule that fixes a ``PROBE`` variant and not its
``CHECK`` sibling fits the probe, not the form. Session 15 (k2) adds its own sets ``probe15`` / ``check15``, scored
apart: the site's own promotions, an address footer, a logo's alt text, a notice with a markdown link, ``All rights
reserved`` alone, the outlet inside an English role or staff byline, a mail host under the site's domain, and
republished stories as traps. Session 16 (k2) adds ``probe16`` / ``check16``: a wire's story carried under the site's own
notice, a byline with the outlet after a slash or in brackets, the brand alone in brackets before the writer, the
site's name alone above the headline and again under the story, a tip line with the site's address (a press release's
contact as the trap), the notice in sentences, the page's own address after its label, an editorial board; and, written
after reading the study half's misses, ``probe16b`` / ``check16b``: the site's name as an item of the info bar under the
stamp, the site's cookie or privacy notice naming it. Session 17 (k2) adds ``probe17`` / ``check17``: the site's own
address in a sentence under the story, its newsletter or app named with a possessive, a note that the story ran in its
print edition, a staff credit without "By", a byline "for" the outlet or naming its address, a title line closed by the
brand after an em dash or a dot, copyright notices with the year after the name or a range of years; a company's address,
newsletter, staff or report as the traps; and, written after reading the study half's misses, ``probe17b`` /
``check17b``: a carrier's note that a wire's story came from a feed and its own staff did not write or edit it, the
site's coverage promoted with a possessive; ``probe17c`` / ``check17c``: a registered wire's lead credit alone on a page
(unknown: its own site and every carrier print it) and with the wire's own notice or trust line (the wire).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "include"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from stamp_format_probe import print_totals, probe_main, score_pages  # noqa: E402

from bench_realpages import outlet_ok  # noqa: E402
from chainwire.extract import bylines, outlets  # noqa: E402
from chainwire.extract.dispatch import extract_raw  # noqa: E402

LANDING = date(2026, 11, 2)

MADE_UP_REGISTERED = (
    outlets.Outlet("hanbit", ("hanbitilbo.co.kr",), None, ("한빛일보",)),
    outlets.Outlet("harborledger", ("harborledger.com",), None, ("Harbor Ledger", "The Harbor Ledger"), "en",
                   profile=outlets.PROFILE_EN),
    outlets.Outlet("garam", ("garamnews.co.kr",), None, ("가람뉴스", "Garam News")),
)


def register_made_up() -> None:
    """Add the probe's made-up outlets to the registry of this process only (the cached views of it refreshed)."""
    if any(o.name == "hanbit" for o in outlets.OUTLETS):
        return
    outlets.OUTLETS = outlets.OUTLETS + MADE_UP_REGISTERED
    for o in MADE_UP_REGISTERED:
        for b in o.brands:
            bylines.BRANDS.setdefault(b.lower(), o.name)
    for value in vars(outlets).values():
        if callable(getattr(value, "cache_clear", None)):  # an lru_cache over the registry or over pages
            value.cache_clear()


_KO_HEAD = "가상 소재기업, 새만금에 음극재 공장 착공…2천억 투자\n입력 2026.11.02 10:20\n"
_KO_STORY = ("{lead}가상 소재기업이 새만금 산업단지에 음극재 공장을 짓는다고 2일 밝혔다.\n"
             "회사는 내년부터 공장을 지어 2026년까지 모두 2천억 원을 투자하고 직원 190명을 채용할 계획이다.\n"
             "가상시는 이번 투자로 지역 이차전지 공급망이 한층 두터워질 것으로 기대했다.\n"
             "회사 관계자는 \"원료 조달부터 생산까지 한곳에서 하는 체계를 갖추겠다\"고 말했다.\n")
_EN_HEAD = "Invented materials maker breaks ground on anode plant\nBy Jane Roe\nNovember 2, 2026 10:20 AM\n"
_EN_STORY = ("{lead}An invented materials maker said on Monday it would build an anode plant in an industrial park.\n"
             "The company plans to invest 200 billion won by 2026 and hire about 190 workers, it said.\n"
             "Officials of the invented city said the plant would deepen the region's battery supply chain.\n"
             "\"We will handle everything from raw materials to production in one place,\" a company official said.\n")

# skeleton name → (language, page with {top}, {mid}, {lead}, {bottom})
SKELETONS = {
    "ko-plain": ("ko", "{top}\n" + _KO_HEAD + "{mid}\n" + _KO_STORY + "{bottom}\n"),
    "ko-menu": ("ko", "{top}\n전체메뉴\n로그인\n회원가입\n" + _KO_HEAD + "{mid}\n" + _KO_STORY + "{bottom}\n"),
    "en-plain": ("en", "{top}\n" + _EN_HEAD + "{mid}\n" + _EN_STORY + "{bottom}\n"),
    "en-menu": ("en", "{top}\nMenu\nSign in\nSubscribe\n" + _EN_HEAD + "{mid}\n" + _EN_STORY + "{bottom}\n"),
}

SAESOL = ("saesol.co.kr", "새솔신문")
NURI = ("nurieconomy.kr", "누리경제")
PINE = ("pinecresttimes.com", "Pinecrest Times")
LAKE = ("lakeviewdaily.com", "Lakeview Daily")
HANBIT = ("hanbitilbo.co.kr", None)
HARBOR = ("harborledger.com", None)
GARAM = ("garamnews.co.kr", None)
NONE = None  # the page names no outlet of its own: "unknown" is right

# (set, shape, language, slots {top, mid, lead, bottom}, the outlet: (domain, printed name) or NONE)
Variant = tuple[str, str, str, dict[str, str], tuple[str, str | None] | None]
VARIANTS: tuple[Variant, ...] = (
    # ---- evidence: a copyright footer
    ("probe", "footer", "ko", {"bottom": "저작권자 © 새솔신문 무단전재 및 재배포 금지"}, SAESOL),
    ("probe", "footer", "ko", {"bottom": "ⓒ 한빛일보 무단전재 및 재배포 금지"}, HANBIT),
    ("check", "footer", "ko", {"bottom": "<저작권자 ⓒ 누리경제, 무단 전재-재배포, AI 학습 및 활용 금지>"}, NURI),
    ("check", "footer", "ko", {"bottom": "Copyright ⓒ 한빛일보 All rights reserved."}, HANBIT),
    ("probe", "footer", "en", {"bottom": "Copyright © 2026 Pinecrest Times. All rights reserved."}, PINE),
    ("probe", "footer", "en", {"bottom": "© Harbor Ledger. All rights reserved."}, HARBOR),
    ("check", "footer", "en", {"bottom": "© 2026 Lakeview Daily. All Rights Reserved."}, LAKE),
    ("check", "footer", "en", {"bottom": "Copyright © The Harbor Ledger 2026. All rights reserved."}, HARBOR),
    # one outlet known by two names: its English name on a Korean page
    ("probe", "alias", "ko", {"bottom": "Copyright © Garam News. All rights reserved."}, GARAM),
    ("check", "alias", "en", {"bottom": "ⓒ 가람뉴스 무단전재 및 재배포 금지"}, GARAM),
    # ---- evidence: the lead formula
    ("probe", "lead", "ko", {"lead": "[새솔신문=홍길동 기자] "}, SAESOL),
    ("probe", "lead", "ko", {"lead": "(서울=한빛일보) 홍길동 기자 = "}, HANBIT),
    ("check", "lead", "ko", {"lead": "[누리경제 김철수 기자] "}, NURI),
    ("check", "lead", "ko", {"lead": "[세종=한빛일보 김철수 기자] "}, HANBIT),
    # ---- evidence: a reporter's e-mail domain
    ("probe", "e-mail", "ko", {"bottom": "홍길동 기자 hong@hanbitilbo.co.kr"}, HANBIT),
    ("probe", "e-mail", "ko", {"bottom": "홍길동 기자 gildong@saesol.co.kr"}, SAESOL),
    ("probe", "e-mail", "en", {"bottom": "Jane Roe can be reached at jroe@pinecresttimes.com."}, PINE),
    ("check", "e-mail", "ko", {"bottom": "김철수 기자(cs.kim@hanbitilbo.co.kr)"}, HANBIT),
    ("check", "e-mail", "ko", {"bottom": "/김철수 기자 kimcs@nurieconomy.kr"}, NURI),
    ("check", "e-mail", "en", {"bottom": "Contact the writer: lmoss@lakeviewdaily.com"}, LAKE),
    # ---- evidence: a sign-off
    ("probe", "sign-off", "ko", {"bottom": "가람뉴스 홍길동입니다."}, GARAM),
    ("probe", "sign-off", "en", {"bottom": "Jane Roe, Harbor Ledger, Seoul."}, HARBOR),
    ("check", "sign-off", "ko", {"bottom": "지금까지 가람뉴스 김철수였습니다."}, GARAM),
    ("check", "sign-off", "en", {"bottom": "Reporting by Lena Moss for Harbor Ledger."}, HARBOR),
    # ---- evidence: a desk of the outlet as the byline (PROBE only: added after the first run, session 11, with no
    # CHECK sibling, so these variants cannot show that the rule holds beyond them)
    ("probe", "desk-byline", "ko", {"mid": "새솔신문 디지털뉴스팀"}, SAESOL),
    ("probe", "desk-byline", "ko", {"bottom": "/한빛일보 온라인뉴스팀"}, HANBIT),
    ("probe", "desk-byline", "en", {"mid": "Harbor Ledger Web Desk"}, HARBOR),
    ("probe", "desk-byline", "en", {"mid": "Pinecrest Times Video Team | Updated: Nov 2, 2026, 10:20 AM"}, PINE),
    ("probe", "desk-byline", "en", {"mid": "Example Motors Newsroom"}, NONE),
    # ---- evidence: the site's legal footer (masthead title, registration, publisher)
    ("probe", "site-footer", "ko", {"bottom": "제호: 새솔신문 | 등록번호: 서울 아 01234 | 발행인·편집인: 홍길동"}, SAESOL),
    ("probe", "site-footer", "ko", {"bottom": "제호 : 한빛일보\n등록번호 : 경기 아 00123\n발행인 : 홍길동"}, HANBIT),
    ("check", "site-footer", "ko", {"bottom": "신문사명: 누리경제 / 등록번호: 경기 아 05678 / 발행인: 김철수 / 편집인: 김철수"},
     NURI),
    ("check", "site-footer", "ko", {"bottom": "(주)누리미디어 | 제호 : 누리경제 | 대표 : 김철수 | 등록일 : 2015.03.02"},
     NURI),
    # ---- evidence: the browser title's suffix
    ("probe", "title-suffix", "ko", {"top": "Title: 가상 소재기업, 새만금에 음극재 공장 착공…2천억 투자 - 새솔신문"}, SAESOL),
    ("probe", "title-suffix", "en",
     {"top": "Title: Invented materials maker breaks ground on anode plant - Pinecrest Times"}, PINE),
    ("check", "title-suffix", "ko", {"top": "가상 소재기업, 새만금에 음극재 공장 착공…2천억 투자 | 누리경제"}, NURI),
    ("check", "title-suffix", "en", {"top": "Invented materials maker breaks ground on anode plant | Lakeview Daily"},
     LAKE),
    # a portal's copy titled by the portal's news service names no outlet (PROBE only: added after the first run)
    ("probe", "title-suffix", "ko", {"top": "Title: 가상 소재기업, 새만금에 음극재 공장 착공…2천억 투자 | 다음뉴스"}, NONE),
    ("probe", "title-suffix", "en", {"top": "Invented materials maker breaks ground on anode plant - Yahoo News"}, NONE),
    # ---- evidence: a capture's own site links
    ("probe", "site-links", "ko",
     {"top": "[![새솔신문](https://www.saesol.co.kr/image/logo/toplogo.png)](https://www.saesol.co.kr/)"}, SAESOL),
    ("probe", "site-links", "en", {"top": "[Pinecrest Times](https://pinecresttimes.com/)"}, PINE),
    ("probe", "site-links", "ko", {"top": "URL Source: https://www.saesol.co.kr/news/articleView.html?idxno=1234"},
     SAESOL),
    ("check", "site-links", "ko",
     {"top": "[홈](https://www.nurieconomy.kr/) [경제](https://www.nurieconomy.kr/news/articleList.html?sc=S1N1)"}, NURI),
    ("check", "site-links", "en",
     {"top": "[Home](https://www.lakeviewdaily.com/) [Business](https://www.lakeviewdaily.com/business/)"}, LAKE),
    ("check", "site-links", "en", {"top": "URL Source: https://lakeviewdaily.com/2026/11/02/anode-plant/"}, LAKE),
    # ---- trap: a wire credited inside another outlet's story
    ("probe", "wire-cited", "ko", {"lead": "연합뉴스에 따르면 ", "bottom": "저작권자 © 새솔신문 무단전재 및 재배포 금지"},
     SAESOL),
    ("probe", "wire-cited", "en", {"lead": "According to Reuters, ",
                                   "bottom": "Copyright © 2026 Pinecrest Times. All rights reserved."}, PINE),
    ("probe", "wire-cited", "ko", {"lead": "연합뉴스에 따르면 "}, NONE),
    ("check", "wire-cited", "ko", {"lead": "뉴시스 보도에 따르면 ", "bottom": "ⓒ 한빛일보 무단전재 및 재배포 금지"}, HANBIT),
    ("check", "wire-cited", "en", {"lead": "Bloomberg reported that ",
                                   "bottom": "Copyright © 2026 Lakeview Daily. All rights reserved."}, LAKE),
    ("check", "wire-cited", "en", {"lead": "As Reuters reported, "}, NONE),
    # ---- trap: a photo's credit
    ("probe", "photo-credit", "ko", {"mid": "가상 소재기업의 새만금 공장 조감도. [사진=연합뉴스]",
                                     "bottom": "저작권자 © 새솔신문 무단전재 및 재배포 금지"}, SAESOL),
    ("probe", "photo-credit", "ko", {"mid": "[연합뉴스 자료사진]"}, NONE),
    ("probe", "photo-credit", "en", {"mid": "The site of the planned plant. (Yonhap)"}, NONE),
    ("check", "photo-credit", "ko", {"mid": "공장 조감도 (AP=연합뉴스)",
                                     "bottom": "<저작권자 ⓒ 누리경제, 무단 전재-재배포 금지>"}, NURI),
    ("check", "photo-credit", "ko", {"mid": "가상시 전경 ⓒ뉴시스"}, NONE),
    ("check", "photo-credit", "en", {"mid": "An aerial view of the site. Photo: Reuters"}, NONE),
    # ---- trap: a portal's copy (the portal's own footer names no publisher)
    ("probe", "portal-copy", "ko", {"bottom": "기사제공 새솔신문\nCopyright © Kakao Corp. All rights reserved."}, SAESOL),
    ("probe", "portal-copy", "ko", {"bottom": "Copyright © Kakao Corp. All rights reserved."}, NONE),
    ("check", "portal-copy", "ko", {"bottom": "기사 제공: 누리경제\nCopyright © SK Communications. All rights reserved."},
     NURI),
    ("check", "portal-copy", "ko", {"bottom": "Copyright © Zum internet Corp. All rights reserved."}, NONE),
    # ---- trap: another story's outlet in a related list
    ("probe", "related", "ko", {"bottom": "관련기사\n[뉴시스] 다른 도시도 배터리 공장 유치 나서\n"
                                          "저작권자 © 새솔신문 무단전재 및 재배포 금지"}, SAESOL),
    ("probe", "related", "ko", {"bottom": "관련기사\n(서울=뉴시스) 다른 가상 기업도 공장 증설"}, NONE),
    ("check", "related", "ko", {"bottom": "많이 본 뉴스\n[한빛일보] 다른 가상 기업, 투자 확대 검토"}, NONE),
    ("check", "related", "en", {"bottom": "Related Articles\nReuters: Invented rival expands its plant\n"
                                          "Copyright © 2026 Lakeview Daily. All rights reserved."}, LAKE),
    # ---- trap: an outlet the story quotes
    ("probe", "quoted", "ko", {"lead": "앞서 한빛일보는 이 계획을 단독 보도했다. ",
                               "bottom": "저작권자 © 새솔신문 무단전재 및 재배포 금지"}, SAESOL),
    ("probe", "quoted", "en", {"lead": "Bloomberg first reported the plan on Friday. "}, NONE),
    ("check", "quoted", "ko", {"lead": "한빛일보 보도에 따르면 "}, NONE),
    ("check", "quoted", "en", {"lead": "The company told The Harbor Ledger last week it was weighing the site. "}, NONE),
    # ---- trap: an image library's line, a webmail address
    ("probe", "image-bank", "en", {"mid": "Copyright © Getty Images. All rights reserved."}, NONE),
    ("check", "image-bank", "ko", {"mid": "ⓒ 게티이미지뱅크"}, NONE),
    ("probe", "webmail", "ko", {"bottom": "홍길동 기자 hong.gildong@gmail.com"}, NONE),
    ("check", "webmail", "ko", {"bottom": "김철수 기자 kimcs@naver.com"}, NONE),
    # ---- session 12 (k3), written with their CHECK siblings before the first run: a place around the outlet's name.
    # A regional desk's place before the brand in the lead bracket ("[순천/매체]"): the outlet is the brand
    ("probe", "place-lead", "ko", {"lead": "[순천/새솔신문] "}, SAESOL),
    ("check", "place-lead", "ko", {"lead": "[여수/누리경제] "}, NURI),
    # an edition abroad of a registered daily printing its masthead ("매체 애틀랜타 전자신문"): the edition, never the
    # registered daily; a correspondent's dateline after the brand ("【매체 뉴욕】") stays the registered outlet's
    ("probe", "edition", "ko", {"top": "한빛일보 애틀랜타 전자신문"}, ("hanbitatlanta.com", "한빛일보 애틀랜타")),
    ("probe", "edition", "ko", {"lead": "【한빛일보 뉴욕】 "}, HANBIT),
    ("check", "edition", "ko", {"top": "가람뉴스 시카고"}, ("garamchicago.com", "가람뉴스 시카고")),
    ("check", "edition", "ko", {"lead": "[가람뉴스 워싱턴] "}, GARAM),
    # ---- session 12 (k3): a portal operator's legal name in its own footer names no publisher
    ("probe", "portal-operator", "ko", {"bottom": "Copyright © Daum Communications Corp. All rights reserved."}, NONE),
    ("probe", "portal-operator", "ko",
     {"bottom": "기사제공 새솔신문\nCopyright © NAVER Corp. All rights reserved."}, SAESOL),
    ("check", "portal-operator", "ko", {"bottom": "ⓒ NHN Corp. All rights reserved."}, NONE),
    ("check", "portal-operator", "ko",
     {"bottom": "기사 제공: 누리경제\nCopyright © Kakao Corp. All rights reserved."}, NURI),
    # ---- session 12 (k3), second round, written with their CHECK siblings before its first run: a caption closed
    # by a copyright mark and an agency's bare name credits the picture, never the page; a footer line of the site's
    # own (labels and separators before the mark) still names it
    ("probe", "caption-mark", "ko", {"mid": "공장 부지 전경 ⓒ연합뉴스"}, NONE),
    ("probe", "caption-mark", "ko", {"mid": "착공식 모습 ⓒ뉴시스", "bottom": "저작권자 © 새솔신문 무단전재 및 재배포 금지"},
     SAESOL),
    ("probe", "caption-mark", "en", {"mid": "The site of the planned plant. © Reuters"}, NONE),
    ("probe", "caption-mark", "ko", {"bottom": "회사소개 | 광고문의 | ⓒ 한빛일보"}, HANBIT),
    ("check", "caption-mark", "ko", {"mid": "가상 공장의 생산라인 ⓒ뉴스1"}, NONE),
    ("check", "caption-mark", "ko", {"mid": "가상시 산업단지 전경 © 연합뉴스",
                                     "bottom": "<저작권자 ⓒ 누리경제, 무단 전재-재배포 금지>"}, NURI),
    ("check", "caption-mark", "en", {"mid": "Workers at an invented plant. ©Yonhap"}, NONE),
    ("check", "caption-mark", "ko", {"bottom": "발행인 김철수 · 편집인 김철수 · ⓒ 가람뉴스"}, GARAM),
    # ---- session 13 (k2), written with their CHECK siblings before the first run and before the corpus was read: the
    # evidence that survives in a story's excerpt. A broadcast's sign-off with a lead-in and a wire credit "for" the
    # outlet (session 11's check misses, here first as PROBE forms in other words, with new CHECK siblings)
    ("probe", "sign-off-2", "ko", {"bottom": "지금까지 새솔신문 홍길동이었습니다."}, SAESOL),
    ("check", "sign-off-2", "ko", {"bottom": "지금까지 누리경제 김철수 기자였습니다."}, NURI),
    ("probe", "reporting-for", "en", {"bottom": "Reporting by Jane Roe for Pinecrest Times; Editing by Tom Lee"}, PINE),
    ("check", "reporting-for", "en", {"bottom": "Additional reporting by Lena Moss for the Lakeview Daily."}, LAKE),
    # a byline naming the writer and the outlet
    ("probe", "byline-brand", "en", {"mid": "By Jane Roe, Pinecrest Times"}, PINE),
    ("probe", "byline-brand", "ko", {"mid": "새솔신문 홍길동 기자"}, SAESOL),
    ("check", "byline-brand", "en", {"mid": "Lena Moss | Lakeview Daily"}, LAKE),
    ("check", "byline-brand", "ko", {"mid": "누리경제 김철수 기자 입력 2026.11.02 10:20"}, NURI),
    # copyright forms: a Korean name closed by a full stop, a legal form after the name, the site's address as its name
    ("probe", "footer-2", "ko", {"bottom": "Copyright © 새솔신문. 무단전재 및 재배포 금지."}, SAESOL),
    ("probe", "footer-2", "en", {"bottom": "© Copyright 2026 Pinecrest Times LLC"}, PINE),
    ("probe", "footer-2", "ko", {"bottom": "Copyright © www.saesol.co.kr All rights reserved."}, SAESOL),
    ("check", "footer-2", "ko", {"bottom": "[저작권자ⓒ누리경제. 무단전재-재배포 금지]"}, NURI),
    ("check", "footer-2", "en", {"bottom": "Copyright 2026 Lakeview Daily Inc. All rights reserved."}, LAKE),
    ("check", "footer-2", "ko", {"bottom": "ⓒ nurieconomy.kr 무단 전재 및 재배포 금지"}, NURI),
    # an English wire-style lead naming the outlet in brackets
    ("probe", "lead-en", "en", {"lead": "SEOUL, Nov. 2 (Pinecrest Times) -- "}, PINE),
    ("check", "lead-en", "en", {"lead": "SEOUL (Lakeview Daily) — "}, LAKE),
    # ---- traps: a wire or another outlet credited for part of the reporting names no publisher of the page
    ("probe", "contributed", "en", {"bottom": "The Associated Press contributed to this report."}, NONE),
    ("probe", "contributed", "ko", {"bottom": "이 기사는 연합뉴스 보도를 바탕으로 작성됐습니다."}, NONE),
    ("check", "contributed", "en", {"bottom": "Reuters contributed reporting."}, NONE),
    ("check", "contributed", "en", {"bottom": "Information from Bloomberg was used in this report.",
                                    "lead": ""}, NONE),
    # a writer's former employer in the story, a reprint's credit line
    ("probe", "quoted-2", "en", {"lead": "Jane Roe, a former Reuters correspondent, said "}, NONE),
    ("check", "quoted-2", "ko", {"lead": "연합뉴스 기자 출신인 가상 대표는 "}, NONE),
    # ---- session 13 (k2), second round, written after the rule taken from a study page and before this round's first
    # run: a local station's call sign in its own lead names the station; an agency's or a body's initials of the same
    # shape do not
    ("probe", "call-sign", "en", {"lead": "LAKEHAVEN, Tenn. (WQXZ) – "}, ("wqxz.com", "WQXZ")),
    ("check", "call-sign", "en", {"lead": "PINE FALLS, Ga. (KQVX) — "}, ("kqvx.com", "KQVX")),
    ("check", "call-sign", "en", {"lead": "REDMOOR (WZQJ) - "}, ("wzqj.com", "WZQJ")),
    ("probe", "call-sign", "en", {"lead": "KUWAIT CITY (KUNA) -- "}, NONE),
    ("check", "call-sign", "en", {"lead": "PYONGYANG (KCNA) -- "}, NONE),
    ("check", "call-sign", "en", {"lead": "GENEVA (WHO) -- "}, NONE),
    # ---- session 14 (k2), written with their CHECK siblings before the first run and before the corpus was read this
    # session: the closed vocabulary of how a page names its publisher in a copyright notice, a title line and a byline,
    # in forms no variant above prints. A notice without a mark, the brand before or after it
    ("probe", "notice-only", "ko", {"bottom": "새솔신문 무단전재 및 재배포 금지"}, SAESOL),
    ("probe", "notice-only", "ko", {"bottom": "[새솔신문 무단 전재 및 재배포 금지]"}, SAESOL),
    ("check", "notice-only", "ko", {"bottom": "누리경제 무단전재-재배포, AI학습 이용 금지"}, NURI),
    ("check", "notice-only", "ko", {"bottom": "<무단전재 및 재배포 금지 / 누리경제>"}, NURI),
    # a picture's credit with the notice names no publisher
    ("probe", "notice-only", "ko", {"mid": "[사진=연합뉴스 무단전재 및 재배포 금지]"}, NONE),
    ("check", "notice-only", "ko", {"mid": "가상 공장 조감도 (뉴시스 무단 전재 및 재배포 금지)"}, NONE),
    # the mark and the brand on one line, the notice on the next
    ("probe", "mark-then-notice", "ko", {"bottom": "ⓒ 새솔신문\n무단전재 및 재배포 금지"}, SAESOL),
    ("check", "mark-then-notice", "ko", {"bottom": "ⓒ 누리경제\n본 기사의 무단 전재 및 재배포를 금합니다."}, NURI),
    ("check", "mark-then-notice", "en", {"bottom": "© 2026 Lakeview Daily\nAll rights reserved."}, LAKE),
    # a sentence stating whose the copyright is
    ("probe", "rights-sentence", "ko", {"bottom": "이 기사의 저작권은 새솔신문에 있습니다."}, SAESOL),
    ("check", "rights-sentence", "ko", {"bottom": "본 콘텐츠의 저작권은 누리경제에 있으며, 무단 복제·배포를 금합니다."}, NURI),
    ("probe", "rights-sentence", "ko", {"mid": "사진의 저작권은 연합뉴스에 있습니다."}, NONE),
    ("check", "rights-sentence", "ko", {"mid": "그래픽 저작권은 뉴스1에 있습니다."}, NONE),
    # "by" before the brand, ASCII "(C)", the brand before the mark, "All rights reserved by"
    ("probe", "footer-3", "en", {"bottom": "Copyright © 2026 by Pinecrest Times. All rights reserved."}, PINE),
    ("check", "footer-3", "en", {"bottom": "© 2026 by The Lakeview Daily, all rights reserved"}, LAKE),
    ("check", "footer-3", "ko", {"bottom": "Copyright ⓒ by 누리경제. All rights reserved."}, NURI),
    ("probe", "footer-3", "ko", {"bottom": "(C) 새솔신문 무단전재 및 재배포 금지"}, SAESOL),
    ("probe", "footer-3", "en", {"bottom": "(C) Pinecrest Times 2026"}, PINE),
    ("check", "footer-3", "en", {"bottom": "(c) 2026 Lakeview Daily. All rights reserved."}, LAKE),
    ("probe", "footer-3", "en", {"bottom": "Pinecrest Times © 2026"}, PINE),
    ("check", "footer-3", "ko", {"bottom": "누리경제 ⓒ 2026 All rights reserved."}, NURI),
    ("check", "footer-3", "en", {"bottom": "All rights reserved by Lakeview Daily."}, LAKE),
    ("probe", "footer-3", "ko", {"bottom": "ⓒ 새솔신문 & saesol.co.kr, 무단전재 및 재배포 금지"}, SAESOL),
    ("check", "footer-3", "ko", {"bottom": "Copyright ⓒ 누리경제 (www.nurieconomy.kr) 무단전재 금지"}, NURI),
    # a browser title in a Korean CMS's form ("헤드라인 < 섹션 < 기사본문 - 매체"), other bars, the brand first
    ("probe", "title-line", "ko", {"top": "가상 소재기업, 새만금에 음극재 공장 착공…2천억 투자 < 산업 < 기사본문 - 새솔신문"}, SAESOL),
    ("check", "title-line", "ko",
     {"top": "가상 소재기업, 새만금에 음극재 공장 착공…2천억 투자 < 경제일반 < 경제 < 기사본문 - 누리경제"}, NURI),
    ("probe", "title-line", "ko", {"top": "가상 소재기업, 새만금에 음극재 공장 착공…2천억 투자 :: 새솔신문"}, SAESOL),
    ("check", "title-line", "en", {"top": "Invented materials maker breaks ground on anode plant » Lakeview Daily"}, LAKE),
    ("probe", "title-line", "en", {"top": "Pinecrest Times - Invented materials maker breaks ground on anode plant"}, PINE),
    ("check", "title-line", "ko", {"top": "누리경제 | 가상 소재기업, 새만금에 음극재 공장 착공…2천억 투자"}, NURI),
    # a section or a portal in the title's place names no outlet
    ("probe", "title-line", "en", {"top": "Invented materials maker breaks ground on anode plant | Business"}, NONE),
    ("check", "title-line", "ko", {"top": "가상 소재기업, 새만금에 음극재 공장 착공…2천억 투자 < 산업 < 기사본문 - 다음뉴스"}, NONE),
    ("check", "title-line", "ko", {"top": "가상 소재기업, 새만금에 음극재 공장 착공…2천억 투자 - 경제"}, NONE),
    # a byline: other brackets around the brand, the name before the brand
    ("probe", "byline-3", "ko", {"lead": "<새솔신문 홍길동 기자> "}, SAESOL),
    ("check", "byline-3", "ko", {"lead": "【누리경제=김철수 기자】 "}, NURI),
    ("probe", "byline-3", "ko", {"mid": "홍길동 새솔신문 기자"}, SAESOL),
    ("check", "byline-3", "ko", {"bottom": "김철수 누리경제 기자"}, NURI),
    # an address written so that robots miss it
    ("probe", "mail-masked", "ko", {"bottom": "홍길동 기자 hong＠saesol.co.kr"}, SAESOL),
    ("check", "mail-masked", "ko", {"bottom": "김철수 기자 kimcs(at)nurieconomy.kr"}, NURI),
    ("check", "mail-masked", "en", {"bottom": "Contact: lmoss [at] lakeviewdaily.com"}, LAKE),
    # ---- session 14 (k2), second round, written with their CHECK siblings after reading the study half's misses (a site
    # describing itself under the story) and before this round's first run: the site's sentence about itself — an
    # English "Name is … newspaper/news site", a Korean ethics-code pledge — names it; the same words in a story do not
    ("probe", "self-described", "en",
     {"bottom": "Pinecrest Times is the valley's leading daily newspaper - news for families and local businesses."}, PINE),
    ("check", "self-described", "en", {"bottom": "Lakeview Daily is a digital newspaper for the Lakeview County area."},
     LAKE),
    ("check", "self-described", "en",
     {"bottom": "Avatar photo\nHarbor Ledger is an independent news site covering ports and shipping."}, HARBOR),
    ("probe", "self-described", "en", {"mid": "Reuters is the world's largest news agency, the report noted."}, NONE),
    ("check", "self-described", "en", {"lead": "Pinecrest Times is a weekly newspaper that closed in 1990, and "}, NONE),
    ("check", "self-described", "en", {"bottom": "Jane Roe is a freelance journalist based in Seoul."}, NONE),
    ("probe", "self-described", "ko", {"bottom": "새솔신문은 인터넷신문위원회의 윤리강령을 준수합니다."}, SAESOL),
    ("check", "self-described", "ko", {"bottom": "누리경제는 한국기자협회 윤리강령과 그 실천요강을 준수합니다."}, NURI),
    ("check", "self-described", "ko", {"mid": "가상시 기자단은 앞으로 윤리강령을 준수하겠다고 밝혔다."}, NONE),
    # ---- session 15 (k2), its own sets "probe15" / "check15", written together before their first run and before the
    # corpus was read this session: forms of the page naming its publisher that no variant above prints. The site's own
    # promotion under the story (a portal channel, an app, a newsletter, a social account), always in the outlet's name
    ("probe15", "own-promo", "ko", {"bottom": "▶ 네이버에서 새솔신문 구독하기"}, SAESOL),
    ("probe15", "own-promo", "ko", {"bottom": "새솔신문 유튜브 채널 구독하기"}, SAESOL),
    ("probe15", "own-promo", "en", {"bottom": "Sign up for the Pinecrest Times newsletter"}, PINE),
    ("check15", "own-promo", "ko", {"bottom": "[누리경제 텔레그램 채널 바로가기]"}, NURI),
    ("check15", "own-promo", "ko", {"bottom": "네이버 메인에서 누리경제를 받아보세요"}, NURI),
    ("check15", "own-promo", "en", {"bottom": "Follow Lakeview Daily on Facebook and X"}, LAKE),
    # traps: a promotion naming no press name, a company's channel
    ("probe15", "own-promo", "ko", {"bottom": "▶ 네이버 뉴스 구독하기"}, NONE),
    ("check15", "own-promo", "ko", {"bottom": "가상 소재기업 유튜브 채널 구독하기"}, NONE),
    ("check15", "own-promo", "en", {"bottom": "Sign up for our daily newsletter"}, NONE),
    # the site's footer line: its name, its address, its telephone (no copyright mark, no 제호 label)
    ("probe15", "address-footer", "ko",
     {"bottom": "새솔신문 | 서울특별시 중구 가상로 12 | 대표전화 02-123-4567 | 등록번호 서울 아 01234"}, SAESOL),
    ("probe15", "address-footer", "en", {"bottom": "Pinecrest Times · 45 Elm Avenue, Pinecrest, CA 90001 · (555) 010-0142"},
     PINE),
    ("check15", "address-footer", "ko", {"bottom": "누리경제 (04512) 서울시 중구 가상대로 34, 5층 TEL 02-987-6543 FAX 02-987-6544"},
     NURI),
    ("check15", "address-footer", "en", {"bottom": "Lakeview Daily, 120 Main Street, Lakeview, OH 44101 | Tel. 555-010-0199"},
     LAKE),
    # trap: a company's address closing a press release
    ("check15", "address-footer", "ko", {"bottom": "가상 소재기업 | 서울특별시 강남구 가상로 7 | 문의 02-555-0100"}, NONE),
    # a markdown capture's logo image (no link around it): its alt text, the site's own address
    ("probe15", "logo-alt", "ko", {"top": "![새솔신문 로고](https://www.saesol.co.kr/image/logo/toplogo.png)"}, SAESOL),
    ("probe15", "logo-alt", "en", {"top": "![Pinecrest Times logo](https://pinecresttimes.com/wp-content/uploads/logo.png)"},
     PINE),
    ("check15", "logo-alt", "ko", {"top": "![누리경제](https://cdn.nurieconomy.kr/img/logo_top.svg)"}, NURI),
    ("check15", "logo-alt", "en", {"top": "![Lakeview Daily](https://www.lakeviewdaily.com/static/brand/masthead.png)"},
     LAKE),
    # trap: a picture in the story, hosted elsewhere, its alt text describing it
    ("probe15", "logo-alt", "ko", {"mid": "![가상 소재기업의 새만금 공장 조감도](https://img.example-cdn.com/photo/1.jpg)"}, NONE),
    ("check15", "logo-alt", "en", {"mid": "![An aerial view of the invented plant](https://images.example-cdn.net/a/2.jpg)"},
     NONE),
    # the notice with the brand as a markdown link
    ("probe15", "notice-link", "ko", {"bottom": "Copyright © [새솔신문](https://www.saesol.co.kr) All rights reserved."},
     SAESOL),
    ("check15", "notice-link", "ko", {"bottom": "ⓒ [누리경제](https://nurieconomy.kr/) 무단전재 및 재배포 금지"}, NURI),
    ("check15", "notice-link", "en", {"bottom": "© 2026 [Lakeview Daily](https://www.lakeviewdaily.com/). All rights reserved."},
     LAKE),
    # "All rights reserved" after the name, with no mark and no "Copyright"
    ("probe15", "reserved-only", "en", {"bottom": "Pinecrest Times. All rights reserved."}, PINE),
    ("check15", "reserved-only", "ko", {"bottom": "누리경제 All Rights Reserved."}, NURI),
    # an English byline naming the outlet inside the role, a staff byline, a Korean desk byline
    ("probe15", "brand-role", "en", {"mid": "Jane Roe, Pinecrest Times staff writer"}, PINE),
    ("check15", "brand-role", "en", {"mid": "Lena Moss, Lakeview Daily Business Reporter"}, LAKE),
    ("probe15", "staff-byline", "en", {"mid": "By Pinecrest Times Staff"}, PINE),
    ("check15", "staff-byline", "en", {"mid": "Lakeview Daily Staff Report"}, LAKE),
    ("check15", "staff-byline", "ko", {"mid": "누리경제 편집국"}, NURI),
    # a reporter's address on a mail host under the site's domain
    ("probe15", "mail-subdomain", "ko", {"bottom": "홍길동 기자 hong@news.saesol.co.kr"}, SAESOL),
    ("check15", "mail-subdomain", "en", {"bottom": "Contact Lena Moss at lmoss@mail.lakeviewdaily.com"}, LAKE),
    # traps: a story another outlet first printed, carried with its leave, names the first publisher, not the page's
    ("probe15", "republished", "en", {"bottom": "This article was originally published by Pinecrest Times."}, NONE),
    ("check15", "republished", "en",
     {"bottom": "This story first appeared in Lakeview Daily and is republished here with permission."}, NONE),
    ("check15", "republished", "ko", {"bottom": "※ 이 기사는 누리경제와의 콘텐츠 제휴로 게재합니다."}, NONE),
    # ---- session 15 (k2), second round "probe15b" / "check15b", written after reading the study half's misses (a
    # broadcaster's clip title on a video site, a site's name alone on a line of the page's head) and before this round's
    # first run, in other words than the pages'. A clip's title: the headline, the programme, a slash, the broadcaster
    # and the day it aired
    ("probe15b", "clip-title", "ko", {"top": "가상 소재기업, 새만금에 음극재 공장 착공 [뉴스9] / 가람뉴스 2026.11.02."}, GARAM),
    ("check15b", "clip-title", "ko", {"top": "[자막뉴스] 가상 소재기업 새만금 공장 착공 / 한빛일보 2026.11.02"}, HANBIT),
    ("check15b", "clip-title", "ko", {"top": "가상 소재기업 새만금 공장 착공 (현장영상) / 새솔신문 2026.11.02."}, SAESOL),
    ("check15b", "clip-title", "ko", {"top": "가상 소재기업, 새만금에 음극재 공장 착공 / 2026.11.02."}, NONE),
    # the site's name alone on a line of the head (a masthead, a site bar), above the headline or between the date and
    # the story; a section's or a company's name there names nothing
    ("probe15b", "masthead-line", "ko", {"top": "새솔신문"}, SAESOL),
    ("probe15b", "masthead-line", "en", {"mid": "Pinecrest Times"}, PINE),
    ("check15b", "masthead-line", "ko", {"mid": "누리경제"}, NURI),
    ("check15b", "masthead-line", "en", {"top": "Monday, November 2, 2026\nLakeview Daily"}, LAKE),
    ("probe15b", "masthead-line", "en", {"mid": "Business"}, NONE),
    ("check15b", "masthead-line", "ko", {"top": "산업"}, NONE),
    ("check15b", "masthead-line", "ko", {"mid": "가상소재"}, NONE),
    ("check15b", "masthead-line", "en", {"mid": "Invented Materials Inc."}, NONE),
    # ---- session 16 (k2), its own sets "probe16" / "check16", written together before their first run and before the
    # corpus was read this session, in forms no variant above prints. A wire's story carried by a site that prints its
    # own notice: the carrier is the page's outlet, not the wire its lead credits
    ("probe16", "wire-carried", "ko", {"lead": "(서울=연합뉴스) 홍길동 기자 = ", "bottom": "저작권자 © 새솔신문 무단전재 및 재배포 금지"},
     SAESOL),
    ("probe16", "wire-carried", "ko", {"lead": "(세종=뉴스1) 홍길동 기자 = ", "bottom": "Copyright ⓒ 가람뉴스 All rights reserved."},
     GARAM),
    ("probe16", "wire-carried", "en", {"lead": "SEOUL, Nov. 2 (Yonhap) -- ",
                                       "bottom": "Copyright © 2026 Pinecrest Times. All rights reserved."}, PINE),
    ("check16", "wire-carried", "ko", {"lead": "[세종=뉴시스] 김철수 기자 = ", "bottom": "<저작권자 ⓒ 누리경제, 무단 전재-재배포 금지>"},
     NURI),
    ("check16", "wire-carried", "ko", {"lead": "(부산=연합뉴스) 김철수 기자 = ", "bottom": "ⓒ 한빛일보 무단전재 및 재배포 금지"}, HANBIT),
    ("check16", "wire-carried", "en", {"lead": "WASHINGTON (AP) — ", "bottom": "© 2026 Lakeview Daily. All Rights Reserved."},
     LAKE),
    ("check16", "wire-carried", "en", {"mid": "By Lena Moss, The Associated Press",
                                       "bottom": "Copyright 2026 Lakeview Daily Inc. All rights reserved."}, LAKE),
    # the writer's byline with the outlet after a slash or in brackets, on a line of its own
    ("probe16", "byline-after", "ko", {"mid": "홍길동 기자 / 새솔신문"}, SAESOL),
    ("probe16", "byline-after", "en", {"mid": "By Jane Roe / Pinecrest Times"}, PINE),
    ("check16", "byline-after", "ko", {"bottom": "김철수 기자(누리경제)"}, NURI),
    ("check16", "byline-after", "en", {"mid": "Lena Moss (Lakeview Daily)"}, LAKE),
    ("check16", "byline-after", "en", {"bottom": "— Lena Moss, Lakeview Daily"}, LAKE),
    # traps: a desk, a place or a generic word in the same place
    ("probe16", "byline-after", "ko", {"mid": "홍길동 기자 / 산업부"}, NONE),
    ("check16", "byline-after", "en", {"mid": "Lena Moss (Seoul)"}, NONE),
    ("check16", "byline-after", "ko", {"bottom": "김철수 기자(사진)"}, NONE),
    # the brand alone in brackets, then the writer and the lead's "="
    ("probe16", "bracket-then-name", "ko", {"lead": "[새솔신문] 홍길동 기자 = "}, SAESOL),
    ("check16", "bracket-then-name", "ko", {"lead": "【누리경제】 김철수 기자 = "}, NURI),
    # traps: a story's tag in the same brackets
    ("probe16", "bracket-then-name", "ko", {"lead": "[인터뷰] 홍길동 기자 = "}, NONE),
    ("check16", "bracket-then-name", "ko", {"lead": "[단독] 김철수 기자 = "}, NONE),
    # the site's name alone on a line above the headline and again under the story (a masthead and the footer's logo)
    ("probe16", "masthead-twice", "ko", {"top": "새솔신문", "bottom": "새솔신문"}, SAESOL),
    ("check16", "masthead-twice", "en", {"top": "Lakeview Daily", "bottom": "Lakeview Daily\nAbout us | Contact | Privacy"},
     LAKE),
    ("check16", "masthead-twice", "ko", {"top": "누리경제", "bottom": "회사소개 | 광고문의\n누리경제"}, NURI),
    # traps: a section or a company printed twice
    ("probe16", "masthead-twice", "ko", {"top": "산업", "bottom": "산업"}, NONE),
    ("check16", "masthead-twice", "ko", {"top": "가상소재", "bottom": "가상소재"}, NONE),
    ("check16", "masthead-twice", "en", {"top": "Invented Materials Inc.", "bottom": "Invented Materials Inc."}, NONE),
    # the site's tip line with its own address; a press release's contact names no outlet
    ("probe16", "tip-line", "ko", {"bottom": "기사제보 tip@saesol.co.kr"}, SAESOL),
    ("check16", "tip-line", "en", {"bottom": "Got a news tip? Email newsroom@lakeviewdaily.com"}, LAKE),
    ("probe16", "tip-line", "ko", {"bottom": "문의: 가상 소재기업 홍보팀 pr@gasangsojae.co.kr"}, NONE),
    ("check16", "tip-line", "en", {"bottom": "Media contact: press@inventedmaterials.com"}, NONE),
    ("check16", "tip-line", "ko", {"bottom": "자료 문의 가상시 투자유치과 invest@gasangcity.kr"}, NONE),
    # the site's notice in sentences: its contents protected, no permission given to copy
    ("probe16", "content-notice", "ko",
     {"bottom": "새솔신문의 모든 콘텐츠(기사)는 저작권법의 보호를 받은바, 무단 전재와 복사, 배포 등을 금합니다."}, SAESOL),
    ("check16", "content-notice", "ko", {"bottom": "누리경제가 제공하는 모든 기사는 저작권법에 따라 보호받으며 무단 복제를 금합니다."},
     NURI),
    ("probe16", "content-notice", "en",
     {"bottom": "This material may not be reproduced or redistributed without the written permission of Pinecrest Times."},
     PINE),
    ("check16", "content-notice", "en", {"bottom": "No part of this story may be copied without permission from Lakeview Daily."},
     LAKE),
    # trap: a story's sentence about a company's rights
    ("check16", "content-notice", "ko", {"mid": "가상 소재기업의 모든 특허는 저작권법이 아니라 특허법의 보호를 받는다."}, NONE),
    # the page's own address after a label naming it the story's (기사주소, 단축 URL, Permalink)
    ("probe16", "own-url", "ko", {"bottom": "기사주소 https://www.saesol.co.kr/news/articleView.html?idxno=1234"}, SAESOL),
    ("probe16", "own-url", "en", {"bottom": "Permalink: https://pinecresttimes.com/2026/11/02/anode-plant/"}, PINE),
    ("check16", "own-url", "ko", {"bottom": "단축 URL : https://nurieconomy.kr/n/5678"}, NURI),
    ("check16", "own-url", "en", {"bottom": "Article link: https://www.lakeviewdaily.com/news/anode-plant-1234"}, LAKE),
    # traps: a source's or a report's address
    ("probe16", "own-url", "ko", {"bottom": "출처: https://www.gasangsojae.co.kr/press/1"}, NONE),
    ("check16", "own-url", "en", {"bottom": "Read the full report: https://www.example-institute.org/report.pdf"}, NONE),
    # an editorial board or the newsroom signing as the outlet
    ("probe16", "board", "en", {"mid": "By the Pinecrest Times Editorial Board"}, PINE),
    ("check16", "board", "en", {"bottom": "— The Lakeview Daily Editorial Board"}, LAKE),
    ("check16", "board", "ko", {"mid": "누리경제 논설위원실"}, NURI),
    # ---- session 16 (k2), second round "probe16b" / "check16b", written after reading the study half's outlet misses (the
    # site's name alone as an item of the info bar beside the stamp; the site's cookie notice naming it) and before this
    # round's first run, in other words than the pages'. The name as an item of the info bar, right under the stamp
    ("probe16b", "info-bar-name", "ko", {"mid": "• 새솔신문"}, SAESOL),
    ("probe16b", "info-bar-name", "en", {"mid": "· Pinecrest Times"}, PINE),
    ("check16b", "info-bar-name", "ko", {"mid": "▪ 누리경제\n▪ 댓글 0"}, NURI),
    ("check16b", "info-bar-name", "en", {"mid": "Lakeview Daily\n3 min read"}, LAKE),
    # traps: a section, a company, a person, a reading time in the same place
    ("probe16b", "info-bar-name", "ko", {"mid": "• 산업"}, NONE),
    ("check16b", "info-bar-name", "ko", {"mid": "• 가상소재"}, NONE),
    ("check16b", "info-bar-name", "ko", {"mid": "• 홍길동"}, NONE),
    ("check16b", "info-bar-name", "en", {"mid": "· Business\n· 3 min read"}, NONE),
    # the site's cookie or privacy notice naming it
    ("probe16b", "cookie-notice", "en",
     {"bottom": "This site uses cookies. Continued use means you accept the privacy policy of Pinecrest Times."}, PINE),
    ("check16b", "cookie-notice", "en",
     {"bottom": "Lakeview Daily uses cookies to give you the best experience. See our Cookie Policy."}, LAKE),
    ("check16b", "cookie-notice", "en",
     {"bottom": "By using this website you agree to the Lakeview Daily Privacy Policy and Terms of Use."}, LAKE),
    # traps: a notice naming no press name, a company's
    ("probe16b", "cookie-notice", "en", {"bottom": "This website uses cookies to improve your experience."}, NONE),
    ("check16b", "cookie-notice", "en", {"bottom": "We use cookies from Example Analytics to measure traffic."}, NONE),
    # ---- session 17 (k2), its own sets "probe17" / "check17", written together before their first run and before any
    # corpus page was read this session, in forms no variant above prints. The site's own address in a sentence under
    # the story (a "visit us" or "more at" line); a company's or a body's address in a story sentence is the trap
    ("probe17", "own-domain", "en", {"bottom": "For more local news, visit PinecrestTimes.com."}, PINE),
    ("probe17", "own-domain", "ko", {"bottom": "더 많은 소식은 www.saesol.co.kr 에서 확인하세요."}, SAESOL),
    ("check17", "own-domain", "en", {"bottom": "Read more stories like this one at lakeviewdaily.com"}, LAKE),
    ("check17", "own-domain", "ko", {"bottom": "누리경제 홈페이지 바로가기 www.nurieconomy.kr"}, NURI),
    ("check17", "own-domain", "en", {"bottom": "Find the latest headlines any time at www.harborledger.com."}, HARBOR),
    ("probe17", "own-domain", "en", {"bottom": "Details of the plan are posted at inventedmaterials.com, the company said."},
     NONE),
    ("check17", "own-domain", "ko", {"bottom": "자세한 내용은 가상시 누리집(www.gasangcity.go.kr)에서 볼 수 있다."}, NONE),
    ("check17", "own-domain", "en", {"bottom": "Applications are open at inventedjobs.org until Friday, organisers said."},
     NONE),
    # the site's newsletter or app named with a possessive or as the thing to get; a company's is the trap
    ("probe17", "possessive-promo", "en", {"bottom": "Get Pinecrest Times's morning newsletter in your inbox"}, PINE),
    ("probe17", "possessive-promo", "ko", {"bottom": "새솔신문 앱 다운로드"}, SAESOL),
    ("check17", "possessive-promo", "en", {"bottom": "Sign up for Lakeview Daily's free daily briefing"}, LAKE),
    ("check17", "possessive-promo", "en", {"bottom": "Download The Harbor Ledger's app for breaking news alerts"}, HARBOR),
    ("check17", "possessive-promo", "ko", {"bottom": "누리경제 뉴스레터 신청하기"}, NURI),
    ("probe17", "possessive-promo", "en", {"bottom": "Download the Invented Materials app"}, NONE),
    ("check17", "possessive-promo", "en", {"bottom": "Sign up for Invented Bank's newsletter for rate alerts"}, NONE),
    # a note that the story ran in the site's print edition
    ("probe17", "print-note", "en",
     {"bottom": "A version of this article appears in print on Nov. 3, 2026, in the Pinecrest Times."}, PINE),
    ("probe17", "print-note", "ko", {"bottom": "※ 이 기사는 2026년 11월 3일자 새솔신문 지면에 실렸습니다."}, SAESOL),
    ("check17", "print-note", "en", {"bottom": "This story appeared in the Nov. 3 print edition of Lakeview Daily."}, LAKE),
    ("check17", "print-note", "ko", {"bottom": "이 기사는 누리경제 11월 3일자 12면에 게재됐습니다."}, NURI),
    ("check17", "print-note", "ko", {"bottom": "한빛일보 2026년 11월 3일자 A10면"}, HANBIT),
    ("check17", "print-note", "en", {"bottom": "This article appears in the Invented Materials annual report."}, NONE),
    # a staff credit without "By"; a company's staff is the trap
    ("probe17", "staff-credit", "en", {"mid": "Pinecrest Times staff"}, PINE),
    ("check17", "staff-credit", "en", {"mid": "Lakeview Daily staff and wire reports"}, LAKE),
    ("check17", "staff-credit", "en", {"bottom": "— Harbor Ledger staff"}, HARBOR),
    ("check17", "staff-credit", "en", {"mid": "Invented Materials staff"}, NONE),
    # the byline "for" the outlet, and the outlet named as its address in a byline
    ("probe17", "byline-for", "en", {"mid": "By Jane Roe for Pinecrest Times"}, PINE),
    ("check17", "byline-for", "en", {"mid": "Lena Moss for the Lakeview Daily"}, LAKE),
    ("check17", "byline-for", "en", {"mid": "By Lena Moss for the Invented Council"}, NONE),
    ("probe17", "byline-domain", "en", {"mid": "By Jane Roe, PinecrestTimes.com"}, PINE),
    ("check17", "byline-domain", "en", {"mid": "Lena Moss | LakeviewDaily.com"}, LAKE),
    # a title line closed by the brand after other dashes and dots
    ("probe17", "title-dash", "en", {"top": "Invented materials maker breaks ground on anode plant — Pinecrest Times"}, PINE),
    ("check17", "title-dash", "en", {"top": "Invented materials maker breaks ground on anode plant · Lakeview Daily"}, LAKE),
    ("check17", "title-dash", "ko", {"top": "가상 소재기업, 새만금에 음극재 공장 착공…2천억 투자 ― 누리경제"}, NURI),
    ("check17", "title-dash", "en", {"top": "Invented materials maker breaks ground on anode plant — Opinion"}, NONE),
    # copyright notices with the year after the name, a range of years, the mark after the year, a glued year
    ("probe17", "footer-4", "en", {"bottom": "© Pinecrest Times, 2026"}, PINE),
    ("probe17", "footer-4", "ko", {"bottom": "ⓒ2026 새솔신문"}, SAESOL),
    ("check17", "footer-4", "en", {"bottom": "Copyright © 2019–2026 Lakeview Daily"}, LAKE),
    ("check17", "footer-4", "en", {"bottom": "Copyright 2026 © Lakeview Daily"}, LAKE),
    ("check17", "footer-4", "ko", {"bottom": "저작권자(c) 누리경제"}, NURI),
    ("check17", "footer-4", "ko", {"bottom": "Copyright ⓒ 2026 누리경제, All rights reserved"}, NURI),
    # ---- session 17 (k2), second round "probe17b" / "check17b", written after reading the study half's outlet misses (a
    # carrier's note that a wire's story reached it from a feed and its own staff did not write or edit it, under a wire's
    # lead; the site's coverage promoted with a possessive) and before this round's first run, in other words than the
    # pages'. The carrier's syndication note names the carrier, not the wire the lead credits
    ("probe17b", "feed-note", "en", {"lead": "SEOUL, Nov. 2 (Reuters) - ",
                                     "bottom": "Disclaimer: No Pinecrest Times journalist was involved in writing this story."},
     PINE),
    ("probe17b", "feed-note", "en", {"lead": "WASHINGTON (AP) — ",
                                     "bottom": "(This story has not been edited by Pinecrest Times staff and is published "
                                               "from a syndicated feed.)"}, PINE),
    ("check17b", "feed-note", "en", {"lead": "TOKYO, Nov. 2 (Reuters) - ",
                                     "bottom": "(Except for the headline, this story has not been edited by Lakeview Daily "
                                               "staff.)"}, LAKE),
    ("check17b", "feed-note", "en", {"lead": "SEOUL, Nov. 2 (Yonhap) -- ",
                                     "bottom": "Only the headline of this report may have been reworked by the Harbor "
                                               "Ledger staff; the rest is auto-generated from a syndicated feed."}, HARBOR),
    ("check17b", "feed-note", "en", {"bottom": "This article was published from a wire agency feed without changes to the "
                                               "text. No Lakeview Daily journalist edited it."}, LAKE),
    # traps: a feed note naming nobody, a wire's own note
    ("probe17b", "feed-note", "en", {"lead": "SEOUL, Nov. 2 (Reuters) - ",
                                     "bottom": "This story was published from a syndicated feed; only the headline was "
                                               "changed."}, ("reuters.com", None)),
    ("check17b", "feed-note", "en", {"bottom": "This story has not been edited by our staff and is auto-generated from a "
                                               "syndicated feed."}, NONE),
    # the site's coverage promoted with a possessive
    ("probe17b", "coverage-promo", "en", {"bottom": "Read more of Pinecrest Times's battery coverage here."}, PINE),
    ("check17b", "coverage-promo", "en", {"bottom": "Check out all of Lakeview Daily's energy coverage at this link."},
     LAKE),
    ("check17b", "coverage-promo", "en", {"bottom": "For more of The Harbor Ledger's reporting on trade, follow this link."},
     HARBOR),
    ("check17b", "coverage-promo", "en", {"bottom": "Read more of Invented Materials's investor updates here."}, NONE),
    # ---- session 17 (k2), third round "probe17c" / "check17c", written after reading the study half's and k3's new study
    # half's named-wrongly pages (a registered wire's story on a carrier's page that prints nothing of its own) and before
    # this round's first run: a wire's lead credit alone names no page's publisher (its own site and every carrier print
    # it); with the wire's own notice, byline or trust line the page is the wire's
    ("probe17c", "wire-lead-only", "en", {"lead": "BEIJING (Reuters) - "}, NONE),
    ("probe17c", "wire-lead-own", "en", {"lead": "BEIJING (Reuters) - ", "bottom": "© 2026 Reuters. All rights reserved."},
     ("reuters.com", None)),
    ("check17c", "wire-lead-only", "en", {"lead": "WASHINGTON (AP) — "}, NONE),
    ("check17c", "wire-lead-only", "en", {"lead": "TOKYO, Nov. 2 (Bloomberg) -- "}, NONE),
    ("check17c", "wire-lead-own", "en", {"lead": "WASHINGTON (AP) — ",
                                         "bottom": "Copyright 2026 The Associated Press. All rights reserved."},
     ("apnews.com", None)),
    ("check17c", "wire-lead-own", "en", {"lead": "SEOUL, Nov. 2 (Reuters) - ",
                                         "bottom": "Our Standards: The Thomson Reuters Trust Principles."}, ("reuters.com", None)),
    ("check17c", "wire-lead-own", "en", {"lead": "TOKYO, Nov. 2 (Bloomberg) -- ", "bottom": "©2026 Bloomberg L.P."},
     ("bloomberg.com", None)),
)


def fill(skeleton: str, slots: dict[str, str]) -> str:
    """The page: each slot's text in its place; an empty slot leaves no line."""
    page = skeleton
    for slot in ("top", "mid", "bottom"):
        page = page.replace("{" + slot + "}\n", slots[slot] + "\n" if slots.get(slot) else "")
    return page.replace("{lead}", slots.get("lead", ""))


def page_outlet(page: str) -> str | None:
    """The outlet key the parser names for a made-up page (None: unknown)."""
    return extract_raw(page.encode(), "probe.txt", LANDING, None)[0].article.outlet


def run(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(right, tried) per probe set ("probe", "check"; session 15's "probe15", "check15"); named wrongly printed apart."""
    register_made_up()
    totals: dict[str, list[int]] = {"probe": [0, 0], "check": [0, 0]}
    wrong = {"probe": 0, "check": 0}
    for kind, shape, lang, slots, want in VARIANTS:
        totals.setdefault(kind, [0, 0])  # later sessions' own sets ("probe15", "check15") counted apart
        wrong.setdefault(kind, 0)
        def judge(page: str, want: tuple[str, str | None] | None = want, kind: str = kind) -> tuple[bool, str]:
            got = page_outlet(page)
            ok = got is None if want is None else got is not None and outlet_ok(got, want[0], want[1])
            wrong[kind] += got is not None and not ok
            return ok, str(got)

        pages = [(name, fill(skeleton, slots)) for name, (sk_lang, skeleton) in SKELETONS.items() if sk_lang == lang]
        shown = " · ".join(f"{k}={v}" for k, v in slots.items()).replace("\n", " ⏎ ")
        score_pages(totals, kind, shape, shown, pages, judge, verbose)
    result = print_totals(totals)
    for kind, n in wrong.items():
        print(f"{kind} variants named wrongly: {n}")
    return result


def main(argv: list[str] | None = None) -> int:
    return probe_main(__doc__, run, "what the parser named where a variant is wrong", argv)


if __name__ == "__main__":
    raise SystemExit(main())
