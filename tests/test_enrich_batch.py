"""An enrich batch reads only its own rows of the day and tags them in chunks: same tables as reading the
whole day and tagging the batch at once (``lake.read_partition(keep=...)``, ``pipeline.TAG_CHUNK``)."""

from __future__ import annotations

from datetime import date

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from conftest import write_older_paragraphs_file

DAY = date(2026, 11, 2)


def _paragraph_rows(n: int) -> list[dict]:
    return [{"article_id": f"a{i % 13:02d}", "landing_date": DAY, "ordinal": i, "text": None if i % 5 == 0 else f"t{i}",
             "raw_path": f"{DAY}/p{i % 13}.txt"} for i in range(n)]


@pytest.mark.unit
@pytest.mark.parametrize("as_written", [False, True])
@pytest.mark.parametrize("columns", [None, ["text", "article_id"]])
def test_filtered_read_equals_filtering_the_whole_partition(tmp_path, monkeypatch, as_written, columns):
    """Rows, order, types and field metadata are those of the whole read filtered, whatever the slices."""
    from chainwire import lake
    from chainwire.schemas import PARAGRAPHS

    monkeypatch.setattr(lake, "READ_BATCH_ROWS", 7)  # 100 rows: 15 slices, the kept rows spread over them
    lake.write_partition(tmp_path, PARAGRAPHS, DAY, _paragraph_rows(100))
    wanted = pa.array(["a03", "a11", "zz"], pa.string())
    whole = lake.read_partition(tmp_path, PARAGRAPHS, DAY, as_written=as_written, columns=columns)
    kept = lake.read_partition(tmp_path, PARAGRAPHS, DAY, as_written=as_written, columns=columns,
                               keep=lambda rows: pc.is_in(rows["article_id"], value_set=wanted))
    expected = whole.filter(pc.is_in(whole["article_id"], value_set=wanted))
    assert kept.num_rows == 15 and kept.equals(expected)
    assert kept.schema.equals(expected.schema, check_metadata=True)
    nothing = lake.read_partition(tmp_path, PARAGRAPHS, DAY, columns=columns, keep=lambda rows: pc.is_in(
        rows["article_id"], value_set=pa.array([], pa.string())))
    assert nothing.num_rows == 0 and nothing.schema.equals(whole.schema, check_metadata=True)
    absent = lake.read_partition(tmp_path, PARAGRAPHS, date(2026, 11, 3), columns=columns,
                                 keep=lambda rows: pc.is_in(rows["article_id"], value_set=wanted))
    assert absent.num_rows == 0 and absent.schema.equals(whole.schema.remove_metadata(), check_metadata=False)


@pytest.mark.unit
def test_filtered_read_types_an_older_file_as_the_whole_read_does(tmp_path, monkeypatch):
    """A file written before a column existed (and with a narrower type): the table's schema, the column null."""
    from chainwire import lake
    from chainwire.schemas import PARAGRAPHS

    monkeypatch.setattr(lake, "READ_BATCH_ROWS", 4)
    write_older_paragraphs_file(tmp_path, DAY)
    wanted = pa.array(["a1"], pa.string())
    for as_written in (False, True):
        whole = lake.read_partition(tmp_path, PARAGRAPHS, DAY, as_written=as_written)
        kept = lake.read_partition(tmp_path, PARAGRAPHS, DAY, as_written=as_written,
                                   keep=lambda rows: pc.is_in(rows["article_id"], value_set=wanted))
        expected = whole.filter(pc.is_in(whole["article_id"], value_set=wanted))
        assert kept.equals(expected) and kept.schema.equals(expected.schema, check_metadata=True)
    assert kept.column_names == ["article_id", "ordinal", "landing_date"]  # as written: the file's own columns
    typed = lake.read_partition(tmp_path, PARAGRAPHS, DAY, keep=lambda rows: pc.is_in(rows["article_id"], value_set=wanted))
    assert typed.schema.field("ordinal").type == pa.int32() and typed["text"].null_count == typed.num_rows == 3


def test_a_batch_tagged_in_chunks_from_its_own_rows_equals_one_pass(tmp_path, monkeypatch):
    """enrich_batch over a generated day (every layout), read in 5-row slices and tagged 7 articles at a time,
    writes exactly the batch tables of one read of the whole day tagged at once, for two different batches."""
    from chainwire import lake, pipeline, staging
    from chainwire.settings import get_settings
    from chainwire_synth.generator import generate_corpus

    generate_corpus(tmp_path / "corpus", days=1, per_day=40, seed=9, start_date=DAY, outlets="all")
    monkeypatch.setenv("CHAINWIRE_RAW_DIR", str(tmp_path / "corpus" / "raw"))
    monkeypatch.setenv("CHAINWIRE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CHAINWIRE_GX_DIR", str(tmp_path / "gx"))
    settings = get_settings()
    pipeline.discover_day(DAY, "r1", settings)
    pipeline.parse_day(DAY, "r1", settings, workers=1)
    pipeline.validate_day(DAY, "r1", settings)
    files = [f for batch in pipeline.plan_enrich_batches(DAY, "r1", settings) for f in batch]
    assert len(files) >= 30
    batches = {"odd": files[1::2], "tail": files[-23:]}

    def tables(batch):
        ref = pipeline.enrich_batch(DAY, "r1", batch, settings=settings).batch
        return staging.read_batch(ref, [pipeline.TAGGED, *pipeline.ENRICH_TABLES])

    monkeypatch.setattr(pipeline, "TAG_CHUNK", 10_000)
    monkeypatch.setattr(lake, "READ_BATCH_ROWS", 1_000_000)
    once = {name: tables(batch) for name, batch in batches.items()}
    monkeypatch.setattr(pipeline, "TAG_CHUNK", 7)
    monkeypatch.setattr(lake, "READ_BATCH_ROWS", 5)
    chunked = {name: tables(batch) for name, batch in batches.items()}
    for name in batches:
        assert once[name][pipeline.TAGGED].num_rows == len(batches[name])
        assert sum(t.num_rows for k, t in once[name].items() if k != pipeline.TAGGED) > 50
        for table, rows in once[name].items():
            assert chunked[name][table].equals(rows), (name, table)


@pytest.mark.unit
def test_rows_by_column_with_their_articles_lineage_equal_the_merged_rows():
    """``lake.to_arrow_columns``: tag rows given column by column plus, per row, its article's lineage columns
    give exactly the table of the rows merged with that lineage (``to_arrow`` of ``{**row, **lineage}``):
    schema, values, nulls (a column the rows do not hold is null, as ``from_pylist`` makes it)."""
    from chainwire import lake
    from chainwire.schemas import ENRICH_TABLES

    table = ENRICH_TABLES["article_actors"]
    lineage = {"landing_date": [DAY, DAY, DAY], "raw_path": [f"{DAY}/a.txt", f"{DAY}/b.txt", f"{DAY}/c.txt"],
               "raw_sha256": ["s1", None, "s3"], "parser": ["p@1", "p@1", "p@2"], "run_id": ["r", "r", "r"]}
    rows = [{"article_id": f"a{i}", "actor_id": f"x{i}", "name": f"n{i}", "kind": "person",
             "title": None if i % 2 else "장관", "mentions": i} for i in range(7)]
    owner = [0, 0, 0, 2, 2, 2, 2]  # (article 1 has no rows)
    merged = [{**row, **{c: v[owner[i]] for c, v in lineage.items()}} for i, row in enumerate(rows)]
    columns = {c: [row[c] for row in rows] for c in rows[0]}
    got, expected = lake.to_arrow_columns(table, columns, owner, lineage), lake.to_arrow(table, merged)
    assert got.equals(expected) and got.schema.equals(expected.schema, check_metadata=True)
    assert got["raw_path"].to_pylist()[3] == f"{DAY}/c.txt" and got["affiliation"].null_count == 7
    empty = lake.to_arrow_columns(table, {c: [] for c in columns}, [], lineage)
    assert empty.num_rows == 0 and empty.schema.equals(table.schema, check_metadata=True)


@pytest.mark.unit
def test_the_taggers_row_columns_are_the_enrich_schemas_columns():
    """``enrich.ROW_COLUMNS`` (the values of ``enrich_tuples``' rows) names every column of each enrich table but the
    partition and lineage ones: none is left null by omission in a batch's tables."""
    from chainwire.enrich import ENRICH_SCHEMAS, ROW_COLUMNS

    assert ROW_COLUMNS.keys() == ENRICH_SCHEMAS.keys()
    for name, columns in ROW_COLUMNS.items():
        assert sorted(columns) == sorted(ENRICH_SCHEMAS[name].names), name


@pytest.mark.unit
def test_a_batch_read_with_columns_holds_those_columns_of_the_whole_read(tmp_path):
    from chainwire import staging

    tables = {"t": pa.table({"a": [1, 2], "b": ["x", "y"], "c": [None, 1.5]}), "u": pa.table({"d": [True]})}
    ref = staging.write_batch(tmp_path / "batch", tables)
    whole = staging.read_batch(ref, ["t", "u"])
    some = staging.read_batch(ref, ["t", "u"], columns={"t": ["c", "a"]})
    assert whole["t"].equals(tables["t"]) and some["u"].equals(whole["u"])
    assert some["t"].select(["a", "c"]).equals(whole["t"].select(["a", "c"])) and "b" not in some["t"].column_names
