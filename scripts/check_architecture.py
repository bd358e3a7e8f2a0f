#!/usr/bin/env python3
"""Check the project's import graph: no import cycles, no imports of another module's private names.

    python scripts/check_architecture.py            # report; exit 1 on any finding
    python scripts/check_architecture.py --graph    # also print every project import edge

Reads (never imports) every module under ``include/``, ``dags/`` and ``plugins/`` with ``ast``.
Every import counts, wherever it is written: at module level, inside a function, under an
``if``/``try``. A function-level import only defers a cycle to call time; it does not remove it.

(a) Cycles: the strongly connected components of the graph "module A imports project module B"
(``from pkg import sub`` is an edge to the submodule ``pkg.sub`` when it is one). An import of
``a.b.c`` is an edge to ``a.b.c`` only, not to its parent packages: a package ``__init__`` that
re-exports its submodules is not a cycle with them. Each component is printed with one cycle
through it.

(b) Private names: ``from m import _x`` and ``import m`` … ``m._x`` where ``m`` is a project
module and ``_x`` is not a dunder. A module may use its own private names, nothing else's.
"""
from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Source roots and the import-path prefix they map to: include/ holds the packages, the Airflow
# dags/ and plugins/ folders are on sys.path themselves.
SOURCE_ROOTS = ("include", "dags", "plugins")


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def discover(project: Path) -> dict[str, Path]:
    """Dotted module name → file, for every project module."""
    modules: dict[str, Path] = {}
    for sub in SOURCE_ROOTS:
        root = project / sub
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*.py")):
            if "__pycache__" in path.parts or any(p.startswith(".") for p in path.relative_to(root).parts):
                continue
            name = module_name(root, path)
            if name:
                modules[name] = path
    return modules


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


class Finding:
    def __init__(self, module: str, path: Path, line: int, text: str):
        self.module, self.path, self.line, self.text = module, path, line, text

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.module}: {self.text}"


def analyse(project: Path) -> tuple[dict[str, dict[str, int]], list[Finding]]:
    """(edges: module → {imported project module: first line}, private-name findings)."""
    modules = discover(project)
    edges: dict[str, dict[str, int]] = {m: {} for m in modules}
    private: list[Finding] = []
    for mod, path in modules.items():
        is_package = path.name == "__init__.py"
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        rel = path.relative_to(project)
        aliases: dict[str, str] = {}  # local name bound to a project module → that module

        def add(target: str, line: int, mod: str = mod) -> None:
            if target != mod:
                edges[mod].setdefault(target, line)

        def project_module(dotted: str) -> str | None:
            """The longest prefix of ``dotted`` that is a project module."""
            parts = dotted.split(".")
            for k in range(len(parts), 0, -1):
                cand = ".".join(parts[:k])
                if cand in modules:
                    return cand
            return None

        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for a in node.names:
                    target = project_module(a.name)
                    if target is None:
                        continue
                    add(target, node.lineno)
                    if any(_is_private(p) for p in a.name.split(".")[1:]):
                        private.append(Finding(mod, rel, node.lineno, f"imports private module {a.name}"))
                    if a.asname:
                        aliases[a.asname] = target if target == a.name else a.name
                    # `import a.b` binds `a`; attribute chains are resolved below from the root
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = mod.split(".") if is_package else mod.split(".")[:-1]
                    base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                for a in node.names:
                    sub = f"{source}.{a.name}"
                    if sub in modules:  # `from pkg import submodule`
                        add(sub, node.lineno)
                        aliases[a.asname or a.name] = sub
                        if _is_private(a.name):
                            private.append(Finding(mod, rel, node.lineno, f"imports private module {sub}"))
                        continue
                    target = project_module(source)
                    if target is None:
                        continue
                    add(target, node.lineno)
                    if _is_private(a.name):
                        private.append(Finding(mod, rel, node.lineno, f"imports private name {a.name} from {source}"))
        # m._x on a name bound to another project module
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and _is_private(node.attr):
                chain = []
                v = node.value
                while isinstance(v, ast.Attribute):
                    chain.append(v.attr)
                    v = v.value
                if not isinstance(v, ast.Name):
                    continue
                root = aliases.get(v.id, v.id)
                dotted = ".".join([root, *reversed(chain)])
                if dotted in modules and dotted != mod:
                    private.append(Finding(mod, rel, node.lineno, f"uses private name {dotted}.{node.attr}"))
    return edges, private


def strongly_connected(edges: dict[str, dict[str, int]]) -> list[list[str]]:
    """Tarjan's algorithm, iterative; components with more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = 0
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            v, it = work[-1]
            for w in it:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(edges.get(w, {})))))
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    comp = []
                    while True:
                        w = stack.pop()
                        on_stack.discard(w)
                        comp.append(w)
                        if w == v:
                            break
                    if len(comp) > 1:
                        out.append(sorted(comp))
    return sorted(out)


def one_cycle(comp: list[str], edges: dict[str, dict[str, int]]) -> list[str]:
    """A shortest cycle through the component's first module (breadth-first inside the component)."""
    members = set(comp)
    start = comp[0]
    prev: dict[str, str] = {}
    frontier = [start]
    while frontier:
        nxt = []
        for v in frontier:
            for w in sorted(edges[v]):
                if w not in members:
                    continue
                if w == start:
                    path = [v]
                    while path[-1] != start:
                        path.append(prev[path[-1]])
                    return [start, *reversed(path[:-1]), start] if len(path) > 1 else [start, v, start]
                if w not in prev:
                    prev[w] = v
                    nxt.append(w)
        frontier = nxt
    return comp


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", type=Path, default=ROOT, help="project root (default: this checkout)")
    ap.add_argument("--graph", action="store_true", help="also print every project import edge")
    args = ap.parse_args(argv)
    edges, private = analyse(args.root)
    if args.graph:
        for mod in sorted(edges):
            for target, line in sorted(edges[mod].items()):
                print(f"{mod} -> {target}  (line {line})")
    cycles = strongly_connected(edges)
    for comp in cycles:
        path = one_cycle(comp, edges)
        print(f"import cycle among {len(comp)} modules: {', '.join(comp)}")
        print("  e.g. " + " -> ".join(f"{m}" + (f" (line {edges[m][n]})" if n else "")
                                     for m, n in zip(path, [*path[1:], None], strict=True)))
    for f in private:
        print(f"private import: {f}")
    n_edges = sum(len(v) for v in edges.values())
    print(f"{len(edges)} modules, {n_edges} import edges: {len(cycles)} cycles, {len(private)} private imports")
    return 1 if cycles or private else 0


if __name__ == "__main__":
    sys.exit(main())
