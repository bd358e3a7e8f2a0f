#!/usr/bin/env bash
# `make airflow`: airflow standalone with the project's DAGs on http://localhost:8080 (PORT=… for another).
# SIGINT (Ctrl-C, kill -INT), SIGTERM (kill, make airflow-stop) or SIGHUP stop the whole process group it
# started and exit 0: no orphans, in the foreground or started in the background with `&`.
set -euo pipefail
cd "$(dirname "$0")/.."

# A background job of a non-interactive shell (`make airflow &` in a script) starts with SIGINT ignored,
# and bash can neither trap nor reset a signal ignored at entry. Re-exec once (same PID) with the
# default disposition so the trap below sees Ctrl-C / kill -INT however we were started.
if [ -z "${_CHAINWIRE_SIGNALS_RESET:-}" ]; then
  export _CHAINWIRE_SIGNALS_RESET=1
  py="$PWD/.venv/bin/python"; [ -x "$py" ] || py="$(command -v python3)"
  exec "$py" -c 'import os, signal, sys
for s in (signal.SIGINT, signal.SIGQUIT): signal.signal(s, signal.SIG_DFL)
os.execvp("bash", ["bash", *sys.argv[1:]])' "$0" "$@"
fi
unset _CHAINWIRE_SIGNALS_RESET

source scripts/airflow_env.sh
export PATH="$PWD/.venv/bin:$PATH"
scripts/airflow_setup.sh

pidfile="$AIRFLOW_HOME/standalone.pid"
pid=""
stop() {
  trap - INT TERM HUP
  echo; echo "stopping Airflow${pid:+ (process group $pid)}…"
  if [ -n "$pid" ]; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
  echo "stopped."
  exit 0
}
trap stop INT TERM HUP
echo $$ > "$pidfile"

# Run standalone in its own process group so we can signal every child at once.
set -m
airflow standalone > >(tee "$AIRFLOW_HOME/standalone.log") 2>&1 &
pid=$!
set +m

pwfile="$AIRFLOW_HOME/simple_auth_manager_passwords.json.generated"
for _ in $(seq 1 240); do
  if curl -fs "http://localhost:$AIRFLOW__API__PORT/api/v2/monitor/health" >/dev/null 2>&1 && [ -s "$pwfile" ]; then
    echo
    echo "Airflow UI: http://localhost:$AIRFLOW__API__PORT   login: $(python -c "import json,sys; d=json.load(open('$pwfile')); print(', '.join(f'{u} / {p}' for u,p in d.items()))")"
    echo "DAGs from $AIRFLOW__CORE__DAGS_FOLDER:"
    echo "  chainwire_daily — Trigger runs one day (run_date), Trigger → Backfill a range; every run ends with the"
    echo "    marts and the Coverage report, so nothing else needs unpausing. Unpause chainwire_daily only to"
    echo "    start its 23:30 Asia/Seoul schedule. chainwire_marts is for rebuilding the marts by hand."
    echo "Stop: Ctrl-C, kill -INT $$ / kill $$, or make airflow-stop. Another port: make airflow PORT=8081."
    break
  fi
  kill -0 "$pid" 2>/dev/null || { echo "airflow standalone exited; see $AIRFLOW_HOME/standalone.log"; rm -f "$pidfile"; exit 1; }
  sleep 1
done
wait "$pid" || true
rm -f "$pidfile"
