"""Profile selection (URL, then the page itself), the outlet registry, and full invented pages per outlet style."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest

from chainwire.extract import PARSER, parse_text_page, select_profile
from chainwire.extract.dispatch import extract_raw, read_sidecar
from chainwire.extract.generic import PARSER_EN, PARSER_KO
from chainwire.extract.outlets import OUTLETS, outlet_article_id, outlet_for_page, outlet_for_url, outlet_name_for_url
from chainwire.extract.profiles import PROFILES

pytestmark = pytest.mark.unit  # make test-fast

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "extract"
REAL_SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "samples" / "newspim_page_dump.txt"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


# ---------------------------------------------------------------- the registry is data


def test_every_outlet_names_a_known_profile():
    names = [o.name for o in OUTLETS]
    assert len(names) == len(set(names))
    for o in OUTLETS:
        assert o.profile in PROFILES, o
        assert o.brands and o.domains and o.language in ("ko", "en")


@pytest.mark.parametrize(
    "url, outlet, article_id",
    [
        ("https://www.newspim.com/news/view/20240627000123", "newspim", "20240627000123"),
        ("https://m.newspim.com/news/view/20240627000123", "newspim", "20240627000123"),
        ("https://www.yna.co.kr/view/AKR20250329012300003", "yonhap", "AKR20250329012300003"),
        ("https://en.yna.co.kr/view/AEN20250329001200320", "yonhap_en", "AEN20250329001200320"),
        ("https://www.newsis.com/view/NISX20240627_0002789012", "newsis", "NISX20240627_0002789012"),
        ("https://www.thepublic.kr/news/articleView.html?idxno=123456", "thepublic", "123456"),
        ("https://www.koreaherald.com/article/3412345", "koreaherald", "3412345"),
    ],
)
def test_url_registry(url, outlet, article_id):
    o = outlet_for_url(url)
    assert o.name == outlet == outlet_name_for_url(url)
    assert outlet_article_id(o, url) == article_id


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("제목\n\n[세종=뉴스핌] 김가영 기자 = 본문.", "newspim"),
        ("제목\n\n(서울=연합뉴스) 홍길동 기자 = 본문.", "yonhap"),
        ("제목\n\n[서울=뉴시스]홍길동 기자 = 본문.", "newsis"),
        ("제목\n\n[더퍼블릭=홍길동 기자]본문.", "thepublic"),
        ("제목\n\n본문이다.\n\nⓒ 뉴시스 무단전재 및 재배포 금지", "newsis"),
        ("제목\n\n본문이다.\n\n<저작권자 ⓒ 더퍼블릭 무단전재 및 재배포 금지>", "thepublic"),
        ("제목\n\n본문이다.\n\ngildong@yna.co.kr", "yonhap"),
        ("Title\n\nSEOUL, June 27 (Yonhap) -- Body text here.", "yonhap_en"),
        ("Title\n\nBody text here.\n\nCopyright ⓒ Yonhap News Agency", "yonhap_en"),
        ("Title\n\nBody text here.\n\nkim@yna.co.kr", "yonhap_en"),
        ("Title\n\nBody text here.\n\n[ⓒ The Korea Herald]", "koreaherald"),
        # heraldcorp.com is the mail domain of several Herald Corp English titles (The Korea Herald, The
        # Investor): an address alone cannot tell which, so the page is "unknown", never a guess.
        ("Title\n\nBody text here.\n\nminji@heraldcorp.com", None),
        ("제목\n\n본문이다. 다른 매체 이야기.", None),
    ],
)
def test_outlet_recognised_from_the_page(text, outlet):
    o = outlet_for_page(text)
    assert (o.name if o else None) == outlet


def test_photo_credit_bracket_is_not_outlet_evidence():
    assert outlet_for_page("제목\n\n[사진=연합뉴스] 자료 사진\n\n본문.") is None


@pytest.mark.parametrize(
    "name, profile, outlet",
    [
        ("filled_dates.txt", "newspim", "newspim"),
        ("newspim_mobile.txt", "newspim", "newspim"),
        ("newspim_capture.txt", "newspim", "newspim"),
        ("yonhap_style.txt", "generic_ko", "yonhap"),
        ("newsis_style.txt", "generic_ko", "newsis"),
        ("smalloutlet_style.txt", "generic_ko", "thepublic"),
        ("broadcast_style.txt", "generic_ko", "ytn"),
        ("koreaherald_style.txt", "english_ko", "koreaherald"),
        ("yonhap_en_style.txt", "english_ko", "yonhap_en"),
    ],
)
def test_select_profile_from_the_page(name, profile, outlet):
    key, o = select_profile(fixture(name))
    assert (key, o.name if o else None) == (profile, outlet)


def test_url_beats_the_page_and_language_decides_the_profile():
    text = fixture("yonhap_style.txt")
    assert select_profile(text, "https://www.yna.co.kr/view/AKR20250329012300003")[0] == "generic_ko"
    # an English URL on a Korean page: the outlet comes from the URL, the profile from the language
    key, o = select_profile(text, "https://en.yna.co.kr/view/AEN20250329001200320")
    assert (key, o.name) == ("generic_ko", "yonhap_en")
    # a Newspim URL always gets the Newspim profile
    assert select_profile(fixture("newspim_capture.txt"), "https://m.newspim.com/news/view/20250314000001")[0] == "newspim"
    # nothing recognisable: the language picks the profile
    assert select_profile("Title\n\nA plain English page with a body.")[0] == "english_ko"
    assert select_profile("제목\n\n한국어 본문이다.")[0] == "generic_ko"


def test_dispatch_uses_the_sidecar_url(tmp_path):
    raw = tmp_path / "page.txt"
    raw.write_bytes(fixture("yonhap_style.txt").encode("utf-8"))
    (tmp_path / "page.txt.meta.json").write_text(json.dumps(
        {"url": "https://www.yna.co.kr/view/AKR20250329012300003", "fetched_at": "2025-03-29T10:00:00Z"}), encoding="utf-8")
    [rec] = extract_raw(raw.read_bytes(), "raw/2025-03-29/page.txt", date(2025, 3, 29), read_sidecar(raw))
    a = rec.article
    assert rec.error is None and a.parser == PARSER_KO
    assert (a.outlet, a.outlet_article_id) == ("yonhap", "AKR20250329012300003")
    assert a.published_at_source == "page_field"  # the page's own stamp beats the fetch time


def test_dispatch_jsonl_text_records_pick_their_own_profile():
    lines = [
        json.dumps({"url": "https://www.newsis.com/view/NISX20240627_0002789012", "text": fixture("newsis_style.txt")},
                   ensure_ascii=False),
        json.dumps({"url": "https://www.koreaherald.com/article/3412345", "text": fixture("koreaherald_style.txt")}),
        json.dumps({"text": fixture("newspim_mobile.txt")}, ensure_ascii=False),
    ]
    recs = extract_raw("\n".join(lines).encode("utf-8"), "raw/x.jsonl", date(2024, 6, 28))
    assert [r.error for r in recs] == [None, None, None]
    got = [(r.article.parser, r.article.outlet, r.article.outlet_article_id) for r in recs]
    assert got == [(PARSER_KO, "newsis", "NISX20240627_0002789012"), (PARSER_EN, "koreaherald", "3412345"),
                   (PARSER, "newspim", None)]


# ---------------------------------------------------------------- the real Newspim page still goes to Newspim


def test_real_sample_routes_to_newspim_and_matches_the_profile():
    if not REAL_SAMPLE.exists():
        pytest.skip(f"real Newspim sample absent: {REAL_SAMPLE}")
    from chainwire.extract import parse_page_dump

    text = REAL_SAMPLE.read_text(encoding="utf-8")
    a = parse_text_page(text, "s.txt", date(2024, 6, 28))
    assert a.to_dict() == parse_page_dump(text, "s.txt", landing_date=date(2024, 6, 28)).to_dict()
    assert (a.parser, a.outlet, a.dateline, a.reporters) == (PARSER, "newspim", "세종", ["김기랑"])
    assert len(a.paragraphs) == 13 and len(a.photo_captions) == 3 and len(a.related_teasers) == 2


# ---------------------------------------------------------------- full invented pages, every field


EXPECTED = {
    "yonhap_style.txt": dict(
        parser=PARSER_KO, outlet="yonhap", title='가상의 항만 물류 지원책 발표…"선적 지연 최소화"', subtitle_lines=[],
        section="경제", subsection=None, published_at="2025-03-29T18:00:03+09:00", updated_at="2025-03-29T19:05:00+09:00",
        published_at_source="page_field", dateline="부산", reporters=["한가람", "오세린"], reporter_roles=["기자", "기자"],
        reporter_emails=["garam@yna.co.kr", "serin@yna.co.kr"], language="ko", warnings=[],
        paragraphs=["가상의 해운 당국이 29일 항만 물류 지원책을 발표했다.", "지원책에는 선적 지연을 줄이기 위한 야간 하역 확대가 포함됐다.",
                    '당국은 "선적 지연을 최소화하겠다"고 말했다.'],
        photo_captions=[
            {"text": "가상의 항만에서 컨테이너 하역 작업이 진행되고 있다.", "credit": "윤사진", "date": "2025-03-28",
             "email": "photo@yna.co.kr"},
            {"text": "가상의 물류센터 전경.", "credit": "가상해운", "date": "2019-05-20", "email": None}],
    ),
    "newsis_style.txt": dict(
        parser=PARSER_KO, outlet="newsis", title="가상의 배터리 소재 공급망 점검회의",
        subtitle_lines=["양극재 수입선 다변화 논의", '업계 "세부 지침 필요"'], section=None,
        published_at="2024-06-27T09:30:00+09:00", updated_at="2024-06-27T10:00:00+09:00", dateline="세종",
        reporters=["한서준", "오예린"], reporter_emails=["hsj@newsis.com", "oyr@newsis.com"],
        paragraphs=["가상의 산업부가 27일 배터리 소재 공급망 점검회의를 열었다.", "회의에는 소재 기업 다섯 곳이 참석했다."],
        photo_captions=[{"text": "가상의 점검회의 모습.", "credit": "가상산업부", "date": "2024-06-27", "email": "photo@newsis.com"}],
        warnings=[],
    ),
    "smalloutlet_style.txt": dict(
        parser=PARSER_KO, outlet="thepublic", title="가상의 희토류 비축 확대", subtitle_lines=["비축 물량 두 배로"],
        section="산업", subsection="소재", published_at="2024-06-27T09:15:00+09:00", updated_at="2024-06-27T11:02:00+09:00",
        dateline=None, reporters=["정하람"], reporter_roles=["기자"], reporter_emails=["jhr@thepublic.kr"],
        paragraphs=["가상의 정부가 희토류 비축 물량을 두 배로 늘리기로 했다.", "비축 기지는 내년에 완공된다. (2024.06.27 09:00 기준 비축량 집계)"],
        photo_captions=[{"text": "가상의 비축 창고 모습", "credit": "더퍼블릭 윤사진 기자", "date": None, "email": None}],
        warnings=[],
    ),
    "broadcast_style.txt": dict(
        parser=PARSER_KO, outlet="ytn", title="가상의 항만 물류 차질 우려", reporters=["한서준"], reporter_roles=["기자"],
        published_at="2024-06-27T15:20:00+09:00", updated_at="2024-06-27T16:00:00+09:00", subtitle_lines=[],
        paragraphs=["가상의 항만에서 물류 차질이 우려되고 있습니다.", "가상의 항만에 컨테이너가 쌓여 있습니다.", "선사들은 대체 항로를 찾고 있습니다."],
        warnings=[],
    ),
    "koreaherald_style.txt": dict(
        parser=PARSER_EN, outlet="koreaherald", title="Seoul to widen tax credits for fictional chip equipment",
        subtitle_lines=["Plan includes policy loans through 2030"], section="Business", subsection="Industry",
        published_at="2024-06-27T09:15:00+09:00", updated_at="2024-06-27T11:02:00+09:00", dateline=None,
        reporters=["Han Seo-jun", "Oh Ye-rin"], reporter_roles=["", ""], reporter_emails=["hsj@heraldcorp.com"],
        language="en", warnings=[],
        paragraphs=["The fictional industry ministry said Thursday it will widen tax credits for chip equipment investment "
                    "to keep supply chains at home.", '"We will act quickly," the minister said.'],
        photo_captions=[{"text": "Workers inspect a fictional wafer line in Pyeongtaek.", "credit": "Fictional Chips",
                         "date": None, "email": None}],
    ),
    "yonhap_en_style.txt": dict(
        parser=PARSER_EN, outlet="yonhap_en", title="(LEAD) S. Korea to stockpile more fictional rare earths",
        section="Economy", published_at="2025-03-29T18:00:00+09:00", updated_at=None, dateline="SEJONG",
        reporters=["Jung Ha-ram"], reporter_emails=["jhr@yna.co.kr"], language="en", warnings=[],
        paragraphs=["South Korea will double its stockpile of fictional rare earths by 2030, the industry ministry said Saturday.",
                    "The plan calls for 1.2 trillion won in funding."],
        photo_captions=[{"text": "This file photo shows a fictional storage facility.", "credit": "Yonhap", "date": None,
                         "email": None}],
    ),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_full_fixture_pages(name):
    a = parse_text_page(fixture(name), name, landing_date=date(2025, 4, 1))
    d = a.to_dict()
    for k, v in EXPECTED[name].items():
        assert d[k] == v, (k, d[k])
    assert d["published_at_confidence"] == 1.0
    assert not any("@" in p or "ⓒ" in p or "Copyright" in p or p in ("(끝)", "(END)") for p in a.paragraphs)


# ---------------------------------------------------------------- robustness of the new profiles


def _junk():
    rng = random.Random(4321)
    yield ""
    yield "\ufeff\r\n\r\n"
    yield bytes(rng.randrange(256) for _ in range(3000)).decode("latin-1")
    yield "".join(chr(rng.randrange(0x20, 0x2FFF)) for _ in range(4000))
    yield "(서울=연합뉴스)\n(끝)"
    yield "송고시간\n등록 수정 입력 승인"
    yield "By\nPublished :\nUpdated :\n(END)"
    yield "![" * 3000
    yield "(" * 3000 + "=" * 3000 + ")" * 3000
    yield "ⓒ" * 5000
    yield "기자ㅣ" * 2000


@pytest.mark.parametrize("text", list(_junk()), ids=lambda t: repr(t[:12]))
def test_junk_never_raises_in_any_profile(text):
    for key in PROFILES:
        a = PROFILES[key](text, "junk.txt", None, None)
        assert a.parser_error is None, (key, a.parser_error)
        a.to_dict()
    parse_text_page(text, "junk.txt")


@pytest.mark.parametrize("piece", ["(서울=연합뉴스) ", "입력 2024.06.27 09:30 ", "a@b.co ", "![x](y) ", "2024.06.27. ",
                                   "By Kim Min-ji, ", "[ 홍길동 기자 / ", "ⓒ 가상일보 "])
def test_pathological_lines_are_linear_in_generic_profiles(piece):
    blob = piece * (300_000 // len(piece))
    page = f"제목\n입력 2024.06.27 09:30\n(서울=연합뉴스) 홍길동 기자 = 첫 문단.\n{blob}\n{blob}\n끝 문단이다.\n"
    for fn in (PROFILES["generic_ko"], PROFILES["english_ko"]):
        a = fn(page, "p.txt", None, None)  # a regex blow-up would hang here (bench_parse measures the speed)
        assert a.parser_error is None, (piece, a.parser_error)
