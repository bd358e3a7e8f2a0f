"""File locks that the CLI and every Airflow task take, so runs of one landing day never interleave.

The lock is ``fcntl.flock`` on ``<data_dir>/locks/landing_date=D.lock``: the kernel drops it when
the holding process exits or is killed, so a crashed run never leaves a stale lock. ``chainwire
run`` holds it for the whole day; an Airflow task holds it for its own stage (tasks are separate
processes). The lock file records who holds it, for the waiting side's message.

Re-entrant per thread (a stage called from ``run_day`` does not deadlock on the lock its caller
holds); two threads or two processes exclude each other (``flock`` locks belong to the open file).
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

log = logging.getLogger(__name__)
LOCK_TIMEOUT_DEFAULT = 1200.0  # below the tasks' 30-minute execution_timeout


class LockTimeout(RuntimeError):
    """Another run held the lock for longer than the timeout."""


_held: dict[tuple[str, int], list] = {}  # (path, thread id) -> [fd, depth]


def lock_timeout() -> float:
    try:
        return float(os.environ.get("CHAINWIRE_LOCK_TIMEOUT", LOCK_TIMEOUT_DEFAULT))
    except ValueError:
        return LOCK_TIMEOUT_DEFAULT


def lock_path(data_dir: Path, name: str) -> Path:
    return data_dir / "locks" / f"{name}.lock"


def day_lock_path(data_dir: Path, day: date) -> Path:
    return lock_path(data_dir, f"landing_date={day.isoformat()}")


def holder(path: Path) -> str:
    try:
        info = json.loads(path.read_text() or "{}")
    except (OSError, ValueError):
        return "another process"
    if not info:
        return "another process"
    return f"run {info.get('owner')} (pid {info.get('pid')} on {info.get('host')}, since {info.get('since')})"


@contextmanager
def file_lock(path: Path, owner: str, what: str, timeout: float | None = None) -> Iterator[None]:
    """Hold an exclusive flock on ``path``; wait up to ``timeout`` seconds, then raise ``LockTimeout``."""
    key = (str(path), threading.get_ident())
    if key in _held:
        _held[key][1] += 1
        try:
            yield
        finally:
            _held[key][1] -= 1
        return
    timeout = lock_timeout() if timeout is None else timeout
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o664)
    deadline = time.monotonic() + timeout
    announced = False
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise LockTimeout(f"{what} is locked by {holder(path)}; gave up after {timeout:.0f} s "
                                      f"(lock file {path}; set CHAINWIRE_LOCK_TIMEOUT to wait longer)") from None
                if not announced:
                    log.warning("%s is locked by %s; waiting up to %.0f s", what, holder(path), timeout)
                    announced = True
                time.sleep(0.1)
    except BaseException:
        os.close(fd)
        raise
    info = {"owner": owner, "pid": os.getpid(), "host": socket.gethostname(),
            "since": datetime.now(UTC).isoformat(timespec="seconds")}
    try:  # who holds it, for the waiting side's message; best effort (a full disk must not leak the lock)
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode(), 0)
    except OSError:
        pass
    _held[key] = [fd, 1]
    try:
        yield
    finally:
        del _held[key]
        try:
            os.ftruncate(fd, 0)
        except OSError:
            pass
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


@contextmanager
def day_lock(data_dir: Path, day: date, owner: str, timeout: float | None = None) -> Iterator[None]:
    """Serialize every writer of one landing day (CLI runs and Airflow tasks alike)."""
    with file_lock(day_lock_path(data_dir, day), owner, f"landing day {day.isoformat()}", timeout):
        yield
