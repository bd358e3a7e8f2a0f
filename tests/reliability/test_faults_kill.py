"""Fault injection: SIGKILL at every stage boundary, a full disk, a read-only data dir, leftovers of
a killed snapshot publish. After each fault: what users read is whole (the day before or the day
after, never half of one), and a plain re-run ends identical to a clean run."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

from chainwire import pipeline
from chainwire.warehouse.load import publish_snapshot

from .conftest import DAY1, DAY2, IS_ROOT, KILL_POINTS, World, _copy_world, core_dump, tmpfs, umount


def _whole(db: Path, templates) -> str:
    """Which complete state ``db`` holds: "before" (day 1 only) or "after" (both days)."""
    dump = core_dump(db)
    if dump == templates["day1_dump"]:
        return "before"
    assert dump == templates["clean"], "a half-loaded day is visible"
    return "after"


@pytest.fixture(scope="module")
def killed_worlds(templates, tmp_path_factory):
    """One world per kill point (day 1 loaded), each with a `chainwire run --date DAY2` SIGKILLed at
    that point. The killed runs go two at a time (2-core budget); the checks and re-runs follow."""
    from concurrent.futures import ThreadPoolExecutor

    base = tmp_path_factory.mktemp("killed")
    worlds = {p: _copy_world(templates["day1"], base / f"it's {p}") for p in KILL_POINTS}
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = dict(zip(worlds, pool.map(lambda p: worlds[p].run_cli("run", "--date", DAY2.isoformat(), kill_at=p),
                                         worlds), strict=True))
    return {p: (worlds[p], runs[p]) for p in worlds}


@pytest.mark.slow
@pytest.mark.parametrize("point", sorted(KILL_POINTS))
def test_sigkill_then_rerun_equals_a_clean_run(killed_worlds, templates, clean, monkeypatch, point):
    world, killed = killed_worlds[point]
    for k, v in world.env.items():
        monkeypatch.setenv(k, v)
    assert killed.returncode == -signal.SIGKILL, (killed.returncode, killed.stderr[-2000:])
    # no previously loaded row lost, nothing half-visible: the snapshot and the warehouse are whole
    seen = _whole(world.snapshot, templates)
    assert seen == ("after" if point == "after_load" else "before")
    assert _whole(world.warehouse, templates) in ("before", "after")
    if point == "snapshot_publish":
        assert world.partials(), "the killed publish left its partial copy (removed by the next publish)"
    out = pipeline.run_day(DAY2, settings=world.settings)  # a plain re-run
    assert world.dump() == clean
    assert world.partials() == []
    assert out["parse"]["files"] == len(list(world.day_dir(DAY2).iterdir()))


def test_stale_snapshot_partials_are_removed_at_the_next_publish(make_world, templates):
    world = make_world("both")
    stale = [world.snapshot.with_name(f".{world.snapshot.name}.{pid}.partial") for pid in (4242, 999999)]
    stale.append(Path(str(stale[0]) + ".wal"))
    for p in stale:
        p.write_bytes(b"half a database")
    publish_snapshot(world.warehouse, world.snapshot)
    assert world.partials() == []
    assert _whole(world.snapshot, templates) == "after"


def test_failed_publish_removes_its_partial_and_keeps_the_snapshot(make_world, templates, monkeypatch):
    """Full disk while copying (simulated ENOSPC): the old snapshot stays, no partial remains."""
    world = make_world("both")
    before = world.snapshot.read_bytes()

    def no_space(fd):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(RuntimeError, match="No space left on device.*previous snapshot .* is unchanged"):
        publish_snapshot(world.warehouse, world.snapshot)
    assert world.partials() == [] and world.snapshot.read_bytes() == before


def _on_tmpfs(world: World, size: str, monkeypatch) -> World:
    mnt = world.root / "small-disk"
    if not tmpfs(mnt, size):
        pytest.skip("cannot mount a tmpfs here (needs root and mount): disk-full scenario not run")
    shutil.copytree(world.data, mnt / "data")
    moved = World(world.root, world.raw, mnt / "data", world.gx)
    monkeypatch.setenv("CHAINWIRE_DATA_DIR", str(moved.data))
    return moved


def _used_kib(path: Path) -> int:
    st = os.statvfs(path)
    return (st.f_blocks - st.f_bfree) * st.f_frsize // 1024


@pytest.mark.parametrize("headroom_kib", [64, 4096], ids=["disk_full_early", "disk_full_at_snapshot_publish"])
def test_disk_full_then_rerun_after_freeing_space(make_world, templates, clean, monkeypatch, capsys, headroom_kib):
    from chainwire.cli import main

    world = make_world("day1")
    probe = _on_tmpfs(world, "400m", monkeypatch)
    used = _used_kib(probe.data)
    mnt = probe.data.parent
    try:
        subprocess.run(["mount", "-o", f"remount,size={used + headroom_kib}k", str(mnt)], check=True)
        rc = main(["run", "--date", DAY2.isoformat()])
        err = capsys.readouterr().err
        assert rc == 2 and "Traceback" not in err
        assert "No space left on device" in err, err
        if headroom_kib > 1024:  # room for the load, not for a copy of the warehouse
            assert "snapshot publish failed" in err and "previous snapshot" in err, err
        assert _whole(probe.snapshot, templates) == "before"  # the last good state is what users read
        assert probe.partials() == []
        subprocess.run(["mount", "-o", "remount,size=400m", str(mnt)], check=True)  # space freed
        pipeline.run_day(DAY2, settings=probe.settings)
        assert probe.dump() == clean
    finally:
        umount(mnt)


def test_read_only_data_dir(make_world, templates, monkeypatch, capsys):
    from chainwire.cli import main

    world = make_world("both")
    if IS_ROOT:
        moved = _on_tmpfs(world, "400m", monkeypatch)
        mnt = moved.data.parent
        subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
    else:
        moved, mnt = world, None
        for dirpath, _dirnames, _filenames in os.walk(world.data):
            os.chmod(dirpath, 0o555)
    try:
        rc = main(["run", "--date", DAY1.isoformat()])
        err = capsys.readouterr().err
        assert rc == 2 and "Traceback" not in err
        line = next(x for x in err.splitlines() if x.startswith(f"{DAY1}: FAILED"))
        assert ("Read-only file system" in line or "Permission denied" in line) and str(moved.data) in line
        assert _whole(moved.snapshot, templates) == "after"  # nothing lost
    finally:
        if mnt is not None:
            umount(mnt)
        else:
            for dirpath, _dirnames, _filenames in os.walk(world.data):
                os.chmod(dirpath, 0o755)
