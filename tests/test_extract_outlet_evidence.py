"""Outlet recognition from the page: the kinds of evidence the wider press prints (synthetic lines only)."""

from __future__ import annotations

import pytest

from chainwire.extract.outlets import OUTLETS, outlet_for_page, outlet_name_for_url

pytestmark = pytest.mark.unit  # make test-fast


def _key(text: str) -> str | None:
    o = outlet_for_page(text)
    return o.name if o else None


@pytest.mark.parametrize(
    "text, outlet",
    [
        # a byline line led by the outlet's name, with or without a "place=" part, dated
        ("가상 제목\n머니투데이 홍길동 기자, 김철수 기자 2024.01.02 10:30\n본문 문장이다.", "mt"),
        ("가상 제목\n머니투데이 안성(경기)=홍길동 기자 2024.01.02 10:30\n본문 문장이다.", "mt"),
        # an English staff photo credit: a person's name, a slash, the outlet
        ("A made-up headline\n\nA tanker is seen at a port on Friday. (Hong Gil-dong/The Korea Herald)\n\nBody text.",
         "koreaherald"),
        # the outlet's own banner: a markdown image whose alt text opens with its bracketed brand
        ("![[와우글로벌] 회원 이벤트 안내](https://img.example.net/banner/1.jpg)\n가상의 기사 본문이다.", "wowglobal"),
        # the site's title bar "brand headline" next to the headline on its own line
        ("가상의 헤드라인 문장 하나\n경제\n연합뉴스TV 가상의 헤드라인 문장 하나\n본문이다.", "yonhapnewstv"),
        # an English bracket byline of a Korean daily's English edition
        ("A made-up headline\n\n[Asia Economy Reporter Hong Gildong] Body text goes here.", "asiae"),
        # a regional daily and an English-language foreign title from the press table
        ("가상 제목\n\n[서울파이낸스 홍길동 기자] 본문이다.", "seoulfn"),
        ("A made-up headline\n\nBody text.\n\nCopyright © Manila Bulletin. All rights reserved.", "mb"),
        # a reposting site's credit line: "Source: Brand | date | By NAME"
        ("Made-up Watch Network\n\nA made-up headline on chips\n\nSource: The Korea Herald | March 3rd, 2025 | By "
         "Hong Gil-dong, staff writer\n\nBody text.", "koreaherald"),
        # a summary service's note crediting the story it digests
        ("가상의 요약 문장이다.\n두 번째 요약 문장이다.\n가상요약의 문장 추출 기술로 “머니투데이” 기사 내용을 3줄로 요약한 결과입니다.",
         "mt"),
        # a press name glued to a content distributor's address: the outlet is the name, not the distributor
        ("가상의 본문 문장이다.\n글로벌오토뉴스CP-2099-0001@distributor.example.com\n댓글0", "global-autonews"),
        # a sign-off naming the outlet after "@" (its e-mail cut by the capture)
        ("가상의 본문 문장이다.\n홍길동기자@전자신문, gildong@", "etnews"),
        # the affiliation line under an English byline
        ("A made-up headline\n\nBody text.\n\nBY HONG GIL-DONG [[email protected]]\nwith the Korea JoongAng Daily",
         "joongangdaily"),
        # the site's title bar: brand, a dash, its slogan
        ("SundayWeekly – 가상의 구호 문구\n가상 제목\n본문이다.", "sundayweekly"),
        # an image served through an image CDN that keeps the origin host in its path
        ("가상 제목\n![[포토] 행사](https://i0.wp.com/atlantak.com/wp-content/uploads/1.jpg)\n본문이다.", "atlantak"),
        # the article's own short link alone on a line
        ("가상 제목\n본문이다.\n(www.hankookilbo.com/News/Read/A2026110209000001)", "hankookilbo"),
        # a regional station's own brand, not the network's
        ("가상 제목\n울산MBC 뉴스 홍길동입니다.\n", "usmbc"),
        ("가상 제목\n[울산MBC] 가상의 본문이 이어지는 문장이다.\n", "usmbc"),
        # a digest's credit of the story: "(Brand – Month D, YYYY)"
        ("A made-up headline – by Hong Gil-dong (Korea Herald – May 2, 2026)\n\nBody text.", "koreaherald"),
    ],
)
def test_outlet_evidence_of_the_wider_press(text, outlet):
    assert _key(text) == outlet


def test_image_host_on_an_outlets_subdomain_names_it():
    # the outlet lives on a sub-domain of another registrable domain: the full host decides
    text = "A made-up headline\n\n![A photo](https://koreajoongangdaily.joins.com/data/photo/1.jpg)\n\nBody text."
    assert _key(text) == "joongangdaily"


@pytest.mark.parametrize(
    "text",
    [
        # a sentence starting with a brand is not a byline (the role must end a token)
        "가상 제목\n머니투데이 홍길동 기자가 전했다는 내용의 문장이다.\n",
        # an image alt bracket that is not a brand (a rubric) says nothing
        "![[포토뉴스] 어느 행사 장면](https://img.example.net/1.jpg)\n가상의 본문이다.",
        # "brand + text" where the text is no headline line of the page
        "가상 제목\n연합뉴스TV 시청자 여러분께 드리는 안내 말씀\n본문이다.",
        # a photo credit without a person's name: an agency photo on any outlet's page
        "A made-up headline\n\nA ship at a port. (Yonhap)\n\nBody text.",
        # "with the" and a title bar that name no outlet; a link to a site not in the registry
        "A made-up headline\n\nBody text.\nwith the support of partners",
        "가상의 구호 – 가상의 문구 하나\n본문이다.\n(www.example.org/news/view/12345)",
        # a copyright notice closing a photo's caption credits the photo's agency, not the publisher
        "가상의 본문 문장이다.\n가상의 전시장에서 관람객이 장비를 살펴보고 있다. 2099.1.2 (ⓒ뉴스1, 무단 전재-재배포 금지)\n다음 문장이다.",
        # a chart's data source (no date or byline after a bar) credits no outlet
        "A made-up headline\n\nBody text.\nSource: Korea Herald research",
        # a distributor's address behind an unregistered press name: neither names the outlet
        "가상의 본문 문장이다.\n가상오토뉴스CP-2099-0001@distributor.example.com",
        # a Latin brand inside another word is not the brand ("webs" is not EBS)
        "A made-up headline\n\nBody text.\n\nCopyright ⓒ Examplewebs. All rights reserved.",
    ],
)
def test_weak_or_ambiguous_lines_name_no_outlet(text):
    assert _key(text) is None


def test_press_table_keys_follow_the_url_rule():
    # a page recognised by brand and the same page recognised by URL must get the same key
    assert all(o.name == outlet_name_for_url(f"http://{o.domains[0]}") for o in OUTLETS)
    owners: dict[str, set[str]] = {}
    for o in OUTLETS:
        for b in o.brands:
            owners.setdefault(b.lower(), set()).add(o.name)
    assert not {b: names for b, names in owners.items() if len(names) > 1}  # a brand names one outlet


def test_a_wire_lead_with_the_brand_in_parentheses_names_the_outlet():
    from chainwire.extract.profiles import parse_text_page

    art = parse_text_page("A made-up headline on export rules\n\n"
                          "SEOUL (UrduPoint News / Sputnik - 2nd May, 2026) South Korea said it would widen the list. "
                          "The ministry gave no date for the change.\n", "x.txt")
    assert (art.outlet, art.dateline) == ("urdupoint", "SEOUL")


def test_a_korean_brand_inside_a_longer_press_name_is_another_paper():
    # "매일신문" is registered; "가상매일신문" is another paper: its syllables are glued to the brand's
    assert _key("가상 제목\n\n[가상매일신문=홍길동 기자] 본문이다.\n") is None
    assert _key("가상 제목\n\n본문이다.\n저작권자 © 가상매일신문 무단전재 및 재배포 금지\n") is None
    # the registered brand after a bracket, "=" or "ⓒ" is still the outlet
    assert _key("가상 제목\n\n[대구=매일신문 홍길동 기자] 본문이다.\n") == "imaeil"
    assert _key("가상 제목\n\n본문이다.\nⓒ매일신문 무단전재 및 재배포 금지\n") == "imaeil"


@pytest.mark.parametrize(
    "text, outlet",
    [
        # a portal copy's credit of the outlet that provided the story, alone on its line
        ("가상 제목\n\n가상의 본문 문장이다.\n\n기사제공 : 서울경제\n\n많이 본 뉴스\n", "sedaily"),
        ("가상 제목\n\n가상의 본문 문장이다.\n\n기사제공 연합뉴스\n", "yonhap"),
        # a reposting site's "Source: Brand" closing the page; Yonhap's full English name is its brand
        ("A made-up headline\n\nBody text.\n\nSource: Yonhap News Agency\n\nShare\nTweet\n", "yonhap_en"),
    ],
)
def test_a_credit_of_the_storys_provider_names_the_outlet(text, outlet):
    assert _key(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        "가상 제목\n\n사진 제공 : 서울경제\n\n가상의 본문 문장이다.\n",  # a photo's credit, not the story's provider
        # a chart's "Source: Brand" inside a long story, far from the page's end, credits no outlet
        "A made-up headline\n\nSource: Korea Herald\n\n" + "Body text that goes on for a while. " * 20 + "\n",
    ],
)
def test_a_photo_or_chart_credit_names_no_outlet(text):
    assert _key(text) is None


def test_a_bracketless_brand_byline_beats_a_reporters_odd_mail_domain():
    """"매체=이름 기자 e-mail": the registered brand before "=" names the outlet; the reporter's address at an
    unrelated domain does not (a place before "=" names none)."""
    assert _key("가상 제목\n\n가상의 본문 문장이다.\n\n디일렉=홍길동 기자 gildong@example-mail.com\n") == "thelec"
    assert _key("가상 제목\n\n세종=홍길동 기자 가상의 본문이다.\n") is None


@pytest.mark.parametrize(
    "line, outlet",
    [
        ("<세상을 보는 눈, 글로벌 미디어 세계일보>", "segye"),  # the site's slogan closed by its name
        ("《가상 분야 전문미디어 디일렉》", "thelec"),
        ("<사진 연합뉴스>", None),  # a photo's credit
        ("<행사 모습 연합뉴스>", None),  # no press word before the name: a caption's credit, not a slogan
    ],
)
def test_a_slogan_closed_by_the_outlets_name(line, outlet):
    assert _key(f"가상 제목\n\n가상의 본문 문장이다.\n\n{line}\n") == outlet


# Pictures and other stories printed on a page of an outlet the registry does not know (made-up names): a
# registered agency printed there credits a photo or heads another story's teaser, never this page
_STORY = ("가상 제목이다\n입력 2099.01.02 10:20\n"
          "가람시는 12일 시청에서 누리소재 공급망 점검 회의를 열었다고 밝혔다.\n"
          "회의에는 지역 제조업체 대표 스무 명이 참석해 원료 조달 사정을 설명했다.\n")


@pytest.mark.parametrize(
    "text",
    [
        # a related list under the story: an agency's teaser with its lead byline, a bracketed brand
        _STORY + "홍길동 기자\n관련기사\n[서울=뉴시스] 김누리 기자 = 다른 이야기의 첫 문장이다.\n",
        _STORY + "홍길동 기자\n많이 본 뉴스\n[연합뉴스] 누리소재 값 석 달째 올라\n",
        "A made-up headline\n\nGaram City held a supply chain review meeting on Tuesday, officials said today.\n"
        "Related Articles\nSEOUL, Jan. 2 (Yonhap) -- Another story begins here.\n",
        # an agency's picture credited in a bracket or on a line of its own with a credit word
        "가상 제목이다\n[연합뉴스 자료사진]\n" + _STORY[7:],
        "가상 제목이다\n뉴시스 그래픽\n" + _STORY[7:],
        "A made-up headline\n[Yonhap file photo]\nGaram City held a meeting on Tuesday, officials said.\n",
        "A made-up headline\nYonhap photo\nGaram City held a meeting on Tuesday, officials said.\n",
        # a caption closed by the agency's copyright mark and its photographer
        _STORY + "가람시청 앞에서 시민들이 회의 결과를 기다리고 있다. 2099.1.2/뉴스1 © News1 김누리 기자\n",
        # a foreign agency's picture and its Korean distributor, or the agency alone in a mark or brackets
        "가상 제목이다\n가람시청 앞 모습.\n[AP=연합뉴스]\n" + _STORY[7:],
        "가상 제목이다\n가람시청 앞 모습.\n[로이터=뉴스1] 김누리 기자\n" + _STORY[7:],
        "가상 제목이다\n가람시청 앞 모습.\nⓒ연합뉴스\n" + _STORY[7:],
        "가상 제목이다\n가람시청 앞 모습.\n(연합뉴스)\n" + _STORY[7:],
        "A made-up headline\nA worker at the plant.\n(Yonhap)\nGaram City held a meeting on Tuesday, officials said.\n",
    ],
)
def test_another_storys_or_a_pictures_agency_names_no_outlet(text):
    assert _key(text) is None


def test_the_storys_own_lead_above_a_related_list_still_names_it():
    text = "가상 제목이다\n[서울=뉴시스] 홍길동 기자 = " + _STORY[7:] + "관련기사\n[연합뉴스] 다른 기사 제목\n"
    assert _key(text) == "newsis"


def test_a_newsrooms_news_site_and_its_stations_mail_domain_name_one_outlet():
    from chainwire.extract.outlets import outlet_for_url, outlets_for_mail_domain

    assert outlet_for_url("https://www.obsnews.co.kr/news/articleView.html?idxno=1").name == "obs"
    assert [o.name for o in outlets_for_mail_domain("obs.co.kr")] == ["obs"]


def test_the_sites_own_lines_still_name_it():
    assert _key("가상 제목이다\n" + _STORY[7:] + "/연합뉴스\n") == "yonhap"  # the sign-off after a slash
    assert _key("가상 제목이다\n" + _STORY[7:] + "저작권자 ⓒ 연합뉴스 무단전재 및 재배포 금지\n") == "yonhap"


@pytest.mark.parametrize(
    "text, outlet",
    [
        # outlets added to the registry from public knowledge (session 11), named by the forms the registry reads
        ("가상 제목\n\n(서울=NSP통신) 홍길동 기자 = 가상의 본문 문장이다.\n", "nspna"),
        ("가상 제목\n\n[대한경제=홍길동 기자] 가상의 본문 문장이다.\n", "dnews"),
        ("가상 제목\n\n가상의 본문 문장이다.\n\n저작권자 © 시사IN 무단전재 및 재배포 금지\n", "sisain"),
        ("A made-up headline\n\nBody text.\n\nCopyright © 2099 TradeWinds. All rights reserved.\n", "tradewindsnews"),
        # a sub-domain outlet of a group keeps its own key; the group's mail domain is not its own
        ("가상 제목\n\n[IT조선 홍길동 기자] 가상의 본문 문장이다.\n", "itchosun"),
        # the second pass: a trade paper by its footer, a regional daily by its short masthead line
        ("가상 제목\n\n가상의 본문 문장이다.\n\n저작권자 © 스틸데일리 무단전재 및 재배포 금지\n", "steeldaily"),
        ("전북중앙\n가상 제목\n\n가상의 본문 문장이다.\n", "jjn"),
    ],
)
def test_outlets_added_from_public_knowledge(text, outlet):
    assert _key(text) == outlet


@pytest.mark.parametrize(
    "line, outlet",
    [
        # a correspondent's sign-off under an English story: the name, the outlet, the place
        ("Hong Gil-dong, Arirang News, Seoul.", "arirang"),
        # the same shape naming a company or three places names no outlet
        ("Kim Min-su, Example Electronics, Suwon.", None),
        ("Seoul, Busan, Incheon", None),
    ],
)
def test_an_english_correspondents_sign_off(line, outlet):
    assert _key(f"A made-up headline\n\nBody text of a made-up story goes here.\n\n{line}\n") == outlet


def test_a_registered_outlets_desk_byline_names_it():
    assert _key("A made-up headline\nArirang News Web Desk\n\nBody text of a made-up story goes here.\n") == "arirang"
    assert _key("가상 제목\n/서울파이낸스 온라인뉴스팀\n\n가상의 본문 문장이다.\n") == "seoulfn"
