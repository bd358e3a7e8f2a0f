"""The project's executor: Airflow's LocalExecutor with the third-party libraries imported before its workers fork."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from chainwire import airflow_executor

ROOT = Path(__file__).resolve().parents[1]


def test_it_is_a_local_executor_and_the_project_runs_it():
    from airflow.executors.local_executor import LocalExecutor

    assert issubclass(airflow_executor.PreloadingLocalExecutor, LocalExecutor)
    assert airflow_executor.PreloadingLocalExecutor.is_local  # `airflow standalone` keeps it (does not force its own)
    env = subprocess.run(["bash", "-c", "source scripts/airflow_env.sh && echo $AIRFLOW__CORE__EXECUTOR"], cwd=ROOT,
                         check=True, capture_output=True, text=True).stdout.strip()
    module, _, name = env.rpartition(".")
    assert (module, name) == (airflow_executor.__name__, "PreloadingLocalExecutor")


def test_only_third_party_libraries_are_preloaded():
    """The project's code, rules and models are loaded by each task, as they are when it runs."""
    assert not [n for n in airflow_executor.PRELOADED_LIBRARIES if n.split(".")[0] == "chainwire"]


def test_preload_imports_the_libraries_and_skips_a_missing_one():
    code = ("import sys; from chainwire.airflow_executor import preload_libraries, PRELOADED_LIBRARIES as L\n"
            "took = preload_libraries(L + ('no_such_library_here',))\n"
            "assert set(took) == set(L), took\n"
            "assert all(n in sys.modules for n in L)\n"
            "assert not [m for m in sys.modules if m.startswith('chainwire.') and m != 'chainwire.airflow_executor'], "
            "[m for m in sys.modules if m.startswith('chainwire.')]\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "include"), str(ROOT)])}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
