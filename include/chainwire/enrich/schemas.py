"""The five enrichment tables as the rows ``enrich_rows`` produces them.

The tables are defined once, in ``chainwire.schemas`` (writer, checks and DuckDB DDL all
derive from those definitions). These are the same schemas without the columns the pipeline
adds around the tagger's rows: the partition ``landing_date`` and the lineage columns.
"""

from __future__ import annotations

import pyarrow as pa

from chainwire.schemas import ENRICH_TABLES, LINEAGE_COLUMNS, SCHEMA_VERSION

_ADDED_BY_PIPELINE = frozenset({"landing_date", *LINEAGE_COLUMNS})

ENRICH_SCHEMAS: dict[str, pa.Schema] = {
    # The tagger always fills a row's key columns, so the row schema holds them non-null.
    name: pa.schema([f.with_nullable(f.nullable and f.name not in table.key)
                     for f in table.schema if f.name not in _ADDED_BY_PIPELINE],
                    metadata={"table": name, "doc": table.doc, "key": ",".join(table.key),
                              "schema_version": str(SCHEMA_VERSION)})
    for name, table in ENRICH_TABLES.items()
}


def to_arrow(table_name: str, rows: list[dict]) -> pa.Table:
    """Rows from ``enrich_rows(...)[table_name]`` as a typed Arrow table."""
    return pa.Table.from_pylist(rows, schema=ENRICH_SCHEMAS[table_name])
