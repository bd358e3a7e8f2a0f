"""Storage by URL: the landing zone, lake, staging and reports on s3:// (a moto server on 127.0.0.1).

The end-to-end test runs the sample corpus through ``chainwire run`` twice, once on local folders and
once with CHAINWIRE_RAW_DIR/CHAINWIRE_DATA_DIR on s3://, and compares what the warehouse holds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import ROOT, free_port

pytest.importorskip("s3fs")
moto_server = pytest.importorskip("moto.server")

BUCKET = "chainwire-test"
SAMPLE = ROOT / "sample" / "raw"
CORE_TABLES = ("articles", "article_versions", "paragraphs", "photo_captions", "related_teasers", "stock_impacts",
               "raw_files", "quarantine", "article_topics", "article_countries", "article_actors",
               "article_companies", "article_policy_actions")


@pytest.fixture(scope="module")
def s3_endpoint():
    """A moto S3 server on a free loopback port, for this module; stopped at the end."""
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=free_port(), verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture
def s3(s3_endpoint, monkeypatch):
    """AWS_* variables pointing at the moto server, a fresh bucket, and an s3fs filesystem on it."""
    import s3fs

    for key, value in {"AWS_ENDPOINT_URL": s3_endpoint, "AWS_ACCESS_KEY_ID": "testing",
                       "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1"}.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("CHAINWIRE_AWS_CONN_ID", raising=False)
    monkeypatch.delenv("AIRFLOW_CTX_DAG_ID", raising=False)
    # fsspec caches filesystems by their arguments, and the endpoint comes from the environment, not an
    # argument: a filesystem cached by an earlier module (another moto server, since stopped) would be reused.
    s3fs.S3FileSystem.clear_instance_cache()
    fs = s3fs.S3FileSystem(key="testing", secret="testing", endpoint_url=s3_endpoint, skip_instance_cache=True)
    if fs.exists(BUCKET):
        fs.rm(BUCKET, recursive=True)
    fs.mkdir(BUCKET)
    yield fs
    fs.rm(BUCKET, recursive=True)
    s3fs.S3FileSystem.clear_instance_cache()


def _upload(fs, local: Path, prefix: str) -> None:
    for p in sorted(local.rglob("*")):
        if p.is_file():
            fs.pipe_file(f"{prefix}/{p.relative_to(local).as_posix()}", p.read_bytes())


# ---------------------------------------------------------------------------- settings
def test_settings_local_default_unchanged(monkeypatch, tmp_path):
    from chainwire.settings import get_settings

    monkeypatch.setenv("CHAINWIRE_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.delenv("CHAINWIRE_WAREHOUSE_DIR", raising=False)
    s = get_settings()
    assert isinstance(s.data_dir, Path) and not s.remote
    assert s.warehouse_path == (tmp_path / "d" / "warehouse" / "chainwire.duckdb").resolve()
    assert s.state_dir == s.data_dir and s.snapshot_object is None


def test_settings_remote_data_dir_keeps_warehouse_local(s3, monkeypatch, tmp_path):
    from chainwire import storage
    from chainwire.settings import PROJECT_ROOT, get_settings

    monkeypatch.setenv("CHAINWIRE_DATA_DIR", f"s3://{BUCKET}/data/")
    monkeypatch.delenv("CHAINWIRE_WAREHOUSE_DIR", raising=False)
    s = get_settings()
    assert s.remote and storage.url(s.lake_dir) == f"s3://{BUCKET}/data/lake"
    assert s.warehouse_dir == (PROJECT_ROOT / "data" / "warehouse").resolve()
    assert s.state_dir == s.warehouse_dir  # locks and pending run rows: local disk
    monkeypatch.setenv("CHAINWIRE_WAREHOUSE_DIR", str(tmp_path / "wh"))
    assert get_settings().warehouse_path == tmp_path / "wh" / "chainwire.duckdb"


def test_conn_id_in_tasks_and_cli(monkeypatch):
    from chainwire import storage

    monkeypatch.delenv("CHAINWIRE_AWS_CONN_ID", raising=False)
    monkeypatch.delenv("AIRFLOW_CTX_DAG_ID", raising=False)
    assert storage.conn_id() is None  # the CLI: the standard AWS_* variables
    monkeypatch.setenv("AIRFLOW_CTX_DAG_ID", "chainwire_daily")
    assert storage.conn_id() == "aws_default"  # a task: the Airflow connection
    monkeypatch.setenv("CHAINWIRE_AWS_CONN_ID", "lake_store")
    assert storage.conn_id() == "lake_store"


def test_task_credentials_come_from_the_airflow_connection(s3, s3_endpoint, monkeypatch):
    """In a task (AIRFLOW_CTX_DAG_ID set) the endpoint and keys come from the connection, not AWS_*."""
    from chainwire import storage

    for key in ("AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.delenv(key)
    monkeypatch.setenv("AIRFLOW_CTX_DAG_ID", "chainwire_daily")
    monkeypatch.setenv("CHAINWIRE_AWS_CONN_ID", "chainwire_test_store")
    monkeypatch.setenv("AIRFLOW_CONN_CHAINWIRE_TEST_STORE", json.dumps(
        {"conn_type": "aws", "login": "testing", "password": "testing",
         "extra": {"endpoint_url": s3_endpoint, "region_name": "us-east-1"}}))
    loc = storage.location(f"s3://{BUCKET}/via-connection")
    assert loc.conn_id == "chainwire_test_store"
    storage.write_text(loc / "hello.txt", "from a task")
    assert s3.cat_file(f"{BUCKET}/via-connection/hello.txt") == b"from a task"


# ---------------------------------------------------------------------------- lake partitions
def _rows(n: int, tag: str) -> list[dict]:
    return [{"landing_date": date(2026, 11, 2), "raw_path": f"2026-11-02/{tag}-{i}.txt", "status": "parsed",
             "size_bytes": i, "run_id": tag} for i in range(n)]


def test_partition_is_one_object_and_rerun_replaces_it(s3):
    import pyarrow.compute as pc

    from chainwire import lake, storage
    from chainwire.schemas import RAW_FILES

    root = storage.location(f"s3://{BUCKET}/data/lake")
    day = date(2026, 11, 2)
    assert lake.read_partition(root, RAW_FILES, day).num_rows == 0  # absent: empty, with the schema
    assert lake.partition_rows(root, RAW_FILES, day) is None
    lake.write_partition(root, RAW_FILES, day, _rows(5, "first"))
    lake.write_partition(root, RAW_FILES, day, _rows(3, "second"))
    keys = s3.find(f"{BUCKET}/data/lake/raw_files")
    assert keys == [f"{BUCKET}/data/lake/raw_files/landing_date=2026-11-02/data.parquet"]  # no temporary objects
    table = lake.read_partition(root, RAW_FILES, day)
    assert table.num_rows == 3 and set(table.column("run_id").to_pylist()) == {"second"}
    one = lake.read_partition(root, RAW_FILES, day, columns=["raw_path", "size_bytes"],  # the filtered read, from one GET
                              keep=lambda rows: pc.equal(rows["size_bytes"], 1))
    assert one.to_pylist() == [{"raw_path": "2026-11-02/second-1.txt", "size_bytes": 1}]
    assert lake.partition_rows(root, RAW_FILES, day) == 3
    assert [d for d, _ in lake.partition_files(root, RAW_FILES)] == [day]


def test_reader_during_rewrites_sees_old_or_new_day(s3):
    """A reader racing the writer gets a complete day every time: the 400-row or the 900-row version."""
    from chainwire import lake, storage
    from chainwire.schemas import RAW_FILES

    root = storage.location(f"s3://{BUCKET}/data/lake")
    day = date(2026, 11, 2)
    versions = {400: _rows(400, "old"), 900: _rows(900, "new")}
    lake.write_partition(root, RAW_FILES, day, versions[400])
    seen, errors, stop = [], [], threading.Event()

    def read_loop():
        reader_root = storage.location(f"s3://{BUCKET}/data/lake")
        while not stop.is_set():
            try:
                t = lake.read_partition(reader_root, RAW_FILES, day)
                seen.append((t.num_rows, frozenset(t.column("run_id").to_pylist())))
            except Exception as exc:  # noqa: BLE001 - a torn object would fail to parse in any way
                errors.append(repr(exc))

    reader = threading.Thread(target=read_loop)
    reader.start()
    try:
        for i in range(12):
            lake.write_partition(root, RAW_FILES, day, versions[900 if i % 2 == 0 else 400])
    finally:
        stop.set()
        reader.join(30)
    assert not errors
    assert seen and set(seen) <= {(400, frozenset({"old"})), (900, frozenset({"new"}))}


# ---------------------------------------------------------------------------- landing zone
def test_landing_scan_on_object_storage(s3):
    from chainwire import storage
    from chainwire.sources.landing import landing_days, read_raw, scan

    raw = f"{BUCKET}/raw"
    objects = {
        "2026-11-02/a.txt": b"page a", "2026-11-02/a.txt.meta.json": b"{}",  # a page and its sidecar
        "2026-11-02/sub/b.html": b"<p>b</p>",  # a nested prefix is walked, as a sub-folder is
        "2026-11-02/.hidden/c.txt": b"c", "2026-11-02/.d.txt": b"d",  # hidden: one row each
        "2026-11-02/orphan.txt.meta.json": b"{}",  # sidecar without its raw file
        "2026-11-03/x.txt": b"x", "notaday/y.txt": b"y",
    }
    for key, data in objects.items():
        s3.pipe_file(f"{raw}/{key}", data)
    s3.pipe_file(f"{raw}/2026-11-02/emptyfolder/", b"")  # a console's folder marker is not a file
    root = storage.location(f"s3://{raw}")
    assert landing_days(root) == [date(2026, 11, 2), date(2026, 11, 3)]
    sc = scan(root, date(2026, 11, 2), settle=0)
    assert sc.exists and sc.error is None
    assert [f.rel_path for f in sc.files] == ["2026-11-02/a.txt", "2026-11-02/sub/b.html"]
    assert {(e.rel_path, e.status) for e in sc.entries} == {
        ("2026-11-02/.hidden", "skipped"), ("2026-11-02/.d.txt", "skipped"),
        ("2026-11-02/orphan.txt.meta.json", "skipped")}
    data, sha = read_raw(sc.files[0])
    assert data == b"page a" and len(sha) == 64

    # Settle window by LastModified: everything was just written.
    fresh = scan(root, date(2026, 11, 2), settle=3600)
    assert not fresh.files and {e.status for e in fresh.entries} >= {"deferred"}
    # A missing day is a prefix with no object.
    assert not scan(root, date(2026, 11, 9), settle=0).exists


def test_object_replaced_after_discovery_is_deferred(s3):
    from chainwire import storage
    from chainwire.sources.landing import FileChanged, read_raw, scan

    s3.pipe_file(f"{BUCKET}/raw/2026-11-02/a.txt", b"v1")
    sc = scan(storage.location(f"s3://{BUCKET}/raw"), date(2026, 11, 2), settle=0)
    s3.pipe_file(f"{BUCKET}/raw/2026-11-02/a.txt", b"version two")
    with pytest.raises(FileChanged):
        read_raw(sc.files[0])


# ---------------------------------------------------------------------------- snapshot in the store
def _snapshot_with_data_dir(folder: Path, rows: int) -> Path:
    """A snapshot shaped like a catalog of views over Parquet files in ``<stem>_data/`` (and a plain table)."""
    import duckdb
    import pyarrow as pa
    import pyarrow.parquet as pq

    snap = folder / "chainwire_snapshot.duckdb"
    data = folder / "chainwire_snapshot_data" / "core.articles" / f"v{rows}"
    data.mkdir(parents=True)
    pq.write_table(pa.table({"article_id": [f"a{i}" for i in range(rows)]}), data / "part.parquet")
    tmp = folder / "tmp.duckdb"
    con = duckdb.connect(str(tmp))
    con.execute("CREATE SCHEMA core")
    con.execute("CREATE TABLE core.runs AS SELECT 1 AS n")
    con.execute(f"CREATE VIEW core.articles AS SELECT * FROM read_parquet(['{data / 'part.parquet'}'])")
    con.execute("COMMENT ON VIEW core.articles IS 'one row per article'")
    con.execute("COMMENT ON COLUMN core.articles.article_id IS 'the id'")
    con.close()
    os.replace(tmp, snap)
    return snap


def test_snapshot_published_to_the_store_and_fetched_only_when_changed(s3, monkeypatch, tmp_path):
    import duckdb

    from chainwire import snapshot_store, storage
    from chainwire.settings import get_settings

    monkeypatch.setenv("CHAINWIRE_DATA_DIR", f"s3://{BUCKET}/data")
    monkeypatch.setenv("CHAINWIRE_WAREHOUSE_DIR", str(tmp_path / "writer"))
    (tmp_path / "writer").mkdir()
    _snapshot_with_data_dir(tmp_path / "writer", 3)
    assert snapshot_store.publish(get_settings()) == f"s3://{BUCKET}/data/warehouse/snapshot.json"

    # Another machine: its own warehouse dir, nothing local; the writer's folder is gone.
    monkeypatch.setenv("CHAINWIRE_WAREHOUSE_DIR", str(tmp_path / "reader"))
    import shutil

    shutil.move(tmp_path / "writer", tmp_path / "writer-moved")
    reader = get_settings()
    path = snapshot_store.readable_snapshot(reader)
    assert path == tmp_path / "reader" / "store_cache" / "chainwire_snapshot.duckdb"
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM core.articles").fetchone()[0] == 3
    assert con.execute("SELECT comment FROM duckdb_views() WHERE view_name = 'articles'").fetchone()[0] \
        == "one row per article"
    con.close()

    downloads = []
    real = storage.read_bytes
    monkeypatch.setattr(storage, "read_bytes", lambda loc: downloads.append(storage.url(loc)) or real(loc))
    assert snapshot_store.fetch(reader) == path  # unchanged: only the small manifest is read
    assert downloads == [f"s3://{BUCKET}/data/warehouse/snapshot.json"]

    shutil.move(tmp_path / "writer-moved", tmp_path / "writer")
    shutil.rmtree(tmp_path / "writer" / "chainwire_snapshot_data")
    _snapshot_with_data_dir(tmp_path / "writer", 5)
    monkeypatch.setenv("CHAINWIRE_WAREHOUSE_DIR", str(tmp_path / "writer"))
    snapshot_store.publish(get_settings())
    monkeypatch.setenv("CHAINWIRE_WAREHOUSE_DIR", str(tmp_path / "reader"))
    assert snapshot_store.fetch(get_settings()) == path  # changed: catalog and new data file fetched
    assert any("/catalog-" in u for u in downloads) and any(u.endswith("v5/part.parquet") for u in downloads)
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM core.articles").fetchone()[0] == 5
    con.close()
    catalogs = [k for k in s3.find(f"{BUCKET}/data/warehouse") if "/catalog-" in k]
    assert len(catalogs) == 2  # the current and the previous one (a reader may be fetching it)


# ---------------------------------------------------------------------------- end to end
def _chainwire(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chainwire", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=900)


def _warehouse_facts(warehouse: Path) -> dict:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        counts = {t: con.execute(f"SELECT count(*) FROM core.{t}").fetchone()[0] for t in CORE_TABLES}
        ids = [r[0] for r in con.execute("SELECT article_id FROM core.articles ORDER BY article_id").fetchall()]
        statuses = con.execute("SELECT raw_path, status FROM core.raw_files ORDER BY raw_path").fetchall()
    finally:
        con.close()
    return {"counts": counts, "article_ids": ids, "raw_files": statuses}


@pytest.mark.slow  # three whole pipeline runs of the sample corpus
def test_chainwire_run_on_s3_matches_local_run(s3, tmp_path):
    base = {k: v for k, v in os.environ.items() if not k.startswith("CHAINWIRE_")}
    base.update(PYTHONPATH=os.pathsep.join([str(ROOT / "include"), str(ROOT)]), CHAINWIRE_SETTLE_SECONDS="0",
                CHAINWIRE_GX_DIR=str(tmp_path / "gx"))
    local = _chainwire({**base, "CHAINWIRE_RAW_DIR": str(SAMPLE), "CHAINWIRE_DATA_DIR": str(tmp_path / "local")},
                       "run")
    assert local.returncode == 0, local.stderr[-3000:]

    _upload(s3, SAMPLE, f"{BUCKET}/raw")
    remote_env = {**base, "CHAINWIRE_RAW_DIR": f"s3://{BUCKET}/raw", "CHAINWIRE_DATA_DIR": f"s3://{BUCKET}/data",
                  "CHAINWIRE_WAREHOUSE_DIR": str(tmp_path / "wh")}
    remote = _chainwire(remote_env, "run")
    assert remote.returncode == 0, remote.stderr[-3000:]

    want = _warehouse_facts(tmp_path / "local" / "warehouse" / "chainwire.duckdb")
    got = _warehouse_facts(tmp_path / "wh" / "chainwire.duckdb")
    assert want["counts"]["articles"] > 0
    assert got == want

    # The lake's partitions are objects in the bucket: one per table and day, nothing written locally.
    days = sorted(p.name for p in SAMPLE.iterdir())
    lake_keys = s3.find(f"{BUCKET}/data/lake/articles")
    assert lake_keys == [f"{BUCKET}/data/lake/articles/landing_date={d}/data.parquet" for d in days]
    assert s3.exists(f"{BUCKET}/data/reports/latest/index.html")
    assert not s3.find(f"{BUCKET}/data/staging/_batches")  # each run's batches removed after its load
    assert not (tmp_path / "wh" / "lake").exists() and not (tmp_path / "wh" / "staging").exists()

    # Another machine (no local warehouse) queries the snapshot the run published to the bucket.
    reader_env = {**remote_env, "CHAINWIRE_WAREHOUSE_DIR": str(tmp_path / "reader")}
    sql = _chainwire(reader_env, "sql", "--format", "json", "SELECT count(*) AS n FROM core.articles")
    assert sql.returncode == 0, sql.stderr[-3000:]
    assert json.loads(sql.stdout) == [{"n": want["counts"]["articles"]}]
    assert (tmp_path / "reader" / "store_cache" / "chainwire_snapshot.duckdb").exists()

    # Re-running a day replaces it: same rows, still one object per partition.
    again = _chainwire(remote_env, "run", "--date", days[0])
    assert again.returncode == 0, again.stderr[-3000:]
    assert _warehouse_facts(tmp_path / "wh" / "chainwire.duckdb") == want
    assert len(s3.find(f"{BUCKET}/data/lake/articles/landing_date={days[0]}")) == 1


@pytest.mark.slow  # two pipeline runs of a 60-page day
def test_two_workers_on_s3_give_the_tables_of_one_local_worker(s3, tmp_path):
    """Worker processes on object storage are spawned, not forked (fsspec's S3 clients are not fork-safe)."""
    from chainwire import parallel

    corpus = tmp_path / "corpus"
    made = _chainwire(dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "include"), str(ROOT)])), "synth",
                      "--out", str(corpus), "--days", "1", "--per-day", "60", "--seed", "5", "--outlets", "all")
    assert made.returncode == 0, made.stderr[-3000:]
    raw = corpus / "raw"
    files = [p for p in raw.rglob("*") if p.is_file()]
    assert parallel.plan_pool("parse", files, 2, memory=64 * 2**30)[0] == 2  # the day is big enough for a pool

    base = {k: v for k, v in os.environ.items() if not k.startswith("CHAINWIRE_")}
    base.update(PYTHONPATH=os.pathsep.join([str(ROOT / "include"), str(ROOT)]), CHAINWIRE_SETTLE_SECONDS="0",
                CHAINWIRE_GX_DIR=str(tmp_path / "gx"))
    local = _chainwire({**base, "CHAINWIRE_RAW_DIR": str(raw), "CHAINWIRE_DATA_DIR": str(tmp_path / "local")},
                       "run", "--workers", "1")
    assert local.returncode == 0, local.stderr[-3000:]
    _upload(s3, raw, f"{BUCKET}/raw")
    remote = _chainwire({**base, "CHAINWIRE_RAW_DIR": f"s3://{BUCKET}/raw", "CHAINWIRE_DATA_DIR": f"s3://{BUCKET}/data",
                         "CHAINWIRE_WAREHOUSE_DIR": str(tmp_path / "wh")}, "run", "--workers", "2")
    assert remote.returncode == 0, remote.stderr[-3000:]
    want = _warehouse_facts(tmp_path / "local" / "warehouse" / "chainwire.duckdb")
    assert want["counts"]["articles"] >= 50
    assert _warehouse_facts(tmp_path / "wh" / "chainwire.duckdb") == want


def test_workers_are_spawned_when_storage_is_remote(monkeypatch):
    from chainwire import parallel

    monkeypatch.setenv("CHAINWIRE_DATA_DIR", "s3://bucket/data")
    assert parallel.start_method() == "spawn"
    monkeypatch.setenv("CHAINWIRE_DATA_DIR", "/tmp/chainwire-local-data")
    monkeypatch.setenv("CHAINWIRE_RAW_DIR", "s3://bucket/raw")
    assert parallel.start_method() == "spawn"
    monkeypatch.setenv("CHAINWIRE_RAW_DIR", "/tmp/chainwire-local-raw")
    assert parallel.start_method() == "fork"


@pytest.mark.slow  # airflow db migrate + dag.test of one day
def test_dag_tasks_use_the_airflow_connection(s3, s3_endpoint, tmp_path, synth_corpus):
    """chainwire_daily under dag.test with raw and data on s3://: the tasks get the endpoint and keys from
    the Airflow connection aws_default (no AWS_* variables in their environment); mapped parse batches
    reach assemble through the bucket."""
    import duckdb

    from tests.conftest import airflow_env
    from tests.test_dag_e2e import RUNNER

    day = sorted(p.name for p in (synth_corpus / "raw").iterdir())[0]
    _upload(s3, synth_corpus / "raw" / day, f"{BUCKET}/raw/{day}")
    conn = {"conn_type": "aws", "login": "testing", "password": "testing",
            "extra": {"endpoint_url": s3_endpoint, "region_name": "us-east-1"}}
    env = airflow_env(tmp_path / "airflow-home", CHAINWIRE_RAW_DIR=f"s3://{BUCKET}/raw",
                      CHAINWIRE_DATA_DIR=f"s3://{BUCKET}/data", CHAINWIRE_WAREHOUSE_DIR=str(tmp_path / "wh"),
                      CHAINWIRE_GX_DIR=str(tmp_path / "gx"), CHAINWIRE_DAG_TEST="1",
                      AIRFLOW_CONN_AWS_DEFAULT=json.dumps(conn))
    for key in ("AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "CHAINWIRE_AWS_CONN_ID"):
        env.pop(key, None)
    subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"], env=env, check=True, capture_output=True)
    proc = subprocess.run([sys.executable, "-c", RUNNER, str(ROOT / "dags"), day], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=900)
    line = [l for l in proc.stdout.splitlines() if l.startswith("RESULT ")]
    assert proc.returncode == 0 and line, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert json.loads(line[0][7:])["state"].endswith("success"), proc.stdout[-3000:]
    expected = len(list((synth_corpus / "raw" / day).glob("*.txt")))
    con = duckdb.connect(str(tmp_path / "wh" / "chainwire.duckdb"), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM core.articles").fetchone()[0] == expected
    finally:
        con.close()
    assert s3.exists(f"{BUCKET}/data/lake/articles/landing_date={day}/data.parquet")
    assert s3.exists(f"{BUCKET}/data/reports/latest/index.html")
