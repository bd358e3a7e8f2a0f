"""Byline parsing: dateline, reporters (names only), roles, rest of paragraph."""

from __future__ import annotations

import pytest

from chainwire.extract.bylines import (
    anchor_intro,
    byline_beside_stamp,
    desk_byline,
    is_role,
    list_item_author,
    parse_byline,
    parse_lead,
    parse_signature,
    split_reporters,
)
from chainwire.extract.stamps import scan_stamps

pytestmark = pytest.mark.unit  # make test-fast


@pytest.mark.parametrize(
    "paragraph, dateline, reporters, roles, rest",
    [
        ("[세종=뉴스핌] 김가온 기자 = 정부가 발표했다.", "세종", ["김가온"], ["기자"], "정부가 발표했다."),
        ("[세종 = 뉴스핌] 김가온 기자 = 정부가 발표했다.", "세종", ["김가온"], ["기자"], "정부가 발표했다."),
        ("[세종=뉴스핌] 김가온 기자 =\u00a0정부가 발표했다.", "세종", ["김가온"], ["기자"], "정부가 발표했다."),
        ("[서울=뉴스핌] 김가영·이도훈 기자 = 회의가 열렸다.", "서울", ["김가영", "이도훈"], ["기자", "기자"], "회의가 열렸다."),
        ("[서울=뉴스핌] 김가영ㆍ이도훈 기자 = 회의가 열렸다.", "서울", ["김가영", "이도훈"], ["기자", "기자"], "회의가 열렸다."),
        ("[서울=뉴스핌] 김가영, 이도훈 기자 = 회의가 열렸다.", "서울", ["김가영", "이도훈"], ["기자", "기자"], "회의가 열렸다."),
        ("[서울=뉴스핌] 김가영 기자·이도훈 인턴기자 = 회의.", "서울", ["김가영", "이도훈"], ["기자", "인턴기자"], "회의."),
        ("[워싱턴=뉴스핌] 박민준 특파원 = 백악관은 밝혔다.", "워싱턴", ["박민준"], ["특파원"], "백악관은 밝혔다."),
        ("[부산=뉴스핌] 최영진 선임기자 = 항만이 붐볐다.", "부산", ["최영진"], ["선임기자"], "항만이 붐볐다."),
        ("[서울=뉴스핌] 홍지후 정치부장 = 국회가 열렸다.", "서울", ["홍지후"], ["정치부장"], "국회가 열렸다."),
        ("[서울=뉴스핌] 홍지후 논설위원 = 칼럼.", "서울", ["홍지후"], ["논설위원"], "칼럼."),
        ("[뉴스핌=김선엽 기자] 옛 형식의 기사다.", None, ["김선엽"], ["기자"], "옛 형식의 기사다."),
        ("[뉴스핌=김선엽·이에라 기자] 옛 형식.", None, ["김선엽", "이에라"], ["기자", "기자"], "옛 형식."),
        ("[서울=뉴스핌]김가영 기자= 붙여 쓴 형식.", "서울", ["김가영"], ["기자"], "붙여 쓴 형식."),
        ("[서울=뉴스핌] John Doe 기자 = English name.", "서울", ["John Doe"], ["기자"], "English name."),
        ("[서울=뉴스핌] 김가온 기자 =", "서울", ["김가온"], ["기자"], ""),
        ("(서울=연합뉴스) 홍길동 기자 = 다른 통신사.", "서울", ["홍길동"], ["기자"], "다른 통신사."),
        # a dateline without a reporter: the text follows the bracket
        ("[서울=뉴스핌] 정부가 A=B 방식을 택했다.", "서울", [], [], "정부가 A=B 방식을 택했다."),
    ],
)
def test_parse_byline(paragraph, dateline, reporters, roles, rest):
    b = parse_byline(paragraph)
    assert b is not None
    assert (b.dateline, b.reporters, b.roles, b.rest) == (dateline, reporters, roles, rest)
    assert tuple(b) == (dateline, reporters, roles, rest)  # unpacks as the 4-tuple
    assert len(b.reporters) == len(b.roles)
    assert all(not is_role(name.split()[-1]) for name in b.reporters)  # names only


def test_byline_outlet():
    assert parse_byline("[세종=뉴스핌] 김가온 기자 = 본문").outlet == "newspim"
    assert parse_byline("[뉴스핌=김선엽 기자] 본문").outlet == "newspim"
    assert parse_byline("(서울=연합뉴스) 홍길동 기자 = 본문").outlet == "yonhap"


@pytest.mark.parametrize(
    "paragraph",
    [
        "",
        "정부가 발표했다.",
        "[단독] 제목 같은 문장",
        "[사진=산업통상자원부] 2024.06.27 someone@example.com",
        "[자료=통계청] 표",
        "[뉴스핌 베스트 기사]",
        "[서울 뉴스핌] 괄호 안에 등호가 없다",
        "본문 중간의 [세종=뉴스핌] 은 바이라인이 아니다",
    ],
)
def test_not_a_byline(paragraph):
    assert parse_byline(paragraph) is None


@pytest.mark.parametrize(
    "who, names, roles",
    [
        ("김가온 기자", ["김가온"], ["기자"]),
        ("김가영·이도훈 기자", ["김가영", "이도훈"], ["기자", "기자"]),
        ("김가영 이도훈 기자", ["김가영", "이도훈"], ["기자", "기자"]),
        ("조민성 특파원", ["조민성"], ["특파원"]),
        ("김가온", ["김가온"], [""]),
        ("", [], []),
    ],
)
def test_split_reporters(who, names, roles):
    assert split_reporters(who) == (names, roles)


@pytest.mark.parametrize("who", ["정부가 새 정책을 내놨다고 밝혔다 그리고 더", "아주 긴 문장이 들어와서 이름처럼 보이지 않는다"])
def test_split_reporters_rejects_sentences(who):
    assert split_reporters(who) is None


@pytest.mark.parametrize(
    "line, name",
    [
        ("보도에 홍길동 기자입니다.", "홍길동"),
        ("김철수 기자가 보도합니다.", "김철수"),
        # the hand-over as the last clause or sentence of a longer anchor paragraph
        ("충전소 몇 곳이 문을 닫으면서 운전자들의 불편이 커지고 있는 건데, 홍길동 기자가 현장을 취재했습니다.", "홍길동"),
        ("두 나라는 오늘 공동 성명을 내고 협력을 넓히기로 했습니다. 우선 세부 내용부터 정리해 봅니다. 이영희 기자가 자세히 전해드립니다.",
         "이영희"),
        ("정부가 새 대책을 내놨습니다. 박민수 특파원이 알아봤습니다.", "박민수"),
    ],
)
def test_anchor_hands_over_to_the_reporter(line, name):
    assert anchor_intro(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "홍길동 기자가 말했다.",  # a news sentence about a reporter, not a hand-over
        "정부는 오늘 대책을 발표했습니다. 이 대책은 홍길동 기자가 지난달 처음 보도한 내용과 같습니다.",
    ],
)
def test_sentences_mentioning_a_reporter_are_no_hand_over(line):
    assert anchor_intro(line) is None


def test_a_long_hand_over_paragraph_is_not_a_sign_off():
    # the anchor's paragraph stays in the script; only a short hand-over line is a sign-off
    long = "두 나라는 오늘 공동 성명을 내고 협력을 넓히기로 했습니다. 세부 내용이 많습니다. 홍길동 기자가 보도합니다."
    assert parse_signature(long) is None
    assert parse_signature("홍길동 기자가 보도합니다.").reporters == ["홍길동"]


# ---------------------------------------------------------------- sign-offs and info bars met on real pages

def test_a_name_with_its_email_and_no_role_signs_off():
    sig = parse_signature("한가온(gaon@example.co.kr)")
    assert sig is not None and sig.reporters == ["한가온"] and sig.emails == ("gaon@example.co.kr",)
    # a press name or a contact word before an address is not a reporter
    for line in ("뉴시스 desk@example.co.kr", "이메일 desk@example.co.kr"):
        got = parse_signature(line)
        assert got is None or got.reporters == []


def test_a_headquarters_chief_is_an_official_not_a_newsroom_role():
    assert not is_role("통상교섭본부장") and is_role("경제부장") and is_role("선임기자")
    assert parse_signature("나도윤 통상교섭본부장") is None


def test_a_cms_info_bar_names_the_reporter_next_to_its_stamp():
    from chainwire.extract.bylines import info_bar_reporters

    def stamped(s: str) -> bool:
        return "승인" in s

    def widget(w: str) -> bool:
        return w in {"스크랩", "댓글"}

    bar = ["제목 줄", "  • 서하린", "  • 승인 2026.11.02 09:20", "  • 댓글 0", "본문이 시작된다."]
    assert info_bar_reporters([s.strip() for s in bar], stamped, widget) == (["서하린"], ["기자"])
    # no stamp in the run: a bulleted list of words, not an info bar
    assert info_bar_reporters(["• 서하린", "• 스크랩"], stamped, widget) == ([], [])
    assert info_bar_reporters(["• 스크랩", "• 승인 2026.11.02 09:20"], stamped, widget) == ([], [])


def test_bylines_met_on_real_pages_in_other_shapes():
    from chainwire.extract.bylines import parse_lead, signoff_after_end, title_credit

    b = parse_byline("[가상경제=(시카고) 홍길동 특파원] 본문이 이어진다.")
    assert b is not None and (b.dateline, b.reporters, b.roles, b.rest) == ("시카고", ["홍길동"], ["특파원"], "본문이 이어진다.")
    sig = parse_signature("홍길동기자@전자신문, gildong@")
    assert sig is not None and sig.reporters == ["홍길동"] and sig.brand == "전자신문"
    lead = parse_lead("SEOUL (Example News / Agency - 2nd May, 2026) South Korea said so.")
    assert lead is not None and (lead.dateline, lead.brand, lead.rest) == ("SEOUL", "Example News", "South Korea said so.")
    tc = title_credit("A made-up headline on supply – by Hong Gil-dong (Korea Herald – May 2, 2026)")
    assert tc is not None and (tc.rest, tc.reporters, tc.brand, tc.stamp) == (
        "A made-up headline on supply", ["Hong Gil-dong"], "Korea Herald", "May 2, 2026")

    def footer(s: str) -> bool:
        return s.startswith("저작권자")

    late = signoff_after_end(["가상일보 홍길동 기자", "gildong@example.co.kr", "저작권자 © 가상일보"], footer)
    assert late is not None and late.reporters == ["홍길동"]
    # a related story's headline right after the end marker: no sign-off is read past it
    assert signoff_after_end(["다른 기사의 가상 제목 하나", "가상일보 홍길동 기자"], footer) is None


def test_a_cms_writer_field_names_the_reporter():
    sig = parse_signature("기자명 서하린 댓글 0")
    assert sig is not None and (sig.reporters, sig.roles) == (["서하린"], ["기자"])
    assert parse_signature("기자명 뉴시스") is None or parse_signature("기자명 뉴시스").reporters == []


@pytest.mark.parametrize("line", ["작성자 이미지", "작성자 정보", "글쓴이 프로필", "작성자: 썸네일"])
def test_a_writer_box_label_in_the_name_slot_names_nobody(line):
    # a profile box prints its picture's alt text or its heading where the name would go
    sig = parse_signature(line)
    assert sig is None or sig.reporters == []
    assert parse_signature("작성자 한도윤").reporters == ["한도윤"]


@pytest.mark.parametrize(
    "line, reporters, emails",
    [
        ("[서하린 기자]", ["서하린"], ()),
        ("(서하린 기자)", ["서하린"], ()),
        ("<서하린 기자 harin@example.co.kr>", ["서하린"], ("harin@example.co.kr",)),
        ("글·사진=서하린 기자", ["서하린"], ()),
        ("글 서하린 기자", ["서하린"], ()),
        ("정리=서하린 기자", ["서하린"], ()),
        ("By 서하린 기자", ["서하린"], ()),
        ("▲ 서하린 기자", ["서하린"], ()),
        ("서하린 기자 ▶ harin@example.co.kr", ["서하린"], ("harin@example.co.kr",)),
        ("By Seo Ha-rin, Staff Reporter", ["Seo Ha-rin"], ()),
        ("Reporter Seo Ha-rin", ["Seo Ha-rin"], ()),
        ("Written by Seo Ha-rin", ["Seo Ha-rin"], ()),
        ("Seo Ha-rin / The Korea Herald", ["Seo Ha-rin"], ()),
        ("Seo Ha-rin, Staff Writer", ["Seo Ha-rin"], ()),
        ("Reporter: Seo Ha-rin", ["Seo Ha-rin"], ()),
        ("By Seo Ha-rin | Korea JoongAng Daily", ["Seo Ha-rin"], ()),
        ("Seo Ha-rin harin@example.com", ["Seo Ha-rin"], ("harin@example.com",)),
        ("서하린 기자 harin@example.co.kr 다른 기사 보기", ["서하린"], ("harin@example.co.kr",)),
        ("서하린 기자 harin@example.co.kr 기자의 다른기사", ["서하린"], ("harin@example.co.kr",)),
        ("서하린 기자의 다른기사 보기", ["서하린"], ()),
        ("서하린 기자 구독", ["서하린"], ()),
        ("입력 서하린 기자", ["서하린"], ()),
    ],
)
def test_sign_off_shapes_of_the_wider_press(line, reporters, emails):
    sig = parse_signature(line)
    assert sig is not None and sig.reporters == reporters and sig.emails == emails and sig.dateline is None


@pytest.mark.parametrize("line", ["사진=서하린 기자", "[김대희]", "South Korea / Seoul", "[사진=서하린 기자]", "South Korea Reporter"])
def test_credits_and_tags_are_no_sign_off(line):
    sig = parse_signature(line)
    assert sig is None or not sig.reporters


def test_a_desk_label_glued_to_the_reporter():
    from chainwire.extract.bylines import section_byline
    from chainwire.extract.sections import SECTIONS_KO

    assert section_byline("경제서하린", SECTIONS_KO) == "서하린"
    for line in ("경제사회", "경제", "산업일반", "경제 서하린 기자", "정치경제학", "경제뉴시스"):
        assert section_byline(line, SECTIONS_KO) is None


@pytest.mark.parametrize(
    "paragraph, dateline, reporters, brand",
    [
        ("【베이징=서하린 특파원】 중국 정부가 발표했다.", "베이징", ["서하린"], None),
        ("[부산=서하린 기자] 시가 발표했다.", "부산", ["서하린"], None),
        ("[세종=가상일보 서하린 기자] 정부가 발표했다.", "세종", ["서하린"], "가상일보"),
        ("[가상일보 세종=서하린 기자] 정부가 발표했다.", "세종", ["서하린"], "가상일보"),
    ],
)
def test_a_place_before_the_equals_sign_is_the_dateline(paragraph, dateline, reporters, brand):
    b = parse_byline(paragraph)
    assert b is not None and (b.dateline, b.reporters, b.brand) == (dateline, reporters, brand)


def test_anchors_and_photo_desk_are_not_the_writers():
    from chainwire.extract.bylines import authors_only

    assert authors_only(["서하린", "나도윤", "한가온"], ["기자", "앵커", "사진기자"]) == (["서하린"], ["기자"])
    assert authors_only(["서하린"], [""]) == (["서하린"], [""])


@pytest.mark.parametrize(
    "paragraph, dateline, reporters, brand, rest",
    [
        # the brand and the reporter split by a slash, glued to the story
        ("[가상일보/홍길동 기자]도는 28일 협약을 맺었다.", None, ["홍길동"], "가상일보", "도는 28일 협약을 맺었다."),
        ("[가상일보 / 홍길동 기자] 도는 28일 협약을 맺었다.", None, ["홍길동"], "가상일보", "도는 28일 협약을 맺었다."),
        # after a dateline's "=" the first word is the brand, even one not built like a press name
        ("[대전=가나다 홍길동 기자] 시가 대응반을 꾸렸다.", "대전", ["홍길동"], "가나다", "시가 대응반을 꾸렸다."),
        # a regional paper's dateline alone in brackets, glued to a paragraph of the story
        ("[아산]지역 수출지원기관들이 머리를 맞댔다. 협의회는 지난 20일 열렸다.", "아산", [], None,
         "지역 수출지원기관들이 머리를 맞댔다. 협의회는 지난 20일 열렸다."),
        # the reporter glued to the role (with its prefix or without), the story glued to the bracket
        ("[가상일보=홍길동기자]도는 28일 협약을 맺었다.", None, ["홍길동"], "가상일보", "도는 28일 협약을 맺었다."),
        ("[가상일보=홍길동선임기자]도는 28일 협약을 맺었다.", None, ["홍길동"], "가상일보", "도는 28일 협약을 맺었다."),
    ],
)
def test_regional_bracket_leads(paragraph, dateline, reporters, brand, rest):
    b = parse_lead(paragraph)
    assert b is not None
    assert (b.dateline, b.reporters, b.brand, b.rest) == (dateline, reporters, brand, rest)


@pytest.mark.parametrize("paragraph", ["[사설]정부가 대책을 내놓았다. 늦었지만 다행이다.", "[단독]정부가 대책을 내놓았다. 내일 발표한다.",
                                       "[아산] 시장 선거 판세"])
def test_a_bracketed_label_is_no_dateline(paragraph):
    b = parse_lead(paragraph)
    assert b is None or b.dateline is None


@pytest.mark.parametrize(
    "paragraph, brand, rest",
    [
        ("가상일보 기자 | 산업부는 공급망 협정이 다음 달 일부 국가에서 발효된다고 밝혔다.", "가상일보",
         "산업부는 공급망 협정이 다음 달 일부 국가에서 발효된다고 밝혔다."),
        ("가상경제 대전취재본부 | 대전시는 관세 변화에 맞서 지역 수출기업 지원에 본격 나섰다.", "가상경제",
         "대전시는 관세 변화에 맞서 지역 수출기업 지원에 본격 나섰다."),
    ],
)
def test_a_newsroom_signs_without_a_name(paragraph, brand, rest):
    b = parse_lead(paragraph)
    assert b is not None and (b.reporters, b.brand, b.rest) == ([], brand, rest)
    assert desk_byline("가상일보 홍길동") is None and desk_byline("산업부는 밝혔다") is None


@pytest.mark.parametrize(
    "paragraph, dateline, reporters, brand",
    [
        ("[가상경제(광주)=홍길동 기자] 광주지역 수출 기업 열 곳 중 여덟 곳이 관세 영향을 우려했다.", "광주", ["홍길동"], "가상경제"),
        ("[포항(경북)=가상한국 홍길동 기자] 포항시가 이차전지 기업 투자유치에서 최대 성과를 거뒀다.", "포항(경북)", ["홍길동"], "가상한국"),
    ],
)
def test_a_parenthesis_before_the_equals_sign_names_the_place(paragraph, dateline, reporters, brand):
    b = parse_lead(paragraph)
    assert b is not None and (b.dateline, b.reporters, b.brand) == (dateline, reporters, brand)
    assert b.rest.endswith("다.")


@pytest.mark.parametrize(
    "line, reporters, roles, stamp",
    [
        # a CMS's English skin: the day, then the writer with an English role
        ("2099-01-02     홍길동 editor", ["홍길동"], ["editor"], "2099-01-02"),
        ("홍길동 Reporter", ["홍길동"], ["Reporter"], None),
        # a role prefix stays with the role when the name is glued to it
        ("홍길동선임기자", ["홍길동"], ["선임기자"], None),
    ],
)
def test_a_korean_name_with_an_english_or_glued_role_is_a_signature(line, reporters, roles, stamp):
    sig = parse_signature(line)
    assert sig is not None and (sig.reporters, sig.roles, sig.stamp) == (reporters, roles, stamp)


def test_a_role_word_alone_is_no_name():
    assert parse_signature("South Korea Reporter") is None  # an English role after Latin words: a tag
    from chainwire.extract.bylines import split_reporters

    assert split_reporters("선임기자")[0] == ["선임기자"]  # one role, no name glued to it
    assert split_reporters("사진기자")[0] == ["사진기자"]


@pytest.mark.parametrize(
    "paragraph, reporters, brand",
    [
        # a brand built like no name (five syllables and more, Latin or digits mixed in) before the names
        ("[가람인사이트 홍길동 기자] 가상의 본문 문장이다.", ["홍길동"], "가람인사이트"),
        ("[K누리 홍길동·김누리 기자] 가상의 본문 문장이다.", ["홍길동", "김누리"], "K누리"),
        ("[가람타임즈 홍길동 기자] 가상의 본문 문장이다.", ["홍길동"], "가람타임즈"),  # 타임즈, as 타임스
        # two space-separated names stay two names (no brand)
        ("[홍길동 김누리 기자] 가상의 본문 문장이다.", ["홍길동", "김누리"], None),
    ],
)
def test_an_unregistered_brand_in_front_of_the_names_is_no_name(paragraph, reporters, brand):
    b = parse_lead(paragraph)
    assert b is not None and b.reporters == reporters and b.brand == brand


@pytest.mark.parametrize(
    "line, reporters, brand",
    [
        ("By Garam Journal Hong Gil-dong", ["Hong Gil-dong"], "Garam Journal"),
        ("By Garam Valley News Hong Gil-dong and Kim Nu-ri", ["Hong Gil-dong", "Kim Nu-ri"], "Garam Valley News"),
        ("Hong Gil-dong / Garam Journal", ["Hong Gil-dong"], "Garam Journal"),
        ("By Hong Gil-dong", ["Hong Gil-dong"], None),
    ],
)
def test_an_english_byline_with_the_outlets_name(line, reporters, brand):
    b = parse_signature(line)
    assert b is not None and b.reporters == reporters and b.brand == brand


@pytest.mark.parametrize(
    "line, reporters",
    [
        # the writer's role or where the story was written, after the names without a comma
        ("By Hong Gil-dong Staff Reporter", ["Hong Gil-dong"]),
        ("By Hong Gil-dong in Seoul", ["Hong Gil-dong"]),
        ("By Hong Gil-dong and Kim Nu-ri in New York", ["Hong Gil-dong", "Kim Nu-ri"]),
        ("By Kim In-seo", ["Kim In-seo"]),  # "In" inside a name is no place
        # a slash and the outlet after an English byline: the writer alone, "By" no part of the name
        ("By Hong Gil-dong / Garam Journal", ["Hong Gil-dong"]),
        # a mail label between a Korean sign-off's name and its address
        ("홍길동 기자 Email: gildong@garam.example", ["홍길동"]),
        ("홍길동 기자 이메일: gildong@garam.example", ["홍길동"]),
    ],
)
def test_english_byline_tails_and_mail_labels(line, reporters):
    b = parse_signature(line)
    assert b is not None and b.reporters == reporters


def test_an_agency_with_a_place_is_no_writer():
    assert parse_signature("By Yonhap in Seoul") is None


@pytest.mark.parametrize("paragraph", ["[AP=연합뉴스] 가상의 사진 설명이다.", "[로이터=뉴스1] 김누리 기자", "(EPA=연합뉴스)"])
def test_a_foreign_agencys_picture_credit_is_no_byline(paragraph):
    b = parse_byline(paragraph)
    assert b is None or (not b.reporters and b.dateline is None)


@pytest.mark.parametrize("line, names", [
    ("진행 홍길동·김철수 기자", ["홍길동", "김철수"]),  # the task in front (hosting a talk) is no name
    ("대담 홍길동 기자", ["홍길동"]),
    ("홍길동 편집국 기자", ["홍길동"]),  # the desk after the name is no second name
    ("가상일보 홍길동 취재부 기자입니다.", ["홍길동"]),  # a profile line closing the story
])
def test_a_bylines_task_or_desk_word_is_never_a_reporter(line, names):
    sig = parse_signature(line)
    assert sig is not None and sig.reporters == names


@pytest.mark.parametrize("line, reporters", [
    ("기자 나래솔", ["나래솔"]),  # the role word first, a space before the name
    ("특파원 가온누리 nuri@garam.example", ["가온누리"]),
    ("기자 회견", None),  # a role word and a noun: nobody's byline
    ("By Garam Ledger staff", None),  # a desk names no person
    ("By Garam Ledger Staff Reports", None),
    ("By Hong Gil-dong and Garam Ledger Staff", ["Hong Gil-dong"]),
    ("Hong Gil-dong, Reuters", ["Hong Gil-dong"]),  # the writer, then the wire
    ("Hong Gil-dong, Garam Journal", ["Hong Gil-dong"]),
    ("Seoul Metro, Garam Plaza", None),  # no press word: no outlet, no writer
])
def test_signature_forms_of_the_closed_vocabulary(line, reporters):
    sig = parse_signature(line)
    assert (sig.reporters if sig is not None and sig.reporters else None) == reporters


@pytest.mark.parametrize("line, reporters", [
    ("나래솔 입력 2099.03.04 11:15", ["나래솔"]),  # a lone name, the stamp's label right after it
    ("가온누리 승인 2099.03.04 11:15 | 최종 수정 2099.03.04 12:00 의견 0", ["가온누리"]),
    ("나래솔 기자 | 승인 2099.03.04 11:15 | 댓글 0", ["나래솔"]),  # the counter after the stamp is no name
    ("산업부 입력 2099.03.04 11:15", None),  # a desk
    ("입력 2099.03.04 11:15 나래솔", None),  # a lone word after the stamp is no byline by this form
])
def test_the_byline_left_beside_a_stamp(line, reporters):
    _, rest = scan_stamps(line)
    sig = byline_beside_stamp(rest, line)
    assert (sig.reporters if sig is not None else None) == reporters


@pytest.mark.parametrize("lead, dateline, rest", [
    ("GARAMVILLE, Ga. — An invented plant opened.", "GARAMVILLE", "An invented plant opened."),  # an AP state
    ("Nurisville, Calif. - An invented plant opened.", "Nurisville", "An invented plant opened."),
    ("LAKE GARAM, N.Y. -- An invented plant opened.", "LAKE GARAM", "An invented plant opened."),
    ("Nurisville, Garam — An invented plant opened.", None, None),  # a title-case word pair names no dateline alone
])
def test_a_us_dateline_with_the_aps_state_abbreviation(lead, dateline, rest):
    got = parse_lead(lead)
    assert (got.dateline if got else None) == dateline
    if rest is not None:
        assert got is not None and got.rest == rest


@pytest.mark.parametrize("lead", ["[가람일보=가람일보] 나래솔 기자 = 본문이다.", "(가람뉴스=가람뉴스) 본문이다."])
def test_the_brand_where_the_place_goes_is_no_dateline(lead):
    got = parse_lead(lead)
    assert got is not None and got.dateline is None and got.rest.endswith("본문이다.")


@pytest.mark.parametrize("lead, brand", [
    ("(Garam Wire) — An invented plant opened.", "Garam Wire"),  # a wire's tag, its place cut off
    ("(Nuri News Service) -- An invented plant opened.", "Nuri News Service"),
])
def test_a_wires_tag_alone_opens_the_story_without_a_dateline(lead, brand):
    got = parse_lead(lead)
    assert got is not None and got.dateline is None and got.brand == brand
    assert got.rest.lstrip("-—– ") == "An invented plant opened."


def test_a_bracketed_aside_without_a_dash_is_no_wire_tag():
    assert parse_lead("(Garam Wire) An invented plant opened.") is None


@pytest.mark.parametrize("lead, dateline", [
    ("GARAMVILLE, NURILAND — An invented plant opened.", "GARAMVILLE"),  # the country in capitals
    ("GARAMVILLE, Nuriland (Garam Wire) - An invented plant opened.", "GARAMVILLE"),
])
def test_a_region_after_the_place_is_not_the_dateline(lead, dateline):
    got = parse_lead(lead)
    assert got is not None and got.dateline == dateline and got.rest == "An invented plant opened."


def test_a_place_and_a_brand_split_by_a_slash_open_a_regional_story():
    story = "가상군이 새 물류센터를 착공했다고 밝혔다. 센터는 내년 봄 문을 연다."
    b = parse_lead(f"[강진/한빛신문] {story}")
    assert b is not None and (b.dateline, b.brand, b.rest) == ("강진", "한빛신문", story)
    b = parse_lead(f"[여수/한빛일보 한도윤 기자] {story}")
    assert b is not None and (b.dateline, b.reporters) == ("여수", ["한도윤"])
    for tag in ("[단독/한빛일보] ", "[사진/한빛일보] "):
        got = parse_lead(tag + story)
        assert got is None or got.dateline is None  # a story's tag or a photo credit is no place


@pytest.mark.parametrize("dash", ["--", "–", "—"])
def test_a_press_release_wires_lead_gives_its_place_and_no_outlet(dash):
    story = "가상전자가 3분기 실적을 발표했다."
    b = parse_lead(f"대전{dash}(한빛와이어){dash} {story}")
    assert b is not None and (b.dateline, b.brand, b.rest) == ("대전", None, story)
    b = parse_lead(f"대전--(한빛와이어) 2024년 10월 31일 -- {story}")
    assert b is not None and (b.dateline, b.rest) == ("대전", story)


def test_a_name_alone_behind_a_list_mark_is_a_list_items_author():
    assert list_item_author("- Jane Roe").reporters == ["Jane Roe"]
    assert list_item_author("• 한도윤").reporters == ["한도윤"]
    for line in ("- Share", "- Home", "- 정보", "Jane Roe", "- 2 min read", "- 한빛일보"):
        assert list_item_author(line) is None


@pytest.mark.parametrize("line, reporters", [
    ("By Hong Gil-dong, Garam Herald", ["Hong Gil-dong"]),  # the outlet after a comma, a press word closing it
    ("By Hong Gil-dong, Kim Nu-ri and Lee Da-on", ["Hong Gil-dong", "Kim Nu-ri", "Lee Da-on"]),  # names only
])
def test_session_13_signature_forms(line, reporters):
    sig = parse_signature(line)
    assert (sig.reporters if sig is not None and sig.reporters else None) == reporters


@pytest.mark.parametrize("line, names", [
    ("경제부 홍길동 기자", ["홍길동"]),  # a section's desk in front of the name
    ("산업팀 홍길동·김철수 기자", ["홍길동", "김철수"]),
    ("김영부 홍길동 기자", ["김영부", "홍길동"]),  # a name ending on 부 that no section opens stays a name
])
def test_a_sections_desk_before_the_name_is_no_reporter(line, names):
    sig = parse_signature(line)
    assert sig is not None and sig.reporters == names


@pytest.mark.parametrize("line, names, brand", [
    ("홍길동 가상일보 기자", ["홍길동"], "가상일보"),  # the name, the outlet, the role
    ("홍길동 가람경제 선임기자", ["홍길동"], "가람경제"),
    ("홍길동 김철수 기자", ["홍길동", "김철수"], None),  # two names stay two names
])
def test_a_press_name_between_the_name_and_the_role_is_the_outlet(line, names, brand):
    sig = parse_signature(line)
    assert sig is not None and sig.reporters == names and sig.brand == brand


@pytest.mark.parametrize("line, names, brand", [
    ("홍길동 기자 [가상일보]", ["홍길동"], "가상일보"),  # the outlet in brackets after the byline
    ("/홍길동 기자(가람경제)", ["홍길동"], "가람경제"),
    ("홍길동 기자(gildong@garam.example)", ["홍길동"], None),  # an address in brackets is no outlet
])
def test_the_outlet_in_brackets_after_a_signoff(line, names, brand):
    sig = parse_signature(line)
    assert sig is not None and sig.reporters == names and sig.brand == brand


@pytest.mark.parametrize("line, reporters", [
    ("Hong Gil-dong Business Reporter", ["Hong Gil-dong"]),  # a name, beat and rank words, a role noun
    ("Nari Sol Senior Reporter", ["Nari Sol"]),
    ("Hong Gil-dong, Senior Editor", ["Hong Gil-dong"]),
    ("Paper Names Reporter", None),  # no rank or beat word and no comma: a headline's shape
    ("Senior Reporter", None),  # a role alone names nobody
    ("By Hong Gil-dong, Staff Writer", ["Hong Gil-dong"]),  # the By line's, as before
])
def test_an_english_name_and_its_role_on_one_line(line, reporters):
    sig = parse_signature(line)
    assert (sig.reporters if sig is not None and sig.reporters else None) == reporters


@pytest.mark.parametrize("paragraph, dateline, rest", [
    ("SEOUL, - Garam is placing export controls on graphite.", "SEOUL", "Garam is placing export controls on graphite."),
    ("Garam City [Garamland], June 3 : Garam is likely to face a blow.", "Garam City", "Garam is likely to face a blow."),
    ("Garam City [Garamland], June 3 (Agency): Garam is likely to face a blow.", "Garam City",
     "Garam is likely to face a blow."),
    ("GARAM CITY, Garamland, Republic Of — Garam is filing a complaint.", "GARAM CITY", "Garam is filing a complaint."),
])
def test_wire_leads_of_session_13(paragraph, dateline, rest):
    b = parse_lead(paragraph)
    assert b is not None and b.dateline == dateline and b.rest == rest


@pytest.mark.parametrize("paragraph", ["TEST DRIVE: THE 2099 GARAM SEDAN", "READ MORE: GARAM PLANT OPENS IN CITY",
                                       "SEOUL, South Korea's industry ministry said on Monday it would act."])
def test_a_label_over_a_headline_in_capitals_or_a_lost_date_with_no_dash_is_no_lead(paragraph):
    assert parse_lead(paragraph) is None


@pytest.mark.parametrize("lead, dateline, brand", [
    ("GARAMVILLE (Nuri Wire): An invented plant opened.", "GARAMVILLE", "Nuri Wire"),  # the wire, then a colon
    ("Garamville (Nuri Wire): An invented plant opened.", "Garamville", "Nuri Wire"),
    ("GARAMVILLE, - An invented plant opened.", "GARAMVILLE", None),  # the date between comma and dash cut off
    ("GARAMVILLE, — An invented plant opened.", "GARAMVILLE", None),
])
def test_an_agencys_colon_and_a_cut_off_date_after_the_place(lead, dateline, brand):
    got = parse_lead(lead)
    assert got is not None and (got.dateline, got.brand, got.rest) == (dateline, brand, "An invented plant opened.")


def test_a_comma_and_a_dash_after_an_ordinary_word_open_no_dateline():
    assert parse_lead("However, - an invented plant opened.") is None


@pytest.mark.parametrize("lead", ["NRW - An invented plant opened.", "GBT – An invented plant opened."])
def test_an_agencys_initials_before_the_dash_name_no_place(lead):
    got = parse_lead(lead)
    assert got is not None and got.dateline is None and got.rest == "An invented plant opened."


@pytest.mark.parametrize("line", ["LISTEN: THE INVENTED GRID AT NIGHT", "MORE: INVENTED MAKER ADDS A LINE — AND A SHIFT"])
def test_a_line_in_capitals_is_no_wire_lead(line):
    assert parse_lead(line) is None
    got = parse_lead("GARAMVILLE — 가람시가 새 물류센터를 열었다.")  # a Hangul story has no capitals either: a lead
    assert got is not None and got.dateline == "GARAMVILLE"


@pytest.mark.parametrize("line, names, brand", [
    ("홍길동 기자 | 가상일보", ["홍길동"], "가상일보"),  # the outlet after a bar behind the byline
    ("홍길동(가상일보 기자)", ["홍길동"], "가상일보"),  # the outlet and the role in brackets after the name
    ("홍길동 (논설위원)", ["홍길동"], None),
    ("Reported by: Jane Roe", ["Jane Roe"], None),
    ("Contributed by Jane Roe", ["Jane Roe"], None),
    ("Jane Roe | Senior Correspondent", ["Jane Roe"], None),  # a bar for the comma before the role
])
def test_byline_forms_of_set_9(line, names, brand):
    sig = parse_signature(line)
    assert sig is not None and sig.reporters == names and sig.brand == brand


@pytest.mark.parametrize("line", ["홍길동 기자 | 산업 전망이 밝다", "가상시(경기도 소재)"])
def test_a_bar_or_bracket_after_a_byline_holding_no_press_name_is_not_read_as_one(line):
    sig = parse_signature(line)
    assert sig is None or sig.brand is None


# ---- set 10 (k2, session 15): writers told apart from photographers, editors and crews; hand-over verbs; role words first
@pytest.mark.parametrize("line, names", [
    ("By Jane Roe; Photos by John Doe", ["Jane Roe"]),  # a photographer after the writer
    ("Words by Jane Roe, photography by John Doe", ["Jane Roe"]),
    ("Written by Jane Roe, edited by John Doe", ["Jane Roe"]),  # an editor after the writer
    ("Story by Jane Roe. Editing by John Doe.", ["Jane Roe"]),
    ("By Jane Roe and John Doe; Video by Lee Park", ["Jane Roe", "John Doe"]),
    ("By Jane Roe in Busan and John Doe in Osaka", ["Jane Roe", "John Doe"]),  # each writer's place taken off
    ("에디터 홍길동", ["홍길동"]),  # a role word of the vocabulary first
    ("수석기자 김철수 kcs@example.co.kr", ["김철수"]),
    ("취재기자: 홍길동 / 촬영기자: 김철수 / 영상편집: 이수민", ["홍길동"]),  # the writer leads the crew
    ("(취재 : 홍길동, 영상편집 : 김철수)", ["홍길동"]),
])
def test_byline_forms_of_set_10(line, names):
    sig = parse_signature(line)
    assert sig is not None and sig.reporters == names


@pytest.mark.parametrize("line", [
    "앵커 홍길동",  # an anchor names no writer
    "사진기자 홍길동",  # nor a photographer
    "영상취재 홍길동 / 영상편집 김철수",  # a crew without its writer
    "기자 회견",
])
def test_role_first_lines_naming_no_writer(line):
    sig = parse_signature(line)
    assert sig is None or not sig.reporters


@pytest.mark.parametrize("line, name", [
    ("현장에 홍길동 기자 나가 있습니다.", "홍길동"),
    ("가상시청에 김철수 기자가 나가 있습니다.", "김철수"),
])
def test_an_anchor_hands_over_to_a_reporter_on_the_scene(line, name):
    assert anchor_intro(line) == name


@pytest.mark.parametrize("paragraph, place", [
    ("JAKARTA, Indonesia, Jan 2 (Sandglass Wire) - An invented smelter said it would expand.", "JAKARTA"),
    ("Seoul, South Korea, Jan. 2 (Sandglass Wire) — An invented maker said it would build a plant.", "Seoul"),
    ("WASHINGTON, D.C., Jan. 2 — Invented officials said on Monday they would review the rule.", "WASHINGTON"),
    ("LONDON, 2 January 2019 - An invented trader said on Wednesday it would buy more cobalt.", "LONDON"),
    ("BERLIN, 14 March 2024 — Invented carmakers said they would share a battery plant.", "BERLIN"),
])
def test_leads_with_a_region_before_the_day_and_day_first_dates(paragraph, place):
    # session 15, k3 (dateline_probe set 5): the region before the date and the wire; a British day-first date
    b = parse_lead(paragraph)
    assert b is not None and b.dateline == place
    assert b.rest.startswith(("An invented", "Invented"))


def test_a_place_a_region_and_a_sentence_go_on_without_a_lead():
    assert parse_lead("Busan, South Korea, Jan 2 was the coldest day of the winter, officials said.") is None


@pytest.mark.parametrize("paragraph, place, wire", [
    ("BUSAN, March 4 /Sandglass Newswire/ -- An invented maker said it would open a plant.", "BUSAN", "Sandglass Newswire"),
    ("TOKYO, Aug. 1 /Hourglass Wire/ — An invented trader said it would buy more nickel.", "TOKYO", "Hourglass Wire"),
])
def test_a_release_wire_between_slashes_after_a_day_without_its_year(paragraph, place, wire):
    # session 15, k3 (dateline_probe set 6)
    b = parse_lead(paragraph)
    assert b is not None and b.dateline == place and b.brand == wire and b.rest.startswith("An invented")


def test_a_slash_in_a_story_after_a_place_is_no_wire():
    assert parse_lead("SEOUL and/or BUSAN could host the plant, officials said on Monday.") is None


@pytest.mark.parametrize("paragraph, place, brand", [
    ("MANILA, Aug. 1, 2025 (Gazette/Sandglass Wire) — An invented smelter said it would expand.", "MANILA", "Gazette"),
    ("BERLIN, March 4, 2024 (Hourglass News / Sandglass Wire) -- An invented maker said so.", "BERLIN", "Hourglass News"),
    ("KUCHING (Aug 1): An invented foil maker said its plant was nearly finished.", "KUCHING", None),
    ("PENANG (Jan. 2) - An invented chip packager said it would hire 500 workers.", "PENANG", None),
])
def test_a_client_and_wire_credit_after_a_full_date_and_the_day_in_parentheses(paragraph, place, brand):
    # session 15, k3 (dateline_probe set 7, the kinds of the new outlets' study misses in other words)
    b = parse_lead(paragraph)
    assert b is not None and b.dateline == place and b.brand == brand and b.rest.startswith("An invented")


def test_a_parenthesis_with_a_name_and_figures_after_a_place_is_no_day():
    assert parse_lead("SEOUL (Route 24): An invented bus operator said it would add night buses.") is None
