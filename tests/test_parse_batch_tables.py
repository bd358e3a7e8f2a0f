"""A parse batch's tables built column by column (``parsing.batch_tables``) equal the ones built a dict per row
through ``from_pylist`` (``parsing.batch_tables_by_row``, the definition): the same schemas, values and order."""

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
    from chainwire.parsing import batch_tables, batch_tables_by_row

    assert sum(pf.error is None for pf in parsed) > 100 and sum(pf.error is not None for pf in parsed) >= 3
    expected = batch_tables_by_row(parsed, DAY, "run-1")
    # every child table has rows, so their columns are compared on values, not only on empty tables
    assert all(expected[name].num_rows for name in ("paragraphs", "photo_captions", "related_teasers",
                                                    "stock_impacts")), {n: t.num_rows for n, t in expected.items()}
    _assert_same(batch_tables(parsed, DAY, "run-1"), expected)


@pytest.mark.unit
def test_batch_tables_of_small_batches_and_of_none(parsed):
    from chainwire.parsing import batch_tables, batch_tables_by_row

    failed = [pf for pf in parsed if pf.error is not None]
    for part in ([], failed, parsed[:1], parsed[5:9], failed + parsed[:3]):
        _assert_same(batch_tables(part, DAY, "r"), batch_tables_by_row(part, DAY, "r"))
