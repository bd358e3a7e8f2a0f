"""What leaves the clean tables when rows fail row-level rules.

An article fails → the article and all its child rows leave the clean tables, and its raw file
is ``quarantined`` (with the rule) in raw_files; a child row fails → only that row leaves.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pyarrow as pa

from chainwire.schemas import PARSED_TABLES, QUARANTINE, RAW_FILES


@dataclass
class CleanDay:
    tables: dict[str, pa.Table | list[dict]]  # table name -> its clean rows (raw_files with statuses updated)
    quarantined_articles: dict[str, dict]  # raw_path -> the article's quarantine row


def remove_quarantined(staged: dict[str, pa.Table], qrows: list[dict]) -> CleanDay:
    """The clean rows of every staged table, given the quarantine rows of all of them.

    Article and child tables stay Arrow tables, filtered by a mask computed from their key columns
    only: a day's paragraphs never become dicts (manifest rows, one per file, still do)."""
    bad_articles = quarantined_articles(qrows)
    tables: dict[str, pa.Table | list[dict]] = {}
    for name, arrow in staged.items():
        if name == QUARANTINE.name:
            continue
        tables[name] = clean_table(name, arrow, qrows, bad_articles)
    return CleanDay(tables, bad_articles)


def quarantined_articles(qrows: list[dict]) -> dict[str, dict]:
    """raw_path -> the article's quarantine row, of the articles among ``qrows``."""
    return {q["raw_path"]: q for q in qrows if q["table_name"] == "articles"}


def clean_table(name: str, arrow: pa.Table, qrows: list[dict], bad_articles: dict[str, dict]) -> pa.Table | list[dict]:
    """One staged table's clean rows (``remove_quarantined`` of one table): ``qrows`` need hold only that
    table's quarantine rows, ``bad_articles`` is the day's (``quarantined_articles`` of the articles' rows), so
    the tables can be cleaned one at a time once the articles are validated."""
    bad_ids = {q["article_id"] for q in bad_articles.values()}
    bad_child_rows = {(q["table_name"], q["article_id"], json.loads(q["record_json"]).get("ordinal"))
                      for q in qrows if q["table_name"] == name and name not in ("articles", "raw_files")}
    schema = next((t.schema for t in PARSED_TABLES.values() if t.name == name), None)
    if name == RAW_FILES.name and arrow.schema == schema:  # (one row per file: only two columns change)
        if not bad_articles:
            return arrow
        status, reason = arrow.column("status").to_pylist(), arrow.column("reason").to_pylist()
        for i, (path, was) in enumerate(zip(arrow.column("raw_path").to_pylist(), status, strict=True)):
            if was == "parsed" and path in bad_articles:
                status[i], reason[i] = "quarantined", bad_articles[path]["reason"]
        for column, values in (("status", status), ("reason", reason)):
            index = arrow.schema.get_field_index(column)
            arrow = arrow.set_column(index, arrow.schema.field(index), pa.array(values, arrow.schema.field(index).type))
        return arrow
    if name == RAW_FILES.name or arrow.schema != schema:  # as dicts: the writer fills in what a file lacks
        rows = arrow.to_pylist()
        for r in rows:
            if name == RAW_FILES.name and r["status"] == "parsed" and r["raw_path"] in bad_articles:
                r["status"], r["reason"] = "quarantined", bad_articles[r["raw_path"]]["reason"]
        if name != RAW_FILES.name:
            rows = [r for r in rows if r["article_id"] not in bad_ids
                    and (name, r["article_id"], r.get("ordinal")) not in bad_child_rows]
        return rows
    if not (bad_ids or bad_child_rows):
        return arrow  # nothing of this table leaves
    ids = arrow.column("article_id").to_pylist() if "article_id" in arrow.column_names else [None] * arrow.num_rows
    ordinals = arrow.column("ordinal").to_pylist() if "ordinal" in arrow.column_names else [None] * arrow.num_rows
    keep = [aid not in bad_ids and (name, aid, ordinal) not in bad_child_rows
            for aid, ordinal in zip(ids, ordinals, strict=True)]  # two columns of one table
    return arrow.filter(pa.array(keep, pa.bool_()))
