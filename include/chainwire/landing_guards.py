"""What discovery guards against: a day with data replaced by nothing, a loaded file being
rewritten, files that landed after their day ran."""

from __future__ import annotations

import re
from datetime import date, timedelta

from chainwire import lake, storage
from chainwire.schemas import RAW_FILES
from chainwire.settings import Settings
from chainwire.sources.landing import Entry, Scan, scan

LATE_FILE_LOOKBACK_DAYS = 30
_JSONL_LINE = re.compile(r"#L\d+$")  # a JSONL record's manifest path is <file>#L<n>


def raw_file_of(record_path: str) -> str:
    """The raw file a record path names (a JSONL line's ``<file>#L<n>`` → ``<file>``)."""
    return _JSONL_LINE.sub("", record_path)


class EmptyLandingError(RuntimeError):
    """The landing folder of a day that already has data is missing, empty or unreadable."""


def late_files_waiting(day: date, settings: Settings,
                       lookback: int = LATE_FILE_LOOKBACK_DAYS) -> dict[str, int]:
    """Files in past days' folders that the lake's manifest for that day does not know yet
    (or knows as ``deferred``: still being written when the day ran).

    They landed after their day ran; backfilling (or re-running) that day picks them up.
    """
    from chainwire.sources.landing import landing_days

    waiting = {}
    for past in landing_days(settings.raw_dir):
        if not (day - timedelta(days=lookback) <= past < day):
            continue
        known = set()
        if lake.partition_rows(settings.lake_dir, RAW_FILES, past) is not None:
            cols = lake.read_partition(settings.lake_dir, RAW_FILES, past, as_written=True,
                                       columns=["raw_path", "status"]).to_pydict()
            for path, status in zip(cols["raw_path"], cols["status"], strict=True):
                if status != "deferred":
                    known.add(path)
                    known.add(raw_file_of(path))
        sc = scan(settings.raw_dir, past)
        candidates = [f.rel_path for f in sc.files] + [e.rel_path for e in sc.entries if e.status == "deferred"]
        n = sum(1 for p in candidates if p not in known)
        if n:
            waiting[past.isoformat()] = n
    return waiting


def day_has_data(day: date, settings: Settings) -> int:
    """How many raw-file rows the lake (else the warehouse snapshot) holds for ``day``; 0 = none."""
    import pyarrow as pa

    try:
        n = lake.partition_rows(settings.lake_dir, RAW_FILES, day)
    except (OSError, pa.ArrowException):  # an unreadable manifest is not proof of an empty day
        return 1
    if n:
        return n
    if settings.snapshot_path.exists():
        import duckdb

        try:
            con = duckdb.connect(str(settings.snapshot_path), read_only=True)
            try:
                row = con.execute("SELECT count(*) FROM core.raw_files WHERE landing_date = ?", [day]).fetchone()
                return row[0] if row else 0
            finally:
                con.close()
        except duckdb.Error:
            return 0
    return 0


def guard_empty(day: date, sc: Scan, settings: Settings, allow_empty: bool) -> None:
    """A day with data is never replaced by nothing by accident: raise, naming the folder."""
    if sc.files or allow_empty:
        return
    if sc.error:
        raise EmptyLandingError(f"{sc.error} — nothing loaded for {day}; fix the folder (mount, permissions, "
                                "CHAINWIRE_RAW_DIR) or re-run with --allow-empty / allow_empty=true to clear the day")
    had = day_has_data(day, settings)
    if not had:
        return
    what = "does not exist" if not sc.exists else (
        f"has no file to load ({len(sc.entries)} other path(s): "
        f"{', '.join(sorted({e.status for e in sc.entries}))})" if sc.entries else "is empty")
    raise EmptyLandingError(
        f"landing folder {storage.url(sc.folder)} {what}, but {day} already has {had} raw-file row(s) loaded; "
        "refusing to replace the day with nothing (check CHAINWIRE_RAW_DIR, the mount, a retention purge). "
        "To really clear the day, re-run with --allow-empty (CLI) or the allow_empty=true param (Airflow)")


class FileBeingRewritten(RuntimeError):
    """A file the day already has loaded is being written again: loading now would drop it."""


def guard_rewritten(day: date, settings: Settings, deferred: list[str]) -> None:
    """A deferred file whose previous version is loaded: fail rather than replace the day without it."""
    if not deferred:
        return
    if lake.partition_rows(settings.lake_dir, RAW_FILES, day) is None:
        return
    cols = lake.read_partition(settings.lake_dir, RAW_FILES, day, as_written=True,
                               columns=["raw_path", "status"]).to_pydict()
    loaded = {raw_file_of(p) for p, st in zip(cols["raw_path"], cols["status"], strict=True)
              if st in ("parsed", "duplicate", "quarantined")}
    busy = sorted(set(deferred) & loaded)
    if busy:
        raise FileBeingRewritten(
            f"{len(busy)} loaded file(s) of {day} are being written again ({', '.join(busy[:5])}"
            f"{' …' if len(busy) > 5 else ''}): loading now would drop them from the day. Re-run the day once "
            f"they are complete (settle window CHAINWIRE_SETTLE_SECONDS); the loaded day is unchanged")


def folder_entry(sc: Scan) -> Entry:
    """The unreadable landing folder itself, accounted for as a rejected path."""
    return Entry(sc.day.isoformat() + "/", "rejected", sc.error or "landing folder unreadable")


def is_empty_day(day: date, sc: Scan, settings: Settings) -> bool:
    """No path at all in the day's folder (or no folder) and no data loaded: a day with nothing to do,
    to be skipped (or failed, for a scheduled run) rather than replaced or guarded."""
    return not sc.files and not sc.entries and not sc.error and not day_has_data(day, settings)
