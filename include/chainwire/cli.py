"""The ``chainwire`` command: run stages without Airflow, query the warehouse, run benchmarks.

More subcommands come from installed plugins (``chainwire.commands`` entry points: ``synth``)."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from datetime import date
from pathlib import Path

from chainwire import __version__

EXAMPLE_QUERIES = {
    "Supply-chain topics, raw articles vs unique stories": (
        "SELECT topic, sum(articles) AS articles, sum(unique_stories) AS unique_stories "
        "FROM marts.coverage_daily GROUP BY topic ORDER BY articles DESC, topic LIMIT 8"),
    "Latest five headlines": (
        "SELECT strftime(published_at, '%Y-%m-%d %H:%M') AS published_kst, published_at_source AS source, "
        "reporters, title FROM core.articles ORDER BY published_at DESC, article_id LIMIT 5"),
}


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _open_readonly():
    """Open the published snapshot (never the file a load may be writing)."""
    import duckdb

    from chainwire.settings import TIMEZONE, get_settings
    from chainwire.snapshot_store import readable_snapshot

    s = get_settings()
    path = readable_snapshot(s)  # an s3:// data dir: the store's snapshot, fetched when it changed
    path = path if path.exists() else s.warehouse_path
    if not path.exists():
        raise SystemExit(f"chainwire: no warehouse yet at {path} — run `make run` or `chainwire run --date D` first")
    con = duckdb.connect(str(path), read_only=True)
    con.execute("SET TimeZone = ?", [TIMEZONE])
    return con, path


def _print_rows(columns: list[str], rows: list[tuple], fmt: str, out=None) -> None:
    out = out if out is not None else sys.stdout  # looked up per call: stdout may be replaced after import
    if fmt == "json":
        json.dump([dict(zip(columns, r, strict=True)) for r in rows], out, ensure_ascii=False, default=str, indent=1)
        out.write("\n")
    elif fmt == "csv":
        from chainwire.csvsafe import neutralize_row

        w = csv.writer(out)
        w.writerow(neutralize_row(columns))
        w.writerows(neutralize_row(r) for r in rows)  # =HYPERLINK(…) titles stay text
    else:
        cells = [[str(c) for c in columns]] + [["NULL" if v is None else str(v) for v in r] for r in rows]
        widths = [min(60, max(len(row[i]) for row in cells)) for i in range(len(columns))]
        for n, row in enumerate(cells):
            out.write("  ".join(v[:60].ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")
            if n == 0:
                out.write("  ".join("-" * w for w in widths) + "\n")
        out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def cmd_sql(args) -> int:
    import duckdb

    con, _ = _open_readonly()
    try:
        cur = con.execute(args.query)
    except duckdb.Error as exc:
        print(f"chainwire sql: {exc}", file=sys.stderr)
        return 1
    columns = [d[0] for d in cur.description] if cur.description else []
    _print_rows(columns, cur.fetchall() if columns else [], args.format)
    return 0


def _failure_message(exc: BaseException) -> str:
    """One clear line for a failed day (no traceback: the cause is named, the run goes on)."""
    if isinstance(exc, OSError) and exc.strerror:
        where = f" {exc.filename}" if exc.filename else ""
        return f"{exc.strerror}:{where}"
    return f"{exc}" if type(exc).__name__ in ("EmptyLandingError", "DataQualityError", "WarehouseBusy",
                                               "LockTimeout", "FileBeingRewritten") else f"{type(exc).__name__}: {exc}"


def cmd_run(args) -> int:
    import logging

    from chainwire.collector import freeze_at_exit
    from chainwire.parallel import requested_workers, tune_process_memory
    from chainwire.pipeline import run_day
    from chainwire.settings import get_settings
    from chainwire.sources.landing import landing_days

    try:
        workers = requested_workers(args.workers)
    except ValueError as exc:
        print(f"chainwire run: {exc}", file=sys.stderr)
        return 1
    tune_process_memory()  # before anything big is allocated; the workers inherit it
    freeze_at_exit()  # the interpreter's exit then walks none of what the run loaded
    s = get_settings()
    days = args.date or landing_days(s.raw_dir)
    if not days:
        print(f"chainwire run: no landing days under {s.raw_dir}", file=sys.stderr)
        return 1
    from chainwire.progress import Progress

    failed: list[str] = []
    for d in days:
        try:
            with Progress(f"chainwire run {d}") as progress:  # a bar on a terminal, periodic lines otherwise
                out = run_day(d, settings=s, allow_empty=args.allow_empty, progress=progress, workers=workers)
        except Exception as exc:  # one day's failure never abandons the remaining days
            logging.getLogger("chainwire").debug("run of %s failed", d, exc_info=True)
            print(f"{d}: FAILED — {_failure_message(exc)}", file=sys.stderr)
            failed.append(d.isoformat())
            continue
        if args.json:
            print(json.dumps(out, ensure_ascii=False, default=str))
        else:
            p, v, ld = out["parse"], out["validate"], out["load"]
            extra = "".join(f" {k[6:]}={n}" for k, n in p.items() if k.startswith("files_")
                            and k not in ("files_parsed", "files_duplicate"))
            print(f"{d}: files={p['files']} articles={p['articles']} quarantined={v['quarantined']}{extra} "
                  f"loaded={ld['rows']['articles']} run_id={out['run_id']}")
    if failed:
        print(f"chainwire run: {len(failed)} of {len(days)} day(s) failed: {', '.join(failed)} "
              "(each has a 'failed' row in core.runs)", file=sys.stderr)
    return 2 if failed else 0


def cmd_summary(args) -> int:
    con, path = _open_readonly()
    rows = con.execute(
        "SELECT f.landing_date, count(*) AS raw_files, count(*) FILTER (WHERE f.status = 'parsed') AS parsed, "
        "(SELECT count(*) FROM core.articles a WHERE a.landing_date = f.landing_date) AS articles_loaded "
        "FROM core.raw_files f GROUP BY f.landing_date ORDER BY f.landing_date").fetchall()
    print("Rows loaded per day:")
    _print_rows(["landing_date", "raw_files", "parsed", "articles_loaded"], rows, "table")
    print(f"\nDuckDB warehouse: {get_settings_paths()[0]}\nRead-only snapshot (open this): {path}")
    for title, q in EXAMPLE_QUERIES.items():
        print(f"\n-- {title}\n{q};")
        cur = con.execute(q)
        _print_rows([d[0] for d in cur.description], cur.fetchall(), "table")
    return 0


def get_settings_paths():
    from chainwire.settings import get_settings

    s = get_settings()
    return s.warehouse_path, s.snapshot_path


def cmd_parse(args) -> int:
    from chainwire.extract.dispatch import extract_raw, read_sidecar

    rejected = 0
    for p in args.paths:
        path = Path(p)
        try:
            landing = date.fromisoformat(path.parent.name)
        except ValueError:
            landing = None  # not in a landing folder: no landing-date fallback for the date
        try:
            data = path.read_bytes()
            if len(data) > 50 * 1024 * 1024:
                raise ValueError(f"file is {len(data)} bytes, over the 50 MB limit for one page")
            records = extract_raw(data, p, landing, read_sidecar(path))
        except (OSError, ValueError) as exc:
            records = None
            recs = [{"source_path": p, "error": str(exc)}]
        except Exception as exc:  # noqa: BLE001 - a parser bug on one file is that file's error, not a traceback
            records = None
            recs = [{"source_path": p, "error": f"parser error: {type(exc).__name__}: {exc}"}]
        if records is not None:
            recs = []
            for r in records:
                if r.error or r.article is None:
                    recs.append({"source_path": r.source_path, "error": r.error or "no article"})
                else:
                    d = r.article.to_dict()
                    d["source_path"] = r.source_path
                    recs.append(d)
        for rec in recs:
            rejected += "error" in rec
            print(json.dumps(rec, ensure_ascii=False, indent=None if args.format == "jsonl" else 1))
    return 3 if rejected else 0


def cmd_dq(args) -> int:
    from chainwire.quality.datadocs import data_docs_index
    from chainwire.settings import get_settings

    con, _ = _open_readonly()
    day = args.date or con.execute("SELECT max(partition_date) FROM core.dq_results").fetchone()[0]
    if day is None:
        print("chainwire dq: no validation results yet — run `make run` first")
        return 1
    run_id = con.execute("SELECT d.run_id FROM core.dq_results d JOIN core.runs r "
                         "ON r.run_id = d.run_id AND r.partition_date = d.partition_date "
                         "WHERE d.partition_date = ? ORDER BY r.finished_at DESC LIMIT 1", [day]).fetchone()
    if run_id is None:
        print(f"chainwire dq: no validation results for {day}")
        return 1
    run_id = run_id[0]
    print(f"Data quality for landing day {day} (latest run {run_id})\n")
    rows = con.execute(
        "SELECT table_name, count(*) AS expectations, count(*) FILTER (WHERE success) AS passed, "
        "count(*) FILTER (WHERE NOT success AND severity = 'row') AS row_failures, "
        "count(*) FILTER (WHERE NOT success AND severity = 'warning') AS warnings, "
        "count(*) FILTER (WHERE NOT success AND severity = 'critical') AS critical "
        "FROM core.dq_results WHERE partition_date = ? AND run_id = ? GROUP BY 1 ORDER BY 1", [day, run_id]).fetchall()
    _print_rows(["table", "expectations", "passed", "row_failures", "warnings", "critical"], rows, "table")
    failed = con.execute(
        "SELECT table_name, severity, expectation, unexpected_count, left(observed_value, 60) FROM core.dq_results "
        "WHERE partition_date = ? AND run_id = ? AND NOT success ORDER BY severity, table_name", [day, run_id]).fetchall()
    if failed:
        print("\nFailed expectations:")
        _print_rows(["table", "severity", "expectation", "unexpected", "observed"], failed, "table")
    q = con.execute("SELECT rule, count(*) FROM core.quarantine WHERE landing_date = ? GROUP BY 1 ORDER BY 2 DESC",
                    [day]).fetchall()
    print(f"\nQuarantined rows: {sum(n for _, n in q)}")
    for rule, n in q:
        print(f"    {n:>5}  {rule}")
    print(f"\nData Docs: {data_docs_index(get_settings().gx_dir)}")
    return 0


BENCHES = {
    "parse": "bench_parse.py",
    "extraction-html": "bench_extraction_html.py",
    "enrichment": "bench_enrichment.py",
    "validate": "bench_validate.py",
    "dedup": "bench_dedup.py",
    "realpages": "bench_realpages.py",
    "pipeline": "bench_pipeline.py",
    "timeline": "bench_timeline.py",
}


def cmd_bench(args) -> int:
    import runpy

    from chainwire.settings import PROJECT_ROOT

    script = PROJECT_ROOT / "bench" / BENCHES[args.name]
    if not script.exists():
        print(f"chainwire bench: {script} not found (benchmarks live in the source checkout's bench/)", file=sys.stderr)
        return 1
    from chainwire.progress import Heartbeat

    sys.argv = [str(script), *args.bench_args]
    with Heartbeat(f"chainwire bench {args.name}"):  # a spinner on a terminal, a line every 10 s otherwise
        runpy.run_path(str(script), run_name="__main__")
    return 0


def cmd_schema(args) -> int:
    con, _ = _open_readonly()
    rows = con.execute(
        "SELECT schema_name, table_name, comment FROM duckdb_tables() WHERE schema_name IN ('core','marts') "
        "UNION ALL SELECT schema_name, view_name, comment FROM duckdb_views() "  # large tables are views on Parquet
        "WHERE NOT internal AND schema_name IN ('core','marts') ORDER BY 1, 2").fetchall()
    for schema, table, comment in rows:
        print(f"{schema}.{table} — {comment or ''}")
        for col, typ, ccom in con.execute(
                "SELECT column_name, data_type, comment FROM duckdb_columns() WHERE schema_name=? AND table_name=? "
                "ORDER BY column_index", [schema, table]).fetchall():
            print(f"    {col:<26} {typ:<26} {ccom or ''}")
        print()
    return 0


def cmd_marts(args) -> int:
    """Bring marts.* up to date (or rebuild them all) and publish the snapshot."""
    from chainwire.settings import get_settings
    from chainwire.warehouse.load import connect_writer, ensure_schema, publish_snapshot
    from chainwire.warehouse.marts import build_marts
    from chainwire.warehouse.state import mark_dirty

    s = get_settings()
    if not s.warehouse_path.exists():
        raise SystemExit(f"chainwire marts: no warehouse yet at {s.warehouse_path} — run `chainwire run` first")
    with connect_writer(s.warehouse_path) as con:
        ensure_schema(con, s.lake_dir)
        stats = build_marts(con, full_refresh=args.full_refresh)
        if args.full_refresh:  # and republish every table's files, not only the marts'
            tables = con.execute("SELECT DISTINCT table_name FROM meta.snapshot_tables").fetchall()
            for (table,) in tables:
                mark_dirty(con, table, None)
    publish_snapshot(s.warehouse_path, s.snapshot_path)
    for name, st in stats.items():
        extra = f", {st['partitions']} partition(s)" if "partitions" in st else ""
        print(f"marts.{name}: {st['mode']}{extra}, {st['rows']} rows, {st['seconds']:.2f} s")
    print(f"snapshot: {s.snapshot_path}")
    return 0


def cmd_shell(args) -> int:
    from chainwire.settings import get_settings
    from chainwire.snapshot_store import readable_snapshot

    s = get_settings()
    path = readable_snapshot(s)  # an s3:// data dir: the store's snapshot, fetched when it changed
    if not path.exists():
        raise SystemExit(f"chainwire shell: no snapshot yet at {path} — run `make run` first")
    exe = Path(sys.executable).with_name("duckdb")
    cli = str(exe) if exe.exists() else "duckdb"
    os.execvp(cli, [cli, "-readonly", str(path)])
    return 0


def add_plugin_commands(sub) -> None:
    """Add the subcommands other installed packages register in the ``chainwire.commands`` entry-point
    group (``name = "module:function"``, the function gets the subparsers). ``chainwire synth`` comes
    from the test-data package ``chainwire_synth`` this way: the product never imports it."""
    from importlib.metadata import entry_points

    found = {ep.name: ep for ep in entry_points(group="chainwire.commands")}  # one per name, if listed twice
    for name in sorted(found):
        found[name].load()(sub)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="chainwire",
        description="Chainwire: supply-chain policy press coverage — parse raw news pages, check them, load DuckDB.",
        epilog="Paths: CHAINWIRE_RAW_DIR (landing zone <raw>/<YYYY-MM-DD>/<files>, default: the bundled sample/raw) "
               "and CHAINWIRE_DATA_DIR (lake, warehouse, reports; default: ./data).")
    p.add_argument("--version", action="version", version=f"chainwire {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    r = sub.add_parser("run", help="run every stage for one or more landing days in-process (no Airflow)")
    r.add_argument("--date", type=_day, action="append", help="landing day YYYY-MM-DD (repeatable; default: every day in the landing zone)")
    r.add_argument("--json", action="store_true", help="print the full stage summaries as JSON lines")
    r.add_argument("--workers", type=int, metavar="N",
                   help="processes for parsing and enrichment (default: CHAINWIRE_WORKERS, else every core this "
                        "process may use, fewer when memory is short; 1 = everything in this process)")
    r.add_argument("--allow-empty", action="store_true",
                   help="let an empty, missing or unreadable landing folder clear a day that has data "
                        "(default: that is an error naming the folder)")
    r.set_defaults(func=cmd_run)

    q = sub.add_parser("sql", help="run a SQL query against the read-only warehouse snapshot")
    q.add_argument("query", help='e.g. "select count(*) as n from core.articles"')
    q.add_argument("--format", choices=["table", "csv", "json"], default="table", help="output format (json = array of row objects)")
    q.set_defaults(func=cmd_sql)

    sm = sub.add_parser("summary", help="rows loaded per day, where the DuckDB file is, two example queries")
    sm.set_defaults(func=cmd_summary)

    sc = sub.add_parser("schema", help="print the warehouse tables and columns with their documentation")
    sc.set_defaults(func=cmd_schema)

    dq = sub.add_parser("dq", help="data-quality summary of a landing day and the Data Docs path")
    dq.add_argument("--date", type=_day, help="landing day (default: the latest validated)")
    dq.set_defaults(func=cmd_dq)

    from chainwire.report import add_report_subcommand

    add_report_subcommand(sub)

    ma = sub.add_parser("marts", help="update marts.* for what the loads changed, then publish the snapshot",
                        description="Recompute the marts rows of the publication days (or weeks, months, windows) "
                                    "the loads since the last build touched, then publish the snapshot. A new or edited "
                                    "model is rebuilt in full by itself.")
    ma.add_argument("--full-refresh", action="store_true",
                    help="rebuild every mart from all history and re-export every table of the snapshot "
                         "(after a change to the core schema, or to rule out any drift)")
    ma.set_defaults(func=cmd_marts)

    sh = sub.add_parser("shell", help="open the DuckDB CLI on the read-only snapshot")
    sh.set_defaults(func=cmd_shell)

    pa_ = sub.add_parser("parse", help="parse raw files and print one JSON object per file (exit 3 if any rejected)")
    pa_.add_argument("paths", nargs="+", metavar="PATH")
    pa_.add_argument("--format", choices=["jsonl", "json"], default="jsonl", help="jsonl: one line per file (default)")
    pa_.set_defaults(func=cmd_parse)

    be = sub.add_parser("bench", help="run a benchmark from bench/ and print its figures")
    be.add_argument("name", choices=sorted(BENCHES), help="which benchmark")
    be.add_argument("bench_args", nargs=argparse.REMAINDER, help="arguments passed to the benchmark script")
    be.set_defaults(func=cmd_bench)

    add_plugin_commands(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
