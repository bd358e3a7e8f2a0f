"""``chainwire synth``: the sample generator as a subcommand of the ``chainwire`` command.

Registered under the ``chainwire.commands`` entry-point group (``pyproject.toml``), which
``chainwire.cli`` discovers at start-up: the product package never imports this one.
``python -m chainwire_synth`` runs the same command on its own.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, type=Path, help="output folder (raw/<day>/*.txt and truth/<day>/*.json)")
    p.add_argument("--days", type=int, default=3)
    p.add_argument("--per-day", type=int, default=20, help="pages per day, all layouts together")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--start", type=date.fromisoformat, default=date(2026, 11, 2), help="first landing day (default 2026-11-02)")
    p.add_argument("--outlets", default=None,
                   help="page layouts: omit for Newspim only; 'all' for every layout, or a comma-separated "
                        "list of layout keys or outlets (newspim, yonhap, koreaherald, …)")


def run(args: argparse.Namespace) -> int:
    """Generate the corpus the arguments describe and print its summary as one JSON line."""
    from chainwire.progress import Progress
    from chainwire_synth.generator import generate_corpus

    with Progress("chainwire synth", unit="pages") as progress:
        summary = generate_corpus(args.out, days=args.days, per_day=args.per_day, seed=args.seed,
                                  start_date=args.start, outlets=args.outlets, progress=progress)
    print(json.dumps(summary, ensure_ascii=False, default=str))
    return 0


def add_subcommand(sub) -> None:
    """The ``chainwire.commands`` entry point: add ``synth`` to the ``chainwire`` subcommands."""
    sy = sub.add_parser("synth", help="generate a deterministic sample corpus with ground truth (test data)")
    add_arguments(sy)
    sy.set_defaults(func=run)
