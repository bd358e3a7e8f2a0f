"""What each extraction function costs a page: the report to read before and after adding a rule.

    PYTHONPATH=include python3 bench/rule_cost.py                    # 2,800 generated pages + the dev real pages
    PYTHONPATH=include python3 bench/rule_cost.py --pages 1000 --sort cum --top 60
    PYTHONPATH=include python3 bench/rule_cost.py --no-real --module outlets
    PYTHONPATH=include python3 bench/rule_cost.py --lines outlet_for_page      # and that function line by line

The corpora: a generated day of ``--pages`` pages of every layout of ``chainwire_synth.layouts`` (seed
``--seed``) and the development real pages of ``data/realpages`` (``--realpages``; held-out pages are never
parsed here). Each page goes once through ``extract_raw`` as a parse batch calls it (bytes in, sidecar and settings read),
after a warm-up on ``--warm`` other generated pages (seed + 1): imports, compiled regexes and first calls are not
counted, and the caches shared across pages start as warm as in a parse worker's later batches.

Per corpus, one table of the functions of ``chainwire`` (module, qualified name, first line):

- ``own``    CPU-µs a page in the function itself: its own Python lines and the C functions it calls (a rule's
  regex ``match``/``search``/``finditer``, ``str`` methods), so that a rule's regex scans count where the rule is;
- ``own%``   that share of the CPU sampled in ``chainwire``'s functions;
- ``cum``    CPU-µs a page in the function and everything it calls (recursion counted once);
- ``calls``  calls a page, and ``re`` the regex calls (``re.Pattern`` methods, ``re`` functions) it makes a page;
- with ``--lines NAME``, the own CPU of each line of the functions so named (which regex of a rule costs).

The times come from a sampler, not from ``cProfile``, whose per-call overhead inflates small functions called
often (≈ 6× on these pages): every 0.5 ms (``SIGALRM``) the CPU used since the last sample is charged to the
innermost ``chainwire`` frame and to every ``chainwire`` function on the stack. Sampling slows the pages by
≈ 20–40 % (signals, cache misses), spread over all of them: the times are scaled so that they add up to the CPU the
pages took without a profiler. A row of a few µs moves by ± 30 % between runs; the large ones by a few %. The
counts come from a ``cProfile`` pass. Each pass runs in a forked copy of the same warmed process, so all start
with the same caches. For instruction counts (load-independent, for before/after figures) use callgrind, as ``docs/performance.md`` ("The
parsers' CPU per page") does.
"""

from __future__ import annotations

import argparse
import cProfile
import dis
import linecache
import multiprocessing
import signal
import sys
import tempfile
import time
from datetime import date
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))
sys.path.insert(0, str(ROOT / "bench" / "realpages"))

from corpus import dev_pages, page_path  # noqa: E402

from chainwire.extract.dispatch import extract_raw, read_sidecar  # noqa: E402
from chainwire.settings import get_settings  # noqa: E402

LANDING = date(2026, 11, 2)
PACKAGE = str(ROOT / "include" / "chainwire") + "/"
SAMPLE_SECONDS = 0.0005  # between two samples
# (file, first line) of a function
FuncKey = tuple[str, int]
Page = tuple[bytes, str, dict]


def generated_pages(n: int, seed: int) -> list[Page]:
    """A generated day of ``n`` pages of every layout, read into memory (bytes, relative path, sidecar)."""
    from chainwire_synth.generator import generate_corpus
    from chainwire_synth.layouts import layouts

    with tempfile.TemporaryDirectory() as tmp:
        generate_corpus(Path(tmp), days=1, per_day=n, seed=seed, start_date=LANDING, outlets=",".join(layouts()))
        raw = Path(tmp) / "raw"
        return [(p.read_bytes(), p.relative_to(raw).as_posix(), read_sidecar(p)) for p in sorted(raw.rglob("*.txt"))]


def real_pages(folder: Path) -> list[Page]:
    """The development real pages present in ``folder`` (never a held-out one)."""
    paths = [page_path(folder, r["id"]) for r in dev_pages(folder)] if (folder / "pages").is_dir() else []
    return [(p.read_bytes(), p.name, read_sidecar(p)) for p in paths]


def parse_all(pages: list[Page]) -> None:
    limits = get_settings()  # read once, as a parse batch does
    for data, rel, sidecar in pages:
        extract_raw(data, rel, landing_date=LANDING, sidecar=sidecar, limits=limits)


def _unprofiled(pages: list[Page]) -> float:
    t0 = time.process_time()
    parse_all(pages)
    return time.process_time() - t0


def _counted(pages: list[Page]) -> dict:
    prof = cProfile.Profile()
    prof.enable()
    parse_all(pages)
    prof.disable()
    prof.create_stats()
    return prof.stats  # type: ignore[attr-defined]


_RESUME = dis.opmap["RESUME"]


@cache
def _resume_offsets(code) -> frozenset[int]:
    return frozenset(i.offset for i in dis.get_instructions(code) if i.opcode == _RESUME)


def _sampled(pages: list[Page], interval: float = SAMPLE_SECONDS) -> tuple[dict, dict, dict, dict]:
    """CPU time per function of ``chainwire``: every ``interval`` the CPU used since the last sample is charged to the innermost ``chainwire`` frame (own: its lines and the C calls it is inside, such as a
    regex scan: the signal is handled when the C call returns) and once to every ``chainwire`` function on the
    stack (cum)."""
    own: dict[FuncKey, float] = {}
    cum: dict[FuncKey, float] = {}
    names: dict[FuncKey, str] = {}
    lines: dict[tuple[str, int], float] = {}  # own time per (file, line)
    last = [time.process_time()]

    def sample(_signum, frame) -> None:
        spent = time.process_time() - last[0]
        # A signal is handled where the interpreter checks for one: after a C function's call, at a loop's jump back
        # and at a function's first instruction (RESUME) - not after a C iterator's step (a regex's ``finditer`` in a
        # ``for``). A frame caught at its RESUME has not run yet: what ran was its caller's.
        if frame is not None and frame.f_lasti in _resume_offsets(frame.f_code):
            frame = frame.f_back
        seen = set()
        inner = True
        while frame is not None:
            code = frame.f_code
            if code.co_filename.startswith(PACKAGE):
                key = (code.co_filename, code.co_firstlineno)
                if inner:
                    own[key] = own.get(key, 0.0) + spent
                    at = (code.co_filename, frame.f_lineno or 0)
                    lines[at] = lines.get(at, 0.0) + spent
                    inner = False
                if key not in seen:
                    seen.add(key)
                    cum[key] = cum.get(key, 0.0) + spent
                    names.setdefault(key, code.co_qualname)
            frame = frame.f_back
        last[0] = time.process_time()  # the sampler's own CPU is charged to no function

    # a wall-clock timer (high resolution; a CPU timer fires only on the kernel's tick, every 4 ms here), each
    # sample weighted by the CPU spent since the last one: the time the process waited for a core counts nothing
    previous = signal.signal(signal.SIGALRM, sample)
    signal.setitimer(signal.ITIMER_REAL, interval, interval)
    try:
        parse_all(pages)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0, 0)
        signal.signal(signal.SIGALRM, previous)
    return own, cum, names, lines


def in_fork(fn, pages: list[Page]):
    """``fn(pages)`` in a forked copy of this process: every pass starts from the same warmed caches."""
    with multiprocessing.get_context("fork").Pool(1) as pool:
        return pool.apply(fn, (pages,))


def _is_regex(key: tuple) -> bool:
    name = key[2]
    return "re.Pattern" in name or (key[0].endswith(("/re/__init__.py", "/re.py")) and not name.startswith("_"))


def call_counts(stats: dict) -> dict[FuncKey, list[int]]:
    """Per function of ``chainwire`` (file, first line): [calls, regex calls it makes] over all the pages."""
    out: dict[FuncKey, list[int]] = {}
    for (filename, line, _name), (_cc, nc, _tt, _ct, _callers) in stats.items():
        if filename.startswith(PACKAGE):
            out[(filename, line)] = [nc, 0]
    for key, (_cc, _nc, _tt, _ct, callers) in stats.items():
        if _is_regex(key):
            for (filename, line, _name), (_c_cc, c_nc, _c_tt, _c_ct) in callers.items():
                row = out.get((filename, line))
                if row is not None:
                    row[1] += c_nc
    return out


@cache
def _function_lines(filename: str, first: int) -> range:
    """The lines of the function whose code starts at ``first`` (its ``def`` and indented block)."""
    source = linecache.getlines(filename)
    while source[first - 1].lstrip().startswith("@"):  # a decorated function's code starts on its decorator
        first += 1
    head = source[first - 1]
    indent = len(head) - len(head.lstrip())
    end = first
    while end < len(source) and (not source[end].strip() or len(source[end]) - len(source[end].lstrip()) > indent
                                 or source[end].lstrip().startswith((")", "]", "}"))):
        end += 1
    return range(first, end + 1)


def _in_function(filename: str, first: int, line: int) -> bool:
    return line in _function_lines(filename, first)


def module_name(filename: str) -> str:
    return filename.removeprefix(PACKAGE).removesuffix(".py").replace("/", ".")


def report(title: str, pages: list[Page], top: int, sort: str, module: str | None, line_of: str | None) -> None:
    n = len(pages)
    if not n:
        print(f"{title}: no pages")
        return
    plain = in_fork(_unprofiled, pages)
    own, cum, names, lines = in_fork(_sampled, pages)
    counts = call_counts(in_fork(_counted, pages))
    sampled = sum(own.values())
    scale = plain / sampled / n * 1e6  # sampled seconds over all pages → unprofiled µs a page
    print(f"\n== {title}: {n:,} pages, {plain / n * 1e6:,.0f} CPU-µs a page without a profiler "
          f"({sampled / n * 1e6:,.0f} while sampled, scaled back); sorted by {sort}")
    print(f"{'module':<22} {'function':<42} {'own':>7} {'own%':>5} {'cum':>7} {'calls':>6} {'re':>6}")
    keys = sorted(cum, key=lambda k: (-{"own": own.get(k, 0.0), "cum": cum[k],
                                         "calls": counts.get(k, [0, 0])[0], "re": counts.get(k, [0, 0])[1]}[sort], k))
    if module:
        keys = [k for k in keys if module in module_name(k[0])]
    for key in keys[:top]:
        calls, regex = counts.get(key, [0, 0])
        print(f"{module_name(key[0]):<22} {f'{names[key]}:{key[1]}':<42} {own.get(key, 0.0) * scale:>7.1f} "
              f"{own.get(key, 0.0) / sampled * 100:>5.1f} {cum[key] * scale:>7.1f} {calls / n:>6.1f} {regex / n:>6.1f}")
    for key in keys if line_of else ():
        if not any(names[key] == f or names[key].endswith("." + f) for f in line_of.split(",")):
            continue
        print(f"\n   {names[key]} ({module_name(key[0])}), own CPU-µs a page by line:")
        for (filename, line), spent in sorted(lines.items()):
            if filename == key[0] and spent * scale >= 0.05 and _in_function(filename, key[1], line):
                print(f"   {line:>5} {spent * scale:>6.1f}  {linecache.getline(filename, line).strip()[:100]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=2800, help="generated pages (a day of every layout)")
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--warm", type=int, default=300, help="generated pages parsed first (seed + 1), not counted")
    ap.add_argument("--realpages", type=Path, default=ROOT / "data" / "realpages")
    ap.add_argument("--no-real", action="store_true", help="only the generated pages")
    ap.add_argument("--no-synth", action="store_true", help="only the development real pages")
    ap.add_argument("--top", type=int, default=40, help="rows per table")
    ap.add_argument("--sort", choices=("own", "cum", "calls", "re"), default="own")
    ap.add_argument("--lines", metavar="FUNCTION", help="also each line's own CPU in the functions so named "
                    "(comma-separated: outlet_for_page,_Page.parse)")
    ap.add_argument("--module", help="only the functions of modules whose dotted name holds this (e.g. outlets)")
    args = ap.parse_args(argv)
    if args.warm:
        parse_all(generated_pages(args.warm, args.seed + 1))
    if not args.no_synth:
        report(f"generated day (seed {args.seed})", generated_pages(args.pages, args.seed), args.top, args.sort,
               args.module, args.lines)
    if not args.no_real:
        report("development real pages", real_pages(args.realpages), args.top, args.sort, args.module, args.lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
