"""An outlet the registry does not know, named by the brand the page prints (synthetic lines only).

Every brand here is made up ("가람타임즈", "Example Valley News"): the tests first check that none of them
is registered, so what they show is the page evidence, not the press table.
"""

from __future__ import annotations

import pytest

from chainwire.extract.outlets import (
    brand_key,
    brand_map,
    edition_masthead,
    footer_brand,
    normalise_brand,
    outlet_for_page,
    printed_brand,
    same_brand,
    self_named_brand,
    self_reference_brand,
)
from chainwire.extract.profiles import parse_text_page

pytestmark = pytest.mark.unit  # make test-fast

MADE_UP = ("가람타임즈", "가람일보", "누리경제", "가상&뉴스", "가람포토", "Example Valley News", "가상매일신문")


def test_the_made_up_brands_are_not_registered():
    assert not [b for b in MADE_UP if b.lower() in brand_map()]


@pytest.mark.parametrize(
    "printed, brand",
    [
        ("<저작권자 ⓒ 가람타임즈, 무단전재 및 재배포 금지>", "가람타임즈"),
        ("저작권자 가람타임즈 무단전재 및 재배포 금지", "가람타임즈"),
        ("[저작권자ⓒ 가람일보. 무단전재-재배포 금지]", "가람일보"),
        ("저작권자 © 가상&뉴스 무단전재 및 재배포 금지", "가상&뉴스"),
        ("Copyright © 2024 Example Valley News Co., Ltd. All rights reserved.", "Example Valley News"),
        ("© Copyright 2019-2025 Example Valley News. All Rights Reserved", "Example Valley News"),
        ("(주)누리경제", "누리경제"),
        ("㈜누리경제", "누리경제"),
        ("  가람일보  ", "가람일보"),
        ("가람일보취재팀", "가람일보"),  # a newsroom unit after the name
        ("가람일보 특별취재팀", "가람일보"),
        ("Example Valley News Newsroom", "Example Valley News"),
        ("취재팀", "취재팀"),  # nothing before the unit: left as printed (and no name-like brand)
        ("누리(NURI)경제", "누리경제"),  # a Latin gloss inside a Hangul name
        ("Example (EV) News", "Example (EV) News"),  # a Latin name keeps its brackets
        ("ⓒ ", None),
        ("Copyright © 2024. All rights reserved.", None),
    ],
)
def test_normalise_brand_strips_what_surrounds_the_name(printed, brand):
    assert normalise_brand(printed) == brand


def test_brand_key_compares_names_as_printed():
    assert brand_key("The Example Valley News") == brand_key("EXAMPLE VALLEY NEWS") == brand_key("Example ValleyNews")
    assert brand_key("<저작권자 © 가람일보>") == brand_key("가람일보")
    assert brand_key("가람일보") != brand_key("가람타임즈")
    assert brand_key(None) == ""


@pytest.mark.parametrize(
    "text, brand",
    [
        # the site's footer, with the notice or the word
        ("가상 제목\n\n본문 문장이다.\n\n<저작권자 © 가람타임즈, 무단전재 및 재배포 금지>\n", "가람타임즈"),
        ("Headline\n\nBody text.\n\nCopyright © 2025 Example Valley News. All rights reserved.\n", "Example Valley News"),
        # a bare mark and a name under an image credits the photo's agency, not the publisher
        ("가상 제목\n\n![](https://img.example.net/1.jpg)\nⓒ가람포토\n\n본문 문장이다.\n", None),
        # a mark inside a caption line credits the photographer
        ("가상 제목\n\n행사장에서 참석자들이 이야기를 나누고 있다. ⓒ홍길동 기자\n\n본문 문장이다.\n", None),
        # a caption closed by an agency's mark in parentheses
        ("가상 제목\n\n행사장에서 참석자들이 이야기를 나누고 있다. 2025.12.4 (ⓒ가람일보, 무단 전재 금지)\n\n본문이다.\n", None),
        # a portal's own footer names no publisher; the story's outlet above it does
        ("가상 제목\n\n본문 문장이다.\n\nCopyright © Daum. All rights reserved.\n", None),
        ("가상 제목\n\n본문 문장이다.\n\n저작권자 © 가람일보 무단전재 및 재배포 금지\n\nCopyright © Daum. All rights reserved.\n",
         "가람일보"),
    ],
)
def test_footer_brand(text, brand):
    assert footer_brand(text) == brand


def test_printed_brand_prefers_the_storys_own_evidence_and_never_guesses_on_a_copy():
    body = "가상 제목\n\n본문 문장이다.\n\n"
    assert printed_brand(body, "가람타임즈") == ("가람타임즈", "lead byline")
    assert printed_brand(body + "기사제공 가람일보\n") == ("가람일보", "source credit")
    # a summary service's note crediting the story it digests
    assert printed_brand("요약 문장이다.\n가상요약의 문장 추출 기술로 “누리경제” 기사 내용을 3줄로 요약한 결과입니다.\n") \
        == ("누리경제", "source credit")
    assert printed_brand(body + "저작권자 © 가람일보 무단전재 및 재배포 금지\n") == ("가람일보", "copyright line")
    # the lead and the footer agree: one outlet
    assert printed_brand(body + "저작권자 © 가람타임즈 무단전재 및 재배포 금지\n", "가람타임즈") == ("가람타임즈", "lead byline")
    # the story's outlet and the site's differ: a copy, whose page it is the page does not settle
    assert printed_brand(body + "저작권자 © 가람일보 무단전재 및 재배포 금지\n", "가람타임즈") is None
    # a registered agency's credit closing the story above a site's footer: a reprinted agency story
    assert printed_brand("가상 제목\n\n본문 문장이다. /연합뉴스\n\n저작권자 © 가람일보 무단전재 및 재배포 금지\n") is None
    # a chart's source closing the page names no outlet unless it is registered
    assert printed_brand("Headline\n\nBody text.\n\nSource: Example Valley Statistics Office\n") is None
    # nothing printed: nothing named
    assert printed_brand(body) is None


def _page(lead: str, footer: str = "") -> str:
    return ("가상 도시 수소 충전소 확충 계획 발표\n\n"
            f"{lead}가상 도시가 수소 충전소를 두 곳 더 짓기로 했다고 2일 밝혔다. 사업비는 국비와 시비로 마련한다.\n\n"
            "시 관계자는 \"충전 대기 시간을 줄이겠다\"고 말했다.\n\n" + footer)


@pytest.mark.parametrize(
    "text, outlet",
    [
        # the brand in a Korean bracket byline: after the place's "=", before the reporter's "=", with a slash
        (_page("[대전=가람타임즈 홍길동 기자] "), "가람타임즈"),
        (_page("[가람타임즈=홍길동 기자] "), "가람타임즈"),
        (_page("[가람일보/홍길동 기자] "), "가람일보"),
        # the copyright footer when the lead names none
        (_page("", "저작권자 © 가람일보 무단전재 및 재배포 금지\n"), "가람일보"),
        # a place alone in the lead's bracket is a dateline, not an outlet
        (_page("[아산]"), None),
        # a photo credit in brackets is no proof of the publisher
        (_page("", "[사진=가람포토]\n"), None),
        # a syllable-glued longer name is another paper than the registered "매일신문": named as printed
        (_page("", "저작권자 © 가상매일신문 무단전재 및 재배포 금지\n"), "가상매일신문"),
        # a registered outlet still wins over any printed unregistered brand
        (_page("[대전=뉴스핌] 홍길동 기자 = ", "저작권자 © 가람일보 무단전재 및 재배포 금지\n"), "newspim"),
    ],
)
def test_a_page_of_an_unregistered_outlet_is_named_by_its_printed_brand(text, outlet):
    art = parse_text_page(text, "x.txt")
    assert art.outlet == outlet
    registered = outlet_for_page(text) is not None
    if outlet is not None and not registered:
        assert any(w.startswith("outlet not registered") for w in art.warnings)
    if outlet is None:
        assert "outlet not recognized" in art.warnings


def test_an_english_wire_lead_names_no_unregistered_outlet():
    # "(Agency) --" credits the wire whose story the site carries, not the site
    art = parse_text_page("A made-up headline on battery plants\n\n"
                          "HANOI (Example Valley News) -- A maker said it would build a plant. "
                          "The plant will open next year.\n", "x.txt")
    assert art.outlet is None


def test_an_image_librarys_copyright_line_is_no_footer():
    assert footer_brand("본문이다.\nCopyright © 2099 Getty Images. All rights reserved.\n") is None
    assert footer_brand("본문이다.\n저작권자 © 게티이미지뱅크 무단전재 및 재배포 금지\n") is None
    assert footer_brand("본문이다.\n저작권자 © 가람타임즈 무단전재 및 재배포 금지\n") == "가람타임즈"


STORY_EN = ("Officials of an invented ministry said on Monday that a made-up port would reopen next week after a "
            "fictional strike ended, and that exports of an imaginary alloy would resume at once.")
MORE_EN = "A fictional trade group said members expected shipments to return to normal within a month."


def test_the_writers_byline_names_an_unregistered_outlet():
    # "By Brand NAME": the writer's outlet, printed in the byline under the headline
    page = "\n".join(["Invented Port to Reopen Next Week", "", "By Example Valley News Hong Gildong", "",
                      STORY_EN, "", MORE_EN]) + "\n"
    art = parse_text_page(page, "x.txt")
    assert art.reporters == ["Hong Gildong"]
    assert brand_key(art.outlet) == brand_key("Example Valley News")


@pytest.mark.parametrize("item", ["• example-valley.tv", "example-valley.tv", "www.example-valley.tv"])
def test_a_bare_address_in_the_info_bar_names_the_site(item):
    page = "\n".join(["Invented Port to Reopen Next Week", item, "• 5 days ago", "• 2 min read", "",
                      STORY_EN, "", MORE_EN]) + "\n"
    assert parse_text_page(page, "x.txt").outlet == "example-valley"


def test_two_addresses_in_the_head_name_no_site():
    page = "\n".join(["Invented Port to Reopen Next Week", "• example-valley.tv", "• other-hill.com", "",
                      STORY_EN, "", MORE_EN]) + "\n"
    assert parse_text_page(page, "x.txt").outlet is None


@pytest.mark.parametrize(("a", "b", "same"), [
    ("가람경제", "가람경제신문", True),  # the footer's short form, without the kind word
    ("가람경제신문", "가람경제", True),
    ("Example Valley", "Example Valley News", True),
    ("가람타임즈", "가람타임즈", True),
    ("가람경제", "가람경제연구소", False),  # a longer name, not a kind word: another body
    ("가람일보", "가람타임즈", False),
    ("가람", None, False),
])
def test_two_printed_names_of_one_outlet(a, b, same):
    assert same_brand(a, b) is same


def _captioned_page(lead: str, footer: str) -> str:
    # a photo's caption credited to a registered agency above the story, the site's own lead and footer around it
    return ("가상 도시 수소 충전소 확충 계획 발표\n\n"
            "가상 도시 관계자가 2일 충전소 부지를 둘러보고 있다 / ⓒ뉴시스\n\n"
            f"{lead}가상 도시가 수소 충전소를 두 곳 더 짓기로 했다고 2일 밝혔다. 사업비는 국비와 시비로 마련한다.\n\n"
            "시 관계자는 \"충전 대기 시간을 줄이겠다\"고 말했다.\n\n" + footer)


def test_a_page_naming_itself_in_its_lead_and_its_footer_is_that_outlets():
    footer = "저작권자 © 가람경제 무단전재 및 재배포 금지\n"
    assert self_named_brand(_page("[가람경제신문 홍길동 기자] ", footer), "가람경제신문") == "가람경제신문"
    assert parse_text_page(_page("[가람경제신문 홍길동 기자] ", footer), "x.txt").outlet == "가람경제신문"
    # the agency a caption credits is only mentioned: the page names itself twice
    text = _captioned_page("[가람경제 / 홍길동 기자] ", footer)
    assert outlet_for_page(text) is None  # the caption's "… / ⓒ agency" credits the picture (k3, session 12)
    assert parse_text_page(text, "x.txt").outlet == "가람경제"
    # lead and footer disagree: a copy, unknown (before session 12 the caption's agency was named); only the
    # footer names the page: the footer's name
    assert self_named_brand(_page("[가람일보 홍길동 기자] ", footer), "가람일보") is None
    assert parse_text_page(_captioned_page("[가람일보 / 홍길동 기자] ", footer), "x.txt").outlet is None
    assert parse_text_page(_captioned_page("", footer), "x.txt").outlet == "가람경제"


def _en_page(sentence: str) -> str:
    return f"An invented port reopens after a fictional strike\n\n{STORY_EN}\n\n{sentence}\n\n{MORE_EN}\n"


@pytest.mark.parametrize(
    "sentence, outlet",
    [
        # the story's own newsroom told a statement, the quote following its colon
        ("A made-up analyst told Example Valley Journal: \u201cThe strike cost us a month.\u201d", "Example Valley Journal"),
        ("An invented union leader told the Garam Harbour News: \u201cWe are going back.\u201d", "Garam Harbour News"),
        # the story's own newsroom asking for comment
        ("The invented operator did not respond to a request for comment from Example Valley Journal.",
         "Example Valley Journal"),
        # another outlet's interview cited: no colon, or a time and place after the name
        ("A made-up analyst told Example Valley Journal that the strike cost a month.", None),
        ("A made-up analyst told Example Valley Journal in an interview last week that it was over.", None),
        # a person told, not an outlet: the name is not built like a press name
        ("The invented minister told President Garam: \u201cWe will reopen.\u201d", None),
        # a registered outlet or an agency told: a quote of another outlet's work, never a reason to name one
        ("A made-up analyst told Reuters: \u201cThe strike is over.\u201d", None),
    ],
)
def test_an_english_story_told_or_asking_as_its_own_newsroom_names_the_outlet(sentence, outlet):
    text = _en_page(sentence)
    assert self_reference_brand(text) == outlet
    art = parse_text_page(text, "x.txt")
    assert art.outlet == outlet
    if outlet is not None:
        assert "outlet not registered: named by the brand its own reporting prints" in art.warnings


def test_two_press_names_told_or_a_registered_one_among_them_name_no_outlet():
    both = ("A made-up analyst told Example Valley Journal: \u201cIt is over.\u201d "
            "An invented trader told Garam Harbour News: \u201cNot yet.\u201d")
    assert self_reference_brand(_en_page(both)) is None
    mixed = ("A made-up analyst told Example Valley Journal: \u201cIt is over.\u201d "
             "An invented trader told Reuters: \u201cNot yet.\u201d")
    assert self_reference_brand(_en_page(mixed)) is None
    # a registered outlet told anything elsewhere on the page: a page quoting other outlets' work
    quoting = ("A made-up analyst told Example Valley Journal: \u201cIt is over.\u201d "
               "An invented official told Reuters the talks would go on.")
    assert self_reference_brand(_en_page(quoting)) is None
    # a registered outlet's arm, its brand and more words, is quoted like the outlet itself
    assert self_reference_brand(_en_page("A made-up trader told Bloomberg TV: \u201cNot yet.\u201d")) is None
    # the site's own copyright footer is stronger evidence and keeps its name
    footer = "\nCopyright \u00a9 2099 Garam Harbour News. All rights reserved.\n"
    text = _en_page("A made-up analyst told Example Valley Journal: \u201cIt is over.\u201d") + footer
    assert parse_text_page(text, "x.txt").outlet == "Garam Harbour News"


# What a site prints about itself outside the story (outlets.site_name, site_marks): the masthead title of its
# legal footer, its browser title's suffix, a capture's own address and its links to the site's home page
_HEADLINE = "가상 도시 수소 충전소 확충 계획 발표"


@pytest.mark.parametrize(
    "text, outlet",
    [
        # the legal footer: the title after its label, with a registration label on the page
        (_page("", "제호 : 가람일보 | 등록번호 : 서울 아 00000 | 발행인 : 홍길동\n"), "가람일보"),
        (_page("", "(주)가람미디어 / 신문사명: 가람타임즈 / 등록일: 2099.01.02\n"), "가람타임즈"),
        # "제호" in a sentence, or with no registration label anywhere, is no footer
        (_page("", "제호 변경을 앞두고 독자 의견을 듣는다\n"), None),
        # the browser title: the headline printed again with the site's name after a separator
        (f"Title: {_HEADLINE} - 가람일보\n" + _page(""), "가람일보"),
        (f"{_HEADLINE} | 가람타임즈\n" + _page(""), "가람타임즈"),
        # a suffix after a line that is no other line of the page is a headline's own dash, not a site's name
        ("가상의 다른 제목 문장 하나 - 가람일보\n" + _page(""), None),
        # a portal's copy titled by the portal's news service names no outlet
        (f"Title: {_HEADLINE} | 다음뉴스\n" + _page(""), None),
        (f"{_HEADLINE} - Yahoo News\n" + _page(""), None),
        # the capture's own address, and a link to a site's home above the story; a share button's host is none
        ("URL Source: https://www.garamilbo.co.kr/news/articleView.html?idxno=1\n" + _page(""), "garamilbo"),
        ("[![가람일보](https://www.garamilbo.co.kr/logo.png)](https://www.garamilbo.co.kr/)\n" + _page(""), "garamilbo"),
        ("[공유](https://www.facebook.com/)\n" + _page(""), None),
    ],
)
def test_a_site_named_outside_the_story(text, outlet):
    assert parse_text_page(text, "x.txt").outlet == outlet


def test_a_site_name_of_a_registered_outlet_names_it():
    assert parse_text_page(_page("", "제호 : 뉴스핌 | 등록번호 : 서울 아 00000\n"), "x.txt").outlet == "newspim"
    assert parse_text_page(f"{_HEADLINE} - 뉴스핌\n" + _page(""), "x.txt").outlet == "newspim"
    assert parse_text_page("URL Source: https://www.newspim.com/news/view/20990102000001\n" + _page(""),
                           "x.txt").outlet == "newspim"


@pytest.mark.parametrize(
    "byline, outlet",
    [
        # a desk of the outlet as the byline: the outlet's name and one of its newsroom units
        ("가람일보 온라인뉴스팀", "가람일보"),
        ("/가람타임즈 디지털뉴스팀", "가람타임즈"),
        ("By Example Valley News Staff", "Example Valley News"),
        ("Example Valley News Video Team | Updated: Jan 2, 2099, 10:20 AM", "Example Valley News"),
        # a company's newsroom or a place's bureau is no press outlet
        ("Example Motors Newsroom", None),
        ("Seoul Bureau Staff", None),
    ],
)
def test_a_desk_byline_names_the_outlet(byline, outlet):
    text = f"{_HEADLINE}\n{byline}\n\n" + _page("").split("\n", 2)[2]
    assert parse_text_page(text, "x.txt").outlet == outlet


KO_STORY = ("가상 소재기업이 가상 산업단지에 음극재 공장을 짓는다고 2일 밝혔다.\n"
            "회사는 내년까지 모두 2천억 원을 투자하고 직원 190명을 채용할 계획이다.\n")


@pytest.mark.parametrize("lead", ["[광양/가람타임즈] ", "[여수/가람타임즈] "])
def test_a_regional_desks_place_before_the_brand_is_no_part_of_the_outlets_name(lead):
    # "[place/brand]": the bracket of a regional desk; the outlet is the name after the place
    page = "가상 소재기업, 음극재 공장 착공\n\n" + lead + KO_STORY
    art = parse_text_page(page, "x.txt")
    assert brand_key(art.outlet) == brand_key("가람타임즈")


@pytest.mark.parametrize("masthead, edition", [("서울신문 애틀랜타 전자신문", "서울신문 애틀랜타"), ("서울신문 시카고", "서울신문 시카고")])
def test_an_edition_abroad_is_named_by_its_masthead_never_as_the_registered_daily(masthead, edition):
    # a registered daily's name and a city abroad, alone on the top line: the Korean press abroad's own edition
    page = masthead + "\n\n가상 소재기업, 음극재 공장 착공\n\n" + KO_STORY
    art = parse_text_page(page, "x.txt")
    assert art.outlet == edition


def test_a_correspondents_line_after_the_daily_is_no_edition():
    assert edition_masthead("가상 제목\n서울신문 뉴욕 특파원\n본문이다.\n") is None
    assert edition_masthead("가상 제목\n가람타임즈 뉴욕\n본문이다.\n") is None  # not a registered daily


@pytest.mark.parametrize("footer", ["Copyright © Daum Communications Corp. All rights reserved.",
                                    "ⓒ NHN Corp. All rights reserved.", "Copyright © SK Communications. All rights reserved."])
def test_a_portal_operators_legal_name_in_its_footer_names_no_publisher(footer):
    assert footer_brand("본문이다.\n" + footer + "\n") is None
    # the story's outlet a portal copy credits above it stays the answer
    page = "가상 소재기업, 음극재 공장 착공\n\n" + KO_STORY + "기사제공 가람타임즈\n" + footer + "\n"
    assert brand_key(parse_text_page(page, "x.txt").outlet) == brand_key("가람타임즈")


def test_a_regional_stations_english_legal_name_names_the_station():
    page = "가상 소재기업, 음극재 공장 착공\n\n" + KO_STORY + "Copyright © Pohang Munhwa Broadcasting Corp. All rights reserved.\n"
    assert parse_text_page(page, "x.txt").outlet == "phmbc"


@pytest.mark.parametrize("caption", ["가상 공장 전경 ⓒ연합뉴스", "An invented plant at dusk. © Reuters"])
def test_a_caption_closed_by_a_mark_and_an_agency_credits_the_picture_never_the_page(caption):
    assert outlet_for_page("가상 소재기업, 음극재 공장 착공\n\n" + caption + "\n\n" + KO_STORY) is None


@pytest.mark.parametrize("line, outlet", [("회사소개 | 광고문의 | ⓒ 연합뉴스", "yonhap"),
                                          ("— Hong Gildong, (c) 2099 Bloomberg LP", "bloomberg")])
def test_a_footer_line_with_labels_bars_or_a_year_before_the_brand_still_names_the_site(line, outlet):
    o = outlet_for_page("가상 소재기업, 음극재 공장 착공\n\n" + KO_STORY + line + "\n")
    assert o is not None and o.name == outlet


EN_STORY = ("An invented materials maker said on Monday it would build an anode plant in a made-up industrial park.\n"
            "The company plans to invest 200 billion won and hire about 190 workers, it said in a statement.\n"
            "Officials of the made-up city said the plant would deepen the region's battery supply chain.\n")


@pytest.mark.parametrize("line", ["By Jane Roe, Example Valley News", "Jane Roe | Example Valley News"])
def test_a_byline_closed_by_the_outlets_name_names_it(line):
    page = "Invented maker breaks ground on anode plant\n" + line + "\n" + EN_STORY
    assert brand_key(parse_text_page(page, "x.txt").outlet) == brand_key("Example Valley News")


def test_reporting_for_the_outlet_and_a_broadcasts_closing_line_name_it():
    page = "Invented maker breaks ground on anode plant\n" + EN_STORY + "Reporting by Jane Roe for Example Valley News\n"
    assert brand_key(parse_text_page(page, "x.txt").outlet) == brand_key("Example Valley News")
    page = "가상 소재기업, 음극재 공장 착공\n\n" + KO_STORY + "지금까지 가람타임즈 홍길동 기자였습니다.\n"
    assert brand_key(parse_text_page(page, "x.txt").outlet) == brand_key("가람타임즈")


def test_a_stations_call_sign_in_its_lead_names_it_and_a_wires_name_does_not():
    page = "Invented plant to bring 800 jobs\nMADE-UP CITY, Tenn. (WXYZ) – " + EN_STORY
    assert parse_text_page(page, "x.txt").outlet == "WXYZ"
    page = "Invented plant to bring 800 jobs\nMADE-UP CITY (Example Valley News) – " + EN_STORY
    assert parse_text_page(page, "x.txt").outlet is None  # an English lead's brand is a wire's credit


# ---- session 14 (k2): the copyright notice's other forms, the title line's, masked addresses (made-up names only)
@pytest.mark.parametrize("footer", [
    "가람타임즈 무단전재 및 재배포 금지",
    "[가람타임즈 무단 전재 및 재배포 금지]",
    "<무단전재 및 재배포 금지 / 가람타임즈>",
    "ⓒ 가람타임즈\n무단전재 및 재배포 금지",
    "이 기사의 저작권은 가람타임즈에 있습니다.",
    "가람타임즈 ⓒ 2099 All rights reserved.",
    "Copyright ⓒ by 가람타임즈. All rights reserved.",
])
def test_a_korean_notice_without_its_mark_first_names_the_site(footer):
    assert footer_brand("가상 소재기업, 음극재 공장 착공\n\n" + KO_STORY + footer + "\n") == "가람타임즈"


@pytest.mark.parametrize("footer", [
    "Copyright © 2099 by Example Valley News. All rights reserved.",
    "(C) Example Valley News 2099",
    "Example Valley News © 2099",
    "All rights reserved by Example Valley News.",
    "© 2099 Example Valley News\nAll rights reserved.",
])
def test_an_english_notice_in_other_forms_names_the_site(footer):
    assert brand_key(footer_brand("Invented maker breaks ground\n" + EN_STORY + footer + "\n")) == brand_key("Example Valley News")


@pytest.mark.parametrize("line", [
    "[사진=연합뉴스 무단전재 및 재배포 금지]",        # a picture's credit with the notice
    "가상 공장 조감도 (뉴시스 무단 전재 및 재배포 금지)",
    "사진의 저작권은 연합뉴스에 있습니다.",            # the rights to a picture, not to the page
    "협회는 무단 전재와 재배포를 막겠다고 밝혔다.",      # a story's sentence
    "홍길동 © 2099",                                    # a photographer's credit: no press name
])
def test_a_credit_or_a_sentence_with_the_notices_words_names_no_site(line):
    page = "가상 소재기업, 음극재 공장 착공\n\n" + KO_STORY + line + "\n"
    assert footer_brand(page) is None
    assert parse_text_page(page, "x.txt").outlet is None


@pytest.mark.parametrize("title", [
    "가상 소재기업, 음극재 공장 착공 < 산업 < 기사본문 - 가람타임즈",
    "가상 소재기업, 음극재 공장 착공 :: 가람타임즈",
    "가람타임즈 | 가상 소재기업, 음극재 공장 착공",
])
def test_a_title_line_around_the_headline_names_the_site(title):
    page = title + "\n가상 소재기업, 음극재 공장 착공\n\n" + KO_STORY
    assert brand_key(parse_text_page(page, "x.txt").outlet) == brand_key("가람타임즈")


@pytest.mark.parametrize("title", ["가상 소재기업, 음극재 공장 착공 - 경제", "가상 소재기업, 음극재 공장 착공 | 뉴스"])
def test_a_title_line_ending_on_a_section_names_no_site(title):
    page = title + "\n가상 소재기업, 음극재 공장 착공\n\n" + KO_STORY
    assert parse_text_page(page, "x.txt").outlet is None


@pytest.mark.parametrize("mail", ["hong＠garamtimes.co.kr", "hong(at)garamtimes.co.kr", "hong [at] garamtimes.co.kr"])
def test_a_masked_address_names_its_domain(mail):
    page = "가상 소재기업, 음극재 공장 착공\n\n" + KO_STORY + "홍길동 기자 " + mail + "\n"
    assert parse_text_page(page, "x.txt").outlet == "garamtimes"


@pytest.mark.parametrize("line", ["Example Valley News is the valley's leading daily newspaper - news for local firms.",
                                  "Example Valley News is a digital newspaper for the valley area."])
def test_a_site_describing_itself_under_the_story_names_it(line):
    page = "Invented maker breaks ground on anode plant\n" + EN_STORY + "Avatar photo\n" + line + "\n"
    assert brand_key(parse_text_page(page, "x.txt").outlet) == brand_key("Example Valley News")


def test_a_korean_sites_ethics_pledge_names_it():
    page = "가상 소재기업, 음극재 공장 착공\n\n" + KO_STORY + "가람타임즈는 인터넷신문위원회의 윤리강령을 준수합니다.\n"
    assert brand_key(parse_text_page(page, "x.txt").outlet) == brand_key("가람타임즈")


@pytest.mark.parametrize("page", [
    "Invented maker breaks ground\nExample Valley News is a weekly newspaper that closed in 1990, and " + EN_STORY,
    "Invented maker breaks ground\n" + EN_STORY + "Jane Roe is a freelance journalist based in Seoul.\n",
    "Invented maker breaks ground\n" + EN_STORY + "This is a moderated forum for the valley's newspaper readers.\n",
    "가상 소재기업, 음극재 공장 착공\n\n" + KO_STORY + "가상시 기자단은 앞으로 윤리강령을 준수하겠다고 밝혔다.\n",
])
def test_a_story_about_a_newspaper_or_a_writer_names_no_outlet(page):
    assert parse_text_page(page, "x.txt").outlet is None


# ---- the site's own marks (k2, session 15): its channel promotions, its footer address line, its logo image, a
# reservation without a mark, the outlet inside an English role, a staff report
@pytest.mark.parametrize("line", [
    "▶ 네이버에서 가람타임즈 구독하기",
    "카카오톡에서 가람타임즈를 친구 추가하세요",
    "[가람타임즈 텔레그램 채널 바로가기]",
    "가람타임즈 공식 유튜브 구독",
])
def test_a_korean_sites_own_channel_promotion_names_it(line):
    page = "가상 소재기업, 음극재 공장 착공\n\n" + KO_STORY + line + "\n"
    assert brand_key(parse_text_page(page, "x.txt").outlet) == brand_key("가람타임즈")


@pytest.mark.parametrize("line", ["Get the Example Valley News app", "Follow Example Valley News on Instagram"])
def test_an_english_sites_own_promotion_names_it(line):
    page = "Invented maker breaks ground on anode plant\n" + EN_STORY + line + "\n"
    assert brand_key(parse_text_page(page, "x.txt").outlet) == brand_key("Example Valley News")


@pytest.mark.parametrize("line", [
    "▶ 네이버 뉴스 구독하기",  # the portal's own service
    "가상 소재기업 공식 유튜브 채널 구독",  # a company, no press name
    "Subscribe to our morning newsletter",
    "Follow Invented Materials on LinkedIn",
])
def test_a_promotion_without_a_press_name_names_no_outlet(line):
    en = line.isascii()
    page = ("Invented maker breaks ground\n" + EN_STORY if en else "가상 소재기업, 음극재 공장 착공\n\n" + KO_STORY) + line + "\n"
    assert parse_text_page(page, "x.txt").outlet is None


@pytest.mark.parametrize("line, want", [
    ("가람타임즈 · 경기도 가상시 가상대로 88 · 전화 031-555-0123", "가람타임즈"),
    ("Example Valley News | 300 Oak Street, Valley, TX 75001 | 555-010-0177", "Example Valley News"),
    ("가상 소재기업 | 경기도 가상시 가상대로 88 | 전화 031-555-0123", None),  # a company's address
    ("가람타임즈 · 경기도 가상시 가상대로 88", None),  # no telephone: no footer line of this form
])
def test_a_footer_line_of_name_address_and_telephone(line, want):
    story = EN_STORY if line.isascii() else KO_STORY
    page = ("Invented maker breaks ground\n" if line.isascii() else "가상 소재기업, 음극재 공장 착공\n\n") + story + line + "\n"
    got = parse_text_page(page, "x.txt").outlet
    assert (got is None) if want is None else brand_key(got) == brand_key(want)


@pytest.mark.parametrize("image, want", [
    ("![가람타임즈 로고](https://img.garamtimes.co.kr/common/top.png)", "가람타임즈"),
    ("![가람타임즈](https://garamtimes.co.kr/images/logo.svg)", "가람타임즈"),
    ("![가상 소재기업 로고](https://img.example-cdn.com/a.png)", None),  # a company's logo
])
def test_a_logo_image_above_the_story_names_the_site(image, want):
    page = image + "\n가상 소재기업, 음극재 공장 착공\n\n" + KO_STORY
    got = parse_text_page(page, "x.txt").outlet
    assert (got is None) if want is None else brand_key(got) == brand_key(want)


@pytest.mark.parametrize("line", ["Example Valley News. All rights reserved.", "Example Valley News, all rights reserved"])
def test_a_reservation_after_the_name_names_it(line):
    page = "Invented maker breaks ground on anode plant\n" + EN_STORY + line + "\n"
    assert brand_key(parse_text_page(page, "x.txt").outlet) == brand_key("Example Valley News")


@pytest.mark.parametrize("byline", [
    "By Jane Roe, Example Valley News staff writer",
    "Jane Roe, Example Valley News Senior Correspondent",
    "Jane Roe, The Example Valley News Business Reporter",
    "Example Valley News Staff Report",
])
def test_the_outlet_inside_an_english_role_or_staff_report(byline):
    page = "Invented maker breaks ground on anode plant\n" + byline + "\n" + EN_STORY
    assert brand_key(parse_text_page(page, "x.txt").outlet) == brand_key("Example Valley News")


def test_a_writers_role_without_an_outlet_names_none():
    page = "Invented maker breaks ground on anode plant\nJane Roe, Senior Staff Writer\n" + EN_STORY
    assert parse_text_page(page, "x.txt").outlet is None


@pytest.mark.parametrize("title, want", [
    ("가상 소재기업, 음극재 공장 착공 [뉴스9] / 가람타임즈 2026.03.06.", "가람타임즈"),
    ("가상 소재기업, 음극재 공장 착공 / 2026.03.06.", None),
])
def test_a_broadcast_clips_title_names_its_broadcaster(title, want):
    page = title + "\n가상 소재기업이 가상 산업단지에 음극재 공장을 짓기로 했습니다 회사는 내년까지 2천억 원을 투자합니다\n"
    got = parse_text_page(page, "x.txt").outlet
    assert (got is None) if want is None else brand_key(got) == brand_key(want)


def test_a_registered_broadcasters_clip_title_names_it():
    page = ("가상 소재기업, 음극재 공장 착공 [9시 뉴스] / KBS 2026.03.06.\n"
            "가상 소재기업이 가상 산업단지에 음극재 공장을 짓기로 했습니다 회사는 내년까지 2천억 원을 투자합니다\n")
    assert parse_text_page(page, "x.txt").outlet == "kbs"


# ---- session 16 (k2): a wire's story under the site's own notice, story tags in the lead's bracket, a source's contact

@pytest.mark.parametrize("lead, footer, want", [
    ("(서울=연합뉴스) 홍길동 기자 = ", "저작권자 © 가람타임즈 무단전재 및 재배포 금지", "가람타임즈"),
    ("[세종=뉴시스] 홍길동 기자 = ", "<저작권자 ⓒ 누리경제, 무단 전재-재배포 금지>", "누리경제"),
    ("(서울=연합뉴스) 홍길동 기자 = ", "<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>", "yonhap"),
])
def test_a_wires_story_under_the_sites_own_notice_names_the_site(lead, footer, want):
    page = "가상 소재기업, 음극재 공장 착공\n" + lead + KO_STORY + footer + "\n"
    got = parse_text_page(page, "x.txt").outlet
    assert got == want if want == "yonhap" else brand_key(got) == brand_key(want)


def test_an_english_wire_lead_under_the_sites_notice_names_the_site():
    page = ("Invented maker breaks ground on anode plant\nSEOUL, Nov. 2 (Yonhap) -- " + EN_STORY
            + "Copyright © 2026 Example Valley News. All rights reserved.\n")
    assert brand_key(parse_text_page(page, "x.txt").outlet) == brand_key("Example Valley News")


@pytest.mark.parametrize("tag", ["단독", "인터뷰"])
def test_a_story_tag_in_the_leads_bracket_names_no_outlet(tag):
    page = "가상 소재기업, 음극재 공장 착공\n[" + tag + "] 홍길동 기자 = " + KO_STORY
    art = parse_text_page(page, "x.txt")
    assert art.outlet is None and art.reporters == ["홍길동"]


@pytest.mark.parametrize("line", [
    "문의: 가상 소재기업 홍보팀 pr@gasangsojae.co.kr",
    "Media contact: press@inventedmaterials.com",
])
def test_a_sources_contact_address_names_no_outlet(line):
    page = "가상 소재기업, 음극재 공장 착공\n" + KO_STORY + line + "\n"
    assert parse_text_page(page, "x.txt").outlet is None


@pytest.mark.parametrize("line", ["기사제보 tip@garamtimes.co.kr", "Contact the writer: jroe@garamtimes.co.kr"])
def test_the_sites_own_addresses_still_name_it(line):
    page = "가상 소재기업, 음극재 공장 착공\n" + KO_STORY + line + "\n"
    assert parse_text_page(page, "x.txt").outlet == "garamtimes"


@pytest.mark.parametrize("line, want", [
    ("By Jane Roe / Example Valley News", "Example Valley News"),
    ("Jane Roe (Example Valley News)", "Example Valley News"),
    ("홍길동 기자 / 가람타임즈", "가람타임즈"),
    ("By the Example Valley News Editorial Board", "Example Valley News"),
    ("— The Example Valley News Editorial Board", "Example Valley News"),
    ("가람타임즈 논설위원실", "가람타임즈"),
])
def test_a_byline_with_the_outlet_after_it_or_its_board_names_it(line, want):
    page = "Invented maker breaks ground on anode plant\n" + line + "\n" + EN_STORY
    assert brand_key(parse_text_page(page, "x.txt").outlet) == brand_key(want)


@pytest.mark.parametrize("line", ["Jane Roe (Seoul)", "홍길동 기자 / 산업부"])
def test_a_place_or_a_desk_after_the_byline_names_none(line):
    page = "Invented maker breaks ground on anode plant\n" + line + "\n" + EN_STORY
    assert parse_text_page(page, "x.txt").outlet is None


@pytest.mark.parametrize("line, want", [
    ("가람타임즈의 모든 콘텐츠(기사)는 저작권법의 보호를 받습니다.", "가람타임즈"),
    ("누리경제가 제공하는 모든 기사는 저작권법에 따라 보호됩니다.", "누리경제"),
    ("This story may not be republished without the prior written consent of Example Valley News.", "Example Valley News"),
])
def test_the_sites_notice_in_sentences_names_it(line, want):
    page = "가상 소재기업, 음극재 공장 착공\n" + KO_STORY + line + "\n"
    assert brand_key(parse_text_page(page, "x.txt").outlet) == brand_key(want)


@pytest.mark.parametrize("line, want", [
    ("기사주소 https://www.garamtimes.co.kr/news/articleView.html?idxno=77", "garamtimes"),
    ("Permalink: https://garamtimes.com/2026/03/06/plant/", "garamtimes"),
    ("출처: https://www.gasangsojae.co.kr/press/1", None),
])
def test_the_storys_own_address_after_its_label_names_the_site(line, want):
    page = "가상 소재기업, 음극재 공장 착공\n" + KO_STORY + line + "\n"
    assert parse_text_page(page, "x.txt").outlet == want


@pytest.mark.parametrize("item, want", [
    ("• 가람타임즈", "가람타임즈"),
    ("· Example Valley News", "Example Valley News"),
    ("• 산업", None),
    ("• 홍길동", None),
    ("By The Associated Press", None),
    ("공장 부지 전경 ⓒ연합뉴스", None),
])
def test_the_sites_name_as_an_info_bar_item_beside_the_stamp(item, want):
    page = "가상 소재기업, 음극재 공장 착공\n입력 2026.03.06 10:20\n" + item + "\n" + KO_STORY
    got = parse_text_page(page, "x.txt").outlet
    assert (got is None) if want is None else brand_key(got) == brand_key(want)


def test_a_date_bar_beside_the_name_is_no_stamp():
    page = "Thursday, March 5, 2026\nExample Valley News\nInvented maker breaks ground on anode plant\n" + EN_STORY
    assert parse_text_page(page, "x.txt").outlet is None


@pytest.mark.parametrize("line, want", [
    ("This site uses cookies; continued use means consent to the policy of Example Valley News.", "Example Valley News"),
    ("Example Valley News uses cookies to improve your experience.", "Example Valley News"),
    ("This website uses cookies to improve your experience.", None),
])
def test_the_sites_cookie_notice_names_it(line, want):
    page = "Invented maker breaks ground on anode plant\n" + EN_STORY + line + "\n"
    got = parse_text_page(page, "x.txt").outlet
    assert (got is None) if want is None else brand_key(got) == brand_key(want)


# ---- session 17 (k2): the site's notes about itself under the story, and its own address
@pytest.mark.parametrize("lead, line, want", [
    # a carrier's feed note names the carrier, not the wire its lead credits
    ("SEOUL, March 6 (Reuters) - ", "Disclaimer: No Example Valley News Journalist was involved in creating this content.",
     "Example Valley News"),
    ("", "(This story has not been edited by Example Valley News staff and is published from a syndicated feed.)",
     "Example Valley News"),
    # a feed note naming nobody: the wire stays
    ("SEOUL, March 6 (Reuters) - ", "(This story was published from a syndicated feed.)", "reuters"),
])
def test_a_carriers_feed_note_names_the_carrier(lead, line, want):
    story = EN_STORY.replace("An invented", lead + "An invented", 1) if lead else EN_STORY
    page = "Invented maker breaks ground on anode plant\n" + story + line + "\n"
    got = parse_text_page(page, "x.txt").outlet
    assert brand_key(got) == brand_key(want)


@pytest.mark.parametrize("line, want", [
    ("Get Example Valley News's morning newsletter in your inbox", "Example Valley News"),
    ("Check out more of Example Valley's energy coverage by following this link.", "Example Valley"),
    ("A version of this article appears in print on March 7, 2026, in the Example Valley News.", "Example Valley News"),
    ("Example Valley News staff and wire reports", "Example Valley News"),
    ("Download the Invented Materials app", None),
    ("Read more of Invented Materials's investor updates here.", None),
    ("This article appears in the Invented Materials annual report.", None),
])
def test_the_sites_promotions_and_notes_name_it(line, want):
    page = "Invented maker breaks ground on anode plant\n" + EN_STORY + line + "\n"
    got = parse_text_page(page, "x.txt").outlet
    assert (got is None) if want is None else brand_key(got) == brand_key(want)


@pytest.mark.parametrize("line, want", [
    ("※ 이 기사는 2026년 3월 7일자 가람타임즈 지면에 실렸습니다.", "가람타임즈"),
    ("가람타임즈 앱 다운로드", "가람타임즈"),
    ("가람기업 앱 다운로드", None),  # a company's app: no press name
])
def test_a_korean_sites_print_note_and_app_name_it(line, want):
    page = "가상 소재기업, 음극재 공장 착공\n" + KO_STORY + line + "\n"
    got = parse_text_page(page, "x.txt").outlet
    assert (got is None) if want is None else brand_key(got) == brand_key(want)


@pytest.mark.parametrize("tail, want", [
    ("For more local news, visit ExampleValleyNews.com.", "examplevalleynews"),
    ("examplevalleynews.com", "examplevalleynews"),
    ("Details are posted at inventedmaterials.com, the company said.", None),
    ("Applications open at inventedjobs.org on Monday.", None),
])
def test_the_sites_own_address_under_the_story(tail, want):
    page = "Invented maker breaks ground on anode plant\n" + EN_STORY + tail + "\n"
    assert parse_text_page(page, "x.txt").outlet == want


def test_a_byline_closed_by_the_sites_address():
    page = "Invented maker breaks ground on anode plant\nBy Jane Roe, ExampleValleyNews.com\n" + EN_STORY
    assert parse_text_page(page, "x.txt").outlet == "examplevalleynews"
