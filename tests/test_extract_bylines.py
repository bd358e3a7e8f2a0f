"""Byline parsing: dateline, reporters (names only), roles, rest of paragraph."""

from __future__ import annotations

import pytest

from chainwire.extract.bylines import is_role, parse_byline, split_reporters

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
