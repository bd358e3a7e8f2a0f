"""The Newspim profile on the real page dump (read from ../shared, never copied) and on invented fixtures."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from chainwire.extract import PARSER, PARSER_VERSION, parse_page_dump
from chainwire.extract.dates import SEOUL

pytestmark = pytest.mark.unit  # make test-fast

SHARED = Path(__file__).resolve().parents[2] / "shared"
REAL_SAMPLE = SHARED / "samples" / "newspim_page_dump.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract"
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")

# What a careful reader sees on the real page, as SHA-256 digests (first 16 hex) of the text, with the
# length of the prefix checked: the page's article text stays in ../shared and never enters the project.
READ = {
    "title": (None, "8fc78ed51c316a44"),
    "title_prefix": (8, "08634164bc7cbb2b"),
    "deck_0": (7, "07a794847e94176f"),
    "deck_2": (7, "87afbf66f6ce7b54"),
    "para_0": (11, "e8291963b9475d2e"),
    "para_1": (17, "e5e1a01ce7233ef0"),
    "para_last": (7, "c0efa66d230f735a"),
    "caption": (15, "c303b47cb23f4edd"),
    "caption_0": (19, "91f152fd8a475bdc"),
    "caption_2": (18, "f69b00b8dbbc4b0d"),
    "teaser_0_title": (None, "636264147dcacc65"),
    "teaser_1_title": (None, "496b9e0a4f6ae888"),
    "teaser_0": (8, "4b056e30ed1cf879"),
    "teaser_1": (6, "5ecb3a074d719098"),
    "reason_0": (8, "22d7db9ddd683338"),
}


def reads(key: str, text: str) -> bool:
    """``text`` equals (or, with a prefix length, starts with) what the reader sees for ``key``."""
    length, digest = READ[key]
    part = text if length is None else text[:length]
    return hashlib.sha256(part.encode()).hexdigest()[:16] == digest


@pytest.fixture(scope="module")
def real_text() -> str:
    if not REAL_SAMPLE.exists():
        pytest.skip(f"real Newspim sample absent: {REAL_SAMPLE} (../shared is not mounted here)")
    return REAL_SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def real(real_text):
    return parse_page_dump(real_text, "samples/newspim_page_dump.txt", landing_date=date(2024, 6, 28))


def fixture_text(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


# ---------------------------------------------------------------- real sample, field by field


def test_real_identity_fields(real):
    assert real.source_path == "samples/newspim_page_dump.txt"
    assert real.outlet == "newspim"
    assert real.url is None and real.outlet_article_id is None
    assert real.parser == PARSER == f"chainwire-newspim@{PARSER_VERSION}"
    assert real.language == "ko"


def test_real_section_title_deck(real):
    assert (real.section, real.subsection) == ("경제", "경제일반")
    assert reads("title", real.title)
    assert len(real.subtitle_lines) == 3
    assert reads("deck_0", real.subtitle_lines[0])
    assert reads("deck_2", real.subtitle_lines[2])
    assert all("뉴스핌]" not in s and "※" not in s for s in real.subtitle_lines)


def test_real_published_at_from_captions_not_teasers(real):
    assert real.published_at == datetime(2024, 6, 27, tzinfo=SEOUL)
    assert real.published_at.isoformat() == "2024-06-27T00:00:00+09:00"
    assert real.published_at_source == "caption_date"
    assert real.published_at_confidence == 0.7
    assert real.updated_at is None


def test_real_published_at_ignores_landing_date(real_text):
    for landing in (None, date(2026, 1, 7), date(2024, 6, 27)):
        a = parse_page_dump(real_text, "x", landing_date=landing)
        assert a.published_at.isoformat() == "2024-06-27T00:00:00+09:00"
        assert a.published_at_source == "caption_date"


def test_real_byline_and_emails(real):
    assert real.dateline == "세종"
    assert real.reporters == ["김기랑"]
    assert real.reporter_roles == ["기자"]
    assert real.reporter_emails == ["rang@newspim.com"]


def test_real_paragraphs(real):
    # Counted by hand: 13 body paragraphs (lines 29..57 minus the three captions).
    assert len(real.paragraphs) == 13
    assert reads("para_0", real.paragraphs[0])
    assert reads("para_1", real.paragraphs[1])
    assert reads("para_last", real.paragraphs[-1])
    assert real.body_text == "\n\n".join(real.paragraphs)
    for p in real.paragraphs:
        assert p == p.strip() and p
        assert "[사진=" not in p
        assert "뉴스핌]" not in p  # no byline left, nothing from teasers
        assert not EMAIL_RE.search(p)
        assert "Top으로" not in p and "영향 종목" not in p and "안다쇼핑" not in p
        assert "췌장암" not in p and "북극항로" not in p  # teaser stories
        assert not p.startswith(("•", "※"))


def test_real_photo_captions(real):
    caps = real.photo_captions
    assert len(caps) == 3
    for c in caps:
        assert c.credit == "산업통상자원부"
        assert c.date == "2024-06-27"
        assert c.email == "rang@newspim.com"
        assert reads("caption", c.text)
        assert c.text.endswith("참석했다.")
        assert "[사진=" not in c.text and "@" not in c.text
    assert reads("caption_0", caps[0].text)
    assert reads("caption_2", caps[2].text)


def test_real_related_teasers(real):
    ts = real.related_teasers
    assert len(ts) == 2
    assert [t.dateline for t in ts] == ["베이징", "부산"]
    assert [t.reporters for t in ts] == [["조용성"], ["최영수"]]
    assert [t.published_at for t in ts] == [
        datetime(2026, 1, 6, 11, 36, tzinfo=SEOUL),
        datetime(2026, 1, 6, 11, 0, tzinfo=SEOUL),
    ]
    assert reads("teaser_0_title", ts[0].title)
    assert reads("teaser_1_title", ts[1].title)
    for t in ts:
        assert t.text and not t.text.startswith(("=", " "))
        assert "뉴스핌] " not in t.text[:5]
        assert not re.search(r"@\S+\s*$", t.text)
        assert not re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", t.text)
    assert reads("teaser_0", ts[0].text)
    assert reads("teaser_1", ts[1].text)


def test_real_stock_impacts(real):
    got = [(s.company, s.sector, s.direction) for s in real.stock_impacts]
    assert got == [
        ("Lockheed Martin Corp.", "Industrials", "positive"),
        ("Caterpillar Inc.", "Industrials", "negative"),
    ]
    for s in real.stock_impacts:
        assert s.reason and s.reason.endswith(".") and "•" not in s.reason
        assert "뉴스핌 AI가 분석한" not in s.reason  # the disclaimer is not a reason
    assert reads("reason_0", real.stock_impacts[0].reason)


def test_real_machine_generated_and_warnings(real):
    assert real.machine_generated == {"ai_summary": False, "ai_translation": False, "ai_stock_analysis": True}
    joined = " ".join(real.warnings)
    assert "no title" not in joined and "no byline" not in joined and real.parser_error is None


def test_real_to_dict_is_json_ready(real):
    import json

    d = real.to_dict()
    json.dumps(d, ensure_ascii=False)
    assert d["published_at"] == "2024-06-27T00:00:00+09:00"
    assert d["related_teasers"][0]["published_at"] == "2026-01-06T11:36:00+09:00"
    assert d["body_text"] == real.body_text


def test_real_filled_page_fields_win(real_text):
    """Same page with 기사입력/최종수정 filled (edited in memory): the page field wins, captions don't."""
    text = real_text.replace("기사입력 :", "기사입력 : 2024년06월27일 09:15", 1)
    text = text.replace("최종수정 :", "최종수정 : 2024년06월27일 11:02", 1)
    a = parse_page_dump(text, "x", landing_date=date(2024, 6, 28))
    assert a.published_at == datetime(2024, 6, 27, 9, 15, tzinfo=SEOUL)
    assert a.published_at_source == "page_field" and a.published_at_confidence == 1.0
    assert a.updated_at == datetime(2024, 6, 27, 11, 2, tzinfo=SEOUL)
    assert reads("title_prefix", a.title) and len(a.paragraphs) == 13


def test_real_without_captions_uses_lead_day(real_text):
    """Captions removed in memory: the lead's 26일(현지시간) resolves against the landing date."""
    text = "\n".join(line for line in real_text.split("\n") if "[사진=" not in line)
    a = parse_page_dump(text, "x", landing_date=date(2024, 6, 28))
    assert a.photo_captions == []
    assert a.published_at == datetime(2024, 6, 26, tzinfo=SEOUL)
    assert a.published_at_source == "body_relative_date" and a.published_at_confidence == 0.5
    b = parse_page_dump(text, "x", landing_date=date(2024, 7, 3))
    assert b.published_at.date() == date(2024, 6, 26)
    c = parse_page_dump(text, "x", landing_date=None)
    assert c.published_at is None and c.published_at_source is None
    assert any("published_at unresolved" in w for w in c.warnings)


def test_real_crlf_and_bom(real_text):
    a = parse_page_dump("\ufeff" + real_text.replace("\n", "\r\n"), "x")
    assert reads("title_prefix", a.title) and len(a.paragraphs) == 13 and len(a.photo_captions) == 3


def test_real_bytes_input(real_text):
    a = parse_page_dump(real_text.encode("utf-8"), "x")
    assert a.reporters == ["김기랑"] and len(a.related_teasers) == 2


# ---------------------------------------------------------------- invented fixtures


def test_fixture_filled_dates_summary_two_reporters():
    a = parse_page_dump(fixture_text("filled_dates.txt"), "filled_dates.txt")
    assert (a.section, a.subsection) == ("산업", "자동차")
    assert a.title == "[단독] 가상의 부품사, 전기차 감속기 공장 증설"
    assert a.subtitle_lines == ["연간 생산능력 두 배로 늘려", "하반기 북미 납품 시작"]
    assert a.published_at == datetime(2025, 3, 14, 8, 5, tzinfo=SEOUL)
    assert a.updated_at == datetime(2025, 3, 14, 10, 40, tzinfo=SEOUL)
    assert a.published_at_source == "page_field"
    assert a.dateline == "서울"
    assert a.reporters == ["한서준", "오예린"] and a.reporter_roles == ["기자", "기자"]
    assert a.reporter_emails == ["hsj@newspim.com", "oyr@newspim.com"]
    assert a.machine_generated == {"ai_summary": True, "ai_translation": False, "ai_stock_analysis": False}
    assert len(a.paragraphs) == 4 and a.paragraphs[0].startswith("가상의 자동차 부품 회사")
    assert not any(p.startswith("•") or "AI 요약" in p for p in a.paragraphs + a.subtitle_lines)
    assert [c.date for c in a.photo_captions] == ["2025-03-13", "2025-03-14"]
    assert [t.title for t in a.related_teasers] == ["가상 항만에 무인 크레인 첫 도입"]
    assert a.related_teasers[0].text == "가상의 항만공사가 무인 크레인을 들여왔다. 작업 속도가 빨라질 전망이다."
    assert a.warnings == []


def test_fixture_caption_tie_takes_latest():
    text = fixture_text("filled_dates.txt").replace("기사입력 : 2025년03월14일 08:05", "기사입력 :")
    a = parse_page_dump(text, "x", landing_date=date(2025, 3, 20))
    assert a.published_at == datetime(2025, 3, 14, tzinfo=SEOUL)  # 03-13 ×1 vs 03-14 ×1 → latest
    assert a.published_at_source == "caption_date"
    assert a.updated_at == datetime(2025, 3, 14, 10, 40, tzinfo=SEOUL)


def test_fixture_caption_majority_beats_latest():
    text = fixture_text("filled_dates.txt").replace("기사입력 : 2025년03월14일 08:05", "기사입력 :")
    text = text.replace("새 공장 조감도. [사진=미리내기어] 2025.03.14", "새 공장 조감도. [사진=미리내기어] 2025.03.13")
    text = text.replace("업계에서는", "조감도 둘. [사진=미리내기어] 2025.03.15 hsj@newspim.com\n\n업계에서는")
    a = parse_page_dump(text, "x", landing_date=date(2025, 3, 20))
    assert a.published_at.date() == date(2025, 3, 13)


def test_fixture_old_byline_translation_notice_stocks():
    a = parse_page_dump(fixture_text("relative_day.txt"), "relative_day.txt", landing_date=date(2025, 4, 2))
    assert a.dateline is None and a.reporters == ["정하람"] and a.reporter_roles == ["기자"]
    assert a.paragraphs[0].startswith("가상의 섬나라 폴라리아")
    assert len(a.paragraphs) == 3 and not any("AI 번역" in p for p in a.paragraphs)
    assert a.machine_generated == {"ai_summary": False, "ai_translation": True, "ai_stock_analysis": True}
    assert a.published_at == datetime(2025, 3, 9, tzinfo=SEOUL)  # 지난 9일, landing 2025-04-02
    assert a.published_at_source == "body_relative_date"
    assert [(s.company, s.sector, s.direction) for s in a.stock_impacts] == [
        ("Example Materials Co.", "Materials", "positive"),
        ("Sample Motors Inc.", "Consumer Discretionary", "negative"),
        ("Placeholder Grid Corp.", "Utilities", "negative"),
    ]
    assert a.stock_impacts[1].reason == "가상의 원가 부담이 커질 수 있음. 납품 일정이 늦어질 가능성도 있음."
    assert (a.section, a.subsection) == ("글로벌", "국제경제")


def test_fixture_landing_date_fallback_and_undated_caption():
    a = parse_page_dump(fixture_text("landing_only.txt"), "landing_only.txt", landing_date=date(2025, 5, 5))
    assert a.dateline == "뉴욕" and a.reporters == ["윤다온"] and a.reporter_roles == ["특파원"]
    assert len(a.photo_captions) == 1
    cap = a.photo_captions[0]
    assert (cap.text, cap.credit, cap.date, cap.email) == ("야간 버스 정류장 모습.", "가상시 교통국", None, None)
    # undated caption, no N일 in the lead, teaser date 2030 ignored → landing date
    assert a.published_at == datetime(2025, 5, 5, tzinfo=SEOUL)
    assert a.published_at_source == "landing_date" and a.published_at_confidence == 0.2
    assert a.reporter_emails == []
    assert a.related_teasers[0].published_at == datetime(2030, 1, 1, 9, 0, tzinfo=SEOUL)


def test_fixture_no_article_page():
    a = parse_page_dump(fixture_text("no_article.txt"), "no_article.txt", landing_date=date(2025, 5, 5))
    assert a.title is None and a.paragraphs == [] and a.published_at is None
    assert a.warnings and any("no title" in w for w in a.warnings)
    assert set(a.machine_generated) == {"ai_summary", "ai_translation", "ai_stock_analysis"}


@pytest.mark.parametrize(
    "head, published, updated",
    [
        ("기사입력 : 2024년06월27일 09:15\n\n최종수정 : 2024년06월27일 10:00", "2024-06-27T09:15:00+09:00", "2024-06-27T10:00:00+09:00"),
        ("기사입력 : 2024년06월27일 09:15 최종수정 : 2024년06월27일 10:00", "2024-06-27T09:15:00+09:00", "2024-06-27T10:00:00+09:00"),
        ("입력 2024.03.05 오후 3:20 | 수정 2024.03.05 오후 4:00", "2024-03-05T15:20:00+09:00", "2024-03-05T16:00:00+09:00"),
        ("기사입력 :\n2024-06-27 09:30:00\n최종수정 :\n2025/09/08 17:26", "2024-06-27T09:30:00+09:00", "2025-09-08T17:26:00+09:00"),
        ("기사입력 : 2019.05.20. 오후 5:44\n\n최종수정 :", "2019-05-20T17:44:00+09:00", None),
    ],
)
def test_head_field_shapes(head, published, updated):
    page = f"경제 경제일반\n\n가상의 제목\n\n{head}\n\n[서울=뉴스핌] 김가영 기자 = 가상의 본문.\n"
    a = parse_page_dump(page, "x.txt", landing_date=date(2030, 1, 1))
    assert a.title == "가상의 제목"
    assert a.published_at.isoformat() == published and a.published_at_source == "page_field"
    assert (a.updated_at.isoformat() if a.updated_at else None) == updated
    assert a.paragraphs == ["가상의 본문."] and a.warnings == []
