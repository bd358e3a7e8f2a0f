"""Identity across days: versions, exact copies, stable ids, and idempotent re-runs in the warehouse."""

from __future__ import annotations

import json
import shutil
from datetime import date

import duckdb

from chainwire import pipeline
from chainwire.extract import newspim
from conftest import query
from pure_parser import needs_pure_parser, only_with_the_compiled_parser, run_with_the_pure_parser

D1, D2 = date(2026, 11, 2), date(2026, 11, 3)


def _q(settings, sql):
    return query(settings.snapshot_path, sql)


def _tables(settings):
    """Every core table's rows, lineage columns aside (run_id, raw paths differ by run)."""
    out = {}
    con = duckdb.connect(str(settings.snapshot_path), read_only=True)
    try:
        for (name,) in con.execute("select table_name from information_schema.tables where table_schema='core' "
                                   "and table_name not in ('runs', 'dq_results') order by 1").fetchall():
            cols = [c for (c,) in con.execute(
                "select column_name from duckdb_columns() where schema_name='core' and table_name=? "
                "and column_name not in ('run_id') order by column_index", [name]).fetchall()]
            out[name] = sorted(map(repr, con.execute(f"select {', '.join(cols)} from core.{name}").fetchall()))
    finally:
        con.close()
    return out


def test_versions_copies_and_reruns(workspace, synth_corpus):
    src1 = synth_corpus / "raw" / D1.isoformat()
    shutil.copytree(src1, workspace.raw_dir / D1.isoformat())
    (workspace.raw_dir / D2.isoformat()).mkdir()
    names = sorted(p.name for p in src1.iterdir())
    truth = {n: json.loads((synth_corpus / "truth" / D1.isoformat() / n.replace(".txt", ".json")).read_text())
             for n in names}
    pipeline.run_day(D1, settings=workspace)
    n1 = _q(workspace, "select count(*) from core.articles")[0][0]
    assert n1 == len(names)

    d2 = workspace.raw_dir / D2.isoformat()
    # 1) the same page delivered again the next day: identical content, nothing new
    shutil.copy(src1 / names[0], d2 / "redelivered.txt")
    # 2) a corrected version: same headline and lead, one later paragraph edited
    t = truth[names[1]]
    text = (src1 / names[1]).read_text(encoding="utf-8")
    edited = t["paragraphs"][-1]
    (d2 / "corrected.txt").write_text(text.replace(edited, edited + " 정부는 후속 대책도 검토하기로 했다."),
                                      encoding="utf-8")
    # 3) one story copied three times under other headlines (exact same body)
    t3 = truth[names[2]]
    base = (src1 / names[2]).read_text(encoding="utf-8")
    for i in range(3):
        (d2 / f"copy{i}.txt").write_text(base.replace(t3["title"], f"{t3['title']} ({i + 1}보)", 1), encoding="utf-8")
    pipeline.run_day(D2, settings=workspace)

    versions = dict(_q(workspace, "select article_id, max(version) from core.article_versions group by 1"))
    assert sorted(versions.values()).count(2) == 1  # only the corrected article has a second version
    # core.articles holds each article once: the latest version (the corrected one lives on D2 now)
    rows = _q(workspace, "select article_id, count(*) from core.articles group by 1 having count(*) > 1")
    assert rows == [], _q(workspace, "select article_id, landing_date, raw_path, content_sha256 from core.articles where article_id in (select article_id from core.articles group by 1 having count(*) > 1)")
    assert _q(workspace, "select count(*) from core.articles")[0][0] == n1 + 3  # + the three copies
    corrected_id = next(a for a, v in versions.items() if v == 2)
    assert _q(workspace, f"select landing_date from core.articles where article_id = '{corrected_id}'") == [(D2,)]
    # the story copied three times counts once
    assert _q(workspace, "select count(*) from core.articles where is_canonical")[0][0] == n1
    copies = _q(workspace, "select duplicate_of, count(*) from core.articles where not is_canonical group by 1")
    assert len(copies) == 1 and copies[0][1] == 3
    # manifest accounts for every file on both days
    assert _q(workspace, "select count(*) from core.raw_files")[0][0] == len(names) + 5

    before = _tables(workspace)
    pipeline.run_day(D1, settings=workspace)  # re-run an earlier day after a later one
    pipeline.run_day(D2, settings=workspace)
    assert _tables(workspace) == before


@needs_pure_parser
def test_an_article_whose_parser_raised_is_quarantined(workspace, synth_corpus, monkeypatch):
    """A parser rule that raises leaves a half-parsed article: it is quarantined, never published."""

    src = synth_corpus / "raw" / D1.isoformat()
    shutil.copytree(src, workspace.raw_dir / D1.isoformat())
    victim = sorted(p.name for p in src.iterdir())[0]
    finish = newspim._finish

    def finish_failing_on_victim(art, *args, **kwargs):
        if art.source_path.endswith(victim):
            raise KeyError("caption")
        return finish(art, *args, **kwargs)

    monkeypatch.setattr(newspim, "_finish", finish_failing_on_victim)
    pipeline.run_day(D1, settings=workspace)

    like = [f"%/{victim}"]
    held = query(workspace.snapshot_path, "select rule, record_json from core.quarantine where raw_path like ?", like)
    assert len(held) == 1 and "parser_error" in held[0][0], held
    assert json.loads(held[0][1])["parser_error"] == "KeyError: 'caption'"
    assert query(workspace.snapshot_path, "select status from core.raw_files where raw_path like ?", like) == [
        ("quarantined",)]
    assert query(workspace.snapshot_path, "select count(*) from core.articles where raw_path like ?", like) == [(0,)]


@only_with_the_compiled_parser
def test_the_quarantine_of_a_raising_parser_passes_with_the_pure_parser():
    """The tests above patch a parser function, which the compiled parser in this process does not take: they
    skip here and run in a child process with the pure parser."""
    run_with_the_pure_parser(__file__, "test_an_article_whose_parser_raised_is_quarantined")
