"""The parser never raises on junk; decode_bytes handles UTF-8, CP949/EUC-KR and rejects binary."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from chainwire.extract import decode_bytes, html, newspim, parse_page_dump
from chainwire.extract.article import Article
from pure_parser import needs_pure_parser, only_with_the_compiled_parser, run_with_the_pure_parser

pytestmark = pytest.mark.unit  # make test-fast

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract"
MG_KEYS = {"ai_summary", "ai_translation", "ai_stock_analysis"}


def _junk_texts():
    rng = random.Random(1234)
    yield ""
    yield "   \n\n\t  \n"
    yield "\x00\x01\x02 binary-ish \x00 \ufffd\ufffd"
    yield bytes(rng.randrange(256) for _ in range(4000)).decode("latin-1")
    yield "".join(chr(rng.randrange(0x20, 0x2FFF)) for _ in range(5000))
    yield "기사입력 :"
    yield "기사입력 :\n최종수정 :"
    yield "기사입력 : 2024년99월99일 99:99\n최종수정 : 아무거나"
    yield "[세종=뉴스핌]"
    yield "[세종=뉴스핌] = "
    yield "[뉴스핌 베스트 기사]\n사진\n사진\n[부산=뉴스핌] = 2026-01-06 11:00"
    yield "긍정 영향 종목\n  • \n    \n부정 영향 종목\n  •"
    yield "AI 요약\n• \n•"
    yield "[" * 5000 + "=" * 5000 + "]" * 5000
    yield "제목\n기사입력 :\n" + "[사진=" * 3000
    yield ("a@b.co " * 2000).strip()
    yield "\r\r\r\n\n\r"
    yield "\ufeff"


@pytest.mark.parametrize("text", list(_junk_texts()), ids=lambda t: repr(t[:20]))
def test_junk_never_raises(text):
    a = parse_page_dump(text, "junk.txt")
    assert isinstance(a, Article)
    assert set(a.machine_generated) == MG_KEYS
    assert a.parser and a.source_path == "junk.txt"
    assert a.parser_error is None, a.parser_error
    a.to_dict()


def test_empty_page_warns():
    a = parse_page_dump("", "empty.txt")
    assert a.title is None and a.paragraphs == [] and a.published_at is None
    assert "empty page" in a.warnings


def test_no_article_page_has_nothing():
    a = parse_page_dump((FIXTURES / "no_article.txt").read_text(encoding="utf-8"), "x")
    assert a.title is None and a.paragraphs == []
    assert a.warnings


def test_huge_text_is_safe():
    fixture = (FIXTURES / "filled_dates.txt").read_text(encoding="utf-8")
    body_line = "가상의 문단이 아주 길게 이어진다. " * 40
    huge = fixture.replace("업계에서는", "\n\n".join([body_line] * 3000) + "\n\n업계에서는")
    assert len(huge) > 2_000_000
    a = parse_page_dump(huge, "huge.txt")
    assert len(a.paragraphs) == 3004
    one_line = "가" * 2_000_000
    assert parse_page_dump(one_line, "one_line.txt").title is None


def test_junk_bytes_never_raise():
    rng = random.Random(99)
    a = parse_page_dump(bytes(rng.randrange(256) for _ in range(2000)), "junk.bin")
    assert isinstance(a, Article) and a.paragraphs == []


# ---------------------------------------------------------------- decode_bytes


def test_decode_utf8_fast_path():
    assert decode_bytes("가상의 기사 본문".encode()) == ("가상의 기사 본문", "utf-8")
    assert decode_bytes(b"") == ("", "utf-8")


def test_decode_utf8_bom():
    text, enc = decode_bytes("\ufeff가상".encode("utf-8"))
    assert text == "가상" and enc == "utf-8-sig"


@pytest.mark.parametrize("codec", ["cp949", "euc-kr"])
def test_decode_legacy_korean(codec):
    original = (FIXTURES / "filled_dates.txt").read_text(encoding="utf-8").replace("•", "-")
    text, enc = decode_bytes(original.encode(codec))
    assert text == original
    assert enc.replace("_", "-").lower() in {"cp949", "euc-kr", "uhc", "johab"} or "949" in enc


def test_decode_short_cp949():
    text, _ = decode_bytes("한국어 문장입니다. 가상의 기사.".encode("cp949"))
    assert text == "한국어 문장입니다. 가상의 기사."


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\x03" * 100,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        b"PK\x03\x04" + b"\x00" * 50,
    ],
)
def test_decode_rejects_binary(data):
    with pytest.raises(ValueError, match="binary|undecodable"):
        decode_bytes(data)


@pytest.mark.parametrize(
    "piece",
    ["[사진=", "[사진=X] ", "a@b.co", "a@b.coa@b.co ", "2024.06.27 ", "[서울=뉴스핌] ", "x" * 7 + "@", "2026-01-06 11:00 "],
)
def test_pathological_lines_are_linear(piece):
    """Long repetitive lines in every region (header, body, teaser block): no regex blow-up (it would hang
    here; bench_parse measures the speed)."""
    blob = piece * (400_000 // len(piece))
    page = (
        f"제목\n기사입력 :\n\n[세종=뉴스핌] 김기자 기자 = 첫 문단.\n\n{blob}\n\n"
        f"[뉴스핌 베스트 기사]\n사진\n제목 [부산=뉴스핌] 최기자 기자 = {blob}\n긍정 영향 종목\n  • {blob}\n"
    )
    a = parse_page_dump(page, "p.txt")
    assert a.parser_error is None, a.parser_error


def test_byline_without_head():
    """No 기사입력 line: body still comes from the byline on; no title or deck is guessed."""
    page = "경제 경제일반\n\n가상의 제목 줄\n\n[서울=뉴스핌] 한서준 기자 = 가상의 첫 문단.\n\n둘째 문단.\n\nhsj@newspim.com\n"
    a = parse_page_dump(page, "x.txt", landing_date=None)
    assert a.title is None and a.subtitle_lines == []
    assert a.paragraphs == ["가상의 첫 문단.", "둘째 문단."]
    assert a.reporters == ["한서준"] and a.reporter_emails == ["hsj@newspim.com"] and a.outlet == "newspim"
    assert any("no title" in w for w in a.warnings)


def test_head_without_byline():
    """기사입력 present but no byline: deck = first short block, the rest is body, with a warning."""
    page = (
        "경제 경제일반\n가상의 제목\n기사입력 : 2025.03.05 오후 3:20\n\n짧은 부제 하나\n짧은 부제 둘\n\n"
        "바이라인 없이 시작하는 가상의 첫 문단이다.\n\n둘째 문단이다.\n\nTop으로 이동\n"
    )
    a = parse_page_dump(page, "x.txt")
    assert a.title == "가상의 제목" and (a.section, a.subsection) == ("경제", "경제일반")
    assert a.published_at.isoformat() == "2025-03-05T15:20:00+09:00"
    assert a.subtitle_lines == ["짧은 부제 하나", "짧은 부제 둘"]
    assert a.paragraphs == ["바이라인 없이 시작하는 가상의 첫 문단이다.", "둘째 문단이다."]
    assert a.reporters == [] and "no byline" in a.warnings


# ---------------------------------------------------------------- a parser rule that raises

NEWSPIM_PAGE = ("경제 경제일반\n반도체 수출 규제 강화\n기사입력 : 2026년11월02일 09:15\n\n"
                "[세종=뉴스핌] 김가온 기자 = 정부가 반도체 소재 수출 규제를 강화한다고 2일 밝혔다.\n\n"
                "kim@newspim.com\n")


@needs_pure_parser
def test_a_profile_rule_that_raises_is_kept_in_parser_error(monkeypatch):

    def broken_finish(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(newspim, "_finish", broken_finish)
    a = parse_page_dump(NEWSPIM_PAGE, "np.txt")
    assert a.parser_error == "IndexError: list index out of range"
    assert a.title == "반도체 수출 규제 강화"  # half-parsed: what ran before the failure is there
    assert a.published_at_source is None  # ...and what came after is not
    assert not any("IndexError" in w for w in a.warnings)  # recorded once, in its own field


def test_a_profile_that_runs_through_has_no_parser_error():
    a = parse_page_dump(NEWSPIM_PAGE, "np.txt")
    assert a.parser_error is None and a.title and a.published_at_source == "page_field"


@needs_pure_parser
def test_an_html_parser_failure_is_kept_in_parser_error(monkeypatch):
    from datetime import date

    def broken(*args, **kwargs):
        raise ValueError("bad tree")

    monkeypatch.setattr(html, "_parse", broken)
    a = html.parse_html("<html><body><p>x</p></body></html>", "x.html", landing_date=date(2026, 11, 2))
    assert a.parser_error == "ValueError: bad tree"
    assert a.published_at_source == "landing_date"  # the landing-date fallback still applies


@only_with_the_compiled_parser
def test_the_parser_error_tests_pass_with_the_pure_parser():
    """The tests above patch a parser function, which the compiled parser in this process does not take: they
    skip here and run in a child process with the pure parser."""
    run_with_the_pure_parser(__file__, "test_a_profile_rule_that_raises_is_kept_in_parser_error", "test_an_html_parser_failure_is_kept_in_parser_error")
