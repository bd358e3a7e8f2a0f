"""The import graph of include/, dags/ and plugins/: no cycles, no imports of another module's private names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit  # make test-fast

ROOT = Path(__file__).resolve().parents[1]


def test_no_import_cycles_and_no_private_imports():
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_architecture.py")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert " 0 cycles, 0 private imports" in done.stdout


def test_the_check_finds_a_cycle_and_a_private_import(tmp_path):
    """The checker itself: a function-level import closing a cycle and a private name are both reported."""
    pkg = tmp_path / "include" / "demo"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from demo.b import helper\n\n\ndef f():\n    return helper()\n")
    (pkg / "b.py").write_text("def helper():\n    from .a import f\n    return f\n\n\n_secret = 1\n")
    (pkg / "c.py").write_text("from demo.b import _secret\nfrom demo import b\n\nX = b._secret\n")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_architecture.py"), "--root", str(tmp_path)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "import cycle among 2 modules: demo.a, demo.b" in done.stdout
    assert "imports private name _secret from demo.b" in done.stdout
    assert "uses private name demo.b._secret" in done.stdout
