"""The report's index.html: plain HTML and CSS, chart specs inlined as JSON, vendored JS by relative path."""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from urllib.parse import quote, urlsplit

import pandas as pd

from chainwire.report.charts import FONT


@dataclass
class Panel:
    id: str
    title: str
    description: str
    dataset: str  # export name behind the chart
    spec: dict | None  # None -> "no data" panel
    rows: int
    note: str = ""



def _run_link(run_id) -> str:
    """An Airflow run links to its evidence page (stages, quality, rejected files, Data Docs, the run in Airflow),
    served next to the report by the Coverage plugin (``/chainwire/runs/<run_id>``); a CLI run is plain text."""
    if not run_id or str(run_id).startswith("cli__"):
        return esc(run_id)
    return (f'<a class="run-link" href="runs/{esc(quote(str(run_id), safe=""))}" '
            f'title="stages, quality results, rejected files and the run in Airflow">{esc(run_id)}</a>')

def esc(value) -> str:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NaT:
        return ""
    return escape(str(value))


def _json_for_script(obj) -> str:
    """JSON that cannot close its <script> element."""
    return (json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def safe_href(url) -> str | None:
    if not isinstance(url, str) or not url:
        return None
    return url if urlsplit(url).scheme in ("http", "https") else None


def _downloads(name: str) -> str:
    return (f'<span class="dl">data: <a href="data/{esc(name)}.csv" download>CSV</a> · '
            f'<a href="data/{esc(name)}.parquet" download>Parquet</a></span>')


def _panel(p: Panel, wide: bool = False) -> str:
    cls = "panel wide" if wide else "panel"
    return (f'<section class="{cls}" id="{esc(p.id)}"><header><h2>{esc(p.title)}</h2>{_downloads(p.dataset)}</header>'
            f'<p class="desc">{esc(p.description)}</p>{_chart_body(p)}</section>')


def _chart_body(p: Panel) -> str:
    if p.spec is not None:
        body = (f'<div class="chart" id="chart-{esc(p.id)}" data-chart="{esc(p.id)}" data-rows="{p.rows}" '
                f'role="img" aria-label="{esc(p.title)}"><div class="loading">loading chart…</div></div>')
    else:
        why = f" ({esc(p.note)})" if p.note else ""
        body = (f'<div class="no-data" data-chart="{esc(p.id)}" data-rows="0"><strong>No data</strong> '
                f'for this period{why}.</div>')
    return body


def _table(df: pd.DataFrame, columns: dict[str, str], cls: str = "grid") -> str:
    head = "".join(f"<th>{esc(t)}</th>" for t in columns.values())
    rows = []
    for rec in df.to_dict(orient="records"):
        rows.append("<tr>" + "".join(f"<td>{esc(rec.get(c))}</td>" for c in columns) + "</tr>")
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _number(n) -> str:
    return "–" if n is None else f"{int(n):,}"


def render(*, title: str, period, generated_kst: str, snapshot: str, numbers: dict, panels: list[Panel],
           quality, dq_panel: Panel, data_docs_href: str | None, data_docs_note: str, stories: pd.DataFrame,
           exports: list[dict], vendor: dict[str, str], digest_html: str = "", counting_note: str = "") -> str:
    """The page. ``digest_html`` (already escaped, from report.digest_section) opens the page;
    ``counting_note`` says how the headline and chart unique stories are counted."""
    by_id = {p.id: p for p in panels}
    specs = {p.id: p.spec for p in [*panels, dq_panel] if p.spec is not None}
    nav = "".join(f'<a href="#{esc(i)}">{esc(t)}</a>' for i, t in [
        *([("digest", "What changed")] if digest_html else []),
        ("topic_trend", "Topics"), ("country_share", "Countries"), ("topic_country", "Topic × country"),
        ("top_actors", "Actors"), ("top_companies", "Companies"), ("outlets", "Outlets"),
        ("stock_impact", "Stock impact"), ("quality", "Data quality"), ("stories", "Top stories"),
        ("downloads", "Downloads")])

    sc = numbers.get("supply_chain_articles")
    share = f" ({numbers['supply_chain_share']:.0%})" if numbers.get("supply_chain_share") is not None else ""
    kpis = (f'<div class="kpis">'
            f'<div class="kpi"><b>{_number(numbers.get("articles"))}</b><span>articles</span></div>'
            f'<div class="kpi"><b>{_number(numbers.get("unique_stories"))}</b><span>unique stories</span></div>'
            f'<div class="kpi"><b>{_number(sc)}{esc(share)}</b><span>supply-chain articles</span></div>'
            f'<div class="kpi"><b>{_number(numbers.get("outlets"))}</b><span>outlets</span></div></div>')
    days = numbers.get("days")
    kpis += (f'<p class="desc period-note" id="period-note">Covers publication days {esc(period.date_from)} – '
             f'{esc(period.date_to)} (KST{(", " + esc(days) + " days") if days else ""}). {esc(counting_note)}</p>')

    # ---- data quality
    q = quality
    if q.day is None:
        dq_body = f'<div class="no-data" data-chart="dq_status" data-rows="0"><strong>No data-quality results</strong> ({esc(q.note)}).</div>'
        dq_cards = ""
    else:
        passed = int(q.by_severity["passed"].sum()) if len(q.by_severity) else 0
        failed = {s: int(n) for s, n in zip(q.by_severity["severity"], q.by_severity["failed"], strict=True)}
        crit = failed.get("critical", 0)
        state = "fail" if crit else ("warn" if sum(failed.values()) or q.quarantined or q.warnings else "ok")
        label = {"fail": "critical failure", "warn": "passed with warnings", "ok": "all checks passed"}[state]
        dq_cards = (f'<div class="kpis dq"><div class="kpi state-{state}"><b>{esc(label)}</b>'
                    f'<span>landing day {esc(q.day)} · run {_run_link(q.run_id)}</span></div>'
                    f'<div class="kpi"><b>{passed:,}</b><span>expectations passed</span></div>'
                    + "".join(f'<div class="kpi {"bad" if n else ""}"><b>{n:,}</b><span>failed · {esc(s)}</span></div>'
                              for s, n in failed.items())
                    + f'<div class="kpi {"bad" if q.quarantined else ""}"><b>{q.quarantined:,}</b>'
                      f'<span>rows quarantined</span></div></div>')
        dq_body = _chart_body(dq_panel)
    docs = (f'<a href="{esc(data_docs_href)}">Open the Great Expectations Data Docs</a>' if data_docs_href
            else "Data Docs not built yet")
    warn_list = ("<ul class=\"warnings\">" + "".join(f"<li>{esc(w)}</li>" for w in q.warnings) + "</ul>"
                 if q.warnings else "<p class=\"muted\">No warnings.</p>")
    quarantine = ("<ul>" + "".join(f"<li>{n:,} × {esc(r)}</li>" for r, n in q.quarantine_rules) + "</ul>"
                  if q.quarantine_rules else "")
    failures = (_table(q.failures, {"table_name": "table", "severity": "severity", "expectation": "expectation",
                                    "unexpected_count": "rows", "observed_value": "observed"})
                if len(q.failures) else "")
    runs = (_table(q.runs, {"stage": "stage", "status": "status", "rows_in": "rows in", "rows_out": "rows out",
                            "seconds": "seconds", "message": "message"}) if len(q.runs) else "")
    quality_html = (
        f'<section class="panel wide" id="quality"><header><h2>Data quality</h2>{_downloads("dq_status")}</header>'
        f'<p class="desc">Checks of the latest validated landing day up to {esc(period.date_to)}. '
        f'{docs}{(" — " + esc(data_docs_note)) if data_docs_note else ""}.</p>'
        f'{dq_cards}<div class="two"><div>{dq_body}</div><div><h3>Warnings</h3>{warn_list}'
        f'{("<h3>Quarantine rules</h3>" + quarantine) if quarantine else ""}</div></div>'
        f'{("<details><summary>Failed expectations</summary>" + failures + "</details>") if failures else ""}'
        f'{("<details><summary>Stage log of this run</summary>" + runs + "</details>") if runs else ""}'
        f'</section>')

    # ---- top stories
    if len(stories):
        rows = []
        for rec in stories.to_dict(orient="records"):
            href = safe_href(rec.get("url"))
            t = esc(rec.get("title")) or "(untitled)"
            link = f'<a href="{esc(href)}" target="_blank" rel="noopener noreferrer">{t}</a>' if href else t
            rows.append(f'<tr><td class="nowrap">{esc(rec.get("published_kst"))}</td><td>{esc(rec.get("outlet"))}</td>'
                        f'<td>{link}<div class="topics">{esc(rec.get("topics"))}</div></td>'
                        f'<td class="num">{esc(rec.get("copies"))}</td></tr>')
        stories_body = ('<table class="grid stories"><thead><tr><th>time (KST)</th><th>outlet</th>'
                        '<th>title · topics</th><th>copies</th></tr></thead><tbody>' + "".join(rows) + "</tbody></table>")
    else:
        stories_body = '<div class="no-data" data-rows="0"><strong>No stories</strong> in this period.</div>'
    stories_html = (f'<section class="panel wide" id="stories"><header><h2>Top stories</h2>{_downloads("top_stories")}'
                    f'</header><p class="desc">Canonical copy of each story, supply-chain stories first, then by '
                    f'number of copies across outlets.</p>{stories_body}</section>')

    exports_html = "".join(
        f'<tr><td>{esc(x["name"])}</td><td class="num">{x["rows"]:,}</td><td><a href="{esc(x["csv"])}" download>CSV</a></td>'
        f'<td><a href="{esc(x["parquet"])}" download>Parquet</a></td></tr>' for x in exports)
    scripts = "".join(f'<script src="{esc(src)}"></script>' for src in vendor.values())

    P = by_id
    return f"""<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="chainwire report">
<link rel="icon" href="data:,">
<title>{esc(title)} · {esc(period.date_from)} – {esc(period.date_to)}</title>
<style>{CSS}</style>
</head>
<body>
<header class="top">
  <div><h1>{esc(title)}</h1>
  <p class="period">{esc(period.date_from)} – {esc(period.date_to)} (publication days, KST) · generated {esc(generated_kst)} KST</p></div>
  <nav>{nav}</nav>
</header>
<main>
{digest_html}
{kpis}
{_panel(P["topic_trend"], wide=True)}
<div class="row">{_panel(P["country_share"])}{_panel(P["topic_country"])}</div>
<div class="row">{_panel(P["top_actors"])}{_panel(P["top_companies"])}</div>
<div class="row">{_panel(P["outlets"])}{_panel(P["stock_impact"])}</div>
{quality_html}
{stories_html}
<section class="panel wide" id="downloads"><header><h2>Downloads</h2></header>
<p class="desc">Every table behind the page, as CSV (UTF-8 with BOM, opens in Excel) and Parquet.</p>
<table class="grid"><thead><tr><th>table</th><th>rows</th><th></th><th></th></tr></thead><tbody>{exports_html}</tbody></table>
</section>
</main>
<footer>Source: <code>{esc(snapshot)}</code> · unique stories: distinct story clusters over the whole period
(per publication day in the daily topic trend) ·
charts: Vega {esc(vendor_versions())} (bundled, works offline)</footer>
<noscript><p class="no-data">Charts need JavaScript; the tables are in the Downloads section.</p></noscript>
{scripts}
<script type="application/json" id="chart-specs">{_json_for_script(specs)}</script>
<script>{JS}</script>
</body>
</html>
"""


def vendor_versions() -> str:
    return "6.4.0 · Vega-Lite 6.4.1 · vega-embed 7.3.0"


CSS = f"""
:root {{ --fg:#1d2733; --muted:#5c6b7a; --line:#e3e8ee; --bg:#f6f8fa; --card:#fff; --accent:#1f5fa8;
        --ok:#2e7d32; --warn:#b26a00; --bad:#c62828; }}
* {{ box-sizing:border-box; }}
body {{ margin:0; font-family:{FONT}; color:var(--fg); background:var(--bg); font-size:14px; line-height:1.45; }}
header.top {{ background:#14213d; color:#fff; padding:16px 24px; display:flex; flex-wrap:wrap; gap:12px;
             align-items:flex-end; justify-content:space-between; }}
header.top h1 {{ margin:0; font-size:22px; }}
header.top .period {{ margin:4px 0 0; color:#cbd5e1; }}
header.top nav a {{ color:#e2e8f0; margin-left:12px; text-decoration:none; font-size:13px; }}
header.top nav a:hover {{ text-decoration:underline; }}
main {{ padding:16px 24px 32px; max-width:1500px; margin:0 auto; }}
.kpis {{ display:flex; flex-wrap:wrap; gap:12px; margin:0 0 16px; }}
.kpi {{ background:var(--card); border:1px solid var(--line); border-radius:8px; padding:10px 16px; min-width:150px; }}
.kpi b {{ display:block; font-size:22px; }}
.kpi span {{ color:var(--muted); font-size:12px; }}
.kpi.bad b {{ color:var(--bad); }}
.kpi.state-ok {{ border-left:6px solid var(--ok); }} .kpi.state-warn {{ border-left:6px solid var(--warn); }}
.kpi.state-fail {{ border-left:6px solid var(--bad); }}
.kpis.dq .kpi b {{ font-size:18px; }}
.row {{ display:grid; grid-template-columns:repeat(auto-fit, minmax(420px, 1fr)); gap:16px; }}
.panel {{ background:var(--card); border:1px solid var(--line); border-radius:8px; padding:14px 16px; margin:0 0 16px;
          min-width:0; }}
.panel header {{ display:flex; justify-content:space-between; align-items:baseline; gap:8px; flex-wrap:wrap; }}
.panel h2 {{ margin:0; font-size:17px; }}
.panel h3 {{ margin:4px 0 6px; font-size:14px; }}
.desc {{ color:var(--muted); margin:4px 0 10px; }}
.dl {{ font-size:12px; color:var(--muted); }}
.dl a, a {{ color:var(--accent); }}
.chart {{ width:100%; min-height:120px; overflow-x:auto; }}
.chart .loading {{ color:var(--muted); padding:24px; }}
.chart.chart-error {{ color:var(--bad); padding:16px; border:1px dashed var(--bad); border-radius:6px; }}
.no-data {{ background:repeating-linear-gradient(45deg,#fafbfc,#fafbfc 10px,#f1f4f7 10px,#f1f4f7 20px);
            border:1px dashed #c5ced8; border-radius:6px; padding:28px; text-align:center; color:var(--muted); }}
.two {{ display:grid; grid-template-columns:minmax(0,3fr) minmax(0,2fr); gap:16px; }}
@media (max-width: 900px) {{ .two {{ grid-template-columns:1fr; }} .row {{ grid-template-columns:1fr; }} }}
ul.warnings {{ margin:0; padding-left:18px; color:var(--warn); }}
.muted {{ color:var(--muted); }}
table.grid {{ border-collapse:collapse; width:100%; font-size:13px; }}
table.grid th, table.grid td {{ border-bottom:1px solid var(--line); padding:6px 8px; text-align:left; vertical-align:top; }}
table.grid th {{ background:#f0f3f6; font-weight:600; }}
td.num {{ text-align:right; }} td.nowrap {{ white-space:nowrap; }}
.stories a {{ text-decoration:none; font-weight:600; }} .stories a:hover {{ text-decoration:underline; }}
.topics {{ color:var(--muted); font-size:12px; }}
.movers tr.up td:first-child {{ color:var(--ok); font-weight:600; }}
.movers tr.down td:first-child {{ color:var(--bad); font-weight:600; }}
details {{ margin-top:10px; }} summary {{ cursor:pointer; color:var(--accent); }}
footer {{ color:var(--muted); font-size:12px; padding:0 24px 24px; max-width:1500px; margin:0 auto; }}
.vega-embed {{ width:100%; }}
@media print {{ header.top nav, .dl, .vega-embed .vega-actions {{ display:none; }} .panel {{ break-inside:avoid; }} }}
"""

JS = """
(function () {
  // In the Airflow UI this page sits in a sandboxed same-origin frame without allow-popups, where
  // target=_blank links are blocked: open them through the top window instead.
  try {
    if (window.top !== window.self && window.top.location.origin === window.location.origin) {
      document.addEventListener('click', function (ev) {
        var a = ev.target && ev.target.closest ? ev.target.closest('a[target="_blank"]') : null;
        if (!a || ev.defaultPrevented || ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey) { return; }
        ev.preventDefault();
        window.top.open(a.href, '_blank', 'noopener');
      });
    }
  } catch (e) { /* cross-origin parent: leave links alone */ }
})();
(function () {
  var specs = JSON.parse(document.getElementById('chart-specs').textContent);
  var done = 0, failed = 0, total = Object.keys(specs).length;
  function finish() { if (done + failed === total) { document.body.dataset.chartsRendered = String(done);
    document.body.dataset.chartsFailed = String(failed); document.body.dataset.chartsDone = 'true'; } }
  if (typeof vegaEmbed === 'undefined') {
    document.querySelectorAll('.chart').forEach(function (el) {
      el.classList.add('chart-error'); el.textContent = 'Chart library missing (vendor/*.js not found).'; });
    failed = total; finish(); return;
  }
  if (!total) { finish(); }
  Object.keys(specs).forEach(function (id) {
    var el = document.getElementById('chart-' + id);
    if (!el) { failed++; finish(); return; }
    vegaEmbed(el, specs[id], { renderer: 'svg', actions: { export: true, source: false, compiled: false, editor: false } })
      .then(function () { el.dataset.rendered = 'true'; done++; finish(); })
      .catch(function (err) { el.classList.add('chart-error'); el.textContent = 'Chart failed: ' + err;
        console.error('chart ' + id + ': ' + err); failed++; finish(); });
  });
})();
"""
