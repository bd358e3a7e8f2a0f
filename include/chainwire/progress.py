"""Progress of long CLI work: a ``rich`` progress bar on a terminal, plain periodic lines otherwise.

``chainwire run``, ``synth`` and ``bench`` report through :class:`Progress`; on a terminal (stderr is a
TTY) it draws a bar with the stage, files done, rate and elapsed time; in a log or a pipe it prints
one line when a stage starts and then at most every ``CHAINWIRE_PROGRESS_SECONDS`` (default 10 s).
``NO_COLOR`` is honoured by rich; ``CHAINWIRE_PROGRESS=0`` turns both off.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress as RichProgress
    from rich.progress import TaskID


def _interval() -> float:
    try:
        return max(0.0, float(os.environ.get("CHAINWIRE_PROGRESS_SECONDS", "10")))
    except ValueError:
        return 10.0


class Progress:
    """``with Progress("2026-11-02") as p: p.update("parse", done, total)``."""

    def __init__(self, label: str, stream=None, tty: bool | None = None, interval: float | None = None,
                 unit: str = "files"):
        self.label, self.unit = label, unit
        self.stream = stream or sys.stderr
        self.enabled = os.environ.get("CHAINWIRE_PROGRESS", "1").strip().lower() not in ("0", "false", "no", "off")
        self.tty = bool(tty if tty is not None else getattr(self.stream, "isatty", lambda: False)())
        self.interval = _interval() if interval is None else interval
        self.t0 = time.monotonic()
        self._last_line = float("-inf")
        self._stage: str | None = None
        self._rich: RichProgress | None = None
        self._task: TaskID | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ context
    def __enter__(self):
        if self.enabled and self.tty:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as RichProgress

            rich = RichProgress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                                MofNCompleteColumn(), TextColumn(self.unit), TimeElapsedColumn(),
                                TimeRemainingColumn(), console=Console(file=self.stream),
                                transient=True)
            rich.start()
            self._task = rich.add_task(self.label, total=None)
            self._rich = rich
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def close(self) -> None:
        if self._rich is not None:
            self._rich.stop()
            self._rich = None

    # ------------------------------------------------------------------ updates
    def update(self, stage: str, done: int = 0, total: int = 0) -> None:
        """Report ``done`` of ``total`` units in ``stage`` (total 0 = a stage without a count)."""
        if not self.enabled:
            return
        with self._lock:
            new_stage = stage != self._stage
            self._stage = stage
            if self._rich is not None and self._task is not None:
                self._rich.update(self._task, description=f"{self.label} {stage}", completed=done,
                                  total=total or None)
                return
            now = time.monotonic()
            if not new_stage and now - self._last_line < self.interval and not (total and done >= total):
                return
            self._last_line = now
            count = f" {done}/{total} {self.unit} ({100 * done / total:.0f} %)" if total else ""
            self.stream.write(f"{self.label}: {stage}{count}, {now - self.t0:.0f} s elapsed\n")
            self.stream.flush()

    def __call__(self, stage: str, done: int = 0, total: int = 0) -> None:
        self.update(stage, done, total)


class Heartbeat:
    """For work that cannot count its steps (a benchmark): a spinner on a terminal, a line every interval otherwise."""

    def __init__(self, label: str, stream=None, tty: bool | None = None, interval: float | None = None):
        self.progress = Progress(label, stream=stream, tty=tty, interval=interval)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self):
        self.progress.__enter__()
        if not self.progress.enabled:
            return self
        self.progress.update("running")

        def beat():
            tick = 0.2 if self.progress.tty else max(self.progress.interval, 0.2)
            while not self._stop.wait(tick):
                self.progress._stage = None  # every beat prints (plain) or refreshes (rich)
                self.progress.update("running")

        thread = threading.Thread(target=beat, daemon=True)
        thread.start()
        self._thread = thread
        return self

    def __exit__(self, *exc):
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.progress.close()
        return False
