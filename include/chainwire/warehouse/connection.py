"""Opening the warehouse for writing: one writing process at a time, waiting politely for the lock."""

from __future__ import annotations

import os
import re
import threading
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


# While a ``HeldWriter`` holds the warehouse, no commit checkpoints (DuckDB's automatic checkpoint runs when
# a commit's WAL passes ``checkpoint_threshold``, 16 MiB by default): the one checkpoint comes at the end.
DEFERRED_CHECKPOINT_THRESHOLD = "1TB"


class HeldWriter:
    """The warehouse kept open by this process across several writing stages (``chainwire run``'s load,
    snapshot publish, marts build and publish), and checkpointed once, at the end, in a thread.

    While it is open, ``connect_writer`` in this process gets connections to the same DuckDB instance
    (DuckDB hands a second ``connect`` of a path open in the process its open instance), so a stage's
    ``close`` neither shuts the database down (a checkpoint) nor does the next stage's open replay the
    WAL. Commits write the WAL only (fsynced: as durable as before); ``checkpoint_in_background`` then
    writes the day into the database file in a thread and lets go of the file, while this process does
    other work (the report, which reads only the published snapshot: DuckDB releases the GIL while it
    checkpoints). The 20k-article day's load committed with a checkpoint of ≈ 0.8 CPU-s on the critical
    path (docs/performance.md, *The warehouse tail and the start*). Other processes wait for the file
    until the checkpoint is done, as they waited for the load's commit (its checkpoint) and the marts."""

    def __init__(self, path: Path, wait: float | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.con = _open_writer(path, wait)
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._closed = False
        try:
            self.con.execute(f"SET checkpoint_threshold = '{DEFERRED_CHECKPOINT_THRESHOLD}'")  # code constant
        except BaseException:
            self.con.close()
            raise

    def checkpoint_in_background(self) -> None:
        """In a thread: write every committed change into the database file, then let go of the file (another
        process waits for the checkpoint, not for what this one does meanwhile). ``close`` waits for it."""
        if self._thread is None and not self._closed:
            self._thread = threading.Thread(target=self._checkpoint_and_release, name="warehouse-checkpoint")
            self._thread.start()

    def _checkpoint_and_release(self) -> None:
        try:
            self._release(checkpoint=True)
        except BaseException as exc:  # noqa: BLE001 - handed to close(), which raises it
            self._error = exc

    def _release(self, checkpoint: bool) -> None:
        self._closed = True
        try:
            if checkpoint:
                self.con.execute("CHECKPOINT")
            self.con.execute("RESET checkpoint_threshold")
        finally:
            self.con.close()  # the last connection: DuckDB checkpoints what is left and releases the lock

    def close(self) -> None:
        """Wait for the checkpoint (none started: the close checkpoints), the file let go. A failed checkpoint
        is raised here; the committed changes then stay in the WAL, which DuckDB replays at the next open."""
        if self._thread is not None:
            self._thread.join()
        elif not self._closed:
            self._release(checkpoint=False)
        if self._error is not None:
            error, self._error = self._error, None
            raise error


@contextmanager
def held_writer(path: Path, wait: float | None = None) -> Iterator[HeldWriter]:
    """``HeldWriter`` for the block; closed (checkpoint joined) when the block ends, also on an error."""
    held = HeldWriter(path, wait)
    try:
        yield held
    except BaseException:
        try:
            held.close()
        except Exception:  # noqa: BLE001 - the block's own error is the one to raise
            pass
        raise
    held.close()
