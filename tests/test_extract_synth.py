"""Parser vs. the sample generator's ground truth: 100% on every field, exact paragraphs."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from chainwire.extract import PARSER, parse_page_dump

pytestmark = pytest.mark.unit  # make test-fast

synth = pytest.importorskip("chainwire_synth.generator", reason="chainwire_synth (sample generator) not available")
synth_korean = pytest.importorskip("chainwire_synth.layouts.korean")

# Fields the brief requires at 100%, then the rest of the record.
REQUIRED = (
    "title", "published_at", "updated_at", "published_at_source", "reporters", "dateline",
    "section", "photo_captions", "related_teasers", "stock_impacts", "paragraphs",
)
ALSO = (
    "source_path", "outlet", "url", "outlet_article_id", "subsection", "subtitle_lines",
    "published_at_confidence", "reporter_roles", "reporter_emails", "machine_generated",
    "language", "body_text",
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synth_extract")
    summary = synth.generate_corpus(out, days=4, per_day=40, seed=20240627, start_date=date(2026, 11, 2))
    assert summary["files"] == 160
    return out


def _pairs(corpus: Path):
    for raw in sorted((corpus / "raw").rglob("*.txt")):
        truth_path = corpus / "truth" / raw.parent.name / f"{raw.stem}.json"
        rel = raw.relative_to(corpus).as_posix()
        landing = date.fromisoformat(raw.parent.name)
        got = parse_page_dump(raw.read_bytes().decode("utf-8"), rel, landing_date=landing)
        yield rel, got, json.loads(truth_path.read_text(encoding="utf-8"))


def test_every_field_matches_truth(corpus):
    mismatches: Counter[str] = Counter()
    examples: dict[str, str] = {}
    n = 0
    for rel, got, truth in _pairs(corpus):
        n += 1
        assert got.parser == PARSER
        d = got.to_dict()
        for f in REQUIRED + ALSO:
            if d[f] != truth[f]:
                mismatches[f] += 1
                examples.setdefault(f, f"{rel}: got {d[f]!r:.300} want {truth[f]!r:.300}")
    assert n == 160
    assert not mismatches, f"{dict(mismatches)} of {n} pages; first per field: {examples}"


def test_no_unexpected_warnings(corpus):
    for rel, got, _truth in _pairs(corpus):
        odd = [w for w in got.warnings if not w.startswith("기사입력 blank: published_at from ")]
        assert not odd, (rel, odd)


def test_corpus_covers_every_branch(corpus):
    """The comparison above is only meaningful if the corpus exercises every rule."""
    seen: Counter[str] = Counter()
    for _rel, _got, truth in _pairs(corpus):
        seen[truth["published_at_source"]] += 1
        seen["updated"] += truth["updated_at"] is not None
        seen["captions"] += bool(truth["photo_captions"])
        seen["teasers"] += bool(truth["related_teasers"])
        seen["stocks"] += bool(truth["stock_impacts"])
        seen["summary"] += truth["machine_generated"]["ai_summary"]
        seen["two_reporters"] += len(truth["reporters"]) > 1
        seen["no_deck"] += not truth["subtitle_lines"]
    for key in ("page_field", "caption_date", "body_relative_date", "landing_date", "updated",
                "captions", "teasers", "stocks", "summary", "two_reporters", "no_deck"):
        assert seen[key] > 0, f"corpus never exercises {key}: {dict(seen)}"


# ---------------------------------------------------------------- multi-outlet corpus (every layout)

from chainwire.extract import parse_text_page  # noqa: E402
from chainwire.extract.generic import PARSER_EN, PARSER_KO  # noqa: E402

# What the brief requires at 100% on every outlet layout, then the rest of the record.
MIX_REQUIRED = ("title", "published_at", "updated_at", "reporters", "dateline", "outlet", "paragraphs")
MIX_ALSO = (
    "published_at_source", "published_at_confidence", "reporter_roles", "reporter_emails", "section", "subsection",
    "subtitle_lines", "photo_captions", "related_teasers", "stock_impacts", "machine_generated", "language",
    "body_text", "source_path", "url", "outlet_article_id",
)
PARSER_BY_PREFIX = {"np": PARSER, "npm": PARSER, "yna": PARSER_KO, "nsis": PARSER_KO, "tp": PARSER_KO,
                    "kh": PARSER_EN, "yen": PARSER_EN, "tv": PARSER_KO, "ptl": PARSER_KO, "rdr": PARSER_KO,
                    "aju": PARSER_EN, "edl": PARSER_KO}
ALLOWED_WARNINGS = ("기사입력 blank: published_at from ", "no publish stamp: published_at from ", "no title: no 기사입력 line")
# Page furniture of the layouts: none of it may reach a body.
CHROME_MARKS = (
    "(끝)", "(END)", "ⓒ", "©", "Copyright", "저작권자", "무단", "@", "송고시간", "기사승인", "기사등록", "Published :",
    "Updated :", "공유하기", "글자크기", "글씨크기", "Most Popular", "Most Viewed", "관련 뉴스", "관련기사", "본문내용",
    "PC버전", "◎공감언론", "![", "NEWSIS", "Yonhap News Agency", "The Korea Herald", "전체메뉴", "재판매", "뉴스핌 Newspim",
    "연합뉴스) ", "=뉴시스]", "=뉴스핌]", "(Yonhap) --", "제보는 카카오톡",
    # the layout families met on real pages
    "[앵커]", "[기자]", "◀", "▶", "【", "<인터뷰>", "[인터뷰]", "YTN", "동영상 표시하기", "글자크기 설정", "이 글자크기로",
    "(예시)", "기사 스크랩", "/뉴스1", "=뉴스1)", "[뉴스1]", "](http", "date 20", "[사진=", "[아시아경제", "Written:",
    "Updated:", "(Aju Press)", "Aju Press Reporter", "BY ", "[email", "기자I", "#", "이데일리", "많이 본 뉴스",
)


def _count_mismatches(rel: str, got: dict, truth: dict, mismatches: Counter, examples: dict, prefix: str = "") -> None:
    """Count each field of MIX_REQUIRED + MIX_ALSO the parse got wrong (keyed ``prefix + field``), keeping one
    example per field for the assertion message."""
    for f in MIX_REQUIRED + MIX_ALSO:
        if got[f] != truth[f]:
            mismatches[prefix + f] += 1
            examples.setdefault(prefix + f, f"{rel}: got {got[f]!r:.300} want {truth[f]!r:.300}")


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synth_mixed")
    summary = synth.generate_corpus(out, days=2, per_day=144, seed=20240627, start_date=date(2026, 11, 2), outlets="all")
    assert summary["files"] == 288
    assert summary["layouts"] == {k: 24 for k in ("newspim", "newspim_mobile", "yonhap", "newsis", "thepublic",
                                                  "koreaherald", "yonhap_en", "broadcast", "portal", "reader",
                                                  "english_wire", "business")}
    return out


def _mixed_pairs(corpus: Path):
    for raw in sorted((corpus / "raw").rglob("*.txt")):
        truth_path = corpus / "truth" / raw.parent.name / f"{raw.stem}.json"
        rel = raw.relative_to(corpus).as_posix()
        text = raw.read_bytes().decode("utf-8")
        got = parse_text_page(text, rel, landing_date=date.fromisoformat(raw.parent.name))
        yield rel, text, got, json.loads(truth_path.read_text(encoding="utf-8"))


def test_multi_outlet_every_field_matches_truth(mixed):
    """100% per field on every layout, paragraphs compared exactly (not by token F1)."""
    mismatches: Counter[str] = Counter()
    examples: dict[str, str] = {}
    per_layout: Counter[str] = Counter()
    for rel, _text, got, truth in _mixed_pairs(mixed):
        prefix = Path(rel).name.split("-")[0]
        per_layout[prefix] += 1
        assert got.parser == PARSER_BY_PREFIX[prefix], rel
        d = got.to_dict()
        _count_mismatches(rel, d, truth, mismatches, examples, prefix=f"{prefix}:")
    assert set(per_layout) == set(PARSER_BY_PREFIX) and all(n == 24 for n in per_layout.values()), per_layout
    assert not mismatches, f"{dict(mismatches)}; first per field: {examples}"


def test_multi_outlet_no_chrome_in_any_body(mixed):
    for rel, text, got, truth in _mixed_pairs(mixed):
        body = set(truth["paragraphs"])
        furniture = {ln.strip() for ln in text.split("\n")
                     if ln.strip() and ln.strip() not in body and not any(ln.strip().endswith(p) for p in body)}
        for p in got.paragraphs:
            assert p not in furniture, (rel, p)
            assert not any(m in p for m in CHROME_MARKS), (rel, p)
        for s in got.subtitle_lines:
            assert not any(m in s for m in CHROME_MARKS), (rel, s)


def test_multi_outlet_warnings_are_expected_ones(mixed):
    for rel, _text, got, _truth in _mixed_pairs(mixed):
        odd = [w for w in got.warnings if not w.startswith(ALLOWED_WARNINGS)]
        assert not odd, (rel, odd)


def raw_day(rel: str) -> str:
    return Path(rel).parent.name


def test_multi_outlet_corpus_covers_every_shape(mixed):
    seen: Counter[str] = Counter()
    for rel, text, _got, truth in _mixed_pairs(mixed):
        prefix = Path(rel).name.split("-")[0]
        seen[f"source:{truth['published_at_source']}"] += 1
        seen[f"{prefix}:updated"] += truth["updated_at"] is not None
        seen[f"{prefix}:captions"] += bool(truth["photo_captions"])
        seen[f"{prefix}:two_reporters"] += len(truth["reporters"]) > 1
        seen["npm:headless"] += prefix == "npm" and truth["title"] is None
        seen["npm:old_byline"] += "[뉴스핌=" in text
        seen["npm:spaced_dateline"] += " = 뉴스핌]" in text
        seen["npm:signoff"] += "[뉴스핌 Newspim]" in text
        seen["npm:photo_desk"] += prefix == "npm" and any(c["credit"] and c["email"] and "뉴스핌 DB" != c["credit"]
                                                          and c["credit"] in text and f"{c['credit']} 기자 =" in text
                                                          for c in truth["photo_captions"])
        seen["yna:update_first"] += "\n업데이트" in text
        seen["yna:section_glued"] += bool(re.search(r"\n\S+송고시간", text))
        seen["yna:decorated_title"] += "| 연합뉴스\n" in text
        seen["nsis:glued_stamps"] += bool(re.search(r"\d{2}:\d{2}:\d{2}수정 ", text))
        seen["nsis:update_first"] += bool(re.search(r"\n수정 [^\n]*\n등록 ", text))
        seen["tp:markdown"] += "](https://" in text
        seen["tp:photographer"] += "ⓒ더퍼블릭" in text or "ⓒ 더퍼블릭" in text
        seen["tp:bracket_signoff"] += bool(re.search(r"\n\[ \S+ 기자 / ", text))
        seen["tp:no_stamp"] += prefix == "tp" and truth["published_at_source"] != "page_field"
        seen["kh:month_name"] += "Published : " in text and bool(re.search(r"Published : [A-Z]", text))
        seen["yen:lead"] += "(Yonhap) --" in text
        seen["yen:by"] += prefix == "yen" and bool(truth["reporters"])
        seen["yen:LEAD"] += "(LEAD)" in text
        for style in ("[앵커]", "◀ 앵커 ▶", "【 앵커멘트 】"):
            seen[f"tv:{style}"] += prefix == "tv" and f"\n{style}\n" in text
        seen["tv:interview"] += prefix == "tv" and bool(re.search(r"\n(?:◀ INT ▶|<인터뷰>|\[인터뷰\]) ", text))
        seen["tv:email"] += prefix == "tv" and bool(truth["reporter_emails"])
        seen["tv:no_stamp"] += prefix == "tv" and truth["published_at_source"] == "landing_date"
        seen["ptl:wire_lead"] += "=뉴스1) " in text
        seen["ptl:brand_lead"] += "\n[뉴스1] " in text
        seen["ptl:name_stamp"] += prefix == "ptl" and "\n입력 " not in text
        seen["ptl:captions"] += prefix == "ptl" and bool(truth["photo_captions"])
        seen["rdr:image_cell"] += bool(re.search(r"\n!\[\]\([^)]*\) \|\n", text))
        seen["rdr:alt_bracket"] += bool(re.search(r"\n!\[[^\n]*\[사진=[^\n]*\]\]\(", text))
        seen["rdr:header_title"] += prefix == "rdr" and text.startswith(f" date {raw_day(rel)} {truth['title']}\n")
        seen["rdr:header_site"] += prefix == "rdr" and text.startswith(f" date {raw_day(rel)} 아시아경제\n")
        seen["aju:dash"] += "(Aju Press) - " in text
        seen["aju:colon"] += prefix == "aju" and bool(re.search(r"\n[A-Z]+: ", text))
        seen["aju:glued"] += "(Aju Press)--" in text
        seen["aju:bracket"] += "[Aju Press Reporter " in text
        seen["aju:BY"] += "[[email protected]]" in text
        seen["aju:updated"] += prefix == "aju" and truth["updated_at"] is not None
        seen["aju:captions"] += prefix == "aju" and bool(truth["photo_captions"])
        seen["edl:bar_i"] += bool(re.search(r" 기자I \d{4}\.", text))
        seen["edl:brand_names"] += bool(re.search(r"\n이데일리 \S+ 기자, ", text)) or bool(re.search(r"\n이데일리 \S+ 기자 \d", text))
        seen["edl:labels_bar"] += "\n입력 | " in text
        seen["edl:paren_time"] += prefix == "edl" and bool(re.search(r"\n입력 \d{4}\.\d\d\.\d\d \(\d\d:\d\d\)", text))
        seen["edl:two_reporters"] += prefix == "edl" and len(truth["reporters"]) > 1
    missing = [k for k in (
        "source:page_field", "source:caption_date", "source:body_relative_date", "source:landing_date",
        "npm:headless", "npm:old_byline", "npm:spaced_dateline", "npm:signoff", "npm:photo_desk", "yna:update_first",
        "yna:section_glued", "yna:decorated_title", "yna:captions", "nsis:glued_stamps", "nsis:update_first",
        "nsis:captions", "nsis:two_reporters", "tp:markdown", "tp:photographer", "tp:bracket_signoff", "tp:no_stamp",
        "kh:month_name", "kh:updated", "kh:captions", "yen:lead", "yen:by", "yen:LEAD",
        "tv:[앵커]", "tv:◀ 앵커 ▶", "tv:【 앵커멘트 】", "tv:interview", "tv:email", "tv:no_stamp", "ptl:wire_lead",
        "ptl:brand_lead", "ptl:name_stamp", "ptl:captions", "ptl:updated", "rdr:image_cell", "rdr:alt_bracket",
        "rdr:header_title", "rdr:header_site", "aju:dash", "aju:colon", "aju:glued", "aju:bracket", "aju:BY",
        "aju:updated", "aju:captions", "edl:bar_i", "edl:brand_names", "edl:labels_bar", "edl:paren_time",
        "edl:two_reporters", "edl:updated",
    ) if not seen[k]]
    assert not missing, f"corpus never exercises {missing}: {dict(seen)}"


# ---------------------------------------------------------------- page shapes outside "all"

SHAPE_PARSERS = {"hf": PARSER_KO, "npp": PARSER, "khd": PARSER_EN, "ens": PARSER_EN}
DECOY_HEADLINES = synth_korean.DECOY_HEADLINES
# What a page of these shapes honestly says about itself, besides the dating notes.
SHAPE_WARNINGS = ALLOWED_WARNINGS + ("no byline", "photo page: the story is its photo captions", "outlet not recognized")


@pytest.fixture(scope="module")
def shapes(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synth_shapes")
    summary = synth.generate_corpus(out, days=2, per_day=96, seed=20240627, start_date=date(2026, 11, 2),
                                    outlets=",".join(("headline_first", "newspim_photo", "english_deck_photo",
                                                      "english_summary")))
    assert summary["layouts"] == {"headline_first": 48, "newspim_photo": 48, "english_deck_photo": 48,
                                  "english_summary": 48}
    return out


def test_shape_layouts_every_field_matches_truth(shapes):
    """A page that opens on its headline, a Newspim photo page, an English deck above the photo, a
    summary site's bulleted deck under a decorated headline: 100% per field, and nothing of a cut-off
    image, a photo desk's date or e-mail, or a summary site's name left in a body."""
    mismatches: Counter[str] = Counter()
    examples: dict[str, str] = {}
    seen: Counter[str] = Counter()
    for rel, text, got, truth in _mixed_pairs(shapes):
        prefix = Path(rel).name.split("-")[0]
        assert got.parser == SHAPE_PARSERS[prefix], rel
        d = got.to_dict()
        _count_mismatches(rel, d, truth, mismatches, examples, prefix=f"{prefix}:")
        for p in got.paragraphs:
            assert not any(m in p for m in ("![", "](http", "@", "저작권자", "=뉴스핌]")), (rel, p)
        odd = [w for w in got.warnings if not w.startswith(SHAPE_WARNINGS)]
        assert not odd, (rel, odd)
        seen[f"{prefix}:pages"] += 1
        seen["hf:deck"] += prefix == "hf" and bool(truth["subtitle_lines"])
        seen["hf:two_decks"] += prefix == "hf" and len(truth["subtitle_lines"]) == 2
        seen["hf:no_byline"] += prefix == "hf" and not truth["reporters"]
        seen["hf:signoff"] += prefix == "hf" and bool(truth["reporters"])
        seen["hf:cut_image_url"] += bool(re.search(r"\n!\[[^\n]*\]\(https://[^\n)]*\n", text))
        seen["hf:cut_image_alt"] += bool(re.search(r"\n!\[\[[^\]\n]*\][^\]\n]*\n", text))
        seen["hf:relative_day"] += prefix == "hf" and truth["published_at_source"] == "body_relative_date"
        seen["hf:widget_caption"] += prefix == "hf" and "이미지 확대보기\n" in text
        seen["hf:headline_image"] += prefix == "hf" and bool(truth["photo_captions"])
        seen["hf:promo_under_email"] += prefix == "hf" and "\n기자의 전체기사 보기\n" in text
        seen["hf:headline_list"] += prefix == "hf" and sum(f"\n{h}\n" in text for h in DECOY_HEADLINES) == 3
        seen["npp:two_photos"] += prefix == "npp" and len(truth["photo_captions"]) == 2
        if prefix == "ens":
            assert not any(text.split("\n", 1)[0] in p for p in got.paragraphs), rel  # the site's name
            seen["ens:pictograph"] += not text.split("\n")[2].startswith(truth["title"][:8])
            seen["ens:empty_labels"] += "\nInput\nModified\n" in text
            seen["ens:stamped"] += truth["published_at_source"] == "page_field"
            seen["ens:unstamped"] += truth["published_at_source"] == "landing_date"
            seen["ens:three_points"] += len(truth["subtitle_lines"]) == 3
            seen["ens:by_day"] += bool(re.search(r"\nBy [A-Z][^\n]+ \d{4}\n", text))
            seen["ens:day_bullet"] += " • " in text
            seen["ens:city_day"] += truth["dateline"] == "Seoul"
            seen["ens:credits"] += "\n(Reporting by " in text
            seen["ens:source"] += truth["outlet"] == "yonhap_en"
            seen["ens:date_field"] += "\nDate: " in text
            seen["ens:posted_by_on"] += "\nPosted by " in text
            seen["ens:day_alone"] += bool(re.search(r"\n(?:[A-Z][a-z]+day, )?[A-Z][a-z]+ \d{1,2}, \d{4}\n", text))
            seen["ens:release_lead"] += bool(re.search(r"\nSEOUL, South Korea, [^\n]+ \d{4} /[^\n/]+/ -- ", text))
            seen["ens:release_split"] += bool(re.search(r"\nSEOUL, South Korea, [^\n]+ \d{4}\n/[^\n/]+/ -- ", text))
            seen["ens:journal_lead"] += bool(re.search(r"\n[A-Z][a-z]+ \d{1,2}, \d{4}: ", text))
            seen["ens:city_region"] += "\nBUSAN, South Korea — " in text
        if prefix == "khd":
            seen[f"khd:caption_x{text.count(truth['photo_captions'][0]['text'])}"] += 1
    assert not mismatches, f"{dict(mismatches)}; first per field: {examples}"
    missing = [k for k in ("hf:pages", "npp:pages", "hf:deck", "hf:two_decks", "hf:no_byline", "hf:signoff",
                           "hf:cut_image_url", "hf:cut_image_alt", "hf:relative_day", "hf:headline_list", "hf:headline_image", "hf:widget_caption",
                           "hf:promo_under_email", "npp:two_photos", "khd:pages",
                           "khd:caption_x1", "khd:caption_x2", "ens:pages", "ens:pictograph", "ens:empty_labels",
                           "ens:stamped", "ens:unstamped", "ens:three_points", "ens:by_day", "ens:day_bullet",
                           "ens:city_day", "ens:credits", "ens:source", "ens:date_field", "ens:posted_by_on",
                           "ens:day_alone", "ens:release_lead", "ens:release_split", "ens:journal_lead",
                           "ens:city_region") if not seen[k]]
    assert not missing, f"corpus never exercises {missing}: {dict(seen)}"


@pytest.fixture(scope="module")
def regional(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synth_regional")
    summary = synth.generate_corpus(out, days=2, per_day=30, seed=20240627, start_date=date(2026, 11, 2),
                                    outlets="regional")
    assert summary["layouts"] == {"regional": 60}
    return out


def test_regional_layout_every_field_matches_truth(regional):
    """A regional daily's CMS page: the ten leads (brand/reporter slash or bar, dateline then brand in one
    bracket, brand with its place in parentheses, a place with its province, a newsroom's nameless
    signature, the dateline alone in brackets with a sign-off under the story, the name glued to its role,
    the day and a writer with an English role in place of the info bar, or an info line of the time, the
    section, the reporter and a view counter, or the byline and the day alone, or the stamp's day and time on
    two lines), captions closed by the
    photographer or the agency after a slash: 100% per field, and no signature, view counter or comment
    prompt left in a body."""
    mismatches: Counter[str] = Counter()
    examples: dict[str, str] = {}
    seen: Counter[str] = Counter()
    for rel, text, got, truth in _mixed_pairs(regional):
        assert got.parser == PARSER_KO, rel
        d = got.to_dict()
        _count_mismatches(rel, d, truth, mismatches, examples)
        for p in got.paragraphs:
            assert not any(m in p for m in ("기자 |", "취재본부 |", "조회수", "로그인", "기사 보기", "@", "저작권자")), (rel, p)
        assert not got.warnings, (rel, got.warnings)
        seen["slash"] += bool(re.search(r"\n\[더퍼블릭/\S+ \S+\]\S", text))
        seen["place_brand"] += bool(re.search(r"\n\[\S+=더퍼블릭 \S+ \S+\] ", text))
        seen["desk"] += "\n더퍼블릭 기자 | " in text
        seen["region_desk"] += bool(re.search(r"\n더퍼블릭 \S+취재본부 \| ", text))
        seen["bracket_place"] += bool(truth["dateline"]) and bool(truth["reporter_emails"])
        seen["bar"] += bool(re.search(r"\n\[더퍼블릭ㅣ\S+ \S+\] ", text))
        seen["brand_paren"] += bool(re.search(r"\n\[더퍼블릭\(\S+\)=\S+ \S+\] ", text))
        seen["place_paren"] += bool(re.search(r"\n\[\S+\(\S+\)=더퍼블릭 \S+ \S+\] ", text))
        seen["glued"] += bool(re.search(r"\n\[더퍼블릭=[가-힣]+기자\]\S", text))
        seen["dated_byline"] += bool(re.search(r"\n\d{4}-\d{2}-\d{2} +[가-힣]+ editor\n", text))
        seen["info_line"] += bool(re.search(r"\n\d{4}-\d{2}-\d{2} \d{2}:\d{2} \| 경제 \| [가-힣]+ 기자 \| 조회 \d+\n", text))
        seen["byline_day"] += bool(re.search(r"\n[가-힣]+ 기자 \| \d{4}\.\d{2}\.\d{2}\n", text))
        seen["split_stamp"] += bool(re.search(r"\n입력 \d{4}\.\d{2}\.\d{2}\n\d{2}:\d{2}\n", text))
        seen["caption_photographer"] += bool(re.search(r"다\. /\S+ 기자\n", text))
        seen["caption_agency"] += "다. / 뉴시스\n" in text
        seen["deck"] += bool(truth["subtitle_lines"])
    assert not mismatches, f"{dict(mismatches)}; first per field: {examples}"
    missing = [k for k in ("slash", "place_brand", "desk", "region_desk", "bracket_place", "bar", "brand_paren",
                           "place_paren", "glued", "dated_byline", "info_line", "byline_day", "split_stamp",
                           "caption_photographer", "caption_agency",
                           "deck")
               if not seen[k]]
    assert not missing, f"corpus never exercises {missing}: {dict(seen)}"


def test_unregistered_outlet_layout_every_field_matches_truth(tmp_path):
    """An outlet the registry does not know (made-up brands): named by the brand its lead byline prints
    (after a dateline's "=", before the reporter's, split by a slash) or, with no lead byline, by its
    copyright footer, with a warning that it is not registered; a copy — one outlet's lead over another's
    footer — names none; a related list of a registered agency's teasers under the story names no outlet
    (its lead byline is another story's): 100% per field."""
    from chainwire.extract.outlets import brand_map
    from chainwire_synth.layouts.families import UNREGISTERED_BRANDS

    assert not [b for b in UNREGISTERED_BRANDS if b.lower() in brand_map()]
    synth.generate_corpus(tmp_path, days=1, per_day=25, seed=20240627, start_date=date(2026, 11, 2),
                          outlets="unregistered")
    mismatches: Counter[str] = Counter()
    examples: dict[str, str] = {}
    seen: Counter[str] = Counter()
    for rel, text, got, truth in _mixed_pairs(tmp_path):
        assert got.parser == PARSER_KO, rel
        d = got.to_dict()
        _count_mismatches(rel, d, truth, mismatches, examples)
        if truth["outlet"]:
            assert truth["outlet"] in UNREGISTERED_BRANDS, rel
            assert [w for w in got.warnings if w.startswith("outlet not registered")], (rel, got.warnings)
            seen["footer" if not truth["reporters"] else "lead"] += 1
        else:
            assert "outlet not recognized" in got.warnings, (rel, got.warnings)
            seen["copy"] += 1
        seen["place_brand"] += bool(truth["dateline"])
        seen["slash"] += bool(re.search(r"\n\[\S+/\S+ \S+\]\S", text))
        seen["brand_space"] += bool(re.search(r"\n\[\S+ \S+ 기자\] ", text))
        seen["related_footer_only"] += "\n관련기사\n" in text and not truth["reporters"]
    assert not mismatches, f"{dict(mismatches)}; first per field: {examples}"
    missing = [k for k in ("lead", "footer", "copy", "place_brand", "slash", "brand_space", "related_footer_only")
               if not seen[k]]
    assert not missing, f"corpus never exercises {missing}: {dict(seen)}"


def test_broadcast_web_layout_every_field_matches_truth(tmp_path):
    """A TV station's web page: the broadcast date alone under the headline or under "방송일자" (or, on a
    video site's repost, in the one title line with the programme and the broadcaster), the closer with the
    name set apart and the app's menu after it: 100% per field, nothing after the closer in the body."""
    synth.generate_corpus(tmp_path, days=1, per_day=24, seed=20240627, start_date=date(2026, 11, 2),
                          outlets="broadcast_web")
    mismatches: Counter[str] = Counter()
    examples: dict[str, str] = {}
    seen: Counter[str] = Counter()
    for rel, text, got, truth in _mixed_pairs(tmp_path):
        d = got.to_dict()
        _count_mismatches(rel, d, truth, mismatches, examples)
        assert not any(p.startswith(("YTN ", "Menu", "앱을")) for p in got.paragraphs), rel
        assert not got.warnings, (rel, got.warnings)
        seen["label"] += "\n방송일자\n" in text
        seen["date_alone"] += "\n방송일자\n" not in text
        seen["fixed_width"] += not re.search(r"\n<기자>\n\n[^\n]+\n\n", text)
        seen["clip_title"] += bool(re.match(r"[^\n]+ \[저녁 뉴스\] / YTN \d{4}\.\d{2}\.\d{2}\.\n", text))
    assert not mismatches, f"{dict(mismatches)}; first per field: {examples}"
    assert seen["label"] and seen["date_alone"] and seen["fixed_width"] and seen["clip_title"], dict(seen)


def test_credit_glued_layout_every_field_matches_truth(tmp_path):
    """A photo credit run into the story (``[사진=기관] 본문``, ``사진=기관 본문``, ``설명. [사진=기관]본문``), a scene
    caption, one closed by ``(c)기관`` or a lone ``▲``/``↑↑`` caption over ``[사진 제공 = 기관]`` under the lead, the wire's ``/뉴시스`` after the last full stop and a
    source link alone: 100% per field; no credit, link or wire left in the body, every caption kept."""
    synth.generate_corpus(tmp_path, days=1, per_day=24, seed=20240627, start_date=date(2026, 11, 2),
                          outlets="credit_glued")
    mismatches: Counter[str] = Counter()
    examples: dict[str, str] = {}
    seen: Counter[str] = Counter()
    for rel, text, got, truth in _mixed_pairs(tmp_path):
        d = got.to_dict()
        _count_mismatches(rel, d, truth, mismatches, examples)
        assert d["photo_captions"] == truth["photo_captions"], rel
        assert not any(m in p for p in got.paragraphs for m in ("사진=", "사진 제공", "(c)", "/뉴시스", "www.", "https://")), rel
        assert not any(p[0] in "▲↑" for p in got.paragraphs), rel  # (a story's "▲항목 ▲항목" list stays inside a line)
        odd = [w for w in got.warnings if not w.startswith(SHAPE_WARNINGS)]
        assert not odd, (rel, odd)
        seen["bracket"] += "\n[사진=" in text
        seen["bare"] += "\n사진=" in text
        seen["after_caption"] += bool(re.search(r"\. \[사진=[^\]]+\]\S", text))
        seen["scene"] += any(f"\n{x}\n" in text for x in ("항만 야적장에 쌓인 컨테이너 모습.", "시험 라인이 돌아가는 공장 내부 전경",
                                                            "부두에 접안한 화물선 모습"))
        seen["c_credit"] += " (c)" in text
        seen["wire"] += " /뉴시스\n" in text
        seen["pointer"] += "\n[사진 제공 = " in text
    assert not mismatches, f"{dict(mismatches)}; first per field: {examples}"
    missing = [k for k in ("bracket", "bare", "after_caption", "scene", "c_credit", "wire", "pointer") if not seen[k]]
    assert not missing, f"corpus never exercises {missing}: {dict(seen)}"


def test_portal_summary_and_english_related_layouts_every_field_matches_truth(tmp_path):
    """A portal's copy under its machine summary (notice, three of the story's sentences, font-size widget,
    then the outlet's deck and story, a bracketed tag at times) and an English page whose headline is printed
    twice around a list of labelled long headlines, the first copy at times decorated with a desk's name no
    brand list knows: 100% per field; the summary's sentences appear once in the body, no list item is a deck."""
    synth.generate_corpus(tmp_path, days=1, per_day=48, seed=20240627, start_date=date(2026, 11, 2),
                          outlets="portal_summary,english_related")
    mismatches: Counter[str] = Counter()
    examples: dict[str, str] = {}
    seen: Counter[str] = Counter()
    for rel, text, got, truth in _mixed_pairs(tmp_path):
        prefix = Path(rel).name.split("-")[0]
        d = got.to_dict()
        _count_mismatches(rel, d, truth, mismatches, examples, prefix=f"{prefix}:")
        odd = [w for w in got.warnings if not w.startswith(SHAPE_WARNINGS)
               and not (truth["outlet"] and w.startswith("outlet not registered"))]  # the desk's card names it
        assert not odd, (rel, odd)
        assert len(got.paragraphs) == len(set(got.paragraphs)), rel  # no sentence of the summary twice
        seen[f"{prefix}:pages"] += 1
        seen[f"{prefix}:deck"] += bool(truth["subtitle_lines"])
        seen[f"{prefix}:no_deck"] += not truth["subtitle_lines"]
        seen["enr:crumb"] += prefix == "enr" and any(f"\n{c}{got.title}\n" in text for c in ("Home › Metals › ", "Markets"))
        seen["pts:tag"] += prefix == "pts" and any(t in text for t in ("\n[산업]\n", "\n[공급망]\n", "\n[경제 일반]\n"))
        seen["pts:lead"] += prefix == "pts" and "=뉴스1) " in text
        seen["pts:no_lead"] += prefix == "pts" and "=뉴스1) " not in text
        seen["pts:widget_above"] += prefix == "pts" and any(f"\n{w}\n" in text for w in ("앱에서 편하게 읽기 설정",
                                                                                        "오늘 놓친 소식 모아 보기",
                                                                                        "글꼴 바꾸기 도움말"))
        seen["pts:label_under"] += prefix == "pts" and any(f"\n{w}\n" in text for w in ("음성으로 듣기 켜기", "글씨 키우기 설정",
                                                                                       "스크랩 담아두기"))
        seen["enr:label_under"] += prefix == "enr" and "\nEmail this to a friend\n" in text
        seen["enr:skip_link"] += prefix == "enr" and "\nSkip straight to the reading pane\n" in text
        seen["enr:decorated"] += prefix == "enr" and f"\n{truth['title']}\n" not in text.split("In This List", 1)[1][:len(truth["title"]) + 4]
        seen["enr:summary_box"] += prefix == "enr" and any(f"\n{h}\n" in text for h in ("Synopsis", "Summary"))
        seen["enr:inline_label"] += prefix == "enr" and any(f"\n{w}\n" in text for w in ("Tip Jar Corner", "Image Gallery"))
        seen["enr:card"] += prefix == "enr" and "\nAvatar photo\n" in text
        seen["enr:agency_tag"] += prefix == "enr" and any(f"\n{w}\n" in text for w in ("MTI", "(AFP)", "— Anadolu"))
        seen["enr:standfirst"] += prefix == "enr" and "\nKey Takeaways:\n" in text
    assert not mismatches, f"{dict(mismatches)}; first per field: {examples}"
    missing = [k for k in ("pts:pages", "pts:deck", "pts:no_deck", "pts:tag", "pts:lead", "pts:no_lead",
                           "pts:widget_above", "pts:label_under", "enr:pages", "enr:deck", "enr:no_deck", "enr:decorated",
                           "enr:skip_link", "enr:label_under", "enr:summary_box", "enr:inline_label", "enr:card", "enr:agency_tag",
                           "enr:crumb", "enr:standfirst") if not seen[k]]
    assert not missing, f"corpus never exercises {missing}: {dict(seen)}"


def test_english_station_layout_every_field_matches_truth(tmp_path):
    """A local TV station's story (session 13): the call sign in the lead names the outlet the registry does not
    know, a caption closed by "| credit" is a photo caption, a WATCH:/VIDEO: pointer and a subscription offer's box
    between the paragraphs and the Previous/Next article links under the story are no part of it; the site's date bar
    (the story's age, its day several ways, one with the clock) dates the page and is no deck: 100% per field."""
    synth.generate_corpus(tmp_path, days=1, per_day=24, seed=20240627, start_date=date(2026, 11, 2),
                          outlets="english_station")
    mismatches: Counter[str] = Counter()
    examples: dict[str, str] = {}
    seen: Counter[str] = Counter()
    for rel, text, got, truth in _mixed_pairs(tmp_path):
        assert got.parser == PARSER_EN, rel
        _count_mismatches(rel, got.to_dict(), truth, mismatches, examples)
        assert [w for w in got.warnings if w.startswith("outlet not registered")], (rel, got.warnings)
        seen["caption"] += bool(truth["photo_captions"])
        seen["pointer"] += bool(re.search(r"\n(?:WATCH|VIDEO): ", text))
        seen["offer"] += "\nTry Station Plus" in text
        seen["navigation"] += "\nPrevious article\n" in text
        seen["date bar"] += " minutes ago " in text  # session 14: the age, the day several ways, the clock
    assert not mismatches, f"{dict(mismatches)}; first per field: {examples}"
    assert all(seen[k] for k in ("caption", "pointer", "offer", "navigation", "date bar")), dict(seen)


def test_site_notice_layout_every_field_matches_truth(tmp_path):
    """An outlet the registry does not know named only where the site speaks of itself (session 14): a notice without
    its mark first, the mark over the notice's line, a rights-owner sentence, an ethics pledge or a CMS's browser title
    names the outlet (session 15: the site's channel promotion and its footer address line too; session 16: the notice as
    a sentence about copyright law, the name as the info bar's item above the stamp); none of those lines is left in
    the story: 100% per field."""
    synth.generate_corpus(tmp_path, days=1, per_day=24, seed=20240627, start_date=date(2026, 11, 2),
                          outlets="site_notice")
    mismatches: Counter[str] = Counter()
    examples: dict[str, str] = {}
    seen: Counter[str] = Counter()
    for rel, text, got, truth in _mixed_pairs(tmp_path):
        _count_mismatches(rel, got.to_dict(), truth, mismatches, examples)
        assert [w for w in got.warnings if w.startswith("outlet not registered")], (rel, got.warnings)
        assert not any(w in p for p in got.paragraphs for w in ("무단", "저작권", "윤리강령", "기사본문")), rel
        seen["title"] += "< 기사본문 - " in text
        seen["two_lines"] += "\nⓒ " in text
        seen["pledge"] += "윤리강령" in text
        seen["promotion"] += "구독하기" in text  # session 15: the site's own marks
        seen["address"] += "대표전화" in text
        seen["law"] += "저작권법" in text  # session 16
        seen["bar"] += "\n  • " in text.split("  • 등록", 1)[0]
        assert not any(w in p for p in got.paragraphs for w in ("구독하기", "대표전화")), rel
    assert not mismatches, f"{dict(mismatches)}; first per field: {examples}"
    assert all(seen[k] for k in ("title", "two_lines", "pledge", "promotion", "address", "law", "bar")), dict(seen)
