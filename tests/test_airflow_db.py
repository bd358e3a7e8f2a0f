"""``chainwire.airflow_db``: the connect arguments scripts/airflow_env.sh gives Airflow's SQLite metadata DB."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.ext.asyncio import create_async_engine

from chainwire.airflow_db import SQLITE_CONNECT_ARGS, SQLITE_CONNECT_ARGS_ASYNC

pytestmark = pytest.mark.unit


def test_connections_wait_for_the_lock_and_commit_without_an_fsync(tmp_path):
    db = tmp_path / "airflow.db"
    # as Airflow's configure_orm builds the engine (it adds check_same_thread to the arguments)
    engine = create_engine(f"sqlite:///{db}", connect_args={**SQLITE_CONNECT_ARGS, "check_same_thread": False})
    with engine.connect() as con:
        assert con.execute(text("PRAGMA journal_mode=WAL")).scalar() == "wal"  # what Airflow's connect hook sets
        assert con.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        assert con.execute(text("PRAGMA busy_timeout")).scalar() == 30_000
        con.execute(text("CREATE TABLE t (a INTEGER)"))
        con.execute(text("INSERT INTO t VALUES (1)"))
        con.commit()
    engine.dispose()

    async def read() -> tuple[int, int]:
        aengine = create_async_engine(f"sqlite+aiosqlite:///{db}", connect_args=dict(SQLITE_CONNECT_ARGS_ASYNC))
        try:
            async with aengine.connect() as con:
                return ((await con.execute(text("PRAGMA synchronous"))).scalar(),
                        (await con.execute(text("SELECT count(*) FROM t"))).scalar())
        finally:
            await aengine.dispose()

    assert asyncio.run(read()) == (1, 1)
