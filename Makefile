# Chainwire — two commands on a fresh clone: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: run test test-fast lint native airflow airflow-stop cluster cluster-test venv sample bench clean help
PORT ?= $(or $(AIRFLOW__API__PORT),8080)

help:  ## list targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): requirements.txt pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) on PATH (or: make PYTHON=/path/to/python3.11 …)"; exit 1; }
	@test -x $(VENV)/bin/python || $(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -r requirements.txt
	$(VENV)/bin/pip install -q --no-deps -e .
	$(VENV)/bin/pip check
	@touch $(STAMP)

# The parser compiled with mypyc into include/chainwire/extract/_mypyc/ (gitignored); rebuilt when a source changed.
# Without gcc or Python.h it says so and the pure-Python parser runs (the same results). docs/performance.md, issue #14 session 17.
NATIVE := include/chainwire/extract/_mypyc/manifest.json
NATIVE_SRC := $(wildcard include/chainwire/extract/*.py) include/chainwire/settings.py scripts/build_native_parser.py

$(NATIVE): $(STAMP) $(NATIVE_SRC)
	$(VENV)/bin/python scripts/build_native_parser.py

venv: $(STAMP) $(NATIVE)  ## create .venv, install the pinned stack, compile the parser (mypyc)

native: $(STAMP)  ## compile the parser with mypyc now (about 3.5 CPU-minutes; make venv/run/test/bench do it when a source changed)
	$(VENV)/bin/python scripts/build_native_parser.py

run: $(STAMP) $(NATIVE)  ## run chainwire_daily in Airflow for every sample day, print counts and example queries
	@scripts/make_run.sh

test: $(STAMP) $(NATIVE)  ## the whole test suite (unit, DAG integrity, end-to-end dag.test)
	$(VENV)/bin/python -m pytest

test-fast: $(STAMP)  ## unit tests only (marker `unit`: no Airflow, no browser, no pipeline run; under a minute)
	$(VENV)/bin/python -m pytest -m unit -q

lint: $(STAMP)  ## ruff (pyflakes, isort, bugbear, pyupgrade, blind except) on include/ dags/ plugins/ bench/ scripts/ tests/, mypy on include/ dags/ plugins/
	$(VENV)/bin/ruff check include dags plugins bench scripts tests
	$(VENV)/bin/mypy

airflow: $(STAMP)  ## start the Airflow UI on http://localhost:8080 (PORT=8081 for another; Ctrl-C stops everything)
	@AIRFLOW__API__PORT=$(PORT) scripts/airflow_standalone.sh

airflow-stop:  ## stop a `make airflow` running in the background (SIGTERM to it; it stops every process)
	@pidfile="$${AIRFLOW_HOME:-.airflow}/standalone.pid"; \
	if [ -s "$$pidfile" ] && kill -TERM "$$(cat "$$pidfile")" 2>/dev/null; then \
	  pid="$$(cat "$$pidfile")"; while kill -0 "$$pid" 2>/dev/null; do sleep 0.5; done; echo "Airflow stopped."; \
	else echo "no make airflow running (no $$pidfile)"; fi

bench: $(STAMP) $(NATIVE)  ## the pipeline benchmark: throughput, Airflow overhead, history, memory, HTML (QUICK=1: small sizes)
	$(VENV)/bin/chainwire bench pipeline $(if $(QUICK),--quick)

WORKERS ?= 2
cluster: $(STAMP)  ## local CeleryExecutor cluster: Postgres, Redis, S3 (moto) with the landing and lake buckets, Airflow, WORKERS=2 Celery workers on free ports (Ctrl-C stops all)
	@$(VENV)/bin/python scripts/cluster.py --workers $(WORKERS)

cluster-test: $(STAMP) $(NATIVE)  ## the sample days uploaded to the bucket and backfilled over REST on the cluster: all runs ok, both workers used, lake objects and core.* = make run; torn down
	$(VENV)/bin/python -m pytest -m cluster -s tests/test_cluster.py

sample: $(STAMP)  ## regenerate the bundled sample corpus (deterministic)
	rm -rf sample/raw sample/truth
	$(VENV)/bin/chainwire synth --out sample --days 3 --per-day 24 --seed 7 --outlets all

clean:  ## remove generated data and the local Airflow home (keeps .venv)
	rm -rf data .airflow .cluster test-artifacts
