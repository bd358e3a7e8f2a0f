"""Opening the warehouse for writing: one writing process at a time, waiting politely for the lock."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from chainwire.settings import TIMEZONE

WAREHOUSE_WAIT_DEFAULT = 120.0  # seconds a writer waits for another process to let go of the file


class WarehouseBusy(duckdb.IOException):
    """Another process (an open session on the main file, another writer) holds the warehouse file."""


def warehouse_wait() -> float:
    try:
        return float(os.environ.get("CHAINWIRE_WAREHOUSE_WAIT", WAREHOUSE_WAIT_DEFAULT))
    except ValueError:
        return WAREHOUSE_WAIT_DEFAULT


def _open_writer(path: Path, wait: float | None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse for writing; while another process holds its lock, retry for up to ``wait`` s."""
    wait = warehouse_wait() if wait is None else wait
    deadline = time.monotonic() + wait
    delay = 0.2
    while True:
        try:
            return duckdb.connect(str(path))
        except duckdb.IOException as exc:
            text = str(exc)
            if "lock" not in text.lower():
                raise
            if time.monotonic() >= deadline:
                m = re.search(r"Conflicting lock is held in (.*?) \(PID (\d+)\)", text)
                holder = f"{m.group(1)} (PID {m.group(2)})" if m else "another process"
                raise WarehouseBusy(
                    f"the warehouse file {path} is held by {holder}; waited {wait:.0f} s. Close that session "
                    "(query the read-only snapshot instead: `chainwire sql`, `chainwire shell`) and re-run; "
                    "set CHAINWIRE_WAREHOUSE_WAIT to wait longer") from None
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


@contextmanager
def connect_writer(path: Path, wait: float | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    path.parent.mkdir(parents=True, exist_ok=True)
    con = _open_writer(path, wait)
    try:
        con.execute("SET TimeZone = ?", [TIMEZONE])
        yield con
    finally:
        con.close()
