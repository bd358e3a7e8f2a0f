"""Fault-injection harness (issue #18, data-loss and concurrency half).

A small generated corpus (2 landing days × 4 pages, every layout, invented text) is loaded once
per session in a template world whose data dir contains a ``'`` (every scenario also proves that
paths reach SQL as bound parameters). The clean run's core tables, normalized (run ids and
timestamps dropped), are the reference every faulted-then-re-run world must equal.

Helpers:
- ``make_world(state)``: a private copy of the template (``"none"``: nothing loaded, ``"day1"``: the
  first day loaded, ``"both"``: both days loaded), wired through the ``CHAINWIRE_*`` variables;
- ``core_dump(db)``: every core table except the per-run logs, rows sorted, lineage run ids and
  wall-clock columns removed;
- ``expected_paths(raw_dir, day)``: every path that exists under the day folder, walked
  independently of the code under test, in the manifest's escaped form;
- ``run_cli(args, kill_at=None)``: ``chainwire`` in a subprocess, optionally SIGKILLed at a stage
  boundary (see ``KILL_POINTS``).
"""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

DAY1, DAY2 = date(2026, 11, 2), date(2026, 11, 3)
PER_DAY = 4
# Per-run lineage and wall-clock columns: differ between any two runs by design.
VOLATILE = {"run_id", "finished_at", "seconds"}
LOG_TABLES = {"runs", "dq_results"}  # per-run logs: compared by what they say, not row for row


def _env(raw: Path, data: Path, gx: Path) -> dict[str, str]:
    # The day-lock wait is generous: a second run queues behind a whole CLI run of the day, which took
    # over 60 s on this 2-core machine under load (the test that wants a timeout sets its own 0.5 s).
    # So is the warehouse wait: a run's load may queue behind the other run's marts and publish, which
    # held the file for over 3 s at load average 20+ (the test that wants WarehouseBusy sets its own 1 s).
    return {"CHAINWIRE_RAW_DIR": str(raw), "CHAINWIRE_DATA_DIR": str(data), "CHAINWIRE_GX_DIR": str(gx),
            "CHAINWIRE_SETTLE_SECONDS": "0", "CHAINWIRE_WAREHOUSE_WAIT": "120", "CHAINWIRE_LOCK_TIMEOUT": "600"}


def _apply(env: dict[str, str]) -> dict[str, str]:
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    return old


def _restore(old: dict[str, str | None]) -> None:
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


def core_dump(db: Path) -> dict[str, list[tuple]]:
    """Core tables (not the run logs) as sorted tuples without run ids and timestamps of the run."""
    import duckdb

    from chainwire.schemas import TABLES

    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for name, table in sorted(TABLES.items()):
            if name in LOG_TABLES:
                continue
            cols = [c for c in table.columns if c not in VOLATILE]
            rows = con.execute(f"SELECT {', '.join(cols)} FROM core.{name}").fetchall()  # names from our schema
            out[name] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def escape(rel: str) -> str:
    from chainwire.sources.landing import escape_name

    return escape_name(rel)


def expected_paths(raw_dir: Path, day: date) -> set[str]:
    """Every path under the day folder (not following links, not entering hidden folders)."""
    out: set[str] = set()
    top = raw_dir / day.isoformat()

    def walk(folder: Path) -> None:
        try:
            names = os.listdir(folder)
        except OSError:
            out.add(escape(folder.relative_to(raw_dir).as_posix()) + "/")
            return
        for name in names:
            p = folder / name
            rel = escape(p.relative_to(raw_dir).as_posix())
            st = os.lstat(p)
            if name.startswith(".") or stat.S_ISLNK(st.st_mode) or not stat.S_ISDIR(st.st_mode):
                if not (name.endswith(".meta.json") and (folder / name[: -len(".meta.json")]).exists()):
                    out.add(rel)
                continue
            walk(p)

    if top.is_dir():
        walk(top)
    return out


def assert_accounted(rows, expected: set[str]) -> None:
    """Every path that exists has a manifest row (a JSONL file's rows are ``<file>#L<n>``), and
    every row names a path that exists."""
    import re

    rows = set(rows)
    stripped = {re.sub(r"#L\d+$", "", r) for r in rows}
    missing = expected - rows - stripped
    assert not missing, f"paths without a raw_files row: {sorted(missing)}"
    unknown = {r for r in rows if r not in expected and re.sub(r"#L\d+$", "", r) not in expected}
    assert not unknown, f"raw_files rows for paths that do not exist: {sorted(unknown)}"


@dataclass
class World:
    root: Path
    raw: Path
    data: Path
    gx: Path

    @property
    def env(self) -> dict[str, str]:
        return _env(self.raw, self.data, self.gx)

    @property
    def settings(self):
        from chainwire.settings import Settings

        return Settings(raw_dir=self.raw.resolve(), data_dir=self.data.resolve(), gx_dir=self.gx.resolve())

    @property
    def snapshot(self) -> Path:
        return self.settings.snapshot_path

    @property
    def warehouse(self) -> Path:
        return self.settings.warehouse_path

    def day_dir(self, day: date) -> Path:
        return self.raw / day.isoformat()

    def dump(self) -> dict[str, list[tuple]]:
        return core_dump(self.snapshot)

    def sql(self, query: str, params: list | None = None) -> list[tuple]:
        import duckdb

        con = duckdb.connect(str(self.snapshot), read_only=True)
        try:
            return con.execute(query, params or []).fetchall()
        finally:
            con.close()

    def staged_manifest(self, day: date) -> list[dict]:
        from chainwire import lake, pipeline
        from chainwire.schemas import RAW_FILES

        return lake.read_partition(pipeline.staging_root(self.settings), RAW_FILES, day).to_pylist()

    def run_cli(self, *args: str, kill_at: str | None = None, timeout: float = 240,
                extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
        env = {**os.environ, **self.env, **(extra_env or {})}
        code = KILL_RUNNER if kill_at else "import sys; from chainwire.cli import main; sys.exit(main(sys.argv[1:]))"
        if kill_at:
            env["CHAINWIRE_TEST_KILL_AT"] = kill_at
        return subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
                              timeout=timeout, cwd=self.root)

    def partials(self) -> list[Path]:
        return sorted(self.snapshot.parent.glob("*.partial*")) if self.snapshot.parent.exists() else []


# Stage boundaries a run is SIGKILLed at: patch target (module:function) and when: "before"/"after"
# the call, or "lake:<table>" (before the validated day's <table> replaces the lake partition, so
# the lake holds the new articles and the old child rows).
KILL_POINTS = {
    "after_discover": ("chainwire.pipeline:discover_day", "after"),
    "after_parse_batch": ("chainwire.pipeline:parse_batch", "after"),
    # run_day assembles through assemble_day_tables (the staged tables go on to validate in memory);
    # assemble_day, the DAG's task, calls it too
    "after_assemble": ("chainwire.pipeline:assemble_day_tables", "after"),
    "mid_lake_write": ("chainwire.lake:write_partition", "lake:paragraphs"),
    "after_validate": ("chainwire.pipeline:validate_day", "after"),
    "after_dedup": ("chainwire.pipeline:dedup_day", "after"),
    "after_enrich": ("chainwire.pipeline:enrich_day", "after"),
    "mid_load_transaction": ("chainwire.warehouse.load:_insert_rows", "before"),
    "snapshot_publish": ("os:fsync", "before"),  # the copy is written, not yet renamed over the snapshot
    "after_load": ("chainwire.pipeline:build_marts_stage", "before"),
}

KILL_RUNNER = r"""
import importlib, os, signal, sys
point = os.environ["CHAINWIRE_TEST_KILL_AT"]
from chainwire import pipeline  # noqa: F401  (modules to patch are imported first)
import chainwire.warehouse.load  # noqa: F401
POINTS = %r
target, when = POINTS[point]
mod_name, fn_name = target.split(":")
mod = importlib.import_module(mod_name)
real = getattr(mod, fn_name)
def die():
    sys.stdout.flush(); sys.stderr.flush()
    os.kill(os.getpid(), signal.SIGKILL)
def patched(*a, **k):
    if when == "before":
        die()
    if when.startswith("lake:") and a[0].name == "lake" and a[1].name == when[5:]:
        die()
    out = real(*a, **k)
    if when == "after":
        die()
    return out
setattr(mod, fn_name, patched)
from chainwire.cli import main
sys.exit(main(sys.argv[1:]))
""" % (KILL_POINTS,)  # noqa: UP031  (a code template: braces stay literal)


def _copy_world(src: World, dest: Path) -> World:
    dest.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("reports", "data_docs")
    for part in ("raw", "data", "gx"):
        if (src.root / part).exists():
            shutil.copytree(src.root / part, dest / part, symlinks=True, ignore=ignore)
    return World(dest, dest / "raw", dest / "data", dest / "gx")


@pytest.fixture(scope="session")
def templates(tmp_path_factory):
    """Template worlds and the clean run's reference dump, built once per session."""
    from chainwire import pipeline
    from chainwire_synth.generator import generate_corpus

    base = tmp_path_factory.mktemp("reliability")
    corpus = base / "corpus"
    generate_corpus(corpus, days=2, per_day=PER_DAY, seed=18, start_date=DAY1, outlets="all")
    none = World(base / "it's none", base / "it's none" / "raw", base / "it's none" / "data", base / "it's none" / "gx")
    shutil.copytree(corpus / "raw", none.raw)
    day1 = _copy_world(none, base / "it's day1")
    old = _apply(day1.env)
    try:
        pipeline.run_day(DAY1, settings=day1.settings)
    finally:
        _restore(old)
    both = _copy_world(day1, base / "it's both")
    old = _apply(both.env)
    try:
        pipeline.run_day(DAY2, settings=both.settings)
    finally:
        _restore(old)
    return {"none": none, "day1": day1, "both": both, "clean": both.dump(), "day1_dump": day1.dump()}


@pytest.fixture
def make_world(templates, tmp_path, monkeypatch):
    """``make_world("both")`` → a private World (env vars set for in-process calls)."""
    made = []

    def make(state: str = "both") -> World:
        w = _copy_world(templates[state], tmp_path / f"it's w{len(made)}")
        for k, v in w.env.items():
            monkeypatch.setenv(k, v)
        made.append(w)
        return w

    yield make
    for w in made:  # give back permissions a scenario took away, so tmp_path can be removed
        for dirpath, dirnames, _ in os.walk(w.root):
            for d in dirnames:
                p = Path(dirpath) / d
                if not p.is_symlink():
                    os.chmod(p, 0o755)


@pytest.fixture
def clean(templates):
    return templates["clean"]


IS_ROOT = os.geteuid() == 0


def tmpfs(path: Path, size: str) -> bool:
    """Mount a small tmpfs at ``path``; False when this machine does not allow it (not root, no mount)."""
    path.mkdir(parents=True, exist_ok=True)
    if not IS_ROOT or shutil.which("mount") is None:
        return False
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    return r.returncode == 0


def umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


def kill_pid(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
