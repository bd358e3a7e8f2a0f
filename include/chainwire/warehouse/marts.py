"""A small dbt-like runner: one SQL model per file, run in dependency order, incrementally.

Each file in ``sql/marts/`` is a SELECT named for what it holds. Its header documents
the table and its columns, and says how the model is kept up to date::

    -- marts.coverage_daily: what one row is.
    -- column date: what the column holds.
    -- incremental: day
    -- partition: date

Dependencies come from the ``marts.<name>`` references in the SELECT. Loads record the articles
they touched (``meta.marts_pending``); a build recomputes only the rows those articles can
change, by the model's strategy (the design and why each is exact: docs/performance.md,
"Daily cost independent of history"):

* ``article`` (``marts.stg_articles``, the base of every mart): the touched articles' rows. Their
  publication days and story clusters before and after are the "touched" days and clusters.
* ``day``: a row of day d depends only on articles published on d: the touched days.
* ``day_story``: a row of day d and story c (its ``cluster_id`` column) depends only on the copies
  of c published on d: the touched (day, story) pairs. A day's evening-before articles then cost
  their own stories, not the whole previous day.
* ``period_day``: a row of day d depends on the rows of d and on the earlier rows, in d's ISO
  week and calendar month, of the stories with a row on d (is the story new to the period that
  day?): touched days and the later days of those periods where a touched story has a copy,
  from those days' rows and their stories' rows earlier in the periods.
* ``period``: ISO weeks and calendar months containing a touched day, recomputed from all
  their rows (day and ``period_day`` models: their changed days lie in the touched periods).
* ``trailing N``: a row of day d depends on days d-N .. d: touched days and the data days
  up to N days after each, recomputed from their N-day windows.
* ``cluster``: a row of day d depends on every copy (up to d) of the stories with a copy on d:
  touched days and every day a touched story has a copy on, from all copies of their stories.

Each strategy deletes its model's rows for those partitions and inserts them recomputed from
the models' own SQL run on a restricted ``marts.stg_articles``, so the result is the full
rebuild's, row for row (``tests/test_marts_incremental.py``). The per-article core tables a model
joins (``ARTICLE_CONTENT_TABLES``: tags, stock widget, ...) are restricted to the landing days of
its base rows in scope, where the loader keeps every row of those articles. The rule this needs:
an incremental model reads a per-article core table only for the articles of its
``marts.stg_articles`` rows, joined by ``article_id``. A model without a strategy, a
new or edited model (its SQL's hash changed), the models depending on a rebuilt one, and
``full_refresh=True`` (``chainwire marts --full-refresh``) are rebuilt with CREATE OR REPLACE.
Everything happens in one transaction, so readers of the snapshot never see half a build.
(dbt-duckdb was considered: for a dozen models and no Jinja it would add a dependency tree
heavier than the models themselves.)
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import duckdb

from chainwire.warehouse.connection import rollback_after
from chainwire.warehouse.state import ensure_meta, mark_dirty

MODELS_DIR = Path(str(resources.files("chainwire.warehouse") / "sql" / "marts"))
_REF = re.compile(r"\bmarts\.(\w+)")
_CORE_REF = re.compile(r"\bcore\.(\w+)")
_TABLE_DOC = re.compile(r"^--\s*marts\.(\w+):\s*(.+)$")
_COL_DOC = re.compile(r"^--\s*column\s+(\w+):\s*(.+)$")
_INCREMENTAL = re.compile(r"^--\s*incremental:\s*(\w+)(?:\s+(\d+))?\s*$")
_PARTITION = re.compile(r"^--\s*partition:\s*(\w+)\s*$")
BASE = "stg_articles"  # one row per article: the only mart an incremental model may read
STRATEGIES = ("article", "day", "day_story", "period_day", "period", "trailing", "cluster")
DAY_STRATEGIES = ("day", "day_story")  # a row of day d depends on articles published on d only
# The marts (besides marts.stg_articles) an incremental model may read, by its strategy: those whose
# changed partitions the strategy's own partitions cover. A period_day model changes days after the
# touched ones, but only within their weeks and months: period models, and only they, may read it.
READABLE = {"day": DAY_STRATEGIES, "day_story": DAY_STRATEGIES, "trailing": DAY_STRATEGIES,
            "period_day": ("day_story",), "period": (*DAY_STRATEGIES, "period_day")}


@dataclass
class Model:
    name: str
    sql: str
    doc: str = ""
    column_docs: dict[str, str] = field(default_factory=dict)
    depends_on: set[str] = field(default_factory=set)
    strategy: str | None = None  # how a build updates it in place (None: rebuilt every time)
    window: int = 0  # days of the ``trailing`` strategy
    partition: str | None = None  # DATE column the snapshot exports it by (one file per value)
    reads_core: set[str] = field(default_factory=set)  # core tables the SELECT references

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.sql.encode("utf-8")).hexdigest()


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
            elif i := _INCREMENTAL.match(line):
                m.strategy, m.window = i.group(1), int(i.group(2) or 0)
            elif pt := _PARTITION.match(line):
                m.partition = pt.group(1)
        body = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("--"))
        m.depends_on = set(_REF.findall(body)) - {m.name}
        m.reads_core = set(_CORE_REF.findall(body))
        _check_incremental(m)
        models[m.name] = m
    for m in models.values():
        readable = READABLE.get(m.strategy or "")
        bad = sorted(d for d in m.depends_on if d != BASE and d in models and models[d].strategy not in (readable or ()))
        if readable is not None and bad:
            raise ValueError(f"marts.{m.name}: a {m.strategy} model reads marts.{BASE} and "
                             f"{' or '.join(readable)} models only (not {', '.join('marts.' + b for b in bad)})")
    return models


def _check_incremental(m: Model) -> None:
    if m.strategy is None:
        return
    problem = None
    if m.strategy not in STRATEGIES:
        problem = f"unknown strategy {m.strategy!r} (one of {', '.join(STRATEGIES)})"
    elif m.partition is None:
        problem = "an incremental model needs a '-- partition: <date column>' line"
    elif (m.strategy == "article") != (m.name == BASE):
        problem = f"the article strategy is for marts.{BASE} only"
    elif m.strategy == "cluster" and m.depends_on != {BASE}:
        problem = f"the cluster strategy reads marts.{BASE} and no other mart (reads {sorted(m.depends_on)})"
    elif m.strategy != "article" and not m.depends_on:
        problem = "an incremental model reads day-partitioned marts (marts.stg_articles or a 'day' model)"
    elif m.strategy == "day_story" and "cluster_id" not in m.column_docs:
        problem = "day_story needs a cluster_id column (documented: '-- column cluster_id: ...')"
    elif m.strategy == "trailing" and m.window <= 0:
        problem = "trailing needs its window in days, e.g. '-- incremental: trailing 28'"
    if problem:
        raise ValueError(f"marts.{m.name}: {problem}")


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


def build_marts(con: duckdb.DuckDBPyConnection, models_dir: Path = MODELS_DIR,
                full_refresh: bool = False) -> dict[str, dict]:
    """Bring every mart up to date in dependency order inside one transaction.

    Incremental where the model allows it (see the module doc), else rebuilt in full; returns
    per model its rows, seconds (wall and the process's CPU), mode (``full`` or ``incremental``) and, when incremental, the
    number of partitions (days or periods) it recomputed.
    """
    models = load_models(models_dir)
    order = run_order(models)
    stats = {}
    con.execute("CREATE SCHEMA IF NOT EXISTS marts")
    ensure_meta(con)
    scopes: dict[tuple, str] = {}  # (mart, condition, partitions) -> temp view (or table) of its rows in scope
    landing: dict[tuple, str] = {}  # base scope -> the condition on landing_date of its rows' days
    con.execute("BEGIN TRANSACTION")
    try:
        full = _needs_full_build(con, models, order, full_refresh)
        con.execute("CREATE OR REPLACE TEMP TABLE mart_ids AS "
                    "SELECT DISTINCT article_id FROM meta.marts_pending WHERE article_id IS NOT NULL")
        con.execute("CREATE OR REPLACE TEMP TABLE mart_days AS "
                    "SELECT DISTINCT landing_date FROM meta.marts_pending WHERE article_id IS NOT NULL")
        con.execute("CREATE OR REPLACE TEMP TABLE mart_touched (published_date DATE, cluster_id VARCHAR)")
        for name in order:
            m = models[name]
            t0, c0 = time.perf_counter(), time.process_time()
            if name in full:
                _build_full(con, m)
                mark_dirty(con, f"marts.{name}", None)
                parts = None
            else:
                parts = _build_incremental(con, m, models, scopes, landing)
                mark_dirty(con, f"marts.{name}", parts)
            (rows,) = con.execute(f"SELECT count(*) FROM marts.{name}").fetchone() or (0,)
            stats[name] = {"rows": rows, "seconds": round(time.perf_counter() - t0, 3),
                           "cpu_seconds": round(time.process_time() - c0, 3),
                           "mode": "full" if parts is None else "incremental"}
            if parts is not None:
                stats[name]["partitions"] = len(parts)
        con.execute("DELETE FROM meta.marts_pending")
        con.execute("DELETE FROM meta.marts_state")
        con.executemany("INSERT INTO meta.marts_state VALUES (?, ?, now())", [[n, models[n].sha256] for n in order])
        con.execute("COMMIT")
    except BaseException:
        rollback_after(con)
        raise
    finally:
        for scope in scopes.values():  # mart_scope_<n>: views; mart_scope_table_<n>: tables
            con.execute(f"DROP {'TABLE' if scope.startswith('mart_scope_table_') else 'VIEW'} IF EXISTS temp.{scope}")
        for temp in ("mart_ids", "mart_days", "mart_touched", "mart_parts", "mart_cluster_rows"):
            con.execute(f"DROP TABLE IF EXISTS temp.{temp}")
    return stats


def _needs_full_build(con: duckdb.DuckDBPyConnection, models: dict[str, Model], order: list[str],
                      full_refresh: bool) -> set[str]:
    """Models to rebuild with CREATE OR REPLACE: asked for, never built, edited, or downstream of one."""
    existing = {t for (t,) in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = 'marts' AND NOT temporary").fetchall()}
    built = dict(con.execute("SELECT model, sql_sha256 FROM meta.marts_state").fetchall())
    everything = full_refresh or (con.execute(
        "SELECT count(*) FROM meta.marts_pending WHERE article_id IS NULL").fetchone() or (0,))[0] > 0
    full: set[str] = set()
    for name in order:
        m = models[name]
        if (everything or m.strategy is None or name not in existing or built.get(name) != m.sha256
                or m.depends_on & full):
            full.add(name)
    return full


def _select(m: Model) -> str:
    return m.sql.strip().rstrip(";") + "\n"  # the newline ends a trailing comment before a wrapping ")"


def _build_full(con: duckdb.DuckDBPyConnection, m: Model) -> None:
    con.execute(f"CREATE OR REPLACE TABLE marts.{m.name} AS\n{_select(m)}")
    if m.doc:
        con.execute(f"COMMENT ON TABLE marts.{m.name} IS {_q(m.doc)}")
    cols = {r[0] for r in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() "
        "AND schema_name = 'marts' AND table_name = ?", [m.name]).fetchall()}
    for col, doc in m.column_docs.items():
        if col in cols:
            con.execute(f"COMMENT ON COLUMN marts.{m.name}.{col} IS {_q(doc)}")


# Per strategy: the partitions to recompute (mart_parts.part) and the base rows they are computed
# from (mart_scope), both from mart_touched: the touched articles' days and clusters, before and after.
_PARTS = {
    "day": "SELECT DISTINCT published_date FROM mart_touched",
    "day_story": "SELECT DISTINCT published_date FROM mart_touched",
    "period": """SELECT DISTINCT CAST(date_trunc('week', published_date) AS DATE) FROM mart_touched
                 UNION SELECT DISTINCT CAST(date_trunc('month', published_date) AS DATE) FROM mart_touched""",
    "period_day": """SELECT DISTINCT published_date FROM mart_touched
                     UNION SELECT DISTINCT published_date FROM marts.stg_articles
                     WHERE published_date BETWEEN {lo} AND {hi} + 31
                       AND cluster_id IN (SELECT cluster_id FROM mart_touched)""",
    "trailing": """SELECT DISTINCT published_date FROM mart_touched
                   UNION SELECT DISTINCT s.published_date FROM marts.stg_articles AS s
                   JOIN (SELECT DISTINCT published_date AS d FROM mart_touched) AS t
                     ON s.published_date > t.d AND s.published_date <= t.d + {window}
                   WHERE s.published_date BETWEEN {lo} AND {hi} + {window}""",
    "cluster": """SELECT DISTINCT published_date FROM mart_touched
                  UNION SELECT DISTINCT published_date FROM mart_cluster_rows
                  WHERE cluster_id IN (SELECT cluster_id FROM mart_touched)""",
}
# The rows of a mart the recomputed partitions read, as a condition on its partition column {col}
# (marts.stg_articles: published_date) of {table}; {lo} .. {hi} bound it for the scan's zone maps.
_SCOPE = {
    "day": "{col} BETWEEN {lo} AND {hi} AND {col} IN (SELECT part FROM mart_parts)",
    "day_story": "{col} BETWEEN {lo} AND {hi} AND ({col}, cluster_id) IN (SELECT published_date, cluster_id FROM mart_touched)",
    "period_day": """{col} BETWEEN least(CAST(date_trunc('week', {lo}) AS DATE), CAST(date_trunc('month', {lo}) AS DATE))
                         AND {hi}
                     AND ({col} IN (SELECT part FROM mart_parts)
                          OR cluster_id IN (SELECT cluster_id FROM {table} WHERE {col} BETWEEN {lo} AND {hi}
                                            AND {col} IN (SELECT part FROM mart_parts)))""",
    "period": """{col} BETWEEN {lo} AND {hi} + 31
                 AND (CAST(date_trunc('week', {col}) AS DATE) IN (SELECT part FROM mart_parts)
                      OR CAST(date_trunc('month', {col}) AS DATE) IN (SELECT part FROM mart_parts))""",
    "trailing": """{col} BETWEEN {lo} - {window} AND {hi}
                   AND EXISTS (SELECT 1 FROM mart_parts AS o WHERE {col} BETWEEN o.part - {window} AND o.part)""",
    "cluster": """cluster_id IN (SELECT DISTINCT cluster_id FROM marts.stg_articles
                                 WHERE published_date BETWEEN {lo} AND {hi}
                                   AND published_date IN (SELECT part FROM mart_parts))""",
}


def _build_incremental(con: duckdb.DuckDBPyConnection, m: Model, models: dict[str, Model],
                       scopes: dict[tuple, str], landing: dict[tuple, str]) -> list:
    """Recompute the partitions of ``m`` the pending articles can change; returns them."""
    target = f"marts.{m.name}"
    assert m.strategy is not None and m.partition is not None  # only incremental models come here
    if m.strategy == "article":
        ids = "article_id IN (SELECT article_id FROM mart_ids)"
        lo, hi, unknown = con.execute("SELECT min(landing_date), max(landing_date), count(*) FILTER "
                                      "(WHERE landing_date IS NULL) FROM mart_days").fetchone() or (None, None, 0)
        if lo is not None and not unknown:  # the rows' landing days are known: read only those days
            ids += (f" AND landing_date BETWEEN DATE '{lo.isoformat()}' AND DATE '{hi.isoformat()}'"
                    " AND landing_date IN (SELECT landing_date FROM mart_days)")
        con.execute(f"INSERT INTO mart_touched SELECT published_date, cluster_id FROM {target} WHERE {ids}")
        con.execute(f"DELETE FROM {target} WHERE {ids}")
        con.execute(f"INSERT INTO {target} SELECT * FROM ({_select(m)}) WHERE {ids}")
        con.execute(f"INSERT INTO mart_touched SELECT published_date, cluster_id FROM {target} WHERE {ids}")
        return [d for (d,) in con.execute("SELECT DISTINCT published_date FROM mart_touched ORDER BY 1").fetchall()]
    lo, hi = con.execute("SELECT min(published_date), max(published_date) FROM mart_touched").fetchone() or (None, None)
    if lo is None:  # no touched article has a publication day: nothing to recompute
        return []
    # literal bounds (dates from DuckDB) so a scan of marts.stg_articles skips other days by zone map
    touched = {"lo": f"DATE '{lo.isoformat()}'", "hi": f"DATE '{hi.isoformat()}'", "window": m.window}
    if m.strategy == "cluster":
        # Every copy, on any day, of the touched stories and of the stories on the touched days: one scan of
        # marts.stg_articles (no date range prunes a story's copies) that gives the partitions (the days of
        # the touched stories' copies) and, when those are the touched days, the scope as well.
        con.execute(f"""CREATE OR REPLACE TEMP TABLE mart_cluster_rows AS SELECT * FROM marts.{BASE}
                        WHERE cluster_id IN (SELECT cluster_id FROM mart_touched UNION
                                             SELECT cluster_id FROM marts.{BASE}
                                             WHERE published_date BETWEEN {touched['lo']} AND {touched['hi']}
                                               AND published_date IN (SELECT published_date FROM mart_touched))""")
    con.execute(f"CREATE OR REPLACE TEMP TABLE mart_parts AS SELECT * FROM ({_PARTS[m.strategy].format(**touched)}) "
                "AS p(part) WHERE part IS NOT NULL")
    parts = [d for (d,) in con.execute("SELECT part FROM mart_parts ORDER BY 1").fetchall()]
    if not parts:
        return parts
    select = _select(m)
    bounds = {"lo": f"DATE '{parts[0].isoformat()}'", "hi": f"DATE '{parts[-1].isoformat()}'", "window": m.window}
    touched_days_only = m.strategy == "cluster" and parts == [d for (d,) in con.execute(
        "SELECT DISTINCT published_date FROM mart_touched WHERE published_date IS NOT NULL ORDER BY 1").fetchall()]
    for dep in sorted(m.depends_on):
        col = "published_date" if dep == BASE else models[dep].partition
        source, where = f"marts.{dep}", _SCOPE[m.strategy].format(col=col, table=f"marts.{dep}", **bounds)
        if touched_days_only:  # the stories on those days are among mart_cluster_rows', with all their copies
            source, where = "mart_cluster_rows", ("cluster_id IN (SELECT cluster_id FROM mart_cluster_rows "
                                                  "WHERE published_date IN (SELECT part FROM mart_parts))")
        key = (source, where, tuple(parts))
        if key not in scopes:
            # A view, so the model's own filters reach the scan (the range bound prunes by zone map); the
            # cluster scope has no range (a story's copies may be on any day): materialized, it is
            # looked up in all of marts.stg_articles once instead of once per reference in the model.
            kind = "TABLE" if m.strategy == "cluster" else "VIEW"
            scopes[key] = f"mart_scope_{'table_' if kind == 'TABLE' else ''}{len(scopes)}"
            con.execute(f"CREATE OR REPLACE TEMP {kind} {scopes[key]} AS SELECT * FROM {source} WHERE {where}")
        select = re.sub(rf"\bmarts\.{dep}\b", scopes[key], select)
        if dep == BASE:
            select = _restrict_core(con, m, select, scopes[key], scopes, landing)
    in_parts = f"{m.partition} IN (SELECT part FROM mart_parts)"
    if m.strategy == "day_story":  # only the touched stories' rows of those days
        con.execute(f"DELETE FROM {target} WHERE {in_parts} AND ({m.partition}, cluster_id) IN "
                    "(SELECT published_date, cluster_id FROM mart_touched)")
        con.execute(f"INSERT INTO {target} SELECT * FROM ({select}) WHERE {in_parts}")
        return parts
    con.execute(f"DELETE FROM {target} WHERE {in_parts}")
    con.execute(f"INSERT INTO {target} SELECT * FROM ({select}) WHERE {in_parts}")
    return parts


def _restrict_core(con: duckdb.DuckDBPyConnection, m: Model, select: str, base_scope: str,
                   scopes: dict[tuple, str], landing: dict[tuple, str]) -> str:
    """Point the model's per-article core tables at the landing days of its base rows in scope.

    The loader keeps every row of an article, in every table of ``ARTICLE_CONTENT_TABLES``, on the
    article's home day, which is its ``landing_date`` in ``core.articles`` and so in
    ``marts.stg_articles``. A model reads those tables only for the articles of its
    ``marts.stg_articles`` rows (joined by ``article_id``: the rule for incremental models, module
    doc), so the rows it can reach lie on the landing days of its base rows in scope. Without this
    the joins probe every row of the tag tables, which grow with the history (real article ids are
    spread over all of them: no zone map helps); with it they read a few days' row groups.
    """
    from chainwire.schemas import ARTICLE_CONTENT_TABLES

    tables = sorted(m.reads_core & ARTICLE_CONTENT_TABLES)
    if not tables:
        return select
    days_key = ("landing days", base_scope, ())
    if days_key not in landing:  # one lookup per base scope, shared by the models reading it
        days = [d for (d,) in con.execute(f"SELECT DISTINCT landing_date FROM {base_scope} ORDER BY 1").fetchall()]
        # dates from DuckDB, written as literals: the IN list and the range prune row groups by zone map
        literals = [f"DATE '{d.isoformat()}'" for d in days]
        landing[days_key] = (f"landing_date BETWEEN {literals[0]} AND {literals[-1]} AND landing_date IN "
                             f"({', '.join(literals)})" if days else "FALSE")
    where = landing[days_key]
    for table in tables:
        key = (f"core.{table}", where, ())
        if key not in scopes:
            scopes[key] = f"mart_scope_{len(scopes)}"
            con.execute(f"CREATE OR REPLACE TEMP VIEW {scopes[key]} AS SELECT * FROM core.{table} WHERE {where}")
        select = re.sub(rf"\bcore\.{table}\b", scopes[key], select)
    return select
