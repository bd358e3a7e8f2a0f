"""HTML article extraction: metadata, body cleanup, decoding, junk input, benchmark quality.

Fixtures under tests/fixtures/html/ are invented pages (our own words). The benchmark test runs
the public article-extraction benchmark from ../shared when it is mounted.
"""

from __future__ import annotations

import importlib.util
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from chainwire.extract.article import PUBLISHED_AT_SOURCES, Article
from chainwire.extract.html import PARSER, decode_html, parse_html
from chainwire.extract.html_body import Line, complete_from_siblings, is_boilerplate
from chainwire.extract.html_meta import outlet_from_url, parse_date, strip_site_suffix
from chainwire.extract.language import detect_language

pytestmark = pytest.mark.unit  # make test-fast

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "html"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "article-extraction-benchmark"
SEOUL = timedelta(hours=9)

# chainwire's F1 on the benchmark's held-out half (83 pages, 67 sites; split by salted site hash,
# bench/bench_extraction_html.py) when this test was written; trafilatura 2.3.1 alone there:
# 0.9467, comments excluded 0.9561. The tuning half is not a quality claim (rules were fitted there).
ACHIEVED_HELDOUT_F1 = 0.9762
F1_SLACK = 0.002


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def ko_article() -> Article:
    return parse_html(
        (FIXTURES / "ko_article.html").read_bytes(),
        source_path="raw/2026-11-02/ko_article.html",
        url="https://www.newspim.com/news/view/20261102000123",
    )


@pytest.fixture(scope="module")
def en_article() -> Article:
    return parse_html(_fixture("en_jsonld.html"), source_path="raw/en_jsonld.html")


# ---------------------------------------------------------------- Korean page: <meta> fields


def test_korean_meta_fields(ko_article):
    a = ko_article
    assert a.parser == PARSER == "chainwire-html@0.1.0"
    assert a.source_path == "raw/2026-11-02/ko_article.html"
    assert a.title == "정부, 반도체 소재 공급망 점검회의 개최"  # og:title, not the "| 뉴스핌" <title>
    assert a.outlet == "newspim"
    assert a.url == "https://www.newspim.com/news/view/20261102000123"
    assert a.section == "경제"
    assert a.language == "ko"
    assert a.warnings == []


def test_korean_naive_published_time_is_seoul(ko_article):
    a = ko_article
    assert a.published_at == datetime(2026, 11, 2, 9, 30, tzinfo=timezone(SEOUL))
    assert a.published_at.utcoffset() == SEOUL
    assert a.published_at_source == "page_field"
    assert a.published_at_source in PUBLISHED_AT_SOURCES
    assert a.published_at_confidence == 1.0
    assert a.updated_at == datetime(2026, 11, 2, 11, 5, tzinfo=timezone(SEOUL))


def test_korean_byline_and_signature(ko_article):
    a = ko_article
    assert a.reporters == ["김하늘"]
    assert a.reporter_roles == ["기자"]
    assert a.dateline == "세종"
    assert a.reporter_emails == ["hanul.kim@example.com"]


def test_korean_body_is_the_article_only(ko_article):
    a = ko_article
    assert len(a.paragraphs) == 4
    assert a.paragraphs[0].startswith("정부가 반도체 제조에 쓰이는")  # byline prefix taken off
    assert a.paragraphs[-1].endswith("검토할 계획이다.")
    body = a.body_text
    for chrome in ("관련기사", "배터리 원료 수입선", "많이 본 뉴스", "무단전재", "회원가입", "hanul.kim@", "All rights"):
        assert chrome not in body
    assert a.body_text == "\n\n".join(a.paragraphs)
    d = a.to_dict()
    assert d["published_at"] == "2026-11-02T09:30:00+09:00"
    assert d["body_text"] == a.body_text


# ---------------------------------------------------------------- English page: JSON-LD fields


def test_jsonld_fields(en_article):
    a = en_article
    assert a.title == "Port Congestion Eases as Freight Rates Slide"
    assert a.published_at == datetime(2026, 10, 30, 14, 15, tzinfo=UTC)
    assert a.published_at_source == "page_field"
    assert a.updated_at == datetime(2026, 10, 30, 18, 40, tzinfo=timezone(timedelta(hours=-4)))
    assert a.reporters == ["Dana Whitfield", "Omar Castellanos"]
    assert a.reporter_roles == ["", ""]
    assert a.section == "Logistics"
    assert a.language == "en"
    assert a.outlet is None and a.url is None  # no URL given and none on the page


def test_english_body_drops_headline_and_boilerplate(en_article):
    a = en_article
    assert len(a.paragraphs) == 6
    assert a.paragraphs[0].startswith("Container backlogs at three major ports")
    assert a.paragraphs[-1].startswith("Analysts cautioned")
    body = a.body_text
    assert "Port Congestion Eases" not in body  # headline repeated at the top of the body
    assert "Read more:" not in body
    # Calls to action are no longer a rule: it lost on the benchmark's held-out half
    # (docs/html-extraction.md), so the newsletter line in the story stays.
    assert a.paragraphs[4].startswith("Sign up for our free Supply Lines newsletter")
    assert "Tags:" not in body
    assert "All rights reserved" not in body


def test_outlet_from_url_argument_wins_over_page(en_article):
    a = parse_html(_fixture("en_jsonld.html"), "x.html", url="https://news.harborledger.co.uk/a/1")
    assert a.url == "https://news.harborledger.co.uk/a/1"
    assert a.outlet == "harborledger"


def test_jsonld_metadata_but_no_jsonld_body():
    """A page whose text is only in JSON-LD articleBody: metadata from JSON-LD, no body.

    Taking the body from articleBody never fired on either half of the benchmark, so it did not
    win on the held-out half and was removed (docs/html-extraction.md); the page says so instead.
    """
    a = parse_html(_fixture("jsonld_body_only.html"), "x.html")
    assert a.title == "Lithium refiners weigh new plants"
    assert a.paragraphs == []
    assert "no article body found" in a.warnings
    assert "JavaScript" not in a.body_text
    assert a.reporters == ["Priya Natarajan"]
    # itemprop=datePublished with a date only: midnight, Asia/Seoul.
    assert a.published_at == datetime(2026, 9, 14, tzinfo=timezone(SEOUL))


def test_body_split_over_identical_containers():
    a = parse_html(_fixture("split_body.html"), "x.html")
    assert len(a.paragraphs) == 6
    assert "Advertisement" not in a.body_text
    assert a.title == "Why small suppliers struggle with audits"

    # trafilatura sometimes keeps only the first container (seen on the benchmark): the others
    # with the same tag and class, under the same grandparent, are added back in page order.
    from trafilatura.utils import load_html

    tree = load_html(_fixture("split_body.html"))
    first = [Line(p, 0.0, len(p.split())) for p in a.paragraphs[:3]]
    completed = complete_from_siblings(tree, first)
    assert [ln.text for ln in completed] == a.paragraphs


# ---------------------------------------------------------------- decoding


def test_bytes_cp949_with_meta_charset():
    page = _fixture("ko_article.html").replace('<meta charset="utf-8">', '<meta charset="euc-kr">')
    a = parse_html(page.encode("cp949", "xmlcharrefreplace"), "legacy.html", url="https://www.yna.co.kr/view/AKR1")
    assert a.title == "정부, 반도체 소재 공급망 점검회의 개최"
    assert a.paragraphs and a.paragraphs[0].startswith("정부가")
    assert a.outlet == "yonhap"
    assert "decoded as cp949" in a.warnings


def test_decode_prefers_valid_utf8_over_a_wrong_meta_charset():
    data = '<html><head><meta charset="iso-8859-1"></head><body><p>Grüße aus Köln</p></body></html>'.encode()
    text, enc = decode_html(data)
    assert enc == "utf-8" and "Grüße" in text


def test_decode_uses_meta_charset_when_not_utf8():
    data = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>café</p>'.encode("cp1252")
    text, enc = decode_html(data)
    assert enc == "windows-1252" and "café" in text


# ---------------------------------------------------------------- junk input never raises


@pytest.mark.parametrize(
    "junk",
    [
        b"",
        "",
        "   \n\t ",
        b"\x00\x01\x02\x03binary\x00\x00",
        "<<<>>>",
        "<html>",
        "<html><body></body></html>",
        "<div>" * 3000 + "deep" + "</div>" * 3000,
        "<html><head><script type='application/ld+json'>{not: json,,}</script></head><body><p>x</p></body></html>",
        '<html><head><meta property="article:published_time" content="yesterday-ish"></head></html>',
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>short</p></body></html>",
        b"\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00",
        None,
        12345,
    ],
)
def test_junk_input_returns_article_with_warnings(junk):
    a = parse_html(junk, "junk.html")
    assert isinstance(a, Article)
    assert a.parser == PARSER
    assert a.warnings, "junk input must say what was wrong"
    assert a.published_at is None
    a.to_dict()  # serialisable


def test_plain_text_without_markup_is_kept_as_paragraphs():
    a = parse_html("First block of text here.\n\nSecond block, also text.", "plain.txt")
    assert a.paragraphs == ["First block of text here.", "Second block, also text."]
    assert any("no HTML markup" in w for w in a.warnings)


def test_landing_date_fallback_when_the_page_has_no_date():
    a = parse_html("<html><body><p>" + "words without any date " * 20 + "</p></body></html>", "x.html",
                   landing_date=date(2026, 11, 3))
    assert a.published_at == datetime(2026, 11, 3, tzinfo=timezone(SEOUL))
    assert a.published_at_source == "landing_date"
    assert a.published_at_confidence == 0.2


# ---------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://www.newspim.com/news/view/20240627000123", "newspim"),
        ("https://newspim.com/x", "newspim"),
        ("https://www.yna.co.kr/view/AKR20240627", "yonhap"),
        ("https://m.yna.co.kr/view/AKR20240627", "yonhap"),
        ("https://www.newsis.com/view/?id=NISX2024", "newsis"),
        ("https://www.bbc.co.uk/news/articles/abc", "bbc"),
        ("https://edition.cnn.com/2024/06/27/x", "cnn"),
        ("http://entermedia.co.kr/news/news_view.html?idx=1", "entermedia"),
        ("https://www.hankyung.com/article/2024062712345", "hankyung"),
        ("www.example.com.br/path", "example"),
        ("not a url", None),
        ("http://127.0.0.1:8000/x", None),
        (None, None),
    ],
)
def test_outlet_from_url(url, outlet):
    assert outlet_from_url(url) == outlet


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-06-27T09:30:00", datetime(2024, 6, 27, 9, 30, tzinfo=timezone(SEOUL))),
        ("2024-06-27T09:30:00Z", datetime(2024, 6, 27, 9, 30, tzinfo=UTC)),
        ("2024-06-27T09:30:00+0100", datetime(2024, 6, 27, 9, 30, tzinfo=timezone(timedelta(hours=1)))),
        ("2024-06-27T09:30:00.123456789-05:00", datetime(2024, 6, 27, 9, 30, 0, 123456, tzinfo=timezone(timedelta(hours=-5)))),
        ("Thu, 27 Jun 2024 09:30:00 GMT", datetime(2024, 6, 27, 9, 30, tzinfo=UTC)),
        ("2024.06.27 09:30", datetime(2024, 6, 27, 9, 30, tzinfo=timezone(SEOUL))),
        ("2024년 6월 27일 오후 3시 20분", datetime(2024, 6, 27, 15, 20, tzinfo=timezone(SEOUL))),
        ("2024-06-27", datetime(2024, 6, 27, tzinfo=timezone(SEOUL))),
        ("yesterday", None),
        ("0001-01-01T00:00:00", None),
        ("", None),
    ],
)
def test_parse_date(raw, expected):
    got = parse_date(raw)
    assert got == expected
    if got is not None:
        assert got.tzinfo is not None


@pytest.mark.parametrize(
    ("text", "declared", "lang"),
    [
        ("정부가 반도체 소재 공급망을 점검했다. Supply chain", "en", "ko"),
        ("The port said the backlog of ships waiting at anchor fell again this week and that rates eased.", None, "en"),
        ("Die Regierung hat die Lieferketten geprüft und sich mit den Unternehmen auf einen Plan für das "
         "nächste Jahr geeinigt, der mit der Industrie abgestimmt ist und die Abhängigkeit von einem Land senkt.",
         "en", "de"),
        ("short", "pt-BR", "pt"),
        ("", None, None),
    ],
)
def test_detect_language(text, declared, lang):
    assert detect_language(text, declared) == lang


def test_strip_site_suffix():
    assert strip_site_suffix("Rates fall again | The Harbor Ledger", "The Harbor Ledger") == "Rates fall again"
    assert strip_site_suffix("Rates fall again - example.com", None) == "Rates fall again"
    assert strip_site_suffix("Apples - and oranges", None) == "Apples - and oranges"


@pytest.mark.parametrize(
    ("text", "boiler"),
    [
        ("Read more: Why warehouse vacancies are rising", True),
        ("Sign up for our free newsletter today", False),  # calls to action: removed, see the docs
        ("Follow us on Twitter", False),
        ("Advertisement", True),
        ("Copyright 2026 Example Media", True),
        ("저작권자 © 뉴스핌 무단전재 및 재배포 금지", True),
        ("관련기사", True),
        ("The newsletter industry grew quickly last year, analysts said, as readers paid for niche coverage.", False),
        ("Read the full report, which runs to three hundred pages and covers every port in the region.", False),
    ],
)
def test_is_boilerplate(text, boiler):
    assert is_boilerplate(Line(text, 0.0, len(text.split()))) is boiler


# ---------------------------------------------------------------- public benchmark


def _load_bench():
    spec = importlib.util.spec_from_file_location("bench_extraction_html", ROOT / "bench" / "bench_extraction_html.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_benchmark_metric_matches_evaluate_py_semantics():
    bench = _load_bench()
    assert bench.tp_fp_fn("a b c d e", "a b c d e") == (1.0, 0.0, 0.0)
    # multiset shingles: a repeated prediction is penalised (a set would not see it)
    tp, fp, fn = bench.tp_fp_fn("one two three four", "one two three four one two three four")
    assert fp > 0 and bench.precision_score(tp, fp, fn) < 1
    # an empty prediction is left out of the precision average and scores recall 0
    agg = bench.aggregate([bench.tp_fp_fn("one two three four", ""), bench.tp_fp_fn("a b c d", "a b c d")])
    assert agg["precision"] == 1.0 and agg["recall"] == 0.5
    # fewer than four tokens: one short shingle
    assert bench.shingles("Hello World") == {("hello", "world"): 1}


def test_benchmark_split_is_fixed_and_by_site():
    bench = _load_bench()
    # two pages of one site always share a half; the half does not depend on the page id
    assert bench.half_of("a", "https://www.example.com/1") == bench.half_of("b", "https://example.com/2")
    assert {bench.half_of(str(i), f"https://site{i}.example/") for i in range(40)} == {"tuning", "heldout"}


@pytest.mark.skipif(
    not (CORPUS / "ground-truth.json").exists(),
    reason=f"article-extraction benchmark corpus absent: {CORPUS} (../shared is not mounted here)",
)
def test_benchmark_f1_on_the_held_out_half():
    """The held-out half (83 pages, about 3 s on one core): chainwire keeps its score and beats
    bare trafilatura with comments excluded (the stronger of its two settings there)."""
    bench = _load_bench()
    pages = bench.load_corpus(CORPUS, half="heldout")
    assert len(pages) == 83
    runs = bench.run_systems(["chainwire", "trafilatura-nc"], pages)
    ids = [p[0] for p in pages]
    ours, bare = bench.scores(runs["chainwire"], ids), bench.scores(runs["trafilatura-nc"], ids)
    print(f"held out: chainwire F1={ours['f1']:.4f}, trafilatura (no comments) F1={bare['f1']:.4f}")
    assert ours["f1"] >= ACHIEVED_HELDOUT_F1 - F1_SLACK, ours
    assert ours["f1"] > bare["f1"], (ours, bare)
