"""Settings for the project-local Airflow's SQLite metadata DB (scripts/airflow_env.sh points Airflow here).

SQLite has one writer: while the scheduler writes, an API request that also writes waited 5 s (the
driver's default) and then failed — the UI saw a 503 on its first backfill POST and retried. With a
30 s busy timeout the request waits for the lock instead.

Airflow opens the file in WAL mode (``airflow.utils.orm_event_handlers``) but leaves SQLite's default
``synchronous=FULL``: every commit waits for an fsync of the WAL. A task instance is a handful of commits
(started, rendered fields, XCom, state), each an fsync of 5–30 ms on this disk: 138 of them in an
``airflow dags test`` run of a day (strace), ≈ 1.1 s of its wall at load 16 (docs/performance.md, *The dags
test process*). Each connection here sets ``synchronous=NORMAL``, SQLite's recommended setting for WAL: a
commit is durable when the process or Airflow crashes, and only an OS crash or power loss can lose the last
commits before a checkpoint — for a local development metadata DB. (A production deployment uses
PostgreSQL: ``AIRFLOW__DATABASE__SQL_ALCHEMY_CONN`` set, these arguments are not used.)
"""

from __future__ import annotations

import sqlite3


class WalNormalConnection(sqlite3.Connection):
    """A ``sqlite3`` connection that commits without an fsync in WAL mode (``PRAGMA synchronous=NORMAL``)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.execute("PRAGMA synchronous=NORMAL")  # a PRAGMA, outside any transaction: takes effect now


# ``sqlite3.connect(path, **args)``: SQLAlchemy's pysqlite and aiosqlite drivers pass them through.
SQLITE_CONNECT_ARGS = {"timeout": 30, "factory": WalNormalConnection}
SQLITE_CONNECT_ARGS_ASYNC = {"timeout": 30, "factory": WalNormalConnection}
