"""A parse batch's tables built column by column (``parsing.batch_tables``) equal the ones built a dict per row
through ``from_pylist`` (``batch_tables_by_row`` below: how production built them before session 14, kept here as
the definition): the same schemas, values and order."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

DAY = date(2026, 11, 2)


def _assert_same(got: dict, expected: dict) -> None:
    assert list(got) == list(expected)
    for name, table in expected.items():
        assert got[name].schema.equals(table.schema, check_metadata=True), name
        assert got[name].equals(table), name
        assert all(column.num_chunks <= 1 for column in got[name].columns), name


def article_rows(pf, day: date, run_id: str) -> dict[str, list[dict]]:
    """The rows of one parsed article in each article table (with lineage), a dict per row."""
    from chainwire.identity import content_sha256

    a = pf.article
    lineage = {"raw_path": pf.rel_path, "raw_sha256": pf.sha256, "parser": a.parser, "run_id": run_id}
    base = {"article_id": pf.article_id, "landing_date": day, **lineage}
    mg = a.machine_generated or {}
    rows: dict[str, list[dict]] = {}
    rows["articles"] = [{
        **base, "outlet": a.outlet, "url": a.url, "outlet_article_id": a.outlet_article_id,
        "section": a.section, "subsection": a.subsection, "title": a.title, "title_source": a.title_source,
        "subtitle_lines": a.subtitle_lines,
        "published_at": a.published_at, "published_at_source": a.published_at_source,
        "published_at_confidence": a.published_at_confidence, "updated_at": a.updated_at,
        "dateline": a.dateline, "reporters": a.reporters, "reporter_roles": a.reporter_roles,
        "reporter_emails": a.reporter_emails, "body_text": a.body_text or None,
        "paragraph_count": len(a.paragraphs), "body_chars": len(a.body_text), "language": a.language,
        "ai_summary": bool(mg.get("ai_summary")), "ai_translation": bool(mg.get("ai_translation")),
        "ai_stock_analysis": bool(mg.get("ai_stock_analysis")), "warnings": a.warnings,
        "parser_error": a.parser_error,
        "content_sha256": content_sha256(a.body_text),
        # Until the dedup stage assigns clusters, every article is its own story.
        "cluster_id": pf.article_id, "is_canonical": True, "duplicate_of": None, "similarity": 1.0, "copy_kind": None,
    }]
    rows["paragraphs"] = [{**base, "ordinal": i, "text": p} for i, p in enumerate(a.paragraphs)]
    rows["photo_captions"] = [
        {**base, "ordinal": i, "text": c.text, "credit": c.credit, "email": c.email,
         "caption_date": date.fromisoformat(c.date) if c.date else None}
        for i, c in enumerate(a.photo_captions)]
    rows["related_teasers"] = [
        {**base, "ordinal": i, "title": t.title, "text": t.text, "dateline": t.dateline,
         "reporters": t.reporters, "published_at": t.published_at}
        for i, t in enumerate(a.related_teasers)]
    rows["stock_impacts"] = [
        {**base, "ordinal": i, "company": s.company, "sector": s.sector, "direction": s.direction,
         "reason": s.reason}
        for i, s in enumerate(a.stock_impacts)]
    return rows


def batch_tables_by_row(parsed: list, day: date, run_id: str) -> dict:
    """``batch_tables`` by its definition: a dict per row (``article_rows``) through ``from_pylist``."""
    import pyarrow as pa

    from chainwire import lake
    from chainwire.dedup.versions import freshness
    from chainwire.guards import article_chars
    from chainwire.parsing import ARTICLE_TABLES, RECORD_SCHEMA, RECORDS

    records = []
    rows: dict[str, list[dict]] = {t.name: [] for t in ARTICLE_TABLES}
    for pf in parsed:
        a = pf.article if pf.error is None else None
        records.append({"rel_path": pf.rel_path, "raw_rel_path": pf.raw.rel_path, "sha256": pf.sha256,
                        "size": pf.size, "article_id": pf.article_id, "error": pf.error, "status": pf.status,
                        "parser": pf.article.parser if pf.article else None,
                        "freshness": freshness(a.updated_at, a.published_at) if a else None,
                        "chars": article_chars(a) if a else None})
        if a is not None:
            for name, table_rows in article_rows(pf, day, run_id).items():
                rows[name].extend(table_rows)
    return {RECORDS: pa.Table.from_pylist(records, schema=RECORD_SCHEMA),
            **{t.name: lake.to_arrow(t, rows[t.name]) for t in ARTICLE_TABLES}}


@pytest.fixture(scope="module")
def parsed(tmp_path_factory):
    from chainwire.parsing import parse_files
    from chainwire.sources.landing import RawFile
    from chainwire_synth.generator import generate_corpus

    root = tmp_path_factory.mktemp("batch_tables")
    generate_corpus(root, days=1, per_day=140, seed=11, start_date=DAY, outlets="all")
    folder = root / "raw" / DAY.isoformat()
    (folder / "zz-empty.txt").write_bytes(b"")
    (folder / "zz-binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "zz-chrome-only.txt").write_text("로그인\n회원가입\n", encoding="utf-8")
    paths = sorted(folder.iterdir()) + [folder / "zz-missing.txt"]
    return parse_files([RawFile(Path(p), f"{DAY}/{p.name}", DAY) for p in paths])


@pytest.mark.unit
def test_batch_tables_column_by_column_equal_row_by_row(parsed):
    from chainwire.parsing import batch_tables

    assert sum(pf.error is None for pf in parsed) > 100 and sum(pf.error is not None for pf in parsed) >= 3
    expected = batch_tables_by_row(parsed, DAY, "run-1")
    # every child table has rows, so their columns are compared on values, not only on empty tables
    assert all(expected[name].num_rows for name in ("paragraphs", "photo_captions", "related_teasers",
                                                    "stock_impacts")), {n: t.num_rows for n, t in expected.items()}
    _assert_same(batch_tables(parsed, DAY, "run-1"), expected)


@pytest.mark.unit
def test_batch_tables_of_small_batches_and_of_none(parsed):
    from chainwire.parsing import batch_tables

    failed = [pf for pf in parsed if pf.error is not None]
    for part in ([], failed, parsed[:1], parsed[5:9], failed + parsed[:3]):
        _assert_same(batch_tables(part, DAY, "r"), batch_tables_by_row(part, DAY, "r"))
