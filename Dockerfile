# Chainwire on the official Airflow image: every component of deploy/compose.yaml (api-server, scheduler,
# dag-processor, triggerer, Celery workers) runs it. Not built in this workplace (no Docker engine here).
FROM apache/airflow:3.3.2-python3.11

COPY --chown=airflow:root requirements.txt pyproject.toml /opt/chainwire/
COPY --chown=airflow:root include /opt/chainwire/include
# Airflow is pinned on the same line so pip can never move it off the image's version.
RUN pip install --no-cache-dir "apache-airflow==3.3.2" -r /opt/chainwire/requirements.txt \
 && pip install --no-cache-dir --no-deps /opt/chainwire
# The parser compiled with mypyc into the installed package's extract/_mypyc/ (scripts/build_native_parser.py; it
# needs a C compiler, which the image lacks, and Python.h, which the python base image has). Without them the build
# says so and the pure-Python parser runs with the same results. Untested here (no Docker engine).
COPY --chown=airflow:root scripts/build_native_parser.py /opt/chainwire/scripts/
USER root
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
USER airflow
RUN python /opt/chainwire/scripts/build_native_parser.py \
      --package-dir "$(python -c 'import os, chainwire; print(os.path.join(os.path.dirname(chainwire.__file__), "extract"))')"

COPY --chown=airflow:root dags /opt/airflow/dags
COPY --chown=airflow:root plugins /opt/airflow/plugins
COPY --chown=airflow:root airflow /opt/chainwire/airflow
COPY --chown=airflow:root bench /opt/chainwire/bench

# Single-container defaults below; compose.yaml points the landing zone and the lake at buckets.
# Mount the landing zone, the data folder and the reference data (../shared/reference in a checkout:
# country names CC BY-SA 4.0, S&P 500 list) over these paths.
ENV CHAINWIRE_HOME=/opt/chainwire \
    CHAINWIRE_RAW_DIR=/opt/chainwire/sample/raw \
    CHAINWIRE_DATA_DIR=/opt/airflow/chainwire-data \
    CHAINWIRE_GX_DIR=/opt/airflow/chainwire-data/gx \
    CHAINWIRE_REFERENCE_DIR=/opt/chainwire/reference \
    GX_ANALYTICS_ENABLED=false
COPY --chown=airflow:root sample /opt/chainwire/sample
