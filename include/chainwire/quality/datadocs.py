"""Great Expectations Data Docs we can serve: offline, and with every value escaped.

GX renders its Data Docs from Jinja templates that (1) load Bootstrap, jQuery, bootstrap-table,
Font Awesome, Popper and Vega from public CDNs and (2) place unexpected values into the page
without escaping — a quarantined title containing ``<script>`` became stored XSS on the Airflow
origin. Defence in layers:

1. values never reach GX results: ``validate.RESULT_FORMAT`` excludes unexpected values (row
   indexes only), and :func:`scrub_validation_store` strips values that older runs stored, so GX
   cannot render them again;
2. every Data Docs page we keep, copy or serve goes through :func:`sanitize_html`: CDN links are
   rewritten to the assets vendored in ``datadocs_vendor/`` (npm tarballs, licences in
   ``datadocs_vendor/licenses``), scripts are kept only when they are a vendored file or one of
   GX's own template scripts outside table cells, event-handler attributes, ``javascript:`` URLs
   and active elements (iframe, object, embed, base, form, meta refresh) are dropped;
3. the report links one shared, sanitized copy (``<reports>/_data-docs``), never a copy per
   dated report (:func:`publish_shared_copy`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
from html import escape
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

from chainwire.folders import as_created, swap_in_folder

VENDOR_DIRNAME = "chainwire-vendor"  # inside the site's static/ folder
SHARED_DIRNAME = "_data-docs"  # inside <reports_dir>
_MARKER = ".chainwire-sanitized"  # in the site root: mtime of the last sanitize pass
_STORE_MARKER = ".chainwire-scrubbed-v1"  # in uncommitted/validations: old results scrubbed once

# CDN URL (prefix) -> vendored file (relative to the vendor folder); None = drop the element.
CDN = {
    "https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css": "css/bootstrap.min.css",
    "https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js": "js/bootstrap.min.js",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.css": "css/bootstrap-table.min.css",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.js": "js/bootstrap-table.min.js",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/extensions/filter-control/bootstrap-table-filter-control.min.js":
        "js/bootstrap-table-filter-control.min.js",
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.css":
        "css/bootstrap-table-filter-control.min.css",
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/bootstrap-table-filter-control.min.css":
        "css/bootstrap-table-filter-control.min.css",
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/css/bootstrap-datepicker.min.css":
        "css/bootstrap-datepicker.min.css",
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/js/bootstrap-datepicker.min.js":
        "js/bootstrap-datepicker.min.js",
    "https://cdn.jsdelivr.net/npm/@forevolve/bootstrap-dark@1.1.0/dist/css/bootstrap-prefers-dark.css":
        "css/bootstrap-prefers-dark.min.css",
    "https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css": "css/all.min.css",
    "https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js": "js/popper.min.js",
    "https://code.jquery.com/jquery-3.7.1.min.js": "js/jquery.min.js",
    # Vega: the report's vendored builds (chainwire/report/vendor), copied beside the others.
    "https://cdn.jsdelivr.net/npm/vega@5": "js/vega.min.js",
    "https://cdn.jsdelivr.net/npm/vega-lite@5": "js/vega-lite.min.js",
    "https://cdn.jsdelivr.net/npm/vega-embed@6": "js/vega-embed.min.js",
}
REPORT_VEGA = ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js")

# GX's own inline scripts (first statement of each template script). Anything else inline is dropped.
GX_INLINE_SCRIPTS = ("try {", "function showAllValidations", "function rowStyleLinks", "$('#section-",
                     'if (sessionStorage.getItem("showCta")', "$(document).ready", "vegaEmbed(")
_ACTIVE = {"iframe", "object", "embed", "base", "form", "frame", "frameset", "applet"}
_VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_CELLS = {"td", "th", "li", "pre", "code", "span", "p", "a", "table", "tr"}
_URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background"}
_BAD_URL = re.compile(r"^\s*(javascript|vbscript|data:text/html)", re.I)
_NETWORK = re.compile(r"^\s*(https?:)?//", re.I)


def vendor_source():
    return resources.files("chainwire.quality") / "datadocs_vendor"


class _Sanitizer(HTMLParser):
    def __init__(self, vendor_prefix: str):
        super().__init__(convert_charrefs=False)
        self.vendor_prefix = vendor_prefix
        self.out: list[str] = []
        self.stack: list[str] = []
        self.skip_depth = 0  # inside a dropped element
        self.script: tuple[str, list, bool] | None = None  # (tag text, buffered body, has src) of an open <script>
        self.dropped: list[str] = []

    # -------------------------------------------------------------- helpers
    def _emit(self, s: str) -> None:
        if self.script is not None:
            self.script[1].append(s)
        elif not self.skip_depth:
            self.out.append(s)

    def _url(self, tag: str, name: str, value: str | None) -> str | None:
        """The URL to keep (vendored for a CDN link), or None to drop the attribute."""
        if value is None:
            return value
        for cdn, local in CDN.items():
            if value.strip().startswith(cdn):
                return self.vendor_prefix + local
        if _BAD_URL.match(value):
            return None
        if _NETWORK.match(value) and (tag in ("script", "link", "img", "source", "iframe") or name == "src"):
            return None  # a resource loaded from the network: not offline, not ours
        return value

    def _attrs(self, tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
        parts = []
        for name, value in attrs:
            name = name.lower()
            if name.startswith("on") or name in ("integrity", "crossorigin", "srcdoc"):
                continue  # event handlers; SRI hashes of the CDN files no longer apply
            if name in _URL_ATTRS:
                value = self._url(tag, name, value)
                if value is None:
                    if tag in ("script", "link") and name in ("src", "href"):
                        return None  # the element itself loads from the network: drop it
                    continue
            if name == "style" and value and re.search(r"url\s*\(|expression\s*\(", value, re.I):
                continue
            parts.append(name if value is None else f'{name}="{escape(value, quote=True)}"')
        return (" " + " ".join(parts)) if parts else ""

    # -------------------------------------------------------------- parser callbacks
    def handle_decl(self, decl):
        self._emit(f"<!{decl}>")

    def handle_comment(self, data):
        pass  # comments are dropped (conditional comments could carry markup)

    def handle_pi(self, data):
        pass

    def handle_starttag(self, tag, attrs):
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag, attrs):
        self._start(tag, attrs, closed=True)

    def _start(self, tag, attrs, closed):
        tag = tag.lower()
        if self.skip_depth:
            if tag not in _VOID and not closed:
                self.skip_depth += 1
            return
        if tag in _ACTIVE or (tag == "meta" and any(k.lower() == "http-equiv" for k, _ in attrs)):
            self.dropped.append(tag)
            if tag not in _VOID and not closed:
                self.skip_depth = 1
            return
        a = self._attrs(tag, attrs)
        if a is None:
            self.dropped.append(f"{tag} (network)")
            if tag == "script" and not closed:
                self.skip_depth = 1
            return
        text = f"<{tag}{a}{' /' if closed else ''}>"
        if tag == "script" and not closed:
            self.script = (text, [], any(k.lower() == "src" for k, _ in attrs))
            return
        self.out.append(text)
        if tag not in _VOID and not closed:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        tag = tag.lower()
        if self.skip_depth:
            self.skip_depth -= 1 if tag not in _VOID else 0
            return
        if tag == "script" and self.script is not None:
            text, body, has_src = self.script
            self.script = None
            code = "".join(body)
            inside_cell = any(t in _CELLS for t in self.stack)
            first = code.strip().split("\n", 1)[0].strip()
            ok = (has_src and not code.strip()) or (
                not has_src and not inside_cell and any(first.startswith(s) for s in GX_INLINE_SCRIPTS))
            if ok:
                self.out.append(text + code + "</script>")
            else:  # shown as text, never run
                self.dropped.append("script")
                self.out.append(escape(text + code + "</script>"))
            return
        if tag in _VOID:
            return
        if tag in self.stack:
            while self.stack:
                t = self.stack.pop()
                if t == tag:
                    break
        self.out.append(f"</{tag}>")

    def handle_data(self, data):
        if self.script is not None:
            self.script[1].append(data)
        elif not self.skip_depth:
            # Text inside <style> is CSS; elsewhere it is text and must not contain markup.
            self.out.append(data if self.stack and self.stack[-1] == "style" else escape(data, quote=False))

    def handle_entityref(self, name):
        self._emit(f"&{name};")

    def handle_charref(self, name):
        self._emit(f"&#{name};")


def sanitize_html(text: str, vendor_prefix: str) -> tuple[str, list[str]]:
    """``(clean html, what was dropped)``. ``vendor_prefix``: relative URL of the vendor folder + '/'."""
    p = _Sanitizer(vendor_prefix)
    p.feed(text)
    p.close()
    if p.script is not None:  # an unterminated <script>: shown as text
        p.out.append(escape(p.script[0] + "".join(p.script[1])))
        p.dropped.append("script")
    return "".join(p.out), p.dropped


def install_vendor(site: Path) -> Path:
    """Copy the vendored assets (and the report's Vega builds) into ``<site>/static/chainwire-vendor``."""
    dest = site / "static" / VENDOR_DIRNAME
    src = vendor_source()
    for sub in ("css", "js", "webfonts", "licenses"):
        (dest / sub).mkdir(parents=True, exist_ok=True)
        for f in (src / sub).iterdir():
            if f.is_file() and not (dest / sub / f.name).exists():
                (dest / sub / f.name).write_bytes(f.read_bytes())
    report_vendor = resources.files("chainwire.report") / "vendor"
    for name in REPORT_VEGA:
        if (report_vendor / name).is_file() and not (dest / "js" / name).exists():
            lines = (report_vendor / name).read_text(encoding="utf-8").rstrip("\n").split("\n")
            if lines and lines[-1].startswith("//# sourceMappingURL="):
                lines = lines[:-1]
            (dest / "js" / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    if (report_vendor / "LICENSE.txt").is_file():
        (dest / "licenses" / "vega-LICENSE.txt").write_bytes((report_vendor / "LICENSE.txt").read_bytes())
    return dest


def sanitize_site(site: Path, since: float | None = None) -> dict:
    """Sanitize every HTML page of a Data Docs site in place (only pages newer than ``since``)."""
    if not site.is_dir():
        return {"pages": 0, "dropped": 0}
    install_vendor(site)
    pages = dropped = 0
    for page in site.rglob("*.html"):
        if VENDOR_DIRNAME in page.parts:
            continue
        if since is not None and page.stat().st_mtime < since:
            continue
        depth = len(page.relative_to(site).parts) - 1
        prefix = "../" * depth + f"static/{VENDOR_DIRNAME}/"
        clean, gone = sanitize_html(page.read_text(encoding="utf-8", errors="replace"), prefix)
        tmp = page.with_name(f".{page.name}.partial")
        tmp.write_text(clean, encoding="utf-8")
        tmp.replace(page)
        pages += 1
        dropped += len(gone)
    return {"pages": pages, "dropped": dropped}


def data_docs_index(gx_dir: Path) -> Path:
    """Where GX writes the local Data Docs site of a file context."""
    return gx_dir / "uncommitted" / "data_docs" / "local_site" / "index.html"


def sanitize_local_site(gx_dir: Path) -> dict:
    """After GX rebuilt its Data Docs: sanitize the pages it (re)wrote since the last pass."""

    site = data_docs_index(gx_dir).parent
    marker = site / _MARKER
    since = marker.stat().st_mtime - 2 if marker.exists() else None  # 2 s: coarse file-system clocks
    started = time.time()
    out = sanitize_site(site, since)
    if site.is_dir():
        marker.touch()
        os.utime(marker, (started, started))
    return out


_VALUE_KEYS = ("partial_unexpected_list", "unexpected_list", "partial_unexpected_counts", "unexpected_rows",
               "partial_unexpected_index_list", "unexpected_index_query")


def _scrub(obj) -> bool:
    changed = False
    if isinstance(obj, dict):
        for k in _VALUE_KEYS:
            if k in obj:
                del obj[k]
                changed = True
        for v in obj.values():
            changed |= _scrub(v)
    elif isinstance(obj, list):
        for v in obj:
            changed |= _scrub(v)
    return changed


def scrub_validation_store(gx_dir: Path) -> int:
    """Remove unexpected values from validation results stored before RESULT_FORMAT excluded them (once)."""
    store = gx_dir / "uncommitted" / "validations"
    if not store.is_dir() or (store / _STORE_MARKER).exists():
        return 0
    n = 0
    for f in store.rglob("*.json"):
        try:
            doc = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if _scrub(doc):
            tmp = f.with_name(f".{f.name}.partial")
            tmp.write_text(json.dumps(doc, indent=2), encoding="utf-8")
            tmp.replace(f)
            n += 1
    (store / _STORE_MARKER).write_text("unexpected values removed from stored results\n")
    return n


def publish_shared_copy(gx_dir: Path, reports_dir: Path, max_bytes: int | None = None) -> tuple[Path | None, str]:
    """One sanitized, offline copy of the Data Docs at ``<reports_dir>/_data-docs`` (swapped in atomically).

    Returns ``(index path or None, note)``.
    """

    index = data_docs_index(gx_dir)
    if not index.is_file():
        return None, f"not built yet (expected at {index})"
    site = index.parent
    if max_bytes is not None:
        size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        if size > max_bytes:
            return None, f"{size // 2**20} MB, over the {max_bytes // 2**20} MB limit for the report copy"
    reports_dir.mkdir(parents=True, exist_ok=True)
    final = reports_dir / SHARED_DIRNAME
    tmp = Path(tempfile.mkdtemp(prefix=f".{SHARED_DIRNAME}.tmp-", dir=reports_dir))
    try:
        as_created(tmp)
        shutil.copytree(site, tmp, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".*"))
        sanitize_site(tmp)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    swap_in_folder(tmp, final)
    return final / "index.html", "shared sanitized copy; styles and scripts vendored, works offline"
