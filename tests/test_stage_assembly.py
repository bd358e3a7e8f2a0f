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
def test_kept_pieces_in_order_are_kept_rows_piece_by_piece_or_say_they_are_not():
    from chainwire.parsing import OutOfOrder, kept_pieces_in_order, kept_rows
    from chainwire.schemas import PARAGRAPHS

    rng = random.Random(5)
    unordered = 0
    for consecutive in (True, False) * 75:
        paths = [f"{DAY}/p{i:02d}.txt" for i in range(rng.randint(0, 25))]
        kept = sorted(rng.sample(paths, rng.randint(0, len(paths))))
        parts = _batches(rng, PARAGRAPHS, paths, consecutive)
        expected = kept_rows(iter(parts), PARAGRAPHS, kept)
        try:
            pieces = list(kept_pieces_in_order(iter(parts), PARAGRAPHS, kept))
        except OutOfOrder:
            assert not consecutive  # (batches of consecutive paths always come in order)
            unordered += 1
            continue
        got = pa.concat_tables(pieces) if pieces else PARAGRAPHS.schema.empty_table()
        assert got.schema.equals(expected.schema, check_metadata=True)
        assert got.equals(expected)
        assert all(p.num_rows for p in pieces)  # (a batch without a kept row gives no piece)
    assert unordered > 10


@pytest.mark.unit
@pytest.mark.parametrize("group_bytes", [1, 600, 10**9])
def test_a_partition_written_piece_by_piece_reads_back_as_the_whole_table_in_one_chunk(tmp_path, monkeypatch,
                                                                                        group_bytes):
    import pyarrow.parquet as pq

    from chainwire import lake
    from chainwire.schemas import ARTICLES, PARAGRAPHS

    monkeypatch.setattr(lake, "PIECES_ROW_GROUP_BYTES", group_bytes)
    rng = random.Random(3)
    pieces = [p for p in _batches(rng, PARAGRAPHS, [f"{DAY}/p{i}.txt" for i in range(30)], True) if p.num_rows]
    whole = pa.concat_tables(pieces)
    prepared = lake.prepare_partition_pieces(tmp_path / "pieces", PARAGRAPHS, DAY, iter(pieces))
    assert prepared.rows == whole.num_rows and not prepared.target.exists()
    assert lake.write_partition(tmp_path / "pieces", PARAGRAPHS, DAY, prepared) == whole.num_rows
    lake.write_partition(tmp_path / "whole", PARAGRAPHS, DAY, whole)
    groups = pq.ParquetFile(lake.partition_file(tmp_path / "pieces", PARAGRAPHS, DAY)).metadata.num_row_groups
    assert groups == (len(pieces) if group_bytes == 1 else 1 if group_bytes == 10**9 else groups) and groups >= 1
    expected = lake.read_partition(tmp_path / "whole", PARAGRAPHS, DAY, as_written=True)
    for root in ("pieces", "whole"):
        got = lake.read_partition_one_chunk(tmp_path / root, PARAGRAPHS, DAY)
        assert got.schema.equals(expected.schema, check_metadata=True)
        assert got.equals(expected)
        assert [c.num_chunks for c in got.columns] == [1] * got.num_columns
    # no piece: an empty partition, as writing the empty table; no partition: the empty table
    lake.write_partition(tmp_path / "empty", ARTICLES, DAY, lake.prepare_partition_pieces(tmp_path / "empty", ARTICLES,
                                                                                          DAY, iter([])))
    got = lake.read_partition_one_chunk(tmp_path / "empty", ARTICLES, DAY)
    assert got.num_rows == 0 and got.schema.names == ARTICLES.columns
    assert lake.read_partition_one_chunk(tmp_path / "absent", ARTICLES, DAY).num_rows == 0


@pytest.mark.unit
def test_a_failing_piece_leaves_no_file(tmp_path):
    from chainwire import lake
    from chainwire.parsing import OutOfOrder
    from chainwire.schemas import PARAGRAPHS

    rng = random.Random(4)
    pieces = [p for p in _batches(rng, PARAGRAPHS, [f"{DAY}/p{i}.txt" for i in range(9)], True) if p.num_rows]

    def failing():
        yield pieces[0]
        raise OutOfOrder("paragraphs")

    with pytest.raises(OutOfOrder):
        lake.prepare_partition_pieces(tmp_path, PARAGRAPHS, DAY, failing())
    assert list(lake.partition_dir(tmp_path, PARAGRAPHS, DAY).iterdir()) == []


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


@pytest.mark.unit
def test_staged_tables_are_built_when_asked_and_let_go_when_deleted():
    from chainwire.parsing import StagedTables

    built: list[str] = []

    def builder(name: str):
        return lambda: built.append(name) or pa.table({"n": [len(built)]})

    staged = StagedTables({"a": builder("a"), "b": builder("b"), "c": builder("c")})
    assert built == [] and staged.names() == ["a", "b", "c"]
    assert staged["b"]["n"].to_pylist() == [1] and staged["b"]["n"].to_pylist() == [1]  # built once
    del staged["b"]
    staged["c"] = pa.table({"n": [9]})  # a table set replaces its builder
    assert staged["c"]["n"].to_pylist() == [9] and staged["a"]["n"].to_pylist() == [2]
    assert built == ["b", "a"] and sorted(staged.names()) == ["a", "c"]


@pytest.mark.unit
def test_a_prepared_partition_is_the_written_file_and_appears_only_when_put_in_place(tmp_path):
    import pyarrow.parquet as pq

    from chainwire import lake
    from chainwire.schemas import PARAGRAPHS

    rows = pa.Table.from_pylist(
        [{"article_id": f"a{i}", "landing_date": DAY, "ordinal": i, "text": f"문단 {i}", "raw_path": f"{DAY}/p{i}.txt",
          "raw_sha256": "0" * 64, "parser": "p", "run_id": "r"} for i in range(5)], schema=PARAGRAPHS.schema)
    lake.write_partition(tmp_path / "direct", PARAGRAPHS, DAY, rows)
    target = lake.partition_file(tmp_path / "lake", PARAGRAPHS, DAY)
    prepared = lake.prepare_partition(tmp_path / "lake", PARAGRAPHS, DAY, rows)
    assert not target.exists() and prepared.rows == 5
    with pytest.raises(ValueError, match="prepared for"):
        lake.write_partition(tmp_path / "lake", PARAGRAPHS, date(2026, 11, 3), prepared)
    assert lake.write_partition(tmp_path / "lake", PARAGRAPHS, DAY, prepared) == 5
    assert pq.read_table(target).equals(pq.read_table(lake.partition_file(tmp_path / "direct", PARAGRAPHS, DAY)))
    assert sorted(p.name for p in target.parent.iterdir()) == ["data.parquet"]
    lake.prepare_partition(tmp_path / "lake", PARAGRAPHS, DAY, rows.slice(0, 2)).discard()  # never put in place
    assert sorted(p.name for p in target.parent.iterdir()) == ["data.parquet"]
    assert lake.read_partition(tmp_path / "lake", PARAGRAPHS, DAY).num_rows == 5


@pytest.mark.unit
def test_clean_table_of_raw_files_in_arrow_equals_the_rows_as_dicts():
    import json

    from chainwire import lake
    from chainwire.quality.quarantine import clean_table, quarantined_articles
    from chainwire.schemas import RAW_FILES

    files = [{"landing_date": DAY, "raw_path": f"{DAY}/f{i}.txt", "raw_sha256": None, "size_bytes": i,
              "status": ["parsed", "duplicate", "rejected"][i % 3], "reason": None if i % 3 == 0 else "why",
              "article_id": f"a{i}", "parser": "p", "run_id": "r"} for i in range(12)]
    qrows = [{"table_name": "articles", "raw_path": f"{DAY}/f{i}.txt", "article_id": f"a{i}", "reason": f"bad {i}",
              "record_json": json.dumps({})} for i in (0, 1, 6)]  # (f1 is a duplicate: its status stays)
    arrow = lake.to_arrow(RAW_FILES, files)
    got = clean_table("raw_files", arrow, [], quarantined_articles(qrows))
    for i in (0, 6):  # (what the rows as dicts gave: a parsed file of a quarantined article)
        files[i].update(status="quarantined", reason=f"bad {i}")
    assert got.equals(lake.to_arrow(RAW_FILES, files))
    assert got.schema.equals(RAW_FILES.schema, check_metadata=True)
    assert got["status"].to_pylist()[:7] == ["quarantined", "duplicate", "rejected", "parsed", "duplicate",
                                             "rejected", "quarantined"]
    assert clean_table("raw_files", arrow, [], {}) is arrow
