# Project-local Airflow settings, sourced by the Makefile targets and tests' helpers.
# SQLite metadata DB and logs under .airflow/ (gitignored); examples off; sized for 2 cores.
# A metadata DB URL in AIRFLOW__DATABASE__SQL_ALCHEMY_CONN (Postgres: the tests, the cluster) replaces SQLite.
_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export AIRFLOW_HOME="${AIRFLOW_HOME:-$_root/.airflow}"
export AIRFLOW__CORE__DAGS_FOLDER="$_root/dags"
export AIRFLOW__CORE__PLUGINS_FOLDER="$_root/plugins"
export AIRFLOW__CORE__LOAD_EXAMPLES=False
# Airflow's LocalExecutor, its task processes forked with the heavy third-party libraries already imported
# (include/chainwire/airflow_executor.py; docs/performance.md, *Warm task processes*).
export AIRFLOW__CORE__EXECUTOR=chainwire.airflow_executor.PreloadingLocalExecutor
export AIRFLOW__CORE__PARALLELISM=4              # default 32 spawns far more workers than 2 cores want
export AIRFLOW__CORE__MAX_ACTIVE_TASKS_PER_DAG=4
export AIRFLOW__DAG_PROCESSOR__PARSING_PROCESSES=1
# The scheduler sleeps this long after a loop with nothing to do (default 1 s): a task that ends meanwhile
# waits for it before its downstream tasks are queued, on every hand-off of a run (docs/performance.md,
# *Warm task processes*).
export AIRFLOW__SCHEDULER__SCHEDULER_IDLE_SLEEP_TIME="${AIRFLOW__SCHEDULER__SCHEDULER_IDLE_SLEEP_TIME:-0.2}"
export AIRFLOW__API__WORKERS=1
export AIRFLOW__API__PORT="${AIRFLOW__API__PORT:-8080}"   # make airflow PORT=8081 sets it
export AIRFLOW__API__HOST="${AIRFLOW__API__HOST:-127.0.0.1}"      # this machine only; 0.0.0.0 to share it
# Task workers reach the API server here; must follow the port.
export AIRFLOW__CORE__EXECUTION_API_SERVER_URL="http://127.0.0.1:${AIRFLOW__API__PORT}/execution/"
export AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION=True
# Naive dates (e.g. `airflow dags test chainwire_daily 2026-11-02`) are Seoul days, like the DAGs' own time zone.
# (The UI shows times in the browser's time zone: pick Asia/Seoul in the UI's time-zone menu, bottom left.)
export AIRFLOW__CORE__DEFAULT_TIMEZONE=Asia/Seoul
# The scheduler's and triggerer's log servers (tests set free ports; defaults 8793 and 8794).
export AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT="${AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT:-8793}"
export AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT="${AIRFLOW__LOGGING__TRIGGER_LOG_SERVER_PORT:-8794}"
export AIRFLOW__SCHEDULER__ENABLE_HEALTH_CHECK=False
# SQLite metadata DB: wait up to 30 s for the write lock rather than answer 503 (chainwire/airflow_db.py).
if [ -z "${AIRFLOW__DATABASE__SQL_ALCHEMY_CONN:-}" ]; then
  export AIRFLOW__DATABASE__SQL_ALCHEMY_CONNECT_ARGS=chainwire.airflow_db.SQLITE_CONNECT_ARGS
  export AIRFLOW__DATABASE__SQL_ALCHEMY_CONNECT_ARGS_ASYNC=chainwire.airflow_db.SQLITE_CONNECT_ARGS_ASYNC
fi
export GX_ANALYTICS_ENABLED=false
export TQDM_DISABLE=1
export NO_COLOR=1
unset _root
