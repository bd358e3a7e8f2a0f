"""``chainwire.lazyimport``: a module a library imports but the run never uses is executed only when used."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.unit


def _run(code: str) -> str:
    """``code`` in a fresh interpreter (sys.modules as a run starts), its stdout."""
    return subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.strip()


def test_a_deferred_module_runs_at_its_first_attribute_and_is_then_the_real_module():
    out = _run(
        "import sys\n"
        "from chainwire.lazyimport import defer\n"
        "print(defer('json.decoder'), defer('json.decoder'), defer('sys.nothing'), defer('no_such_package.x'))\n"
        "from json import decoder\n"
        "print('json.decoder' in sys.modules, 'JSONDecodeError' in decoder.__dict__)\n"  # (reading __dict__ runs it)
        "import json.decoder as again\n"
        "print(again is decoder, decoder.JSONDecodeError.__name__, type(decoder).__name__)\n")
    # the second defer is a no-op (already there), so is a missing module; the one module object throughout
    assert out.splitlines() == ["True False False False", "True True", "True JSONDecodeError module"]


def test_validate_imports_great_expectations_without_running_scipy_stats_and_it_still_works_when_used():
    out = _run(
        "import sys\n"
        "import chainwire.quality.validate\n"
        "import great_expectations.expectations.core.expect_column_kl_divergence_to_be_less_than as kl\n"
        "print('scipy.stats._stats_py' in sys.modules)\n"
        "print(round(float(kl.stats.entropy([0.5, 0.5], [0.9, 0.1])), 6))\n"  # the first use runs it
        "print('scipy.stats._stats_py' in sys.modules)\n")
    assert out.splitlines() == ["False", "0.510826", "True"]


def test_an_already_imported_module_is_left_as_it_is():
    out = _run(
        "import sys, scipy.stats\n"
        "from chainwire.lazyimport import defer\n"
        "before = sys.modules['scipy.stats']\n"
        "print(defer('scipy.stats'), sys.modules['scipy.stats'] is before)\n")
    assert out == "False True"
