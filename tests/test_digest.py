"""The daily digest (chainwire.digest): read from the digest marts, posted to a webhook on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from chainwire import alerts
from chainwire.digest import DIGEST_WEBHOOK_ENV, digest_payload, load_digest, post_digest
from conftest import crafted_warehouse, free_port

START = date(2026, 10, 1)
DAY = START + timedelta(days=20)


@pytest.fixture
def digest_warehouse(tmp_path):
    """20 baseline days of one semiconductor story a day, then a day with five, and a story carried by two outlets."""
    arts, topics = [], {}
    for i in range(20):
        arts.append((f"np:s{i}", "newspim", f"s{i}", True, START + timedelta(days=i)))
    for j in range(5):
        arts.append((f"np:d{j}", "newspim", f"d{j}", True, DAY))
    topics = {a[0]: ["semiconductors"] for a in arts}
    arts += [("yna:w", "yonhap", "W", True, DAY), ("kh:w", "koreaherald", "W", False, DAY)]
    return crafted_warehouse(tmp_path / "digest.duckdb", arts, topics)


@pytest.fixture
def hook():
    """A webhook receiver on 127.0.0.1 and a free port; yields (url, received payloads)."""
    received: list[dict] = []

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self):
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8")))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    port = free_port()
    server = HTTPServer(("127.0.0.1", port), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}/digest", received
    finally:
        server.shutdown()
        server.server_close()


def test_load_digest_reads_the_day(digest_warehouse):
    import duckdb

    con = duckdb.connect(str(digest_warehouse), read_only=True)
    try:
        d = load_digest(con)  # default: the latest day
    finally:
        con.close()
    assert d.day == DAY and d.baseline_days == 20 and d.note == ""
    assert [(m["key"], m["change"], m["unique_stories"]) for m in d.movers] == [("semiconductors", "up", 5)]
    assert d.top_stories[0]["cluster_id"] == "W" and d.top_stories[0]["outlets"] == 2
    payload = digest_payload(d)
    assert payload["event"] == "daily_digest" and payload["date"] == DAY.isoformat()
    assert "semiconductors" in payload["text"] and "z +4.0" in payload["text"]


def test_post_digest_to_a_local_webhook(digest_warehouse, hook, monkeypatch):
    url, received = hook
    out = post_digest(snapshot=digest_warehouse, url=url)
    assert out["posted"] is True and out["date"] == DAY.isoformat() and out["movers"] == 1
    (msg,) = received
    assert msg["event"] == "daily_digest" and msg["movers"][0]["key"] == "semiconductors"
    assert msg["movers"][0]["baseline_mean"] == 1.0 and msg["movers"][0]["z_score"] == 4.0
    assert msg["top_stories"][0]["outlets"] == 2 and len(msg["top_stories"]) == 5
    assert "28" in msg["test"] and msg["text"].startswith(f"Chainwire daily digest {DAY.isoformat()}")

    # the URL from the environment (as the DAG task finds it), and none at all: nothing is sent
    monkeypatch.setenv(DIGEST_WEBHOOK_ENV, url)
    assert post_digest(snapshot=digest_warehouse)["posted"] is True and len(received) == 2
    monkeypatch.delenv(DIGEST_WEBHOOK_ENV)
    out = post_digest(snapshot=digest_warehouse)
    assert out["posted"] is False and "no webhook" in out["reason"] and len(received) == 2


def test_webhook_failures_never_raise(digest_warehouse):
    assert post_digest(snapshot=digest_warehouse, url=f"http://127.0.0.1:{free_port()}/nobody")["posted"] is False
    assert alerts.post_webhook({"event": "x"}, url="file:///etc/hostname") is False  # only http(s)
