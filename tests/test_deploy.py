"""deploy/compose.yaml stays the production shape of what `make cluster` runs: the same cluster settings on
every Airflow service, built from our Dockerfile on the pinned Airflow image, every component present."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from conftest import ROOT

COMPOSE = ROOT / "deploy" / "compose.yaml"
AIRFLOW_SERVICES = {"airflow-init", "airflow-apiserver", "airflow-scheduler", "airflow-dag-processor",
                    "airflow-triggerer", "airflow-worker"}


def _compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def test_compose_has_every_component_and_builds_our_image():
    services = _compose()["services"]
    assert AIRFLOW_SERVICES | {"postgres", "redis", "minio", "minio-buckets"} <= set(services)
    for name in AIRFLOW_SERVICES:
        build = services[name]["build"]
        assert (COMPOSE.parent / build["context"] / build["dockerfile"]).resolve() == ROOT / "Dockerfile", name
    airflow_pin = re.search(r"^apache-airflow==(\S+)$", (ROOT / "requirements.txt").read_text(), re.M).group(1)
    assert f"FROM apache/airflow:{airflow_pin}-python3.11" in (ROOT / "Dockerfile").read_text()
    commands = {services[n]["command"].split()[0] for n in AIRFLOW_SERVICES - {"airflow-init"}}
    assert commands == {"api-server", "scheduler", "dag-processor", "triggerer", "celery"}


def test_compose_sets_the_cluster_settings_on_every_airflow_service():
    from cluster import cluster_settings

    local = cluster_settings("postgresql+psycopg2://u@h:1/airflow", "redis://h:2/0", "s3://landing/raw",
                             "s3://lake/data", Path("/warehouse"), "http://h:3")
    # AWS_* serve the CLI on this machine; tasks (and compose) use the aws_default connection.
    wanted = {k for k in local if not k.startswith("AWS_")}
    services = _compose()["services"]
    for name in AIRFLOW_SERVICES:
        env = services[name]["environment"]
        assert wanted <= set(env), (name, sorted(wanted - set(env)))
        assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
        assert env["CHAINWIRE_RAW_DIR"].startswith("s3://") and env["CHAINWIRE_DATA_DIR"].startswith("s3://")
        mounts = [v.split(":")[1] for v in services[name]["volumes"]]  # the one host's shared volume
        assert any(env["CHAINWIRE_WAREHOUSE_DIR"].startswith(m + "/") for m in mounts), name
        assert any(env["CHAINWIRE_GX_DIR"].startswith(m + "/") for m in mounts), name
