"""The warehouse load streams a day's partition into its insert (``lake.read_batches``): the same rows, order,
types and field metadata as ``lake.read_partition`` of the whole day."""

from __future__ import annotations

from datetime import date

import pyarrow as pa
import pytest

from conftest import write_older_paragraphs_file

DAY = date(2026, 11, 2)


@pytest.mark.unit
def test_streamed_batches_equal_the_whole_read(tmp_path, monkeypatch):
    from chainwire import lake
    from chainwire.schemas import PARAGRAPHS

    monkeypatch.setattr(lake, "READ_BATCH_ROWS", 7)  # 100 rows: 15 slices
    rows = [{"article_id": f"a{i % 13:02d}", "landing_date": DAY, "ordinal": i, "text": None if i % 5 == 0 else f"t{i}",
             "raw_path": f"{DAY}/p{i % 13}.txt"} for i in range(100)]
    lake.write_partition(tmp_path, PARAGRAPHS, DAY, rows)
    whole = lake.read_partition(tmp_path, PARAGRAPHS, DAY)
    reader = lake.read_batches(tmp_path, PARAGRAPHS, DAY)
    batches = list(reader)
    assert len(batches) == 15 and max(b.num_rows for b in batches) == 7
    streamed = pa.Table.from_batches(batches, schema=reader.schema)
    assert streamed.equals(whole) and streamed.schema.equals(whole.schema, check_metadata=True)
    absent = lake.read_batches(tmp_path, PARAGRAPHS, date(2026, 11, 3)).read_all()
    assert absent.num_rows == 0 and absent.schema.equals(whole.schema, check_metadata=False)


@pytest.mark.unit
def test_streamed_batches_type_an_older_file_as_the_whole_read_does(tmp_path, monkeypatch):
    """A file written before a column existed, with a narrower type: the table's schema, the column null."""
    from chainwire import lake
    from chainwire.schemas import PARAGRAPHS

    monkeypatch.setattr(lake, "READ_BATCH_ROWS", 4)
    write_older_paragraphs_file(tmp_path, DAY)
    whole = lake.read_partition(tmp_path, PARAGRAPHS, DAY)
    streamed = lake.read_batches(tmp_path, PARAGRAPHS, DAY).read_all()
    assert streamed.equals(whole) and streamed.schema.equals(whole.schema, check_metadata=True)
    assert streamed.schema.field("ordinal").type == pa.int32() and streamed["text"].null_count == 10
