"""Coverage report: a static, offline HTML page per run (Altair/Vega-Lite charts, CSV/Parquet exports).

    from chainwire.report import build_report
    index_html = build_report()                      # <reports_dir>/latest/index.html (+ dated copy)

CLI: ``chainwire report [--from D] [--to D] [--out DIR] [--snapshot FILE]`` via
:func:`add_report_subcommand` / :func:`cli_report`.
"""

from __future__ import annotations

from chainwire.report.cli import add_report_subcommand, cli_report  # light: argparse only

__all__ = ["build_report", "add_report_subcommand", "cli_report"]


def __getattr__(name: str):
    # build_report pulls in duckdb, pandas, pyarrow and altair: load them only when a report is built,
    # so registering the subcommand keeps `chainwire --help` fast.
    if name == "build_report":
        from chainwire.report.build import build_report

        return build_report
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
