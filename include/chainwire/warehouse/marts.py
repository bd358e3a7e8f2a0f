"""A small dbt-like runner: one SQL model per file, run in dependency order.

Each file in ``sql/marts/`` is a SELECT named for what it holds. Its header documents
the table and its columns::

    -- marts.coverage_daily: what one row is.
    -- column date: what the column holds.

Dependencies come from the ``marts.<name>`` references in the SELECT. The runner
builds every model with CREATE OR REPLACE in one transaction, so readers of the
snapshot never see half a rebuild. (dbt-duckdb was considered: for eight models
and no Jinja it would add a dependency tree heavier than the models themselves.)
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import duckdb

MODELS_DIR = Path(str(resources.files("chainwire.warehouse") / "sql" / "marts"))
_REF = re.compile(r"\bmarts\.(\w+)")
_TABLE_DOC = re.compile(r"^--\s*marts\.(\w+):\s*(.+)$")
_COL_DOC = re.compile(r"^--\s*column\s+(\w+):\s*(.+)$")


@dataclass
class Model:
    name: str
    sql: str
    doc: str = ""
    column_docs: dict[str, str] = field(default_factory=dict)
    depends_on: set[str] = field(default_factory=set)


def load_models(models_dir: Path = MODELS_DIR) -> dict[str, Model]:
    models = {}
    for path in sorted(models_dir.glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        m = Model(name=path.stem, sql=text)
        for line in text.splitlines():
            if t := _TABLE_DOC.match(line):
                m.doc = t.group(2).strip()
            elif c := _COL_DOC.match(line):
                m.column_docs[c.group(1)] = c.group(2).strip()
        body = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("--"))
        m.depends_on = set(_REF.findall(body)) - {m.name}
        models[m.name] = m
    return models


def run_order(models: dict[str, Model]) -> list[str]:
    """Topological order; a cycle or an unknown reference is an error naming the model."""
    order: list[str] = []
    state: dict[str, str] = {}

    def visit(name: str, path: tuple[str, ...]) -> None:
        if state.get(name) == "done":
            return
        if state.get(name) == "visiting":
            raise ValueError(f"dependency cycle among marts: {' -> '.join(path + (name,))}")
        if name not in models:
            raise ValueError(f"model {path[-1]} references unknown model marts.{name}")
        state[name] = "visiting"
        for dep in sorted(models[name].depends_on):
            visit(dep, path + (name,))
        state[name] = "done"
        order.append(name)

    for name in sorted(models):
        visit(name, ())
    return order


def _q(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def build_marts(con: duckdb.DuckDBPyConnection, models_dir: Path = MODELS_DIR) -> dict[str, dict]:
    """(Re)build every mart in dependency order inside one transaction; returns rows and seconds per model."""
    models = load_models(models_dir)
    stats = {}
    con.execute("CREATE SCHEMA IF NOT EXISTS marts")
    con.execute("BEGIN TRANSACTION")
    try:
        for name in run_order(models):
            m = models[name]
            t0 = time.perf_counter()
            select = m.sql.strip().rstrip(";")
            con.execute(f"CREATE OR REPLACE TABLE marts.{name} AS\n{select}")
            if m.doc:
                con.execute(f"COMMENT ON TABLE marts.{name} IS {_q(m.doc)}")
            cols = {r[0] for r in con.execute(
                "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'marts' AND table_name = ?",
                [name]).fetchall()}
            for col, doc in m.column_docs.items():
                if col in cols:
                    con.execute(f"COMMENT ON COLUMN marts.{name}.{col} IS {_q(doc)}")
            (rows,) = con.execute(f"SELECT count(*) FROM marts.{name}").fetchone() or (0,)
            stats[name] = {"rows": rows, "seconds": round(time.perf_counter() - t0, 3)}
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return stats
