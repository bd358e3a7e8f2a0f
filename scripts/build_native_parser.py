"""Compile the parser (``chainwire.extract``'s modules) with mypyc into ``chainwire/extract/_mypyc/``.

    .venv/bin/python scripts/build_native_parser.py                 # this checkout's include/ (make native)
    .venv/bin/python scripts/build_native_parser.py --package-dir /path/to/site-packages/chainwire/extract
    .venv/bin/python scripts/build_native_parser.py --check          # say whether the build matches the sources

The sources are copied to a temporary folder and hashed there, mypyc (shipped with the pinned ``mypy``) turns
them into C, the C compiler builds one extension per module and one shared library, and the result replaces
``_mypyc/`` with a ``manifest.json`` of the hashes (``chainwire/extract/native.py`` loads the compiled modules only
while every hash still matches the sources). About 3.5 CPU-minutes; the folder is gitignored.

Without a C compiler or ``Python.h`` (Debian: ``apt-get install gcc python3.11-dev``; a pyenv or python.org build
has its headers) or without mypyc, it says so, removes an old build and exits 0: the pure-Python parser runs,
with the same results (``--strict``: exit 1). A build that fails (code mypyc rejects) exits 1.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PACKAGE_DIR = ROOT / "include" / "chainwire" / "extract"
GROUP = "chainwire.extract.compiled"  # the shared library: chainwire.extract.compiled__mypyc
# one shared library per module (compiled in parallel, -j) instead of one for the package (one C file, one core, but
# calls between modules inlined: faster, docs/performance.md)
SEPARATE = False
# the mypy settings of pyproject.toml that the compiled code is checked under
MYPY_FLAGS = ["--ignore-missing-imports", "--check-untyped-defs", "--python-version=3.11"]


def _native(package_dir: Path):  # noqa: ANN202 - chainwire.extract.native, loaded from its file alone
    import importlib.util

    spec = importlib.util.spec_from_file_location("_chainwire_native", package_dir / "native.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def missing_tools() -> list[str]:
    """What the build needs and this machine lacks (empty: it can build)."""
    out = []
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(cc) is None:
        out.append(f"no C compiler ({cc!r} not on PATH; Debian: apt-get install gcc)")
    header = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not header.is_file():
        out.append(f"no Python.h ({header}; Debian: apt-get install python3.11-dev)")
    try:
        import mypyc.build  # noqa: F401
    except ImportError:
        out.append("no mypyc (it ships with the pinned mypy: pip install -r requirements.txt)")
    return out


def chainwire_imports(sources: list[Path], package_root: Path) -> list[str]:
    """The chainwire modules outside the package that the compiled modules import (paths relative to the
    chainwire package, e.g. ``settings.py``): mypyc reads them, so a change there makes the build stale too."""
    names: set[str] = set()
    for src in sources:
        for node in ast.walk(ast.parse(src.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(a.name for a in node.names)
    out = []
    for name in sorted(names):
        parts = name.split(".")
        if parts[0] != "chainwire" or parts[:2] == ["chainwire", "extract"]:
            continue
        for rel in (Path(*parts[1:]).with_suffix(".py"), Path(*parts[1:]) / "__init__.py"):
            if (package_root / rel).is_file():
                out.append(rel.as_posix())
                break
    return out


def build(package_dir: Path, jobs: int = 2, verbose: bool = False, separate: bool = SEPARATE) -> Path:
    """Build into ``package_dir/_mypyc`` (replaced whole, the manifest written last); returns the folder."""
    native = _native(package_dir)
    package_root = package_dir.parent  # .../chainwire
    names = native.compiled_sources(package_dir)
    with tempfile.TemporaryDirectory(prefix="chainwire-mypyc-") as tmp:
        work = Path(tmp)
        src_root = work / "src"
        # the whole chainwire package (mypy follows its imports), without an old build
        shutil.copytree(package_root, src_root / "chainwire",
                        ignore=shutil.ignore_patterns("__pycache__", native.BUILD_DIR_NAME, "*.so"))
        sub = package_dir.name
        sources = [src_root / "chainwire" / sub / n for n in names]
        rel_sources = [f"{sub}/{n}" for n in names] + chainwire_imports(sources, src_root / "chainwire")
        hashes = {rel: native.sha256_file(src_root / "chainwire" / rel) for rel in rel_sources}
        setup_py = work / "setup.py"
        setup_py.write_text(
            "import sys\n"
            "from setuptools import setup\n"
            "from mypyc.build import mypycify\n"
            f"paths = {MYPY_FLAGS + ['--cache-dir=' + str(work / 'mypy_cache')] + [f'chainwire/{sub}/{n}' for n in names]!r}\n"
            f"setup(name='chainwire-native-parser', packages=[], ext_modules=mypycify(paths, opt_level='3', "
            + ("separate=True, " if separate else f"group_name={GROUP!r}, ")
            + f"target_dir={str(work / 'c')!r}))\n",
            encoding="utf-8")
        cmd = [sys.executable, str(setup_py), "build_ext", "--build-lib", str(work / "lib"),
               "--build-temp", str(work / "tmp"), f"-j{jobs}"]
        env = {**os.environ, "PYTHONPATH": str(src_root), "PYTHONDONTWRITEBYTECODE": "1"}
        proc = subprocess.run(cmd, cwd=src_root, env=env, capture_output=not verbose, text=True)
        if proc.returncode != 0:
            if not verbose:
                sys.stderr.write((proc.stdout or "")[-4000:] + (proc.stderr or "")[-4000:])
            raise RuntimeError(f"mypyc build failed (exit {proc.returncode})")
        built = work / "lib" / "chainwire" / sub
        suffix = sysconfig.get_config_var("EXT_SUFFIX")
        modules = {}
        stage = work / native.BUILD_DIR_NAME
        stage.mkdir()
        for so in sorted(built.glob(f"*{suffix}")):
            shutil.copy2(so, stage / so.name)
            modules[f"chainwire.{sub}.{so.name[:-len(suffix)]}"] = so.name
        expected = {f"chainwire.{sub}.{n[:-3]}" for n in names}
        expected |= {f"{m}__mypyc" for m in expected} if separate else {f"{GROUP}__mypyc"}
        if set(modules) != expected:
            raise RuntimeError(f"mypyc built {sorted(modules)}, expected {sorted(expected)}")
        import mypy.version

        manifest = {"build_tag": native.build_tag(), "mypy": mypy.version.__version__,
                    "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                    "sources": hashes, "modules": modules}
        (stage / native.MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        target = package_dir / native.BUILD_DIR_NAME
        old = package_dir / (native.BUILD_DIR_NAME + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if target.exists():
            target.rename(old)
        shutil.copytree(stage, target)
        shutil.rmtree(old, ignore_errors=True)
    return target


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--package-dir", type=Path, default=DEFAULT_PACKAGE_DIR,
                    help="the chainwire/extract folder to build for (default: this checkout's)")
    ap.add_argument("--check", action="store_true", help="only say whether the build matches the sources")
    ap.add_argument("--if-stale", action="store_true", help="build only when there is no up-to-date build")
    ap.add_argument("--strict", action="store_true", help="exit 1 when the tools are missing too")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    package_dir = args.package_dir.resolve()
    native = _native(package_dir)
    files, reason = native.check(package_dir)
    if args.check or (args.if_stale and files is not None):
        print(f"chainwire.extract: {reason}")
        return 0 if files is not None or not args.check else 1
    missing = missing_tools()
    if missing:
        shutil.rmtree(package_dir / native.BUILD_DIR_NAME, ignore_errors=True)
        print("chainwire.extract: the compiled parser is not built: " + "; ".join(missing)
              + ". The pure-Python parser runs (the same results, slower).")
        return 1 if args.strict else 0
    t0 = time.perf_counter()
    print(f"chainwire.extract: compiling the parser with mypyc ({reason}) …", flush=True)
    try:
        target = build(package_dir, jobs=args.jobs, verbose=args.verbose)
    except RuntimeError as exc:
        shutil.rmtree(package_dir / native.BUILD_DIR_NAME, ignore_errors=True)
        print(f"chainwire.extract: {exc}; the pure-Python parser runs. mypyc rejects some code that mypy accepts "
              "(docs/performance.md, *The parser compiled with mypyc*): fix it, the build must pass.")
        return 1
    files, reason = native.check(package_dir)
    print(f"chainwire.extract: {reason} in {target} ({time.perf_counter() - t0:.0f} s)")
    return 0 if files is not None else 1


if __name__ == "__main__":
    sys.exit(main())
