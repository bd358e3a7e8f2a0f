#!/usr/bin/env bash
# `make airflow`: airflow standalone with the project's DAGs on http://localhost:8080.
# Ctrl-C (SIGINT) or SIGTERM stops the whole process group it started: no orphans.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/airflow_env.sh
export PATH="$PWD/.venv/bin:$PATH"
scripts/airflow_setup.sh

# Run standalone in its own process group so we can signal every child at once.
set -m
airflow standalone > >(tee "$AIRFLOW_HOME/standalone.log") 2>&1 &
pid=$!
set +m
stop() {
  trap - INT TERM
  echo; echo "stopping Airflow (process group $pid)…"
  kill -TERM -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 1; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "stopped."
  exit 0
}
trap stop INT TERM

pwfile="$AIRFLOW_HOME/simple_auth_manager_passwords.json.generated"
for _ in $(seq 1 120); do
  if curl -fs "http://localhost:$AIRFLOW__API__PORT/api/v2/monitor/health" >/dev/null 2>&1 && [ -s "$pwfile" ]; then
    echo
    echo "Airflow UI: http://localhost:$AIRFLOW__API__PORT   login: $(python -c "import json,sys; d=json.load(open('$pwfile')); print(', '.join(f'{u} / {p}' for u,p in d.items()))")"
    echo "DAGs from $AIRFLOW__CORE__DAGS_FOLDER — unpause chainwire_daily or use Trigger (→ Backfill). Ctrl-C stops everything."
    break
  fi
  kill -0 "$pid" 2>/dev/null || { echo "airflow standalone exited; see $AIRFLOW_HOME/standalone.log"; exit 1; }
  sleep 2
done
wait "$pid"
