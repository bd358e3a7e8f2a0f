"""The parse assembly takes each table's kept rows batch by batch (``parsing.kept_rows``): the same rows, in
the same order and types, as sorting the concatenation of every batch by the kept paths' places."""

from __future__ import annotations

import random
from datetime import date

import pyarrow as pa
import pyarrow.compute as pc
import pytest

DAY = date(2026, 11, 2)


def _concatenated_then_sorted(parts: list[pa.Table], table, kept: list[str]) -> pa.Table:
    """The definition: every batch at once, ordered by the path's place in ``kept``, then by the row's place."""
    rows = pa.concat_tables([p.select(table.columns).cast(table.schema) for p in parts]) if parts \
        else table.schema.empty_table()
    position = pc.index_in(rows["raw_path"], value_set=pa.array(kept, pa.string()))
    order = pa.table({"position": position, "row": pa.array(range(rows.num_rows), pa.int64())})
    order = order.filter(pc.is_valid(position))
    return rows.take(order.take(pc.sort_indices(order, sort_keys=[("position", "ascending"),
                                                                  ("row", "ascending")]))["row"])


def _batches(rng: random.Random, table, paths: list[str], consecutive: bool) -> list[pa.Table]:
    def row(path: str) -> dict:
        return {"article_id": f"a-{path}", "landing_date": DAY, "ordinal": rng.randint(0, 9), "text": f"t{rng.random()}",
                "raw_path": path, "raw_sha256": "0" * 64, "parser": "p", "run_id": "r"}

    rows = [row(rng.choice(paths) if paths and rng.random() < 0.9 else "unkept") for _ in range(rng.randint(0, 60))]
    if consecutive:  # the usual plan: batches of consecutive raw paths
        rows.sort(key=lambda r: r["raw_path"])
    out, i = [], 0
    while i < len(rows):
        n = rng.randint(0, 12)  # (an empty batch too)
        out.append(pa.Table.from_pylist(rows[i:i + n], schema=table.schema) if n else table.schema.empty_table())
        i += n
    return out


@pytest.mark.unit
@pytest.mark.parametrize("consecutive", [True, False])
def test_kept_rows_batch_by_batch_equal_every_batch_at_once(consecutive):
    from chainwire.parsing import kept_rows
    from chainwire.schemas import PARAGRAPHS

    rng = random.Random(7)
    for _ in range(150):
        paths = [f"{DAY}/p{i:02d}.txt" for i in range(rng.randint(0, 25))]
        kept = sorted(rng.sample(paths, rng.randint(0, len(paths))))
        parts = _batches(rng, PARAGRAPHS, paths, consecutive)
        expected = _concatenated_then_sorted(parts, PARAGRAPHS, kept)
        got = kept_rows(iter(parts), PARAGRAPHS, kept)  # (one pass: the assembly yields each batch once)
        assert got.schema.equals(expected.schema, check_metadata=True)
        assert got.equals(expected)
        # one chunk per column, as the single take had: pandas 3 keeps the chunks in validate's string columns
        assert all(column.num_chunks == 1 for column in got.columns) or got.num_rows == 0


@pytest.mark.unit
def test_one_chunk_per_column_copies_the_pieces_and_lets_them_go():
    from chainwire.parsing import one_chunk_per_column
    from chainwire.schemas import PARAGRAPHS

    rng = random.Random(11)
    pieces = [p for p in _batches(rng, PARAGRAPHS, [f"{DAY}/p{i}.txt" for i in range(9)], True) if p.num_rows]
    assert len(pieces) > 1
    expected = pa.concat_tables(pieces)
    got = one_chunk_per_column(pieces)
    assert pieces == []  # (the caller's pieces are not held while the columns are copied)
    assert got.schema.equals(expected.schema, check_metadata=True)
    assert got.equals(expected)
    assert [column.num_chunks for column in got.columns] == [1] * got.num_columns
