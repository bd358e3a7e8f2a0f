"""A location on object storage is shown to people as ``s3://bucket/key``: an Airflow ObjectStoragePath
prints its connection id into the URL (``s3://aws_default@bucket/key``), which is not an address anyone
can use."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.unit


def test_messages_name_the_bucket_not_the_connection(monkeypatch, tmp_path):
    from airflow.sdk import ObjectStoragePath

    from chainwire import runinfo, storage

    loc = ObjectStoragePath("s3://chainwire-landing/raw/2026-11-02", conn_id="aws_default")
    assert "aws_default@" in str(loc)  # why the helpers below exist
    assert storage.url(loc) == "s3://chainwire-landing/raw/2026-11-02"
    assert runinfo.no_files_message("2026-11-02", loc) == \
        "no raw files for 2026-11-02 in s3://chainwire-landing/raw/2026-11-02"
    assert runinfo.no_files_message("2026-11-02", tmp_path) == f"no raw files for 2026-11-02 in {tmp_path}"
    assert runinfo.no_files_message("2026-11-02", "s3://b/raw") == "no raw files for 2026-11-02 in s3://b/raw"
    assert storage.url(Path("/data/raw")) == "/data/raw"
