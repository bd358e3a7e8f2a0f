"""The executor the project's Airflow runs (``AIRFLOW__CORE__EXECUTOR`` in scripts/airflow_env.sh): Airflow's
LocalExecutor, with the stages' heavy third-party libraries imported before it forks its workers.

Under the LocalExecutor every task instance is a process forked from one of the executor's workers, which
are forked from the scheduler when the executor starts (Airflow 3.3, Linux: ``os.fork``, no exec). A task
process then imports the DAG file and whatever its stage needs: ≈ 0.5 CPU-s for the DAG file's imports
(pyarrow, pandas …) in every one of a day's 15 task instances, and ≈ 2.7 CPU-s for Great Expectations in
``validate`` (docs/performance.md, *Warm task processes*). Imported once here, before the workers are
forked, they are in every task process from its first instruction, shared copy-on-write.

Only third-party libraries, never the project's own modules, rules or models (``chainwire.*``, the
taxonomy, the gazetteers, the Kiwi model with their names): a task must see the code and the rules as
they are when it runs, not as they were when the scheduler started. A new version of a library needs a
restart of the scheduler anyway (as it always did). Nothing is configured, connected or opened here:
imports only, so forking after them is what ``chainwire run`` already does with its workers.
"""

from __future__ import annotations

import importlib
import logging
import os
import time

from airflow.executors.local_executor import LocalExecutor

log = logging.getLogger(__name__)

# What the tasks import (measured: ``python -X importtime`` of each task's stage), in import order.
PRELOADED_LIBRARIES = (
    "numpy",
    "pandas",
    "pyarrow",
    "pyarrow.compute",
    "pyarrow.parquet",
    "duckdb",
    "yaml",
    "ahocorasick",          # the taggers' keyword automaton
    "kiwipiepy",            # the module only: the model (with the gazetteer's names) is loaded by the task
    "datasketch",           # dedup's MinHash
    "great_expectations",   # validate: ≈ 2.7 CPU-s of the ≈ 3.3 here
    "great_expectations.execution_engine.pandas_execution_engine",
)


def preload_libraries(names: tuple[str, ...] = PRELOADED_LIBRARIES) -> dict[str, float]:
    """Import ``names`` in this process; seconds per name. One that fails to import is skipped (the task
    that needs it will fail as it would have, with its own traceback)."""
    # As chainwire.quality.validate sets them before importing GX: no analytics, no import-time chatter.
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    took: dict[str, float] = {}
    for name in names:
        t0 = time.perf_counter()
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - a missing optional library must not stop the scheduler
            log.warning("preload of %s skipped: %s", name, exc)
            continue
        took[name] = round(time.perf_counter() - t0, 3)
    return took


class PreloadingLocalExecutor(LocalExecutor):
    """``LocalExecutor`` whose workers, and so every task process, start with ``PRELOADED_LIBRARIES``
    imported. ``AIRFLOW__CORE__EXECUTOR=chainwire.airflow_executor.PreloadingLocalExecutor``."""

    def start(self) -> None:
        t0 = time.perf_counter()
        took = preload_libraries()
        log.info("preloaded %d libraries for the task processes in %.1f s", len(took), time.perf_counter() - t0)
        super().start()
