"""Reporters found where whole pages put them (made-up pages and names only): after the copyright footer,
in a wire's credits run into the last sentence, in a broadcast script captured as one line."""

from __future__ import annotations

import pytest

from chainwire.extract.bylines import anchor_intro
from chainwire.extract.crew_credits import is_crew_credit
from chainwire.extract.profiles import parse_text_page

pytestmark = pytest.mark.unit  # make test-fast

_KO = ("가람시, 누리소재 공급망 점검 회의 열어\n입력 2099.03.12 10:20\n\n"
       "가람시는 12일 시청에서 누리소재 공급망 점검 회의를 열고 지역 기업의 원료 수급 상황을 살폈다고 밝혔다.\n\n"
       "회의에는 지역 제조업체 대표 스무 명이 참석해 원료 조달의 어려움을 설명했다.\n\n")


def test_a_reporters_card_under_the_copyright_footer():
    page = _KO + "<저작권자 ⓒ 가람타임즈, 무단 전재 및 재배포 금지>\n\n누리취재본부장 / 홍길동 기자 다른기사보기\n"
    art = parse_text_page(page, "x.txt")
    assert art.reporters == ["홍길동"]
    assert art.dateline is None  # the desk title before the slash is no place


def test_a_wires_credits_run_into_the_last_sentence():
    page = ("Garam nickel exports rise\n\nGARAM CITY, March 3 (Reuters) - Garam said on Monday nickel ore exports "
            "rose sharply in the first quarter of the year.\n\nOfficials expect a further rise in the second half, "
            "the mines bureau said in a statement. (Reporting by Hong Gil-dong and Kim Nu-ri; Editing by Lee Ga-ram)\n")
    art = parse_text_page(page, "x.txt")
    assert art.reporters == ["Hong Gil-dong", "Kim Nu-ri"]  # the editor is no writer
    assert art.paragraphs[-1].endswith("said in a statement.")


def test_a_hand_over_inside_a_script_captured_as_one_line():
    line = ("가람시가 누리소재 수출을 통제하기로 했습니다 정부도 영향을 살피고 있습니다 가람 홍길동 특파원입니다 [리포트] "
            "누리소재 생산 세계 1위인 가람시는 오늘 통제 품목을 발표했습니다")
    assert anchor_intro(line) == "홍길동"
    art = parse_text_page("누리소재 수출 통제 [9시 뉴스] / 가람방송 2099.07.04.\n" + line + "\n", "x.txt")
    assert art.reporters == ["홍길동"]


@pytest.mark.parametrize("line", [
    "[기자] 가람시는 오늘 통제 품목을 발표했습니다",  # the marker without a hand-over
    "가람시는 오늘 발표했습니다 [리포트] 홍길동 기자가 현장에 갔습니다",  # a name after the marker is no hand-over
])
def test_a_report_marker_without_a_hand_over_names_nobody(line):
    assert anchor_intro(line) is None


def test_an_angle_bracket_signoff_glued_to_a_paragraph_is_the_writer():
    page = (_KO.replace("살폈다고 밝혔다.", "살폈다고 밝혔다. <홍길동 취재부 기자>")
            + "참석자들은 다음 회의를 가을에 열기로 했다고 시 관계자가 전했다.\n")
    art = parse_text_page(page, "x.txt")
    assert art.reporters == ["홍길동"]  # the desk word is no part of the name
    assert art.paragraphs[0].endswith("살폈다고 밝혔다.")  # the credit leaves the story
    assert art.paragraphs[-1].endswith("전했다.")  # the story goes on under it


def test_a_bracketed_name_closing_a_short_line_or_a_round_bracket_credit_is_no_signoff():
    page = _KO + "행사장 전경을 담은 사진이다. (홍길동 기자)\n"  # a picture's credit in round brackets
    art = parse_text_page(page, "x.txt")
    assert "홍길동" not in art.reporters


@pytest.mark.parametrize("credit, names", [
    ("<홍길동·김누리 기자>", ["홍길동", "김누리"]),  # two writers sharing the role
    ("[홍길동 기자 gil@garam.example]", ["홍길동"]),  # square brackets, with the e-mail
    ("《가람일보 홍길동 특파원》", ["홍길동"]),  # the brand before the name is no name
])
def test_glued_signoff_variants(credit, names):
    page = _KO.replace("살폈다고 밝혔다.", "살폈다고 밝혔다. " + credit)
    art = parse_text_page(page, "x.txt")
    assert art.reporters == names
    assert credit not in "\n".join(art.paragraphs)


@pytest.mark.parametrize("credits, names", [
    ("(Reporting by Hong Gil-dong in Garam City, Kim Nu-ri and Lee Da-on in Seoul; Editing by Park Ga-ram)",
     ["Hong Gil-dong", "Kim Nu-ri", "Lee Da-on"]),  # each name's place, not only the last one's
    ("Reporting by Hong Gil-dong; Writing by Kim Nu-ri; Editing by Park Ga-ram", ["Hong Gil-dong", "Kim Nu-ri"]),
    # the outlet the reporter wrote for after the name, a full stop, a lower-case editing credit
    ("Reporting by Hong Gil-dong for Garam Ledger.", ["Hong Gil-dong"]),
    ("Reporting by Hong Gil-dong for Garam Ledger; editing by Park Ga-ram.", ["Hong Gil-dong"]),
])
def test_a_wires_credits_on_their_own_line_close_the_story(credits, names):
    page = ("Garam nickel exports rise\n\nGARAM CITY, March 3 (Reuters) - Garam said on Monday nickel ore exports "
            "rose sharply in the first quarter of the year.\n\nOfficials expect a further rise in the second half, "
            f"the mines bureau said in a statement.\n\n{credits}\n\nDisclaimer: this story was carried from a feed\n")
    art = parse_text_page(page, "x.txt")
    assert art.reporters == names  # the editor is no writer
    assert art.paragraphs[-1].endswith("said in a statement.")  # nothing under the credits is the story's


@pytest.mark.parametrize("crew", ["영상취재 나래솔 / 영상편집 가온누리", "(촬영기자: 나래솔, 영상편집: 가온누리)",
                                  "[VJ 나래솔 · 그래픽 가온누리]"])
def test_a_broadcast_crew_line_is_no_paragraph_and_no_author(crew):
    page = ("누리소재 수출 통제 [9시 뉴스]\n입력 2099.07.04 21:10\n[앵커]\n가람시가 누리소재 수출을 통제합니다. "
            "홍길동 기자가 보도합니다.\n[리포트]\n누리소재 생산 세계 1위인 가람시는 오늘 통제 품목을 발표했습니다.\n"
            f"정부는 업계와 함께 영향을 살피고 있습니다.\n{crew}\n")
    art = parse_text_page(page, "x.txt")
    assert art.reporters == ["홍길동"]
    assert art.paragraphs[-1] == "정부는 업계와 함께 영향을 살피고 있습니다."


@pytest.mark.parametrize("line", ["편집 나래솔", "취재 나래솔 기자", "그는 영상편집을 맡았다"])
def test_a_lone_print_task_or_a_sentence_is_no_crew_line(line):
    assert not is_crew_credit(line)


def test_an_english_name_and_its_role_on_two_lines_are_one_byline():
    page = ("Garam Ledger\nGaram nickel exports rise\nHong Gil-dong\nCorrespondent\nPublished: March 3, 2099 10:20 AM\n"
            "Garam said on Monday nickel ore exports rose sharply in the first quarter of the year.\n"
            "Officials expect a further rise in the second half, the mines bureau said in a statement.\n")
    art = parse_text_page(page, "x.txt")
    assert art.reporters == ["Hong Gil-dong"]
    assert art.paragraphs[0].startswith("Garam said on Monday")


_EN_STORY = ("Garam nickel exports rise\n\nGaram said on Monday nickel ore exports rose sharply in the first quarter "
             "of the year.\n\nOfficials expect a further rise in the second half, the mines bureau said in a statement.\n\n"
             "Traders said prices of the ore held steady through the week despite the rise in shipments.\n\n")


@pytest.mark.parametrize("card, names", [
    ("Hong Gil-dong is a staff reporter at Garam Ledger covering trade.", ["Hong Gil-dong"]),  # the bio names its writer
    ("Hong Gil-dong covers energy for Garam Ledger.", ["Hong Gil-dong"]),
    ("Garam Ledger is the region's leading business newspaper.", []),  # a publication's card names nobody
    ("Hong Gil-dong\nhong@garam-ledger.example", ["Hong Gil-dong"]),  # a card's name and address on two lines
    ("Hong Gil-dong\nEmail: hong@garam-ledger.example", ["Hong Gil-dong"]),
])
def test_an_english_card_under_the_story_names_its_writer(card, names):
    art = parse_text_page(_EN_STORY + card + "\n", "x.txt")
    assert art.reporters == names
    assert art.paragraphs[-1].startswith("Traders said")


@pytest.mark.parametrize("closer, name", [
    ("지금까지 가람방송 홍길동이었습니다.", "홍길동"), ("가람방송 뉴스 홍길동입니다.", "홍길동"),
    ("지금까지 가람방송 이누리였습니다.", "이누리"),  # a name ending on a vowel takes "였습니다"
])
def test_a_broadcast_closer_after_the_station_names_the_reporter(closer, name):
    page = ("누리소재 수출 통제 [9시 뉴스]\n입력 2099.07.04 21:10\n[앵커]\n가람시가 누리소재 수출을 통제합니다.\n[리포트]\n"
            "누리소재 생산 세계 1위인 가람시는 오늘 통제 품목을 발표했습니다.\n"
            f"정부는 업계와 함께 영향을 살피고 있습니다.\n{closer}\n")
    art = parse_text_page(page, "x.txt")
    assert art.reporters == [name]
    assert art.paragraphs[-1] == "정부는 업계와 함께 영향을 살피고 있습니다."


def test_a_bio_of_another_writer_under_a_bylined_story_adds_nobody():
    page = _EN_STORY.replace("\n\n", "\n\nBy Kim Nu-ri\n\n", 1) + "Hong Gil-dong is a reporter at Garam Ledger.\n"
    assert parse_text_page(page, "x.txt").reporters == ["Kim Nu-ri"]


def test_a_title_case_place_the_day_and_the_wire_before_a_colon_open_the_story():
    page = ("Garam nickel exports rise\n\nGaramville, March 3 (Garam Wire): Garam said on Monday nickel ore exports "
            "rose sharply in the first quarter of the year.\n\nOfficials expect a further rise in the second half, "
            "the mines bureau said in a statement.\n")
    art = parse_text_page(page, "x.txt")
    assert art.dateline == "Garamville"
    assert art.paragraphs[0].startswith("Garam said on Monday")


@pytest.mark.parametrize("button", ["구독하기", "+ 구독", "팔로우하기"])
def test_a_byline_with_its_follow_button_names_the_reporter(button):
    page = _KO.replace("입력 2099.03.12 10:20\n", f"홍길동 기자 {button}\n입력 2099.03.12 10:20\n")
    art = parse_text_page(page, "x.txt")
    assert art.reporters == ["홍길동"]
    assert art.paragraphs[0].startswith("가람시는 12일")


def test_a_follow_button_alone_stays_chrome():
    page = _KO.replace("입력 2099.03.12 10:20\n", "입력 2099.03.12 10:20\n기자 구독하기\n")
    art = parse_text_page(page, "x.txt")
    assert art.reporters == [] and art.paragraphs[0].startswith("가람시는 12일")


@pytest.mark.parametrize("handover, name", [
    ("Reporter Hong Gil-dong reports from Garam City.", "Hong Gil-dong"), ("Our Hong Gil-dong has more.", "Hong Gil-dong"),
    ("Garam News reports.", None),  # an outlet's report names nobody
])
def test_an_english_anchors_hand_over_names_the_reporter(handover, name):
    page = ("Garam eases export curbs\n\nPublished: March 3, 2099 10:00\n\nGaram said on Monday it would lift export "
            f"curbs on Nuri four days after Nuri lifted its own.\n\n{handover}\n\nThe Garam government announced today "
            "that it would return Nuri to its list of trusted partners.\n\nOfficials said the hearing period ends in May.\n")
    art = parse_text_page(page, "x.txt")
    assert art.reporters == ([name] if name else [])
    assert handover in art.paragraphs  # the line stays in the script


_EN = ("Garam port adds a cobalt terminal\n\nGARAM CITY, March 3 - The invented port of Garam said on Monday it would "
       "build a terminal for cobalt ore by next year.\n\nThe terminal will handle about 2 million tonnes a year, the "
       "port said in a statement on its plans.\n\nOfficials expect the first ships to dock there in the spring of the "
       "following year, they said.\n\n")


@pytest.mark.parametrize("card", ["Jane Roe\n\nJane reports on shipping and ports from Garam City.",
                                  "Jane Roe\n\nJane joined the Garam Ledger in 2019 after a decade covering trade."])
def test_a_writers_card_opening_on_the_first_name_names_the_writer(card):
    # session 15, k2 (byline_probe set 10b): the full name alone, then a bio opening on the first name and a
    # journalist's verb
    art = parse_text_page(_EN + card + "\n", "x.txt")
    assert art.reporters == ["Jane Roe"]
    assert not any("Jane" in p for p in art.paragraphs)


def test_a_card_of_someone_quoted_names_no_writer():
    art = parse_text_page(_EN + "Lee Park\n\nLee leads the invented port authority of Garam.\n", "x.txt")
    assert art.reporters == []
