"""Newspim templates across hosts and years: old bylines, mobile captures, sign-offs, photo-desk captions.

All pages are invented. They go through both ``parse_page_dump`` (the Newspim profile) and
``parse_text_page`` (which must route them to that profile).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from chainwire.extract import PARSER, parse_page_dump, parse_text_page

pytestmark = pytest.mark.unit  # make test-fast

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract"
HEAD = "산업 전기전자\n\n가상의 제목\n\n기사입력 : 2025년03월14일 08:05\n\n최종수정 :\n\n"


def both(text: str, landing: date | None = date(2025, 4, 1)):
    a = parse_page_dump(text, "x.txt", landing_date=landing)
    b = parse_text_page(text, "x.txt", landing_date=landing)
    assert a.to_dict() == b.to_dict()  # routed to the Newspim profile
    assert a.parser == PARSER and a.outlet == "newspim"
    return a


@pytest.mark.parametrize(
    "byline, dateline, reporters, roles",
    [
        ("[뉴스핌=정하람 기자] ", None, ["정하람"], ["기자"]),
        ("[뉴스핌=정하람 기자]", None, ["정하람"], ["기자"]),  # glued to the first word
        ("[뉴스핌=정하람·한서준 기자] ", None, ["정하람", "한서준"], ["기자", "기자"]),
        ("[세종 = 뉴스핌] 정하람 기자 = ", "세종", ["정하람"], ["기자"]),
        ("[서울=뉴스핌] 정하람 정치부장 = ", "서울", ["정하람"], ["정치부장"]),
        ("[부산=뉴스핌] 정하람 선임기자 = ", "부산", ["정하람"], ["선임기자"]),
        ("[워싱턴=뉴스핌] 정하람 특파원 = ", "워싱턴", ["정하람"], ["특파원"]),
    ],
)
def test_byline_templates(byline, dateline, reporters, roles):
    a = both(HEAD + byline + "가상의 첫 문단이다.\n\n둘째 문단이다.\n\njhr@newspim.com\n")
    assert (a.dateline, a.reporters, a.reporter_roles) == (dateline, reporters, roles)
    assert a.paragraphs == ["가상의 첫 문단이다.", "둘째 문단이다."]
    assert a.reporter_emails == ["jhr@newspim.com"]


@pytest.mark.parametrize(
    "signoff, reporters, emails",
    [
        ("[뉴스핌 Newspim] 정하람 기자 (jhr@newspim.com)", ["정하람"], ["jhr@newspim.com"]),
        ("[뉴스핌 Newspim] 정하람·한서준 기자 (jhr@newspim.com, hsj@newspim.com)", ["정하람", "한서준"],
         ["jhr@newspim.com", "hsj@newspim.com"]),
    ],
)
def test_signoff_gives_emails_and_is_not_body(signoff, reporters, emails):
    a = both(HEAD + "[뉴스핌=" + "·".join(reporters) + " 기자] 가상의 첫 문단이다.\n\n둘째 문단이다.\n\n" + signoff + "\n")
    assert a.reporters == reporters and a.reporter_emails == emails
    assert a.paragraphs == ["가상의 첫 문단이다.", "둘째 문단이다."]


def test_signoff_glued_to_last_paragraph_and_reporters_from_it():
    a = both(HEAD + "[서울=뉴스핌] 가상의 첫 문단이다.\n\n둘째 문단이다. [뉴스핌 Newspim] 정하람 기자 (jhr@newspim.com)\n")
    assert a.dateline == "서울" and a.reporters == ["정하람"] and a.reporter_emails == ["jhr@newspim.com"]
    assert a.paragraphs == ["가상의 첫 문단이다.", "둘째 문단이다."]


def test_mobile_stamp_and_marker():
    a = both((FIXTURES / "newspim_mobile.txt").read_text(encoding="utf-8"))
    assert a.title == "가상의 반도체 소재 국산화 속도" and (a.section, a.subsection) == ("산업", "전기전자")
    assert a.published_at.isoformat() == "2025-03-14T08:05:00+09:00" and a.published_at_source == "page_field"
    assert a.updated_at.isoformat() == "2025-03-14T10:40:00+09:00"
    assert (a.dateline, a.reporters, a.reporter_roles) == ("세종", ["한서준"], ["산업부장"])
    assert a.paragraphs == ["가상의 정부가 반도체 소재 국산화 지원을 늘린다.", "지원 대상은 소재 기업 열 곳이다."]
    assert a.reporter_emails == ["hsj@newspim.com"]
    assert a.warnings == []


def test_photo_desk_caption_with_its_own_byline():
    """The photographer's byline and e-mail belong to the caption, never to the story's reporters."""
    a = both((FIXTURES / "newspim_mobile.txt").read_text(encoding="utf-8"))
    [cap] = a.photo_captions
    assert (cap.text, cap.credit, cap.date, cap.email) == ("가상의 소재 공장 전경.", "윤사진", "2025-03-13", "photo@newspim.com")
    assert "윤사진" not in a.reporters and "photo@newspim.com" not in a.reporter_emails


def test_photo_desk_caption_before_the_byline():
    text = HEAD + ("[서울=뉴스핌] 윤사진 기자 = 가상의 공장 전경. 2025.03.13 photo@newspim.com\n\n"
                   "[세종=뉴스핌] 정하람 기자 = 가상의 첫 문단이다.\n\njhr@newspim.com\n")
    a = both(text)
    assert (a.dateline, a.reporters, a.reporter_emails) == ("세종", ["정하람"], ["jhr@newspim.com"])
    assert a.subtitle_lines == [] and a.paragraphs == ["가상의 첫 문단이다."]
    assert [c.credit for c in a.photo_captions] == ["윤사진"]


def test_capture_without_title_or_dates():
    a = both((FIXTURES / "newspim_capture.txt").read_text(encoding="utf-8"), landing=date(2025, 4, 1))
    assert a.title is None and a.section is None and a.subtitle_lines == []
    assert a.reporters == ["정하람"] and a.dateline is None and a.reporter_emails == ["jhr@newspim.com"]
    assert a.paragraphs == ["가상의 해운사가 새 항로를 열었다고 밝혔다.", "항로는 매주 한 차례 운항한다."]
    assert a.published_at.isoformat() == "2025-04-01T00:00:00+09:00" and a.published_at_source == "landing_date"


def test_capture_without_title_uses_caption_date():
    text = ("본문내용\n\n[뉴스핌=정하람 기자] 가상의 첫 문단이다.\n\n"
            "가상의 공장 전경. [사진=가상전자] 2025.03.12 jhr@newspim.com\n\n둘째 문단이다.\n")
    a = both(text, landing=date(2025, 4, 1))
    assert a.title is None
    assert a.published_at.isoformat() == "2025-03-12T00:00:00+09:00" and a.published_at_source == "caption_date"


@pytest.mark.parametrize("stamp", ["기사등록 : 2025년03월14일 08:05", "기사등록 :\n2025-03-14 08:05", "등록 : 2025.03.14 08:05"])
def test_registration_stamp_shapes(stamp):
    a = both(f"산업 전기전자\n\n가상의 제목\n\n{stamp}\n\n본문내용\n\n[세종=뉴스핌] 정하람 기자 = 가상의 첫 문단이다.\n")
    assert a.title == "가상의 제목"
    assert a.published_at.isoformat() == "2025-03-14T08:05:00+09:00" and a.published_at_source == "page_field"


def test_photo_page_of_photo_desk_captions():
    cap = "가상의 항만에서 수출 화물이 선적을 기다리고 있다. 가상의 통계에 따르면 올해 물동량은 지난해보다 늘었다."
    a = both(f"[서울=뉴스핌] 가상인 기자 = {cap} 2025.03.14 gasang@newspim.com\n")
    assert a.paragraphs == [cap] and a.dateline == "서울" and a.reporters == []
    assert a.photo_captions[0].credit == "가상인" and a.photo_captions[0].date == "2025-03-14"
    # the date printed with the photo is the photo page's own stamp
    assert a.published_at.isoformat() == "2025-03-14T00:00:00+09:00" and a.published_at_source == "page_field"


def test_desk_caption_cut_by_the_capture_is_not_story_text():
    text = (HEAD + "[세종=뉴스핌] 나기자 기자 = 가상의 첫 문단이다.\n\n가상의 둘째 문단이다.\n\n"
            "[서울=뉴스핌] 가상인 기자 = 가상의 주유소에 차량이 줄지어 서 있다. 요\n")
    a = both(text)
    assert a.paragraphs == ["가상의 첫 문단이다.", "가상의 둘째 문단이다."]
    assert a.photo_captions[-1].text == "가상의 주유소에 차량이 줄지어 서 있다. 요" and a.photo_captions[-1].credit == "가상인"


def test_reader_image_cells_above_and_inside_the_story_are_captions():
    text = (HEAD + "![](https://img.example/a.jpg) |\n\n가상의 공장 전경 [사진=가상전자] |\n\n"
            "[세종=뉴스핌] 나기자 기자 = 가상의 첫 문단이다.\n\n가상의 둘째 문단이다.\n\n"
            "![](https://img.example/b.jpg) |\n\n가상의 항만 [사진=가상 뉴스룸] |\n\nnagija@newspim.com\n")
    a = parse_text_page(text, "x.txt", landing_date=date(2025, 4, 1))  # reader cells are read before the profile
    assert a.parser == PARSER and a.outlet == "newspim"
    assert a.subtitle_lines == [] and a.paragraphs == ["가상의 첫 문단이다.", "가상의 둘째 문단이다."]
    assert [(c.text, c.credit) for c in a.photo_captions] == [("가상의 공장 전경", "가상전자"), ("가상의 항만", "가상 뉴스룸")]
