"""The head of a page on invented pages: the kinds of lines above the story that are never its headline.

Every line, name and outlet here is made up for the test (``bench/realpages/head_probe.py`` measures the same
forms on made-up variants; docs/real-pages.md, session 11, k3).
"""

from __future__ import annotations

from datetime import date

import pytest

from chainwire.extract import parse_text_page
from chainwire.extract.dispatch import extract_raw
from chainwire.extract.generic import crumb_glued_headline

pytestmark = pytest.mark.unit  # make test-fast

HEADLINE_KO = "가상 부품사, 충청에 배터리 분리막 공장 짓는다"
LEAD_KO = "가상 부품사가 충청권 산업단지에 배터리 분리막 공장을 새로 짓는다고 4일 밝혔다."
SECOND_KO = "회사는 내년 상반기에 착공해 모두 1천억 원을 들이고 직원 120명을 새로 뽑을 계획이다."
HEADLINE_EN = "Invented parts maker to build separator plant in central region"
LEAD_EN = "An invented parts maker said on Monday it would build a battery separator plant in a central industrial park."
SECOND_EN = "The company plans to break ground next year and hire about 120 workers, it said."


def parse(lines: list[str]):
    return parse_text_page("\n\n".join(lines) + "\n", "x.txt", landing_date=date(2024, 3, 5))


@pytest.mark.parametrize("crumb", ["HOME > 소식 > 기업·산업", "홈 › 뉴스룸 › 지역·경제"])
def test_a_breadcrumb_opening_on_the_home_link_is_no_headline_ko(crumb):
    a = parse(["모래시계일보", crumb, HEADLINE_KO, "입력 2024.03.04 10:00", LEAD_KO, SECOND_KO])
    assert a.title == HEADLINE_KO
    assert a.paragraphs[0] == LEAD_KO


@pytest.mark.parametrize("crumb", ["Home / Newsroom / Economy", "Home | Regions | Industry"])
def test_a_breadcrumb_opening_on_the_home_link_is_no_headline_en(crumb):
    a = parse(["Sandglass Courier", crumb, HEADLINE_EN, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
    assert a.title == HEADLINE_EN


def test_a_slogan_closing_on_the_sites_name_is_no_headline():
    a = parse(["2024년 3월 5일 화요일", "바른 보도, 모래시계신문", HEADLINE_KO, "입력 2024.03.04 10:00", LEAD_KO, SECOND_KO])
    assert a.title == HEADLINE_KO


def test_a_headline_with_a_comma_before_a_press_name_word_stays_one():
    headline = "지역 언론 지원 확대, 가상시 신문"  # (a phrase, a comma, then two words: no slogan)
    a = parse([headline, "입력 2024.03.04 10:00", LEAD_KO, SECOND_KO])
    assert a.title == headline


@pytest.mark.parametrize("mark", ["#", "##", "###"])
def test_a_markdown_heading_mark_is_not_part_of_the_headline(mark):
    a = parse(["[본문 바로가기](#main)", "* [경제](https://sandglass.example/economy)", f"{mark} {HEADLINE_KO}",
               "입력 2024.03.04 10:00", LEAD_KO, SECOND_KO])
    assert a.title == HEADLINE_KO
    b = parse(["[Sandglass Courier](https://sandglass.example/)", f"{mark} {HEADLINE_EN}", "By Jane Roe",
               "March 4, 2024", LEAD_EN, SECOND_EN])
    assert b.title == HEADLINE_EN


def test_a_hashtag_line_keeps_its_marks():
    a = parse([HEADLINE_KO, "입력 2024.03.04 10:00", LEAD_KO, SECOND_KO, "#분리막 #배터리"])
    assert "#분리막" not in a.title


NEWSPIM_COPY_HEAD = "美, 가상 부품사에 장비 반입 유예…이번 주 발표"
NEWSPIM_COPY_LEAD = "[서울=뉴스핌] 홍길동 기자= 미국 정부가 가상 부품사의 해외 공장에 대한 장비 반입 통제를 유예할 방침이다."


def _newspim_copy(between: list[str], stamp: str = "2024.03.04 09:34"):
    lines = [NEWSPIM_COPY_HEAD, *between, stamp, NEWSPIM_COPY_LEAD, SECOND_KO, "hong@newspim.com"]
    return extract_raw("\n".join(lines).encode(), "x.txt", date(2024, 3, 5), None)[0].article


@pytest.mark.parametrize("between", [[], ["별빛고양이"], ["별빛고양이", "0", "907"]])
def test_a_newspim_copy_with_a_bare_time_in_place_of_its_input_line(between):
    a = _newspim_copy(between)
    assert a.title == NEWSPIM_COPY_HEAD and a.title_source == "page"
    assert a.published_at_source == "page_field" and a.published_at.isoformat() == "2024-03-04T09:34:00+09:00"
    assert a.paragraphs[0].startswith("미국 정부가")


def test_a_newspim_capture_cut_above_its_headline_keeps_its_deck_and_no_title():
    lines = ["가상 부품사 장비 반입 유예 방침", "이번 주 발표 전망", NEWSPIM_COPY_LEAD, SECOND_KO]
    a = extract_raw("\n".join(lines).encode(), "x.txt", date(2024, 3, 5), None)[0].article
    assert a.subtitle_lines == lines[:2] and a.title_source == "lead_sentence"


@pytest.mark.parametrize("glued", ["HomeRegionsIndustry{}", "Home › Regions › {}"])
def test_a_breadcrumb_glued_to_the_headlines_copy_above_the_headline(glued):
    a = parse(["Sandglass Courier", glued.format(HEADLINE_EN), HEADLINE_EN, "By Jane Roe", "March 4, 2024", LEAD_EN,
               SECOND_EN])
    assert a.title == HEADLINE_EN
    assert a.paragraphs[0] == LEAD_EN



def test_a_label_with_a_space_before_the_headlines_copy_is_no_crumb():
    # "[단독] 제목" over "제목": a tag printed with the headline, not a crumb glued to a copy of it
    assert crumb_glued_headline([f"[단독] {HEADLINE_KO}", HEADLINE_KO]) is None
    assert crumb_glued_headline([f"산업경제{HEADLINE_KO}", HEADLINE_KO]) == (1, 0)


@pytest.mark.parametrize("line", ["Getting your Sandglass Audio player ready...", "Loading audio…",
                                  "Loading the audio player..."])
def test_an_audio_players_loading_line_is_no_title_or_opening(line):
    a = parse([HEADLINE_EN, "By Jane Roe", "March 4, 2024", line, LEAD_EN, SECOND_EN])
    assert a.title == HEADLINE_EN and a.paragraphs[0] == LEAD_EN
    b = parse([line, LEAD_EN, SECOND_EN])  # a headless capture opening on the widget
    assert b.paragraphs[0] == LEAD_EN


def test_a_sentence_about_loading_audio_stays_in_the_story():
    said = "Loading audio equipment onto the ship took two days, the company said."
    a = parse([HEADLINE_EN, "By Jane Roe", "March 4, 2024", LEAD_EN, said, SECOND_EN])
    assert said in a.paragraphs


@pytest.mark.parametrize("tail", [" | 모래시계일보 - 세상을 보는 창", " - 모래시계일보 | 산업 | 기업", " ㅣ 모래시계일보 : 바른 보도"])
def test_the_title_bars_copy_with_the_sites_tail_over_the_bare_headline(tail):
    a = parse([HEADLINE_KO + tail, "모래시계일보", HEADLINE_KO, "입력 2024.03.04 10:00", LEAD_KO, SECOND_KO])
    assert a.title == HEADLINE_KO and a.paragraphs[0] == LEAD_KO
    b = parse([HEADLINE_EN + " | Sandglass Courier - News from the bay", HEADLINE_EN, "By Jane Roe", "March 4, 2024",
               LEAD_EN, SECOND_EN])
    assert b.title == HEADLINE_EN


def test_a_line_that_only_starts_like_a_short_label_is_no_title_copy():
    # "By Jane Roe - Staff Writer" starts with a byline line, not a headline: the headline stays
    a = parse([HEADLINE_EN, "By Jane Roe", "By Jane Roe - Staff Writer", "March 4, 2024", LEAD_EN, SECOND_EN])
    assert a.title == HEADLINE_EN



@pytest.mark.parametrize("cut", [["[", "모래시계일보=홍길동 기자] " + LEAD_KO], ["[ 모래시계일보=홍길동 기자] " + LEAD_KO],
                                 ["(", "대전=모래시계일보) 홍길동 기자 = " + LEAD_KO]])
def test_a_lead_formula_whose_bracket_the_capture_cut_or_spaced(cut):
    a = parse([HEADLINE_KO, "입력 2024.03.04 10:00", *cut, SECOND_KO])
    assert a.paragraphs[0] == LEAD_KO
    assert a.reporters == ["홍길동"]


def test_a_lead_formula_under_a_byline_and_stamp_bar_opens_no_paragraph():
    a = parse([HEADLINE_KO, "홍길동 기자 | 기사입력 2024/03/04 [10:00]", "[모래시계일보=홍길동 기자] " + LEAD_KO, SECOND_KO])
    assert a.paragraphs[0] == LEAD_KO


@pytest.mark.parametrize("above, under", [(["로그인 회원가입"], []), ([], ["기사 공유하기"]),
                                          (["전체 게시판 보기", "자유게시판"], ["추천하기"])])
def test_a_newspim_copy_with_a_bare_time_under_site_lines(above, under):
    lines = [*above, NEWSPIM_COPY_HEAD, *under, "별빛고양이", "0", "2024.03.04 09:34", NEWSPIM_COPY_LEAD, SECOND_KO]
    a = extract_raw("\n".join(lines).encode(), "x.txt", date(2024, 3, 5), None)[0].article
    assert a.title == NEWSPIM_COPY_HEAD
    assert a.published_at.isoformat() == "2024-03-04T09:34:00+09:00"


@pytest.mark.parametrize("caption", ["FILE PHOTO: A worker checks a separator roll, March 1, 2024. REUTERS/Jane Roe",
                                     "A worker checks a separator roll at the plant. Image: Sandglass Corp.",
                                     "A worker checks a separator roll at the plant. Credit: Sandglass Corp.",
                                     "A worker checks a separator roll at the plant. EPA-EFE/Jane Roe"])
def test_an_english_photo_credit_at_the_top_is_a_caption_not_the_opening(caption):
    a = parse([HEADLINE_EN, "By Jane Roe", "March 4, 2024", caption, LEAD_EN, SECOND_EN])
    assert a.paragraphs[0] == LEAD_EN
    assert caption not in a.paragraphs


def test_a_sentence_naming_a_credit_stays_in_the_story():
    said = "The lender said the Credit: line in the filing referred to a bridge loan for the plant."
    a = parse([HEADLINE_EN, "By Jane Roe", "March 4, 2024", LEAD_EN, said, SECOND_EN])
    assert said in a.paragraphs


@pytest.mark.parametrize("lead", ["<모래시계일보=홍길동 기자> ", "〈모래시계일보 홍길동 기자〉 ", "< 대전=모래시계일보 홍길동 기자 > "])
def test_a_lead_formula_in_angle_brackets(lead):
    a = parse([HEADLINE_KO, "입력 2024.03.04 10:00", lead + LEAD_KO, SECOND_KO])
    assert a.paragraphs[0] == LEAD_KO
    assert a.reporters == ["홍길동"]


def test_an_angle_bracketed_title_of_a_work_opening_the_story_stays():
    line = "<가상의 여름> 전시가 4일 모래시계미술관에서 개막해 다음 달까지 이어진다고 미술관이 밝혔다."
    a = parse([HEADLINE_KO, "입력 2024.03.04 10:00", "홍길동 기자", line, SECOND_KO])
    assert a.paragraphs[0] == line


@pytest.mark.parametrize("mark", ["**", "__"])
def test_a_markdown_bold_headline_loses_its_marks(mark):
    a = parse(["모래시계일보", f"{mark}{HEADLINE_KO}{mark}", "입력 2024.03.04 10:00", LEAD_KO, SECOND_KO])
    assert a.title == HEADLINE_KO
    a = parse(["Sandglass Courier", f"{mark}{HEADLINE_EN}{mark}", "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
    assert a.title == HEADLINE_EN


def test_a_reader_tools_capture_header():
    page = (f"Title: {HEADLINE_EN} | Sandglass Courier\n\nURL Source: https://courier.example/news/1\n\n"
            f"Published Time: 2024-03-04T10:00:00+09:00\n\nMarkdown Content:\nSandglass Courier\n\n# {HEADLINE_EN}\n\n"
            f"{LEAD_EN}\n\n{SECOND_EN}\n")
    a = parse_text_page(page, "x.txt", landing_date=date(2024, 3, 5))
    assert a.title == HEADLINE_EN and a.paragraphs[0] == LEAD_EN
    assert a.published_at is not None and a.published_at.isoformat() == "2024-03-04T10:00:00+09:00"
    a = parse_text_page(f"Title: {HEADLINE_KO}\n\nURL Source: https://hourglass.example/a/2\n\nMarkdown Content:\n"
                        f"입력 2024.03.04 10:00\n\n{LEAD_KO}\n\n{SECOND_KO}\n", "x.txt", landing_date=date(2024, 3, 5))
    assert a.title == HEADLINE_KO and a.paragraphs[0] == LEAD_KO


@pytest.mark.parametrize("line, lang", [
    (f"{HEADLINE_KO} - 모래시계일보", "ko"), (f"모래시계일보 | {HEADLINE_KO}", "ko"), (f"{HEADLINE_EN} | Sandglass Herald", "en"),
])
def test_a_title_bar_line_printed_once_with_a_press_shaped_name(line, lang):
    if lang == "ko":
        a = parse([line, "입력 2024.03.04 10:00", LEAD_KO, SECOND_KO])
        assert a.title == HEADLINE_KO
    else:
        a = parse([line, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
        assert a.title == HEADLINE_EN


def test_a_headline_whose_tail_names_no_press_stays_whole():
    line = f"{HEADLINE_KO} - 한국 경제 전망"  # a spaced phrase is no press name
    a = parse([line, "입력 2024.03.04 10:00", LEAD_KO, SECOND_KO])
    assert a.title == line


def test_a_short_korean_first_sentence_over_the_story_opens_it():
    short = "가상 부품사 주가가 강세다."
    a = parse(["모래시계일보", HEADLINE_KO, "입력 2024.03.04 10:00", "[사진=가상이미지]", short, LEAD_KO, SECOND_KO])
    assert a.paragraphs[:2] == [short, LEAD_KO]
    a = parse(["모래시계일보", HEADLINE_KO, "입력 2024.03.04 10:00", "공장 전경", LEAD_KO, SECOND_KO])
    assert a.paragraphs[0] == LEAD_KO  # a short line that closes no sentence stays out

@pytest.mark.parametrize("banner", [
    "Sandglass Media uses cookies for personalization. Learn more or change your cookie preferences. By continuing to "
    "use our service, you agree to our use of cookies.",
    "We use cookies to improve your experience on our site. Accept all cookies",
])
def test_a_cookie_consent_banner_is_no_headline(banner):
    a = parse([banner, HEADLINE_EN, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
    assert a.title == HEADLINE_EN and banner not in a.paragraphs


def test_a_story_sentence_about_cookies_stays():
    line = "Regulators said the platform uses cookies to follow users across other sites, a practice they want to curb."
    a = parse([HEADLINE_EN, "By Jane Roe", "March 4, 2024", LEAD_EN, line, SECOND_EN])
    assert line in a.paragraphs


def test_of_the_lines_printed_twice_the_headline_is_the_one_the_story_echoes():
    a = parse(["Saturday, March 2, 2024", "Sandglass Korea Times", "No Result", "View All Result", "Sandglass Korea Times",
               "No Result", "View All Result", HEADLINE_KO, "모래시계 타임즈", HEADLINE_KO, "입력 2024.03.04 10:00", LEAD_KO,
               SECOND_KO])
    assert a.title == HEADLINE_KO


@pytest.mark.parametrize("stamp", ["등록 2024-03-04 10:00 | 이모래 기자", "입력 2024.03.04 10:00"])
def test_a_stamp_line_is_never_glued_to_a_short_lead_as_a_wrapped_sentence(stamp):
    # a short headline over a one-sentence deck and a stamp over a short lead read like two runs of a fixed-width
    # capture; the stamp line is never part of a wrapped sentence, so the page is not unwrapped
    headline, deck, lead = "가상시, 버스 충전소 3곳 연내 추가", "120억 원을 들여 충전 설비를 갖춘다.", "가상시가 차고지 세 곳에 충전소를 새로 짓는다고 4일 밝혔다."
    page = "\n".join(["모래시계일보", headline, deck, stamp, lead, SECOND_KO, "ⓒ 모래시계일보"]) + "\n"
    a = extract_raw(page.encode(), "x.txt", date(2024, 3, 5), None)[0].article
    assert a.title == headline and a.paragraphs[0] == lead


@pytest.mark.parametrize("marked, deck", [
    ("**공장 가동은 2026년 목표**", "공장 가동은 2026년 목표"),
    ("*The plant is due to open in 2026*", "The plant is due to open in 2026"),
    ("__A second line of the deck__", "A second line of the deck"),
])
def test_a_deck_line_wholly_in_markdown_emphasis_loses_its_marks(marked, deck):
    en = marked[1:2].isascii()
    head = ["# " + (HEADLINE_EN if en else HEADLINE_KO), marked, "By Jane Roe" if en else "이모래 기자",
            "March 4, 2024" if en else "입력 2024.03.04 10:00"]
    a = parse([*head, LEAD_EN if en else LEAD_KO, SECOND_EN if en else SECOND_KO])
    assert a.subtitle_lines == [deck]


def test_a_date_bar_opening_on_a_relative_age_is_no_deck():
    bar = "5 hours 12 minutes ago Monday, March 04 2024 Mar 4, 2024 March 04, 2024 9:10 AM in Business"
    a = parse([HEADLINE_EN, bar, "By Jane Roe", LEAD_EN, SECOND_EN])
    assert a.subtitle_lines == [] and a.paragraphs[0] == LEAD_EN


def test_a_standfirst_opening_on_an_age_in_words_stays_the_deck():
    deck = "Two years ago the region had no separator plant at all"
    a = parse([HEADLINE_EN, deck, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
    assert a.subtitle_lines == [deck]


@pytest.mark.parametrize("between", ["독자 이벤트 응모", "▲ 가상 부품사 공장 전경 (사진=가상 부품사)"])
def test_a_short_korean_first_sentence_holds_with_one_line_under_it(between):
    # a site's button or a photo's caption between the short first sentence and the story's paragraphs
    short = "가상 부품사 주가가 강세다."
    a = parse(["모래시계일보", HEADLINE_KO, "입력 2024.03.04 10:00", short, between, LEAD_KO, SECOND_KO])
    assert a.paragraphs[0] == short
    assert LEAD_KO in a.paragraphs
    a = parse(["모래시계일보", HEADLINE_KO, "입력 2024.03.04 10:00", "공장 전경", between, LEAD_KO, SECOND_KO])
    assert a.paragraphs[0] == LEAD_KO  # a short line that closes no sentence stays out


@pytest.mark.parametrize("cut", ["…", "...", " …"])
def test_a_title_bar_cut_short_by_an_ellipsis_gives_way_to_the_whole_headline(cut):
    a = parse([HEADLINE_KO[:14] + cut, "모래시계일보", HEADLINE_KO, "입력 2024.03.04 10:00", LEAD_KO, SECOND_KO])
    assert a.title == HEADLINE_KO
    assert a.paragraphs[0] == LEAD_KO
    a = parse([HEADLINE_EN[:24] + cut, "Sandglass Courier", HEADLINE_EN, "By Jane Roe", "March 4, 2024", LEAD_EN,
               SECOND_EN])
    assert a.title == HEADLINE_EN


def test_a_headline_ending_on_an_ellipsis_stays_when_nothing_copies_it():
    headline = "가상 부품사, 충청에 분리막 공장…"
    a = parse(["모래시계일보", headline, "입력 2024.03.04 10:00", LEAD_KO, SECOND_KO])
    assert a.title == headline


@pytest.mark.parametrize("short", ["The deal is done.", "Prices are up again."])
def test_a_short_english_first_sentence_over_the_story_opens_it(short):
    a = parse(["Sandglass Courier", HEADLINE_EN, "By Jane Roe", "March 4, 2024", short, LEAD_EN, SECOND_EN])
    assert a.paragraphs[:2] == [short, LEAD_EN]


@pytest.mark.parametrize("line", ["Photo By Jane Roe.", "Plant Site View", "Read more"])
def test_a_short_english_line_that_is_no_sentence_stays_out_of_the_story(line):
    a = parse(["Sandglass Courier", HEADLINE_EN, "By Jane Roe", "March 4, 2024", line, LEAD_EN, SECOND_EN])
    assert a.paragraphs[0] == LEAD_EN


@pytest.mark.parametrize("date_part", ["March 4, 2024 •", "2024.03.04 ·", "2024-03-04 10:00 |"])
def test_a_date_and_a_bullet_before_the_headline_are_not_the_title(date_part):
    a = parse(["Sandglass Courier", f"{date_part} {HEADLINE_EN}", "By Jane Roe", LEAD_EN, SECOND_EN])
    assert a.title == HEADLINE_EN
    a = parse(["모래시계일보", f"{date_part} {HEADLINE_KO}", "홍길동 기자", LEAD_KO, SECOND_KO])
    assert a.title == HEADLINE_KO


def test_a_headline_opening_on_figures_stays_whole():
    headline = "2024 battery output · a record year for invented makers"
    a = parse(["Sandglass Courier", headline, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
    assert a.title == headline


@pytest.mark.parametrize("label", ["Opinion", "Business Desk"])
def test_a_short_label_and_a_bar_before_the_headline_are_not_the_title(label):
    a = parse(["Sandglass Courier", f"{label} | {HEADLINE_EN}", "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
    assert a.title == HEADLINE_EN
    a = parse(["모래시계일보", f"산업 | {HEADLINE_KO}", "입력 2024.03.04 10:00", LEAD_KO, SECOND_KO])
    assert a.title == HEADLINE_KO


def test_a_headline_of_three_words_before_a_bar_stays_whole():
    headline = "Invented Ministry Plans | A review of its mineral stockpiles"
    a = parse(["Sandglass Courier", headline, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
    assert a.title == headline


@pytest.mark.parametrize("tails", [" | 모래시계일보 | 산업", " - 모래시계일보 - 경제일반"])
def test_a_title_bar_with_the_site_and_its_section_printed_once_gives_the_headline_ko(tails):
    a = parse([HEADLINE_KO + tails, "입력 2024.03.04 10:00", "홍길동 기자", LEAD_KO, SECOND_KO])
    assert a.title == HEADLINE_KO


def test_a_title_bar_with_two_press_names_printed_once_gives_the_headline_en():
    a = parse([HEADLINE_EN + " - Sandglass Times - Business News", "By Jane Roe", "March 4, 2024", LEAD_EN,
               SECOND_EN])
    assert a.title == HEADLINE_EN


def test_a_headline_with_a_dash_and_a_short_tail_but_no_press_name_stays_whole():
    headline = "Invented battery makers race to build plants - and hire"
    a = parse(["Sandglass Courier", headline, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
    assert a.title == headline


@pytest.mark.parametrize("caption", [
    ["The invented plant's site on the edge of the industrial park in an undated photo.", "Source: Invented Corp."],
    ["Officials of the invented ministry and company executives visit the separator plant",
     "on March 3.", "Photo: Invented Ministry"]])
def test_an_english_caption_over_its_credit_line_is_not_the_story(caption):
    a = parse(["Sandglass Courier", HEADLINE_EN, "By Jane Roe", "March 4, 2024", *caption, LEAD_EN, SECOND_EN])
    assert a.paragraphs[0] == LEAD_EN


def test_a_one_paragraph_story_over_its_source_credit_keeps_its_paragraph():
    a = parse(["Sandglass Courier", HEADLINE_EN, "By Jane Roe", "March 4, 2024", LEAD_EN, "Source: Invented Wire"])
    assert a.paragraphs[0] == LEAD_EN


@pytest.mark.parametrize("credit", ["Sandglass Images", "Made-up Agency via Sandglass Images"])
def test_an_english_caption_over_a_bare_agency_credit_is_not_the_story(credit):
    caption = "Workers at the invented separator plant on the edge of the industrial park in an undated photo."
    a = parse(["Sandglass Courier", HEADLINE_EN, "By Jane Roe", "March 4, 2024", caption, credit, LEAD_EN, SECOND_EN])
    assert a.paragraphs[0] == LEAD_EN


def test_a_first_paragraph_over_a_line_naming_an_outlet_stays_the_story():
    a = parse(["Sandglass Courier", HEADLINE_EN, "By Jane Roe", "March 4, 2024", LEAD_EN, "Yonhap", SECOND_EN, LEAD_EN[:60]
               + " again."])
    assert a.paragraphs[0] == LEAD_EN


@pytest.mark.parametrize("under", [["이모래 기자", "입력 2024.03.04 10:00"], ["등록 2024-03-04 10:00 | 이모래 기자"]])
def test_korean_deck_sentences_above_the_byline_and_stamp_are_the_deck(under):
    deck = ["분리막 공장에 1천억 원을 들인다.", "직원 120명을 새로 뽑는다."]
    a = parse(["모래시계일보", HEADLINE_KO, *deck, *under, LEAD_KO, SECOND_KO])
    assert a.subtitle_lines == deck and a.paragraphs[0] == LEAD_KO


def test_a_short_korean_sentence_under_the_stamp_stays_the_lead():
    short = "가상 부품사 주가가 강세다."
    a = parse(["모래시계일보", HEADLINE_KO, "입력 2024.03.04 10:00", short, LEAD_KO, SECOND_KO])
    assert a.subtitle_lines == [] and a.paragraphs[0] == short


@pytest.mark.parametrize("tail, lang", [
    (" < 산업 < 모래시계일보", "ko"), (" > 경제 > 모래시계신문", "ko"), (" » 모래시계일보", "ko"),
    (" « Sandglass Herald", "en"), (" › Business › Sandglass Times", "en"),
])
def test_a_title_bar_closing_an_arrow_path_on_a_press_shaped_name_gives_the_headline(tail, lang):
    # session 15, k3: the site's name after arrows or guillemets, the path's sections between (head_probe check-k3s15)
    if lang == "ko":
        a = parse([HEADLINE_KO + tail, "홍길동 기자", "입력 2024.03.04 10:00", LEAD_KO, SECOND_KO])
        assert a.title == HEADLINE_KO
    else:
        a = parse([HEADLINE_EN + tail, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
        assert a.title == HEADLINE_EN


@pytest.mark.parametrize("headline", ["가상 부품사 주가 > 시장 기대 넘어", "Invented makers: demand > supply » what next"])
def test_a_headline_with_an_arrow_and_no_press_name_after_it_stays_whole(headline):
    a = parse(["Sandglass Courier", headline, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
    assert a.title == headline


@pytest.mark.parametrize("line, lang", [(f"모래시계일보 - {HEADLINE_KO}", "ko"), (f"Sandglass Herald — {HEADLINE_EN}", "en"),
                                        (f"Sandglass Times – {HEADLINE_EN}", "en")])
def test_the_sites_press_shaped_name_before_the_headline_with_a_dash(line, lang):
    # session 15, k3 (head_probe probe-k3s15b / check-k3s15b; session 13's check-k1 "Invented Herald - {T}")
    if lang == "ko":
        a = parse([line, "홍길동 기자", "입력 2024.03.04 10:00", LEAD_KO, SECOND_KO])
        assert a.title == HEADLINE_KO
    else:
        a = parse([line, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
        assert a.title == HEADLINE_EN


def test_a_headline_opening_on_words_and_a_dash_stays_whole():
    headline = "Battery recycling — invented makers race to build plants"
    a = parse(["Sandglass Courier", headline, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
    assert a.title == headline


@pytest.mark.parametrize("line, lang", [(f"기사제목 : {HEADLINE_KO}", "ko"), (f"헤드라인 {HEADLINE_KO}", "ko"),
                                        (f"Headline: {HEADLINE_EN}", "en"), (f"Title: {HEADLINE_EN}", "en")])
def test_a_title_fields_label_before_the_headline(line, lang):
    # session 15, k3 (head_probe probe-k3s15b / check-k3s15b): the labels of a title field beside the board's 제목
    if lang == "ko":
        a = parse(["모래시계일보", line, "홍길동 기자", "입력 2024.03.04 10:00", LEAD_KO, SECOND_KO])
        assert a.title == HEADLINE_KO
    else:
        a = parse(["Sandglass Courier", line, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
        assert a.title == HEADLINE_EN


def test_a_headline_opening_on_the_word_title_without_a_colon_stays_whole():
    headline = "Title race heats up as invented makers build separator plants"
    a = parse(["Sandglass Courier", headline, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
    assert a.title == headline


@pytest.mark.parametrize("ticker, lang", [("부산 흐림 12℃ | 코스닥 812.40 ▼1.2%", "ko"), ("NIKKEI 38,120.5 -0.4% | EUR/USD 1.0832", "en")])
def test_a_weather_or_market_ticker_above_the_masthead_is_no_headline(ticker, lang):
    # session 15, k3 (head_probe probe-k3s15b / check-k3s15b)
    if lang == "ko":
        a = parse([ticker, "모래시계일보", HEADLINE_KO, "홍길동 기자", "입력 2024.03.04 10:00", LEAD_KO, SECOND_KO])
        assert a.title == HEADLINE_KO
    else:
        a = parse([ticker, "Sandglass Courier", HEADLINE_EN, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
        assert a.title == HEADLINE_EN


def test_a_headline_with_a_figure_and_a_bar_naming_the_site_stays_a_headline():
    headline = "Invented makers' battery output up 3.5% in March | Sandglass Courier"
    a = parse([headline, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
    assert a.title in (headline, "Invented makers' battery output up 3.5% in March")


@pytest.mark.parametrize("line", [f"Sandglass Times: {HEADLINE_EN}", f"Sandglass Herald: {HEADLINE_EN}"])
def test_the_sites_press_shaped_name_and_a_colon_before_the_headline(line):
    # session 15, k3 (head_probe probe-k3s15c / check-k3s15c)
    a = parse([line, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
    assert a.title == HEADLINE_EN


@pytest.mark.parametrize("headline", ["Analysis: invented makers race to build separator plants",
                                      "[Sandglass Today] Invented makers race to build separator plants"])
def test_a_kicker_and_a_colon_or_a_programme_in_brackets_stay_in_the_headline(headline):
    a = parse(["Sandglass Courier", headline, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
    assert a.title == headline


@pytest.mark.parametrize("line, lang", [
    (f"{HEADLINE_KO} - 경제 - 모래시계일보", "ko"), (f"{HEADLINE_KO} | 모래시계일보 | 2024.03.04", "ko"),
    (f"{HEADLINE_EN} - Business - Sandglass Herald", "en"), (f"{HEADLINE_EN} | Sandglass Herald | Mar 4, 2024", "en"),
])
def test_a_title_bar_with_a_section_before_the_site_or_a_date_after_it(line, lang):
    # session 15, k3 (head_probe probe-k3s15c / check-k3s15c); with the site signed again in the footer too
    for foot in ([], ["ⓒ 모래시계일보 무단전재 및 재배포 금지" if lang == "ko" else "© Sandglass Herald. All rights reserved."]):
        if lang == "ko":
            a = parse([line, "홍길동 기자", "입력 2024.03.04 10:00", LEAD_KO, SECOND_KO, *foot])
            assert a.title == HEADLINE_KO
        else:
            a = parse([line, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN, *foot])
            assert a.title == HEADLINE_EN


def test_a_lower_case_tail_before_the_site_stays_in_the_headline():
    line = "Invented makers race to build plants - and hire - Sandglass Times"
    a = parse([line, "By Jane Roe", "March 4, 2024", LEAD_EN, SECOND_EN])
    assert a.title == "Invented makers race to build plants - and hire"
