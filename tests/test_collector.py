"""``chainwire.collector``: when a pipeline process lets the cyclic garbage collector run."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from chainwire import collector

pytestmark = pytest.mark.unit


def test_paused_collects_nothing_inside_and_restores_the_collector():
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
        before = gc.get_stats()[2]["collections"]
        junk = [[] for _ in range(50_000)]  # far above the young generation's threshold
        del junk
        assert gc.get_stats()[2]["collections"] == before
    assert gc.isenabled()


def test_paused_leaves_a_disabled_collector_disabled_and_restores_it_after_an_error():
    gc.disable()
    try:
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(RuntimeError), collector.paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_paused_inside_a_frozen_block_adds_what_it_made_to_the_frozen_objects():
    with collector.frozen():
        before = gc.get_freeze_count()
        with collector.paused():
            kept = [[] for _ in range(10_000)]
        assert gc.get_freeze_count() >= before + 10_000
    assert gc.get_freeze_count() == 0
    del kept


def test_frozen_thaws_only_what_it_froze():
    assert gc.get_freeze_count() == 0
    with collector.frozen():
        assert gc.get_freeze_count() > 1000
        with collector.frozen():  # a nested block (a pool inside the run's frozen part) leaves it frozen
            pass
        assert gc.get_freeze_count() > 1000
    assert gc.get_freeze_count() == 0


def test_freeze_at_exit_freezes_the_heap_once_when_the_process_exits():
    code = ("import atexit, gc\n"
            "atexit.register(lambda: print(gc.get_freeze_count() > 1000))\n"  # runs after the later handlers
            "from chainwire import collector\n"
            "collector.freeze_at_exit(); collector.freeze_at_exit()\n"
            "print(gc.get_freeze_count(), atexit._ncallbacks())\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == ["0", "2", "True"]


def test_keep_frozen_freezes_the_heap_now_and_at_the_exit():
    code = ("import atexit, gc\n"
            "atexit.register(lambda: print(gc.get_freeze_count() > 1000))\n"
            "from chainwire import collector\n"
            "collector.keep_frozen()\n"
            "now = gc.get_freeze_count()\n"
            "late = [[] for _ in range(5000)]\n"  # made after: tracked, not frozen
            "collector.keep_frozen()\n"
            "print(now > 1000, gc.get_freeze_count() >= now + 5000, atexit._ncallbacks())\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == ["True", "True", "2", "True"]
