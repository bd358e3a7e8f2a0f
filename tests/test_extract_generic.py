"""The generic Korean and English profiles, shape by shape, on short invented pages.

Every page here is made up for the test; names, outlets' stories and numbers are fictional.
Pages go through ``parse_text_page`` (outlet recognised from the page, then its profile),
so each case also exercises profile selection.
"""

from __future__ import annotations

from datetime import date

import pytest

from chainwire.extract import parse_text_page
from chainwire.extract.bylines import parse_lead, parse_signature
from chainwire.extract.captions import markdown_image, match_caption_en, match_caption_ko
from chainwire.extract.generic import PARSER_EN, PARSER_KO, parse_english_page, parse_korean_page, undecorate
from chainwire.extract.stamps import bare_stamp, is_date_widget, pick, scan_stamps

pytestmark = pytest.mark.unit  # make test-fast

LANDING = date(2024, 6, 28)
TITLE = "가상의 공급망 대책 발표"
BODY2 = "두 번째 문단이다."


def page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def parse(text: str, landing: date | None = LANDING):
    return parse_text_page(text, "x.txt", landing_date=landing)


# ---------------------------------------------------------------- lead bylines


@pytest.mark.parametrize(
    "paragraph, dateline, reporters, roles, rest, brand",
    [
        ("[서울=뉴스핌] 김가영 기자 = 본문이다.", "서울", ["김가영"], ["기자"], "본문이다.", "뉴스핌"),
        ("(서울=연합뉴스) 홍길동 기자 = 본문이다.", "서울", ["홍길동"], ["기자"], "본문이다.", "연합뉴스"),
        ("(서울=연합뉴스) 홍길동 기자=본문이다.", "서울", ["홍길동"], ["기자"], "본문이다.", "연합뉴스"),
        ("(세종=연합뉴스) 홍길동 이도훈 기자 = 본문.", "세종", ["홍길동", "이도훈"], ["기자", "기자"], "본문.", "연합뉴스"),
        ("[서울=뉴시스]홍길동·이도훈 기자 = 본문.", "서울", ["홍길동", "이도훈"], ["기자", "기자"], "본문.", "뉴시스"),
        ("[더퍼블릭=홍길동 기자]본문이 붙어 있다.", None, ["홍길동"], ["기자"], "본문이 붙어 있다.", "더퍼블릭"),
        ("[가상일보=홍길동 기자] 본문.", None, ["홍길동"], ["기자"], "본문.", "가상일보"),
        ("【파이낸셜뉴스 세종】홍길동 기자=본문.", "세종", ["홍길동"], ["기자"], "본문.", "파이낸셜뉴스"),
        ("【가상경제】홍길동 기자 = 본문.", None, ["홍길동"], ["기자"], "본문.", "가상경제"),
        ("홍길동 베이징 특파원=본문이다.", "베이징", ["홍길동"], ["특파원"], "본문이다.", None),
        ("홍길동 기자 = 본문이다.", None, ["홍길동"], ["기자"], "본문이다.", None),
        ("[가상경제 | 세종=홍길동 기자] 본문.", "세종", ["홍길동"], ["기자"], "본문.", "가상경제"),
        ("이데일리 홍길동 기자 | 본문이 이어진다.", None, ["홍길동"], ["기자"], "본문이 이어진다.", "이데일리"),
        ("[서울=뉴스핌] 홍지후 정치부장 = 국회.", "서울", ["홍지후"], ["정치부장"], "국회.", "뉴스핌"),
        ("SEOUL, June 27 (Yonhap) -- South Korea said.", "SEOUL", [], [], "South Korea said.", "Yonhap"),
        ("SEJONG -- The ministry said.", "SEJONG", [], [], "The ministry said.", None),
    ],
)
def test_parse_lead(paragraph, dateline, reporters, roles, rest, brand):
    b = parse_lead(paragraph)
    assert b is not None
    assert (b.dateline, b.reporters, b.roles, b.rest, b.brand) == (dateline, reporters, roles, rest, brand)


@pytest.mark.parametrize(
    "paragraph",
    ["정부가 A=B 방식을 택했다.", "1달러=1400원 수준이다.", "[단독] 삼성, A=B", "정부는 밝혔다 | 업계는 반발했다",
     "[사진=가상부] 사진 설명", "By 2030, the country aims to double output.", "(LEAD) S. Korea to expand credits"],
)
def test_not_a_lead(paragraph):
    assert parse_lead(paragraph) is None


# ---------------------------------------------------------------- sign-offs


@pytest.mark.parametrize(
    "line, reporters, roles, dateline, emails",
    [
        ("홍길동 기자 gildong@example.com", ["홍길동"], ["기자"], None, ["gildong@example.com"]),
        ("홍길동 기자 (gildong@example.com)", ["홍길동"], ["기자"], None, ["gildong@example.com"]),
        ("[ 홍길동 기자 / gildong@example.com ]", ["홍길동"], ["기자"], None, ["gildong@example.com"]),
        ("부산=홍길동 기자 gildong@example.com", ["홍길동"], ["기자"], "부산", ["gildong@example.com"]),
        ("기자ㅣ홍길동", ["홍길동"], ["기자"], None, []),
        ("기자 ㅣ 홍길동·이도훈", ["홍길동", "이도훈"], ["기자", "기자"], None, []),
        ("[뉴스핌 Newspim] 김선엽 기자 (sun@newspim.com)", ["김선엽"], ["기자"], None, ["sun@newspim.com"]),
        ("◎공감언론 뉴시스 gildong@newsis.com", [], [], None, ["gildong@newsis.com"]),
        ("gildong@yna.co.kr", [], [], None, ["gildong@yna.co.kr"]),
        ("a@yna.co.kr b@yna.co.kr", [], [], None, ["a@yna.co.kr", "b@yna.co.kr"]),
        ("홍길동 기자", ["홍길동"], ["기자"], None, []),
        ("가상일보 홍길동 기자 |", ["홍길동"], ["기자"], None, []),
        ("YTN 홍길동입니다.", ["홍길동"], [""], None, []),
        ("By Kim Min-ji", ["Kim Min-ji"], [""], None, []),
        ("By Kim Min-ji, Lee Jae-won and Park Soo-ah", ["Kim Min-ji", "Lee Jae-won", "Park Soo-ah"], ["", "", ""], None, []),
        ("Kim Min-ji (minji@example.com)", ["Kim Min-ji"], [""], None, ["minji@example.com"]),
    ],
)
def test_parse_signature(line, reporters, roles, dateline, emails):
    s = parse_signature(line)
    assert s is not None
    assert (s.reporters, s.roles, s.dateline, list(s.emails)) == (reporters, roles, dateline, emails)


def test_signature_with_place_and_time():
    s = parse_signature("부산/홍길동 기자 2024. 6. 11. 23:14")
    assert (s.dateline, s.reporters, s.stamp) == ("부산", ["홍길동"], "2024. 6. 11. 23:14")


@pytest.mark.parametrize("line", ["정부는 밝혔다.", "이상입니다.", "문의: help@example.com", "문의는 help@example.com 로 하면 된다",
                                  "By the way, the ministry said", "업계는 환영했다"])
def test_not_a_signature(line):
    assert parse_signature(line) is None


# ---------------------------------------------------------------- stamps


@pytest.mark.parametrize(
    "line, published, updated, rest",
    [
        ("입력 2024.03.05 오후 3:20 | 수정 2024.03.05 오후 4:00", "2024-03-05T15:20:00+09:00", "2024-03-05T16:00:00+09:00", ""),
        ("등록 2024.06.27 09:30:00수정 2024.06.27 10:00:00", "2024-06-27T09:30:00+09:00", "2024-06-27T10:00:00+09:00", ""),
        ("수정 2024.06.27 10:00 입력 2024.06.27 09:30", "2024-06-27T09:30:00+09:00", "2024-06-27T10:00:00+09:00", ""),
        ("송고시간 2025-03-29 18:00:03", "2025-03-29T18:00:03+09:00", None, ""),
        ("경제송고시간2025-03-29 18:00", "2025-03-29T18:00:00+09:00", None, "경제"),
        ("기사승인 2024-06-27 09:30", "2024-06-27T09:30:00+09:00", None, ""),
        ("승인 2024.06.27 09:30", "2024-06-27T09:30:00+09:00", None, ""),
        ("입력 2024.06.27 09:00 | 승인 2024.06.27 09:30", "2024-06-27T09:30:00+09:00", None, ""),
        ("기사입력 : 2023년06월19일 11:00", "2023-06-19T11:00:00+09:00", None, ""),
        ("기사등록 : 2025년03월14일 08:05", "2025-03-14T08:05:00+09:00", None, ""),
        ("작성일 2019.05.20. 오후 5:44", "2019-05-20T17:44:00+09:00", None, ""),
        ("업데이트2025/09/08 17:26", None, "2025-09-08T17:26:00+09:00", ""),
        ("홍길동 기자 | 입력 2024.06.27 09:30", "2024-06-27T09:30:00+09:00", None, "홍길동 기자"),
        ("Published : 2026-11-02 09:30", "2026-11-02T09:30:00+09:00", None, ""),
        ("Published : Jun. 27, 2024 - 15:31 Updated : Jun. 27, 2024 - 16:00", "2024-06-27T15:31:00+09:00",
         "2024-06-27T16:00:00+09:00", ""),
        ("Posted : 2024-06-27 09:30  Updated : 2024-06-27 10:00", "2024-06-27T09:30:00+09:00", "2024-06-27T10:00:00+09:00", ""),
    ],
)
def test_scan_stamps(line, published, updated, rest):
    stamps, left = scan_stamps(line, english=True)
    pub, upd = pick(stamps)
    assert (pub.isoformat() if pub else None, upd.isoformat() if upd else None, left) == (published, updated, rest)


@pytest.mark.parametrize("line", ["2024.06.27 09:30 기준", "입력 2024.06.27 09:30 기준", "수정안을 2024년 상정", "정부는 2024.06.27 발표"])
def test_not_a_stamp(line):
    assert scan_stamps(line)[0] == []


@pytest.mark.parametrize(
    "line, expected",
    [("2026-11-02 09:30", "2026-11-02T09:30:00+09:00"), ("2024. 6. 11. 23:14", "2024-06-11T23:14:00+09:00"),
     ("2019.05.20. 오후 5:44", "2019-05-20T17:44:00+09:00"), ("2025/09/08 17:26", "2025-09-08T17:26:00+09:00"),
     ("2026년 11월 3일 (화)", None), ("2024.06.27 09:30 기준", None), ("오늘 2024.06.28 09:00", None)],
)
def test_bare_stamp(line, expected):
    got = bare_stamp(line)
    assert (got.isoformat() if got else None) == expected


@pytest.mark.parametrize("line", ["2026년 11월 02일 (월)", "2026.11.03(화)", "2024.06.27 09:30 기준", "오늘 2026.11.03",
                                  "2026-11-03 화요일", "2024.06.27 15:30 현재"])
def test_date_widgets(line):
    assert is_date_widget(line)


# ---------------------------------------------------------------- captions


@pytest.mark.parametrize(
    "line, text, credit, day, email",
    [
        ("(세종=연합뉴스) 윤사진 기자 = 가상의 회의 모습. 2026.11.2 [가상부 제공. 재판매 및 DB 금지]",
         "가상의 회의 모습.", "가상부", "2026-11-02", None),
        ("(서울=연합뉴스) 윤사진 기자 = 가상의 항만. 2026.11.2 / photo@yna.co.kr", "가상의 항만.", "윤사진", "2026-11-02", "photo@yna.co.kr"),
        ("(서울=연합뉴스) 가상의 공장. 2019.5.20 [연합뉴스 자료사진]", "가상의 공장.", "연합뉴스 자료사진", "2019-05-20", None),
        ("[서울=뉴시스] 윤사진 기자 = 가상의 창고. 2024.06.27. photo@newsis.com *재판매 및 DB 금지",
         "가상의 창고.", "윤사진", "2024-06-27", "photo@newsis.com"),
        ("[세종=뉴시스] 가상의 회의. (사진=가상부 제공) 2024.06.27. photo@newsis.com *재판매 및 DB 금지",
         "가상의 회의.", "가상부", "2024-06-27", "photo@newsis.com"),
        ("[서울=뉴스핌] 윤사진 기자 = 가상의 공장 전경. 2025.03.13 photo@newspim.com", "가상의 공장 전경.", "윤사진", "2025-03-13", "photo@newspim.com"),
        ("가상의 장관이 발언하고 있다. [사진=가상부] 2024.06.27 x@newspim.com", "가상의 장관이 발언하고 있다.", "가상부", "2024-06-27", "x@newspim.com"),
        ("가상의 공장 전경 (사진=가상전자)", "가상의 공장 전경", "가상전자", None, None),
        ("가상의 공장 전경 /사진=연합뉴스", "가상의 공장 전경", "연합뉴스", None, None),
        ("가상의 비축 창고 모습 ⓒ더퍼블릭 윤사진 기자", "가상의 비축 창고 모습", "더퍼블릭 윤사진 기자", None, None),
    ],
)
def test_caption_ko(line, text, credit, day, email):
    c = match_caption_ko(line)
    assert c is not None
    assert (c.text, c.credit, c.date, c.email) == (text, credit, day, email)


@pytest.mark.parametrize("line", ["정부가 발표했다.", "<저작권자 © 더퍼블릭 무단전재 및 재배포 금지>", "(서울=연합뉴스) 홍길동 기자 = 본문이다."])
def test_not_a_caption_ko(line):
    assert match_caption_ko(line) is None


def test_caption_en_and_markdown():
    c = match_caption_en("Workers inspect a line in Pyeongtaek. (Fictional Chips)")
    assert (c.text, c.credit) == ("Workers inspect a line in Pyeongtaek.", "Fictional Chips")
    assert match_caption_en('"We will act," the minister said.') is None
    assert match_caption_en("The plan was announced (in Seoul).") is None
    assert markdown_image("![가상 공장 전경](https://example.com/a.jpg)").text == "가상 공장 전경"
    assert markdown_image("![](https://example.com/a.jpg)") is True  # an image without alt text: dropped
    assert markdown_image("본문") is None


# ---------------------------------------------------------------- titles


@pytest.mark.parametrize(
    "line, core",
    [(f"{TITLE} | 연합뉴스", TITLE), (f"{TITLE} - 연합뉴스", TITLE), (f"{TITLE} < 산업 < 기사본문 - 더퍼블릭", TITLE),
     (f"[뉴시스] {TITLE}", TITLE), (f"{TITLE} | The Korea Herald", TITLE), (f"[단독] {TITLE}", None),
     (f"{TITLE} - 정부", None)],
)
def test_undecorate(line, core):
    from chainwire.extract.generic import _brand_names

    assert undecorate(line, _brand_names(None)) == core


# ---------------------------------------------------------------- whole short pages, one shape each


def _check(a, **want):
    d = a.to_dict()
    for k, v in want.items():
        assert d[k] == v, (k, d[k], v)


@pytest.mark.parametrize(
    "blocks, want",
    [
        pytest.param(
            ["연합뉴스", TITLE, "송고시간2025-03-29 18:00", "(서울=연합뉴스) 홍길동 기자 = 첫 문단이다.", BODY2,
             "gildong@yna.co.kr", "(끝)", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "관련 뉴스", "다른 기사"],
            dict(outlet="yonhap", title=TITLE, dateline="서울", reporters=["홍길동"], paragraphs=["첫 문단이다.", BODY2],
                 reporter_emails=["gildong@yna.co.kr"], published_at="2025-03-29T18:00:00+09:00"),
            id="yonhap-lead-and-end"),
        pytest.param(
            [TITLE, "입력 2024.06.27 09:30", "[더퍼블릭=홍길동 기자]첫 문단이다.", BODY2, "홍길동 기자",
             "<저작권자 © 더퍼블릭 무단전재 및 재배포 금지>"],
            dict(outlet="thepublic", dateline=None, reporters=["홍길동"], paragraphs=["첫 문단이다.", BODY2]),
            id="glued-byline-trailing-name"),
        pytest.param(
            [TITLE, "입력 2024.06.27 09:30", "(서울=연합뉴스) 홍길동 이도훈 기자=첫 문단이다.", BODY2],
            dict(reporters=["홍길동", "이도훈"], reporter_roles=["기자", "기자"], paragraphs=["첫 문단이다.", BODY2]),
            id="several-reporters-no-space"),
        pytest.param(
            [TITLE, "2023년06월19일 11:00", "【파이낸셜뉴스 세종】홍길동 기자=첫 문단이다.", BODY2],
            dict(outlet="fnnews", dateline="세종", reporters=["홍길동"], published_at="2023-06-19T11:00:00+09:00",
                 published_at_source="page_field"),
            id="lenticular-brand-dateline"),
        pytest.param(
            [TITLE, "기사입력 2024-06-27 09:30:00", "홍길동 베이징 특파원=첫 문단이다.", BODY2,
             "베이징=홍길동 특파원 gildong@example.com"],
            dict(dateline="베이징", reporters=["홍길동"], reporter_roles=["특파원"], reporter_emails=["gildong@example.com"],
                 paragraphs=["첫 문단이다.", BODY2]),
            id="bare-correspondent"),
        pytest.param(
            [TITLE, "입력 2024.06.27 09:30", "[가상경제 | 세종=홍길동 기자] 첫 문단이다.", BODY2,
             "[ 홍길동 기자 / gildong@example.com ]"],
            dict(dateline="세종", reporters=["홍길동"], reporter_emails=["gildong@example.com"], paragraphs=["첫 문단이다.", BODY2]),
            id="brand-bar-dateline-bracket-signoff"),
        pytest.param(
            [TITLE, "이데일리 홍길동 기자 |", "2024.06.27 09:30", "첫 문단이 길게 이어지는 가상의 기사 본문이다.", BODY2],
            dict(reporters=["홍길동"], published_at="2024-06-27T09:30:00+09:00", published_at_source="page_field",
                 paragraphs=["첫 문단이 길게 이어지는 가상의 기사 본문이다.", BODY2], title=TITLE),
            id="brand-name-bar-head"),
        pytest.param(
            [TITLE, "입력 2024.06.27 09:30", "기자ㅣ홍길동", "첫 문단이 길게 이어지는 가상의 기사 본문이다.", BODY2],
            dict(reporters=["홍길동"], reporter_roles=["기자"], paragraphs=["첫 문단이 길게 이어지는 가상의 기사 본문이다.", BODY2]),
            id="role-hangul-bar-name"),
        pytest.param(
            [TITLE, "가상의 무역 협정이 발효됐다. 관세가 단계적으로 철폐된다.", BODY2, "부산/홍길동 기자 2024. 6. 11. 23:14"],
            dict(dateline="부산", reporters=["홍길동"], published_at="2024-06-11T23:14:00+09:00", published_at_source="page_field",
                 paragraphs=["가상의 무역 협정이 발효됐다. 관세가 단계적으로 철폐된다.", BODY2]),
            id="place-slash-name-time-at-end"),
        pytest.param(
            [TITLE, "입력 2024.06.27 09:30", "(서울=연합뉴스) 홍길동 기자 = 첫 문단이다.",
             "가상의 공장 전경 ⓒ가상일보 윤사진 기자", "가상의 항만 전경 (사진=윤사진 기자)", BODY2, "gildong@example.com"],
            dict(reporters=["홍길동"], reporter_emails=["gildong@example.com"], paragraphs=["첫 문단이다.", BODY2],
                 photo_captions=[{"text": "가상의 공장 전경", "credit": "가상일보 윤사진 기자", "date": None, "email": None},
                                 {"text": "가상의 항만 전경", "credit": "윤사진 기자", "date": None, "email": None}]),
            id="photographer-credits-not-authors"),
        pytest.param(
            [TITLE, "입력 2024.06.27 09:30", "(서울=연합뉴스) 홍길동 기자 = 첫 문단이다.", BODY2, "무단전재 및 재배포 금지", "다른 기사 제목"],
            dict(paragraphs=["첫 문단이다.", BODY2]), id="footer-ends-body"),
        pytest.param(
            [TITLE, "입력 2024.06.27 09:30", "(서울=연합뉴스) 홍길동 기자 = 첫 문단이다.", "마지막 문단이다. (끝)", "다른 기사 제목"],
            dict(paragraphs=["첫 문단이다.", "마지막 문단이다."]), id="glued-end-marker"),
    ],
)
def test_korean_shapes(blocks, want):
    a = parse(page(*blocks))
    assert a.parser == PARSER_KO
    _check(a, **want)
    assert a.parser_error is None, a.parser_error


@pytest.mark.parametrize(
    "stamp_lines, published, updated",
    [
        (["2023년06월19일 11:00"], "2023-06-19T11:00:00+09:00", None),
        (["2024.06.27 09:30"], "2024-06-27T09:30:00+09:00", None),
        (["2024-06-27 09:30:00"], "2024-06-27T09:30:00+09:00", None),
        (["입력 2024.03.05 오후 3:20"], "2024-03-05T15:20:00+09:00", None),
        (["등록 2024.06.27 09:30", "수정 2024.06.27 10:00"], "2024-06-27T09:30:00+09:00", "2024-06-27T10:00:00+09:00"),
        (["수정 2024.06.27 10:00", "입력 2024.06.27 09:30"], "2024-06-27T09:30:00+09:00", "2024-06-27T10:00:00+09:00"),
        (["송고시간 2025-03-29 18:00:03"], "2025-03-29T18:00:03+09:00", None),
        (["2019.05.20. 오후 5:44"], "2019-05-20T17:44:00+09:00", None),
        (["2025/09/08 17:26"], "2025-09-08T17:26:00+09:00", None),
        (["경제송고시간2025-03-29 18:00"], "2025-03-29T18:00:00+09:00", None),
        (["기사승인 2024-06-27 09:30"], "2024-06-27T09:30:00+09:00", None),
        (["승인 2024.06.27 09:30"], "2024-06-27T09:30:00+09:00", None),
        (["최종수정 2024.06.27 11:02 | 기사승인 2024.06.27 09:15"], "2024-06-27T09:15:00+09:00", "2024-06-27T11:02:00+09:00"),
    ],
)
def test_korean_timestamps(stamp_lines, published, updated):
    a = parse(page(TITLE, *stamp_lines, "(서울=연합뉴스) 홍길동 기자 = 첫 문단이다.", BODY2))
    assert a.title == TITLE
    assert a.published_at.isoformat() == published and a.published_at_source == "page_field"
    assert a.published_at_confidence == 1.0
    assert (a.updated_at.isoformat() if a.updated_at else None) == updated
    assert a.paragraphs == ["첫 문단이다.", BODY2]


def test_stamp_glued_to_section_gives_section():
    a = parse(page(TITLE, "경제송고시간2025-03-29 18:00", "(서울=연합뉴스) 홍길동 기자 = 첫 문단이다."))
    assert (a.section, a.title) == ("경제", TITLE)


def test_decoy_dates_are_not_publish_dates():
    """A "today" widget, a "… 기준" data stamp and an old photo date: none is the publish time."""
    a = parse(page("2024년 06월 28일 (금)", "2024.06.28 09:00 기준", TITLE, "입력 2024.06.27 09:30",
                   "(서울=연합뉴스) 홍길동 기자 = 첫 문단이다.",
                   "(서울=연합뉴스) 가상의 자료 사진. 2019.5.20 [연합뉴스 자료사진]", BODY2))
    assert a.title == TITLE
    assert a.published_at.isoformat() == "2024-06-27T09:30:00+09:00" and a.published_at_source == "page_field"
    assert a.photo_captions[0].date == "2019-05-20"


def test_decoy_widgets_without_stamp_fall_back():
    a = parse(page("2024년 06월 28일 (금)", TITLE, "(서울=연합뉴스) 홍길동 기자 = 가상의 당국이 발표했다.", BODY2))
    assert a.title == TITLE
    assert a.published_at.isoformat() == "2024-06-28T00:00:00+09:00" and a.published_at_source == "landing_date"


def test_headline_repeated_or_decorated():
    a = parse(page(f"{TITLE} | 연합뉴스", "연합뉴스", "전체메뉴", "가상의 부제 한 줄", TITLE, "송고시간2025-03-29 18:00",
                   "(서울=연합뉴스) 홍길동 기자 = 첫 문단이다."))
    assert a.title == TITLE and a.subtitle_lines == []
    b = parse(page(TITLE, TITLE, "입력 2024.06.27 09:30", "(서울=연합뉴스) 홍길동 기자 = 첫 문단이다."))
    assert b.title == TITLE and b.subtitle_lines == []
    c = parse(page(f"[뉴시스] {TITLE}", "등록 2024.06.27 09:30:00", "[서울=뉴시스]홍길동 기자 = 첫 문단이다."))
    assert c.title == TITLE and c.outlet == "newsis"


def test_markdown_image_alt_is_a_caption():
    a = parse(page(TITLE, "입력 2024.06.27 09:30", "[가상일보=홍길동 기자] 첫 문단이다.",
                   "![가상 공장 전경](https://example.com/a.jpg)", "가상 공장 전경 ⓒ가상일보 윤사진 기자",
                   "![](https://example.com/b.jpg)", BODY2))
    assert [(c.text, c.credit) for c in a.photo_captions] == [("가상 공장 전경", "가상일보 윤사진 기자")]
    assert a.paragraphs == ["첫 문단이다.", BODY2] and a.reporters == ["홍길동"]


def test_broadcast_script():
    a = parse(page("YTN", TITLE, "입력 2024.06.27 오후 3:20 | 수정 2024.06.27 오후 4:00", "[앵커]",
                   "가상의 항만에서 물류 차질이 우려되고 있습니다.", "[기자]", "컨테이너가 쌓여 있습니다.",
                   "YTN 홍길동입니다.", "※ '당신의 제보가 뉴스가 됩니다' YTN은 제보를 기다립니다.", "Copyright ⓒ YTN. 무단전재 및 재배포 금지"))
    assert a.outlet == "ytn" and a.reporters == ["홍길동"]
    assert a.paragraphs == ["가상의 항만에서 물류 차질이 우려되고 있습니다.", "컨테이너가 쌓여 있습니다."]
    assert a.updated_at.isoformat() == "2024-06-27T16:00:00+09:00"


def test_generic_profile_reads_wire_datelines_of_any_brand():
    """Called directly, the generic profile reads a "[서울=뉴스핌] 이름 기자 =" lead like any other brand's."""
    a = parse_korean_page(page(TITLE, "입력 2024.06.27 09:30", "[서울=뉴스핌] 김가영 기자 = 첫 문단이다.", BODY2,
                               "kgy@newspim.com"), "x.txt", LANDING)
    assert (a.outlet, a.dateline, a.reporters, a.reporter_emails) == ("newspim", "서울", ["김가영"], ["kgy@newspim.com"])
    assert a.paragraphs == ["첫 문단이다.", BODY2] and a.parser == PARSER_KO


def test_no_byline_page_still_reads():
    a = parse(page("전체메뉴", TITLE, "입력 2024.06.27 09:30", "바이라인 없이 시작하는 가상의 기사 첫 문단이다.", BODY2))
    assert a.title == TITLE and a.paragraphs == ["바이라인 없이 시작하는 가상의 기사 첫 문단이다.", BODY2]
    assert a.reporters == [] and "no byline" in a.warnings


# ---------------------------------------------------------------- English-language Korean outlets


@pytest.mark.parametrize(
    "blocks, want",
    [
        pytest.param(
            ["The Korea Herald", "Home", "Business > Industry", "Seoul to widen fictional chip credits", "Plan includes loans",
             "By Kim Min-ji", "Published : 2024-06-27 09:30", "Updated : 2024-06-27 10:05",
             "The fictional ministry said Thursday it will widen credits and loans for equipment investment at home.",
             "minji@heraldcorp.com", "[ⓒ The Korea Herald]", "Most Popular", "Another story"],
            dict(outlet="koreaherald", title="Seoul to widen fictional chip credits", subtitle_lines=["Plan includes loans"],
                 section="Business", subsection="Industry", reporters=["Kim Min-ji"], reporter_emails=["minji@heraldcorp.com"],
                 published_at="2024-06-27T09:30:00+09:00", updated_at="2024-06-27T10:05:00+09:00", language="en",
                 paragraphs=["The fictional ministry said Thursday it will widen credits and loans for equipment investment at home."]),
            id="korea-herald"),
        pytest.param(
            ["Economy", "S. Korea to stockpile fictional rare earths", "2025-03-29 18:00",
             "SEOUL, March 29 (Yonhap) -- South Korea will double its stockpile of fictional rare earths, officials said.",
             "The plan calls for funding.", "(END)", "Most Viewed"],
            dict(outlet="yonhap_en", dateline="SEOUL", reporters=[], published_at="2025-03-29T18:00:00+09:00",
                 paragraphs=["South Korea will double its stockpile of fictional rare earths, officials said.",
                             "The plan calls for funding."], language="en"),
            id="yonhap-wire"),
        pytest.param(
            ["Fictional chip plan draws mixed response", "By Lee Jae-won, Park Soo-ah",
             "Posted : Jun. 27, 2024 - 09:30 Updated : Jun. 27, 2024 - 11:00",
             "Chipmakers gave a mixed response Thursday to a fictional plan to widen tax credits for equipment.",
             "ⓒ koreatimes.co.kr. All rights reserved."],
            dict(outlet="koreatimes", reporters=["Lee Jae-won", "Park Soo-ah"], reporter_roles=["", ""],
                 published_at="2024-06-27T09:30:00+09:00", updated_at="2024-06-27T11:00:00+09:00"),
            id="month-name-stamps"),
    ],
)
def test_english_shapes(blocks, want):
    a = parse(page(*blocks))
    assert a.parser == PARSER_EN
    _check(a, **want)


def test_upper_case_byline_and_an_outlet_added_as_one_registry_entry():
    """Korea JoongAng Daily is one ``Outlet`` entry in outlets.py: brand line, e-mail domain, profile."""
    a = parse(page("Korea JoongAng Daily", "Fictional plan draws support", "BY KIM MIN-JI [kim.minji@joongang.co.kr]",
                   "Published: 27 Jun. 2024, 09:30",
                   "The fictional ministry said Thursday it will widen tax credits for chip equipment investment at home.",
                   "▶ 관련기사 다른 기사", "사진=연합뉴스", "A second paragraph follows with more detail about the plan."))
    assert (a.outlet, a.parser, a.title) == ("joongangdaily", PARSER_EN, "Fictional plan draws support")
    assert a.reporters == ["KIM MIN-JI"] and a.reporter_emails == ["kim.minji@joongang.co.kr"]
    assert a.published_at.isoformat() == "2024-06-27T09:30:00+09:00"
    assert a.paragraphs == [
        "The fictional ministry said Thursday it will widen tax credits for chip equipment investment at home.",
        "A second paragraph follows with more detail about the plan."]
    assert a.warnings == []


def test_profiles_called_directly_never_raise_on_junk():
    for fn in (parse_korean_page, parse_english_page):
        for junk in ("", "\x00\x01", "[" * 3000 + "=" * 3000, "(끝)\n(END)", "By\nPublished :", "![](x)\n" * 50):
            a = fn(junk, "junk.txt")
            assert a.parser_error is None, (fn, junk[:20], a.parser_error)
            a.to_dict()


# ---------------------------------------------------------------- page shapes met on real captures (invented words)

LONG1 = "가상의 부품 업체가 새 공장을 짓기로 하고 올해 안에 착공해 내후년부터 양산에 들어갈 계획이라고 밝혔다."
LONG2 = "회사는 원료 조달선을 넓히고 생산 설비를 단계적으로 늘려 공급 안정성을 높이겠다는 방침이라고 설명했다."


def test_page_opening_on_its_headline_keeps_headline_and_deck_out_of_the_body():
    a = parse(page("가상전자, 남쪽 산단에 새 공장 짓는다", "내후년 양산 목표…투자 규모 공개", LONG1, LONG2,
                   "저작권자 © 더퍼블릭 무단전재 및 재배포 금지"))
    assert a.title == "가상전자, 남쪽 산단에 새 공장 짓는다"
    assert a.subtitle_lines == ["내후년 양산 목표…투자 규모 공개"]
    assert a.paragraphs == [LONG1, LONG2]


def test_cut_markdown_image_is_not_story_text():
    for cut in ("![[단독] 가상의 다른 기사 제목", "![[포토] 가상의 행사 사진](https://img.example/photo/2024/1_2"):
        assert markdown_image(cut) is True
        a = parse(page(TITLE, "입력 2024.06.27 10:00", f"[더퍼블릭=가상인 기자] {LONG1}", LONG2, cut,
                       "저작권자 © 더퍼블릭 무단전재 및 재배포 금지"))
        assert a.paragraphs == [LONG1, LONG2], cut


def test_photo_page_story_is_its_caption():
    cap = "가상인(왼쪽 두번째) 가상전자 사장이 지난 19일 남쪽 산단 공사 현장을 둘러보고 있다. 회사는 내후년 양산을 목표로 한다."
    a = parse(page("홈", "산업", "가상전자 사장, 새 공장 현장 점검", "입력2024.06.27 18:13:38", f"{cap}/사진제공=가상전자",
                   "- 가상인 기자", "<저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지>"))
    assert a.paragraphs == [cap]
    assert [c.text for c in a.photo_captions] == [cap] and a.photo_captions[0].credit == "가상전자"
    assert "photo page: the story is its photo captions" in a.warnings


def test_signoff_under_whole_paragraphs_is_not_a_head_byline():
    a = parse(page(LONG1, LONG2, "가상인 기자 gasang@asiae.example", "꼭 봐야할 주요뉴스", "가상의 다른 기사 제목이 잘려…애...",
                   "<ⓒ아시아경제 무단전재 배포금지>"))
    assert a.paragraphs == [LONG1, LONG2]


@pytest.mark.parametrize("lines, want", [
    (("연합뉴스TV", "가상의 수출 규제 100일…속도 낸다", "연합뉴스TV 가상의 수출 규제 100일…속도 낸다",
      "가상의 수출 규제 100일…속도 낸다"), "가상의 수출 규제 100일…속도 낸다"),
    (("Virtualpost – 가상주 일요신문", "가상 광산 붐, 가격 하락으로 타격"), "가상 광산 붐, 가격 하락으로 타격"),
    (("연합뉴스TV – 연합뉴스", "가상 광산 붐, 가격 하락으로 타격"), "가상 광산 붐, 가격 하락으로 타격"),
])
def test_headline_not_a_site_name_or_a_brand_copy(lines, want):
    a = parse(page(*lines, LONG1, LONG2))
    assert a.title == want


def test_english_headline_not_a_date_line_and_without_a_repost_credit():
    body = ("Seoul will expand its stockpile of imaginary metals to cover 100 days of demand, the ministry said on "
            "Thursday.", "The plan follows a review of supply risks by an invented panel of experts this week.")
    a = parse(page("2024 February 20 15:14", "Korea tightens controls on invented export items", *body))
    assert a.title == "Korea tightens controls on invented export items"
    a = parse(page("Korea to expand invented metals stockpile – by Kim Ga-sang (Imaginary Herald – August 5, 2021)",
                   *body))
    assert a.title == "Korea to expand invented metals stockpile"


@pytest.mark.parametrize("line, text, credit", [
    ("Traders offered ten times the usual price for the imagined fluid. / Photo by Online Community Capture",
     "Traders offered ten times the usual price for the imagined fluid.", "Online Community Capture"),
    ('[Report] "Stockpiling 180 Days of Invented Metals" Metals are stored in the warehouse of an imagined base. '
     "Photo by Imaginary Corporation",
     '[Report] "Stockpiling 180 Days of Invented Metals" Metals are stored in the warehouse of an imagined base.',
     "Imaginary Corporation"),
    ("A sample of an invented ore. Photo courtesy of Imaginary Economic Daily.",
     "A sample of an invented ore.", "Imaginary Economic Daily"),
])
def test_english_photo_by_credits(line, text, credit):
    cap = match_caption_en(line)
    assert cap is not None and cap.text == text and cap.credit == credit


def test_triangle_caption_and_neighbour_rules():
    assert match_caption_ko("▲ 가상의 로봇이 전기차를 충전하는 모습.").text == "가상의 로봇이 전기차를 충전하는 모습."
    assert match_caption_ko("▲공동 연구 ▲인력 교류 ▲정보 공유") is None  # a list, not a caption
    assert match_caption_ko("▲ 정부는 가상의 지원책을 함께 발표했다.") is None  # a list item that reads as the story
    see_also = f"{LONG2} <본보 2024년 6월 28일 참고 가상전자, 새 공장 짓는다>"
    a = parse(page(TITLE, "입력 2024.06.27 10:00", "가상인 부사장", f"가상인 부사장이 {LONG1}", "▲ 가상의 로봇이 전기차를 충전하는 모습.",
                   see_also, "저작권자 © 더퍼블릭 무단전재 및 재배포 금지"))
    assert a.paragraphs == [f"가상인 부사장이 {LONG1}", LONG2]
    assert a.photo_captions[0].text == "가상의 로봇이 전기차를 충전하는 모습."


def test_trailing_headline_list_and_doubled_photo_line_with_signoff():
    heads = ["Invented Stocks Slide as Tech Rout Deepens", "Imaginary Index Closes Flat Amid Commodity Strength",
             "Fictional Trade Pact Cuts Auto Tariffs but Leaves Some Out", "Gold Prices Rebound After"]
    body = ["Seoul will expand its stockpile of imaginary metals to cover 100 days of demand, the ministry said.",
            "The plan follows a review of supply risks by an invented panel of experts this week, officials said."]
    a = parse(page("Korea tightens controls on invented export items", "Published : 2024-06-27 10:00", *body, *heads))
    assert a.paragraphs == body
    photo = f"가상의 주유소 직원이 재고를 확인하고 있다. {LONG1} {LONG2}"  # over 150 characters: not a headline
    a = parse(page(f"{photo} 가상인 기자 gasang@imaeil.example", f"{photo} 가상인 기자 gasang@imaeil.example"))
    assert a.paragraphs == [photo]


def test_reader_caption_cell_under_an_image_cell_is_a_caption_whatever_its_shape():
    a = parse(page("가상전자 새 공장 착공…차세대 메모리 거점", "![](https://img.example/a.jpg) |",
                   "| 가상전자 새 공장 건설 현장 [가상전자 뉴스룸] |", f"[더퍼블릭=가상인 기자] {LONG1}", LONG2))
    assert a.subtitle_lines == [] and a.paragraphs == [LONG1, LONG2]
    assert [c.text for c in a.photo_captions] == ["가상전자 새 공장 건설 현장 [가상전자 뉴스룸]"]


def test_brand_and_bare_name_under_the_headline_is_not_a_deck():
    a = parse(page("SBS Biz", "가상의 요소수 대란에 긴급회의…뾰족수는 없다", "SBS Biz 가상인", "입력2024.06.27 05:42",
                   LONG1, LONG2))
    assert a.title == "가상의 요소수 대란에 긴급회의…뾰족수는 없다" and a.subtitle_lines == []


def test_under_the_email_signoff_only_whole_paragraphs_and_a_headline_image_is_a_caption():
    head = "가상전자, 새 공장 착공…차세대 메모리 거점"
    a = parse(page(head, "입력 2024.06.27 10:00", f"[더퍼블릭=가상인 기자] {LONG1}", f'"{head}" 가상 포토',
                   LONG2, "가상인 기자", "gasang@thepublic.example", "기자의 전체기사 보기", "더퍼블릭이 직접 편집한 뉴스 채널",
                   "저작권자 © 더퍼블릭 무단전재 및 재배포 금지"))
    assert a.paragraphs == [LONG1, LONG2]
    assert [(c.text, c.credit) for c in a.photo_captions] == [(head, "가상 포토")]


def test_under_a_masked_email_signoff_the_story_is_over():
    body = ["Seoul will expand its stockpile of imaginary metals to cover 100 days of demand, the ministry said.",
            "The plan follows a review of supply risks by an invented panel of experts this week, officials said."]
    a = parse(page("Korea tightens controls on invented export items", "Published : 2024-06-27 10:00", *body,
                   "BY KIM GA-SANG [[email protected]]", "with the Imaginary Daily", "Copyright ⓒ Imaginary Daily"))
    assert a.paragraphs == body


def test_a_data_table_the_story_prints_stays_in_the_body_as_printed():
    rows = ["기업명 | 가상 주가 동향 |", "가상전자(KRX:000001) | + 5% |", "가상화학(KRX:000002) | + 7% |",
            "가상소재(KRX:000003) | - 2% |"]
    a = parse(page(TITLE, "입력 2024.06.27 10:00", f"[더퍼블릭=가상인 기자] {LONG1}", LONG2, *rows,
                   "저작권자 © 더퍼블릭 무단전재 및 재배포 금지"))
    assert a.paragraphs == [LONG1, LONG2, *rows]


def test_a_reposting_sites_name_credit_and_fields_are_neither_headline_nor_deck():
    """A reposting site: its name alone on the first line, the headline, the story's credit line
    ("Source: Brand | date | By NAME") and metadata fields ("Location: …") above the story."""
    from chainwire.extract.profiles import parse_text_page

    text = ("Made-up Watch Network\n\nInvented ministry widens checks on battery material imports\n\n"
            "Source: The Korea Herald | March 3rd, 2025 | By Hong Gil-dong, staff writer\n"
            "Location: South Korea\nIndustry type: Battery Industry\n\n"
            "The invented ministry said on Monday it would widen its checks on imported battery materials, "
            "citing a rise in shipments that could not be traced to their origin.\n\n"
            "Officials said the checks would start next month and cover six kinds of materials.\n")
    art = parse_text_page(text, "repost.txt")
    assert art.title == "Invented ministry widens checks on battery material imports"
    assert art.subtitle_lines == []
    assert art.outlet == "koreaherald"
    assert art.paragraphs[0].startswith("The invented ministry said on Monday")
    assert not any("Location:" in p or "Made-up Watch" in p for p in art.paragraphs)


def test_a_headline_over_a_bulleted_summary_with_no_story_captured():
    """A capture cut after the head: the headline, two "- point" lines, the top photo's caption."""
    from chainwire.extract.profiles import parse_text_page

    text = ("Invented port expands cold storage as exports of chip gases climb\n"
            "- Operator says the new halls will double capacity by next spring\n"
            "- Shippers welcome the move but warn of higher handling fees\n"
            "Cranes stand at an invented port on Tuesday. Photo: Invented Agency\n")
    art = parse_text_page(text, "summary.txt")
    assert art.title == "Invented port expands cold storage as exports of chip gases climb"
    assert art.subtitle_lines == ["Operator says the new halls will double capacity by next spring",
                                  "Shippers welcome the move but warn of higher handling fees"]
    assert not any(p.startswith("- ") for p in art.paragraphs)


def test_the_pages_address_and_a_brand_prefix_are_not_the_headline():
    # a share box prints the page's address above the headline; a document title leads with the brand
    a = parse(page("공유하기", "https://m.example-news.kr/view.php?key=20990101000001", f"[사설] {TITLE}",
                   "2099-01-01 07:46", "가상의 기관이 새 대책을 내놓았다. 업계는 환영했다."))
    assert a.title == f"[사설] {TITLE}"
    b = parse(page(f"대전일보 :: {TITLE}", "가상의 부제 한 줄", "가상기관 제공",
                   "[아산]가상의 기관이 새 대책을 내놓았다. 업계는 환영했다.", "홍길동 기자(gildong@daejonilbo.com)"))
    assert (b.title, b.subtitle_lines) == (TITLE, ["가상의 부제 한 줄"])  # "기관 제공" credits the photo


def test_a_capture_cut_above_its_headline_keeps_the_summary_points_as_deck():
    a = parse("- 가상 수입물량 최대 규모로 늘어\n- 제3국 계약분 내년까지 순차 도착 예정\n"
              "[가상매체=홍길동 기자] 가상의 항구에 원료 화물이 들어왔다.\n정부는 수급이 안정될 것이라고 밝혔다.\n")
    assert a.subtitle_lines == ["가상 수입물량 최대 규모로 늘어", "제3국 계약분 내년까지 순차 도착 예정"]
    assert a.paragraphs[0] == "가상의 항구에 원료 화물이 들어왔다."


def test_furniture_of_regional_and_english_pages_stays_out_of_the_body():
    """Comment prompts, view counters, video notes, scroll and share widgets, a source credit line."""
    ko = parse(page(TITLE, "  • 등록 2024.06.27 10:49:29", "  • 조회수 1,204", "크게보기", LONG1, LONG2, "(자료화면)",
                    "기사 보기", "댓글을 작성하려면로그인해주세요.", "저작권자 © 더퍼블릭 무단전재 및 재배포 금지"))
    assert ko.paragraphs == [LONG1, LONG2]
    body = ("Seoul will expand its stockpile of imaginary metals to cover 100 days of demand, the ministry said on "
            "Thursday.", "The plan follows a review of supply risks by an invented panel of experts this week.")
    en = parse(page("Korea tightens controls on invented export items", "add remove print link", *body,
                    "Source: Imaginary News Agency", "scroll to top"))
    assert en.paragraphs == list(body) and en.subtitle_lines == []
    promo = ("Stay ahead on invented metals with our free newsletter",
             "Keep up with the imaginary metals industry with the free Invented Weekly newsletter. Sign up now for a "
             "clear view of the sector.")
    en = parse(page("Korea tightens controls on invented export items", body[0], *promo, body[1]))
    assert en.paragraphs == list(body)


def test_broadcast_page_dates_and_closer():
    """A broadcaster's web page: the date alone under the headline, or "방송일자" with its date on the
    next line, is the page's date; "BRAND 이름 입니다." closes the script (the app's chrome after it
    is no story text, the name is the reporter)."""
    script = ["<앵커>", "가상의 방산 기업들이 해외 수주를 늘리면서 지역 수출도 크게 늘고 있습니다.", "가상인 기자입니다.", "<기자>",
              LONG1, LONG2, "가상방송 가상인 입니다.", "Menu", "가상 앱을 통해 내 지역 속보, 범죄 뉴스, 비즈"]
    a = parse(page(TITLE, "2024-06-20", *script))
    assert a.published_at.date() == date(2024, 6, 20) and a.published_at_source == "page_field"
    assert a.paragraphs[-1] == LONG2 and a.reporters == ["가상인"]
    b = parse(page("- NEWS", "뉴스데스크", "방송일자\n2024-06-21", LONG1, LONG2))
    assert b.published_at.date() == date(2024, 6, 21) and b.paragraphs == [LONG1, LONG2]
    # a date widget above the headline is no publish date
    c = parse(page("2024-06-27", TITLE, LONG1, LONG2))
    assert c.published_at_source != "page_field"
    # a one-word label before the date under the headline ("이슈 2024-06-19") is the section's, the date the page's
    d = parse(page(TITLE, "이슈 2024-06-19", LONG1, LONG2))
    assert d.published_at.date() == date(2024, 6, 19) and d.paragraphs == [LONG1, LONG2]
    # a label and a caption printed twice: the caption (no predicate before its full stop) stays out of the body
    e = parse(page(TITLE, "입력 2024.06.27 10:00", LONG1, "가상 모터와 영구자석(위)의 구성도(아래).",
                   "가상 모터와 영구자석(위)의 구성도(아래).", LONG2))
    assert e.paragraphs == [LONG1, LONG2]
    assert parse_signature("가상방송 뉴스 입니다.") is None or not parse_signature("가상방송 뉴스 입니다.").reporters


def test_a_bulletin_boards_title_field_is_the_headline_and_its_other_fields_no_deck():
    a = parse(page("가상 소식", "제목 가상 기관, 3년간 원료 월 1만t 들여오기로", "작성자 가상문화원", "작성일 99-01-02 12:12",
                   "가상의 기관은 7일 원료를 들여오기 위한 양해각서를 맺었다고 밝혔다. 업계는 환영했다."))
    assert (a.title, a.subtitle_lines) == ("가상 기관, 3년간 원료 월 1만t 들여오기로", [])


def test_caption_glued_to_the_lead_and_agency_credits():
    """A caption and its [사진=…] credit glued in front of the story's first paragraph; a short label with an
    agency in parentheses is a caption; "(연합)" after the last sentence is the agency's credit, not text."""
    glued = f"가상청사 전경. [사진=가상인 기자 gasang@example.com] {LONG1}"
    a = parse(page(TITLE, "입력 2024.06.27 10:00", glued, f"{LONG2} (연합)"))
    assert a.paragraphs == [LONG1, LONG2]
    assert (a.photo_captions[0].text, a.photo_captions[0].credit) == ("가상청사 전경.", "가상인 기자")
    b = parse(page(TITLE, "입력 2024.06.27 10:00", "가상 경제 프레임워크(뉴시스)", LONG1, LONG2))
    assert b.paragraphs == [LONG1, LONG2] and b.photo_captions[0].credit == "뉴시스"
    assert match_caption_ko("정부는 새 협정에 서명했다(뉴시스)") is None  # a sentence, not a label


def test_english_repost_info_line_and_comment_widgets():
    """"Source: Brand | date | By NAME, staff reporter" under a reposted headline: the date and the writer;
    an empty "Reporter :" label, a comment counter and comment-box prompts stay out of the body."""
    body = ("Seoul will expand its stockpile of imaginary metals to cover 100 days of demand, the ministry said on "
            "Thursday.", "The plan follows a review of supply risks by an invented panel of experts this week.")
    a = parse(page("Invented Network", "Korea expands invented metals stockpile",
                   "Source: The Imaginary Herald | November 18th, 2019 | By Kim Ga-sang, staff reporter",
                   *body, "Reporter :", "Comment Template",
                   "With your current subscription plan you can comment on stories. However, before writing your "
                   "first comment, please create a display name in the Profile section of your account page."))
    assert a.published_at.date() == date(2019, 11, 18) and a.reporters == ["Kim Ga-sang"]
    assert a.paragraphs == list(body)
    ko = parse(page(TITLE, "입력 2024.06.27 10:00", LONG1, LONG2, "댓글0"))
    assert ko.paragraphs == [LONG1, LONG2]
    box = parse(page(TITLE, "입력 2024.06.27 10:00", LONG1, LONG2, "/가상인기자", "댓글삭제", "삭제한 댓글은 다시 복구할 수 없습니다.",
                     "그래도 삭제하시겠습니까?", "댓글 0", "댓글쓰기", "계정을 선택하시면 로그인·계정인증을 통해"))
    assert box.paragraphs == [LONG1, LONG2] and box.reporters == ["가상인"]


def test_a_summary_services_credit_note_ends_the_digest():
    a = parse("가상 기관은 원료 비축을 늘리기로 했다고 밝혔다.\n업계는 수급 안정을 기대했다.\n"
              "가상요약의 문장 추출 기술로 “머니투데이” 기사 내용을 3줄로 요약한 결과입니다. 본문 전체 읽기를 권장합니다.\n")
    assert a.paragraphs == ["가상 기관은 원료 비축을 늘리기로 했다고 밝혔다.", "업계는 수급 안정을 기대했다."]
    assert a.outlet == "mt"


def test_bar_bracket_lead_slash_photographer_and_english_author_block():
    """"[매체ㅣ이름 기자]": brand and reporter split by a bar; "… /이름 기자" after a caption sentence is the
    photographer's credit; an English "Author: NAME | title | desk" line, an "Email:" line and the contact
    lines under it close the story."""
    cap = "가상의 주유소에 품절 안내문이 게시돼 있다. /가상인 기자"
    a = parse(page(TITLE, cap, f"[가상뉴스ㅣ가상인 기자] {LONG1}", LONG2))
    assert a.reporters == ["가상인"] and a.paragraphs == [LONG1, LONG2]
    assert (a.photo_captions[0].text, a.photo_captions[0].credit) == ("가상의 주유소에 품절 안내문이 게시돼 있다.", "가상인")
    body = ("Seoul will expand its stockpile of imaginary metals to cover 100 days of demand, the ministry said on "
            "Thursday.", "The plan follows a review of supply risks by an invented panel of experts this week.")
    en = parse(page("Korea expands invented metals stockpile", *body,
                    "Author: Kim Ga-sang | Invented Metals Analyst | Seoul Office, Imaginary Metals Market",
                    "Email: kim@example.com", "For queries, please contact Lee Ga-sang at lee@example.com",
                    "For more information on our reports, please email service@example.com"))
    assert en.paragraphs == list(body) and en.reporters == ["Kim Ga-sang"]


def test_a_caption_over_its_bracketed_credit_is_no_deck_and_board_widgets_no_body():
    a = parse("가상 기관, 원료 비축 확대…\n7월부터 1년간 운영…기관 \"공급 안정 노력\"\n홍길동 가상기관 차관\n[가상통신 자료사진]\n"
              "(서울=연합뉴스) 김철수 기자 = 가상 기관은 원료 비축을 늘린다고 27일 밝혔다.\n업계는 수급 안정을 기대했다.\n"
              "[email protected]\n추천53 비추천 61\n")
    assert a.subtitle_lines == ['7월부터 1년간 운영…기관 "공급 안정 노력"']
    assert a.paragraphs == ["가상 기관은 원료 비축을 늘린다고 27일 밝혔다.", "업계는 수급 안정을 기대했다."]


def test_captions_closed_by_an_agency_after_a_slash_or_by_its_copyright_notice():
    """"… 하고 있다. / 연합뉴스" is a caption; "… 2024.6.4 (ⓒ뉴스1, 무단 전재-재배포 금지)" is a caption, not the
    page's copyright footer: the story goes on under it."""
    assert match_caption_ko("가상 장관이 협약서에 서명한 후 악수하고 있다. / 연합뉴스").credit == "연합뉴스"
    assert match_caption_ko("정부가 대책을 발표했다. / 가상 계획") is None  # no agency, no photographer
    cap = "관람객이 가상의 충전소를 살펴보고 있다. 2024.6.4 (ⓒ뉴스1, 무단 전재-재배포 금지)"
    a = parse(page(TITLE, "입력 2024.06.27 10:00", LONG1, cap, LONG2))
    assert a.paragraphs == [LONG1, LONG2]
    assert (a.photo_captions[0].credit, a.photo_captions[0].date) == ("뉴스1", "2024-06-04")
    footer = parse(page(TITLE, "입력 2024.06.27 10:00", LONG1, "<저작권자(c) 가상뉴스, 무단 전재-재배포 금지>", LONG2))
    assert footer.paragraphs == [LONG1]


def test_a_lead_byline_drawn_with_bars_and_a_section_date_line():
    a = parse("| 머니투데이=홍길동 기자 | 가상 기관의 원료 규제가 국내 업계에도 영향을 주고 있다. 업계는 대응에 나섰다.\n"
              "두 번째 문단이다. 업계는 대응을 서두르고 있다.\n")
    assert (a.reporters, a.outlet) == (["홍길동"], "mt")
    assert a.paragraphs[0] == "가상 기관의 원료 규제가 국내 업계에도 영향을 주고 있다. 업계는 대응에 나섰다."
    b = parse(page("제품몰 가공몰", TITLE, "이슈 2099-05-14", LONG1, LONG2))
    assert (b.title, b.subtitle_lines) == (TITLE, [])


def test_a_byline_card_with_only_an_address_after_its_bar_is_no_lead():
    a = parse(page(LONG1, LONG2, "가상 기자 | gasang@example.com"))
    assert a.paragraphs == [LONG1, LONG2]


def test_a_script_wrapped_at_a_fixed_width_is_joined_back_into_sentences():
    """A regional station's script captured at a fixed width, no blank lines: the lines of a sentence (cut
    after a noun as well as after a particle) are one paragraph; a page with one such run is left alone."""
    text = ("가상제련이 5천억 원을 투자해 울주군에\n가상 제련소를 짓기로 했습니다.\n가상제련에 따르면 공장부지는 온산읍 소재\n"
            "1만 평 규모로 5천억원이 투입되며,\n이번달 공사에 착수해 2027년 5월 말 완공할\n예정입니다.\n"
            "가상제련은 전기차 시장의 확대로 니켈 수요가 급격히 증가하고 있어 공장을 신설하게 됐다고 밝혔습니다.\n"
            "Copyright © Imaginary Broadcasting Corporation. All rights reserved.\n")
    a = parse(text)
    assert a.paragraphs[:3] == ["가상제련이 5천억 원을 투자해 울주군에 가상 제련소를 짓기로 했습니다.",
                                "가상제련에 따르면 공장부지는 온산읍 소재 1만 평 규모로 5천억원이 투입되며, "
                                "이번달 공사에 착수해 2027년 5월 말 완공할 예정입니다.",
                                "가상제련은 전기차 시장의 확대로 니켈 수요가 급격히 증가하고 있어 공장을 신설하게 됐다고 밝혔습니다."]
    deck = parse(page(TITLE, "가상 공급망 대책 발표\n업계 지원 확대\n세제 혜택도 검토", LONG1, LONG2))
    assert deck.paragraphs == [LONG1, LONG2]


# ---------------------------------------------------------------- bylines, stamps and datelines of the wider press

STORY1 = "가상의 부처는 핵심 광물 비축을 늘리는 방안을 마련해 다음 달부터 시행한다고 이날 밝혔다."
STORY2 = "관계 기관과 업계는 수급 동향을 매주 점검하고 차질이 생기면 비축 물량을 곧바로 풀기로 했다."


def test_a_bracketed_byline_under_the_story_signs_it_off():
    """"[이름 기자]" alone under whole paragraphs is the sign-off, never a lead with nothing after it."""
    a = parse(page(TITLE, "입력 2024.06.27 09:30", STORY1, STORY2, "[홍길동 기자]"))
    assert a.paragraphs == [STORY1, STORY2] and a.reporters == ["홍길동"]


@pytest.mark.parametrize(
    "byline, reporters",
    [
        ("글 홍길동 기자 사진 김철수 기자", ["홍길동"]),  # the photographer is no writer
        ("홍길동 기자 · 사진 김철수 기자", ["홍길동"]),
        ("글·사진 홍길동 기자", ["홍길동"]),  # one person wrote and took the photos
    ],
)
def test_task_words_in_a_byline(byline, reporters):
    a = parse(page(TITLE, byline, "입력 2024.06.27 09:30", STORY1, STORY2))
    assert a.reporters == reporters and a.paragraphs == [STORY1, STORY2]


def test_last_edited_is_an_update_stamp():
    a = parse(page(TITLE, "입력 2024.06.27 09:30 최종편집 2024.06.27 10:05", STORY1, STORY2))
    assert (a.published_at.isoformat(), a.updated_at.isoformat()) == ("2024-06-27T09:30:00+09:00", "2024-06-27T10:05:00+09:00")
    stamps, rest = scan_stamps("2024.06.27 09:30 승인")
    assert [s.kind for s in stamps] == ["published"] and rest == ""


EN_TITLE = "A made-up headline about a mineral stockpile"
EN1 = "The ministry said on Tuesday it would enlarge a made-up stockpile of critical minerals next month."
EN2 = "Officials and companies will review supply every week and release stock when shipments are disrupted."


@pytest.mark.parametrize(
    "info, reporters, day",
    [
        ("By Hong Gil-dong March 5, 2024", ["Hong Gil-dong"], "2024-03-05"),  # the byline closed by the date
        ("March 5, 2024 • Hong Gil-dong", ["Hong Gil-dong"], "2024-03-05"),  # a date and a bare name, bulleted
        ("Hong Gil-dong • March 5, 2024", ["Hong Gil-dong"], "2024-03-05"),
    ],
)
def test_english_info_lines_give_the_writer_and_the_date(info, reporters, day):
    a = parse_english_page(page(EN_TITLE, info, EN1, EN2), "x.txt", LANDING)
    assert a.reporters == reporters and a.published_at.date().isoformat() == day
    assert a.published_at_source == "page_field" and a.paragraphs == [EN1, EN2]


def test_a_name_beside_no_date_is_no_byline():
    a = parse_english_page(page(EN_TITLE, "Seoul • Tokyo • Busan", EN1, EN2), "x.txt", LANDING)
    assert a.reporters == []


@pytest.mark.parametrize(
    "lead, dateline, brand",
    [
        ("Seoul, Dec 12: ", "Seoul", None),  # a city and the day, closed by a colon
        ("NEW DELHI, March 5 (Agency) ", "NEW DELHI", "Agency"),  # the agency in parentheses, no dash
        ("Seoul, Sept. 3 (Agency): ", "Seoul", "Agency"),
    ],
)
def test_english_city_and_day_leads(lead, dateline, brand):
    b = parse_lead(lead + EN1)
    assert b is not None and (b.dateline, b.brand, b.rest) == (dateline, brand, EN1)


@pytest.mark.parametrize("paragraph", ["Samsung Electronics (SEC) The company said it would invest more.",
                                       "Hanoi, Maybe 5: The plan is new.", "However, the plan (drafted in May) was dropped."])
def test_not_an_english_city_and_day_lead(paragraph):
    b = parse_lead(paragraph)
    assert b is None or b.dateline is None


def test_a_non_sentence_line_the_page_prints_twice_is_furniture_not_a_paragraph():
    """A teaser's headline inside the story that the page prints again in its list of other stories, a
    box's label printed twice: no sentence, repeated on the page, so not the story's text. A heading
    inside the story is printed once and stays."""
    teaser = "가상 소재 공급망 특별 대담 다시 보기"
    a = parse(page(TITLE, "입력 2024.06.27 10:00", LONG1, teaser, "◇가상 공급망의 다음 단계", LONG2, "관련기사", teaser,
                   "가상 기관, 원료 비축 확대"))
    assert a.paragraphs == [LONG1, "◇가상 공급망의 다음 단계", LONG2]


def test_a_stamp_line_may_close_on_a_view_counter():
    assert bare_stamp("2024.03.05 15:20 | 조회 12").isoformat() == "2024-03-05T15:20:00+09:00"
    assert bare_stamp("2024.03.05 15:20 | 조회수 1,234").isoformat() == "2024-03-05T15:20:00+09:00"
    assert bare_stamp("2024.03.05 15:20 | 조회 안내") is None


def test_a_wire_storys_closing_credits_name_its_reporters_not_its_editors():
    a = parse_english_page(page(EN_TITLE, "Published 2024-03-05 15:20", EN1, EN2,
                                "(Reporting by Hong Gil-dong and Lee Ha-eun in Seoul; Additional reporting by Park Jun; "
                                "Editing by Kim Min-ji)"), "x.txt", LANDING)
    assert a.reporters == ["Hong Gil-dong", "Lee Ha-eun", "Park Jun"] and a.paragraphs == [EN1, EN2]
    assert parse_signature("(Editing by Kim Min-ji)") is None


def test_an_english_byline_closed_by_the_outlet():
    """"By NAME, The Korea Times": the writer, and the outlet named by its registered brand (no writer)."""
    a = parse_english_page(page(EN_TITLE, "By Hong Gil-dong, The Korea Times", "Published 2024-03-05 15:20", EN1, EN2),
                           "x.txt", LANDING)
    assert a.reporters == ["Hong Gil-dong"] and a.outlet == "koreatimes"


# ---------------------------------------------------------------- dated leads, dates under a head (h2, session 7)

_EN_STORY = ("The invented ministry said on Tuesday that the plan would cover several hundred firms this year.\n"
             "Officials added that the second phase would follow once the budget had been approved.\n")


def test_a_release_wire_lead_gives_the_dateline_and_the_day():
    b = parse_lead("SEOUL, South Korea, Feb. 6, 2026 /Harborwire/ -- Quorvane Metals said on Monday it would build.")
    assert (b.dateline, b.brand, b.stamp, b.rest[:12]) == ("SEOUL", "Harborwire", "Feb. 6, 2026", "Quorvane Met")
    b = parse_lead("April 13, 2026: The invented council is launching a fund.")
    assert (b.dateline, b.stamp, b.rest[:11]) == (None, "April 13, 2026", "The invente")
    b = parse_lead("VELDOR/SEOUL, Aug 22 (Harborwire) - Two invented firms plan plants.")
    assert (b.dateline, b.brand) == ("VELDOR/SEOUL", "Harborwire")
    assert parse_lead("May 3, 2026, 2:22 p.m.: a time, not a dated lead") is None
    b = parse_lead("VELDOR, South Korea — Invented truckers went back to work.")  # a city and its country
    assert (b.dateline, b.brand, b.rest[:8]) == ("VELDOR", None, "Invented")
    b = parse_lead("VELDOR, South Korea (Harborwire) — Invented truckers went back to work.")
    assert (b.dateline, b.brand) == ("VELDOR", "Harborwire")
    assert parse_lead("Veldor, South Korea — a title-case city alone is no dateline") is None
    page = ("Quorvane widens its plant\n\nSEOUL, South Korea, Feb. 6, 2026\n/Harborwire/ -- " + _EN_STORY)
    art = parse_english_page(page, "x.txt", date(2026, 11, 2))
    assert art.dateline == "SEOUL" and art.published_at.date() == date(2026, 2, 6)
    assert art.published_at_source == "page_field" and art.paragraphs[0].startswith("The invented ministry")
    art = parse_english_page("Quorvane widens its plant\n\nApril 13, 2026: " + _EN_STORY, "x.txt", date(2026, 11, 2))
    assert art.published_at.date() == date(2026, 4, 13) and art.paragraphs[0].startswith("The invented")


def test_an_english_date_alone_under_the_headline_is_the_pages_date():
    for line in ("March 5, 2026", "Thursday, March 5, 2026"):
        art = parse_english_page(f"Quorvane widens its plant\n{line}\n{_EN_STORY}", "x.txt", date(2026, 11, 2))
        assert art.published_at.date() == date(2026, 3, 5) and art.published_at_source == "page_field", line
    # above the headline it stays a widget: no publish time from it
    art = parse_english_page(f"March 5, 2026\nQuorvane widens its plant\n{_EN_STORY}", "x.txt", date(2026, 11, 2))
    assert art.published_at_source == "landing_date"


def test_info_lines_with_a_section_or_a_counter_and_a_time_first_sign_off():
    page = ("가상시, 배터리 지원 확대\n2026-03-05 14:22 | 경제 | 서하린 기자 | 조회 12\n"
            "가상시는 이날 지원 방안을 발표하고 기업 부담을 줄이겠다고 밝혔다.\n업계는 수출 회복에 도움이 될 것으로 내다봤다.\n")
    art = parse_korean_page(page, "x.txt", date(2026, 11, 2))
    assert art.reporters == ["서하린"] and art.published_at.isoformat() == "2026-03-05T14:22:00+09:00"
    sig = parse_signature("2026.03.05 14:22 서하린 기자 harin@example.com")
    assert sig.reporters == ["서하린"] and sig.stamp == "2026.03.05 14:22"
    page = f"Quorvane widens its plant\nDana Wrenfield · March 5, 2026 · 3 min read\n{_EN_STORY}"
    art = parse_english_page(page, "x.txt", date(2026, 11, 2))
    assert art.reporters == ["Dana Wrenfield"] and art.published_at.date() == date(2026, 3, 5)


def test_a_reposted_broadcast_clip_title():
    from chainwire.extract.bylines import clip_title_credit

    c = clip_title_credit("가상시, 배터리 지원 확대 [저녁 뉴스] / 가람방송 2026.03.05.")
    assert (c.rest, c.brand, c.stamp) == ("가상시, 배터리 지원 확대", "가람방송", "2026.03.05")
    assert clip_title_credit("가상시 / 배터리 지원 2026.03.05") is None  # no press name after the slash
    page = ("가상시, 배터리 지원 확대 [저녁 뉴스] / 가람방송 2026.03.05.\n"
            "가상시는 이날 지원 방안을 발표하고 기업 부담을 줄이겠다고 밝혔습니다.\n업계는 수출 회복에 도움이 될 것으로 내다봤습니다.\n")
    art = parse_korean_page(page, "x.txt", date(2026, 11, 2))
    assert art.title == "가상시, 배터리 지원 확대" and art.published_at.date() == date(2026, 3, 5)


def test_a_date_and_its_time_on_two_lines_and_a_bylines_day():
    from chainwire.extract.stamps import author_card, join_split_stamps, trailing_stamp

    assert join_split_stamps(["제목", "입력 2026.03.05", "14:22", "본문"]) == ["제목", "입력 2026.03.05 14:22", "본문"]
    assert join_split_stamps(["May 5, 2026", "2:22 PM"], english=True) == ["May 5, 2026 2:22 PM"]
    assert join_split_stamps(["입력 2026.03.05 10:00", "14:22"]) == ["입력 2026.03.05 10:00", "14:22"]  # has its time
    assert trailing_stamp("서하린 기자 2026-03-05")[0] == "서하린 기자"
    assert trailing_stamp("가상시 2026-03-05") is None  # a date alone after words that are no byline
    card = author_card(["Dana Wrenfield", "March 28, 2026 21:58 GMT", "Veldor"])
    assert card is not None and card[:2] == (3, "Dana Wrenfield") and card[2].hour == 21
    body = "가상시는 이날 지원 방안을 발표하고 기업 부담을 줄이겠다고 밝혔다.\n업계는 수출 회복에 도움이 될 것으로 내다봤다.\n"
    art = parse_korean_page(f"가상시, 배터리 지원 확대\n서하린 기자 | 2026.03.05\n{body}", "x.txt", date(2026, 11, 2))
    assert art.reporters == ["서하린"] and art.published_at.date() == date(2026, 3, 5)
    assert art.paragraphs[0].startswith("가상시는")  # the date after the bar is no story
    art = parse_korean_page(f"가상시, 배터리 지원 확대\n입력 2026.03.05\n14:22\n{body}", "x.txt", date(2026, 11, 2))
    assert art.published_at.isoformat() == "2026-03-05T14:22:00+09:00"
