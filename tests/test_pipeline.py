"""The stage functions end to end without Airflow: counts, idempotency, bad input, quarantine."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime

import pytest

from chainwire import pipeline
from chainwire.quality.validate import DataQualityError
from conftest import query

DAY = date(2026, 11, 2)


def _copy_day(synth_corpus, raw_dir, day=DAY):
    src = synth_corpus / "raw" / day.isoformat()
    shutil.copytree(src, raw_dir / day.isoformat())
    return sorted(p.name for p in src.iterdir())


def _q(settings, sql):
    return query(settings.snapshot_path, sql)


def test_resolve_partition_date_precedence():
    logical = datetime(2026, 11, 3, 14, 30, tzinfo=UTC)  # 23:30 in Seoul
    assert pipeline.resolve_partition_date("2026-11-02", logical) == date(2026, 11, 2)
    assert pipeline.resolve_partition_date(None, logical) == date(2026, 11, 3)
    late = datetime(2026, 11, 3, 16, 0, tzinfo=UTC)  # already 11-04 in Seoul
    assert pipeline.resolve_partition_date("", None, late) == date(2026, 11, 4)
    with pytest.raises(ValueError):
        pipeline.resolve_partition_date()


def test_run_day_loads_every_file_and_is_idempotent(workspace, synth_corpus):
    names = _copy_day(synth_corpus, workspace.raw_dir)
    first = pipeline.run_day(DAY, settings=workspace)
    assert first["parse"]["files"] == len(names)
    assert first["load"]["rows"]["articles"] == len(names)
    ids1 = _q(workspace, "select article_id, title, body_text from core.articles order by 1")
    paras1 = _q(workspace, "select count(*) from core.paragraphs")[0][0]
    assert len(ids1) == len(names) and paras1 >= len(names)

    pipeline.run_day(DAY, settings=workspace)  # re-run: same rows, no duplicates
    assert _q(workspace, "select article_id, title, body_text from core.articles order by 1") == ids1
    assert _q(workspace, "select count(*) from core.paragraphs")[0][0] == paras1
    assert _q(workspace, "select count(*), count(distinct raw_path) from core.raw_files")[0] == (len(names),) * 2
    stages = _q(workspace, "select stage, count(*) from core.runs group by 1 order by 1")
    assert dict(stages) == {"dedup": 2, "discover": 2, "enrich": 2, "load": 2, "parse": 2, "validate": 2}
    assert _q(workspace, "select count(*) from core.dq_results")[0][0] > 0


def test_bad_files_are_accounted_for_and_never_kill_the_batch(workspace, synth_corpus):
    names = _copy_day(synth_corpus, workspace.raw_dir)
    folder = workspace.raw_dir / DAY.isoformat()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "menu-only.txt").write_text("전체기사 최신뉴스\n속보\n더보기\nTop으로 이동\n", encoding="utf-8")
    (folder / "export.bin").write_bytes(b"\x00\x01")
    out = pipeline.run_day(DAY, settings=workspace)
    assert out["parse"]["files"] == len(names) + 4
    status = dict(_q(workspace, "select raw_path, status || ': ' || coalesce(reason, '') from core.raw_files"))
    assert len(status) == len(names) + 4
    for bad in ("empty.txt", "binary.txt", "menu-only.txt", "export.bin"):
        assert status[f"{DAY}/{bad}"].startswith("rejected: "), status[f"{DAY}/{bad}"]
        assert len(status[f"{DAY}/{bad}"]) > len("rejected: ") + 5  # a reason, not just a status
    assert _q(workspace, "select count(*) from core.articles")[0][0] == len(names)


def test_row_rule_failure_goes_to_quarantine_with_reason(workspace, synth_corpus):
    names = _copy_day(synth_corpus, workspace.raw_dir)
    folder = workspace.raw_dir / DAY.isoformat()
    victim = folder / names[0]
    # A two-character headline is a row-level failure (title length): quarantined, not loaded.
    text = victim.read_text(encoding="utf-8")
    truth = json.loads((synth_corpus / "truth" / DAY.isoformat() / (victim.stem + ".json")).read_text())
    victim.write_text(text.replace(truth["title"], "반도", 1), encoding="utf-8")
    out = pipeline.run_day(DAY, settings=workspace)
    assert out["validate"]["quarantined"] == 1
    rows = _q(workspace, "select raw_path, rule, reason from core.quarantine")
    assert rows and rows[0][0] == f"{DAY}/{victim.name}" and "title" in rows[0][1] and "title" in rows[0][2]
    assert _q(workspace, f"select status from core.raw_files where raw_path = '{DAY}/{victim.name}'") == [("quarantined",)]
    assert _q(workspace, "select count(*) from core.articles")[0][0] == len(names) - 1


def test_critical_failure_stops_the_day_and_keeps_previous_state(workspace, synth_corpus):
    names = _copy_day(synth_corpus, workspace.raw_dir)
    pipeline.run_day(DAY, settings=workspace)
    folder = workspace.raw_dir / DAY.isoformat()
    # Break more than 20% of the day (over the gate's minimum sample of 20 articles: 5 of 8 pages).
    broken = names[:5]
    for name in broken:
        p = folder / name
        title = json.loads((synth_corpus / "truth" / DAY.isoformat() / (p.stem + ".json")).read_text())["title"]
        p.write_text(p.read_text(encoding="utf-8").replace(title, "반도", 1), encoding="utf-8")
    run_id = "test-critical"
    pipeline.discover_day(DAY, run_id, workspace)
    pipeline.parse_day(DAY, run_id, workspace)
    with pytest.raises(DataQualityError, match="quarantine_rate") as err:
        pipeline.validate_day(DAY, run_id, workspace)
    assert all(f"{DAY}/{name}" in str(err.value) for name in broken)  # names the files it held back
    # The warehouse still holds the last good load.
    assert _q(workspace, "select count(*) from core.articles")[0][0] == len(names)


def _staged_then_validate(workspace, synth_corpus, corrupt):
    """Parse a good day, corrupt the staged articles partition, validate: must fail, lake untouched."""
    import pyarrow.parquet as pq

    from chainwire import lake
    from chainwire.schemas import ARTICLES

    _copy_day(synth_corpus, workspace.raw_dir)
    run_id = "test-crafted"
    pipeline.parse_day(DAY, run_id, workspace)
    path = lake.partition_file(pipeline.staging_root(workspace), ARTICLES, DAY)
    pq.write_table(corrupt(pq.read_table(path)), path)
    with pytest.raises(DataQualityError) as err:
        pipeline.validate_day(DAY, run_id, workspace)
    assert not lake.partition_file(workspace.lake_dir, ARTICLES, DAY).exists()
    assert not [p for p in workspace.lake_dir.rglob("*") if p.is_file()]  # no table written ahead is left
    return str(err.value)


def test_validate_removes_what_a_killed_run_wrote_ahead(workspace, synth_corpus):
    """A run killed between validate's tables written ahead and their rename left ``.tmp-*`` files in the day's
    partition folders; the next validate of the day removes them (older than its start), keeps every other file."""
    import os

    from chainwire import lake
    from chainwire.schemas import ARTICLES, PARAGRAPHS

    _copy_day(synth_corpus, workspace.raw_dir)
    run_id = "test-partials"
    pipeline.parse_day(DAY, run_id, workspace)
    left = []
    for table in (ARTICLES, PARAGRAPHS):
        folder = lake.partition_dir(workspace.lake_dir, table, DAY)
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / ".tmp-killed.parquet.partial"
        tmp.write_bytes(b"half a file")
        os.utime(tmp, (1, 1))
        left.append(tmp)
    other = lake.partition_dir(workspace.lake_dir, ARTICLES, DAY) / "notes.txt"
    other.write_text("not ours")
    pipeline.validate_day(DAY, run_id, workspace)
    assert not [p for p in left if p.exists()]
    assert other.exists() and lake.partition_file(workspace.lake_dir, ARTICLES, DAY).exists()
    assert not list(workspace.lake_dir.rglob(".tmp-*"))


def test_critical_duplicate_article_ids_fail_the_run(workspace, synth_corpus):
    import pyarrow as pa

    msg = _staged_then_validate(workspace, synth_corpus, lambda t: pa.concat_tables([t, t.slice(0, 1)]))
    assert "expect_column_values_to_be_unique(article_id)" in msg


def test_critical_schema_mismatch_fails_the_run(workspace, synth_corpus):
    msg = _staged_then_validate(workspace, synth_corpus, lambda t: t.drop_columns(["dateline"]))
    assert "expect_table_columns_to_match_ordered_list" in msg


def test_dq_results_and_data_docs_written(workspace, synth_corpus):
    _copy_day(synth_corpus, workspace.raw_dir)
    out = pipeline.run_day(DAY, settings=workspace)
    assert out["validate"]["expectations"] >= 20
    docs = workspace.gx_dir / "uncommitted" / "data_docs" / "local_site" / "index.html"
    assert docs.exists() and out["validate"]["data_docs"] == str(docs)
    tables = {r[0] for r in _q(workspace, "select distinct table_name from core.dq_results")}
    assert {"articles", "paragraphs", "photo_captions", "stock_impacts", "raw_files"} <= tables


def test_warnings_are_recorded_not_fatal(workspace, synth_corpus):
    """A byline-rate dip and a volume drop versus the trailing median are warnings: shown, never fatal."""
    import re

    _copy_day(synth_corpus, workspace.raw_dir)
    pipeline.run_day(DAY, settings=workspace)
    day2 = date(2026, 11, 3)
    names = _copy_day(synth_corpus, workspace.raw_dir, day2)
    folder = workspace.raw_dir / day2.isoformat()
    for name in names[1:]:
        (folder / name).unlink()  # one file instead of eight: volume far below the median
    p = folder / names[0]
    p.write_text(re.sub(r"\[[^\]\n]*=뉴스핌\] [^=\n]+ = ", "", p.read_text(encoding="utf-8")), encoding="utf-8")
    out = pipeline.run_day(day2, settings=workspace)
    assert out["load"]["rows"]["articles"] == 1
    warned = " ".join(out["validate"]["warnings"])
    assert "volume" in warned and "chk_has_byline" in warned
    status, message = _q(workspace, f"select status, message from core.runs where stage = 'validate' "
                                    f"and partition_date = '{day2}'")[0]
    assert status == "warning" and "ratio_to_median_7d" in message
    failed = {r[0] for r in _q(workspace, f"select expectation from core.dq_results where not success "
                                          f"and partition_date = '{day2}'")}
    assert any("chk_has_byline" in f for f in failed)


def test_html_jsonl_and_sidecars_flow_through_the_pipeline(workspace, synth_corpus):
    """Every input kind lands in core tables; each JSONL line is accounted for on its own."""
    from pathlib import Path

    src = synth_corpus / "raw" / DAY.isoformat()
    names = sorted(p.name for p in src.iterdir())
    folder = workspace.raw_dir / DAY.isoformat()
    folder.mkdir()
    shutil.copy(src / names[0], folder / "page.txt")
    (folder / "page.txt.meta.json").write_text(json.dumps(
        {"url": "https://member.newspim.com/news/view/20261102000789?utm_source=x", "fetched_at": "2026-11-02T08:00:00+09:00"}))
    # the same article served on another host: same outlet id, so the same article_id
    shutil.copy(src / names[0], folder / "alias.txt")
    (folder / "alias.txt.meta.json").write_text(json.dumps({"url": "https://www.newspim.com/news/view/20261102000789"}))
    html = (Path(__file__).parent / "fixtures" / "html" / "ko_article.html").read_text(encoding="utf-8")
    (folder / "page.html").write_text(html, encoding="utf-8")
    lines = [json.dumps({"url": "https://www.newspim.com/news/view/20261102000456", "fetched_at": "2026-11-02T09:00:00+09:00",
                         "text": (src / names[1]).read_text(encoding="utf-8")}, ensure_ascii=False),
             "{not json",
             json.dumps({"url": "https://example.com/x", "fetched_at": "2026-11-02T09:00:00+09:00"})]
    (folder / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pipeline.run_day(DAY, settings=workspace)
    status = dict(_q(workspace, "select raw_path, status from core.raw_files"))
    # one of the two host aliases is kept (ties go to the first path), the other is accounted a duplicate
    assert sorted([status.pop(f"{DAY}/page.txt"), status.pop(f"{DAY}/alias.txt")]) == ["duplicate", "parsed"]
    assert status == {f"{DAY}/page.html": "parsed", f"{DAY}/export.jsonl#L1": "parsed",
                      f"{DAY}/export.jsonl#L2": "rejected", f"{DAY}/export.jsonl#L3": "rejected"}
    ids = {r[0] for r in _q(workspace, "select article_id from core.articles")}
    assert {"newspim:20261102000789", "newspim:20261102000123", "newspim:20261102000456"} <= ids  # ids from URLs
    reasons = dict(_q(workspace, "select raw_path, reason from core.raw_files where status <> 'parsed'"))
    assert "not JSON" in reasons[f"{DAY}/export.jsonl#L2"] and "neither" in reasons[f"{DAY}/export.jsonl#L3"]


def _lake_rows(settings, table, day=DAY):
    from chainwire import lake

    return lake.read_partition(settings.lake_dir, table, day).to_pylist()


def test_assemble_reads_the_batches_it_is_given(workspace, synth_corpus):
    """Parse batches are Parquet folders whose paths are passed on; assemble reads those, never a glob."""
    from pathlib import Path

    names = _copy_day(synth_corpus, workspace.raw_dir)
    run = "batched"
    pipeline.discover_day(DAY, run, workspace)
    batches = pipeline.plan_batches(DAY, workspace, batch_size=3, run_id=run)
    refs = [pipeline.parse_batch(DAY, run, b, workspace).batch for b in batches]
    assert len(refs) == len(batches) > 1 and all((Path(r) / "records.parquet").exists() for r in refs)
    with pytest.raises(RuntimeError, match="no parsed batch"):
        pipeline.assemble_day(DAY, run, workspace, refs[:-1])  # a batch not handed over is missing, not found
    out = pipeline.assemble_day(DAY, run, workspace, refs)
    assert (out.files, out.articles) == (len(names), len(names))
    assert out.as_dict()["files_parsed"] == len(names)


def test_enrich_batches_give_the_rows_of_one_pass(workspace, synth_corpus):
    from chainwire.schemas import ENRICH_TABLES

    _copy_day(synth_corpus, workspace.raw_dir)
    pipeline.run_day(DAY, "one-pass", settings=workspace)
    one_pass = {name: _lake_rows(workspace, t) for name, t in ENRICH_TABLES.items()}
    assert sum(map(len, one_pass.values()))
    batches = pipeline.plan_enrich_batches(DAY, "rerun", workspace, batch_size=3)  # no discovery: the lake's files
    assert len(batches) > 1
    refs = [pipeline.enrich_batch(DAY, "rerun", b, workspace).batch for b in batches]
    # One article changes after its batch was tagged (another run replaced it): it is tagged again, not stale.
    from chainwire import lake
    from chainwire.schemas import ARTICLES

    arts = _lake_rows(workspace, ARTICLES)
    arts[-1]["content_sha256"] = "0" * 64  # an article of the last batch
    lake.write_partition(workspace.lake_dir, ARTICLES, DAY, arts)
    out = pipeline.assemble_enrich(DAY, "rerun", workspace, refs[1:])  # the first batch's articles: tagged here
    assert out.rows == {name: len(rows) for name, rows in one_pass.items()}
    strip = lambda rows: [{k: v for k, v in r.items() if k != "run_id"} for r in rows]  # noqa: E731
    assert {n: strip(_lake_rows(workspace, t)) for n, t in ENRICH_TABLES.items()} == \
        {n: strip(rows) for n, rows in one_pass.items()}


def test_version_index_is_what_a_rebuild_gives_whatever_the_order_of_days(tmp_path, monkeypatch):
    """The article_id → versions index is replaced per day; re-running days (an older one after a newer
    one too) leaves it exactly as a rebuild from the partitions; lookups read the index file only."""
    import pyarrow.parquet as pq

    from chainwire.dedup import versions as V

    lake_dir = tmp_path / "lake"
    d1, d2, d3 = date(2026, 11, 2), date(2026, 11, 3), date(2026, 11, 4)
    contents = {d1: [("a", "A1"), ("b", "B1")], d2: [("a", "A2"), ("b", "B1"), ("c", "C1")], d3: [("a", "A1")]}

    def run(day):
        articles = [{"article_id": aid, "content_sha256": sha, "title": aid, "published_at": None,
                     "updated_at": None, "raw_path": f"{aid}.txt", "raw_sha256": sha, "parser": "p"}
                    for aid, sha in contents[day]]
        with V.index_lock(tmp_path, "test"):
            rows = V.new_versions(articles, V.seen_contents(lake_dir, day), day, "run")
            V.write_versions(lake_dir, day, rows)
        return {(r["article_id"], r["version"]) for r in rows}

    assert run(d1) == {("a", 1), ("b", 1)}
    assert run(d2) == {("a", 2), ("c", 1)}  # b unchanged: nothing new
    assert run(d3) == set()  # a's first content again: already a version
    contents[d2] = [("a", "A3")]  # d2 re-run after d3, with other content
    assert run(d2) == {("a", 2)}
    assert run(d1) == {("a", 1), ("b", 1)}
    kept = pq.read_table(V.index_path(lake_dir))
    V.index_path(lake_dir).unlink()
    assert V.rebuild_index(lake_dir).equals(kept.replace_schema_metadata(None))
    assert pq.read_table(V.index_path(lake_dir)).equals(kept, check_metadata=True)
    assert dict(zip(*kept.select(["article_id", "version"]).to_pydict().values(), strict=True)) == {"a": 2, "b": 1}

    read = []
    real = pq.read_table
    monkeypatch.setattr(V.pq, "read_table", lambda path, *a, **k: read.append(str(path)) or real(path, *a, **k))
    assert V.seen_contents(lake_dir, d3) == {"a": {"A1": 1, "A3": 2}, "b": {"B1": 1}}
    assert read == [str(V.index_path(lake_dir))]


def _validation_pages(settings, run_name: str) -> set[str]:
    """The Data Docs' validation pages of a run name, by suite."""
    site = settings.gx_dir / "uncommitted" / "data_docs" / "local_site" / "validations"
    return {p.relative_to(site).parts[0] for p in site.rglob("*.html") if run_name in p.relative_to(site).parts}


def test_run_day_builds_the_data_docs_beside_the_load(workspace, synth_corpus, monkeypatch):
    """``run_day`` has validate leave its Data Docs pages to a ``DataDocsBuild`` that runs in the loader's thread,
    before the report (which copies them): every validation of the day has its page, built once. Above
    ``EARLY_LOAD_MAX_ARTICLES`` validate builds them itself, as the DAG's task does."""
    import threading

    from chainwire.quality import validate

    built: list[str] = []
    real = validate.DataDocsBuild.__call__

    def spying(self):
        built.append(threading.current_thread().name)
        return real(self)

    monkeypatch.setattr(validate.DataDocsBuild, "__call__", spying)
    _copy_day(synth_corpus, workspace.raw_dir)
    out = pipeline.run_day(DAY, settings=workspace)
    assert len(built) == 1 and built[0].startswith("chainwire-load"), built
    pages = _validation_pages(workspace, DAY.isoformat())
    assert {"articles_suite", "paragraphs_suite", "raw_files_suite", "volume_suite"} <= pages, pages
    report = (workspace.reports_dir / "latest" / "data-docs")
    assert out["report"] and report.exists() and any(report.rglob("*.html"))

    built.clear()
    monkeypatch.setattr(pipeline, "EARLY_LOAD_MAX_ARTICLES", 0)  # a big day
    day2 = date(2026, 11, 3)
    _copy_day(synth_corpus, workspace.raw_dir, day2)
    pipeline.run_day(day2, settings=workspace)
    assert built == [] and "articles_suite" in _validation_pages(workspace, day2.isoformat())


def test_a_critical_failure_builds_the_data_docs_it_points_at(workspace, synth_corpus):
    """With ``docs_later`` (``run_day``), validate defers its Data Docs pages, but not when the day fails a
    critical rule: its message names the Data Docs, so they are built before it is raised."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from chainwire import lake
    from chainwire.schemas import ARTICLES

    _copy_day(synth_corpus, workspace.raw_dir)
    pipeline.parse_day(DAY, "test-later", workspace)
    later: list = []
    pipeline.validate_day(DAY, "test-later", workspace, docs_later=later)
    assert len(later) == 1 and not _validation_pages(workspace, DAY.isoformat())  # not built yet
    later.pop()()
    assert "articles_suite" in _validation_pages(workspace, DAY.isoformat())

    day2 = date(2026, 11, 3)
    _copy_day(synth_corpus, workspace.raw_dir, day2)
    pipeline.parse_day(day2, "test-crafted", workspace)
    path = lake.partition_file(pipeline.staging_root(workspace), ARTICLES, day2)
    pq.write_table(pa.concat_tables([pq.read_table(path)] * 2), path)  # every article id twice
    with pytest.raises(DataQualityError, match="Data Docs"):
        pipeline.validate_day(day2, "test-crafted", workspace, docs_later=later)
    assert later == [] and "articles_suite" in _validation_pages(workspace, day2.isoformat())
