#!/usr/bin/env bash
# `make run`: run chainwire_daily through Airflow (`airflow dags test`) for every sample day (logical date =
# the landing day, stages parse+enrich), then chainwire_marts once (marts + report), then print rows per
# day, where the DuckDB file is, and two example queries.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/airflow_env.sh
export PATH="$PWD/.venv/bin:$PATH"
export CHAINWIRE_DAG_TEST=1  # see dags/chainwire_daily.py: dags test + DeadlineAlert bug in 3.3.2

scripts/airflow_setup.sh
raw_dir="${CHAINWIRE_RAW_DIR:-$PWD/sample/raw}"
if [ -z "${CHAINWIRE_RAW_DIR:-}" ]; then
  # The bundled sample is complete, but a fresh checkout (or `make sample`) makes its files seconds old:
  # no settle window for it (a live landing zone keeps the 60 s default, see docs/reliability.md).
  export CHAINWIRE_SETTLE_SECONDS="${CHAINWIRE_SETTLE_SECONDS:-0}"
fi
mkdir -p "$AIRFLOW_HOME/run-logs"
for day_dir in "$raw_dir"/????-??-??; do
  day="$(basename "$day_dir")"
  log="$AIRFLOW_HOME/run-logs/chainwire_daily-$day.log"
  printf 'chainwire_daily %s: airflow dags test … ' "$day"
  # The marts and the report are built once after the last day (chainwire_marts), not after every day.
  if airflow dags test chainwire_daily "$day" -c "{\"run_date\": \"$day\", \"stages\": [\"parse\", \"enrich\"]}" >"$log" 2>&1 \
      && ! grep -q "state=failed\|DagRunState.FAILED\|Marking run .* failed" "$log"; then
    echo "ok (log: $log)"
  else
    echo "FAILED — last lines of $log:"; tail -40 "$log"; exit 1
  fi
done
# dag.test() hands its listeners a detached run: give the runs their notes and true start times here.
python - <<'PY' || echo "(run notes not written; the runs are fine)"
import importlib.util
spec = importlib.util.spec_from_file_location("chainwire_plugin", "plugins/chainwire_coverage_plugin.py")
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
mod.annotate_test_runs()
PY
log="$AIRFLOW_HOME/run-logs/chainwire_marts.log"
printf 'chainwire_marts: airflow dags test … '
if airflow dags test chainwire_marts >"$log" 2>&1 && ! grep -q "state=failed\|DagRunState.FAILED" "$log"; then
  echo "ok (log: $log)"
else
  echo "FAILED — last lines of $log:"; tail -40 "$log"; exit 1
fi
echo
chainwire summary
echo
echo "Data quality: $(chainwire dq | tail -1)"
echo "Coverage report: $(ls -d "${CHAINWIRE_DATA_DIR:-$PWD/data}"/reports/latest/index.html)"
