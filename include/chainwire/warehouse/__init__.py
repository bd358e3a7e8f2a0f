"""DuckDB warehouse: DDL from the pyarrow schemas, per-day loads, read-only snapshot."""
