"""When a pipeline process lets Python's cyclic garbage collector run (docs/performance.md, *The parent's
collector*).

A full collection walks every container object the process holds that is not frozen. The parent of
``chainwire run`` holds ≈ 0.5 M of them once Great Expectations, the Kiwi model's Python side and the
taggers' tables are loaded. Measured on the 20k day: 1.9 CPU-s collecting, 1.4 of them in 15 full
collections, half of that while those libraries were imported (each full collection walking what the
imports had made so far); and 1.1–1.35 CPU-s in the interpreter's exit. Hence:

* ``paused``: no automatic collection while the later stages' libraries are imported and the models loaded
  (objects that live as long as the process), which then join the frozen ones;
* ``deferred``: no automatic collection during a step that makes many objects and no cycles to speak of (dedup);
* ``frozen``: a process's objects moved to the collector's permanent generation for a while: nothing walks
  them again (and a collection writes to no page a forked worker shares with the parent). Objects frozen
  are still freed when nothing refers to them; only a reference cycle among them waits for the thaw;
* ``freeze_at_exit``: the same for the interpreter's finalization;
* ``keep_frozen``: both, for a process whose remaining life is one run's later stages (``airflow dags test``
  after its parse task).
"""

from __future__ import annotations

import atexit
import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside (loading libraries and models: many objects, nearly all kept: the run's
    warm-up left 2,263 unreachable of ≈ 0.5 M, not worth a full collection after it). Inside a ``frozen``
    block what it made joins the frozen objects (that block thaws them with the rest): else the first
    collection after it would walk them all (0.2 CPU-s after the warm-up). Nothing changes when the
    collector is disabled already."""
    refreeze = gc.isenabled()
    with deferred():
        try:
            yield
        finally:
            if refreeze and gc.get_freeze_count():
                gc.freeze()  # (before ``deferred`` enables the collector again)


@contextmanager
def deferred() -> Iterator[None]:
    """No automatic collection inside, and nothing frozen after (unlike ``paused``): for a step that makes many
    short-lived objects and next to no reference cycles, whose collections would only walk its live data again
    and again. ``dedup_day`` on the 20k day: 370-410 collections (2-4 of them full, walking its documents and
    rows) cost 0.09-0.13 CPU-s and found 9 unreachable objects (docs/performance.md, session 16). What it leaves
    in cycles is collected after it, as usual. Nothing changes when the collector is disabled already."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@contextmanager
def frozen() -> Iterator[None]:
    """This process's objects in the permanent generation until the block ends (then collected again), unless
    a caller froze them already (its block thaws them)."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()



_FREEZE_AT_EXIT: list[bool] = []  # registered in this process already


def freeze_at_exit() -> None:
    """Freeze this process's objects when it exits (an ``atexit`` handler, registered once): the interpreter's
    finalization then walks none of them in its collections. A process holding GX and the Kiwi model spent
    1.1–1.35 CPU-s exiting, 0.3 with its heap frozen (docs/performance.md): on ``chainwire run``'s one-core
    tail. Objects are still freed when the modules are cleared; a reference cycle among them just is not
    looked for (files are flushed by their owners and by ``logging.shutdown`` before that)."""
    if not _FREEZE_AT_EXIT:
        _FREEZE_AT_EXIT.append(True)
        atexit.register(gc.freeze)


def keep_frozen() -> None:
    """This process's objects frozen from now to its exit, and at the exit (``freeze_at_exit``): for a process
    whose remaining work is the rest of one run — ``airflow dags test``'s after its parse task, where the later
    tasks run one after another in the same process, as ``run_day`` keeps its heap frozen from the parse to the
    run's end. That process held ≈ 0.96 M objects at its exit (Airflow's, the in-process execution API's, GX's,
    the Kiwi model's): the report task's full collection walked them (0.7 CPU-s) and the interpreter's exit
    spent 3.9 CPU-s finalizing them (20k day, load 10–16; docs/performance.md, *The dags test process*).
    What is frozen is still freed when nothing refers to it; only a reference cycle among those objects is not
    looked for again in this process. Idempotent."""
    gc.freeze()
    freeze_at_exit()
