"""Where things live. One place, environment overrides, sensible embedded defaults.

Defaults point at the bundled sample corpus and a gitignored ``data/`` folder in the
project, so ``make run`` works on a fresh clone with nothing configured.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

# include/chainwire/settings.py -> project root (editable install or source checkout)
PROJECT_ROOT = Path(os.environ.get("CHAINWIRE_HOME", Path(__file__).resolve().parents[2]))

TIMEZONE = "Asia/Seoul"  # partition dates and published_at are Seoul-local
DUCKDB_POOL = "duckdb_writer"  # the 1-slot Airflow pool for every DuckDB writer


@dataclass(frozen=True)
class Settings:
    raw_dir: Path  # landing zone: <raw_dir>/<YYYY-MM-DD>/<files>
    data_dir: Path  # everything we write: lake, warehouse, reports
    gx_dir: Path  # the Great Expectations file context (config committed, outputs gitignored)

    @property
    def lake_dir(self) -> Path:
        return self.data_dir / "lake"

    @property
    def warehouse_path(self) -> Path:
        """The DuckDB file the loader writes (one writer at a time)."""
        return self.data_dir / "warehouse" / "chainwire.duckdb"

    @property
    def snapshot_path(self) -> Path:
        """Read-only copy published after each load; what users and `chainwire sql` open."""
        return self.data_dir / "warehouse" / "chainwire_snapshot.duckdb"

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "reports"


def get_settings() -> Settings:
    """Read the environment each call so tests and DAG runs can point elsewhere."""
    raw = os.environ.get("CHAINWIRE_RAW_DIR") or PROJECT_ROOT / "sample" / "raw"
    data = os.environ.get("CHAINWIRE_DATA_DIR") or PROJECT_ROOT / "data"
    gx = os.environ.get("CHAINWIRE_GX_DIR") or PROJECT_ROOT / "gx"
    return Settings(raw_dir=Path(raw).resolve(), data_dir=Path(data).resolve(), gx_dir=Path(gx).resolve())
