#!/usr/bin/env bash
# Prepare the project-local AIRFLOW_HOME: metadata DB, the duckdb_writer pool. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/airflow_env.sh
export PATH="$PWD/.venv/bin:$PATH"
mkdir -p "$AIRFLOW_HOME"
airflow db migrate >"$AIRFLOW_HOME/db-migrate.log" 2>&1 || { tail -30 "$AIRFLOW_HOME/db-migrate.log"; exit 1; }
airflow pools import airflow/pools.json >/dev/null
# Variables (alert webhook, empty = off); a value already set in the UI is kept.
if ! airflow variables get chainwire_alert_webhook >/dev/null 2>&1; then
  airflow variables import airflow/variables.json >/dev/null
fi
db="SQLite"; [ -n "${AIRFLOW__DATABASE__SQL_ALCHEMY_CONN:-}" ] && db="${AIRFLOW__DATABASE__SQL_ALCHEMY_CONN%%:*}"
echo "AIRFLOW_HOME=$AIRFLOW_HOME ready ($db, examples off, pool duckdb_writer: 1 slot, variables applied)"
