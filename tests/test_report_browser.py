"""The coverage report in a real browser: headless Chromium driven over the DevTools protocol.

Loads the report from disk (file://, no server, no network), waits for every chart, asserts
no console errors, no request leaving the machine and marks drawn in every chart container,
and saves a full-page screenshot to test-artifacts/report-screenshot.png.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import os
import shutil
import signal
import subprocess
import time
import urllib.request
import warnings
from pathlib import Path

import pytest

from conftest import ROOT
from test_report import report_env  # noqa: F401  (fixture)

CHROMIUM = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if Path(p).exists()), None)
ARTIFACTS = ROOT / "test-artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars"]

# Per chart container: rendered by vega-embed, an <svg> or <canvas>, and how many data marks it holds.
PROBE = """
(() => Array.from(document.querySelectorAll('.chart')).map(el => ({
  id: el.dataset.chart,
  rendered: el.dataset.rendered === 'true',
  error: el.classList.contains('chart-error') ? el.textContent : null,
  svg: !!el.querySelector('svg'),
  canvas: !!el.querySelector('canvas'),
  marks: el.querySelectorAll('svg .role-mark > *').length,
  width: Math.round(el.getBoundingClientRect().width),
  height: Math.round(el.getBoundingClientRect().height),
})))()
"""


class CDP:
    """Minimal Chrome DevTools protocol client (websockets 17): commands by id, events collected."""

    def __init__(self, ws):
        self.ws, self.ids, self.pending, self.events = ws, itertools.count(1), {}, []
        self.reader = asyncio.create_task(self._read())

    async def _read(self):
        from websockets.exceptions import ConnectionClosed

        try:
            async for raw in self.ws:
                self._dispatch(json.loads(raw))
        except ConnectionClosed:
            pass

    def _dispatch(self, msg: dict) -> None:
        if "id" in msg and msg["id"] in self.pending:
            self.pending.pop(msg["id"]).set_result(msg)
        elif "method" in msg:
            self.events.append(msg)

    async def send(self, method: str, params: dict | None = None, timeout: float = 30) -> dict:
        i = next(self.ids)
        fut = asyncio.get_running_loop().create_future()
        self.pending[i] = fut
        await self.ws.send(json.dumps({"id": i, "method": method, "params": params or {}}))
        msg = await asyncio.wait_for(fut, timeout)
        if "error" in msg:
            raise RuntimeError(f"{method}: {msg['error']}")
        return msg.get("result", {})

    async def evaluate(self, expression: str):
        r = await self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                 "awaitPromise": True})
        if "exceptionDetails" in r:
            raise RuntimeError(r["exceptionDetails"])
        return r["result"].get("value")


def start_chromium(profile: Path) -> tuple[subprocess.Popen, int]:
    proc = subprocess.Popen([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-port=0",
                             "--remote-debugging-address=127.0.0.1", "--window-size=1400,1000", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    port_file = profile / "DevToolsActivePort"
    deadline = time.time() + 30
    while time.time() < deadline:
        if port_file.exists() and port_file.read_text().strip():
            return proc, int(port_file.read_text().split()[0])
        if proc.poll() is not None:
            raise RuntimeError(f"chromium exited with {proc.returncode}")
        time.sleep(0.2)
    stop_chromium(proc)
    raise RuntimeError("chromium did not open its DevTools port in 30 s")


def stop_chromium(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)  # its own session: the browser and its helpers
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


async def _render(port: int, url: str, screenshot: Path, width: int) -> dict:
    from websockets.asyncio.client import connect

    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback, never via a proxy
    targets = json.load(direct.open(f"http://127.0.0.1:{port}/json/list", timeout=10))
    page = next(t for t in targets if t["type"] == "page")
    async with connect(page["webSocketDebuggerUrl"], max_size=None, proxy=None) as ws:
        cdp = CDP(ws)
        for domain in ("Runtime", "Log", "Network", "Page"):
            await cdp.send(f"{domain}.enable")
        await cdp.send("Emulation.setDeviceMetricsOverride",
                       {"width": width, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
        await cdp.send("Page.navigate", {"url": url})
        deadline = time.time() + 30
        while time.time() < deadline and await cdp.evaluate("document.body && document.body.dataset.chartsDone") != "true":
            await asyncio.sleep(0.2)
        charts = await cdp.evaluate(PROBE)
        state = await cdp.evaluate("({done: document.body.dataset.chartsDone, ok: document.body.dataset.chartsRendered,"
                                   " failed: document.body.dataset.chartsFailed, title: document.title,"
                                   " cjk: document.fonts.check('16px \"Noto Sans CJK KR\"', '한국'),"
                                   " height: document.documentElement.scrollHeight})")
        await asyncio.sleep(0.3)  # let the last layout settle before the picture
        await cdp.send("Emulation.setDeviceMetricsOverride",
                       {"width": width, "height": min(int(state["height"]), 16000), "deviceScaleFactor": 1,
                        "mobile": False})
        shot = await cdp.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        screenshot.write_bytes(base64.b64decode(shot["data"]))
        cdp.reader.cancel()
    ev = cdp.events
    errors = [e["params"] for e in ev if e["method"] == "Runtime.exceptionThrown"]
    errors += [e["params"] for e in ev if e["method"] == "Runtime.consoleAPICalled" and e["params"]["type"] == "error"]
    errors += [e["params"]["entry"] for e in ev if e["method"] == "Log.entryAdded"
               and e["params"]["entry"]["level"] == "error"]
    requests = [e["params"]["request"]["url"] for e in ev if e["method"] == "Network.requestWillBeSent"]
    failed = [e["params"] for e in ev if e["method"] == "Network.loadingFailed"]
    return {"charts": charts, "state": state, "errors": errors, "requests": requests, "failed": failed}


def render_page(url: str, screenshot: Path, tmp_path: Path, width: int = 1400) -> dict:
    """Load ``url`` in headless Chromium; returns charts probe, page state, console errors and requests."""
    profile = tmp_path / "chromium-profile"
    profile.mkdir()
    proc, port = start_chromium(profile)
    try:
        return asyncio.run(asyncio.wait_for(_render(port, url, screenshot, width), 90))
    finally:
        stop_chromium(proc)
        shutil.rmtree(profile, ignore_errors=True)


FRAME_PROBE = """
(() => { const f = document.querySelector('iframe'); let d = null;
  try { d = f && f.contentDocument; } catch (e) { return {done: 'cross-origin: ' + e}; }
  if (!d || !d.body) { return {done: null}; }
  return {done: d.body.dataset.chartsDone || null, title: d.title,
          charts: Array.from(d.querySelectorAll('.chart')).map(e => [e.dataset.chart,
                  e.querySelectorAll('svg .role-mark > *').length])}; })()
"""


async def _ui_page(port: int, url: str, cookies: dict, screenshot: Path) -> dict:
    from websockets.asyncio.client import connect

    direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    targets = json.load(direct.open(f"http://127.0.0.1:{port}/json/list", timeout=10))
    page = next(t for t in targets if t["type"] == "page")
    async with connect(page["webSocketDebuggerUrl"], max_size=None, proxy=None) as ws:
        cdp = CDP(ws)
        for domain in ("Runtime", "Log", "Network", "Page"):
            await cdp.send(f"{domain}.enable")
        for name, value in cookies.items():
            await cdp.send("Network.setCookie", {"name": name, "value": value, "url": url})
        await cdp.send("Emulation.setDeviceMetricsOverride",
                       {"width": 1500, "height": 1100, "deviceScaleFactor": 1, "mobile": False})
        await cdp.send("Page.navigate", {"url": url})
        state, deadline = {}, time.time() + 60
        while time.time() < deadline and state.get("done") != "true":
            await asyncio.sleep(0.3)
            state = await cdp.evaluate(FRAME_PROBE) or {}
        await asyncio.sleep(0.5)
        shot = await cdp.send("Page.captureScreenshot", {"format": "png"})
        screenshot.parent.mkdir(parents=True, exist_ok=True)
        screenshot.write_bytes(base64.b64decode(shot["data"]))
        cdp.reader.cancel()
    errors = [e["params"] for e in cdp.events if e["method"] == "Runtime.exceptionThrown"
              or (e["method"] == "Log.entryAdded" and e["params"]["entry"]["level"] == "error")
              or (e["method"] == "Runtime.consoleAPICalled" and e["params"]["type"] == "error")]
    state["errors"] = [e for e in errors if "chainwire" in json.dumps(e)]  # ours only, not the Airflow UI's
    state["other_errors"] = [e for e in errors if e not in state["errors"]]
    return state


def ui_page_in_chromium(url: str, cookies: dict, screenshot: Path, tmp_path: Path) -> dict:
    """Open an Airflow UI page that frames the report; probe the charts inside its iframe."""
    profile = tmp_path / "chromium-ui-profile"
    profile.mkdir()
    proc, port = start_chromium(profile)
    try:
        return asyncio.run(asyncio.wait_for(_ui_page(port, url, cookies, screenshot), 120))
    finally:
        stop_chromium(proc)
        shutil.rmtree(profile, ignore_errors=True)


needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium not installed: apt-get install chromium fonts-noto-cjk")


@needs_chromium
def test_report_renders_in_chromium_offline(report_env, tmp_path):
    from chainwire.report import build_report

    index = build_report()
    manifest = json.loads((index.parent / "report.json").read_text(encoding="utf-8"))
    expected = {c["id"] for c in manifest["charts"] if c["rendered"]}
    shot = ARTIFACTS / "report-screenshot.png"
    r = render_page(index.resolve().as_uri(), shot, tmp_path)

    assert r["state"]["done"] == "true", r
    assert r["errors"] == [], r["errors"]
    assert r["failed"] == [], r["failed"]
    off_machine = [u for u in r["requests"] if not u.startswith(("file://", "data:", "blob:"))]
    assert off_machine == [], f"the report fetched from the network: {off_machine}"
    charts = {c["id"]: c for c in r["charts"]}
    assert set(charts) == expected and len(expected) == 7  # every chart except the empty companies mart
    for cid, c in charts.items():
        assert c["rendered"] and not c["error"], c
        assert c["svg"] or c["canvas"], c
        assert c["marks"] > 0, f"chart {cid} drew no marks: {c}"
        assert c["width"] > 200 and c["height"] > 60, c
    assert r["state"]["ok"] == str(len(expected)) and r["state"]["failed"] == "0"
    assert shot.stat().st_size > 50_000
    if not r["state"]["cjk"]:
        warnings.warn(f"no Noto Sans CJK font: Korean may show as boxes (apt-get install fonts-noto-cjk); see {shot}", stacklevel=1)
