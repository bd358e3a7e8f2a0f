"""Tests that patch or hook the parser's internals need its pure-Python modules.

Compiled with mypyc (``make native``; ``chainwire.extract.native``), the parser's functions call each other
directly and its classes take no new attributes, so a ``monkeypatch`` of ``newspim._finish`` or a hook on
``generic._Page`` does not reach it. In a process running the compiled parser such tests skip, and one test per
module runs them again in a child process with ``CHAINWIRE_PURE_PARSER=1``: every case runs, compiled or not.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from chainwire.extract import generic, native

ROOT = Path(__file__).resolve().parents[1]
COMPILED = native.is_compiled(generic)

needs_pure_parser = pytest.mark.skipif(
    COMPILED, reason="patches the parser's internals, which the compiled parser does not take: run again with the "
    "pure parser in a child process by this module's test_*_with_the_pure_parser")
only_with_the_compiled_parser = pytest.mark.skipif(
    not COMPILED, reason="the parser is pure in this process: the module's tests ran here")


def run_with_the_pure_parser(test_file: str, *tests: str, timeout: float = 900) -> None:
    """Run ``tests`` (names in ``test_file``; when none, all of it but its ``…_with_the_pure_parser`` tests) in a
    child pytest with the pure parser and require every one of them to pass (none skipped)."""
    path = Path(test_file).resolve()
    args = [f"{path}::{t}" for t in tests] or [str(path), "-k", "not _with_the_pure_parser"]
    env = dict(os.environ, **{native.PURE_ENV: "1"})
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    out = proc.stdout[-6000:] + proc.stderr[-2000:]
    assert proc.returncode == 0, out
    passed = re.search(r"(\d+) passed", proc.stdout)
    assert passed, out
    if tests:
        assert int(passed.group(1)) == len(tests), out
    assert not re.search(r"\d+ skipped", proc.stdout), out
