"""Validate a partition with GX Core and split it into clean and quarantined rows."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

import pandas as pd
import pyarrow as pa

os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
os.environ.setdefault("TQDM_DISABLE", "1")  # GX's metric progress bars flood task logs
logging.getLogger("great_expectations").setLevel(logging.WARNING)

QUARANTINE_LIMIT = 0.20  # more than this share of rows quarantined fails the run


class DataQualityError(RuntimeError):
    """A batch-level critical rule failed; the message names the rule."""


@dataclass
class ValidationOutcome:
    success: bool
    results: list[dict] = field(default_factory=list)  # one per expectation
    quarantined: dict[int, list[str]] = field(default_factory=dict)  # row index -> failed rules
    critical_failures: list[str] = field(default_factory=list)


def _rule_name(cfg) -> str:
    col = cfg.kwargs.get("column")
    return f"{cfg.type}({col})" if col else cfg.type


def validate_frame(table_name: str, df: pd.DataFrame, expectations: list, run_name: str) -> ValidationOutcome:
    import great_expectations as gx

    from great_expectations.data_context.types.base import ProgressBarsConfig

    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False)  # no metric progress bars in task logs
    asset = ctx.data_sources.add_pandas("chainwire").add_dataframe_asset(table_name)
    batch = asset.add_batch_definition_whole_dataframe("partition")
    suite = ctx.suites.add(gx.ExpectationSuite(name=f"{table_name}_suite"))
    for exp in expectations:
        suite.add_expectation(exp)
    vd = ctx.validation_definitions.add(gx.ValidationDefinition(name=f"{table_name}_{run_name}", data=batch, suite=suite))
    frame = df.reset_index(drop=True)  # GX reports failing rows by this RangeIndex
    res = vd.run(batch_parameters={"dataframe": frame}, result_format={"result_format": "COMPLETE"})
    out = ValidationOutcome(success=bool(res.success))
    for r in res.results:
        cfg = r.expectation_config
        severity = (cfg.meta or {}).get("severity", "warning")
        rule = _rule_name(cfg)
        result = r.result or {}
        out.results.append({
            "expectation": rule,
            "severity": severity,
            "success": bool(r.success),
            "observed_value": json.dumps(result.get("observed_value"), default=str, ensure_ascii=False),
            "unexpected_count": int(result.get("unexpected_count") or 0),
        })
        if r.success:
            continue
        if severity == "row":
            for idx in result.get("unexpected_index_list") or []:
                out.quarantined.setdefault(int(idx), []).append(rule)
        elif severity == "critical":
            out.critical_failures.append(rule)
    if len(frame) and len(out.quarantined) / len(frame) > QUARANTINE_LIMIT:
        out.critical_failures.append(
            f"quarantine_rate({len(out.quarantined)}/{len(frame)} rows > {QUARANTINE_LIMIT:.0%})")
    return out


def quarantine_rows(table_name: str, day: date, arrow: pa.Table, outcome: ValidationOutcome, run_id: str) -> list[dict]:
    rows = arrow.to_pylist()
    out = []
    for idx, rules in sorted(outcome.quarantined.items()):
        row = rows[idx]
        out.append({
            "landing_date": day,
            "article_id": row.get("article_id"),
            "table_name": table_name,
            "rule": "; ".join(rules),
            "reason": f"failed {len(rules)} row rule(s): {', '.join(rules)}",
            "record_json": json.dumps(row, default=str, ensure_ascii=False),
            "raw_path": row.get("raw_path"),
            "raw_sha256": row.get("raw_sha256"),
            "parser": row.get("parser"),
            "run_id": run_id,
        })
    return out


def now_utc() -> datetime:
    return datetime.now(timezone.utc)
