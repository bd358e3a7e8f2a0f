"""CREATE TABLE and COMMENT ON statements derived from chainwire.schemas."""

from __future__ import annotations

from chainwire.schemas import TABLES, WAREHOUSE_ONLY, Table, column_doc, duckdb_type


def _q(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def create_ddl(table: Table, schema: str = "core") -> str:
    cols = ",\n  ".join(
        f"{f.name} {duckdb_type(f.type)}{'' if f.nullable else ' NOT NULL'}" for f in table.schema
    )
    return f"CREATE TABLE IF NOT EXISTS {schema}.{table.name} (\n  {cols}\n)"


def comments(table: Table) -> dict[str | None, str]:
    """The documentation a table carries in the warehouse: column name (None: the table) -> comment."""
    return {None: table.doc, **{f.name: column_doc(f) for f in table.schema}}


def comment_ddl(table: Table, schema: str = "core", only: set[str | None] | None = None) -> list[str]:
    """COMMENT ON statements for the table and its columns (``only``: for these columns, None the table)."""
    return [f"COMMENT ON TABLE {schema}.{table.name} IS {_q(text)}" if column is None
            else f"COMMENT ON COLUMN {schema}.{table.name}.{column} IS {_q(text)}"
            for column, text in comments(table).items() if only is None or column in only]


def table_ddl(table: Table, schema: str = "core") -> list[str]:
    return [create_ddl(table, schema)] + comment_ddl(table, schema)


def all_tables() -> list[Table]:
    return list(TABLES.values()) + list(WAREHOUSE_ONLY.values())


def all_ddl() -> list[str]:
    stmts = ["CREATE SCHEMA IF NOT EXISTS core", "CREATE SCHEMA IF NOT EXISTS marts"]
    for table in all_tables():
        stmts += table_ddl(table)
    return stmts
