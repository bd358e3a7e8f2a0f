"""Bad-input units (issue #18): damaged encodings decode with a warning, Data Docs are escaped and
offline, CSV exports neutralise formulas. Invented text only."""

from __future__ import annotations

from pathlib import Path

import pytest

from chainwire.extract.decode import decode_text
from chainwire.quality.datadocs import CDN, sanitize_html

KO = "가상의 기사 본문입니다. 공급망 점검 회의가 열렸다. " * 20


@pytest.mark.parametrize("name, data, encoding, warning", [
    ("utf8_few_broken_bytes", KO.encode()[:100] + b"\xff\xfe\xc3" + KO.encode()[100:], "utf-8", "invalid UTF-8: 3"),
    ("utf8_truncated_multibyte", (KO + "끝").encode()[:-1], "utf-8", "invalid UTF-8: 1"),
    ("utf8_with_cp949_fragment", KO.encode() + "한국어 문단".encode("cp949") + KO.encode(), "utf-8", "invalid UTF-8"),
    ("utf8_bom", b"\xef\xbb\xbf" + KO.encode(), "utf-8-sig", None),
    ("utf16_bom", KO.encode("utf-16"), "utf-16", None),
    ("utf16le_without_bom", KO.encode("utf-16-le"), "utf-16-le", "UTF-16 without a byte-order mark"),
    ("cp949", KO.encode("cp949"), "cp949", None),
    ("existing_fffd", (KO + "\ufffd").encode(), "utf-8", "already contains 1 U+FFFD"),
    ("few_nul_bytes", KO.encode()[:300] + b"\x00\x00" + KO.encode()[300:], "utf-8", "2 NUL byte(s) removed"),
])
def test_damaged_text_decodes_with_a_warning(name, data, encoding, warning):
    d = decode_text(data)
    assert d.encoding == encoding, name
    assert "공급망 점검" in d.text and "\x00" not in d.text
    if warning:
        assert any(warning in w for w in d.warnings), d.warnings
    else:
        assert not d.warnings


def test_declared_utf8_html_with_broken_bytes_is_utf8():
    from chainwire.extract.html import decode_html

    page = ('<html><head><meta charset="utf-8"><title>가상 제목</title></head><body><p>'
            + KO + "</p></body></html>").encode()
    text, label = decode_html(page[:200] + b"\xc3\x28" + page[200:])
    assert label.startswith("utf-8 (invalid UTF-8: 1") and "가상 제목" in text


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03" * 100, b"PK\x03\x04" + b"\x00" * 50])
def test_binary_still_rejected(data):
    with pytest.raises(ValueError, match="binary"):
        decode_text(data)


XSS = '<script>alert("x")</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">t</a>'


def test_sanitizer_neutralises_injected_markup_and_keeps_gx_scripts():
    page = ("<!DOCTYPE html><html><head>"
            '<link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css"/>'
            '<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>'
            '<script src="https://evil.example/x.js"></script></head><body>'
            "<div><script>\nfunction showAllValidations() {}\n</script></div>"
            f'<table><tr><td><div class="show-scrollbars">{XSS}</div></td></tr></table>'
            '<iframe src="https://evil.example"></iframe><meta http-equiv="refresh" content="0;url=https://e">'
            "</body></html>")
    clean, dropped = sanitize_html(page, "static/v/")
    assert "<script>alert" not in clean and "onerror" not in clean and "javascript:" not in clean
    assert "&lt;script&gt;alert" in clean  # shown as text
    assert "<iframe" not in clean and "http-equiv" not in clean and "evil.example" not in clean
    assert 'href="static/v/css/bootstrap.min.css"' in clean and 'src="static/v/js/jquery.min.js"' in clean
    assert "function showAllValidations" in clean.split("<table>")[0]
    assert "https://" not in clean


def test_every_cdn_asset_is_vendored():
    from chainwire.quality.datadocs import REPORT_VEGA, vendor_source

    src = vendor_source()
    for local in CDN.values():
        name = local.split("/", 1)[1]
        assert (src / local).is_file() or name in REPORT_VEGA, local
    assert (src / "licenses" / "bootstrap-LICENSE.txt").is_file()


def test_csv_neutralize():
    from chainwire.csvsafe import neutralize, neutralize_row

    assert neutralize_row(["=1+1", "+x", "-x", "@x", "\tx", "\rx", "ok", -3, None]) == [
        "'=1+1", "'+x", "'-x", "'@x", "'\tx", "'\rx", "ok", -3, None]
    assert neutralize("") == ""


def test_report_retention_keeps_last_n(tmp_path):
    from chainwire.report.build import prune_dated_reports

    for d in range(1, 21):
        (tmp_path / f"2026-10-{d:02d}_to_2026-11-{d:02d}").mkdir()
    (tmp_path / "latest").mkdir()
    (tmp_path / "_data-docs").mkdir()
    removed = prune_dated_reports(tmp_path, 14)
    assert len(removed) == 6 and "2026-10-01_to_2026-11-01" in removed
    left = sorted(p.name for p in tmp_path.iterdir())
    assert "latest" in left and "_data-docs" in left and "2026-10-20_to_2026-11-20" in left and len(left) == 16


def test_plugin_serves_shared_data_docs_with_security_headers(tmp_path):
    import importlib.util

    from fastapi.testclient import TestClient

    from chainwire.folders import swap_in_folder  # noqa: F401 (module importable)

    root = Path(__file__).resolve().parents[2]
    spec = importlib.util.spec_from_file_location("cw_plugin", root / "plugins" / "chainwire_coverage_plugin.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    shared = tmp_path / "_data-docs"
    shared.mkdir()
    (shared / "index.html").write_text("<html><body>docs</body></html>")
    (tmp_path / "secret.txt").write_text("no")
    latest = tmp_path / "latest"
    latest.mkdir()
    (latest / "index.html").write_text("<html>report</html>")
    (latest / "data-docs").symlink_to(Path("..") / "_data-docs", target_is_directory=True)
    client = TestClient(mod.create_app(folder=latest, require_auth=False))
    r = client.get("/data-docs/index.html")
    assert r.status_code == 200 and "docs" in r.text
    assert "default-src 'self'" in r.headers["content-security-policy"] and r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/..%2Fsecret.txt").status_code == 404
