"""The ``chainwire report`` subcommand (wired into chainwire.cli by its owner)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_report_subcommand(subparsers) -> argparse.ArgumentParser:
    """Register ``report`` on an ``add_subparsers()`` object; ``args.func`` is :func:`cli_report`."""
    rp = subparsers.add_parser(
        "report", help="build the static HTML coverage report (charts, data quality, top stories, CSV/Parquet)",
        description="Build the coverage report from the read-only warehouse snapshot. Default output: "
                    "<data>/reports/latest (replaced atomically) plus a dated copy <data>/reports/<from>_to_<to>.")
    rp.add_argument("--from", dest="date_from", type=_day, metavar="YYYY-MM-DD",
                    help="first publication day (default: 30 days before --to)")
    rp.add_argument("--to", dest="date_to", type=_day, metavar="YYYY-MM-DD",
                    help="last publication day (default: the latest day with articles)")
    rp.add_argument("--out", type=Path, metavar="DIR", help="write the report folder here instead (no dated copy)")
    rp.add_argument("--snapshot", type=Path, metavar="FILE", help="DuckDB file to read (default: the published snapshot)")
    rp.set_defaults(func=cli_report)
    return rp


def cli_report(args) -> int:
    """Run the report for parsed arguments (date_from, date_to, out, snapshot; each optional). Exit code."""
    from chainwire.report.build import build_report

    try:
        index = build_report(out_dir=getattr(args, "out", None), date_from=getattr(args, "date_from", None),
                             date_to=getattr(args, "date_to", None), snapshot=getattr(args, "snapshot", None))
    except (FileNotFoundError, ValueError) as exc:
        print(f"chainwire report: {exc}", file=sys.stderr)
        return 1
    from chainwire import storage

    print(f"Report: {storage.url(index)}")
    if not storage.is_remote(index):
        print(f"Open:   {index.resolve().as_uri()}")
    return 0
