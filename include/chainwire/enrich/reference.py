"""Third-party reference tables, read at run time (never copied into the project).

* ``countries_world.csv`` - "World countries" by Stefan Gabos
  (github.com/stefangabos/world_countries), CC BY-SA 4.0: ISO 3166-1 codes and
  country names in 40 languages.
* ``sp500_constituents.csv`` - datasets/s-and-p-500-companies, ODC PDDL 1.0.

Location: ``$CHAINWIRE_REFERENCE_DIR`` when set, else ``<project>/../shared/reference/``.
"""

from __future__ import annotations

import csv
import logging
import os
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

COUNTRIES_FILE = "countries_world.csv"
SP500_FILE = "sp500_constituents.csv"


def reference_dir() -> Path:
    env = os.environ.get("CHAINWIRE_REFERENCE_DIR")
    if env:
        return Path(env).expanduser().resolve()
    from chainwire.settings import PROJECT_ROOT

    return (Path(PROJECT_ROOT).parent / "shared" / "reference").resolve()


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=4)
def _load(path_str: str) -> tuple[dict[str, str], ...]:
    path = Path(path_str)
    if not path.exists():
        log.warning("reference table missing: %s (falling back to built-in lists)", path)
        return ()
    return tuple(_read_csv(path))


def countries_rows(directory: Path | None = None) -> tuple[dict[str, str], ...]:
    """Rows of countries_world.csv (id, alpha2, alpha3, ar … ko … zh, zh-tw); () when absent."""
    return _load(str((directory or reference_dir()) / COUNTRIES_FILE))


def sp500_rows(directory: Path | None = None) -> tuple[dict[str, str], ...]:
    """Rows of sp500_constituents.csv (Symbol, Security, GICS Sector, …); () when absent."""
    return _load(str((directory or reference_dir()) / SP500_FILE))


def reference_available(directory: Path | None = None) -> bool:
    d = directory or reference_dir()
    return (d / COUNTRIES_FILE).exists() and (d / SP500_FILE).exists()
