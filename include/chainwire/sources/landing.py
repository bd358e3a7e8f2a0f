"""The landing zone: ``<raw_dir>/<YYYY-MM-DD>/<files>``. Raw files are only ever read."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

SIDECAR_SUFFIX = ".meta.json"  # metadata beside a raw file, not a raw file itself
MAX_RAW_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class RawFile:
    path: Path  # absolute
    rel_path: str  # relative to the landing zone, e.g. 2026-11-02/np-20261102-001.txt
    landing_date: date


def day_dir(raw_dir: Path, day: date) -> Path:
    return raw_dir / day.isoformat()


def discover(raw_dir: Path, day: date) -> list[RawFile]:
    """Every raw file of one landing day, sorted by name (sidecars and hidden files excluded)."""
    folder = day_dir(raw_dir, day)
    if not folder.is_dir():
        return []
    files = []
    for p in sorted(folder.rglob("*")):
        if not p.is_file() or p.name.startswith(".") or p.name.endswith(SIDECAR_SUFFIX):
            continue
        files.append(RawFile(p, p.relative_to(raw_dir).as_posix(), day))
    return files


def landing_days(raw_dir: Path) -> list[date]:
    days = []
    for p in sorted(raw_dir.iterdir()) if raw_dir.is_dir() else []:
        try:
            days.append(date.fromisoformat(p.name))
        except ValueError:
            continue
    return days


def read_raw(raw: RawFile) -> tuple[bytes, str]:
    """Bytes and their SHA-256. Raises ValueError for files too large to be a page."""
    size = raw.path.stat().st_size
    if size > MAX_RAW_BYTES:
        raise ValueError(f"file is {size} bytes, over the {MAX_RAW_BYTES}-byte limit for one page")
    data = raw.path.read_bytes()
    return data, hashlib.sha256(data).hexdigest()
