"""Build the static coverage report: one self-contained folder that works offline.

    <out>/index.html          the page (chart specs inlined, no network access)
    <out>/vendor/*.js         vega, vega-lite, vega-embed (bundled with this package)
    <out>/data/<name>.csv     every table behind a chart or panel (UTF-8 with BOM)
    <out>/data/<name>.parquet the same, typed
    <out>/data-docs/          a copy of the Great Expectations Data Docs, when built
    <out>/report.json         manifest: period, charts and their row counts, exports

The default output is ``<reports_dir>/latest``, replaced atomically (built in a temporary
sibling folder, then swapped in), plus a dated copy ``<reports_dir>/<from>_to_<to>/``.

When the data dir is on object storage (``s3://…``) the report is built in a local temporary
folder and uploaded (``_publish_remote``): the dated copy first, then ``latest`` file by file
with ``index.html`` last, then the objects the new report no longer has are removed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from chainwire import storage
from chainwire.digest import MOVER_COLUMNS, STORY_COLUMNS, load_digest
from chainwire.folders import as_created, swap_in_folder
from chainwire.report import charts, data
from chainwire.report import period as period_totals
from chainwire.report.digest_section import render_digest
from chainwire.report.page import Panel, render
from chainwire.settings import TIMEZONE, get_settings

TITLE = "Chainwire · 공급망 정책 보도 커버리지"
VENDOR_FILES = ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js")  # load order matters
DATA_DOCS_MAX_BYTES = 200 * 1024 * 1024  # copy Data Docs into the report up to this size
QUERY_THREADS = 2  # the report's queries at a time (docs/performance.md, "The one-core tail")
# Queries that wait for the period totals instead of running beside them: the two take the most memory (the
# 100k-article day: +0.39 and +0.20 GB alone, +0.6 GB together; docs/performance.md, "The report's peak").
AFTER_COVERAGE = frozenset({"stories"})

# id, title, description, builder
CHARTS = [
    ("topic_trend", "Coverage per topic over time",
     "Articles tagged with each supply-chain topic per publication day: solid lines count every copy, "
     "dashed lines count each story once (days without coverage count 0).", charts.topic_trend),
    ("country_share", "Share of voice per country",
     "Share of country-tagged articles that name each country (top 20).", charts.country_share),
    ("topic_country", "Topic × country",
     "Articles tagged with both the topic and the country (the 15 most covered countries).", charts.topic_country),
    ("top_actors", "Top actors", "Ministries, agencies and people named most often (top 20).", charts.top_actors),
    ("top_companies", "Top companies", "Companies named in the body or the stock widget (top 20).",
     charts.top_companies),
    ("outlets", "Outlets", "Articles, unique stories, supply-chain articles and canonical copies per outlet.",
     charts.outlets),
    ("stock_impact", "Stock-impact mentions",
     "Companies named by the outlets' AI stock-impact widget, by direction (top 20 companies).", charts.stock_impact),
]


def build_report(out_dir: Path | None = None, date_from: date | None = None, date_to: date | None = None,
                 snapshot: Path | None = None) -> Path:
    """Build the report and return the path of its index.html.

    ``snapshot`` defaults to the published read-only warehouse snapshot; the period defaults
    to the last 30 publication days that have data. With ``out_dir`` the report goes exactly
    there (replaced atomically) and no dated copy is kept.
    """
    settings = get_settings()
    snapshot = Path(snapshot) if snapshot else settings.snapshot_path
    if not snapshot.exists():
        raise FileNotFoundError(f"no warehouse snapshot at {snapshot} — run `chainwire run` (or the DAG) first")
    if out_dir is None and storage.is_remote(settings.reports_dir):
        return _build_remote(date_from, date_to, snapshot, settings)
    final = Path(out_dir) if out_dir else settings.reports_dir / "latest"
    final.parent.mkdir(parents=True, exist_ok=True)

    con = duckdb.connect(str(snapshot), read_only=True)
    try:
        con.execute("SET TimeZone = ?", [TIMEZONE])
        period = data.resolve_period(con, date_from, date_to)
        tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.tmp-", dir=final.parent))
        as_created(tmp)
        try:
            _write_report(tmp, con, period, snapshot, settings)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    finally:
        con.close()

    if out_dir is None:
        dated = settings.reports_dir / period.slug
        dated_tmp = Path(tempfile.mkdtemp(prefix=f".{dated.name}.tmp-", dir=dated.parent))
        as_created(dated_tmp)
        shutil.copytree(tmp, dated_tmp, dirs_exist_ok=True, symlinks=True)  # data-docs stays a link
        swap_in_folder(dated_tmp, dated)
        prune_dated_reports(settings.reports_dir, settings.report_keep)
    swap_in_folder(tmp, final)
    return final / "index.html"


def _build_remote(date_from: date | None, date_to: date | None, snapshot: Path, settings):
    """Build in a local temporary folder, then publish to ``<reports_dir>/latest`` and the dated prefix."""
    local = Path(tempfile.mkdtemp(prefix="chainwire-report-"))
    try:
        con = duckdb.connect(str(snapshot), read_only=True)
        try:
            con.execute("SET TimeZone = ?", [TIMEZONE])
            period = data.resolve_period(con, date_from, date_to)
            _write_report(local, con, period, snapshot, settings)
        finally:
            con.close()
        _publish_remote(local, settings.reports_dir / period.slug)
        prune_dated_reports(settings.reports_dir, settings.report_keep)
        final = settings.reports_dir / "latest"
        _publish_remote(local, final)
    finally:
        shutil.rmtree(local, ignore_errors=True)
    return final / "index.html"


def _publish_remote(local: Path, dest) -> None:
    """Upload a report folder over a remote prefix, index.html last; then drop objects it no longer has."""
    keep = {p.relative_to(local).as_posix() for p in local.rglob("*") if p.is_file()}
    before = [i.loc for i in storage.walk_files(dest)]
    storage.upload_tree(local, dest)
    base = storage.url(dest).rstrip("/") + "/"
    for loc in before:
        if storage.url(loc)[len(base):] not in keep:
            storage.remove(loc)


# ----------------------------------------------------------------------------- writing

def _write_report(out: Path, con, period: data.Period, snapshot: Path, settings) -> None:
    os.chmod(out, 0o755)  # mkdtemp makes it 0700; the web server may run as another user
    names, labels = data.country_names(), data.topic_labels()
    # The report's queries read one snapshot and depend on none of each other: they run two at a time on
    # cursors (DuckDB releases the GIL while a query runs) while this thread copies the Data Docs and
    # the chart JavaScript, which need no query. The slowest first: the period totals.
    queries: dict[str, Callable[[Any], Any]] = {
        "coverage": lambda c: period_totals.period_coverage(c, period),
        "topic_trend": lambda c: data.topic_trend(c, period, labels),
        "country_share": lambda c: data.country_share(c, period, names),
        "topic_country": lambda c: data.topic_country(c, period, names, labels),
        "top_actors": lambda c: data.top_actors(c, period),
        "top_companies": lambda c: data.top_companies(c, period),
        "outlets": lambda c: data.outlets(c, period),
        "stock_impact": lambda c: data.stock_impact(c, period),
        "quality": lambda c: data.quality_status(c, period),
        "stories": lambda c: data.top_stories(c, period, labels),
        "numbers": lambda c: data.headline_numbers(c, period),
        "digest": lambda c: load_digest(c, period.date_to),
    }
    panels = []
    with ThreadPoolExecutor(max_workers=QUERY_THREADS) as pool:
        pending: dict[str, Future] = {}
        for name, query in queries.items():
            after = pending["coverage"] if name in AFTER_COVERAGE else None
            pending[name] = pool.submit(_on_cursor, con, query, after)
        vendor = _copy_vendor(out / "vendor")
        docs_href, docs_note = _copy_data_docs(settings.gx_dir, out / "data-docs")
        # Period totals: unique stories counted once over the whole period, not summed day by day.
        coverage = pending["coverage"].result()
        datasets = {}
        for cid, title, desc, builder in CHARTS:  # each chart as soon as its rows are in (the later queries run on)
            datasets[cid] = pending[cid].result()
            period_totals.apply_period_unique_stories({cid: datasets[cid]}, coverage)
            ds = datasets[cid]
            spec = builder(ds.frame) if len(ds.frame) else None
            panels.append(Panel(cid, title, desc, ds.name, spec, len(ds.frame), ds.note))
        quality, stories, numbers, digest = (pending[name].result() for name in ("quality", "stories", "numbers",
                                                                                 "digest"))
    unique = period_totals.headline_unique_stories(coverage)
    if unique is not None:
        numbers["unique_stories"] = unique
    numbers["days"] = (period.date_to - period.date_from).days + 1
    digest_movers = pd.DataFrame(digest.movers, columns=MOVER_COLUMNS)
    digest_stories = pd.DataFrame(digest.top_stories, columns=STORY_COLUMNS)

    dq_frame = quality.by_severity
    dq_panel = Panel("dq_status", "Data-quality checks", "", "dq_status",
                     charts.dq_status(dq_frame) if len(dq_frame) else None, len(dq_frame), quality.note)

    exports_frames = {**{k: v.frame for k, v in datasets.items()}, "dq_status": dq_frame,
                      "dq_failures": quality.failures, "dq_runs": quality.runs, "top_stories": stories.frame,
                      "period_coverage": coverage.frame, "digest_movers": digest_movers,
                      "digest_top_stories": digest_stories}
    (out / "data").mkdir()
    exports = []
    for name, frame in exports_frames.items():
        _export(frame, out / "data", name)
        exports.append({"name": name, "rows": len(frame), "csv": f"data/{name}.csv",
                        "parquet": f"data/{name}.parquet"})

    generated = datetime.now(ZoneInfo(TIMEZONE))
    html = render(title=TITLE, period=period, generated_kst=generated.strftime("%Y-%m-%d %H:%M"),
                  snapshot=str(snapshot), numbers=numbers, panels=panels, quality=quality, dq_panel=dq_panel,
                  data_docs_href=docs_href, data_docs_note=docs_note, stories=stories.frame, exports=exports,
                  vendor=vendor, digest_html=render_digest(digest, labels, names),
                  counting_note=period_totals.COUNTING_NOTE)
    (out / "index.html").write_text(html, encoding="utf-8")

    manifest = {
        "title": TITLE,
        "generated_at": generated.isoformat(timespec="seconds"),
        "date_from": period.date_from.isoformat(),
        "date_to": period.date_to.isoformat(),
        "snapshot": str(snapshot),
        "numbers": numbers,
        "unique_stories_counted": "count(DISTINCT cluster_id) over the whole period (charts and headline); "
                                  "per publication day in the daily topic trend",
        "digest": {"day": digest.day.isoformat() if digest.day else None, "movers": len(digest.movers),
                   "top_stories": len(digest.top_stories), "baseline_days": digest.baseline_days,
                   "note": digest.note},
        "charts": [{"id": p.id, "title": p.title, "dataset": p.dataset, "rows": p.rows,
                    "rendered": p.spec is not None, "note": p.note} for p in [*panels, dq_panel]],
        "exports": exports,
        "quality": {"day": quality.day.isoformat() if quality.day else None, "run_id": quality.run_id,
                    "quarantined": quality.quarantined, "warnings": quality.warnings, "data_docs": docs_href,
                    "note": quality.note or docs_note},
        "vendor": vendor,
    }
    (out / "report.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1, default=str),
                                     encoding="utf-8")


def _on_cursor(con: duckdb.DuckDBPyConnection, query: Callable[[Any], Any], after: Future | None = None) -> Any:
    """``query(cursor)`` on a cursor of ``con`` (the same snapshot, its own connection: the session's
    time zone is set again); once ``after`` is done, when given (its outcome is its own caller's)."""
    if after is not None:
        wait([after])
    cur = con.cursor()
    try:
        cur.execute("SET TimeZone = ?", [TIMEZONE])
        return query(cur)
    finally:
        cur.close()


def _export(frame: pd.DataFrame, folder: Path, name: str) -> None:
    from chainwire.csvsafe import neutralize_frame

    # Text cells starting = + - @ are prefixed with ' (spreadsheets would run them); Parquet keeps values.
    neutralize_frame(frame).to_csv(folder / f"{name}.csv", index=False, encoding="utf-8-sig")
    pq.write_table(_to_arrow(frame), folder / f"{name}.parquet")


def _to_arrow(frame: pd.DataFrame) -> pa.Table:
    """Arrow table with plain string columns (pandas 3 would give large_string) and dates as date32."""
    table = pa.Table.from_pandas(frame, preserve_index=False)
    fields = []
    for f in table.schema:
        t = f.type
        if pa.types.is_large_string(t):
            t = pa.string()
        elif f.name == "date" and pa.types.is_timestamp(t):
            t = pa.date32()
        fields.append(pa.field(f.name, t))
    return table.cast(pa.schema(fields))


def _copy_vendor(folder: Path) -> dict[str, str]:
    """Copy the bundled chart JS; returns {file: relative src}. The source-map comments are dropped."""
    folder.mkdir()
    src = resources.files("chainwire.report") / "vendor"
    out = {}
    missing = [n for n in (*VENDOR_FILES, "LICENSE.txt") if not (src / n).is_file()]
    if missing:
        raise FileNotFoundError(f"chart JavaScript missing from the installed chainwire package ({', '.join(missing)}): "
                                "package-data must include report/vendor/*")
    for name in VENDOR_FILES:
        text = (src / name).read_text(encoding="utf-8")
        lines = text.rstrip("\n").split("\n")
        if lines and lines[-1].startswith("//# sourceMappingURL="):
            lines = lines[:-1]
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        out[name] = f"vendor/{name}"
    shutil.copyfile(str(src / "LICENSE.txt"), folder / "LICENSE.txt")
    return out


def _copy_data_docs(gx_dir: Path, dest: Path) -> tuple[str | None, str]:
    """The Data Docs for the report, sanitized (every value escaped) and offline (vendored assets).

    A report inside the reports folder links the one shared copy (``<reports>/_data-docs``) through
    a relative ``data-docs`` symlink; a report written elsewhere (``--out``) gets its own copy.
    """
    from chainwire.quality.datadocs import SHARED_DIRNAME, data_docs_index, publish_shared_copy, sanitize_site

    reports_dir = get_settings().reports_dir
    if not storage.is_remote(reports_dir) and dest.parent.parent.resolve() == reports_dir.resolve():
        index, note = publish_shared_copy(gx_dir, reports_dir, DATA_DOCS_MAX_BYTES)
        if index is None:
            return None, note
        dest.symlink_to(Path("..") / SHARED_DIRNAME, target_is_directory=True)
        return "data-docs/index.html", note
    index = data_docs_index(gx_dir)
    if not index.is_file():
        return None, f"not built yet (expected at {index})"
    site = index.parent
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    if size > DATA_DOCS_MAX_BYTES:
        return None, f"{size // 2**20} MB, over the {DATA_DOCS_MAX_BYTES // 2**20} MB limit for a report copy"
    shutil.copytree(site, dest, ignore=shutil.ignore_patterns(".*"))
    sanitize_site(dest)
    return "data-docs/index.html", "copied into this report (sanitized, works offline)"


DATED_REPORT = re.compile(r"^(\d{4}-\d{2}-\d{2})_to_(\d{4}-\d{2}-\d{2})$")


def prune_dated_reports(reports_dir, keep: int) -> list[str]:
    """Keep the ``keep`` most recent dated report folders (by end date, then start date); remove the rest."""
    if storage.is_remote(reports_dir):
        names = [n for n in storage.list_dir_names(reports_dir) if DATED_REPORT.match(n)]
    else:
        names = [p.name for p in reports_dir.iterdir() if p.is_dir() and not p.is_symlink() and DATED_REPORT.match(p.name)]
    matched = [(m, n) for n in names if (m := DATED_REPORT.match(n))]
    dated = [n for m, n in sorted(matched, key=lambda mn: mn[0].group(2, 1), reverse=True)]
    removed = []
    for name in dated[max(keep, 0):]:
        storage.remove_tree(reports_dir / name)
        removed.append(name)
    return removed
