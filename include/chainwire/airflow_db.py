"""Settings for the project-local Airflow's SQLite metadata DB (scripts/airflow_env.sh points Airflow here).

SQLite has one writer: while the scheduler writes, an API request that also writes waited 5 s (the
driver's default) and then failed — the UI saw a 503 on its first backfill POST and retried. With a
30 s busy timeout the request waits for the lock instead.
"""

SQLITE_CONNECT_ARGS = {"timeout": 30}
SQLITE_CONNECT_ARGS_ASYNC = {"timeout": 30}
