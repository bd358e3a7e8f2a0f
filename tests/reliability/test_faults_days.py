"""Fault injection: a whole landing day missing, empty, unreadable or vanishing; small days and the
quarantine gate; failed runs recorded. A loaded day is never replaced by less data by accident."""

from __future__ import annotations

import os
import shutil
import time
from datetime import date

import pytest

from chainwire import pipeline
from chainwire.cli import main

from .conftest import DAY1, DAY2, PER_DAY

DAY3 = date(2026, 11, 4)


def _run(capsys, *args: str) -> tuple[int, str]:
    rc = main(["run", *args])
    captured = capsys.readouterr()
    return rc, captured.err + captured.out


def _empty(world):
    folder = world.day_dir(DAY1)
    shutil.rmtree(folder)
    folder.mkdir()
    return folder


def _missing(world):
    shutil.rmtree(world.day_dir(DAY1))
    return world.day_dir(DAY1)


def _only_hidden(world):
    folder = _empty(world)
    (folder / ".DS_Store").write_bytes(b"\0\0")
    return folder


def _only_uploading(world, monkeypatch):
    monkeypatch.setenv("CHAINWIRE_SETTLE_SECONDS", "60")
    old = time.time() - 3600
    for p in world.day_dir(DAY2).iterdir():  # the other day landed long ago
        os.utime(p, (old, old))
    for p in world.day_dir(DAY1).iterdir():
        os.utime(p)  # every file modified just now: all deferred
    return world.day_dir(DAY1)


def _unreadable(world, monkeypatch):
    folder = world.day_dir(DAY1)
    real = os.listdir

    def listdir(path="."):
        if os.fsdecode(path) == str(folder):
            raise PermissionError(13, "Permission denied", str(folder))
        return real(path)
    monkeypatch.setattr(os, "listdir", listdir)
    return folder


def _unmounted_raw_dir(world, monkeypatch):
    """CHAINWIRE_RAW_DIR has a typo / the share is not mounted: the day folder does not exist."""
    monkeypatch.setenv("CHAINWIRE_RAW_DIR", str(world.raw) + "-typo")
    return world.raw.parent / (world.raw.name + "-typo") / DAY1.isoformat()


DAY_FAULTS = {
    "missing_day_folder": (lambda w, mp: _missing(w), "does not exist"),
    "empty_day_folder": (lambda w, mp: _empty(w), "is empty"),
    "only_hidden_files": (lambda w, mp: _only_hidden(w), "no file to load"),
    "every_file_still_uploading": (_only_uploading, "deferred"),
    "unreadable_day_folder": (_unreadable, "cannot read landing folder"),
    "raw_dir_typo_or_unmounted_share": (_unmounted_raw_dir, "does not exist"),
}


@pytest.mark.parametrize("name", sorted(DAY_FAULTS))
def test_loaded_day_is_not_replaced_by_nothing(make_world, monkeypatch, capsys, clean, name):
    world = make_world("both")
    assert "'" in str(world.data)  # every scenario runs with a quote in the data dir path
    fault, says = DAY_FAULTS[name]
    folder = fault(world, monkeypatch)
    both = name == "missing_day_folder"  # one scenario shows a multi-day run going on past the failed day
    rc, err = _run(capsys, "--date", DAY1.isoformat(), *(["--date", DAY2.isoformat()] if both else []))
    assert rc != 0
    line = next(line for line in err.splitlines() if line.startswith(f"{DAY1}: FAILED"))
    assert str(folder) in line and says in line and "allow-empty" in line  # names the folder and the way out
    assert "Traceback" not in err
    assert world.dump() == clean  # no previously loaded row lost
    if both:  # the other day went on, and the run says which day failed
        assert f"{DAY2}: files={PER_DAY}" in err and f"1 of 2 day(s) failed: {DAY1}" in err
    failed = world.sql("SELECT stage, message FROM core.runs WHERE status = 'failed' AND partition_date = ?", [DAY1])
    assert failed and failed[0][0] == "discover" and str(folder) in failed[0][1]  # the failed run is recorded


def test_allow_empty_really_clears_the_day(make_world, capsys):
    world = make_world("both")
    _empty(world)
    rc, err = _run(capsys, "--date", DAY1.isoformat(), "--allow-empty")
    assert rc == 0, err
    assert world.sql("SELECT count(*) FROM core.articles WHERE landing_date = ?", [DAY1]) == [(0,)]
    assert world.sql("SELECT count(*) FROM core.articles WHERE landing_date = ?", [DAY2])[0][0] > 0


def test_allow_empty_on_an_unreadable_folder_records_the_folder(make_world, monkeypatch, capsys):
    world = make_world("both")
    _unreadable(world, monkeypatch)
    rc, err = _run(capsys, "--date", DAY1.isoformat(), "--allow-empty")
    assert rc == 0, err
    assert world.sql("SELECT raw_path, status FROM core.raw_files WHERE landing_date = ?", [DAY1]) == \
        [(f"{DAY1}/", "rejected")]


def test_files_vanishing_after_discovery_do_not_wipe_the_day(make_world, clean):
    world = make_world("both")
    run_id = "vanish"
    pipeline.discover_day(DAY1, run_id, world.settings)
    for p in world.day_dir(DAY1).iterdir():  # a retention purge between discover and parse
        p.unlink()
    with pytest.raises(pipeline.EmptyLandingError, match="already has data"):
        pipeline.parse_day(DAY1, run_id, world.settings)
    assert world.dump() == clean


def test_a_new_day_without_files_still_runs(make_world, capsys):
    make_world("both")
    rc, err = _run(capsys, "--date", DAY3.isoformat())
    assert rc == 0, err  # nothing was loaded for that day: an empty day is not an error


def _break_title(path):
    from chainwire.sources.landing import RawFile

    pf = pipeline.parse_file(RawFile(path, path.name, DAY3))[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(pf.article.title, "반도"), encoding="utf-8")


def test_small_day_with_one_bad_page_keeps_the_good_ones(make_world, capsys):
    """The 20 % gate has a minimum sample: one bad page of four quarantines that page only."""
    world = make_world("both")
    folder = world.day_dir(DAY3)
    shutil.copytree(world.day_dir(DAY1), folder)
    victim = sorted(folder.iterdir())[0]
    _break_title(victim)
    rc, err = _run(capsys, "--date", DAY3.isoformat())
    assert rc == 0, err
    statuses = dict(world.sql("SELECT raw_path, status FROM core.raw_files WHERE landing_date = ?", [DAY3]))
    assert statuses[f"{DAY3}/{victim.name}"] == "quarantined"
    assert sum(s == "parsed" for s in statuses.values()) == PER_DAY - 1


def test_gate_message_names_the_held_back_files():
    from chainwire.quality.validate import QUARANTINE_MIN_ARTICLES, quarantine_gate

    assert quarantine_gate(1, 4) is None and quarantine_gate(4, 4) is None  # ≤ 20 % of the minimum sample
    assert "minimum sample" in quarantine_gate(5, 5)
    assert quarantine_gate(QUARANTINE_MIN_ARTICLES // 5, QUARANTINE_MIN_ARTICLES) is None
    assert quarantine_gate(30, 100)


def test_failed_run_records_a_failed_row(make_world, capsys):
    """Any failing stage of `chainwire run` leaves a `failed` row in core.runs, like the Airflow callback."""
    world = make_world("both")
    monkey_day = world.day_dir(DAY1)
    for p in sorted(monkey_day.iterdir())[: PER_DAY]:
        p.write_bytes(b"\x00\x01binary")  # every page unreadable as text: refused (day has data)
    rc, err = _run(capsys, "--date", DAY1.isoformat())
    assert rc == 2 and "failed to read or parse" in err
    rows = world.sql("SELECT stage, status FROM core.runs WHERE partition_date = ? AND status = 'failed'", [DAY1])
    assert rows == [("parse", "failed")]


def test_a_loaded_file_being_rewritten_does_not_drop_out_of_the_day(make_world, monkeypatch, capsys, clean):
    """Re-run while one loaded page is being uploaded again: deferring it would load the day without it."""
    world = make_world("both")
    monkeypatch.setenv("CHAINWIRE_SETTLE_SECONDS", "60")
    old = time.time() - 3600
    for p in world.day_dir(DAY1).iterdir():
        os.utime(p, (old, old))
    victim = sorted(world.day_dir(DAY1).iterdir())[0]
    os.utime(victim)  # written again just now
    rc, err = _run(capsys, "--date", DAY1.isoformat())
    assert rc == 2 and f"{DAY1}/{victim.name}" in err and "being written again" in err
    assert world.dump() == clean  # the loaded day is unchanged
