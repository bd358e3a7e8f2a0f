"""The process pool of ``chainwire run``: worker planning, ordered results, errors, and a day run with
2 workers giving exactly the tables of a run with 1 worker."""

from __future__ import annotations

import importlib.util
import os

import pytest

from chainwire import parallel
from conftest import ROOT


def test_workers_requested_by_flag_or_environment(monkeypatch):
    monkeypatch.delenv(parallel.WORKERS_ENV, raising=False)
    assert parallel.requested_workers(None) is None
    assert parallel.requested_workers(3) == 3
    monkeypatch.setenv(parallel.WORKERS_ENV, "2")
    assert parallel.requested_workers(None) == 2
    assert parallel.requested_workers(1) == 1  # the flag wins over the environment
    for bad in ("0", "two", "-1"):
        monkeypatch.setenv(parallel.WORKERS_ENV, bad)
        with pytest.raises(ValueError, match="CHAINWIRE_WORKERS"):
            parallel.requested_workers(None)


def test_plan_workers_caps_by_cores_batches_and_memory():
    gib = 2**30
    cores = parallel.available_cores()
    assert cores == len(os.sched_getaffinity(0))
    assert parallel.plan_workers("parse", batches=100, memory=64 * gib) == cores
    assert parallel.plan_workers("parse", batches=100, requested=6, memory=64 * gib) == 6
    assert parallel.plan_workers("parse", batches=2, requested=6, memory=64 * gib) == 2  # no idle workers
    assert parallel.plan_workers("parse", batches=0, requested=6, memory=64 * gib) == 1
    per = parallel.WORKER_MEMORY["enrich"]
    room = parallel.MEMORY_HEADROOM + 2 * per + per // 2  # room for two and a half enrich workers
    assert parallel.plan_workers("enrich", batches=100, requested=8, memory=room) == 2
    assert parallel.plan_workers("enrich", batches=100, requested=8, memory=0) == 1  # always at least one


def _square_or_fail(x: int) -> tuple[int, int]:
    if x == 13:
        raise ValueError("thirteen")
    return x * x, os.getpid()


def test_map_batches_keeps_order_and_uses_worker_processes():
    done = []
    out = parallel.map_batches(_square_or_fail, list(range(10)), workers=2, on_done=lambda i, r: done.append(i))
    assert [r[0] for r in out] == [x * x for x in range(10)]
    assert sorted(done) == list(range(10))
    assert os.getpid() not in {pid for _, pid in out}  # done in the pool, not here
    inline = parallel.map_batches(_square_or_fail, [2, 3], workers=1)
    assert inline == [(4, os.getpid()), (9, os.getpid())]


def test_map_batches_raises_a_worker_error():
    with pytest.raises(ValueError, match="thirteen"):
        parallel.map_batches(_square_or_fail, [1, 13, 2, 3], workers=2)
    with pytest.raises(ValueError, match="thirteen"):
        parallel.map_batches(_square_or_fail, [1, 13], workers=1)


def test_map_batches_runs_other_work_here_meanwhile():
    """``meanwhile`` runs in this process while the workers work (before the batches without a pool);
    its exception stops the map like a batch's."""
    seen = []
    out = parallel.map_batches(_square_or_fail, list(range(6)), workers=2, meanwhile=lambda: seen.append(os.getpid()))
    assert [r[0] for r in out] == [x * x for x in range(6)] and seen == [os.getpid()]
    assert os.getpid() not in {pid for _, pid in out}
    order = []
    parallel.map_batches(lambda x: order.append(x), [1, 2], workers=1, meanwhile=lambda: order.append("meanwhile"))
    assert order == ["meanwhile", 1, 2]


def test_front_runs_hand_each_worker_a_share_up_front():
    """With ``meanwhile`` each worker's first work item is a run of batches (the parent's warm-up holds the GIL
    the pool's management thread needs); the rest go one by one; results and ``on_done`` keep each index."""
    assert [list(r) for r in parallel.front_runs(10, 2, 0.5)] == [[0, 1], [2, 3], [4], [5], [6], [7], [8], [9]]
    assert [list(r) for r in parallel.front_runs(6, 2, 0.5)] == [[i] for i in range(6)]  # runs of one: none
    assert [list(r) for r in parallel.front_runs(5, 2, 0.0)] == [[i] for i in range(5)]
    assert [list(r) for r in parallel.front_runs(9, 1, 0.5)] == [[i] for i in range(9)]
    runs = parallel.front_runs(100, 2, parallel.MEANWHILE_FRONT_SHARE)
    assert sorted(i for r in runs for i in r) == list(range(100)) and len(runs[0]) == len(runs[1]) == 25
    done = []
    out = parallel.map_batches(_square_or_fail, list(range(12)), workers=2, meanwhile=lambda: None,
                               on_done=lambda i, r: done.append((i, r[0])), front_share=0.5)
    assert [r[0] for r in out] == [x * x for x in range(12)]
    assert sorted(done) == [(x, x * x) for x in range(12)]
    with pytest.raises(ValueError, match="thirteen"):  # a batch inside a front run fails the map as before
        parallel.map_batches(_square_or_fail, list(range(16)), workers=2, meanwhile=lambda: None, front_share=0.5)

    def fail() -> None:
        raise RuntimeError("dedup broke")

    for workers in (2, 1):
        with pytest.raises(RuntimeError, match="dedup broke"):
            parallel.map_batches(_square_or_fail, list(range(6)), workers=workers, meanwhile=fail)


def _run_stage_by_stage(day, run_id: str, settings) -> None:
    """The day one stage after another, as the DAG orders them: enrich reads only the clean lake (what
    ``run_day``'s overlapped stages must equal)."""
    from chainwire import pipeline

    pipeline.discover_day(day, run_id, settings)
    pipeline.parse_day(day, run_id, settings, workers=2)
    pipeline.validate_day(day, run_id, settings)
    pipeline.dedup_day(day, run_id, settings)
    pipeline.enrich_day(day, run_id, settings, workers=2)  # from the clean lake
    pipeline.load_day(day, run_id, settings)
    pipeline.build_marts_stage(settings)


def _fingerprint(db) -> dict:
    """scripts/table_fingerprint.py's hash of every warehouse table (run ids, timings and paths left out)."""
    spec = importlib.util.spec_from_file_location("table_fingerprint", ROOT / "scripts" / "table_fingerprint.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.fingerprint(db)


def test_two_workers_give_exactly_the_tables_of_one(tmp_path, monkeypatch, pool_spy):
    """Two days of every layout (the second day dedups against the first), run with 1 and with 2 workers
    into separate data folders: every warehouse table hashes the same, and the pool really ran."""
    from datetime import date

    from chainwire.pipeline import run_day
    from chainwire.settings import get_settings
    from chainwire_synth.generator import generate_corpus

    generate_corpus(tmp_path / "corpus", days=2, per_day=60, seed=5, start_date=date(2026, 11, 2), outlets="all")
    monkeypatch.setenv("CHAINWIRE_RAW_DIR", str(tmp_path / "corpus" / "raw"))
    monkeypatch.setenv("CHAINWIRE_GX_DIR", str(tmp_path / "gx"))
    pools = pool_spy
    prints = {}
    for workers in (1, 2):
        monkeypatch.setenv("CHAINWIRE_DATA_DIR", str(tmp_path / f"data{workers}"))
        settings = get_settings()
        for day in (date(2026, 11, 2), date(2026, 11, 3)):
            run_day(day, settings=settings, workers=workers)
        prints[workers] = _fingerprint(settings.snapshot_path)
    assert any(w == 2 and n > 1 for n, w in pools), pools  # the 2-worker run mapped several batches over 2 processes
    assert prints[1]["core.articles"]["rows"] > 100
    assert prints[1]["core.article_topics"]["rows"] > 0
    assert {k: v for k, v in prints[2].items()} == prints[1]


def test_plan_pool_batches_cover_the_items_in_order():
    gib = 2**30
    files = [f"f{i:05d}" for i in range(20000)]
    workers, batches = parallel.plan_pool("parse", files, requested=2, largest=200, memory=64 * gib)
    assert workers == 2 and len(batches) == 100 and max(map(len, batches)) == 200
    assert [f for b in batches for f in b] == files
    workers, batches = parallel.plan_pool("enrich", files, requested=2, per_worker=2, memory=64 * gib)
    assert workers == 2 and [len(b) for b in batches] == [5000] * 4
    workers, batches = parallel.plan_pool("enrich", files, requested=1, memory=64 * gib)
    assert workers == 1 and batches == [files]  # one worker: one batch, one read of the day
    workers, batches = parallel.plan_pool("enrich", files, requested=2, per_worker=6, memory=64 * gib, taper=True)
    sizes = [len(b) for b in batches]
    assert workers == 2 and len(batches) == 12 and [f for b in batches for f in b] == files
    assert sizes == sorted(sizes, reverse=True) and sizes[0] > 2 * 20000 / 12 * 0.9 and sizes[-1] < 20000 / 12 / 10
    # with ``largest``: unchanged while the first batch fits it, more batches (the first within it) beyond
    _, same = parallel.plan_pool("enrich", files, requested=2, per_worker=6, memory=64 * gib, taper=True, largest=4000)
    assert same == batches
    _, capped = parallel.plan_pool("enrich", files * 5, requested=2, per_worker=6, memory=64 * gib, taper=True,
                                   largest=4000)
    sizes = [len(b) for b in capped]
    assert len(capped) == 50 and max(sizes) <= 4000 and sizes == sorted(sizes, reverse=True)
    assert [f for b in capped for f in b] == files * 5
    few = parallel.tapered(files[:30], 12)  # fewer items than the weights: no empty batch
    assert [f for b in few for f in b] == files[:30] and all(few) and parallel.tapered([], 12) == [[]]
    workers, batches = parallel.plan_pool("parse", files[:24], requested=2, memory=64 * gib)
    assert workers == 1  # a small day stays in this process
    assert parallel.plan_pool("parse", [], requested=2, memory=64 * gib) == (1, [[]])


def test_run_refuses_a_worker_count_below_one(capsys, workspace):
    from chainwire.cli import main

    assert main(["run", "--workers", "0"]) == 1
    assert "--workers must be at least 1" in capsys.readouterr().err


def test_tags_of_the_staged_day_give_way_to_the_clean_rows(tmp_path, monkeypatch):
    """``run_day`` tags the parse batches while it assembles and validates the day. One article's staged
    paragraph is made too long (validate quarantines that row, the article stays): its tags are redone here
    from the clean lake, and every table equals the stage-by-stage run whose enrich reads only the clean lake."""
    from datetime import date

    import pyarrow as pa
    import pyarrow.compute as pc

    from chainwire import lake, parsing, pipeline
    from chainwire.schemas import QUARANTINE
    from chainwire.settings import get_settings
    from chainwire_synth.generator import generate_corpus

    day = date(2026, 11, 2)
    generate_corpus(tmp_path / "corpus", days=1, per_day=60, seed=7, start_date=day, outlets="all")
    monkeypatch.setenv("CHAINWIRE_RAW_DIR", str(tmp_path / "corpus" / "raw"))
    monkeypatch.setenv("CHAINWIRE_GX_DIR", str(tmp_path / "gx"))
    real_stage_day = parsing.stage_day
    spoiled: list[str] = []

    def stage_day_with_a_runaway_paragraph(*args, **kwargs):
        staged = real_stage_day(*args, **kwargs)
        paragraphs = staged.tables["paragraphs"]
        spoiled[:] = [paragraphs["article_id"][0].as_py()]
        text = paragraphs["text"].to_pylist()
        text[0] = "반도체 수출 통제와 희토류 공급망. " + "가" * 20_001  # over the 20,000-character rule
        staged.tables["paragraphs"] = paragraphs.set_column(paragraphs.schema.get_field_index("text"), "text",
                                                            pa.array(text, pa.string()))
        return staged

    monkeypatch.setattr(parsing, "stage_day", stage_day_with_a_runaway_paragraph)
    retagged: list[str] = []  # articles tagged in this process (a forked worker's calls are not seen here)
    real_tag = pipeline._tag

    def spying_tag(day, run_id, articles, settings, staged=False, children=None):
        retagged.extend(articles["article_id"].to_pylist())
        return real_tag(day, run_id, articles, settings, staged, children)

    monkeypatch.setattr(pipeline, "_tag", spying_tag)
    prints = {}
    run_id = "r1"  # one run id for both (core.quarantine's record_json carries it)
    for mode in ("stages", "run_day"):
        monkeypatch.setenv("CHAINWIRE_DATA_DIR", str(tmp_path / mode))
        settings = get_settings()
        if mode == "run_day":
            retagged.clear()
            pipeline.run_day(day, run_id, settings=settings, workers=2)
        else:
            _run_stage_by_stage(day, run_id, settings)
        held = lake.read_partition(settings.lake_dir, QUARANTINE, day)
        assert held.filter(pc.equal(held["table_name"], "paragraphs"))["article_id"].to_pylist() == spoiled
        prints[mode] = _fingerprint(settings.snapshot_path)
    assert spoiled[0] in retagged  # its staged tags were dropped and redone from the clean rows
    assert len(retagged) == 1  # every other article kept the tags a worker made from the staged day
    assert prints["run_day"]["core.article_topics"]["rows"] > 0
    assert prints["run_day"] == prints["stages"]


def test_duplicate_copies_in_the_parse_batches_leave_only_the_staged_copys_tags(tmp_path, monkeypatch):
    """``run_day``'s enrich workers read the parse batches, which hold every copy of an article: here a
    byte-identical copy and an edited copy of two pages, each right beside its original (the same batch).
    Only the staged copy's tags are kept, made from its own paragraphs: every table equals the
    stage-by-stage run whose enrich reads only the clean lake."""
    from datetime import date

    from chainwire import pipeline
    from chainwire.settings import get_settings
    from chainwire_synth.generator import generate_corpus

    day = date(2026, 11, 2)
    generate_corpus(tmp_path / "corpus", days=1, per_day=60, seed=11, start_date=day, outlets="all")
    folder = tmp_path / "corpus" / "raw" / day.isoformat()
    pages = sorted(p for p in folder.glob("*.txt"))
    first, second = pages[3], pages[20]
    (folder / f"{first.stem}a.txt").write_bytes(first.read_bytes())  # sorts right after its original
    lines = second.read_text(encoding="utf-8").splitlines(keepends=True)
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] = "반도체 수출 통제와 희토류 공급망을 두고 산업통상자원부가 대응에 나섰다고 밝혔다. " + lines[longest]
    (folder / f"{second.stem}a.txt").write_text("".join(lines), encoding="utf-8")
    monkeypatch.setenv("CHAINWIRE_RAW_DIR", str(tmp_path / "corpus" / "raw"))
    monkeypatch.setenv("CHAINWIRE_GX_DIR", str(tmp_path / "gx"))
    prints = {}
    run_id = "r1"
    for mode in ("stages", "run_day"):
        monkeypatch.setenv("CHAINWIRE_DATA_DIR", str(tmp_path / mode))
        settings = get_settings()
        if mode == "run_day":
            out = pipeline.run_day(day, run_id, settings=settings, workers=2)
            assert out["parse"]["files_duplicate"] >= 1  # (the edited copy may count as its own article)
        else:
            _run_stage_by_stage(day, run_id, settings)
        prints[mode] = _fingerprint(settings.snapshot_path)
    assert prints["run_day"]["core.article_topics"]["rows"] > 0
    assert prints["run_day"] == prints["stages"]


def test_a_runs_discovery_list_is_decoded_once_per_process_until_rewritten(workspace):
    """Every parse batch looks its files up in the run's discovery list: one decoded list per process (not
    one per batch), immutable, and a rewritten list (a re-discovered day) is read again."""
    from datetime import date

    from chainwire import staging
    from chainwire.sources.landing import scan

    day = date(2026, 11, 2)
    folder = workspace.raw_dir / day.isoformat()
    folder.mkdir()
    (folder / "a.txt").write_text("first page\n")
    (folder / ".hidden").write_text("skipped\n")
    assert staging.load_scan(workspace, day, "r1") is None  # no list yet
    staging.save_scan(workspace, day, "r1", scan(workspace.raw_dir, day))
    first = staging.load_scan(workspace, day, "r1")
    a, b = f"{day}/a.txt", f"{day}/b.txt"
    assert first is not None and [f[0] for f in first.files] == [a]
    assert first.signatures[a] == (first.files[0][1], first.files[0][2]) == (11, first.files[0][2])
    assert [e[:2] for e in first.entries] == [(f"{day}/.hidden", "skipped")]
    assert staging.load_scan(workspace, day, "r1") is first  # not decoded again
    with pytest.raises(TypeError):
        first.signatures[b] = (1, 2)  # type: ignore[index]  # shared by every batch: read-only
    (folder / "b.txt").write_text("second page\n")
    staging.save_scan(workspace, day, "r1", scan(workspace.raw_dir, day))
    second = staging.load_scan(workspace, day, "r1")
    assert [f[0] for f in second.files] == [a, b] and set(second.signatures) == {a, b}
    assert staging.load_scan(workspace, day, "r2") is None  # another run's list is its own


def _frozen_objects(_batch) -> int:
    import gc

    return gc.get_freeze_count()


def test_forked_workers_see_the_parents_heap_frozen_and_the_parent_gets_it_back():
    """While a forking pool's workers live, the parent's objects are in the collector's permanent generation
    (no collection writes to the pages parent and workers share); afterwards the parent collects them again."""
    import gc

    assert parallel.start_method() == "fork" and gc.get_freeze_count() == 0  # local storage on Linux
    frozen = parallel.map_batches(_frozen_objects, [1, 2, 3, 4], workers=2)
    assert min(frozen) > 1000  # every object the parent had when the workers were forked
    assert gc.get_freeze_count() == 0


def test_a_run_process_and_its_workers_get_the_memory_policy():
    """``tune_process_memory`` (called by ``chainwire run`` and the mapped Airflow tasks) turns transparent huge
    pages off and sets glibc's thresholds; forked workers inherit it. In a child process: the test's own
    process keeps its policy. The flag is inherited across exec, and an earlier test may have tuned this
    pytest process in-process (the mapped tasks' functions do): the child clears it first, as a fresh
    process has it."""
    import subprocess
    import sys

    script = (
        "import ctypes, sys\n"
        "from chainwire import parallel\n"
        "def thp(_batch):\n"
        "    return ctypes.CDLL(None).prctl(42, 0, 0, 0, 0)\n"  # PR_GET_THP_DISABLE
        "ctypes.CDLL(None).prctl(41, 0, 0, 0, 0)\n"  # PR_SET_THP_DISABLE 0: what a fresh process has
        "before = thp(None)\n"
        "tuned = parallel.tune_process_memory()\n"
        "print(before, tuned, parallel.tune_process_memory(), thp(None), parallel.map_batches(thp, [1, 2, 3], workers=2))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}).stdout.split(" ", 1)
    assert out[0] == "0"
    assert out[1].strip() == "['no-thp', 'mallopt'] ['no-thp', 'mallopt'] 1 [1, 1, 1]"


def test_the_load_begins_beside_the_enrichment_up_to_its_limit(tmp_path, monkeypatch):
    """``run_day`` opens the day's load beside the enrichment on a day up to ``EARLY_LOAD_MAX_ARTICLES``: the
    tables of parse, validate and dedup go in in the loader's thread, then each enrichment table as
    ``assemble_enrich`` writes it, in the same thread, in ``TABLES``' order; a larger day loads every table after
    the enrichment, in this thread. A failure loading an enrichment table fails the run as the load, rolls the
    transaction back (nothing of the day in the warehouse) and leaves the warehouse free for the failure's own
    ``core.runs`` row."""
    import threading
    from datetime import date

    import duckdb
    import pytest

    from chainwire import pipeline
    from chainwire.schemas import ENRICH_TABLES, TABLES
    from chainwire.settings import get_settings
    from chainwire.warehouse.load import DayLoad
    from chainwire_synth.generator import generate_corpus

    day = date(2026, 11, 2)
    generate_corpus(tmp_path / "corpus", days=1, per_day=60, seed=13, start_date=day, outlets="all")
    monkeypatch.setenv("CHAINWIRE_RAW_DIR", str(tmp_path / "corpus" / "raw"))
    monkeypatch.setenv("CHAINWIRE_GX_DIR", str(tmp_path / "gx"))
    real_load_tables = DayLoad.load_tables
    calls: list[tuple[str, list[str]]] = []
    fail_on: list[str] = []

    def spying_load_tables(self, names):
        calls.append((threading.current_thread().name, list(names)))
        if set(names) & set(fail_on):
            raise OSError(f"lost {sorted(set(names) & set(fail_on))[0]}")
        return real_load_tables(self, names)

    monkeypatch.setattr(DayLoad, "load_tables", spying_load_tables)
    monkeypatch.setenv("CHAINWIRE_DATA_DIR", str(tmp_path / "ok"))
    pipeline.run_day(day, "r1", settings=get_settings(), workers=2)
    assert [n for _, names in calls for n in names] == list(TABLES), calls  # every table once, in the usual order
    assert calls[0][0].startswith("chainwire-load") and calls[0][1] == [n for n in TABLES if n not in ENRICH_TABLES]
    loaded = [(thread, names) for thread, names in calls if names]  # (``load_partition`` finds nothing left)
    assert [names for _, names in loaded[1:]] == [[n] for n in ENRICH_TABLES], calls  # one by one, as written
    assert all(thread.startswith("chainwire-load") for thread, _ in loaded), calls

    calls.clear()
    limit = pipeline.EARLY_LOAD_MAX_ARTICLES
    monkeypatch.setattr(pipeline, "EARLY_LOAD_MAX_ARTICLES", 10)  # the 60-article day is now a big day
    monkeypatch.setenv("CHAINWIRE_DATA_DIR", str(tmp_path / "big"))
    pipeline.run_day(day, "r1", settings=get_settings(), workers=2)
    assert [n for _, names in calls for n in names] == list(TABLES), calls
    assert {thread for thread, _ in calls} == {threading.main_thread().name}, calls
    monkeypatch.setattr(pipeline, "EARLY_LOAD_MAX_ARTICLES", limit)

    calls.clear()
    fail_on[:] = ["article_actors"]
    monkeypatch.setenv("CHAINWIRE_DATA_DIR", str(tmp_path / "failed"))
    settings = get_settings()
    with pytest.raises(OSError, match="lost article_actors"):
        pipeline.run_day(day, "r2", settings=settings, workers=2)
    with duckdb.connect(str(settings.warehouse_path), read_only=True) as con:
        assert con.execute("select count(*) from core.articles").fetchone() == (0,)
        runs = con.execute("select stage, status, message from core.runs where run_id = 'r2'").fetchall()
    assert runs == [("load", "failed", "OSError: lost article_actors")], runs
