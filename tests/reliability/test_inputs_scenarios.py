"""Fault injection, bad-input half (issue #18): one landing day holds the 21 valid sample pages plus
one file per scenario; a single ``chainwire run`` of that day must account for every input path in
``core.raw_files`` with a clear reason, load every valid page, and keep injected markup out of
every HTML page and formulas out of every CSV we write. Invented text only (the sample corpus is
generated)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample" / "raw" / "2026-11-02"
DAY = date(2026, 11, 5)
KH_TITLE = "Hyundai Mobis signs long-term deal to secure neodymium"
XSS = '<script>alert("xss")</script><img src=x onerror=alert(2)>'
FORMULA = '=HYPERLINK("http://example.invalid/x","click")'


def _kh(title: str, **replace: str) -> str:
    """An English page dump (generated sample) with its own headline, so its article_id is its own. The
    headline is marked like one (a comma) as the generator's are: a made-up headline that shares no word
    with the story would otherwise give way to the deck under it (``generic._Page.on_topic``: a site's
    line above the headline), and every page of one story would get the same title."""
    text = (SAMPLE / "kh-20261102-001.txt").read_text(encoding="utf-8").replace(KH_TITLE, f"{title}, officials say")
    for old, new in replace.items():
        text = text.replace(old.replace("_", " "), new)
    return text


def _np(title: str) -> str:
    lines = (SAMPLE / "np-20261102-002.txt").read_text(encoding="utf-8").split("\n")
    lines[8] = title
    return "\n".join(lines)


def _html(title: str, body_extra: str = "", head_extra: str = "") -> str:
    paras = "".join(f"<p>Officials said the supply chain review number {i} covers batteries, chips and minerals "
                    f"for the {title[:20]!s} programme this quarter.</p>" for i in range(6))
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head_extra}</head>'
            f"<body><article><h1>{title}</h1>{paras}{body_extra}</article></body></html>")


def _jsonl(*records) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records).encode()


GOOD_HTML = _html("Battery makers agree on a cathode supply framework")


# name -> (file name, bytes, {raw_path suffix: (allowed statuses, reason/warning substring or None)})
def _scenarios() -> dict[str, tuple[str, bytes, dict]]:
    ko = _np("가상 제목: 반도체 공급망 점검 회의 개최")
    s: dict[str, tuple[str, bytes, dict]] = {}

    def add(name, fname, data, expect):
        s[name] = (fname, data, expect)

    parsed = {"parsed"}
    # ---- bytes and encodings
    add("utf8_bom", "enc-bom.txt", b"\xef\xbb\xbf" + _kh("BOM page on chip export rules").encode(), {"": (parsed, None)})
    add("utf16_bom", "enc-utf16.txt", _kh("UTF-16 page on lithium supply").encode("utf-16"), {"": (parsed, None)})
    add("utf16_no_bom", "enc-utf16le.txt", _kh("UTF-16LE page on nickel supply").encode("utf-16-le"),
        {"": (parsed, "UTF-16 without a byte-order mark")})
    add("cp949", "enc-cp949.txt", ko.replace("가상 제목", "CP949 제목").replace("\u2022", "-").encode("cp949", "replace"), {"": (parsed, None)})
    broken = _np("가상 제목: 깨진 바이트 공급망 기사").encode()
    cut = broken.index("공급망 리스크".encode()) if "공급망 리스크".encode() in broken else len(broken) // 2
    add("utf8_broken_bytes", "enc-broken.txt", broken[:cut] + b"\xff\xc3" + broken[cut:],
        {"": (parsed, "invalid UTF-8")})
    add("utf8_truncated_multibyte", "enc-truncated.txt", (_np("가상 제목: 잘린 문자 공급망 기사") + "끝").encode()[:-1],
        {"": (parsed, "invalid UTF-8")})
    add("mixed_utf8_cp949", "enc-mixed.txt",
        _np("가상 제목: 혼합 인코딩 공급망 기사").encode() + "\n한국어 문단 하나\n".encode("cp949"),
        {"": (parsed, "invalid UTF-8")})
    add("existing_fffd", "enc-fffd.txt", _kh("Replacement \ufffd character in a battery story").encode(),
        {"": (parsed, "U+FFFD")})
    nul = _kh("NUL bytes inside a rare earth story").encode()
    add("nul_bytes", "enc-nul.txt", nul[:400] + b"\x00\x00" + nul[400:], {"": (parsed, "NUL byte")})
    add("binary", "bin-image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, {"": ({"rejected"}, "binary input")})
    add("declared_utf8_html_broken", "enc-declared.html",
        _html("Declared UTF-8 page with one broken byte").encode().replace(b"covers", b"cov\xc3\x28ers", 1),
        {"": (parsed, "invalid UTF-8")})
    # ---- sizes
    add("zero_bytes", "size-zero.txt", b"", {"": ({"rejected"}, "empty file (0 bytes)")})
    add("whitespace_only", "size-blank.txt", b" \n\n\t\n", {"": ({"rejected"}, "empty file")})
    add("oversized_40mb", "size-40mb.html",
        _html("Forty megabyte page", body_extra="<p>" + "padding words " * (40 * 2**20 // 14) + "</p>").encode(),
        {"": ({"rejected"}, "over the per-file limit")})
    add("oversized_record", "size-record.jsonl", _jsonl(
        {"url": "https://example.invalid/huge", "text": _kh("Huge record about graphite").replace("Analysts expect", "".join(
            f"Officials reviewed supply item {i} for graphite anodes this week.\n\n" for i in range(12_000))
            + "Analysts expect")},
        {"url": "https://example.invalid/ok1", "html": _html("Valid line beside a huge record")}),
        {"#L1": ({"rejected"}, "per-record limit"), "#L2": (parsed, None)})
    # ---- JSONL and sidecar shapes and types
    add("jsonl_url_number", "jl-types.jsonl", _jsonl(
        {"url": "https://example.invalid/good", "html": GOOD_HTML},
        {"url": 123, "html": _html("URL given as a number for a cobalt story")},
        {"url": "https://example.invalid/null", "html": None},
        {"url": "https://example.invalid/obj", "html": {"nested": {"deep": [1, 2]}}},
        [1, 2, 3],
        "this line is not json",
        "\"just a string\"",
        {"title": ["not", "a", "string"], "fetched_at": {"t": 1},
         "html": _html("Wrongly typed title and fetch time for a magnet story")},
        "[" * 5000),
        {"#L1": (parsed, None), "#L2": (parsed, "'url' is a number"), "#L3": ({"rejected"}, "'html' and 'text' are empty or null"),
         "#L4": ({"rejected"}, "'html' is an object"), "#L5": ({"rejected"}, "not a JSON object but an array"),
         "#L6": ({"rejected"}, "not JSON"), "#L7": ({"rejected"}, "not a JSON object"),
         "#L8": (parsed, "'title' is an array"), "#L9": ({"rejected"}, "not JSON")})
    add("jsonl_all_bad", "jl-bad.jsonl", _jsonl({"html": None, "text": None}, "{}"),
        {"#L1": ({"rejected"}, "no page"), "#L2": ({"rejected"}, "no page")})
    add("sidecar_wrong_types", "side-types.txt", _kh("Sidecar with wrong types for a chip story").encode(),
        {"": (parsed, "'url' is a number")})
    add("sidecar_not_object", "side-array.txt", _kh("Sidecar holding an array for a hydrogen story").encode(),
        {"": (parsed, "not a JSON object")})
    add("sidecar_broken_json", "side-broken.txt", _kh("Sidecar with broken JSON for a tariff story").encode(),
        {"": (parsed, "unreadable sidecar")})
    # ---- dates
    add("date_impossible", "date-impossible.txt",
        _kh("Impossible date on a solar story").replace("2026-11-01 06:27", "2026-02-30 25:61").encode(),
        {"": ({"parsed", "quarantined"}, None)})
    add("date_far_future", "date-future.txt",
        _kh("Far future date on a steel story").replace("2026-11-01 06:27", "2099-11-01 06:27").encode(),
        {"": ({"quarantined"}, "published_at")})
    add("date_1970", "date-1970.txt",
        _kh("Epoch date on a shipping story").replace("2026-11-01 06:27", "1970-01-01 09:00").encode(),
        {"": ({"quarantined"}, "published_at")})
    # ---- HTML
    add("html_script_tags", "html-script.html",
        _html("Script tags around a semiconductor story", body_extra="<script>document.write('chrome')</script>",
              head_extra="<script>var tracking = 1;</script>").encode(), {"": (parsed, None)})
    add("html_huge_attribute", "html-attr.html",
        _html("Huge attribute on a battery story", body_extra=f'<div data-x="{"a" * 2_000_000}">x</div>').encode(),
        {"": ({"parsed", "rejected", "quarantined"}, None)})
    add("html_malformed", "html-malformed.html",
        b"<html><head><title>Malformed page on minerals</title><body><div><p>Unclosed paragraph about minerals "
        + b"and export controls, written for this test only. " * 4 + b"<table><tr><td>cell<p>more text</div></span>",
        {"": ({"parsed", "rejected", "quarantined"}, None)})
    # ---- injection
    add("formula_title", "inj-formula.txt", _kh(FORMULA + " on a lithium story").encode(), {"": (parsed, None)})
    add("xss_title_quarantined", "inj-xss.txt",
        _kh(XSS + " Headline " + "long words " * 40).encode(), {"": ({"quarantined"}, "title")})
    add("xss_title_parsed", "inj-xss-short.txt", _kh(XSS + " short xss headline on chips").encode(),
        {"": (parsed, None)})
    add("unsupported_type", "other.pdf", b"%PDF-1.4 fake", {"": ({"rejected"}, "unsupported raw file type")})
    return s


SIDECARS = {"side-types.txt": b'{"url": 123, "fetched_at": {"nested": true}, "title": 5}',
            "side-array.txt": b"[1, 2, 3]", "side-broken.txt": b'{"url": "https://exa'}


@pytest.fixture(scope="module")
def day_run(tmp_path_factory):
    """Run the day once (all stages, report included) in a private workspace; yields what to inspect."""
    tmp = tmp_path_factory.mktemp("inputs")
    raw, data, gx = tmp / "raw", tmp / "data", tmp / "gx"
    folder = raw / DAY.isoformat()
    folder.mkdir(parents=True)
    for p in sorted(SAMPLE.iterdir()):
        shutil.copy(p, folder / p.name)
    scenarios = _scenarios()
    for fname, payload, _ in scenarios.values():
        (folder / fname).write_bytes(payload)
    for fname, payload in SIDECARS.items():
        (folder / (fname + ".meta.json")).write_bytes(payload)
    env = {"CHAINWIRE_RAW_DIR": str(raw), "CHAINWIRE_DATA_DIR": str(data), "CHAINWIRE_GX_DIR": str(gx),
           "CHAINWIRE_SETTLE_SECONDS": "0", "CHAINWIRE_MAX_RECORD_CHARS": "500000"}
    mp = pytest.MonkeyPatch()
    for k, v in env.items():
        mp.setenv(k, v)
    try:
        from chainwire.pipeline import run_day
        from chainwire.settings import get_settings

        out = run_day(DAY, settings=get_settings())
        import duckdb

        con = duckdb.connect(str(get_settings().snapshot_path), read_only=True)
        rows = con.execute("select raw_path, status, reason from core.raw_files where landing_date = ?",
                           [DAY]).fetchall()
        warnings = dict(con.execute("select raw_path, array_to_string(warnings, ' | ') from core.articles "
                                    "where landing_date = ?", [DAY]).fetchall())
        qreasons = {}
        for p, r in con.execute("select raw_path, reason from core.quarantine where landing_date = ?", [DAY]).fetchall():
            qreasons[p] = (qreasons.get(p, "") + " " + r).strip()
        con.close()
        yield {"out": out, "raw_files": {p: (st, r) for p, st, r in rows}, "warnings": warnings,
               "quarantine": qreasons, "scenarios": scenarios, "tmp": tmp, "settings": get_settings(), "env": env}
    finally:
        mp.undo()


SCENARIO_NAMES = sorted(_scenarios())


def test_scenario_count():
    assert len(SCENARIO_NAMES) >= 25


@pytest.mark.parametrize("name", SCENARIO_NAMES)
def test_every_input_accounted_with_a_reason(day_run, name):
    fname, _, expect = day_run["scenarios"][name]
    rf = day_run["raw_files"]
    for suffix, (statuses, text) in expect.items():
        path = f"{DAY.isoformat()}/{fname}{suffix}"
        assert path in rf, f"{name}: {path} missing from core.raw_files"
        status, reason = rf[path]
        assert status in statuses, f"{name}: {path} is {status} ({reason}), expected {statuses}"
        if status != "parsed":
            assert reason and len(reason) > 8, f"{name}: {status} without a clear reason"
        if text:
            where = " ".join(filter(None, [reason or "", day_run["warnings"].get(path, ""),
                                            day_run["quarantine"].get(path, "")]))
            assert text in where, f"{name}: expected {text!r} in the reason/warnings, got {where!r}"


def test_valid_pages_not_lost(day_run):
    rf = day_run["raw_files"]
    for p in sorted(SAMPLE.glob("*.txt")):
        assert rf[f"{DAY.isoformat()}/{p.name}"][0] == "parsed", p.name
    assert day_run["out"]["load"]["rows"]["articles"] >= 21 + 15


def test_every_path_in_the_folder_has_a_row(day_run):
    folder = Path(day_run["env"]["CHAINWIRE_RAW_DIR"]) / DAY.isoformat()
    files = {f"{DAY.isoformat()}/{p.name}" for p in folder.iterdir() if not p.name.endswith(".meta.json")}
    known = {p.split("#", 1)[0] for p in day_run["raw_files"]}
    assert files <= known, files - known


def test_no_injected_markup_in_any_html(day_run):
    """Data Docs (GX's own site, the shared copy the report links and the plugin serves) and the report."""
    roots = [Path(day_run["env"]["CHAINWIRE_GX_DIR"]), day_run["settings"].reports_dir]
    pages = [p for r in roots for p in r.rglob("*.html")]
    assert any("_data-docs" in p.parts for p in pages) and any("latest" in p.parts for p in pages)
    for page in pages:
        text = page.read_text(encoding="utf-8", errors="replace")
        assert "<script>alert" not in text and "onerror=alert" not in text, page


def test_data_docs_offline_and_linked_once(day_run):
    reports = day_run["settings"].reports_dir
    shared = reports / "_data-docs"
    assert (shared / "index.html").is_file()
    for page in shared.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for bad in ('src="http', "src='http", 'href="https://maxcdn', 'href="https://cdn', 'href="https://unpkg'):
            assert bad not in text, (page, bad)
    links = [p / "data-docs" for p in reports.iterdir() if p.is_dir() and p.name != "_data-docs"]
    assert links and all(link.is_symlink() for link in links), links


def test_csv_exports_neutralise_formulas(day_run, capsys):
    reports = day_run["settings"].reports_dir
    for f in (reports / "latest" / "data").glob("*.csv"):
        for row in csv.reader(io.StringIO(f.read_text(encoding="utf-8-sig"))):
            assert not any(c.startswith(("=", "+", "@")) for c in row), (f, row)
    from chainwire.cli import main

    mp = pytest.MonkeyPatch()
    for k, v in day_run["env"].items():
        mp.setenv(k, v)
    try:
        main(["sql", "--format", "csv", "select title from core.articles where title like '%HYPERLINK%'"])
    finally:
        mp.undo()
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[1:] and all(r[0].startswith("'" + FORMULA) for r in rows[1:]), rows


def test_gx_output_bounded(day_run):
    """The 40 MB page never reaches GX; stored results hold no unexpected values."""
    store = Path(day_run["env"]["CHAINWIRE_GX_DIR"]) / "uncommitted" / "validations"
    total = sum(p.stat().st_size for p in store.rglob("*.json"))
    assert total < 5 * 2**20, total
    for p in store.rglob("*.json"):
        assert "partial_unexpected_list" not in p.read_text(encoding="utf-8")
