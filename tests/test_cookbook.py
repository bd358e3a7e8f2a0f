"""docs/sql-cookbook.md: every query runs against a warehouse built from the bundled sample.

The warehouse is built once for the module: the sample landing zone (``sample/raw``, copied to a
temp dir) goes through ``chainwire.pipeline.run_day`` day by day, exactly as ``chainwire run``
does. Each ```sql block is then executed on the read-only snapshot — directly with DuckDB, and for
a few through the ``chainwire sql`` command line (``--format json``, and the page's own
command line verbatim) — and the key questions must return rows.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COOKBOOK = ROOT / "docs" / "sql-cookbook.md"
SAMPLE_RAW = ROOT / "sample" / "raw"


@dataclass(frozen=True)
class Recipe:
    number: int
    title: str
    explanation: str
    sql: str
    command: str  # the ```bash block that follows the SQL

    def __str__(self) -> str:  # pytest ids
        return f"q{self.number:02d}"


_SECTION = re.compile(r"^## (\d+)\. ([^\n]+)\n(.*?)(?=^## |\Z)", re.S | re.M)
_SQL = re.compile(r"^```sql\n(.*?)^```", re.S | re.M)
_BASH = re.compile(r"^```bash\n(.*?)^```", re.S | re.M)


def parse_cookbook(path: Path = COOKBOOK) -> list[Recipe]:
    recipes = []
    for m in _SECTION.finditer(path.read_text(encoding="utf-8")):
        body = m.group(3)
        sql, bash = _SQL.search(body), _BASH.search(body)
        explanation = body[: sql.start()].strip() if sql else ""
        recipes.append(Recipe(int(m.group(1)), m.group(2).strip(), explanation,
                              sql.group(1) if sql else "", bash.group(1) if bash else ""))
    return recipes


RECIPES = parse_cookbook()
BY_NUMBER = {r.number: r for r in RECIPES}

# Questions that must return rows on the bundled sample (the required ones and the marts-based ones).
MUST_RETURN_ROWS = {
    1: "daily semiconductor coverage (one row per day of the window, zeros included)",
    2: "articles mentioning CN and rare earths",
    3: "reporters covering export controls",
    4: "share of voice per country this week vs last week",
    6: "S&P 500 names the widget ties to battery news",
    9: "manifest accounting per day",
    10: "top actors per topic",
    11: "policy actions by country",
    12: "late or slow stages (sample runs are backfills, so late)",
    13: "topics trending",
    14: "outlet scorecard",
    15: "stock widget mentions",
    16: "most-covered companies",
    17: "topic x country pairs",
    18: "publication date provenance per outlet",
    19: "unique stories per topic over the last 7 days, each story once",
}
# Questions whose answer on the sample depends on what the pipeline found there: each must return
# rows exactly when the warehouse holds what it looks for.
CONDITIONAL = {
    5: """SELECT count(*) FROM core.articles AS c
          JOIN core.articles AS o ON o.cluster_id = c.cluster_id AND o.is_canonical
          WHERE NOT c.is_canonical AND c.outlet <> o.outlet""",
    7: "SELECT count(*) FROM core.runs WHERE stage = 'validate' AND status = 'warning'",
    8: "SELECT count(*) FROM core.quarantine",
}


def _cli() -> list[str]:
    """The `chainwire` console script of the running interpreter (else `python -m chainwire`)."""
    script = Path(sys.executable).parent / "chainwire"
    return [str(script)] if script.exists() else [sys.executable, "-m", "chainwire"]


@pytest.fixture(scope="module")
def sample_warehouse(tmp_path_factory):
    """Every bundled sample day run through the pipeline into a private data dir; yields the env."""
    from chainwire import pipeline
    from chainwire.settings import get_settings

    base = tmp_path_factory.mktemp("cookbook")
    shutil.copytree(SAMPLE_RAW, base / "raw")
    env = {"CHAINWIRE_RAW_DIR": str(base / "raw"), "CHAINWIRE_DATA_DIR": str(base / "data"),
           "CHAINWIRE_GX_DIR": str(base / "gx")}
    with pytest.MonkeyPatch.context() as mp:
        for k, v in env.items():
            mp.setenv(k, v)
        settings = get_settings()
        days = sorted(date.fromisoformat(d.name) for d in (base / "raw").iterdir() if d.is_dir())
        assert days, f"no sample days under {SAMPLE_RAW}"
        for day in days:
            pipeline.run_day(day, settings=settings)
        assert settings.snapshot_path.exists()
        yield {"env": env, "snapshot": settings.snapshot_path, "days": days}


@pytest.fixture(scope="module")
def snapshot_con(sample_warehouse):
    """Read-only connection on the published snapshot, set up like `chainwire sql` (Seoul session)."""
    import duckdb

    con = duckdb.connect(str(sample_warehouse["snapshot"]), read_only=True)
    con.execute("SET TimeZone = 'Asia/Seoul'")
    yield con
    con.close()


def _run(con, sql: str):
    cur = con.execute(sql)
    return [d[0] for d in cur.description], cur.fetchall()


# ------------------------------------------------------------------------------ the page itself
def test_cookbook_has_at_least_twelve_recipes_each_with_explanation_sql_and_command():
    assert len(RECIPES) >= 12, [r.title for r in RECIPES]
    assert [r.number for r in RECIPES] == list(range(1, len(RECIPES) + 1))
    for r in RECIPES:
        assert len(r.explanation) > 80, f"{r}: explanation missing or too short"
        assert r.sql.strip(), f"{r}: no ```sql block"
        assert r.command.startswith(".venv/bin/chainwire sql "), f"{r}: no `chainwire sql` command line"


@pytest.mark.parametrize("recipe", RECIPES, ids=str)
def test_command_line_carries_exactly_the_sql_block(recipe):
    m = re.fullmatch(r"\.venv/bin/chainwire sql \"\$\(cat <<'SQL'\n(.*)SQL\n\)\"\n", recipe.command, re.S)
    assert m, f"{recipe}: command line is not the here-document form"
    assert m.group(1) == recipe.sql


def test_required_questions_are_covered():
    text = "\n".join(r.sql for r in RECIPES)
    needles = {
        "semiconductor coverage": "topic = 'semiconductors'",
        "China": "iso2 = 'CN'",
        "rare earths": "'rare_earths_magnets'",
        "export controls": "'export_controls'",
        "share of voice by country": "marts.coverage_by_country",
        "copies": "is_canonical",
        "stock widget": "'stock_widget'",
        "battery news": "'batteries'",
        "quality warnings": "core.dq_results",
        "quarantine": "core.quarantine",
        "manifest": "core.raw_files",
        "actors": "core.article_actors",
        "policy actions": "core.article_policy_actions",
        "run log": "core.runs",
    }
    missing = [k for k, v in needles.items() if v not in text]
    assert not missing, missing
    assert "copy_kind" in text and "cluster_id" in text


@pytest.mark.parametrize("recipe", RECIPES, ids=str)
def test_queries_are_relative_to_the_data_not_the_clock(recipe):
    sql = recipe.sql.lower()
    for clock in ("now()", "current_date", "current_timestamp", "today()", "get_current_time"):
        assert clock not in sql, f"{recipe} uses {clock}: windows must be anchored on the data"


# ------------------------------------------------------------------------------ on the sample warehouse
@pytest.mark.parametrize("recipe", RECIPES, ids=str)
def test_query_runs_on_the_sample_warehouse(recipe, snapshot_con):
    columns, rows = _run(snapshot_con, recipe.sql)
    assert columns
    if recipe.number in MUST_RETURN_ROWS:
        assert rows, f"{recipe} ({MUST_RETURN_ROWS[recipe.number]}) returned no rows on the sample"
    if recipe.number in CONDITIONAL:
        expected = snapshot_con.execute(CONDITIONAL[recipe.number]).fetchone()[0] > 0
        assert bool(rows) == expected, f"{recipe}: {len(rows)} rows, but the warehouse says {expected}"


@pytest.mark.parametrize("recipe", RECIPES, ids=str)
def test_results_do_not_depend_on_the_session_time_zone(recipe, sample_warehouse):
    """Dates are Seoul days whatever the session's TimeZone (marts or timezone('Asia/Seoul', ...))."""
    import duckdb

    results = []
    for tz in ("Asia/Seoul", "UTC", "America/Los_Angeles"):
        con = duckdb.connect(str(sample_warehouse["snapshot"]), read_only=True)
        con.execute(f"SET TimeZone = '{tz}'")
        results.append(_run(con, recipe.sql))
        con.close()
    assert results[0] == results[1] == results[2]


def test_key_answers_on_the_sample(snapshot_con):
    """Spot-check the meaning of a few answers against the sample's own rows."""
    _, days = _run(snapshot_con, BY_NUMBER[1].sql)
    latest = snapshot_con.execute("SELECT max(published_date) FROM marts.stg_articles").fetchone()[0]
    assert len(days) == 30 and days[-1][0] == latest
    semis = snapshot_con.execute("""
        SELECT count(DISTINCT t.article_id) FROM core.article_topics t
        JOIN marts.stg_articles a USING (article_id, landing_date)
        WHERE t.topic = 'semiconductors' AND a.published_date > ? - 30""", [latest]).fetchone()[0]
    assert sum(d[1] for d in days) == semis and all(d[1] >= d[2] for d in days)

    cols, rows = _run(snapshot_con, BY_NUMBER[2].sql)
    for row in rows:
        rec = dict(zip(cols, row, strict=True))
        tags = snapshot_con.execute(
            "SELECT (SELECT count(*) FROM core.article_topics WHERE article_id = ? AND topic = 'rare_earths_magnets'),"
            "       (SELECT count(*) FROM core.article_countries WHERE article_id = ? AND iso2 = 'CN')",
            [rec["article_id"], rec["article_id"]]).fetchone()
        assert tags == (1, 1)

    cols, rows = _run(snapshot_con, BY_NUMBER[4].sql)
    shares = [dict(zip(cols, r, strict=True))["sov_this_week_pct"] for r in rows]
    assert abs(sum(s for s in shares if s is not None) - 100) < 1.5

    cols, rows = _run(snapshot_con, BY_NUMBER[6].sql)
    tickers = {dict(zip(cols, r, strict=True))["ticker"] for r in rows}
    assert tickers and all(t and t.upper() == t for t in tickers)

    cols, rows = _run(snapshot_con, BY_NUMBER[9].sql)
    for row in rows:
        rec = dict(zip(cols, row, strict=True))
        assert rec["all_accounted"] and rec["balanced"], rec


# ------------------------------------------------------------------------------ through `chainwire sql`
CLI_RECIPES = [BY_NUMBER[n] for n in (1, 2, 6, 7, 11) if n in BY_NUMBER]


@pytest.mark.parametrize("recipe", CLI_RECIPES, ids=str)
def test_chainwire_sql_json_matches_direct_query(recipe, sample_warehouse, snapshot_con):
    proc = subprocess.run([*_cli(), "sql", "--format", "json", recipe.sql], cwd=ROOT, capture_output=True,
                          text=True, env={**os.environ, **sample_warehouse["env"]}, timeout=120)
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    columns, direct = _run(snapshot_con, recipe.sql)
    assert len(rows) == len(direct)
    if rows:
        assert list(rows[0]) == columns
    if recipe.number in MUST_RETURN_ROWS:
        assert rows


def test_the_pages_command_line_runs_verbatim(sample_warehouse, snapshot_con):
    """The bash block is copy-paste ready: run it as printed (with this interpreter's CLI)."""
    recipe = BY_NUMBER[2]
    command = recipe.command.replace(".venv/bin/chainwire", " ".join(f"'{p}'" for p in _cli()), 1)
    proc = subprocess.run(["bash", "-c", command], cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, **sample_warehouse["env"]}, timeout=120)
    assert proc.returncode == 0, proc.stderr
    n = len(_run(snapshot_con, recipe.sql)[1])
    assert proc.stdout.rstrip().endswith(f"({n} row{'s' if n != 1 else ''})"), proc.stdout[-300:]
    assert "published_date" in proc.stdout.splitlines()[0]
