"""What leaves the clean tables when rows fail row-level rules.

An article fails → the article and all its child rows leave the clean tables, and its raw file
is ``quarantined`` (with the rule) in raw_files; a child row fails → only that row leaves.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pyarrow as pa

from chainwire.schemas import QUARANTINE, RAW_FILES


@dataclass
class CleanDay:
    tables: dict[str, list[dict]]  # table name -> its clean rows (raw_files with statuses updated)
    quarantined_articles: dict[str, dict]  # raw_path -> the article's quarantine row


def remove_quarantined(staged: dict[str, pa.Table], qrows: list[dict]) -> CleanDay:
    """The clean rows of every staged table, given the quarantine rows of all of them."""
    bad_articles = {q["raw_path"]: q for q in qrows if q["table_name"] == "articles"}
    bad_ids = {q["article_id"] for q in bad_articles.values()}
    bad_child_rows = {(q["table_name"], q["article_id"], json.loads(q["record_json"]).get("ordinal"))
                      for q in qrows if q["table_name"] not in ("articles", "raw_files")}
    tables = {}
    for name, arrow in staged.items():
        if name == QUARANTINE.name:
            continue
        rows = arrow.to_pylist()
        if name == RAW_FILES.name:
            for r in rows:
                if r["status"] == "parsed" and r["raw_path"] in bad_articles:
                    r["status"], r["reason"] = "quarantined", bad_articles[r["raw_path"]]["reason"]
        else:
            rows = [r for r in rows if r["article_id"] not in bad_ids
                    and (name, r["article_id"], r.get("ordinal")) not in bad_child_rows]
        tables[name] = rows
    return CleanDay(tables, bad_articles)
