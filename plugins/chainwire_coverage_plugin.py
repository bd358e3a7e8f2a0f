"""Airflow 3 plugin: a "Coverage" entry in the Airflow UI showing the latest Chainwire coverage report.

* ``fastapi_apps``: a FastAPI app mounted by the API server at ``/chainwire``; it serves the
  folder ``<reports_dir>/latest`` written by ``chainwire report`` (index.html, vendored chart JS,
  CSV/Parquet exports, the copied Data Docs), and a friendly page while no report exists yet.
* ``external_views``: a top-level "Coverage" nav entry; with ``url_route`` the Airflow UI shows
  the page inside its own frame at ``/plugin/coverage``.

* ``/chainwire/runs/<run_id>``: one run's evidence — landing day, every stage with its counts,
  data-quality results, rejected and quarantined files with the reason, links to that day's Data
  Docs pages and back to the run in Airflow;
* ``/chainwire/data-docs/``: the shared, sanitized, offline Great Expectations Data Docs
  (``<reports>/_data-docs``, written by chainwire.quality.datadocs), every page with a bar back to
  the report and the runs;
* ``global_operator_extra_links``: *Run evidence*, *Data Docs* and *Coverage report* buttons on the
  ``validate``, ``load`` and ``build_report`` task instances of chainwire_daily;
* ``listeners``: every chainwire_daily run gets a DagRun note naming its landing day and counts
  ("Landing day **2026-11-02** · 21 files, 21 articles · …"), kept above any note a person wrote;
* ``fastapi_root_middlewares``: a backfill of chainwire_daily with ``run_date`` set is refused
  with a message (every run of it would process that one day).

Access needs an Airflow login (the UI's ``_token`` cookie, or an ``Authorization: Bearer`` token),
like the rest of the UI. ``CHAINWIRE_COVERAGE_PUBLIC=true`` serves it without one (local demos).
The reports folder is looked up on every request, so ``CHAINWIRE_DATA_DIR`` changes and report
rebuilds (an atomic folder swap) show up without restarting the API server. With the data dir on
object storage (``s3://…``) the report, its Data Docs copy and the warehouse snapshot are read from
the store (``chainwire.storage``; the snapshot through the local cache of
``chainwire.snapshot_store``), so an API server on another host than the workers shows the same pages.
"""

from __future__ import annotations

import json
import logging
import mimetypes
import os
import posixpath
import re
from datetime import UTC
from html import escape
from pathlib import Path
from urllib.parse import quote

from airflow.plugins_manager import AirflowPlugin
from fastapi import Request

log = logging.getLogger(__name__)
DAILY_DAG_ID = "chainwire_daily"

URL_PREFIX = "/chainwire"
UI_ROUTE = "coverage"
PUBLIC_ENV = "CHAINWIRE_COVERAGE_PUBLIC"
# Every page served is static and self-contained: nothing loads from another origin, no plugins,
# no sniffing a CSV as HTML. (Inline scripts stay allowed: the report and the Data Docs use them;
# their data is escaped when written — chainwire.report.page, chainwire.quality.datadocs.)
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                               "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
                               "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    "X-Content-Type-Options": "nosniff",
}

ICON_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">
<rect x="1" y="1" width="22" height="22" rx="5" fill="#ffffff" stroke="#1f5fa8" stroke-width="1.5"/>
<path d="M6 17V7M6 17h12" fill="none" stroke="#1f5fa8" stroke-width="2" stroke-linecap="round"/>
<path d="M8.5 14l3-3.5 2.5 2 3.5-4.5" fill="none" stroke="#e76f51" stroke-width="2" stroke-linecap="round"
 stroke-linejoin="round"/></svg>"""


def reports_dir():
    """``<data>/reports`` from the Chainwire settings (environment read on every call): a local ``Path``,
    or a location on object storage when the data dir is ``s3://…``."""
    try:
        from chainwire.settings import get_settings

        return get_settings().reports_dir
    except ImportError:  # chainwire not importable in this interpreter: same default as its settings
        data = os.environ.get("CHAINWIRE_DATA_DIR") or Path(__file__).resolve().parents[1] / "data"
        return Path(data).resolve() / "reports"


def _is_remote(loc) -> bool:
    return not isinstance(loc, Path)


def _shown(loc) -> str:
    """A folder as a person reads it: a path, or ``s3://bucket/key``."""
    if not _is_remote(loc):
        return str(loc)
    from chainwire import storage

    return storage.url(loc)


def _remote_file(root, path: str) -> tuple[str, bytes] | None:
    """(file name, bytes) of ``path`` under a remote ``root`` (a folder gives its index.html); None when absent.

    The path is normalized as if rooted at ``root``, so ``..`` cannot climb out of it."""
    from chainwire import storage

    rel = posixpath.normpath("/" + path).lstrip("/")
    target = root / rel if rel not in ("", ".") else root
    for loc in (target, target / "index.html"):
        try:
            return loc.name, storage.read_bytes(loc)
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            continue
    return None


def _bytes_response(name: str, data: bytes, cache: str):
    from fastapi.responses import Response

    media = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if media.startswith("text/") or media in ("application/javascript", "application/json"):
        media += "; charset=utf-8"
    return Response(data, media_type=media, headers={"Cache-Control": cache, **SECURITY_HEADERS})


def _page(title: str, body: str, status: int = 200, wide: bool = False):
    from fastapi.responses import HTMLResponse

    html = f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>
body{{font-family:"Noto Sans CJK KR","Noto Sans KR",system-ui,sans-serif;color:#1d2733;background:#f6f8fa;margin:0}}
main{{max-width:{1200 if wide else 720}px;margin:48px auto;background:#fff;border:1px solid #e3e8ee;border-radius:8px;padding:28px 32px}}
h1{{font-size:20px;margin:0 0 12px}} code{{background:#f0f3f6;padding:2px 6px;border-radius:4px}}
p{{line-height:1.6}} table{{border-collapse:collapse;font-size:13px;margin:8px 0 20px}}
td,th{{border:1px solid #e3e8ee;padding:4px 8px;text-align:left;vertical-align:top}} th{{background:#f0f3f6}}
h2{{font-size:16px;margin:22px 0 6px}} a{{color:#1f5fa8}}</style></head><body><main><h1>{escape(title)}</h1>{body}</main></body></html>"""
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-cache"})


def _no_report(folder):
    return _page("No coverage report yet", f"""
<p>The coverage report has not been built yet. It appears here as soon as one exists in
<code>{escape(_shown(folder))}</code>.</p>
<p>Build it from the warehouse snapshot with <code>chainwire report</code> (after
<code>chainwire run</code> or a run of the <code>chainwire_daily</code> DAG has loaded data).</p>""")


async def _require_login(request: Request) -> None:
    """Airflow's own check (JWT from the Authorization header or the UI's _token cookie): 401/403 otherwise.

    Imported on the first request, not at plugin load: every Airflow process loads plugins, and
    only the API server needs the auth stack.
    """
    from airflow.api_fastapi.core_api import security
    from fastapi.security import HTTPAuthorizationCredentials
    from fastapi.security.utils import get_authorization_scheme_param

    scheme, token = get_authorization_scheme_param(request.headers.get("Authorization"))
    bearer = HTTPAuthorizationCredentials(scheme=scheme, credentials=token) if scheme and token else None
    await security.get_user(request, None, bearer)


def create_app(folder: Path | None = None, require_auth: bool | None = None):
    """The FastAPI app behind ``/chainwire``. ``folder``: a fixed report folder (default: reports_dir()/latest)."""
    from fastapi import Depends, FastAPI, HTTPException
    from fastapi.responses import FileResponse, HTMLResponse, Response

    if require_auth is None:
        require_auth = os.environ.get(PUBLIC_ENV, "").strip().lower() not in ("1", "true", "yes")
    deps = [Depends(_require_login)] if require_auth else []

    def latest():
        return Path(folder) if folder is not None else reports_dir() / "latest"

    app = FastAPI(title="Chainwire coverage report", docs_url=None, redoc_url=None, openapi_url=None)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, exc: HTTPException):
        if exc.status_code in (401, 403):
            return _page("Log in to Airflow to see the coverage report",
                         '<p>This page is part of the Airflow UI. <a href="/" target="_top">Log in</a>, '
                         'then open <b>Coverage</b> in the navigation.</p>', exc.status_code)
        if exc.status_code == 404:
            return _page("Not found", f"<p>No <code>{escape(request.url.path)}</code> in the latest report. "
                                      f'<a href="{URL_PREFIX}/">Back to the report</a>.</p>', 404)
        return _page("Error", f"<p>{escape(str(exc.detail))}</p>", exc.status_code)

    @app.get("/icon.svg", include_in_schema=False)
    def icon():  # public: the nav shows it before any page is opened
        return Response(ICON_SVG, media_type="image/svg+xml", headers={"Cache-Control": "max-age=86400"})

    @app.api_route("/", methods=["GET", "HEAD"], dependencies=deps, include_in_schema=False)
    def index():
        if _is_remote(latest()):
            found = _remote_file(latest(), "index.html")
            return _bytes_response(*found, "no-cache") if found else _no_report(latest())
        page = latest() / "index.html"
        if not page.is_file():
            return _no_report(latest())
        return FileResponse(page, media_type="text/html; charset=utf-8",
                            headers={"Cache-Control": "no-cache", **SECURITY_HEADERS})

    @app.api_route("/runs/{run_id}", methods=["GET", "HEAD"], dependencies=deps, include_in_schema=False)
    def run_page(run_id: str):
        return _run_evidence(run_id, latest().parent)

    @app.api_route("/data-docs/{path:path}", methods=["GET", "HEAD"], dependencies=deps, include_in_schema=False)
    def data_docs(path: str):
        from chainwire.quality.datadocs import SHARED_DIRNAME

        if _is_remote(latest()):  # a report on object storage carries its own sanitized copy
            found = _remote_file(latest() / "data-docs", path)
            if found is None:
                if _remote_file(latest() / "data-docs", "index.html") is None:
                    return _page("No Data Docs yet", "<p>The Data Docs appear here after the first validation "
                                                     "and report build.</p>" + _BACK_LINKS)
                raise HTTPException(404)
            name, data = found
            if name.endswith(".html"):
                return HTMLResponse(_with_back_bar(data.decode("utf-8", errors="replace")),
                                    headers={"Cache-Control": "no-cache", **SECURITY_HEADERS})
            return _bytes_response(name, data, "max-age=300")
        root = (latest().parent / SHARED_DIRNAME).resolve()
        target = (root / path).resolve()
        if not target.is_relative_to(root):
            raise HTTPException(404)
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            if not (root / "index.html").is_file():
                return _page("No Data Docs yet", "<p>The Data Docs appear here after the first validation "
                                                 "(a <code>chainwire_daily</code> run or <code>chainwire run</code>).</p>"
                                                 + _BACK_LINKS)
            raise HTTPException(404)
        if target.suffix == ".html":
            html = _with_back_bar(target.read_text(encoding="utf-8", errors="replace"))
            return HTMLResponse(html, headers={"Cache-Control": "no-cache", **SECURITY_HEADERS})
        return FileResponse(target, headers={"Cache-Control": "max-age=300", **SECURITY_HEADERS})

    @app.api_route("/{path:path}", methods=["GET", "HEAD"], dependencies=deps, include_in_schema=False)
    def report_file(path: str):
        if _is_remote(latest()):
            found = _remote_file(latest(), path)
            if found is None:
                if _remote_file(latest(), "index.html") is None:
                    return _no_report(latest())
                raise HTTPException(404)
            name, data = found
            return _bytes_response(name, data, "no-cache" if name.endswith((".html", ".json")) else "max-age=300")
        root = latest().resolve()
        target = (root / path).resolve()
        # data-docs/ is a link to the one shared, sanitized copy beside the report folders.
        shared = (latest().parent / "_data-docs").resolve()
        if not (target.is_relative_to(root) or target.is_relative_to(shared)):
            raise HTTPException(404)
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            if not root.is_dir():
                return _no_report(latest())
            raise HTTPException(404)
        cache = "no-cache" if target.suffix in (".html", ".json") else "max-age=300"
        return FileResponse(target, headers={"Cache-Control": cache, **SECURITY_HEADERS})

    return app


# ----------------------------------------------------------------------------- Data Docs: a way back
_BACK_LINKS = (f'<p><a href="{URL_PREFIX}/" target="_top">← Coverage report</a> · '
               f'<a href="/dags/{DAILY_DAG_ID}/runs" target="_top">chainwire_daily runs</a></p>')
BACK_BAR = (
    '<div id="chainwire-back" style="position:sticky;top:0;z-index:10000;background:#1f5fa8;color:#fff;'
    'padding:6px 14px;font:14px/1.5 system-ui,sans-serif">'
    f'<a href="{URL_PREFIX}/" target="_top" style="color:#fff;font-weight:600">← Coverage report</a>'
    f' &nbsp;·&nbsp; <a href="{URL_PREFIX}/data-docs/index.html" style="color:#fff">Data Docs home</a>'
    f' &nbsp;·&nbsp; <a href="/dags/{DAILY_DAG_ID}/runs" target="_top" style="color:#fff">chainwire_daily runs</a>'
    '</div>')


def _with_back_bar(html: str) -> str:
    """Insert the bar right after <body …> (or at the top when the page has no body tag)."""
    lower = html.lower()
    i = lower.find("<body")
    if i >= 0:
        j = lower.find(">", i)
        if j >= 0:
            return html[:j + 1] + BACK_BAR + html[j + 1:]
    return BACK_BAR + html


# ----------------------------------------------------------------------------- one run's evidence
def _snapshot():
    try:
        from chainwire.settings import get_settings
        from chainwire.snapshot_store import readable_snapshot

        return readable_snapshot(get_settings())  # the store's copy (cached) when the data dir is remote
    except ImportError:
        return None


def _table(columns: list[str], rows: list, empty: str) -> str:
    if not rows:
        return f"<p>{escape(empty)}</p>"
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{'' if v is None else escape(str(v))}</td>" for v in r) + "</tr>"
                   for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _data_docs_pages(reports, day: str) -> list[tuple[str, str]]:
    """(table, href) of the Data Docs validation pages of a landing day in the shared copy (latest run time)."""
    from chainwire.quality.datadocs import SHARED_DIRNAME

    if _is_remote(reports):
        return _remote_data_docs_pages(reports / "latest" / "data-docs", day)

    site = reports / SHARED_DIRNAME / "validations"
    out = []
    for suite in sorted(site.glob(f"*/{day}")) if site.is_dir() else []:
        times = sorted(p for p in suite.iterdir() if p.is_dir())
        for page in sorted(times[-1].glob("*.html")) if times else []:
            rel = page.relative_to(reports / SHARED_DIRNAME).as_posix()
            out.append((suite.parent.name.removesuffix("_suite"), f"{URL_PREFIX}/data-docs/{quote(rel)}"))
    return out


def _remote_data_docs_pages(site, day: str) -> list[tuple[str, str]]:
    """The same list from a report's own copy on object storage (validations/<suite>/<day>/<run time>/*.html)."""
    from chainwire import storage

    latest_run: dict[str, str] = {}
    pages: dict[tuple[str, str], list[str]] = {}
    base = storage.url(site).rstrip("/") + "/"
    for item in storage.walk_files(site / "validations"):
        rel = storage.url(item.loc)[len(base):]
        parts = rel.split("/")  # validations, suite, day, run time, page
        if len(parts) != 5 or parts[2] != day or not parts[4].endswith(".html"):
            continue
        latest_run[parts[1]] = max(latest_run.get(parts[1], ""), parts[3])
        pages.setdefault((parts[1], parts[3]), []).append(rel)
    return [(suite.removesuffix("_suite"), f"{URL_PREFIX}/data-docs/{quote(rel)}")
            for suite in sorted(latest_run) for rel in sorted(pages[(suite, latest_run[suite])])]


def _run_evidence(run_id: str, reports):
    """Stages, counts, quality results, rejected/quarantined files of one run, from the read-only snapshot."""
    airflow_href = f"/dags/{DAILY_DAG_ID}/runs/{quote(run_id, safe='')}"
    links = (f'<p class="links"><a href="{airflow_href}" target="_top">This run in Airflow</a> · '
             f'<a href="{URL_PREFIX}/" target="_top">Coverage report</a> · '
             f'<a href="{URL_PREFIX}/data-docs/index.html">Data Docs</a></p>')
    snap = _snapshot()
    stages, dq, rejected, quarantined, day = [], [], [], [], None
    if snap is not None and snap.exists():
        import duckdb

        from chainwire.settings import TIMEZONE

        try:
            con = duckdb.connect(str(snap), read_only=True)
        except duckdb.Error as exc:
            return _page("Run evidence", f"<p>The warehouse snapshot cannot be opened now: {escape(str(exc))}</p>" + links)
        try:
            con.execute("SET TimeZone = ?", [TIMEZONE])
            stages = con.execute(
                "SELECT partition_date, stage, status, rows_in, rows_out, seconds, left(message, 400), "
                "strftime(finished_at, '%Y-%m-%d %H:%M:%S') FROM core.runs WHERE run_id = ? "
                "ORDER BY finished_at NULLS LAST, stage", [run_id]).fetchall()
            day = stages[0][0].isoformat() if stages else None
            dq = con.execute(
                "SELECT table_name, severity, expectation, left(observed_value, 200), success, unexpected_count "
                "FROM core.dq_results WHERE run_id = ? ORDER BY success, severity, table_name", [run_id]).fetchall()
            if day:
                rejected = con.execute(
                    "SELECT raw_path, status, reason FROM core.raw_files WHERE landing_date = ? AND run_id = ? "
                    "AND status NOT IN ('parsed') ORDER BY status, raw_path LIMIT 500", [day, run_id]).fetchall()
                quarantined = con.execute(
                    "SELECT table_name, raw_path, rule, reason FROM core.quarantine WHERE landing_date = ? "
                    "ORDER BY raw_path LIMIT 500", [day]).fetchall()
        except duckdb.Error as exc:
            log.warning("run evidence for %s: %s", run_id, exc)
        finally:
            con.close()
    if not stages:
        return _page(f"Run {run_id}", "<p>This run has no rows in the warehouse yet: it is still running, failed "
                                      "before the load, or processed no day. Its task logs in Airflow say what "
                                      "happened.</p>" + links, 200)
    assert day is not None  # the stage rows exist, so does their landing day
    failed = [r for r in dq if not r[4]]
    docs = _data_docs_pages(reports, day)
    docs_html = ("<ul>" + "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for t, h in docs) + "</ul>") \
        if docs else "<p>No Data Docs pages for this day in the shared copy yet.</p>"
    body = f"""{links}
<p class="day">Landing day <b>{escape(day)}</b> · run <code>{escape(run_id)}</code></p>
<h2>Stages</h2>{_table(["landing day", "stage", "status", "rows in", "rows out", "seconds", "message", "finished (KST)"],
                        stages, "no stage rows")}
<h2>Data quality: {len(dq) - len(failed)} of {len(dq)} expectations passed</h2>
{_table(["table", "severity", "expectation", "observed", "success", "unexpected"], failed,
        "every expectation passed")}
<h2>Data Docs of {escape(day)}</h2>{docs_html}
<h2>Files not loaded as articles ({len(rejected)})</h2>
{_table(["raw file", "status", "reason"], rejected, "none: every file of the day was parsed")}
<h2>Quarantined rows ({len(quarantined)})</h2>
{_table(["table", "raw file", "rule", "reason"], quarantined, "none")}"""
    return _page(f"Run evidence · {day}", body, wide=True)


# ----------------------------------------------------------------------------- task extra links
def extra_links() -> list:
    """One BaseOperatorLink per button; each answers only for its chainwire_daily tasks (empty = hidden)."""
    try:
        from airflow.sdk import BaseOperatorLink
    except ImportError:  # an Airflow without the task SDK: no buttons
        return []
    specs = [("Run evidence (quality, rejected files)", ("validate", "load"), "run"),
             ("Data Docs", ("validate",), f"{URL_PREFIX}/data-docs/index.html"),
             ("Coverage report", ("load", "build_report"), f"{URL_PREFIX}/")]
    links = []
    for link_name, tasks, target in specs:
        def get_link(self, operator, *, ti_key, _tasks=tasks, _target=target) -> str:
            if getattr(operator, "dag_id", None) != DAILY_DAG_ID or operator.task_id not in _tasks:
                return ""
            if _target == "run":
                return f"{URL_PREFIX}/runs/{quote(ti_key.run_id, safe='')}"
            return _target

        cls = type(f"Chainwire{''.join(w.title() for w in link_name.split()[:2] if w.isalpha())}Link",
                   (BaseOperatorLink,), {"name": link_name, "get_link": get_link, "__module__": __name__})
        links.append(cls())
    return links


# ----------------------------------------------------------------------------- DagRun notes
class RunNotes:
    """Listener: a chainwire_daily run's note names its landing day and what it did (scheduler process)."""

    @staticmethod
    def _summaries(dag_run) -> dict:
        from airflow.models.xcom import XComModel
        from sqlalchemy import select
        from sqlalchemy.orm import object_session

        session = object_session(dag_run)
        if session is None:
            return {}
        rows = session.execute(select(XComModel.task_id, XComModel.key, XComModel.value).where(
            XComModel.dag_id == dag_run.dag_id, XComModel.run_id == dag_run.run_id,
            XComModel.key.in_(("return_value", "outcome")),
            XComModel.task_id.in_(("resolve_partition_date", "assemble", "validate", "load")))).all()
        out: dict = {}
        for task_id, key, value in rows:
            try:
                value = XComModel.deserialize_value(type("R", (), {"value": value})())
            except Exception:  # noqa: BLE001 - a value that does not deserialize is read as stored
                pass
            if isinstance(value, str) and value.startswith(("{", '"')):
                try:
                    value = json.loads(value)
                except ValueError:
                    pass
            if key == "outcome":
                out["resolve_partition_date"] = value
            elif task_id not in out:
                out[task_id] = value
        return out

    @staticmethod
    def _day(dag_run) -> str | None:
        from chainwire.runinfo import landing_day

        conf = dag_run.conf or {}
        day = landing_day(conf.get("run_date"), dag_run.logical_date, getattr(dag_run, "run_after", None))
        return day.isoformat() if day else None

    def _note(self, dag_run, state: str) -> None:
        if getattr(dag_run, "dag_id", None) != DAILY_DAG_ID:
            return
        from chainwire.runinfo import NOTE_MARK, run_note

        try:
            summaries = self._summaries(dag_run)
        except Exception as exc:  # noqa: BLE001 - never let a note break the scheduler
            log.warning("chainwire note: XComs of %s not read: %s", dag_run.run_id, exc)
            summaries = {}
        resolved = summaries.get("resolve_partition_date")
        day = (resolved.get("partition_date") if isinstance(resolved, dict) else resolved) or self._day(dag_run)
        ours = run_note(day, state, summaries)
        existing = dag_run.note or ""
        if existing.startswith(NOTE_MARK):
            existing = existing.split("\n\n", 1)[1] if "\n\n" in existing else ""
        dag_run.note = ours + (f"\n\n{existing}" if existing.strip() else "")

    @staticmethod
    def _true_start(dag_run) -> None:
        """`airflow dags test` (make run) stamps start_date = the logical date (weeks back for a past landing
        day): set it to when its first task started, so durations in the UI are real."""
        if str(getattr(dag_run, "triggered_by", "")).lower().rsplit(".", 1)[-1] != "test":
            return
        from sqlalchemy.orm import object_session

        session = object_session(dag_run)
        tis = dag_run.get_task_instances(session=session) if session is not None else dag_run.get_task_instances()
        starts = [ti.start_date for ti in tis if ti.start_date]
        if starts and dag_run.start_date and dag_run.start_date < min(starts):
            dag_run.start_date = min(starts)

    def _handle(self, dag_run, state: str) -> None:
        from sqlalchemy.orm import object_session

        if object_session(dag_run) is None:  # dag.test() hands over a detached run: annotate_test_runs() does it
            log.debug("chainwire note: %s is detached (dag.test)", getattr(dag_run, "run_id", "?"))
            return
        try:
            self._note(dag_run, state)
            if state != "running":
                self._true_start(dag_run)
        except Exception as exc:  # noqa: BLE001 - a listener must never break the scheduler
            log.warning("chainwire note for %s not set: %s", getattr(dag_run, "run_id", "?"), exc)

    from airflow.listeners import hookimpl

    @hookimpl
    def on_dag_run_running(self, dag_run, msg: str):
        self._handle(dag_run, "running")

    @hookimpl
    def on_dag_run_success(self, dag_run, msg: str):
        self._handle(dag_run, "success")

    @hookimpl
    def on_dag_run_failed(self, dag_run, msg: str):
        self._handle(dag_run, "failed")


def annotate_test_runs(dag_id: str = DAILY_DAG_ID) -> int:
    """Notes and true start times for finished `airflow dags test` runs (make run, the e2e test).

    ``dag.test()`` calls the listeners with a DagRun detached from its session, so they cannot write
    there; ``scripts/make_run.sh`` calls this after its runs instead. Returns how many runs it annotated.
    """
    from airflow.models.dagrun import DagRun
    from airflow.utils.session import create_session

    from chainwire.runinfo import NOTE_MARK

    notes, n = RunNotes(), 0
    with create_session() as session:
        for dr in session.query(DagRun).filter(DagRun.dag_id == dag_id).all():
            state = str(getattr(dr.state, "value", dr.state))
            if str(getattr(dr, "triggered_by", "")).lower().rsplit(".", 1)[-1] != "test" \
                    or state not in ("success", "failed") or (dr.note or "").startswith(NOTE_MARK):
                continue
            notes._handle(dr, state)
            n += 1
    return n


# ----------------------------------------------------------------------------- backfills: no run_date
BACKFILL_PATHS = ("/api/v2/backfills", "/api/v2/backfills/dry_run")


def backfill_run_date_error(body: bytes) -> str | None:
    """The message refusing a chainwire_daily backfill whose dag_run_conf sets run_date; None when fine."""
    try:
        req = json.loads(body or b"{}")
    except ValueError:
        return None
    if not isinstance(req, dict) or req.get("dag_id") != DAILY_DAG_ID:
        return None
    conf = req.get("dag_run_conf") or {}
    if isinstance(conf, dict) and conf.get("run_date") not in (None, ""):
        return (f"run_date is set ({conf['run_date']}) in a backfill of {DAILY_DAG_ID}: every run of the backfill "
                "would process that one day. Clear run_date under Run Parameters — each backfill run processes "
                "the Asia/Seoul day of its own logical date.")
    return None


TRIGGER_PATH = f"/api/v2/dags/{DAILY_DAG_ID}/dagRuns"


def landing_run_request(body: bytes) -> bytes | None:
    """A trigger of chainwire_daily with run_date and no run id: the run id (what the run list shows) and a
    first note name the landing day — ``landing_2026-11-02__manual__20261205T232108123456Z``. None: unchanged."""
    from datetime import datetime

    try:
        req = json.loads(body or b"{}")
    except ValueError:
        return None
    if not isinstance(req, dict):
        return None
    conf = req.get("conf") or {}
    day = conf.get("run_date") if isinstance(conf, dict) else None
    if not day or req.get("dag_run_id") or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(day)[:10]):
        return None
    day = str(day)[:10]
    req["dag_run_id"] = f"landing_{day}__manual__{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}"
    if not req.get("note"):
        req["note"] = f"Landing day **{day}** · queued"
    return json.dumps(req).encode()


class RejectBackfillRunDate:
    """ASGI middleware on the REST API, for chainwire_daily:

    * POST /api/v2/backfills(/dry_run) with run_date set → 400 with the reason;
    * POST /api/v2/dags/chainwire_daily/dagRuns with run_date and no run id → the run id and the first
      note name the landing day, so the run list shows which day each run processes.
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "").rstrip("/") if scope.get("type") == "http" else ""
        if scope.get("type") != "http" or scope.get("method") != "POST" \
                or not (path.endswith(BACKFILL_PATHS) or path.endswith(TRIGGER_PATH)):
            return await self.app(scope, receive, send)
        chunks, more = [], True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return await self.app(scope, receive, send)
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if path.endswith(TRIGGER_PATH):
            changed = landing_run_request(body)
            if changed is not None:
                body = changed
                scope = {**scope, "headers": [(k, v) for k, v in scope.get("headers", []) if k.lower() != b"content-length"]
                         + [(b"content-length", str(len(body)).encode())]}
            error = None
        else:
            error = backfill_run_date_error(body)
        if error:
            payload = json.dumps({"detail": error}).encode()
            await send({"type": "http.response.start", "status": 400,
                        "headers": [(b"content-type", b"application/json"),
                                    (b"content-length", str(len(payload)).encode())]})
            await send({"type": "http.response.body", "body": payload})
            return None
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)


class ChainwireCoveragePlugin(AirflowPlugin):
    name = "chainwire_coverage"
    fastapi_apps = [{"app": create_app(), "url_prefix": URL_PREFIX, "name": "Chainwire coverage report"}]
    fastapi_root_middlewares = [{"middleware": RejectBackfillRunDate, "args": [], "kwargs": {},
                                 "name": "chainwire: backfills never carry run_date; triggered runs named by landing day"}]
    external_views = [{
        "name": "Coverage",
        "href": f"{URL_PREFIX}/",
        "url_route": UI_ROUTE,  # shown inside the Airflow UI at /plugin/coverage
        "destination": "nav",
        "nav_top_level": True,
        "icon": f"{URL_PREFIX}/icon.svg",
    }]
    global_operator_extra_links = extra_links()
    listeners = [RunNotes()]
