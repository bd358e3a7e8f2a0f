"""Forms of furniture, titles and leads on invented pages (issue #12, session 16, k3).

Every line here is made up for the test: a font-size bar under the story, a block of paid links, a notice forbidding
reproduction without a copyright mark, a bracket after a headline that stays part of it, a wire lead in
capitals with its month.
"""

from __future__ import annotations

import pytest

from made_up_page import HEAD_EN, HEAD_KO, STORY_EN, STORY_KO, parse

pytestmark = pytest.mark.unit  # make test-fast



def body(head: str, story: list[str], tail: str) -> list[str]:
    return parse(head + "\n".join(story) + "\n" + tail + "\n").paragraphs


@pytest.mark.parametrize("bar", ["글자 크기 작게 보통 크게 아주크게", "기사 글씨크기\n작게\n크게", "글자크기 조절 : + -"])
def test_a_korean_font_size_bar_under_the_story_is_no_paragraph(bar):
    assert body(HEAD_KO, STORY_KO, bar) == STORY_KO


@pytest.mark.parametrize("bar", ["Text size: Smaller Larger", "Font Size Small Medium Large"])
def test_an_english_font_size_bar_is_no_paragraph(bar):
    assert body(HEAD_EN, STORY_EN, bar) == STORY_EN


def test_a_story_line_about_sizes_stays():
    kept = "시는 저장장치의 크기를 작게 나눠 설치하는 방안도 검토하고 있다."
    assert body(HEAD_KO, STORY_KO, kept) == [*STORY_KO, kept]


@pytest.mark.parametrize("head", ["Sponsored Stories", "Promoted Links", "PROMOTED CONTENT", "스폰서 콘텐츠"])
def test_a_paid_links_block_under_the_story_ends_it(head):
    tail = head + "\nInvented Insurance: compare quotes in two minutes"
    assert body(HEAD_EN, STORY_EN, tail) == STORY_EN


@pytest.mark.parametrize("notice", ["누리일보의 사전 허가 없이 이 기사를 복제·배포하는 것을 금합니다.",
                                    "[사전 동의 없이 무단으로 전재, 재배포할 수 없습니다]"])
def test_a_korean_reproduction_notice_without_a_mark_is_no_paragraph(notice):
    assert body(HEAD_KO, STORY_KO, notice) == STORY_KO


def test_an_english_reproduction_notice_without_a_mark_is_no_paragraph():
    notice = "This material may not be republished or redistributed without prior written consent of Harbor Courier."
    assert body(HEAD_EN, STORY_EN, notice) == STORY_EN


@pytest.mark.parametrize("kept", ["법원은 저작권자의 허락 없이 사진을 복제해 배포할 수 없다고 판단했다.",
                                  "The court said the photos could not be reproduced without the photographer's "
                                  "permission."])
def test_a_story_sentence_about_reproduction_terms_stays(kept):
    head, story = (HEAD_EN, STORY_EN) if kept.isascii() else (HEAD_KO, STORY_KO)
    assert body(head, story, kept) == [*story, kept]


@pytest.mark.parametrize("tail", ["(종합)", "[사진]", "(Update 2)"])
def test_a_bracket_after_a_headline_that_names_no_press_stays(tail):
    title = "Invented grid operator plans storage along the coast" if tail.isascii() else "누리시, 해안에 저장장치 4곳 짓는다"
    stamp = "By Ann Lee\nMarch 4, 2025 11:15 AM\n" if tail.isascii() else "박누리 기자\n입력 2025.03.04 11:15\n"
    story = STORY_EN if tail.isascii() else STORY_KO
    art = parse(f"{title} {tail}\n{stamp}" + "\n".join(story) + "\n")
    assert art.title == f"{title} {tail}"


@pytest.mark.parametrize("lead, place", [("MOKPO, SOUTH KOREA, MARCH 4 (Invented Wire) -- ", "MOKPO"),
                                         ("KOBE, JAPAN, SEPT. 3 — ", "KOBE")])
def test_a_wire_lead_with_its_month_in_capitals_gives_the_dateline(lead, place):
    art = parse("Harbor Courier\nInvented grid operator plans storage along the coast\nMarch 4, 2025\n"
                + lead + STORY_EN[0] + "\n" + "\n".join(STORY_EN[1:]) + "\n")
    assert art.dateline == place
    assert art.paragraphs[0] == STORY_EN[0]


@pytest.mark.parametrize("pointer", ["Also Read: Invented Harbor Opens a Second Berth",
                                     "Read Next: Why Invented Ports Are Buying Cranes"])
def test_a_related_label_in_title_case_under_the_story_is_no_paragraph(pointer):
    assert body(HEAD_EN, STORY_EN, pointer) == STORY_EN


def test_a_related_label_over_a_sentence_of_the_story_stays():
    kept = "Related: The operator also plans a training centre for technicians, it said."
    assert body(HEAD_EN, STORY_EN, kept) == [*STORY_EN, kept]


@pytest.mark.parametrize("line", ["by · Invented Newswire", "By The Harbor Press Agency"])
def test_a_byline_line_naming_a_wire_is_no_deck(line):
    art = parse("Harbor Courier\nInvented grid operator plans storage along the coast\n" + line
                + "\nMarch 4, 2025\n" + "\n".join(STORY_EN) + "\n")
    assert art.subtitle_lines == []
    assert art.paragraphs == STORY_EN


def test_a_standfirst_opening_on_by_stays_the_deck():
    deck = "By 2030 the operator wants storage at every coastal substation"
    art = parse("Harbor Courier\nInvented grid operator plans storage along the coast\n" + deck
                + "\nBy Ann Lee\nMarch 4, 2025\n" + "\n".join(STORY_EN) + "\n")
    assert art.subtitle_lines == [deck]


@pytest.mark.parametrize("bar", ["인쇄하기 닫기", "스크랩 | 인쇄 | 공유하기"])
def test_a_bar_of_widget_labels_on_one_line_is_no_paragraph(bar):
    assert body(HEAD_KO, STORY_KO, bar) == STORY_KO


def test_an_english_bar_of_widget_labels_is_no_paragraph():
    assert body(HEAD_EN, STORY_EN, "Print · Email · Close") == STORY_EN


def test_a_line_of_words_that_are_not_all_widget_labels_stays():
    kept = "인쇄 공장 닫기로 했다."
    assert body(HEAD_KO, STORY_KO, kept) == [*STORY_KO, kept]


@pytest.mark.parametrize("prompt", ["▶ 네이버 뉴스에서 누리일보를 구독하세요", "카카오톡 채널로 누리일보 소식을 받아보세요"])
def test_a_prompt_to_follow_the_site_on_a_portal_is_no_paragraph(prompt):
    assert body(HEAD_KO, STORY_KO, prompt) == STORY_KO


def test_a_story_sentence_about_a_portal_stays():
    kept = "시는 네이버에서 저장장치 건설 현황을 실시간으로 볼 수 있게 하겠다고 밝혔다."
    assert body(HEAD_KO, STORY_KO, kept) == [*STORY_KO, kept]


@pytest.mark.parametrize("bar, english", [("{T} :: 누리일보", False), ("{T} :: Harbor Gazette", True),
                                          ("{T} - 누리일보 모바일", False), ("{T} | Harbor Gazette Mobile Edition", True)])
def test_a_title_bar_with_a_double_colon_or_the_mobile_edition_gives_the_headline(bar, english):
    title = "Invented grid operator plans storage along the coast" if english else "누리시, 해안에 저장장치 4곳 짓는다"
    stamp = "By Ann Lee\nMarch 4, 2025 11:15 AM\n" if english else "박누리 기자\n입력 2025.03.04 11:15\n"
    story = STORY_EN if english else STORY_KO
    art = parse(bar.replace("{T}", title) + "\n" + stamp + "\n".join(story) + "\n")
    assert art.title == title


@pytest.mark.parametrize("block", ["Discover more from Harbor Gazette\nType your email…\nSubscribe",
                                   "Subscribe to get the latest posts sent to your inbox.\nEmail address\nSign up"])
def test_a_blog_platforms_subscription_block_ends_the_story(block):
    assert body(HEAD_EN, STORY_EN, block) == STORY_EN


@pytest.mark.parametrize("button", ["누리일보 유튜브 바로가기", "기자 페이지 바로 가기\n누리일보 블로그 바로가기"])
def test_a_link_button_closed_by_go_to_is_no_paragraph(button):
    assert body(HEAD_KO, STORY_KO, button) == STORY_KO


def test_a_story_sentence_ending_near_go_to_stays():
    kept = "시는 저장장치를 바로 가동하기로 했다."
    assert body(HEAD_KO, STORY_KO, kept) == [*STORY_KO, kept]
