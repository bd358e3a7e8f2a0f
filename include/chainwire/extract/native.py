"""The parser's modules compiled with mypyc, used only when they were built from the sources as they are now.

``scripts/build_native_parser.py`` (``make native``, run by ``make venv``) compiles the modules of this package
(all but ``__init__`` and this one) into ``_mypyc/`` beside them (gitignored) and writes ``_mypyc/manifest.json``:
the SHA-256 of every source the compiled code was built from (each ``extract/*.py`` and the ``chainwire`` modules
they import) and the extension files. ``install()``, called by the package's ``__init__`` before any of its modules
is imported, hashes the sources again and puts a finder first on ``sys.meta_path`` that loads each module from its
``.so`` only when **every** source is unchanged, no module was added, and the build is for this Python. Otherwise the
pure-Python modules run (a stale build never shadows an edited source: one edited file and the whole package runs
pure, because compiled modules call each other directly) and a :class:`StaleNativeParserWarning` says what changed
and how to rebuild. No build (a helper's worktree, a fresh clone before ``make venv``): the pure modules, silently.
``CHAINWIRE_PURE_PARSER=1`` forces the pure modules. ``STATE`` says which ran.

This module is never compiled and imports nothing of the package.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import sysconfig
import warnings
from pathlib import Path
from types import ModuleType

PACKAGE = "chainwire.extract"
PACKAGE_DIR = Path(__file__).resolve().parent
BUILD_DIR_NAME = "_mypyc"
MANIFEST = "manifest.json"
PURE_ENV = "CHAINWIRE_PURE_PARSER"
NOT_COMPILED = ("__init__.py", "native.py")  # the package's entry (it installs the finder) and this module
REBUILD_HINT = "make native (or: python scripts/build_native_parser.py)"

STATE = "pure: not installed"  # "compiled (N modules)" or "pure: <why>", set by install()


class StaleNativeParserWarning(RuntimeWarning):
    """The compiled parser was built from other sources than these: the pure-Python modules run."""


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def build_tag() -> str:
    """What an extension must have been built for: the interpreter's cache tag and extension suffix."""
    return f"{sys.implementation.cache_tag} {sysconfig.get_config_var('EXT_SUFFIX')}"


def compiled_sources(package_dir: Path) -> list[str]:
    """The package's modules a build compiles (file names), in a fixed order."""
    return sorted(p.name for p in package_dir.glob("*.py") if p.name not in NOT_COMPILED)


def check(package_dir: Path = PACKAGE_DIR) -> tuple[dict[str, Path] | None, str]:
    """({module name: extension file}, "compiled …") when the build under ``package_dir/_mypyc`` matches the
    sources as they are, else (None, the reason). ``stale`` in the reason means a build exists but is out of date."""
    build = package_dir / BUILD_DIR_NAME
    manifest_path = build / MANIFEST
    if not manifest_path.is_file():
        return None, "no compiled build"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        sources: dict[str, str] = manifest["sources"]
        modules: dict[str, str] = manifest["modules"]
        tag: str = manifest["build_tag"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return None, f"stale: unreadable {manifest_path} ({exc})"
    if tag != build_tag():
        return None, f"stale: built for {tag!r}, this Python is {build_tag()!r}"
    root = package_dir.parent  # the chainwire package: sources are named relative to it ("extract/generic.py")
    changed = [name for name, digest in sorted(sources.items())
               if not (root / name).is_file() or sha256_file(root / name) != digest]
    added = [f"{package_dir.name}/{n}" for n in compiled_sources(package_dir) if f"{package_dir.name}/{n}" not in sources]
    if changed or added:
        what = ", ".join([*(f"{n} changed" for n in changed), *(f"{n} added" for n in added)])
        return None, f"stale: {what} since the build"
    files = {mod: build / fname for mod, fname in modules.items()}
    missing = [str(f) for f in files.values() if not f.is_file()]
    if missing:
        return None, f"stale: missing {', '.join(missing)}"
    return files, f"compiled ({sum(not m.endswith('__mypyc') for m in files)} modules)"


class _NativeFinder(importlib.abc.MetaPathFinder):
    """Finds the compiled modules (and their shared library) by their full names; anything else: not ours."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files

    def find_spec(self, fullname: str, path: object = None, target: ModuleType | None = None,
                  ) -> importlib.machinery.ModuleSpec | None:
        f = self.files.get(fullname)
        if f is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(f))
        return importlib.util.spec_from_file_location(fullname, f, loader=loader)


def install(package_dir: Path = PACKAGE_DIR) -> str:
    """Use the compiled modules when they match the sources (see the module's doc); returns and sets ``STATE``."""
    global STATE
    if any(isinstance(f, _NativeFinder) for f in sys.meta_path):
        return STATE
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        STATE = f"pure: {PURE_ENV} is set"
        return STATE
    files, reason = check(package_dir)
    if files is None:
        STATE = f"pure: {reason}"
        if reason.startswith("stale"):
            warnings.warn(f"{PACKAGE}: the compiled parser is {reason}; running the pure-Python modules "
                          f"(the same results, slower). Rebuild it: {REBUILD_HINT}",
                          StaleNativeParserWarning, stacklevel=2)
        return STATE
    sys.meta_path.insert(0, _NativeFinder(files))
    STATE = reason
    return STATE


def is_compiled(module: ModuleType) -> bool:
    """Whether ``module`` runs compiled: its functions then call each other directly, so a test that patches one
    (``monkeypatch.setattr(newspim, "_finish", …)``) does not reach its callers and must skip."""
    return not str(getattr(module, "__file__", "") or "").endswith(".py")
