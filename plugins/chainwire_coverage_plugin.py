"""Airflow 3 plugin: a "Coverage" entry in the Airflow UI showing the latest Chainwire coverage report.

* ``fastapi_apps``: a FastAPI app mounted by the API server at ``/chainwire``; it serves the
  folder ``<reports_dir>/latest`` written by ``chainwire report`` (index.html, vendored chart JS,
  CSV/Parquet exports, the copied Data Docs), and a friendly page while no report exists yet.
* ``external_views``: a top-level "Coverage" nav entry; with ``url_route`` the Airflow UI shows
  the page inside its own frame at ``/plugin/coverage``.

Access needs an Airflow login (the UI's ``_token`` cookie, or an ``Authorization: Bearer`` token),
like the rest of the UI. ``CHAINWIRE_COVERAGE_PUBLIC=true`` serves it without one (local demos).
The reports folder is looked up on every request, so ``CHAINWIRE_DATA_DIR`` changes and report
rebuilds (an atomic folder swap) show up without restarting the API server.
"""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

from airflow.plugins_manager import AirflowPlugin
from fastapi import Request

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


def reports_dir() -> Path:
    """``<data>/reports`` from the Chainwire settings (environment read on every call)."""
    try:
        from chainwire.settings import get_settings

        return get_settings().reports_dir
    except ImportError:  # chainwire not importable in this interpreter: same default as its settings
        data = os.environ.get("CHAINWIRE_DATA_DIR") or Path(__file__).resolve().parents[1] / "data"
        return Path(data).resolve() / "reports"


def _page(title: str, body: str, status: int = 200):
    from fastapi.responses import HTMLResponse

    html = f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>
body{{font-family:"Noto Sans CJK KR","Noto Sans KR",system-ui,sans-serif;color:#1d2733;background:#f6f8fa;margin:0}}
main{{max-width:720px;margin:48px auto;background:#fff;border:1px solid #e3e8ee;border-radius:8px;padding:28px 32px}}
h1{{font-size:20px;margin:0 0 12px}} code{{background:#f0f3f6;padding:2px 6px;border-radius:4px}}
p{{line-height:1.6}}</style></head><body><main><h1>{escape(title)}</h1>{body}</main></body></html>"""
    return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-cache"})


def _no_report(folder: Path):
    return _page("No coverage report yet", f"""
<p>The coverage report has not been built yet. It appears here as soon as one exists in
<code>{escape(str(folder))}</code>.</p>
<p>Build it from the warehouse snapshot with <code>chainwire report</code> (after
<code>chainwire run</code> or a run of the <code>chainwire_daily</code> DAG has loaded data).</p>""")


async def _require_login(request: Request) -> None:
    """Airflow's own check (JWT from the Authorization header or the UI's _token cookie): 401/403 otherwise.

    Imported on the first request, not at plugin load: every Airflow process loads plugins, and
    only the API server needs the auth stack.
    """
    from fastapi.security import HTTPAuthorizationCredentials
    from fastapi.security.utils import get_authorization_scheme_param

    from airflow.api_fastapi.core_api import security

    scheme, token = get_authorization_scheme_param(request.headers.get("Authorization"))
    bearer = HTTPAuthorizationCredentials(scheme=scheme, credentials=token) if scheme and token else None
    await security.get_user(request, None, bearer)


def create_app(folder: Path | None = None, require_auth: bool | None = None):
    """The FastAPI app behind ``/chainwire``. ``folder``: a fixed report folder (default: reports_dir()/latest)."""
    from fastapi import Depends, FastAPI, HTTPException
    from fastapi.responses import FileResponse, Response

    if require_auth is None:
        require_auth = os.environ.get(PUBLIC_ENV, "").strip().lower() not in ("1", "true", "yes")
    deps = [Depends(_require_login)] if require_auth else []

    def latest() -> Path:
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
        page = latest() / "index.html"
        if not page.is_file():
            return _no_report(latest())
        return FileResponse(page, media_type="text/html; charset=utf-8",
                            headers={"Cache-Control": "no-cache", **SECURITY_HEADERS})

    @app.api_route("/{path:path}", methods=["GET", "HEAD"], dependencies=deps, include_in_schema=False)
    def report_file(path: str):
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


class ChainwireCoveragePlugin(AirflowPlugin):
    name = "chainwire_coverage"
    fastapi_apps = [{"app": create_app(), "url_prefix": URL_PREFIX, "name": "Chainwire coverage report"}]
    external_views = [{
        "name": "Coverage",
        "href": f"{URL_PREFIX}/",
        "url_route": UI_ROUTE,  # shown inside the Airflow UI at /plugin/coverage
        "destination": "nav",
        "nav_top_level": True,
        "icon": f"{URL_PREFIX}/icon.svg",
    }]
