"""The parser compiled with mypyc (``chainwire.extract.native``, ``scripts/build_native_parser.py``).

The stale check on made-up builds (no compiler needed); and, when the package under test has an up-to-date
compiled build (``make native``; CI's venv has one), that the compiled and the pure-Python parsers give the same
records on generated pages of every layout and on the real sample page, and that editing one source makes a copy
of the package fall back to the pure modules with a warning.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import chainwire.extract
from chainwire.extract import native

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[1]
REAL_SAMPLE = ROOT.parent / "shared" / "samples" / "newspim_page_dump.txt"
COMPILED = native.STATE.startswith("compiled")
needs_build = pytest.mark.skipif(not COMPILED, reason=f"no up-to-date compiled parser here ({native.STATE}): "
                                 "make native builds it")


def _fake_build(pkg: Path, modules: tuple[str, ...] = ("alpha", "beta")) -> Path:
    """A made-up package folder with sources and a build whose manifest matches them."""
    pkg.mkdir(parents=True)
    (pkg.parent / "settings.py").write_text("TIMEZONE = 'Asia/Seoul'\n")
    (pkg / "__init__.py").write_text("")
    (pkg / "native.py").write_text("# not compiled\n")
    build = pkg / native.BUILD_DIR_NAME
    build.mkdir()
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    sources, mods = {}, {}
    for m in modules:
        (pkg / f"{m}.py").write_text(f"X = {m!r}\n")
        sources[f"{pkg.name}/{m}.py"] = native.sha256_file(pkg / f"{m}.py")
        (build / f"{m}{suffix}").write_bytes(b"")
        mods[f"chainwire.{pkg.name}.{m}"] = f"{m}{suffix}"
    sources["settings.py"] = native.sha256_file(pkg.parent / "settings.py")
    (build / f"compiled__mypyc{suffix}").write_bytes(b"")
    mods[f"chainwire.{pkg.name}.compiled__mypyc"] = f"compiled__mypyc{suffix}"
    (build / native.MANIFEST).write_text(json.dumps({"build_tag": native.build_tag(), "sources": sources,
                                                     "modules": mods}))
    return pkg


def test_a_build_matching_its_sources_is_used(tmp_path):
    pkg = _fake_build(tmp_path / "chainwire" / "extract")
    files, reason = native.check(pkg)
    assert files is not None and reason == "compiled (2 modules)"
    assert set(files) == {"chainwire.extract.alpha", "chainwire.extract.beta", "chainwire.extract.compiled__mypyc"}


def test_no_build_is_pure_without_a_warning(tmp_path):
    pkg = tmp_path / "chainwire" / "extract"
    pkg.mkdir(parents=True)
    assert native.check(pkg) == (None, "no compiled build")


@pytest.mark.parametrize("change, expected", [
    ("edit", "stale: extract/beta.py changed since the build"),
    ("edit_import", "stale: settings.py changed since the build"),
    ("remove", "stale: extract/beta.py changed since the build"),
    ("add", "stale: extract/gamma.py added since the build"),
    ("tag", "stale: built for 'cpython-310 .so'"),
    ("so", "stale: missing"),
    ("manifest", "stale: unreadable"),
])
def test_a_stale_build_is_refused(tmp_path, change, expected):
    pkg = _fake_build(tmp_path / "chainwire" / "extract")
    build = pkg / native.BUILD_DIR_NAME
    if change == "edit":
        (pkg / "beta.py").write_text("X = 'beta'  # edited\n")
    elif change == "edit_import":
        (pkg.parent / "settings.py").write_text("TIMEZONE = 'UTC'\n")
    elif change == "remove":
        (pkg / "beta.py").unlink()
    elif change == "add":
        (pkg / "gamma.py").write_text("Y = 1\n")
    elif change == "tag":
        m = json.loads((build / native.MANIFEST).read_text())
        (build / native.MANIFEST).write_text(json.dumps({**m, "build_tag": "cpython-310 .so"}))
    elif change == "so":
        next(build.glob("alpha*")).unlink()
    elif change == "manifest":
        (build / native.MANIFEST).write_text("{")
    files, reason = native.check(pkg)
    assert files is None and reason.startswith(expected), reason


def test_install_warns_on_a_stale_build_and_honours_the_switch(tmp_path, monkeypatch):
    pkg = _fake_build(tmp_path / "chainwire" / "extract")
    (pkg / "alpha.py").write_text("X = 'edited'\n")
    monkeypatch.setattr(native, "STATE", "pure: not installed")
    monkeypatch.setattr(sys, "meta_path", [f for f in sys.meta_path if not isinstance(f, native._NativeFinder)])
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    with pytest.warns(native.StaleNativeParserWarning, match="extract/alpha.py changed.*make native"):
        assert native.install(pkg).startswith("pure: stale")
    monkeypatch.setenv(native.PURE_ENV, "1")
    assert native.install(pkg) == f"pure: {native.PURE_ENV} is set"
    assert not any(isinstance(f, native._NativeFinder) for f in sys.meta_path)


def test_the_build_script_says_what_is_missing(tmp_path, monkeypatch, capsys):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import build_native_parser as bnp
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    pkg = _fake_build(tmp_path / "chainwire" / "extract")
    shutil.copy(Path(native.__file__), pkg / "native.py")
    monkeypatch.setattr(bnp, "missing_tools", lambda: ["no C compiler ('gcc' not on PATH)"])
    assert bnp.main(["--package-dir", str(pkg)]) == 0
    out = capsys.readouterr().out
    assert "not built: no C compiler" in out and "pure-Python parser runs" in out
    assert not (pkg / native.BUILD_DIR_NAME).exists()  # an old build is removed, never left to go stale
    assert bnp.main(["--package-dir", str(pkg), "--strict"]) == 1


_DUMP = r"""
import hashlib, json, sys
from datetime import date
from pathlib import Path
import chainwire.extract as ce
from chainwire.extract.dispatch import extract_raw
from chainwire.extract import generic
out = {"state": ce.native.STATE, "generic": generic.__file__, "pages": {}}
for p in sys.argv[1:]:
    recs = [[e.error, e.article.to_dict() if e.article is not None else None]
            for e in extract_raw(Path(p).read_bytes(), Path(p).name, landing_date=date(2026, 11, 2))]
    out["pages"][p] = hashlib.sha256(json.dumps(recs, sort_keys=True, default=str).encode()).hexdigest()
print(json.dumps(out))
"""


def _dump(paths: list[Path], include: Path, pure: bool) -> dict:
    env = {**os.environ, "PYTHONPATH": str(include), "PYTHONHASHSEED": "0"}
    env.pop(native.PURE_ENV, None)
    if pure:
        env[native.PURE_ENV] = "1"
    proc = subprocess.run([sys.executable, "-c", _DUMP, *map(str, paths)], env=env, capture_output=True, text=True,
                          check=True)
    return {**json.loads(proc.stdout), "stderr": proc.stderr}


@needs_build
def test_the_compiled_and_pure_parsers_give_the_same_records(tmp_path):
    from datetime import date

    from chainwire_synth.generator import generate_corpus
    from chainwire_synth.layouts import layouts

    names = layouts()
    generate_corpus(tmp_path, days=1, per_day=4 * len(names), seed=11, start_date=date(2026, 11, 2),
                    outlets=",".join(names))
    paths = sorted((tmp_path / "raw").rglob("*.txt"))
    if REAL_SAMPLE.exists():
        paths.append(REAL_SAMPLE)
    include = Path(chainwire.extract.__file__).resolve().parents[2]
    compiled, pure = _dump(paths, include, pure=False), _dump(paths, include, pure=True)
    assert compiled["state"].startswith("compiled") and compiled["generic"].endswith(sysconfig.get_config_var("EXT_SUFFIX"))
    assert pure["state"].startswith("pure") and pure["generic"].endswith("generic.py")
    assert len(compiled["pages"]) == len(paths)
    differ = [p for p in paths if compiled["pages"][str(p)] != pure["pages"][str(p)]]
    assert not differ, f"{len(differ)} of {len(paths)} pages differ, e.g. {differ[:3]}"


@needs_build
def test_an_edited_source_is_never_shadowed_by_its_compiled_module(tmp_path):
    pkg_root = Path(chainwire.extract.__file__).resolve().parents[1]
    copy = tmp_path / "include" / "chainwire"
    shutil.copytree(pkg_root, copy, ignore=shutil.ignore_patterns("__pycache__", "_mypyc.old"))
    sample = sorted((ROOT / "sample" / "raw").rglob("*.txt"))[:1]
    fresh = _dump(sample, copy.parent, pure=False)
    assert fresh["state"].startswith("compiled") and fresh["generic"].startswith(str(copy / "extract" / "_mypyc"))
    stamps = copy / "extract" / "stamps.py"
    stamps.write_text(stamps.read_text() + "\n# a rule writer's edit\n")
    edited = _dump(sample, copy.parent, pure=False)
    assert edited["state"] == "pure: stale: extract/stamps.py changed since the build"
    assert edited["generic"] == str(copy / "extract" / "generic.py")
    assert "StaleNativeParserWarning" in edited["stderr"] and "make native" in edited["stderr"]
    assert edited["pages"] == fresh["pages"]


def test_the_manifest_names_every_module_it_compiles():
    """The build's sources are this package's modules but ``__init__`` and ``native``: a new module is compiled."""
    pkg = Path(chainwire.extract.__file__).parent
    names = native.compiled_sources(pkg)
    assert "generic.py" in names and "__init__.py" not in names and "native.py" not in names
    if COMPILED:
        manifest = json.loads((pkg / native.BUILD_DIR_NAME / native.MANIFEST).read_text())
        assert {f"extract/{n}" for n in names} <= set(manifest["sources"])
        digest = hashlib.sha256((pkg / "generic.py").read_bytes()).hexdigest()
        assert manifest["sources"]["extract/generic.py"] == digest
