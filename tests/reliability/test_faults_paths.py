"""Fault injection: what is in a landing folder. Every path that exists gets a core.raw_files row
with a status and a reason; nothing crashes the day; the good pages of the day still load.

Each scenario adds one odd path to a landing day of 4 good pages and runs discover + parse (the
stages that classify paths); ``test_all_path_faults_through_a_full_run`` then runs every scenario
at once through all stages into the warehouse and checks the late-file check stays quiet.
"""

from __future__ import annotations

import os
import shutil
import socket  # noqa: F401  (kept for a socket scenario on short paths)
import time
from pathlib import Path

import pytest

from chainwire import pipeline
from chainwire.sources.landing import escape_name

from .conftest import DAY1, DAY2, IS_ROOT, PER_DAY, assert_accounted, expected_paths

PARSED = {"parsed", "duplicate"}


def _good(folder: Path) -> Path:
    return sorted(p for p in folder.iterdir() if p.suffix == ".txt")[0]


def _copy_as(folder: Path, name: str | bytes) -> str:
    data = _good(folder).read_bytes()
    target = os.path.join(os.fsencode(folder), name if isinstance(name, bytes) else os.fsencode(name))
    with open(target, "wb") as fh:
        fh.write(data)
    return os.fsdecode(target)


def _unreadable_file(folder: Path, monkeypatch) -> str:
    victim = folder / "locked.txt"
    victim.write_bytes(_good(folder).read_bytes())
    if IS_ROOT:  # root reads anything: simulate the kernel's answer for this one file
        import pathlib

        real = pathlib.Path.read_bytes

        def read_bytes(self):
            if self == victim:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)
        monkeypatch.setattr(pathlib.Path, "read_bytes", read_bytes)
    else:
        victim.chmod(0)
    return str(victim)


def _unreadable_folder(folder: Path, monkeypatch) -> str:
    sub = folder / "locked-folder"
    sub.mkdir()
    shutil.copy(_good(folder), sub / "inside.txt")
    if IS_ROOT:
        real = os.listdir

        def listdir(path="."):
            if os.fsdecode(path) == str(sub):
                raise PermissionError(13, "Permission denied", str(sub))
            return real(path)
        monkeypatch.setattr(os, "listdir", listdir)
    else:
        sub.chmod(0)
    return str(sub) + "/"


def _hidden_folder(folder: Path, mp) -> str:
    (folder / ".partial-upload").mkdir()
    shutil.copy(_good(folder), folder / ".partial-upload" / "page.txt")
    return str(folder / ".partial-upload")


def _nested(folder: Path, mp) -> str:
    (folder / "batch-2" / "deeper").mkdir(parents=True)
    shutil.copy(_good(folder), folder / "batch-2" / "deeper" / "nested.txt")
    return str(folder / "batch-2" / "deeper" / "nested.txt")


def _symlinked_folder(folder: Path, mp) -> str:
    outside = folder.parent.parent / "elsewhere"
    outside.mkdir()
    shutil.copy(_good(folder), outside / "x.txt")
    (folder / "linked-folder").symlink_to(outside)
    return str(folder / "linked-folder")


def _symlink_to_file(folder: Path, mp) -> str:
    outside = folder.parent.parent / "outside.txt"
    outside.write_bytes(_good(folder).read_bytes())
    (folder / "link-to-file.txt").symlink_to(outside)
    return str(folder / "link-to-file.txt")


def _dangling(folder: Path, mp) -> str:
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    return str(folder / "dangling.txt")


def _loop(folder: Path, mp) -> str:
    (folder / "loop-a").symlink_to(folder / "loop-b")
    (folder / "loop-b").symlink_to(folder / "loop-a")
    return str(folder / "loop-a")


def _fifo(folder: Path, mp) -> str:
    os.mkfifo(folder / "pipe.txt")
    return str(folder / "pipe.txt")


def _orphan_sidecar(folder: Path, mp) -> str:
    (folder / "no-such-page.txt.meta.json").write_text('{"url": "https://example.invalid/a/1"}')
    return str(folder / "no-such-page.txt.meta.json")


def _age_everything(folder: Path) -> None:
    """Every file of the world an hour old (links themselves and their targets)."""
    old = time.time() - 3600
    for dirpath, dirnames, filenames in os.walk(folder.parent.parent):
        for n in dirnames + filenames:
            os.utime(os.path.join(dirpath, n), (old, old), follow_symlinks=False)


def _settle_window(folder: Path, mp) -> str:
    mp.setenv("CHAINWIRE_SETTLE_SECONDS", "60")
    _age_everything(folder)
    return _copy_as(folder, "still-uploading.txt")  # written just now


def _future_mtime(folder: Path, mp) -> str:
    mp.setenv("CHAINWIRE_SETTLE_SECONDS", "60")
    _age_everything(folder)
    path = _copy_as(folder, "clock-skew.txt")
    os.utime(path, (time.time() + 86400, time.time() + 86400))
    return path


# scenario -> (make the fault: folder, monkeypatch -> absolute path, allowed statuses, reason substring)
SCENARIOS = {
    "undecodable_cp949_name": (lambda f, mp: _copy_as(f, "공급망-점검.txt".encode("cp949")), PARSED, None),
    "undecodable_latin1_name": (lambda f, mp: _copy_as(f, b"caf\xe9.txt"), PARSED, None),
    "hash_in_name": (lambda f, mp: _copy_as(f, "issue#18.txt"), PARSED, None),
    "jsonl_line_like_name": (lambda f, mp: _copy_as(f, "page#L3.txt"), PARSED, None),
    "jsonl_line_like_suffix": (lambda f, mp: _copy_as(f, "page.txt#L3"), {"rejected"}, "unsupported raw file type"),
    "backslash_in_name": (lambda f, mp: _copy_as(f, "a\\xb1\\b.txt"), PARSED, None),
    "newline_in_name": (lambda f, mp: _copy_as(f, "line\nbreak.txt"), PARSED, None),
    "quote_in_name": (lambda f, mp: _copy_as(f, "it's \"quoted\".txt"), PARSED, None),
    "long_name_255_bytes": (lambda f, mp: _copy_as(f, "긴" * 80 + "x" * 11 + ".txt"), PARSED, None),
    "nested_subfolders": (_nested, PARSED, None),
    "hidden_file": (lambda f, mp: _copy_as(f, ".DS_Store"), {"skipped"}, "hidden"),
    "hidden_upload_temp_file": (lambda f, mp: _copy_as(f, ".np-20261102-009.txt.Xa9b3k"), {"skipped"}, "hidden"),
    "hidden_folder": (_hidden_folder, {"skipped"}, "hidden"),
    "dangling_symlink": (_dangling, {"rejected"}, "dangling symlink"),
    "symlink_loop": (_loop, {"rejected"}, "symlink loop"),
    "symlink_to_a_file": (_symlink_to_file, PARSED, None),
    "symlinked_folder": (_symlinked_folder, {"rejected"}, "not followed"),
    "unreadable_file": (_unreadable_file, {"rejected"}, "Permission denied"),
    "unreadable_subfolder": (_unreadable_folder, {"rejected"}, "unreadable folder"),
    "fifo": (_fifo, {"rejected"}, "FIFO"),
    "orphan_sidecar": (_orphan_sidecar, {"skipped"}, "sidecar without"),
    "mtime_inside_settle_window": (_settle_window, {"deferred"}, "settle window"),
    "mtime_in_the_future": (_future_mtime, {"deferred"}, "settle window"),
}


def _rel(world, abs_path: str) -> str:
    return escape_name(os.path.relpath(abs_path, world.raw).replace(os.sep, "/")) + ("/" if abs_path.endswith("/") else "")


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_path_fault_is_accounted(make_world, monkeypatch, name):
    make, statuses, reason = SCENARIOS[name]
    world = make_world("none")
    folder = world.day_dir(DAY1)
    rel = _rel(world, make(folder, monkeypatch))
    run_id = f"fault-{name}"
    pipeline.discover_day(DAY1, run_id, world.settings)
    pipeline.parse_day(DAY1, run_id, world.settings)
    manifest = world.staged_manifest(DAY1)
    by_path = {r["raw_path"]: r for r in manifest}
    # every input path accounted for, once
    assert_accounted(by_path, expected_paths(world.raw, DAY1))
    assert len(by_path) == len(manifest)
    row = by_path[rel]
    assert row["status"] in statuses, row
    if reason:  # a clear message
        assert reason in (row["reason"] or ""), row
    # the good pages of the day are not lost
    good = [r for r in manifest if r["status"] == "parsed"]
    assert len(good) >= PER_DAY


def test_file_changed_between_discover_and_read_is_deferred(make_world):
    world = make_world("none")
    victim = _good(world.day_dir(DAY1))
    pipeline.discover_day(DAY1, "fault-growing", world.settings)
    with open(victim, "ab") as fh:  # the uploader is still appending
        fh.write(b"\nmore text arriving\n")
    pipeline.parse_day(DAY1, "fault-growing", world.settings)
    row = {r["raw_path"]: r for r in world.staged_manifest(DAY1)}[f"{DAY1}/{victim.name}"]
    assert row["status"] == "deferred" and "still being written" in row["reason"]


def test_names_round_trip_to_the_file():
    from chainwire.sources.landing import unescape_name

    for raw in (b"\xb0\xf8\xb1\xde.txt", b"a\\xb1.txt", b"a\\\\b\xff", "정상.txt".encode(), b"x#L3"):
        name = os.fsdecode(raw)
        escaped = escape_name(name)
        escaped.encode("utf-8")  # storable
        assert unescape_name(escaped) == name
        assert os.fsencode(unescape_name(escaped)) == raw


def test_all_path_faults_through_a_full_run(make_world, monkeypatch):
    """Every kind at once, every stage, into the warehouse; the next day's late-file check is quiet
    about them (only the deferred file, which really is waiting, is reported)."""
    world = make_world("none")
    folder = world.day_dir(DAY1)
    for name, (make, _, _) in SCENARIOS.items():
        if name in ("mtime_in_the_future",):  # one settle-window scenario is enough here
            continue
        make(folder, monkeypatch)
    out = pipeline.run_day(DAY1, settings=world.settings)
    rows = world.sql("SELECT raw_path, status, reason FROM core.raw_files WHERE landing_date = ?", [DAY1])
    assert_accounted([r[0] for r in rows], expected_paths(world.raw, DAY1))
    assert all(r[1] == "parsed" or r[2] for r in rows)  # every non-parsed row says why
    assert out["load"]["rows"]["articles"] >= PER_DAY
    waiting = pipeline.late_files_waiting(DAY2, world.settings)
    assert waiting == {DAY1.isoformat(): 1}, waiting  # the still-uploading file, nothing else
