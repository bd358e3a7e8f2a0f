"""The Airflow UI's coverage pages when the data dir is on object storage (a moto S3 server on 127.0.0.1).

The report, its Data Docs copy and the run evidence are read from the bucket, so an API server that
shares nothing with the workers but the store shows the same pages as one on a single machine.
"""

from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings():  # starlette's notice about httpx inside fastapi.testclient
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from test_plugin_coverage import load_plugin_module
from test_report import DAYS, make_data_docs, make_warehouse
from test_storage_s3 import BUCKET, s3, s3_endpoint  # noqa: F401  (fixtures)

DAY = DAYS[1].isoformat()


@pytest.fixture
def remote_report(s3, tmp_path, monkeypatch):  # noqa: F811  (the s3 fixture)
    """A crafted snapshot on local disk, the data dir in the bucket, Data Docs with one validation page."""
    ref = tmp_path / "reference"
    ref.mkdir()
    (ref / "countries_world.csv").write_text(
        "id,alpha2,alpha3,en,ko\n840,us,usa,United States of America,미국\n156,cn,chn,China,중국\n",
        encoding="utf-8")
    monkeypatch.setenv("CHAINWIRE_REFERENCE_DIR", str(ref))
    monkeypatch.setenv("CHAINWIRE_RAW_DIR", str(tmp_path / "raw"))
    monkeypatch.setenv("CHAINWIRE_DATA_DIR", f"s3://{BUCKET}/data")
    monkeypatch.setenv("CHAINWIRE_WAREHOUSE_DIR", str(tmp_path / "wh"))
    monkeypatch.setenv("CHAINWIRE_GX_DIR", str(tmp_path / "gx"))
    from chainwire.report import build_report
    from chainwire.settings import get_settings

    settings = get_settings()
    settings.snapshot_path.parent.mkdir(parents=True)
    make_warehouse(settings.snapshot_path)
    site = make_data_docs(tmp_path / "gx")
    page = site / "validations" / "articles_suite" / DAY / "20261104T230000.000000Z"
    page.mkdir(parents=True)
    (page / "batch-articles.html").write_text("<html><body><h1>articles of the day</h1></body></html>",
                                               encoding="utf-8")
    build_report()
    return s3


def test_report_pages_come_from_the_bucket(remote_report):
    fs = remote_report
    assert fs.exists(f"{BUCKET}/data/reports/latest/index.html")
    client = TestClient(load_plugin_module().create_app(require_auth=False))

    index = client.get("/")
    assert index.status_code == 200 and index.headers["content-type"].startswith("text/html")
    assert index.content == fs.cat_file(f"{BUCKET}/data/reports/latest/index.html")
    assert "default-src 'self'" in index.headers["content-security-policy"]

    # Every file the report lists is served with its type: scripts, CSV exports.
    keys = [k.split("/reports/latest/", 1)[1] for k in fs.find(f"{BUCKET}/data/reports/latest")]
    script = next(k for k in keys if k.endswith(".js"))
    assert client.get(f"/{script}").content == fs.cat_file(f"{BUCKET}/data/reports/latest/{script}")
    assert "javascript" in client.get(f"/{script}").headers["content-type"]
    assert client.get("/no-such-file.csv").status_code == 404
    # A path cannot climb out of the report: ../ is folded at the report's root.
    fs.pipe_file(f"{BUCKET}/data/secret.txt", b"not for the UI")
    for sneaky in ("/..%2Fsecret.txt", "/../../secret.txt", "/%2e%2e/%2e%2e/secret.txt"):
        assert b"not for the UI" not in client.get(sneaky).content

    # The report's own Data Docs copy, with the bar back to the report.
    docs = client.get("/data-docs/index.html")
    assert docs.status_code == 200 and "Data Docs" in docs.text and 'id="chainwire-back"' in docs.text


def test_run_evidence_links_the_days_data_docs_in_the_bucket(remote_report):
    client = TestClient(load_plugin_module().create_app(require_auth=False))
    page = client.get("/runs/cli-test-1")
    assert page.status_code == 200
    assert f"Landing day <b>{DAY}</b>" in page.text or DAY in page.text
    href = f"/chainwire/data-docs/validations/articles_suite/{DAY}/20261104T230000.000000Z/batch-articles.html"
    assert href in page.text
    doc = client.get(href.removeprefix("/chainwire"))
    assert doc.status_code == 200 and "articles of the day" in doc.text


def test_no_report_yet_names_the_bucket(s3, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setenv("CHAINWIRE_DATA_DIR", f"s3://{BUCKET}/empty")
    monkeypatch.setenv("CHAINWIRE_WAREHOUSE_DIR", str(tmp_path / "wh"))
    client = TestClient(load_plugin_module().create_app(require_auth=False))
    page = client.get("/")
    assert page.status_code == 200 and "No coverage report yet" in page.text
    assert f"s3://{BUCKET}/empty/reports/latest" in page.text
    assert client.get("/data-docs/index.html").status_code == 200  # "No Data Docs yet", not an error
