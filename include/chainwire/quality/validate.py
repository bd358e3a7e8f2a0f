"""Validate partitions with a GX Core file context and split them into clean and quarantined rows.

One validation per table per partition, run name = the partition date, through a
checkpoint whose UpdateDataDocsAction rebuilds the HTML Data Docs every run.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa

from chainwire.lazyimport import defer

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
logging.getLogger("great_expectations").setLevel(logging.WARNING)
# GX imports scipy.stats (≈ 0.55 CPU-s) for expectations no suite of ours uses: run only if one ever does.
defer("scipy.stats")

# After the settings above: these modules import Great Expectations.
from great_expectations.execution_engine import pandas_execution_engine

from chainwire.quality.datadocs import sanitize_local_site, scrub_validation_store
from chainwire.quality.suites import QUARANTINE_LIMIT, derive_frame, expectations_for

# GX stamps every pandas batch with a "pandas_data_fingerprint" (an md5 of the frame) when the frame's
# shallow size is under HASH_THRESHOLD. Our frames have list columns (reporters, subtitle_lines…),
# which ``hash_pandas_object`` refuses, so GX pickles the whole frame to hash it: ≈ 1.0 CPU-s of the
# ≈ 3.1 CPU-s that validating a 20k-article day took (best of two runs each, docs/performance.md).
# Nothing reads the fingerprint (validations are keyed by table and run name), so none is computed.
# Every expectation still runs on the whole frame.
pandas_execution_engine.HASH_THRESHOLD = 0

DATASOURCE = "chainwire"
# The quarantine-rate gate (QUARANTINE_LIMIT of a day's articles quarantined fails the day) is
# measured over at least this many articles. With a normal 5 % of bad pages, a 4-article day
# exceeds 20 % with probability 19 % (one bad page does it) — the gate would throw away good
# pages for noise; over 20 articles the chance is 0.26 %, while a real layout break (half the
# pages bad) still trips it 99.4 % of the time. Below the minimum, the rate is taken over
# QUARANTINE_MIN_ARTICLES, i.e. the day fails only when more than 4 articles are quarantined.
QUARANTINE_MIN_ARTICLES = 20
# Row indexes of failing rows (for the quarantine), never the values themselves: a value is
# untrusted page text (a 40 MB body, a ``<script>`` title) and would otherwise be stored in the
# validation results and rendered into the Data Docs. Quarantined values live in core.quarantine.
RESULT_FORMAT = {"result_format": "COMPLETE", "exclude_unexpected_values": True,
                 "partial_unexpected_count": 0, "include_unexpected_rows": False}


class DataQualityError(RuntimeError):
    """A batch-level critical rule failed; the message names the rule."""


@dataclass
class ValidationOutcome:
    table_name: str
    success: bool
    results: list[dict] = field(default_factory=list)  # one per expectation
    quarantined: dict[int, list[str]] = field(default_factory=dict)  # row index -> failed row rules
    critical_failures: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# Data Docs pages still to build per open gx_context (keyed by id of the context): one site build
# at the end of the stage instead of one per table (each build also re-renders the index page,
# which reads every stored validation result).
_PENDING_DOCS: dict[int, list] = {}


@contextmanager
def _locked(gx_dir: Path) -> Iterator[None]:
    """The GX folder's lock: parallel runs must not interleave store writes."""
    gx_dir.mkdir(parents=True, exist_ok=True)
    with open(gx_dir / ".chainwire.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


@contextmanager
def gx_context(gx_dir: Path, docs_later: list[Callable[[], None]] | None = None) -> Iterator:
    """The project's GX file context, locked: parallel runs must not interleave store writes.

    The Data Docs of every validation run inside the block are built once, when it exits; or, given
    ``docs_later``, appended there as a ``DataDocsBuild`` for the caller to run when it likes (``chainwire run``:
    in a thread beside the load, where a core is idle), under the lock again.
    """
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    with _locked(gx_dir):
        ctx = gx.get_context(mode="file", context_root_dir=str(gx_dir))
        ctx.variables.progress_bars = ProgressBarsConfig(globally=False)  # no metric progress bars in logs

        scrub_validation_store(gx_dir)  # values stored by older versions never render again
        pending = _PENDING_DOCS[id(ctx)] = []
        try:
            yield ctx
            if docs_later is not None:
                docs_later.append(DataDocsBuild(gx_dir, ctx, list(pending)))
                return
            if pending:
                ctx.build_data_docs(resource_identifiers=pending, build_index=True)
        finally:
            _PENDING_DOCS.pop(id(ctx), None)
        sanitize_local_site(gx_dir)  # GX's pages: escaped, offline (vendored assets)


@dataclass
class DataDocsBuild:
    """The Data Docs pages of a ``gx_context`` block's validations, built when called (once), under the lock,
    then sanitized as ``gx_context`` does. Their results are in the validation store already: only the HTML
    waits (≈ 0.4 CPU-s of the 20k day's validate, docs/performance.md, *The 20k day's waiting cores and fixed
    costs*)."""

    gx_dir: Path
    ctx: Any
    resources: list

    def __call__(self) -> None:
        resources, self.resources = self.resources, []
        with _locked(self.gx_dir):
            if resources:
                self.ctx.build_data_docs(resource_identifiers=resources, build_index=True)
            sanitize_local_site(self.gx_dir)


def _checkpoint(ctx, table_name: str, expectations: list):
    import great_expectations as gx

    try:
        ds = ctx.data_sources.get(DATASOURCE)
    except (KeyError, ValueError):
        ds = ctx.data_sources.add_pandas(DATASOURCE)
    try:
        asset = ds.get_asset(table_name)
    except LookupError:
        asset = ds.add_dataframe_asset(table_name)
    try:
        batch = asset.get_batch_definition("partition")
    except (KeyError, ValueError, LookupError):
        batch = asset.add_batch_definition_whole_dataframe("partition")
    suite = gx.ExpectationSuite(name=f"{table_name}_suite", expectations=expectations)
    suite = ctx.suites.add_or_update(suite)
    vd = ctx.validation_definitions.add_or_update(
        gx.ValidationDefinition(name=f"{table_name}_partition", data=batch, suite=suite))
    return ctx.checkpoints.add_or_update(gx.Checkpoint(
        name=f"{table_name}_checkpoint", validation_definitions=[vd], actions=[], result_format=RESULT_FORMAT))


def _drop_batch_data(ctx) -> None:
    """Let go of the frame GX just validated. Its pandas execution engine keeps every batch's data (one frame
    per table) and the context stays alive as GX's project context after ``gx_context``: on the 100k-article day
    the parent carried the day's eight frames (the bodies and paragraphs as Python strings, ≈ 0.5 GB) into
    dedup and the load (docs/performance.md, *The parent's memory at 100k*). The results are kept; nothing
    reads the batch again."""
    manager = ctx.data_sources.get(DATASOURCE).get_execution_engine().batch_manager
    manager.reset_batch_cache()
    manager.batch_data_cache.clear()


def _queue_data_docs(ctx, res) -> None:
    """The Data Docs pages of a checkpoint result: built when the gx_context block exits (now, outside one)."""
    from great_expectations.data_context.types.resource_identifiers import ExpectationSuiteIdentifier

    resources = []
    for identifier, result in res.run_results.items():
        resources += [identifier, ExpectationSuiteIdentifier(name=result.suite_name)]
    pending = _PENDING_DOCS.get(id(ctx))
    if pending is None:
        ctx.build_data_docs(resource_identifiers=resources, build_index=True)
    else:
        pending.extend(resources)


def _rule_name(cfg) -> str:
    col = cfg.kwargs.get("column") or ",".join(cfg.kwargs.get("column_list") or [])[:60]
    return f"{cfg.type}({col})" if col and not cfg.type.startswith("expect_table_") else cfg.type


def validate_frame(ctx, table_name: str, df: pd.DataFrame, run_name: str) -> ValidationOutcome:
    from great_expectations.core.run_identifier import RunIdentifier

    frame, extra = derive_frame(table_name, df.reset_index(drop=True))  # GX reports rows by this RangeIndex
    checkpoint = _checkpoint(ctx, table_name, expectations_for(table_name, extra))
    res = checkpoint.run(batch_parameters={"dataframe": frame}, run_id=RunIdentifier(run_name=run_name))
    _drop_batch_data(ctx)
    _queue_data_docs(ctx, res)
    out = ValidationOutcome(table_name=table_name, success=bool(res.success))
    for vr in res.run_results.values():
        for r in vr.results:
            cfg = r.expectation_config
            severity = (cfg.meta or {}).get("severity", "warning")
            rule = _rule_name(cfg)
            result = r.result or {}
            exc = getattr(r, "exception_info", None) or {}
            # An expectation that could not run (missing column, wrong type) is a schema problem.
            failed_by_exception = bool(exc.get("raised_exception")) or any(
                isinstance(v, dict) and v.get("raised_exception") for v in exc.values())
            out.results.append({
                "table_name": table_name,
                "expectation": rule,
                "severity": severity,
                "success": bool(r.success),
                "observed_value": json.dumps(result.get("observed_value"), default=str, ensure_ascii=False),
                "unexpected_count": int(result.get("unexpected_count") or 0),
            })
            if r.success:
                continue
            if severity == "row" and not failed_by_exception:
                for idx in result.get("unexpected_index_list") or []:
                    out.quarantined.setdefault(int(idx), []).append(rule)
            elif severity in ("critical", "row"):
                out.critical_failures.append(f"{table_name}: {rule}")
            else:
                out.warnings.append(f"{table_name}: {rule} (observed {result.get('observed_value', result.get('unexpected_count'))})")
    if table_name == "articles" and len(frame):
        gate = quarantine_gate(len(out.quarantined), len(frame))
        if gate:
            paths = [str(frame["raw_path"].iloc[i]) for i in sorted(out.quarantined)] if "raw_path" in frame else []
            shown = ", ".join(paths[:20]) + (f" and {len(paths) - 20} more" if len(paths) > 20 else "")
            out.critical_failures.append(f"articles: {gate}; held back: {shown}")
    return out


def quarantine_gate(quarantined: int, articles: int) -> str | None:
    """The quarantine-rate rule, with a minimum sample size; a message when the day must fail."""
    base = max(articles, QUARANTINE_MIN_ARTICLES)
    if quarantined / base <= QUARANTINE_LIMIT:
        return None
    note = "" if articles >= QUARANTINE_MIN_ARTICLES else f", rate over the minimum sample of {QUARANTINE_MIN_ARTICLES}"
    return (f"quarantine_rate ({quarantined}/{articles} articles quarantined > {QUARANTINE_LIMIT:.0%}{note}): "
            "a systematic problem (layout change, broken parser?), the day is not published")


def quarantine_rows(table_name: str, day: date, arrow: pa.Table, outcome: ValidationOutcome, run_id: str) -> list[dict]:
    quarantined = sorted(outcome.quarantined.items())
    # Only the failing rows leave Arrow (a day's table can hold hundreds of thousands of rows).
    rows = arrow.take([idx for idx, _ in quarantined]).to_pylist() if quarantined else []
    out = []
    for row, (_idx, rules) in zip(rows, quarantined, strict=True):
        out.append({
            "landing_date": day,
            "article_id": row.get("article_id"),
            "table_name": table_name,
            "rule": "; ".join(rules),
            "reason": f"{table_name} row failed: {', '.join(rules)}",
            "record_json": json.dumps(row, default=str, ensure_ascii=False),
            "raw_path": row.get("raw_path"),
            "raw_sha256": row.get("raw_sha256"),
            "parser": row.get("parser"),
            "run_id": run_id,
        })
    return out
