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


@pytest.mark.unit
def test_to_pydict_gives_the_values_to_pydict_gives():
    """``lake.to_pydict`` (timestamps and dates through numpy): the same values, types and time zone objects as
    pyarrow's ``to_pydict``, nulls, the ends of ``datetime``'s range and every other type included; a timestamp
    beyond that range still raises as pyarrow does."""
    import random
    from datetime import UTC, datetime, timedelta

    from chainwire import lake

    rng = random.Random(14)
    n = 3_000
    span = (datetime.max.replace(tzinfo=UTC) - datetime.min.replace(tzinfo=UTC)) // timedelta(microseconds=1)
    stamps = [None if rng.random() < 0.1 else datetime.min.replace(tzinfo=UTC) + timedelta(microseconds=rng.randrange(span))
              for _ in range(n - 4)] + [datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC), None,
                                        datetime(2026, 11, 2, 3, 4, 5, 6789, tzinfo=UTC)]
    days = [None if s is None else s.date() for s in stamps]
    batch = pa.record_batch({
        "published_at": pa.array(stamps, pa.timestamp("us", tz="UTC")),
        "landing_date": pa.array(days, pa.date32()),
        "seoul": pa.array([s if s and 1 < s.year < 9999 else None for s in stamps],  # (not UTC: pyarrow's own)
                          pa.timestamp("us", tz="Asia/Seoul")),
        "nanos": pa.array([None] * n, pa.timestamp("ns", tz="UTC")),
        "text": pa.array([None if s is None else str(s) for s in stamps]),
    })
    chunked = pa.Table.from_batches([batch.slice(0, 1_000), batch.slice(1_000)])
    for data in (batch, chunked, batch.slice(0, 0), batch.slice(n - 2, 1)):
        got, want = lake.to_pydict(data), data.to_pydict()
        assert got == want
        assert [type(v) for vs in got.values() for v in vs] == [type(v) for vs in want.values() for v in vs]
        assert [v.tzinfo for v in got["published_at"] if v] == [v.tzinfo for v in want["published_at"] if v]
    beyond = pa.array([0, 253402300800 * 10**6], pa.int64()).cast(pa.timestamp("us", tz="UTC"))
    with pytest.raises(OverflowError):
        beyond.to_pylist()
    with pytest.raises(OverflowError):
        lake.to_pydict(pa.record_batch({"t": beyond}))
