"""CREATE TABLE and COMMENT ON statements derived from chainwire.schemas."""

from __future__ import annotations

from chainwire.schemas import TABLES, WAREHOUSE_ONLY, Table, column_doc, duckdb_type


def _q(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def table_ddl(table: Table, schema: str = "core") -> list[str]:
    cols = ",\n  ".join(
        f"{f.name} {duckdb_type(f.type)}{'' if f.nullable else ' NOT NULL'}" for f in table.schema
    )
    stmts = [f"CREATE TABLE IF NOT EXISTS {schema}.{table.name} (\n  {cols}\n)"]
    stmts.append(f"COMMENT ON TABLE {schema}.{table.name} IS {_q(table.doc)}")
    stmts += [f"COMMENT ON COLUMN {schema}.{table.name}.{f.name} IS {_q(column_doc(f))}" for f in table.schema]
    return stmts


def all_ddl() -> list[str]:
    stmts = ["CREATE SCHEMA IF NOT EXISTS core", "CREATE SCHEMA IF NOT EXISTS marts"]
    for table in list(TABLES.values()) + list(WAREHOUSE_ONLY.values()):
        stmts += table_ddl(table)
    return stmts
