"""The sample generator's outlet layouts: default unchanged, determinism, naming, truth consistent with the page."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from chainwire.extract.outlets import OUTLETS
from chainwire_synth import generate_corpus
from chainwire_synth.__main__ import main as synth_main
from chainwire_synth.layouts import SHAPE_LAYOUTS, layouts, resolve

pytestmark = pytest.mark.unit  # make test-fast

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "sample"
REAL_SAMPLE = ROOT.parent / "shared" / "samples" / "newspim_page_dump.txt"
START = date(2026, 11, 2)
NAME_RE = re.compile(r"(np|npm|yna|nsis|tp|kh|yen|tv|ptl|rdr|aju|edl)-\d{8}-\d{3}")
HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("mixed")
    generate_corpus(out, days=2, per_day=70, seed=11, start_date=START, outlets="all")
    return out


def _pages(root: Path):
    for raw in sorted((root / "raw").rglob("*.txt")):
        truth = json.loads((root / "truth" / raw.parent.name / f"{raw.stem}.json").read_text(encoding="utf-8"))
        yield raw, raw.read_text(encoding="utf-8"), truth


# ---------------------------------------------------------------- the default stays as it was


def test_bundled_sample_is_reproducible_from_the_generator(tmp_path):
    """sample/ is exactly `make sample`: 3 days x 24 pages, seed 7, every layout."""
    if not (BUNDLED / "raw").is_dir():
        pytest.skip("bundled sample absent")
    summary = generate_corpus(tmp_path, days=3, per_day=24, seed=7, start_date=START, outlets="all")
    assert summary["files"] == 72 and len(summary["layouts"]) == 12
    assert _tree(tmp_path / "raw") == _tree(BUNDLED / "raw")
    if (BUNDLED / "truth").is_dir():
        assert _tree(tmp_path / "truth") == _tree(BUNDLED / "truth")


def test_outlets_newspim_is_the_default(tmp_path):
    generate_corpus(tmp_path / "a", days=1, per_day=5, seed=3)
    generate_corpus(tmp_path / "b", days=1, per_day=5, seed=3, outlets="newspim")
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b")


# ---------------------------------------------------------------- choosing layouts


def test_resolve():
    keys = tuple(layouts())
    assert len(keys) >= 6 and keys[0] == "newspim"
    assert resolve(None) == ("newspim",) and resolve("all") == tuple(k for k in keys if layouts()[k].in_all)
    assert set(keys) - set(resolve("all")) == set(SHAPE_LAYOUTS)
    assert resolve("all,newspim_photo") == (*resolve("all"), "newspim_photo")
    assert resolve("yonhap, koreaherald") == ("yonhap", "koreaherald") == resolve(["yonhap", "koreaherald"])
    assert {lay.outlet for lay in layouts().values() if lay.outlet} <= {o.name for o in OUTLETS}  # "": names none
    with pytest.raises(ValueError):
        resolve("nosuchoutlet")


def test_mix_is_round_robin_and_names_show_the_outlet(tmp_path):
    summary = generate_corpus(tmp_path, days=2, per_day=9, seed=5, outlets="yonhap,thepublic,koreaherald")
    assert summary["files"] == 18 and summary["layouts"] == {"yonhap": 6, "thepublic": 6, "koreaherald": 6}
    for day in ("2026-11-02", "2026-11-03"):
        names = sorted(p.stem for p in (tmp_path / "raw" / day).glob("*.txt"))
        compact = day.replace("-", "")
        assert names == sorted(f"{p}-{compact}-{i:03d}" for p in ("yna", "tp", "kh") for i in (1, 2, 3))
        assert names == sorted(p.stem for p in (tmp_path / "truth" / day).glob("*.json"))


def test_mixed_is_deterministic_and_seed_sensitive(tmp_path):
    generate_corpus(tmp_path / "a", days=1, per_day=14, seed=3, outlets="all")
    generate_corpus(tmp_path / "b", days=1, per_day=14, seed=3, outlets="all")
    generate_corpus(tmp_path / "c", days=1, per_day=14, seed=4, outlets="all")
    ta, tb, tc = _tree(tmp_path / "a"), _tree(tmp_path / "b"), _tree(tmp_path / "c")
    assert ta == tb and ta.keys() == tc.keys()
    assert all(ta[k] != tc[k] for k in ta if k.startswith("raw/"))


def test_a_layout_does_not_change_when_others_join(tmp_path):
    generate_corpus(tmp_path / "one", days=1, per_day=2, seed=8, outlets="koreaherald")
    generate_corpus(tmp_path / "two", days=1, per_day=4, seed=8, outlets="yonhap,koreaherald")
    one, two = _tree(tmp_path / "one"), _tree(tmp_path / "two")
    assert all(two[k] == v for k, v in one.items())


def test_module_cli(tmp_path, capsys):
    assert synth_main(["--out", str(tmp_path), "--days", "1", "--per-day", "12", "--outlets", "all"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["files"] == 12 and len(summary["layouts"]) == 12


# ---------------------------------------------------------------- truth agrees with the page


def test_truth_is_consistent_with_each_page(mixed):
    by_outlet: Counter[str] = Counter()
    for raw, text, t in _pages(mixed):
        lines = [ln.strip() for ln in text.split("\n")]
        assert NAME_RE.fullmatch(raw.stem), raw.name
        assert t["source_path"] == f"raw/{raw.parent.name}/{raw.name}"
        assert t["outlet"] in {o.name for o in OUTLETS} and t["parser"] is None and t["warnings"] == []
        by_outlet[t["outlet"]] += 1
        if t["title"] is not None:  # on its own line, or in a reader-mode capture header
            assert t["title"] in lines or text.startswith(f" date {raw.parent.name} {t['title']}\n")
        assert all(s in lines for s in t["subtitle_lines"])
        # every paragraph is printed: on its own line, or after the byline glued to it
        script = " ".join(ln for ln in lines if ln) if raw.stem.startswith("tv-") else ""
        for p in t["paragraphs"]:  # a broadcast script breaks a sentence over short lines
            assert p in lines or any(ln.endswith(p) and ln != p for ln in lines) or p in script, (raw.name, p[:40])
        assert t["body_text"] == "\n\n".join(t["paragraphs"])
        assert all(name in text for name in t["reporters"]) and all(e in text for e in t["reporter_emails"])
        assert len(t["reporters"]) == len(t["reporter_roles"])
        if t["dateline"] is not None:
            assert t["dateline"] in text
        published = datetime.fromisoformat(t["published_at"])
        # Seoul time, the home zone of a foreign outlet that prints its own wall clock, or the zone the stamp names
        zone = ZoneInfo(next(o for o in OUTLETS if o.name == t["outlet"]).timezone or "Asia/Seoul")
        named_gmt = published.utcoffset() == timedelta(0) and f"{published:%H:%M} GMT" in text
        assert named_gmt or published.utcoffset() == published.replace(tzinfo=zone).utcoffset()
        assert 0 <= (date.fromisoformat(raw.parent.name) - published.date()).days <= 2
        if t["updated_at"]:
            assert datetime.fromisoformat(t["updated_at"]) > published
        for c in t["photo_captions"]:
            assert c["text"] in text and (c["credit"] is None or c["credit"].split()[-1] in text)
        # the photographer is never a reporter of the story
        for c in t["photo_captions"]:
            if c["email"]:
                assert c["email"] not in t["reporter_emails"] or c["email"] == t["reporter_emails"][0]
        assert set(t["machine_generated"]) == {"ai_summary", "ai_translation", "ai_stock_analysis"}
    assert set(by_outlet) == {"newspim", "yonhap", "newsis", "thepublic", "koreaherald", "yonhap_en", "ytn", "news1",
                              "asiae", "ajupress", "edaily", "straitstimes", "mb", "taipeitimes"}


def test_english_layouts_are_in_english(mixed):
    n = 0
    for raw, text, t in _pages(mixed):
        if raw.stem.startswith(("kh-", "yen-", "aju-")):
            n += 1
            assert t["language"] == "en" and not HANGUL_RE.search(text), raw.name
            # romanised names, as bylines print them ("Kim Min-jun") or as BY lines do ("KIM MIN-JUN")
            assert all(re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+|[A-Z]+ [A-Z]+-[A-Z]+", r) for r in t["reporters"])
        else:
            assert t["language"] == "ko"
    assert n == 34  # 12 kh + 12 yen + 10 aju


def test_layout_variation(mixed):
    truths = [(raw.stem.split("-")[0], t) for raw, _text, t in _pages(mixed)]
    sources = Counter(t["published_at_source"] for _, t in truths)
    assert set(sources) == {"page_field", "caption_date", "body_relative_date", "landing_date"}
    npm = [t for p, t in truths if p == "npm"]
    assert any(t["title"] is None for t in npm) and any(t["title"] for t in npm)
    assert any(t["dateline"] is None for t in npm) and any(t["dateline"] for t in npm)
    assert {r for t in npm for r in t["reporter_roles"]} - {"기자", "선임기자", "특파원"}  # job titles
    assert any(len(t["reporters"]) > 1 for p, t in truths if p == "yna")
    assert any(t["section"] is None for p, t in truths if p == "nsis")
    assert any(t["photo_captions"] for p, t in truths if p in ("yna", "nsis", "tp", "kh"))
    assert any(t["updated_at"] for p, t in truths if p in ("yna", "nsis", "tp", "kh"))
    titles = [t["title"] for _, t in truths if t["title"]]
    assert len(set(titles)) >= 0.95 * len(titles)


def test_no_article_text_of_the_real_sample_is_reproduced(mixed):
    if not REAL_SAMPLE.exists():
        pytest.skip(f"real sample page absent: {REAL_SAMPLE}")
    sample_lines = [ln.strip() for ln in REAL_SAMPLE.read_text(encoding="utf-8").split("\n")]
    start = sample_lines.index("※ 번역할 언어 선택")
    from chainwire_synth import vocab as V

    chrome = set(V.CHROME_TOP) | set(V.FONT_WIDGET) | set(V.WIDGET_HEADER) | set(V.TRANSLATE_FOOTER) | {
        V.WIDGET_DISCLAIMER, V.BEST_HEADER, V.TEASER_PHOTO, V.WIDGET_POSITIVE, V.WIDGET_NEGATIVE, *V.CHROME_BOTTOM}
    snippets = []
    for s in sample_lines[start + 1:]:
        if len(s) > 30 and not s.startswith("•") and s not in chrome:  # layout chrome is reproduced on purpose
            snippets.append(s)
            snippets += [x.strip() for x in re.split(r"(?<=다\.)\s+", s) if len(x.strip()) > 30]
    assert len(snippets) > 20
    for raw, text, _t in _pages(mixed):
        for s in snippets:
            assert s not in text, f"{raw.name} reproduces sample text: {s[:60]}"
