"""Airflow Assets shared by the DAGs (kept here so DAG files never import each other)."""

from __future__ import annotations

WAREHOUSE_ASSET_NAME = "chainwire_core_tables"
WAREHOUSE_ASSET_URI = "chainwire://warehouse/core"


def warehouse_asset():
    from airflow.sdk import Asset

    return Asset(name=WAREHOUSE_ASSET_NAME, uri=WAREHOUSE_ASSET_URI)
