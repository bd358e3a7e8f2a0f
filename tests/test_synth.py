"""The sample-corpus generator: determinism, layout, ground-truth consistency, variation."""

from __future__ import annotations

import ast
import json
import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from chainwire_synth import generate_corpus, infer_blank_date
from chainwire_synth import vocab as V
from chainwire_synth.josa import attach

pytestmark = pytest.mark.unit  # make test-fast

REAL_SAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "samples" / "newspim_page_dump.txt"
START = date(2026, 11, 2)


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _truths(root: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((root / "truth").rglob("*.json"))]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synth3x20")
    summary = generate_corpus(out, days=3, per_day=20, seed=7, start_date=START)
    assert summary["files"] == 60
    return out


# ------------------------------------------------------------------ determinism

def test_same_seed_is_byte_identical_and_other_seeds_differ(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    generate_corpus(a, days=2, per_day=6, seed=3)
    generate_corpus(b, days=2, per_day=6, seed=3)
    generate_corpus(c, days=2, per_day=6, seed=4)
    ta, tb, tc = _tree(a), _tree(b), _tree(c)
    assert ta == tb
    assert ta.keys() == tc.keys()
    assert all(ta[k] != tc[k] for k in ta if k.startswith("raw/"))


def test_rerun_overwrites_in_place(tmp_path):
    generate_corpus(tmp_path, days=1, per_day=3, seed=5)
    first = _tree(tmp_path)
    victim = tmp_path / "raw" / START.isoformat() / "np-20261102-001.txt"
    victim.write_text("garbage", encoding="utf-8")
    generate_corpus(tmp_path, days=1, per_day=3, seed=5)
    assert _tree(tmp_path) == first


# ------------------------------------------------------------ package boundary

def test_product_code_never_imports_the_generator_package():
    """chainwire_synth depends on chainwire, never the reverse (DAGs and the UI plugin included)."""
    root = Path(__file__).resolve().parents[1]
    offenders = []
    for path in [*(root / "include" / "chainwire").rglob("*.py"), *(root / "dags").rglob("*.py"),
                 *(root / "plugins").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            else:
                continue
            offenders += [f"{path.relative_to(root)}: {n}" for n in names if n.split(".")[0] == "chainwire_synth"]
    assert offenders == []


def test_generator_modules_import_no_private_names_and_no_function_level_generator_modules():
    """Layouts depend on the public core (chainwire_synth.story), not on each other's internals."""
    root = Path(__file__).resolve().parents[1] / "include" / "chainwire_synth"
    private, late = [], []
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                private += [f"{path.name}: {node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.ImportFrom) and (inner.level or (inner.module or "").startswith(
                            "chainwire_synth.")) and path.name != "command.py":  # command: lazy, to start fast
                        late.append(f"{path.name}:{node.name}: {inner.module}")
    assert private == [] and late == []


def test_chainwire_synth_subcommand_comes_from_the_entry_point(tmp_path, capsys):
    from importlib.metadata import entry_points

    from chainwire.cli import main

    registered = {ep.name: ep.value for ep in entry_points(group="chainwire.commands")}
    assert registered.get("synth") == "chainwire_synth.command:add_subcommand"  # needs `pip install -e .`
    assert main(["synth", "--out", str(tmp_path), "--days", "1", "--per-day", "3", "--seed", "5"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["files"] == 3
    assert sorted(p.name for p in (tmp_path / "raw" / START.isoformat()).iterdir()) == [
        f"np-20261102-{i:03d}.txt" for i in (1, 2, 3)]


# ----------------------------------------------------------------------- layout

def test_counts_names_and_summary(tmp_path):
    summary = generate_corpus(tmp_path, days=3, per_day=4, seed=9, start_date=date(2026, 12, 30))
    days = ["2026-12-30", "2026-12-31", "2027-01-01"]
    assert summary["files"] == 12 and summary["days"] == days
    for day in days:
        raws = sorted(p.stem for p in (tmp_path / "raw" / day).glob("*.txt"))
        truths = sorted(p.stem for p in (tmp_path / "truth" / day).glob("*.json"))
        compact = day.replace("-", "")
        assert raws == truths == [f"np-{compact}-{i:03d}" for i in range(1, 5)]


def test_every_truth_is_complete_and_consistent_with_its_page(corpus):
    truths = _truths(corpus)
    assert len(truths) == 60
    for t in truths:
        raw_path = corpus / t["source_path"]
        assert raw_path.is_file(), t["source_path"]
        assert re.fullmatch(r"raw/\d{4}-\d{2}-\d{2}/np-\d{8}-\d{3}\.txt", t["source_path"])
        landing = date.fromisoformat(raw_path.parent.name)
        raw = raw_path.read_text(encoding="utf-8")
        lines = raw.split("\n")

        assert t["outlet"] == "newspim" and t["url"] is None and t["outlet_article_id"] is None
        assert t["language"] == "ko" and t["warnings"] == [] and t["parser"] is None
        assert t["title"] and t["title"] in lines
        assert f"{t['section']} {t['subsection']}" == lines[2]
        assert t["published_at"].endswith("+09:00")
        published = datetime.fromisoformat(t["published_at"])
        assert 0 <= (landing - published.date()).days <= 2
        assert t["reporters"] and len(t["reporters"]) == len(t["reporter_roles"]) == len(t["reporter_emails"])
        assert all(e.endswith("@newspim.com") for e in t["reporter_emails"])
        assert 3 <= len(t["paragraphs"]) <= 8
        assert t["body_text"] == "\n\n".join(t["paragraphs"])

        # byline glued to the first paragraph, the rest verbatim as their own lines
        byline = f"[{t['dateline']}=뉴스핌] {'·'.join(t['reporters'])} {t['reporter_roles'][0]} = "
        assert byline + t["paragraphs"][0] in lines
        assert all(p in lines for p in t["paragraphs"][1:])
        assert not any("[사진=" in p or "@newspim.com" in p or "뉴스핌]" in p for p in t["paragraphs"])
        assert all(d in lines for d in t["subtitle_lines"])
        # trailing reporter e-mail lines, one per reporter, right after the body
        start = lines.index(t["reporter_emails"][0])
        assert lines[start: start + len(t["reporter_emails"])] == t["reporter_emails"]

        # the 기사입력 / 최종수정 fields
        entry = next(ln for ln in lines if ln.startswith("기사입력 :"))
        update = next(ln for ln in lines if ln.startswith("최종수정 :"))
        if t["published_at_source"] == "page_field":
            assert t["published_at_confidence"] == 1.0
            assert entry == f"기사입력 : {published:%Y년%m월%d일 %H:%M}"
            if t["updated_at"]:
                up = datetime.fromisoformat(t["updated_at"])
                assert up > published and update == f"최종수정 : {up:%Y년%m월%d일 %H:%M}"
            else:
                assert update == "최종수정 :"
        else:
            assert entry == "기사입력 :" and update == "최종수정 :" and t["updated_at"] is None
            assert (published.hour, published.minute) == (0, 0)
            cap_dates = [date.fromisoformat(c["date"]) for c in t["photo_captions"]]
            day, source, conf = infer_blank_date(t["paragraphs"], cap_dates, landing)
            assert (published.date(), t["published_at_source"], t["published_at_confidence"]) == (day, source, conf)

        for c in t["photo_captions"]:
            d = date.fromisoformat(c["date"])
            assert f"{c['text']} [사진={c['credit']}] {d:%Y.%m.%d} {c['email']}" in lines
        for rt in t["related_teasers"]:
            tdt = datetime.fromisoformat(rt["published_at"])
            assert rt["published_at"].endswith("+09:00") and tdt.date() != published.date()
            line = (f"{rt['title']} [{rt['dateline']}=뉴스핌] {'·'.join(rt['reporters'])} ")
            tline = next(ln for ln in lines if ln.startswith(line))
            assert f" = {rt['text']} " in tline
            assert re.search(r" \S+@newspim\.com \d{4}-\d{2}-\d{2} \d{2}:\d{2}$", tline)
            assert tline.endswith(f"{tdt:%Y-%m-%d %H:%M}")
        assert ("[뉴스핌 베스트 기사]" in lines) == bool(t["related_teasers"])
        for s in t["stock_impacts"]:
            assert s["sector"] in V.GICS_SECTORS and s["direction"] in ("positive", "negative")
            assert f"  • {s['company']} {s['sector']}" in lines and f"    {s['reason']}" in lines
        mg = t["machine_generated"]
        assert mg == {"ai_summary": mg["ai_summary"], "ai_translation": False,
                      "ai_stock_analysis": bool(t["stock_impacts"])}
        assert ("종목 추적기" in lines) == bool(t["stock_impacts"])
        assert ("AI 요약" in lines) == mg["ai_summary"]
        assert lines[-1] in ("Top으로 이동", "") and "Top으로 이동" in lines[-2:]


def test_variation_is_present(corpus):
    truths = _truths(corpus)
    sources = Counter(t["published_at_source"] for t in truths)
    assert set(sources) == {"page_field", "caption_date", "body_relative_date", "landing_date"}, sources
    assert any(t["updated_at"] for t in truths) and any(
        t["published_at_source"] == "page_field" and not t["updated_at"] for t in truths)
    n_caps = Counter(len(t["photo_captions"]) for t in truths)
    assert n_caps[0] and sum(v for k, v in n_caps.items() if k >= 2)
    assert any(c["credit"] == "뉴스핌 DB" for t in truths for c in t["photo_captions"])
    assert any(t["related_teasers"] for t in truths) and not all(t["related_teasers"] for t in truths)
    assert any(t["stock_impacts"] for t in truths) and not all(t["stock_impacts"] for t in truths)
    assert {s["direction"] for t in truths for s in t["stock_impacts"]} == {"positive", "negative"}
    assert Counter(len(t["subtitle_lines"]) for t in truths).keys() >= {0, 1, 2, 3}
    assert any(len(t["reporters"]) == 2 for t in truths)
    assert {r for t in truths for r in t["reporter_roles"]} >= {"기자", "특파원"}
    assert len({t["dateline"] for t in truths}) >= 5
    assert len({(t["section"], t["subsection"]) for t in truths}) >= 5
    assert len({t["title"] for t in truths}) == len(truths)
    assert len({t["paragraphs"][0] for t in truths}) == len(truths)
    # relative days are written in the body, both as N일 and with (현지시간) / 지난
    bodies = [t["body_text"] for t in truths]
    assert any(re.search(r"\d{1,2}일\(현지시간\)", b) for b in bodies)
    assert any(re.search(r"지난 \d{1,2}일", b) for b in bodies)


def test_relative_day_pages_point_at_a_recent_date(corpus):
    for t in _truths(corpus):
        if t["published_at_source"] == "body_relative_date":
            landing = date.fromisoformat(Path(t["source_path"]).parent.name)
            pub = datetime.fromisoformat(t["published_at"]).date()
            assert landing - timedelta(days=2) <= pub <= landing
            days = {int(m) for p in t["paragraphs"][:3] for m in re.findall(r"(?<!\d)(\d{1,2})일", p)}
            assert days == {pub.day}
        if t["published_at_source"] == "landing_date":
            assert not any(re.search(r"\d일", p) for p in t["paragraphs"][:3])


def test_josa():
    assert attach("산업통상자원부", "은") == "산업통상자원부는"
    assert attach("관세청", "은") == "관세청은"
    assert attach("HBM(고대역폭메모리)", "을") == "HBM(고대역폭메모리)을"
    assert attach("TSMC", "이") == "TSMC가"
    assert attach("미국 무역대표부(USTR)", "은") == "미국 무역대표부(USTR)는"
    assert attach("12.4%", "을") == "12.4%를"
    assert attach("호주", "으로") == "호주로" and attach("미국", "으로") == "미국으로"
    assert attach("서울", "으로") == "서울로"


# ------------------------------------------------------------- no copied text

def _sample_article_snippets(sample: str) -> list[str]:
    """Body-ish text of the real page: its article, teasers and widget reasons, not chrome."""
    lines = sample.split("\n")
    start = lines.index("※ 번역할 언어 선택")
    chrome = set(V.CHROME_TOP) | set(V.FONT_WIDGET) | set(V.WIDGET_HEADER) | set(V.TRANSLATE_FOOTER) | {
        V.WIDGET_DISCLAIMER, V.BEST_HEADER, V.TEASER_PHOTO, V.WIDGET_POSITIVE, V.WIDGET_NEGATIVE, *V.CHROME_BOTTOM}
    snippets = []
    for ln in lines[start + 1:]:
        s = ln.strip()
        if len(s) <= 30 or s in chrome or s.startswith("•"):  # "• Company Sector" is widget data
            continue
        snippets.append(s)
        # long lines (teasers) also by sentence, so a copied sentence is caught on its own
        snippets += [x.strip() for x in re.split(r"(?<=다\.)\s+", s) if len(x.strip()) > 30]
    return snippets


def test_no_article_text_of_the_real_sample_is_reproduced(corpus):
    if not REAL_SAMPLE.exists():
        pytest.skip(f"real sample page absent: {REAL_SAMPLE}")
    snippets = _sample_article_snippets(REAL_SAMPLE.read_text(encoding="utf-8"))
    assert len(snippets) > 20
    for p in sorted((corpus / "raw").rglob("*.txt")):
        text = p.read_text(encoding="utf-8")
        gen_lines = {ln.strip() for ln in text.split("\n")}
        for s in snippets:
            assert s not in gen_lines and s not in text, f"{p.name} reproduces sample text: {s[:60]}"
