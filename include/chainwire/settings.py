"""Where things live. One place, environment overrides, sensible embedded defaults.

Defaults point at the bundled sample corpus and a gitignored ``data/`` folder in the
project, so ``make run`` works on a fresh clone with nothing configured.

``CHAINWIRE_RAW_DIR`` and ``CHAINWIRE_DATA_DIR`` also accept ``s3://bucket/prefix`` (see
``chainwire.storage`` and docs/storage.md): then ``raw_dir``/``data_dir`` and the locations under
them are ``ObjectStoragePath``s, while the DuckDB files, locks and pending run rows stay on local
disk in ``warehouse_dir`` (``CHAINWIRE_WAREHOUSE_DIR``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from chainwire.storage import Location, is_remote, location

# include/chainwire/settings.py -> project root (editable install or source checkout)
PROJECT_ROOT = Path(os.environ.get("CHAINWIRE_HOME", Path(__file__).resolve().parents[2]))

TIMEZONE = "Asia/Seoul"  # partition dates and published_at are Seoul-local
DUCKDB_POOL = "duckdb_writer"  # the 1-slot Airflow pool for every DuckDB writer


@dataclass(frozen=True)
class Settings:
    raw_dir: Location  # landing zone: <raw_dir>/<YYYY-MM-DD>/<files> (a Path, or an s3:// ObjectStoragePath)
    data_dir: Location  # everything we write: lake, staging, reports (and, when local, the warehouse)
    gx_dir: Path  # the Great Expectations file context (config committed, outputs gitignored)
    warehouse_dir: Path = None  # type: ignore[assignment]  # always local; None → <data_dir>/warehouse

    def __post_init__(self) -> None:
        if self.warehouse_dir is None:
            object.__setattr__(self, "warehouse_dir", default_warehouse_dir(self.data_dir))

    @property
    def remote(self) -> bool:
        """The data dir is on object storage (the lake, staging and reports are objects)."""
        return is_remote(self.data_dir)

    @property
    def lake_dir(self) -> Location:
        return self.data_dir / "lake"

    @property
    def warehouse_path(self) -> Path:
        """The DuckDB file the loader writes (one writer at a time); always on local disk."""
        return self.warehouse_dir / "chainwire.duckdb"

    @property
    def snapshot_path(self) -> Path:
        """Read-only copy published after each load; what users and `chainwire sql` open."""
        return self.warehouse_dir / "chainwire_snapshot.duckdb"

    @property
    def snapshot_object(self) -> Location | None:
        """Where the snapshot is also published when the data dir is remote (None when local)."""
        return self.data_dir / "warehouse" / self.snapshot_path.name if self.remote else None

    @property
    def state_dir(self) -> Path:
        """Local folder for the day locks and pending run rows: the data dir, else the warehouse dir."""
        return self.warehouse_dir if self.remote else self.data_dir

    @property
    def reports_dir(self) -> Location:
        return self.data_dir / "reports"

    # Resource budgets (docs/reliability.md); env overrides read by get_settings().
    max_file_bytes: int = 16 * 2**20  # one page file (.txt/.html) larger than this is rejected unread
    max_record_bytes: int = 16 * 2**20  # one JSONL line (a crawled page) larger than this is rejected
    max_record_chars: int = 1_000_000  # title + body + captions of one parsed article, before validation
    max_day_chars: int = 200_000_000  # article text validated per landing day; articles past it are rejected
    report_keep: int = 14  # dated report folders kept under reports/ (latest always kept)


_SETTINGS_ENV = ("CHAINWIRE_RAW_DIR", "CHAINWIRE_DATA_DIR", "CHAINWIRE_GX_DIR", "CHAINWIRE_WAREHOUSE_DIR",
                 "CHAINWIRE_AWS_CONN_ID", "AIRFLOW_CTX_DAG_ID")  # the last two pick the object store's credentials


def default_warehouse_dir(data_dir: Any) -> Path:
    """<data>/warehouse when the data dir is local, else ./data/warehouse of the project."""
    return Path(data_dir) / "warehouse" if not is_remote(data_dir) else (PROJECT_ROOT / "data" / "warehouse").resolve()


def get_settings() -> Settings:
    """Read the environment each call so tests and DAG runs can point elsewhere.

    The environment is read every time; the paths are resolved once per distinct environment
    (resolving touches the disk, and the parser asks for its budgets once per file).
    """
    paths = tuple(os.environ.get(k) for k in _SETTINGS_ENV)
    budgets = tuple((field, os.environ.get(env, "")) for field, env in _BUDGET_ENV.items())
    return _settings_for(paths, budgets)


@lru_cache(maxsize=32)
def _settings_for(paths: tuple, budgets: tuple) -> Settings:
    raw, data, gx, warehouse = paths[:4]
    data_dir = location(data or PROJECT_ROOT / "data")
    return Settings(raw_dir=location(raw or PROJECT_ROOT / "sample" / "raw"), data_dir=data_dir,
                    gx_dir=Path(gx or PROJECT_ROOT / "gx").resolve(),
                    warehouse_dir=Path(warehouse).resolve() if warehouse else default_warehouse_dir(data_dir),
                    **_budgets(budgets))


_BUDGET_ENV = {"max_file_bytes": "CHAINWIRE_MAX_FILE_BYTES", "max_record_bytes": "CHAINWIRE_MAX_RECORD_BYTES",
               "max_record_chars": "CHAINWIRE_MAX_RECORD_CHARS", "max_day_chars": "CHAINWIRE_MAX_DAY_CHARS",
               "report_keep": "CHAINWIRE_REPORT_KEEP"}


def _budgets(values: tuple) -> dict[str, int]:
    """(field, raw env value) pairs → the budgets set in the environment, as integers."""
    out = {}
    for field, value in values:
        value = value.strip()
        if value:
            try:
                out[field] = int(value)
            except ValueError:
                raise ValueError(f"{_BUDGET_ENV[field]} must be an integer, got {value!r}") from None
    return out
